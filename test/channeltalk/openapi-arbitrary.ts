/**
 * fast-check arbitraries generated from Channel's OpenAPI models
 * (`openapi-models.json`, extracted by `scripts/channeltalk-openapi-models.mjs`):
 * any value one of them generates is a payload that model allows.
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
  readonly minItems?: number
  readonly maxItems?: number
}

const models = JSON.parse(readFileSync(join(__dirname, 'openapi-models.json'), 'utf8')) as {
  readonly source: string
  readonly roots: { readonly v5: readonly string[]; readonly v4: readonly string[] }
  readonly schemas: Readonly<Record<string, Schema>>
}
const schemas = models.schemas

/** The OpenAPI document gives subtypes no discriminator values; these are the wire values (docs/providers/channeltalk.md §4.3, §4.7). */
const DISCRIMINATOR_VALUES: Readonly<Record<string, string>> = {
  'message.action.Action$WebAction': 'web',
  'message.action.Action$WAMAction': 'wam',
  'message.action.Action$CommandAction': 'command',
  'message.form.CustomForm': 'custom',
  'message.form.FollowUpForm': 'followUp',
  'message.form.CallForm': 'call',
}

const refName = (ref: string): string => ref.slice(ref.lastIndexOf('/') + 1)

const subtypes = (base: string): string[] =>
  Object.entries(schemas)
    .filter(([, s]) => (s.allOf ?? []).some((p) => p.$ref !== undefined && refName(p.$ref) === base))
    .map(([n]) => n)

/** A schema with its `allOf` parents merged in: properties and required keys of all. */
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

const MAX_DEPTH = 4
const anyObject = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 })

const objectOf = (s: Schema, depth: number, discriminator?: string): fc.Arbitrary<unknown> => {
  const { properties, required } = flatten(s)
  const keys = Object.keys(properties)
  if (keys.length === 0) return anyObject
  const record: Record<string, fc.Arbitrary<unknown>> = {}
  for (const k of keys) {
    if (depth >= MAX_DEPTH && !required.includes(k)) continue
    record[k] =
      k === 'type' && discriminator !== undefined ? fc.constant(discriminator) : of(properties[k] as Schema, depth + 1)
  }
  return fc.record(record, { requiredKeys: required.filter((k) => k in record) })
}

const named = (name: string, depth: number): fc.Arbitrary<unknown> => {
  const s = schemas[name] as Schema
  const subs = subtypes(name)
  // A base model with subtypes is abstract: a value is one of its subtypes, which carries the discriminator.
  if (subs.length > 0)
    return fc.oneof(...subs.map((n) => objectOf(schemas[n] as Schema, depth, DISCRIMINATOR_VALUES[n])))
  return objectOf(s, depth)
}

/** An arbitrary for a schema: every value it makes is one the schema allows. */
export const of = (s: Schema, depth = 0): fc.Arbitrary<unknown> => {
  if (s.$ref) return named(refName(s.$ref), depth)
  if (s.enum) return fc.constantFrom(...s.enum)
  switch (s.type) {
    case 'string':
      return fc.string({ maxLength: 12 })
    case 'boolean':
      return fc.boolean()
    case 'integer':
      return s.format === 'int32' ? fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }) : fc.maxSafeInteger()
    case 'number':
      // `number(int64)` is a time in Unix milliseconds.
      return s.format === 'int64' ? fc.maxSafeNat() : fc.double({ noNaN: true, noDefaultInfinity: true })
    case 'array': {
      const minLength = s.minItems ?? 0
      const maxLength = depth >= MAX_DEPTH ? minLength : Math.max(minLength, Math.min(s.maxItems ?? 3, 3))
      return fc.array(of(s.items ?? {}, depth + 1), { minLength, maxLength })
    }
    case 'object':
      if (s.properties || s.allOf) return objectOf(s, depth)
      if (typeof s.additionalProperties === 'object')
        return fc.dictionary(fc.string({ maxLength: 6 }), of(s.additionalProperties, depth + 1), {
          maxKeys: depth >= MAX_DEPTH ? 0 : 2,
        })
      return anyObject
    default:
      return fc.jsonValue({ maxDepth: 1 })
  }
}

/** An arbitrary for one named model. */
export const model = (name: string): fc.Arbitrary<unknown> => named(name, 0)

/** The root models of each API version. */
export const roots = models.roots

/** Where the models come from. */
export const source = models.source
