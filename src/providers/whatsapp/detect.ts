/**
 * Whether a request comes from WhatsApp: the body's `object` is
 * `whatsapp_business_account` beside an `entry` array. A few key checks,
 * never a full decode; kept apart from the codecs so that detection, and the
 * hint a failed decode gives, do not carry them. No header names WhatsApp:
 * GitHub, Instagram and Messenger send the same `x-hub-signature-256`.
 *
 * @module
 */
import { own } from '../../core/codecs.js'
import { detector } from '../../core/detect.js'

const isWhatsAppBody = (body: Record<string, unknown>): boolean =>
  own(body, 'object') === 'whatsapp_business_account' && Array.isArray(own(body, 'entry'))

/**
 * Whether a request comes from WhatsApp: its body's `object` and `entry`.
 * Takes the raw body or a parsed value; never throws.
 * @category provider
 * @since 0.3.0
 * @example
 * whatsapp.detect(rawBody) // true or false
 */
export const detect = /*#__PURE__*/ detector(isWhatsAppBody)
