import { describe, expect, it } from 'vitest'
import { decodeWithDrift as decodeAnyWithDrift } from '../src/index.js'
import { all, raw } from './fixtures.js'
import { providers } from '../src/registry.js'

type Json = Record<string, unknown>
const parsed = (provider: string, name: string) => JSON.parse(raw(provider, name)) as Json
const at = (o: unknown, ...keys: (string | number)[]): Json => keys.reduce<unknown>((v, k) => (v as Json)[k], o) as Json

const driftOf = <A>(
  decodeWithDrift: (
    input: unknown,
  ) => { _tag: 'Left' } | { _tag: 'Right'; right: { webhook: A; drift: readonly unknown[] } },
  body: unknown,
) => {
  const r = decodeWithDrift(body)
  if (r._tag === 'Left') throw new Error('expected a Right')
  return r.right.drift
}

describe('decodeWithDrift', () => {
  it('finds no drift in payloads that are exactly as documented', () => {
    for (const [name, text] of all('oneroute').filter(
      ([n]) => !n.startsWith('unknown') && !n.includes('undocumented'),
    )) {
      expect([name, driftOf(providers.oneroute.decodeWithDrift, text)]).toEqual([name, []])
    }
    expect(
      driftOf(providers.channeltalk.decodeWithDrift, raw('channeltalk', 'push.message.rich_blocks.v5.json')),
    ).toEqual([])
  })

  it('Chatwoot: lists injected keys, enum values and events at their exact paths', () => {
    const body = parsed('chatwoot', 'message_created.incoming_text.web_widget.json')
    body['delivery_attempt'] = 2
    at(body, 'conversation')['status'] = 'archived'
    at(body, 'sender')['loyalty'] = { tier: 'gold' }
    // In the payload's key order: the added top-level key comes last.
    expect(driftOf(providers.chatwoot.decodeWithDrift, body)).toEqual([
      {
        kind: 'unknown_value',
        path: '/conversation/status',
        expected: '"open" | "resolved" | "pending" | "snoozed"',
        received: 'string',
      },
      { kind: 'unknown_key', path: '/sender/loyalty', expected: 'never', received: 'object' },
      { kind: 'unknown_key', path: '/delivery_attempt', expected: 'never', received: 'number' },
    ])
    const unknown = driftOf(providers.chatwoot.decodeWithDrift, { event: 'campaign_sent', id: 1 })
    expect(unknown).toEqual([
      {
        kind: 'unrecognized',
        path: '/event',
        expected: expect.stringContaining('"message_created"'),
        received: 'string',
      },
    ])
  })

  it('Channel Talk: reports drift in refers and in an unknown (event, type) pair', () => {
    const body = parsed('channeltalk', 'push.message.user_text.v5.json')
    at(body, 'refers', 'user')['loyaltyTier'] = 'gold'
    at(body, 'entity')['personType'] = 'system'
    expect(driftOf(providers.channeltalk.decodeWithDrift, body)).toEqual([
      {
        kind: 'unknown_value',
        path: '/entity/personType',
        expected: '"user" | "manager" | "bot" | "account"',
        received: 'string',
      },
      { kind: 'unknown_key', path: '/refers/user/loyaltyTier', expected: 'never', received: 'string' },
    ])
    expect(
      driftOf(providers.channeltalk.decodeWithDrift, raw('channeltalk', 'unrecognized.update.userChat.json')),
    ).toEqual([{ kind: 'unrecognized', path: '/event', expected: '"push" | "upsert" | "delete"', received: 'string' }])
  })

  it('Proto: reports an unknown message type, a media kind and a carousel over the limit inside a batch', () => {
    const body = parsed('proto', 'batch.multi_event.json')
    const messages = at(body, 'events', 1)['messages'] as Json[]
    messages.push({ type: 'location', author: { type: 'bot' }, data: {} })
    messages.push({ type: 'media', data: { type: 'sticker', url: 'https://x.example/s.webp' } })
    messages.push({ type: 'carousel', data: { cards: Array.from({ length: 11 }, () => ({})) } })
    expect(driftOf(providers.proto.decodeWithDrift, body)).toEqual([
      {
        kind: 'unrecognized',
        path: '/events/1/messages/1/type',
        expected: '"text" | "media" | "carousel" | "hyperlink" | "thirdparty_agent_takeover"',
        received: 'string',
      },
      {
        kind: 'unknown_value',
        path: '/events/1/messages/2/data/type',
        expected: '"image" | "video" | "audio" | "file"',
        received: 'string',
      },
      { kind: 'over_limit', path: '/events/1/messages/3/data/cards', expected: 'at most 10 items', received: 'array' },
    ])
  })

  it('OneRoute: reports undocumented statuses and keys; the root function detects the provider first', () => {
    const r = decodeAnyWithDrift(raw('oneroute', 'newMessage.undocumented_fields.json'))
    expect(r._tag === 'Right' && [r.right.webhook.provider, r.right.drift]).toEqual([
      'oneroute',
      [{ kind: 'unknown_value', path: '/conversation/status', expected: '"in-queue"', received: 'string' }],
    ])
    const unknown = decodeAnyWithDrift('{"hello":1}')
    expect(unknown._tag === 'Left' && unknown.left.code).toBe('unknown_provider')
  })

  it('stays lenient: the webhook decodes as with decode, and the list is capped', () => {
    const body = parsed('proto', 'new_messages.text.json')
    for (let i = 0; i < 500; i++) body[`k${i}`] = i
    const r = providers.proto.decodeWithDrift(body)
    expect(r._tag === 'Right' && [r.right.drift.length, r.right.webhook]).toEqual([
      200,
      providers.proto.decode(body)._tag === 'Right' ? body : undefined,
    ])
  })
})
