/**
 * HMAC over WebCrypto, for every runtime (Workers, browsers, Node, Bun,
 * Deno). Under the `node` condition the package's `#hmac` import resolves to
 * `hmac.node.ts` instead, which uses node:crypto — faster where it exists
 * (see tsup.config.ts).
 *
 * @module
 */

/**
 * The hash a provider signs with (SHA-1: Intercom's `X-Hub-Signature`).
 * @category verification
 * @since 0.1.0
 */
export type HmacHash = 'SHA-1' | 'SHA-256' | 'SHA-512'

/** Imported HMAC keys, by hash and secret: importing one costs more than the signature it makes. */
const KEYS = new Map<string, Promise<CryptoKey>>()
/** Enough for every secret of every provider and rotation an endpoint has; the oldest goes first beyond it. */
const MAX_KEYS = 64

/** The HMAC key of `secret` for `hash`, imported once and reused. */
const keyOf = (hash: HmacHash, secret: string): Promise<CryptoKey> => {
  const id = `${hash}\u0000${secret}`
  let key = KEYS.get(id)
  if (!key) {
    // Stryker disable next-line BooleanLiteral: the key never leaves this module, extractable or not
    key = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash }, false, ['sign'])
    // A failed import is not kept: the next call tries again.
    key.catch(() => KEYS.delete(id))
    if (KEYS.size >= MAX_KEYS) KEYS.delete(KEYS.keys().next().value as string)
    KEYS.set(id, key)
  }
  return key
}

/** Text as UTF-8 bytes, bytes as they are. */
const ENCODER = /*#__PURE__*/ new TextEncoder()

/** The parts of a message, one after the other, as bytes. */
const joined = (parts: readonly (string | Uint8Array)[]): Uint8Array => {
  // Stryker disable next-line ConditionalExpression: a copy of the one part has the same bytes; this spares it
  if (parts.length === 1 && parts[0] instanceof Uint8Array) return parts[0]
  const bytes = parts.map((p) => (typeof p === 'string' ? ENCODER.encode(p) : p))
  const out = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0))
  let at = 0
  for (const b of bytes) {
    out.set(b, at)
    at += b.length
  }
  return out
}

/**
 * HMAC of the message made of `parts` (text as UTF-8) under `secret`: later,
 * as WebCrypto answers; `hmac.node.ts` answers at once. @internal
 */
export const hmacBytes = (
  hash: HmacHash,
  secret: string,
  parts: readonly (string | Uint8Array)[],
): Promise<Uint8Array> | Uint8Array =>
  keyOf(hash, secret).then(
    async (key) => new Uint8Array(await crypto.subtle.sign('HMAC', key, joined(parts) as Uint8Array<ArrayBuffer>)),
  )
