/**
 * fast-check arbitraries derived from the codecs themselves, an interpreter of
 * their typed description (src/core/describe.ts): every value one generates is
 * a payload the codec describes — required fields present, optional ones
 * present, absent or null, tagged unions over every variant (unknown tags
 * included), open enums over documented and other values.
 */
import fc from 'fast-check'
import type * as t from 'io-ts'
import { UNRECOGNIZED } from '../../src/core/codecs.js'
import { describe, type Node, type Scalar } from '../../src/core/describe.js'

const MAX_DEPTH = 5
const json = fc.jsonValue({ maxDepth: 2 })
const key = fc.string({ minLength: 1, maxLength: 8 })
/** A tag value no union knows. */
const unknownTag = fc.string({ minLength: 1, maxLength: 10 }).map((s) => `x-${s}`)

const SCALARS: Readonly<Record<Scalar, fc.Arbitrary<unknown>>> = {
  string: fc.string({ maxLength: 20 }),
  number: fc.double({ noNaN: true, noDefaultInfinity: true }),
  boolean: fc.boolean(),
  unknown: json,
  null: fc.constant(null),
  integer: fc.maxSafeInteger(),
  'int-like': fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  'json-object': fc.dictionary(key, json, { maxKeys: 3 }),
  'iso-date-time': fc
    .date({ min: new Date(0), max: new Date(4102444800000), noInvalidDate: true })
    .map((d) => d.toISOString()),
  'epoch-seconds': fc.nat({ max: 4102444800 }),
  'float-seconds': fc.double({ min: 0, max: 4102444800, noNaN: true }),
  'epoch-millis': fc.maxSafeNat(),
  'browser-date': fc.string(),
}

/** A struct's description, or an error naming the codec that is not one. */
const structNode = (codec: t.Mixed): Extract<Node, { kind: 'struct' }> => {
  const n = describe(codec)
  if (n.kind !== 'struct') throw new Error(`${codec.name} is not a struct`)
  return n
}

const structOf = (
  codec: t.Mixed,
  depth: number,
  omit: readonly string[] = [],
): fc.Arbitrary<Record<string, unknown>> => {
  const n = structNode(codec)
  const required = new Set(n.required.map((f) => f.key))
  const record: Record<string, fc.Arbitrary<unknown>> = {}
  for (const f of n.required) if (!omit.includes(f.key)) record[f.key] = of(f.codec, depth + 1)
  if (depth < MAX_DEPTH)
    for (const f of n.optional)
      if (!omit.includes(f.key) && !required.has(f.key))
        record[f.key] = fc.oneof(
          { weight: 4, arbitrary: of(f.codec, depth + 1) },
          { weight: 1, arbitrary: fc.constant(null) },
        )
  return fc.record(record, { requiredKeys: [...required].filter((k) => !omit.includes(k)) })
}

/** The variant for an unknown tag (or pair of tags): the fallback's fields with tags no variant has. */
const fallbackOf = (union: Extract<Node, { kind: 'union' }>, depth: number): fc.Arbitrary<unknown> => {
  const f = describe(union.fallback)
  if (f.kind !== 'fallback') throw new Error(`${union.codec.name}: its fallback is not one`)
  const tags = fc.tuple(...union.tags.map(() => unknownTag))
  return fc.tuple(structOf(f.fields, depth, union.tags), tags).map(([fields, values]) => {
    const out: Record<string, unknown> = { ...fields }
    union.tags.forEach((tag, i) => (out[tag] = values[i]))
    return out
  })
}

/** An arbitrary for a codec: every value it makes decodes. */
export const of = (codec: t.Mixed, depth = 0): fc.Arbitrary<unknown> => {
  const n = describe(codec)
  switch (n.kind) {
    case 'scalar':
      return SCALARS[n.scalar]
    case 'literal':
      return fc.constant(n.value)
    case 'struct':
      return structOf(codec, depth)
    case 'union': {
      const choices: fc.Arbitrary<unknown>[] = n.variants.map(([, v]) => of(v, depth))
      if (n.missing) choices.push(structOf(n.missing, depth, n.tags))
      for (const [prefix, c] of n.prefixes)
        choices.push(
          fc
            .tuple(structOf(c, depth, n.tags), fc.string({ maxLength: 10 }))
            .map(([o, suffix]) => ({ ...o, [n.tags[0] ?? '']: prefix + suffix })),
        )
      if (describe(n.fallback).kind === 'fallback') choices.push(fallbackOf(n, depth))
      return fc.oneof(...choices)
    }
    case 'fallback':
      return fc
        .tuple(structOf(n.fields, depth, n.tags), unknownTag)
        .map(([o, tag]) => ({ ...o, ...Object.fromEntries(n.tags.map((k) => [k, tag === UNRECOGNIZED ? 'x' : tag])) }))
    case 'enum': {
      const other = n.base === 'number' ? fc.integer() : fc.string({ maxLength: 10 })
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...n.values) }, { weight: 1, arbitrary: other })
    }
    case 'prefixed':
      return fc.string({ maxLength: 10 }).map((s) => n.prefix + s)
    case 'anyOf':
      return fc.oneof(...n.members.map((m) => of(m, depth)))
    case 'array':
      return fc.array(of(n.item, depth + 1), { maxLength: depth >= MAX_DEPTH ? 0 : 3 })
    case 'record':
      return fc.dictionary(key, of(n.item, depth + 1), { maxKeys: depth >= MAX_DEPTH ? 0 : 2 })
    case 'recursive':
      return of(n.body, depth + 1)
  }
}
