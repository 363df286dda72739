/**
 * `match`: handle a {@link ChatEvent} by kind, with the compiler checking that
 * every kind has a handler.
 *
 * @module
 */
import type { ChatEvent, EventKind, EventOfKind } from './model/index.js'

/**
 * A handler for every event kind, each receiving its narrowed event.
 * @category match
 * @since 0.2.0
 */
export type ExhaustiveHandlers<R> = { readonly [K in EventKind]: (event: EventOfKind<K>) => R }

/**
 * Handlers for {@link match}: one for every kind — `unrecognized` included —
 * or some kinds and a `_` default for the rest.
 * @category match
 * @since 0.2.0
 */
export type Handlers<R> =
  | (ExhaustiveHandlers<R> & {
      /** Not allowed when every kind has a handler. */
      readonly _?: never
    })
  | (Partial<ExhaustiveHandlers<R>> & {
      /** The handler for every kind without one of its own. */
      readonly _: (event: ChatEvent) => R
    })

/**
 * Calls the handler for the event's kind. Exhaustive at compile time: leave
 * a kind out (a new kind added in a later version, too) and the call does not
 * compile, unless a `_` default handles the rest.
 * @category match
 * @since 0.2.0
 * @example
 * const reply = match(event, {
 *   'message.created': (e) => e.message.text,
 *   unrecognized: (e) => `unknown event ${e.eventType}`,
 *   _: () => undefined,
 * })
 */
export const match = <R>(event: ChatEvent, handlers: Handlers<R>): R => {
  const handler = handlers[event.kind] as ((e: ChatEvent) => R) | undefined
  if (handler) return handler(event)
  // Without `_`, the types guarantee a handler above; a JavaScript caller may still leave one out.
  const fallback = handlers._
  if (!fallback) throw new TypeError(`chat-webhooks: match has no handler for "${event.kind}" and no "_" default`)
  return fallback(event)
}
