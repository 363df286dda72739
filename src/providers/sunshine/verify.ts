/**
 * Sunshine Conversations webhook authentication: Sunshine signs nothing. Each
 * webhook has a shared secret, and every request carries it, verbatim, in the
 * `X-API-Key` header (docs/providers/sunshine.md §4). {@link verify} compares
 * it with yours in constant time. What that does not protect:
 * - the body — anyone who has seen one request (a logging proxy, say) can send
 *   whatever body it likes with the same header: serve the endpoint over HTTPS only, and keep
 *   the header out of logs;
 * - replays — there is no timestamp: deduplicate with `dedupeKey` (the event and
 *   message ids are stable across Sunshine's retries).
 *
 * Sunshine has no endpoint that rotates a secret: create a second webhook
 * (with its own secret), pass both secrets while both exist (each event then
 * arrives twice, once per webhook: messages keep one dedupe key), and delete
 * the old webhook. Answer a wrong secret with 401, which Sunshine does not
 * retry. Zendesk *Support* webhooks (`X-Zendesk-Webhook-Signature`) are a
 * different product.
 *
 * @module
 */
import type { RawBody } from '../../core/body.js'
import type { Verification } from '../../core/contract.js'
import {
  checkSecrets,
  guarded,
  OK,
  signingSecret,
  tokenMatchesAny,
  type VerifyRefusal,
  type VerifyResult,
} from '../../core/crypto.js'
import { getHeader, type HeadersLike } from '../../core/headers.js'

const HEADER = 'x-api-key'

/** Refusals whose messages name the header (the shared ones speak of signatures). */
const MISSING: VerifyRefusal = {
  ok: false,
  reason: 'missing_signature',
  message:
    'the request has no X-API-Key header: Sunshine Conversations sends the webhook’s secret in it with every request — check that no proxy drops it (Zendesk Support webhooks, a different product, send X-Zendesk-Webhook-Signature instead)',
}
const TWICE: VerifyRefusal = {
  ok: false,
  reason: 'malformed_signature',
  message: 'the X-API-Key header came more than once: Sunshine Conversations sends it once',
}
const MISMATCH: VerifyRefusal = {
  ok: false,
  reason: 'signature_mismatch',
  message:
    'the X-API-Key header is not the webhook’s secret: each webhook has its own (the body’s webhook.id says which one sent it); while two webhooks run during a switch, pass both secrets',
}

/**
 * How Sunshine Conversations authenticates its webhooks: the webhook's
 * secret in the `X-API-Key` header, no signature.
 * @category verification
 * @since 0.3.0
 */
export const verification = {
  kind: 'api-key-header',
  signatureHeader: HEADER,
  format: 'the webhook secret, verbatim',
  /** What the header does not protect. */
  advice:
    'The header is the secret itself: it covers neither the body nor replays. Serve HTTPS only, keep the header out of logs, and deduplicate with dedupeKey.',
} as const satisfies Verification

/**
 * What {@link verify} needs.
 * @category verification
 * @since 0.3.0
 */
export interface VerifyOptions {
  /**
   * The webhook's secret (Admin Center › Apps and integrations › Conversations
   * integrations, or the `secret` of the webhook the API created); several
   * while two webhooks run during a switch (one matching is enough).
   */
  readonly secret: string | readonly string[]
  /** The request's headers. */
  readonly headers: HeadersLike
  /** Not read: the body is not signed. */
  readonly body?: RawBody
}

/**
 * Checks a Sunshine Conversations request's `X-API-Key` header against the
 * webhook's secret, in constant time. Never throws. Fails with
 * `missing_signature` without the header, `malformed_signature` when it came
 * more than once, `signature_mismatch` when it is not the secret, and
 * `missing_secret` / `secret_has_whitespace` for an unusable secret.
 * @category verification
 * @since 0.3.0
 * @example
 * app.post('/sunshine', express.raw({ type: 'application/json' }), async (req, res) => {
 *   const auth = await sunshine.verify({ secret: process.env.SUNSHINE_WEBHOOK_SECRET!, headers: req.headers })
 *   if (!auth.ok) return res.sendStatus(401) // Sunshine does not retry a 401
 *   // …
 * })
 */
export const verify = (options: VerifyOptions): Promise<VerifyResult> => Promise.resolve(verifyNow(options))

/** {@link verify}, answering at once. @internal */
export const verifyNow = /*#__PURE__*/ guarded((options: VerifyOptions): VerifyResult => {
  const presented = getHeader(options.headers, HEADER)
  if (presented === undefined || presented === '') return MISSING
  const configured = checkSecrets(options.secret)
  if (!configured.ok) return configured
  if (tokenMatchesAny(configured.secrets, presented)) return OK
  // A header sent twice reads as its values joined by ", " (Node, Fetch): refused as such, not as a wrong secret.
  return presented.includes(', ') ? TWICE : MISMATCH
})

/**
 * The header Sunshine would send with a body: the secret itself. For tests
 * and local tools.
 * @category verification
 * @since 0.3.0
 * @example
 * const headers = await sunshine.sign({ secret: 'test', body })
 * // { 'x-api-key': 'test' }
 */
export const sign = (input: { readonly secret: string; readonly body?: RawBody }): Promise<Record<string, string>> =>
  // A missing secret (an unset environment variable) rejects, as with every provider's sign.
  new Promise((resolve) => {
    resolve({ [HEADER]: signingSecret(input.secret) })
  })
