// What a new user trips over, each through a real call: `sign` with an unset secret, a body sent
// to another provider's `decode`, and the reason table every refusal's message comes from.
import { describe, expect, it } from 'vitest'
import { REASONS } from '../src/core/reasons.js'
import { CHATWOOT_EVENTS, ONEROUTE_EVENTS } from '../src/core/shapes.js'
import * as chatwoot from '../src/providers/chatwoot/index.js'
import * as oneroute from '../src/providers/oneroute/index.js'
import * as proto from '../src/providers/proto/index.js'
import { raw } from './fixtures.js'

describe('sign with a missing secret', () => {
  it.each([
    ['chatwoot', (secret: string) => chatwoot.sign({ secret, body: '{}' })],
    ['oneroute', (secret: string) => oneroute.sign({ secret, body: '{}' })],
  ])('%s rejects with a chat-webhooks error that names the problem', async (_name, sign) => {
    await expect(sign('')).rejects.toThrow("chat-webhooks: sign needs the webhook's secret and got an empty string (is the environment variable set?)")
    await expect(sign(undefined as unknown as string)).rejects.toThrow("chat-webhooks: sign needs the webhook's secret and got undefined (is the environment variable set?)")
    await expect(sign(undefined as unknown as string)).rejects.toBeInstanceOf(TypeError)
  })
})

describe("a body sent to another provider's decode", () => {
  it.each([
    ['proto', 'chatwoot', 'new_messages.text.json', chatwoot.decode],
    ['chatwoot', 'proto', 'message_created.incoming_text.web_widget.json', proto.decode],
    ['channeltalk', 'proto', 'push.message.user_text.v5.json', proto.decode],
    ['oneroute', 'proto', 'newMessage.text.json', proto.decode],
  ] as const)('a %s body given to %s.decode says which provider it looks like', (sender, _receiver, file, decode) => {
    const r = decode(raw(sender, file))
    expect(r._tag === 'Left' && r.left.message.split('\n')[0]).toContain(
      `(it looks like a ${sender} webhook: decode it with chat-webhooks/${sender}, or let the root decodeWebhook detect the provider)`,
    )
  })

  it("names no other provider for a body of the provider's own, or one no provider sends", () => {
    const own = chatwoot.decode('{"event":"message_created"}')
    expect(own._tag === 'Left' && own.left.message.includes('looks like')).toBe(false)
    const none = chatwoot.decode('{"hello":"world"}')
    expect(none._tag === 'Left' && none.left.message.includes('looks like')).toBe(false)
  })
})

describe('the shapes detection reads', () => {
  it("know each provider's event names exactly as its codec does", () => {
    expect([...CHATWOOT_EVENTS].sort()).toEqual(Object.keys(chatwoot.Webhook.variants).sort())
    expect([...ONEROUTE_EVENTS].sort()).toEqual(Object.keys(oneroute.Webhook.variants).sort())
  })
})

describe('the reason table', () => {
  it('has a message for every reason that says what to do, and none echoes a value', () => {
    for (const [reason, message] of Object.entries(REASONS)) {
      expect([reason, message.length > 40]).toEqual([reason, true])
      expect([reason, /:/.test(message)]).toEqual([reason, true])
    }
  })
})

describe('normalize with a delivery id', () => {
  const body = raw('chatwoot', 'message_created.incoming_text.web_widget.json')
  const webhook = (() => {
    const r = chatwoot.decode(body)
    if (r._tag === 'Left') throw r.left
    return r.right
  })()

  it("takes it as given, or reads the provider's own header; without either, events have none", () => {
    expect(chatwoot.normalize(webhook, { deliveryId: ' dlv-1 ' }).map((e) => e.deliveryId)).toEqual(['dlv-1'])
    expect(chatwoot.normalize(webhook, { headers: { 'X-Chatwoot-Delivery': 'dlv-2' } }).map((e) => e.deliveryId)).toEqual(['dlv-2'])
    expect(chatwoot.normalize(webhook, { deliveryId: 'dlv-3', headers: { 'X-Chatwoot-Delivery': 'dlv-2' } }).map((e) => e.deliveryId)).toEqual(['dlv-3'])
    expect(chatwoot.normalize(webhook, {}).map((e) => 'deliveryId' in e)).toEqual([false])
    expect(chatwoot.normalize(webhook).map((e) => 'deliveryId' in e)).toEqual([false])
  })

  it('works for providers without a delivery header, on every event of a batch', () => {
    const r = proto.decode(raw('proto', 'batch.multi_event.json'))
    expect(r._tag === 'Right' && proto.normalize(r.right, { deliveryId: 'req-7' }).map((e) => e.deliveryId)).toEqual(['req-7', 'req-7'])
    const o = oneroute.decode(raw('oneroute', 'newMessage.text.json'))
    expect(o._tag === 'Right' && oneroute.normalize(o.right, { headers: { 'x-anything': 'x' } }).map((e) => 'deliveryId' in e)).toEqual([false])
  })
})
