/**
 * What each provider's bodies look like: a few key checks on a parsed body,
 * never a full decode. Root detection uses them to pick a decoder, and a
 * provider's own `decode` to say, when a body fails, which provider it looks
 * like instead. Kept apart from the codecs so that a one-provider bundle does
 * not carry the others' codecs for it.
 *
 * @module
 */
import type { ProviderId } from '../model/index.js'
import { isRecord, own } from './codecs.js'

/** Chatwoot's event names (its codec's tags; a test keeps the two lists equal). @internal */
export const CHATWOOT_EVENTS: ReadonlySet<string> = /*#__PURE__*/ new Set([
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

/** OneRoute's event names (its codec's tags; a test keeps the two lists equal). @internal */
export const ONEROUTE_EVENTS: ReadonlySet<string> = /*#__PURE__*/ new Set(['newMessage', 'smsDeliveryReport'])

/**
 * A Chatwoot body: a known `event` name (including `automation_event.*`), or
 * another event name on a body shaped like Chatwoot's (an `account`,
 * `conversation` or `inbox` object beside it). Rails "params dump" bodies
 * keep the `event` key, so they are recognised too.
 * @internal
 */
export const isChatwootBody = (body: Record<string, unknown>): boolean => {
  const event = own(body, 'event')
  if (typeof event !== 'string') return false
  if (CHATWOOT_EVENTS.has(event) || event.startsWith('automation_event.')) return true
  return isRecord(own(body, 'account')) || isRecord(own(body, 'conversation')) || isRecord(own(body, 'inbox'))
}

/**
 * A Channel Talk body: the `{ event, type, entity, refers }` envelope — string
 * `event` and `type` beside an `entity` (or `refers`) object. No Chatwoot body
 * has a `type` and an `entity` at its top level.
 * @internal
 */
export const isChannelTalkBody = (body: Record<string, unknown>): boolean =>
  typeof own(body, 'event') === 'string' &&
  typeof own(body, 'type') === 'string' &&
  (isRecord(own(body, 'entity')) || isRecord(own(body, 'refers')))

/**
 * A Proto body: an `events` array whose first event has a `chat` object, a
 * `messages` array or the `new_messages` type. Neither Chatwoot nor Channel
 * Talk bodies have `events`; an empty batch names no provider.
 * @internal
 */
export const isProtoBody = (body: Record<string, unknown>): boolean => {
  const events = own(body, 'events')
  const first: unknown = Array.isArray(events) ? events[0] : undefined
  return isRecord(first) && (isRecord(own(first, 'chat')) || Array.isArray(own(first, 'messages')) || own(first, 'type') === 'new_messages')
}

/**
 * A OneRoute body: a known OneRoute event (`newMessage`, `smsDeliveryReport`),
 * or OneRoute's envelope — a `message` key (an object with a `sender`, or
 * `null`) beside a `conversation` object — or a conversation with OneRoute's
 * capital-C `Channel`. Chatwoot bodies have no top-level `message`.
 * @internal
 */
export const isOneRouteBody = (body: Record<string, unknown>): boolean => {
  const event = own(body, 'event')
  if (typeof event !== 'string') return false
  if (ONEROUTE_EVENTS.has(event)) return true
  const conversation = own(body, 'conversation')
  if (!isRecord(conversation)) return false
  const message = own(body, 'message')
  return message === null || (isRecord(message) && isRecord(own(message, 'sender'))) || isRecord(own(conversation, 'Channel'))
}

/**
 * The provider whose bodies this parsed value looks like, or `undefined`. The
 * order matters where shapes overlap: Proto's and Channel Talk's envelopes
 * are the most specific, Chatwoot's the least.
 * @internal
 */
export const looksLike = (body: unknown): ProviderId | undefined => {
  if (!isRecord(body)) return undefined
  if (isProtoBody(body)) return 'proto'
  if (isChannelTalkBody(body)) return 'channeltalk'
  if (isOneRouteBody(body)) return 'oneroute'
  if (isChatwootBody(body)) return 'chatwoot'
  return undefined
}
