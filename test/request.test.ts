import { describe, expect, it } from 'vitest'
import { handle } from '../src/index.js'
import type { DecodeOptions } from '../src/core/provider.js'
import { DEFAULT_MAX_BYTES, makeHandle } from '../src/core/request.js'
import { REASONS } from '../src/core/reasons.js'
import { providers } from '../src/registry.js'
import { raw } from './fixtures.js'
import { parse, parseAny } from './support/parse.js'

const SECRET = 'test-secret-4d2f'
const NOW = 1781773549
const now = () => new Date(NOW * 1000)
const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  new Request(url, { method: 'POST', body, headers })

describe('fromRequest (per provider)', () => {
  const chatwootBody = raw('chatwoot', 'message_created.incoming_text.web_widget.json')

  it('Chatwoot: verifies, decodes, normalizes, and carries the delivery id', async () => {
    const headers = {
      ...(await providers.chatwoot.sign({ secret: SECRET, body: chatwootBody, timestamp: NOW })),
      'X-Chatwoot-Delivery': 'dlv-8f31',
    }
    const result = await providers.chatwoot.handle(post('https://hooks.example/cw', chatwootBody, headers), {
      secret: SECRET,
      now,
    })
    expect(
      result.ok && [
        result.provider,
        result.deliveryId,
        result.verified,
        result.events.map((e) => [e.kind, e.deliveryId]),
      ],
    ).toEqual(['chatwoot', 'dlv-8f31', true, [['message.created', 'dlv-8f31']]])
  })

  it('Chatwoot: refuses a wrong secret with 401, a broken body with 400, and a used body', async () => {
    const headers = await providers.chatwoot.sign({ secret: SECRET, body: chatwootBody, timestamp: NOW })
    expect(
      await providers.chatwoot.handle(post('https://h.example', chatwootBody, headers), { secret: 'other', now }),
    ).toEqual({
      ok: false,
      status: 401,
      reason: 'signature_mismatch',
      message: REASONS.signature_mismatch,
      provider: 'chatwoot',
    })
    const broken = '{"event":'
    const brokenHeaders = await providers.chatwoot.sign({ secret: SECRET, body: broken, timestamp: NOW })
    const r = await providers.chatwoot.handle(post('https://h.example', broken, brokenHeaders), { secret: SECRET, now })
    expect(!r.ok && [r.status, r.reason, r.error?.message]).toEqual([
      400,
      'invalid_json',
      'chat-webhooks: the body is not valid JSON',
    ])
    const used = post('https://h.example', chatwootBody, headers)
    await used.text()
    const u = await providers.chatwoot.handle(used, { secret: SECRET, now })
    expect(!u.ok && [u.status, u.reason]).toEqual([400, 'invalid_body'])
  })

  it('OneRoute: verifies the signature header; a request without it is 401', async () => {
    const body = raw('oneroute', 'newMessage.image.json')
    const ok = await providers.oneroute.handle(
      post('https://h.example', body, await providers.oneroute.sign({ secret: SECRET, body })),
      { secret: SECRET },
    )
    expect(ok.ok && [ok.provider, ok.events.map((e) => e.kind), ok.deliveryId, ok.verified]).toEqual([
      'oneroute',
      ['message.created'],
      undefined,
      true,
    ])
    expect(await providers.oneroute.handle(post('https://h.example', body), { secret: SECRET })).toEqual({
      ok: false,
      status: 401,
      reason: 'missing_signature',
      message: REASONS.missing_signature,
      provider: 'oneroute',
    })
  })

  it('Channel Talk: checks the token in the request URL', async () => {
    const body = raw('channeltalk', 'push.message.user_text.v5.json')
    const ok = await providers.channeltalk.handle(post('https://h.example/channel?token=tk-1', body), {
      secret: 'tk-1',
    })
    expect(ok.ok && ok.events[0]?.kind).toBe('message.created')
    expect(
      await providers.channeltalk.handle(post('https://h.example/channel?token=tk-2', body), { secret: 'tk-1' }),
    ).toEqual({
      ok: false,
      status: 401,
      reason: 'token_mismatch',
      message: REASONS.token_mismatch,
      provider: 'channeltalk',
    })
  })

  it('Proto: nothing to verify, so the result says it is not verified', async () => {
    const r = await providers.proto.handle(post('https://h.example', raw('proto', 'batch.multi_event.json')))
    expect(r.ok && [r.verified, r.events.length]).toEqual([false, 2])
  })
})

describe('fromRequest (root, detecting)', () => {
  const options = { chatwoot: { secret: SECRET, now }, channeltalk: { secret: 'tk-1' }, oneroute: { secret: SECRET } }

  it('detects each provider and uses its options', async () => {
    const cwBody = raw('chatwoot', 'conversation_created.web_widget.json')
    const cw = await handle(
      post(
        'https://h.example',
        cwBody,
        await providers.chatwoot.sign({ secret: SECRET, body: cwBody, timestamp: NOW }),
      ),
      options,
    )
    expect(cw.ok && [cw.provider, cw.events[0]?.kind]).toEqual(['chatwoot', 'conversation.created'])
    const orBody = raw('oneroute', 'smsDeliveryReport.delivered.json')
    const or = await handle(
      post('https://h.example', orBody, await providers.oneroute.sign({ secret: SECRET, body: orBody })),
      options,
    )
    expect(or.ok && [or.provider, or.events[0]?.kind]).toEqual(['oneroute', 'message.status'])
    const ct = await handle(
      post('https://h.example/?token=tk-1', raw('channeltalk', 'upsert.user.member_contact.v5.json')),
      options,
    )
    expect(ct.ok && ct.provider).toBe('channeltalk')
  })

  it('refuses a provider without options (Proto only when listed), and an unknown body', async () => {
    const batch = raw('proto', 'new_messages.text.json')
    // Signed providers are configured, and none verifies it: an unauthenticated body is not parsed to see whose it is.
    expect(await handle(post('https://h.example', batch), options)).toEqual({
      ok: false,
      status: 401,
      reason: 'missing_token',
      message: expect.stringMatching(/^no configured provider verifies this request \(.*\)\. /),
    })
    const accepted = await handle(post('https://h.example', batch), { ...options, proto: {} })
    expect(accepted.ok && [accepted.provider, accepted.verified]).toEqual(['proto', false])
    // Unauthenticated bodies that are not JSON, or nobody's, get 401 where only signed providers are configured…
    for (const body of ['{"hello":"world"}', '{"event":'])
      expect((await handle(post('https://h.example', body), options)).ok ? 200 : 401).toBe(401)
    // …and are parsed, to say what they are, only where an unsigned provider is.
    const unknown = await handle(post('https://h.example', '{"hello":"world"}'), { ...options, proto: {} })
    expect(!unknown.ok && [unknown.status, unknown.reason]).toEqual([400, 'unknown_provider'])
    const notJson = await handle(post('https://h.example', '{"event":'), { ...options, proto: {} })
    expect(!notJson.ok && [notJson.status, notJson.reason]).toEqual([400, 'invalid_json'])
    const used = post('https://h.example', batch)
    await used.text()
    const again = await handle(used, { ...options, proto: {} })
    expect(!again.ok && [again.status, again.reason, again.error?.message]).toEqual([
      400,
      'invalid_body',
      'chat-webhooks: the request body could not be read: was it read already? Pass the request before anything reads its body',
    ])
    const broken = {
      headers: new Headers(),
      url: 'https://h.example',
      arrayBuffer: () => {
        throw new Error('no body')
      },
    } as unknown as Request
    const unreadable = await handle(broken, options)
    expect(!unreadable.ok && [unreadable.status, unreadable.reason]).toEqual([400, 'invalid_body'])
    expect(await providers.proto.handle(broken, {})).toMatchObject({ ok: false, status: 400, reason: 'invalid_body' })
  })
})

describe('fromRequest: refusals say how to fix them', () => {
  it('a signed request of a provider the endpoint is not configured for is provider_not_configured, naming it', async () => {
    const body = raw('chatwoot', 'message_created.incoming_text.web_widget.json')
    const signed = post(
      'https://h.example',
      body,
      await providers.chatwoot.sign({ secret: SECRET, body, timestamp: NOW }),
    )
    const r = await handle(signed, { channeltalk: { secret: 'tk-1' } })
    expect(!r.ok && [r.status, r.reason, r.provider, r.message]).toEqual([
      401,
      'provider_not_configured',
      'chatwoot',
      `chatwoot: ${REASONS.provider_not_configured}`,
    ])
  })

  it('every refusal carries a message: verification, decoding, detection', async () => {
    const body = raw('chatwoot', 'message_created.incoming_text.web_widget.json')
    const headers = await providers.chatwoot.sign({ secret: SECRET, body: '{"event":1}', timestamp: NOW })
    const invalid = await providers.chatwoot.handle(post('https://h.example', '{"event":1}', headers), {
      secret: SECRET,
      now,
    })
    expect(!invalid.ok && [invalid.status, invalid.reason, invalid.message]).toEqual([
      400,
      'invalid_payload',
      invalid.ok ? '' : invalid.error?.message,
    ])
    expect(!invalid.ok && invalid.message.startsWith('chat-webhooks: not a valid chatwoot payload')).toBe(true)
    const unsigned = await providers.chatwoot.handle(post('https://h.example', body), { secret: SECRET, now })
    expect(!unsigned.ok && unsigned.message).toBe(REASONS.missing_signature)
    const unknown = await handle(post('https://h.example', '{"hello":"world"}'), { proto: {} })
    expect(!unknown.ok && unknown.message).toBe(`chat-webhooks: ${REASONS.unknown_provider}`)
  })
})

describe('fromRequest: maxBytes', () => {
  const body = raw('proto', 'batch.multi_event.json')
  const size = new TextEncoder().encode(body).length

  it('refuses a body over the limit with 413 from its Content-Length, without reading it', async () => {
    let pulled = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++
        c.enqueue(new TextEncoder().encode(body))
        c.close()
      },
    })
    const request = new Request('https://h.example', {
      method: 'POST',
      body: stream,
      headers: { 'content-length': String(size) },
      duplex: 'half',
    } as RequestInit)
    const r = await providers.proto.handle(request, { maxBytes: size - 1 })
    expect(r).toEqual({ ok: false, status: 413, reason: 'body_too_large', message: REASONS.body_too_large })
    expect(pulled).toBe(0)
  })

  it('stops reading a body without a length once it passes the limit', async () => {
    let chunks = 0
    const chunk = new TextEncoder().encode(' '.repeat(1024))
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        chunks++
        c.enqueue(chunk)
      },
    })
    const request = new Request('https://h.example', { method: 'POST', body: endless, duplex: 'half' } as RequestInit)
    const r = await handle(request, { proto: {}, maxBytes: 10 * 1024 })
    expect(!r.ok && [r.status, r.reason]).toEqual([413, 'body_too_large'])
    expect(chunks).toBeLessThan(20)
  })

  it('accepts a body at the limit, and applies the default of 4 MiB', async () => {
    const at = await providers.proto.handle(post('https://h.example', body), { maxBytes: size })
    expect(at.ok).toBe(true)
    expect(DEFAULT_MAX_BYTES).toBe(4 * 1024 * 1024)
    const big = `{"events":[],"pad":"${'x'.repeat(DEFAULT_MAX_BYTES)}"}`
    const r = await handle(post('https://h.example', big), { proto: {} })
    expect(!r.ok && [r.status, r.reason]).toEqual([413, 'body_too_large'])
  })
})

describe('fromRequest when handling fails', () => {
  it('answers 500 internal_error, without the thrown message', async () => {
    const failing = makeHandle<unknown, DecodeOptions>({
      id: 'proto',
      decode: () => {
        throw new Error('secret detail')
      },
      normalize: () => [],
    })
    const r = await failing(post('https://h.example', '{}'), {})
    expect(!r.ok && [r.status, r.reason, r.error?.message]).toEqual([
      500,
      'internal_error',
      'chat-webhooks: handling the request failed unexpectedly',
    ])
    const throwingVerify = makeHandle<unknown, DecodeOptions>({
      id: 'oneroute',
      decode: (u: unknown) => ({ _tag: 'Right', right: u }),
      normalize: () => [],
      verify: () => Promise.reject(new Error('secret detail')),
    })
    const v = await throwingVerify(post('https://h.example', '{}'), {})
    expect(!v.ok && [v.status, v.reason, v.error?.issues]).toEqual([500, 'internal_error', []])
  })
})

describe('parse with headers', () => {
  it('carries the X-Chatwoot-Delivery id on every event, at the root and per provider', () => {
    const body = raw('chatwoot', 'message_created.incoming_text.web_widget.json')
    const headers = new Headers({ 'x-chatwoot-delivery': 'dlv-1' })
    expect(parse(providers.chatwoot, body, { headers }).map((e) => e.deliveryId)).toEqual(['dlv-1'])
    expect(parseAny(body, headers).map((e) => e.deliveryId)).toEqual(['dlv-1'])
    expect(parse(providers.chatwoot, body).map((e) => e.deliveryId)).toEqual([undefined])
    expect(
      parse(providers.proto, raw('proto', 'new_messages.text.json'), { headers }).map((e) => e.deliveryId),
    ).toEqual([undefined])
  })
})
