/**
 * Zendesk Sunshine Conversations (formerly Smooch) v2 webhooks: one body per
 * batch of events of an app — messages by users and by every business-side
 * writer (agents, bots, AI agents, the system, your own integration),
 * deliveries, reads and typing, conversation lifecycle, postbacks, referrals,
 * the switchboard that hands conversations between bots and agents, clients
 * and users. Authenticated by the webhook's secret in `X-API-Key`
 * ({@link verify}).
 *
 * @example
 * import * as sunshine from 'chat-webhooks/sunshine'
 *
 * const result = sunshine.decode(rawBody)
 * if (result._tag === 'Right')
 *   for (const event of result.right.events)
 *     if (event.type === 'conversation:message' && event.payload.message.author?.type === 'user')
 *       console.log(event.payload.message.content?.type)
 *
 * @module sunshine
 */
import type { HandleOptions as CoreHandleOptions } from '../../core/contract.js'
import type * as codecs from './codecs.js'
import type * as provider from './provider.js'

export * from './codecs.js'

// Type-only names are declared here, not re-exported: bundled declarations mistake re-exported types for values.
/**
 * The event types (webhook triggers) this library types.
 * @category events
 * @since 0.3.0
 */
export type EventName = codecs.EventName
export { normalize } from './normalize.js'
export { sign, verification, verify, type VerifyOptions } from './verify.js'
export { detect } from './detect.js'
export { id, decode, decodeWithDrift, handle, sunshine } from './provider.js'

/**
 * Sunshine Conversations' provider type.
 * @category provider
 * @since 0.3.0
 */
export type SunshineProvider = provider.SunshineProvider
/**
 * What {@link handle} takes: the webhook's secret, decoding options and the body limit.
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
