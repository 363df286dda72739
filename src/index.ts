/**
 * chat-webhooks: validated, precisely typed webhook events for customer-chat
 * platforms, and one shared conversation/message model on top of them.
 *
 * Each provider is a namespace here and a subpath of its own
 * (`chat-webhooks/chatwoot`, `chat-webhooks/channeltalk`); import the subpath when you use one provider,
 * so bundles carry only its codecs.
 *
 * @example
 * import { parseWebhook } from 'chat-webhooks'
 *
 * for (const event of parseWebhook(await request.text(), request.headers)) {
 *   if (event.kind === 'message.created' && event.message.author.role === 'customer') reply(event)
 * }
 *
 * @module chat-webhooks
 */
export * as chatwoot from './providers/chatwoot/index.js'
export * as channeltalk from './providers/channeltalk/index.js'
export * as proto from './providers/proto/index.js'
export * as oneroute from './providers/oneroute/index.js'
export {
  detectProvider,
  decodeWebhook,
  decodeWebhookWithDrift,
  fromRequest,
  normalizeWebhook,
  parseWebhook,
  type AnyRequestOptions,
  type AnyWebhook,
} from './detect.js'
export type { BodyLimit, RequestResult } from './core/request.js'
export { REASONS, statusOf, type Reason, type RequestFailure } from './core/reasons.js'
export { match, type Handlers, type ExhaustiveHandlers } from './match.js'
export { redact } from './redact.js'
export { reviveEvent } from './serialize.js'
export type { StandardSchemaV1 } from './core/standard-schema.js'
export { WebhookError, type WebhookErrorCode, type WebhookIssue } from './core/errors.js'
export type { DecodeOptions, NormalizeOptions, ParseOptions, WithDrift } from './core/provider.js'
export type { DriftItem } from './core/strict.js'
export type { HeadersLike } from './core/headers.js'
export type { VerifyResult, VerifyFailure, VerifyRefusal } from './core/crypto.js'
export type { RawBody } from './core/body.js'
export type { Either } from './core/either.js'
export {
  AnyOfType,
  ArrayOfType,
  FallbackType,
  LimitedArrayType,
  LiteralOfType,
  OpenEnumType,
  PrefixedType,
  RecordOfType,
  RecursiveOfType,
  StructType,
  TaggedUnionType,
  UNRECOGNIZED,
  type Props,
  type SentTags,
  type StructOf,
  type StructOptions,
  type TaggedUnionOf,
  type TaggedUnionOptions,
  type Unrecognized,
} from './core/codecs.js'
export type * from './model/index.js'
