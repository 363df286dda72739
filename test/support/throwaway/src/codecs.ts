/**
 * Acme webhook codecs: a throwaway provider that test/throwaway-provider.test.ts adds to a copy of
 * the project, by docs/guides/adding-a-provider.md, to show that the registry alone wires it in.
 *
 * @module
 */
import * as t from 'io-ts'
import { fallback, IsoDateTime, literal, struct, taggedUnion } from '../../core/codecs.js'

/** A message. @category events @since 0.3.0 */
export const Message = /*#__PURE__*/ struct(
  'Message',
  { acme_event: /*#__PURE__*/ literal('message'), id: t.string },
  { conversation_id: t.string, text: t.string, from_customer: t.boolean, sent_at: IsoDateTime },
)
/** @category events @since 0.3.0 */
export type Message = t.TypeOf<typeof Message>

/** An event this library does not know. @category events @since 0.3.0 */
export const Unrecognized = /*#__PURE__*/ fallback('Unrecognized', 'acme_event', {}, {})
/** @category events @since 0.3.0 */
export type Unrecognized = t.TypeOf<typeof Unrecognized>

/** Any Acme webhook, discriminated on `acme_event`. @category events @since 0.3.0 */
export const Webhook = /*#__PURE__*/ taggedUnion('Webhook', 'acme_event', { message: Message }, Unrecognized)
/** @category events @since 0.3.0 */
export type Webhook = t.TypeOf<typeof Webhook>
