/**
 * Chatwoot request signatures (Chatwoot ≥ 4.12 for account webhooks, ≥ 4.13
 * for API inboxes and agent bots): `X-Chatwoot-Signature: sha256=<hex>` is the
 * HMAC-SHA256 of `"<X-Chatwoot-Timestamp>.<raw body>"` under the webhook's
 * secret. Installation, automation-rule and macro webhooks are unsigned.
 *
 * @module
 */
import type { Verification } from '../../core/contract.js'
import { toBytes, type RawBody } from '../../core/body.js'
import { andThen, attempt, type Soon } from '../../core/attempt.js'
import {
  bodyBytes,
  bodyContent,
  fail,
  fromHex,
  guarded,
  hmac,
  matchesAny,
  OK,
  signatureAndSecrets,
  signingSecret,
  toHex,
  verifyUrlToken,
  type VerifyResult,
} from '../../core/crypto.js'
import { getHeader, type HeadersLike } from '../../core/headers.js'

const SIGNATURE = 'x-chatwoot-signature'
const TIMESTAMP = 'x-chatwoot-timestamp'
/** @internal */
export const DELIVERY = 'x-chatwoot-delivery'

/**
 * How Chatwoot authenticates its webhooks.
 * @category verification
 * @since 0.1.0
 */
export const verification = {
  kind: 'hmac-sha256',
  signatureHeader: SIGNATURE,
  timestampHeader: TIMESTAMP,
  deliveryHeader: DELIVERY,
  /** What is signed: the timestamp header, a dot, and the raw body bytes. */
  signedContent: '{timestamp}.{body}',
  format: 'sha256=<lowercase hex>',
  defaultToleranceSeconds: 300,
} as const satisfies Verification

/**
 * What {@link verify} needs.
 * @category verification
 * @since 0.1.0
 */
export interface VerifyOptions {
  /** The webhook's secret; several during a rotation (any may match). */
  readonly secret: string | readonly string[]
  /** The raw request body, exactly as received: re-serialized JSON does not match. */
  readonly body: RawBody
  readonly headers: HeadersLike
  /** How far the timestamp may be from now, either way. Default 300. */
  readonly toleranceSeconds?: number
  /** The clock (for tests). */
  readonly now?: () => Date
  /**
   * Accept Chatwoot's unsigned webhooks — automation rules' and macros'
   * "send webhook event" actions and the installation webhook, which Chatwoot
   * sends without a signature — when the request's URL carries this token
   * (`?token=…`, compared in constant time) and the body is one of those
   * events. Put a long random token in those webhook URLs in Chatwoot; every
   * other event still needs its signature. Several during a rotation.
   */
  readonly unsignedToken?: string | readonly string[]
  /** The URL the request was posted to (absolute, or the path and query): where `unsignedToken` is read. */
  readonly url?: string | URL
}

/** The events Chatwoot sends unsigned (docs/providers/chatwoot.md §1–2): what `unsignedToken` may let through, and nothing else. */
const isUnsignedEvent = (event: unknown): boolean =>
  typeof event === 'string' &&
  (event === 'account_created' || event === 'macro.executed' || event.startsWith('automation_event.'))

/** Chatwoot's unsigned webhooks, let through by the token in their URL. */
const verifyUnsigned = (
  options: VerifyOptions,
  unsignedToken: string | readonly string[],
  body: Uint8Array,
): VerifyResult => {
  const token = verifyUrlToken(options.url, 'token', unsignedToken)
  if (!token.ok) return token.reason === 'missing_token' ? fail('missing_signature') : token
  // The token authenticated the sender; the scope is checked on the event it sent (none in a body that
  // is not a JSON object).
  const event = attempt(
    () => (JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)) as { event?: unknown }).event,
    undefined,
  )
  return isUnsignedEvent(event) ? OK : fail('missing_signature')
}

/** What Chatwoot signs: the timestamp, a dot, and the body, fed to the HMAC part by part. */
const signedContent = (timestamp: string, body: string | Uint8Array): readonly (string | Uint8Array)[] => [
  `${timestamp}.`,
  body,
]

/**
 * Verifies a Chatwoot request's signature and timestamp. Never throws. With
 * `unsignedToken`, an unsigned automation-rule, macro or installation webhook
 * passes when its URL carries that token.
 * @category verification
 * @since 0.1.0
 * @example
 * const body = await request.text()
 * const result = await chatwoot.verify({ secret: env.CHATWOOT_SECRET, body, headers: request.headers })
 * if (!result.ok) return new Response(result.message, { status: 401 })
 */
export const verify = (options: VerifyOptions): Promise<VerifyResult> => Promise.resolve(verifyNow(options))

/** {@link verify}, answering at once where the HMAC does (node:crypto, under the `node` condition). @internal */
export const verifyNow = /*#__PURE__*/ guarded((options: VerifyOptions): Soon<VerifyResult> => {
  if (options.unsignedToken !== undefined && !getHeader(options.headers, SIGNATURE)) {
    const body = bodyBytes(options.body)
    return body ? verifyUnsigned(options, options.unsignedToken, body) : fail('invalid_body')
  }
  const start = signatureAndSecrets(options.headers, SIGNATURE, options.secret)
  if (!start.ok) return start
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(start.signature)
  const signature = match ? fromHex(match[1] as string, 32) : undefined
  if (!signature) return fail('malformed_signature')
  const timestamp = getHeader(options.headers, TIMESTAMP)?.trim()
  if (timestamp === undefined || timestamp === '') return fail('missing_timestamp')
  if (!/^\d{1,12}$/.test(timestamp)) return fail('malformed_timestamp')
  const now = (options.now?.() ?? new Date()).getTime() / 1000
  const tolerance = options.toleranceSeconds ?? verification.defaultToleranceSeconds
  if (!(Math.abs(now - Number(timestamp)) <= tolerance)) return fail('timestamp_out_of_range')
  const body = bodyContent(options.body)
  if (body === undefined) return fail('invalid_body')
  return andThen(matchesAny('SHA-256', start.secrets, signedContent(timestamp, body), signature), (ok) =>
    ok ? OK : fail('signature_mismatch'),
  )
})

/**
 * The headers Chatwoot would send with `body`: for tests of your own endpoint.
 * Rejects with a `chat-webhooks:` error when `secret` is empty.
 * @category verification
 * @since 0.1.0
 * @example
 * const headers = await chatwoot.sign({ secret: 'test-secret', body })
 * await fetch(url, { method: 'POST', body, headers })
 */
export const sign = async (options: {
  readonly secret: string
  readonly body: RawBody
  /** Unix seconds; default now. */
  readonly timestamp?: number
}): Promise<Record<string, string>> => {
  const secret = signingSecret(options.secret)
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000))
  const mac = await hmac('SHA-256', secret, signedContent(timestamp, toBytes(options.body)))
  return {
    'content-type': 'application/json',
    [TIMESTAMP]: timestamp,
    [SIGNATURE]: `sha256=${toHex(mac)}`,
  }
}
