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
import { makeDecode, makeParse, type DecodeOptions } from '../../core/provider.js'
import type { Either } from '../../core/either.js'
import type { WebhookError } from '../../core/errors.js'
import type { ChatEvent } from '../../model/index.js'
import { Webhook } from './codecs.js'
import { normalize } from './normalize.js'

export * from './codecs.js'
export { normalize } from './normalize.js'
export { sign, verification, verify, type VerifyOptions } from './verify.js'

/**
 * This provider's id.
 * @category provider
 * @since 0.1.0
 */
export const id = 'chatwoot' as const

/**
 * Decodes a Chatwoot webhook body: the raw text or bytes, or an already
 * parsed value. Never throws.
 * @category provider
 * @since 0.1.0
 */
export const decode: (input: unknown, options?: DecodeOptions) => Either<WebhookError, Webhook> = /*#__PURE__*/ makeDecode({
  id,
  codec: Webhook,
})

/**
 * Decodes and normalizes; throws {@link WebhookError} on invalid input.
 * @category provider
 * @since 0.1.0
 */
export const parse: (input: unknown, options?: DecodeOptions) => ChatEvent[] = /*#__PURE__*/ makeParse(decode, normalize)
