/**
 * Events through JSON: `JSON.stringify(event)` works on every event (no
 * cycles, no bigints, `raw` is the decoded JSON), and gives its documented
 * JSON form — the same object with every `Date` as ISO-8601 text
 * (`occurredAt`, `message.createdAt`/`editedAt`, `conversation.createdAt`/`updatedAt`,
 * `deliveredAt`). `reviveEvent` turns that form back into the event.
 *
 * @module
 */
import type { ChatEvent } from './model/index.js'

/** Where events hold dates: the same fields on every kind. */
const DATE_PATHS: readonly (readonly string[])[] = [
  ['occurredAt'],
  ['deliveredAt'],
  ['message', 'createdAt'],
  ['message', 'editedAt'],
  ['conversation', 'createdAt'],
  ['conversation', 'updatedAt'],
]

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/

/**
 * An event back from its JSON form (`JSON.parse(JSON.stringify(event))`),
 * with its dates as `Date`s again. For events this library produced — a
 * queue, a cache, a log — not a validator of untrusted input: the value is
 * copied, not checked.
 * @category model
 * @since 0.2.0
 * @example
 * await queue.send(JSON.stringify(event))
 * const again = reviveEvent(JSON.parse(message))
 */
export const reviveEvent = (json: unknown): ChatEvent => {
  const event: Record<string, unknown> = { ...(json as Record<string, unknown>) }
  for (const path of DATE_PATHS) {
    let parent: Record<string, unknown> = event
    for (const key of path.slice(0, -1)) {
      const child = parent[key]
      if (typeof child !== 'object' || child === null) {
        parent = {}
        break
      }
      parent[key] = { ...(child as Record<string, unknown>) }
      parent = parent[key] as Record<string, unknown>
    }
    const last = path[path.length - 1] as string
    const v = parent[last]
    // Stryker disable next-line ConditionalExpression: ISO.test() of anything but text finds no ISO date either
    if (typeof v === 'string' && ISO.test(v)) parent[last] = new Date(v)
  }
  return event as unknown as ChatEvent
}
