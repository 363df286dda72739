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
export { sign, verification, verify, type VerifyOptions } from './verify.js'

export { id, decode, parse, decodeWithDrift, fromRequest } from './provider.js'
/**
 * What {@link fromRequest} needs.
 * @category request
 * @since 0.2.0
 */
export type RequestOptions = Omit<VerifyOptions, 'body' | 'headers'> & DecodeOptions & BodyLimit
