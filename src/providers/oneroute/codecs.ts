/**
 * OneRoute (oneroute.io) webhook codecs: the source of truth for the
 * OneRoute types.
 *
 * One event per request, `{ event, message, conversation }`, discriminated on
 * `event`: `newMessage` (WhatsApp, SMS, e-mail, live chat… messages of the
 * shared inbox) and `smsDeliveryReport` are known, anything else (campaign
 * events exist but are undocumented) is {@link Unrecognized}. Key casing is
 * OneRoute's own and is kept: `contentType`, `quoted_message_id`, capital-C
 * `Channel`. Times are ISO-8601 text and stay text here.
 *
 * OneRoute documents these payloads by example only, so every field beyond
 * the event name and the conversation id is optional, and the enums hold the
 * values seen in OneRoute's documents, open to others.
 *
 * @module
 */
import * as t from '../../core/io.js'
import {
  type Codec,
  type EnumCodec,
  anyOf,
  fallback,
  Int,
  IsoDateTime,
  JsonObject,
  literal,
  openEnum,
  struct,
  taggedUnion,
} from '../../core/codecs.js'

// -------------------------------------------------------------------------------------
// enums
// -------------------------------------------------------------------------------------

const ContentTypeC = /*#__PURE__*/ openEnum('ContentType', ['TEXT', 'IMAGE', 'VIDEO', 'AUDIO', 'DOCUMENT'])
/**
 * A message's `contentType`. The webhook page shows `TEXT`; `IMAGE` is what
 * OneRoute's widget sends, and the other three match the message's media URL
 * fields.
 * @category enums
 * @since 0.2.0
 */
export type ContentType = t.TypeOf<typeof ContentTypeC>
/** The codec of {@link ContentType}. @category enums @since 0.2.0 */
export const ContentType: EnumCodec<ContentType> = ContentTypeC
const MediumC = /*#__PURE__*/ openEnum('Medium', [
  'WHATSAPP',
  'EMAIL',
  'SMS',
  'LIVECHAT',
  'INSTAGRAM',
  'FACEBOOK',
  'TWITTER',
])
/**
 * A channel's `medium`: `WHATSAPP` and `EMAIL` are in OneRoute's documents,
 * the others are the channels its widget and dashboard offer.
 * @category enums
 * @since 0.2.0
 */
export type Medium = t.TypeOf<typeof MediumC>
/** The codec of {@link Medium}. @category enums @since 0.2.0 */
export const Medium: EnumCodec<Medium> = MediumC
const ConversationStatusC = /*#__PURE__*/ openEnum('ConversationStatus', ['in-queue'])
/** A conversation's `status` (only `in-queue` is documented). @category enums @since 0.2.0 */
export type ConversationStatus = t.TypeOf<typeof ConversationStatusC>
/** The codec of {@link ConversationStatus}. @category enums @since 0.2.0 */
export const ConversationStatus: EnumCodec<ConversationStatus> = ConversationStatusC
const DeliveryStatusC = /*#__PURE__*/ openEnum('DeliveryStatus', ['delivered', 'undelivered', 'pending'])
/** An SMS delivery status. @category enums @since 0.2.0 */
export type DeliveryStatus = t.TypeOf<typeof DeliveryStatusC>
/** The codec of {@link DeliveryStatus}. @category enums @since 0.2.0 */
export const DeliveryStatus: EnumCodec<DeliveryStatus> = DeliveryStatusC

// -------------------------------------------------------------------------------------
// newMessage
// -------------------------------------------------------------------------------------

const SenderC = /*#__PURE__*/ struct('Sender', {}, { name: t.string, authUser: t.boolean, lastActivity: IsoDateTime })
/** Who sent a message: `authUser` is `true` for a OneRoute user (an agent, or your API key), `false` for the customer. @category objects @since 0.2.0 */
export interface Sender extends t.TypeOf<typeof SenderC> {}
/** The codec of {@link Sender}. @category objects @since 0.2.0 */
export const Sender: Codec<Sender> = SenderC

const MessageC = /*#__PURE__*/ struct(
  'Message',
  {},
  {
    sender: Sender,
    /** The id on the external channel, e.g. WhatsApp's `wamid.…`. */
    externalId: t.string,
    /** The text, or a media caption. */
    content: t.string,
    contentType: ContentType,
    imageUrl: t.string,
    videoUrl: t.string,
    documentUrl: t.string,
    audioUrl: t.string,
    /** The message this one replies to. */
    quoted_message_id: t.string,
    conversation_id: t.string,
    /** REST responses only, so far. */
    id: t.string,
    subject: t.string,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  },
)
/**
 * A message. Media is in whichever of the four URL fields is set; the
 * webhook carries no message id or time of its own (the same object has them
 * in OneRoute's REST responses, so they are read when present).
 * @category objects
 * @since 0.2.0
 */
export interface Message extends t.TypeOf<typeof MessageC> {}
/** The codec of {@link Message}. @category objects @since 0.2.0 */
export const Message: Codec<Message> = MessageC

const ChannelC = /*#__PURE__*/ struct(
  'Channel',
  {},
  {
    id: t.string,
    phone: t.string,
    identifier: t.string,
    medium: Medium,
    credentials: JsonObject,
    description: t.string,
    name: t.string,
    type: /*#__PURE__*/ openEnum('ChannelType', ['CUSTOM']),
    provider: t.string,
    country: t.string,
    env: /*#__PURE__*/ openEnum('ChannelEnv', ['LIVE']),
    status: /*#__PURE__*/ openEnum('ChannelStatus', ['ACTIVE']),
    webhookUrl: t.string,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  },
)
/**
 * The channel a conversation came through (capital-C `Channel`, as OneRoute
 * sends it). `credentials` may hold secrets: never log it.
 * @category objects
 * @since 0.2.0
 */
export interface Channel extends t.TypeOf<typeof ChannelC> {}
/** The codec of {@link Channel}. @category objects @since 0.2.0 */
export const Channel: Codec<Channel> = ChannelC

const CustomerC = /*#__PURE__*/ struct('Customer', {}, { name: t.string, email: t.string })
/** The customer of a conversation. @category objects @since 0.2.0 */
export interface Customer extends t.TypeOf<typeof CustomerC> {}
/** The codec of {@link Customer}. @category objects @since 0.2.0 */
export const Customer: Codec<Customer> = CustomerC

const ConversationC = /*#__PURE__*/ struct(
  'Conversation',
  { id: t.string },
  {
    subject: t.string,
    /** The assigned agent: its shape is undocumented (a name, or an object). */
    agent: /*#__PURE__*/ anyOf('Agent', [t.string, JsonObject]),
    agent_id: t.string,
    customer: Customer,
    /** The socket.io form of `newMessage` carries it. */
    customer_id: t.string,
    lastMessageAt: IsoDateTime,
    status: ConversationStatus,
    /** ISO 3166 alpha-2. */
    country: t.string,
    read: t.boolean,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    Channel,
  },
)
/** A conversation of the shared inbox. @category objects @since 0.2.0 */
export interface Conversation extends t.TypeOf<typeof ConversationC> {}
/** The codec of {@link Conversation}. @category objects @since 0.2.0 */
export const Conversation: Codec<Conversation> = ConversationC

const NewMessageC = /*#__PURE__*/ struct(
  'NewMessage',
  { event: /*#__PURE__*/ literal('newMessage'), message: Message, conversation: Conversation },
  {},
)
/** `newMessage`: a message in a conversation, from the customer or (`authUser`) from your side. @category events @since 0.2.0 */
export interface NewMessage extends t.TypeOf<typeof NewMessageC> {}
/** The codec of {@link NewMessage}. @category events @since 0.2.0 */
export const NewMessage: Codec<NewMessage> = NewMessageC

// -------------------------------------------------------------------------------------
// smsDeliveryReport
// -------------------------------------------------------------------------------------

const DeliveryReportC = /*#__PURE__*/ struct(
  'DeliveryReport',
  { id: /*#__PURE__*/ anyOf('ReportId', [t.string, Int]) },
  {
    externalId: t.string,
    status: DeliveryStatus,
    reason: t.string,
    /** The sender id the SMS went out with. */
    from: t.string,
    /** The recipient's number, without `+`. */
    to: t.string,
    units: t.number,
    delivered_time: IsoDateTime,
    createdAt: IsoDateTime,
  },
)
/** An SMS delivery report, which OneRoute puts where a conversation would be. @category objects @since 0.2.0 */
export interface DeliveryReport extends t.TypeOf<typeof DeliveryReportC> {}
/** The codec of {@link DeliveryReport}. @category objects @since 0.2.0 */
export const DeliveryReport: Codec<DeliveryReport> = DeliveryReportC

const SmsDeliveryReportC = /*#__PURE__*/ struct(
  'SmsDeliveryReport',
  { event: /*#__PURE__*/ literal('smsDeliveryReport'), conversation: DeliveryReport },
  { message: t.unknown },
)
/** `smsDeliveryReport`: what became of an SMS you sent (`message` is `null`). @category events @since 0.2.0 */
export interface SmsDeliveryReport extends t.TypeOf<typeof SmsDeliveryReportC> {}
/** The codec of {@link SmsDeliveryReport}. @category events @since 0.2.0 */
export const SmsDeliveryReport: Codec<SmsDeliveryReport> = SmsDeliveryReportC

// -------------------------------------------------------------------------------------
// webhook
// -------------------------------------------------------------------------------------

const UnrecognizedC = /*#__PURE__*/ fallback(
  'Unrecognized',
  'event',
  {},
  { message: t.unknown, conversation: t.unknown },
)
/**
 * A body with an event name this library does not know (WhatsApp campaign events, whose
 * shape OneRoute does not publish, among them): `event: 'unrecognized'`, the
 * sent name in `unrecognized`, the rest as it came.
 * @category events
 * @since 0.2.0
 */
export interface Unrecognized extends t.TypeOf<typeof UnrecognizedC> {}
/** The codec of {@link Unrecognized}. @category events @since 0.2.0 */
export const Unrecognized: Codec<Unrecognized, t.OutputOf<typeof UnrecognizedC>> = UnrecognizedC

const KNOWN_EVENTS = { newMessage: NewMessage, smsDeliveryReport: SmsDeliveryReport }

/**
 * The OneRoute event names this library knows.
 * @category events
 * @since 0.2.0
 */
export type EventName = keyof typeof KNOWN_EVENTS

const WebhookC = /*#__PURE__*/ taggedUnion('Webhook', 'event', KNOWN_EVENTS, Unrecognized)
/**
 * Any OneRoute webhook body, discriminated on `event`.
 * @category events
 * @since 0.2.0
 * @example
 * import { Webhook } from 'chat-webhooks/oneroute'
 * if (Webhook.is(body) && body.event === 'newMessage') body.message.content
 */
export type Webhook = t.TypeOf<typeof WebhookC> & {}
/** The codec of {@link Webhook}. @category events @since 0.2.0 */
export const Webhook: Codec<Webhook> = WebhookC
