/**
 * Acme webhook codecs: a throwaway provider that test/throwaway-provider.test.ts adds to a copy of
 * the project, by docs/guides/adding-a-provider.md, to show that the registry alone wires it in.
 *
 * @module
 */
import * as t from '../../core/io.js'
import { type Codec, fallback, IsoDateTime, literal, struct, taggedUnion } from '../../core/codecs.js'

const MessageC = /*#__PURE__*/ struct(
  'Message',
  { acme_event: /*#__PURE__*/ literal('message'), id: t.string },
  { conversation_id: t.string, text: t.string, from_customer: t.boolean, sent_at: IsoDateTime },
)
/** A message. @category events @since 0.3.0 */
export interface Message extends t.TypeOf<typeof MessageC> {}
/** The codec of {@link Message}. @category events @since 0.3.0 */
export const Message: Codec<Message> = MessageC

const UnrecognizedC = /*#__PURE__*/ fallback('Unrecognized', 'acme_event', {}, {})
/** An event this library does not know. @category events @since 0.3.0 */
export interface Unrecognized extends t.TypeOf<typeof UnrecognizedC> {}
/** The codec of {@link Unrecognized}. @category events @since 0.3.0 */
export const Unrecognized: Codec<Unrecognized, t.OutputOf<typeof UnrecognizedC>> = UnrecognizedC

const WebhookC = /*#__PURE__*/ taggedUnion('Webhook', 'acme_event', { message: Message }, Unrecognized)
/** Any Acme webhook, discriminated on `acme_event`. @category events @since 0.3.0 */
export type Webhook = t.TypeOf<typeof WebhookC> & {}
/** The codec of {@link Webhook}. @category events @since 0.3.0 */
export const Webhook: Codec<Webhook> = WebhookC
