// `chat-webhooks listen` (src/cli/listen.ts) on 127.0.0.1, fed by `chat-webhooks send`: what it
// prints for each request, what it answers, and what `--save` keeps.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen, listenOptions, startListening, type Listening } from '../src/cli/listen.js'
import { run } from '../src/cli/run.js'
import type { ProviderId } from '../src/index.js'
import { fixture, fixtureNames } from '../src/testing/index.js'
import { everyProvider } from './support/registry.js'

const SECRET = 'listen-secret'
const dir = mkdtempSync(join(tmpdir(), 'cli-listen-'))
const printed: string[] = []
const errors: string[] = []
let receiver: Listening

const send = async (...argv: string[]) => {
  const out: string[] = []
  const code = await run(['send', ...argv], { out: (l) => out.push(l), err: (l) => out.push(l) })
  return { code, out: out.join('\n') }
}

beforeAll(async () => {
  const options = listenOptions(['--port', '0', '--secret', SECRET, '--save', dir])
  if (typeof options === 'string') throw new Error(options)
  receiver = await startListening(options, { out: (l) => printed.push(l), err: (l) => errors.push(l) })
})
afterAll(async () => {
  await receiver.close()
  rmSync(dir, { recursive: true, force: true })
})

describe.each(everyProvider())('chat-webhooks listen, %s', (id, p) => {
  const name = fixtureNames(id as ProviderId)[0] ?? ''

  it('prints the provider, the verification and the events of a request, answers 200, and saves it', async () => {
    const r = await send(`${id}/${name}`, '--to', `${receiver.url}/hooks/${id}`, '--secret', SECRET)
    expect(r).toEqual({ code: 0, out: '200 OK\nreceived\n' })
    const lines = (printed.at(-1) ?? '').split('\n')
    const verified = p.verification.kind === 'none' ? 'unsigned: the provider signs nothing' : 'verified'
    expect(lines[0]).toMatch(new RegExp(`^#\\d+ POST /hooks/${id}(\\?\\S*)?  ${p.name}  ${verified}$`))
    const decoded = p.decode(fixture(id as ProviderId, name as never).raw)
    if (decoded._tag === 'Left') throw new Error('the fixture does not decode')
    const kinds = p.normalize(decoded.right).map((e) => e.kind)
    expect(lines.slice(1, 1 + kinds.length).map((l) => l.trim().split(/\s+/)[0])).toEqual(kinds)
    const saved = /^ {2}saved (.+)$/.exec(lines.at(-1) ?? '')?.[1] ?? ''
    expect(readFileSync(saved, 'utf8')).toBe(fixture(id as ProviderId, name as never).raw)
    const headers = JSON.parse(readFileSync(saved.replace(/\.json$/, '.headers'), 'utf8')) as Record<string, string>
    const signature = p.verification.signatureHeader?.toLowerCase()
    if (signature) expect(headers[signature]).toBe('[masked]')
    expect(Object.values(headers).join(' ')).not.toContain(SECRET)
  })
})

describe('chat-webhooks listen', () => {
  const [id, p] = everyProvider().find(([, q]) => q.verification.kind !== 'none') ?? []
  const name = `${id ?? ''}/${fixtureNames((id ?? '') as ProviderId)[0] ?? ''}`

  it('answers 401 to a request that does not verify, printing why', async () => {
    const r = await send(name, '--to', `${receiver.url}/hooks`, '--secret', 'wrong')
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^401 Unauthorized\n/)
    expect(printed.at(-1)).toMatch(
      new RegExp(`^#\\d+ POST /hooks\\S*  ${p?.name ?? ''}  ✗ (signature|token)_mismatch: `),
    )
  })

  it('answers 400 to a body no provider sends', async () => {
    const response = await fetch(`${receiver.url}/x`, { method: 'POST', body: '{"hello":"world"}' })
    expect(response.status).toBe(400)
    expect(printed.at(-1)).toMatch(/^#\d+ POST \/x {2}no provider's webhooks look like this body$/)
  })

  it('keeps the saved bodies where inspect finds them', async () => {
    const folders = readdirSync(dir).sort()
    expect(folders).toEqual(
      everyProvider()
        .map(([i]) => i)
        .sort(),
    )
    const out: string[] = []
    const code = await run(['inspect', dir], { out: (l) => out.push(l), err: (l) => out.push(l) })
    expect(code).toBe(0)
    expect(out.join('\n')).toMatch(/ 0 invalid$/)
    expect(errors).toEqual([])
  })

  it('prints one JSON line per request with --json', async () => {
    const lines: string[] = []
    const options = listenOptions(['--port', '0', '--json'])
    if (typeof options === 'string') throw new Error(options)
    const other = await startListening(options, { out: (l) => lines.push(l), err: (l) => lines.push(l) })
    try {
      await send(name, '--to', `${other.url}/j`, '--secret', SECRET)
      const record = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>
      expect(record).toMatchObject({
        request: 1,
        method: 'POST',
        provider: id,
        verification: 'not checked (no --secret for it)',
      })
      expect(Array.isArray(record.events)).toBe(true)
    } finally {
      await other.close()
    }
  })

  it('runs until told to stop, and refuses options it does not know', async () => {
    const out: string[] = []
    let stop = () => {}
    const stopped = new Promise<void>((resolve) => (stop = resolve))
    const running = listen(['--port', '0'], { out: (l) => out.push(l), err: (l) => out.push(l) }, stopped)
    for (let i = 0; i < 100 && out.length === 0; i++) await new Promise((r) => setTimeout(r, 20))
    expect(out[0]).toMatch(/^chat-webhooks listen: http:\/\/127\.0\.0\.1:\d+ — Ctrl-C stops$/)
    stop()
    expect(await running).toBe(0)
    expect(listenOptions(['--port', 'x'])).toBe('--port takes a port number, not "x"')
    expect(listenOptions(['--verbose'])).toBe('unknown option --verbose')
    expect(listenOptions(['--secret', `${id ?? ''}=abc`])).toMatchObject({ secrets: { [id ?? '']: 'abc' } })
  })
})
