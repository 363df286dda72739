/**
 * OneRoute (oneroute.io) webhooks: `newMessage` from the shared inbox
 * (WhatsApp, SMS, e-mail, live chat…) and SMS delivery reports, signed with
 * HMAC-SHA512 ({@link verify}).
 *
 * @example
 * import * as oneroute from 'chat-webhooks/oneroute'
 *
 * const result = oneroute.decode(rawBody)
 * if (result._tag === 'Right' && result.right.event === 'newMessage') console.log(result.right.message.content)
 *
 * @module oneroute
 */
import type { HandleOptions as CoreHandleOptions } from '../../core/contract.js'
import type * as codecs from './codecs.js'
import type * as provider from './provider.js'

export * from './codecs.js'

// Type-only names are declared here, not re-exported: bundled declarations mistake re-exported types for values.
/**
 * The event names this library knows.
 * @category events
 * @since 0.2.0
 */
export type EventName = codecs.EventName
export { normalize } from './normalize.js'
export { sign, verification, verify, type VerifyOptions } from './verify.js'
export { detect } from './detect.js'
export { id, decode, decodeWithDrift, handle, oneroute } from './provider.js'

/**
 * OneRoute's provider type.
 * @category provider
 * @since 0.3.0
 */
export type OneRouteProvider = provider.OneRouteProvider
/**
 * What {@link handle} takes: the secret, the provider's verify options, decoding options and the body limit.
 * @category request
 * @since 0.3.0
 */
export type HandleOptions = CoreHandleOptions<provider.VerifyExtras>
/**
 * What {@link verify} takes beyond the request and the secret.
 * @category verification
 * @since 0.3.0
 */
export type VerifyExtras = provider.VerifyExtras
