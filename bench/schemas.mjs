// The reference validators of the benchmark: each provider codec translated,
// by walking its description, into an equivalent JSON Schema (for ajv) and an
// equivalent zod 4 schema — open objects, optional-or-null fields, tagged
// unions dispatching on the tag with a fallback for unknown tags. Codecs are told
// apart by their `_kind`, so that the translation needs no particular build of the
// library: the bench passes the built one, the tests the sources.
import Ajv from 'ajv'
import { z } from 'zod'

/** `arrayOf` and its length-limited form. */
const isArray = (c) => c._kind === 'ArrayOf' || c._kind === 'LimitedArray'

const ISO =
  '^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(Z|UTC|[+-]\\d{2}(?::?\\d{2})?)?$'

const PRIMITIVE_SCHEMAS = {
  string: { type: 'string' },
  number: { type: 'number' },
  boolean: { type: 'boolean' },
  unknown: {},
  null: { type: 'null' },
  integer: { type: 'integer' },
  IntLike: { type: 'number' },
  object: { type: 'object' },
  IsoDateTime: { type: 'string', pattern: ISO },
  EpochSeconds: { type: 'integer', minimum: 0 },
  EpochMillis: { type: 'integer', minimum: 0 },
  FloatSeconds: { type: 'number', minimum: 0 },
  BrowserDate: { type: 'string' },
}

/** A JSON Schema for a codec; recursive codecs go to `$defs`. */
export const jsonSchemaOf = (root) => {
  const defs = {}
  const names = new Map()
  // Optional fields may be null: a type list where the schema has one type (cheap for ajv), anyOf otherwise.
  const nullable = (s) =>
    typeof s.type === 'string' && !s.$ref && !s.allOf
      ? { ...s, type: [s.type, 'null'] }
      : s.const !== undefined
        ? { enum: [s.const, null] }
        : s.type === undefined && !s.$ref && !s.anyOf && !s.allOf
          ? s
          : { anyOf: [s, { type: 'null' }] }
  // Every object model is its own definition, so ajv compiles one function per model (one huge function overflows the stack).
  const define = (c, build) => {
    if (!names.has(c)) {
      const name = `${c.name.replace(/\W/g, '_')}_${names.size}`
      names.set(c, name)
      defs[name] = build()
    }
    return { $ref: `#/$defs/${names.get(c)}` }
  }
  const go = (c) => {
    if (c._kind === 'Struct') {
      return define(c, () => {
        const properties = {}
        for (const [k, v] of Object.entries(c.optional)) properties[k] = nullable(go(v))
        for (const [k, v] of Object.entries(c.required)) properties[k] = go(v)
        const required = Object.keys(c.required)
        return { type: 'object', properties, ...(required.length ? { required } : {}) }
      })
    }
    if (c._kind === 'TaggedUnion') {
      const tags = c.tags
      const branches = []
      for (const [key, v] of Object.entries(c.variants)) {
        const values = key.split('/')
        branches.push({
          if: { properties: Object.fromEntries(tags.map((t, i) => [t, { const: values[i] }])), required: tags },
          then: go(v),
        })
      }
      for (const [prefix, v] of Object.entries(c.options.prefixes ?? {}))
        branches.push({
          if: {
            properties: { [tags[0]]: { type: 'string', pattern: `^${prefix.replace('.', '\\.')}` } },
            required: tags,
          },
          then: go(v),
        })
      if (c.options.missing) branches.push({ if: { not: { required: tags } }, then: go(c.options.missing) })
      const known = {
        anyOf: [
          ...Object.keys(c.variants).map((key) => ({
            properties: Object.fromEntries(tags.map((t, i) => [t, { const: key.split('/')[i] }])),
            required: tags,
          })),
          ...Object.keys(c.options.prefixes ?? {}).map((p) => ({
            properties: { [tags[0]]: { type: 'string', pattern: `^${p.replace('.', '\\.')}` } },
            required: tags,
          })),
        ],
      }
      branches.push({ if: { not: known, ...(c.options.missing ? { required: tags } : {}) }, then: go(c.fallback) })
      return { type: 'object', allOf: branches }
    }
    if (c._kind === 'Fallback') {
      return {
        allOf: [
          go(c.fields),
          {
            type: 'object',
            properties: Object.fromEntries(c.tags.map((t) => [t, { type: 'string' }])),
            required: c.tags,
          },
        ],
      }
    }
    if (c._kind === 'LiteralOf') return { const: c.value }
    if (c._kind === 'OpenEnum') return { type: typeof c.values[0] === 'number' ? 'number' : 'string' }
    if (c._kind === 'Prefixed') return { type: 'string', pattern: `^${c.prefix.replace('.', '\\.')}` }
    if (isArray(c)) return { type: 'array', items: go(c.type) }
    if (c._kind === 'RecordOf') return { type: 'object', additionalProperties: go(c.codomain) }
    if (c._kind === 'AnyOf') return { anyOf: c.members.map(go) }
    if (c._kind === 'RecursiveOf') return define(c, () => go(c.type))
    const s = PRIMITIVE_SCHEMAS[c.name]
    if (!s) throw new Error(`no JSON Schema for ${c.name}`)
    return s
  }
  const schema = go(root)
  return { ...schema, $defs: defs }
}

/** An ajv validator (compiled) for a codec. */
export const ajvOf = (codec) =>
  new Ajv({ strict: false, allErrors: false, inlineRefs: false }).compile(jsonSchemaOf(codec))

const ISO_RE = new RegExp(ISO)
const PRIMITIVE_ZOD = {
  string: () => z.string(),
  number: () => z.number(),
  boolean: () => z.boolean(),
  unknown: () => z.unknown(),
  null: () => z.null(),
  integer: () => z.number().int(),
  IntLike: () => z.number(),
  object: () => z.record(z.string(), z.unknown()),
  IsoDateTime: () => z.string().regex(ISO_RE),
  EpochSeconds: () => z.number().int().nonnegative(),
  EpochMillis: () => z.number().int().nonnegative(),
  FloatSeconds: () => z.number().nonnegative(),
  BrowserDate: () => z.string(),
}

/** An equivalent zod 4 schema for a codec. */
export const zodOf = (root) => {
  const cache = new Map()
  const go = (c) => {
    if (cache.has(c)) return cache.get(c)
    let s
    if (c._kind === 'Struct') {
      const shape = {}
      for (const [k, v] of Object.entries(c.optional)) shape[k] = go(v).nullish()
      for (const [k, v] of Object.entries(c.required)) shape[k] = go(v)
      s = z.looseObject(shape)
    } else if (c._kind === 'TaggedUnion') {
      const tags = c.tags
      const known = new Set(Object.keys(c.variants))
      const prefixes = Object.keys(c.options.prefixes ?? {})
      // As the codec: the fallback takes only tags no variant and no prefix claims.
      const claimed = (o) =>
        known.has(tags.map((t) => o[t]).join('/')) ||
        prefixes.some((p) => typeof o[tags[0]] === 'string' && o[tags[0]].startsWith(p))
      const fallback = go(c.fallback).refine((o) => !claimed(o))
      // What a zod user writes: the known variants in a discriminatedUnion (nested, one level a tag,
      // where the variants are told apart by two), which dispatches on the tag's value; then, in
      // order, the variants a literal cannot pick (tag prefixes, a missing tag) and the fallback.
      // A variant that is itself a union (Chatwoot's messages, by content type) goes in behind a
      // check of its tag: a discriminatedUnion needs the tag's value of each of its options.
      const tagged = (schema, level, value) =>
        schema._zod.propValues?.[tags[level]]?.has(value)
          ? schema
          : z.looseObject({ [tags[level]]: z.literal(value) }).pipe(schema)
      const discriminated = (entries, level) => {
        const groups = new Map()
        for (const entry of entries) {
          const value = entry[0].split('/')[level]
          const group = groups.get(value)
          if (group) group.push(entry)
          else groups.set(value, [entry])
        }
        const options = [...groups].map(([value, group]) =>
          tagged(
            level === tags.length - 1 || group.length === 1 ? go(group[0][1]) : discriminated(group, level + 1),
            level,
            value,
          ),
        )
        return z.discriminatedUnion(tags[level], options)
      }
      s = z.union([
        discriminated(Object.entries(c.variants), 0),
        ...Object.values(c.options.prefixes ?? {}).map(go),
        ...(c.options.missing ? [go(c.options.missing)] : []),
        fallback,
      ])
    } else if (c._kind === 'Fallback') {
      s = go(c.fields).extend(Object.fromEntries(c.tags.map((t) => [t, z.string()])))
    } else if (c._kind === 'LiteralOf') s = z.literal(c.value)
    else if (c._kind === 'OpenEnum') s = typeof c.values[0] === 'number' ? z.number() : z.string()
    else if (c._kind === 'Prefixed') s = z.string().startsWith(c.prefix)
    else if (isArray(c)) s = z.array(go(c.type))
    else if (c._kind === 'RecordOf') s = z.record(z.string(), go(c.codomain))
    else if (c._kind === 'AnyOf') s = z.union(c.members.map(go))
    else if (c._kind === 'RecursiveOf') {
      s = z.lazy(() => go(c.type))
      cache.set(c, s)
      return s
    } else {
      const p = PRIMITIVE_ZOD[c.name]
      if (!p) throw new Error(`no zod schema for ${c.name}`)
      s = p()
    }
    cache.set(c, s)
    return s
  }
  return go(root)
}
