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
    .replace(BLOCK_RE, (m) => (m.toLowerCase().startsWith('<br') ? '\n' : m + '\n'))
    .replace(TAG_RE, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, e: string) => ENTITIES[e] ?? '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** How deep and how long a fingerprinted value may be before it is cut: bounded work on hostile input. */
const MAX_DEPTH = 6
const MAX_LENGTH = 4096

const canonical = (u: unknown, depth: number, out: string[]): void => {
  if (out.length > MAX_LENGTH) return
  if (u === null || typeof u !== 'object') {
    out.push(typeof u === 'string' ? JSON.stringify(u) : String(u))
    return
  }
  if (depth >= MAX_DEPTH) {
    out.push('…')
    return
  }
  if (Array.isArray(u)) {
    out.push('[')
    for (const v of u.slice(0, 64)) canonical(v, depth + 1, out)
    out.push(']')
    return
  }
  out.push('{')
  for (const k of Object.keys(u).sort().slice(0, 64)) {
    out.push(JSON.stringify(k), ':')
    canonical((u as Record<string, unknown>)[k], depth + 1, out)
  }
  out.push('}')
}

/**
 * A short stable hash (53-bit FNV-1a variant, base 36) of the given values:
 * object keys sorted, depth and length bounded. For dedupe keys that must
 * change when a payload's meaningful fields change — not a security hash.
 * @category text
 * @since 0.1.0
 */
export const fingerprint = (...values: unknown[]): string => {
  const parts: string[] = []
  for (const v of values) {
    canonical(v, 0, parts)
    parts.push('|')
  }
  const s = parts.join('')
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = Math.imul(h2 ^ c, 0x5bd1e995)
  }
  return ((h2 >>> 0) * 0x200000 + ((h1 >>> 0) & 0x1fffff)).toString(36)
}
