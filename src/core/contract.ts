/**
 * The provider contract: what every provider module is. A provider is a
 * value — `chatwoot`, `channeltalk`… — that satisfies {@link Provider}, and
 * the registry (`providers`, at the root) lists them; detection, the root's
 * decoding and front door, the build, the docs and the cross-provider tests
 * all derive from that list. docs/design.md says why, and
 * docs/guides/adding-a-provider.md how to add one.
 *
 * @module
 */
import type * as t from './io.js'
import type { ChatEvent } from '../model/index.js'
import type { RawBody } from './body.js'
import type { VerifyResult } from './crypto.js'
import type { Either } from './either.js'
import type { WebhookError } from './errors.js'
import type { HeadersLike } from './headers.js'
import type { DecodeOptions, NormalizeOptions, WithDrift } from './provider.js'
import type { BodyLimit, RequestResult } from './request.js'
import type { StandardSchemaV1 } from './standard-schema.js'

/**
 * A provider's secret: the webhook's signing secret (Chatwoot, OneRoute) or
 * URL token (Channel Talk); several during a rotation, any of which may match.
 * @category provider
 * @since 0.3.0
 */
export type Secret = string | readonly string[]

/**
 * What `verify` takes, the same for every provider: the raw body, the
 * request's headers and URL, and the provider's secret. Each provider reads
 * what its scheme needs (Chatwoot and OneRoute the body and headers, Channel
 * Talk the URL) and may take options of its own (Chatwoot's
 * `toleranceSeconds`).
 * @category provider
 * @since 0.3.0
 */
export interface VerifyInput {
  /** The raw request body, exactly as received: re-serialized JSON does not match. */
  readonly body?: RawBody
  /** The request's headers: Fetch `Headers`, Node's `IncomingHttpHeaders` or a plain record. */
  readonly headers?: HeadersLike
  /** The URL the request was posted to: absolute, or the path and query (`req.originalUrl`). */
  readonly url?: string | URL
  /** The webhook's secret or token; several during a rotation. Unsigned providers need none. */
  readonly secret?: Secret
}

/**
 * How a provider authenticates its webhooks, in one shape for every
 * provider: `kind` says the scheme; the other fields say where its parts are.
 * - `hmac-sha1` / `hmac-sha256` / `hmac-sha512`: a signature header over the raw body
 *   (Chatwoot also signs a timestamp; Intercom still signs with SHA-1);
 * - `url-token`: a token in the URL's query string (`queryParameter`);
 * - `api-key-header`: the webhook's secret itself in a header (`signatureHeader`),
 *   which proves the sender knows it but covers neither the body nor replays;
 * - `none`: the provider signs nothing — `verify` answers
 *   `{ ok: true, unsigned: true }` and the front door `verified: false`.
 * @category provider
 * @since 0.3.0
 */
export interface Verification {
  readonly kind: 'hmac-sha1' | 'hmac-sha256' | 'hmac-sha512' | 'url-token' | 'api-key-header' | 'none'
  /** The header that carries the signature (`api-key-header`: the secret itself). */
  readonly signatureHeader?: string
  /** The header that carries the signed timestamp. */
  readonly timestampHeader?: string
  /** The header that names each delivery (events carry it as `deliveryId`). */
  readonly deliveryHeader?: string
  /** The query parameter that carries the token (`url-token`). */
  readonly queryParameter?: string
  /** What is signed, e.g. `{timestamp}.{body}`. */
  readonly signedContent?: string
  /** How the signature is written, e.g. `sha256=<lowercase hex>`. */
  readonly format?: string
  /** How far a signed timestamp may be from now, either way, unless `toleranceSeconds` says otherwise. */
  readonly defaultToleranceSeconds?: number
  /** What to do instead, for a provider that signs nothing. */
  readonly advice?: string
  /** The address the provider documents sending from, for allow-lists. */
  readonly sourceIp?: string
  /** A weaker check `verify` makes only when asked (OneRoute: a signature over the re-serialized body). */
  readonly reserializedFallback?: 'opt-in'
}

/**
 * What the front door takes: a Fetch `Request` (Workers, Deno, Bun, Next.js,
 * Hono's `c.req.raw`), or what an Express or Fastify route has — the raw
 * body (`req.body` from `express.raw()`), the headers and the URL
 * (`req.originalUrl`, Fastify's `request.url`).
 * @category request
 * @since 0.3.0
 */
export type RequestInput =
  | Request
  | {
      readonly body: RawBody
      readonly headers: HeadersLike
      /** Needed by providers that authenticate by URL (Channel Talk); absolute or path and query. */
      readonly url?: string
      /** The request's method: a `GET` is a subscription handshake for providers that send one (WhatsApp). */
      readonly method?: string
    }

/**
 * A provider's front-door options: its verify options without the request's
 * parts, decoding options and the body limit.
 * @category request
 * @since 0.3.0
 */
export type HandleOptions<O> = Omit<O, keyof VerifyInput> & { readonly secret?: Secret } & DecodeOptions & BodyLimit

/**
 * A provider's `Webhook` codec: an io-ts codec whose type is the provider's
 * webhook union, also a Standard Schema v1 validator.
 * @category provider
 * @since 0.3.0
 */
export type WebhookCodec<W> = t.Type<W, W> & StandardSchemaV1<unknown, W>

/**
 * A provider's redelivery: what it documents, and how long a `DedupeStore`
 * should remember its `dedupeKey`s — past its last documented redelivery, or a
 * day where it documents none (at-least-once delivery is then assumed).
 * @category provider
 * @since 0.3.0
 */
export interface Redelivery {
  /** What the provider documents about redelivering a webhook, in a sentence (docs/providers/<id>.md). */
  readonly documented: string
  /** How long to remember a dedupe key, in milliseconds. */
  readonly ttlMs: number
}

/**
 * What every provider is. `W` is the provider's decoded webhook type, `O`
 * the options its `verify` takes beyond {@link VerifyInput}.
 * @category provider
 * @since 0.3.0
 * @example
 * import { providers } from 'chat-webhooks'
 *
 * for (const p of Object.values(providers)) console.log(p.id, p.verification.kind)
 */
export interface Provider<Id extends string = string, W = unknown, O = unknown> {
  /** The provider's id: its key in the registry, its subpath (`chat-webhooks/<id>`), the `provider` of its events. */
  readonly id: Id
  /** The platform's name, for people: `Chatwoot`, `Channel Talk`. */
  readonly name: string
  /** The io-ts codec of every webhook body the provider sends; also a Standard Schema. */
  readonly Webhook: WebhookCodec<W>
  /** Decodes a body (raw text or bytes, or a parsed value): lenient, or `strict`. Never throws. */
  decode(body: unknown, options?: DecodeOptions): Either<WebhookError, W>
  /** Decodes leniently and reports what was tolerated, each at its JSON pointer. Never throws. */
  decodeWithDrift(body: unknown): Either<WebhookError, WithDrift<W>>
  /** Maps a decoded webhook to the shared model. Pure; never throws on what `decode` accepted. */
  normalize(webhook: W, options?: NormalizeOptions): ChatEvent[]
  /** How the provider authenticates its webhooks. */
  readonly verification: Verification
  /** Checks a request's signature or token. Never throws. */
  verify(input: VerifyInput & O): Promise<VerifyResult>
  /** The headers the provider would send with `body` (signing providers): for tests. */
  readonly sign?: (input: {
    readonly secret: string
    readonly body: RawBody
    readonly timestamp?: number
  }) => Promise<Record<string, string>>
  /**
   * Keys of this provider's payloads whose values are personal data or
   * secrets beyond the common ones (names, e-mails, phones, tokens…), written
   * lowercase without `_` or `-` (`last_seen_ip` → `lastseenip`), as `redact`
   * compares keys: it masks them.
   */
  readonly redactKeys?: readonly string[]
  /** How the provider redelivers a webhook, and how long a dedupe store should remember its keys. */
  readonly redelivery: Redelivery
  /** Whether a request comes from this provider: from its headers when given, else from a few keys of the parsed body; never a full decode. */
  detect(body: unknown, headers?: HeadersLike): boolean
  /** The front door: reads the body once (at most `maxBytes`), verifies, decodes, normalizes. Never throws. */
  readonly handle: (request: RequestInput, options?: HandleOptions<O>) => Promise<RequestResult>
}

/**
 * Any provider, whatever its webhook type: what generic code over the
 * registry takes.
 * @category provider
 * @since 0.3.0
 */
export type AnyProvider = Provider
