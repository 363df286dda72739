import { describe, expect, it } from 'vitest'
import { ajvOf, zodOf } from '../bench/schemas.mjs'
import { jsonSchemaOf } from '../scripts/json-schema.js'
import { describe as describeCodec } from '../src/core/describe.js'
import { all } from './fixtures.js'
import { nodes, setAt, type Json } from './support/json.js'
import { everyProvider } from './support/registry.js'

// The bench compares decode with ajv, on the JSON Schema the package ships (scripts/json-schema.ts),
// and with zod on an equivalent schema (bench/schemas.mjs). Both must accept what lenient decode
// accepts: a reference that accepted less, or more, would be timed on other work — and the shipped
// schema would tell its users something decode does not do.

describe.each(everyProvider())('the bench references for %s', (_, p) => {
  const ajv = ajvOf(jsonSchemaOf(p.name, p.Webhook))
  const zod = zodOf(p.Webhook, describeCodec)
  const fixtures = all(p.id)

  it('accept every fixture', () => {
    const refused = fixtures
      .filter(([, text]) => !ajv(JSON.parse(text)) || !zod.safeParse(JSON.parse(text)).success)
      .map(([name]) => name)
    expect(refused).toEqual([])
  })

  it('agree with decode on every fixture broken at one of its first 60 nodes', () => {
    const disagreements: string[] = []
    let invalid = 0
    for (const [name, text] of fixtures) {
      const value = JSON.parse(text) as Json
      // Each node but the root, replaced by an object no codec field expects there.
      for (const path of nodes(value).slice(1, 61)) {
        const broken = setAt(value, path, { broken: true })
        const valid = p.decode(broken)._tag === 'Right'
        if (!valid) invalid++
        if (ajv(broken) !== valid) disagreements.push(`ajv ${name} /${path.join('/')} decode=${valid}`)
        if (zod.safeParse(broken).success !== valid)
          disagreements.push(`zod ${name} /${path.join('/')} decode=${valid}`)
      }
    }
    expect(disagreements).toEqual([])
    // The broken payloads are mostly invalid: the agreement is not only on valid ones.
    expect(invalid).toBeGreaterThan(fixtures.length * 10)
  })
})
