/**
 * Intercom webhooks (Developer Hub topic notifications): conversations,
 * conversation parts, tickets and contacts, one `notification_event` per
 * request, in the shape of the app's API version (1.x or 2.x) — signed with
 * `X-Hub-Signature` (HMAC-SHA1, {@link verify}).
 *
 * @example
 * import * as intercom from 'chat-webhooks/intercom'
 *
 * const result = intercom.decode(rawBody)
 * if (result._tag === 'Right' && result.right.topic === 'conversation.user.replied')
 *   for (const part of result.right.data.item.conversation_parts?.conversation_parts ?? []) console.log(part.body)
 *
 * @module intercom
 */
import type { HandleOptions as CoreHandleOptions } from '../../core/contract.js'
import type * as codecs from './codecs.js'
import type * as provider from './provider.js'

export * from './codecs.js'

// Type-only names are declared here, not re-exported: bundled declarations mistake re-exported types for values.
/**
 * The topics this library types.
 * @category notifications
 * @since 0.3.0
 */
export type EventName = codecs.EventName
export { normalize } from './normalize.js'
export { sign, verification, verify, type VerifyOptions } from './verify.js'
export { detect } from './detect.js'
export { id, decode, decodeWithDrift, handle, intercom } from './provider.js'

/**
 * Intercom's provider type.
 * @category provider
 * @since 0.3.0
 */
export type IntercomProvider = provider.IntercomProvider
/**
 * What {@link handle} takes: the app's client secret, decoding options and the body limit.
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
