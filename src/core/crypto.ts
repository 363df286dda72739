/**
 * HMAC over WebCrypto (every runtime has it: Node ≥ 18, Bun, Deno, Workers)
 * and comparison in constant time.
 *
 * @module
 */
import { toBytes, type RawBody } from './body.js'
import { getHeader, type HeadersLike } from './headers.js'

/**
 * The outcome of verifying a webhook request. `reason` is one of
 * `missing_signature`, `malformed_signature`, `signature_mismatch`,
 * `missing_timestamp`, `malformed_timestamp`, `timestamp_out_of_range`,
 * `missing_secret`, `secret_has_whitespace`, `invalid_body`, `missing_token`,
 * `token_mismatch`, `verification_error`.
 * @category verification
 * @since 0.1.0
 */
export type VerifyResult = { readonly ok: true } | { readonly ok: false; readonly reason: VerifyFailure }

/**
 * Why verification failed.
 * @category verification
 * @since 0.1.0
 */
export type VerifyFailure =
  | 'missing_signature'
  | 'malformed_signature'
  | 'signature_mismatch'
  | 'missing_timestamp'
  | 'malformed_timestamp'
  | 'timestamp_out_of_range'
  | 'missing_secret'
  | 'secret_has_whitespace'
  | 'invalid_body'
  | 'missing_token'
  | 'token_mismatch'
  | 'verification_error'

/** @internal */
export const fail = (reason: VerifyFailure): VerifyResult => ({ ok: false, reason })
/** @internal */
export const OK: VerifyResult = { ok: true }

/**
 * The hash a provider signs with.
 * @category verification
 * @since 0.1.0
 */
export type HmacHash = 'SHA-256' | 'SHA-512'

/**
 * HMAC of `message` under `secret` (UTF-8), as bytes.
 * @category verification
 * @since 0.1.0
 */
export const hmac = async (hash: HmacHash, secret: string, message: Uint8Array): Promise<Uint8Array> => {
  // Stryker disable next-line BooleanLiteral: the key never leaves this function, extractable or not
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash }, false, ['sign'])
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, message as Uint8Array<ArrayBuffer>))
}

/**
 * Lower-case hex of bytes.
 * @category verification
 * @since 0.1.0
 */
export const toHex = (bytes: Uint8Array): string => {
  let s = ''
  for (const b of bytes) s += b.toString(16).padStart(2, '0')
  return s
}

/**
 * Bytes of a hex string of exactly `length` bytes, or `undefined` when it is
 * not that (any case accepted).
 * @category verification
 * @since 0.1.0
 */
export const fromHex = (hex: string, length: number): Uint8Array | undefined => {
  if (hex.length !== length * 2 || !/^[0-9a-fA-F]*$/.test(hex)) return undefined
  const out = new Uint8Array(length)
  // Stryker disable next-line EqualityOperator: a typed array ignores a write past its end
  for (let i = 0; i < length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}

/**
 * Compares two byte strings without an early exit at the first differing
 * byte. Lengths are not secret (digests have fixed sizes), so unequal lengths
 * return at once.
 * @category verification
 * @since 0.1.0
 */
export const timingSafeEqual = (a: Uint8Array, b: Uint8Array): boolean => {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number)
  return diff === 0
}

/**
 * Checks the secrets a caller passed: at least one, none empty, none with
 * surrounding whitespace (a pasted secret with a trailing newline is the most
 * common cause of "signatures never match").
 * @category verification
 * @since 0.1.0
 */
export const checkSecrets = (
  secret: string | readonly string[],
): { readonly ok: false; readonly reason: VerifyFailure } | { readonly ok: true; readonly secrets: readonly string[] } => {
  const secrets = typeof secret === 'string' ? [secret] : Array.isArray(secret) ? secret : []
  if (secrets.length === 0 || secrets.some((s) => typeof s !== 'string' || s === '')) return { ok: false, reason: 'missing_secret' }
  if (secrets.some((s) => s.trim() !== s)) return { ok: false, reason: 'secret_has_whitespace' }
  return { ok: true, secrets }
}

/**
 * The first checks of every signature verification: the signature header is
 * present, and the configured secrets are usable. Returns the failure, or
 * the header's value (trimmed) and the secrets.
 * @category verification
 * @since 0.2.0
 */
export const signatureAndSecrets = (
  headers: HeadersLike,
  name: string,
  secret: string | readonly string[],
): { readonly ok: false; readonly reason: VerifyFailure } | { readonly ok: true; readonly signature: string; readonly secrets: readonly string[] } => {
  const header = getHeader(headers, name)
  if (header === undefined || header === '') return { ok: false, reason: 'missing_signature' }
  const checked = checkSecrets(secret)
  return checked.ok ? { ok: true, signature: header.trim(), secrets: checked.secrets } : checked
}

/**
 * Whether `signature` is the HMAC of `message` under any of `secrets`. Every
 * secret is tried, so the time does not tell which one matched.
 * @category verification
 * @since 0.1.0
 */
export const matchesAny = async (hash: HmacHash, secrets: readonly string[], message: Uint8Array, signature: Uint8Array): Promise<boolean> => {
  let ok = false
  for (const s of secrets) if (timingSafeEqual(await hmac(hash, s, message), signature)) ok = true
  return ok
}

/**
 * The body's bytes, or `undefined` when it is not text or bytes.
 * @category verification
 * @since 0.1.0
 */
export const bodyBytes = (body: unknown): Uint8Array | undefined =>
  typeof body === 'string' || body instanceof Uint8Array || body instanceof ArrayBuffer ? toBytes(body as RawBody) : undefined

/**
 * Whether a presented token equals any of `secrets`. Both sides are hashed
 * with SHA-256 first, so the comparison runs over fixed-size digests in
 * constant time and the secrets' length does not leak; every secret is
 * tried.
 * @category verification
 * @since 0.2.0
 */
export const tokenMatchesAny = async (secrets: readonly string[], presented: string): Promise<boolean> => {
  const digest = async (s: string) => new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s)))
  const got = await digest(presented)
  let ok = false
  for (const s of secrets) if (timingSafeEqual(await digest(s), got)) ok = true
  return ok
}
