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
