/**
 * `decode` / `parse` built once for every provider from its codec and
 * normalizer, so the providers differ only in what they know.
 *
 * @module
 */
import type * as t from './io.js'
import type { ChatEvent, ProviderId } from '../model/index.js'
import { RAW_BODY_HELP, readBody } from './body.js'
import { isRecord, TaggedUnionType } from './codecs.js'
import { left, right, type Either } from './either.js'
import { issuesFromErrors, WebhookError } from './errors.js'
import { getHeader, type HeadersLike } from './headers.js'
import { CONVERTS, SAME, type Check, type Convert } from './check.js'
import { DETECTORS } from '../generated/detectors.js'
import { closedWorldIssues, driftOf, type DriftItem } from './strict.js'

/**
 * Options for `decode` and `parse`.
 * @category decoding
 * @since 0.1.0
 */
export interface DecodeOptions {
  /**
   * Reject what lenient decoding tolerates: keys no codec knows, enum values
   * outside the documented set, unrecognized events. For contract tests
   * against provider drift; leave it off in production.
   */
  readonly strict?: boolean
}

/** @internal */
export interface ProviderDefinition<C extends t.Mixed> {
  readonly id: ProviderId
  /** The provider's `Webhook` codec; when it is a tagged union, its tag names the variant in error messages. */
  readonly codec: C
  /** The codec's generated fast check (`src/generated/checks/<provider>.ts`); without one, decoding always runs the codec. */
  readonly check?: Check
  /** The codec's generated conversion, for values its check found valid and converting. */
  readonly convert?: Convert
}

/** A decode function for one provider. @internal */
export type Decode<A> = (input: unknown, options?: DecodeOptions) => Either<WebhookError, A>

/**
 * A decoded webhook with what lenient decoding tolerated in it.
 * @category drift
 * @since 0.2.0
 */
export interface WithDrift<A> {
  readonly webhook: A
  /** Unknown keys, enum values, unrecognized types and over-long lists, each at its JSON pointer; empty when the payload is exactly as documented. */
  readonly drift: readonly DriftItem[]
}

/** A decode-with-drift function for one provider. @internal */
export type DecodeWithDrift<A> = (input: unknown) => Either<WebhookError, WithDrift<A>>

/** The most drift items one report carries: hostile payloads can have millions of unknown keys. */
const MAX_DRIFT = 200

/** Failures the decoding of a value can throw: recursive codecs (Channel Talk blocks, traces) and checks recurse as deep as the payload nests. */
const thrown = (e: unknown, id: ProviderId): Either<WebhookError, never> =>
  e instanceof RangeError
    ? left(new WebhookError('invalid_payload', id, [], 'the payload is nested too deeply'))
    : left(new WebhookError('internal_error', id, [], 'decoding failed unexpectedly'))

/** What a failed body most likely is instead: an object parsed from the wrong content type, or another provider's webhook. */
const hintFor = (id: ProviderId, value: unknown): string => {
  if (isRecord(value) && Object.keys(value).length === 0)
    return ` (an empty object: was the body parsed with the wrong content type? ${RAW_BODY_HELP})`
  const other = DETECTORS.find(([, detect]) => detect(value))?.[0]
  return other && other !== id
    ? ` (it looks like a ${other} webhook: decode it with chat-webhooks/${other}, or let the root decode detect the provider)`
    : ''
}

/** Decoding a read body with the codec: exact issues, strict mode, drift. */
const decodeValue = <C extends t.Mixed>(
  def: ProviderDefinition<C>,
  value: unknown,
  strict: boolean,
  drift: boolean,
): Either<WebhookError, WithDrift<t.TypeOf<C>>> => {
  try {
    // Only a known tag is named: an unknown one is payload text and may be anything.
    const union: t.Mixed = def.codec
    const key = union instanceof TaggedUnionType && union.select(value).known ? union.keyOf(value) : undefined
    const variant = key === undefined ? '' : `"${key}" `
    // Stryker disable next-line StringLiteral: issue paths start after the root entry, whose key is never read
    const result = def.codec.validate(value, [{ key: '', type: def.codec, actual: value }])
    if (result._tag === 'Left')
      return left(
        new WebhookError(
          'invalid_payload',
          def.id,
          issuesFromErrors(result.left),
          `not a valid ${def.id} ${variant}payload${hintFor(def.id, value)}`,
        ),
      )
    if (strict) {
      const issues = closedWorldIssues(def.codec, value)
      if (issues.length > 0)
        return left(
          new WebhookError(
            'invalid_payload',
            def.id,
            issues.slice(0, 50),
            `${def.id} ${variant}payload has parts strict mode does not accept`,
          ),
        )
    }
    return right({
      webhook: result.right as t.TypeOf<C>,
      drift: drift ? driftOf(def.codec, value).slice(0, MAX_DRIFT) : [],
    })
  } catch (e) {
    return thrown(e, def.id)
  }
}

/** @internal */
export const makeDecode =
  <C extends t.Mixed>(def: ProviderDefinition<C>): Decode<t.TypeOf<C>> =>
  (input, options) => {
    try {
      const body = readBody(input, def.id)
      if (body._tag === 'Left') return body
      const value = body.right
      const strict = options?.strict === true
      // The fast path, on values parsed here (plain JSON, all keys own): the generated check, then
      // the payload as it is, or converted (unknown variants rewritten) as the codec would.
      if (
        !strict &&
        def.check &&
        (typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer)
      ) {
        const verdict = def.check(value)
        if (verdict === SAME) return body
        if (verdict === CONVERTS && def.convert) return right(def.convert(value) as t.TypeOf<C>)
      }
      const r = decodeValue(def, value, strict, false)
      return r._tag === 'Left' ? r : right(r.right.webhook)
    } catch (e) {
      return thrown(e, def.id)
    }
  }

/** @internal */
export const makeDecodeWithDrift =
  <C extends t.Mixed>(def: ProviderDefinition<C>): DecodeWithDrift<t.TypeOf<C>> =>
  (input) => {
    try {
      const body = readBody(input, def.id)
      return body._tag === 'Left' ? body : decodeValue(def, body.right, false, true)
    } catch (e) {
      return thrown(e, def.id)
    }
  }

/** The delivery id the provider sent in `header`, when there is one. @internal */
export const deliveryIdOf = (header: string | undefined, headers: HeadersLike | undefined): string | undefined =>
  (header && headers ? getHeader(headers, header)?.trim() : undefined) || undefined

/**
 * Options for `normalize`.
 * @category normalize
 * @since 0.3.0
 */
export interface NormalizeOptions {
  /** The provider's id of this delivery: every event carries it as `deliveryId`. */
  readonly deliveryId?: string
  /** The request's headers, to read the delivery id from the provider's own header (`X-Chatwoot-Delivery`) when `deliveryId` is not given. */
  readonly headers?: HeadersLike
}

/** Events with the delivery id `options` give, directly or through the provider's `header`. @internal */
export const withNormalizeOptions = (
  events: ChatEvent[],
  header: string | undefined,
  options: NormalizeOptions | undefined,
): ChatEvent[] =>
  options ? withDeliveryId(events, options.deliveryId?.trim() || deliveryIdOf(header, options.headers)) : events

/** Events carrying a delivery id, when there is one. @internal */
export const withDeliveryId = (events: ChatEvent[], id: string | undefined): ChatEvent[] =>
  id ? events.map((e) => ({ ...e, deliveryId: id })) : events
