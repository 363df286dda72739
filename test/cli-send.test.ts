// `chat-webhooks send` (src/cli/send.ts) against a real server on 127.0.0.1 whose route is the
// library's own front door: a request it accepts was signed as the provider signs.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../src/cli/run.js'
import { handle, type ProviderId } from '../src/index.js'
import { fixture, fixtureNames } from '../src/testing/index.js'
import { everyProvider } from './support/registry.js'

const SECRET = 'cli-send-secret'
const options = Object.fromEntries(everyProvider().map(([id]) => [id, { secret: SECRET }]))

const cli = async (...argv: string[]) => {
  const out: string[] = []
  const err: string[] = []
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const read = async (req: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

let server: Server
let base = ''
const received: string[] = []
const dir = mkdtempSync(join(tmpdir(), 'cli-send-'))
beforeAll(async () => {
  server = createServer((req, res) => {
    void (async () => {
      const body = await read(req)
      const headers = Object.fromEntries(
        Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])),
      )
      const result = await handle({ body, headers, url: `http://127.0.0.1${req.url ?? '/'}` }, options)
      received.push(result.ok ? `${result.provider} ${String(result.verified)}` : result.reason)
      res.writeHead(result.ok ? 200 : result.status, { 'content-type': 'text/plain' })
      res.end(result.ok ? `${result.events.length} event(s)` : result.message)
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  rmSync(dir, { recursive: true, force: true })
})

describe.each(everyProvider())('chat-webhooks send, %s', (id, p) => {
  const name = fixtureNames(id as ProviderId)[0] ?? ''

  it('sends a fixture signed as the provider signs, which the front door accepts', async () => {
    const r = await cli('send', `${id}/${name}`, '--to', base, '--secret', SECRET)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^200 OK\n\d+ event\(s\)$/)
    expect(received.at(-1)).toBe(`${id} ${String(p.verification.kind !== 'none')}`)
  })

  it('sends a file, its provider detected from the body', async () => {
    const file = join(dir, `${id}.json`)
    writeFileSync(file, fixture(id as ProviderId, name as never).raw)
    const r = await cli('send', file, '--to', base, '--secret', SECRET)
    expect(r.code).toBe(0)
    expect(received.at(-1)).toBe(`${id} ${String(p.verification.kind !== 'none')}`)
  })
})

describe('chat-webhooks send', () => {
  const [id, p] = everyProvider().find(([, q]) => q.verification.kind !== 'none') ?? []
  const name = `${id ?? ''}/${fixtureNames((id ?? '') as ProviderId)[0] ?? ''}`

  it('prints the refusal of a request signed with another secret, and exits 1', async () => {
    const r = await cli('send', name, '--to', base, '--secret', 'not-the-secret')
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^401 Unauthorized\n/)
  })

  it('lists the fixtures it can send', async () => {
    const r = await cli('send', '--list')
    expect(r.code).toBe(0)
    expect(r.out.split('\n')).toContain(name)
    expect(r.out.split('\n')).toHaveLength(
      everyProvider().reduce((n, [i]) => n + fixtureNames(i as ProviderId).length, 0),
    )
  })

  it('says when nothing answers', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const r = await cli('send', name, '--to', `http://127.0.0.1:${port}/`, '--secret', SECRET)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(new RegExp(`^chat-webhooks: no answer from http://127\\.0\\.0\\.1:${port}: `))
  })

  it.each([
    [['send', '--to', 'http://127.0.0.1:1/'], 'name what to send'],
    [['send', 'x/y'], 'give the address: --to'],
    [['send', 'x/y', '--to', 'ftp://127.0.0.1/'], '--to takes an http(s) URL, not ftp:'],
    [['send', 'no-such-file.json', '--to', 'http://127.0.0.1:1/'], 'no-such-file.json is neither a fixture'],
    [['send', 'x.json', '--to', 'http://127.0.0.1:1/', '--retries', '3'], 'unknown option --retries'],
  ])('%j: exits 2, saying what is wrong', async (argv, message) => {
    const r = await cli(...argv)
    expect(r.code).toBe(2)
    expect(r.err).toContain(message)
  })

  it('asks for the secret of a provider that authenticates its webhooks', async () => {
    const r = await cli('send', name, '--to', base)
    expect(r.code).toBe(2)
    expect(r.err).toContain(`give the secret: --secret <secret> (${p?.name ?? ''} authenticates its webhooks`)
  })
})
