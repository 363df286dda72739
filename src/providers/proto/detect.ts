/**
 * Whether a request comes from Proto: the body's shape (Proto sends no header of its own).
 * A few key checks, never a full decode; kept apart from the codecs so that
 * detection, and the hint a failed decode gives, do not carry them.
 *
 * @module
 */
import { isRecord, own } from '../../core/codecs.js'
import { detector } from '../../core/detect.js'

/**
 * A Proto body: an `events` array whose first event has a `chat` object, a
 * `messages` array or the `new_messages` type. Neither Chatwoot nor Channel
 * Talk bodies have `events`; an empty batch names no provider.
 */
const isProtoBody = (body: Record<string, unknown>): boolean => {
  const events = own(body, 'events')
  const first: unknown = Array.isArray(events) ? events[0] : undefined
  return (
    isRecord(first) &&
    (isRecord(own(first, 'chat')) || Array.isArray(own(first, 'messages')) || own(first, 'type') === 'new_messages')
  )
}

/**
 * Whether a request comes from Proto: the body's shape (Proto sends no header of its own).
 * Takes the raw body or a parsed value; never throws.
 * @category provider
 * @since 0.3.0
 * @example
 * proto.detect(rawBody, request.headers) // true or false
 */
export const detect = /*#__PURE__*/ detector(isProtoBody)
