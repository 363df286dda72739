/**
 * Deduplication across redeliveries. `dedupeKey` is pure: the same for every
 * delivery of one change. What remembers the keys is a {@link DedupeStore}:
 * {@link createDedupe} for one process, or a shared store (Redis, Postgres)
 * for several — docs/guides/recipes.md has both.
 *
 * @module
 */
import type { ChatEvent } from './model/index.js'

/**
 * Remembers dedupe keys. `claim(key)` is `true` the first time a key is seen
 * (and remembers it), `false` while it is remembered. A shared store must
 * claim atomically (Redis `SET key 1 NX PX ttl`, Postgres `INSERT … ON
 * CONFLICT DO NOTHING`), so that two servers handed the same redelivery at
 * once do not both see it as new.
 * @category dedupe
 * @since 0.3.0
 */
export interface DedupeStore {
  /** `true` the first time `key` is seen (and remembers it), `false` while it is remembered. */
  claim(key: string): boolean | Promise<boolean>
}

/**
 * Options of {@link createDedupe}.
 * @category dedupe
 * @since 0.3.0
 */
export interface DedupeOptions {
  /** How long a key is remembered, in milliseconds: longer than the provider's redelivery window. */
  readonly ttlMs: number
  /** At most this many keys are remembered; beyond it, the oldest is forgotten first. */
  readonly maxEntries: number
  /** The clock, in milliseconds (tests pass their own). */
  readonly now?: () => number
}

/**
 * A {@link DedupeStore} in this process's memory, bounded in time and size.
 * @category dedupe
 * @since 0.3.0
 */
export interface MemoryDedupe extends DedupeStore {
  /** `true` the first time `key` is seen (and remembers it), `false` while it is remembered. */
  claim(key: string): boolean
  /** How many keys are remembered (expired ones included until they are next passed over). */
  readonly size: number
  /** Forgets one key: its next delivery counts as new (after a handler failed on it, say). */
  forget(key: string): void
}

const positive = (name: string, value: unknown, integer: boolean): number => {
  // Neither test converts: text, booleans and the like fail both.
  if ((integer ? Number.isSafeInteger(value) : Number.isFinite(value)) && (value as number) > 0) return value as number
  throw new TypeError(
    `chat-webhooks: createDedupe needs ${name} as a positive ${integer ? 'integer' : 'number'}, and got ${typeof value === 'number' ? String(value) : typeof value}`,
  )
}

/**
 * Remembers dedupe keys for `ttlMs`, at most `maxEntries` of them, in this
 * process — enough for one server; several servers share a store instead.
 * Claiming is O(1) and memory stays bounded whatever arrives. Throws a
 * `TypeError` on options that are not positive numbers.
 * @category dedupe
 * @since 0.3.0
 * @example
 * const seen = createDedupe({ ttlMs: 24 * 60 * 60 * 1000, maxEntries: 100_000 })
 * for (const event of provider.normalize(webhook))
 *   if (seen.claim(event.dedupeKey)) await handle(event)
 */
export const createDedupe = (options: DedupeOptions): MemoryDedupe => {
  const ttl = positive('ttlMs', options.ttlMs, false)
  const max = positive('maxEntries', options.maxEntries, true)
  const now = options.now ?? Date.now
  // Insertion order is expiry order (one ttl for all): the oldest entry is always the first.
  const expiries = new Map<string, number>()
  return {
    claim(key) {
      const at = now()
      for (const [oldest, expiry] of expiries) {
        if (expiry > at) break
        expiries.delete(oldest)
      }
      if (expiries.has(key)) return false
      expiries.set(key, at + ttl)
      if (expiries.size > max) expiries.delete(expiries.keys().next().value as string)
      return true
    },
    get size() {
      return expiries.size
    },
    forget(key) {
      expiries.delete(key)
    },
  }
}

/**
 * The events whose `dedupeKey` the store claims: the first delivery of each
 * change, in order; redeliveries (and repeats within one batch) are left out.
 * @category dedupe
 * @since 0.3.0
 * @example
 * const events = await firstDeliveries(chatwoot.normalize(webhook), store)
 */
export const firstDeliveries = async (events: readonly ChatEvent[], store: DedupeStore): Promise<ChatEvent[]> => {
  const out: ChatEvent[] = []
  for (const event of events) if (await store.claim(event.dedupeKey)) out.push(event)
  return out
}
