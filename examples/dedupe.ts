/**
 * Deduplication across redeliveries: an event's `dedupeKey` is the same for
 * every delivery of one change. In one process, `createDedupe`; shared by
 * several servers, Redis, whose `SET key 1 NX PX ttl` claims a key
 * atomically, so that two servers handed the same redelivery at once do not
 * both handle it. Keys are remembered for the provider's `redelivery.ttlMs`.
 */
import type { Redis } from 'ioredis'
import { createDedupe, firstDeliveries, providers, type ChatEvent, type DedupeStore } from 'chat-webhooks'
import * as chatwoot from 'chat-webhooks/chatwoot'

const seen = createDedupe({ ttlMs: providers.chatwoot.redelivery.ttlMs, maxEntries: 100_000 })

export const POST = async (request: Request, secret: string, onEvent: (e: ChatEvent) => Promise<void>) => {
  const result = await chatwoot.handle(request, { secret })
  if (!result.ok) return new Response(result.message, { status: result.status })
  for (const event of await firstDeliveries(result.events, seen)) await onEvent(event)
  return new Response(null, { status: 204 })
}

export const redisDedupe = (redis: Redis, ttlMs: number): DedupeStore => ({
  claim: async (key) => (await redis.set(`webhook:${key}`, '1', 'PX', ttlMs, 'NX')) === 'OK',
})

export const handleOnce = async (
  redis: Redis,
  events: readonly ChatEvent[],
  onEvent: (event: ChatEvent) => Promise<void>,
): Promise<void> => {
  const store = redisDedupe(redis, providers.proto.redelivery.ttlMs)
  for (const event of await firstDeliveries(events, store)) await onEvent(event)
}
