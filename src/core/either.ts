/**
 * fp-ts `Either` values, built without importing fp-ts: fp-ts has no `exports`
 * map and its deep imports break in some consumers. The objects are fp-ts's
 * own representation, so `E.isLeft`, `E.fold` & co. work on them.
 *
 * @module
 */
import type { Either, Left, Right } from './io.js'

export type { Either, Left, Right }

/** @internal */
export const left = <E>(left: E): Either<E, never> => ({ _tag: 'Left', left }) satisfies Left<E>
/** @internal */
export const right = <A>(right: A): Either<never, A> => ({ _tag: 'Right', right }) satisfies Right<A>
