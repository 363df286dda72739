/**
 * The Chatwoot provider: its entry points, built from its codecs,
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
import { check, convert } from '../../generated/checks/chatwoot.js'
import { Webhook } from './codecs.js'
import { detect } from './detect.js'
import { normalize } from './normalize.js'
import { DELIVERY, sign, verification, verify, verifyNow, type VerifyOptions } from './verify.js'

/**
 * This provider's id.
 * @category provider
 * @since 0.1.0
 */
export const id = 'chatwoot' as const

/**
 * What `verify` and `handle` take beyond the request and the secret: the timestamp tolerance, the clock, and the token of unsigned webhooks.
 * @category verification
 * @since 0.3.0
 */
export type VerifyExtras = Omit<VerifyOptions, 'secret' | 'body' | 'headers' | 'url'>

/**
 * Decodes a Chatwoot webhook body: the raw text or bytes, or an already
 * parsed value. Never throws.
 * @category provider
 * @since 0.1.0
 * @function
 * @example
 * const result = chatwoot.decode(rawBody)
 * if (result._tag === 'Left') return new Response(result.left.message, { status: 400 })
 * for (const event of chatwoot.normalize(result.right)) console.log(event.kind)
 */
export const decode: (body: unknown, options?: DecodeOptions) => Either<WebhookError, Webhook> =
  /*#__PURE__*/ makeDecode({ id, codec: Webhook, check, convert })

/**
 * Decodes leniently and also reports what was tolerated — keys no codec
 * knows, enum values outside the documented set, unrecognized types — each
 * at its JSON pointer: early warning that Chatwoot changed its payloads.
 * @category provider
 * @since 0.2.0
 * @function
 * @example
 * const r = chatwoot.decodeWithDrift(rawBody)
 * if (r._tag === 'Right' && r.right.drift.length > 0) log.warn('chatwoot payload drift', r.right.drift)
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
      url: parts.url,
      toleranceSeconds: o.toleranceSeconds,
      now: o.now,
      unsignedToken: o.unsignedToken,
    }),
  deliveryHeader: DELIVERY,
}

/**
 * The front door: reads the raw body once (a Fetch `Request`, or an Express or
 * Fastify route's `{ body, headers, url }`), verifies `X-Chatwoot-Signature` with `secret` and the timestamp tolerance, decodes and
 * normalizes it. Never throws: the result has the events, or the HTTP status
 * to answer, a reason code and a message that says how to fix it.
 * @category request
 * @since 0.3.0
 * @function
 * @example
 * export default {
 *   async fetch(request: Request, env: Env) {
 *     const result = await chatwoot.handle(request, { secret: env.CHATWOOT_SECRET })
 *     if (!result.ok) return new Response(result.message, { status: result.status })
 *     for (const event of result.events) console.log(event.kind)
 *     return new Response(null, { status: 204 })
 *   },
 * }
 */
export const handle = /*#__PURE__*/ makeHandle(requestHandling)

/**
 * Chatwoot's provider type: the {@link Provider} contract, with its own codec and `sign`.
 * @category provider
 * @since 0.3.0
 */
export interface ChatwootProvider extends Provider<typeof id, Webhook, VerifyExtras> {
  readonly Webhook: typeof Webhook
  readonly sign: typeof sign
}

/**
 * Chatwoot as a value: everything the registry and generic code use.
 * @category provider
 * @since 0.3.0
 */
export const chatwoot: ChatwootProvider = {
  id,
  name: 'Chatwoot',
  Webhook,
  decode,
  decodeWithDrift,
  normalize,
  verification,
  redelivery: {
    documented:
      'Agent-bot webhooks: 3 attempts, 3 s apart, on HTTP 429 or 500; account webhooks: one attempt, no retry — but Chatwoot may send one message_created twice, https://github.com/chatwoot/chatwoot/issues/11901 (docs/providers/chatwoot.md §2).',
    ttlMs: 3_600_000, // an hour
  },
  verify,
  sign,
  detect,
  handle,
  redactKeys: ['createdatip'],
}
