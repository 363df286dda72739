/**
 * Text helpers the normalizers share: HTML stripping and stable fingerprints
 * for dedupe keys.
 *
 * @module
 */

const TAG_RE = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi
const BLOCK_RE = /<(?:br\s*\/?|\/p|\/div|\/li|\/h[1-6]|\/tr)>/gi
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
}

/**
 * Strips HTML tags (line-breaking ones become newlines) and, only where tags
 * were found, decodes the basic entities. Markdown and a lone `<` in text
 * ("a < b") are left alone.
 * @category text
 * @since 0.1.0
 */
export const stripHtml = (s: string): string => {
  // Most text has no "<" at all: a character search settles it without running the pattern.
  // Stryker disable next-line ConditionalExpression,StringLiteral: the pattern needs a "<" too; this only saves running it
  if (!s.includes('<')) return s
  TAG_RE.lastIndex = 0
  if (!TAG_RE.test(s)) return s
  return s
    .replace(BLOCK_RE, '\n')
    .replace(TAG_RE, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, e: string) => ENTITIES[e] as string)
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** How deep, how many keys or items, and how many bytes of text a fingerprint reads: bounded work on hostile input. */
const MAX_DEPTH = 6
const MAX_ENTRIES = 64
const MAX_BYTES = 65_536

/**
 * Text this long or longer is hashed from its UTF-8 bytes as `TextEncoder`
 * writes them; shorter ASCII text from its characters, which for a few
 * characters costs less than the call. Both read the same bytes.
 */
const NATIVE_FROM = 48

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

const isScalar = (v: unknown): boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'

/** The UTF-8 bytes of the text being hashed (`encodeInto` writes `target`; three spare bytes zero-pad the last word): made on first use. */
let scratch:
  | { readonly encoder: TextEncoder; readonly target: Uint8Array; readonly bytes: Uint8Array; readonly view: DataView }
  | undefined
/** The scratch's size: the most bytes read, and three to zero-pad the last word. */
const SCRATCH_BYTES = MAX_BYTES + 3
const scratchOf = () => {
  const bytes = new Uint8Array(SCRATCH_BYTES)
  return { encoder: new TextEncoder(), target: bytes.subarray(0, MAX_BYTES), bytes, view: new DataView(bytes.buffer) }
}

/**
 * Two 32-bit multiplicative states fed 32-bit words as the value is walked:
 * type markers and lengths as words, text as its UTF-8 bytes four to a word
 * (little-endian, the last word zero-padded), no intermediate strings. An
 * object's entries are hashed each on their own and summed, so key order
 * does not matter and no keys are sorted.
 */
class Hasher {
  h1 = SEED1
  h2 = SEED2
  /** Bytes and markers still to read: bounded work on hostile input. */
  budget = MAX_BYTES
  word(w: number): void {
    this.h1 = Math.imul(this.h1 ^ w, 0x01000193)
    this.h2 = Math.imul(this.h2 ^ w, 0x5bd1e995)
    this.budget--
  }
  /**
   * Text: its length in UTF-16 units, then its bytes. The length and the
   * bytes together tell strings apart (lone surrogates aside, which UTF-8
   * writes as U+FFFD).
   */
  text(s: string): void {
    this.word(STRING)
    this.word(s.length)
    if (s.length >= NATIVE_FROM || !this.ascii(s)) this.encoded(s)
  }
  /** Hashes ASCII text from its characters; false, having hashed nothing, at the first other character. */
  ascii(s: string): boolean {
    const n = Math.min(s.length, Math.max(this.budget, 0))
    let h1 = this.h1
    let h2 = this.h2
    let i = 0
    for (; i + 3 < n; i += 4) {
      const a = s.charCodeAt(i)
      const b = s.charCodeAt(i + 1)
      const c = s.charCodeAt(i + 2)
      const d = s.charCodeAt(i + 3)
      if ((a | b | c | d) > 0x7f) return false
      const w = a | (b << 8) | (c << 16) | (d << 24)
      h1 = Math.imul(h1 ^ w, 0x01000193)
      h2 = Math.imul(h2 ^ w, 0x5bd1e995)
    }
    if (i < n) {
      let w = 0
      for (let shift = 0; i < n; i++, shift += 8) {
        const c = s.charCodeAt(i)
        if (c > 0x7f) return false
        w |= c << shift
      }
      h1 = Math.imul(h1 ^ w, 0x01000193)
      h2 = Math.imul(h2 ^ w, 0x5bd1e995)
    }
    this.h1 = h1
    this.h2 = h2
    this.budget -= n
    return true
  }
  /** Hashes text from the bytes `TextEncoder` writes: several times faster per character than reading characters. */
  encoded(s: string): void {
    const { encoder, target, bytes, view } = (scratch ??= scratchOf())
    const n = Math.min(encoder.encodeInto(s, target).written, Math.max(this.budget, 0))
    bytes[n] = bytes[n + 1] = bytes[n + 2] = 0
    let h1 = this.h1
    let h2 = this.h2
    for (let i = 0; i < n; i += 4) {
      const w = view.getInt32(i, true)
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
      // Only what JSON cannot hold reaches here (bigint, symbol, function), and String() names each.
      // eslint-disable-next-line @typescript-eslint/no-base-to-string
      this.text(String(u))
    } else if (depth >= MAX_DEPTH) {
      // Deeper containers add nothing: counts and lengths before them keep the encoding unambiguous.
    } else if (Array.isArray(u)) {
      const n = Math.min(u.length, MAX_ENTRIES)
      this.word(ARRAY)
      this.word(n)
      for (let i = 0; i < n; i++) this.value(u[i], depth + 1)
      this.word(END)
    } else this.object(u as Record<string, unknown>, depth, false)
  }
  /**
   * An object: its entries hashed each from fresh seeds and summed, so key order does not matter
   * and no keys are sorted; with `scalars`, only its entries whose values are text, numbers or booleans.
   */
  object(u: Record<string, unknown>, depth: number, scalars: boolean): void {
    this.word(OBJECT)
    const h1 = this.h1
    const h2 = this.h2
    let sum1 = 0
    let sum2 = 0
    let count = 0
    // `for…in` reads a parsed object's own keys (JSON has no inherited ones) without the array `Object.keys` builds.
    for (const k in u) {
      const v = u[k]
      if (scalars && !isScalar(v)) continue
      if (++count > MAX_ENTRIES) break
      this.entry(k, v, depth)
      sum1 = (sum1 + this.h1) | 0
      sum2 = (sum2 + this.h2) | 0
    }
    if (count > MAX_ENTRIES) {
      // Past the bound, the same keys are read whatever their order: the first in sorted order.
      sum1 = sum2 = 0
      count = MAX_ENTRIES
      const keys = Object.keys(u).filter((k) => !scalars || isScalar(u[k]))
      for (const k of keys.sort().slice(0, MAX_ENTRIES)) {
        this.entry(k, u[k], depth)
        sum1 = (sum1 + this.h1) | 0
        sum2 = (sum2 + this.h2) | 0
      }
    }
    this.h1 = h1
    this.h2 = h2
    this.word(count)
    this.word(sum1)
    this.word(sum2)
    this.word(END)
  }
  /** What a fingerprint prints: both states mixed, as eleven base-32 digits. */
  digest(): string {
    return base32(mix(this.h2), mix(this.h1))
  }
  /** An object's entry, hashed from fresh seeds: its key, then its value. */
  entry(k: string, v: unknown, depth: number): void {
    this.h1 = SEED1
    this.h2 = SEED2
    this.text(k)
    this.value(v, depth + 1)
  }
}

/**
 * A short stable hash (55 bits, as eleven base-32 digits) of the given
 * values: the order of object keys does not matter; depth, entries and bytes
 * are bounded. For dedupe keys that must change when a payload's meaningful
 * fields change — not a security hash.
 * @category text
 * @since 0.1.0
 * @example
 * fingerprint({ a: 1, b: 'x' }) === fingerprint({ b: 'x', a: 1 }) // true
 */
export const fingerprint = (...values: unknown[]): string => {
  const h = new Hasher()
  h.word(values.length)
  for (const v of values) h.value(v, 0)
  return h.digest()
}

/**
 * The fingerprint of an object's entries whose values are text, numbers or
 * booleans: what {@link fingerprint} gives for an object of just those
 * entries, without building it. For keys of bodies whose shape is unknown:
 * bounded work, whatever they nest.
 * @category text
 * @since 0.2.0
 * @example
 * scalarFingerprint({ id: 7, event: 'x', nested: { a: 1 } }) === fingerprint({ id: 7, event: 'x' }) // true
 */
export const scalarFingerprint = (o: Record<string, unknown>): string => {
  const h = new Hasher()
  // As fingerprint(o′) starts: the count of its values, one.
  h.word(1)
  h.object(o, 0, true)
  return h.digest()
}

/** Murmur3's finalizer: every input bit reaches every output bit, so the bits a fingerprint prints are all well mixed. */
const mix = (h: number): number => {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return h ^ (h >>> 16)
}

/** The character codes of the base-32 digits, `0`–`9` then `a`–`v`. */
const DIGITS = /*#__PURE__*/ Uint8Array.from('0123456789abcdefghijklmnopqrstuv', (c) => c.charCodeAt(0))

/** The base-32 digit of the five bits of `n` from bit `shift` up. */
const digit = (n: number, shift: number): number => DIGITS[(n >>> shift) & 31] as number

/**
 * The 32 bits of `high` then the top 23 bits of `low`, as eleven base-32
 * digits (`0`–`9`, `a`–`v`), made as one string from their character codes:
 * a fraction of the cost of concatenating pieces, base-36 division or `toString`.
 * @internal
 */
export const base32 = (high: number, low: number): string =>
  String.fromCharCode(
    digit(high, 27),
    digit(high, 22),
    digit(high, 17),
    digit(high, 12),
    digit(high, 7),
    digit(high, 2),
    digit(((high & 3) << 3) | (low >>> 29), 0),
    digit(low, 24),
    digit(low, 19),
    digit(low, 14),
    digit(low, 9),
  )
