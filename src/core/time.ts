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

const valid = (ms: number): Date | undefined => (Number.isFinite(ms) && ms >= 0 && ms <= MAX_MS ? new Date(ms) : undefined)

/**
 * ISO-8601 text (as {@link IsoDateTime} accepts it) to a `Date`.
 * @category time
 * @since 0.1.0
 */
export const isoToDate = (s: string | null | undefined): Date | undefined => {
  if (typeof s !== 'string') return undefined
  const m = ISO_RE.exec(s)
  if (!m) return undefined
  const [, y, mo, d, h, mi, sec, frac, zone] = m
  const month = Number(mo)
  const day = Number(d)
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 23 || Number(mi) > 59 || Number(sec ?? 0) > 60) return undefined
  let ms = Date.UTC(Number(y), month - 1, day, Number(h), Number(mi), Number(sec ?? 0), frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0)
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
export const secondsToDate = (s: number | null | undefined): Date | undefined => (s ? valid(Math.round(s * 1000)) : undefined)

/**
 * Unix milliseconds to a `Date`; `0` gives `undefined`.
 * @category time
 * @since 0.1.0
 */
export const millisToDate = (ms: number | null | undefined): Date | undefined => (ms ? valid(ms) : undefined)

const MONTHS: Readonly<Record<string, number>> = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 }
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
