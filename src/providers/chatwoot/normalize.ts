/**
 * Chatwoot webhooks to the shared model. Every Chatwoot webhook gives exactly
 * one event.
 *
 * Roles (DESIGN.md): `message_type` decides the direction (`incoming` →
 * inbound, anything else → outbound).
 * - `incoming` → `customer`, whatever the sender. An incoming message whose
 *   sender is a user is a customer's message relayed through the API by an
 *   integration holding an agent's token (bridges for WhatsApp and the like do
 *   this), so its author is the conversation's contact, not the user.
 * - `outgoing` by a user → `agent`; by an agent bot or Captain assistant →
 *   `bot`; with no sender, or a sender of another kind → `system` — except
 *   an echo of a reply sent from the WhatsApp Business, Instagram, Messenger
 *   or TikTok app (`content_attributes.external_echo`), which Chatwoot counts
 *   as a human reply (`Message#human_response?`): `agent`, with no id.
 * - `template` → `system`.
 *
 * Dedupe keys (`chatwoot:<account>:<event>:<id>[:<version>]`): a created
 * object is identified by its id (Chatwoot's duplicate `message_created`
 * deliveries share it); an update adds what changes between updates — the
 * conversation's `updated_at`, or a fingerprint of the message's content,
 * attributes and status, or of `changed_attributes`.
 *
 * @module
 */
import { withNormalizeOptions, type NormalizeOptions } from '../../core/provider.js'
import { DELIVERY } from './verify.js'
import {
  authorWith,
  compact,
  contactWith,
  idOf,
  joinKey,
  lookup,
  mapDefined,
  num,
  text,
  type Building,
} from '../../core/object.js'
import { fingerprint, scalarFingerprint, stripHtml } from '../../core/text.js'
import { browserDateToDate, isoToDate, secondsToDate } from '../../core/time.js'
import type {
  Author,
  Change,
  ChatEvent,
  ContentPart,
  Contact as ModelContact,
  Conversation as ModelConversation,
  MediaType,
  Message,
  Participant,
  Referral as ModelReferral,
  ReplyTarget,
  Role,
} from '../../model/index.js'
import type {
  AccountCreated,
  Assignee,
  Attachment,
  AutomationEvent,
  ChangedAttributes,
  Contact,
  ContactCreated,
  ContactUpdated,
  Conversation,
  ConversationMessage,
  InboxCreated,
  InboxUpdated,
  MacroExecuted,
  MessageCreated,
  MessageUpdated,
  Referral,
  Sender,
  Unrecognized,
  WebwidgetTriggered,
  Webhook,
} from './codecs.js'

type MessageWebhook = MessageCreated | MessageUpdated
type ConversationWebhook = Extract<
  Webhook,
  { event: `conversation_${'created' | 'updated' | 'status_changed' | 'opened' | 'resolved'}` }
>
type TypingWebhook = Extract<Webhook, { event: 'conversation_typing_on' | 'conversation_typing_off' }>

const PROVIDER = 'chatwoot' as const

/**
 * Maps a decoded Chatwoot webhook to the shared model: one event.
 * Pure; never throws on a value `decode` accepted.
 * @category normalize
 * @since 0.1.0
 * @example
 * const r = chatwoot.decode(rawBody)
 * if (r._tag === 'Right') for (const event of chatwoot.normalize(r.right)) console.log(event.kind)
 */
export const normalize = (webhook: Webhook, options?: NormalizeOptions): ChatEvent[] =>
  withNormalizeOptions([toEvent(webhook)], DELIVERY, options)

const toEvent = (w: Webhook): ChatEvent => {
  switch (w.event) {
    case 'message_created':
    case 'message_updated':
      return messageEvent(w)
    case 'conversation_created':
    case 'conversation_updated':
    case 'conversation_status_changed':
    case 'conversation_opened':
    case 'conversation_resolved':
      return conversationEvent(w)
    case 'conversation_typing_on':
    case 'conversation_typing_off':
      return typingEvent(w)
    case 'contact_created':
    case 'contact_updated':
      return contactEvent(w)
    case 'webwidget_triggered':
      return widgetEvent(w)
    case 'inbox_created':
    case 'inbox_updated':
      return inboxEvent(w)
    case 'account_created':
      return accountEvent(w)
    case 'unrecognized':
      return unrecognizedEvent(w)
    default:
      // `macro.executed` and every `automation_event.*`.
      return automationEvent(w)
  }
}

// -------------------------------------------------------------------------------------
// shared pieces
// -------------------------------------------------------------------------------------

const accountIdOf = (
  w: { account?: { id?: number | null } | null },
  c: Conversation | null | undefined,
): string | undefined => idOf(w.account?.id) ?? idOf(c?.account?.id) ?? idOf(c?.messages?.[0]?.account_id)

const replyTargetOf = (accountId: string | undefined, c: Conversation | null | undefined): ReplyTarget | undefined =>
  accountId !== undefined && c ? { provider: PROVIDER, accountId, conversationId: String(c.id) } : undefined

const keyOf = (accountId: string | undefined, ...parts: (string | number | undefined | null)[]): string =>
  joinKey(PROVIDER, accountId, ...parts)

const contactOf = (c: Contact | null | undefined): ModelContact | undefined =>
  c
    ? contactWith(
        idOf(c.id),
        text(c.name),
        text(c.email),
        text(c.phone_number),
        text(c.identifier),
        text(c.avatar) ?? text(c.thumbnail),
      )
    : undefined

const participantOf = (a: Assignee | null | undefined): Participant | undefined => {
  if (!a) return undefined
  const id = idOf(a.id)
  if (id === undefined) return undefined
  const out: Building<Participant> = { id, role: a.type === 'user' ? 'agent' : 'bot' }
  const name = text(a.name)
  if (name) out.name = name
  return out
}

const conversationOf = (c: Conversation, inboxName?: string | null): ModelConversation => {
  const out: Building<ModelConversation> = { id: String(c.id) }
  const status = text(c.status)
  const channel = text(c.channel)
  if (status) out.status = status
  if (channel) out.channel = channel
  if (c.inbox_id != null) {
    const inbox: Building<NonNullable<ModelConversation['inbox']>> = { id: String(c.inbox_id) }
    const name = text(inboxName)
    if (name) inbox.name = name
    if (channel) inbox.channel = channel
    out.inbox = inbox
  }
  const meta = c.meta
  if (meta) {
    const contact = contactOf(meta.sender)
    const assignee = participantOf(meta.assignee)
    if (contact) out.contact = contact
    if (assignee) out.assignee = assignee
    const team = meta.team
    if (team && idOf(team.id)) {
      const t: Building<NonNullable<ModelConversation['team']>> = { id: String(team.id) }
      const name = text(team.name)
      if (name) t.name = name
      out.team = t
    }
  }
  if (c.labels) out.labels = c.labels
  const priority = text(c.priority)
  const createdAt = secondsToDate(c.created_at)
  const updatedAt = secondsToDate(c.updated_at)
  if (priority) out.priority = priority
  if (createdAt) out.createdAt = createdAt
  if (updatedAt) out.updatedAt = updatedAt
  return out
}

const changesOf = (changed: ChangedAttributes | null | undefined): Change[] | undefined => {
  if (!changed) return undefined
  const out: Change[] = []
  for (const entry of changed)
    for (const [field, c] of Object.entries(entry))
      out.push({ field, from: c.previous_value ?? null, to: c.current_value ?? null })
  return out
}

/** The `current_value` of one changed column, when it is text. */
const changedTo = (changed: ChangedAttributes | null | undefined, field: string): string | undefined => {
  if (!changed) return undefined
  for (const entry of changed)
    for (const [k, c] of Object.entries(entry))
      if (k === field && typeof c.current_value === 'string') return c.current_value
  return undefined
}

// -------------------------------------------------------------------------------------
// messages
// -------------------------------------------------------------------------------------

const isContact = (s: Sender): s is Contact => s.type === undefined || s.type === null || s.type === 'contact'

/** The role of a non-contact sender: a user is an agent, agent bots and Captain assistants are bots, anything newer is the system. */
const supportRole = (s: Exclude<Sender, Contact>): Role =>
  s.type === 'user' ? 'agent' : s.type === 'agent_bot' || s.type === 'captain_assistant' ? 'bot' : 'system'

const authorOf = (w: MessageWebhook): Author => {
  const sender = w.sender
  switch (w.message_type) {
    case 'incoming': {
      const c = sender && isContact(sender) ? sender : w.conversation?.meta?.sender
      return authorWith('customer', c)
    }
    case 'template':
      return { role: 'system' }
    default:
      if (!sender || isContact(sender))
        return w.content_attributes?.external_echo === true ? { role: 'agent' } : { role: 'system' }
      return authorWith(supportRole(sender), sender)
  }
}

const referralOf = (r: Referral): ModelReferral =>
  compact({
    sourceType: text(r.source_type),
    sourceId: text(r.source_id),
    sourceUrl: text(r.source_url),
    headline: text(r.headline),
    body: text(r.body),
    mediaType: text(r.media_type) ?? text(r.media_content_type),
    mediaUrl: text(r.image_url) ?? text(r.video_url) ?? text(r.media_url),
    thumbnailUrl: text(r.thumbnail_url),
    clickId: text(r.ctwa_clid),
    welcomeMessage: text(r.welcome_message?.text),
  })

const MEDIA_TYPES: Readonly<Record<string, MediaType>> = {
  image: 'image',
  video: 'video',
  audio: 'audio',
  file: 'file',
}
const LINK_TYPES = new Set(['fallback', 'share', 'story_mention', 'ig_reel', 'ig_post', 'ig_story', 'embed'])

const attachmentPart = (a: Attachment, sticker: boolean): ContentPart => {
  const fileType = a.file_type ?? 'file'
  const file = lookup(MEDIA_TYPES, fileType)
  if (file) {
    const out: Building<Extract<ContentPart, { type: 'media' }>> = {
      type: 'media',
      mediaType: sticker && file === 'image' ? 'sticker' : file,
    }
    const url = text(a.data_url)
    const thumbnailUrl = text(a.thumb_url)
    const mimeType = text(a.content_type)
    const size = num(a.file_size)
    const width = num(a.width)
    const height = num(a.height)
    const transcript = text(a.transcribed_text)
    if (url) out.url = url
    if (thumbnailUrl) out.thumbnailUrl = thumbnailUrl
    if (mimeType) out.mimeType = mimeType
    if (size !== undefined) out.size = size
    if (width !== undefined) out.width = width
    if (height !== undefined) out.height = height
    if (transcript) out.transcript = transcript
    return out
  }
  if (fileType === 'location' && typeof a.coordinates_lat === 'number' && typeof a.coordinates_long === 'number')
    return compact({
      type: 'location' as const,
      latitude: a.coordinates_lat,
      longitude: a.coordinates_long,
      title: text(a.fallback_title),
      url: text(a.data_url),
    })
  const url = text(a.data_url)
  if (LINK_TYPES.has(fileType) && url) return compact({ type: 'link' as const, url, title: text(a.fallback_title) })
  return compact({
    type: 'unsupported' as const,
    original: `attachment:${fileType}`,
    description: text(a.fallback_title),
  })
}

/** The parts a message's `content_type` and `content_attributes` describe. */
const contentParts = (m: MessageWebhook | ConversationMessage): ContentPart[] => {
  switch (m.content_type) {
    case 'input_select': {
      const choice = (i: { title?: string | null; value?: string | null }) => ({
        title: i.title ?? i.value ?? '',
        value: i.value ?? i.title ?? '',
      })
      const a = m.content_attributes
      return [
        compact({
          type: 'choices' as const,
          options: mapDefined(a?.items, choice),
          submitted: a?.submitted_values ? mapDefined(a.submitted_values, choice) : undefined,
        }),
      ]
    }
    case 'cards':
      return [
        {
          type: 'cards',
          cards: mapDefined(m.content_attributes?.items, (c) =>
            compact({
              title: text(c.title),
              description: text(c.description),
              imageUrl: text(c.media_url),
              actions: mapDefined(c.actions, (a) =>
                a.type === 'link'
                  ? { type: 'link' as const, text: a.text ?? '', url: a.uri ?? '' }
                  : a.type === 'postback'
                    ? { type: 'postback' as const, text: a.text ?? '', payload: a.payload ?? '' }
                    : undefined,
              ),
            }),
          ),
        },
      ]
    case 'form': {
      const a = m.content_attributes
      return [
        compact({
          type: 'form' as const,
          fields: mapDefined(a?.items, (f) =>
            compact({
              name: f.name ?? '',
              inputType: f.type ?? 'text',
              label: text(f.label),
              placeholder: text(f.placeholder),
              required: f.required ?? undefined,
              defaultValue: text(f.default),
              options: f.options
                ? mapDefined(f.options, (o) => ({ label: o.label ?? '', value: o.value ?? '' }))
                : undefined,
            }),
          ),
          submitted: a?.submitted_values
            ? mapDefined(a.submitted_values, (v) => ({
                name: v.name ?? '',
                value: v.value == null ? '' : String(v.value),
              }))
            : undefined,
        }),
      ]
    }
    case 'article':
      return mapDefined(m.content_attributes?.items, (i) =>
        i.link
          ? compact({ type: 'link' as const, url: i.link, title: text(i.title), description: text(i.description) })
          : undefined,
      )
    case 'input_email':
      return [compact({ type: 'email_request' as const, submittedEmail: text(m.content_attributes?.submitted_email) })]
    case 'input_csat': {
      const a = m.content_attributes
      const response = a?.submitted_values?.csat_survey_response
      return [
        compact({
          type: 'rating' as const,
          display: text(a?.display_type),
          rating: num(response?.rating),
          feedback: text(response?.feedback_message),
        }),
      ]
    }
    case 'voice_call': {
      const d = m.content_attributes?.data
      const by = d?.accepted_by
      return [
        compact({
          type: 'call' as const,
          direction: text(d?.call_direction),
          status: text(d?.status),
          duration: num(d?.duration_seconds),
          callId: text(d?.call_id) ?? text(d?.call_sid),
          source: text(d?.call_source),
          acceptedBy: by && (by.id != null || text(by.name)) ? authorWith('agent', by) : undefined,
        }),
      ]
    }
    case 'integrations':
      return [{ type: 'unsupported', original: m.content_type }]
    case 'unrecognized':
      return [{ type: 'unsupported', original: m.unrecognized }]
    default:
      // text, input_text, input_textarea, incoming_email and sticker carry only the content (and
      // attachments); so does a message without content_type, from an old Chatwoot.
      return []
  }
}

const messageOf = (w: MessageWebhook): Message => {
  const body = w.content ? stripHtml(w.content) : ''
  const parts: ContentPart[] = body ? [{ type: 'text', text: body }] : []
  // Stryker disable next-line ConditionalExpression: without a content type contentParts gives none; the test saves the call
  if (w.content_type) for (const p of contentParts(w)) parts.push(p)
  const attachments = w.attachments
  if (attachments) for (const a of attachments) parts.push(attachmentPart(a, w.content_type === 'sticker'))
  const attrs = w.content_attributes
  // `private` comes after `createdAt`, when there is one.
  const out: Building<Partial<Message>> & Pick<Message, 'id'> = {
    id: String(w.id),
    direction: w.message_type === 'incoming' ? 'inbound' : 'outbound',
    author: authorOf(w),
    text: body,
    parts,
  }
  const createdAt = isoToDate(w.created_at)
  if (createdAt) out.createdAt = createdAt
  out.private = w.private === true
  const inReplyTo = attrs ? (idOf(attrs.in_reply_to) ?? idOf(attrs.in_reply_to_external_id)) : undefined
  const status = text(w.status) ?? text(pushCopy(w)?.status)
  const externalId = text(w.source_id)
  if (inReplyTo) out.inReplyTo = inReplyTo
  if (status) out.status = status
  if (attrs?.deleted === true) out.deleted = true
  if (externalId) out.externalId = externalId
  if (attrs?.referral) out.referral = referralOf(attrs.referral)
  return out as Message
}

/** The same message inside `conversation.messages[]`, where Chatwoot puts its status and `updated_at`. */
const pushCopy = (w: MessageWebhook): ConversationMessage | undefined => {
  const m = w.conversation?.messages?.[0]
  return m && m.id === w.id ? m : undefined
}

const messageEvent = (w: MessageWebhook): ChatEvent => {
  const accountId = accountIdOf(w, w.conversation)
  const message = messageOf(w)
  const created = w.event === 'message_created'
  // Keys in a fixed order: provider, conversation, replyTarget, raw, message, kind, dedupeKey, occurredAt.
  const out = { provider: PROVIDER } as Building<Extract<ChatEvent, { kind: 'message.created' | 'message.updated' }>>
  if (w.conversation) {
    out.conversation = conversationOf(w.conversation, w.inbox?.name)
    const target = replyTargetOf(accountId, w.conversation)
    if (target) out.replyTarget = target
  }
  out.raw = w
  out.message = message
  if (created) {
    out.kind = 'message.created'
    out.dedupeKey = keyOf(accountId, w.event, w.id)
    if (message.createdAt) out.occurredAt = message.createdAt
    return out
  }
  out.kind = 'message.updated'
  out.dedupeKey = keyOf(
    accountId,
    w.event,
    w.id,
    fingerprint(w.content, w.content_type, w.content_attributes, w.private, message.status, w.attachments),
  )
  const occurredAt = isoToDate(pushCopy(w)?.updated_at)
  if (occurredAt) out.occurredAt = occurredAt
  return out
}

// -------------------------------------------------------------------------------------
// conversations
// -------------------------------------------------------------------------------------

/** What distinguishes two updates of one conversation: `updated_at`, or what the payload says changed. */
const conversationVersion = (c: Conversation & { changed_attributes?: ChangedAttributes | null }): string | number =>
  c.updated_at ?? fingerprint(c.status, c.changed_attributes, c.last_activity_at, c.timestamp)

const CONVERSATION_KINDS = {
  conversation_created: 'conversation.created',
  conversation_updated: 'conversation.updated',
  conversation_status_changed: 'conversation.status_changed',
  // Agent bots get these instead of conversation_status_changed.
  conversation_opened: 'conversation.status_changed',
  conversation_resolved: 'conversation.status_changed',
} as const

const conversationEvent = (w: ConversationWebhook): ChatEvent => {
  const accountId = accountIdOf(w, w)
  const kind = CONVERSATION_KINDS[w.event]
  // Keys in a fixed order: provider, conversation, replyTarget, raw, kind, dedupeKey, occurredAt, changes.
  const out = { provider: PROVIDER, conversation: conversationOf(w) } as Building<
    Extract<ChatEvent, { kind: (typeof CONVERSATION_KINDS)[keyof typeof CONVERSATION_KINDS] }>
  >
  const target = replyTargetOf(accountId, w)
  if (target) out.replyTarget = target
  out.raw = w
  out.kind = kind
  const created = kind === 'conversation.created'
  out.dedupeKey = created ? keyOf(accountId, w.event, w.id) : keyOf(accountId, w.event, w.id, conversationVersion(w))
  const occurredAt = secondsToDate(created ? w.created_at : w.updated_at)
  if (occurredAt) out.occurredAt = occurredAt
  if (!created) {
    const changes = changesOf(w.changed_attributes)
    if (changes) (out as Building<ConversationChange>).changes = changes
  }
  return out
}

type ConversationChange = Extract<ChatEvent, { kind: 'conversation.updated' }>

const automationEvent = (w: AutomationEvent | MacroExecuted): ChatEvent => {
  const accountId = accountIdOf(w, w)
  const macro = w.event === 'macro.executed'
  const out = {
    provider: PROVIDER,
    kind: 'automation.triggered',
    // A rule can fire several times on one conversation state (once per message): the last message is part of the key.
    dedupeKey: keyOf(
      accountId,
      w.event,
      w.id,
      fingerprint(w.updated_at, w.last_activity_at, w.status, w.messages?.[0]?.id),
    ),
  } as Building<Extract<ChatEvent, { kind: 'automation.triggered' }>>
  const occurredAt = secondsToDate(w.updated_at)
  if (occurredAt) out.occurredAt = occurredAt
  out.conversation = conversationOf(w)
  const target = replyTargetOf(accountId, w)
  if (target) out.replyTarget = target
  out.raw = w
  out.automation = macro
    ? { source: 'macro' }
    : { source: 'automation_rule', trigger: w.event.slice('automation_event.'.length) }
  return out
}

// -------------------------------------------------------------------------------------
// typing, contacts, widget, inboxes, accounts
// -------------------------------------------------------------------------------------

const typingEvent = (w: TypingWebhook): ChatEvent => {
  const c = w.conversation
  const accountId = accountIdOf({}, c)
  const user = w.user
  const author = user ? authorWith(isContact(user) ? 'customer' : supportRole(user), user) : undefined
  const isPrivate = w.is_private === true || w.is_private === 'true'
  // Keys in a fixed order: provider, dedupeKey, conversation, replyTarget, raw, author, private, kind.
  const out = {
    provider: PROVIDER,
    dedupeKey: keyOf(
      accountId,
      w.event,
      c?.id,
      `${author?.role ?? '-'}.${author?.id ?? '-'}`,
      fingerprint(c?.updated_at, c?.last_activity_at, isPrivate),
    ),
  } as Building<Extract<ChatEvent, { kind: 'typing.started' | 'typing.stopped' }>>
  if (c) {
    out.conversation = conversationOf(c)
    const target = replyTargetOf(accountId, c)
    if (target) out.replyTarget = target
  }
  out.raw = w
  if (author) out.author = author
  out.private = isPrivate
  out.kind = w.event === 'conversation_typing_on' ? 'typing.started' : 'typing.stopped'
  return out
}

const contactEvent = (w: ContactCreated | ContactUpdated): ChatEvent => {
  const accountId = idOf(w.account?.id)
  const contact = contactOf(w) ?? {}
  if (w.event === 'contact_created')
    return { provider: PROVIDER, kind: 'contact.created', dedupeKey: keyOf(accountId, w.event, w.id), raw: w, contact }
  const out = {
    provider: PROVIDER,
    kind: 'contact.updated',
    dedupeKey: keyOf(
      accountId,
      w.event,
      w.id,
      fingerprint(w.changed_attributes ?? [w.name, w.email, w.phone_number, w.identifier]),
    ),
  } as Building<Extract<ChatEvent, { kind: 'contact.updated' }>>
  const occurredAt = isoToDate(changedTo(w.changed_attributes, 'updated_at'))
  if (occurredAt) out.occurredAt = occurredAt
  out.raw = w
  out.contact = contact
  const changes = changesOf(w.changed_attributes)
  if (changes) out.changes = changes
  return out
}

const widgetEvent = (w: WebwidgetTriggered): ChatEvent => {
  const accountId = idOf(w.account?.id) ?? idOf(w.contact?.account?.id)
  const info = w.event_info
  const c = w.current_conversation
  return compact({
    provider: PROVIDER,
    kind: 'widget.opened' as const,
    dedupeKey: keyOf(
      accountId,
      w.event,
      w.id ?? w.contact?.id,
      fingerprint(info?.initiated_at?.timestamp, info?.referer, c?.id),
    ),
    occurredAt: browserDateToDate(info?.initiated_at?.timestamp),
    conversation: c ? conversationOf(c, w.inbox?.name) : undefined,
    replyTarget: replyTargetOf(accountId, c),
    raw: w,
    contact: contactOf(w.contact),
    inbox: w.inbox ? compact({ id: idOf(w.inbox.id), name: text(w.inbox.name) }) : undefined,
    pageUrl: text(info?.referer),
    locale: text(info?.widget_language) ?? text(info?.browser_language),
  })
}

const inboxEvent = (w: InboxCreated | InboxUpdated): ChatEvent => {
  const accountId = idOf(w.account?.id)
  // The payload has no inbox id of its own: the working-hours rows carry it.
  const inboxId = idOf(w.working_hours?.[0]?.inbox_id)
  const inbox = compact({ id: inboxId, name: changedTo(w.changed_attributes, 'name') })
  if (w.event === 'inbox_created')
    return compact({
      provider: PROVIDER,
      kind: 'inbox.created' as const,
      dedupeKey: keyOf(accountId, w.event, inboxId, w.created_at),
      occurredAt: isoToDate(w.created_at),
      raw: w,
      inbox,
    })
  return compact({
    provider: PROVIDER,
    kind: 'inbox.updated' as const,
    dedupeKey: keyOf(accountId, w.event, inboxId, fingerprint(w.updated_at, w.changed_attributes)),
    occurredAt: isoToDate(w.updated_at),
    raw: w,
    inbox,
    changes: changesOf(w.changed_attributes),
  })
}

const accountEvent = (w: AccountCreated): ChatEvent => ({
  provider: PROVIDER,
  kind: 'account.created',
  dedupeKey: keyOf(String(w.id), w.event),
  raw: w,
  account: compact({ id: String(w.id), name: text(w.name) }),
  users: mapDefined(w.users, (u) => {
    const id = idOf(u.id)
    return id === undefined ? undefined : compact({ id, role: 'agent' as const, name: text(u.name) })
  }),
})

const unrecognizedEvent = (w: Unrecognized): ChatEvent => {
  const body = w as Record<string, unknown>
  const account = body['account']
  const accountId = typeof account === 'object' && account !== null ? idOf((account as { id?: unknown }).id) : undefined
  // Only top-level scalars feed the key: bounded work, whatever the body holds; key order does not matter.
  return {
    provider: PROVIDER,
    kind: 'unrecognized',
    eventType: w.unrecognized,
    dedupeKey: keyOf(accountId, 'unrecognized', scalarFingerprint(body)),
    raw: w,
  }
}
