/**
 * Proto signs nothing: its webhooks carry no signature, shared secret or
 * authentication header, and Proto publishes no IP ranges. What is left to
 * protect an endpoint:
 * - an unguessable URL — a long random path segment or query token you check
 *   yourself (in constant time: compare SHA-256 digests, as
 *   `channeltalk.verify` does for its URL token);
 * - HTTPS only, and answering 200 at once (Proto asks for it);
 * - treating the content as untrusted: chat ids, tokens and texts can be
 *   forged by anyone who knows the URL. The `accessToken` you store on a
 *   human with Proto's Human API comes back in `chat.human.accessToken` and
 *   can serve as a per-customer check.
 *
 * @module
 */
import type { Verification, VerifyInput } from '../../core/contract.js'
import { UNSIGNED, type VerifyResult } from '../../core/crypto.js'

/**
 * How Proto authenticates its webhooks: it does not.
 * @category verification
 * @since 0.2.0
 */
export const verification = {
  kind: 'none',
  /** What to do instead. */
  advice: 'Use an unguessable webhook URL (checked in constant time) over HTTPS; Proto sends no signature.',
} as const satisfies Verification

/**
 * Proto signs nothing, so there is nothing to check: answers
 * `{ ok: true, unsigned: true }` for any request, which generic code over
 * every provider can tell from a verified one.
 * @category verification
 * @since 0.3.0
 * @example
 * const result = await proto.verify({ body, headers })
 * if (result.ok && result.unsigned) console.warn('proto webhooks are unsigned: check the URL yourself')
 */
export const verify = (_input?: VerifyInput): Promise<VerifyResult> => Promise.resolve(UNSIGNED)
