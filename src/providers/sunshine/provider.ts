/**
 * The Sunshine Conversations provider: its entry points, built from its
 * codecs, normalizer, verification and detection, and the provider value the
 * registry lists. `index.ts` exports the public ones.
 *
 * @module
 */
import type { HandleOptions, Provider } from '../../core/contract.js'
import type { Either } from '../../core/either.js'
import type { WebhookError } from '../../core/errors.js'
import { makeDecode, makeDecodeWithDrift, type DecodeOptions, type DecodeWithDrift } from '../../core/provider.js'
import { makeHandle, type RequestHandling } from '../../core/request.js'
import { check, convert } from '../../generated/checks/sunshine.js'
import { Webhook } from './codecs.js'
import { detect } from './detect.js'
import { normalize } from './normalize.js'
import { sign, verification, verify, verifyNow } from './verify.js'

/**
 * This provider's id.
 * @category provider
 * @since 0.3.0
 */
export const id = 'sunshine' as const

/**
 * What `verify` and `handle` take beyond the request and the secret: nothing.
 * @category verification
 * @since 0.3.0
 */
export type VerifyExtras = Record<never, never>

/**
 * Decodes a Sunshine Conversations v2 webhook body: the raw text or bytes, or
 * an already parsed value. Never throws.
 * @category provider
 * @since 0.3.0
 * @function
 * @example
 * const result = sunshine.decode(rawBody)
 * if (result._tag === 'Left') return new Response(result.left.message, { status: 400 })
 * for (const event of sunshine.normalize(result.right)) console.log(event.kind)
 */
export const decode: (body: unknown, options?: DecodeOptions) => Either<WebhookError, Webhook> =
  /*#__PURE__*/ makeDecode({ id, codec: Webhook, check, convert })

/**
 * Decodes leniently and also reports what was tolerated — keys no codec
 * knows, enum values outside the documented set, unrecognized event, content
 * and action types — each at its JSON pointer: early warning that Zendesk
 * changed its payloads.
 * @category provider
 * @since 0.3.0
 * @function
 * @example
 * const r = sunshine.decodeWithDrift(rawBody)
 * if (r._tag === 'Right' && r.right.drift.length > 0) log.warn('sunshine payload drift', r.right.drift)
 */
export const decodeWithDrift: DecodeWithDrift<Webhook> = /*#__PURE__*/ makeDecodeWithDrift({ id, codec: Webhook })

/** How {@link handle} handles a request; the root front door uses it too. @internal */
export const requestHandling: RequestHandling<Webhook, HandleOptions<VerifyExtras>> = {
  id,
  decode,
  normalize,
  verify: (parts, o) => verifyNow({ secret: o.secret ?? [], headers: parts.headers }),
}

/**
 * The front door: reads the raw body once (a Fetch `Request`, or an Express or
 * Fastify route's `{ body, headers, url }`), checks `X-API-Key` against
 * `secret` (the webhook's secret), decodes and normalizes it. Never throws:
 * the result has the events, or the HTTP status to answer (401 for a wrong
 * secret, which Sunshine does not retry), a reason code and a message that
 * says how to fix it.
 * @category request
 * @since 0.3.0
 * @function
 * @example
 * export default {
 *   async fetch(request: Request, env: Env) {
 *     const result = await sunshine.handle(request, { secret: env.SUNSHINE_WEBHOOK_SECRET })
 *     if (!result.ok) return new Response(result.message, { status: result.status })
 *     for (const event of result.events) if (event.kind === 'message.created' && event.message.author.role === 'customer') console.log(event.message.text)
 *     return new Response(null, { status: 200 })
 *   },
 * }
 */
export const handle = /*#__PURE__*/ makeHandle(requestHandling)

/**
 * Sunshine Conversations' provider type: the {@link Provider} contract, with its own codec and `sign`.
 * @category provider
 * @since 0.3.0
 */
export interface SunshineProvider extends Provider<typeof id, Webhook, VerifyExtras> {
  readonly Webhook: typeof Webhook
  readonly sign: typeof sign
}

/**
 * Sunshine Conversations as a value: everything the registry and generic code use.
 * @category provider
 * @since 0.3.0
 */
export const sunshine: SunshineProvider = {
  id,
  name: 'Sunshine Conversations',
  Webhook,
  decode,
  decodeWithDrift,
  normalize,
  verification,
  redelivery: {
    documented:
      'Retried up to 5 times over 15 minutes on a non-2xx answer or after 20 s without one (not on 400, 401, 403, 404 or 406); event ids stay the same (docs/providers/sunshine.md §2).',
    ttlMs: 86_400_000, // a day
  },
  verify,
  sign,
  detect,
  handle,
  redactKeys: ['zendeskid', 'givenname', 'surname'],
}
