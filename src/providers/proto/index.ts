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
import type { DecodeOptions } from '../../core/provider.js'
import type { BodyLimit } from '../../core/request.js'

export * from './codecs.js'
export { normalize } from './normalize.js'
export { verification } from './verify.js'

export { id, decode, parse, decodeWithDrift, fromRequest } from './provider.js'
/**
 * What {@link fromRequest} needs.
 * @category request
 * @since 0.2.0
 */
export type RequestOptions = DecodeOptions & BodyLimit
