/**
 * Intercom request signatures: `X-Hub-Signature: sha1=<hex>`, the HMAC-SHA1 of
 * the raw body under the app's **client secret** (Developer Hub → the app →
 * Basic information), one secret for every workspace that installed the app
 * (docs/providers/intercom.md §7). SHA-1, not SHA-256: code that checks with
 * SHA-256 never matches. No timestamp is signed or sent, so a captured request
 * can be replayed: deduplicate with `dedupeKey`. Intercom has no secret
 * rotation of its own; pass both secrets while you swap them.
 *
 * When a webhook URL is saved, Intercom checks it with a `HEAD` request, which
 * carries no body and no signature: the front door answers it (200, no events).
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
  type VerifyResult,
} from '../../core/crypto.js'
import type { HeadersLike } from '../../core/headers.js'

const SIGNATURE = 'x-hub-signature'

/**
 * How Intercom authenticates its webhooks.
 * @category verification
 * @since 0.3.0
 */
export const verification = {
  kind: 'hmac-sha1',
  signatureHeader: SIGNATURE,
  /** What is signed: the raw body alone (no timestamp: deduplicate to defend against replays). */
  signedContent: '{body}',
  format: 'sha1=<lowercase hex>',
} as const satisfies Verification

/**
 * What {@link verify} needs.
 * @category verification
 * @since 0.3.0
 */
export interface VerifyOptions {
  /** The app's client secret; several while you swap them (one matching is enough). */
  readonly secret: string | readonly string[]
  /** The raw request body, exactly as received. */
  readonly body: RawBody
  readonly headers: HeadersLike
}

/**
 * Verifies an Intercom request's `X-Hub-Signature`. Never throws: fails with
 * `missing_signature`, `malformed_signature` (not `sha1=` and 40 hex digits),
 * `signature_mismatch`, `invalid_body`, or an unusable secret's reason.
 * @category verification
 * @since 0.3.0
 * @example
 * const body = await request.text()
 * const result = await intercom.verify({ secret: env.INTERCOM_CLIENT_SECRET, body, headers: request.headers })
 * if (!result.ok) return new Response(result.message, { status: 401 })
 */
export const verify = (options: VerifyOptions): Promise<VerifyResult> => Promise.resolve(verifyNow(options))

/** {@link verify}, answering at once where the HMAC does (node:crypto, under the `node` condition). @internal */
export const verifyNow = /*#__PURE__*/ guarded((options: VerifyOptions): Soon<VerifyResult> => {
  const start = hexSignedBody(options, SIGNATURE, 'sha1=', 20)
  if (!start.ok) return start
  return andThen(matchesAny('SHA-1', start.secrets, start.body, start.signature), (ok) =>
    ok ? OK : fail('signature_mismatch'),
  )
})

/**
 * The headers Intercom would send with `body`: for tests of your own endpoint.
 * Rejects with a `chat-webhooks:` error when `secret` is empty.
 * @category verification
 * @since 0.3.0
 * @example
 * const headers = await intercom.sign({ secret: 'test-client-secret', body })
 * await fetch(url, { method: 'POST', body, headers })
 */
export const sign = async (options: {
  readonly secret: string
  readonly body: RawBody
}): Promise<Record<string, string>> => ({
  'content-type': 'application/json',
  [SIGNATURE]: `sha1=${toHex(await hmac('SHA-1', signingSecret(options.secret), toBytes(options.body)))}`,
})
