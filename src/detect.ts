/**
 * The root's generic entry points, over every provider of the registry:
 * telling which provider sent a request, decoding and normalizing any
 * provider's body, and the front door for an endpoint that takes several
 * providers. Each derives from the registry: a provider added there is
 * detected, decoded and handled here without a change.
 *
 * @module
 */
import { attempt } from './core/attempt.js'
import { readBody } from './core/body.js'
import type { AnyProvider, HandleOptions, RequestInput } from './core/contract.js'
import { left, type Either } from './core/either.js'
import { WebhookError } from './core/errors.js'
import type { HeadersLike } from './core/headers.js'
import type { DecodeOptions, NormalizeOptions, WithDrift } from './core/provider.js'
import { REASONS } from './core/reasons.js'
import {
  answerChallenge,
  handleParts,
  handlingOf,
  isGet,
  isHead,
  answerHead,
  readInput,
  refusal,
  refuse,
  type BodyLimit,
  type Refusal,
  type RequestResult,
} from './core/request.js'
import type { ChatEvent } from './model/index.js'
import { providers, type ProviderId, type Providers } from './registry.js'

/** Every provider, in the registry's (detection) order. */
const all = (): readonly AnyProvider[] => Object.values(providers)

/** The decoded webhook type of a provider. */
type WebhookOf<P> = P extends { decode(body: unknown, options?: DecodeOptions): Either<WebhookError, infer W> }
  ? W
  : never

/** The options of a provider's front door. */
type HandleOptionsOf<P> = P extends { handle(request: RequestInput, options?: infer O): unknown }
  ? NonNullable<O>
  : never

/**
 * Any provider's decoded webhook, tagged with the provider that sent it.
 * @category detection
 * @since 0.1.0
 */
export type AnyWebhook = {
  readonly [K in ProviderId]: { readonly provider: K; readonly webhook: WebhookOf<Providers[K]> }
}[ProviderId]

/** The provider a request's headers name, then the one its parsed body looks like. */
const detectIn = (parsed: unknown, headers: HeadersLike | undefined): AnyProvider | undefined =>
  (headers ? all().find((p) => p.detect(undefined, headers)) : undefined) ??
  (parsed === undefined ? undefined : all().find((p) => p.detect(parsed)))

/**
 * Which provider sent this body, or `undefined` when no provider's shape
 * fits. Accepts the raw body or a parsed value; headers, when given, are
 * consulted first, then a few keys of the body — never a full decode. Never
 * throws.
 * @category detection
 * @since 0.1.0
 * @example
 * detectProvider('{"event":"message_created","id":1}') // 'chatwoot'
 */
export const detectProvider = (body: unknown, headers?: HeadersLike): ProviderId | undefined =>
  attempt(() => {
    const read = readBody(body)
    return detectIn(read._tag === 'Right' ? read.right : undefined, headers)?.id as ProviderId | undefined
  }, undefined)

/**
 * Options of the root {@link decode}: the request's headers (they name the
 * provider when they can), and `strict`.
 * @category detection
 * @since 0.3.0
 */
export interface AnyDecodeOptions extends DecodeOptions {
  readonly headers?: HeadersLike
}

const unknownProviderError = (): WebhookError =>
  new WebhookError('unknown_provider', undefined, [], REASONS.unknown_provider)

/** The body read, and the provider that sent it. */
const routed = (
  body: unknown,
  headers: HeadersLike | undefined,
): Either<WebhookError, { readonly value: unknown; readonly provider: AnyProvider }> => {
  const read = readBody(body)
  if (read._tag === 'Left') return read
  const provider = detectIn(read.right, headers)
  return provider ? { _tag: 'Right', right: { value: read.right, provider } } : left(unknownProviderError())
}

/**
 * Detects the provider (headers first, then the body), then decodes with its
 * codec; the body is parsed once. Never throws: an unknown body is a
 * `WebhookError` with code `unknown_provider`.
 * @category detection
 * @since 0.3.0
 * @example
 * const r = decode(await request.text(), { headers: request.headers })
 * if (r._tag === 'Right') for (const event of normalize(r.right)) console.log(event.provider, event.kind)
 */
export const decode = (body: unknown, options?: AnyDecodeOptions): Either<WebhookError, AnyWebhook> => {
  const r = routed(body, options?.headers)
  if (r._tag === 'Left') return r
  const { provider, value } = r.right
  const decoded = provider.decode(value, options)
  return decoded._tag === 'Left'
    ? decoded
    : { _tag: 'Right', right: { provider: provider.id, webhook: decoded.right } as AnyWebhook }
}

/**
 * Detects the provider and decodes leniently, reporting what was tolerated
 * (see each provider's `decodeWithDrift`).
 * @category detection
 * @since 0.3.0
 */
export const decodeWithDrift = (
  body: unknown,
  options?: { readonly headers?: HeadersLike },
): Either<WebhookError, WithDrift<AnyWebhook>> => {
  const r = routed(body, options?.headers)
  if (r._tag === 'Left') return r
  const { provider, value } = r.right
  const decoded = provider.decodeWithDrift(value)
  return decoded._tag === 'Left'
    ? decoded
    : {
        _tag: 'Right',
        right: {
          webhook: { provider: provider.id, webhook: decoded.right.webhook } as AnyWebhook,
          drift: decoded.right.drift,
        },
      }
}

/**
 * Normalizes a webhook the root {@link decode} returned, with its provider's
 * normalizer; `options` as the provider's `normalize` takes them.
 * @category detection
 * @since 0.3.0
 */
export const normalize = (w: AnyWebhook, options?: NormalizeOptions): ChatEvent[] =>
  (providers[w.provider] as AnyProvider).normalize(w.webhook, options)

/**
 * What the root {@link handle} takes: the options of each provider you
 * accept webhooks from — its secret and verify options — and the body limit.
 * A request from a provider not listed is refused (401,
 * `provider_not_configured`); list `proto: {}` to accept Proto's unsigned
 * requests.
 * @category request
 * @since 0.3.0
 */
export type HandleConfig = { readonly [K in ProviderId]?: HandleOptionsOf<Providers[K]> } & BodyLimit & DecodeOptions

/**
 * The front door for an endpoint that takes several providers: reads the
 * raw body once — a Fetch `Request`, or an Express or Fastify route's
 * `{ body, headers, url }` — and authenticates it before anything parses it:
 * when the headers name the provider, its signature is verified first; when
 * none does, each configured provider's signature or token is tried on the
 * raw bytes. Only when none verifies, and an unsigned provider (Proto) is
 * configured, is the body parsed to see whose it is — and refused when it
 * could be a signed provider's, or more than one provider's. Then it decodes
 * and normalizes with that provider's options. Never throws: the result has
 * the events, or the HTTP status to answer, a reason code and a message that
 * says how to fix it.
 *
 * One route per provider, with that provider's own `handle`, does no
 * detection at all, and is the safer choice; listing an unsigned provider
 * here means that anyone who knows the URL can send bodies shaped like its.
 * @category request
 * @since 0.3.0
 * @example
 * // Express: app.post('/hooks', express.raw({ type: () => true, limit: '5mb' }), …)
 * const result = await handle({ body: req.body, headers: req.headers, url: req.originalUrl }, {
 *   chatwoot: { secret: process.env.CHATWOOT_SECRET },
 *   channeltalk: { secret: process.env.CHANNEL_TOKEN },
 * })
 * if (!result.ok) return res.status(result.status).send(result.message)
 */
export const handle = async (request: RequestInput, config: HandleConfig): Promise<RequestResult> => {
  // JavaScript callers may pass no configuration: the front door refuses, it does not throw.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  const settings: HandleConfig = config ?? {}
  const optionsOf = (p: AnyProvider) => (settings as Readonly<Record<string, HandleOptions<unknown> | undefined>>)[p.id]
  // The root's strict applies where a provider's options do not say.
  const withStrict = (options: HandleOptions<unknown>) => ({ strict: settings.strict === true, ...options })
  const handlingFor = (p: AnyProvider) => handlingOf(p.handle)

  // A HEAD is a URL check (Intercom's, when a webhook URL is saved): answered for the first configured provider that sends one.
  if (isHead(request)) {
    const checking = all().find((p) => optionsOf(p) && handlingFor(p)?.headCheck)
    if (checking) return answerHead(checking.id as ProviderId)
  }

  // A GET is a subscription handshake (WhatsApp's): the configured providers that answer one are asked; one that knows the token answers.
  if (isGet(request)) {
    const answers = all().flatMap((p) => {
      const options = optionsOf(p)
      const challenge = handlingFor(p)?.challenge
      if (!options || !challenge) return []
      const id = p.id as ProviderId
      return [
        attempt(
          () => answerChallenge({ id }, challenge(request.url, withStrict(options))),
          refusal('internal_error', undefined, id),
        ),
      ]
    })
    const [first] = answers
    if (first) return answers.find((a) => a.ok) ?? first
  }

  const parts = await readInput(request, settings.maxBytes)
  if (!('body' in parts)) return parts
  const notConfigured = (p: AnyProvider) =>
    refusal('provider_not_configured', `${p.id}: ${REASONS.provider_not_configured}`, p.id as ProviderId)

  // The headers name the provider: its signature is checked before the body is parsed.
  const named = all().find((p) => p.detect(undefined, parts.headers))
  if (named) {
    const options = optionsOf(named)
    const handling = handlingFor(named)
    if (!options) return notConfigured(named)
    return handling ? handleParts(handling, parts, withStrict(options)) : named.handle(parts, options)
  }

  // No header says: every configured signing scheme is tried on the raw bytes.
  const configured = all().flatMap((p) => {
    const options = optionsOf(p)
    return options ? [[p, options] as const] : []
  })
  const refusals: [AnyProvider, Refusal][] = []
  for (const [p, options] of configured) {
    const handling = handlingFor(p)
    if (!handling?.verify) continue
    const verified = await handling.verify(parts, withStrict(options))
    // Stryker disable next-line BooleanLiteral: verifying again gives the same answer; the flag spares a second HMAC
    if (verified.ok) return handleParts(handling, parts, withStrict(options), parts.body, true)
    refusals.push([p, refusal(verified.reason, verified.message, p.id as ProviderId)])
  }

  // Nothing verified it: only an unsigned provider may take it, and only when the body can be nobody else's.
  const unsigned = configured.filter(([p]) => !handlingFor(p)?.verify)
  if (unsigned.length === 0)
    return refusals.length === 1 ? (refusals[0] as [AnyProvider, Refusal])[1] : unverified(refusals)
  const parsed = readBody(parts.body)
  if (parsed._tag === 'Left') return refuse(parsed.left)
  const candidates = all().filter((p) => p.detect(parsed.right))
  if (candidates.length === 0) return refuse(unknownProviderError())
  const signedLookalike = candidates.find((p) => handlingFor(p)?.verify)
  if (signedLookalike) return refusals.find(([p]) => p === signedLookalike)?.[1] ?? notConfigured(signedLookalike)
  if (candidates.length > 1)
    return refusal(
      'ambiguous_provider',
      `the body could be ${candidates.map((p) => p.id).join(' or ')}: ${REASONS.ambiguous_provider}`,
    )
  const only = candidates[0] as AnyProvider
  const options = optionsOf(only)
  const handling = handlingFor(only)
  if (!options) return notConfigured(only)
  return handling ? handleParts(handling, parts, withStrict(options), parsed.right) : only.handle(parts, options)
}

/** The refusal when several configured providers were tried and none verified the request. */
const unverified = (refusals: readonly [AnyProvider, Refusal][]): RequestResult => {
  const first = refusals[0]?.[1]
  if (!first) return refuse(unknownProviderError())
  const tried = refusals.map(([p, r]) => `${p.id}: ${r.reason}`).join(', ')
  return refusal(first.reason, `no configured provider verifies this request (${tried}). ${first.message}`)
}
