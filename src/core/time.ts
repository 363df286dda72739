/**
 * Wire time values to `Date`, without `new Date(string)` (whose parsing of
 * non-ISO text differs between engines). Invalid or "never" values give
 * `undefined`, never an Invalid Date.
 *
 * @module
 */
import { ISO_RE } from './codecs.js'

/** The last millisecond of year 9999: later (or negative) times are not dates a provider means, and break ISO text. */
const MAX_MS = 253402300799999

const valid = (ms: number): Date | undefined =>
  Number.isFinite(ms) && ms >= 0 && ms <= MAX_MS ? new Date(ms) : undefined

/**
 * ISO-8601 text (as {@link IsoDateTime} accepts it) to a `Date`.
 * @category time
 * @since 0.1.0
 */
export const isoToDate = (s: string | null | undefined): Date | undefined => {
  if (typeof s !== 'string') return undefined
  const ms = isoMillis(s)
  return ms === undefined ? isoToDateByPattern(s) : valid(ms)
}

/** The digit at `i`, or NaN. */
const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : NaN
}
const two = (s: string, i: number): number => digit(s, i) * 10 + digit(s, i + 1)

/**
 * The usual form — `2026-06-18T09:40:02.123Z`, or with `+05:30`, `+0530`,
 * `+05`, a space for `T`, or no zone (UTC) — read digit by digit, without
 * the pattern's match array: `undefined` for anything else, which the
 * pattern then reads (or refuses). Both agree wherever this one answers.
 * `NaN` for the usual form with impossible fields (month 13, year 1968).
 * @internal
 */
export const isoMillis = (s: string): number | undefined => {
  const n = s.length
  // Stryker disable next-line ConditionalExpression: shorter text fails a separator or digit read below (charCodeAt past the end is NaN); this only saves those reads
  if (n < 19) return undefined
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58)
    return undefined
  const sep = s.charCodeAt(10)
  if (sep !== 84 && sep !== 32) return undefined
  const year = two(s, 0) * 100 + two(s, 2)
  const month = two(s, 5)
  const day = two(s, 8)
  const hour = two(s, 11)
  const minute = two(s, 14)
  const second = two(s, 17)
  let i = 19
  let fraction = 0
  if (s.charCodeAt(i) === 46 || s.charCodeAt(i) === 44) {
    const start = ++i
    // Past the end, digit() is NaN: the loop stops there.
    while (!Number.isNaN(digit(s, i))) i++
    const count = i - start
    if (count === 0 || count > 9) return undefined
    for (let j = 0; j < 3; j++) fraction = fraction * 10 + (j < count ? digit(s, start + j) : 0)
  }
  let offset = 0
  if (i < n) {
    const c = s.charCodeAt(i)
    if (c === 90 && i + 1 === n) {
      // Z
    } else if ((c === 43 || c === 45) && (n - i === 3 || n - i === 5 || (n - i === 6 && s.charCodeAt(i + 3) === 58))) {
      const minutes = n - i === 3 ? 0 : two(s, n - 2)
      offset = (c === 45 ? -1 : 1) * (two(s, i + 1) * 60 + minutes) * 60_000
    } else return undefined
  }
  // Stryker disable next-line ArithmeticOperator: a NaN (a non-digit) propagates through - as through +
  const fields = year + month + day + hour + minute + second + offset
  if (Number.isNaN(fields)) return undefined
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return Number.NaN
  // Before 1969 the time is negative whatever the offset (at most ±99:99), which valid() refuses.
  if (year < 1969) return Number.NaN
  return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + fraction - offset
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar, year 1
 * or later (Howard Hinnant's days_from_civil): what `Date.UTC` computes, in
 * integer arithmetic instead of a call into the engine's runtime. Days past a
 * month's end roll over into the next month, as with `Date.UTC`.
 */
const daysFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year
  const era = (y / 400) | 0
  const yoe = y - era * 400
  const doy = (((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + day - 1
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy
  return era * 146097 + doe - 719468
}

/** Every form {@link IsoDateTime} accepts, by its pattern. */
const isoToDateByPattern = (s: string): Date | undefined => {
  const m = ISO_RE.exec(s)
  if (!m) return undefined
  const [, y, mo, d, h, mi, sec, frac, zone] = m
  const month = Number(mo)
  const day = Number(d)
  // Date.UTC reads years 0–99 as 1900–1999; before 1969 the time is negative whatever the offset anyway.
  if (Number(y) < 1969) return undefined
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 23 || Number(mi) > 59 || Number(sec ?? 0) > 60)
    return undefined
  let ms = Date.UTC(
    Number(y),
    month - 1,
    day,
    Number(h),
    Number(mi),
    Number(sec ?? 0),
    frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0,
  )
  // Stryker disable next-line ConditionalExpression,StringLiteral: a Z zone read as an offset is +00 (Number('') is 0)
  if (zone && zone !== 'Z' && zone !== 'UTC') {
    const sign = zone[0] === '-' ? -1 : 1
    const digits = zone.slice(1).replace(':', '')
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0)) * 60_000
  }
  return valid(ms)
}

/**
 * Unix seconds (whole or fractional) to a `Date`; `0` ("never") gives `undefined`.
 * @category time
 * @since 0.1.0
 */
export const secondsToDate = (s: number | null | undefined): Date | undefined =>
  s ? valid(Math.round(s * 1000)) : undefined

/**
 * Unix milliseconds to a `Date`; `0` gives `undefined`.
 * @category time
 * @since 0.1.0
 */
export const millisToDate = (ms: number | null | undefined): Date | undefined => (ms ? valid(ms) : undefined)

const MONTHS: Readonly<Record<string, number>> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  May: 4,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
}
const BROWSER_RE = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-])(\d{2})(\d{2})/

/**
 * A browser's `Date#toString()` text (`Thu Jun 18 2026 14:40:02 GMT+0530 (India Standard Time)`)
 * to a `Date`; any other text gives `undefined`.
 * @category time
 * @since 0.1.0
 */
export const browserDateToDate = (s: string | null | undefined): Date | undefined => {
  // Stryker disable next-line ConditionalExpression: exec() of a non-string finds no date either
  if (typeof s !== 'string') return undefined
  const m = BROWSER_RE.exec(s)
  if (!m) return undefined
  const [, mon, d, y, h, mi, sec, sign, oh, om] = m
  const month = MONTHS[mon as string]
  // Stryker disable next-line ConditionalExpression: an unknown month makes Date.UTC NaN, which valid() refuses too
  if (month === undefined) return undefined
  const offset = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000
  return valid(Date.UTC(Number(y), month, Number(d), Number(h), Number(mi), Number(sec)) - offset)
}
