// WhatsApp's X-Hub-Signature-256 on the known-answer vectors of test/whatsapp/signature-vector/
// (computed with node:crypto, openssl and WebCrypto): a body with non-ASCII text and a URL, as
// Meta escapes them; its re-serialized twin, which must fail and say why; an ASCII-only status.
// And the GET handshake that subscribes a callback URL.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REASONS } from '../../src/core/reasons.js'
import { handle } from '../../src/index.js'
import * as whatsapp from '../../src/providers/whatsapp/index.js'

const SECRET = '4f3c2a1b9e8d7c6b5a4f3e2d1c0b9a8f'
const vector = (name: string) => readFileSync(join(__dirname, 'signature-vector', name), 'utf8')
const body = vector('body.json')
const twin = vector('body.reserialized-WRONG.json')
const status = vector('body.ascii-status.json')
const SIGNATURE = 'sha256=03965c8b490081df6114281e0fdc62af8676a9dda6e24aef90eb47c530d6605e'
const TWIN_SIGNATURE = 'sha256=c9515a973b9bf2e97e1257dc90432d4940382841493ab5ea6c5128340577e85d'
const STATUS_SIGNATURE = 'sha256=cbb3708ee06ab51e015f94b965f030fe0812d84ef426f3b3ae63b93de92db2d2'
const headers = (signature: string) => ({ 'X-Hub-Signature-256': signature })

describe('whatsapp.verify', () => {
  it('accepts the escaped body Meta sends, as text, bytes or ArrayBuffer', async () => {
    expect([body.length, /[^\x20-\x7e]/.test(body)]).toEqual([674, false])
    const bytes = new TextEncoder().encode(body)
    for (const b of [body, bytes, bytes.buffer])
      expect(await whatsapp.verify({ secret: SECRET, body: b, headers: headers(SIGNATURE) })).toEqual({ ok: true })
    expect(await whatsapp.verify({ secret: SECRET, body: status, headers: headers(STATUS_SIGNATURE) })).toEqual({
      ok: true,
    })
  })

  it('refuses the re-serialized twin under the original signature, saying the body was parsed and serialized again', async () => {
    expect(twin).toBe(JSON.stringify(JSON.parse(body)))
    const r = await whatsapp.verify({ secret: SECRET, body: twin, headers: headers(SIGNATURE) })
    expect(r.ok || [r.reason, r.message]).toEqual([
      'signature_mismatch',
      'this body holds a "/" or a non-ASCII character as it is, which Meta always sends escaped ("\\/", "\\u00e9"): it was parsed and serialized again, or decoded, before it got here. Pass the raw bytes (Express express.raw(), Fastify parseAs: "buffer", Workers await request.text())',
    ])
    // The twin's own HMAC is what a sender of the twin would send: it verifies, since those are its bytes.
    expect(await whatsapp.verify({ secret: SECRET, body: twin, headers: headers(TWIN_SIGNATURE) })).toEqual({
      ok: true,
    })
  })

  it('says a body was re-serialized only for a "/" without its backslash or a character past ASCII', async () => {
    const said = async (b: string | Uint8Array) => {
      const r = await whatsapp.verify({ secret: SECRET, body: b, headers: headers(SIGNATURE) })
      return r.ok || r.message === REASONS.signature_mismatch ? 'mismatch' : 'reserialized'
    }
    const bytes = (s: string) => new TextEncoder().encode(s)
    const cases = ['{"u":"a/b"}', '/{}', '{"u":"a\\/b"}', '{"u":"\u007f"}', '{"u":"é"}', '{"u":"a"}']
    const expected = ['reserialized', 'reserialized', 'mismatch', 'mismatch', 'reserialized', 'mismatch']
    expect(await Promise.all(cases.map(said))).toEqual(expected)
    expect(await Promise.all(cases.map((c) => said(bytes(c))))).toEqual(expected)
  })

  it('an ASCII body without "/" re-serializes to itself, and a mismatch on it says only that', async () => {
    expect(JSON.stringify(JSON.parse(status))).toBe(status)
    const r = await whatsapp.verify({ secret: `${SECRET}x`, body: status, headers: headers(STATUS_SIGNATURE) })
    expect(r.ok || [r.reason, r.message]).toEqual(['signature_mismatch', REASONS.signature_mismatch])
  })

  it('takes a rotation list, an upper-case signature, and refuses a wrong key, a missing header or prefix', async () => {
    const ok = await whatsapp.verify({ secret: ['old-app-secret', SECRET], body, headers: headers(SIGNATURE) })
    expect(ok).toEqual({ ok: true })
    const upper = await whatsapp.verify({
      secret: SECRET,
      body,
      headers: headers(`sha256=${SIGNATURE.slice(7).toUpperCase()}`),
    })
    expect(upper).toEqual({ ok: true })
    // The vector's body signed with the secret plus "x": a wrong key for this endpoint.
    const WRONG_KEY = 'sha256=b3b552430e44a4f6c6fd09db1ff2789f6683e348c21e12e78794860854ecf118'
    const wrongKey = await whatsapp.verify({ secret: SECRET, body, headers: headers(WRONG_KEY) })
    expect(wrongKey.ok || wrongKey.reason).toBe('signature_mismatch')
    expect(await whatsapp.verify({ secret: `${SECRET}x`, body, headers: headers(WRONG_KEY) })).toEqual({ ok: true })
    const reasons = await Promise.all([
      whatsapp.verify({ secret: SECRET, body, headers: {} }),
      whatsapp.verify({ secret: SECRET, body, headers: headers(SIGNATURE.slice(7)) }),
      whatsapp.verify({ secret: SECRET, body, headers: headers('sha1=abc') }),
      whatsapp.verify({ secret: SECRET, body: { parsed: true } as never, headers: headers(SIGNATURE) }),
      whatsapp.verify({ secret: '', body, headers: headers(SIGNATURE) }),
    ])
    expect(reasons.map((r) => r.ok || r.reason)).toEqual([
      'missing_signature',
      'malformed_signature',
      'malformed_signature',
      'invalid_body',
      'missing_secret',
    ])
  })

  it('signs as Meta does: sign then verify agree, and match the vector', async () => {
    const signed = await whatsapp.sign({ secret: SECRET, body })
    expect(signed).toEqual({ 'content-type': 'application/json', 'x-hub-signature-256': SIGNATURE })
    expect(await whatsapp.verify({ secret: SECRET, body, headers: signed })).toEqual({ ok: true })
  })

  it('describes itself: HMAC-SHA256 of the body alone, no timestamp', () => {
    expect(whatsapp.verification).toEqual({
      kind: 'hmac-sha256',
      signatureHeader: 'x-hub-signature-256',
      signedContent: '{body}',
      format: 'sha256=<lowercase hex>',
    })
  })
})

describe('whatsapp.verifyChallenge', () => {
  const url = (query: string) => `https://hooks.example/whatsapp?${query}`

  it('answers the subscription handshake with hub.challenge when the token is one of the configured ones', () => {
    const query = 'hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=meatyhamhock'
    expect(whatsapp.verifyChallenge({ url: url(query), verifyToken: 'meatyhamhock' })).toEqual({
      ok: true,
      challenge: '1158201444',
    })
    expect(whatsapp.verifyChallenge({ url: `/whatsapp?${query}`, verifyToken: ['old', 'meatyhamhock'] })).toEqual({
      ok: true,
      challenge: '1158201444',
    })
    expect(whatsapp.verifyChallenge({ url: new URL(url(query)), verifyToken: 'meatyhamhock' })).toEqual({
      ok: true,
      challenge: '1158201444',
    })
  })

  it('refuses, with a reason and a message, and never throws', () => {
    const reasons = [
      whatsapp.verifyChallenge({
        url: url('hub.mode=subscribe&hub.challenge=1&hub.verify_token=nope'),
        verifyToken: 'yes',
      }),
      whatsapp.verifyChallenge({ url: url('hub.mode=subscribe&hub.challenge=1'), verifyToken: 'yes' }),
      whatsapp.verifyChallenge({ url: url('hub.challenge=1&hub.verify_token=yes'), verifyToken: 'yes' }),
      whatsapp.verifyChallenge({ url: url('hub.mode=subscribe&hub.verify_token=yes'), verifyToken: 'yes' }),
      whatsapp.verifyChallenge({
        url: url('hub.mode=subscribe&hub.challenge=1&hub.verify_token=yes'),
        verifyToken: '',
      }),
      whatsapp.verifyChallenge({ url: 'http://[bad', verifyToken: 'yes' }),
      whatsapp.verifyChallenge(undefined as never),
    ]
    expect(reasons.map((r) => r.ok || r.reason)).toEqual([
      'token_mismatch',
      'missing_token',
      'missing_token',
      'missing_token',
      'missing_secret',
      'missing_token',
      'missing_token',
    ])
    for (const r of reasons) expect(!r.ok && r.message.length > 40).toBe(true)
    expect(reasons[1]).toEqual({
      ok: false,
      reason: 'missing_token',
      message: 'the handshake has no hub.verify_token: Meta sends the verify token typed in the App Dashboard',
    })
    // An unset environment variable in a rotation list is no token.
    const unset = whatsapp.verifyChallenge({
      url: url('hub.mode=subscribe&hub.challenge=1&hub.verify_token=yes'),
      verifyToken: [undefined as unknown as string, ''],
    })
    expect(unset.ok || unset.reason).toBe('missing_secret')
  })
})

describe('the front doors answer the GET handshake', () => {
  const query = 'hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=meatyhamhock'
  const get = (q: string) => new Request(`https://hooks.example/whatsapp?${q}`, { method: 'GET' })

  it('whatsapp.handle: the challenge to send back, for a Fetch Request or a route’s parts', async () => {
    const options = { secret: SECRET, verifyToken: 'meatyhamhock' }
    const answered = { ok: true, provider: 'whatsapp', events: [], verified: true, challenge: '1158201444' }
    expect(await whatsapp.handle(get(query), options)).toEqual(answered)
    expect(await whatsapp.handle({ body: '', headers: {}, url: `/whatsapp?${query}`, method: 'get' }, options)).toEqual(
      answered,
    )
    const wrong = await whatsapp.handle(get(query.replace('meatyhamhock', 'guess')), options)
    expect(!wrong.ok && [wrong.status, wrong.reason, wrong.provider]).toEqual([401, 'token_mismatch', 'whatsapp'])
    const unset = await whatsapp.handle(get(query), { secret: SECRET })
    expect(!unset.ok && unset.reason).toBe('missing_secret')
  })

  it('the root front door: a configured provider that knows the token answers; a POST is still verified', async () => {
    const root = await handle(get(query), { whatsapp: { secret: SECRET, verifyToken: ['other', 'meatyhamhock'] } })
    expect(root.ok && root.challenge).toBe('1158201444')
    const none = await handle(get(query), { proto: {} })
    expect(!none.ok && none.reason).toBe('invalid_json')
    const post = await handle({ body, headers: headers(SIGNATURE) }, { whatsapp: { secret: SECRET, verifyToken: 'x' } })
    expect(post.ok && [post.provider, post.verified, post.challenge, post.events.length]).toEqual([
      'whatsapp',
      true,
      undefined,
      1,
    ])
  })
})
