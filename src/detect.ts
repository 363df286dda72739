/**
 * Telling which provider sent a body: from the provider's own headers when
 * given, otherwise from the body's shape alone — a few key checks, never a
 * full decode per provider.
 *
 * @module
 */
import { attempt } from './core/attempt.js'
import { readBody } from './core/body.js'
import { looksLike } from './core/shapes.js'
import { left, type Either } from './core/either.js'
import { WebhookError } from './core/errors.js'
import { headerNames, type HeadersLike } from './core/headers.js'
import { withDelivery, type DecodeOptions, type WithDrift } from './core/provider.js'
import { handleBody, readRequestBody, refusal, refuse, unread, type BodyLimit, type RequestResult } from './core/request.js'
import { REASONS } from './core/reasons.js'
import type { ChatEvent, ProviderId } from './model/index.js'
import * as channeltalk from './providers/channeltalk/index.js'
import * as chatwoot from './providers/chatwoot/index.js'
import * as oneroute from './providers/oneroute/index.js'
import * as proto from './providers/proto/index.js'
import { requestHandling as chatwootHandling } from './providers/chatwoot/provider.js'
import { requestHandling as channeltalkHandling } from './providers/channeltalk/provider.js'
import { requestHandling as protoHandling } from './providers/proto/provider.js'
import { requestHandling as onerouteHandling } from './providers/oneroute/provider.js'

const fromHeaders = (headers: HeadersLike | undefined): ProviderId | undefined => {
  for (const name of headerNames(headers)) {
    if (name.startsWith('x-chatwoot-')) return 'chatwoot'
    if (name === 'x-oneroute-signature') return 'oneroute'
  }
  return undefined
}

const fromBody = looksLike

/**
 * Which provider sent this body, or `undefined` when no provider's shape
 * fits. Accepts the raw body or a parsed value; headers, when given, are
 * consulted first. Never throws.
 * @category detection
 * @since 0.1.0
 * @example
 * detectProvider('{"event":"message_created","id":1}') // 'chatwoot'
 */
export const detectProvider = (input: unknown, headers?: HeadersLike): ProviderId | undefined =>
  // A body with throwing getters names no provider.
  attempt(() => fromHeaders(headers) ?? fromInput(input), undefined)

const fromInput = (input: unknown): ProviderId | undefined => {
  const body = readBody(input)
  // Stryker disable next-line ConditionalExpression: a Left has no right, and fromBody(undefined) is undefined
  return body._tag === 'Right' ? fromBody(body.right) : undefined
}

/**
 * Any provider's decoded webhook, tagged with the provider that sent it.
 * @category detection
 * @since 0.1.0
 */
export type AnyWebhook =
  | { readonly provider: 'chatwoot'; readonly webhook: chatwoot.Webhook }
  | { readonly provider: 'channeltalk'; readonly webhook: channeltalk.Webhook }
  | { readonly provider: 'proto'; readonly webhook: proto.Webhook }
  | { readonly provider: 'oneroute'; readonly webhook: oneroute.Webhook }

/** A provider's decode result, tagged with the provider. */
const tagged = <A>(r: Either<WebhookError, A>, tag: (webhook: A) => AnyWebhook): Either<WebhookError, AnyWebhook> =>
  r._tag === 'Left' ? r : { _tag: 'Right', right: tag(r.right) }

/**
 * Detects the provider, then decodes with its codec. The body is parsed once.
 * Never throws; an unknown body is a `WebhookError` with code `unknown_provider`.
 * @category detection
 * @since 0.1.0
 */
export const decodeWebhook = (input: unknown, headers?: HeadersLike, options?: DecodeOptions): Either<WebhookError, AnyWebhook> => {
  const body = readBody(input)
  if (body._tag === 'Left') return body
  const provider = fromHeaders(headers) ?? fromBody(body.right)
  switch (provider) {
    case 'chatwoot':
      return tagged(chatwoot.decode(body.right, options), (webhook) => ({ provider, webhook }))
    case 'channeltalk':
      return tagged(channeltalk.decode(body.right, options), (webhook) => ({ provider, webhook }))
    case 'proto':
      return tagged(proto.decode(body.right, options), (webhook) => ({ provider, webhook }))
    case 'oneroute':
      return tagged(oneroute.decode(body.right, options), (webhook) => ({ provider, webhook }))
    default:
      return unknownProvider()
  }
}

/**
 * Normalizes a webhook {@link decodeWebhook} returned, with its provider's normalizer.
 * @category detection
 * @since 0.2.0
 */
export const normalizeWebhook = (w: AnyWebhook): ChatEvent[] => {
  switch (w.provider) {
    case 'chatwoot':
      return chatwoot.normalize(w.webhook)
    case 'channeltalk':
      return channeltalk.normalize(w.webhook)
    case 'proto':
      return proto.normalize(w.webhook)
    case 'oneroute':
      return oneroute.normalize(w.webhook)
  }
}

/** The header each provider names its deliveries with. */
const DELIVERY_HEADERS: Partial<Record<ProviderId, string>> = { chatwoot: chatwoot.verification.deliveryHeader }

/**
 * Detects the provider, decodes and normalizes. Throws `WebhookError`. With
 * `headers`, events carry the provider's delivery id as `deliveryId`.
 * @category detection
 * @since 0.1.0
 * @example
 * for (const event of parseWebhook(await request.text(), request.headers)) {
 *   if (event.kind === 'message.created') console.log(event.message.text)
 * }
 */
export const parseWebhook = (input: unknown, headers?: HeadersLike, options?: DecodeOptions): ChatEvent[] => {
  const r = decodeWebhook(input, headers, options)
  if (r._tag === 'Left') throw r.left
  return withDelivery(normalizeWebhook(r.right), DELIVERY_HEADERS[r.right.provider], headers)
}

/**
 * Detects the provider and decodes leniently, reporting what was tolerated
 * (see each provider's `decodeWithDrift`).
 * @category detection
 * @since 0.2.0
 */
export const decodeWebhookWithDrift = (input: unknown, headers?: HeadersLike): Either<WebhookError, WithDrift<AnyWebhook>> => {
  const body = readBody(input)
  if (body._tag === 'Left') return body
  const provider = fromHeaders(headers) ?? fromBody(body.right)
  switch (provider) {
    case 'chatwoot':
      return drifted(chatwoot.decodeWithDrift(body.right), (webhook) => ({ provider, webhook }))
    case 'channeltalk':
      return drifted(channeltalk.decodeWithDrift(body.right), (webhook) => ({ provider, webhook }))
    case 'proto':
      return drifted(proto.decodeWithDrift(body.right), (webhook) => ({ provider, webhook }))
    case 'oneroute':
      return drifted(oneroute.decodeWithDrift(body.right), (webhook) => ({ provider, webhook }))
    default:
      return unknownProvider()
  }
}

const drifted = <A>(r: Either<WebhookError, WithDrift<A>>, tag: (webhook: A) => AnyWebhook): Either<WebhookError, WithDrift<AnyWebhook>> =>
  r._tag === 'Left' ? r : { _tag: 'Right', right: { webhook: tag(r.right.webhook), drift: r.right.drift } }

const unknownProviderError = (): WebhookError => new WebhookError('unknown_provider', undefined, [], 'no provider recognises this body')
const unknownProvider = () => left(unknownProviderError())

/** Each provider's request handling, for the root fromRequest. */
const REQUESTS = {
  chatwoot: chatwootHandling,
  channeltalk: channeltalkHandling,
  proto: protoHandling,
  oneroute: onerouteHandling,
}

/**
 * What the root {@link fromRequest} needs: the options of each provider you
 * accept webhooks from, and the body limit. A request from a provider not
 * listed is refused (401, `provider_not_configured`); list `proto: {}` to
 * accept Proto's unsigned requests.
 * @category request
 * @since 0.2.0
 */
export interface AnyRequestOptions extends BodyLimit {
  readonly chatwoot?: chatwoot.RequestOptions
  readonly channeltalk?: channeltalk.RequestOptions
  readonly proto?: proto.RequestOptions
  readonly oneroute?: oneroute.RequestOptions
}

/**
 * Reads a Fetch `Request`'s raw body once, detects the provider (headers
 * first, then the body), and verifies, decodes and normalizes with that
 * provider's options. Never throws.
 * @category request
 * @since 0.2.0
 * @example
 * const result = await fromRequest(request, { chatwoot: { secret: env.CHATWOOT_SECRET }, channeltalk: { token: env.CHANNEL_TOKEN } })
 * if (!result.ok) return new Response(result.message, { status: result.status })
 */
export const fromRequest = async (request: Request, options: AnyRequestOptions): Promise<RequestResult> => {
  const body = await readRequestBody(request, options?.maxBytes)
  if (!(body instanceof Uint8Array)) return unread(body)
  const parsed = readBody(body)
  if (parsed._tag === 'Left') return refuse(parsed.left)
  const provider = fromHeaders(request.headers) ?? fromBody(parsed.right)
  if (provider === undefined) return refuse(unknownProviderError())
  const refused = refusal('provider_not_configured', `${provider}: ${REASONS.provider_not_configured}`, provider)
  switch (provider) {
    case 'chatwoot':
      return options.chatwoot ? handleBody(REQUESTS.chatwoot, request, body, options.chatwoot, parsed.right) : refused
    case 'channeltalk':
      return options.channeltalk ? handleBody(REQUESTS.channeltalk, request, body, options.channeltalk, parsed.right) : refused
    case 'proto':
      return options.proto ? handleBody(REQUESTS.proto, request, body, options.proto, parsed.right) : refused
    case 'oneroute':
      return options.oneroute ? handleBody(REQUESTS.oneroute, request, body, options.oneroute, parsed.right) : refused
  }
}
