/**
 * Intercom notifications to the shared model: one event per notification,
 * none for `ping` (docs/providers/intercom.md §11).
 *
 * - Replies, notes and created topics → `message.created`: the message is
 *   the conversation's `source` for `*.created` topics, else the last part of
 *   the change with a body or attachments whose author fits the topic (a
 *   customer for `user.replied`, a teammate, bot or team for `admin.*`, a bot
 *   for `operator.replied`); ticket replies and notes take the `ticket_part`.
 *   Notes are private. `conversation_part.redacted` → `message.updated`
 *   (`deleted`).
 * - Close, open, snooze, unsnooze, deletion and ticket state topics →
 *   `conversation.status_changed`; assignment, priority, rating, read, tags,
 *   company, attach / detach and ticket attribute topics →
 *   `conversation.updated`; `ticket.created` → `conversation.created` (tickets
 *   share the conversations' id space: `replyTarget.kind` says which API
 *   answers).
 * - Contact topics → `contact.created` / `contact.updated`, deletions →
 *   `contact.deleted`. Other topics (admins, companies, articles, calls…) →
 *   `unrecognized`.
 *
 * Roles: `user`, `lead`, `contact`, `visitor` → customer; `admin` → agent, or
 * bot when the part is an AI answer (`from_ai_agent`, `is_ai_answer`); `bot`
 * → bot; `team` and anything else → system. Parts your own app posts through
 * the API come back as `conversation.admin.replied`: skip parts whose author is
 * your admin, or that carry an `app_package_code` (in `raw`).
 *
 * Dedupe keys start with the workspace (`intercom:<app_id>:`): messages are
 * `msg:<conversation>:<part>` — the same for a Fin reply delivered under two
 * topics — redactions `redact:<conversation>:<part>:<updated_at>`,
 * conversation changes `<kind>:<conversation>:<topic>:<newest part>:<updated_at>`
 * (a change may add no part of its own), contacts `contact:<id>:<topic>:<updated_at>`.
 *
 * @module
 */
import { withNormalizeOptions, type NormalizeOptions } from '../../core/provider.js'
import {
  compact,
  contactWith,
  idOf,
  joinKey,
  mapDefined,
  mediaTypeOfMime,
  text,
  withRaw,
  type Building,
} from '../../core/object.js'
import { htmlToText } from '../../core/html.js'
import { isoToDate, secondsToDate } from '../../core/time.js'
import type {
  Author as ModelAuthor,
  ChatEvent,
  Change,
  ContentPart,
  Contact as ModelContact,
  Conversation as ModelConversation,
  Message as ModelMessage,
  ReplyTarget,
  Role,
} from '../../model/index.js'
import type {
  Attachment,
  Author,
  Contact,
  Conversation,
  LegacyUser,
  Part,
  Ticket,
  TicketPart,
  Webhook,
} from './codecs.js'

const PROVIDER = 'intercom' as const

type Typed<K extends ChatEvent['kind']> = Building<Extract<ChatEvent, { kind: K }>>
type Notification = Exclude<Webhook, { topic: 'unrecognized' }>

/**
 * Maps a decoded Intercom notification to the shared model: one event, or
 * none for `ping`. Pure; never throws on a value `decode` accepted.
 * @category normalize
 * @since 0.3.0
 * @example
 * const r = intercom.decode(rawBody)
 * if (r._tag === 'Right') for (const event of intercom.normalize(r.right)) console.log(event.kind)
 */
export const normalize = (webhook: Webhook, options?: NormalizeOptions): ChatEvent[] =>
  withNormalizeOptions(eventsOf(webhook), undefined, options)

/** The message topics, and whose parts each takes. */
const MESSAGE_TOPICS: Readonly<Record<string, 'customer' | 'support' | 'bot'>> = {
  'conversation.user.replied': 'customer',
  // Stryker disable next-line StringLiteral: a side that is neither 'customer' nor 'bot' reads as the support side
  'conversation.admin.replied': 'support',
  // Stryker disable next-line StringLiteral: as above
  'conversation.admin.noted': 'support',
  'conversation.operator.replied': 'bot',
}
/** Conversation status topics, and the status after them. */
const STATUS_TOPICS: Readonly<Record<string, string>> = {
  'conversation.admin.closed': 'closed',
  'conversation.admin.opened': 'open',
  'conversation.admin.snoozed': 'snoozed',
  'conversation.admin.unsnoozed': 'open',
  'ticket.admin.snoozed': 'snoozed',
  'ticket.admin.unsnoozed': 'open',
  'ticket.resolved': 'resolved',
  'ticket.closed': 'closed',
}
const CUSTOMERS: ReadonlySet<string> = new Set(['user', 'lead', 'contact', 'visitor'])

/** The event of a notification: one, or none for a ping. */
const eventsOf = (w: Webhook): ChatEvent[] => (w.topic === 'ping' ? [] : [eventOf(w)])

const eventOf = (w: Exclude<Webhook, { topic: 'ping' }>): ChatEvent => {
  if (w.topic === 'unrecognized') return unrecognizedEvent(w)
  switch (w.topic) {
    case 'conversation.user.created':
    // Stryker disable next-line ConditionalExpression: an empty case falls through either way
    case 'conversation.admin.single.created':
      return createdMessage(w, w.data.item)
    case 'conversation.user.replied':
    case 'conversation.admin.replied':
    case 'conversation.admin.noted':
    case 'conversation.operator.replied':
      return partMessage(w, w.data.item, MESSAGE_TOPICS[w.topic] as 'customer' | 'support' | 'bot')
    case 'conversation_part.redacted':
      return redaction(w, w.data.item)
    case 'conversation.admin.closed':
    case 'conversation.admin.opened':
    case 'conversation.admin.snoozed':
    case 'conversation.admin.unsnoozed': {
      const c = w.data.item
      const out = conversationEvent(
        w,
        'conversation.status_changed',
        conversationOf(c),
        target(w, 'conversation', c.id, c),
        newestPart(c.conversation_parts?.conversation_parts),
        c.updated_at,
      )
      out.conversation = { ...out.conversation, status: STATUS_TOPICS[w.topic] }
      return withRaw(out, w)
    }
    case 'conversation.admin.assigned':
    case 'conversation.admin.open.assigned':
    case 'conversation.priority.updated':
    case 'conversation.rating.added':
    case 'conversation.read':
    case 'conversation.company.updated':
    case 'conversation_part.tag.created': {
      const c = w.data.item
      const part = newestPart(c.conversation_parts?.conversation_parts)
      const out = conversationEvent(
        w,
        'conversation.updated',
        conversationOf(c),
        target(w, 'conversation', c.id, c),
        part,
        c.updated_at,
      )
      const changes = conversationChanges(w.topic, c, part)
      if (changes.length > 0) out.changes = changes
      return withRaw(out, w)
    }
    case 'conversation.deleted': {
      const id = w.data.item.conversation_id
      const out = { provider: PROVIDER, kind: 'conversation.status_changed' } as Typed<'conversation.status_changed'>
      out.dedupeKey = joinKey(PROVIDER, w.app_id, 'deleted', id)
      const at = secondsToDate(w.created_at)
      if (at) out.occurredAt = at
      out.conversation = { id, status: 'deleted' }
      return withRaw(out, w)
    }
    case 'conversation.contact.attached':
    case 'conversation.contact.detached': {
      const item = w.data.item
      const modelId = item.conversation?.model?.id
      const id = typeof modelId === 'number' ? String(modelId) : (text(modelId) ?? '')
      const contact = item.contact ? contactOf(item.contact) : undefined
      const conversation: Building<ModelConversation> = { id }
      if (contact) conversation.contact = contact
      const out = conversationEvent(
        w,
        'conversation.updated',
        conversation,
        target(w, 'conversation', id),
        undefined,
        undefined,
      )
      const who = text(item.contact?.id) ?? null
      out.changes = [
        w.topic === 'conversation.contact.attached'
          ? { field: 'participants', from: null, to: who }
          : { field: 'participants', from: who, to: null },
      ]
      return withRaw(out, w)
    }
    case 'ticket.created':
      return ticketEvent(w, 'conversation.created', w.data.item)
    case 'ticket.state.updated':
    case 'ticket.resolved':
    case 'ticket.admin.snoozed':
    // Stryker disable next-line ConditionalExpression: an empty case falls through either way
    case 'ticket.admin.unsnoozed':
      return ticketEvent(w, 'conversation.status_changed', w.data.item)
    case 'ticket.closed': {
      const item = w.data.item
      return ticketEvent(
        w,
        'conversation.status_changed',
        'ticket_state' in item || !('ticket' in item) ? item : item.ticket,
      )
    }
    case 'ticket.admin.assigned':
    case 'ticket.team.assigned':
    case 'ticket.attribute.updated':
    case 'ticket.contact.attached':
    case 'ticket.contact.detached':
    case 'ticket.rating.provided':
      return ticketEvent(w, 'conversation.updated', w.data.item)
    case 'ticket.admin.replied':
    case 'ticket.contact.replied':
    case 'ticket.note.created':
      return ticketMessage(w, w.data.item.ticket, w.data.item.ticket_part)
    case 'contact.user.created':
    case 'contact.lead.created':
      return contactEvent(w, 'contact.created', w.data.item)
    case 'contact.user.updated':
    case 'contact.lead.updated':
    case 'contact.email.updated':
    case 'contact.lead.added_email':
    case 'contact.lead.signed_up':
    case 'contact.archived':
    case 'contact.unarchive':
    case 'contact.merged': {
      const out = contactEvent(w, 'contact.updated', w.data.item)
      const merged = text(w.data.item.merged_from?.['id'])
      if (merged)
        (out as Typed<'contact.updated'>).changes = [{ field: 'merged_from', from: merged, to: w.data.item.id }]
      if (w.topic === 'contact.archived' || w.topic === 'contact.unarchive')
        (out as Typed<'contact.updated'>).changes = [
          { field: 'archived', from: w.topic !== 'contact.archived', to: w.topic === 'contact.archived' },
        ]
      return out
    }
    case 'contact.user.tag.created':
    case 'contact.user.tag.deleted':
    case 'contact.lead.tag.created':
    case 'contact.lead.tag.deleted': {
      const item = w.data.item
      const out = contactEvent(w, 'contact.updated', item.contact) as Typed<'contact.updated'>
      const tag = text(item.tag?.name) ?? text(item.tag?.id) ?? null
      out.changes = [
        w.topic.endsWith('.created') ? { field: 'tags', from: null, to: tag } : { field: 'tags', from: tag, to: null },
      ]
      return out
    }
    case 'contact.subscribed':
    case 'contact.unsubscribed': {
      const out = contactEvent(w, 'contact.updated', w.data.item.contact) as Typed<'contact.updated'>
      out.changes = [{ field: 'subscribed', from: null, to: w.topic === 'contact.subscribed' }]
      return out
    }
    case 'contact.deleted': {
      const item = w.data.item
      const out = { provider: PROVIDER, kind: 'contact.deleted' } as Typed<'contact.deleted'>
      out.dedupeKey = joinKey(PROVIDER, w.app_id, 'contact', item.id, w.topic, w.created_at)
      const at = secondsToDate(w.created_at)
      if (at) out.occurredAt = at
      out.contact = contactWith(item.id, undefined, undefined, undefined, text(item.external_id))
      return withRaw(out, w)
    }
    case 'visitor.signed_up':
    case 'user.created':
    case 'user.deleted':
    case 'user.email.updated':
    case 'user.unsubscribed':
    case 'contact.created':
    case 'contact.signed_up':
    case 'contact.added_email':
      return contactEvent(
        w,
        w.topic === 'user.created' || w.topic === 'contact.created'
          ? 'contact.created'
          : w.topic === 'user.deleted'
            ? 'contact.deleted'
            : 'contact.updated',
        w.data.item,
      )
  }
}

// -------------------------------------------------------------------------------------
// conversations and tickets
// -------------------------------------------------------------------------------------

const assigneeOf = (id: string | number | null | undefined) => {
  const value = idOf(id)
  return value && value !== '0' ? value : undefined
}

const conversationOf = (c: Conversation): Building<ModelConversation> => {
  const out: Building<ModelConversation> = { id: c.id }
  const status = text(c.state)
  if (status) out.status = status
  const channel = text(c.source?.type)
  if (channel) out.channel = channel
  const contact = contactOfConversation(c)
  if (contact) out.contact = contact
  const admin =
    assigneeOf(c.admin_assignee_id) ?? assigneeOf(idOf(c.assignee?.['type'] === 'admin' ? c.assignee['id'] : undefined))
  if (admin) out.assignee = { id: admin, role: 'agent' }
  const team = assigneeOf(c.team_assignee_id)
  if (team) out.team = { id: team }
  const labels = mapDefined(c.tags?.tags, (tag) => text(tag.name))
  if (labels.length > 0) out.labels = labels
  const priority = text(c.priority)
  if (priority) out.priority = priority
  const name = text(c.title)
  if (name) out.name = name
  const createdAt = secondsToDate(c.created_at)
  if (createdAt) out.createdAt = createdAt
  const updatedAt = secondsToDate(c.updated_at)
  if (updatedAt) out.updatedAt = updatedAt
  return out
}

/** The conversation's first contact, with the first message's name and e-mail when its author is that contact. */
const contactOfConversation = (c: Conversation): ModelContact | undefined => {
  const ref = c.contacts?.contacts?.[0]
  const legacy = c.user
  const id = text(ref?.id) ?? text(legacy?.id)
  if (!id) return undefined
  const author = c.source?.author
  const same = author && idOf(author.id) === id
  return contactWith(
    id,
    text(same ? author.name : undefined) ?? text(legacy?.name),
    text(same ? author.email : undefined) ?? text(legacy?.email),
    undefined,
    text(ref?.external_id) ?? text(legacy?.user_id),
  )
}

const target = (
  w: Notification,
  kind: 'conversation' | 'ticket',
  id: string,
  c?: Conversation | Ticket,
): ReplyTarget => {
  const out: Building<Extract<ReplyTarget, { provider: 'intercom' }>> = {
    provider: PROVIDER,
    kind,
    conversationId: id,
    workspaceId: w.app_id,
  }
  const contact = c && 'contacts' in c ? text(c.contacts?.contacts?.[0]?.id) : undefined
  const legacy = c && 'user' in c ? text(c.user?.id) : undefined
  const contactId = contact ?? legacy
  if (contactId) out.contactId = contactId
  return out
}

/** The newest part of a change: the last by `created_at`, then by position. */
const newestPart = <P extends { readonly created_at?: number | null }>(
  parts: readonly P[] | null | undefined,
): P | undefined => {
  let best: P | undefined
  for (const p of parts ?? []) if (!best || (p.created_at ?? 0) >= (best.created_at ?? 0)) best = p
  return best
}

/** A conversation or ticket event's fields: its key names the newest part, else the topic and update time. */
const conversationEvent = (
  w: Notification,
  kind: 'conversation.status_changed' | 'conversation.updated' | 'conversation.created',
  conversation: ModelConversation,
  replyTarget: ReplyTarget,
  part: { readonly id: string; readonly created_at?: number | null } | undefined,
  updatedAt: number | null | undefined,
): Typed<'conversation.updated'> => {
  const out = { provider: PROVIDER, kind } as unknown as Typed<'conversation.updated'>
  // The topic and the update time as well as the part: a change may add no part of its own (a ticket's snooze).
  out.dedupeKey = joinKey(PROVIDER, w.app_id, kind, conversation.id, w.topic, part?.id, updatedAt)
  const at = secondsToDate(part?.created_at) ?? secondsToDate(updatedAt) ?? secondsToDate(w.created_at)
  if (at) out.occurredAt = at
  out.conversation = conversation
  out.replyTarget = replyTarget
  return out
}

const conversationChanges = (topic: string, c: Conversation, part: Part | undefined): Change[] => {
  switch (topic) {
    case 'conversation.admin.assigned':
    case 'conversation.admin.open.assigned':
      return part?.assigned_to
        ? [
            {
              field: 'assignee',
              from: null,
              to: compact({ type: text(part.assigned_to.type), id: idOf(part.assigned_to.id) }),
            },
          ]
        : []
    case 'conversation.priority.updated':
      return [{ field: 'priority', from: null, to: text(c.priority) ?? null }]
    case 'conversation.rating.added': {
      const r = c.conversation_rating
      return r
        ? [{ field: 'rating', from: null, to: compact({ rating: r.rating ?? undefined, remark: text(r.remark) }) }]
        : []
    }
    case 'conversation.read':
      return [{ field: 'read', from: null, to: true }]
    case 'conversation_part.tag.created': {
      const names = mapDefined(part?.tags, (tag) => text(tag['name']))
      return names.length > 0 ? [{ field: 'tags', from: null, to: names }] : []
    }
    default:
      return []
  }
}

const ticketOf = (t: Ticket): Building<ModelConversation> => {
  const out: Building<ModelConversation> = { id: t.id }
  const status = text(t.ticket_state?.category)
  if (status) out.status = status
  const channel = text(t.channel)
  if (channel) out.channel = channel
  const ref = t.contacts?.contacts?.[0]
  if (ref) {
    const contactId = text(ref.id)
    if (contactId) out.contact = contactWith(contactId, undefined, undefined, undefined, text(ref.external_id))
  }
  const admin = assigneeOf(t.admin_assignee_id)
  if (admin) out.assignee = { id: admin, role: 'agent' }
  const team = assigneeOf(t.team_assignee_id)
  if (team) out.team = { id: team }
  const title = t.ticket_attributes?.['_default_title_']
  if (typeof title === 'string' && title !== '') out.name = title
  const createdAt = secondsToDate(t.created_at)
  if (createdAt) out.createdAt = createdAt
  const updatedAt = secondsToDate(t.updated_at)
  if (updatedAt) out.updatedAt = updatedAt
  return out
}

const ticketEvent = (
  w: Notification,
  kind: 'conversation.created' | 'conversation.status_changed' | 'conversation.updated',
  t: Ticket,
): ChatEvent => {
  const part = kind === 'conversation.created' ? undefined : newestPart(t.ticket_parts?.ticket_parts)
  const conversation = ticketOf(t)
  const status = STATUS_TOPICS[w.topic]
  if (status) conversation.status = status
  const out = conversationEvent(w, kind, conversation, target(w, 'ticket', t.id, t), part, t.updated_at)
  if (kind === 'conversation.created') out.dedupeKey = joinKey(PROVIDER, w.app_id, kind, t.id)
  const changes: Change[] = []
  if (w.topic === 'ticket.state.updated' && part)
    changes.push({
      field: 'ticket_state',
      from: text(part.previous_ticket_state) ?? null,
      to: text(part.ticket_state) ?? text(t.ticket_state?.category) ?? null,
    })
  const data = part?.updated_attribute_data
  if (w.topic === 'ticket.attribute.updated' && data) {
    const attribute = data['attribute'] as { label?: unknown } | undefined
    const value = data['value'] as { label?: unknown; previous?: unknown } | undefined
    changes.push({
      field: text(attribute?.label) ?? 'attribute',
      from: value?.previous ?? null,
      to: value?.label ?? null,
    })
  }
  if ((w.topic === 'ticket.admin.assigned' || w.topic === 'ticket.team.assigned') && part?.assigned_to)
    changes.push({
      field: 'assignee',
      from: null,
      to: compact({ type: text(part.assigned_to.type), id: idOf(part.assigned_to.id) }),
    })
  if (changes.length > 0) out.changes = changes
  return withRaw(out, w)
}

// -------------------------------------------------------------------------------------
// messages
// -------------------------------------------------------------------------------------

const roleOf = (a: Author | null | undefined): Role => {
  if (a?.type === 'admin') return a.from_ai_agent === true || a.is_ai_answer === true ? 'bot' : 'agent'
  if (a?.type === 'bot') return 'bot'
  // Stryker disable next-line StringLiteral: no author type is in CUSTOMERS but those four names
  return CUSTOMERS.has(a?.type ?? '') ? 'customer' : 'system'
}

const authorOf = (a: Author | null | undefined): ModelAuthor => {
  const out: Building<ModelAuthor> = { role: roleOf(a) }
  const id = idOf(a?.id)
  const name = text(a?.name) ?? text(a?.email)
  if (id) out.id = id
  if (name) out.name = name
  return out
}

const mediaOf = (a: Attachment): ContentPart => {
  const mime = text(a.content_type)
  const mediaType = mediaTypeOfMime(mime)
  return compact({
    type: 'media' as const,
    mediaType,
    url: text(a.url),
    mimeType: mime,
    size: typeof a.filesize === 'number' ? a.filesize : undefined,
    width: typeof a.width === 'number' ? a.width : undefined,
    height: typeof a.height === 'number' ? a.height : undefined,
    name: text(a.name),
  })
}

/** The text and parts of a body, its attachments and its quick replies. */
const contentOf = (
  body: string | null | undefined,
  attachments: readonly Attachment[] | null | undefined,
  metadata?: Part['metadata'],
): [string, ContentPart[]] => {
  const html = htmlToText(body ?? '')
  const parts: ContentPart[] = []
  if (html.text !== '') parts.push({ type: 'text', text: html.text })
  for (const link of html.links) parts.push(compact({ type: 'link' as const, url: link.url, title: link.title }))
  for (const src of html.images) parts.push({ type: 'media', mediaType: 'image', url: src })
  for (const a of attachments ?? []) parts.push(mediaOf(a))
  const options = mapDefined(metadata?.quick_reply_options, (o) => {
    const title = text(o.text)
    const value = text(o.uuid)
    return title && value ? { title, value } : undefined
  })
  const picked = text(metadata?.quick_reply_uuid)
  if (options.length > 0) parts.push({ type: 'choices', options })
  else if (picked)
    parts.push({ type: 'choices', options: [], submitted: [{ title: html.text || picked, value: picked }] })
  return [html.text, parts]
}

/** What a message is read from: a conversation or ticket part, or a conversation's first message. */
type MessageSource = Pick<
  Part,
  | 'body'
  | 'attachments'
  | 'author'
  | 'created_at'
  | 'updated_at'
  | 'metadata'
  | 'part_type'
  | 'external_id'
  | 'email_message_metadata'
  | 'redacted'
> & { readonly id: string }

const messageEvent = (
  w: Notification,
  conversation: ModelConversation,
  replyTarget: ReplyTarget,
  part: MessageSource,
  isPrivate: boolean,
  kind: 'message.created' | 'message.updated' = 'message.created',
): Typed<'message.created'> => {
  const out = { provider: PROVIDER, kind } as unknown as Typed<'message.created'>
  out.dedupeKey =
    kind === 'message.updated'
      ? joinKey(PROVIDER, w.app_id, 'redact', conversation.id, part.id, part.updated_at)
      : joinKey(PROVIDER, w.app_id, 'msg', conversation.id, part.id)
  const at =
    secondsToDate(kind === 'message.updated' ? (part.updated_at ?? part.created_at) : part.created_at) ??
    secondsToDate(w.created_at)
  if (at) out.occurredAt = at
  out.conversation = conversation
  out.replyTarget = replyTarget
  const author = authorOf(part.author)
  const [body, parts] = contentOf(part.body, part.attachments, part.metadata)
  const id = text(part.id)
  const message: Building<ModelMessage> = {
    ...(id ? { id } : {}),
    direction: author.role === 'customer' ? 'inbound' : 'outbound',
    author,
    text: body,
    parts,
    private: isPrivate || (text(part.part_type)?.startsWith('note') ?? false),
  }
  const created = secondsToDate(part.created_at)
  if (created) message.createdAt = created
  const externalId = text(part.external_id) ?? text(part.email_message_metadata?.['message_id'])
  if (externalId) message.externalId = externalId
  if (part.redacted === true) message.deleted = true
  out.message = message
  return out
}

/** Whether a part fits a topic's author: a customer, the support side, or a bot. */
const fits = (side: 'customer' | 'support' | 'bot', a: Author | null | undefined): boolean => {
  const role = roleOf(a)
  return side === 'customer' ? role === 'customer' : side === 'bot' ? role === 'bot' : role !== 'customer'
}

const hasContent = (p: Part): boolean => text(p.body) !== undefined || (p.attachments?.length ?? 0) > 0

const partMessage = (w: Notification, c: Conversation, side: 'customer' | 'support' | 'bot'): ChatEvent => {
  const parts = c.conversation_parts?.conversation_parts
  const chosen = newestPart(parts?.filter((p) => hasContent(p) && fits(side, p.author))) ?? newestPart(parts)
  if (!chosen) return createdMessage(w, c)
  const out = messageEvent(
    w,
    conversationOf(c),
    target(w, 'conversation', c.id, c),
    chosen,
    w.topic === 'conversation.admin.noted',
  )
  return withRaw(out, w)
}

const createdMessage = (w: Notification, c: Conversation): ChatEvent => {
  const source = c.source
  const legacy = c.conversation_message
  const id = text(source?.id) ?? text(legacy?.id) ?? c.id
  const part: MessageSource = {
    id,
    body: source?.body ?? legacy?.body,
    attachments: source?.attachments ?? legacy?.attachments,
    author: source?.author ?? legacy?.author,
    created_at: c.created_at,
  }
  const out = messageEvent(w, conversationOf(c), target(w, 'conversation', c.id, c), part, false)
  const subject = text(source?.subject) ?? text(legacy?.subject)
  if (subject && out.message.text === '') out.message = { ...out.message, text: subject }
  return withRaw(out, w)
}

const redaction = (w: Notification, c: Conversation): ChatEvent => {
  const parts = c.conversation_parts?.conversation_parts ?? []
  const part = [...parts].reverse().find((p) => p.redacted === true) ?? parts.at(-1)
  if (!part) {
    const out = conversationEvent(
      w,
      'conversation.updated',
      conversationOf(c),
      target(w, 'conversation', c.id, c),
      undefined,
      c.updated_at,
    )
    return withRaw(out, w)
  }
  const out = messageEvent(w, conversationOf(c), target(w, 'conversation', c.id, c), part, false, 'message.updated')
  return withRaw(out, w)
}

const ticketMessage = (w: Notification, t: Ticket, part: TicketPart | null | undefined): ChatEvent => {
  const chosen = part ?? t.ticket_parts?.ticket_parts?.at(-1)
  if (!chosen) return ticketEvent(w, 'conversation.updated', t)
  const out = messageEvent(w, ticketOf(t), target(w, 'ticket', t.id, t), chosen, w.topic === 'ticket.note.created')
  return withRaw(out, w)
}

// -------------------------------------------------------------------------------------
// contacts and the rest
// -------------------------------------------------------------------------------------

const contactOf = (c: Contact | LegacyUser): ModelContact =>
  contactWith(
    c.id,
    text(c.name),
    text(c.email),
    text(c.phone),
    'external_id' in c ? text(c.external_id) : text((c as LegacyUser).user_id),
    'avatar' in c && typeof c.avatar === 'string' ? c.avatar : undefined,
  )

const timeOf = (v: string | number | null | undefined): Date | undefined =>
  typeof v === 'number' ? secondsToDate(v) : isoToDate(v)

const contactEvent = (
  w: Notification,
  kind: 'contact.created' | 'contact.updated' | 'contact.deleted',
  c: Contact | LegacyUser | null | undefined,
): ChatEvent => {
  const out = { provider: PROVIDER, kind } as Typed<'contact.updated'>
  const updated = c ? (c.updated_at ?? c.created_at) : undefined
  out.dedupeKey = joinKey(
    PROVIDER,
    w.app_id,
    'contact',
    c?.id,
    w.topic,
    typeof updated === 'number' || typeof updated === 'string' ? updated : w.created_at,
  )
  const at = timeOf(updated) ?? secondsToDate(w.created_at)
  if (at) out.occurredAt = at
  out.contact = c ? contactOf(c) : {}
  return withRaw(out, w)
}

const unrecognizedEvent = (w: Extract<Webhook, { topic: 'unrecognized' }>): ChatEvent => {
  const out = { provider: PROVIDER, kind: 'unrecognized' } as Typed<'unrecognized'>
  out.eventType = w.unrecognized
  const id = text(w.id)
  out.dedupeKey = id
    ? joinKey(PROVIDER, w.app_id, 'notif', id)
    : joinKey(PROVIDER, w.app_id, out.eventType, w.created_at)
  const at = secondsToDate(w.created_at)
  if (at) out.occurredAt = at
  return withRaw(out, w)
}
