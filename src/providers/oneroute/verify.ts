/**
 * OneRoute request signatures: `x-oneroute-signature` is the lower-case hex
 * HMAC-SHA512 of the request body under your OneRoute secret key. There is no
 * timestamp in it, so a captured request can be replayed: deduplicate with
 * `dedupeKey`. OneRoute also documents the one address it sends from,
 * `174.138.104.128`, for allow-lists.
 *
 * OneRoute's own sample computes the HMAC over `JSON.stringify(req.body)` —
 * the body parsed and serialized again — not over the bytes received. Those
 * agree only while the serializations match, so {@link verify} checks the raw
 * bytes, and tries the re-serialized form only when asked
 * (`allowReserialized: true`): a weaker check, since any body that parses to
 * the same value (different whitespace, key order kept) then passes.
 *
 * @module
 */
import type { Verification } from '../../core/contract.js'
import { toBytes, type RawBody } from '../../core/body.js'
import { andThen, attempt, type Soon } from '../../core/attempt.js'
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

const SIGNATURE = 'x-oneroute-signature'

/**
 * How OneRoute authenticates its webhooks.
 * @category verification
 * @since 0.2.0
 */
export const verification = {
  kind: 'hmac-sha512',
  signatureHeader: SIGNATURE,
  /** What is signed: the body alone (no timestamp: no replay protection). */
  signedContent: '{body}',
  format: '<lowercase hex>',
  /** The address OneRoute documents sending from. */
  sourceIp: '174.138.104.128',
  /** OneRoute's sample signs `JSON.stringify(parsed body)`; checked only with `allowReserialized: true`. */
  reserializedFallback: 'opt-in',
} as const satisfies Verification

/**
 * What {@link verify} needs.
 * @category verification
 * @since 0.2.0
 */
export interface VerifyOptions {
  /** Your OneRoute secret key; several during a rotation (any may match). */
  readonly secret: string | readonly string[]
  /** The raw request body, exactly as received. */
  readonly body: RawBody
  readonly headers: HeadersLike
  /**
   * Also accept a signature over the compact `JSON.stringify` of the parsed
   * body, as OneRoute's sample computes it. Weaker: the signature then covers
   * the parsed value, not the bytes. Default `false`.
   */
  readonly allowReserialized?: boolean
}

/** The body parsed and serialized compactly, as `JSON.stringify(req.body)` in OneRoute's sample; `undefined` if it is not JSON. */
const reserialized = (body: Uint8Array): Uint8Array | undefined =>
  attempt<Uint8Array | undefined>(
    () => new TextEncoder().encode(JSON.stringify(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)))),
    undefined,
  )

/**
 * Verifies a OneRoute request's `x-oneroute-signature`. Never throws. A
 * missing header is `missing_signature` even though OneRoute treats the
 * header as optional: an unsigned request is not a verified one.
 * @category verification
 * @since 0.2.0
 * @example
 * const body = await request.text()
 * const result = await oneroute.verify({ secret: env.ONEROUTE_SECRET, body, headers: request.headers })
 * if (!result.ok) return new Response(result.message, { status: 401 })
 */
export const verify = (options: VerifyOptions): Promise<VerifyResult> => Promise.resolve(verifyNow(options))

/** {@link verify}, answering at once where the HMAC does (node:crypto, under the `node` condition). @internal */
export const verifyNow = /*#__PURE__*/ guarded((options: VerifyOptions): Soon<VerifyResult> => {
  const start = hexSignedBody(options, SIGNATURE, '', 64)
  if (!start.ok) return start
  const { body, signature } = start
  const matched = (ok: boolean): VerifyResult => (ok ? OK : fail('signature_mismatch'))
  return andThen(matchesAny('SHA-512', start.secrets, body, signature), (ok) => {
    if (ok || options.allowReserialized !== true) return matched(ok)
    const again = reserialized(typeof body === 'string' ? new TextEncoder().encode(body) : body)
    return again ? andThen(matchesAny('SHA-512', start.secrets, again, signature), matched) : matched(false)
  })
})

/**
 * The headers OneRoute would send with `body`: for tests of your own endpoint.
 * Rejects with a `chat-webhooks:` error when `secret` is empty.
 * @category verification
 * @since 0.2.0
 * @example
 * const headers = await oneroute.sign({ secret: 'test-secret', body })
 * await fetch(url, { method: 'POST', body, headers })
 */
export const sign = async (options: {
  readonly secret: string
  readonly body: RawBody
}): Promise<Record<string, string>> => ({
  'content-type': 'application/json',
  [SIGNATURE]: toHex(await hmac('SHA-512', signingSecret(options.secret), toBytes(options.body))),
})
