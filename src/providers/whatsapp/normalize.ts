/**
 * WhatsApp Cloud API webhooks to the shared model: one event per message,
 * status, echo and contact change, in the order of the body (entries, then
 * changes, then each change's `messages`, `statuses` and `errors`).
 *
 * - Incoming messages → `message.created` (the customer, inbound); messages
 *   the business sent from the WhatsApp Business app (`smb_message_echoes`)
 *   → `message.created` (an agent, outbound). `revoke` and `edit` →
 *   `message.updated` of the original message; `request_welcome` →
 *   `conversation.created`; `reaction` → `reaction.added`, or
 *   `reaction.removed` when the emoji is gone — never a message, so that a bot
 *   does not answer a thumbs-up; `system` (a new number or user id) →
 *   `contact.updated`.
 * - `statuses` → `message.status`, with the error and the pricing category.
 * - `user_id_update` and `user_preferences` → `contact.updated`;
 *   `message_template_status_update` → `template.status_changed`;
 *   `account_update` and value-level `errors` → `account.notice`; every other
 *   field → `unrecognized`.
 *
 * WhatsApp has no conversation id: `conversation.id` is
 * `"<phone_number_id>:<peer>"`, the peer being the group id, else the
 * customer's phone number (`wa_id`), else their business-scoped user id —
 * the phone first, so that threads continue those stored before 2026
 * (docs/providers/whatsapp.md §11). The contact carries both ids.
 *
 * Dedupe keys: a fingerprint of the message id (a `wamid` encodes the phone
 * number, so it is not put in keys as it is), plus the emoji for reactions and
 * the status (and group participant) for statuses: Meta sends no delivery id,
 * and resends the same body for up to 7 days.
 *
 * @module
 */
import { withNormalizeOptions, type NormalizeOptions } from '../../core/provider.js'
import { attempt } from '../../core/attempt.js'
import { contactWith, joinKey, mapDefined, text, type Building } from '../../core/object.js'
import { fingerprint } from '../../core/text.js'
import { secondsToDate } from '../../core/time.js'
import type {
  Author,
  ChatEvent,
  ContentPart,
  Conversation as ModelConversation,
  Contact as ModelContact,
  Message as ModelMessage,
  MediaType,
  Referral as ModelReferral,
  ReplyTarget,
} from '../../model/index.js'
import type {
  Contact,
  EditedMessage,
  Entry,
  GraphError,
  Interactive,
  Media,
  Message,
  Metadata,
  Referral,
  Status,
  UnixTime,
  Webhook,
} from './codecs.js'

const PROVIDER = 'whatsapp' as const
const CHANNEL = 'whatsapp'

/**
 * Maps a decoded WhatsApp webhook to the shared model. Pure; never throws on
 * a value `decode` accepted.
 * @category normalize
 * @since 0.3.0
 * @example
 * const r = whatsapp.decode(rawBody)
 * if (r._tag === 'Right') for (const event of whatsapp.normalize(r.right)) console.log(event.kind)
 */
export const normalize = (webhook: Webhook, options?: NormalizeOptions): ChatEvent[] => {
  const out: ChatEvent[] = []
  for (const entry of webhook.entry) for (const change of entry.changes) changeEvents(entry, change, out)
  return withNormalizeOptions(out, undefined, options)
}

type Event<K extends ChatEvent['kind']> = Building<Extract<ChatEvent, { kind: K }>>

const keyOf = (...parts: (string | number | null | undefined)[]): string => joinKey(PROVIDER, ...parts)

/** Unix seconds, as text or a number (text that is no number, like a missing time, gives `undefined`). */
const timeOf = (u: UnixTime | null | undefined): Date | undefined => secondsToDate(Number(u))

/** What every event of one change shares: the business account and line, and the users it names. */
interface Scope {
  readonly entry: Entry
  /** The business's line: `phone_number_id`. */
  readonly line: string | undefined
  /** The line's number as it is displayed. */
  readonly lineName: string | undefined
  /** The conversations' inbox: the line, the same object for every event of the change. */
  readonly inbox: NonNullable<ModelConversation['inbox']>
  readonly contacts: readonly Contact[] | null | undefined
}

const scopeOf = (entry: Entry, metadata: Metadata, contacts: readonly Contact[] | null | undefined): Scope => {
  const line = text(metadata.phone_number_id)
  const lineName = text(metadata.display_phone_number)
  const inbox: Building<NonNullable<ModelConversation['inbox']>> = {}
  if (line) inbox.id = line
  if (lineName) inbox.name = lineName
  inbox.channel = CHANNEL
  return { entry, line, lineName, inbox, contacts }
}

const changeEvents = (entry: Entry, change: Entry['changes'][number], out: ChatEvent[]): void => {
  switch (change.field) {
    case 'messages': {
      const v = change.value
      const scope = scopeOf(entry, v.metadata, v.contacts)
      for (const m of v.messages ?? []) out.push(messageEvent(scope, m, false))
      for (const s of v.statuses ?? []) out.push(statusEvent(scope, s))
      for (const e of v.errors ?? []) out.push(errorEvent(scope, e))
      return
    }
    case 'smb_message_echoes': {
      const v = change.value
      const scope = scopeOf(entry, v.metadata, v.contacts)
      for (const m of v.message_echoes ?? []) out.push(messageEvent(scope, m, true))
      return
    }
    case 'user_id_update': {
      const v = change.value
      for (const u of v.user_id_update ?? []) {
        const current = text(u.user_id?.current)
        const previous = text(u.user_id?.previous)
        const e = {
          provider: PROVIDER,
          kind: 'contact.updated',
          dedupeKey: keyOf('user_id_update', previous && fingerprint(previous), current && fingerprint(current)),
        } as Event<'contact.updated'>
        const occurredAt = timeOf(u.timestamp)
        if (occurredAt) e.occurredAt = occurredAt
        const known = v.contacts?.find((c) => c.wa_id === u.wa_id) ?? only(v.contacts)
        e.contact = contactWith(current, text(known?.profile?.name), undefined, text(u.wa_id))
        const changes: { field: string; from: unknown; to: unknown }[] = [
          { field: 'user_id', from: previous ?? null, to: current ?? null },
        ]
        if (u.parent_user_id)
          changes.push({
            field: 'parent_user_id',
            from: text(u.parent_user_id.previous) ?? null,
            to: text(u.parent_user_id.current) ?? null,
          })
        e.changes = changes
        e.raw = u
        out.push(e)
      }
      return
    }
    case 'user_preferences': {
      const v = change.value
      for (const p of v.user_preferences ?? []) {
        const id = text(p.user_id) ?? text(p.wa_id)
        const e = {
          provider: PROVIDER,
          kind: 'contact.updated',
          dedupeKey: keyOf('user_preferences', id && fingerprint(id), p.category, p.value, p.timestamp),
        } as Event<'contact.updated'>
        const occurredAt = timeOf(p.timestamp)
        if (occurredAt) e.occurredAt = occurredAt
        e.contact = contactWith(id, undefined, undefined, text(p.wa_id))
        e.changes = [{ field: text(p.category) ?? 'preferences', from: null, to: p.value ?? null }]
        e.raw = p
        out.push(e)
      }
      return
    }
    case 'message_template_status_update': {
      const v = change.value
      const id = v.message_template_id === undefined ? undefined : String(v.message_template_id)
      const status = text(v.event) ?? 'unknown'
      const e = {
        provider: PROVIDER,
        kind: 'template.status_changed',
        dedupeKey: keyOf('template', id, status, entry.time),
      } as Event<'template.status_changed'>
      const occurredAt = timeOf(entry.time)
      if (occurredAt) e.occurredAt = occurredAt
      const template: Building<Event<'template.status_changed'>['template']> = { id: id ?? '' }
      const name = text(v.message_template_name)
      const language = text(v.message_template_language)
      const category = text(v.message_template_category)
      if (name) template.name = name
      if (language) template.language = language
      if (category) template.category = category
      e.template = template
      e.status = status
      // `NONE` is Meta's way of saying there is no reason.
      const reason = [v.reason, v.rejection_info?.reason].find((r) => text(r) !== undefined && r !== 'NONE')
      if (reason) e.reason = reason
      e.raw = v
      out.push(e)
      return
    }
    case 'account_update': {
      const v = change.value
      const e = {
        provider: PROVIDER,
        kind: 'account.notice',
        dedupeKey: keyOf('account_update', entry.id, entry.time, fingerprint(v)),
      } as Event<'account.notice'>
      const occurredAt = timeOf(entry.time)
      if (occurredAt) e.occurredAt = occurredAt
      e.account = { id: entry.id }
      e.notice = text(v.event) ?? 'account_update'
      const phone = text(v.phone_number)
      if (phone) e.phone = phone
      e.raw = v
      out.push(e)
      return
    }
    case 'unrecognized':
      out.push({
        provider: PROVIDER,
        kind: 'unrecognized',
        eventType: change.unrecognized,
        dedupeKey: keyOf(change.unrecognized, entry.id, entry.time, fingerprint(change.value)),
        raw: change,
      })
  }
}

/** The one element of a list, when there is exactly one. */
const only = <A>(list: readonly A[] | null | undefined): A | undefined => (list?.length === 1 ? list[0] : undefined)

/** The user a message is from (or, for an echo, to), and their profile among the change's contacts. */
const peerOf = (scope: Scope, m: Message, echo: boolean) => {
  const phone = text(echo ? m.to : m.from)
  const userId = text(echo ? m.to_user_id : m.from_user_id)
  const contact =
    scope.contacts?.find(
      (c) => (phone !== undefined && c.wa_id === phone) || (userId !== undefined && c.user_id === userId),
    ) ?? only(scope.contacts)
  return {
    phone: phone ?? text(contact?.wa_id),
    userId: userId ?? text(contact?.user_id),
    parentId: text(echo ? m.to_parent_user_id : m.from_parent_user_id) ?? text(contact?.parent_user_id),
    contact,
  }
}

type Peer = ReturnType<typeof peerOf>

/** `"<phone_number_id>:<peer>"`, the peer being the group, else the phone, else the business-scoped id. */
const conversationOf = (scope: Scope, peer: string | undefined, contact?: ModelContact) => {
  const out: Building<ModelConversation> = { id: `${scope.line ?? '-'}:${peer ?? '-'}`, channel: CHANNEL }
  out.inbox = scope.inbox
  if (contact) out.contact = contact
  return out
}

const contactOf = (peer: Peer): ModelContact =>
  contactWith(
    peer.userId ?? peer.phone,
    text(peer.contact?.profile?.name),
    undefined,
    peer.phone,
    text(peer.contact?.profile?.username),
  )

const replyTargetOf = (scope: Scope, m: Message, peer: Peer, group: string | undefined): ReplyTarget | undefined => {
  const line = scope.line
  if (!line) return undefined
  const out = { provider: PROVIDER, phoneNumberId: line } as Building<Extract<ReplyTarget, { provider: 'whatsapp' }>>
  out.wabaId = scope.entry.id
  const to = group ?? peer.phone
  if (to) out.to = to
  if (!group && peer.userId) out.recipient = peer.userId
  if (!group && peer.parentId) out.parentRecipient = peer.parentId
  out.recipientType = group ? 'group' : 'individual'
  out.replyToMessageId = m.id
  return out
}

/** An event's common fields, in the model's order. */
const eventOf = <K extends ChatEvent['kind']>(
  kind: K,
  key: string,
  occurredAt: Date | undefined,
  conversation: ModelConversation,
  replyTarget: ReplyTarget | undefined,
): Event<K> => {
  const e = { provider: PROVIDER, kind, dedupeKey: key } as Event<K>
  if (occurredAt) e.occurredAt = occurredAt
  e.conversation = conversation
  if (replyTarget) e.replyTarget = replyTarget
  return e
}

const messageEvent = (scope: Scope, m: Message, echo: boolean): ChatEvent => {
  const peer = peerOf(scope, m, echo)
  const group = text(m.group_id)
  const contact = contactOf(peer)
  const conversation = conversationOf(scope, group ?? peer.phone ?? peer.userId, contact)
  const occurredAt = timeOf(m.timestamp)
  const author: Author = echo ? agentOf(scope.line) : authorOf(m, peer)
  const replyTarget = replyTargetOf(scope, m, peer, group)
  const id = fingerprint(m.id)
  switch (m.type) {
    case 'reaction': {
      const emoji = text(m.reaction?.emoji)
      const e = eventOf(
        emoji ? 'reaction.added' : 'reaction.removed',
        keyOf('reaction', id, emoji ?? 'removed'),
        occurredAt,
        conversation,
        replyTarget,
      )
      const reaction: Building<Event<'reaction.added'>['reaction']> = { author }
      const target = text(m.reaction?.message_id)
      if (target) reaction.messageId = target
      if (emoji) reaction.emoji = emoji
      e.reaction = reaction
      e.raw = m
      return e
    }
    case 'request_welcome': {
      const e = eventOf('conversation.created', keyOf('welcome', id), occurredAt, conversation, replyTarget)
      e.raw = m
      return e
    }
    case 'system': {
      const e = {
        provider: PROVIDER,
        kind: 'contact.updated',
        dedupeKey: keyOf('system', id),
      } as Event<'contact.updated'>
      if (occurredAt) e.occurredAt = occurredAt
      const s = m.system
      const newPhone = text(s?.wa_id) ?? text(s?.new_wa_id)
      const newUserId = text(s?.user_id)
      // The contact as it was: `from` is the old number; the new ids are the changes.
      e.contact = contactWith(text(m.from_user_id) ?? text(m.from), undefined, undefined, text(m.from))
      const changes: { field: string; from: unknown; to: unknown }[] = []
      if (newPhone) changes.push({ field: 'wa_id', from: text(m.from) ?? null, to: newPhone })
      if (newUserId) changes.push({ field: 'user_id', from: text(m.from_user_id) ?? null, to: newUserId })
      e.changes = changes
      e.raw = m
      return e
    }
    case 'revoke':
    case 'edit': {
      const original = text(m.type === 'revoke' ? m.revoke?.original_message_id : m.edit?.original_message_id)
      const e = eventOf('message.updated', keyOf(m.type, id), occurredAt, conversation, replyTarget)
      const edited = m.type === 'edit' ? m.edit?.message : undefined
      const content = edited ? contentOf(edited) : { text: '', parts: [] }
      const message = messageOf(original, echo, author, content.text, content.parts, undefined, m.context, undefined)
      if (m.type === 'revoke') message.deleted = true
      else if (occurredAt) message.editedAt = occurredAt
      e.message = message
      e.raw = m
      return e
    }
    default: {
      const content = contentOf(m)
      const e = eventOf('message.created', keyOf(echo ? 'echo' : 'msg', id), occurredAt, conversation, replyTarget)
      e.message = messageOf(m.id, echo, author, content.text, content.parts, occurredAt, m.context, m.referral)
      e.raw = m
      return e
    }
  }
}

/** The business, writing from the WhatsApp Business app: its line is who it is. */
const agentOf = (line: string | undefined): Author => (line ? { role: 'agent', id: line } : { role: 'agent' })

const authorOf = (m: Message, peer: Peer): Author => {
  const out: Building<Author> = { role: 'customer' }
  const id = text(m.from_user_id) ?? text(m.from) ?? peer.userId ?? peer.phone
  const name = text(peer.contact?.profile?.name)
  if (id) out.id = id
  if (name) out.name = name
  return out
}

const messageOf = (
  id: string | undefined,
  echo: boolean,
  author: Author,
  body: string,
  parts: ContentPart[],
  createdAt: Date | undefined,
  context: Message['context'],
  referral: Referral | null | undefined,
): Building<ModelMessage> => {
  // Keys in the model's order, so that events print alike whatever their provider.
  const out = (id ? { id } : {}) as Building<ModelMessage>
  out.direction = echo ? 'outbound' : 'inbound'
  out.author = author
  out.text = body
  out.parts = parts
  if (createdAt) out.createdAt = createdAt
  out.private = false
  const inReplyTo = text(context?.id)
  if (inReplyTo) out.inReplyTo = inReplyTo
  if (id) out.externalId = id
  if (referral) {
    const r = referralOf(referral)
    out.referral = r
    if (r.sourceUrl) parts.push(linkOf(r.sourceUrl, r))
  }
  return out
}

const referralOf = (r: Referral): ModelReferral => {
  const out: Building<ModelReferral> = {}
  const fields: [keyof ModelReferral, string | null | undefined][] = [
    ['sourceType', r.source_type],
    ['sourceId', r.source_id],
    ['sourceUrl', r.source_url],
    ['headline', r.headline],
    ['body', r.body],
    ['mediaType', r.media_type],
    ['mediaUrl', r.image_url ?? r.video_url],
    ['thumbnailUrl', r.thumbnail_url],
    ['clickId', r.ctwa_clid],
    ['welcomeMessage', r.welcome_message?.text],
  ]
  for (const [k, v] of fields) if (text(v)) out[k] = v as string
  return out
}

const linkOf = (url: string, r: ModelReferral): ContentPart => {
  const out: Building<Extract<ContentPart, { type: 'link' }>> = { type: 'link', url }
  if (r.headline) out.title = r.headline
  if (r.body) out.description = r.body
  const image = r.mediaType === 'video' ? r.thumbnailUrl : (r.mediaUrl ?? r.thumbnailUrl)
  if (image) out.imageUrl = image
  return out
}

const MEDIA: Readonly<Record<string, MediaType>> = {
  image: 'image',
  video: 'video',
  audio: 'audio',
  document: 'file',
  sticker: 'sticker',
}

const mediaPart = (type: MediaType, media: Media | undefined): ContentPart => {
  const out: Building<Extract<ContentPart, { type: 'media' }>> = { type: 'media', mediaType: type }
  const url = text(media?.url) ?? text(media?.link)
  if (url) out.url = url
  const mime = text(media?.mime_type)
  if (mime) out.mimeType = mime
  const name = text(media?.filename)
  if (name) out.name = name
  const id = text(media?.id)
  if (id) out.storage = { key: id }
  return out
}

interface Content {
  readonly text: string
  readonly parts: ContentPart[]
}

/** The text and parts of a message, or of an edit's new content. */
const contentOf = (m: Message | EditedMessage): Content => {
  const type = m.type ?? 'unrecognized'
  const mediaType = Object.prototype.hasOwnProperty.call(MEDIA, type) ? MEDIA[type] : undefined
  if (mediaType) {
    const media = (m as Partial<Record<string, Media>>)[type]
    const caption = text(media?.caption) ?? ''
    const parts: ContentPart[] = caption ? [{ type: 'text', text: caption }] : []
    parts.push(mediaPart(mediaType, media))
    return { text: caption, parts }
  }
  if (type === 'text') {
    const body = text((m as { text?: { body?: string } }).text?.body) ?? ''
    return { text: body, parts: body ? [{ type: 'text', text: body }] : [] }
  }
  if (!('id' in m)) return { text: '', parts: [{ type: 'unsupported', original: type }] }
  switch (m.type) {
    case 'location': {
      const l = m.location
      if (typeof l?.latitude !== 'number' || typeof l.longitude !== 'number')
        return { text: '', parts: [{ type: 'unsupported', original: 'location' }] }
      const part: Building<Extract<ContentPart, { type: 'location' }>> = {
        type: 'location',
        latitude: l.latitude,
        longitude: l.longitude,
      }
      const title = text(l.name) ?? text(l.address)
      if (title) part.title = title
      const url = text(l.url)
      if (url) part.url = url
      return { text: '', parts: [part] }
    }
    case 'contacts': {
      const names = mapDefined(m.contacts, (c) => text(c.name?.formatted_name))
      return { text: '', parts: [unsupported('contacts', names.join(', '))] }
    }
    case 'interactive':
      return interactiveContent(m.interactive)
    case 'button': {
      const title = text(m.button?.text) ?? ''
      return {
        text: title,
        parts: [{ type: 'choices', options: [], submitted: [{ title, value: m.button?.payload ?? title }] }],
      }
    }
    case 'order': {
      const items = m.order?.product_items?.length ?? 0
      return {
        text: text(m.order?.text) ?? '',
        parts: [unsupported('order', `${items} item${items === 1 ? '' : 's'}`)],
      }
    }
    case 'unsupported':
      return { text: '', parts: [unsupported(text(m.unsupported?.type) ?? 'unsupported', errorTitle(m.errors))] }
    default: {
      // `unknown` (WhatsApp's name for what it could not read) and types of their own branch; the others have
      // returned above, or are events of their own (messageEvent).
      // Stryker disable next-line ConditionalExpression: only types of their own branch reach here, so the test is always true.
      const original = m.type === 'unrecognized' ? m.unrecognized : m.type
      return { text: '', parts: [unsupported(original, errorTitle(m.errors))] }
    }
  }
}

const unsupported = (original: string, description?: string): ContentPart =>
  description ? { type: 'unsupported', original, description } : { type: 'unsupported', original }

const errorTitle = (errors: readonly GraphError[] | null | undefined): string | undefined => text(errors?.[0]?.title)

const interactiveContent = (i: Interactive | null | undefined): Content => {
  switch (i?.type) {
    case 'button_reply':
    case 'list_reply': {
      const r = i.type === 'button_reply' ? i.button_reply : i.list_reply
      const title = text(r?.title) ?? ''
      return { text: title, parts: [{ type: 'choices', options: [], submitted: [{ title, value: r?.id ?? title }] }] }
    }
    case 'nfm_reply': {
      const body = text(i.nfm_reply?.body) ?? ''
      const submitted = formOf(i.nfm_reply?.response_json)
      return {
        text: body,
        parts: [
          submitted ? { type: 'form', fields: [], submitted } : unsupported(text(i.nfm_reply?.name) ?? 'nfm_reply'),
        ],
      }
    }
    case 'call_permission_reply': {
      const response = text(i.call_permission_reply?.response)
      return {
        text: '',
        parts: [{ type: 'activity', action: 'call_permission_reply', ...(response ? { values: [response] } : {}) }],
      }
    }
    case 'unrecognized':
      return { text: '', parts: [unsupported(`interactive.${i.unrecognized}`)] }
    default:
      return { text: '', parts: [unsupported('interactive')] }
  }
}

/** The top-level entries of a flow's `response_json`, values as text; `undefined` when it is not a JSON object. */
const formOf = (json: string | null | undefined): { name: string; value: string }[] | undefined => {
  // A missing answer is no JSON either (`JSON.parse(undefined)` throws; `null` parses to no object).
  const parsed = attempt((): unknown => JSON.parse(json as string), undefined)
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined
  return Object.entries(parsed).map(([name, value]) => ({
    name,
    value: typeof value === 'string' ? value : JSON.stringify(value),
  }))
}

const statusEvent = (scope: Scope, s: Status): ChatEvent => {
  const participant = text(s.recipient_participant_id) ?? text(s.recipient_participant_user_id)
  // The peer is `recipient_id` (a group's id, or a phone number), else the business-scoped id.
  const peer = text(s.recipient_id)
  const userId = text(s.recipient_user_id)
  const e = {
    provider: PROVIDER,
    kind: 'message.status',
    dedupeKey: keyOf('status', fingerprint(s.id), s.status, participant && fingerprint(participant)),
  } as Event<'message.status'>
  const occurredAt = timeOf(s.timestamp)
  if (occurredAt) e.occurredAt = occurredAt
  e.conversation = conversationOf(scope, peer ?? userId)
  e.status = s.status
  e.messageId = s.id
  e.externalId = s.id
  e.channel = CHANNEL
  if (scope.lineName) e.from = scope.lineName
  const to = participant ?? peer ?? userId
  if (to) e.to = to
  const error = s.errors?.[0]
  const reason = error ? reasonOf(error) : ''
  if (reason) e.reason = reason
  if (s.status === 'delivered' && occurredAt) e.deliveredAt = occurredAt
  const category = text(s.pricing?.category)
  if (category) e.pricingCategory = category
  e.raw = s
  return e
}

/** `"<code> <title>: <details>"`, with what is there. */
const reasonOf = (e: GraphError): string => {
  const head = [e.code, text(e.title)].filter((x) => x !== undefined).join(' ')
  const details = text(e.error_data?.details)
  return details ? (head ? `${head}: ${details}` : details) : head
}

const errorEvent = (scope: Scope, error: GraphError): ChatEvent => {
  const e = {
    provider: PROVIDER,
    kind: 'account.notice',
    dedupeKey: keyOf('error', scope.entry.id, scope.line, fingerprint(error)),
  } as Event<'account.notice'>
  e.account = { id: scope.entry.id }
  e.notice = 'error'
  if (scope.lineName) e.phone = scope.lineName
  if (typeof error.code === 'number') e.code = error.code
  const detail = reasonOf(error)
  if (detail) e.detail = detail
  e.raw = error
  return e
}
