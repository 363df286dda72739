// Number and time conversions written for speed, against the slower built-ins they replace.
// isoToDate reads the usual ISO form digit by digit and everything else by IsoDateTime's pattern:
// here both are checked against a plain reading by the pattern alone, on generated near-ISO text.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ISO_RE, ISO_SHAPE } from '../../src/core/codecs.js'
import { base32 } from '../../src/core/text.js'
import { isoToDate } from '../../src/core/time.js'

/** The reference: the pattern's groups, as milliseconds (NaN when out of range or unmatched). */
const byPattern = (s: string): number => {
  const m = ISO_RE.exec(s)
  if (!m) return Number.NaN
  const [, y, mo, d, h, mi, sec, frac, zone] = m
  if (
    Number(mo) < 1 ||
    Number(mo) > 12 ||
    Number(d) < 1 ||
    Number(d) > 31 ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(sec ?? 0) > 60
  )
    return Number.NaN
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes the year as written.
  const at = new Date(0)
  at.setUTCFullYear(Number(y), Number(mo) - 1, Number(d))
  at.setUTCHours(Number(h), Number(mi), Number(sec ?? 0), frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0)
  let ms = at.getTime()
  if (zone && zone !== 'Z' && zone !== 'UTC') {
    const digits = zone.slice(1).replace(':', '')
    ms -= (zone[0] === '-' ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0)) * 60_000
  }
  return ms >= 0 && ms <= 253402300799999 ? ms : Number.NaN
}

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '5', '9'), minLength: n, maxLength: n })
const nearIso = fc
  .tuple(
    digits(4),
    digits(2),
    digits(2),
    fc.constantFrom('T', ' ', 't', '_'),
    digits(2),
    digits(2),
    fc.option(digits(2)),
    fc.option(fc.tuple(fc.constantFrom('.', ','), fc.string({ unit: fc.constantFrom('0', '4', '9'), maxLength: 11 }))),
    fc.constantFrom('', 'Z', 'UTC', ' Z', '+05:30', '-0800', '+05', '+5:30', '+05:3', 'Zx', '-12:00', '+0'),
    fc.nat(30),
    fc.constantFrom('', 'x', ':', '-', '9'),
  )
  .map(([y, mo, d, sep, h, mi, sec, frac, zone, at, junk]) => {
    const s = `${y}-${mo}-${d}${sep}${h}:${mi}${sec === null ? '' : `:${sec}`}${frac === null ? '' : frac.join('')}${zone}`
    return junk === '' ? s : s.slice(0, at) + junk + s.slice(at)
  })

describe('isoToDate', () => {
  it('agrees with the pattern on generated near-ISO text, valid or not', () => {
    fc.assert(
      fc.property(nearIso, (s) => {
        const expected = byPattern(s)
        expect([s, isoToDate(s)?.getTime()]).toEqual([s, Number.isNaN(expected) ? undefined : expected])
      }),
      {
        numRuns: 5000,
        examples: [
          ['0090-01-01T00:00:00'],
          ['0090-02-01T00:00:00.9 Z'],
          ['1968-12-31T23:00:00 -99:99'],
          ['1969-12-31T23:00:00 -05:00'],
          ['1970-01-01T00:00:00Z'],
          ['9999-12-31T23:59:59.999Z'],
        ],
      },
    )
  })

  it('is told apart by the capture-free pattern exactly as by the pattern', () => {
    fc.assert(
      fc.property(fc.oneof(nearIso, fc.string({ maxLength: 40 })), (s) => {
        expect([s, ISO_SHAPE.test(s)]).toEqual([s, ISO_RE.test(s)])
      }),
      { numRuns: 5000 },
    )
  })

  it('reads the usual forms', () => {
    expect(
      [
        '2026-06-18T09:40:02Z',
        '2026-06-18T09:40:02.5Z',
        '2026-06-18 09:40:02.123456789+05:30',
        '2026-06-18T09:40:02-0800',
        '2026-06-18T09:40:02+05',
        '2026-06-18T09:40:02',
      ].map((s) => isoToDate(s)?.toISOString()),
    ).toEqual([
      '2026-06-18T09:40:02.000Z',
      '2026-06-18T09:40:02.500Z',
      '2026-06-18T04:10:02.123Z',
      '2026-06-18T17:40:02.000Z',
      '2026-06-18T04:40:02.000Z',
      '2026-06-18T09:40:02.000Z',
    ])
  })
})

describe('base32 (the digits of fingerprints)', () => {
  const reference = (high: number, low: number) =>
    ((BigInt(high >>> 0) << 23n) | BigInt(low >>> 9)).toString(32).padStart(11, '0')
  it('writes the 32 bits of the first number and the top 23 of the second as eleven digits of toString(32)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }),
        fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }),
        (high, low) => {
          expect(base32(high, low)).toBe(reference(high, low))
        },
      ),
      { numRuns: 20000 },
    )
    const edges: [number, number][] = [
      [0, 0],
      [0, 511],
      [0, 512],
      [-1, -1],
      [0x80000000, 0],
      [3, 0xff800000],
      [1, 0],
      [0, 0x7fffffff],
    ]
    expect(edges.map(([h, l]) => base32(h, l))).toEqual(edges.map(([h, l]) => reference(h, l)))
    expect(base32(-1, -1)).toBe('vvvvvvvvvvv')
  })
})
