/**
 * The WhatsApp provider: its entry points, built from its codecs,
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
import { check, convert } from '../../generated/checks/whatsapp.js'
import { Webhook } from './codecs.js'
import { detect } from './detect.js'
import { normalize } from './normalize.js'
import { sign, verification, verify, verifyChallenge, verifyNow, type VerifyOptions } from './verify.js'

/**
 * This provider's id.
 * @category provider
 * @since 0.3.0
 */
export const id = 'whatsapp' as const

/**
 * What `handle` takes beyond the request and the app secret: the verify token(s) that
 * `handle` answers Meta's `GET` subscription handshake with (see {@link verifyChallenge}).
 * @category verification
 * @since 0.3.0
 */
export type VerifyExtras = Omit<VerifyOptions, 'secret' | 'body' | 'headers'> & {
  /** The verify token typed in the App Dashboard; several for per-account callback overrides. */
  readonly verifyToken?: string | readonly string[]
}

/**
 * Decodes a WhatsApp Cloud API webhook body: the raw text or bytes, or an
 * already parsed value. Never throws.
 * @category provider
 * @since 0.3.0
 * @function
 * @example
 * const result = whatsapp.decode(rawBody)
 * if (result._tag === 'Left') return new Response(result.left.message, { status: 400 })
 * for (const event of whatsapp.normalize(result.right)) console.log(event.kind)
 */
export const decode: (body: unknown, options?: DecodeOptions) => Either<WebhookError, Webhook> =
  /*#__PURE__*/ makeDecode({ id, codec: Webhook, check, convert })

/**
 * Decodes leniently and also reports what was tolerated — keys no codec
 * knows, enum values outside the documented set, unrecognized fields and
 * message types — each at its JSON pointer: early warning that Meta changed
 * its payloads (a new Graph API version).
 * @category provider
 * @since 0.3.0
 * @function
 * @example
 * const r = whatsapp.decodeWithDrift(rawBody)
 * if (r._tag === 'Right' && r.right.drift.length > 0) log.warn('whatsapp payload drift', r.right.drift)
 */
export const decodeWithDrift: DecodeWithDrift<Webhook> = /*#__PURE__*/ makeDecodeWithDrift({ id, codec: Webhook })

/** How {@link handle} handles a request; the root front door uses it too. @internal */
export const requestHandling: RequestHandling<Webhook, HandleOptions<VerifyExtras>> = {
  id,
  decode,
  normalize,
  verify: (parts, o) => verifyNow({ secret: o.secret ?? [], body: parts.body, headers: parts.headers }),
  challenge: (url, o) => verifyChallenge({ url: url ?? '', verifyToken: o.verifyToken ?? [] }),
}

/**
 * The front door: reads the raw body once (a Fetch `Request`, or an Express or
 * Fastify route's `{ body, headers, url }`), verifies `X-Hub-Signature-256`
 * with `secret` (the Meta app secret), decodes and normalizes it. Never
 * throws: the result has the events, or the HTTP status to answer, a reason
 * code and a message that says how to fix it. A `GET` (Meta's subscription
 * handshake, when the URL is saved) is answered with `verifyToken`: the
 * result's `challenge` is the text to send back with a 200.
 * @category request
 * @since 0.3.0
 * @function
 * @example
 * export default {
 *   async fetch(request: Request, env: Env) {
 *     const result = await whatsapp.handle(request, { secret: env.META_APP_SECRET, verifyToken: env.WHATSAPP_VERIFY_TOKEN })
 *     if (!result.ok) return new Response(result.message, { status: result.status })
 *     if (result.challenge !== undefined) return new Response(result.challenge)
 *     for (const event of result.events) console.log(event.kind)
 *     return new Response(null, { status: 200 })
 *   },
 * }
 */
export const handle = /*#__PURE__*/ makeHandle(requestHandling)

/**
 * WhatsApp's provider type: the {@link Provider} contract, with its own codec and `sign`.
 * @category provider
 * @since 0.3.0
 */
export interface WhatsAppProvider extends Provider<typeof id, Webhook, VerifyExtras> {
  readonly Webhook: typeof Webhook
  readonly sign: typeof sign
}

/**
 * WhatsApp as a value: everything the registry and generic code use.
 * @category provider
 * @since 0.3.0
 */
export const whatsapp: WhatsAppProvider = {
  id,
  name: 'WhatsApp',
  Webhook,
  decode,
  decodeWithDrift,
  normalize,
  verification,
  redelivery: {
    documented:
      'Retried on every answer but 200 "with decreasing frequency until the request succeeds, for up to 7 days", to every app subscribed to the field (docs/providers/whatsapp.md §1).',
    ttlMs: 691_200_000, // 8 days
  },
  verify,
  sign,
  detect,
  handle,
  redactKeys: [
    'waid',
    'newwaid',
    'userid',
    'parentuserid',
    'fromuserid',
    'fromparentuserid',
    'touserid',
    'toparentuserid',
    'recipientid',
    'recipientuserid',
    'recipientparentuserid',
    'parentrecipientuserid',
    'recipientparticipantid',
    'recipientparticipantuserid',
    'recipientparticipantparentuserid',
    'formattedname',
    'ctwaclid',
  ],
}
