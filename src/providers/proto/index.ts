/**
 * Proto (proto.cx) bot webhooks: batches of `new_messages` events, each with
 * text (and quick replies), media, carousels, hyperlinks or a hand-over to
 * your own agents. Proto signs nothing: see {@link verification}.
 *
 * @example
 * import * as proto from 'chat-webhooks/proto'
 *
 * const result = proto.decode(rawBody)
 * if (result._tag === 'Right')
 *   for (const event of proto.normalize(result.right)) {
 *     if (event.kind === 'message.created') console.log(event.conversation?.id, event.message.text)
 *   }
 *
 * @module proto
 */
import type { HandleOptions as CoreHandleOptions } from '../../core/contract.js'
import type * as provider from './provider.js'

export * from './codecs.js'

export { normalize } from './normalize.js'
export { verification, verify } from './verify.js'
export { detect } from './detect.js'
export { id, decode, decodeWithDrift, handle, proto } from './provider.js'

/**
 * Proto's provider type.
 * @category provider
 * @since 0.3.0
 */
export type ProtoProvider = provider.ProtoProvider
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
