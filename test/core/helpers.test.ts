import fc from 'fast-check'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { Int } from '../../src/core/codecs.js'
import { REASONS, statusOf, type Reason } from '../../src/core/reasons.js'
import { issuesFromErrors, jsonTypeOf, toPointer, WebhookError } from '../../src/core/errors.js'
import { compact, idOf, joinKey, lookup, mapDefined, num, text } from '../../src/core/object.js'
import { fingerprint, scalarFingerprint, stripHtml } from '../../src/core/text.js'
import { browserDateToDate, isoMillis, isoToDate, millisToDate, secondsToDate } from '../../src/core/time.js'

describe('stripHtml', () => {
  it('turns line-breaking tags into newlines, drops the rest, decodes entities where tags were', () => {
    expect(stripHtml('a<br>b<BR/>c')).toBe('a\nb\nc')
    expect(stripHtml('<p>one</p><p>two</p><div>three</div>')).toBe('one\ntwo\nthree')
    expect(stripHtml('<p>a</p>\n\n\n\n<p>b</p>')).toBe('a\n\nb')
    expect(stripHtml('<b>x</b> &amp; &lt;y&gt; &quot;z&quot; &#39;w&apos; a&nbsp;b')).toBe(`x & <y> "z" 'w' a b`)
    expect(stripHtml('  <i>padded</i>  ')).toBe('padded')
    expect(stripHtml('<h2>Title</h2><h6>Small</h6><p class="x">Hi <a href="https://example.com">there</a></p>')).toBe(
      'Title\nSmall\nHi there',
    )
  })

  it('leaves text without tags exactly as it is, entities and a lone < included', () => {
    for (const s of ['a < b and c > d', 'Tom &amp; Jerry', '**bold** _it_', '']) expect(stripHtml(s)).toBe(s)
  })
})

describe('statusOf', () => {
  it('answers 500 for a bug, 413 and 415 for the body’s size and encoding, 400 for a body that is no webhook, else 401', () => {
    const by = (status: number): string[] => Object.keys(REASONS).filter((r) => statusOf(r as Reason) === status)
    expect([by(500), by(413), by(415), by(400)]).toEqual([
      ['internal_error'],
      ['body_too_large'],
      ['unsupported_encoding'],
      ['invalid_body', 'invalid_json', 'invalid_payload', 'too_deep', 'unknown_provider'],
    ])
    expect(by(401)).toEqual([
      ...['missing_signature', 'malformed_signature', 'signature_mismatch', 'missing_timestamp', 'malformed_timestamp'],
      ...['timestamp_out_of_range', 'missing_secret', 'secret_has_whitespace', 'missing_token', 'token_mismatch'],
      ...['verification_error', 'provider_not_configured', 'ambiguous_provider'],
    ])
  })
})

describe('fingerprint', () => {
  it('is eleven base-32 digits, the same for the same values', () => {
    expect(fingerprint({ a: 1 })).toMatch(/^[0-9a-v]{11}$/)
    expect(fingerprint({ a: 1, b: [1, 'x'] })).toBe(fingerprint({ b: [1, 'x'], a: 1 }))
  })

  it('tells apart values that print alike: types, structure, order of array items and of arguments', () => {
    const distinct = [
      fingerprint(1),
      fingerprint('1'),
      fingerprint(true),
      fingerprint('true'),
      fingerprint(null),
      fingerprint(undefined),
      fingerprint([1, 2]),
      fingerprint([2, 1]),
      fingerprint({ a: [1] }),
      fingerprint({ a: 1 }),
      fingerprint(['ab']),
      fingerprint(['a', 'b']),
      fingerprint('a', 'b'),
      fingerprint('b', 'a'),
      fingerprint('ab'),
      fingerprint({ ab: '' }),
      fingerprint({ a: 'b' }),
      fingerprint([]),
      fingerprint({}),
      // Strings, keys and containers are length- or count-prefixed, so no two shapes read alike.
      fingerprint(['ab', 'c']),
      fingerprint(['a', 'bc']),
      fingerprint([1, [2]]),
      fingerprint([[1, 2]]),
      fingerprint({ a: { b: 1 } }),
      fingerprint({ 'a{1b': 1 }),
      fingerprint({ 's1:a': 1 }),
    ]
    expect(new Set(distinct).size).toBe(distinct.length)
  })

  it('hashes text as its UTF-8 bytes, four to a word, whichever way it is read (characters or TextEncoder)', () => {
    // The definition, written out: the count of values, then per string its marker, its UTF-16 length and its bytes.
    const reference = (s: string): string => {
      const bytes = new TextEncoder().encode(s)
      const words = [1, 1, s.length]
      for (let i = 0; i < bytes.length; i += 4)
        words.push(
          (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) | ((bytes[i + 2] ?? 0) << 16) | ((bytes[i + 3] ?? 0) << 24),
        )
      let h1 = 0x811c9dc5
      let h2 = 0x01000193
      for (const w of words) [h1, h2] = [Math.imul(h1 ^ w, 0x01000193), Math.imul(h2 ^ w, 0x5bd1e995)]
      const mix = (h: number) => {
        h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
        h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
        return h ^ (h >>> 16)
      }
      return ((BigInt(mix(h2) >>> 0) << 23n) | BigInt(mix(h1) >>> 9)).toString(32).padStart(11, '0')
    }
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 80 }),
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc.string({ unit: 'grapheme-ascii', minLength: 28, maxLength: 40 }),
        ),
        (s) => {
          expect(fingerprint(s)).toBe(reference(s))
        },
      ),
      { numRuns: 1000 },
    )
    for (const s of [
      '',
      'a',
      'abc',
      'abcd',
      'é',
      'aé',
      '日本語',
      '😀',
      'a'.repeat(31),
      'a'.repeat(32),
      'a'.repeat(31) + 'é',
    ])
      expect(fingerprint(s)).toBe(reference(s))
    expect(fingerprint('abcd')).not.toBe(fingerprint('abce'))
    expect(fingerprint('é')).not.toBe(fingerprint('e'))
  })

  it('reads at most 64 KiB of text and six levels of nesting: what lies beyond does not count', () => {
    const long = 'a'.repeat(70_000)
    const wide = 'é'.repeat(40_000)
    expect(fingerprint(long + 'x')).toBe(fingerprint(long + 'y'))
    expect(fingerprint(wide + 'x')).toBe(fingerprint(wide + 'y'))
    expect(fingerprint(long, 'x')).toBe(fingerprint(long, 'y'))
    expect(fingerprint('a'.repeat(1_000), 'x')).not.toBe(fingerprint('a'.repeat(1_000), 'y'))
    const nested = (depth: number, leaf: unknown): unknown => (depth === 0 ? leaf : { n: nested(depth - 1, leaf) })
    expect(fingerprint(nested(7, 1))).toBe(fingerprint(nested(7, 2)))
    expect(fingerprint(nested(5, 1))).not.toBe(fingerprint(nested(5, 2)))
  })

  it('of scalars: the fingerprint of the object of just its text, number and boolean entries', () => {
    const scalarsOf = (o: Record<string, unknown>) => {
      const out: Record<string, unknown> = {}
      for (const k of Object.keys(o))
        if (['string', 'number', 'boolean'].includes(typeof o[k]))
          Object.defineProperty(out, k, { value: o[k], enumerable: true, writable: true, configurable: true })
      return out
    }
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer()),
      fc.dictionary(fc.string(), fc.integer()),
    )
    fc.assert(
      fc.property(fc.dictionary(fc.string(), value, { maxKeys: 80 }), (o) => {
        expect(scalarFingerprint(o)).toBe(fingerprint(scalarsOf(o)))
      }),
      { numRuns: 500 },
    )
    const many = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`k${i}`, i % 3 === 0 ? { nested: i } : i]))
    expect(scalarFingerprint(many)).toBe(fingerprint(scalarsOf(many)))
    expect(scalarFingerprint({ id: 7, event: 'x', nested: { a: 1 }, list: [1] })).toBe(
      fingerprint({ event: 'x', id: 7 }),
    )
    expect(scalarFingerprint(JSON.parse('{"__proto__": 1, "a": 2}') as Record<string, unknown>)).not.toBe(
      scalarFingerprint({ a: 2 }),
    )
  })

  it('reads a bounded part of a value: depth, entries and characters', () => {
    const deep = (n: number): unknown => (n === 0 ? 'leaf' : { a: deep(n - 1) })
    expect(fingerprint(deep(6))).not.toBe(fingerprint(deep(5)))
    expect(fingerprint(deep(7))).toBe(fingerprint(deep(8)))
    const many = (n: number) => Array.from({ length: n }, (_, i) => i)
    expect(fingerprint(many(64))).not.toBe(fingerprint(many(63)))
    expect(fingerprint([...many(64), 'x'])).toBe(fingerprint([...many(64), 'y']))
    const long = 'a'.repeat(70_000)
    expect(fingerprint(long + 'x')).toBe(fingerprint(long + 'y'))
    expect(fingerprint('a'.repeat(100) + 'x')).not.toBe(fingerprint('a'.repeat(100) + 'y'))
  })

  it('reads an object of more than 64 entries as its first 64 in sorted order, whatever their order', () => {
    const keys = Array.from({ length: 70 }, (_, i) => `k${String(i).padStart(2, '0')}`)
    const of = (ks: readonly string[], value: (k: string) => unknown) =>
      Object.fromEntries(ks.map((k) => [k, value(k)]))
    const wide = of(keys, (k) => k.length + Number(k.slice(1)))
    const first64 = of(keys.slice(0, 64), (k) => wide[k])
    expect(fingerprint(of([...keys].reverse(), (k) => wide[k]))).toBe(fingerprint(first64))
    expect(fingerprint({ ...wide, k69: 'other' })).toBe(fingerprint(first64))
    expect(fingerprint({ ...wide, k00: 'other' })).not.toBe(fingerprint(first64))
    // Only scalar entries count for scalarFingerprint, bounded the same way.
    const mixed = { ...of([...keys].reverse(), (k) => wide[k]), a: { nested: 1 }, b: [1], z: null }
    expect(scalarFingerprint(mixed)).toBe(fingerprint(first64))
  })

  it('tells apart values JSON cannot hold by what String() names them', () => {
    const values = [1n, 2n, Symbol('a'), Symbol('b'), () => 1, () => 2]
    expect(new Set(values.map((v) => fingerprint(v))).size).toBe(values.length)
    expect(fingerprint(1n)).not.toBe(fingerprint('1'))
  })
})

describe('WebhookError', () => {
  it('is named, prefixed, and lists the first three issues with a count of the rest', () => {
    const issue = (path: string, expected = 'string') => ({ path, expected, received: 'number' })
    const e = new WebhookError(
      'invalid_payload',
      'chatwoot',
      [issue(''), issue('/a', 'never'), issue('/b'), issue('/c'), issue('/d')],
      'bad',
    )
    expect([e.name, e.code, e.provider, e instanceof Error]).toEqual([
      'WebhookError',
      'invalid_payload',
      'chatwoot',
      true,
    ])
    expect(e.message).toBe(
      'chat-webhooks: bad: /: expected string, received number; /a: unknown key (number); /b: expected string, received number (and 2 more)',
    )
    expect(new WebhookError('invalid_json', undefined, [issue('/x')], 'j').message).toBe(
      'chat-webhooks: j: /x: expected string, received number',
    )
    expect(
      new WebhookError('invalid_json', undefined, [issue('/x'), issue('/y'), issue('/z')], 'j').message,
    ).not.toContain('more')
    expect(new WebhookError('invalid_body', undefined, [], 'empty').message).toBe('chat-webhooks: empty')
  })

  it('names JSON types, never values', () => {
    expect([null, [], {}, 'x', 1, true, undefined, () => 1].map(jsonTypeOf)).toEqual([
      'null',
      'array',
      'object',
      'string',
      'number',
      'boolean',
      'undefined',
      'function',
    ])
  })

  it('escapes pointers, deduplicates issues and caps them at 50', () => {
    expect(toPointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0')
    const codec = t.array(Int)
    const r = codec.validate(
      Array.from({ length: 80 }, () => 'x'),
      [{ key: '', type: codec, actual: null }],
    )
    const issues = r._tag === 'Left' ? issuesFromErrors(r.left) : []
    expect([issues.length, issues[0], issues[49]?.path]).toEqual([
      50,
      { path: '/0', expected: 'integer', received: 'string' },
      '/49',
    ])
    const twice = r._tag === 'Left' ? issuesFromErrors([...r.left.slice(0, 2), ...r.left.slice(0, 2)]) : []
    expect(twice).toHaveLength(2)
  })
})

describe('time', () => {
  it('applies negative and positive offsets, and refuses impossible fields', () => {
    expect(isoToDate('2024-03-14T09:00:00-05:00')?.toISOString()).toBe('2024-03-14T14:00:00.000Z')
    expect(isoToDate('2024-03-14T09:00:00+0530')?.toISOString()).toBe('2024-03-14T03:30:00.000Z')
    for (const s of [
      '2024-13-01T00:00:00Z',
      '2024-00-10T00:00:00Z',
      '2024-01-32T00:00:00Z',
      '2024-01-01T24:00:00Z',
      '2024-01-01T00:60:00Z',
      'nope',
      null,
      undefined,
    ]) {
      expect(isoToDate(s)).toBe(undefined)
    }
  })

  it('reads the usual form digit by digit, and leaves every other form to the pattern', () => {
    const at = (iso: string) => Date.parse(iso)
    // The forms the fast path answers itself, each with its exact time.
    expect(
      [
        '2026-06-18T09:40:02Z',
        '2026-06-18 09:40:02',
        '2026-06-18T09:40:02.1Z',
        '2026-06-18T09:40:02,12Z',
        '2026-06-18T09:40:02.123456789Z',
        '2026-06-18T09:40:02+05:30',
        '2026-06-18T09:40:02-0530',
        '2026-06-18T09:40:02+05',
        '2026-06-18T09:40:60Z',
        '2026-12-31T23:59:59Z',
        '1969-12-31T23:00:00-02:00',
      ].map(isoMillis),
    ).toEqual([
      at('2026-06-18T09:40:02.000Z'),
      at('2026-06-18T09:40:02.000Z'),
      at('2026-06-18T09:40:02.100Z'),
      at('2026-06-18T09:40:02.120Z'),
      at('2026-06-18T09:40:02.123Z'),
      at('2026-06-18T04:10:02.000Z'),
      at('2026-06-18T15:10:02.000Z'),
      at('2026-06-18T04:40:02.000Z'),
      at('2026-06-18T09:41:00.000Z'),
      at('2026-12-31T23:59:59.000Z'),
      at('1970-01-01T01:00:00.000Z'),
    ])
    // The usual form with impossible fields: NaN, which isoToDate refuses without asking the pattern.
    for (const impossible of [
      '2026-13-18T09:40:02Z',
      '2026-00-18T09:40:02Z',
      '2026-06-00T09:40:02Z',
      '2026-06-32T09:40:02Z',
      '2026-06-18T24:40:02Z',
      '2026-06-18T09:60:02Z',
      '2026-06-18T09:40:61Z',
      '1968-12-31T23:59:59Z',
    ])
      expect([impossible, isoMillis(impossible)]).toEqual([impossible, Number.NaN])
    // Every other form, and non-digits: undefined, for the pattern to read or refuse.
    for (const other of [
      '2026-06-18T09:40Z',
      '2026-06-18 09:40:02 UTC',
      '2026-06-18T09:40:02UTC',
      '2026-06-18T09:40:02.Z',
      '2026-06-18T09:40:02.1234567891Z',
      '2026-06-18T09:40:02Z ',
      '2026-06-18T09:40:02+5:30',
      '2026-06-18T09:40:02+05:3',
      '2026-06-18T09:40:02+05-30',
      '2026/06/18T09:40:02Z',
      '2026/06-18T09:40:02Z',
      '2026-06-18T09:40:02X',
      '2026-06-18T09:40:02x05:30',
      '2026-06-18T09:40:02+053',
      '2026-06-18T09:40:02+05x30',
      '2026-06-18T09:40:02+05:301',
      '2026-06/18T09:40:02Z',
      '2026-06-18T09-40:02Z',
      '2026-06-18T09:40-02Z',
      '2026-06-18X09:40:02Z',
      '2026-0x-18T09:40:02Z',
      '2026-06-18T09:40:0xZ',
      '2026-06-18T09:40:02+0x:30',
    ])
      expect([other, isoMillis(other)]).toEqual([other, undefined])
  })

  it('reads the forms only the pattern knows (no seconds, a spaced or UTC zone), with the same bounds', () => {
    const read = (x: string) => isoToDate(x)?.toISOString()
    expect(
      [
        '2026-06-18T09:40Z',
        '2026-06-18 09:40',
        '2026-06-18T09:40+05:30',
        '2026-06-18T09:40-0530',
        '2026-06-18T09:40+05',
        '2026-06-18 09:40:02 UTC',
        '2026-06-18 09:40:02.5 UTC',
        '2026-06-18 09:40:02,123456 +0100',
        '2026-06-18 09:40:02.1234567 UTC',
        '2026-06-18T09:40:02UTC',
        '2026-06-18 09:40:60 UTC',
        '2026-12-31 23:59:59 Z',
        '2026-01-01 00:00 -00:30',
        '2026-02-31 10:00 UTC',
        '1970-01-01 00:00 UTC',
        '9999-12-31 23:59:59.999 UTC',
      ].map(read),
    ).toEqual([
      '2026-06-18T09:40:00.000Z',
      '2026-06-18T09:40:00.000Z',
      '2026-06-18T04:10:00.000Z',
      '2026-06-18T15:10:00.000Z',
      '2026-06-18T04:40:00.000Z',
      '2026-06-18T09:40:02.000Z',
      '2026-06-18T09:40:02.500Z',
      '2026-06-18T08:40:02.123Z',
      '2026-06-18T09:40:02.123Z',
      '2026-06-18T09:40:02.000Z',
      '2026-06-18T09:41:00.000Z',
      '2026-12-31T23:59:59.000Z',
      '2026-01-01T00:30:00.000Z',
      '2026-03-03T10:00:00.000Z',
      '1970-01-01T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
    ])
    for (const refused of [
      '2026-13-18T09:40Z',
      '2026-00-18T09:40Z',
      '2026-06-00T09:40Z',
      '2026-06-32T09:40Z',
      '2026-06-18T24:00Z',
      '2026-06-18T09:60Z',
      '2026-06-18 09:40:61 UTC',
      '2026-06-18 09:40:02.1234567890 UTC',
      '1970-01-01 00:00 +00:01',
      '9999-12-31 23:59 -00:01',
    ])
      expect([refused, isoToDate(refused)]).toEqual([refused, undefined])
  })

  it('treats 0, negatives and times after year 9999 as absent', () => {
    expect([millisToDate(0), millisToDate(-1), millisToDate(253402300800000), millisToDate(null)]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ])
    expect(millisToDate(1)?.toISOString()).toBe('1970-01-01T00:00:00.001Z')
    expect(millisToDate(253402300799999)?.toISOString()).toBe('9999-12-31T23:59:59.999Z')
    expect([secondsToDate(0), secondsToDate(-5), secondsToDate(undefined)]).toEqual([undefined, undefined, undefined])
    expect(secondsToDate(1.5)?.getTime()).toBe(1500)
  })

  it('reads browser dates only in their usual form', () => {
    expect(browserDateToDate('Thu Jun 18 2026 14:40:02 GMT-0300 (Brasilia Standard Time)')?.toISOString()).toBe(
      '2026-06-18T17:40:02.000Z',
    )
    for (const s of [
      'Thu Xyz 18 2026 14:40:02 GMT+0000',
      'yesterday',
      'on Thu Jun 18 2026 14:40:02 GMT+0000',
      undefined,
    ])
      expect(browserDateToDate(s)).toBe(undefined)
  })
})

describe('object helpers', () => {
  it('lookup reads only a table’s own keys', () => {
    const table = { image: 'image' }
    expect([
      lookup(table, 'image'),
      lookup(table, 'constructor'),
      lookup(table, 'toString'),
      lookup(table, '__proto__'),
      lookup(table, null),
      lookup(table, undefined),
    ]).toEqual(['image', undefined, undefined, undefined, undefined, undefined])
  })

  it('compact drops only undefined (a literal that lacks nothing is returned as it is); joinKey writes a missing part -; idOf, text, num and mapDefined read what is there', () => {
    expect(compact({ a: 1, b: undefined, c: null, d: '' })).toEqual({ a: 1, c: null, d: '' })
    expect(Object.keys(compact({ a: undefined }))).toEqual([])
    const full = { a: 1, b: null }
    expect(compact(full)).toBe(full)
    expect(Object.keys(compact({ a: undefined, b: 2, c: undefined, d: 'x' }))).toEqual(['b', 'd'])
    expect(joinKey('p', '', null, undefined, 0, 'x', 12)).toBe('p:-:-:-:0:x:12')
    expect([idOf(12), idOf('x'), idOf(''), idOf(null), idOf({})]).toEqual(['12', 'x', undefined, undefined, undefined])
    expect([text('a'), text(''), text(null), num(0), num(null)]).toEqual(['a', undefined, undefined, 0, undefined])
    expect(mapDefined([1, null, 2, undefined, 3], (x) => (x === 2 ? undefined : x * 10))).toEqual([10, 30])
    expect(mapDefined(null, (x: number) => x)).toEqual([])
  })
})
