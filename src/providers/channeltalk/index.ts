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
import type { VerifyOptions } from './verify.js'
import type { DecodeOptions } from '../../core/provider.js'
import type { BodyLimit } from '../../core/request.js'
import type * as codecs from './codecs.js'

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

export { id, decode, parse, decodeWithDrift, fromRequest } from './provider.js'
/**
 * What {@link fromRequest} needs.
 * @category request
 * @since 0.2.0
 */
export type RequestOptions = Omit<VerifyOptions, 'url'> & DecodeOptions & BodyLimit
