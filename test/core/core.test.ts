import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { fallback, FallbackType, struct, StructType, taggedUnion, TaggedUnionType } from '../../src/core/codecs.js'
import { getHeader } from '../../src/core/headers.js'
import { fingerprint, stripHtml } from '../../src/core/text.js'
import { browserDateToDate, isoToDate, secondsToDate } from '../../src/core/time.js'
import { bodyBytes, fail, guarded, timingSafeEqual, tokenMatchesAny } from '../../src/core/crypto.js'
import { everyProvider } from '../support/registry.js'

describe('time', () => {
  it('reads ISO text with and without zones, fractions and a space separator', () => {
    expect(isoToDate('2026-06-18T09:10:03.412Z')?.toISOString()).toBe('2026-06-18T09:10:03.412Z')
    expect(isoToDate('2026-06-18T14:40:03+05:30')?.toISOString()).toBe('2026-06-18T09:10:03.000Z')
    expect(isoToDate('2020-03-03 13:05:57 UTC')?.toISOString()).toBe('2020-03-03T13:05:57.000Z')
    expect(isoToDate('2026-13-01T00:00:00Z')).toBe(undefined)
    expect(isoToDate('yesterday')).toBe(undefined)
  })

  it('reads Unix seconds, whole and fractional; 0 means never', () => {
    expect(secondsToDate(1781773803.418902)?.toISOString()).toBe('2026-06-18T09:10:03.419Z')
    expect(secondsToDate(0)).toBe(undefined)
  })

  it('reads browser date text in its own offset', () => {
    expect(browserDateToDate('Thu Jun 18 2026 14:40:02 GMT+0530 (India Standard Time)')?.toISOString()).toBe(
      '2026-06-18T09:10:02.000Z',
    )
    expect(browserDateToDate('Wed Jan 07 2026 20:00:00 GMT-0800 (Pacific Standard Time)')?.toISOString()).toBe(
      '2026-01-08T04:00:00.000Z',
    )
    expect(browserDateToDate('18/06/2026')).toBe(undefined)
  })
})

describe('text', () => {
  it('strips tags, keeps markdown and a lone <', () => {
    expect(stripHtml('<p>Hi <b>there</b> &amp; welcome</p>')).toBe('Hi there & welcome')
    expect(stripHtml('a < b and **bold** &amp; kept')).toBe('a < b and **bold** &amp; kept')
  })

  it('fingerprints canonically (key order does not matter) and boundedly', () => {
    expect(fingerprint({ a: 1, b: [2, 3] })).toBe(fingerprint({ b: [2, 3], a: 1 }))
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }))
    let deep: unknown = 0
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(fingerprint(deep)).toMatch(/^[0-9a-z]+$/)
  })
})

describe('headers', () => {
  it('reads Fetch Headers, Node header objects and plain records, case-insensitively', () => {
    expect(getHeader(new Headers({ 'X-A': '1' }), 'x-a')).toBe('1')
    expect(getHeader({ 'x-a': ['1'] }, 'X-A')).toBe('1')
    expect(getHeader({ 'X-A': '1', 'x-a': '2' }, 'x-a')).toBe('1, 2')
    expect(getHeader({ 'x-b': undefined }, 'x-b')).toBe(undefined)
  })
})

describe('crypto', () => {
  it('compares bytes', () => {
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true)
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false)
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1]))).toBe(false)
  })

  it('compares tokens against every secret, whatever their lengths', () => {
    expect(tokenMatchesAny(['old', 'new-token'], 'new-token')).toBe(true)
    expect(tokenMatchesAny(['token'], 'toke')).toBe(false)
    expect(tokenMatchesAny(['toke'], 'token')).toBe(false)
    expect(tokenMatchesAny(['token'], 'tokeN')).toBe(false)
    expect(tokenMatchesAny([], '')).toBe(false)
  })

  it('answers a check that throws or rejects with verification_error, never with the exception', async () => {
    const thrown = guarded(() => {
      throw new Error('secret detail')
    })
    const rejected = guarded(() => Promise.reject(new Error('secret detail')))
    expect(thrown({})).toEqual(fail('verification_error'))
    expect(await rejected({})).toEqual(fail('verification_error'))
    expect(fail('verification_error').reason).toBe('verification_error')
  })

  it('reads text and bytes as bytes, and nothing else', () => {
    expect(bodyBytes('é')).toEqual(new Uint8Array([0xc3, 0xa9]))
    expect(bodyBytes(new Uint8Array([1, 2]).buffer)).toEqual(new Uint8Array([1, 2]))
    expect([bodyBytes({}), bodyBytes(null), bodyBytes(42)]).toEqual([undefined, undefined, undefined])
  })
})

describe('codecs', () => {
  const Shape = taggedUnion(
    'Shape',
    'kind',
    { circle: struct('Circle', { kind: t.literal('circle'), r: t.number }, {}) },
    fallback('UnknownShape', 'kind', {}, { label: t.string }),
  )

  it('keeps null optional fields and reports missing required ones', () => {
    const P = struct('P', { id: t.number }, { name: t.string })
    expect(P.decode({ id: 1, name: null })._tag).toBe('Right')
    expect(P.is({ id: 1, name: 2 })).toBe(false)
    expect(P.decode({ name: 'x' })._tag).toBe('Left')
  })

  it('decodes an unknown tag to its own variant, idempotently, and encodes it back', () => {
    const r = Shape.decode({ kind: 'square', side: 2, label: 'sq' })
    expect(r).toEqual({ _tag: 'Right', right: { kind: 'unrecognized', unrecognized: 'square', side: 2, label: 'sq' } })
    if (r._tag !== 'Right') throw new Error()
    expect(Shape.decode(r.right)).toEqual(r)
    expect(Shape.is(r.right)).toBe(true)
    expect(Shape.encode(r.right)).toEqual({ kind: 'square', side: 2, label: 'sq' })
  })

  it('keeps a __proto__ key an inert own key when copying', () => {
    const input = JSON.parse('{"kind":"square","__proto__":{"polluted":true}}') as object
    const r = Shape.decode(input)
    expect(r._tag).toBe('Right')
    expect(({} as Record<string, unknown>)['polluted']).toBe(undefined)
    if (r._tag === 'Right') expect(Object.getPrototypeOf(r.right)).toBe(Object.prototype)
  })
})

/** Every value every provider module exports. */
const exported = (
  await Promise.all(
    everyProvider().map(([id]) => import(`../../src/providers/${id}/index.ts`) as Promise<Record<string, unknown>>),
  )
).flatMap((mod) => Object.values(mod))

describe('codec hygiene', () => {
  it('no struct lists a field as both required and optional', () => {
    const overlaps: string[] = []
    for (const v of exported)
      if (v instanceof StructType)
        for (const k of Object.keys(v.required)) if (k in v.optional) overlaps.push(`${v.name}.${k}`)
    expect(overlaps).toEqual([])
  })

  it('every tagged union falls back to an Unrecognized variant (strict mode reads its fields)', () => {
    const unions = exported.filter(
      (v): v is TaggedUnionType<Record<string, t.Mixed>, t.Mixed> => v instanceof TaggedUnionType,
    )
    expect(unions.length).toBeGreaterThan(8)
    expect(unions.filter((u) => !(u.fallback instanceof FallbackType)).map((u) => u.name)).toEqual([])
  })
})

describe('the root', () => {
  it('exports at most 15 runtime values: the registry, detection, generic decoding, the front door, deduplication and the helpers', async () => {
    const root = await import('../../src/index.js')
    expect(Object.keys(root).sort()).toEqual([
      'REASONS',
      'WebhookError',
      'createDedupe',
      'decode',
      'decodeWithDrift',
      'detectProvider',
      'firstDeliveries',
      'handle',
      'match',
      'normalize',
      'providers',
      'redact',
      'reviveEvent',
    ])
    expect(Object.keys(root).length).toBeLessThanOrEqual(15)
  })

  it('lists every provider module of src/providers in the registry, and nothing else', async () => {
    const { readdirSync } = await import('node:fs')
    const { join } = await import('node:path')
    const folders = readdirSync(join(__dirname, '..', '..', 'src', 'providers'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
    expect(folders.sort()).toEqual(
      everyProvider()
        .map(([id]) => id)
        .sort(),
    )
    for (const [id, p] of everyProvider()) expect([id, p.id]).toEqual([id, id])
  })
})
