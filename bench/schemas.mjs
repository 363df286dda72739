// The reference validators of the benchmark: each provider codec translated, as an interpreter
// of the codecs' typed description (src/core/describe.ts), into an equivalent JSON Schema (for
// ajv) and an equivalent zod 4 schema — open objects, optional-or-null fields, tagged unions
// dispatching on the tag with a fallback for unknown tags. The caller passes `describe` from the
// same build as the codecs: the tests the sources', the bench a bundle of the sources.
import Ajv from 'ajv'
import { z } from 'zod'

const ISO =
  '^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(Z|UTC|[+-]\\d{2}(?::?\\d{2})?)?$'

/** A JSON Schema for each scalar of the description. */
const SCALAR_SCHEMAS = {
  string: { type: 'string' },
  number: { type: 'number' },
  boolean: { type: 'boolean' },
  unknown: {},
  null: { type: 'null' },
  integer: { type: 'integer' },
  'int-like': { type: 'number' },
  'json-object': { type: 'object' },
  'iso-date-time': { type: 'string', pattern: ISO },
  'epoch-seconds': { type: 'integer', minimum: 0 },
  'epoch-millis': { type: 'integer', minimum: 0 },
  'float-seconds': { type: 'number', minimum: 0 },
  'browser-date': { type: 'string' },
}

/** A JSON Schema for a codec; recursive codecs go to `$defs`. */
export const jsonSchemaOf = (root, describe) => {
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
    const n = describe(c)
    switch (n.kind) {
      case 'struct':
        return define(c, () => {
          const properties = {}
          for (const f of n.optional) properties[f.key] = nullable(go(f.codec))
          for (const f of n.required) properties[f.key] = go(f.codec)
          const required = n.required.map((f) => f.key)
          return { type: 'object', properties, ...(required.length ? { required } : {}) }
        })
      case 'union': {
        const tags = n.tags
        const branches = []
        for (const [key, v] of n.variants) {
          const values = key.split('/')
          branches.push({
            if: { properties: Object.fromEntries(tags.map((t, i) => [t, { const: values[i] }])), required: tags },
            then: go(v),
          })
        }
        const prefixed = (p) => ({
          properties: { [tags[0]]: { type: 'string', pattern: `^${p.replace('.', '\\.')}` } },
          required: tags,
        })
        for (const [prefix, v] of n.prefixes) branches.push({ if: prefixed(prefix), then: go(v) })
        if (n.missing) branches.push({ if: { not: { required: tags } }, then: go(n.missing) })
        const known = {
          anyOf: [
            ...n.variants.map(([key]) => ({
              properties: Object.fromEntries(tags.map((t, i) => [t, { const: key.split('/')[i] }])),
              required: tags,
            })),
            ...n.prefixes.map(([p]) => prefixed(p)),
          ],
        }
        branches.push({ if: { not: known, ...(n.missing ? { required: tags } : {}) }, then: go(n.fallback) })
        return { type: 'object', allOf: branches }
      }
      case 'fallback':
        return {
          allOf: [
            go(n.fields),
            {
              type: 'object',
              properties: Object.fromEntries(n.tags.map((t) => [t, { type: 'string' }])),
              required: n.tags,
            },
          ],
        }
      case 'literal':
        return { const: n.value }
      case 'enum':
        return { type: n.base }
      case 'prefixed':
        return { type: 'string', pattern: `^${n.prefix.replace('.', '\\.')}` }
      case 'array':
        return { type: 'array', items: go(n.item) }
      case 'record':
        return { type: 'object', additionalProperties: go(n.item) }
      case 'anyOf':
        return { anyOf: n.members.map(go) }
      case 'recursive':
        return define(c, () => go(n.body))
      case 'scalar':
        return SCALAR_SCHEMAS[n.scalar]
    }
    throw new Error(`no JSON Schema for ${c.name} (${n.kind})`)
  }
  const schema = go(root)
  return { ...schema, $defs: defs }
}

/** An ajv validator (compiled) for a codec. */
export const ajvOf = (codec, describe) =>
  new Ajv({ strict: false, allErrors: false, inlineRefs: false }).compile(jsonSchemaOf(codec, describe))

const ISO_RE = new RegExp(ISO)
/** A zod schema for each scalar of the description. */
const SCALAR_ZOD = {
  string: () => z.string(),
  number: () => z.number(),
  boolean: () => z.boolean(),
  unknown: () => z.unknown(),
  null: () => z.null(),
  integer: () => z.number().int(),
  'int-like': () => z.number(),
  'json-object': () => z.record(z.string(), z.unknown()),
  'iso-date-time': () => z.string().regex(ISO_RE),
  'epoch-seconds': () => z.number().int().nonnegative(),
  'epoch-millis': () => z.number().int().nonnegative(),
  'float-seconds': () => z.number().nonnegative(),
  'browser-date': () => z.string(),
}

/** An equivalent zod 4 schema for a codec. */
export const zodOf = (root, describe) => {
  const cache = new Map()
  const go = (c) => {
    if (cache.has(c)) return cache.get(c)
    const n = describe(c)
    let s
    switch (n.kind) {
      case 'struct': {
        const shape = {}
        for (const f of n.optional) shape[f.key] = go(f.codec).nullish()
        for (const f of n.required) shape[f.key] = go(f.codec)
        s = z.looseObject(shape)
        break
      }
      case 'union': {
        const tags = n.tags
        const known = new Set(n.variants.map(([key]) => key))
        const prefixes = n.prefixes.map(([p]) => p)
        // As the codec: the fallback takes only tags no variant and no prefix claims.
        const claimed = (o) =>
          known.has(tags.map((t) => o[t]).join('/')) ||
          prefixes.some((p) => typeof o[tags[0]] === 'string' && o[tags[0]].startsWith(p))
        const fallback = go(n.fallback).refine((o) => !claimed(o))
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
          discriminated(n.variants, 0),
          ...n.prefixes.map(([, v]) => go(v)),
          ...(n.missing ? [go(n.missing)] : []),
          fallback,
        ])
        break
      }
      case 'fallback':
        s = go(n.fields).extend(Object.fromEntries(n.tags.map((t) => [t, z.string()])))
        break
      case 'literal':
        s = z.literal(n.value)
        break
      case 'enum':
        s = n.base === 'number' ? z.number() : z.string()
        break
      case 'prefixed':
        s = z.string().startsWith(n.prefix)
        break
      case 'array':
        s = z.array(go(n.item))
        break
      case 'record':
        s = z.record(z.string(), go(n.item))
        break
      case 'anyOf':
        s = z.union(n.members.map(go))
        break
      case 'recursive':
        s = z.lazy(() => go(n.body))
        break
      case 'scalar':
        s = SCALAR_ZOD[n.scalar]()
        break
      default:
        throw new Error(`no zod schema for ${c.name} (${n.kind})`)
    }
    cache.set(c, s)
    return s
  }
  return go(root)
}
