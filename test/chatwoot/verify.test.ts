import { describe, expect, it } from 'vitest'
import { REASONS } from '../../src/core/reasons.js'
import * as chatwoot from '../../src/providers/chatwoot/index.js'
import { raw } from '../fixtures.js'

// docs/providers/chatwoot.md §2.1: the vector's body is the compact, Rails-escaped wire form (2507 bytes, no trailing newline).
const SECRET = 'Zx4Cv8Bn2Mq6Wr1Ty5Ui9Op3'
const TIMESTAMP = '1781773549'
const SIGNATURE = 'sha256=cbf38306a1f03d1d5851c82a68c5f10dd1175768be4a658cf7bfe76109680bb6'
const BODY_ONLY = 'sha256=013d4f76b05e495107d9be440a25945f41f176d81bfc4039f12f5feb498ebd2c'
const body = raw('chatwoot', 'signature-vector.body.json')
const now = () => new Date(Number(TIMESTAMP) * 1000 + 30_000)
const headers = { 'X-Chatwoot-Timestamp': TIMESTAMP, 'X-Chatwoot-Signature': SIGNATURE }

describe('chatwoot.verify', () => {
  it('accepts the test vector of docs/providers/chatwoot.md §2.1, as text, bytes and ArrayBuffer, with every header shape', async () => {
    expect(body.length).toBe(2507)
    const bytes = new TextEncoder().encode(body)
    expect(await chatwoot.verify({ secret: SECRET, body, headers, now })).toEqual({ ok: true })
    expect(await chatwoot.verify({ secret: SECRET, body: bytes, headers: new Headers(headers), now })).toEqual({
      ok: true,
    })
    expect(
      await chatwoot.verify({
        secret: SECRET,
        body: bytes.buffer,
        headers: { 'x-chatwoot-timestamp': [TIMESTAMP], 'x-chatwoot-signature': SIGNATURE },
        now,
      }),
    ).toEqual({ ok: true })
  })

  it('rejects the body-only HMAC and a re-serialized body', async () => {
    expect(
      await chatwoot.verify({ secret: SECRET, body, headers: { ...headers, 'X-Chatwoot-Signature': BODY_ONLY }, now }),
    ).toEqual({ ok: false, reason: 'signature_mismatch', message: REASONS.signature_mismatch })
    const reserialized = JSON.stringify(JSON.parse(body))
    expect(reserialized).not.toBe(body)
    expect(await chatwoot.verify({ secret: SECRET, body: reserialized, headers, now })).toEqual({
      ok: false,
      reason: 'signature_mismatch',
      message: REASONS.signature_mismatch,
    })
  })

  it('rejects another secret, another timestamp, a changed body', async () => {
    expect((await chatwoot.verify({ secret: 'another-secret', body, headers, now })).ok).toBe(false)
    expect(
      await chatwoot.verify({
        secret: SECRET,
        body,
        headers: { ...headers, 'X-Chatwoot-Timestamp': '1781773550' },
        now,
      }),
    ).toEqual({ ok: false, reason: 'signature_mismatch', message: REASONS.signature_mismatch })
    expect(await chatwoot.verify({ secret: SECRET, body: body.replace('Lena', 'Lina'), headers, now })).toEqual({
      ok: false,
      reason: 'signature_mismatch',
      message: REASONS.signature_mismatch,
    })
  })

  it('reads a timestamp with spaces around it', async () => {
    const padded = { ...headers, 'X-Chatwoot-Timestamp': ` ${TIMESTAMP} ` }
    expect(await chatwoot.verify({ secret: SECRET, body, headers: padded, now })).toEqual({ ok: true })
  })

  it('lets an unsigned webhook through only with the URL token, and only for the events Chatwoot sends unsigned', async () => {
    const unsigned = async (body: unknown, url = '/hooks/chatwoot?token=T') =>
      chatwoot.verify({ secret: SECRET, body: body as string, headers: {}, unsignedToken: 'T', url })
    expect(await unsigned('{"event":"automation_event.message_created"}')).toEqual({ ok: true })
    expect(await unsigned(new TextEncoder().encode('{"event":"macro.executed"}'))).toEqual({ ok: true })
    for (const other of ['{"event":"message_created"}', '{"event":5}', 'null', '[1]', 'not json'])
      expect([other, (await unsigned(other)).ok && 'ok']).toEqual([other, false])
    expect(await unsigned('{"event":"automation_event.message_created"}', '/hooks/chatwoot')).toMatchObject({
      ok: false,
      reason: 'missing_signature',
    })
    expect(await unsigned('{"event":5}')).toMatchObject({ ok: false, reason: 'missing_signature' })
    expect(await unsigned(5)).toMatchObject({ ok: false, reason: 'invalid_body' })
  })

  it('checks the timestamp in both directions, with the default or a given tolerance', async () => {
    const at = (s: number) => () => new Date((Number(TIMESTAMP) + s) * 1000)
    expect((await chatwoot.verify({ secret: SECRET, body, headers, now: at(300) })).ok).toBe(true)
    expect(await chatwoot.verify({ secret: SECRET, body, headers, now: at(301) })).toEqual({
      ok: false,
      reason: 'timestamp_out_of_range',
      message: REASONS.timestamp_out_of_range,
    })
    expect(await chatwoot.verify({ secret: SECRET, body, headers, now: at(-301) })).toEqual({
      ok: false,
      reason: 'timestamp_out_of_range',
      message: REASONS.timestamp_out_of_range,
    })
    expect((await chatwoot.verify({ secret: SECRET, body, headers, now: at(3000), toleranceSeconds: 3600 })).ok).toBe(
      true,
    )
  })

  it.each([
    ['missing signature', { 'X-Chatwoot-Timestamp': TIMESTAMP }, 'missing_signature'],
    ['no sha256= prefix', { ...headers, 'X-Chatwoot-Signature': SIGNATURE.slice(7) }, 'malformed_signature'],
    ['truncated', { ...headers, 'X-Chatwoot-Signature': SIGNATURE.slice(0, -2) }, 'malformed_signature'],
    ['not hex', { ...headers, 'X-Chatwoot-Signature': SIGNATURE.slice(0, -1) + 'z' }, 'malformed_signature'],
    ['duplicated header', { ...headers, 'X-Chatwoot-Signature': [SIGNATURE, SIGNATURE] }, 'malformed_signature'],
    ['missing timestamp', { 'X-Chatwoot-Signature': SIGNATURE }, 'missing_timestamp'],
    ['empty timestamp', { ...headers, 'X-Chatwoot-Timestamp': '' }, 'missing_timestamp'],
    ['blank timestamp', { ...headers, 'X-Chatwoot-Timestamp': '  ' }, 'missing_timestamp'],
    ['non-numeric timestamp', { ...headers, 'X-Chatwoot-Timestamp': '17817735.49' }, 'malformed_timestamp'],
  ] as const)('%s → %s', async (_name, h, reason) => {
    expect(await chatwoot.verify({ secret: SECRET, body, headers: h, now })).toEqual({
      ok: false,
      reason,
      message: REASONS[reason],
    })
  })

  it('refuses secrets with surrounding whitespace or none at all, and accepts any rotated secret', async () => {
    expect(await chatwoot.verify({ secret: SECRET + '\n', body, headers, now })).toEqual({
      ok: false,
      reason: 'secret_has_whitespace',
      message: REASONS.secret_has_whitespace,
    })
    expect(await chatwoot.verify({ secret: [], body, headers, now })).toEqual({
      ok: false,
      reason: 'missing_secret',
      message: REASONS.missing_secret,
    })
    expect(await chatwoot.verify({ secret: '', body, headers, now })).toEqual({
      ok: false,
      reason: 'missing_secret',
      message: REASONS.missing_secret,
    })
    expect(await chatwoot.verify({ secret: ['old-secret', SECRET], body, headers, now })).toEqual({ ok: true })
  })

  it('never throws on bad input', async () => {
    const bad = { secret: SECRET, body: 42, headers: null, now } as unknown as chatwoot.VerifyOptions
    expect(await chatwoot.verify(bad)).toEqual({
      ok: false,
      reason: 'missing_signature',
      message: REASONS.missing_signature,
    })
    expect(await chatwoot.verify({ secret: SECRET, body: 42 as unknown as string, headers, now })).toEqual({
      ok: false,
      reason: 'invalid_body',
      message: REASONS.invalid_body,
    })
  })
})

describe('chatwoot.sign', () => {
  it('reproduces the test vector of docs/providers/chatwoot.md §2.1 and round-trips through verify', async () => {
    const h = await chatwoot.sign({ secret: SECRET, body, timestamp: Number(TIMESTAMP) })
    expect(h).toEqual({
      'content-type': 'application/json',
      'x-chatwoot-timestamp': TIMESTAMP,
      'x-chatwoot-signature': SIGNATURE,
    })
    const fresh = await chatwoot.sign({ secret: 'test-secret', body: '{"event":"contact_created","id":1}' })
    expect(
      await chatwoot.verify({ secret: 'test-secret', body: '{"event":"contact_created","id":1}', headers: fresh }),
    ).toEqual({ ok: true })
  })

  it('describes the scheme', () => {
    expect(chatwoot.verification).toMatchObject({
      kind: 'hmac-sha256',
      signatureHeader: 'x-chatwoot-signature',
      timestampHeader: 'x-chatwoot-timestamp',
    })
  })
})
