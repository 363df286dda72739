/**
 * Channel Talk webhooks to the shared model. Every Channel Talk webhook gives
 * exactly one event:
 * - `push`/`message` → `message.created`. The conversation is the message's
 *   chat (`chatId`); a team chat (`chatType: "group"`) is marked
 *   `internal`. The role follows `personType` (user → customer, manager →
 *   agent, bot → bot; pre-v4 capitalised values are read the same way) and
 *   the author's name is looked up in `refers`. Bots receive their own
 *   replies: check `message.author.role === 'bot'` to avoid answering
 *   yourself.
 * - `push`/`userChat` → `conversation.created` when the chat is opened for the
 *   first time (`openedAt` is `firstOpenedAt`), else
 *   `conversation.status_changed` (a reopened chat).
 * - `upsert`/`user` → `contact.updated` (Channel does not say whether the user
 *   is new).
 * - `delete`/`user` → `contact.deleted` (scopes `lead.deleted`,
 *   `member.deleted`; the body is inferred, Channel documents none).
 * - any other pair → `unrecognized`, with `eventType` `event/type`.
 *
 * Text is `plainText`, or — when Channel sent none — the blocks flattened:
 * inline markup reduced to its text (`<b>`/`<i>` dropped, a link to its
 * label, a mention to `@name`), emoji shortcodes such as `:+1:` kept as
 * written, bullets as `- ` lines, code as is.
 *
 * Dedupe keys (`channeltalk:<channelId>:<event>/<type>:<id>[:<version>]`):
 * a message by its id (redeliveries repeat it), a user chat by its id and
 * `openedAt` (each opening is a change), a user by its id and `version` (or
 * `updatedAt`). Without an id, a fingerprint of the identifying fields.
 *
 * @module
 */
import { withNormalizeOptions, type NormalizeOptions } from '../../core/provider.js'
import { isRecord, own } from '../../core/codecs.js'
import { compact, contactWith, idOf, joinKey, lookup, mapDefined, num, text, type Building } from '../../core/object.js'
import { fingerprint, stripHtml } from '../../core/text.js'
import { millisToDate } from '../../core/time.js'
import type {
  Author,
  CardAction,
  ChatEvent,
  ContentPart,
  Contact as ModelContact,
  Conversation as ModelConversation,
  FormField,
  MediaType,
  Message as ModelMessage,
  ReplyTarget,
  Role,
} from '../../model/index.js'
import type {
  Block,
  Button,
  DeleteUser,
  File,
  Form,
  FormInput,
  Message,
  PushMessage,
  PushUserChat,
  Refers,
  Unrecognized,
  UpsertUser,
  User,
  UserChat,
  Webhook,
} from './codecs.js'

const PROVIDER = 'channeltalk' as const

/**
 * Maps a decoded Channel Talk webhook to the shared model: one event.
 * Pure; never throws on a value `decode` accepted.
 * @category normalize
 * @since 0.2.0
 * @example
 * const r = channeltalk.decode(rawBody)
 * if (r._tag === 'Right') for (const event of channeltalk.normalize(r.right)) console.log(event.kind)
 */
export const normalize = (webhook: Webhook, options?: NormalizeOptions): ChatEvent[] =>
  withNormalizeOptions([toEvent(webhook)], undefined, options)

const toEvent = (w: Webhook): ChatEvent => {
  switch (w.event) {
    case 'push':
      return w.type === 'message' ? messageEvent(w) : userChatEvent(w)
    case 'upsert':
    case 'delete':
      return userEvent(w)
    case 'unrecognized':
      return unrecognizedEvent(w)
  }
}

// -------------------------------------------------------------------------------------
// shared pieces
// -------------------------------------------------------------------------------------

const keyOf = (
  channelId: string | null | undefined,
  name: string,
  ...parts: (string | number | null | undefined)[]
): string => joinKey(PROVIDER, channelId, name, ...parts)

/** `personType` → role; Channel's pre-v4 payloads capitalised these (`User`, `Veil`, `Manager`, `Bot`). */
const roleOf = (personType: string | null | undefined): Role => {
  switch (personType?.toLowerCase()) {
    case 'user':
    case 'veil':
      return 'customer'
    case 'manager':
    case 'account':
      return 'agent'
    case 'bot':
      return 'bot'
    default:
      return 'system'
  }
}

/** The object in `refers` that is the given person, when its id (if any) matches. */
const sameId = <A extends { id?: string | null }>(a: A | null | undefined, id: string | undefined): A | undefined =>
  a && (!a.id || !id || a.id === id) ? a : undefined

const profileText = (u: User, key: string): string | undefined => text(u.profile?.[key])

const contactOf = (u: User | null | undefined): ModelContact | undefined =>
  u
    ? contactWith(
        idOf(u.id),
        text(u.name) ?? profileText(u, 'name'),
        text(u.email) ?? profileText(u, 'email'),
        text(u.mobileNumber) ?? profileText(u, 'mobileNumber') ?? text(u.landlineNumber),
        text(u.memberId),
        text(u.avatarUrl) ?? profileText(u, 'avatarUrl'),
      )
    : undefined

const userChatConversation = (c: UserChat, refers: Refers | null | undefined, id: string): ModelConversation => {
  const user = sameId(refers?.user, text(c.userId))
  const assigneeId = text(c.assigneeId)
  const manager = sameId(refers?.manager, assigneeId)
  const out: Building<ModelConversation> = { id }
  const status = text(c.state)
  const channel = text(c.contactMediumType) ?? text(c.mediumType) ?? text(c.source?.medium?.mediumType)
  const contact = contactOf(user) ?? (text(c.userId) ? { id: c.userId as string } : undefined)
  if (status) out.status = status
  if (channel) out.channel = channel
  if (contact) out.contact = contact
  if (assigneeId) {
    const assignee: Building<NonNullable<ModelConversation['assignee']>> = { id: assigneeId, role: 'agent' }
    const name = text(manager?.name)
    if (name) assignee.name = name
    out.assignee = assignee
  }
  if (text(c.teamId)) out.team = { id: c.teamId as string }
  if (c.tags && c.tags.length > 0) out.labels = c.tags
  const priority = text(c.priority)
  const name = text(c.title)
  const createdAt = millisToDate(c.createdAt)
  const updatedAt = millisToDate(c.updatedAt)
  if (priority) out.priority = priority
  if (name) out.name = name
  if (createdAt) out.createdAt = createdAt
  if (updatedAt) out.updatedAt = updatedAt
  return out
}

const replyTargetOf = (chatType: string | null | undefined, chatId: string | undefined): ReplyTarget | undefined =>
  chatId && (chatType === 'userChat' || chatType === 'group') ? { provider: PROVIDER, chatType, chatId } : undefined

// -------------------------------------------------------------------------------------
// message.created
// -------------------------------------------------------------------------------------

/** `userChat-62fd…` → [`userChat`, `62fd…`]: the chat when `chatType`/`chatId` are missing. */
const splitChatKey = (key: string | null | undefined): [string, string] | undefined => {
  if (!key) return undefined
  // A key ending in its dash gives an empty id, which reads as no chat.
  const i = key.indexOf('-')
  return i > 0 ? [key.slice(0, i), key.slice(i + 1)] : undefined
}

const messageConversation = (
  refers: Refers | null | undefined,
  chatType: string | undefined,
  chatId: string,
): ModelConversation => {
  if (chatType === 'userChat') {
    const chat = sameId(refers?.userChat, chatId)
    return chat ? userChatConversation(chat, refers, chatId) : { id: chatId }
  }
  if (chatType === 'group') {
    const group = sameId(refers?.group, chatId)
    return compact({
      id: chatId,
      name: text(group?.title) ?? text(group?.name),
      internal: true,
      createdAt: millisToDate(group?.createdAt),
      updatedAt: millisToDate(group?.updatedAt),
    })
  }
  // Direct chats are between managers; other chat types are unknown.
  return compact({ id: chatId, internal: chatType === 'directChat' ? true : undefined })
}

const authorOf = (m: Message, refers: Refers | null | undefined): Author => {
  const role = roleOf(m.personType)
  const id = idOf(m.personId)
  const person =
    role === 'agent'
      ? sameId(refers?.manager, id)
      : role === 'bot'
        ? sameId(refers?.bot, id)
        : role === 'customer'
          ? sameId(refers?.user, id)
          : undefined
  const name =
    text(person?.name) ?? (role === 'customer' ? text(sameId(refers?.userChat, idOf(m.chatId))?.name) : undefined)
  const out: Building<Author> = { role }
  if (id) out.id = id
  if (name) out.name = name
  return out
}

const messageOf = (m: Message, refers: Refers | null | undefined): ModelMessage => {
  const role = roleOf(m.personType)
  const body = messageText(m)
  const state = text(m.state)
  // Keys in a fixed order: id, direction, author, text, parts, createdAt, private, inReplyTo, status, deleted.
  const out: Building<Partial<ModelMessage>> = {}
  const id = idOf(m.id)
  if (id) out.id = id
  out.direction = role === 'customer' ? 'inbound' : 'outbound'
  out.author = authorOf(m, refers)
  out.text = body
  out.parts = messageParts(m, body)
  const createdAt = millisToDate(m.createdAt)
  if (createdAt) out.createdAt = createdAt
  out.private = m.options?.includes('private') === true
  const inReplyTo = text(m.rootMessageId)
  if (inReplyTo) out.inReplyTo = inReplyTo
  if (state && state !== 'removed') out.status = state
  if (state === 'removed' || m.removedByWriter === true) out.deleted = true
  const editedAt = millisToDate(m.editedAt)
  if (editedAt) out.editedAt = editedAt
  return out as ModelMessage
}

const messageEvent = (w: PushMessage): ChatEvent => {
  const m = w.entity
  const key = splitChatKey(m.chatKey)
  const chatType = text(m.chatType) ?? key?.[0]
  const chatId = idOf(m.chatId) ?? key?.[1]
  const id = idOf(m.id)
  const out = {
    provider: PROVIDER,
    kind: 'message.created',
    dedupeKey: keyOf(
      m.channelId,
      'push/message',
      id ?? fingerprint(m.chatKey, m.chatId, m.personType, m.personId, m.createdAt, m.requestId, m.plainText, m.blocks),
    ),
  } as Building<Extract<ChatEvent, { kind: 'message.created' }>>
  const occurredAt = millisToDate(m.createdAt)
  if (occurredAt) out.occurredAt = occurredAt
  if (chatId) out.conversation = messageConversation(w.refers, chatType, chatId)
  const target = replyTargetOf(chatType, chatId)
  if (target) out.replyTarget = target
  out.message = messageOf(m, w.refers)
  out.raw = w
  return out
}

// -------------------------------------------------------------------------------------
// text and parts
// -------------------------------------------------------------------------------------

const VALUE_ATTR_RE = /\bvalue\s*=\s*"([^"]*)"/

/**
 * `<link …>label</link>` replaced by its label (or its `value` when it has
 * none), in one pass from left to right: each `indexOf` starts where the last
 * one stopped, so the work stays linear however the markup is broken.
 */
const replaceLinks = (value: string): string => {
  let out = ''
  let at = 0
  for (;;) {
    const open = value.indexOf('<link', at)
    if (open < 0) break
    const openEnd = value.indexOf('>', open)
    // Stryker disable next-line EqualityOperator: `>` cannot be found at 0, where `<link` starts
    if (openEnd < 0) break
    const close = value.indexOf('</link>', openEnd)
    // Stryker disable next-line EqualityOperator: `</link>` cannot be found at 0, after `<link…>`
    if (close < 0) break
    const attrs = value.slice(open + 5, openEnd)
    const label = value.slice(openEnd + 1, close)
    out += value.slice(at, open) + (label !== '' ? label : (VALUE_ATTR_RE.exec(attrs)?.[1] ?? ''))
    at = close + 7
  }
  return out + value.slice(at)
}

/**
 * A text block's inline markup reduced to text: a link becomes its label (or
 * its URL when it has none), a mention its `@name`, other tags are dropped.
 */
// Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut for text without markup, which both functions return unchanged
const markupToText = (value: string): string => (value.includes('<') ? stripHtml(replaceLinks(value)) : value)

/** Bullets nest; deeper than this is not flattened, so hostile nesting costs nothing. */
const MAX_BULLET_DEPTH = 16

/** A text or code block's text: code as is, text with its markup reduced; `undefined` for an empty block. */
const blockText = (b: Block): string | undefined =>
  typeof b.value !== 'string' ? undefined : b.type === 'code' ? b.value : markupToText(b.value)

/** A bullet list as `- ` lines, nested lists indented by two spaces per level. */
const bulletLines = (list: Block, level: number, out: string[]): void => {
  if (level >= MAX_BULLET_DEPTH || !list.blocks) return
  for (const item of list.blocks) {
    if (item.type === 'bullets') bulletLines(item, level + 1, out)
    else {
      const line = blockText(item)
      if (line !== undefined) out.push(`${'  '.repeat(level)}- ${line}`)
    }
  }
}

/** `plainText`, or the blocks flattened when Channel sent no plain text, or a pre-v4 message's `message` (`messageV2` reduced to text). */
const messageText = (m: Message): string => {
  if (typeof m.plainText === 'string' && m.plainText !== '') return m.plainText
  if (!m.blocks) return text(m.message) ?? (typeof m.messageV2 === 'string' ? markupToText(m.messageV2) : '')
  const lines: string[] = []
  for (const b of m.blocks) {
    if (b.type === 'bullets') bulletLines(b, 0, lines)
    else {
      const line = blockText(b)
      if (line !== undefined) lines.push(line)
    }
  }
  return lines.join('\n')
}

const MEDIA_TYPES: Readonly<Record<string, MediaType>> = {
  image: 'image',
  video: 'video',
  audio: 'audio',
  file: 'file',
}

/** The media type from the file's `type`, else from its MIME type's first half. */
const mediaTypeOf = (f: File): MediaType =>
  lookup(MEDIA_TYPES, f.type) ?? lookup(MEDIA_TYPES, f.contentType?.split('/', 1)[0]) ?? 'file'

const filePart = (f: File): ContentPart => {
  const out: Building<Extract<ContentPart, { type: 'media' }>> = { type: 'media', mediaType: mediaTypeOf(f) }
  const mimeType = text(f.contentType)
  const size = num(f.size)
  const width = num(f.width)
  const height = num(f.height)
  const name = text(f.name)
  const duration = num(f.duration)
  if (mimeType) out.mimeType = mimeType
  if (size !== undefined) out.size = size
  if (width !== undefined) out.width = width
  if (height !== undefined) out.height = height
  if (name) out.name = name
  if (duration !== undefined) out.duration = duration
  // Channel sends no URL: the key (with the chat) gets a signed one from its API.
  if (text(f.key)) out.storage = compact({ key: f.key as string, bucket: text(f.bucket), id: text(f.id) })
  return out
}

const buttonAction = (b: Button): CardAction | undefined => {
  const title = text(b.title)
  if (!title) return undefined
  const a = b.action
  if (a?.type === 'web') {
    const url = text(a.attributes?.url) ?? text(b.url)
    return url ? { type: 'link', text: title, url } : undefined
  }
  if (a?.type === 'wam' || a?.type === 'command') {
    return compact({
      type: 'app' as const,
      text: title,
      kind: a.type,
      appId: text(a.attributes?.appId),
      name: text(a.attributes?.name),
    })
  }
  if (a?.type === 'unrecognized') return { type: 'app', text: title, kind: a.unrecognized }
  // v4 buttons carry only a URL.
  const url = text(b.url)
  return url ? { type: 'link', text: title, url } : undefined
}

const valueText = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (Array.isArray(v)) {
    const items = v.filter((x): x is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof x))
    return items.length > 0 ? items.map(String).join(', ') : undefined
  }
  return undefined
}

/** Select options: Channel leaves their shape open; strings and `{ label, value }` objects are read. */
const choicesOf = (options: readonly unknown[] | null | undefined): { label: string; value: string }[] | undefined => {
  const out = mapDefined(options, (o) => {
    if (typeof o === 'string') return { label: o, value: o }
    // Stryker disable next-line ConditionalExpression: other values have no own keys to read, so they give no choice either way
    if (!isRecord(o)) return undefined
    const value = valueText(own(o, 'value')) ?? valueText(own(o, 'key'))
    return value === undefined
      ? undefined
      : { label: valueText(own(o, 'label')) ?? valueText(own(o, 'name')) ?? value, value }
  })
  return out.length > 0 ? out : undefined
}

const formPart = (f: Form): ContentPart => {
  const inputs = f.inputs ?? []
  const nameOf = (input: FormInput, i: number): string => text(input.bindingKey) ?? text(input.label) ?? `input${i + 1}`
  const fields = inputs.map((input, i): FormField =>
    compact({
      name: nameOf(input, i),
      inputType: text(input.type) ?? text(input.dataType) ?? 'text',
      label: text(input.label),
      required: input.required ?? undefined,
      options: choicesOf(input.options),
    }),
  )
  const submitted = inputs.flatMap((input, i) => {
    const value = valueText(input.value)
    return value === undefined ? [] : [{ name: nameOf(input, i), value }]
  })
  return compact({
    type: 'form' as const,
    fields,
    submitted: (f.submittedAt ?? null) !== null && submitted.length > 0 ? submitted : undefined,
  })
}

const messageParts = (m: Message, body: string): ContentPart[] => {
  const parts: ContentPart[] = []
  if (body !== '') parts.push({ type: 'text', text: body })
  for (const f of m.files ?? []) parts.push(filePart(f))
  const actions = mapDefined(m.buttons, buttonAction)
  if (actions.length > 0) parts.push({ type: 'actions', actions })
  const page = m.webPage
  if (page && text(page.url)) {
    parts.push(
      compact({
        type: 'link' as const,
        url: page.url as string,
        title: text(page.title),
        description: text(page.description),
        imageUrl: text(page.imageUrl),
      }),
    )
  }
  if (m.form) parts.push(formPart(m.form))
  if (m.log && text(m.log.action)) {
    parts.push(
      compact({
        type: 'activity' as const,
        action: m.log.action as string,
        values: m.log.values && m.log.values.length > 0 ? m.log.values : undefined,
      }),
    )
  }
  if (m.meet) parts.push({ type: 'unsupported', original: 'meet', description: 'a call or meeting record' })
  return parts
}

// -------------------------------------------------------------------------------------
// other events
// -------------------------------------------------------------------------------------

const userChatEvent = (w: PushUserChat): ChatEvent => {
  const c = w.entity
  const id = idOf(c.id)
  const reopened =
    typeof c.openedAt === 'number' && typeof c.firstOpenedAt === 'number' && c.openedAt !== c.firstOpenedAt
  const out = {
    provider: PROVIDER,
    kind: reopened ? 'conversation.status_changed' : 'conversation.created',
    dedupeKey: keyOf(c.channelId, 'push/userChat', id ?? fingerprint(c.userId, c.createdAt), c.openedAt ?? c.updatedAt),
  } as Building<Extract<ChatEvent, { kind: 'conversation.status_changed' | 'conversation.created' }>>
  const occurredAt = millisToDate(c.openedAt) ?? millisToDate(c.updatedAt) ?? millisToDate(c.createdAt)
  if (occurredAt) out.occurredAt = occurredAt
  out.conversation = userChatConversation(c, w.refers, id ?? idOf(w.refers?.message?.chatId) ?? '')
  const target = replyTargetOf('userChat', id)
  if (target) out.replyTarget = target
  out.raw = w
  return out
}

/** A user's id, or a fingerprint of what else identifies it. */
const userIdOf = (u: User): string => idOf(u.id) ?? fingerprint(u.memberId, u.veilId, u.createdAt)

/**
 * A contact event for a user entity: an upsert is keyed by the user's `version` (or `updatedAt`),
 * since each is a change; a user is deleted once, so its id alone identifies the deletion.
 */
const userEvent = (w: UpsertUser | DeleteUser): ChatEvent => {
  const u = w.entity
  const deleted = w.event === 'delete'
  const out = {
    provider: PROVIDER,
    kind: deleted ? 'contact.deleted' : 'contact.updated',
    dedupeKey: deleted
      ? keyOf(u.channelId, 'delete/user', userIdOf(u))
      : keyOf(
          u.channelId,
          'upsert/user',
          userIdOf(u),
          u.version ??
            u.updatedAt ??
            fingerprint(
              u.name,
              u.email,
              u.mobileNumber,
              u.profile,
              u.unsubscribeEmail,
              u.unsubscribeTexting,
              u.unsubscribed,
            ),
        ),
  } as Building<Extract<ChatEvent, { kind: 'contact.updated' | 'contact.deleted' }>>
  const occurredAt = millisToDate(u.updatedAt)
  if (occurredAt) out.occurredAt = occurredAt
  out.contact = contactOf(u) ?? {}
  out.raw = w
  return out
}

const unrecognizedEvent = (w: Unrecognized): ChatEvent => {
  const eventType = `${w.unrecognized.event}/${w.unrecognized.type}`
  const entity = w.entity
  const channelId = typeof entity?.['channelId'] === 'string' ? entity['channelId'] : undefined
  return {
    provider: PROVIDER,
    kind: 'unrecognized',
    eventType,
    dedupeKey: keyOf(
      channelId,
      eventType,
      idOf(entity?.['id']) ?? fingerprint(entity),
      fingerprint(entity?.['version'], entity?.['updatedAt']),
    ),
    raw: w,
  }
}
