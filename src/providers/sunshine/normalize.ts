/**
 * Sunshine Conversations v2 webhooks to the shared model: one event per
 * event of the batch, in order (docs/providers/sunshine.md §15).
 *
 * - `conversation:message` → `message.created`, whoever wrote it: your own
 *   integration's messages come back too, so skip `role !== 'customer'` to
 *   avoid answering yourself. `conversation:postback` → `message.created`
 *   (the customer's tap, as a submitted choice: Sunshine does not send the
 *   button's text).
 * - Deliveries → `message.status` (`sent` when the channel accepted it,
 *   `delivered` when it reached the user, `failed` with the reason);
 *   `conversation:read` by the user → `message.status` `read` without a
 *   message id (everything up to now), by the business → `conversation.updated`.
 * - `conversation:typing` → `typing.started` / `typing.stopped`;
 *   `conversation:create` → `conversation.created`; `join` / `leave` and
 *   `referral` → `conversation.updated`; `remove` → `conversation.status_changed`
 *   (status `deleted`).
 * - The switchboard (`switchboard:*`, failures included) →
 *   `conversation.handoff`, saying who holds the conversation after it.
 * - `client:*`, `user:update` and `user:merge` → `contact.updated`;
 *   `user:remove` → `contact.deleted`; every other type → `unrecognized`.
 *
 * Roles. The user is the `customer`. Everything else is written by
 * `business`, which Sunshine tells apart only by hints, read in this order:
 * a system activity (`activity`, subtype `activity`) → `system`; subtype `AI`
 * or `bot` → `bot`; subtype `agent`, or a message from Zendesk's Agent
 * Workspace (`source.type` `zd:agentWorkspace`) → `agent`; other Zendesk
 * writers (`zd:answerBot`, `ultimate`) → `bot`; the Notification API →
 * `system`; the API (`api:conversations`) and anything else → `bot`, since
 * most messages posted through the API are a bot's (a third-party agent desk
 * posts the same way: `raw` keeps what was sent).
 *
 * Dedupe keys: `sunshine:<app>:msg:<message id>` for messages — the same across
 * Sunshine's retries and across two webhooks of one app (during a secret
 * rotation) — and `sunshine:<app>:evt:<event id>` for every other event (the
 * event id is stable across retries); an event without an id is keyed by its
 * type, conversation, time and place in the batch.
 *
 * @module
 */
import { withNormalizeOptions, type NormalizeOptions } from '../../core/provider.js'
import {
  compact,
  contactWith,
  joinKey,
  mapDefined,
  mediaTypeOfMime,
  text,
  withRaw,
  type Building,
} from '../../core/object.js'
import { stripHtml } from '../../core/text.js'
import { isoToDate } from '../../core/time.js'
import type {
  Author as ModelAuthor,
  CardAction,
  ChatEvent,
  Choice,
  ContentPart,
  Contact as ModelContact,
  Conversation as ModelConversation,
  FormField as ModelFormField,
  Handoff,
  HandoffParty,
  Message as ModelMessage,
  ReplyTarget,
  Role,
} from '../../model/index.js'
import type {
  Action,
  ActivityPayload,
  Author,
  ClientPayload,
  Content,
  Conversation,
  Event,
  Item,
  Message,
  Source,
  SwitchboardIntegration,
  User,
  Webhook,
} from './codecs.js'

const PROVIDER = 'sunshine' as const

/**
 * Maps a decoded Sunshine Conversations webhook to the shared model: an
 * event per event of the batch, in order. Pure; never throws on a value
 * `decode` accepted.
 * @category normalize
 * @since 0.3.0
 * @example
 * const r = sunshine.decode(rawBody)
 * if (r._tag === 'Right') for (const event of sunshine.normalize(r.right)) console.log(event.kind)
 */
export const normalize = (webhook: Webhook, options?: NormalizeOptions): ChatEvent[] => {
  const appId = webhook.app.id
  const out: ChatEvent[] = []
  const events = webhook.events
  for (let i = 0; i < events.length; i++) out.push(eventOf(appId, events[i] as Event, i))
  return withNormalizeOptions(out, undefined, options)
}

type Target = Extract<ReplyTarget, { provider: 'sunshine' }>
type Typed<K extends ChatEvent['kind']> = Building<Extract<ChatEvent, { kind: K }>>

/** What every event of one batch entry shares: the app, the event, its key and time. */
interface Context {
  readonly appId: string
  readonly event: Event
  readonly index: number
}

const SWITCHBOARD: Readonly<Record<string, [Handoff['action'], boolean]>> = {
  'switchboard:offerControl': ['offer', false],
  'switchboard:offerControl:failure': ['offer', true],
  'switchboard:acceptControl': ['accept', false],
  'switchboard:acceptControl:failure': ['accept', true],
  'switchboard:passControl': ['pass', false],
  'switchboard:passControl:failure': ['pass', true],
  'switchboard:releaseControl': ['release', false],
}

const eventOf = (appId: string, e: Event, index: number): ChatEvent => {
  const c: Context = { appId, event: e, index }
  switch (e.type) {
    case 'conversation:message':
      return messageEvent(c, e.payload.conversation, e.payload.message)
    case 'conversation:message:delivery:channel':
    case 'conversation:message:delivery:user':
    case 'conversation:message:delivery:failure': {
      const p = e.payload
      const status =
        e.type === 'conversation:message:delivery:channel'
          ? 'sent'
          : e.type === 'conversation:message:delivery:user'
            ? 'delivered'
            : 'failed'
      const out = base(c, 'message.status', p.conversation, p.user) as Typed<'message.status'>
      out.status = status
      const messageId = text(p.message.id)
      if (messageId) out.messageId = messageId
      const externalId = text(p.externalMessages?.[0]?.id)
      if (externalId) out.externalId = externalId
      const channel = text(p.destination?.type)
      if (channel) out.channel = channel
      const to = text(p.user?.id)
      if (to) out.to = to
      const reason = e.type === 'conversation:message:delivery:failure' ? text(e.payload.error?.message) : undefined
      if (reason) out.reason = reason
      return withRaw(out, e)
    }
    case 'conversation:read':
      return readEvent(c, e.payload)
    case 'conversation:typing':
      return typingEvent(c, e.payload)
    case 'conversation:create': {
      const p = e.payload
      return withRaw(base(c, 'conversation.created', p.conversation, p.user, p.source), e)
    }
    case 'conversation:join':
    case 'conversation:leave': {
      const p = e.payload
      const out = base(c, 'conversation.updated', p.conversation, p.user) as Typed<'conversation.updated'>
      const user = text(p.user?.id)
      out.changes = [
        e.type === 'conversation:join'
          ? { field: 'participants', from: null, to: user ?? null }
          : { field: 'participants', from: user ?? null, to: null },
      ]
      return withRaw(out, e)
    }
    case 'conversation:remove': {
      const out = base(c, 'conversation.status_changed', e.payload.conversation) as Typed<'conversation.status_changed'>
      const { id, ...rest } = out.conversation
      out.conversation = { id, status: 'deleted', ...rest }
      return withRaw(out, e)
    }
    case 'conversation:postback':
      return postbackEvent(c, e.payload)
    case 'conversation:referral': {
      const p = e.payload
      const out = base(c, 'conversation.updated', p.conversation, p.user, p.source) as Typed<'conversation.updated'>
      out.changes = [{ field: 'referral', from: null, to: p.referral ?? null }]
      return withRaw(out, e)
    }
    case 'switchboard:offerControl':
    case 'switchboard:offerControl:failure':
    case 'switchboard:acceptControl':
    case 'switchboard:acceptControl:failure':
    case 'switchboard:passControl':
    case 'switchboard:passControl:failure':
    case 'switchboard:releaseControl': {
      const p = e.payload
      const [action, failed] = SWITCHBOARD[e.type] as [Handoff['action'], boolean]
      const out = base(c, 'conversation.handoff', p.conversation) as Typed<'conversation.handoff'>
      const handoff: Building<Handoff> = { action }
      const to = partyOf(p.conversation.activeSwitchboardIntegration)
      if (to && action !== 'release') handoff.to = to
      const pending = partyOf(p.conversation.pendingSwitchboardIntegration)
      if (pending) handoff.pending = pending
      const reason = text(p.reason)
      if (reason) handoff.reason = reason
      if (p.metadata) handoff.metadata = p.metadata
      if (failed) handoff.failed = compact({ code: text(p.error?.code), message: text(p.error?.message) })
      out.handoff = handoff
      return withRaw(out, e)
    }
    case 'client:add':
    case 'client:update':
    case 'client:remove':
      return clientEvent(c, e.type, e.payload)
    case 'user:update': {
      const p = e.payload
      const out = contactEvent(c, 'contact.updated', p.user)
      const change =
        p.reason === 'authentication'
          ? { field: 'authenticated', from: null, to: p.user?.authenticated ?? null }
          : p.reason === 'localeDetection'
            ? { field: 'locale', from: null, to: text(p.user?.profile?.locale) ?? null }
            : undefined
      if (change) out.changes = [change]
      return withRaw(out, e)
    }
    case 'user:merge': {
      const p = e.payload
      const surviving = p.mergedUsers?.surviving
      const out = contactEvent(c, 'contact.updated', surviving)
      const kept = p.mergedConversations?.surviving
      if (kept) out.conversation = conversationOf(kept)
      out.changes = [
        { field: 'mergedFrom', from: text(p.mergedUsers?.discarded?.id) ?? null, to: text(surviving?.id) ?? null },
      ]
      return withRaw(out, e)
    }
    case 'user:remove':
      return withRaw(contactEvent(c, 'contact.deleted', e.payload.user), e)
    case 'unrecognized': {
      const out = { provider: PROVIDER, kind: 'unrecognized', eventType: e.unrecognized } as Typed<'unrecognized'>
      out.dedupeKey = eventKey(c)
      const occurredAt = isoToDate(e.createdAt)
      if (occurredAt) out.occurredAt = occurredAt
      const conversation = e.payload?.['conversation']
      const id =
        typeof conversation === 'object' && conversation !== null ? (conversation as { id?: unknown }).id : undefined
      if (typeof id === 'string' && id !== '') {
        out.conversation = { id }
        out.replyTarget = { provider: PROVIDER, appId: c.appId, conversationId: id }
      }
      return withRaw(out, e)
    }
  }
}

/** The event's own key: its id, stable across Sunshine's retries. */
const eventKey = (c: Context): string => {
  const e = c.event
  if (e.id) return joinKey(PROVIDER, c.appId, 'evt', e.id)
  const payload = e.payload as { readonly conversation?: { readonly id?: unknown } | null } | null | undefined
  const conversation = payload?.conversation?.id
  return joinKey(
    PROVIDER,
    c.appId,
    e.type === 'unrecognized' ? e.unrecognized : e.type,
    typeof conversation === 'string' ? conversation : undefined,
    e.createdAt,
    c.index,
  )
}

/**
 * The fields every conversation-scoped event starts with, in the model's order: provider, kind, dedupe key,
 * time, conversation, reply target.
 */
/** The fields {@link base} fills, of an event of kind `K`. */
type Based<K> = Building<{
  provider: 'sunshine'
  kind: K
  dedupeKey: string
  occurredAt?: Date
  conversation: ModelConversation
  replyTarget: ReplyTarget
}>

const base = <K extends ChatEvent['kind']>(
  c: Context,
  kind: K,
  conversation: Conversation,
  user?: User | null,
  source?: Source | null,
): Based<K> => {
  const out = { provider: PROVIDER, kind, dedupeKey: eventKey(c) } as Based<K>
  const occurredAt = isoToDate(c.event.createdAt)
  if (occurredAt) out.occurredAt = occurredAt
  out.conversation = conversationOf(conversation, user ? contactOf(user) : undefined, source)
  out.replyTarget = targetOf(c.appId, conversation.id, user?.id, source)
  return out
}

const conversationOf = (c: Conversation, contact?: ModelContact, source?: Source | null): ModelConversation => {
  const out: Building<ModelConversation> = { id: c.id }
  const channel = text(source?.type)
  if (channel) out.channel = channel
  const inbox = text(source?.integrationId)
  if (inbox) out.inbox = channel ? { id: inbox, channel } : { id: inbox }
  if (contact) out.contact = contact
  const assignee = partyOf(c.activeSwitchboardIntegration)
  if (assignee) out.assignee = assignee
  return out
}

/** Who a switchboard integration is: Zendesk's Agent Workspace is the human agents, every other one a bot. */
const partyOf = (s: SwitchboardIntegration | null | undefined): HandoffParty | undefined => {
  const id = text(s?.id)
  if (!s || !id) return undefined
  const integration = text(s.integrationType)
  return compact({
    id,
    role: integration === 'zd:agentWorkspace' ? ('agent' as const) : ('bot' as const),
    name: text(s.name),
    integration,
  })
}

const targetOf = (appId: string, conversationId: string, userId?: string, source?: Source | null): ReplyTarget => {
  const out: Building<Target> = { provider: PROVIDER, appId, conversationId }
  const integrationId = text(source?.integrationId)
  const channel = text(source?.type)
  if (integrationId) out.integrationId = integrationId
  if (channel) out.channel = channel
  if (userId) out.userId = userId
  return out
}

const nameOf = (user: User | null | undefined, displayName?: string | null): string | undefined => {
  const p = user?.profile
  const full = [text(p?.givenName), text(p?.surname)].filter(Boolean).join(' ')
  return full || text(displayName)
}

const contactOf = (user: User, displayName?: string | null, avatarUrl?: string | null): ModelContact =>
  contactWith(
    text(user.id),
    nameOf(user, displayName),
    text(user.profile?.email),
    undefined,
    typeof user.externalId === 'number' ? String(user.externalId) : text(user.externalId),
    text(user.profile?.avatarUrl) ?? text(avatarUrl),
  )

// -------------------------------------------------------------------------------------
// messages
// -------------------------------------------------------------------------------------

/** The role of a business author, from the strongest hint to the weakest (the module comment says why). */
const businessRole = (author: Author, source: Source | null | undefined, activity: boolean): Role => {
  const is = (subtype: string) => author.subtypes?.includes(subtype) === true
  if (activity || is('activity')) return 'system'
  if (is('AI') || is('bot')) return 'bot'
  const type = source?.type
  if (is('agent') || type === 'zd:agentWorkspace') return 'agent'
  return type === 'notification' ? 'system' : 'bot'
}

const authorOf = (
  author: Author | null | undefined,
  source: Source | null | undefined,
  activity: boolean,
): ModelAuthor => {
  if (author?.type === 'user') {
    const out: Building<ModelAuthor> = { role: 'customer' }
    const id = text(author.userId) ?? text(author.user?.id)
    const name = nameOf(author.user, author.displayName)
    if (id) out.id = id
    if (name) out.name = name
    return out
  }
  const out: Building<ModelAuthor> = {
    role: author?.type === 'business' ? businessRole(author, source, activity) : 'system',
  }
  const name = text(author?.displayName)
  if (name) out.name = name
  return out
}

const messageEvent = (c: Context, conversation: Conversation, m: Message): ChatEvent => {
  const author = authorOf(m.author, m.source, !!m.activity)
  const customer = author.role === 'customer'
  const writer = m.author
  const out = { provider: PROVIDER, kind: 'message.created' } as Typed<'message.created'>
  const id = text(m.id)
  out.dedupeKey = id ? joinKey(PROVIDER, c.appId, 'msg', id) : eventKey(c)
  const occurredAt = isoToDate(m.received) ?? isoToDate(c.event.createdAt)
  if (occurredAt) out.occurredAt = occurredAt
  // Only a customer's message names the channel it came through; a business message's source is its writer.
  const source = customer ? m.source : undefined
  const contact =
    writer?.type !== 'user'
      ? undefined
      : writer.user
        ? contactOf(writer.user, writer.displayName, writer.avatarUrl)
        : author.id
          ? compact({ id: author.id, name: author.name })
          : undefined
  out.conversation = conversationOf(conversation, contact, source)
  out.replyTarget = targetOf(c.appId, conversation.id, customer ? author.id : undefined, source)
  const [body, parts] = contentOf(m.content, customer)
  if (m.activity) parts.push({ type: 'activity', action: text(m.activity.type) ?? 'unknown' })
  // Keys in the model's order: id first, when there is one.
  const message = {} as Building<ModelMessage>
  if (id) message.id = id
  message.direction = customer ? 'inbound' : 'outbound'
  message.author = author
  message.text = body
  message.parts = parts
  if (occurredAt) message.createdAt = occurredAt
  message.private = false
  const quoted = m.quotedMessage
  const inReplyTo = text(quoted?.message?.id) ?? text(quoted?.externalMessageId)
  if (inReplyTo) message.inReplyTo = inReplyTo
  if (m.deleted === true) message.deleted = true
  const externalId = text(m.source?.originalMessageId)
  if (externalId) message.externalId = externalId
  out.message = message
  return withRaw(out, c.event)
}

/** A link, postback or app action of a button; quick replies are choices, and unknown buttons are left out. */
const actionOf = (a: Action): CardAction | undefined => {
  const label = text(a.text) ?? ''
  switch (a.type) {
    case 'link':
      return text(a.uri) ? { type: 'link', text: label, url: a.uri as string } : undefined
    case 'webview':
      return text(a.uri) ? { type: 'link', text: label, url: a.uri as string, webview: true } : undefined
    case 'postback':
      return typeof a.payload === 'string' ? { type: 'postback', text: label, payload: a.payload } : undefined
    case 'buy':
    case 'locationRequest':
      return { type: 'app', text: label, kind: a.type }
    // Stryker disable next-line ConditionalExpression: an empty default leaves the switch, and the function returns undefined alike
    default:
      return undefined
  }
}

/** The parts of a message's buttons: quick replies as one `choices` part, the others as one `actions` part. */
const actionParts = (actions: readonly Action[] | null | undefined, parts: ContentPart[]): void => {
  const options = mapDefined(actions, (a): Choice | undefined => {
    if (a.type !== 'reply') return undefined
    const title = text(a.text) ?? text(a.payload)
    return title === undefined ? undefined : { title, value: a.payload ?? title }
  })
  if (options.length > 0) parts.push({ type: 'choices', options })
  const buttons = mapDefined(actions, actionOf)
  if (buttons.length > 0) parts.push({ type: 'actions', actions: buttons })
}

const cardOf = (item: Item) =>
  compact({
    title: text(item.title),
    description: text(item.description),
    imageUrl: text(item.mediaUrl),
    actions: mapDefined(item.actions, actionOf),
  })

/** The text of a text, image or file content: its text, else its HTML without tags. */
const textOf = (c: { readonly text?: string | null; readonly htmlText?: string | null }): string =>
  text(c.text) ?? (text(c.htmlText) ? stripHtml(c.htmlText as string) : '')

/** A message's text and parts. */
const contentOf = (content: Content | null | undefined, customer: boolean): [string, ContentPart[]] => {
  const parts: ContentPart[] = []
  if (!content) return ['', parts]
  switch (content.type) {
    case 'text': {
      const body = textOf(content)
      if (body) parts.push({ type: 'text', text: body })
      // A customer's text with a payload is their tap on a quick reply.
      if (customer && typeof content.payload === 'string')
        parts.push({
          type: 'choices',
          options: [],
          submitted: [{ title: body || content.payload, value: content.payload }],
        })
      actionParts(content.actions, parts)
      return [body, parts]
    }
    case 'image':
    case 'file': {
      const body = textOf(content)
      if (body) parts.push({ type: 'text', text: body })
      const mimeType = text(content.mediaType)
      parts.push(
        compact({
          type: 'media' as const,
          mediaType: content.type === 'image' ? ('image' as const) : mediaTypeOfMime(mimeType),
          url: text(content.mediaUrl),
          mimeType,
          size: typeof content.mediaSize === 'number' ? content.mediaSize : undefined,
          name: text(content.altText),
        }),
      )
      if (content.type === 'image') actionParts(content.actions, parts)
      return [body, parts]
    }
    case 'location': {
      const lat = content.coordinates?.lat
      const long = content.coordinates?.long
      if (typeof lat === 'number' && typeof long === 'number')
        parts.push(
          compact({
            type: 'location' as const,
            latitude: lat,
            longitude: long,
            title: text(content.location?.name) ?? text(content.location?.address),
          }),
        )
      return [text(content.text) ?? '', parts]
    }
    case 'carousel':
    case 'list': {
      parts.push({ type: 'cards', cards: mapDefined(content.items, cardOf) })
      if (content.type === 'list') {
        const actions = mapDefined(content.actions, actionOf)
        if (actions.length > 0) parts.push({ type: 'actions', actions })
      }
      return [text(content.text) ?? '', parts]
    }
    case 'form': {
      parts.push({
        type: 'form',
        fields: mapDefined(content.fields, (f) => {
          const name = text(f.name)
          if (!name) return undefined
          const field: Building<ModelFormField> = { name, inputType: text(f.type) ?? 'text' }
          const label = text(f.label)
          const placeholder = text(f.placeholder)
          if (label) field.label = label
          if (placeholder) field.placeholder = placeholder
          const options = mapDefined(f.options, (o) => {
            const value = text(o.name)
            return value === undefined ? undefined : { label: text(o.label) ?? value, value }
          })
          if (options.length > 0) field.options = options
          return field
        }),
      })
      return [text(content.text) ?? '', parts]
    }
    case 'formResponse': {
      const fields: ModelFormField[] = []
      const submitted: { name: string; value: string }[] = []
      // Stryker disable next-line ArrayDeclaration: anything in place of the missing list has no name, and is skipped
      for (const f of content.fields ?? []) {
        const name = text(f.name)
        if (!name) continue
        fields.push(compact({ name, inputType: text(f.type) ?? 'text', label: text(f.label) }))
        const value =
          text(f.text) ??
          text(f.email) ??
          (f.select ? mapDefined(f.select, (o) => text(o.label) ?? text(o.name)).join(', ') : undefined)
        if (value !== undefined) submitted.push({ name, value })
      }
      parts.push({ type: 'form', fields, submitted })
      return [text(content.textFallback) ?? '', parts]
    }
    case 'template': {
      const name = content.template?.['name']
      parts.push(compact({ type: 'unsupported' as const, original: 'template', description: text(name) }))
      return ['', parts]
    }
    case 'unrecognized':
      parts.push({ type: 'unsupported', original: content.unrecognized })
      return [text(content.text) ?? '', parts]
  }
}

// -------------------------------------------------------------------------------------
// activities, postbacks, clients and users
// -------------------------------------------------------------------------------------

const readEvent = (c: Context, p: ActivityPayload): ChatEvent => {
  const author = p.activity?.author
  if (author?.type === 'business') {
    // The business read the customer's messages: not a receipt for anything the business sent.
    const out = base(c, 'conversation.updated', p.conversation) as Typed<'conversation.updated'>
    out.changes = [{ field: 'readByBusiness', from: null, to: c.event.createdAt ?? null }]
    return withRaw(out, c.event)
  }
  const user = text(author?.userId)
  const out = base(c, 'message.status', p.conversation, undefined, p.activity?.source) as Typed<'message.status'>
  out.status = 'read'
  if (user) out.to = user
  return withRaw(out, c.event)
}

const typingEvent = (c: Context, p: ActivityPayload): ChatEvent => {
  const activity = p.activity
  if (activity?.type !== 'typing:start' && activity?.type !== 'typing:stop') {
    const out = base(c, 'unrecognized', p.conversation) as Typed<'unrecognized'>
    out.eventType = `conversation:typing/${activity?.type ?? '-'}`
    return withRaw(out, c.event)
  }
  // A user's activity names the channel it came through; a business's source is its writer.
  const source = activity.author?.type === 'user' ? activity.source : undefined
  const out = base(
    c,
    activity.type === 'typing:start' ? 'typing.started' : 'typing.stopped',
    p.conversation,
    undefined,
    source,
  ) as Typed<'typing.started' | 'typing.stopped'>
  if (activity.author) out.author = authorOf(activity.author, activity.source, false)
  out.private = false
  return withRaw(out, c.event)
}

const postbackEvent = (c: Context, p: Extract<Event, { type: 'conversation:postback' }>['payload']): ChatEvent => {
  const out = base(c, 'message.created', p.conversation, p.user, p.source) as Typed<'message.created'>
  const payload = p.postback?.payload
  const author: Building<ModelAuthor> = { role: 'customer' }
  const id = text(p.user?.id)
  const name = nameOf(p.user)
  if (id) author.id = id
  if (name) author.name = name
  const message: Building<ModelMessage> = {
    direction: 'inbound',
    author,
    text: '',
    parts:
      typeof payload === 'string'
        ? [{ type: 'choices', options: [], submitted: [{ title: payload, value: payload }] }]
        : [],
    private: false,
  }
  if (out.occurredAt) message.createdAt = out.occurredAt
  out.message = message
  return withRaw(out, c.event)
}

/** A contact event's fields: the user as the contact (a deletion gets no `changes`). */
const contactEvent = (
  c: Context,
  kind: 'contact.updated' | 'contact.deleted',
  user: User | null | undefined,
): Typed<'contact.updated'> => {
  const out = { provider: PROVIDER, kind, dedupeKey: eventKey(c) } as Typed<'contact.updated'>
  const occurredAt = isoToDate(c.event.createdAt)
  if (occurredAt) out.occurredAt = occurredAt
  out.contact = user ? contactOf(user) : {}
  return out
}

const clientEvent = (
  c: Context,
  type: 'client:add' | 'client:update' | 'client:remove',
  p: ClientPayload,
): ChatEvent => {
  const out = contactEvent(c, 'contact.updated', p.user)
  if (p.conversation) {
    out.conversation = conversationOf(p.conversation)
    out.replyTarget = targetOf(c.appId, p.conversation.id, text(p.user?.id))
  }
  const client = p.client
    ? compact({ id: text(p.client.id), type: text(p.client.type), status: text(p.client.status) })
    : null
  out.changes = [
    type === 'client:remove'
      ? { field: 'clients', from: client, to: null }
      : { field: 'clients', from: null, to: client },
  ]
  return withRaw(out, c.event)
}
