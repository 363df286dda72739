/**
 * fast-check arbitraries derived from the codecs themselves: every value one
 * generates is a payload the codec describes — required fields present,
 * optional ones present, absent or null, tagged unions over every variant
 * (unknown tags included), open enums over documented and other values.
 */
import fc from 'fast-check'
import * as t from 'io-ts'
import {
  AnyOfType,
  ArrayOfType,
  BrowserDate,
  EpochMillis,
  EpochSeconds,
  FallbackType,
  FloatSeconds,
  Int,
  IntLike,
  IsoDateTime,
  JsonObject,
  LiteralOfType,
  OpenEnumType,
  PrefixedType,
  RecordOfType,
  RecursiveOfType,
  StructType,
  TaggedUnionType,
  UNRECOGNIZED,
} from '../../src/core/codecs.js'

const MAX_DEPTH = 5
const json = fc.jsonValue({ maxDepth: 2 })
const key = fc.string({ minLength: 1, maxLength: 8 })
/** A tag value no union knows. */
const unknownTag = fc.string({ minLength: 1, maxLength: 10 }).map((s) => `x-${s}`)

const primitive = (codec: t.Mixed): fc.Arbitrary<unknown> | undefined => {
  if (codec === t.string) return fc.string({ maxLength: 20 })
  if (codec === t.number) return fc.double({ noNaN: true, noDefaultInfinity: true })
  if (codec === t.boolean) return fc.boolean()
  if (codec === t.unknown) return json
  if (codec === t.null) return fc.constant(null)
  if (codec === Int) return fc.maxSafeInteger()
  if (codec === IntLike) return fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))
  if (codec === JsonObject) return fc.dictionary(key, json, { maxKeys: 3 })
  if (codec === IsoDateTime)
    return fc.date({ min: new Date(0), max: new Date(4102444800000), noInvalidDate: true }).map((d) => d.toISOString())
  if (codec === EpochSeconds) return fc.nat({ max: 4102444800 })
  if (codec === FloatSeconds) return fc.double({ min: 0, max: 4102444800, noNaN: true })
  if (codec === EpochMillis) return fc.maxSafeNat()
  if (codec === BrowserDate) return fc.string()
  return undefined
}

const structOf = (
  codec: StructType<t.Props, t.Props>,
  depth: number,
  omit: readonly string[] = [],
): fc.Arbitrary<Record<string, unknown>> => {
  const record: Record<string, fc.Arbitrary<unknown>> = {}
  for (const [k, c] of Object.entries(codec.required)) if (!omit.includes(k)) record[k] = of(c, depth + 1)
  if (depth < MAX_DEPTH)
    for (const [k, c] of Object.entries(codec.optional))
      if (!omit.includes(k) && !(k in codec.required))
        record[k] = fc.oneof({ weight: 4, arbitrary: of(c, depth + 1) }, { weight: 1, arbitrary: fc.constant(null) })
  return fc.record(record, { requiredKeys: Object.keys(codec.required).filter((k) => !omit.includes(k)) })
}

/** The variant for an unknown tag (or pair of tags): the fallback's fields with tags no variant has. */
const fallbackOf = (
  union: TaggedUnionType<Record<string, t.Mixed>, t.Mixed, t.Mixed, t.Mixed>,
  depth: number,
): fc.Arbitrary<unknown> => {
  const f = union.fallback as FallbackType<string, t.Props, t.Props>
  const tags = fc.tuple(...union.tags.map(() => unknownTag))
  return fc.tuple(structOf(f.fields, depth, union.tags), tags).map(([fields, values]) => {
    const out: Record<string, unknown> = { ...fields }
    union.tags.forEach((tag, i) => (out[tag] = values[i]))
    return out
  })
}

/** An arbitrary for a codec: every value it makes decodes. */
export const of = (codec: t.Mixed, depth = 0): fc.Arbitrary<unknown> => {
  const p = primitive(codec)
  if (p) return p
  if (codec instanceof LiteralOfType) return fc.constant((codec as LiteralOfType<string>).value)
  if (codec instanceof StructType) return structOf(codec as StructType<t.Props, t.Props>, depth)
  if (codec instanceof TaggedUnionType) {
    const u = codec as TaggedUnionType<Record<string, t.Mixed>, t.Mixed, t.Mixed, t.Mixed>
    const choices: fc.Arbitrary<unknown>[] = Object.values(u.variants).map((v) => of(v, depth))
    if (u.options.missing) choices.push(structOf(u.options.missing as StructType<t.Props, t.Props>, depth, u.tags))
    for (const [prefix, c] of Object.entries(u.options.prefixes ?? {})) {
      const s = c as StructType<t.Props, t.Props>
      choices.push(
        fc
          .tuple(structOf(s, depth, u.tags), fc.string({ maxLength: 10 }))
          .map(([o, suffix]) => ({ ...o, [u.tags[0] as string]: prefix + suffix })),
      )
    }
    if (u.fallback instanceof FallbackType) choices.push(fallbackOf(u, depth))
    return fc.oneof(...choices)
  }
  if (codec instanceof FallbackType) {
    const f = codec as FallbackType<string, t.Props, t.Props>
    return fc
      .tuple(structOf(f.fields, depth, f.tags), unknownTag)
      .map(([o, tag]) => ({ ...o, ...Object.fromEntries(f.tags.map((k) => [k, tag === UNRECOGNIZED ? 'x' : tag])) }))
  }
  if (codec instanceof OpenEnumType) {
    const e = codec as OpenEnumType<string | number>
    const other = typeof e.values[0] === 'number' ? fc.integer() : fc.string({ maxLength: 10 })
    return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...e.values) }, { weight: 1, arbitrary: other })
  }
  if (codec instanceof PrefixedType)
    return fc.string({ maxLength: 10 }).map((s) => (codec as PrefixedType<string>).prefix + s)
  if (codec instanceof AnyOfType)
    return fc.oneof(...(codec as AnyOfType<[t.Mixed, t.Mixed]>).members.map((m) => of(m, depth)))
  if (codec instanceof ArrayOfType)
    return fc.array(of((codec as ArrayOfType<t.Mixed>).type, depth + 1), { maxLength: depth >= MAX_DEPTH ? 0 : 3 })
  if (codec instanceof RecordOfType)
    return fc.dictionary(key, of((codec as RecordOfType<t.Mixed>).codomain, depth + 1), {
      maxKeys: depth >= MAX_DEPTH ? 0 : 2,
    })
  if (codec instanceof RecursiveOfType) return of((codec as RecursiveOfType<unknown>).type as t.Mixed, depth + 1)
  throw new Error(`no arbitrary for the codec ${codec.name}`)
}
