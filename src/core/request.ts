/**
 * The front door (`handle`): one call that reads a request's raw body once —
 * a Fetch `Request`, or an Express or Fastify route's `{ body, headers, url }`
 * — verifies it, decodes and normalizes it. Still no server of our own: the
 * caller turns the result into its response.
 *
 * @module
 */
import type { ChatEvent, ProviderId } from '../model/index.js'
import { andThen, attempt, type Soon } from './attempt.js'
import type { VerifyResult } from './crypto.js'
import type { Either } from './either.js'
import { WebhookError } from './errors.js'
import { RAW_BODY_HELP } from './body.js'
import type { RequestInput } from './contract.js'
import { getHeader, type HeadersLike } from './headers.js'
import { deliveryIdOf, withDeliveryId, type DecodeOptions } from './provider.js'
import { REASONS, statusOf, type Reason } from './reasons.js'

/**
 * The largest body the front door reads unless `maxBytes` says otherwise:
 * 4 MiB, well above what the providers send (Chatwoot e-mail messages carry
 * their whole HTML, and stay far below this).
 * @category request
 * @since 0.3.0
 */
export const DEFAULT_MAX_BYTES = 4_194_304

/**
 * Options every front door takes, beside its provider's own.
 * @category request
 * @since 0.3.0
 */
export interface BodyLimit {
  /**
   * The largest body to read, in bytes; a larger one is refused with status
   * 413 (`body_too_large`) as soon as its `Content-Length` or the bytes read
   * so far pass the limit, without reading it whole. Default 4 MiB.
   */
  readonly maxBytes?: number
}

/**
 * What the front door (`handle`) found: the events, or why the request is refused with
 * the HTTP status to answer (400 for a body that is not a webhook, 401 for
 * one that fails verification or comes from a provider the endpoint is not
 * configured for, 413 for a body over `maxBytes`, 500 for a bug here), a
 * `reason` code and a `message` that says how to fix it
 * (docs/guides/errors.md lists every reason).
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
      /**
       * A subscription handshake was answered (WhatsApp's `GET` with `hub.challenge`): send this text
       * as the plain-text body of a 200. `events` is empty.
       */
      readonly challenge?: string
    }
  | {
      readonly ok: false
      readonly status: 400 | 401 | 413 | 415 | 500
      readonly reason: Reason
      /** What was wrong and how to fix it; never holds payload or secret values. */
      readonly message: string
      /** The provider the request was recognised as, when it was. */
      readonly provider?: ProviderId
      /** The decoding error, for a 400 or 500. */
      readonly error?: WebhookError
    }

/** A request's parts, read once: the raw bytes, the headers, the URL. @internal */
export interface RequestParts {
  /** As the route had it (text or bytes, not copied), or the bytes read from a Fetch `Request`. */
  readonly body: string | Uint8Array
  readonly headers: HeadersLike
  readonly url: string | undefined
}

/** What one provider's front door is made of. @internal */
export interface RequestHandling<A, O> {
  readonly id: ProviderId
  readonly decode: (input: unknown, options?: DecodeOptions) => Either<WebhookError, A>
  readonly normalize: (webhook: A) => ChatEvent[]
  /** Verifies the request; absent for providers that sign nothing. */
  readonly verify?: (parts: RequestParts, options: O) => Soon<VerifyResult>
  /** Answers a `GET` subscription handshake from its URL; absent for providers that send none. */
  readonly challenge?: (url: string | undefined, options: O) => ChallengeAnswer
  /** The provider checks a URL with a `HEAD` request when it is saved (Intercom): answered with no events. */
  readonly headCheck?: true
  readonly deliveryHeader?: string
}

/** A body over the limit. */
export const TOO_LARGE = 'too_large' as const

/** The limit in force: `maxBytes` when it is a number of bytes, else the default. */
const limitOf = (maxBytes: number | undefined): number =>
  typeof maxBytes === 'number' && maxBytes >= 0 ? maxBytes : DEFAULT_MAX_BYTES

/** The chunks of a stream, stopping (and cancelling it) once they pass `limit` bytes. */
const readLimited = async (
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array | typeof TOO_LARGE> => {
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      void reader.cancel().catch(() => undefined)
      return TOO_LARGE
    }
    chunks.push(value)
  }
  // Stryker disable next-line ConditionalExpression: one chunk copied is the same bytes; the copy is what this spares
  if (chunks.length === 1) return chunks[0] as Uint8Array
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

/**
 * The raw body of a request, read once, at most `maxBytes` of it: `undefined`
 * when it cannot be read, {@link TOO_LARGE} when it is larger.
 */
export const readRequestBody = async (
  request: Request,
  maxBytes?: number,
): Promise<Uint8Array | typeof TOO_LARGE | undefined> => {
  const limit = limitOf(maxBytes)
  try {
    const declared = Number(request.headers.get('content-length') ?? Number.NaN)
    if (declared > limit) {
      void request.body?.cancel().catch(() => undefined)
      return TOO_LARGE
    }
    // A body already read throws here or rejects below, as does a broken stream.
    const stream = request.body
    return stream ? await readLimited(stream, limit) : new Uint8Array(await request.arrayBuffer())
  } catch {
    // Nothing to read: the caller says so.
  }
  return undefined
}

/** A refused request's result. @internal */
export type Refusal = Extract<RequestResult, { ok: false }>

/** A refusal: its status, reason and message, and what else is known. @internal */
export const refusal = (reason: Reason, message: string = REASONS[reason], provider?: ProviderId): Refusal => {
  const status = statusOf(reason)
  return provider ? { ok: false, status, reason, message, provider } : { ok: false, status, reason, message }
}

/** @internal */
export const refuse = (error: WebhookError): RequestResult => {
  const out = { ok: false, status: statusOf(error.code), reason: error.code, message: error.message } as const
  return error.provider ? { ...out, provider: error.provider, error } : { ...out, error }
}

/** @internal */
export const unreadable: RequestResult = /*#__PURE__*/ refuse(
  /*#__PURE__*/ new WebhookError(
    'invalid_body',
    undefined,
    [],
    'the request body could not be read: was it read already? Pass the request before anything reads its body',
  ),
)

/** @internal */
export const tooLarge: RequestResult = /*#__PURE__*/ refusal('body_too_large')

/** The refusal for a body that could not be read whole. @internal */
export const unread = (body: typeof TOO_LARGE | undefined): RequestResult =>
  body === TOO_LARGE ? tooLarge : unreadable

/** A body's size in bytes, or enough of it to tell it from `limit`: text is encoded only when its length alone cannot say. */
const sizeOf = (body: string | Uint8Array, limit: number): number =>
  typeof body !== 'string'
    ? body.byteLength
    : // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a shortcut only (a UTF-16 unit is 1 to 3 UTF-8 bytes, so here the length decides as the bytes would)
      body.length > limit || body.length * 3 <= limit
      ? body.length
      : new TextEncoder().encode(body).byteLength

/** Whether a body starts as JSON text does (after JSON's whitespace: space, tab, CR, LF): `{`, `[` or `"`. */
const startsLikeJson = (body: unknown): boolean => {
  if (typeof body === 'string') return /^[ \t\r\n]*[[{"]/.test(body.slice(0, 64))
  const bytes = body instanceof Uint8Array ? body : body instanceof ArrayBuffer ? new Uint8Array(body) : undefined
  if (!bytes) return true
  for (const b of bytes.subarray(0, 64)) {
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) continue
    return b === 0x7b || b === 0x5b || b === 0x22
  }
  return false
}

/** Whether the front door was handed a Fetch `Request` (or something that reads like one) rather than a route's parts. */
const isRequest = (input: RequestInput): input is Request =>
  typeof (input as { arrayBuffer?: unknown }).arrayBuffer === 'function'

/** What a provider's handshake answers: the text to send back, or why not. @internal */
export type ChallengeAnswer =
  | { readonly ok: true; readonly challenge: string }
  | { readonly ok: false; readonly reason: Reason; readonly message: string }

/** Whether a request's method is `name`, whichever shape the request came in. */
const isMethod = (input: RequestInput, name: string): boolean => {
  // JavaScript callers may pass anything: a non-object has no method.
  const method: unknown = (input as unknown as { method?: unknown } | null)?.method
  return typeof method === 'string' && method.toUpperCase() === name
}

/** Whether a request is a `GET` (a subscription handshake), whichever shape it came in. @internal */
export const isGet = (input: RequestInput): boolean => isMethod(input, 'GET')

/** Whether a request is a `HEAD` (a URL check), whichever shape it came in. @internal */
export const isHead = (input: RequestInput): boolean => isMethod(input, 'HEAD')

/** The front door's answer to a URL check: success, nothing to verify, no events. @internal */
export const answerHead = (id: ProviderId): RequestResult => ({ ok: true, provider: id, events: [], verified: false })

/** The front door's answer to a handshake. @internal */
export const answerChallenge = <O>(
  h: Pick<RequestHandling<unknown, O>, 'id'>,
  answer: ChallengeAnswer,
): RequestResult =>
  answer.ok
    ? { ok: true, provider: h.id, events: [], verified: true, challenge: answer.challenge }
    : refusal(answer.reason, answer.message, h.id)

/**
 * The parts of a Fetch `Request` or of a route's `{ body, headers, url }`,
 * the body read once and at most `maxBytes` of it; or the refusal. A route's
 * parts come back at once, a `Request`'s once its body is read.
 * @internal
 */
export const readInput = (input: RequestInput, maxBytes: number | undefined): Soon<RequestParts | RequestResult> => {
  try {
    // A compressed body is not what the provider signed, nor JSON: refused, its encoding named. A route's body that a framework
    // already inflated (Express's raw parser does) starts as JSON does, whatever the header still says.
    const encoding = getHeader(input.headers, 'content-encoding')?.trim().toLowerCase()
    const compressed =
      encoding && encoding !== 'identity'
        ? `the body is sent with Content-Encoding: ${encoding.replace(/[^\w ,.-]/g, '').slice(0, 40)}. ${REASONS.unsupported_encoding}`
        : undefined
    if (compressed && (isRequest(input) || !startsLikeJson(input.body)))
      return refusal('unsupported_encoding', compressed)
    // A route's parts are read at once; only a Fetch Request's body is awaited.
    if (isRequest(input))
      return readRequestBody(input, maxBytes).then((body) =>
        body instanceof Uint8Array ? { body, headers: input.headers, url: input.url } : unread(body),
      )
    const raw: unknown = input.body
    // Text and bytes are kept as they came: the HMAC and the parser read them as they are.
    const body =
      typeof raw === 'string' || raw instanceof Uint8Array
        ? raw
        : raw instanceof ArrayBuffer
          ? new Uint8Array(raw)
          : undefined
    if (!body)
      return refuse(
        new WebhookError(
          'invalid_body',
          undefined,
          [],
          raw === undefined
            ? `the request's body is undefined: nothing read it as raw bytes (express.raw() reads only the content types its \`type\` option names: use type: () => true). ${RAW_BODY_HELP}`
            : `the request's body is ${raw === null ? 'null' : typeof raw}, not its raw text or bytes (was it parsed already?). ${RAW_BODY_HELP}`,
        ),
      )
    if (sizeOf(body, limitOf(maxBytes)) > limitOf(maxBytes)) return tooLarge
    return { body, headers: input.headers, url: typeof input.url === 'string' ? input.url : undefined }
  } catch {
    return unreadable
  }
}

/** What handling failed of its own answers: never an exception. */
const internalError = (id: ProviderId): RequestResult =>
  refuse(new WebhookError('internal_error', id, [], 'handling the request failed unexpectedly'))

/** Decodes and normalizes a request already verified (or from a provider that signs nothing). */
const accept = <A, O extends DecodeOptions>(
  h: RequestHandling<A, O>,
  parts: RequestParts,
  options: O,
  parsed: unknown,
): RequestResult => {
  try {
    const decoded = h.decode(parsed, options)
    if (decoded._tag === 'Left') return refuse(decoded.left)
    const deliveryId = deliveryIdOf(h.deliveryHeader, parts.headers)
    const events = withDeliveryId(h.normalize(decoded.right), deliveryId)
    const verified = h.verify !== undefined
    return deliveryId
      ? { ok: true, provider: h.id, events, deliveryId, verified }
      : { ok: true, provider: h.id, events, verified }
  } catch {
    return internalError(h.id)
  }
}

/**
 * Verifies, decodes and normalizes a request already read: at once when
 * verification answers at once (node:crypto, under the `node` condition), without a promise's hops.
 * @internal
 */
export const handleParts = <A, O extends DecodeOptions>(
  h: RequestHandling<A, O>,
  parts: RequestParts,
  options: O,
  /** The body already parsed (by detection), so it is not parsed twice. */
  parsed: unknown = parts.body,
  /** The request was verified already (the root front door tried the signing schemes first). */
  verifiedAlready = false,
): Soon<RequestResult> => {
  if (!h.verify || verifiedAlready) return accept(h, parts, options, parsed)
  const then = (verified: VerifyResult): RequestResult =>
    verified.ok ? accept(h, parts, options, parsed) : refusal(verified.reason, verified.message, h.id)
  try {
    const verified = h.verify(parts, options)
    return verified instanceof Promise ? verified.then(then, () => internalError(h.id)) : then(verified)
  } catch {
    return internalError(h.id)
  }
}

/** What each front door is made of, so that the root's can hand a request it already read and parsed to a provider's. */
const HANDLINGS = new WeakMap<object, RequestHandling<unknown, DecodeOptions>>()

/** The handling behind a provider's `handle`. @internal */
export const handlingOf = (handle: object): RequestHandling<unknown, DecodeOptions> | undefined => HANDLINGS.get(handle)

/** A provider's front door, from what it is made of. @internal */
export const makeHandle = <A, O extends DecodeOptions & BodyLimit>(h: RequestHandling<A, O>) => {
  // Not an async function: a route's parts go straight on, without the hops an await and a returned promise cost.
  const handle = (input: RequestInput, options?: O): Promise<RequestResult> => {
    if (h.headCheck && isHead(input)) return Promise.resolve(answerHead(h.id))
    if (h.challenge && isGet(input)) {
      const challenge = h.challenge
      return Promise.resolve(
        attempt(() => answerChallenge(h, challenge(input.url, options ?? ({} as O))), internalError(h.id)),
      )
    }
    return Promise.resolve(
      andThen(readInput(input, options?.maxBytes), (parts) =>
        'body' in parts ? handleParts(h, parts, options ?? ({} as O)) : parts,
      ),
    )
  }
  HANDLINGS.set(handle, h as unknown as RequestHandling<unknown, DecodeOptions>)
  return handle
}
