/**
 * fast-check arbitraries generated from the structure of Zendesk's webhook schemas
 * (`openapi-models.json`, extracted by `scripts/sunshine-openapi-models.mjs`): any body one of them
 * generates is one the schemas allow, with what the wire always sends (docs/providers/sunshine.md §3)
 * present.
 */
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

interface Schema {
  readonly $ref?: string
  readonly type?: string
  readonly format?: string
  readonly enum?: readonly string[]
  readonly items?: Schema
  readonly properties?: Readonly<Record<string, Schema>>
  readonly required?: readonly string[]
  readonly additionalProperties?: Schema | boolean
  readonly allOf?: readonly Schema[]
  readonly oneOf?: readonly Schema[]
  readonly anyOf?: readonly Schema[]
  readonly discriminator?: { readonly propertyName: string; readonly mapping?: Readonly<Record<string, string>> }
  readonly nullable?: boolean
  readonly minItems?: number
  readonly maxItems?: number
  readonly maxLength?: number
  readonly title?: string
}

const models = JSON.parse(readFileSync(join(__dirname, 'openapi-models.json'), 'utf8')) as {
  readonly source: { readonly repository: string; readonly version: string }
  readonly body: Schema
  readonly schemas: Readonly<Record<string, Schema>>
}
const schemas = models.schemas

/** Keys that must be present, and what must be present inside each. */
interface Need {
  readonly [key: string]: Need
}
const ID: Need = { id: {} }

/**
 * What the wire always sends though the schemas mark nothing required (docs/providers/sunshine.md §3):
 * the ids of the app, conversations, messages and users.
 */
const SENT: Readonly<Record<string, Need>> = {
  appSubSchema: ID,
  conversationTruncated: ID,
  messageWebhook: ID,
  userTruncated: ID,
  user: ID,
}

/** Formats the document gives only in prose elsewhere than the schema's own description (docs/providers/sunshine.md §6.2). */
const FORMATS: Readonly<Record<string, string>> = { signedUpAt: 'date-time' }

const refName = (ref: string): string => ref.slice(ref.lastIndexOf('/') + 1)
const merge = (a: Need | undefined, b: Need | undefined): Need | undefined => {
  if (!a) return b
  if (!b) return a
  const out: Record<string, Need> = { ...a }
  for (const [k, v] of Object.entries(b)) out[k] = merge(out[k], v) ?? {}
  return out
}

/** A schema with its `allOf` parts merged in: properties and required keys of all. */
const flatten = (s: Schema): { properties: Record<string, Schema>; required: string[] } => {
  const properties: Record<string, Schema> = {}
  const required: string[] = []
  for (const part of s.allOf ?? []) {
    const p = flatten(part.$ref ? (schemas[refName(part.$ref)] as Schema) : part)
    Object.assign(properties, p.properties)
    required.push(...p.required)
  }
  Object.assign(properties, s.properties ?? {})
  required.push(...(s.required ?? []))
  return { properties, required }
}

const MAX_DEPTH = 6
const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean())
const anyObject = fc.dictionary(fc.string({ maxLength: 6 }), scalar, { maxKeys: 3 })
const isoDate = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString())

interface Context {
  readonly depth: number
  readonly need?: Need
  /** A property whose value is fixed (a discriminator, an event's type). */
  readonly fixed?: Readonly<Record<string, string>>
  readonly name?: string
}

const objectOf = (s: Schema, c: Context): fc.Arbitrary<unknown> => {
  const { properties, required } = flatten(s)
  const keys = Object.keys(properties)
  const need = merge(c.name ? SENT[c.name] : undefined, c.need) ?? {}
  if (keys.length === 0) return anyObject
  const record: Record<string, fc.Arbitrary<unknown>> = {}
  const must = new Set([...required, ...Object.keys(need), ...Object.keys(c.fixed ?? {})])
  for (const k of keys) {
    const fixed = c.fixed?.[k]
    if (fixed !== undefined) {
      record[k] = fc.constant(fixed)
      continue
    }
    if (c.depth >= MAX_DEPTH && !must.has(k)) continue
    const p = properties[k] as Schema
    const value = of(p, { depth: c.depth + 1, need: need[k], name: FORMATS[k] ? `format:${FORMATS[k]}` : undefined })
    record[k] = !must.has(k) && nullable(p) ? fc.option(value, { nil: null }) : value
  }
  return fc.record(record, { requiredKeys: keys.filter((k) => must.has(k) && k in record) })
}

const nullable = (s: Schema): boolean =>
  s.nullable === true || (s.$ref !== undefined && schemas[refName(s.$ref)]?.nullable === true)

/** One of several schemas; with a discriminator, each fixes its value (the mapping's key, else the schema's name). */
const choice = (options: readonly Schema[], s: Schema, c: Context): fc.Arbitrary<unknown> => {
  const property = s.discriminator?.propertyName
  return fc.oneof(
    ...options.map((o) => {
      const name = o.$ref ? refName(o.$ref) : undefined
      if (!property || !name) return of(o, c)
      const key = Object.entries(s.discriminator?.mapping ?? {}).find(([, ref]) => refName(ref) === name)?.[0] ?? name
      return objectOf(schemas[name] as Schema, { ...c, name, fixed: { ...c.fixed, [property]: key } })
    }),
  )
}

/** An arbitrary for a schema: every value it makes is one the schema allows. */
const of = (s: Schema, c: Context): fc.Arbitrary<unknown> => {
  if (c.name === 'format:date-time') return isoDate
  if (s.$ref) {
    const name = refName(s.$ref)
    return of(schemas[name] as Schema, { ...c, name: FORMATS[name] ? `format:${FORMATS[name]}` : name })
  }
  if (s.oneOf) return choice(s.oneOf, s, c)
  if (s.anyOf) return choice(s.anyOf, s, c)
  if (s.enum) return fc.constantFrom(...s.enum)
  if (s.format === 'date-time') return isoDate
  if (s.allOf && !s.properties && s.allOf.length === 1 && !s.type) {
    const part = s.allOf[0] as Schema
    // A reference wrapped for a description: the referenced schema itself.
    if (part.$ref) return of(part, c)
  }
  switch (s.type) {
    case 'string':
      return fc.string({ maxLength: Math.min(s.maxLength ?? 12, 12) })
    case 'boolean':
      return fc.boolean()
    case 'integer':
      return fc.integer()
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true })
    case 'array': {
      const minLength = s.minItems ?? 0
      const maxLength = c.depth >= MAX_DEPTH ? minLength : Math.max(minLength, Math.min(s.maxItems ?? 3, 3))
      return fc.array(of(s.items ?? {}, { depth: c.depth + 1 }), { minLength, maxLength })
    }
    default:
      if (s.properties || s.allOf) return objectOf(s, c)
      if (s.type === 'object') return anyObject
      return scalar
  }
}

/** The event schemas of the body, by the `type` each carries (its `title`). */
export const eventTypes: readonly string[] = (models.body.properties?.['events']?.items?.anyOf ?? []).map(
  (e) => (schemas[refName(e.$ref ?? '')] as Schema).title ?? '',
)

/** What an event of `type` always carries: its conversation (and message) where it has one. */
const eventNeed = (type: string): Need => {
  const payload: Record<string, Need> = {}
  if (type.startsWith('conversation:') || type.startsWith('switchboard:')) payload['conversation'] = {}
  if (type === 'conversation:message' || type.startsWith('conversation:message:delivery:')) payload['message'] = ID
  return { id: {}, type: {}, createdAt: {}, payload }
}

/** An event of one type. */
export const event = (type: string): fc.Arbitrary<unknown> => {
  const ref = (models.body.properties?.['events']?.items?.anyOf ?? []).find(
    (e) => schemas[refName(e.$ref ?? '')]?.title === type,
  )
  const name = refName(ref?.$ref ?? '')
  return objectOf(schemas[name] as Schema, { depth: 0, name, need: eventNeed(type), fixed: { type } })
}

/** A webhook body: the app, the webhook, and up to `max` events of any type. */
export const body = (max = 4): fc.Arbitrary<unknown> =>
  fc.record({
    app: of({ $ref: '#/components/schemas/appSubSchema' }, { depth: 1 }),
    webhook: of({ $ref: '#/components/schemas/webhookSubSchema' }, { depth: 1 }),
    events: fc.array(fc.oneof(...eventTypes.map(event)), { minLength: 1, maxLength: max }),
  })

/** Where the models come from. */
export const source = `${models.source.repository} ${models.source.version}`
