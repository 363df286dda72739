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
import * as t from '../../core/io.js'
import {
  type Codec,
  type EnumCodec,
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

const AuthorTypeC = /*#__PURE__*/ openEnum('AuthorType', ['human', 'bot', 'agent'])
/** Who wrote a message: the customer (`human`), a `bot` or an `agent`. @category enums @since 0.2.0 */
export type AuthorType = t.TypeOf<typeof AuthorTypeC>
/** The codec of {@link AuthorType}. @category enums @since 0.2.0 */
export const AuthorType: EnumCodec<AuthorType> = AuthorTypeC
const MediaTypeC = /*#__PURE__*/ openEnum('MediaType', ['image', 'video', 'audio', 'file'])
/** A media message's kind (`data.type`). @category enums @since 0.2.0 */
export type MediaType = t.TypeOf<typeof MediaTypeC>
/** The codec of {@link MediaType}. @category enums @since 0.2.0 */
export const MediaType: EnumCodec<MediaType> = MediaTypeC

// -------------------------------------------------------------------------------------
// common properties
// -------------------------------------------------------------------------------------

const HumanC = /*#__PURE__*/ struct(
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
/** The customer of a chat. @category objects @since 0.2.0 */
export interface Human extends t.TypeOf<typeof HumanC> {}
/** The codec of {@link Human}. @category objects @since 0.2.0 */
export const Human: Codec<Human> = HumanC

const ChatC = /*#__PURE__*/ struct('Chat', { id: t.string }, { human: Human })
/** The chat an event belongs to: its id is the conversation's. @category objects @since 0.2.0 */
export interface Chat extends t.TypeOf<typeof ChatC> {}
/** The codec of {@link Chat}. @category objects @since 0.2.0 */
export const Chat: Codec<Chat> = ChatC

const ChannelC = /*#__PURE__*/ struct('Channel', {}, { id: t.string })
/** The webhook channel (its id is the one in `gw.proto.cx/webhook/{channel_id}/…`). @category objects @since 0.2.0 */
export interface Channel extends t.TypeOf<typeof ChannelC> {}
/** The codec of {@link Channel}. @category objects @since 0.2.0 */
export const Channel: Codec<Channel> = ChannelC

const AuthorC = /*#__PURE__*/ struct('Author', {}, { type: AuthorType, id: t.string, name: t.string })
/** A message's author. @category objects @since 0.2.0 */
export interface Author extends t.TypeOf<typeof AuthorC> {}
/** The codec of {@link Author}. @category objects @since 0.2.0 */
export const Author: Codec<Author> = AuthorC

// -------------------------------------------------------------------------------------
// message data
// -------------------------------------------------------------------------------------

const QuickReplyC = /*#__PURE__*/ struct('QuickReply', {}, { title: t.string, text: t.string })
/** A quick reply: `title` is shown, `text` is sent back as the customer's text message when tapped. @category content @since 0.2.0 */
export interface QuickReply extends t.TypeOf<typeof QuickReplyC> {}
/** The codec of {@link QuickReply}. @category content @since 0.2.0 */
export const QuickReply: Codec<QuickReply> = QuickReplyC

const TextButtonC = /*#__PURE__*/ struct(
  'TextButton',
  { type: /*#__PURE__*/ literal('text') },
  { title: t.string, text: t.string },
)
/** A card button that sends `text` back as the customer's text message. @category content @since 0.2.0 */
export interface TextButton extends t.TypeOf<typeof TextButtonC> {}
/** The codec of {@link TextButton}. @category content @since 0.2.0 */
export const TextButton: Codec<TextButton> = TextButtonC

const PostbackButtonC = /*#__PURE__*/ struct(
  'PostbackButton',
  { type: /*#__PURE__*/ literal('postback') },
  { title: t.string, postbackData: t.string },
)
/** A card button that sends `postbackData` back in a button message. @category content @since 0.2.0 */
export interface PostbackButton extends t.TypeOf<typeof PostbackButtonC> {}
/** The codec of {@link PostbackButton}. @category content @since 0.2.0 */
export const PostbackButton: Codec<PostbackButton> = PostbackButtonC

const UrlButtonC = /*#__PURE__*/ struct(
  'UrlButton',
  { type: /*#__PURE__*/ literal('url') },
  { title: t.string, url: t.string, isWebview: t.boolean },
)
/** A card button that opens `url` (in a webview when `isWebview`). @category content @since 0.2.0 */
export interface UrlButton extends t.TypeOf<typeof UrlButtonC> {}
/** The codec of {@link UrlButton}. @category content @since 0.2.0 */
export const UrlButton: Codec<UrlButton> = UrlButtonC

const UnrecognizedButtonC = /*#__PURE__*/ fallback('UnrecognizedButton', 'type', {}, { title: t.string })
/** A card button of a type this library does not know: `type: 'unrecognized'`, the sent type in `unrecognized`. @category content @since 0.2.0 */
export interface UnrecognizedButton extends t.TypeOf<typeof UnrecognizedButtonC> {}
/** The codec of {@link UnrecognizedButton}. @category content @since 0.2.0 */
export const UnrecognizedButton: Codec<UnrecognizedButton, t.OutputOf<typeof UnrecognizedButtonC>> = UnrecognizedButtonC

const ButtonC = /*#__PURE__*/ taggedUnion(
  'Button',
  'type',
  { text: TextButton, postback: PostbackButton, url: UrlButton },
  UnrecognizedButton,
)
/** A card button, discriminated on `type`. @category content @since 0.2.0 */
export type Button = t.TypeOf<typeof ButtonC> & {}
/** The codec of {@link Button}. @category content @since 0.2.0 */
export const Button: Codec<Button> = ButtonC

const CardC = /*#__PURE__*/ struct(
  'Card',
  {},
  { title: t.string, text: t.string, imageUrl: t.string, buttons: /*#__PURE__*/ limitedArray(Button, 3) },
)
/** A carousel card (Proto sends at most three buttons). @category content @since 0.2.0 */
export interface Card extends t.TypeOf<typeof CardC> {}
/** The codec of {@link Card}. @category content @since 0.2.0 */
export const Card: Codec<Card> = CardC

// -------------------------------------------------------------------------------------
// messages
// -------------------------------------------------------------------------------------

const message = <T extends string, D extends t.Mixed>(name: string, type: T, data: D) =>
  struct(name, { type: literal(type) }, { author: Author, data })

const TextMessageC = /*#__PURE__*/ message(
  'TextMessage',
  'text',
  /*#__PURE__*/ struct('TextData', {}, { text: t.string, quickReplies: /*#__PURE__*/ array(QuickReply) }),
)
/** A text message, with optional quick replies. @category messages @since 0.2.0 */
export interface TextMessage extends t.TypeOf<typeof TextMessageC> {}
/** The codec of {@link TextMessage}. @category messages @since 0.2.0 */
export const TextMessage: Codec<TextMessage> = TextMessageC

const MediaMessageC = /*#__PURE__*/ message(
  'MediaMessage',
  'media',
  /*#__PURE__*/ struct('MediaData', {}, { type: MediaType, url: t.string, filename: t.string }),
)
/** An image, video, audio file or other file, by URL. @category messages @since 0.2.0 */
export interface MediaMessage extends t.TypeOf<typeof MediaMessageC> {}
/** The codec of {@link MediaMessage}. @category messages @since 0.2.0 */
export const MediaMessage: Codec<MediaMessage> = MediaMessageC

const CarouselMessageC = /*#__PURE__*/ message(
  'CarouselMessage',
  'carousel',
  /*#__PURE__*/ struct('CarouselData', {}, { cards: /*#__PURE__*/ limitedArray(Card, 10) }),
)
/** A carousel of cards (Proto sends at most ten). @category messages @since 0.2.0 */
export interface CarouselMessage extends t.TypeOf<typeof CarouselMessageC> {}
/** The codec of {@link CarouselMessage}. @category messages @since 0.2.0 */
export const CarouselMessage: Codec<CarouselMessage> = CarouselMessageC

const HyperlinkMessageC = /*#__PURE__*/ message(
  'HyperlinkMessage',
  'hyperlink',
  /*#__PURE__*/ struct('HyperlinkData', {}, { label: t.string, url: t.string }),
)
/** A link with a label. @category messages @since 0.2.0 */
export interface HyperlinkMessage extends t.TypeOf<typeof HyperlinkMessageC> {}
/** The codec of {@link HyperlinkMessage}. @category messages @since 0.2.0 */
export const HyperlinkMessage: Codec<HyperlinkMessage> = HyperlinkMessageC

const AgentTakeoverMessageC = /*#__PURE__*/ message('AgentTakeoverMessage', 'thirdparty_agent_takeover', JsonObject)
/**
 * The bot hands the chat to your own agents ("takeover by third-party
 * agents"): stop expecting bot replies. Proto documents no data for it.
 * @category messages
 * @since 0.2.0
 */
export interface AgentTakeoverMessage extends t.TypeOf<typeof AgentTakeoverMessageC> {}
/** The codec of {@link AgentTakeoverMessage}. @category messages @since 0.2.0 */
export const AgentTakeoverMessage: Codec<AgentTakeoverMessage> = AgentTakeoverMessageC

const UnrecognizedMessageC = /*#__PURE__*/ fallback(
  'UnrecognizedMessage',
  'type',
  {},
  { author: Author, data: t.unknown },
)
/** A message of a type this library does not know: `type: 'unrecognized'`, the sent type in `unrecognized`. @category messages @since 0.2.0 */
export interface UnrecognizedMessage extends t.TypeOf<typeof UnrecognizedMessageC> {}
/** The codec of {@link UnrecognizedMessage}. @category messages @since 0.2.0 */
export const UnrecognizedMessage: Codec<
  UnrecognizedMessage,
  t.OutputOf<typeof UnrecognizedMessageC>
> = UnrecognizedMessageC

const MessageC = /*#__PURE__*/ taggedUnion(
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
/** A message, discriminated on `type`. @category messages @since 0.2.0 */
export type Message = t.TypeOf<typeof MessageC> & {}
/** The codec of {@link Message}. @category messages @since 0.2.0 */
export const Message: Codec<Message> = MessageC

// -------------------------------------------------------------------------------------
// events
// -------------------------------------------------------------------------------------

const common = {
  channel: Channel,
  /** The chat token you gave when creating the chat: your own conversation handle. */
  chatToken: t.string,
}

const NewMessagesC = /*#__PURE__*/ struct(
  'NewMessages',
  { chat: Chat, messages: /*#__PURE__*/ array(Message) },
  {
    type: /*#__PURE__*/ literal('new_messages'),
    ...common,
    /** The reply token you sent with the customer's message: which request this answers. */
    replyToken: t.string,
  },
)
/**
 * New messages in a chat, by the bot or an agent (or an echo of the
 * customer's). `type` is optional because Proto's own example omits it: an
 * event without `type` that carries `messages` is read as `new_messages`
 * (docs/providers/proto.md §2–3: "`type` … listed in the table but omitted from the JSON example").
 * @category events
 * @since 0.2.0
 */
export interface NewMessages extends t.TypeOf<typeof NewMessagesC> {}
/** The codec of {@link NewMessages}. @category events @since 0.2.0 */
export const NewMessages: Codec<NewMessages> = NewMessagesC

const UnrecognizedEventC = /*#__PURE__*/ fallback(
  'UnrecognizedEvent',
  'type',
  {},
  { chat: Chat, ...common, replyToken: t.string },
)
/**
 * An event of a type this library does not know (Proto announces chat-start
 * and feedback events without documenting them): `type: 'unrecognized'`, the
 * sent type in `unrecognized`, the rest kept as it came.
 * @category events
 * @since 0.2.0
 */
export interface UnrecognizedEvent extends t.TypeOf<typeof UnrecognizedEventC> {}
/** The codec of {@link UnrecognizedEvent}. @category events @since 0.2.0 */
export const UnrecognizedEvent: Codec<UnrecognizedEvent, t.OutputOf<typeof UnrecognizedEventC>> = UnrecognizedEventC

const EventC = /*#__PURE__*/ taggedUnion('Event', 'type', { new_messages: NewMessages }, UnrecognizedEvent, {
  missing: NewMessages,
})
/** One event of a batch, discriminated on `type` (absent: `new_messages`). @category events @since 0.2.0 */
export type Event = t.TypeOf<typeof EventC> & {}
/** The codec of {@link Event}. @category events @since 0.2.0 */
export const Event: Codec<Event> = EventC

const WebhookC = /*#__PURE__*/ struct('Webhook', { events: /*#__PURE__*/ array(Event) }, {})
/**
 * A Proto webhook body: a batch of events.
 * @category events
 * @since 0.2.0
 * @example
 * import { Webhook } from 'chat-webhooks/proto'
 * if (Webhook.is(body)) for (const e of body.events) if (e.type !== 'unrecognized') console.log(e.messages.length)
 */
export interface Webhook extends t.TypeOf<typeof WebhookC> {}
/** The codec of {@link Webhook}. @category events @since 0.2.0 */
export const Webhook: Codec<Webhook> = WebhookC
