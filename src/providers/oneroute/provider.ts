/**
 * The OneRoute provider: its entry points, built from its codecs,
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
import { check, convert } from '../../generated/checks/oneroute.js'
import { Webhook } from './codecs.js'
import { detect } from './detect.js'
import { normalize } from './normalize.js'
import { sign, verification, verify, verifyNow, type VerifyOptions } from './verify.js'

/**
 * This provider's id.
 * @category provider
 * @since 0.2.0
 */
export const id = 'oneroute' as const

/**
 * What `verify` and `handle` take beyond the request and the secret: whether to accept a signature over the re-serialized body (`allowReserialized`).
 * @category verification
 * @since 0.3.0
 */
export type VerifyExtras = Omit<VerifyOptions, 'secret' | 'body' | 'headers'>

/**
 * Decodes a OneRoute webhook body: the raw text or bytes, or an already
 * parsed value. Never throws.
 * @category provider
 * @since 0.2.0
 * @function
 * @example
 * const result = oneroute.decode(rawBody)
 * if (result._tag === 'Left') return new Response(result.left.message, { status: 400 })
 * for (const event of oneroute.normalize(result.right)) console.log(event.kind)
 */
export const decode: (body: unknown, options?: DecodeOptions) => Either<WebhookError, Webhook> =
  /*#__PURE__*/ makeDecode({ id, codec: Webhook, check, convert })

/**
 * Decodes leniently and also reports what was tolerated — keys no codec
 * knows, enum values outside the documented set, unrecognized types — each
 * at its JSON pointer: early warning that OneRoute changed its payloads.
 * @category provider
 * @since 0.2.0
 * @function
 * @example
 * const r = oneroute.decodeWithDrift(rawBody)
 * if (r._tag === 'Right' && r.right.drift.length > 0) log.warn('oneroute payload drift', r.right.drift)
 */
export const decodeWithDrift: DecodeWithDrift<Webhook> = /*#__PURE__*/ makeDecodeWithDrift({ id, codec: Webhook })

/** How {@link handle} handles a request; the root front door uses it too. @internal */
export const requestHandling: RequestHandling<Webhook, HandleOptions<VerifyExtras>> = {
  id,
  decode,
  normalize,
  // Named, not spread: spreading options that hold `secret` and then setting it again costs more than the HMAC's overhead.
  verify: (parts, o) =>
    verifyNow({
      secret: o.secret ?? [],
      body: parts.body,
      headers: parts.headers,
      allowReserialized: o.allowReserialized,
    }),
}

/**
 * The front door: reads the raw body once (a Fetch `Request`, or an Express or
 * Fastify route's `{ body, headers, url }`), verifies `x-oneroute-signature` with `secret`, decodes and
 * normalizes it. Never throws: the result has the events, or the HTTP status
 * to answer, a reason code and a message that says how to fix it.
 * @category request
 * @since 0.3.0
 * @function
 * @example
 * export default {
 *   async fetch(request: Request, env: Env) {
 *     const result = await oneroute.handle(request, { secret: env.ONEROUTE_SECRET })
 *     if (!result.ok) return new Response(result.message, { status: result.status })
 *     for (const event of result.events) console.log(event.kind)
 *     return new Response(null, { status: 204 })
 *   },
 * }
 */
export const handle = /*#__PURE__*/ makeHandle(requestHandling)

/**
 * OneRoute's provider type: the {@link Provider} contract, with its own codec and `sign`.
 * @category provider
 * @since 0.3.0
 */
export interface OneRouteProvider extends Provider<typeof id, Webhook, VerifyExtras> {
  readonly Webhook: typeof Webhook
  readonly sign: typeof sign
}

/**
 * OneRoute as a value: everything the registry and generic code use.
 * @category provider
 * @since 0.3.0
 */
export const oneroute: OneRouteProvider = {
  id,
  name: 'OneRoute',
  Webhook,
  decode,
  decodeWithDrift,
  normalize,
  verification,
  redelivery: {
    documented:
      'Not documented: no retry count, back-off, timeout or ordering; at-least-once is assumed (docs/providers/oneroute.md §5).',
    ttlMs: 86_400_000, // a day
  },
  verify,
  sign,
  detect,
  handle,
}
