/**
 * Whether a request comes from Channel Talk: the body's shape (Channel sends no header of its own).
 * A few key checks, never a full decode; kept apart from the codecs so that
 * detection, and the hint a failed decode gives, do not carry them.
 *
 * @module
 */
import { isRecord, own } from '../../core/codecs.js'
import { detector } from '../../core/detect.js'

/**
 * A Channel Talk body: the `{ event, type, entity, refers }` envelope — string
 * `event` and `type` beside an `entity` (or `refers`) object. No Chatwoot body
 * has a `type` and an `entity` at its top level.
 */
const isChannelTalkBody = (body: Record<string, unknown>): boolean =>
  typeof own(body, 'event') === 'string' &&
  typeof own(body, 'type') === 'string' &&
  (isRecord(own(body, 'entity')) || isRecord(own(body, 'refers')))

/**
 * Whether a request comes from Channel Talk: the body's shape (Channel sends no header of its own).
 * Takes the raw body or a parsed value; never throws.
 * @category provider
 * @since 0.3.0
 * @example
 * channeltalk.detect(rawBody, request.headers) // true or false
 */
export const detect = /*#__PURE__*/ detector(isChannelTalkBody)
