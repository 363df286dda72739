import fc from 'fast-check'
import { REASONS } from '../src/core/reasons.js'
import { describe, expect, it } from 'vitest'
import {
  decode as decodeAny,
  decodeWithDrift as decodeAnyWithDrift,
  detectProvider,
  WebhookError,
} from '../src/index.js'
import { all, raw } from './fixtures.js'
import { parseAny } from './support/parse.js'
import { everyProvider } from './support/registry.js'

const everyFixture = everyProvider().flatMap(([provider]) =>
  all(provider).map(([name, text]) => [`${provider}/${name}`, provider, text] as const),
)

describe('detectProvider', () => {
  it.each(everyFixture)('recognises %s from the body alone', (_name, provider, text) => {
    expect(detectProvider(text)).toBe(provider)
    expect(detectProvider(JSON.parse(text))).toBe(provider)
  })

  it('recognises a Channel Talk envelope whose entity shape is unknown', () => {
    expect(detectProvider({ event: 'push', type: 'message', entity: {} })).toBe('channeltalk')
    expect(detectProvider({ event: 'delete', type: 'user', refers: {} })).toBe('channeltalk')
  })

  it('uses provider headers first when given', () => {
    expect(detectProvider('{}', { 'X-Chatwoot-Delivery': 'abc' })).toBe('chatwoot')
    expect(detectProvider('{}', new Headers({ 'x-chatwoot-signature': 'sha256=00' }))).toBe('chatwoot')
    expect(detectProvider(raw('chatwoot', 'message_created.private_note.json'), { 'X-OneRoute-Signature': 'ab' })).toBe(
      'oneroute',
    )
    expect(
      detectProvider(raw('proto', 'new_messages.text.json'), { 'content-type': 'application/json', 'user-agent': 'x' }),
    ).toBe('proto')
  })

  it('never throws, whatever the body or headers', () => {
    const ids: string[] = everyProvider().map(([id]) => id)
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.string(), fc.uint8Array()),
        fc.dictionary(fc.string(), fc.string()),
        (body, headers) => {
          const p = detectProvider(body, headers)
          expect(p === undefined || ids.includes(p)).toBe(true)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('recognises no provider in arbitrary JSON objects without provider keys', () => {
    const key = fc
      .string()
      .filter(
        (k) =>
          !['event', 'events', 'type', 'entity', 'refers', 'message', 'conversation', 'account', 'inbox'].includes(k),
      )
    fc.assert(
      fc.property(fc.dictionary(key, fc.jsonValue()), (body) => detectProvider(body) === undefined),
      { numRuns: 500 },
    )
  })

  it.each([
    ['an empty batch', { events: [] }],
    ['a batch of something else', { events: [{ id: 1 }] }],
    ['an event name on a bare body', { event: 'push', type: 'message' }],
    ['an envelope whose entity is not an object', { event: 'push', type: 'message', entity: 'x' }],
    ['not an object', '[1,2]'],
    ['invalid JSON', '{'],
    ['nothing', undefined],
  ])('returns undefined for %s', (_name, body) => {
    expect(detectProvider(body)).toBe(undefined)
  })
})

describe('decodeWebhook / parseWebhook', () => {
  it('decodes and normalizes a detected body', () => {
    const text = raw('chatwoot', 'message_created.incoming_text.web_widget.json')
    const r = decodeAny(text)
    expect(r._tag === 'Right' && r.right.provider).toBe('chatwoot')
    expect(parseAny(text).map((e) => e.kind)).toEqual(['message.created'])
  })

  it.each(everyFixture)('decodes %s with its own provider', (_name, provider, text) => {
    const r = decodeAny(text)
    expect(r._tag === 'Right' && r.right.provider).toBe(provider)
    expect(parseAny(text).every((e) => e.provider === provider)).toBe(true)
  })

  it('reports a detected Channel Talk body that is invalid with the provider named', () => {
    const r = decodeAny({ event: 'push', type: 'message', entity: { id: 7 } })
    expect(r._tag === 'Left' && [r.left.code, r.left.provider, r.left.issues]).toEqual([
      'invalid_payload',
      'channeltalk',
      [{ path: '/entity/id', expected: 'string', received: 'number' }],
    ])
  })

  it('fails with unknown_provider, and passes strict on to the provider', () => {
    const r = decodeAny('{"hello":"world"}')
    expect(r._tag === 'Left' && [r.left.code, r.left.provider]).toEqual(['unknown_provider', undefined])
    expect(() => parseAny('{"hello":"world"}')).toThrow(WebhookError)
    const strict = decodeAny(raw('chatwoot', 'unknown_event.campaign_sent.json'), { strict: true })
    expect(strict._tag === 'Left' && strict.left.code).toBe('invalid_payload')
  })
})

describe('detectProvider: each clue on its own', () => {
  it.each([
    ['a known Chatwoot event', { event: 'conversation_opened' }, 'chatwoot'],
    ['an unknown event beside an account', { event: 'campaign_sent', account: {} }, 'chatwoot'],
    ['an unknown event beside a conversation', { event: 'campaign_sent', conversation: {} }, 'chatwoot'],
    ['an unknown event beside an inbox', { event: 'campaign_sent', inbox: {} }, 'chatwoot'],
    ['an unknown event alone', { event: 'campaign_sent' }, undefined],
    ['an automation-rule event alone', { event: 'automation_event.message_created' }, 'chatwoot'],
    [
      'an unknown event beside a non-object account',
      { event: 'campaign_sent', account: 3, conversation: 'x', inbox: null },
      undefined,
    ],
    ['a Channel Talk envelope with refers only', { event: 'delete', type: 'user', refers: {} }, 'channeltalk'],
    ['a Channel Talk envelope without entity or refers', { event: 'delete', type: 'user' }, undefined],
    ['a Proto event with a chat', { events: [{ chat: {} }] }, 'proto'],
    ['a Proto event with messages', { events: [{ messages: [] }] }, 'proto'],
    ['a Proto event typed new_messages', { events: [{ type: 'new_messages' }] }, 'proto'],
    ['a Proto event with none of those', { events: [{ type: 'chat_started' }] }, undefined],
    ['an empty Proto batch', { events: [] }, undefined],
    ['a known OneRoute event', { event: 'smsDeliveryReport' }, 'oneroute'],
    ['OneRoute’s envelope with a null message', { event: 'campaign', message: null, conversation: {} }, 'oneroute'],
    [
      'OneRoute’s envelope with a message sender',
      { event: 'campaign', message: { sender: {} }, conversation: {} },
      'oneroute',
    ],
    ['a conversation with a capital-C Channel', { event: 'campaign', conversation: { Channel: {} } }, 'oneroute'],
    [
      'a message without a sender beside a conversation',
      { event: 'campaign', message: {}, conversation: {} },
      'chatwoot',
    ],
  ])('%s', (_, body, provider) => {
    expect(detectProvider(body)).toBe(provider)
  })

  it('reads headers by prefix for Chatwoot and by name for OneRoute', () => {
    expect(detectProvider('{}', { 'X-Chatwoot-Delivery': 'd' })).toBe('chatwoot')
    expect(detectProvider('{}', { 'x-oneroute-signature': 's' })).toBe('oneroute')
    expect(detectProvider('{}', { 'x-oneroute-other': 's', 'x-chatwoot': 'no dash' })).toBe(undefined)
    expect(detectProvider('not json')).toBe(undefined)
  })
})

describe('decodeWebhookWithDrift', () => {
  it.each(everyProvider())(
    'tags %s webhooks with their provider, and reports the drift its own decodeWithDrift finds',
    (provider, p) => {
      for (const [name, text] of all(provider)) {
        const own = p.decodeWithDrift(text)
        const r = decodeAnyWithDrift(text)
        expect([name, r._tag === 'Right' && r.right.webhook.provider, r._tag === 'Right' && r.right.drift]).toEqual([
          name,
          provider,
          own._tag === 'Right' && own.right.drift,
        ])
      }
    },
  )

  it('passes on body and payload errors, and names no provider for an unknown body', () => {
    const empty = decodeAnyWithDrift('')
    expect(empty._tag === 'Left' && [empty.left.code, empty.left.message]).toEqual([
      'invalid_json',
      'chat-webhooks: the body is empty',
    ])
    const invalid = decodeAnyWithDrift('{"event":"push","type":"message","entity":{"id":1}}')
    expect(invalid._tag === 'Left' && [invalid.left.code, invalid.left.provider]).toEqual([
      'invalid_payload',
      'channeltalk',
    ])
    const unknown = decodeAnyWithDrift('{"hello":1}')
    expect(
      unknown._tag === 'Left' && [unknown.left.code, unknown.left.provider, unknown.left.issues, unknown.left.message],
    ).toEqual(['unknown_provider', undefined, [], `chat-webhooks: ${REASONS.unknown_provider}`])
  })
})
