/**
 * The fast path of `decode`: each codec compiled once, on first use, into a
 * plain checking function — closures over the codec's own description, no
 * code generated at run time (`eval` and `new Function` are forbidden on edge
 * runtimes). A check answers without building io-ts contexts or results:
 *
 * - `INVALID`: the codec would fail; `decode` then runs the codec for the
 *   exact issues;
 * - `SAME`: the codec would succeed and return its input unchanged, so
 *   `decode` returns the parsed value as it is;
 * - `CONVERTS`: valid, but an unrecognized variant inside would be rewritten
 *   (`type: 'unrecognized'`), so `decode` runs the codec for its output.
 *
 * It is only used on values `decode` parsed itself from text or bytes: plain
 * JSON objects, whose keys are all own and enumerable. A test checks that it
 * agrees with the codecs on every fixture and on thousands of generated and
 * mutated payloads.
 *
 * @module
 */
import * as t from 'io-ts'
import {
  AnyOfType,
  ArrayOfType,
  FallbackType,
  LiteralOfType,
  OpenEnumType,
  PrefixedType,
  RecordOfType,
  RecursiveOfType,
  StructType,
  TaggedUnionType,
} from './codecs.js'

/** @internal */ export const INVALID = 0
/** @internal */ export const SAME = 1
/** @internal */ export const CONVERTS = 2

/** A compiled check: `INVALID`, `SAME` or `CONVERTS`. @internal */
export type Check = (u: unknown) => number

const compiled = new WeakMap<t.Mixed, Check>()

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

const struct = (codec: StructType<t.Props, t.Props>): Check => {
  const fields: Record<string, Check> = Object.create(null) as Record<string, Check>
  const required: string[] = []
  const isRequired: Record<string, true> = Object.create(null) as Record<string, true>
  for (const [k, c] of Object.entries(codec.optional)) fields[k] = compile(c)
  for (const [k, c] of Object.entries(codec.required)) {
    fields[k] = compile(c)
    required.push(k)
    isRequired[k] = true
  }
  return (u) => {
    if (!isObject(u)) return INVALID
    for (let i = 0; i < required.length; i++) {
      const v = u[required[i] as string]
      if (v === undefined || v === null) return INVALID
    }
    let result = SAME
    for (const k in u) {
      const check = fields[k]
      if (check === undefined) continue
      const v = u[k]
      if (v === null) continue // a required key's null was refused above
      const r = check(v)
      if (r === INVALID) return INVALID
      if (r === CONVERTS) result = CONVERTS
    }
    return result
  }
}

const union = (codec: TaggedUnionType<Record<string, t.Mixed>, t.Mixed, t.Mixed, t.Mixed>): Check => {
  const variants: Record<string, Check> = Object.create(null) as Record<string, Check>
  for (const [k, c] of Object.entries(codec.variants)) variants[k] = compile(c)
  const prefixes = Object.entries(codec.options.prefixes ?? {}).map(([p, c]) => [p, compile(c)] as const)
  const missing = codec.options.missing ? compile(codec.options.missing) : undefined
  const fallback = compile(codec.fallback)
  const tags = codec.tags
  const single = tags.length === 1 ? (tags[0] as string) : undefined
  return (u) => {
    if (!isObject(u)) return INVALID
    let key: unknown
    if (single !== undefined) {
      key = u[single]
      if ((key === undefined || key === null) && missing) return missing(u)
    } else {
      key = codec.keyOf(u)
    }
    if (typeof key === 'string') {
      const variant = variants[key]
      if (variant) return variant(u)
      for (const [p, check] of prefixes) if (key.startsWith(p)) return check(u)
    }
    return fallback(u)
  }
}

const compileNew = (codec: t.Mixed): Check => {
  if (codec instanceof StructType) return struct(codec as StructType<t.Props, t.Props>)
  if (codec instanceof TaggedUnionType) return union(codec as TaggedUnionType<Record<string, t.Mixed>, t.Mixed, t.Mixed, t.Mixed>)
  // An unrecognized variant is rewritten by decoding: the codec's own path produces it, so a valid one is CONVERTS.
  if (codec instanceof FallbackType) {
    const f = codec as FallbackType<string, t.Props, t.Props>
    const fields = compile(f.fields)
    const tags = f.tags
    return (u) => (isObject(u) && tags.every((k) => typeof u[k] === 'string') && fields(u) !== INVALID ? CONVERTS : INVALID)
  }
  if (codec instanceof LiteralOfType) {
    const value = (codec as LiteralOfType<string>).value
    return (u) => (u === value ? SAME : INVALID)
  }
  if (codec instanceof OpenEnumType) {
    const base = typeof (codec as OpenEnumType<string | number>).values[0] === 'number' ? 'number' : 'string'
    return base === 'string' ? (u) => (typeof u === 'string' ? SAME : INVALID) : (u) => (Number.isFinite(u) ? SAME : INVALID)
  }
  if (codec instanceof PrefixedType) {
    const prefix = (codec as PrefixedType<string>).prefix
    // Stryker disable next-line ConditionalExpression,LogicalOperator: prefixed values are union tags, already strings with the prefix when this runs
    return (u) => (typeof u === 'string' && u.startsWith(prefix) ? SAME : INVALID)
  }
  if (codec instanceof ArrayOfType) {
    const item = compile((codec as ArrayOfType<t.Mixed>).type)
    return (u) => {
      if (!Array.isArray(u)) return INVALID
      let result = SAME
      for (let i = 0; i < u.length; i++) {
        const r = item(u[i])
        if (r === INVALID) return INVALID
        if (r === CONVERTS) result = CONVERTS
      }
      return result
    }
  }
  if (codec instanceof RecordOfType) {
    const value = compile((codec as RecordOfType<t.Mixed>).codomain)
    return (u) => {
      if (!isObject(u)) return INVALID
      let result = SAME
      for (const k in u) {
        const r = value(u[k])
        if (r === INVALID) return INVALID
        if (r === CONVERTS) result = CONVERTS
      }
      return result
    }
  }
  if (codec instanceof RecursiveOfType) {
    let inner: Check | undefined
    return (u) => (inner ??= compile((codec as RecursiveOfType<unknown>).type as t.Mixed))(u)
  }
  if (codec instanceof AnyOfType) {
    const members = (codec as AnyOfType<[t.Mixed, t.Mixed]>).members
    return (u) => (members.some((m) => m.is(u)) ? SAME : INVALID)
  }
  if (codec === t.string) return (u) => (typeof u === 'string' ? SAME : INVALID)
  if (codec === t.number) return (u) => (typeof u === 'number' ? SAME : INVALID)
  if (codec === t.boolean) return (u) => (typeof u === 'boolean' ? SAME : INVALID)
  if (codec === t.unknown) return () => SAME
  // Primitives (integers, times, JSON objects) check without converting: their own `is` answers.
  return (u) => (codec.is(u) ? SAME : INVALID)
}

/**
 * The compiled check of a codec, compiled on first use and cached.
 * @internal
 */
export const compile = (codec: t.Mixed): Check => {
  let check = compiled.get(codec)
  if (!check) {
    check = compileNew(codec)
    compiled.set(codec, check)
  }
  return check
}
