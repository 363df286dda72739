/**
 * Whether a request comes from Intercom: the body's `type`, `topic` and
 * `data`. A few key checks, never a full decode; kept apart from the codecs
 * so that detection, and the hint a failed decode gives, do not carry them.
 * `X-Hub-Signature` is no proof: other services send it too (Zammad).
 *
 * @module
 */
import { isRecord, own } from '../../core/codecs.js'
import { detector } from '../../core/detect.js'

const isIntercomBody = (body: Record<string, unknown>): boolean =>
  own(body, 'type') === 'notification_event' && typeof own(body, 'topic') === 'string' && isRecord(own(body, 'data'))

/**
 * Whether a request comes from Intercom: its body's `notification_event`
 * type, `topic` and `data`. Takes the raw body or a parsed value; never throws.
 * @category provider
 * @since 0.3.0
 * @example
 * intercom.detect(rawBody) // true or false
 */
export const detect = /*#__PURE__*/ detector(isIntercomBody)
