/**
 * The chatwoot provider's entry points, built from its codecs, normalizer and
 * verification; `index.ts` exports the public ones.
 *
 * @module
 */
import type { RequestOptions } from './index.js'
import { makeDecode, makeDecodeWithDrift, makeParse, type DecodeOptions, type DecodeWithDrift, type ParseOptions } from '../../core/provider.js'
import type { Either } from '../../core/either.js'
import type { WebhookError } from '../../core/errors.js'
import type { ChatEvent } from '../../model/index.js'
import { makeFromRequest, type RequestHandling, type RequestResult } from '../../core/request.js'
import { check, convert } from './check.generated.js'
import { Webhook } from './codecs.js'
import { normalize } from './normalize.js'
import { DELIVERY, verify } from './verify.js'

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
 * @function
 * @example
 * const result = chatwoot.decode(rawBody)
 * if (result._tag === 'Left') return new Response(result.left.message, { status: 400 })
 * for (const event of chatwoot.normalize(result.right)) console.log(event.kind)
 */
export const decode: (input: unknown, options?: DecodeOptions) => Either<WebhookError, Webhook> = /*#__PURE__*/ makeDecode({ id, codec: Webhook, check, convert })

/**
 * Decodes and normalizes; throws {@link WebhookError} on invalid input. With `headers`, events carry the `X-Chatwoot-Delivery` id as `deliveryId`.
 * @category provider
 * @since 0.1.0
 * @function
 * @example
 * try {
 *   for (const event of chatwoot.parse(rawBody)) console.log(event.kind)
 * } catch (e) {
 *   if (e instanceof WebhookError) console.error(e.code, e.issues)
 * }
 */
export const parse: (input: unknown, options?: ParseOptions) => ChatEvent[] = /*#__PURE__*/ makeParse(decode, normalize, DELIVERY)

/**
 * Decodes leniently and also reports what was tolerated — keys no codec
 * knows, enum values outside the documented set, unrecognized types — each
 * at its JSON pointer: early warning that Chatwoot changed its payloads.
 * @category provider
 * @since 0.2.0
 * @function
 * @example
 * const r = chatwoot.decodeWithDrift(rawBody)
 * if (r._tag === 'Right' && r.right.drift.length > 0) log.warn('chatwoot payload drift', r.right.drift)
 */
export const decodeWithDrift: DecodeWithDrift<Webhook> = /*#__PURE__*/ makeDecodeWithDrift({ id, codec: Webhook })


/** How {@link fromRequest} handles a request; the root `fromRequest` uses it too. @internal */
export const requestHandling: RequestHandling<Webhook, RequestOptions> = { id, decode, normalize, verify: (body, request, o) => verify({ ...o, body, headers: request.headers }), deliveryHeader: DELIVERY }

/**
 * Reads a Fetch `Request`'s raw body once, verifies `X-Chatwoot-Signature` (with `secret`, and the timestamp tolerance), decodes and
 * normalizes it. Never throws: the result has the events, or the HTTP status
 * to answer and why.
 * @category request
 * @since 0.2.0
 * @function
 * @example
 * export default {
 *   async fetch(request: Request, env: Env) {
 *     const result = await chatwoot.fromRequest(request, { secret: env.CHATWOOT_SECRET })
 *     if (!result.ok) return new Response(result.message, { status: result.status })
 *     for (const event of result.events) console.log(event.kind)
 *     return new Response(null, { status: 204 })
 *   },
 * }
 */
export const fromRequest: (request: Request, options: RequestOptions) => Promise<RequestResult> = /*#__PURE__*/ makeFromRequest(requestHandling)
