/**
 * The Acme provider value.
 *
 * @module
 */
import type { HandleOptions, Provider } from '../../core/contract.js'
import type { Either } from '../../core/either.js'
import type { WebhookError } from '../../core/errors.js'
import { makeDecode, makeDecodeWithDrift, type DecodeOptions, type DecodeWithDrift } from '../../core/provider.js'
import { makeHandle, type RequestHandling } from '../../core/request.js'
import { check, convert } from '../../generated/checks/acme.js'
import { Webhook } from './codecs.js'
import { detect } from './detect.js'
import { normalize } from './normalize.js'
import { sign, verification, verify, type VerifyOptions } from './verify.js'

/** This provider's id. @category provider @since 0.3.0 */
export const id = 'acme' as const

/** What `verify` takes beyond the request and the secret. @category verification @since 0.3.0 */
export type VerifyExtras = Omit<VerifyOptions, 'secret' | 'body' | 'headers'>

/** Decodes an Acme body. @category provider @since 0.3.0 @function */
export const decode: (body: unknown, options?: DecodeOptions) => Either<WebhookError, Webhook> =
  /*#__PURE__*/ makeDecode({ id, codec: Webhook, check, convert })

/** Decodes leniently and reports drift. @category provider @since 0.3.0 @function */
export const decodeWithDrift: DecodeWithDrift<Webhook> = /*#__PURE__*/ makeDecodeWithDrift({ id, codec: Webhook })

/** @internal */
export const requestHandling: RequestHandling<Webhook, HandleOptions<VerifyExtras>> = {
  id,
  decode,
  normalize,
  // Options named, not spread (see docs/guides/adding-a-provider.md).
  verify: (parts, o) => verify({ secret: o.secret ?? [], body: parts.body, headers: parts.headers }),
}

/** The front door. @category request @since 0.3.0 @function */
export const handle = /*#__PURE__*/ makeHandle(requestHandling)

/** Acme's provider type. @category provider @since 0.3.0 */
export interface AcmeProvider extends Provider<typeof id, Webhook, VerifyExtras> {
  readonly Webhook: typeof Webhook
  readonly sign: typeof sign
}

/** Acme as a value. @category provider @since 0.3.0 */
export const acme: AcmeProvider = {
  id,
  name: 'Acme',
  Webhook,
  decode,
  decodeWithDrift,
  normalize,
  verification,
  redelivery: { documented: 'Three attempts, a minute apart.', ttlMs: 3_600_000 },
  verify,
  sign,
  detect,
  handle,
}
