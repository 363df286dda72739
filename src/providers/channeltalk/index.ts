/**
 * Channel Talk (Channel.io) webhooks: messages in user chats and team chats,
 * user chats opened, and user (lead/member) upserts; v4 and v5 payloads.
 * Authentication is the `token` query parameter of the webhook URL
 * ({@link verify}); answers go back as quick replies ({@link quickReply}).
 *
 * @example
 * import * as channeltalk from 'chat-webhooks/channeltalk'
 *
 * const result = channeltalk.decode(rawBody)
 * if (result._tag === 'Right' && result.right.event === 'push' && result.right.type === 'message') {
 *   console.log(result.right.entity.plainText)
 * }
 *
 * @module channeltalk
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
export { verification, verify, type VerifyOptions } from './verify.js'
export * from './quick-reply.js'
export { detect } from './detect.js'
export { id, decode, decodeWithDrift, handle, channeltalk } from './provider.js'

/**
 * Channel Talk's provider type.
 * @category provider
 * @since 0.3.0
 */
export type ChannelTalkProvider = provider.ChannelTalkProvider
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
