/**
 * HMAC over WebCrypto (every runtime has it: Node ≥ 18, Bun, Deno, Workers)
 * and comparison in constant time.
 *
 * @module
 */
import type { Soon } from './attempt.js'
import { toBytes } from './body.js'
import { getHeader, type HeadersLike } from './headers.js'
import { hmacBytes, type HmacHash } from './hmac.js'
import { REASONS, type VerifyFailure } from './reasons.js'

export type { HmacHash } from './hmac.js'

export type { VerifyFailure } from './reasons.js'

/**
 * The outcome of verifying a webhook request: `ok`, or why not — a `reason`
 * code (see {@link VerifyFailure}; docs/guides/errors.md lists them all) and
 * a `message` that says what was wrong and how to fix it.
 * @category verification
 * @since 0.1.0
 */
export type VerifyResult =
  | {
      readonly ok: true
      /** `true` when the provider signs nothing (Proto), so there was nothing to check. */
      readonly unsigned?: true
    }
  | VerifyRefusal

/**
 * A failed verification.
 * @category verification
 * @since 0.3.0
 */
export interface VerifyRefusal {
  readonly ok: false
  readonly reason: VerifyFailure
  /** What was wrong and how to fix it, for logs and developers; never holds payload or secret values. */
  readonly message: string
}

/** @internal */
export const fail = (reason: VerifyFailure): VerifyRefusal => ({ ok: false, reason, message: REASONS[reason] })
/** @internal */
export const OK: VerifyResult = { ok: true }
/** What `verify` answers for a provider that signs nothing. @internal */
export const UNSIGNED: VerifyResult = { ok: true, unsigned: true }

/**
 * A verification that never throws nor rejects: a failure of its own is
 * `verification_error`.
 * @internal
 */
export const guarded =
  <O>(check: (options: O) => Soon<VerifyResult>) =>
  (options: O): Soon<VerifyResult> => {
    try {
      const result = check(options)
      return result instanceof Promise ? result.catch(() => fail('verification_error')) : result
    } catch {
      return fail('verification_error')
    }
  }

/**
 * HMAC of `message` under `secret` (UTF-8), as bytes: node:crypto under the
 * `node` condition (at once), WebCrypto (each key imported once)
 * elsewhere.
 * @category verification
 * @since 0.1.0
 */
export const hmac = (
  hash: HmacHash,
  secret: string,
  message: Uint8Array | string | readonly (string | Uint8Array)[],
): Soon<Uint8Array> =>
  hmacBytes(hash, secret, typeof message === 'string' || message instanceof Uint8Array ? [message] : message)

/**
 * The secret `sign` was given, checked: an empty or missing secret (an unset
 * environment variable) is a programming error, so it throws one that says so
 * instead of the platform's `DataError`.
 * @internal
 */
export const signingSecret = (secret: unknown): string => {
  if (typeof secret !== 'string' || secret === '')
    throw new TypeError(
      `chat-webhooks: sign needs the webhook's secret and got ${secret === '' ? 'an empty string' : typeof secret} (is the environment variable set?)`,
    )
  return secret
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
  if (hex.length !== length * 2 || !/^[0-9a-f]*$/i.test(hex)) return undefined
  const out = new Uint8Array(length)
  // Stryker disable next-line EqualityOperator: a typed array ignores a write past its end
  for (let i = 0; i < length; i++) out[i] = (nibble(hex.charCodeAt(2 * i)) << 4) | nibble(hex.charCodeAt(2 * i + 1))
  return out
}

/** A hex digit's value, from its character code (already checked to be a hex digit): a seventh of `parseInt` on a slice. */
const nibble = (c: number): number => (c <= 57 ? c - 48 : (c | 32) - 87)

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
): VerifyRefusal | { readonly ok: true; readonly secrets: readonly string[] } => {
  // Checked as values of unknown type: JavaScript callers may pass anything.
  const given: readonly unknown[] =
    typeof secret === 'string' ? [secret] : Array.isArray(secret) ? (secret as readonly unknown[]) : []
  if (given.length === 0 || given.some((s) => typeof s !== 'string' || s === '')) return fail('missing_secret')
  const secrets = given as readonly string[]
  if (secrets.some((s) => s.trim() !== s)) return fail('secret_has_whitespace')
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
): VerifyRefusal | { readonly ok: true; readonly signature: string; readonly secrets: readonly string[] } => {
  const header = getHeader(headers, name)
  if (header === undefined || header === '') return fail('missing_signature')
  const checked = checkSecrets(secret)
  return checked.ok ? { ok: true, signature: header.trim(), secrets: checked.secrets } : checked
}

/**
 * Whether `signature` is the HMAC of `message` under any of `secrets`. Every
 * secret is tried, so the time does not tell which one matched.
 * @category verification
 * @since 0.1.0
 */
export const matchesAny = (
  hash: HmacHash,
  secrets: readonly string[],
  message: Uint8Array | string | readonly (string | Uint8Array)[],
  signature: Uint8Array,
): Soon<boolean> => {
  const macs = secrets.map((s) => hmac(hash, s, message))
  const anyMatches = (all: readonly Uint8Array[]): boolean => {
    let ok = false
    for (const mac of all) if (timingSafeEqual(mac, signature)) ok = true
    return ok
  }
  // Stryker disable next-line MethodExpression: one HMAC module answers every call alike, all promises or none
  return macs.some((mac) => mac instanceof Promise)
    ? // Some are promises (WebCrypto); the others are waited for alongside.
      // eslint-disable-next-line @typescript-eslint/await-thenable
      Promise.all(macs).then(anyMatches)
    : anyMatches(macs as Uint8Array[])
}

/**
 * The body as it was given when it is text or bytes (an `ArrayBuffer` viewed as
 * bytes), without copying it, or `undefined` when it is neither: what an HMAC
 * is fed.
 * @category verification
 * @since 0.3.0
 */
export const bodyContent = (body: unknown): string | Uint8Array | undefined =>
  typeof body === 'string' || body instanceof Uint8Array
    ? body
    : body instanceof ArrayBuffer
      ? new Uint8Array(body)
      : undefined

/**
 * The checks before the HMAC of a body signed in one header as `<prefix><hex>`
 * (`sha256=…`, `sha1=…`, or bare hex with `prefix` empty): the header is
 * there, the secrets are usable, the rest of the header is `bytes` bytes of
 * hex (either case), and the body is text or bytes. Returns the refusal, or
 * what {@link matchesAny} is given.
 * @internal
 */
export const hexSignedBody = (
  options: { readonly headers: HeadersLike; readonly secret: string | readonly string[]; readonly body: unknown },
  header: string,
  prefix: string,
  bytes: number,
):
  | VerifyRefusal
  | {
      readonly ok: true
      readonly secrets: readonly string[]
      readonly signature: Uint8Array
      readonly body: string | Uint8Array
    } => {
  const start = signatureAndSecrets(options.headers, header, options.secret)
  if (!start.ok) return start
  const signature = start.signature.startsWith(prefix)
    ? fromHex(start.signature.slice(prefix.length), bytes)
    : undefined
  if (!signature) return fail('malformed_signature')
  const body = bodyContent(options.body)
  if (body === undefined) return fail('invalid_body')
  return { ok: true, secrets: start.secrets, signature, body }
}

/**
 * The body's bytes, or `undefined` when it is not text or bytes.
 * @category verification
 * @since 0.1.0
 */
export const bodyBytes = (body: unknown): Uint8Array | undefined =>
  typeof body === 'string' || body instanceof Uint8Array || body instanceof ArrayBuffer ? toBytes(body) : undefined

/**
 * Whether a presented token equals any of `secrets`, in constant time: each
 * comparison runs over the whole configured secret whatever the presented
 * token holds, so the time tells nothing of where they differ (only the
 * configured secret's own length, which the loop runs over); every secret is
 * tried.
 * @category verification
 * @since 0.2.0
 */
export const tokenMatchesAny = (secrets: readonly string[], presented: string): boolean => {
  let ok = false
  for (const s of secrets) if (sameText(s, presented)) ok = true
  return ok
}

/**
 * `a === b`, with no early exit: the loop runs over `a`, and a length difference counts as a difference.
 * Past `b`'s end `charCodeAt` gives `NaN`, which `^` reads as 0.
 */
const sameText = (a: string, b: string): boolean => {
  let diff = a.length ^ b.length
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}

/** What relative URLs are resolved against: only their query string is read. */
const URL_BASE = 'http://localhost'

/**
 * Whether the URL's `parameter` query parameter is one of `secret`, compared
 * in constant time: `missing_token` when the URL has none (or cannot be
 * read), `malformed_signature` when it has several — a request that appends
 * a second token must not pass on either — and `token_mismatch` otherwise.
 * @category verification
 * @since 0.3.0
 */
export const verifyUrlToken = (
  url: string | URL | undefined,
  parameter: string,
  secret: string | readonly string[],
): VerifyResult => {
  const configured = checkSecrets(secret)
  if (!configured.ok) return configured
  let parsed: URL
  try {
    // Stryker disable next-line StringLiteral: no URL reads as the base itself, and text without "?" has no query either
    parsed = url instanceof URL ? url : new URL(url ?? '', URL_BASE)
  } catch {
    return fail('missing_token')
  }
  const presented = parsed.searchParams.getAll(parameter)
  if (presented.length > 1) return fail('malformed_signature')
  if (presented.length === 0 || presented[0] === '') return fail('missing_token')
  return tokenMatchesAny(configured.secrets, presented[0] as string) ? OK : fail('token_mismatch')
}
