// The JSON Schemas and the OpenAPI document the package ships (scripts/json-schema.ts, written into
// dist/schemas by the build). That ajv on them accepts what lenient `decode` accepts, fixture by
// fixture, intact and broken, is test/bench-references.test.ts (the bench times ajv on them).
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { jsonSchemaOf, openApiOf, translate, type JsonSchema } from '../scripts/json-schema.js'
import { describe as describeCodec } from '../src/core/describe.js'
import { providers } from '../src/index.js'
import type * as t from '../src/core/io.js'
import { everyProvider } from './support/registry.js'

/** A provider's events as the OpenAPI document lists them: a union's variants, prefixes and fallback; else the one codec. */
const eventsOf = (codec: t.Mixed): (readonly [string, t.Mixed])[] => {
  const n = describeCodec(codec)
  return n.kind === 'union' ? [...n.variants, ...n.prefixes, ['unrecognized', n.fallback]] : [['', codec]]
}

describe.each(everyProvider())('the JSON Schema of %s', (_, p) => {
  const schema = jsonSchemaOf(p.name, p.Webhook)

  it('is a 2020-12 schema that ajv compiles in strict mode', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.title).toBe(`${p.name} webhooks`)
    expect(() => new Ajv2020({ strict: true }).compile(schema)).not.toThrow()
  })

  it('names each event and object model after its codec, as the library does', () => {
    const { names, defs } = translate(p.Webhook)
    expect(schema.$ref).toBe(`#/$defs/${p.Webhook.name}`)
    for (const [, codec] of eventsOf(p.Webhook)) {
      const name = names.get(codec)
      expect(name, codec.name).toBe(codec.name.replace(/[^\w.-]+/g, '_').replace(/_+$/, ''))
      expect(Object.keys(defs)).toContain(name)
    }
  })
})

describe('the JSON Schema of a codec', () => {
  const { defs } = translate(providers.chatwoot.Webhook)

  it('keeps optional fields optional and nullable, and open enums open with their documented values', () => {
    const contact = defs.Contact as { properties: Record<string, JsonSchema>; required?: string[] }
    expect(contact.required).toBeUndefined()
    expect(contact.properties.email).toEqual({ type: ['string', 'null'] })
    const status = (defs.ConversationCreated as { properties: Record<string, JsonSchema> }).properties.status
    expect(status).toEqual({ type: ['string', 'null'], examples: ['open', 'resolved', 'pending', 'snoozed'] })
  })

  it('dispatches a union on its tag, with a branch for the tags no variant knows', () => {
    const webhook = defs.Webhook as { allOf: { if: JsonSchema; then: JsonSchema }[] }
    expect(webhook.allOf[0]).toEqual({
      if: { properties: { event: { const: 'message_created' } }, required: ['event'] },
      then: { $ref: '#/$defs/MessageCreated' },
    })
    const last = webhook.allOf.at(-1)
    expect(last?.then).toEqual({ $ref: '#/$defs/Unrecognized' })
    expect(last?.if).toHaveProperty('not.anyOf')
  })
})

describe('the OpenAPI document', () => {
  const doc = openApiOf(providers, '0.0.0') as {
    openapi: string
    webhooks: Record<string, { post: { requestBody: { content: Record<string, { schema: { $ref: string } }> } } }>
  }

  it('lists every event of every provider, each referring to a definition of its provider’s schema', () => {
    expect(doc.openapi).toBe('3.1.0')
    const expected = everyProvider().flatMap(([id, p]) =>
      eventsOf(p.Webhook).map(([key]) => (key ? `${id}.${key.replaceAll('/', '.')}` : id)),
    )
    expect(Object.keys(doc.webhooks).sort()).toEqual(expected.sort())
    for (const [name, hook] of Object.entries(doc.webhooks)) {
      const ref = hook.post.requestBody.content['application/json']?.schema.$ref ?? ''
      const [, id, def] = /^\.\/(\w+)\.json#\/\$defs\/(.+)$/.exec(ref) ?? []
      const p = providers[id as keyof typeof providers]
      expect(Object.keys(translate(p.Webhook).defs), name).toContain(def)
    }
  })
})
