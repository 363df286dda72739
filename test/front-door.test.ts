// The front door under attack: it authenticates before it parses, an unsigned provider is no
// catch-all, and a compressed body is named, not misread. Each case failed on 0.2.0, which parsed
// first, accepted a Chatwoot-looking unsigned body as Proto's, and called gzip invalid UTF-8.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { handle } from '../src/index.js'
import { REASONS } from '../src/core/reasons.js'
import { providers } from '../src/registry.js'
import { fixtureNames, signedParts } from '../src/testing/index.js'
import type { ProviderId } from '../src/index.js'
import { raw } from './fixtures.js'
import { everyProvider } from './support/registry.js'

const SECRET = 'front-door-secret'
const post = (body: string, headers: Record<string, string> = {}, url = 'https://h.example/hooks') =>
  new Request(url, { method: 'POST', body, headers })

afterEach(() => vi.restoreAllMocks())

/** Every signed provider of the registry, configured with the test secret. */
const signedProviders = () =>
  Object.fromEntries(
    everyProvider()
      .filter(([, p]) => p.verification.kind !== 'none')
      .map(([id]) => [id, { secret: SECRET }]),
  )

describe('the front door authenticates before it parses', () => {
  it('a forged body under Chatwoot’s headers is refused for its signature, and never parsed', async () => {
    const parse = vi.spyOn(JSON, 'parse')
    const forged = post('this is not JSON '.repeat(10_000), {
      'x-chatwoot-signature': `sha256=${'0'.repeat(64)}`,
      'x-chatwoot-timestamp': String(Math.floor(Date.now() / 1000)),
    })
    const r = await handle(forged, { chatwoot: { secret: SECRET }, proto: {} })
    expect(!r.ok && [r.status, r.reason, r.provider]).toEqual([401, 'signature_mismatch', 'chatwoot'])
    expect(parse.mock.calls.filter(([text]) => String(text).includes('not JSON'))).toEqual([])
  })

  it('with only signed providers configured, a body no signature verifies is refused unparsed', async () => {
    const parse = vi.spyOn(JSON, 'parse')
    const r = await handle(post('{"event":"message_created","id":1,"content":"refund me"}'), signedProviders())
    expect(!r.ok && r.status).toBe(401)
    expect(!r.ok && r.message).toMatch(
      /^no configured provider verifies this request \(.*chatwoot: missing_signature.*\)\. /,
    )
    expect(parse.mock.calls.filter(([text]) => String(text).includes('refund me'))).toEqual([])
  })

  it('a correctly signed request of every provider passes, with every provider configured', async () => {
    const everyone = Object.fromEntries(everyProvider().map(([id]) => [id, { secret: SECRET }]))
    for (const [id, p] of everyProvider()) {
      const parts = await signedParts(id as ProviderId, fixtureNames(id as ProviderId)[0] as never, { secret: SECRET })
      const r = await handle(parts, everyone)
      expect([id, r.ok && r.provider, r.ok && r.verified]).toEqual([id, id, p.verification.kind !== 'none'])
    }
  })
})

describe('the root front door’s own settings', () => {
  it('refuses, and does not throw, when a caller passes no configuration at all', async () => {
    const parts = await signedParts('chatwoot', 'message_created.incoming_text.web_widget', { secret: SECRET })
    const named = await handle(parts, undefined as never)
    expect(!named.ok && [named.status, named.reason, named.provider]).toEqual([
      401,
      'provider_not_configured',
      'chatwoot',
    ])
    const unnamed = await handle(post(raw('proto', 'new_messages.text.json')), undefined as never)
    expect(!unnamed.ok && [unnamed.status, unnamed.reason]).toEqual([400, 'unknown_provider'])
  })

  it('passes its strict on to the provider, unless the provider’s options say otherwise', async () => {
    const parts = await signedParts('chatwoot', 'unknown_event.campaign_sent', { secret: SECRET })
    const lenient = await handle(parts, { chatwoot: { secret: SECRET } })
    expect(lenient.ok && lenient.events.map((e) => e.kind)).toEqual(['unrecognized'])
    const strict = await handle(parts, { strict: true, chatwoot: { secret: SECRET } })
    expect(!strict.ok && [strict.status, strict.reason]).toEqual([400, 'invalid_payload'])
    const overridden = await handle(parts, { strict: true, chatwoot: { secret: SECRET, strict: false } })
    expect(overridden.ok).toBe(true)
  })
})

describe('an unsigned provider is no catch-all', () => {
  const chatwootAndProto = JSON.stringify({
    ...(JSON.parse(raw('chatwoot', 'message_created.incoming_text.web_widget.json')) as object),
    ...(JSON.parse(raw('proto', 'new_messages.text.json')) as object),
  })

  it('an unsigned body shaped like Chatwoot’s and Proto’s is refused with Chatwoot’s reason, not taken as Proto’s', async () => {
    const r = await handle(post(chatwootAndProto), { chatwoot: { secret: SECRET }, proto: {} })
    expect(!r.ok && [r.status, r.reason, r.provider]).toEqual([401, 'missing_signature', 'chatwoot'])
    // With every signed provider tried, still the reason of the one it looks like.
    const more = await handle(post(chatwootAndProto), { ...signedProviders(), proto: {} })
    expect(!more.ok && [more.status, more.reason, more.provider]).toEqual([401, 'missing_signature', 'chatwoot'])
  })

  it('an unsigned body that looks like Channel Talk’s without its token is refused, not taken as Proto’s', async () => {
    const both = JSON.stringify({
      ...(JSON.parse(raw('channeltalk', 'push.message.user_text.v5.json')) as object),
      events: [{ chat: {}, messages: [] }],
    })
    const r = await handle(post(both), { channeltalk: { secret: SECRET }, proto: {} })
    expect(!r.ok && [r.status, r.reason, r.provider]).toEqual([401, 'missing_token', 'channeltalk'])
  })

  it('a plain Proto body is still Proto’s, unverified, when Proto is listed', async () => {
    const r = await handle(post(raw('proto', 'batch.multi_event.json')), { chatwoot: { secret: SECRET }, proto: {} })
    expect(r.ok && [r.provider, r.verified, r.events.length]).toEqual(['proto', false, 2])
  })
})

describe('the root front door’s refusals of unnamed bodies', () => {
  const unsigned = raw('chatwoot', 'message_created.incoming_text.web_widget.json')

  it('with one signed provider configured, its own refusal; with several, each named', async () => {
    const own = await providers.chatwoot.handle(post(unsigned), { secret: SECRET })
    expect(await handle(post(unsigned), { chatwoot: { secret: SECRET } })).toEqual(own)
    // Every signed provider of the registry, each refusing on its own first.
    const refusals = []
    for (const [id, p] of everyProvider().filter(([, p]) => p.verification.kind !== 'none')) {
      const r = await p.handle(post(unsigned), { secret: SECRET } as never)
      if (r.ok) throw new Error(`an unsigned body passed ${id}’s front door`)
      refusals.push([id, r] as const)
    }
    const [first] = refusals
    const all = await handle(post(unsigned), signedProviders())
    expect(first && !all.ok && [all.reason, all.message]).toEqual([
      first?.[1].reason,
      `no configured provider verifies this request (${refusals.map(([id, r]) => `${id}: ${r.reason}`).join(', ')}). ${first?.[1].message}`,
    ])
  })

  it('a body that looks like an unconfigured signed provider’s is refused as not configured, not taken as Proto’s', async () => {
    const r = await handle(post(unsigned), { proto: {} })
    expect(!r.ok && [r.status, r.reason, r.provider]).toEqual([401, 'provider_not_configured', 'chatwoot'])
  })

  it('a handshake whose options throw is refused as an internal error, not thrown', async () => {
    const options = {
      secret: SECRET,
      get verifyToken(): string {
        throw new Error('secret store unavailable')
      },
    }
    const get = new Request('https://h.example/hooks?hub.mode=subscribe&hub.challenge=1&hub.verify_token=t')
    const r = await handle(get, { whatsapp: options })
    expect(!r.ok && [r.status, r.reason, r.provider]).toEqual([500, 'internal_error', 'whatsapp'])
  })
})

describe('compressed bodies', () => {
  it('are refused with 415, the encoding named, by the root and each provider’s front door', async () => {
    const gz = post('\x1f\x8b\x08\x00', { 'content-encoding': 'gzip' })
    const r = await handle(gz, { chatwoot: { secret: SECRET } })
    expect(!r.ok && [r.status, r.reason, r.message]).toEqual([
      415,
      'unsupported_encoding',
      `the body is sent with Content-Encoding: gzip. ${REASONS.unsupported_encoding}`,
    ])
    const own = await providers.chatwoot.handle(
      { body: new Uint8Array([0x0b, 0x02, 0x80]), headers: { 'Content-Encoding': 'br' } },
      { secret: SECRET },
    )
    expect(!own.ok && [own.status, own.reason]).toEqual([415, 'unsupported_encoding'])
    const identity = await providers.proto.handle({
      body: raw('proto', 'new_messages.text.json'),
      headers: { 'content-encoding': 'identity' },
    })
    expect(identity.ok).toBe(true)
    // A route's body its framework already inflated (Express's raw parser does) is JSON again, whatever the header says.
    const inflated = await providers.proto.handle({
      body: Buffer.from(raw('proto', 'new_messages.text.json')),
      headers: { 'content-encoding': 'gzip' },
    })
    expect(inflated.ok).toBe(true)
    const still = await providers.proto.handle({
      body: Buffer.from([0x1f, 0x8b, 0x08, 0x00]),
      headers: { 'content-encoding': 'gzip' },
    })
    expect(!still.ok && still.status).toBe(415)
  })

  it('a route whose raw-body parser skipped the content type says so', async () => {
    const r = await providers.chatwoot.handle(
      { body: undefined as unknown as string, headers: { 'content-type': 'text/plain' } },
      { secret: SECRET },
    )
    expect(!r.ok && [r.status, r.reason, r.message.includes('type: () => true')]).toEqual([400, 'invalid_body', true])
  })
})

describe('Chatwoot’s unsigned webhooks, let through by a token in their URL', () => {
  const automation = raw('chatwoot', 'automation_event.message_created.json')
  const macro = raw('chatwoot', 'macro.executed.json')
  const message = raw('chatwoot', 'message_created.incoming_text.web_widget.json')
  const options = { secret: SECRET, unsignedToken: 'unsigned-url-token' }

  it('accepts an automation-rule, macro or installation webhook whose URL carries the token', async () => {
    for (const body of [automation, macro, raw('chatwoot', 'installation.account_created.json')]) {
      const r = await providers.chatwoot.handle(
        { body, headers: {}, url: '/hooks/chatwoot?token=unsigned-url-token' },
        options,
      )
      expect(r.ok && [r.provider, r.verified]).toEqual(['chatwoot', true])
    }
    const root = await handle(post(automation, {}, 'https://h.example/hooks?token=unsigned-url-token'), {
      chatwoot: options,
      proto: {},
    })
    expect(root.ok && root.events.map((e) => e.kind)).toEqual(['automation.triggered'])
  })

  it('never lets through another event, a wrong or missing token, or anything when no token is configured', async () => {
    const refused = async (body: string, url: string, o: object = options) => {
      const r = await providers.chatwoot.handle({ body, headers: {}, url }, o)
      return r.ok ? 'ok' : r.reason
    }
    expect(await refused(message, '/h?token=unsigned-url-token')).toBe('missing_signature')
    expect(await refused(automation, '/h?token=guess')).toBe('token_mismatch')
    expect(await refused(automation, '/h')).toBe('missing_signature')
    expect(await refused(automation, '/h?token=unsigned-url-token&token=x')).toBe('malformed_signature')
    expect(await refused(automation, '/h?token=unsigned-url-token', { secret: SECRET })).toBe('missing_signature')
    expect(await refused('not json', '/h?token=unsigned-url-token')).toBe('missing_signature')
  })

  it('still checks the signature of a signed request', async () => {
    const signed = await providers.chatwoot.sign({ secret: SECRET, body: message })
    const ok = await providers.chatwoot.handle({ body: message, headers: signed, url: '/h' }, options)
    expect(ok.ok).toBe(true)
    const forged = await providers.chatwoot.handle(
      {
        body: message,
        headers: { ...signed, 'x-chatwoot-signature': `sha256=${'0'.repeat(64)}` },
        url: '/h?token=unsigned-url-token',
      },
      options,
    )
    expect(!forged.ok && forged.reason).toBe('signature_mismatch')
  })
})
