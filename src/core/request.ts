/**
 * `fromRequest`: one call for Fetch-style runtimes (Workers, Deno, Bun,
 * Next.js route handlers, Hono) that reads a standard `Request`'s raw body
 * once, verifies it, decodes and normalizes it. Still no server of our own:
 * the caller turns the result into its response.
 *
 * @module
 */
import type { ChatEvent, ProviderId } from '../model/index.js'
import type { VerifyFailure, VerifyResult } from './crypto.js'
import type { Either } from './either.js'
import { WebhookError, type WebhookErrorCode } from './errors.js'
import { deliveryIdOf, withDeliveryId, type DecodeOptions } from './provider.js'

/**
 * What `fromRequest` found: the events, or why the request is refused with
 * the HTTP status to answer (400 for a body that is not a webhook, 401 for
 * one that fails verification, 500 for a bug here).
 * @category request
 * @since 0.2.0
 */
export type RequestResult =
  | {
      readonly ok: true
      readonly provider: ProviderId
      readonly events: ChatEvent[]
      /** The provider's delivery id (`X-Chatwoot-Delivery`), when it sends one. */
      readonly deliveryId?: string
      /** `false` for providers that sign nothing (Proto). */
      readonly verified: boolean
    }
  | {
      readonly ok: false
      readonly status: 400 | 401 | 500
      readonly reason: VerifyFailure | WebhookErrorCode
      /** The decoding error, for a 400 or 500. */
      readonly error?: WebhookError
    }

/** What one provider's `fromRequest` is made of. @internal */
export interface RequestHandling<A, O extends DecodeOptions> {
  readonly id: ProviderId
  readonly decode: (input: unknown, options?: DecodeOptions) => Either<WebhookError, A>
  readonly normalize: (webhook: A) => ChatEvent[]
  /** Verifies the raw body; absent for providers that sign nothing. */
  readonly verify?: (body: Uint8Array, request: Request, options: O) => Promise<VerifyResult>
  readonly deliveryHeader?: string
}

/** The raw body of a request, read once; `undefined` when it cannot be read. */
export const readRequestBody = (request: Request): Promise<Uint8Array | undefined> =>
  // A body already read rejects, as does a broken stream; a request-like object that throws at once is caught too.
  Promise.resolve(request)
    .then((r) => r.arrayBuffer())
    .then(
      (bytes) => new Uint8Array(bytes),
      // Stryker disable next-line ArrowFunction: `() => undefined` is what this is
      () => undefined,
    )

/** @internal */
export const refuse = (error: WebhookError): RequestResult => ({
  ok: false,
  status: error.code === 'internal_error' ? 500 : 400,
  reason: error.code,
  error,
})

/** @internal */
export const unreadable: RequestResult = refuse(
  new WebhookError('invalid_body', undefined, [], 'the request body could not be read (was it read already?)'),
)

/** Verifies, decodes and normalizes a body already read from `request`. @internal */
export const handleBody = async <A, O extends DecodeOptions>(
  h: RequestHandling<A, O>,
  request: Request,
  body: Uint8Array,
  options: O,
  /** The body already parsed (by detection), so it is not parsed twice. */
  parsed: unknown = body,
): Promise<RequestResult> => {
  try {
    if (h.verify) {
      const verified = await h.verify(body, request, options)
      if (!verified.ok) return { ok: false, status: 401, reason: verified.reason }
    }
    const decoded = h.decode(parsed, options)
    if (decoded._tag === 'Left') return refuse(decoded.left)
    const deliveryId = deliveryIdOf(h.deliveryHeader, request.headers)
    const events = withDeliveryId(h.normalize(decoded.right), deliveryId)
    const verified = h.verify !== undefined
    return deliveryId ? { ok: true, provider: h.id, events, deliveryId, verified } : { ok: true, provider: h.id, events, verified }
  } catch {
    return refuse(new WebhookError('internal_error', h.id, [], 'handling the request failed unexpectedly'))
  }
}

/** @internal */
export const makeFromRequest =
  <A, O extends DecodeOptions>(h: RequestHandling<A, O>) =>
  async (request: Request, options: O): Promise<RequestResult> => {
    const body = await readRequestBody(request)
    return body ? handleBody(h, request, body, options) : unreadable
  }
