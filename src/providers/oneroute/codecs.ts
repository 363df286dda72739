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
import * as t from 'io-ts'
import {
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

/**
 * A message's `contentType`. The webhook page shows `TEXT`; `IMAGE` is what
 * OneRoute's widget sends, and the other three match the message's media URL
 * fields.
 * @category enums
 * @since 0.2.0
 */
export const ContentType = /*#__PURE__*/ openEnum('ContentType', ['TEXT', 'IMAGE', 'VIDEO', 'AUDIO', 'DOCUMENT'])
/**
 * A channel's `medium`: `WHATSAPP` and `EMAIL` are in OneRoute's documents,
 * the others are the channels its widget and dashboard offer.
 * @category enums
 * @since 0.2.0
 */
export const Medium = /*#__PURE__*/ openEnum('Medium', ['WHATSAPP', 'EMAIL', 'SMS', 'LIVECHAT', 'INSTAGRAM', 'FACEBOOK', 'TWITTER'])
/** A conversation's `status` (only `in-queue` is documented). @category enums @since 0.2.0 */
export const ConversationStatus = /*#__PURE__*/ openEnum('ConversationStatus', ['in-queue'])
/** An SMS delivery status. @category enums @since 0.2.0 */
export const DeliveryStatus = /*#__PURE__*/ openEnum('DeliveryStatus', ['delivered', 'undelivered', 'pending'])

// -------------------------------------------------------------------------------------
// newMessage
// -------------------------------------------------------------------------------------

/** Who sent a message: `authUser` is `true` for a OneRoute user (an agent, or your API key), `false` for the customer. @category objects @since 0.2.0 */
export const Sender = /*#__PURE__*/ struct('Sender', {}, { name: t.string, authUser: t.boolean, lastActivity: IsoDateTime })
/** @category objects @since 0.2.0 */
export type Sender = t.TypeOf<typeof Sender>

/**
 * A message. Media is in whichever of the four URL fields is set; the
 * webhook carries no message id or time of its own (the same object has them
 * in OneRoute's REST responses, so they are read when present).
 * @category objects
 * @since 0.2.0
 */
export const Message = /*#__PURE__*/ struct(
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
/** @category objects @since 0.2.0 */
export type Message = t.TypeOf<typeof Message>

/**
 * The channel a conversation came through (capital-C `Channel`, as OneRoute
 * sends it). `credentials` may hold secrets: never log it.
 * @category objects
 * @since 0.2.0
 */
export const Channel = /*#__PURE__*/ struct(
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
/** @category objects @since 0.2.0 */
export type Channel = t.TypeOf<typeof Channel>

/** The customer of a conversation. @category objects @since 0.2.0 */
export const Customer = /*#__PURE__*/ struct('Customer', {}, { name: t.string, email: t.string })
/** @category objects @since 0.2.0 */
export type Customer = t.TypeOf<typeof Customer>

/** A conversation of the shared inbox. @category objects @since 0.2.0 */
export const Conversation = /*#__PURE__*/ struct(
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
/** @category objects @since 0.2.0 */
export type Conversation = t.TypeOf<typeof Conversation>

/** `newMessage`: a message in a conversation, from the customer or (`authUser`) from your side. @category events @since 0.2.0 */
export const NewMessage = /*#__PURE__*/ struct(
  'NewMessage',
  { event: /*#__PURE__*/ literal('newMessage'), message: Message, conversation: Conversation },
  {},
)
/** @category events @since 0.2.0 */
export type NewMessage = t.TypeOf<typeof NewMessage>

// -------------------------------------------------------------------------------------
// smsDeliveryReport
// -------------------------------------------------------------------------------------

/** An SMS delivery report, which OneRoute puts where a conversation would be. @category objects @since 0.2.0 */
export const DeliveryReport = /*#__PURE__*/ struct(
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
/** @category objects @since 0.2.0 */
export type DeliveryReport = t.TypeOf<typeof DeliveryReport>

/** `smsDeliveryReport`: what became of an SMS you sent (`message` is `null`). @category events @since 0.2.0 */
export const SmsDeliveryReport = /*#__PURE__*/ struct(
  'SmsDeliveryReport',
  { event: /*#__PURE__*/ literal('smsDeliveryReport'), conversation: DeliveryReport },
  { message: t.unknown },
)
/** @category events @since 0.2.0 */
export type SmsDeliveryReport = t.TypeOf<typeof SmsDeliveryReport>

// -------------------------------------------------------------------------------------
// webhook
// -------------------------------------------------------------------------------------

/**
 * A body with an event name no SPEC knows (WhatsApp campaign events, whose
 * shape OneRoute does not publish, among them): `event: 'unrecognized'`, the
 * sent name in `unrecognized`, the rest as it came.
 * @category events
 * @since 0.2.0
 */
export const Unrecognized = /*#__PURE__*/ fallback('Unrecognized', 'event', {}, { message: t.unknown, conversation: t.unknown })
/** @category events @since 0.2.0 */
export type Unrecognized = t.TypeOf<typeof Unrecognized>

const KNOWN_EVENTS = { newMessage: NewMessage, smsDeliveryReport: SmsDeliveryReport }

/**
 * The OneRoute event names this library knows.
 * @category events
 * @since 0.2.0
 */
export type EventName = keyof typeof KNOWN_EVENTS

/**
 * Any OneRoute webhook body, discriminated on `event`.
 * @category events
 * @since 0.2.0
 * @example
 * import { Webhook } from 'chat-webhooks/oneroute'
 * if (Webhook.is(body) && body.event === 'newMessage') body.message.content
 */
export const Webhook = /*#__PURE__*/ taggedUnion('Webhook', 'event', KNOWN_EVENTS, Unrecognized)
/** @category events @since 0.2.0 */
export type Webhook = t.TypeOf<typeof Webhook>
