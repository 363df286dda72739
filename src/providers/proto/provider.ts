/**
 * The proto provider's entry points, built from its codecs, normalizer and
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

/**
 * This provider's id.
 * @category provider
 * @since 0.2.0
 */
export const id = 'proto' as const

/**
 * Decodes a Proto webhook body: the raw text or bytes, or an already parsed
 * value. Never throws.
 * @category provider
 * @since 0.2.0
 * @function
 * @example
 * const result = proto.decode(rawBody)
 * if (result._tag === 'Left') return new Response(result.left.message, { status: 400 })
 * for (const event of proto.normalize(result.right)) console.log(event.kind)
 */
export const decode: (input: unknown, options?: DecodeOptions) => Either<WebhookError, Webhook> = /*#__PURE__*/ makeDecode({ id, codec: Webhook, check, convert })

/**
 * Decodes and normalizes; throws {@link WebhookError} on invalid input.
 * @category provider
 * @since 0.2.0
 * @function
 * @example
 * try {
 *   for (const event of proto.parse(rawBody)) console.log(event.kind)
 * } catch (e) {
 *   if (e instanceof WebhookError) console.error(e.code, e.issues)
 * }
 */
export const parse: (input: unknown, options?: ParseOptions) => ChatEvent[] = /*#__PURE__*/ makeParse(decode, normalize)

/**
 * Decodes leniently and also reports what was tolerated — keys no codec
 * knows, enum values outside the documented set, unrecognized types — each
 * at its JSON pointer: early warning that Proto changed its payloads.
 * @category provider
 * @since 0.2.0
 * @function
 * @example
 * const r = proto.decodeWithDrift(rawBody)
 * if (r._tag === 'Right' && r.right.drift.length > 0) log.warn('proto payload drift', r.right.drift)
 */
export const decodeWithDrift: DecodeWithDrift<Webhook> = /*#__PURE__*/ makeDecodeWithDrift({ id, codec: Webhook })


/** How {@link fromRequest} handles a request; the root `fromRequest` uses it too. @internal */
export const requestHandling: RequestHandling<Webhook, RequestOptions> = { id, decode, normalize }

const handleRequest = /*#__PURE__*/ makeFromRequest(requestHandling)

/**
 * Reads a Fetch `Request`'s raw body once, decodes and normalizes it.
 * Nothing is verified — Proto signs nothing — so the result says
 * `verified: false`. Never throws: the result has the events, or the HTTP
 * status to answer and why.
 * @category request
 * @since 0.2.0
 * @function
 * @example
 * export default {
 *   async fetch(request: Request, env: Env) {
 *     const result = await proto.fromRequest(request)
 *     if (!result.ok) return new Response(result.message, { status: result.status })
 *     for (const event of result.events) console.log(event.kind)
 *     return new Response(null, { status: 204 })
 *   },
 * }
 */
export const fromRequest = (request: Request, options: RequestOptions = {}): Promise<RequestResult> => handleRequest(request, options)
