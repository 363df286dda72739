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
import { makeDecode, makeDecodeWithDrift, makeParse, type DecodeOptions, type DecodeWithDrift, type ParseOptions } from '../../core/provider.js'
import type { Either } from '../../core/either.js'
import type { WebhookError } from '../../core/errors.js'
import type { ChatEvent } from '../../model/index.js'
import { Webhook } from './codecs.js'
import { normalize } from './normalize.js'
import { verification } from './verify.js'

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
 * Decodes and normalizes; throws {@link WebhookError} on invalid input. With `headers`, events carry the `X-Chatwoot-Delivery` id as `deliveryId`.
 * @category provider
 * @since 0.1.0
 */
export const parse: (input: unknown, options?: ParseOptions) => ChatEvent[] = /*#__PURE__*/ makeParse(decode, normalize, verification.deliveryHeader)

/**
 * Decodes leniently and also reports what was tolerated — keys no codec
 * knows, enum values outside the documented set, unrecognized types — each
 * at its JSON pointer: early warning that Chatwoot changed its payloads.
 * @category provider
 * @since 0.2.0
 * @example
 * const r = chatwoot.decodeWithDrift(rawBody)
 * if (r._tag === 'Right' && r.right.drift.length > 0) log.warn('chatwoot payload drift', r.right.drift)
 */
export const decodeWithDrift: DecodeWithDrift<Webhook> = /*#__PURE__*/ makeDecodeWithDrift({ id, codec: Webhook })
