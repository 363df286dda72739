/**
 * Proto batches to the shared model: one `message.created` per message, in
 * order, across every event of the batch, and one `unrecognized` event per
 * event of an unknown type, in its place.
 *
 * - The conversation is the chat (`chat.id`), with the human as its contact
 *   and the webhook channel as its inbox.
 * - Roles follow `author.type`: `human` → customer (inbound), `agent` →
 *   agent, `bot` → bot; an unknown or missing author is `system`.
 * - Parts: text with quick replies as `choices`, media by URL, carousels as
 *   `cards` (text buttons `reply`, postback buttons `postback`, URL buttons
 *   `link`), hyperlinks as `link`, the third-party agent takeover as
 *   `handoff`; a message of an unknown type is still a `message.created`,
 *   with an `unsupported` part.
 * - `replyTarget` carries the chat, the channel and the event's `chatToken`
 *   and `replyToken`.
 *
 * Dedupe keys. Proto sends no message ids and no timestamps, so a message's
 * key is derived from what identifies it in a delivery:
 * `proto:<channel>:<chat>:<fingerprint of the replyToken>:<position in its event>:<fingerprint of the message>`.
 * A redelivery of the same event gives the same keys. The limit: two
 * deliveries that say exactly the same thing at the same position of the
 * same chat, without a reply token to tell them apart (a bot that answers two
 * separate questions with identical messages), also share their keys — send a
 * `replyToken` with each customer message to keep them apart.
 *
 * @module
 */
import { withNormalizeOptions, type NormalizeOptions } from '../../core/provider.js'
import {
  authorWith,
  compact,
  contactWith,
  idOf,
  joinKey,
  lookup,
  mapDefined,
  text,
  type Building,
} from '../../core/object.js'
import { fingerprint } from '../../core/text.js'
import type {
  CardAction,
  ChatEvent,
  ContentPart,
  Contact as ModelContact,
  Conversation as ModelConversation,
  MediaType as ModelMediaType,
  Message as ModelMessage,
  ReplyTarget,
  Role,
} from '../../model/index.js'
import type { Button, Card, Message, NewMessages, UnrecognizedEvent, Webhook } from './codecs.js'

const PROVIDER = 'proto' as const

/**
 * Maps a decoded Proto batch to the shared model: an event per message, in
 * order. Pure; never throws on a value `decode` accepted.
 * @category normalize
 * @since 0.2.0
 * @example
 * const r = proto.decode(rawBody)
 * if (r._tag === 'Right') for (const event of proto.normalize(r.right)) console.log(event.kind)
 */
export const normalize = (webhook: Webhook, options?: NormalizeOptions): ChatEvent[] =>
  withNormalizeOptions(normalizeBatch(webhook), undefined, options)

const normalizeBatch = (webhook: Webhook): ChatEvent[] => {
  const out: ChatEvent[] = []
  for (const e of webhook.events) {
    if (e.type === 'unrecognized') {
      out.push(unrecognizedEvent(e))
      continue
    }
    // One conversation and reply target per event, shared by its messages' events.
    const conversation = conversationOf(e.chat, e)
    const replyTarget = replyTargetOf(e.chat, e)
    const replyKey = e.replyToken ? fingerprint(e.replyToken) : undefined
    e.messages.forEach((m, i) => out.push(messageEvent(e, m, i, conversation, replyTarget, replyKey)))
  }
  return out
}

/** What an event says of its chat besides the chat itself. */
type Context = Pick<NewMessages, 'channel' | 'chatToken' | 'replyToken'>
type ChatOf = NewMessages['chat']

const key = (
  e: { readonly chat?: { readonly id: string } | null; readonly channel?: { readonly id?: string | null } | null },
  ...parts: (string | number | undefined)[]
): string => joinKey(PROVIDER, e.channel?.id, e.chat?.id, ...parts)

const conversationOf = (chat: ChatOf, e: Context): ModelConversation => {
  const out: Building<ModelConversation> = { id: chat.id }
  const human = chat.human
  if (human) out.contact = contactOf(human)
  const channelId = text(e.channel?.id)
  if (channelId) out.inbox = { id: channelId }
  return out
}

const contactOf = (human: NonNullable<ChatOf['human']>): ModelContact => contactWith(idOf(human.id), text(human.name))

const replyTargetOf = (chat: ChatOf, e: Context): ReplyTarget => {
  const out: Building<Extract<ReplyTarget, { provider: 'proto' }>> = { provider: PROVIDER, chatId: chat.id }
  const channelId = text(e.channel?.id)
  const chatToken = text(e.chatToken)
  const replyToken = text(e.replyToken)
  if (channelId) out.channelId = channelId
  if (chatToken) out.chatToken = chatToken
  if (replyToken) out.replyToken = replyToken
  return out
}

const ROLES: Readonly<Record<string, Role>> = { human: 'customer', agent: 'agent', bot: 'bot' }

const MEDIA_TYPES: Readonly<Record<string, ModelMediaType>> = {
  image: 'image',
  video: 'video',
  audio: 'audio',
  file: 'file',
}

const buttonAction = (b: Button): CardAction | undefined => {
  const title = text(b.title) ?? ''
  switch (b.type) {
    case 'text':
      return { type: 'reply', text: title, reply: b.text ?? title }
    case 'postback':
      return b.postbackData === undefined || b.postbackData === null
        ? undefined
        : { type: 'postback', text: title, payload: b.postbackData }
    case 'url':
      return text(b.url)
        ? compact({ type: 'link' as const, text: title, url: b.url as string, webview: b.isWebview ?? undefined })
        : undefined
  }
  return undefined
}

const cardOf = (c: Card) =>
  compact({
    title: text(c.title),
    description: text(c.text),
    imageUrl: text(c.imageUrl),
    actions: mapDefined(c.buttons, buttonAction),
  })

/** The text and parts of a message. */
const contentOf = (m: Message): [string, ContentPart[]] => {
  switch (m.type) {
    case 'text': {
      const body = m.data?.text ?? ''
      const parts: ContentPart[] = body === '' ? [] : [{ type: 'text', text: body }]
      const options = mapDefined(m.data?.quickReplies, (q) => {
        const title = text(q.title) ?? text(q.text)
        return title === undefined ? undefined : { title, value: q.text ?? title }
      })
      if (options.length > 0) parts.push({ type: 'choices', options })
      return [body, parts]
    }
    case 'media': {
      const d = m.data
      const mediaType = lookup(MEDIA_TYPES, d?.type) ?? 'file'
      return ['', [compact({ type: 'media' as const, mediaType, url: text(d?.url), name: text(d?.filename) })]]
    }
    case 'carousel':
      return ['', [{ type: 'cards', cards: mapDefined(m.data?.cards, cardOf) }]]
    case 'hyperlink': {
      const d: NonNullable<typeof m.data> = m.data ?? {}
      const url = text(d.url)
      return ['', url ? [compact({ type: 'link' as const, url, title: text(d.label) })] : []]
    }
    case 'thirdparty_agent_takeover':
      return ['', [{ type: 'handoff', target: 'thirdparty_agent' }]]
    case 'unrecognized':
      return ['', [{ type: 'unsupported', original: m.unrecognized }]]
  }
}

const messageEvent = (
  e: NewMessages,
  m: Message,
  index: number,
  conversation: ModelConversation,
  replyTarget: ReplyTarget,
  replyKey: string | undefined,
): ChatEvent => {
  const role = lookup(ROLES, m.author?.type) ?? 'system'
  const [body, parts] = contentOf(m)
  const message: ModelMessage = {
    direction: role === 'customer' ? 'inbound' : 'outbound',
    author: authorWith(role, m.author),
    text: body,
    parts,
    private: false,
  }
  return {
    provider: PROVIDER,
    kind: 'message.created',
    // The reply token is the caller's secret-ish handle: the key carries its fingerprint, not the token.
    dedupeKey: key(
      e,
      replyKey,
      index,
      fingerprint(m.type === 'unrecognized' ? m.unrecognized : m.type, m.author, m.data),
    ),
    conversation,
    replyTarget,
    message,
    raw: e,
  }
}

const unrecognizedEvent = (e: UnrecognizedEvent): ChatEvent => {
  // Keys in a fixed order: provider, kind, eventType, dedupeKey, conversation, replyTarget, raw.
  const out = {
    provider: PROVIDER,
    kind: 'unrecognized',
    eventType: e.unrecognized,
    dedupeKey: key(e, e.unrecognized, fingerprint(e)),
  } as Building<Extract<ChatEvent, { kind: 'unrecognized' }>>
  if (e.chat) {
    out.conversation = conversationOf(e.chat, e)
    out.replyTarget = replyTargetOf(e.chat, e)
  }
  out.raw = e
  return out
}
