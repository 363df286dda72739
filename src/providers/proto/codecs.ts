/**
 * Proto (proto.cx) webhook codecs: the source of truth for the Proto types.
 *
 * Proto posts batches: `{ events: Event[] }`, where one request may carry
 * several events for several chats, and a `new_messages` event several
 * messages of different types. Proto's documentation is short, so the codecs
 * are exact where it is exact (the message types and their data objects) and
 * tolerant everywhere else: an unknown event type or message type decodes to
 * its own Unrecognized variant at its own level without failing the rest of
 * the batch, and only the chat id (the conversation) is required of an event.
 * Proto sends no ids for messages and no timestamps at all.
 *
 * @module
 */
import * as t from 'io-ts'
import {
  array,
  fallback,
  JsonObject,
  limitedArray,
  literal,
  openEnum,
  struct,
  taggedUnion,
} from '../../core/codecs.js'

// -------------------------------------------------------------------------------------
// enums
// -------------------------------------------------------------------------------------

/** Who wrote a message: the customer (`human`), a `bot` or an `agent`. @category enums @since 0.2.0 */
export const AuthorType = /*#__PURE__*/ openEnum('AuthorType', ['human', 'bot', 'agent'])
/** A media message's kind (`data.type`). @category enums @since 0.2.0 */
export const MediaType = /*#__PURE__*/ openEnum('MediaType', ['image', 'video', 'audio', 'file'])

// -------------------------------------------------------------------------------------
// common properties
// -------------------------------------------------------------------------------------

/** The customer of a chat. @category objects @since 0.2.0 */
export const Human = /*#__PURE__*/ struct(
  'Human',
  {},
  {
    /** e.g. `human_4361a99d71fa3`. */
    id: t.string,
    name: t.string,
    /** The value you stored with Proto's Human API, which "will be included in the webhooks". */
    accessToken: t.string,
  },
)
/** @category objects @since 0.2.0 */
export type Human = t.TypeOf<typeof Human>

/** The chat an event belongs to: its id is the conversation's. @category objects @since 0.2.0 */
export const Chat = /*#__PURE__*/ struct('Chat', { id: t.string }, { human: Human })
/** @category objects @since 0.2.0 */
export type Chat = t.TypeOf<typeof Chat>

/** The webhook channel (its id is the one in `gw.proto.cx/webhook/{channel_id}/…`). @category objects @since 0.2.0 */
export const Channel = /*#__PURE__*/ struct('Channel', {}, { id: t.string })
/** @category objects @since 0.2.0 */
export type Channel = t.TypeOf<typeof Channel>

/** A message's author. @category objects @since 0.2.0 */
export const Author = /*#__PURE__*/ struct('Author', {}, { type: AuthorType, id: t.string, name: t.string })
/** @category objects @since 0.2.0 */
export type Author = t.TypeOf<typeof Author>

// -------------------------------------------------------------------------------------
// message data
// -------------------------------------------------------------------------------------

/** A quick reply: `title` is shown, `text` is sent back as the customer's text message when tapped. @category content @since 0.2.0 */
export const QuickReply = /*#__PURE__*/ struct('QuickReply', {}, { title: t.string, text: t.string })
/** @category content @since 0.2.0 */
export type QuickReply = t.TypeOf<typeof QuickReply>

/** A card button that sends `text` back as the customer's text message. @category content @since 0.2.0 */
export const TextButton = /*#__PURE__*/ struct('TextButton', { type: /*#__PURE__*/ literal('text') }, { title: t.string, text: t.string })
/** @category content @since 0.2.0 */
export type TextButton = t.TypeOf<typeof TextButton>

/** A card button that sends `postbackData` back in a button message. @category content @since 0.2.0 */
export const PostbackButton = /*#__PURE__*/ struct('PostbackButton', { type: /*#__PURE__*/ literal('postback') }, { title: t.string, postbackData: t.string })
/** @category content @since 0.2.0 */
export type PostbackButton = t.TypeOf<typeof PostbackButton>

/** A card button that opens `url` (in a webview when `isWebview`). @category content @since 0.2.0 */
export const UrlButton = /*#__PURE__*/ struct('UrlButton', { type: /*#__PURE__*/ literal('url') }, { title: t.string, url: t.string, isWebview: t.boolean })
/** @category content @since 0.2.0 */
export type UrlButton = t.TypeOf<typeof UrlButton>

/** A card button of a type this library does not know: `type: 'unrecognized'`, the sent type in `unrecognized`. @category content @since 0.2.0 */
export const UnrecognizedButton = /*#__PURE__*/ fallback('UnrecognizedButton', 'type', {}, { title: t.string })
/** @category content @since 0.2.0 */
export type UnrecognizedButton = t.TypeOf<typeof UnrecognizedButton>

/** A card button, discriminated on `type`. @category content @since 0.2.0 */
export const Button = /*#__PURE__*/ taggedUnion('Button', 'type', { text: TextButton, postback: PostbackButton, url: UrlButton }, UnrecognizedButton)
/** @category content @since 0.2.0 */
export type Button = t.TypeOf<typeof Button>

/** A carousel card (Proto sends at most three buttons). @category content @since 0.2.0 */
export const Card = /*#__PURE__*/ struct(
  'Card',
  {},
  { title: t.string, text: t.string, imageUrl: t.string, buttons: /*#__PURE__*/ limitedArray(Button, 3) },
)
/** @category content @since 0.2.0 */
export type Card = t.TypeOf<typeof Card>

// -------------------------------------------------------------------------------------
// messages
// -------------------------------------------------------------------------------------

const message = <T extends string, D extends t.Mixed>(name: string, type: T, data: D) =>
  struct(name, { type: literal(type) }, { author: Author, data })

/** A text message, with optional quick replies. @category messages @since 0.2.0 */
export const TextMessage = /*#__PURE__*/ message(
  'TextMessage',
  'text',
  /*#__PURE__*/ struct('TextData', {}, { text: t.string, quickReplies: /*#__PURE__*/ array(QuickReply) }),
)
/** @category messages @since 0.2.0 */
export type TextMessage = t.TypeOf<typeof TextMessage>

/** An image, video, audio file or other file, by URL. @category messages @since 0.2.0 */
export const MediaMessage = /*#__PURE__*/ message(
  'MediaMessage',
  'media',
  /*#__PURE__*/ struct('MediaData', {}, { type: MediaType, url: t.string, filename: t.string }),
)
/** @category messages @since 0.2.0 */
export type MediaMessage = t.TypeOf<typeof MediaMessage>

/** A carousel of cards (Proto sends at most ten). @category messages @since 0.2.0 */
export const CarouselMessage = /*#__PURE__*/ message(
  'CarouselMessage',
  'carousel',
  /*#__PURE__*/ struct('CarouselData', {}, { cards: /*#__PURE__*/ limitedArray(Card, 10) }),
)
/** @category messages @since 0.2.0 */
export type CarouselMessage = t.TypeOf<typeof CarouselMessage>

/** A link with a label. @category messages @since 0.2.0 */
export const HyperlinkMessage = /*#__PURE__*/ message(
  'HyperlinkMessage',
  'hyperlink',
  /*#__PURE__*/ struct('HyperlinkData', {}, { label: t.string, url: t.string }),
)
/** @category messages @since 0.2.0 */
export type HyperlinkMessage = t.TypeOf<typeof HyperlinkMessage>

/**
 * The bot hands the chat to your own agents ("takeover by third-party
 * agents"): stop expecting bot replies. Proto documents no data for it.
 * @category messages
 * @since 0.2.0
 */
export const AgentTakeoverMessage = /*#__PURE__*/ message('AgentTakeoverMessage', 'thirdparty_agent_takeover', JsonObject)
/** @category messages @since 0.2.0 */
export type AgentTakeoverMessage = t.TypeOf<typeof AgentTakeoverMessage>

/** A message of a type this library does not know: `type: 'unrecognized'`, the sent type in `unrecognized`. @category messages @since 0.2.0 */
export const UnrecognizedMessage = /*#__PURE__*/ fallback('UnrecognizedMessage', 'type', {}, { author: Author, data: t.unknown })
/** @category messages @since 0.2.0 */
export type UnrecognizedMessage = t.TypeOf<typeof UnrecognizedMessage>

/** A message, discriminated on `type`. @category messages @since 0.2.0 */
export const Message = /*#__PURE__*/ taggedUnion(
  'Message',
  'type',
  {
    text: TextMessage,
    media: MediaMessage,
    carousel: CarouselMessage,
    hyperlink: HyperlinkMessage,
    thirdparty_agent_takeover: AgentTakeoverMessage,
  },
  UnrecognizedMessage,
)
/** @category messages @since 0.2.0 */
export type Message = t.TypeOf<typeof Message>

// -------------------------------------------------------------------------------------
// events
// -------------------------------------------------------------------------------------

const common = {
  channel: Channel,
  /** The chat token you gave when creating the chat: your own conversation handle. */
  chatToken: t.string,
}

/**
 * New messages in a chat, by the bot or an agent (or an echo of the
 * customer's). `type` is optional because Proto's own example omits it: an
 * event without `type` that carries `messages` is read as `new_messages`
 * (SPEC §2–3: "`type` … listed in the table but omitted from the JSON example").
 * @category events
 * @since 0.2.0
 */
export const NewMessages = /*#__PURE__*/ struct(
  'NewMessages',
  { chat: Chat, messages: /*#__PURE__*/ array(Message) },
  {
    type: /*#__PURE__*/ literal('new_messages'),
    ...common,
    /** The reply token you sent with the customer's message: which request this answers. */
    replyToken: t.string,
  },
)
/** @category events @since 0.2.0 */
export type NewMessages = t.TypeOf<typeof NewMessages>

/**
 * An event of a type this library does not know (Proto announces chat-start
 * and feedback events without documenting them): `type: 'unrecognized'`, the
 * sent type in `unrecognized`, the rest kept as it came.
 * @category events
 * @since 0.2.0
 */
export const UnrecognizedEvent = /*#__PURE__*/ fallback('UnrecognizedEvent', 'type', {}, { chat: Chat, ...common, replyToken: t.string })
/** @category events @since 0.2.0 */
export type UnrecognizedEvent = t.TypeOf<typeof UnrecognizedEvent>

/** One event of a batch, discriminated on `type` (absent: `new_messages`). @category events @since 0.2.0 */
export const Event = /*#__PURE__*/ taggedUnion('Event', 'type', { new_messages: NewMessages }, UnrecognizedEvent, { missing: NewMessages })
/** @category events @since 0.2.0 */
export type Event = t.TypeOf<typeof Event>

/**
 * A Proto webhook body: a batch of events.
 * @category events
 * @since 0.2.0
 * @example
 * import { Webhook } from 'chat-webhooks/proto'
 * if (Webhook.is(body)) for (const e of body.events) if (e.type !== 'unrecognized') console.log(e.messages.length)
 */
export const Webhook = /*#__PURE__*/ struct('Webhook', { events: /*#__PURE__*/ array(Event) }, {})
/** @category events @since 0.2.0 */
export type Webhook = t.TypeOf<typeof Webhook>
