/**
 * Whether a request comes from OneRoute: its `x-oneroute-signature` header, else the body's shape.
 * A few key checks, never a full decode; kept apart from the codecs so that
 * detection, and the hint a failed decode gives, do not carry them.
 *
 * @module
 */
import { isRecord, own } from '../../core/codecs.js'
import { detector } from '../../core/detect.js'

/** OneRoute's event names: its codec's tags (a test keeps the two lists equal). */
const EVENTS: ReadonlySet<string> = /*#__PURE__*/ new Set(['newMessage', 'smsDeliveryReport'])

/**
 * A OneRoute body: a known OneRoute event (`newMessage`, `smsDeliveryReport`),
 * or OneRoute's envelope — a `message` key (an object with a `sender`, or
 * `null`) beside a `conversation` object — or a conversation with OneRoute's
 * capital-C `Channel`. Chatwoot bodies have no top-level `message`.
 */
const isOneRouteBody = (body: Record<string, unknown>): boolean => {
  const event = own(body, 'event')
  if (typeof event !== 'string') return false
  if (EVENTS.has(event)) return true
  const conversation = own(body, 'conversation')
  if (!isRecord(conversation)) return false
  const message = own(body, 'message')
  return (
    message === null ||
    (isRecord(message) && isRecord(own(message, 'sender'))) ||
    isRecord(own(conversation, 'Channel'))
  )
}

/**
 * Whether a request comes from OneRoute: its `x-oneroute-signature` header, else the body's shape.
 * Takes the raw body or a parsed value; never throws.
 * @category provider
 * @since 0.3.0
 * @example
 * oneroute.detect(rawBody, request.headers) // true or false
 */
export const detect = /*#__PURE__*/ detector(isOneRouteBody, (name) => name === 'x-oneroute-signature')

/** @internal */
export const EVENT_NAMES = EVENTS
