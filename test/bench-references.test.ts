import { describe, expect, it } from 'vitest'
import { ajvOf, zodOf } from '../bench/schemas.mjs'
import { channeltalk, chatwoot, oneroute, proto } from '../src/index.js'
import { all } from './fixtures.js'

// The bench compares decode with ajv and zod on "equivalent schemas" translated from the codecs
// (bench/schemas.mjs): a reference that accepted less, or more, would be timed on other work.

const providers = { chatwoot, channeltalk, proto, oneroute } as const

/** Every path to a node of a parsed value, in document order, the root excluded. */
const paths = (value: unknown, path: string[] = [], out: string[][] = []): string[][] => {
  if (path.length > 0) out.push(path)
  if (value !== null && typeof value === 'object') for (const k of Object.keys(value)) paths((value as Record<string, unknown>)[k], [...path, k], out)
  return out
}

/** A copy of `value` with the node at `path` replaced by an object no codec field expects there. */
const brokenAt = (value: unknown, path: string[]): unknown => {
  const copy = structuredClone(value) as Record<string, unknown>
  let parent = copy
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string, unknown>
  parent[path[path.length - 1] as string] = { broken: true }
  return copy
}

describe.each(Object.entries(providers))('the bench references for %s', (_, p) => {
  const ajv = ajvOf(p.Webhook)
  const zod = zodOf(p.Webhook)
  const fixtures = all(p.id)

  it('accept every fixture', () => {
    const refused = fixtures.filter(([, text]) => !ajv(JSON.parse(text)) || !zod.safeParse(JSON.parse(text)).success).map(([name]) => name)
    expect(refused).toEqual([])
  })

  it('agree with decode on every fixture broken at one of its first 60 nodes', () => {
    const disagreements: string[] = []
    let invalid = 0
    for (const [name, text] of fixtures) {
      const value: unknown = JSON.parse(text)
      for (const path of paths(value).slice(0, 60)) {
        const broken = brokenAt(value, path)
        const valid = p.decode(broken)._tag === 'Right'
        if (!valid) invalid++
        if (ajv(broken) !== valid) disagreements.push(`ajv ${name} /${path.join('/')} decode=${valid}`)
        if (zod.safeParse(broken).success !== valid) disagreements.push(`zod ${name} /${path.join('/')} decode=${valid}`)
      }
    }
    expect(disagreements).toEqual([])
    // The broken payloads are mostly invalid: the agreement is not only on valid ones.
    expect(invalid).toBeGreaterThan(fixtures.length * 10)
  })
})
