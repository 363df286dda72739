import fc from 'fast-check'
import type * as t from 'io-ts'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { CONVERTS, INVALID, SAME, type Check, type Convert } from '../src/core/check.js'
import { all } from './fixtures.js'
import { of } from './support/arbitrary.js'
import { nodes, setAt, type Json } from './support/json.js'
import { everyProvider } from './support/registry.js'

const providers = Object.fromEntries(everyProvider())
/** Each provider's generated check and conversion, found by its folder. */
const generated: Record<string, { check: Check; convert: Convert }> = Object.fromEntries(
  await Promise.all(
    everyProvider().map(
      async ([id]) =>
        [id, (await import(`../src/generated/checks/${id}.ts`)) as { check: Check; convert: Convert }] as const,
    ),
  ),
)

/** What the codec says of a value, in the fast check's terms. */
const verdict = (codec: t.Mixed, value: unknown): number => {
  const r = codec.validate(value, [{ key: '', type: codec, actual: value }])
  if (r._tag === 'Left') return INVALID
  return r.right === value ? SAME : CONVERTS
}

/** The fast check may say CONVERTS where the codec returns its input (an already-unrecognized value): both give the same output. */
const agrees = (fast: number, codec: number) => fast === codec || (fast === CONVERTS && codec === SAME)

/** A deep copy as `JSON.parse` builds it: plain objects with every own key (generated values hold null-prototype objects). */
const parsed = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(parsed)
  if (v === null || typeof v !== 'object') return v
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(v))
    Object.defineProperty(out, k, {
      value: parsed((v as Record<string, unknown>)[k]),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  return out
}

/**
 * Where the check says CONVERTS, the generated conversion gives exactly what the codec decodes to.
 * The conversion rewrites in place, as `decode` runs it only on values it parsed itself: both get
 * such a copy here, and generated values (fast-check may share one among runs) stay as they were.
 */
const convertsAsCodec = (codec: t.Mixed, convert: Convert, value: unknown): boolean => {
  const input = parsed(value)
  const r = codec.validate(input, [{ key: '', type: codec, actual: input }])
  return r._tag === 'Right' && isDeepStrictEqual(convert(parsed(value)), r.right)
}

describe.each(Object.entries(providers))('%s: the generated fast check agrees with the codec', (name, provider) => {
  const codec = provider.Webhook as unknown as t.Mixed
  const { check, convert } = generated[name] as { check: Check; convert: Convert }

  it('on every fixture', () => {
    for (const [file, text] of all(name)) {
      const value = JSON.parse(text) as unknown
      const fast = check(value)
      expect([file, fast]).toEqual([file, verdict(codec, value) === SAME ? SAME : CONVERTS])
      if (fast === CONVERTS) expect([file, convertsAsCodec(codec, convert, value)]).toEqual([file, true])
    }
  })

  it('on every fixture decoded, serialized and parsed again (unknown variants already rewritten)', () => {
    let rewritten = 0
    for (const [file, text] of all(name)) {
      const value = JSON.parse(text) as unknown
      const decoded = codec.decode(value)
      if (decoded._tag === 'Left' || decoded.right === value) continue
      rewritten++
      const again = JSON.parse(JSON.stringify(decoded.right)) as unknown
      const fast = check(again)
      expect([file, agrees(fast, verdict(codec, again))]).toEqual([file, true])
      if (fast === CONVERTS) expect([file, convertsAsCodec(codec, convert, again)]).toEqual([file, true])
      expect([file, fast === CONVERTS ? convert(parsed(again)) : again]).toEqual([file, decoded.right])
    }
    expect(rewritten).toBeGreaterThan(0)
  })

  it('on thousands of generated and mutated payloads', () => {
    const replacement = fc.oneof(
      fc.integer(),
      fc.string({ maxLength: 5 }),
      fc.boolean(),
      fc.constant(null),
      fc.constant([] as Json[]),
      fc.constant({} as Json),
    )
    fc.assert(
      fc.property(of(codec) as fc.Arbitrary<Json>, fc.nat(), replacement, (value, pick, other) => {
        const first = check(value)
        expect(agrees(first, verdict(codec, value))).toBe(true)
        if (first === CONVERTS) expect(convertsAsCodec(codec, convert, value)).toBe(true)
        const where = nodes(value)
        const mutated = setAt(value, where[pick % where.length] as (string | number)[], other)
        const fast = check(mutated)
        const slow = verdict(codec, mutated)
        if (!agrees(fast, slow) || (fast === CONVERTS && !convertsAsCodec(codec, convert, mutated)))
          throw new Error(`fast ${fast} vs codec ${slow} on ${JSON.stringify(mutated).slice(0, 300)}`)
      }),
      { numRuns: 1500 },
    )
    // Thousands of payloads, each also decoded by the codec: seconds on a busy machine.
  }, 60_000)
})
