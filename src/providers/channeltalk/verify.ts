/**
 * Channel Talk webhook authentication: Channel appends the webhook's token to
 * the URL it posts to (`https://your.host/hook?token=<token>`). Channel
 * publishes **no body signature** for webhooks — the `x-signature` header of
 * Channel *Apps* is a different integration — so the token is all there is:
 * keep the URL secret, compare the token in constant time (this module), and
 * serve it over HTTPS only.
 *
 * @module
 */
import type { Verification } from '../../core/contract.js'
import { guarded, verifyUrlToken, type VerifyResult } from '../../core/crypto.js'

/**
 * How Channel Talk authenticates its webhooks: a token in the URL's query
 * string, and no body signature.
 * @category verification
 * @since 0.2.0
 */
export const verification = {
  kind: 'url-token',
  /** The query parameter that carries the token. */
  queryParameter: 'token',
} as const satisfies Verification

/**
 * What {@link verify} needs.
 * @category verification
 * @since 0.2.0
 */
export interface VerifyOptions {
  /** The webhook's token (Desk › Settings › Webhook, or the Open API webhook object); several during a rotation (any may match). */
  readonly secret: string | readonly string[]
  /**
   * The URL the request was posted to: absolute, or the path and query your
   * framework gives (`req.originalUrl` in Express, `c.req.url` in Hono).
   */
  readonly url: string | URL
}

/**
 * Verifies the `token` query parameter of a Channel Talk webhook request.
 * Never throws. Fails with `missing_token` when the URL has none,
 * `malformed_signature` when it has several (a request that appends a second
 * `token` must not pass on either), and `token_mismatch` otherwise.
 * @category verification
 * @since 0.2.0
 * @example
 * app.post('/channel', express.json(), async (req, res) => {
 *   const auth = await channeltalk.verify({ secret: process.env.CHANNEL_TOKEN!, url: req.originalUrl })
 *   if (!auth.ok) return res.sendStatus(401)
 *   // …
 * })
 */
export const verify = (options: VerifyOptions): Promise<VerifyResult> => Promise.resolve(verifyNow(options))

/** {@link verify}, answering at once. @internal */
export const verifyNow = /*#__PURE__*/ guarded((options: VerifyOptions): VerifyResult =>
  verifyUrlToken(options.url, verification.queryParameter, options.secret),
)
