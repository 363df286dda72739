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
      /** Not needed when every kind has a handler. */
      readonly _?: (event: ChatEvent) => R
    })
  | (Partial<ExhaustiveHandlers<R>> & {
      /** The handler for every kind without one of its own. */
      readonly _: (event: ChatEvent) => R
    })

/** What {@link match} accepts before its exhaustiveness check: handlers for some or all kinds, each typed for its kind. */
type SomeHandlers = { readonly [K in EventKind]?: (event: EventOfKind<K>) => unknown } & {
  readonly _?: (event: ChatEvent) => unknown
}

/**
 * The kinds `H` has no handler for, when it has no `_` default. Required in
 * {@link match}'s parameter, so that leaving a kind out is an error that
 * names it: `Property '"contact.deleted"' is missing in type …`.
 */
type MissingKinds<H> = H extends { readonly _: unknown } ? never : Exclude<EventKind, keyof H>

/** A handler for each missing kind, and `never` for keys that are no kind (a misspelt kind is an error too). */
type Exhaustive<H> = { readonly [K in MissingKinds<H>]: (event: EventOfKind<K>) => unknown } & {
  readonly [K in Exclude<keyof H, EventKind | '_'>]: never
}

/** What the handlers return. */
type Returned<H> = { [K in keyof H]-?: H[K] extends (event: never) => infer X ? X : never }[keyof H]

/**
 * Calls the handler for the event's kind. Exhaustive at compile time: leave
 * a kind out (a new kind added in a later version, too) and the call does not
 * compile — the error names the kinds without a handler — unless a `_`
 * default handles the rest.
 * @category match
 * @since 0.2.0
 * @example
 * const reply = match(event, {
 *   'message.created': (e) => e.message.text,
 *   unrecognized: (e) => `unknown event ${e.eventType}`,
 *   _: () => undefined,
 * })
 */
export const match = <const H extends SomeHandlers>(event: ChatEvent, handlers: H & Exhaustive<H>): Returned<H> => {
  const all = handlers as SomeHandlers
  const handler = all[event.kind] as ((e: ChatEvent) => unknown) | undefined
  if (handler) return handler(event) as Returned<H>
  // Without `_`, the types guarantee a handler above; a JavaScript caller may still leave one out.
  const fallback = all._
  if (!fallback) throw new TypeError(`chat-webhooks: match has no handler for "${event.kind}" and no "_" default`)
  return fallback(event) as Returned<H>
}
