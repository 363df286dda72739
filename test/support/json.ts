/** JSON values and edits at a location, for the tests that break fixtures and generated payloads. */

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

/** Every location in a JSON value, as key lists, in document order, the root (`[]`) first. */
export const nodes = (
  v: Json,
  path: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] => {
  out.push(path)
  if (Array.isArray(v)) v.forEach((x, i) => nodes(x, [...path, i], out))
  else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) nodes(v[k] as Json, [...path, k], out)
  return out
}

/** The value at a location, or `undefined` where there is none. */
export const at = (v: Json, path: readonly (string | number)[]): Json | undefined =>
  path.reduce<Json | undefined>(
    (x, k) => (x !== null && typeof x === 'object' ? (x as Record<string, Json>)[k] : undefined),
    v,
  )

/** A copy of `v` with the location set to `value`, or removed when `value` is `undefined`. */
export const setAt = (v: Json, path: readonly (string | number)[], value: Json | undefined): Json => {
  if (path.length === 0) return value ?? null
  const copy = structuredClone(v)
  const parent = at(copy, path.slice(0, -1))
  const last = path[path.length - 1] as string | number
  if (parent !== null && typeof parent === 'object') {
    if (value === undefined) {
      if (Array.isArray(parent)) parent.splice(Number(last), 1)
      else delete (parent as Record<string, Json>)[last]
    } else (parent as Record<string, Json>)[last] = value
  }
  return copy
}
