/**
 * chat-webhooks: validated, precisely typed webhook events for customer-chat
 * platforms, and one shared conversation/message model on top of them.
 *
 * The root holds what works over every provider: the registry
 * (`providers`), detection, generic `decode` / `normalize`, the front door
 * for an endpoint that takes several providers (`handle`), `match`, `redact`
 * and `reviveEvent`. Each provider is also a subpath of its own
 * (`chat-webhooks/chatwoot`, `chat-webhooks/channeltalk`…): import the
 * subpath when you use one provider, so bundles carry only its codecs.
 *
 * @example
 * import { handle } from 'chat-webhooks'
 *
 * const result = await handle(request, { chatwoot: { secret: env.CHATWOOT_SECRET }, proto: {} })
 * if (!result.ok) return new Response(result.message, { status: result.status })
 * for (const event of result.events) if (event.kind === 'message.created') reply(event)
 *
 * @module chat-webhooks
 */
export { providers, type Providers, type ProviderId } from './registry.js'
export {
  decode,
  decodeWithDrift,
  detectProvider,
  handle,
  normalize,
  type AnyDecodeOptions,
  type AnyWebhook,
  type HandleConfig,
} from './detect.js'
export { match, type Handlers, type ExhaustiveHandlers } from './match.js'
export { redact } from './redact.js'
export { createDedupe, firstDeliveries, type DedupeOptions, type DedupeStore, type MemoryDedupe } from './dedupe.js'
export { reviveEvent } from './serialize.js'
export { WebhookError, type WebhookErrorCode, type WebhookIssue } from './core/errors.js'
export { REASONS, type Reason, type RequestFailure } from './core/reasons.js'
export type {
  AnyProvider,
  HandleOptions,
  Provider,
  RequestInput,
  Secret,
  Redelivery,
  Verification,
  VerifyInput,
  WebhookCodec,
} from './core/contract.js'
export type { BodyLimit, RequestResult } from './core/request.js'
export type { StandardSchemaV1 } from './core/standard-schema.js'
export type { DecodeOptions, NormalizeOptions, WithDrift } from './core/provider.js'
export type { DriftItem } from './core/strict.js'
export type { HeadersLike } from './core/headers.js'
export type { VerifyResult, VerifyFailure, VerifyRefusal } from './core/crypto.js'
export type { RawBody } from './core/body.js'
export type {
  Context,
  ContextEntry,
  Decoder,
  Either,
  Encoder,
  Errors,
  Left,
  Mixed,
  OutputOf,
  Right,
  Type,
  TypeOf,
  Validation,
  ValidationError,
} from './core/io.js'
export type {
  AnyOfType,
  ArrayOfType,
  Codec,
  EnumCodec,
  FallbackType,
  Fields,
  LimitedArrayType,
  LiteralOfType,
  OpenEnumType,
  Props,
  RecordOfType,
  StructOf,
  StructType,
  SentTags,
  TaggedUnionOf,
  TaggedUnionOptions,
  TaggedUnionType,
  Unrecognized,
} from './core/codecs.js'
export type * from './model/index.js'
