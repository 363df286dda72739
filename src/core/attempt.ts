/**
 * Runs code that may throw on hostile input (getters, broken `Headers`
 * implementations, text that is not JSON) and answers a fallback instead.
 *
 * @module
 */

/**
 * `f()`, or `fallback` when it throws.
 * @internal
 */
export const attempt = <T>(f: () => T, fallback: T): T => {
  try {
    return f()
  } catch {
    return fallback
  }
}

/**
 * A value now, or a promise of it: verification answers at once in the
 * `node` condition (node:crypto is synchronous) and later over
 * WebCrypto, and a value that is there goes on without a promise's hops.
 * @internal
 */
export type Soon<T> = T | Promise<T>

/** `f` of `value`: at once when the value is there, once it is otherwise. @internal */
export const andThen = <A, B>(value: Soon<A>, f: (a: A) => Soon<B>): Soon<B> =>
  value instanceof Promise ? value.then(f) : f(value)
