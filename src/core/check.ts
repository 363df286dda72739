/**
 * What the generated fast checks and conversions (`src/generated/checks/<provider>.ts`,
 * written at build time by `scripts/gen-checks.mjs`) call: small predicates the
 * engine inlines, which keep the generated code short. A check answers
 * `INVALID`, `SAME` or `CONVERTS` (see `decode` in `provider.ts`); it only
 * runs on values `decode` parsed itself from text: plain JSON objects, whose
 * keys are all own and whose properties are plain data.
 *
 * `opt…` predicates also accept `null` and `undefined`: the library's optional
 * fields may be absent or `null`.
 *
 * @module
 */
import { ISO_SHAPE } from './codecs.js'

/** The codec would fail: `decode` runs it for the exact issues. @internal */
export const INVALID = 0
/** The codec would succeed and return its input unchanged. @internal */
export const SAME = 1
/** Valid, but an unrecognized variant inside is rewritten: `decode` runs the generated conversion. @internal */
export const CONVERTS = 2

/** A generated check: `INVALID`, `SAME` or `CONVERTS`. @internal */
export type Check = (u: unknown) => number

/** @internal */ export const isObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)
/** @internal */ export const isString = (u: unknown): u is string => typeof u === 'string'
/** @internal */ export const isNumber = (u: unknown): u is number => typeof u === 'number'
/** @internal */ export const isBoolean = (u: unknown): u is boolean => typeof u === 'boolean'
/** @internal */ export const isInt = (u: unknown): u is number => Number.isSafeInteger(u)
/** A whole, non-negative number: epoch seconds or milliseconds. @internal */
export const isNat = (u: unknown): u is number => Number.isSafeInteger(u) && (u as number) >= 0
/** A finite, non-negative number: fractional epoch seconds. @internal */
export const isSeconds = (u: unknown): u is number => Number.isFinite(u) && (u as number) >= 0
/** @internal */ export const isFinite = (u: unknown): u is number => Number.isFinite(u)
/** @internal */ export const isIso = (u: unknown): u is string => typeof u === 'string' && ISO_SHAPE.test(u)
/** @internal */ export const hasPrefix = (u: unknown, prefix: string): boolean =>
  typeof u === 'string' && u.startsWith(prefix)

/** @internal */ export const optObject = (u: unknown): boolean => u == null || isObject(u)
/** @internal */ export const optString = (u: unknown): boolean => u == null || typeof u === 'string'
/** @internal */ export const optNumber = (u: unknown): boolean => u == null || typeof u === 'number'
/** @internal */ export const optBoolean = (u: unknown): boolean => u == null || typeof u === 'boolean'
/** @internal */ export const optInt = (u: unknown): boolean => u == null || Number.isSafeInteger(u)
/** @internal */ export const optNat = (u: unknown): boolean => u == null || isNat(u)
/** @internal */ export const optSeconds = (u: unknown): boolean => u == null || isSeconds(u)
/** @internal */ export const optFinite = (u: unknown): boolean => u == null || Number.isFinite(u)
/** @internal */ export const optIso = (u: unknown): boolean => u == null || isIso(u)
/** @internal */ export const optPrefix = (u: unknown, prefix: string): boolean => u == null || hasPrefix(u, prefix)

/** Whether an optional value passes a check that never converts. @internal */
export const opt = (check: Check, u: unknown): boolean => u == null || check(u) !== INVALID
/** The verdict on an optional value: `SAME` when absent. @internal */
export const optVerdict = (check: Check, u: unknown): number => (u == null ? SAME : check(u))

/** The tests of a large struct's optional fields, by key: a verdict, or whether the value passes. @internal */
export type FieldTests = ReadonlyMap<string, (v: unknown) => number | boolean>

/**
 * The verdict on an object's optional fields, walking the keys it has and
 * testing those `tests` knows: how the checks of large structs (Channel
 * Talk's OpenAPI models) read a payload, which holds few of their fields.
 * Reading each declared field by name instead costs a cache miss per absent
 * field once the engine has seen many payload shapes.
 * @internal
 */
export const byKey = (tests: FieldTests, u: Record<string, unknown>): number => {
  let r = SAME
  for (const k in u) {
    const test = tests.get(k)
    if (test === undefined) continue
    const x = test(u[k])
    if (!x) return INVALID
    if (x === CONVERTS) r = CONVERTS
  }
  return r
}

/**
 * A generated conversion: what decoding makes of a value its check found
 * valid and converting — each unrecognized variant rewritten as the codec
 * would, in place (the codec copies instead): `decode` runs it only on
 * values it parsed itself, which nobody else holds. @internal
 */
export type Convert = (u: unknown) => unknown

/** Sets an own data property, even one named like an `Object.prototype` member. @internal */
export const setOwn = (o: Record<string, unknown>, k: string, v: unknown): void => {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true })
}

export { own, rewriteUnrecognized } from './codecs.js'
