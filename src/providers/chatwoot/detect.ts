/**
 * Whether a request comes from Chatwoot: its `X-Chatwoot-*` headers, else the body's shape.
 * A few key checks, never a full decode; kept apart from the codecs so that
 * detection, and the hint a failed decode gives, do not carry them.
 *
 * @module
 */
import { isRecord, own } from '../../core/codecs.js'
import { detector } from '../../core/detect.js'

/** Chatwoot's event names: its codec's tags (a test keeps the two lists equal). */
const EVENTS: ReadonlySet<string> = /*#__PURE__*/ new Set([
  'message_created',
  'message_updated',
  'conversation_created',
  'conversation_updated',
  'conversation_status_changed',
  'conversation_opened',
  'conversation_resolved',
  'conversation_typing_on',
  'conversation_typing_off',
  'contact_created',
  'contact_updated',
  'webwidget_triggered',
  'inbox_created',
  'inbox_updated',
  'account_created',
  'macro.executed',
])

/**
 * A Chatwoot body: a known `event` name (including `automation_event.*`), or
 * another event name on a body shaped like Chatwoot's (an `account`,
 * `conversation` or `inbox` object beside it). Rails "params dump" bodies
 * keep the `event` key, so they are recognised too.
 */
const isChatwootBody = (body: Record<string, unknown>): boolean => {
  const event = own(body, 'event')
  if (typeof event !== 'string') return false
  if (EVENTS.has(event) || event.startsWith('automation_event.')) return true
  return isRecord(own(body, 'account')) || isRecord(own(body, 'conversation')) || isRecord(own(body, 'inbox'))
}

/**
 * Whether a request comes from Chatwoot: its `X-Chatwoot-*` headers, else the body's shape.
 * Takes the raw body or a parsed value; never throws.
 * @category provider
 * @since 0.3.0
 * @example
 * chatwoot.detect(rawBody, request.headers) // true or false
 */
export const detect = /*#__PURE__*/ detector(isChatwootBody, (name) => name.startsWith('x-chatwoot-'))

/** @internal */
export const EVENT_NAMES = EVENTS
