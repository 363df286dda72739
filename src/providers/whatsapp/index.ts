/**
 * WhatsApp Cloud API webhooks (Meta's WhatsApp Business Platform): incoming
 * messages of every type, the statuses of the messages you send, messages
 * sent from the WhatsApp Business app, user id and preference changes,
 * template and account notices — signed with `X-Hub-Signature-256`
 * ({@link verify}), and subscribed with a GET handshake
 * ({@link verifyChallenge}).
 *
 * @example
 * import * as whatsapp from 'chat-webhooks/whatsapp'
 *
 * const result = whatsapp.decode(rawBody)
 * if (result._tag === 'Right')
 *   for (const entry of result.right.entry)
 *     for (const change of entry.changes)
 *       if (change.field === 'messages') for (const m of change.value.messages ?? []) console.log(m.type)
 *
 * @module whatsapp
 */
import type { HandleOptions as CoreHandleOptions } from '../../core/contract.js'
import type * as codecs from './codecs.js'
import type * as provider from './provider.js'

export * from './codecs.js'

// Type-only names are declared here, not re-exported: bundled declarations mistake re-exported types for values.
/**
 * The subscribable fields this library types.
 * @category events
 * @since 0.3.0
 */
export type EventName = codecs.EventName
/**
 * The message types this library knows.
 * @category messages
 * @since 0.3.0
 */
export type MessageType = codecs.MessageType
export { normalize } from './normalize.js'
export { sign, verification, verify, verifyChallenge, type ChallengeResult, type VerifyOptions } from './verify.js'
export { detect } from './detect.js'
export { id, decode, decodeWithDrift, handle, whatsapp } from './provider.js'

/**
 * WhatsApp's provider type.
 * @category provider
 * @since 0.3.0
 */
export type WhatsAppProvider = provider.WhatsAppProvider
/**
 * What {@link handle} takes: the app secret, decoding options and the body limit.
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
