/**
 * WhatsApp Cloud API webhook codecs: the source of truth for the WhatsApp
 * types.
 *
 * Every POST is one `whatsapp_business_account` envelope: `entry[]` (one per
 * business account) → `changes[]`, each discriminated on `field`. The
 * `messages` field carries incoming `messages[]` (discriminated on `type`),
 * `statuses[]` of the messages you sent and value-level `errors[]`; each level
 * may hold several items. Fields other than those typed here, message types
 * and interactive types this library does not know decode to their own
 * `unrecognized` variants.
 *
 * Meta's OpenAPI document is stricter than what is sent; these codecs follow
 * the wire (docs/providers/whatsapp.md): phone numbers (`from`, `wa_id`,
 * `recipient_id`) are absent for users who adopted a username (2026), times
 * are text in some places and numbers in others (both are read everywhere),
 * and only the ids the normalizer reads are required.
 *
 * @module
 */
import * as t from '../../core/io.js'
import {
  type Codec,
  type EnumCodec,
  anyOf,
  array,
  fallback,
  IntLike,
  JsonObject,
  literal,
  openEnum,
  struct,
  taggedUnion,
} from '../../core/codecs.js'

// -------------------------------------------------------------------------------------
// enums and scalars
// -------------------------------------------------------------------------------------

const UnixTimeC = /*#__PURE__*/ anyOf('UnixTime', [t.string, IntLike])
/**
 * Unix seconds: text on messages and statuses (`"1749416383"`), a number on
 * `entry.time`, preferences and templates. Both forms are read everywhere.
 * @category enums
 * @since 0.3.0
 */
export type UnixTime = t.TypeOf<typeof UnixTimeC>

const StatusValueC = /*#__PURE__*/ openEnum('StatusValue', ['sent', 'delivered', 'read', 'failed', 'played'])
/** What became of a message you sent (`played`: a voice message's first play). @category enums @since 0.3.0 */
export type StatusValue = t.TypeOf<typeof StatusValueC>
/** The codec of {@link StatusValue}. @category enums @since 0.3.0 */
export const StatusValue: EnumCodec<StatusValue> = StatusValueC

const SystemTypeC = /*#__PURE__*/ openEnum('SystemType', [
  'user_changed_number',
  'user_changed_user_id',
  'customer_changed_number',
  'customer_identity_changed',
])
/** A `system` message's type (the last two are the legacy names). @category enums @since 0.3.0 */
export type SystemType = t.TypeOf<typeof SystemTypeC>
/** The codec of {@link SystemType}. @category enums @since 0.3.0 */
export const SystemType: EnumCodec<SystemType> = SystemTypeC

const TemplateEventC = /*#__PURE__*/ openEnum('TemplateEvent', [
  'APPROVED',
  'ARCHIVED',
  'UNARCHIVED',
  'DELETED',
  'DISABLED',
  'FLAGGED',
  'IN_APPEAL',
  'LIMIT_EXCEEDED',
  'LOCKED',
  'PAUSED',
  'PENDING',
  'REINSTATED',
  'PENDING_DELETION',
  'REJECTED',
])
/** A message template's new status (`message_template_status_update.event`). @category enums @since 0.3.0 */
export type TemplateEvent = t.TypeOf<typeof TemplateEventC>
/** The codec of {@link TemplateEvent}. @category enums @since 0.3.0 */
export const TemplateEvent: EnumCodec<TemplateEvent> = TemplateEventC

// -------------------------------------------------------------------------------------
// shared objects
// -------------------------------------------------------------------------------------

const MetadataC = /*#__PURE__*/ struct(
  'Metadata',
  { phone_number_id: t.string },
  {
    /** The business number as displayed: digits, no `+`. */
    display_phone_number: t.string,
  },
)
/** The business line a change concerns: reply with `POST /{phone_number_id}/messages`. @category objects @since 0.3.0 */
export interface Metadata extends t.TypeOf<typeof MetadataC> {}
/** The codec of {@link Metadata}. @category objects @since 0.3.0 */
export const Metadata: Codec<Metadata> = MetadataC

const ContactC = /*#__PURE__*/ struct(
  'Contact',
  {},
  {
    profile: /*#__PURE__*/ struct('Profile', {}, { name: t.string, username: t.string }),
    /** The user's WhatsApp id, usually the phone number without `+`; absent for username users (2026). */
    wa_id: t.string,
    /** The business-scoped user id (BSUID), e.g. `US.13491208655302741918`. */
    user_id: t.string,
    parent_user_id: t.string,
    identity_key_hash: t.string,
  },
)
/** A user's profile as a change carries it (`value.contacts[]`). @category objects @since 0.3.0 */
export interface Contact extends t.TypeOf<typeof ContactC> {}
/** The codec of {@link Contact}. @category objects @since 0.3.0 */
export const Contact: Codec<Contact> = ContactC

const GraphErrorC = /*#__PURE__*/ struct(
  'GraphError',
  {},
  {
    code: IntLike,
    title: t.string,
    message: t.string,
    error_data: /*#__PURE__*/ struct('ErrorData', {}, { details: t.string }),
    href: t.string,
  },
)
/** A Graph API error: on failed statuses, unsupported messages and value-level `errors`. @category objects @since 0.3.0 */
export interface GraphError extends t.TypeOf<typeof GraphErrorC> {}
/** The codec of {@link GraphError}. @category objects @since 0.3.0 */
export const GraphError: Codec<GraphError> = GraphErrorC

// -------------------------------------------------------------------------------------
// message contents
// -------------------------------------------------------------------------------------

const ContextC = /*#__PURE__*/ struct(
  'Context',
  {},
  {
    /** The business number of the message referred to. */
    from: t.string,
    /** The `wamid` replied to, whose button was tapped, or that "Message business" was used on. */
    id: t.string,
    forwarded: t.boolean,
    frequently_forwarded: t.boolean,
    referred_product: /*#__PURE__*/ struct(
      'ReferredProduct',
      {},
      { catalog_id: t.string, product_retailer_id: t.string },
    ),
  },
)
/** What a message refers to: a reply, a forward, a product inquiry, a button's message. @category objects @since 0.3.0 */
export interface Context extends t.TypeOf<typeof ContextC> {}
/** The codec of {@link Context}. @category objects @since 0.3.0 */
export const Context: Codec<Context> = ContextC

const ReferralC = /*#__PURE__*/ struct(
  'Referral',
  {},
  {
    source_url: t.string,
    source_id: t.string,
    source_type: /*#__PURE__*/ openEnum('ReferralSourceType', ['ad', 'post']),
    body: t.string,
    headline: t.string,
    media_type: /*#__PURE__*/ openEnum('ReferralMediaType', ['image', 'video']),
    image_url: t.string,
    video_url: t.string,
    thumbnail_url: t.string,
    /** Absent for ads shown in WhatsApp Status. */
    ctwa_clid: t.string,
    welcome_message: /*#__PURE__*/ struct('WelcomeMessage', {}, { text: t.string }),
  },
)
/** The click-to-WhatsApp ad a message came from. @category objects @since 0.3.0 */
export interface Referral extends t.TypeOf<typeof ReferralC> {}
/** The codec of {@link Referral}. @category objects @since 0.3.0 */
export const Referral: Codec<Referral> = ReferralC

const TextC = /*#__PURE__*/ struct('Text', {}, { body: t.string, preview_url: t.boolean })
/** A text message's content. @category objects @since 0.3.0 */
export interface Text extends t.TypeOf<typeof TextC> {}
/** The codec of {@link Text}. @category objects @since 0.3.0 */
export const Text: Codec<Text> = TextC

const MediaC = /*#__PURE__*/ struct(
  'Media',
  {},
  {
    /** The media id: `GET /{id}` gives a download URL. */
    id: t.string,
    mime_type: t.string,
    /** Base64 SHA-256 of the file. */
    sha256: t.string,
    caption: t.string,
    /** A download URL (sent since late 2025), fetched with the access token. */
    url: t.string,
    /** Echoes of media sent by link. */
    link: t.string,
    /** Documents. */
    filename: t.string,
    /** Audio: recorded in WhatsApp (a voice note). */
    voice: t.boolean,
    /** Stickers. */
    animated: t.boolean,
  },
)
/** An image, video, audio, document or sticker. @category objects @since 0.3.0 */
export interface Media extends t.TypeOf<typeof MediaC> {}
/** The codec of {@link Media}. @category objects @since 0.3.0 */
export const Media: Codec<Media> = MediaC

const LocationC = /*#__PURE__*/ struct(
  'Location',
  {},
  { latitude: t.number, longitude: t.number, name: t.string, address: t.string, url: t.string },
)
/** A location: a dropped pin has coordinates only. @category objects @since 0.3.0 */
export interface Location extends t.TypeOf<typeof LocationC> {}
/** The codec of {@link Location}. @category objects @since 0.3.0 */
export const Location: Codec<Location> = LocationC

const typed = { type: t.string }
const ContactCardC = /*#__PURE__*/ struct(
  'ContactCard',
  {},
  {
    name: /*#__PURE__*/ struct(
      'ContactName',
      {},
      {
        formatted_name: t.string,
        first_name: t.string,
        last_name: t.string,
        middle_name: t.string,
        prefix: t.string,
        suffix: t.string,
      },
    ),
    phones: /*#__PURE__*/ array(
      /*#__PURE__*/ struct('ContactPhone', {}, { phone: t.string, wa_id: t.string, ...typed }),
    ),
    emails: /*#__PURE__*/ array(/*#__PURE__*/ struct('ContactEmail', {}, { email: t.string, ...typed })),
    addresses: /*#__PURE__*/ array(JsonObject),
    org: JsonObject,
    urls: /*#__PURE__*/ array(/*#__PURE__*/ struct('ContactUrl', {}, { url: t.string, ...typed })),
    birthday: t.string,
    vcard: t.string,
    origin: t.string,
  },
)
/** A shared contact card. @category objects @since 0.3.0 */
export interface ContactCard extends t.TypeOf<typeof ContactCardC> {}
/** The codec of {@link ContactCard}. @category objects @since 0.3.0 */
export const ContactCard: Codec<ContactCard> = ContactCardC

const reply = { id: t.string, title: t.string }
const InteractiveC = /*#__PURE__*/ taggedUnion(
  'Interactive',
  'type',
  {
    button_reply: /*#__PURE__*/ struct(
      'ButtonReply',
      { type: /*#__PURE__*/ literal('button_reply') },
      { button_reply: /*#__PURE__*/ struct('ReplyButton', {}, reply) },
    ),
    list_reply: /*#__PURE__*/ struct(
      'ListReply',
      { type: /*#__PURE__*/ literal('list_reply') },
      { list_reply: /*#__PURE__*/ struct('ListRow', {}, { ...reply, description: t.string }) },
    ),
    nfm_reply: /*#__PURE__*/ struct(
      'NfmReply',
      { type: /*#__PURE__*/ literal('nfm_reply') },
      {
        nfm_reply: /*#__PURE__*/ struct(
          'FlowResponse',
          {},
          {
            /** `flow` for WhatsApp Flows, `address_message` for address messages. */
            name: t.string,
            body: t.string,
            /** JSON, as text: the flow's output and its `flow_token`. */
            response_json: t.string,
          },
        ),
      },
    ),
    call_permission_reply: /*#__PURE__*/ struct(
      'CallPermissionReply',
      { type: /*#__PURE__*/ literal('call_permission_reply') },
      {
        call_permission_reply: /*#__PURE__*/ struct(
          'CallPermission',
          {},
          {
            response: /*#__PURE__*/ openEnum('CallPermissionResponse', ['accept', 'reject']),
            is_permanent: t.boolean,
            expiration_timestamp: UnixTimeC,
            response_source: t.string,
          },
        ),
      },
    ),
  },
  /*#__PURE__*/ fallback('UnrecognizedInteractive', 'type', {}, {}),
)
/** A reply to an interactive message: a button, a list row, a flow, a call permission. @category objects @since 0.3.0 */
export type Interactive = t.TypeOf<typeof InteractiveC> & {}
/** The codec of {@link Interactive}. @category objects @since 0.3.0 */
export const Interactive: Codec<Interactive> = InteractiveC

const EditedMessageC = /*#__PURE__*/ struct(
  'EditedMessage',
  {},
  {
    type: t.string,
    context: Context,
    text: Text,
    image: Media,
    video: Media,
    audio: Media,
    document: Media,
    sticker: Media,
  },
)
/** An edited message's new content: a message without its own id, sender or time. @category objects @since 0.3.0 */
export interface EditedMessage extends t.TypeOf<typeof EditedMessageC> {}
/** The codec of {@link EditedMessage}. @category objects @since 0.3.0 */
export const EditedMessage: Codec<EditedMessage> = EditedMessageC

// -------------------------------------------------------------------------------------
// messages
// -------------------------------------------------------------------------------------

const messageFieldsC = {
  /** The sender's phone number or WhatsApp id (for an echo, the business number); absent for username users. */
  from: t.string,
  /** The sender's business-scoped user id (2026). */
  from_user_id: t.string,
  from_parent_user_id: t.string,
  /** Echoes: the user the business wrote to (phone, else the business-scoped ids). */
  to: t.string,
  to_user_id: t.string,
  to_parent_user_id: t.string,
  timestamp: UnixTimeC,
  /** Set when the message was sent in a group. */
  group_id: t.string,
  context: Context,
  referral: Referral,
  /** On `unsupported` messages. */
  errors: /*#__PURE__*/ array(GraphError),
}
interface MessageFields extends Readonly<typeof messageFieldsC> {}
const messageFields: MessageFields = messageFieldsC

/** A message variant: its `type`, and the content object named after it. */
const variant = <T extends string, O extends Record<string, t.Mixed>>(name: string, type: T, content: O) =>
  struct(name, { id: t.string, type: literal(type) }, { ...messageFields, ...content })

const TextMessageC = /*#__PURE__*/ variant('TextMessage', 'text', { text: Text })
/** A text message. @category messages @since 0.3.0 */
export interface TextMessage extends t.TypeOf<typeof TextMessageC> {}
/** The codec of {@link TextMessage}. @category messages @since 0.3.0 */
export const TextMessage: Codec<TextMessage> = TextMessageC

const ImageMessageC = /*#__PURE__*/ variant('ImageMessage', 'image', { image: Media })
/** An image. @category messages @since 0.3.0 */
export interface ImageMessage extends t.TypeOf<typeof ImageMessageC> {}
/** The codec of {@link ImageMessage}. @category messages @since 0.3.0 */
export const ImageMessage: Codec<ImageMessage> = ImageMessageC

const VideoMessageC = /*#__PURE__*/ variant('VideoMessage', 'video', { video: Media })
/** A video. @category messages @since 0.3.0 */
export interface VideoMessage extends t.TypeOf<typeof VideoMessageC> {}
/** The codec of {@link VideoMessage}. @category messages @since 0.3.0 */
export const VideoMessage: Codec<VideoMessage> = VideoMessageC

const AudioMessageC = /*#__PURE__*/ variant('AudioMessage', 'audio', { audio: Media })
/** Audio: `audio.voice` is `true` for a voice note. @category messages @since 0.3.0 */
export interface AudioMessage extends t.TypeOf<typeof AudioMessageC> {}
/** The codec of {@link AudioMessage}. @category messages @since 0.3.0 */
export const AudioMessage: Codec<AudioMessage> = AudioMessageC

const DocumentMessageC = /*#__PURE__*/ variant('DocumentMessage', 'document', { document: Media })
/** A document. @category messages @since 0.3.0 */
export interface DocumentMessage extends t.TypeOf<typeof DocumentMessageC> {}
/** The codec of {@link DocumentMessage}. @category messages @since 0.3.0 */
export const DocumentMessage: Codec<DocumentMessage> = DocumentMessageC

const StickerMessageC = /*#__PURE__*/ variant('StickerMessage', 'sticker', { sticker: Media })
/** A sticker. @category messages @since 0.3.0 */
export interface StickerMessage extends t.TypeOf<typeof StickerMessageC> {}
/** The codec of {@link StickerMessage}. @category messages @since 0.3.0 */
export const StickerMessage: Codec<StickerMessage> = StickerMessageC

const LocationMessageC = /*#__PURE__*/ variant('LocationMessage', 'location', { location: Location })
/** A location. @category messages @since 0.3.0 */
export interface LocationMessage extends t.TypeOf<typeof LocationMessageC> {}
/** The codec of {@link LocationMessage}. @category messages @since 0.3.0 */
export const LocationMessage: Codec<LocationMessage> = LocationMessageC

const ContactsMessageC = /*#__PURE__*/ variant('ContactsMessage', 'contacts', {
  contacts: /*#__PURE__*/ array(ContactCard),
})
/** Shared contact cards. @category messages @since 0.3.0 */
export interface ContactsMessage extends t.TypeOf<typeof ContactsMessageC> {}
/** The codec of {@link ContactsMessage}. @category messages @since 0.3.0 */
export const ContactsMessage: Codec<ContactsMessage> = ContactsMessageC

const InteractiveMessageC = /*#__PURE__*/ variant('InteractiveMessage', 'interactive', { interactive: Interactive })
/** A reply to an interactive message. @category messages @since 0.3.0 */
export interface InteractiveMessage extends t.TypeOf<typeof InteractiveMessageC> {}
/** The codec of {@link InteractiveMessage}. @category messages @since 0.3.0 */
export const InteractiveMessage: Codec<InteractiveMessage> = InteractiveMessageC

const ButtonMessageC = /*#__PURE__*/ variant('ButtonMessage', 'button', {
  button: /*#__PURE__*/ struct('Button', {}, { payload: t.string, text: t.string }),
})
/** A template's quick-reply button, tapped. @category messages @since 0.3.0 */
export interface ButtonMessage extends t.TypeOf<typeof ButtonMessageC> {}
/** The codec of {@link ButtonMessage}. @category messages @since 0.3.0 */
export const ButtonMessage: Codec<ButtonMessage> = ButtonMessageC

const ReactionMessageC = /*#__PURE__*/ variant('ReactionMessage', 'reaction', {
  reaction: /*#__PURE__*/ struct(
    'Reaction',
    {},
    {
      /** The message reacted to. */
      message_id: t.string,
      /** Absent (or empty) when the user removed the reaction. */
      emoji: t.string,
    },
  ),
})
/** A reaction added to, or removed from, a message the business sent. @category messages @since 0.3.0 */
export interface ReactionMessage extends t.TypeOf<typeof ReactionMessageC> {}
/** The codec of {@link ReactionMessage}. @category messages @since 0.3.0 */
export const ReactionMessage: Codec<ReactionMessage> = ReactionMessageC

const OrderMessageC = /*#__PURE__*/ variant('OrderMessage', 'order', {
  order: /*#__PURE__*/ struct(
    'Order',
    {},
    {
      catalog_id: t.string,
      text: t.string,
      product_items: /*#__PURE__*/ array(
        /*#__PURE__*/ struct(
          'ProductItem',
          {},
          { product_retailer_id: t.string, quantity: IntLike, item_price: IntLike, currency: t.string },
        ),
      ),
    },
  ),
})
/** An order from a catalog. @category messages @since 0.3.0 */
export interface OrderMessage extends t.TypeOf<typeof OrderMessageC> {}
/** The codec of {@link OrderMessage}. @category messages @since 0.3.0 */
export const OrderMessage: Codec<OrderMessage> = OrderMessageC

const SystemMessageC = /*#__PURE__*/ variant('SystemMessage', 'system', {
  system: /*#__PURE__*/ struct(
    'System',
    {},
    {
      body: t.string,
      type: SystemType,
      /** The new number (`from` is the old one). */
      wa_id: t.string,
      /** The new business-scoped user id. */
      user_id: t.string,
      parent_user_id: t.string,
      new_wa_id: t.string,
      customer: t.string,
    },
  ),
})
/** A user changed number or user id; the change carries no `contacts`. @category messages @since 0.3.0 */
export interface SystemMessage extends t.TypeOf<typeof SystemMessageC> {}
/** The codec of {@link SystemMessage}. @category messages @since 0.3.0 */
export const SystemMessage: Codec<SystemMessage> = SystemMessageC

const UnsupportedMessageC = /*#__PURE__*/ variant('UnsupportedMessage', 'unsupported', {
  unsupported: /*#__PURE__*/ struct('Unsupported', {}, { type: t.string }),
})
/** A message the Cloud API does not pass on (polls, view-once…): `errors` says why. @category messages @since 0.3.0 */
export interface UnsupportedMessage extends t.TypeOf<typeof UnsupportedMessageC> {}
/** The codec of {@link UnsupportedMessage}. @category messages @since 0.3.0 */
export const UnsupportedMessage: Codec<UnsupportedMessage> = UnsupportedMessageC

const UnknownMessageC = /*#__PURE__*/ variant('UnknownMessage', 'unknown', {})
/** The legacy name of an unsupported message. @category messages @since 0.3.0 */
export interface UnknownMessage extends t.TypeOf<typeof UnknownMessageC> {}
/** The codec of {@link UnknownMessage}. @category messages @since 0.3.0 */
export const UnknownMessage: Codec<UnknownMessage> = UnknownMessageC

const RevokeMessageC = /*#__PURE__*/ variant('RevokeMessage', 'revoke', {
  revoke: /*#__PURE__*/ struct('Revoke', {}, { original_message_id: t.string }),
})
/** A message deleted by its sender (numbers also on the WhatsApp Business app). @category messages @since 0.3.0 */
export interface RevokeMessage extends t.TypeOf<typeof RevokeMessageC> {}
/** The codec of {@link RevokeMessage}. @category messages @since 0.3.0 */
export const RevokeMessage: Codec<RevokeMessage> = RevokeMessageC

const EditMessageC = /*#__PURE__*/ variant('EditMessage', 'edit', {
  edit: /*#__PURE__*/ struct('Edit', {}, { original_message_id: t.string, message: EditedMessage }),
})
/** A message edited by its sender. @category messages @since 0.3.0 */
export interface EditMessage extends t.TypeOf<typeof EditMessageC> {}
/** The codec of {@link EditMessage}. @category messages @since 0.3.0 */
export const EditMessage: Codec<EditMessage> = EditMessageC

const RequestWelcomeC = /*#__PURE__*/ variant('RequestWelcome', 'request_welcome', {})
/** A user opened a chat with the business for the first time. @category messages @since 0.3.0 */
export interface RequestWelcome extends t.TypeOf<typeof RequestWelcomeC> {}
/** The codec of {@link RequestWelcome}. @category messages @since 0.3.0 */
export const RequestWelcome: Codec<RequestWelcome> = RequestWelcomeC

const UnrecognizedMessageC = /*#__PURE__*/ fallback('UnrecognizedMessage', 'type', { id: t.string }, messageFields)
/** A message type this library does not know: `type: 'unrecognized'`, the sent type in `unrecognized`. @category messages @since 0.3.0 */
export interface UnrecognizedMessage extends t.TypeOf<typeof UnrecognizedMessageC> {}
/** The codec of {@link UnrecognizedMessage}. @category messages @since 0.3.0 */
export const UnrecognizedMessage: Codec<
  UnrecognizedMessage,
  t.OutputOf<typeof UnrecognizedMessageC>
> = UnrecognizedMessageC

const MESSAGE_TYPES = {
  text: TextMessage,
  image: ImageMessage,
  video: VideoMessage,
  audio: AudioMessage,
  document: DocumentMessage,
  sticker: StickerMessage,
  location: LocationMessage,
  contacts: ContactsMessage,
  interactive: InteractiveMessage,
  button: ButtonMessage,
  reaction: ReactionMessage,
  order: OrderMessage,
  system: SystemMessage,
  unsupported: UnsupportedMessage,
  unknown: UnknownMessage,
  revoke: RevokeMessage,
  edit: EditMessage,
  request_welcome: RequestWelcome,
}

/**
 * The message types this library knows.
 * @category messages
 * @since 0.3.0
 */
export type MessageType = keyof typeof MESSAGE_TYPES

const MessageC = /*#__PURE__*/ taggedUnion('Message', 'type', MESSAGE_TYPES, UnrecognizedMessage)
/** An incoming message, or an echo of one the business sent from the WhatsApp Business app. @category messages @since 0.3.0 */
export type Message = t.TypeOf<typeof MessageC> & {}
/** The codec of {@link Message}. @category messages @since 0.3.0 */
export const Message: Codec<Message> = MessageC

// -------------------------------------------------------------------------------------
// statuses
// -------------------------------------------------------------------------------------

const StatusC = /*#__PURE__*/ struct(
  'Status',
  { id: t.string, status: StatusValue },
  {
    timestamp: UnixTimeC,
    /** The user's phone number, or the group id; absent when the phone cannot be shared (2026). */
    recipient_id: t.string,
    recipient_user_id: t.string,
    recipient_parent_user_id: t.string,
    /** The name before 2026-05-05. */
    parent_recipient_user_id: t.string,
    recipient_type: t.string,
    /** Group statuses: the participant this one is about. */
    recipient_participant_id: t.string,
    recipient_participant_user_id: t.string,
    recipient_participant_parent_user_id: t.string,
    recipient_identity_key_hash: t.string,
    biz_opaque_callback_data: t.string,
    /** Dropped from v24.0 onward. */
    conversation: /*#__PURE__*/ struct(
      'StatusConversation',
      {},
      {
        id: t.string,
        expiration_timestamp: UnixTimeC,
        origin: /*#__PURE__*/ struct('ConversationOrigin', {}, { type: t.string }),
      },
    ),
    pricing: /*#__PURE__*/ struct(
      'Pricing',
      {},
      { billable: t.boolean, pricing_model: t.string, type: t.string, category: t.string },
    ),
    errors: /*#__PURE__*/ array(GraphError),
  },
)
/** What became of a message you sent. @category statuses @since 0.3.0 */
export interface Status extends t.TypeOf<typeof StatusC> {}
/** The codec of {@link Status}. @category statuses @since 0.3.0 */
export const Status: Codec<Status> = StatusC

// -------------------------------------------------------------------------------------
// changes
// -------------------------------------------------------------------------------------

const MessagesValueC = /*#__PURE__*/ struct(
  'MessagesValue',
  { metadata: Metadata },
  {
    messaging_product: t.string,
    contacts: /*#__PURE__*/ array(Contact),
    messages: /*#__PURE__*/ array(Message),
    statuses: /*#__PURE__*/ array(Status),
    /** Problems not tied to a message: rate limits, account problems. */
    errors: /*#__PURE__*/ array(GraphError),
  },
)
/** The value of a `messages` change. @category changes @since 0.3.0 */
export interface MessagesValue extends t.TypeOf<typeof MessagesValueC> {}
/** The codec of {@link MessagesValue}. @category changes @since 0.3.0 */
export const MessagesValue: Codec<MessagesValue> = MessagesValueC

const EchoesValueC = /*#__PURE__*/ struct(
  'EchoesValue',
  { metadata: Metadata },
  {
    messaging_product: t.string,
    contacts: /*#__PURE__*/ array(Contact),
    message_echoes: /*#__PURE__*/ array(Message),
  },
)
/** The value of a `smb_message_echoes` change: messages sent from the WhatsApp Business app. @category changes @since 0.3.0 */
export interface EchoesValue extends t.TypeOf<typeof EchoesValueC> {}
/** The codec of {@link EchoesValue}. @category changes @since 0.3.0 */
export const EchoesValue: Codec<EchoesValue> = EchoesValueC

const IdChangeC = /*#__PURE__*/ struct('IdChange', {}, { previous: t.string, current: t.string })
const UserIdUpdateC = /*#__PURE__*/ struct(
  'UserIdUpdate',
  {},
  { wa_id: t.string, detail: t.string, user_id: IdChangeC, parent_user_id: IdChangeC, timestamp: UnixTimeC },
)
/** A user's business-scoped id changed (a new phone number). @category changes @since 0.3.0 */
export interface UserIdUpdate extends t.TypeOf<typeof UserIdUpdateC> {}
/** The codec of {@link UserIdUpdate}. @category changes @since 0.3.0 */
export const UserIdUpdate: Codec<UserIdUpdate> = UserIdUpdateC

const UserPreferenceC = /*#__PURE__*/ struct(
  'UserPreference',
  {},
  {
    wa_id: t.string,
    user_id: t.string,
    parent_user_id: t.string,
    detail: t.string,
    /** `marketing_messages`. */
    category: t.string,
    value: /*#__PURE__*/ openEnum('PreferenceValue', ['stop', 'resume']),
    timestamp: UnixTimeC,
  },
)
/** A user stopped or resumed a category of messages. @category changes @since 0.3.0 */
export interface UserPreference extends t.TypeOf<typeof UserPreferenceC> {}
/** The codec of {@link UserPreference}. @category changes @since 0.3.0 */
export const UserPreference: Codec<UserPreference> = UserPreferenceC

const contactsValueC = {
  messaging_product: t.string,
  metadata: Metadata,
  contacts: /*#__PURE__*/ array(Contact),
}
interface ContactsValueFields extends Readonly<typeof contactsValueC> {}
const contactsValue: ContactsValueFields = contactsValueC

const TemplateStatusValueC = /*#__PURE__*/ struct(
  'TemplateStatusValue',
  {},
  {
    event: TemplateEvent,
    /** A number on the wire. */
    message_template_id: /*#__PURE__*/ anyOf('TemplateId', [IntLike, t.string]),
    message_template_name: t.string,
    message_template_language: t.string,
    /** `null` when the template is scheduled for deletion. */
    reason: t.string,
    message_template_category: t.string,
    disable_info: /*#__PURE__*/ struct('DisableInfo', {}, { disable_date: UnixTimeC }),
    other_info: /*#__PURE__*/ struct('OtherInfo', {}, { title: t.string, description: t.string }),
    rejection_info: /*#__PURE__*/ struct('RejectionInfo', {}, { reason: t.string, recommendation: t.string }),
  },
)
/** The value of a `message_template_status_update` change. @category changes @since 0.3.0 */
export interface TemplateStatusValue extends t.TypeOf<typeof TemplateStatusValueC> {}
/** The codec of {@link TemplateStatusValue}. @category changes @since 0.3.0 */
export const TemplateStatusValue: Codec<TemplateStatusValue> = TemplateStatusValueC

const AccountUpdateValueC = /*#__PURE__*/ struct(
  'AccountUpdateValue',
  {},
  {
    /** e.g. `ACCOUNT_VIOLATION`, `DISABLED_UPDATE`, `ACCOUNT_RESTRICTION`; others exist. */
    event: t.string,
    phone_number: t.string,
    violation_info: JsonObject,
    ban_info: JsonObject,
    restriction_info: /*#__PURE__*/ array(JsonObject),
  },
)
/** The value of an `account_update` change. @category changes @since 0.3.0 */
export interface AccountUpdateValue extends t.TypeOf<typeof AccountUpdateValueC> {}
/** The codec of {@link AccountUpdateValue}. @category changes @since 0.3.0 */
export const AccountUpdateValue: Codec<AccountUpdateValue> = AccountUpdateValueC

/** A change variant: its `field`, and its value. */
const change = <F extends string, V extends t.Mixed>(name: string, field: F, value: V) =>
  struct(name, { field: literal(field), value }, {})

const MessagesChangeC = /*#__PURE__*/ change('MessagesChange', 'messages', MessagesValue)
/** A `messages` change: incoming messages, statuses, errors. @category changes @since 0.3.0 */
export interface MessagesChange extends t.TypeOf<typeof MessagesChangeC> {}
/** The codec of {@link MessagesChange}. @category changes @since 0.3.0 */
export const MessagesChange: Codec<MessagesChange> = MessagesChangeC

const EchoesChangeC = /*#__PURE__*/ change('EchoesChange', 'smb_message_echoes', EchoesValue)
/** A `smb_message_echoes` change. @category changes @since 0.3.0 */
export interface EchoesChange extends t.TypeOf<typeof EchoesChangeC> {}
/** The codec of {@link EchoesChange}. @category changes @since 0.3.0 */
export const EchoesChange: Codec<EchoesChange> = EchoesChangeC

const UserIdUpdateChangeC = /*#__PURE__*/ change(
  'UserIdUpdateChange',
  'user_id_update',
  /*#__PURE__*/ struct(
    'UserIdUpdateValue',
    {},
    { ...contactsValue, user_id_update: /*#__PURE__*/ array(UserIdUpdate) },
  ),
)
/** A `user_id_update` change. @category changes @since 0.3.0 */
export interface UserIdUpdateChange extends t.TypeOf<typeof UserIdUpdateChangeC> {}
/** The codec of {@link UserIdUpdateChange}. @category changes @since 0.3.0 */
export const UserIdUpdateChange: Codec<UserIdUpdateChange> = UserIdUpdateChangeC

const UserPreferencesChangeC = /*#__PURE__*/ change(
  'UserPreferencesChange',
  'user_preferences',
  /*#__PURE__*/ struct(
    'UserPreferencesValue',
    {},
    { ...contactsValue, user_preferences: /*#__PURE__*/ array(UserPreference) },
  ),
)
/** A `user_preferences` change. @category changes @since 0.3.0 */
export interface UserPreferencesChange extends t.TypeOf<typeof UserPreferencesChangeC> {}
/** The codec of {@link UserPreferencesChange}. @category changes @since 0.3.0 */
export const UserPreferencesChange: Codec<UserPreferencesChange> = UserPreferencesChangeC

const TemplateStatusChangeC = /*#__PURE__*/ change(
  'TemplateStatusChange',
  'message_template_status_update',
  TemplateStatusValue,
)
/** A `message_template_status_update` change. @category changes @since 0.3.0 */
export interface TemplateStatusChange extends t.TypeOf<typeof TemplateStatusChangeC> {}
/** The codec of {@link TemplateStatusChange}. @category changes @since 0.3.0 */
export const TemplateStatusChange: Codec<TemplateStatusChange> = TemplateStatusChangeC

const AccountUpdateChangeC = /*#__PURE__*/ change('AccountUpdateChange', 'account_update', AccountUpdateValue)
/** An `account_update` change. @category changes @since 0.3.0 */
export interface AccountUpdateChange extends t.TypeOf<typeof AccountUpdateChangeC> {}
/** The codec of {@link AccountUpdateChange}. @category changes @since 0.3.0 */
export const AccountUpdateChange: Codec<AccountUpdateChange> = AccountUpdateChangeC

const UnrecognizedChangeC = /*#__PURE__*/ fallback('UnrecognizedChange', 'field', {}, { value: t.unknown })
/**
 * A change of a field this library does not type (groups, calls, flows, phone
 * number and quality updates…): `field: 'unrecognized'`, the sent field in
 * `unrecognized`, its value as it came.
 * @category changes
 * @since 0.3.0
 */
export interface UnrecognizedChange extends t.TypeOf<typeof UnrecognizedChangeC> {}
/** The codec of {@link UnrecognizedChange}. @category changes @since 0.3.0 */
export const UnrecognizedChange: Codec<UnrecognizedChange, t.OutputOf<typeof UnrecognizedChangeC>> = UnrecognizedChangeC

const FIELDS = {
  messages: MessagesChange,
  smb_message_echoes: EchoesChange,
  user_id_update: UserIdUpdateChange,
  user_preferences: UserPreferencesChange,
  message_template_status_update: TemplateStatusChange,
  account_update: AccountUpdateChange,
}

/**
 * The subscribable fields this library types.
 * @category changes
 * @since 0.3.0
 */
export type EventName = keyof typeof FIELDS

const ChangeC = /*#__PURE__*/ taggedUnion('Change', 'field', FIELDS, UnrecognizedChange)
/** One change of an entry, discriminated on `field`. @category changes @since 0.3.0 */
export type Change = t.TypeOf<typeof ChangeC> & {}
/** The codec of {@link Change}. @category changes @since 0.3.0 */
export const Change: Codec<Change> = ChangeC

// -------------------------------------------------------------------------------------
// webhook
// -------------------------------------------------------------------------------------

const EntryC = /*#__PURE__*/ struct(
  'Entry',
  { id: t.string, changes: /*#__PURE__*/ array(Change) },
  {
    /** When the notification was sent: on account-level fields, not on `messages`. */
    time: UnixTimeC,
  },
)
/** The changes of one WhatsApp Business Account (`id`; `"0"` in the App Dashboard's test payloads). @category webhook @since 0.3.0 */
export interface Entry extends t.TypeOf<typeof EntryC> {}
/** The codec of {@link Entry}. @category webhook @since 0.3.0 */
export const Entry: Codec<Entry> = EntryC

const WebhookC = /*#__PURE__*/ struct(
  'Webhook',
  { object: /*#__PURE__*/ literal('whatsapp_business_account'), entry: /*#__PURE__*/ array(Entry) },
  {},
)
/**
 * A WhatsApp Cloud API webhook body: one or more entries, each with one or
 * more changes.
 * @category webhook
 * @since 0.3.0
 * @example
 * import { Webhook } from 'chat-webhooks/whatsapp'
 * if (Webhook.is(body)) for (const entry of body.entry) for (const change of entry.changes) change.field
 */
export interface Webhook extends t.TypeOf<typeof WebhookC> {}
/** The codec of {@link Webhook}. @category webhook @since 0.3.0 */
export const Webhook: Codec<Webhook> = WebhookC
