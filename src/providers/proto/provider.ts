/**
 * The Proto provider: its entry points, built from its codecs,
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
import { check, convert } from '../../generated/checks/proto.js'
import { Webhook } from './codecs.js'
import { detect } from './detect.js'
import { normalize } from './normalize.js'
import { verification, verify } from './verify.js'

/**
 * This provider's id.
 * @category provider
 * @since 0.2.0
 */
export const id = 'proto' as const

/**
 * What `verify` and `handle` take beyond the request and the secret: nothing (Proto signs nothing).
 * @category verification
 * @since 0.3.0
 */
export type VerifyExtras = Record<never, never>

/**
 * Decodes a Proto webhook body: the raw text or bytes, or an already
 * parsed value. Never throws.
 * @category provider
 * @since 0.2.0
 * @function
 * @example
 * const result = proto.decode(rawBody)
 * if (result._tag === 'Left') return new Response(result.left.message, { status: 400 })
 * for (const event of proto.normalize(result.right)) console.log(event.kind)
 */
export const decode: (body: unknown, options?: DecodeOptions) => Either<WebhookError, Webhook> =
  /*#__PURE__*/ makeDecode({ id, codec: Webhook, check, convert })

/**
 * Decodes leniently and also reports what was tolerated — keys no codec
 * knows, enum values outside the documented set, unrecognized types — each
 * at its JSON pointer: early warning that Proto changed its payloads.
 * @category provider
 * @since 0.2.0
 * @function
 * @example
 * const r = proto.decodeWithDrift(rawBody)
 * if (r._tag === 'Right' && r.right.drift.length > 0) log.warn('proto payload drift', r.right.drift)
 */
export const decodeWithDrift: DecodeWithDrift<Webhook> = /*#__PURE__*/ makeDecodeWithDrift({ id, codec: Webhook })

/** How {@link handle} handles a request; the root front door uses it too. @internal */
export const requestHandling: RequestHandling<Webhook, HandleOptions<VerifyExtras>> = {
  id,
  decode,
  normalize,
}

/**
 * The front door: reads the raw body once (a Fetch `Request`, or an Express or
 * Fastify route's `{ body, headers, url }`), checks nothing — Proto signs nothing, so the result says `verified: false` — decodes and
 * normalizes it. Never throws: the result has the events, or the HTTP status
 * to answer, a reason code and a message that says how to fix it.
 * @category request
 * @since 0.3.0
 * @function
 * @example
 * export default {
 *   async fetch(request: Request, env: Env) {
 *     const result = await proto.handle(request)
 *     if (!result.ok) return new Response(result.message, { status: result.status })
 *     for (const event of result.events) console.log(event.kind)
 *     return new Response(null, { status: 204 })
 *   },
 * }
 */
export const handle = /*#__PURE__*/ makeHandle(requestHandling)

/**
 * Proto's provider type: the {@link Provider} contract, with its own codec.
 * @category provider
 * @since 0.3.0
 */
export interface ProtoProvider extends Provider<typeof id, Webhook, VerifyExtras> {
  readonly Webhook: typeof Webhook
}

/**
 * Proto as a value: everything the registry and generic code use.
 * @category provider
 * @since 0.3.0
 */
export const proto: ProtoProvider = {
  id,
  name: 'Proto',
  Webhook,
  decode,
  decodeWithDrift,
  normalize,
  verification,
  redelivery: {
    documented:
      'Not documented; duplicates and losses are possible, so answer 200 at once (docs/providers/proto.md §6).',
    ttlMs: 86_400_000, // a day
  },
  verify,
  detect,
  handle,
}
