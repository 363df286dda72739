/**
 * Acme signs the raw body: `x-acme-signature` is its hex HMAC-SHA256.
 *
 * @module
 */
import { toBytes, type RawBody } from '../../core/body.js'
import type { Verification } from '../../core/contract.js'
import {
  bodyBytes,
  fail,
  fromHex,
  hmac,
  matchesAny,
  OK,
  signatureAndSecrets,
  signingSecret,
  toHex,
  type VerifyResult,
} from '../../core/crypto.js'
import type { HeadersLike } from '../../core/headers.js'

/** How Acme authenticates its webhooks. @category verification @since 0.3.0 */
export const verification = {
  kind: 'hmac-sha256',
  signatureHeader: 'x-acme-signature',
  signedContent: '{body}',
  format: '<lowercase hex>',
} as const satisfies Verification

/** What {@link verify} needs. @category verification @since 0.3.0 */
export interface VerifyOptions {
  readonly secret: string | readonly string[]
  readonly body: RawBody
  readonly headers: HeadersLike
}

/** Verifies `x-acme-signature`. Never throws. @category verification @since 0.3.0 */
export const verify = async (options: VerifyOptions): Promise<VerifyResult> => {
  try {
    const start = signatureAndSecrets(options.headers, verification.signatureHeader, options.secret)
    if (!start.ok) return start
    const signature = fromHex(start.signature, 32)
    if (!signature) return fail('malformed_signature')
    const body = bodyBytes(options.body)
    if (!body) return fail('invalid_body')
    return (await matchesAny('SHA-256', start.secrets, body, signature)) ? OK : fail('signature_mismatch')
  } catch {
    return fail('verification_error')
  }
}

/** The headers Acme would send with `body`. @category verification @since 0.3.0 */
export const sign = async (options: {
  readonly secret: string
  readonly body: RawBody
}): Promise<Record<string, string>> => ({
  'content-type': 'application/json',
  [verification.signatureHeader]: toHex(await hmac('SHA-256', signingSecret(options.secret), toBytes(options.body))),
})
