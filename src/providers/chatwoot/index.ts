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
import type { HandleOptions as CoreHandleOptions } from '../../core/contract.js'
import type * as codecs from './codecs.js'
import type * as provider from './provider.js'

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
export { detect } from './detect.js'
export { id, decode, decodeWithDrift, handle, chatwoot } from './provider.js'

/**
 * Chatwoot's provider type.
 * @category provider
 * @since 0.3.0
 */
export type ChatwootProvider = provider.ChatwootProvider
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
