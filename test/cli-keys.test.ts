// `chat-webhooks sign` and `chat-webhooks verify` (src/cli/keys.ts), run as the bin runs them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { run } from '../src/cli/run.js'
import { fixture, fixtureNames } from '../src/testing/index.js'
import type { ProviderId } from '../src/index.js'
import { everyProvider } from './support/registry.js'

const cli = async (...argv: string[]) => {
  const out: string[] = []
  const err: string[] = []
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const dir = mkdtempSync(join(tmpdir(), 'cli-keys-'))
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})
/** A provider's first fixture, written to a file as it was sent. */
const bodyFile = (id: string): string => {
  const file = join(dir, `${id}.json`)
  const name = fixtureNames(id as ProviderId)[0] as never
  writeFileSync(file, fixture(id as ProviderId, name).raw)
  return file
}
const headerArgs = (text: string) => text.split('\n').flatMap((line) => ['--header', line])

const signing = everyProvider().filter(([, p]) => p.sign !== undefined)
const unsigned = everyProvider().filter(([, p]) => p.sign === undefined)

describe.each(signing)('chat-webhooks sign and verify, %s', (id, p) => {
  it('prints the headers the provider sends, which verify accepts', async () => {
    const file = bodyFile(id)
    const signed = await cli('sign', id, file, '--secret', 'topsecret')
    expect(signed.code).toBe(0)
    expect(signed.out).toContain(`${p.verification.signatureHeader?.toLowerCase() ?? ''}: `)
    const verified = await cli('verify', id, file, '--secret', 'topsecret', ...headerArgs(signed.out))
    expect(verified).toEqual({ code: 0, out: `✓ verified as ${p.name}`, err: '' })
  })

  it('says why a signature made with another secret does not verify, showing the expected one', async () => {
    const file = bodyFile(id)
    const signed = await cli('sign', id, file, '--secret', 'othersecret')
    const expected = await cli('sign', id, file, '--secret', 'topsecret')
    const r = await cli('verify', id, file, '--secret', 'topsecret', ...headerArgs(signed.out))
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^✗ signature_mismatch: /)
    const header = (p.verification.signatureHeader ?? '').toLowerCase()
    if (p.verification.kind === 'api-key-header') {
      // The header is the secret: the notes say so, and print lengths, never the secret.
      expect([r.out.includes('topsecret'), r.out.includes('othersecret')]).toEqual([false, false])
      expect(r.out).toContain(`${p.name} signs nothing: it sends the webhook's secret itself in ${header}.`)
      expect(r.out).toContain(`Expected ${header}: 9 characters; received: 11 characters.`)
      return
    }
    expect(r.out).toContain(`${p.name} signs ${p.verification.signedContent ?? ''}`)
    const line = (text: string) =>
      text
        .split('\n')
        .find((l) => l.startsWith(`${header}: `))
        ?.slice(header.length + 2)
    expect(r.out).toContain(`Expected ${header}: ${line(expected.out) ?? ''}`)
    expect(r.out).toContain(`Received ${header}: ${line(signed.out) ?? ''}`)
  })

  it('prints JSON with --json: the headers, and the refusal with its notes', async () => {
    const file = bodyFile(id)
    const signed = await cli('sign', id, file, '--secret', 'othersecret', '--json')
    const headers = JSON.parse(signed.out) as Record<string, string>
    const args = Object.entries(headers).flatMap(([k, h]) => ['--header', `${k}: ${h}`])
    const r = await cli('verify', id, file, '--secret', 'topsecret', '--json', ...args)
    expect(r.code).toBe(1)
    expect(JSON.parse(r.out)).toMatchObject({
      ok: false,
      reason: 'signature_mismatch',
      notes: expect.any(Array) as unknown,
    })
  })
})

// Providers that sign the body (not those that send a token or the secret itself).
const bodySigning = signing.filter(([, p]) => p.verification.signedContent?.includes('{body}'))

describe.each(bodySigning)('chat-webhooks verify, %s, a body serialized again', (id) => {
  it('recognizes a signature of the body serialized again', async () => {
    const file = bodyFile(id)
    const sent = readFileSync(file, 'utf8')
    const pretty = join(dir, `${id}.pretty.json`)
    writeFileSync(pretty, JSON.stringify(JSON.parse(sent), null, 2))
    const compact = join(dir, `${id}.compact.json`)
    writeFileSync(compact, JSON.stringify(JSON.parse(sent)))
    const signed = await cli('sign', id, compact, '--secret', 'topsecret')
    const r = await cli('verify', id, pretty, '--secret', 'topsecret', ...headerArgs(signed.out))
    expect(r.code).toBe(1)
    expect(r.out).toContain('The signature is of this body serialized again (JSON.parse, then JSON.stringify)')
  })
})

describe('chat-webhooks verify, a signature without the timestamp prefix', () => {
  it('says the body was signed alone where the provider signs the timestamp and the body', async () => {
    const found = signing.find(([, q]) => q.verification.signedContent?.startsWith('{timestamp}.'))
    if (!found) throw new Error('no provider of the registry signs a timestamp prefix')
    const [id, p] = found
    const file = bodyFile(id)
    const { createHmac } = await import('node:crypto')
    const algorithm = p.verification.kind === 'hmac-sha512' ? 'sha512' : 'sha256'
    const digest = createHmac(algorithm, 's').update(readFileSync(file)).digest('hex')
    const format = p.verification.format ?? ''
    const ts = Math.floor(Date.now() / 1000)
    const r = await cli(
      'verify',
      id,
      file,
      '--secret',
      's',
      '--header',
      `${p.verification.signatureHeader ?? ''}: ${format.slice(0, format.indexOf('<'))}${digest}`,
      '--header',
      `${p.verification.timestampHeader ?? ''}: ${String(ts)}`,
    )
    expect(r.code).toBe(1)
    expect(r.out).toContain('The signature is of the body alone, without the "{timestamp}." prefix')
  })
})

describe('chat-webhooks sign and verify, timestamps', () => {
  it('says how far a signed timestamp is from now', async () => {
    const [id, p] = signing.find(([, q]) => q.verification.timestampHeader !== undefined) ?? []
    if (!id || !p) throw new Error('no provider of the registry signs a timestamp')
    const file = bodyFile(id)
    const old = Math.floor(Date.now() / 1000) - 3_600
    const signed = await cli('sign', id, file, '--secret', 's', '--timestamp', String(old))
    const r = await cli('verify', id, file, '--secret', 's', ...headerArgs(signed.out))
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^✗ timestamp_out_of_range: /)
    expect(r.out).toMatch(/The timestamp is 36\d\d s old \(accepted: ±\d+ s/)
  })
})

describe.each(everyProvider().filter(([, p]) => p.verification.kind === 'url-token'))(
  'chat-webhooks verify, %s (a token in the URL)',
  (id, p) => {
    it('verifies the token of the URL, and says when it is not the secret', async () => {
      const file = bodyFile(id)
      const url = (token: string) => `https://example.com/hook?${p.verification.queryParameter ?? ''}=${token}`
      expect(await cli('verify', id, file, '--secret', 'tok', '--url', url('tok'))).toMatchObject({ code: 0 })
      const r = await cli('verify', id, file, '--secret', 'tok', '--url', url('other'))
      expect(r.code).toBe(1)
      expect(r.out).toMatch(/^✗ token_mismatch: /)
    })
  },
)

describe.each(unsigned)('chat-webhooks sign, %s', (id, p) => {
  it('says the provider signs nothing, and how it authenticates instead', async () => {
    const r = await cli('sign', id, bodyFile(id), '--secret', 's')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(new RegExp(`^chat-webhooks: ${p.name} signs nothing \\(${p.verification.kind}\\)`))
  })
})

describe('chat-webhooks sign and verify, usage', () => {
  it.each([
    [['sign'], 'name a provider'],
    [['sign', 'nobody', 'x.json', '--secret', 's'], 'not "nobody"'],
    [['verify', everyProvider()[0]?.[0] ?? '', '--secret', 's'], 'name the body: a file, or - for standard input'],
    [['verify', everyProvider()[0]?.[0] ?? '', 'x.json'], 'give the secret: --secret <secret>'],
    [['verify', everyProvider()[0]?.[0] ?? '', 'x.json', '--secret'], '--secret needs a value'],
    [['sign', everyProvider()[0]?.[0] ?? '', 'x.json', '--secret', 's', '--colour', 'red'], 'unknown option --colour'],
  ])('%j: exits 2, saying what is missing', async (argv, message) => {
    const r = await cli(...argv)
    expect(r.code).toBe(2)
    expect(r.err).toContain(message)
    expect(r.err).toContain('usage: chat-webhooks sign')
  })

  it('refuses a header without a name', async () => {
    const [id] = signing[0] ?? []
    const r = await cli('verify', id ?? '', bodyFile(id ?? ''), '--secret', 's', '--header', 'no colon')
    expect(r).toMatchObject({ code: 2, err: 'chat-webhooks: --header takes "Name: value", not "no colon"' })
  })

  it('prints its usage on --help', async () => {
    const r = await cli('verify', '--help')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^usage: chat-webhooks sign <provider>/)
  })
})
