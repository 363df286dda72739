// Intercom's X-Hub-Signature (HMAC-SHA1 of the raw body under the app's client secret) on the vector
// of test/intercom/signature-vector/, computed with node:crypto, WebCrypto and openssl; and the HEAD
// request Intercom checks a URL with.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { handle } from '../../src/index.js'
import * as intercom from '../../src/providers/intercom/index.js'

const SECRET = '7f3c2a91-5d4e-4b8f-a0c6-2e9d1b7f4a35'
const body = readFileSync(join(__dirname, 'signature-vector', 'body.json'), 'utf8')
const SIGNATURE = 'sha1=9fb4c46a21c62efdd064d6cd6ac398b91c00f446'
const headers = (signature: string) => ({ 'X-Hub-Signature': signature })
const reason = async (secret: string | string[], b: string, signature: string) => {
  const r = await intercom.verify({ secret, body: b, headers: headers(signature) })
  return r.ok ? 'ok' : r.reason
}

describe('intercom.verify on the vector', () => {
  it('is the body the vector describes', () => {
    expect([Buffer.byteLength(body), createHash('sha256').update(body).digest('hex')]).toEqual([
      3011,
      '030446d1dabdfdf5407dced7b4ef15588a4df3c9ea3632bdd645c740c39161b4',
    ])
  })

  it('accepts the signed body as text, bytes or ArrayBuffer, with any header case, and during a rotation', async () => {
    const bytes = new TextEncoder().encode(body)
    for (const b of [body, bytes, bytes.buffer])
      expect(await intercom.verify({ secret: SECRET, body: b, headers: headers(SIGNATURE) })).toEqual({ ok: true })
    expect(
      await intercom.verify({
        secret: SECRET,
        body,
        headers: { 'x-hub-signature': SIGNATURE.toUpperCase().replace('SHA1=', 'sha1=') },
      }),
    ).toEqual({ ok: true })
    expect(await reason(['old-secret', SECRET], body, SIGNATURE)).toBe('ok')
  })

  it('refuses what the vector says must fail', async () => {
    expect(await reason(SECRET, JSON.stringify(JSON.parse(body), null, 2), SIGNATURE)).toBe('signature_mismatch')
    expect(await reason(SECRET, body, 'sha1=3ae63b36bf013273af624e7657a1990b4f7d4709')).toBe('signature_mismatch')
    expect(await reason(SECRET, body, 'sha1=b3caee254cf17c6f8812478fe5c1307d93cc8958')).toBe('signature_mismatch')
    expect(await reason(`${SECRET} `, body, 'sha1=549373d13a8662d4eed184aad2f435525dd7a952')).toBe(
      'secret_has_whitespace',
    )
    expect(await reason('another-secret', body, SIGNATURE)).toBe('signature_mismatch')
  })

  it('refuses a signature that is not sha1= and 40 hex digits, and a missing one', async () => {
    for (const bad of [
      '9fb4c46a21c62efdd064d6cd6ac398b91c00f446',
      'sha256=9fb4c46a21c62efdd064d6cd6ac398b91c00f446',
      'sha1=9fb4',
      'sha1=zz',
    ])
      expect(await reason(SECRET, body, bad)).toBe('malformed_signature')
    const missing = await intercom.verify({ secret: SECRET, body, headers: {} })
    expect(missing.ok || missing.reason).toBe('missing_signature')
    const parsed = await intercom.verify({
      secret: SECRET,
      body: JSON.parse(body) as never,
      headers: headers(SIGNATURE),
    })
    expect(parsed.ok || parsed.reason).toBe('invalid_body')
  })

  it('signs as Intercom does', async () => {
    expect(await intercom.sign({ secret: SECRET, body })).toEqual({
      'content-type': 'application/json',
      'x-hub-signature': SIGNATURE,
    })
    await expect(intercom.sign({ secret: '', body })).rejects.toThrow(/sign needs the webhook's secret/)
    expect(intercom.verification).toMatchObject({ kind: 'hmac-sha1', signatureHeader: 'x-hub-signature' })
  })
})

describe('intercom.handle', () => {
  it('answers the HEAD URL check with no events, unsigned, in both front doors', async () => {
    const head = new Request('https://h.example/intercom', { method: 'HEAD' })
    expect(await intercom.handle(head, { secret: SECRET })).toEqual({
      ok: true,
      provider: 'intercom',
      events: [],
      verified: false,
    })
    expect(await intercom.handle({ body: '', headers: {}, method: 'head' }, { secret: SECRET })).toMatchObject({
      ok: true,
      events: [],
    })
    expect(await handle(head, { intercom: { secret: SECRET } })).toEqual({
      ok: true,
      provider: 'intercom',
      events: [],
      verified: false,
    })
    // Without Intercom configured, a HEAD is a request like any other.
    const other = await handle(head, { chatwoot: { secret: SECRET } })
    expect(other.ok).toBe(false)
  })

  it('gives the events of a signed notification, and none for ping', async () => {
    const post = (b: string, signature: string) =>
      new Request('https://h.example/intercom', { method: 'POST', body: b, headers: headers(signature) })
    const r = await intercom.handle(post(body, SIGNATURE), { secret: SECRET })
    expect(r.ok && [r.verified, r.events.map((e) => e.dedupeKey)]).toEqual([
      true,
      ['intercom:q7xm2k4r:msg:215471884520117:36910255401'],
    ])
    const wrong = await intercom.handle(post(body, 'sha1=3ae63b36bf013273af624e7657a1990b4f7d4709'), { secret: SECRET })
    expect(wrong.ok || [wrong.status, wrong.reason]).toEqual([401, 'signature_mismatch'])
    const ping = readFileSync(join(__dirname, '..', '..', 'fixtures', 'intercom', 'ping.test_request.json'), 'utf8')
    const signed = await intercom.sign({ secret: SECRET, body: ping })
    const pinged = await intercom.handle(
      new Request('https://h.example/i', { method: 'POST', body: ping, headers: signed }),
      { secret: SECRET },
    )
    expect(pinged.ok && pinged.events).toEqual([])
  })
})
