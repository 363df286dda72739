/**
 * WhatsApp request signatures, and the GET handshake that subscribes a
 * callback URL.
 *
 * Meta signs every POST with `X-Hub-Signature-256: sha256=<hex>`, the
 * HMAC-SHA256 of the raw body under the Meta app's **app secret** (App
 * Dashboard → Settings → Basic) — not the verify token. No timestamp is
 * signed or sent, so a captured request can be replayed for as long as the
 * secret lives: deduplicate with `dedupeKey` (Meta itself redelivers for up
 * to 7 days).
 *
 * Meta sends its bodies with `/` escaped as `\/` and every non-ASCII
 * character as `\uXXXX`, and signs those bytes: a body parsed and serialized
 * again never matches once it holds an accent, an emoji or a URL
 * (docs/providers/whatsapp.md §4.3). {@link verify} says so when the body it
 * was given shows it.
 *
 * @module
 */
import type { Verification } from '../../core/contract.js'
import { toBytes, type RawBody } from '../../core/body.js'
import { andThen, type Soon } from '../../core/attempt.js'
import {
  fail,
  guarded,
  hexSignedBody,
  hmac,
  matchesAny,
  OK,
  signingSecret,
  toHex,
  tokenMatchesAny,
  type VerifyResult,
} from '../../core/crypto.js'
import type { HeadersLike } from '../../core/headers.js'
import type { VerifyFailure } from '../../core/reasons.js'

const SIGNATURE = 'x-hub-signature-256'

/**
 * How WhatsApp authenticates its webhooks.
 * @category verification
 * @since 0.3.0
 */
export const verification = {
  kind: 'hmac-sha256',
  signatureHeader: SIGNATURE,
  /** What is signed: the raw body alone (no timestamp: deduplicate to defend against replays). */
  signedContent: '{body}',
  format: 'sha256=<lowercase hex>',
} as const satisfies Verification

/**
 * What {@link verify} needs.
 * @category verification
 * @since 0.3.0
 */
export interface VerifyOptions {
  /** The Meta app's app secret; several after a reset (deliveries signed with the old one may still come). */
  readonly secret: string | readonly string[]
  /** The raw request body, exactly as received: Meta's escaping does not survive a parse. */
  readonly body: RawBody
  readonly headers: HeadersLike
}

/** Whether bytes hold what Meta never sends unescaped: a byte over 0x7f, or a `/` without its backslash. */
const reserialized = (body: string | Uint8Array): boolean => {
  // Stryker disable next-line EqualityOperator: a read past the end gives NaN or undefined, which neither test takes
  for (let i = 0; i < body.length; i++) {
    const c = typeof body === 'string' ? body.charCodeAt(i) : (body[i] as number)
    if (c > 0x7f) return true
    // Before the first character the read gives NaN or undefined: no backslash.
    if (c === 0x2f && (typeof body === 'string' ? body.charCodeAt(i - 1) : body[i - 1]) !== 0x5c) return true
  }
  return false
}

const RESERIALIZED =
  'this body holds a "/" or a non-ASCII character as it is, which Meta always sends escaped ("\\/", "\\u00e9"): it was parsed and serialized again, or decoded, before it got here. Pass the raw bytes (Express express.raw(), Fastify parseAs: "buffer", Workers await request.text())'

const mismatch = (body: string | Uint8Array): VerifyResult =>
  reserialized(body) ? { ok: false, reason: 'signature_mismatch', message: RESERIALIZED } : fail('signature_mismatch')

/**
 * Verifies a WhatsApp request's `X-Hub-Signature-256`. Never throws. When
 * the signature does not match a body that Meta could not have sent as it
 * is (a `/` unescaped, a non-ASCII character), the message says the body was
 * re-serialized.
 * @category verification
 * @since 0.3.0
 * @example
 * const body = await request.text()
 * const result = await whatsapp.verify({ secret: env.META_APP_SECRET, body, headers: request.headers })
 * if (!result.ok) return new Response(result.message, { status: 401 })
 */
export const verify = (options: VerifyOptions): Promise<VerifyResult> => Promise.resolve(verifyNow(options))

/** {@link verify}, answering at once where the HMAC does (node:crypto, under the `node` condition). @internal */
export const verifyNow = /*#__PURE__*/ guarded((options: VerifyOptions): Soon<VerifyResult> => {
  const start = hexSignedBody(options, SIGNATURE, 'sha256=', 32)
  if (!start.ok) return start
  return andThen(matchesAny('SHA-256', start.secrets, start.body, start.signature), (ok) =>
    ok ? OK : mismatch(start.body),
  )
})

/**
 * The headers Meta would send with `body`: for tests of your own endpoint.
 * Rejects with a `chat-webhooks:` error when `secret` is empty.
 * @category verification
 * @since 0.3.0
 * @example
 * const headers = await whatsapp.sign({ secret: 'test-app-secret', body })
 * await fetch(url, { method: 'POST', body, headers })
 */
export const sign = async (options: {
  readonly secret: string
  readonly body: RawBody
}): Promise<Record<string, string>> => ({
  'content-type': 'application/json',
  [SIGNATURE]: `sha256=${toHex(await hmac('SHA-256', signingSecret(options.secret), toBytes(options.body)))}`,
})

/**
 * What {@link verifyChallenge} answers: the text to send back with a 200, or
 * why not (answer 403).
 * @category verification
 * @since 0.3.0
 */
export type ChallengeResult =
  | { readonly ok: true; readonly challenge: string }
  | { readonly ok: false; readonly reason: VerifyFailure; readonly message: string }

const refused = (reason: VerifyFailure, message: string): ChallengeResult => ({ ok: false, reason, message })

/**
 * The GET handshake Meta sends when a callback URL is saved (App Dashboard,
 * or a per-account `override_callback_uri`):
 * `?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`. When the token is
 * yours (compared in constant time; several accepted, for per-account
 * tokens), answer 200 with `challenge` as the plain-text body; otherwise 403.
 * Never throws. The verify token is the text you typed in the dashboard, not
 * the app secret.
 * @category verification
 * @since 0.3.0
 * @example
 * // GET /webhooks/whatsapp
 * const r = whatsapp.verifyChallenge({ url: request.url, verifyToken: env.WHATSAPP_VERIFY_TOKEN })
 * return r.ok ? new Response(r.challenge) : new Response(r.message, { status: 403 })
 */
export const verifyChallenge = (options: {
  /** The request URL: absolute, or the path and query (Express `req.originalUrl`). */
  readonly url: string | URL
  readonly verifyToken: string | readonly string[]
}): ChallengeResult => {
  try {
    const tokens = (typeof options.verifyToken === 'string' ? [options.verifyToken] : options.verifyToken).filter(
      (s) => typeof s === 'string' && s !== '',
    )
    if (tokens.length === 0)
      return refused(
        'missing_secret',
        'no verify token was given: pass the one typed in the App Dashboard (an unset environment variable gives an empty or undefined one)',
      )
    const query =
      options.url instanceof URL ? options.url.searchParams : new URL(options.url, 'http://localhost').searchParams
    if (query.get('hub.mode') !== 'subscribe')
      return refused('missing_token', 'the request is not a subscription handshake: its URL has no hub.mode=subscribe')
    const token = query.get('hub.verify_token')
    if (!token)
      return refused(
        'missing_token',
        'the handshake has no hub.verify_token: Meta sends the verify token typed in the App Dashboard',
      )
    if (!tokenMatchesAny(tokens, token))
      return refused(
        'token_mismatch',
        'hub.verify_token is not the configured verify token: use the text typed in the App Dashboard’s webhook settings (not the app secret)',
      )
    const challenge = query.get('hub.challenge')
    return challenge === null
      ? refused('missing_token', 'the handshake has no hub.challenge to answer with')
      : { ok: true, challenge }
  } catch {
    return refused('missing_token', 'the URL could not be read: pass the request URL, absolute or its path and query')
  }
}
