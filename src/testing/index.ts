/**
 * For your tests: every payload this library ships, as its raw text
 * (signatures are computed over raw bytes) and decoded, typed by provider and
 * event; a builder that applies overrides; and requests signed as the
 * provider signs them — a Fetch `Request`, or the `{ body, headers, url }` an
 * Express or Fastify route has — so you test your routes in one line. Every
 * provider of the registry has them.
 *
 * @example
 * import { fixture, build, signedRequest } from 'chat-webhooks/testing'
 *
 * const f = fixture('chatwoot', 'message_created.incoming_text.web_widget')
 * f.parsed.content // typed: chatwoot.MessageCreated
 * const mine = build('chatwoot', 'message_created.incoming_text.web_widget', { content: 'Refund please' })
 * const response = await app.fetch(await signedRequest('chatwoot', 'message_created.private_note', { secret: 'test' }))
 *
 * @module testing
 */
import type { Secret } from '../core/contract.js'
import type { Either } from '../core/either.js'
import type { WebhookError } from '../core/errors.js'
import type { ProviderId, Providers } from '../registry.js'
import { providers } from '../registry.js'
import { RAW, TAGS } from '../generated/fixtures.js'

type Tags = typeof TAGS

/**
 * The fixture names of a provider, e.g. `'message_created.private_note'`.
 * @category fixtures
 * @since 0.2.0
 */
export type FixtureName<P extends ProviderId> = keyof Tags[P] & string

/** The tags of the webhook a fixture holds. */
type TagsOf<P extends ProviderId, N extends FixtureName<P>> = Tags[P][N]

/** A provider's decoded webhook type. */
type ProviderWebhook<P extends ProviderId> = Providers[P] extends {
  decode(body: unknown): Either<WebhookError, infer W>
}
  ? W
  : never

/**
 * The members of a provider's webhook union that a fixture's tags select:
 * `chatwoot.MessageCreated` for `{ event: 'message_created' }`, the
 * `AutomationEvent` for `automation_event.*`, the `Unrecognized` variant for
 * `unrecognized`, the whole union when there are no tags (a Proto batch).
 * @category fixtures
 * @since 0.3.0
 */
export type WebhookOf<P extends ProviderId, Tags> =
  ProviderWebhook<P> extends infer W
    ? W extends unknown
      ? Tags extends Pick<W, Extract<keyof Tags, keyof W>>
        ? W
        : never
      : never
    : never

/**
 * A fixture: its raw text, and the value `decode` gives for it.
 * @category fixtures
 * @since 0.2.0
 */
export interface Fixture<P extends ProviderId, W> {
  readonly provider: P
  readonly name: string
  /** The event it holds, from the fixture's tags: their values joined by `/` (`message_created`, `push/message`), `batch` for a batch (no tags), or `unrecognized`. */
  readonly event: string
  /** The payload exactly as stored: sign and send these bytes. */
  readonly raw: string
  /** The decoded webhook. */
  readonly parsed: W
}

const decoded = (provider: ProviderId, raw: string): unknown => {
  const r = (providers[provider] as { decode(body: unknown): Either<WebhookError, unknown> }).decode(raw)
  if (r._tag === 'Left') throw r.left
  return r.right
}

const entry = (provider: ProviderId, name: string): { readonly event: string; readonly raw: string } => {
  const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)
  const tags: Readonly<Record<string, Readonly<Record<string, string>> | undefined>> = has(TAGS, provider)
    ? TAGS[provider]
    : {}
  const raws: Readonly<Record<string, string | undefined>> = has(RAW, provider) ? RAW[provider] : {}
  const found = has(tags, name) ? tags[name] : undefined
  const raw = has(raws, name) ? raws[name] : undefined
  // Stryker disable next-line ConditionalExpression,LogicalOperator: tags and texts come from one fixture list (src/generated/fixtures.ts), so a name has both or neither
  if (!found || raw === undefined) throw new RangeError(`chat-webhooks: no ${provider} fixture named "${name}"`)
  const values = Object.values(found)
  return {
    event: values.length === 0 ? 'batch' : values.includes('unrecognized') ? 'unrecognized' : values.join('/'),
    raw,
  }
}

/**
 * One fixture, typed by its provider and event.
 * @category fixtures
 * @since 0.2.0
 * @example
 * const f = fixture('oneroute', 'newMessage.image')
 * f.parsed.message.imageUrl
 */
export const fixture = <P extends ProviderId, N extends FixtureName<P>>(
  provider: P,
  name: N,
): Fixture<P, WebhookOf<P, TagsOf<P, N>>> => {
  const { event, raw } = entry(provider, name)
  return { provider, name, event, raw, parsed: decoded(provider, raw) as WebhookOf<P, TagsOf<P, N>> }
}

/**
 * The names of every fixture of a provider.
 * @category fixtures
 * @since 0.2.0
 */
export const fixtureNames = <P extends ProviderId>(provider: P): FixtureName<P>[] =>
  Object.keys(TAGS[provider]) as FixtureName<P>[]

/**
 * Overrides for a JSON value: objects merge key by key, anything else (arrays included) replaces.
 * @category fixtures
 * @since 0.2.0
 */
export type Overrides<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [K in keyof T]?: Overrides<T[K]> | null }
    : T

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

const merge = (base: unknown, patch: unknown): unknown => {
  if (!isObject(base) || !isObject(patch)) return patch
  const out: Record<string, unknown> = { ...base }
  for (const k of Object.keys(patch)) {
    const v = patch[k]
    if (v === undefined) continue
    // defineProperty keeps a `__proto__` key an own property; the merge is only serialized, so enumerable is all it needs.
    Object.defineProperty(out, k, { value: merge(base[k], v), enumerable: true })
  }
  return out
}

/**
 * A fixture with overrides merged into its JSON (objects merge key by key;
 * arrays and other values replace), re-serialized as `raw` and decoded.
 * Throws the `WebhookError` when the result no longer decodes.
 * @category fixtures
 * @since 0.2.0
 * @example
 * const f = build('channeltalk', 'push.message.user_text.v5', { entity: { plainText: 'refund?' } })
 */
export const build = <P extends ProviderId, N extends FixtureName<P>>(
  provider: P,
  name: N,
  overrides: Overrides<WebhookOf<P, TagsOf<P, N>>>,
): Fixture<P, WebhookOf<P, TagsOf<P, N>>> => {
  const { event, raw: base } = entry(provider, name)
  const raw = JSON.stringify(merge(JSON.parse(base), overrides))
  return { provider, name, event, raw, parsed: decoded(provider, raw) as WebhookOf<P, TagsOf<P, N>> }
}

/**
 * How to sign a test request: the webhook's secret (the provider's signing
 * secret or URL token; none for unsigned providers), the URL, and for
 * Chatwoot the timestamp.
 * @category requests
 * @since 0.3.0
 */
export interface SignOptions {
  readonly secret?: Secret
  /** Where the request goes; default `https://example.test/webhook`. */
  readonly url?: string
  /** Unix seconds, for providers that sign a timestamp; default now. */
  readonly timestamp?: number
  /** Headers to add, e.g. a delivery id. */
  readonly headers?: Readonly<Record<string, string>>
}

/**
 * A request's parts as an Express or Fastify route has them, signed as the
 * provider signs: `body` (the raw text), `headers`, `url`.
 * @category requests
 * @since 0.3.0
 */
export interface SignedParts {
  readonly body: string
  readonly headers: Readonly<Record<string, string>>
  readonly url: string
}

/** The first secret of a rotation list. */
const firstSecret = (secret: Secret | undefined): string => (typeof secret === 'string' ? secret : (secret?.[0] ?? ''))

/**
 * The parts of a request carrying `body` as `provider` would send it: signed
 * with its scheme (a signature header, a URL token, or nothing for a provider
 * that signs nothing).
 * @category requests
 * @since 0.3.0
 * @example
 * const parts = await signedBody('oneroute', rawBody, { secret: 'test' })
 * await fetch(parts.url, { method: 'POST', body: parts.body, headers: parts.headers })
 */
export const signedBody = async (
  provider: ProviderId,
  body: string,
  options: SignOptions = {},
): Promise<SignedParts> => {
  const p = providers[provider] as {
    readonly verification: { readonly kind: string; readonly queryParameter?: string }
    readonly sign?: (input: {
      readonly secret: string
      readonly body: string
      readonly timestamp?: number
    }) => Promise<Record<string, string>>
  }
  const url = new URL(options.url ?? 'https://example.test/webhook')
  let headers: Record<string, string> = { 'content-type': 'application/json' }
  if (p.sign)
    headers = {
      ...headers,
      ...(await p.sign({
        secret: firstSecret(options.secret),
        body,
        // An undefined timestamp is none: sign uses the current time.
        timestamp: options.timestamp,
      })),
    }
  // Only a URL-token verification names a query parameter (src/core/contract.ts).
  if (p.verification.queryParameter !== undefined)
    url.searchParams.set(p.verification.queryParameter, firstSecret(options.secret))
  return { body, headers: { ...headers, ...options.headers }, url: url.href }
}

/**
 * A fixture as a signed request's parts (`{ body, headers, url }`).
 * @category requests
 * @since 0.3.0
 * @example
 * const parts = await signedParts('chatwoot', 'message_created.private_note', { secret: 'test' })
 * const result = await handle(parts, { chatwoot: { secret: 'test' } })
 */
export const signedParts = <P extends ProviderId>(
  provider: P,
  name: FixtureName<P>,
  options?: SignOptions,
): Promise<SignedParts> => signedBody(provider, entry(provider, name).raw, options)

/**
 * A fixture as a signed Fetch `Request` (a `POST`), for a route that takes one.
 * @category requests
 * @since 0.3.0
 * @example
 * const response = await worker.fetch(await signedRequest('channeltalk', 'push.message.user_text.v5', { secret: 'tk' }), env)
 */
export const signedRequest = async <P extends ProviderId>(
  provider: P,
  name: FixtureName<P>,
  options?: SignOptions,
): Promise<Request> => {
  const parts = await signedParts(provider, name, options)
  return new Request(parts.url, { method: 'POST', body: parts.body, headers: parts.headers })
}
