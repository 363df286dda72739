// Sunshine Conversations' X-API-Key on the cases of test/sunshine/signature-vector/: the secret itself
// in a header, compared in constant time, with rotation lists; and the front door's answers.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REASONS } from '../../src/core/reasons.js'
import { handle } from '../../src/index.js'
import * as sunshine from '../../src/providers/sunshine/index.js'

interface Case {
  readonly name: string
  readonly secret: string | string[]
  readonly headers: Record<string, string | string[]>
  readonly expected: { readonly ok: boolean; readonly reason?: string }
}
const dir = join(__dirname, 'signature-vector')
const body = readFileSync(join(dir, 'body.json'), 'utf8')
const vector = JSON.parse(readFileSync(join(dir, 'vector.json'), 'utf8')) as {
  readonly body: { readonly sha256: string; readonly bytes: number }
  readonly secret: string
  readonly oldSecret: string
  readonly cases: readonly Case[]
}

describe('sunshine.verify on the vector', () => {
  it('is the body the vector describes', () => {
    expect([Buffer.byteLength(body), createHash('sha256').update(body).digest('hex')]).toEqual([
      vector.body.bytes,
      vector.body.sha256,
    ])
  })

  it.each(vector.cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const r = await sunshine.verify({ secret: c.secret, headers: c.headers, body })
    expect(r.ok ? { ok: true } : { ok: false, reason: r.reason }).toEqual(c.expected)
  })

  it('reads Fetch Headers, and takes no body at all', async () => {
    const headers = new Headers({ 'X-API-Key': vector.secret })
    expect(await sunshine.verify({ secret: vector.secret, headers })).toEqual({ ok: true })
    headers.append('X-API-Key', vector.secret)
    const twice = await sunshine.verify({ secret: vector.secret, headers })
    expect(twice.ok || [twice.reason, twice.message]).toEqual([
      'malformed_signature',
      'the X-API-Key header came more than once: Sunshine Conversations sends it once',
    ])
  })

  it('says what the header is in each refusal, never the secret', async () => {
    const refusal = async (headers: Record<string, string>) => {
      const r = await sunshine.verify({ secret: vector.secret, headers })
      return r.ok ? undefined : [r.reason, r.message]
    }
    expect(await refusal({})).toEqual([
      'missing_signature',
      'the request has no X-API-Key header: Sunshine Conversations sends the webhook’s secret in it with every request — check that no proxy drops it (Zendesk Support webhooks, a different product, send X-Zendesk-Webhook-Signature instead)',
    ])
    expect(await refusal({ 'x-api-key': vector.oldSecret })).toEqual([
      'signature_mismatch',
      'the X-API-Key header is not the webhook’s secret: each webhook has its own (the body’s webhook.id says which one sent it); while two webhooks run during a switch, pass both secrets',
    ])
    expect(await refusal({ 'x-api-key': '' })).toEqual(['missing_signature', expect.stringContaining('X-API-Key')])
    const noSecret = await sunshine.verify({ secret: [], headers: { 'x-api-key': vector.secret } })
    expect(noSecret.ok || [noSecret.reason, noSecret.message]).toEqual(['missing_secret', REASONS.missing_secret])
  })

  it('accepts a secret that itself holds ", " when sent as it is', async () => {
    const odd = 'a, b'
    expect(await sunshine.verify({ secret: odd, headers: { 'x-api-key': odd } })).toEqual({ ok: true })
  })

  it('signs by sending the secret, and refuses to sign without one', async () => {
    expect(await sunshine.sign({ secret: vector.secret, body })).toEqual({ 'x-api-key': vector.secret })
    await expect(sunshine.sign({ secret: '' })).rejects.toThrow(/sign needs the webhook's secret/)
    expect(sunshine.verification).toMatchObject({ kind: 'api-key-header', signatureHeader: 'x-api-key' })
  })
})

describe('sunshine.handle', () => {
  it('answers 401 to a wrong secret (Sunshine does not retry it) and the events to the right one', async () => {
    const request = (key: string) =>
      new Request('https://h.example/sunshine', { method: 'POST', body, headers: { 'x-api-key': key } })
    const wrong = await sunshine.handle(request(vector.oldSecret), { secret: vector.secret })
    expect(wrong.ok || [wrong.status, wrong.reason]).toEqual([401, 'signature_mismatch'])
    const right = await sunshine.handle(request(vector.secret), { secret: [vector.oldSecret, vector.secret] })
    expect(right.ok && [right.verified, right.events.map((e) => e.dedupeKey)]).toEqual([
      true,
      ['sunshine:65e59060fd92eda44ee5bcb8:msg:69ddf8f3ecb8547ea2a68788'],
    ])
    const root = await handle(request(vector.secret), { sunshine: { secret: vector.secret } })
    expect(root.ok && root.provider).toBe('sunshine')
  })
})
