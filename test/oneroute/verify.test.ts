import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { REASONS } from '../../src/core/reasons.js'
import * as oneroute from '../../src/providers/oneroute/index.js'
import { raw } from '../fixtures.js'

// Known-answer vectors over fixtures/oneroute/newMessage.text.json (1375 bytes, pretty-printed):
// `openssl dgst -sha512 -hmac <SECRET> <file>` for the raw bytes, and the same HMAC over
// JSON.stringify(JSON.parse(body)) — what OneRoute's own sample signs.
const SECRET = 'or_sk_live_4e7a1c9d2b8f6053'
const RAW_SIGNATURE =
  'f4974a725e5976abea8aeb4db6a439293a5ce91eb2aa844486eb8e172c44ca8925c6d9be4700859f772123ff1a6e7a984cd4b82e9c6cdb547a7bb548fd486fdc'
const RESERIALIZED_SIGNATURE =
  '5a7df8efdac9dacedc426286842420ce51aab0f46978753c7d87b7f3fed7654a5dbfdb3729077a64f973854f74e3a65a991cd61b8c87358312286e653ff226f8'
const body = raw('oneroute', 'newMessage.text.json')
const headers = (signature: string) => ({ 'X-OneRoute-Signature': signature })

describe('oneroute.verify', () => {
  it('accepts the HMAC-SHA512 of the raw bytes, as text, bytes or ArrayBuffer, with any header shape', async () => {
    expect(body.length).toBe(1375)
    const bytes = new TextEncoder().encode(body)
    expect(await oneroute.verify({ secret: SECRET, body, headers: headers(RAW_SIGNATURE) })).toEqual({ ok: true })
    expect(
      await oneroute.verify({ secret: SECRET, body: bytes, headers: new Headers(headers(RAW_SIGNATURE)) }),
    ).toEqual({ ok: true })
    expect(
      await oneroute.verify({
        secret: SECRET,
        body: bytes.buffer,
        headers: { 'x-oneroute-signature': [RAW_SIGNATURE.toUpperCase()] },
      }),
    ).toEqual({ ok: true })
  })

  it('agrees with node:crypto on other bodies', async () => {
    for (const name of ['newMessage.image.json', 'smsDeliveryReport.delivered.json']) {
      const text = raw('oneroute', name)
      const signature = createHmac('sha512', SECRET).update(text).digest('hex')
      expect(await oneroute.verify({ secret: SECRET, body: text, headers: headers(signature) })).toEqual({ ok: true })
    }
  })

  it('rejects the signature of OneRoute’s re-serializing sample unless the caller opts in', async () => {
    expect(await oneroute.verify({ secret: SECRET, body, headers: headers(RESERIALIZED_SIGNATURE) })).toEqual({
      ok: false,
      reason: 'signature_mismatch',
      message: REASONS.signature_mismatch,
    })
    expect(
      await oneroute.verify({
        secret: SECRET,
        body,
        headers: headers(RESERIALIZED_SIGNATURE),
        allowReserialized: true,
      }),
    ).toEqual({ ok: true })
    // The raw signature still passes with the option on, and the fallback does not rescue a wrong secret.
    expect(
      await oneroute.verify({ secret: SECRET, body, headers: headers(RAW_SIGNATURE), allowReserialized: true }),
    ).toEqual({ ok: true })
    expect(
      await oneroute.verify({
        secret: 'another',
        body,
        headers: headers(RESERIALIZED_SIGNATURE),
        allowReserialized: true,
      }),
    ).toEqual({ ok: false, reason: 'signature_mismatch', message: REASONS.signature_mismatch })
    // The fallback needs JSON: a body that is not JSON only has its bytes.
    const sig = createHmac('sha512', SECRET).update('not json').digest('hex')
    expect(
      await oneroute.verify({ secret: SECRET, body: 'not json!', headers: headers(sig), allowReserialized: true }),
    ).toEqual({ ok: false, reason: 'signature_mismatch', message: REASONS.signature_mismatch })
    // Nor text that is not UTF-8: decoding it with replacement characters would sign something else.
    const broken = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]) // {"a":"<0xff>"}
    const lossy = createHmac('sha512', SECRET).update('{"a":"\ufffd"}').digest('hex')
    expect(
      await oneroute.verify({ secret: SECRET, body: broken, headers: headers(lossy), allowReserialized: true }),
    ).toEqual({ ok: false, reason: 'signature_mismatch', message: REASONS.signature_mismatch })
  })

  it('rejects another secret and a changed body', async () => {
    expect(await oneroute.verify({ secret: 'or_sk_live_other', body, headers: headers(RAW_SIGNATURE) })).toEqual({
      ok: false,
      reason: 'signature_mismatch',
      message: REASONS.signature_mismatch,
    })
    expect(
      await oneroute.verify({
        secret: SECRET,
        body: body.replace('Chinedu', 'Chinedo'),
        headers: headers(RAW_SIGNATURE),
      }),
    ).toEqual({ ok: false, reason: 'signature_mismatch', message: REASONS.signature_mismatch })
  })

  it('fails with missing_signature without the header, though OneRoute treats it as optional', async () => {
    expect(await oneroute.verify({ secret: SECRET, body, headers: {} })).toEqual({
      ok: false,
      reason: 'missing_signature',
      message: REASONS.missing_signature,
    })
    expect(await oneroute.verify({ secret: SECRET, body, headers: headers('') })).toEqual({
      ok: false,
      reason: 'missing_signature',
      message: REASONS.missing_signature,
    })
  })

  it('rejects truncated, non-hex, prefixed, duplicated and comma-joined signatures as malformed', async () => {
    for (const signature of [
      RAW_SIGNATURE.slice(0, -2),
      `${RAW_SIGNATURE.slice(0, -1)}g`,
      `sha512=${RAW_SIGNATURE}`,
      `${RAW_SIGNATURE}, ${RAW_SIGNATURE}`,
    ]) {
      expect(await oneroute.verify({ secret: SECRET, body, headers: headers(signature) })).toEqual({
        ok: false,
        reason: 'malformed_signature',
        message: REASONS.malformed_signature,
      })
    }
    expect(
      await oneroute.verify({
        secret: SECRET,
        body,
        headers: { 'x-oneroute-signature': [RAW_SIGNATURE, RAW_SIGNATURE] },
      }),
    ).toEqual({
      ok: false,
      reason: 'malformed_signature',
      message: REASONS.malformed_signature,
    })
  })

  it('accepts any secret of a rotation, and refuses a secret with surrounding whitespace', async () => {
    expect(await oneroute.verify({ secret: ['or_sk_old', SECRET], body, headers: headers(RAW_SIGNATURE) })).toEqual({
      ok: true,
    })
    expect(await oneroute.verify({ secret: `${SECRET}\n`, body, headers: headers(RAW_SIGNATURE) })).toEqual({
      ok: false,
      reason: 'secret_has_whitespace',
      message: REASONS.secret_has_whitespace,
    })
    expect(await oneroute.verify({ secret: [], body, headers: headers(RAW_SIGNATURE) })).toEqual({
      ok: false,
      reason: 'missing_secret',
      message: REASONS.missing_secret,
    })
  })

  it('never throws: a body that is not text or bytes is invalid_body', async () => {
    expect(
      await oneroute.verify({ secret: SECRET, body: { a: 1 } as unknown as string, headers: headers(RAW_SIGNATURE) }),
    ).toEqual({ ok: false, reason: 'invalid_body', message: REASONS.invalid_body })
    expect((await oneroute.verify(null as unknown as oneroute.VerifyOptions)).ok).toBe(false)
  })

  it('signs as OneRoute does, and its signature verifies', async () => {
    const signed = await oneroute.sign({ secret: SECRET, body })
    expect(signed).toEqual({ 'content-type': 'application/json', 'x-oneroute-signature': RAW_SIGNATURE })
    expect(await oneroute.verify({ secret: SECRET, body, headers: signed })).toEqual({ ok: true })
  })

  it('describes itself', () => {
    expect(oneroute.verification).toMatchObject({
      kind: 'hmac-sha512',
      signatureHeader: 'x-oneroute-signature',
      sourceIp: '174.138.104.128',
    })
  })
})
