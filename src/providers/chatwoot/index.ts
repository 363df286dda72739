/**
 * Chatwoot webhooks: account webhooks, API-inbox callbacks, agent-bot events,
 * the installation webhook, automation rules and macros.
 *
 * @example
 * import * as chatwoot from 'chat-webhooks/chatwoot'
 *
 * const result = chatwoot.decode(rawBody)
 * if (result._tag === 'Left') console.error(result.left.issues)
 * else if (result.right.event === 'message_created') console.log(result.right.content)
 *
 * @module chatwoot
 */
import type { VerifyOptions } from './verify.js'
import type { DecodeOptions } from '../../core/provider.js'
import type { BodyLimit } from '../../core/request.js'
import type * as codecs from './codecs.js'

export * from './codecs.js'

// Type-only names are declared here, not re-exported: bundled declarations mistake re-exported types for values.
/**
 * Every message `content_type` this library knows.
 * @category events
 * @since 0.1.0
 */
export type ContentType = codecs.ContentType
/**
 * The event names this library knows.
 * @category events
 * @since 0.1.0
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
