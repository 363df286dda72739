import fc from 'fast-check'
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import type { ChatEvent } from '../src/index.js'
import { of } from './support/arbitrary.js'
import { at, nodes, setAt, type Json } from './support/json.js'
import { fixtureNames } from '../src/testing/index.js'
import { raw } from './fixtures.js'
import { checkEvent } from './support/invariants.js'
import { everyProvider } from './support/registry.js'

// -------------------------------------------------------------------------------------
// JSON pointers and mutations
// -------------------------------------------------------------------------------------

/** A pointer is inside a payload when its parent location exists there (the key itself may be missing). */
const inside = (payload: Json, pointer: string): boolean => {
  if (pointer === '') return true
  const keys = pointer
    .slice(1)
    .split('/')
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
  const parent = at(payload, keys.slice(0, -1))
  return parent !== undefined && parent !== null && typeof parent === 'object'
}

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('retype' as const),
    value: fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant([] as Json[]), fc.constant({} as Json)),
  }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('null' as const) }),
  fc.record({
    kind: fc.constant('extra' as const),
    key: fc.string({ minLength: 1, maxLength: 6 }),
    value: fc.jsonValue({ maxDepth: 1 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
)

describe.each(everyProvider())('%s: properties', (name, provider) => {
  const payload = of(provider.Webhook as unknown as t.Mixed) as fc.Arbitrary<Json>

  it('every payload the codecs describe decodes, and normalizes to events that keep the model’s invariants', () => {
    fc.assert(
      fc.property(payload, (body) => {
        const r = provider.decode(JSON.stringify(body))
        if (r._tag === 'Left') throw new Error(`${r.left.message} ${JSON.stringify(r.left.issues)}`)
        expect((provider.Webhook as unknown as t.Mixed).is(r.right)).toBe(true)
        const events = (provider.normalize as (w: unknown) => ChatEvent[])(r.right)
        // A webhook is one event, but for batches (a webhook codec that is no tagged union) and for a
        // delivery that reports nothing (Intercom's ping): at most one.
        if ((provider.Webhook as { _kind?: string })._kind === 'TaggedUnion')
          expect(events.length).toBeLessThanOrEqual(1)
        for (const e of events) checkEvent(name, e)
      }),
      { numRuns: 200 },
    )
  })

  it('mutated payloads never make decode throw; failures point inside the payload; successes are valid', () => {
    fc.assert(
      fc.property(payload, mutation, fc.nat(), (body, m, pick) => {
        const where = nodes(body)
        const path = where[pick % where.length] as (string | number)[]
        let input: string
        let mutated: Json | undefined
        if (m.kind === 'truncate') input = JSON.stringify(body).slice(0, m.at % JSON.stringify(body).length)
        else {
          const target = at(body, path)
          mutated =
            m.kind === 'retype'
              ? setAt(body, path, m.value)
              : m.kind === 'delete'
                ? setAt(body, path, undefined)
                : m.kind === 'null'
                  ? setAt(body, path, null)
                  : target !== null && typeof target === 'object' && !Array.isArray(target)
                    ? setAt(body, path, { ...target, [`extra_${m.key}`]: m.value as Json })
                    : body
          input = JSON.stringify(mutated)
        }
        for (const strict of [false, true]) {
          const r = provider.decode(input, { strict })
          if (r._tag === 'Right') {
            expect((provider.Webhook as unknown as t.Mixed).is(r.right)).toBe(true)
            const events = (provider.normalize as (w: unknown) => ChatEvent[])(r.right)
            for (const e of events) checkEvent(name, e)
          } else if (mutated !== undefined) {
            expect(r.left.code).toBe('invalid_payload')
            for (const issue of r.left.issues)
              expect([issue.path, inside(mutated, issue.path)]).toEqual([issue.path, true])
          } else {
            expect(['invalid_json', 'invalid_payload']).toContain(r.left.code)
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  const keysOf = (text: string): string[] => {
    const r = provider.decode(text)
    if (r._tag === 'Left') throw new Error(`${r.left.message} ${JSON.stringify(r.left.issues)}`)
    return (provider.normalize as (w: unknown) => ChatEvent[])(r.right).map((e) => e.dedupeKey)
  }
  /** The same JSON with every object's keys in reverse order. */
  const reordered = (v: Json): Json =>
    Array.isArray(v)
      ? v.map(reordered)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .reverse()
              .map(([k, x]) => [k, reordered(x)]),
          )
        : v

  it('a redelivery gives the same dedupe keys, however its body is laid out', () => {
    fc.assert(
      fc.property(payload, (body) => {
        expect(keysOf(JSON.stringify(reordered(body), null, 2))).toEqual(keysOf(JSON.stringify(body)))
      }),
      { numRuns: 200 },
    )
  })

  it('different deliveries never share a dedupe key', () => {
    const seen = new Map<string, string>()
    // Signature vectors are redeliveries of other fixtures, on purpose.
    const deliveries = (fixtureNames(name as never) as string[]).filter((f) => !f.includes('signature-vector'))
    for (const fixture of deliveries) {
      for (const key of keysOf(raw(name, `${fixture}.json`))) {
        expect([fixture, key, seen.get(key)]).toEqual([fixture, key, undefined])
        seen.set(key, fixture)
      }
    }
    // Every delivery is at least one event, but a test request that reports nothing (Intercom's ping).
    const silent = deliveries.filter((f) => keysOf(raw(name, `${f}.json`)).length === 0)
    expect(silent.filter((f) => !f.startsWith('ping.'))).toEqual([])
    expect(seen.size).toBeGreaterThanOrEqual(deliveries.length - silent.length)
  })
})
