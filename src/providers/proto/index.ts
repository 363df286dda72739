/**
 * Proto (proto.cx) bot webhooks: batches of `new_messages` events, each with
 * text (and quick replies), media, carousels, hyperlinks or a hand-over to
 * your own agents. Proto signs nothing: see {@link verification}.
 *
 * @example
 * import * as proto from 'chat-webhooks/proto'
 *
 * for (const event of proto.parse(rawBody)) {
 *   if (event.kind === 'message.created') console.log(event.conversation?.id, event.message.text)
 * }
 *
 * @module proto
 */
import { makeDecode, makeDecodeWithDrift, makeParse, type DecodeOptions, type DecodeWithDrift, type ParseOptions } from '../../core/provider.js'
import type { Either } from '../../core/either.js'
import type { WebhookError } from '../../core/errors.js'
import type { ChatEvent } from '../../model/index.js'
import { makeFromRequest, type BodyLimit, type RequestHandling, type RequestResult } from '../../core/request.js'
import { check, convert } from './check.generated.js'
import { Webhook } from './codecs.js'
import { normalize } from './normalize.js'

export * from './codecs.js'
export { normalize } from './normalize.js'
export { verification } from './verify.js'

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
 */
export const decode: (input: unknown, options?: DecodeOptions) => Either<WebhookError, Webhook> = /*#__PURE__*/ makeDecode({ id, codec: Webhook, check, convert })

/**
 * Decodes and normalizes; throws {@link WebhookError} on invalid input.
 * @category provider
 * @since 0.2.0
 */
export const parse: (input: unknown, options?: ParseOptions) => ChatEvent[] = /*#__PURE__*/ makeParse(decode, normalize)

/**
 * Decodes leniently and also reports what was tolerated — keys no codec
 * knows, enum values outside the documented set, unrecognized types — each
 * at its JSON pointer: early warning that Proto changed its payloads.
 * @category provider
 * @since 0.2.0
 * @example
 * const r = proto.decodeWithDrift(rawBody)
 * if (r._tag === 'Right' && r.right.drift.length > 0) log.warn('proto payload drift', r.right.drift)
 */
export const decodeWithDrift: DecodeWithDrift<Webhook> = /*#__PURE__*/ makeDecodeWithDrift({ id, codec: Webhook })

/**
 * What {@link fromRequest} needs.
 * @category request
 * @since 0.2.0
 */
export type RequestOptions = DecodeOptions & BodyLimit

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
