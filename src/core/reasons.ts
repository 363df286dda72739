/**
 * Every reason this library refuses a request or a body for, in one table:
 * the code programs branch on, and a message that says what was wrong and how
 * to fix it. `verify`'s failures, `WebhookError` codes and the front door's
 * own refusals all come from here; docs/guides/errors.md prints the table.
 *
 * @module
 */
import type { WebhookErrorCode } from './errors.js'

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

/**
 * Why the front door (`handle`) refused a request, beyond verification
 * and decoding: the request names a provider the endpoint is not configured
 * for, its body is larger than `maxBytes` or compressed, or it could be more
 * than one configured provider's and none verifies it.
 * @category request
 * @since 0.3.0
 */
export type RequestFailure =
  'provider_not_configured' | 'body_too_large' | 'unsupported_encoding' | 'ambiguous_provider'

/**
 * What each reason means and how to fix it. Decoding errors say more in
 * their own message (which field, which variant); these are the general
 * case.
 * @category errors
 * @since 0.3.0
 */
export const REASONS = {
  missing_signature:
    'the request has no signature header: set a secret on the webhook in the provider’s settings (Chatwoot signs account webhooks from 4.12, API inboxes and agent bots from 4.13), and check that no proxy drops the provider’s headers',
  malformed_signature:
    'the signature is not in the provider’s format: the request was not signed by this provider, or something on the way changed the header',
  signature_mismatch:
    'the signature does not match the body: verify the raw body exactly as received — not JSON parsed and serialized again, not a body a parser already read — with the webhook’s current secret (during a rotation, pass both secrets)',
  missing_timestamp:
    'the request has a signature but no timestamp header: it was not sent by the provider, or a proxy dropped the header',
  malformed_timestamp: 'the timestamp header is not Unix seconds: the request was not sent by the provider',
  timestamp_out_of_range:
    'the timestamp is further from now than the tolerance (300 s unless toleranceSeconds says otherwise): a replayed request, or this server’s clock is off (check its time sync)',
  missing_secret:
    'no secret was given: pass the webhook’s secret (an unset environment variable gives an empty or undefined one)',
  secret_has_whitespace:
    'the secret starts or ends with whitespace: trim it (a pasted secret often ends with a newline)',
  invalid_body:
    'the body is not the raw text or bytes of the request (was it parsed to an object, or read twice?): pass the raw body — Express express.raw(), Fastify a content-type parser with parseAs: "buffer", Hono, Next.js and Workers await request.text()',
  missing_token:
    'the URL has no token query parameter: register the webhook URL with the ?token=… Channel Talk gives, and pass the full request URL (Express: req.originalUrl, Fastify: request.url)',
  token_mismatch:
    'the token in the URL is not the configured one: a new Channel Talk webhook has a new token (during a rotation, pass both)',
  verification_error: 'verification failed unexpectedly (is WebCrypto available?): please report it',
  invalid_json: 'the body is not JSON text in UTF-8: send the raw body, and check the request’s content type',
  invalid_payload:
    'the body is JSON but not a webhook this provider sends: the error’s issues name each field that does not fit',
  too_deep:
    'the body nests deeper than 1000 levels, which no provider sends: it is refused so that the events of what is accepted always serialize',
  unknown_provider:
    'no provider recognises this body: check that the request comes from a supported provider, and pass its headers so detection can use them',
  internal_error: 'handling the request failed unexpectedly: please report it',
  provider_not_configured:
    'the request comes from a provider this endpoint is not configured for: add that provider’s key to the options (e.g. { chatwoot: { secret } }, or proto: {} for Proto’s unsigned webhooks)',
  body_too_large: 'the body is larger than maxBytes: raise maxBytes if the provider really sends bodies that large',
  unsupported_encoding:
    'the body is compressed (Content-Encoding): providers sign and send plain JSON, so a compressing proxy or client sits in between — send the body as the provider sent it',
  ambiguous_provider:
    'the body could be more than one configured provider’s, and no signature or token says which: give each provider its own route (its own handle does no detection), or configure only the providers that route receives',
} as const satisfies Record<VerifyFailure | WebhookErrorCode | RequestFailure, string>

/**
 * Every reason code, across verification, decoding and the front door.
 * @category errors
 * @since 0.3.0
 */
export type Reason = keyof typeof REASONS

/**
 * The HTTP status the front door answers each reason with: 401 for a request
 * it cannot authenticate (an ambiguous one included), 413 for a body over
 * `maxBytes`, 415 for a compressed one, 500 for a bug here, 400 for a body
 * that is not a webhook.
 * @category errors
 * @since 0.3.0
 */
export const statusOf = (reason: Reason): 400 | 401 | 413 | 415 | 500 =>
  reason === 'internal_error'
    ? 500
    : reason === 'body_too_large'
      ? 413
      : reason === 'unsupported_encoding'
        ? 415
        : DECODING.has(reason)
          ? 400
          : 401

/** The reasons a body is refused for rather than a request: what `decode` says. */
const DECODING: ReadonlySet<Reason> = /*#__PURE__*/ new Set<Reason>([
  'invalid_json',
  'invalid_body',
  'invalid_payload',
  'too_deep',
  'unknown_provider',
])
