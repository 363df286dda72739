/**
 * The Intercom provider: its entry points, built from its codecs,
 * normalizer, verification and detection, and the provider value the
 * registry lists. `index.ts` exports the public ones.
 *
 * @module
 */
import type { HandleOptions, Provider } from '../../core/contract.js'
import type { Either } from '../../core/either.js'
import type { WebhookError } from '../../core/errors.js'
import { makeDecode, makeDecodeWithDrift, type DecodeOptions, type DecodeWithDrift } from '../../core/provider.js'
import { makeHandle, type RequestHandling } from '../../core/request.js'
import { check, convert } from '../../generated/checks/intercom.js'
import { Webhook } from './codecs.js'
import { detect } from './detect.js'
import { normalize } from './normalize.js'
import { sign, verification, verify, verifyNow } from './verify.js'

/**
 * This provider's id.
 * @category provider
 * @since 0.3.0
 */
export const id = 'intercom' as const

/**
 * What `verify` and `handle` take beyond the request and the secret: nothing.
 * @category verification
 * @since 0.3.0
 */
export type VerifyExtras = Record<never, never>

/**
 * Decodes an Intercom webhook body (one notification): the raw text or
 * bytes, or an already parsed value. Never throws.
 * @category provider
 * @since 0.3.0
 * @function
 * @example
 * const result = intercom.decode(rawBody)
 * if (result._tag === 'Left') return new Response(result.left.message, { status: 400 })
 * for (const event of intercom.normalize(result.right)) console.log(event.kind)
 */
export const decode: (body: unknown, options?: DecodeOptions) => Either<WebhookError, Webhook> =
  /*#__PURE__*/ makeDecode({ id, codec: Webhook, check, convert })

/**
 * Decodes leniently and also reports what was tolerated — keys no codec
 * knows, enum values outside the documented set, unrecognized topics — each at
 * its JSON pointer: early warning that Intercom changed its payloads (or that
 * the app's API version changed).
 * @category provider
 * @since 0.3.0
 * @function
 * @example
 * const r = intercom.decodeWithDrift(rawBody)
 * if (r._tag === 'Right' && r.right.drift.length > 0) log.warn('intercom payload drift', r.right.drift)
 */
export const decodeWithDrift: DecodeWithDrift<Webhook> = /*#__PURE__*/ makeDecodeWithDrift({ id, codec: Webhook })

/** How {@link handle} handles a request; the root front door uses it too. @internal */
export const requestHandling: RequestHandling<Webhook, HandleOptions<VerifyExtras>> = {
  id,
  decode,
  normalize,
  verify: (parts, o) => verifyNow({ secret: o.secret ?? [], body: parts.body, headers: parts.headers }),
  headCheck: true,
}

/**
 * The front door: reads the raw body once (a Fetch `Request`, or an Express or
 * Fastify route's `{ body, headers, url, method }`), verifies `X-Hub-Signature`
 * with `secret` (the app's client secret), decodes and normalizes it. Never
 * throws: the result has the events, or the HTTP status to answer, a reason
 * code and a message that says how to fix it. The `HEAD` request Intercom
 * sends when the URL is saved is answered with no events.
 * @category request
 * @since 0.3.0
 * @function
 * @example
 * export default {
 *   async fetch(request: Request, env: Env) {
 *     const result = await intercom.handle(request, { secret: env.INTERCOM_CLIENT_SECRET })
 *     if (!result.ok) return new Response(result.message, { status: result.status })
 *     for (const event of result.events) console.log(event.kind)
 *     return new Response(null, { status: 200 })
 *   },
 * }
 */
export const handle = /*#__PURE__*/ makeHandle(requestHandling)

/**
 * Intercom's provider type: the {@link Provider} contract, with its own codec and `sign`.
 * @category provider
 * @since 0.3.0
 */
export interface IntercomProvider extends Provider<typeof id, Webhook, VerifyExtras> {
  readonly Webhook: typeof Webhook
  readonly sign: typeof sign
}

/**
 * Intercom as a value: everything the registry and generic code use.
 * @category provider
 * @since 0.3.0
 */
export const intercom: IntercomProvider = {
  id,
  name: 'Intercom',
  Webhook,
  decode,
  decodeWithDrift,
  normalize,
  verification,
  redelivery: {
    documented:
      'A failed delivery (5 s without an answer, a 5xx or a 4xx but 410 and 429) is retried after a minute, once or twice; throttled ones up to 2 hours late (docs/providers/intercom.md §2).',
    ttlMs: 86_400_000, // a day
  },
  verify,
  sign,
  detect,
  handle,
  redactKeys: ['pseudonym', 'lastseenip'],
}
