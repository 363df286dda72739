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
import { makeDecode, makeDecodeWithDrift, makeParse, type DecodeOptions, type DecodeWithDrift, type ParseOptions } from '../../core/provider.js'
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
 * @since 0.2.0
 */
export const id = 'oneroute' as const

/**
 * Decodes a OneRoute webhook body: the raw text or bytes, or an already
 * parsed value. Never throws.
 * @category provider
 * @since 0.2.0
 */
export const decode: (input: unknown, options?: DecodeOptions) => Either<WebhookError, Webhook> = /*#__PURE__*/ makeDecode({ id, codec: Webhook })

/**
 * Decodes and normalizes; throws {@link WebhookError} on invalid input.
 * @category provider
 * @since 0.2.0
 */
export const parse: (input: unknown, options?: ParseOptions) => ChatEvent[] = /*#__PURE__*/ makeParse(decode, normalize)

/**
 * Decodes leniently and also reports what was tolerated — keys no codec
 * knows, enum values outside the documented set, unrecognized types — each
 * at its JSON pointer: early warning that OneRoute changed its payloads.
 * @category provider
 * @since 0.2.0
 * @example
 * const r = oneroute.decodeWithDrift(rawBody)
 * if (r._tag === 'Right' && r.right.drift.length > 0) log.warn('oneroute payload drift', r.right.drift)
 */
export const decodeWithDrift: DecodeWithDrift<Webhook> = /*#__PURE__*/ makeDecodeWithDrift({ id, codec: Webhook })
