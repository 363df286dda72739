/**
 * Text helpers the normalizers share: HTML stripping and stable fingerprints
 * for dedupe keys.
 *
 * @module
 */

const TAG_RE = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g
const BLOCK_RE = /<(?:br\s*\/?|\/p|\/div|\/li|\/h[1-6]|\/tr)>/gi
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" }

/**
 * Strips HTML tags (line-breaking ones become newlines) and, only where tags
 * were found, decodes the basic entities. Markdown and a lone `<` in text
 * ("a < b") are left alone.
 * @category text
 * @since 0.1.0
 */
export const stripHtml = (s: string): string => {
  TAG_RE.lastIndex = 0
  if (!TAG_RE.test(s)) return s
  return s
    .replace(BLOCK_RE, '\n')
    .replace(TAG_RE, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, e: string) => ENTITIES[e] as string)
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** How deep, how many keys or items, and how many characters of a value a fingerprint reads: bounded work on hostile input. */
const MAX_DEPTH = 6
const MAX_ENTRIES = 64
const MAX_CHARS = 65_536

// What the hash is fed before each value: its type, so that values that print alike differ.
const STRING = 1
const INTEGER = 2
const NUMBER = 3
const TRUE = 4
const FALSE = 5
const NULL = 6
const UNDEFINED = 7
const OTHER = 8
const ARRAY = 9
const OBJECT = 10
const END = 11
const SEED1 = 0x811c9dc5
const SEED2 = 0x01000193

/**
 * Two 32-bit multiplicative states fed 32-bit words as the value is walked:
 * type markers and lengths as words, text two characters per word, no
 * intermediate strings. An object's entries are hashed each on their own and
 * summed, so key order does not matter and no keys are sorted.
 */
class Hasher {
  h1 = SEED1
  h2 = SEED2
  /** Characters and markers still to read: bounded work on hostile input. */
  budget = MAX_CHARS
  word(w: number): void {
    this.h1 = Math.imul(this.h1 ^ w, 0x01000193)
    this.h2 = Math.imul(this.h2 ^ w, 0x5bd1e995)
    this.budget--
  }
  text(s: string): void {
    this.word(STRING)
    this.word(s.length)
    const n = Math.min(s.length, Math.max(this.budget, 0))
    let h1 = this.h1
    let h2 = this.h2
    let i = 0
    for (; i + 1 < n; i += 2) {
      const w = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16)
      h1 = Math.imul(h1 ^ w, 0x01000193)
      h2 = Math.imul(h2 ^ w, 0x5bd1e995)
    }
    if (i < n) {
      const w = s.charCodeAt(i)
      h1 = Math.imul(h1 ^ w, 0x01000193)
      h2 = Math.imul(h2 ^ w, 0x5bd1e995)
    }
    this.h1 = h1
    this.h2 = h2
    this.budget -= n
  }
  value(u: unknown, depth: number): void {
    if (this.budget <= 0) return
    if (typeof u === 'string') this.text(u)
    else if (typeof u === 'number') {
      if ((u | 0) === u) {
        this.word(INTEGER)
        this.word(u)
      } else {
        this.word(NUMBER)
        this.text(String(u))
      }
    } else if (typeof u === 'boolean') this.word(u ? TRUE : FALSE)
    else if (u === null) this.word(NULL)
    else if (u === undefined) this.word(UNDEFINED)
    else if (typeof u !== 'object') {
      this.word(OTHER)
      this.text(String(u))
    } else if (depth >= MAX_DEPTH) {
      // Deeper containers add nothing: counts and lengths before them keep the encoding unambiguous.
    } else if (Array.isArray(u)) {
      const n = Math.min(u.length, MAX_ENTRIES)
      this.word(ARRAY)
      this.word(n)
      for (let i = 0; i < n; i++) this.value(u[i], depth + 1)
      this.word(END)
    } else {
      let keys = Object.keys(u)
      // Past the bound, the same keys are read whatever their order: the first in sorted order.
      if (keys.length > MAX_ENTRIES) keys = keys.sort().slice(0, MAX_ENTRIES)
      this.word(OBJECT)
      this.word(keys.length)
      const h1 = this.h1
      const h2 = this.h2
      let sum1 = 0
      let sum2 = 0
      for (const k of keys) {
        this.h1 = SEED1
        this.h2 = SEED2
        this.text(k)
        this.value((u as Record<string, unknown>)[k], depth + 1)
        sum1 = (sum1 + this.h1) | 0
        sum2 = (sum2 + this.h2) | 0
      }
      this.h1 = h1
      this.h2 = h2
      this.word(sum1)
      this.word(sum2)
      this.word(END)
    }
  }
}

/**
 * A short stable hash (53 bits, base 36) of the given values: the order of
 * object keys does not matter; depth, entries and characters are bounded. For dedupe keys that must
 * change when a payload's meaningful fields change — not a security hash.
 * @category text
 * @since 0.1.0
 */
export const fingerprint = (...values: unknown[]): string => {
  const h = new Hasher()
  h.word(values.length)
  for (const v of values) h.value(v, 0)
  return base36((h.h2 >>> 0) * 0x200000 + ((h.h1 >>> 0) & 0x1fffff))
}

/** 36 to the 6th: below 2³¹, so six base-36 digits fit integer arithmetic. */
const SIX_DIGITS = 2176782336

/** The character code of a base-36 digit. */
const digit36 = (d: number): number => (d < 10 ? 48 + d : 87 + d)

/**
 * A whole number below 2⁵³ as eleven base-36 digits (zero-padded), built in
 * one string: `toString(36)` of a double and digit-by-digit concatenation
 * each cost several times more.
 * @internal
 */
export const base36 = (n: number): string => {
  const low = n % SIX_DIGITS
  const high = (n - low) / SIX_DIGITS
  const l1 = Math.floor(low / 36)
  const l2 = Math.floor(l1 / 36)
  const l3 = Math.floor(l2 / 36)
  const l4 = Math.floor(l3 / 36)
  const l5 = Math.floor(l4 / 36)
  const h1 = Math.floor(high / 36)
  const h2 = Math.floor(h1 / 36)
  const h3 = Math.floor(h2 / 36)
  const h4 = Math.floor(h3 / 36)
  return String.fromCharCode(
    digit36(h4 % 36),
    digit36(h3 % 36),
    digit36(h2 % 36),
    digit36(h1 % 36),
    digit36(high % 36),
    digit36(l5 % 36),
    digit36(l4 % 36),
    digit36(l3 % 36),
    digit36(l2 % 36),
    digit36(l1 % 36),
    digit36(low % 36),
  )
}
