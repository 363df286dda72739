// What a new user trips over, each through a real call: `sign` with an unset secret, a body sent
// to another provider's `decode`, and the reason table every refusal's message comes from.
import { describe, expect, it } from 'vitest'
import { REASONS } from '../src/core/reasons.js'
import { EVENT_NAMES as CHATWOOT_EVENTS } from '../src/providers/chatwoot/detect.js'
import { EVENT_NAMES as ONEROUTE_EVENTS } from '../src/providers/oneroute/detect.js'
import { providers } from '../src/registry.js'
import { all, raw } from './fixtures.js'
import { everyProvider } from './support/registry.js'
import { unionOf } from './support/union.js'

/** Every provider that signs, with its `sign`. */
const signers = everyProvider().flatMap(([id, p]) =>
  p.sign ? [[id, (secret: string) => p.sign?.({ secret, body: '{}' })] as const] : [],
)

describe('sign with a missing secret', () => {
  it('is there to test', () => expect(signers.length).toBeGreaterThan(1))

  it.each(signers)('%s rejects with a chat-webhooks error that names the problem', async (_name, sign) => {
    await expect(sign('')).rejects.toThrow(
      "chat-webhooks: sign needs the webhook's secret and got an empty string (is the environment variable set?)",
    )
    await expect(sign(undefined as unknown as string)).rejects.toThrow(
      "chat-webhooks: sign needs the webhook's secret and got undefined (is the environment variable set?)",
    )
    await expect(sign(undefined as unknown as string)).rejects.toBeInstanceOf(TypeError)
  })
})

describe("a body sent to another provider's decode", () => {
  // Every provider's fixtures, given to every other provider's decode: where that decode refuses the body, it names the sender.
  it.each(everyProvider())('a %s body that another provider refuses is named as such', (sender) => {
    let refused = 0
    for (const [, text] of all(sender)) {
      for (const [receiver, p] of everyProvider()) {
        if (receiver === sender) continue
        const r = p.decode(text)
        if (r._tag === 'Right') continue
        refused++
        expect([receiver, r.left.message.split('\n')[0]]).toEqual([
          receiver,
          expect.stringContaining(
            `(it looks like a ${sender} webhook: decode it with chat-webhooks/${sender}, or let the root decode detect the provider)`,
          ),
        ])
      }
    }
    expect(refused).toBeGreaterThan(0)
  })

  it("names no other provider for a body of the provider's own, or one no provider sends", () => {
    const own = providers.chatwoot.decode('{"event":"message_created"}')
    expect(own._tag === 'Left' && own.left.message.includes('looks like')).toBe(false)
    const none = providers.chatwoot.decode('{"hello":"world"}')
    expect(none._tag === 'Left' && none.left.message.includes('looks like')).toBe(false)
  })
})

describe('the shapes detection reads', () => {
  it("know each provider's event names exactly as its codec does", () => {
    expect([...CHATWOOT_EVENTS].sort()).toEqual(Object.keys(unionOf(providers.chatwoot.Webhook).variants).sort())

    expect([...ONEROUTE_EVENTS].sort()).toEqual(Object.keys(unionOf(providers.oneroute.Webhook).variants).sort())
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
    const r = providers.chatwoot.decode(body)
    if (r._tag === 'Left') throw r.left
    return r.right
  })()

  it("takes it as given, or reads the provider's own header; without either, events have none", () => {
    expect(providers.chatwoot.normalize(webhook, { deliveryId: ' dlv-1 ' }).map((e) => e.deliveryId)).toEqual(['dlv-1'])
    expect(
      providers.chatwoot.normalize(webhook, { headers: { 'X-Chatwoot-Delivery': 'dlv-2' } }).map((e) => e.deliveryId),
    ).toEqual(['dlv-2'])
    expect(
      providers.chatwoot
        .normalize(webhook, { deliveryId: 'dlv-3', headers: { 'X-Chatwoot-Delivery': 'dlv-2' } })
        .map((e) => e.deliveryId),
    ).toEqual(['dlv-3'])
    expect(providers.chatwoot.normalize(webhook, {}).map((e) => 'deliveryId' in e)).toEqual([false])
    expect(providers.chatwoot.normalize(webhook).map((e) => 'deliveryId' in e)).toEqual([false])
  })

  it('puts a given one on every event of every provider, a batch’s included', () => {
    for (const [id, p] of everyProvider()) {
      for (const [name, text] of all(id)) {
        const r = p.decode(text)
        if (r._tag === 'Left') throw r.left
        const events = p.normalize(r.right, { deliveryId: 'req-7' })
        expect([name, events.every((e) => e.deliveryId === 'req-7')]).toEqual([name, true])
        expect([name, p.normalize(r.right, { headers: { 'x-anything': 'x' } }).some((e) => 'deliveryId' in e)]).toEqual(
          [name, false],
        )
      }
    }
  })
})
