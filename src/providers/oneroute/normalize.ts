/**
 * OneRoute webhooks to the shared model. Every OneRoute webhook gives exactly
 * one event:
 * - `newMessage` → `message.created`. Direction and role come from
 *   `sender.authUser` (`false` → the customer, inbound; `true` → an agent,
 *   outbound — OneRoute echoes messages sent from its dashboard or API). The
 *   text is `content` (HTML tags stripped for e-mail), a media part comes from
 *   whichever URL field is set, `quoted_message_id` is `inReplyTo`, and the
 *   channel's medium (`whatsapp`, `sms`, `email`, `livechat`…) is the
 *   conversation's `channel`.
 * - `smsDeliveryReport` → `message.status`.
 * - anything else → `unrecognized`.
 *
 * Dedupe keys. The webhook carries no message id, so a message's key is its
 * conversation plus, in order of preference, the message `id` (when OneRoute
 * sends one), a fingerprint of its `externalId` (a WhatsApp message id
 * encodes the customer's number, so it is not put in keys as is), or a
 * fingerprint of the sender, the content and `conversation.lastMessageAt` —
 * which a redelivery repeats and the next message changes. A delivery report's key
 * is its id and status, so `pending` then `delivered` are two changes.
 *
 * @module
 */
import { withNormalizeOptions, type NormalizeOptions } from '../../core/provider.js'
import { compact, contactWith, idOf, joinKey, text, type Building } from '../../core/object.js'
import { fingerprint, stripHtml } from '../../core/text.js'
import { isoToDate } from '../../core/time.js'
import type {
  Author,
  ChatEvent,
  ContentPart,
  Message as ModelMessage,
  Conversation as ModelConversation,
  MediaType,
  ReplyTarget,
} from '../../model/index.js'
import type { Conversation, Message, NewMessage, SmsDeliveryReport, Unrecognized, Webhook } from './codecs.js'

const PROVIDER = 'oneroute' as const

/**
 * Maps a decoded OneRoute webhook to the shared model: one event.
 * Pure; never throws on a value `decode` accepted.
 * @category normalize
 * @since 0.2.0
 * @example
 * const r = oneroute.decode(rawBody)
 * if (r._tag === 'Right') for (const event of oneroute.normalize(r.right)) console.log(event.kind)
 */
export const normalize = (webhook: Webhook, options?: NormalizeOptions): ChatEvent[] =>
  withNormalizeOptions([toEvent(webhook)], undefined, options)

const toEvent = (w: Webhook): ChatEvent => {
  switch (w.event) {
    case 'newMessage':
      return messageEvent(w)
    case 'smsDeliveryReport':
      return deliveryEvent(w)
    case 'unrecognized':
      return unrecognizedEvent(w)
  }
}

const keyOf = (...parts: (string | number | null | undefined)[]): string => joinKey(PROVIDER, ...parts)

const mediumOf = (c: Conversation): string | undefined => text(c.Channel?.medium)?.toLowerCase()

const conversationOf = (c: Conversation): ModelConversation => {
  const medium = mediumOf(c)
  const channel = c.Channel
  const agentName = typeof c.agent === 'string' ? text(c.agent) : text(c.agent?.['name'])
  const agentId = text(c.agent_id)
  const out: Building<ModelConversation> = { id: c.id }
  const status = text(c.status)
  if (status) out.status = status
  if (medium) out.channel = medium
  if (channel) out.inbox = compact({ id: text(channel.id), name: text(channel.name), channel: medium })
  if (c.customer || c.customer_id)
    out.contact = contactWith(text(c.customer_id), text(c.customer?.name), text(c.customer?.email))
  if (agentId) {
    const assignee: Building<NonNullable<ModelConversation['assignee']>> = { id: agentId, role: 'agent' }
    if (agentName) assignee.name = agentName
    out.assignee = assignee
  }
  const name = text(c.subject)
  const createdAt = isoToDate(c.createdAt)
  const updatedAt = isoToDate(c.updatedAt)
  if (name) out.name = name
  if (createdAt) out.createdAt = createdAt
  if (updatedAt) out.updatedAt = updatedAt
  return out
}

const replyTargetOf = (c: Conversation): ReplyTarget => {
  const out: Building<Extract<ReplyTarget, { provider: 'oneroute' }>> = { provider: PROVIDER, conversationId: c.id }
  const channelId = text(c.Channel?.id)
  const medium = mediumOf(c)
  const channelPhone = text(c.Channel?.phone)
  const customerId = text(c.customer_id)
  const customerEmail = text(c.customer?.email)
  if (channelId) out.channelId = channelId
  if (medium) out.medium = medium
  if (channelPhone) out.channelPhone = channelPhone
  if (customerId) out.customerId = customerId
  if (customerEmail) out.customerEmail = customerEmail
  return out
}

/** The media URL fields, in the order they are read, with the media type each holds. */
const MEDIA: readonly [keyof Message & `${string}Url`, MediaType][] = [
  ['imageUrl', 'image'],
  ['videoUrl', 'video'],
  ['audioUrl', 'audio'],
  ['documentUrl', 'file'],
]

const partsOf = (m: Message, body: string): ContentPart[] => {
  const parts: ContentPart[] = body === '' ? [] : [{ type: 'text', text: body }]
  for (const [field, mediaType] of MEDIA) {
    const url = text(m[field])
    if (url) parts.push({ type: 'media', mediaType, url })
  }
  return parts
}

const messageEvent = (w: NewMessage): ChatEvent => {
  const m = w.message
  const c = w.conversation
  const agent = m.sender?.authUser === true
  const content = m.content ?? ''
  const body = mediumOf(c) === 'email' ? stripHtml(content) : content
  const createdAt = isoToDate(m.createdAt) ?? isoToDate(c.lastMessageAt)
  const author: Building<Author> = { role: agent ? 'agent' : 'customer' }
  const authorName = text(m.sender?.name)
  const authorId = agent ? undefined : text(c.customer_id)
  if (authorName) author.name = authorName
  if (authorId) author.id = authorId
  // Keys in a fixed order: id, direction, author, text, parts, createdAt, private, inReplyTo, externalId.
  const message: Building<Partial<ModelMessage>> = {}
  const id = text(m.id)
  if (id) message.id = id
  message.direction = agent ? 'outbound' : 'inbound'
  message.author = author
  message.text = body
  message.parts = partsOf(m, body)
  if (createdAt) message.createdAt = createdAt
  message.private = false
  const inReplyTo = text(m.quoted_message_id)
  const externalId = text(m.externalId)
  if (inReplyTo) message.inReplyTo = inReplyTo
  if (externalId) message.externalId = externalId
  const out = {
    provider: PROVIDER,
    kind: 'message.created',
    dedupeKey: keyOf(
      c.Channel?.id,
      'newMessage',
      c.id,
      id ??
        (externalId ? fingerprint(m.externalId) : undefined) ??
        fingerprint(
          m.sender?.authUser,
          m.sender?.name,
          m.content,
          m.contentType,
          m.imageUrl,
          m.videoUrl,
          m.audioUrl,
          m.documentUrl,
          m.quoted_message_id,
          c.lastMessageAt,
        ),
    ),
  } as Building<Extract<ChatEvent, { kind: 'message.created' }>>
  if (createdAt) out.occurredAt = createdAt
  out.conversation = conversationOf(c)
  out.replyTarget = replyTargetOf(c)
  out.message = message as ModelMessage
  out.raw = w
  return out
}

const deliveryEvent = (w: SmsDeliveryReport): ChatEvent => {
  const r = w.conversation
  const id = idOf(r.id)
  const deliveredAt = isoToDate(r.delivered_time)
  const occurredAt = deliveredAt ?? isoToDate(r.createdAt)
  const status = text(r.status)
  // Keys in a fixed order: provider, kind, dedupeKey, occurredAt, status, messageId, externalId,
  // channel, from, to, reason, deliveredAt, units, raw.
  const out = {
    provider: PROVIDER,
    kind: 'message.status',
    dedupeKey: keyOf(undefined, 'smsDeliveryReport', id, status),
  } as Building<Extract<ChatEvent, { kind: 'message.status' }>>
  if (occurredAt) out.occurredAt = occurredAt
  out.status = status ?? 'unknown'
  if (id) out.messageId = id
  const externalId = text(r.externalId)
  if (externalId) out.externalId = externalId
  out.channel = 'sms'
  const from = text(r.from)
  const to = text(r.to)
  const reason = text(r.reason)
  if (from) out.from = from
  if (to) out.to = to
  if (reason) out.reason = reason
  if (deliveredAt) out.deliveredAt = deliveredAt
  if (typeof r.units === 'number') out.units = r.units
  out.raw = w
  return out
}

const unrecognizedEvent = (w: Unrecognized): ChatEvent => ({
  provider: PROVIDER,
  kind: 'unrecognized',
  eventType: w.unrecognized,
  dedupeKey: keyOf(undefined, w.unrecognized, fingerprint(w.message, w.conversation)),
  raw: w,
})
