/**
 * JSON Schema (2020-12) and OpenAPI 3.1 from the codecs: an interpreter of their typed description
 * (src/core/describe.ts), run at build time by scripts/schemas.mjs, whose output ships as
 * `chat-webhooks/schemas/<id>.json` and `chat-webhooks/schemas/openapi.json`. A schema accepts what
 * lenient `decode` accepts (test/json-schema.test.ts holds ajv to that on every fixture, intact and
 * broken): objects open to unknown keys, optional fields also `null`, tagged unions that dispatch on
 * their tags with a branch for the tags no variant knows. Open enums accept any value of their type
 * and list their documented values as `examples`. Every object model, union and recursive codec is
 * a named definition (`Contact`, `MessageCreated`), so generated code and documentation name them as
 * the library does. The bench times ajv on the same schemas (bench/schemas.mjs).
 */
import { ISO_SHAPE } from '../src/core/codecs.js'
import { describe } from '../src/core/describe.js'
import type * as t from '../src/core/io.js'

/** A JSON Schema (or a part of one). */
export type JsonSchema = { readonly [key: string]: unknown }

const SCALARS = {
  string: { type: 'string' },
  number: { type: 'number' },
  boolean: { type: 'boolean' },
  unknown: {},
  null: { type: 'null' },
  integer: { type: 'integer' },
  'int-like': { type: 'number', description: 'An integer, as documented; a fraction is accepted.' },
  'json-object': { type: 'object' },
  'iso-date-time': {
    type: 'string',
    pattern: ISO_SHAPE.source,
    description: 'ISO 8601 date-time; a missing zone is UTC.',
  },
  'epoch-seconds': { type: 'integer', minimum: 0, description: 'Unix time, seconds.' },
  'epoch-millis': { type: 'integer', minimum: 0, description: 'Unix time, milliseconds.' },
  'float-seconds': { type: 'number', minimum: 0, description: 'Unix time, seconds with a fraction.' },
  'browser-date': { type: 'string', description: "A browser's `Date#toString()` text." },
} as const satisfies Record<string, JsonSchema>

/** What a translation gives: the root schema, the definitions it refers to, and each codec's definition name. */
export interface Translation {
  readonly root: JsonSchema
  readonly defs: Record<string, JsonSchema>
  readonly names: ReadonlyMap<t.Mixed, string>
}

/**
 * Translates a codec. Definitions are referred to as `${refBase}${name}` (`#/$defs/` in a JSON
 * Schema, `#/components/schemas/<id>.` in OpenAPI); names are the codecs' own, made safe for both.
 */
export const translate = (root: t.Mixed, refBase = '#/$defs/'): Translation => {
  const defs: Record<string, JsonSchema> = {}
  const names = new Map<t.Mixed, string>()
  const taken = new Set<string>()
  // Optional fields may be null: a type list where the schema has one type, anyOf otherwise.
  const nullable = (s: JsonSchema): JsonSchema =>
    s.type === 'null'
      ? s
      : typeof s.type === 'string'
        ? { ...s, type: [s.type, 'null'] }
        : s.const !== undefined
          ? { enum: [s.const, null] }
          : Object.keys(s).length === 0
            ? s
            : { anyOf: [s, { type: 'null' }] }
  const define = (c: t.Mixed, build: () => JsonSchema): JsonSchema => {
    let name = names.get(c)
    if (name === undefined) {
      // `MessageCreated<input_select>` → `MessageCreated_input_select`; a second `Message` → `Message_2`.
      const base = c.name.replace(/[^\w.-]+/g, '_').replace(/_+$/, '')
      name = base
      for (let i = 2; taken.has(name); i++) name = `${base}_${i}`
      taken.add(name)
      names.set(c, name)
      defs[name] = build()
    }
    return { $ref: `${refBase}${name}` }
  }
  const tagsAre = (tags: readonly string[], key: string): JsonSchema => ({
    properties: Object.fromEntries(tags.map((tag, i) => [tag, { const: key.split('/')[i] }])),
    required: tags,
  })
  const go = (c: t.Mixed): JsonSchema => {
    const n = describe(c)
    switch (n.kind) {
      case 'struct':
        return define(c, () => {
          const properties: Record<string, JsonSchema> = {}
          for (const f of n.optional) properties[f.key] = nullable(go(f.codec))
          for (const f of n.required) properties[f.key] = go(f.codec)
          const required = n.required.map((f) => f.key)
          return { type: 'object', properties, ...(required.length ? { required } : {}) }
        })
      case 'union':
        return define(c, () => {
          const { tags } = n
          const prefixed = (p: string): JsonSchema => ({
            properties: { [tags[0] ?? '']: { type: 'string', pattern: `^${p.replaceAll('.', '\\.')}` } },
            required: tags,
          })
          const branches: JsonSchema[] = n.variants.map(([key, v]) => ({ if: tagsAre(tags, key), then: go(v) }))
          for (const [p, v] of n.prefixes) branches.push({ if: prefixed(p), then: go(v) })
          if (n.missing) branches.push({ if: { not: { required: tags } }, then: go(n.missing) })
          const known = {
            anyOf: [...n.variants.map(([key]) => tagsAre(tags, key)), ...n.prefixes.map(([p]) => prefixed(p))],
          }
          branches.push({ if: { not: known, ...(n.missing ? { required: tags } : {}) }, then: go(n.fallback) })
          return { type: 'object', allOf: branches }
        })
      case 'fallback':
        return define(c, () => ({
          allOf: [
            go(n.fields),
            {
              type: 'object',
              properties: Object.fromEntries(n.tags.map((tag) => [tag, { type: 'string' }])),
              required: n.tags,
            },
          ],
        }))
      case 'recursive':
        return define(c, () => go(n.body))
      case 'literal':
        return { const: n.value }
      case 'enum':
        return { type: n.base, examples: n.values }
      case 'prefixed':
        return { type: 'string', pattern: `^${n.prefix.replaceAll('.', '\\.')}`, examples: [...n.known] }
      case 'array':
        // Lenient decoding takes more items than documented (strict decoding names them `over_limit`).
        return {
          type: 'array',
          items: go(n.item),
          ...(n.max === undefined ? {} : { description: `At most ${n.max} items, as documented.` }),
        }
      case 'record':
        return { type: 'object', additionalProperties: go(n.item) }
      case 'anyOf':
        return { anyOf: n.members.map(go) }
      case 'scalar':
        return SCALARS[n.scalar]
    }
  }
  return { root: go(root), defs, names }
}

/** The JSON Schema document of one provider's webhooks. */
export const jsonSchemaOf = (name: string, webhook: t.Mixed): JsonSchema => {
  const { root, defs } = translate(webhook)
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `${name} webhooks`,
    description: `Every webhook body ${name} sends, as chat-webhooks decodes it (leniently: unknown keys and events are accepted).`,
    ...root,
    $defs: defs,
  }
}

/**
 * The OpenAPI 3.1 document whose `webhooks` lists every event of every provider, each referring to
 * its definition in the provider's JSON Schema, shipped beside it (`./<id>.json#/$defs/<name>`).
 */
export const openApiOf = (
  providers: Readonly<Record<string, { readonly name: string; readonly Webhook: t.Mixed }>>,
  version: string,
): JsonSchema => {
  const webhooks: Record<string, JsonSchema> = {}
  for (const [id, p] of Object.entries(providers)) {
    const { names } = translate(p.Webhook)
    const node = describe(p.Webhook)
    // A union's events are its variants (and the unrecognized ones); another codec is one event.
    const events: (readonly [string, t.Mixed])[] =
      node.kind === 'union' ? [...node.variants, ...node.prefixes, ['unrecognized', node.fallback]] : [['', p.Webhook]]
    for (const [key, codec] of events)
      webhooks[key ? `${id}.${key.replaceAll('/', '.')}` : id] = {
        post: {
          summary: key ? `${p.name}: ${key}` : p.name,
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: `./${id}.json#/$defs/${names.get(codec) ?? ''}` } } },
          },
          responses: { '200': { description: 'Received.' } },
        },
      }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'chat-webhooks',
      version,
      description: 'The webhooks of the customer-chat platforms chat-webhooks decodes, as it decodes them.',
    },
    webhooks,
  }
}
