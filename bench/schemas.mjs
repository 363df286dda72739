// The reference validators of the benchmark: ajv on the JSON Schema the package ships for each
// provider (scripts/json-schema.ts), and each provider codec translated, as an interpreter of the
// codecs' typed description (src/core/describe.ts), into an equivalent zod 4 schema — open objects,
// optional-or-null fields, tagged unions dispatching on the tag with a fallback for unknown tags.
// The caller passes `describe` from the same build as the codecs: the tests the sources', the
// bench a bundle of the sources.
import { Ajv2020 } from 'ajv/dist/2020.js'
import { z } from 'zod'

/** An ajv validator (compiled) for a JSON Schema: the package's own, from scripts/json-schema.ts. */
export const ajvOf = (schema) => new Ajv2020({ strict: false, allErrors: false, inlineRefs: false }).compile(schema)

const ISO =
  '^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(Z|UTC|[+-]\\d{2}(?::?\\d{2})?)?$'
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
