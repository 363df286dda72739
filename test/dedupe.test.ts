// Deduplication: the in-memory store's time and size bounds, and filtering a delivery's events.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createDedupe, firstDeliveries, type ChatEvent, type DedupeStore, type ProviderId } from '../src/index.js'
import { fixture, fixtureNames, signedRequest } from '../src/testing/index.js'
import { everyProvider } from './support/registry.js'

/** A clock the test moves. */
const clock = () => {
  let t = 1_000
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

describe('createDedupe', () => {
  it('claims a key once while it is remembered, and again once it expired', () => {
    const c = clock()
    const seen = createDedupe({ ttlMs: 100, maxEntries: 10, now: c.now })
    expect(seen.claim('a')).toBe(true)
    expect(seen.claim('a')).toBe(false)
    c.advance(99)
    expect(seen.claim('a')).toBe(false)
    c.advance(1)
    expect(seen.claim('a')).toBe(true)
    expect(seen.size).toBe(1)
  })

  it('forgets the oldest key beyond maxEntries', () => {
    const seen = createDedupe({ ttlMs: 1_000, maxEntries: 3, now: clock().now })
    for (const k of ['a', 'b', 'c', 'd']) expect(seen.claim(k)).toBe(true)
    expect(seen.size).toBe(3)
    expect(seen.claim('b')).toBe(false)
    expect(seen.claim('a')).toBe(true)
  })

  it('drops expired keys as time passes, so memory follows the traffic of one ttl', () => {
    const c = clock()
    const seen = createDedupe({ ttlMs: 10, maxEntries: 1_000, now: c.now })
    for (let i = 0; i < 500; i++) seen.claim(`k${i}`)
    expect(seen.size).toBe(500)
    c.advance(10)
    seen.claim('late')
    expect(seen.size).toBe(1)
  })

  it('takes a fraction of a millisecond as a ttl, but only whole numbers of entries', () => {
    expect(createDedupe({ ttlMs: 0.5, maxEntries: 1 }).claim('a')).toBe(true)
    expect(() => createDedupe({ ttlMs: 1, maxEntries: 0.5 })).toThrow('needs maxEntries as a positive integer')
  })

  it('forgets a key on request', () => {
    const seen = createDedupe({ ttlMs: 1_000, maxEntries: 10, now: clock().now })
    seen.claim('a')
    seen.forget('a')
    expect(seen.claim('a')).toBe(true)
  })

  it('never remembers more than maxEntries, whatever the keys and the clock do', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.tuple(fc.string({ maxLength: 3 }), fc.nat(50)), { maxLength: 200 }),
        (max, steps) => {
          const c = clock()
          const seen = createDedupe({ ttlMs: 30, maxEntries: max, now: c.now })
          // When each key was last claimed as new, and in which order: keys claimed at the
          // same instant still push each other out in claim order.
          const last = new Map<string, { at: number; order: number }>()
          let order = 0
          for (const [key, wait] of steps) {
            c.advance(wait)
            const fresh = seen.claim(key)
            // New exactly when never claimed, or claimed at least a ttl ago, or pushed out by newer keys.
            const before = last.get(key)
            if (before !== undefined && c.now() - before.at < 30 && fresh) {
              const newer = [...last.values()].filter((entry) => entry.order > before.order).length
              expect(newer).toBeGreaterThanOrEqual(max)
            }
            if (before === undefined || c.now() - before.at >= 30) expect(fresh).toBe(true)
            if (fresh) last.set(key, { at: c.now(), order: order++ })
            expect(seen.size).toBeLessThanOrEqual(max)
          }
        },
      ),
      // Two keys at one instant, the first pushed out by the second, then claimed again.
      {
        examples: [
          [
            1,
            [
              ['', 0],
              [' ', 0],
              ['', 0],
            ],
          ],
        ],
      },
    )
  })

  it.each([
    [{ ttlMs: 0, maxEntries: 1 }, 'createDedupe needs ttlMs as a positive number, and got 0'],
    [{ ttlMs: Number.NaN, maxEntries: 1 }, 'createDedupe needs ttlMs as a positive number, and got NaN'],
    [{ ttlMs: 1, maxEntries: 1.5 }, 'createDedupe needs maxEntries as a positive integer, and got 1.5'],
    [{ ttlMs: 1, maxEntries: undefined }, 'createDedupe needs maxEntries as a positive integer, and got undefined'],
    [{ ttlMs: Infinity, maxEntries: 1 }, 'createDedupe needs ttlMs as a positive number, and got Infinity'],
    [{ ttlMs: 1, maxEntries: '5' }, 'createDedupe needs maxEntries as a positive integer, and got string'],
  ])('refuses %j, saying what it needs', (options, message) => {
    expect(() => createDedupe(options as never)).toThrow(new TypeError(`chat-webhooks: ${message}`))
  })
})

describe('firstDeliveries', () => {
  it.each(everyProvider())(
    'keeps the first delivery of each %s change, in order, and drops the redeliveries',
    async (id, p) => {
      const seen = createDedupe({ ttlMs: 60_000, maxEntries: 10_000 })
      const normalize = p.normalize as (webhook: unknown) => ChatEvent[]
      const events = fixtureNames(id as ProviderId).flatMap((name) => {
        const decoded = p.decode(fixture(id as ProviderId, name).raw)
        return decoded._tag === 'Right' ? normalize(decoded.right) : []
      })
      const first = events.filter((e, i) => events.findIndex((f) => f.dedupeKey === e.dedupeKey) === i)
      expect(first.length).toBeGreaterThan(1)
      expect(await firstDeliveries(events, seen)).toEqual(first)
      expect(await firstDeliveries(events, seen)).toEqual([])
      expect(seen.size).toBe(first.length)
    },
  )

  it('waits for an asynchronous store, claiming the keys one after the other', async () => {
    const claimed: string[] = []
    const store: DedupeStore = {
      claim: async (key) => {
        await new Promise((r) => setTimeout(r, 1))
        claimed.push(key)
        return key !== 'b'
      },
    }
    const events = ['a', 'b', 'c'].map((dedupeKey) => ({ dedupeKey }) as ChatEvent)
    expect((await firstDeliveries(events, store)).map((e) => e.dedupeKey)).toEqual(['a', 'c'])
    expect(claimed).toEqual(['a', 'b', 'c'])
  })
})

describe('recipe: deduplication in one process (examples/dedupe.ts)', () => {
  it('handles a Chatwoot delivery once, and answers its redeliveries without handling them again', async () => {
    const { POST } = await import('../examples/dedupe.js')
    const handled: ChatEvent[] = []
    const onEvent = async (e: ChatEvent) => {
      handled.push(e)
    }
    for (let delivery = 0; delivery < 3; delivery++) {
      const request = await signedRequest('chatwoot', 'message_created.incoming_text.web_widget', { secret: 's' })
      expect((await POST(request, 's', onEvent)).status).toBe(204)
    }
    expect(handled.map((e) => e.kind)).toEqual(['message.created'])
  })
})
