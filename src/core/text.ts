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

/**
 * Two 32-bit FNV-1a-style states fed character by character as the value is
 * walked — no intermediate strings or arrays (lengths and markers are fed as
 * the characters they would print as), so a key costs little more than
 * reading the fields it covers.
 */
class Hasher {
  h1 = 0x811c9dc5
  h2 = 0x01000193
  chars = 0
  /** One character; the caller counts it. */
  private char(c: number): void {
    this.h1 = Math.imul(this.h1 ^ c, 0x01000193)
    this.h2 = Math.imul(this.h2 ^ c, 0x5bd1e995)
  }
  /** A marker character (`[`, `:`, …), counted. */
  private mark(c: number): void {
    if (this.chars >= MAX_CHARS) return
    this.char(c)
    this.chars++
  }
  /** A whole number's decimal digits, as `String(n)` would print them. */
  private digits(n: number): void {
    if (n >= 10) this.digits(Math.floor(n / 10))
    this.mark(48 + (n % 10))
  }
  feed(s: string): void {
    const n = Math.min(s.length, MAX_CHARS - this.chars)
    let h1 = this.h1
    let h2 = this.h2
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i)
      h1 = Math.imul(h1 ^ c, 0x01000193)
      h2 = Math.imul(h2 ^ c, 0x5bd1e995)
    }
    this.h1 = h1
    this.h2 = h2
    this.chars += Math.max(n, 0)
  }
  /** `s<length>:<text>`: the length first keeps the encoding unambiguous without escaping. */
  private text(s: string): void {
    this.mark(115) // s
    this.digits(s.length)
    this.mark(58) // :
    this.feed(s)
  }
  value(u: unknown, depth: number): void {
    if (this.chars >= MAX_CHARS) return
    if (typeof u === 'string') {
      this.text(u)
    } else if (typeof u === 'number' && Number.isSafeInteger(u) && u >= 0) {
      this.feed('number:')
      this.digits(u)
      this.mark(59) // ;
    } else if (u === null || typeof u !== 'object') {
      this.feed(`${typeof u}:${String(u)};`)
    } else if (depth >= MAX_DEPTH) {
      // Deeper containers add nothing: counts and lengths before them keep the encoding unambiguous.
    } else if (Array.isArray(u)) {
      const n = Math.min(u.length, MAX_ENTRIES)
      this.mark(91) // [
      this.digits(n)
      for (let i = 0; i < n; i++) this.value(u[i], depth + 1)
      this.mark(93) // ]
    } else {
      const keys = Object.keys(u)
      if (keys.length > 1) keys.sort()
      const n = Math.min(keys.length, MAX_ENTRIES)
      this.mark(123) // {
      this.digits(n)
      for (let i = 0; i < n; i++) {
        const k = keys[i] as string
        this.text(k)
        this.value((u as Record<string, unknown>)[k], depth + 1)
      }
      this.mark(125) // }
    }
  }
}

/**
 * A short stable hash (53 bits, base 36) of the given values: object keys
 * sorted, depth, entries and characters bounded. For dedupe keys that must
 * change when a payload's meaningful fields change — not a security hash.
 * @category text
 * @since 0.1.0
 */
export const fingerprint = (...values: unknown[]): string => {
  const h = new Hasher()
  for (const v of values) {
    h.value(v, 0)
    h.feed('|')
  }
  return base36((h.h2 >>> 0) * 0x200000 + ((h.h1 >>> 0) & 0x1fffff))
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'
/** 36 to the 6th: below 2³¹, so six base-36 digits fit integer arithmetic. */
const SIX_DIGITS = 2176782336

/** `n.toString(36)` for a whole number below 2⁵³, in integer steps (the engines' radix conversion of a double is several times slower). @internal */
export const base36 = (n: number): string => {
  let low = n % SIX_DIGITS
  let high = (n - low) / SIX_DIGITS
  let s = ''
  // The low digits, padded to six under a high part.
  do {
    const q = Math.floor(low / 36)
    s = (DIGITS[low - q * 36] as string) + s
    low = q
  } while (low > 0 || (high > 0 && s.length < 6))
  while (high > 0) {
    const q = Math.floor(high / 36)
    s = (DIGITS[high - q * 36] as string) + s
    high = q
  }
  return s
}
