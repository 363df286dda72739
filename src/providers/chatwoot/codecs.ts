/**
 * Chatwoot webhook codecs: the source of truth for the Chatwoot types.
 *
 * Written from Chatwoot v4.15.1's payload builders (docs/providers/chatwoot.md):
 * ids are integers, times come in four formats (ISO text, whole Unix
 * seconds, fractional Unix seconds, browser date text) and stay as sent, and
 * nearly every field is optional because payloads from older Chatwoot
 * versions (2021 onwards) lack them.
 *
 * @module
 */
import * as t from '../../core/io.js'
import {
  type Codec,
  type EnumCodec,
  anyOf,
  array,
  BrowserDate,
  EpochSeconds,
  fallback,
  FloatSeconds,
  Int,
  IntLike,
  IsoDateTime,
  JsonObject,
  literal,
  openEnum,
  openNumberEnum,
  prefixed,
  type Fields,
  record,
  struct,
  StructType,
  taggedUnion,
} from '../../core/codecs.js'

// -------------------------------------------------------------------------------------
// enums
// -------------------------------------------------------------------------------------

const ConversationStatusC = /*#__PURE__*/ openEnum('ConversationStatus', ['open', 'resolved', 'pending', 'snoozed'])
/** Conversation status. @category enums @since 0.1.0 */
export type ConversationStatus = t.TypeOf<typeof ConversationStatusC>
/** The codec of {@link ConversationStatus}. @category enums @since 0.1.0 */
export const ConversationStatus: EnumCodec<ConversationStatus> = ConversationStatusC
const PriorityC = /*#__PURE__*/ openEnum('Priority', ['low', 'medium', 'high', 'urgent'])
/** Conversation priority. @category enums @since 0.1.0 */
export type Priority = t.TypeOf<typeof PriorityC>
/** The codec of {@link Priority}. @category enums @since 0.1.0 */
export const Priority: EnumCodec<Priority> = PriorityC
const ChannelTypeC = /*#__PURE__*/ openEnum('ChannelType', [
  'Channel::WebWidget',
  'Channel::Api',
  'Channel::Whatsapp',
  'Channel::Email',
  'Channel::FacebookPage',
  'Channel::Instagram',
  'Channel::TwitterProfile',
  'Channel::TwilioSms',
  'Channel::Sms',
  'Channel::Telegram',
  'Channel::Line',
  'Channel::Tiktok',
])
/** Inbox channel type (`conversation.channel`). @category enums @since 0.1.0 */
export type ChannelType = t.TypeOf<typeof ChannelTypeC>
/** The codec of {@link ChannelType}. @category enums @since 0.1.0 */
export const ChannelType: EnumCodec<ChannelType> = ChannelTypeC
const MessageTypeC = /*#__PURE__*/ openEnum('MessageType', ['incoming', 'outgoing', 'template'])
/** Top-level `message_type` (a string; activity messages are never sent). @category enums @since 0.1.0 */
export type MessageType = t.TypeOf<typeof MessageTypeC>
/** The codec of {@link MessageType}. @category enums @since 0.1.0 */
export const MessageType: EnumCodec<MessageType> = MessageTypeC
const MessageTypeCodeC = /*#__PURE__*/ openNumberEnum('MessageTypeCode', [0, 1, 2, 3])
/** `message_type` inside `conversation.messages[]`: an integer (0 incoming, 1 outgoing, 2 activity, 3 template). @category enums @since 0.1.0 */
export type MessageTypeCode = t.TypeOf<typeof MessageTypeCodeC>
/** The codec of {@link MessageTypeCode}. @category enums @since 0.1.0 */
export const MessageTypeCode: EnumCodec<MessageTypeCode> = MessageTypeCodeC
const MessageStatusC = /*#__PURE__*/ openEnum('MessageStatus', ['sent', 'delivered', 'read', 'failed'])
/** Message delivery status. @category enums @since 0.1.0 */
export type MessageStatus = t.TypeOf<typeof MessageStatusC>
/** The codec of {@link MessageStatus}. @category enums @since 0.1.0 */
export const MessageStatus: EnumCodec<MessageStatus> = MessageStatusC
const SenderTypeC = /*#__PURE__*/ openEnum('SenderType', ['Contact', 'User', 'AgentBot', 'Captain::Assistant'])
/** `sender_type` inside `conversation.messages[]`. @category enums @since 0.1.0 */
export type SenderType = t.TypeOf<typeof SenderTypeC>
/** The codec of {@link SenderType}. @category enums @since 0.1.0 */
export const SenderType: EnumCodec<SenderType> = SenderTypeC
const FileTypeC = /*#__PURE__*/ openEnum('FileType', [
  'image',
  'audio',
  'video',
  'file',
  'location',
  'fallback',
  'share',
  'story_mention',
  'contact',
  'ig_reel',
  'ig_post',
  'ig_story',
  'embed',
])
/** Attachment `file_type`. @category enums @since 0.1.0 */
export type FileType = t.TypeOf<typeof FileTypeC>
/** The codec of {@link FileType}. @category enums @since 0.1.0 */
export const FileType: EnumCodec<FileType> = FileTypeC
const AvailabilityStatusC = /*#__PURE__*/ openEnum('AvailabilityStatus', ['online', 'offline', 'busy'])
/** Agent availability. @category enums @since 0.1.0 */
export type AvailabilityStatus = t.TypeOf<typeof AvailabilityStatusC>
/** The codec of {@link AvailabilityStatus}. @category enums @since 0.1.0 */
export const AvailabilityStatus: EnumCodec<AvailabilityStatus> = AvailabilityStatusC

// -------------------------------------------------------------------------------------
// small objects
// -------------------------------------------------------------------------------------

const AccountC = /*#__PURE__*/ struct('Account', {}, { id: Int, name: t.string })
/** `Account#webhook_data`. @category objects @since 0.1.0 */
export interface Account extends t.TypeOf<typeof AccountC> {}
/** The codec of {@link Account}. @category objects @since 0.1.0 */
export const Account: Codec<Account> = AccountC

const InboxRefC = /*#__PURE__*/ struct('InboxRef', {}, { id: Int, name: t.string })
/** `Inbox#webhook_data` (the short form). @category objects @since 0.1.0 */
export interface InboxRef extends t.TypeOf<typeof InboxRefC> {}
/** The codec of {@link InboxRef}. @category objects @since 0.1.0 */
export const InboxRef: Codec<InboxRef> = InboxRefC

const TeamC = /*#__PURE__*/ struct('Team', {}, { id: Int, name: t.string })
/** `Team#push_event_data`. @category objects @since 0.1.0 */
export interface Team extends t.TypeOf<typeof TeamC> {}
/** The codec of {@link Team}. @category objects @since 0.1.0 */
export const Team: Codec<Team> = TeamC

const ContactC = /*#__PURE__*/ struct(
  'Contact',
  {},
  {
    id: Int,
    name: t.string,
    email: t.string,
    phone_number: t.string,
    identifier: t.string,
    avatar: t.string,
    thumbnail: t.string,
    additional_attributes: JsonObject,
    custom_attributes: JsonObject,
    account: Account,
    blocked: t.boolean,
    company_id: Int,
    /** Only the push form, and webhook forms before 2023. */
    type: literal('contact'),
    /** Chatwoot before ~2022 sent the widget's realtime token on the contact. */
    pubsub_token: t.string,
  },
)
/**
 * A contact, in either of Chatwoot's forms: the webhook form (`sender` of a
 * customer message, contact events, typing `user`; no `type` since 2023) and
 * the push form (`meta.sender`, `messages[].sender`; `type: "contact"`).
 * @category objects
 * @since 0.1.0
 */
export interface Contact extends t.TypeOf<typeof ContactC> {}
/** The codec of {@link Contact}. @category objects @since 0.1.0 */
export const Contact: Codec<Contact> = ContactC

const UserC = /*#__PURE__*/ struct(
  'User',
  { type: literal('user') },
  {
    id: Int,
    name: t.string,
    email: t.string,
    available_name: t.string,
    avatar_url: t.string,
    availability_status: AvailabilityStatus,
    thumbnail: t.string,
  },
)
/** A user (agent), webhook or push form. @category objects @since 0.1.0 */
export interface User extends t.TypeOf<typeof UserC> {}
/** The codec of {@link User}. @category objects @since 0.1.0 */
export const User: Codec<User> = UserC

const AgentBotC = /*#__PURE__*/ struct(
  'AgentBot',
  { type: literal('agent_bot') },
  { id: Int, name: t.string, avatar_url: t.string, thumbnail: t.string },
)
/** An agent bot, webhook or push form. @category objects @since 0.1.0 */
export interface AgentBot extends t.TypeOf<typeof AgentBotC> {}
/** The codec of {@link AgentBot}. @category objects @since 0.1.0 */
export const AgentBot: Codec<AgentBot> = AgentBotC

const CaptainAssistantC = /*#__PURE__*/ struct(
  'CaptainAssistant',
  { type: literal('captain_assistant') },
  { id: Int, name: t.string, avatar_url: t.string, description: t.string, created_at: IsoDateTime },
)
/** An Enterprise Captain AI assistant. @category objects @since 0.1.0 */
export interface CaptainAssistant extends t.TypeOf<typeof CaptainAssistantC> {}
/** The codec of {@link CaptainAssistant}. @category objects @since 0.1.0 */
export const CaptainAssistant: Codec<CaptainAssistant> = CaptainAssistantC

const UnrecognizedParticipantC = /*#__PURE__*/ fallback(
  'UnrecognizedParticipant',
  'type',
  {},
  { id: Int, name: t.string },
)
/**
 * A sender or assignee of a kind this library does not know yet: `type` is
 * `'unrecognized'` and the type Chatwoot sent is in `unrecognized`.
 * @category objects
 * @since 0.1.0
 */
export interface UnrecognizedParticipant extends t.TypeOf<typeof UnrecognizedParticipantC> {}
/** The codec of {@link UnrecognizedParticipant}. @category objects @since 0.1.0 */
export const UnrecognizedParticipant: Codec<
  UnrecognizedParticipant,
  t.OutputOf<typeof UnrecognizedParticipantC>
> = UnrecognizedParticipantC

const SenderC = /*#__PURE__*/ taggedUnion(
  'Sender',
  'type',
  { contact: Contact, user: User, agent_bot: AgentBot, captain_assistant: CaptainAssistant },
  UnrecognizedParticipant,
  { missing: Contact },
)
/**
 * Who sent a message (or is typing): a contact has no `type` (or, in older
 * and push forms, `type: "contact"`); users, agent bots and Captain
 * assistants carry their `type`.
 * @category objects
 * @since 0.1.0
 */
export type Sender = t.TypeOf<typeof SenderC> & {}
/** The codec of {@link Sender}. @category objects @since 0.1.0 */
export const Sender: Codec<Sender> = SenderC

const AssigneeC = /*#__PURE__*/ taggedUnion(
  'Assignee',
  'type',
  { user: User, agent_bot: AgentBot },
  UnrecognizedParticipant,
)
/** A conversation's assignee: a user or an agent bot. @category objects @since 0.1.0 */
export type Assignee = t.TypeOf<typeof AssigneeC> & {}
/** The codec of {@link Assignee}. @category objects @since 0.1.0 */
export const Assignee: Codec<Assignee> = AssigneeC

/**
 * `changed_attributes`: a list of single-key objects,
 * `[{"<column>": {"previous_value": …, "current_value": …}}]`.
 * @category objects
 * @since 0.1.0
 */
export const ChangedAttributes = /*#__PURE__*/ array(
  /*#__PURE__*/ record(/*#__PURE__*/ struct('Change', {}, { previous_value: t.unknown, current_value: t.unknown })),
  'ChangedAttributes',
)
/** @category objects @since 0.1.0 */
export type ChangedAttributes = t.TypeOf<typeof ChangedAttributes>

// -------------------------------------------------------------------------------------
// attachments and content attributes
// -------------------------------------------------------------------------------------

const AttachmentC = /*#__PURE__*/ struct(
  'Attachment',
  {},
  {
    id: Int,
    message_id: Int,
    file_type: FileType,
    account_id: Int,
    extension: t.string,
    content_type: t.string,
    data_url: t.string,
    thumb_url: t.string,
    file_size: Int,
    /** Pixels; fractional for videos on installs with ffprobe (Rails' video analyzer scales by the display aspect). */
    width: IntLike,
    height: IntLike,
    transcribed_text: t.string,
    coordinates_lat: t.number,
    coordinates_long: t.number,
    fallback_title: t.string,
    meta: JsonObject,
  },
)
/** `Attachment#push_event_data`; which keys are present depends on `file_type`. @category messages @since 0.1.0 */
export interface Attachment extends t.TypeOf<typeof AttachmentC> {}
/** The codec of {@link Attachment}. @category messages @since 0.1.0 */
export const Attachment: Codec<Attachment> = AttachmentC

const ReferralC = /*#__PURE__*/ struct(
  'Referral',
  {},
  {
    source_url: t.string,
    source_id: t.string,
    /** `ad` or `post` (Meta). */
    source_type: t.string,
    body: t.string,
    headline: t.string,
    media_type: t.string,
    image_url: t.string,
    video_url: t.string,
    thumbnail_url: t.string,
    /** The click-to-WhatsApp click id, for conversion reporting. */
    ctwa_clid: t.string,
    welcome_message: /*#__PURE__*/ struct('WelcomeMessage', {}, { text: t.string }),
    /** Twilio. */
    media_id: t.string,
    media_content_type: t.string,
    media_url: t.string,
    num_media: /*#__PURE__*/ anyOf('integer | string', [Int, t.string]),
  },
)
/**
 * `content_attributes.referral`: the ad or post a customer came from, on the
 * first inbound message of a conversation started from a click-to-WhatsApp ad
 * (Chatwoot 4.15; chatwoot/chatwoot#14681). WhatsApp Cloud relays Meta's
 * `referral` object, Twilio its `Referral*` parameters; every key is optional.
 * @category messages
 * @since 0.3.0
 */
export interface Referral extends t.TypeOf<typeof ReferralC> {}
/** The codec of {@link Referral}. @category messages @since 0.3.0 */
export const Referral: Codec<Referral> = ReferralC

const CallDataC = /*#__PURE__*/ struct(
  'CallData',
  {},
  {
    call_id: t.string,
    call_sid: t.string,
    /** e.g. `whatsapp`, `twilio`. */
    call_source: t.string,
    call_direction: /*#__PURE__*/ openEnum('CallDirection', ['inbound', 'outbound']),
    status: /*#__PURE__*/ openEnum('CallStatus', ['ringing', 'in-progress', 'completed', 'no-answer', 'failed']),
    accepted_by: /*#__PURE__*/ struct('CallAcceptedBy', {}, { id: Int, name: t.string }),
    duration_seconds: IntLike,
  },
)
/**
 * `content_attributes.data` of a `voice_call` message (Chatwoot 4.15 voice
 * channels and WhatsApp calls): `accepted_by` and `duration_seconds` arrive
 * with the `message_updated` that follows the call.
 * @category messages
 * @since 0.3.0
 */
export interface CallData extends t.TypeOf<typeof CallDataC> {}
/** The codec of {@link CallData}. @category messages @since 0.3.0 */
export const CallData: Codec<CallData> = CallDataC

/** Keys every message's `content_attributes` may have, whatever its content type (docs/providers/chatwoot.md §6.3). */
const commonAttributesC = {
  in_reply_to: Int,
  in_reply_to_external_id: t.string,
  external_created_at: /*#__PURE__*/ anyOf('integer | string', [Int, t.string]),
  automation_rule_id: Int,
  external_echo: t.boolean,
  translations: JsonObject,
  is_unsupported: t.boolean,
  story_id: t.string,
  story_sender: t.string,
  story_url: t.string,
  image_type: t.string,
  email: JsonObject,
  cc_emails: /*#__PURE__*/ array(t.string),
  bcc_emails: /*#__PURE__*/ array(t.string),
  to_emails: /*#__PURE__*/ array(t.string),
  deleted: t.boolean,
  external_error: t.string,
  data: JsonObject,
  referral: Referral,
}
// Field groups are named interfaces so that declarations refer to them instead of repeating every field's codec.
interface CommonAttributes extends Readonly<typeof commonAttributesC> {}
const commonAttributes: CommonAttributes = commonAttributesC

const SelectItemC = /*#__PURE__*/ struct('SelectItem', {}, { title: t.string, value: t.string })
/** An `input_select` option. @category messages @since 0.1.0 */
export interface SelectItem extends t.TypeOf<typeof SelectItemC> {}
/** The codec of {@link SelectItem}. @category messages @since 0.1.0 */
export const SelectItem: Codec<SelectItem> = SelectItemC

const CardActionC = /*#__PURE__*/ taggedUnion(
  'CardAction',
  'type',
  {
    link: /*#__PURE__*/ struct('LinkAction', { type: literal('link') }, { text: t.string, uri: t.string }),
    postback: /*#__PURE__*/ struct(
      'PostbackAction',
      { type: literal('postback') },
      { text: t.string, payload: t.string },
    ),
  },
  /*#__PURE__*/ fallback('UnrecognizedAction', 'type', {}, { text: t.string }),
)
/** A card button: a link or a postback. @category messages @since 0.1.0 */
export type CardAction = t.TypeOf<typeof CardActionC> & {}
/** The codec of {@link CardAction}. @category messages @since 0.1.0 */
export const CardAction: Codec<CardAction> = CardActionC

const CardItemC = /*#__PURE__*/ struct(
  'CardItem',
  {},
  { title: t.string, description: t.string, media_url: t.string, actions: /*#__PURE__*/ array(CardAction) },
)
/** A `cards` item. @category messages @since 0.1.0 */
export interface CardItem extends t.TypeOf<typeof CardItemC> {}
/** The codec of {@link CardItem}. @category messages @since 0.1.0 */
export const CardItem: Codec<CardItem> = CardItemC

const FormItemC = /*#__PURE__*/ struct(
  'FormItem',
  {},
  {
    name: t.string,
    type: /*#__PURE__*/ openEnum('FormFieldType', ['text', 'text_area', 'email', 'select']),
    label: t.string,
    placeholder: t.string,
    default: t.string,
    required: t.boolean,
    pattern: t.string,
    pattern_error: t.string,
    title: t.string,
    options: /*#__PURE__*/ array(/*#__PURE__*/ struct('FormOption', {}, { label: t.string, value: t.string })),
  },
)
/** A `form` field. @category messages @since 0.1.0 */
export interface FormItem extends t.TypeOf<typeof FormItemC> {}
/** The codec of {@link FormItem}. @category messages @since 0.1.0 */
export const FormItem: Codec<FormItem> = FormItemC

const ArticleItemC = /*#__PURE__*/ struct('ArticleItem', {}, { title: t.string, description: t.string, link: t.string })
/** An `article` item. @category messages @since 0.1.0 */
export interface ArticleItem extends t.TypeOf<typeof ArticleItemC> {}
/** The codec of {@link ArticleItem}. @category messages @since 0.1.0 */
export const ArticleItem: Codec<ArticleItem> = ArticleItemC

const FormValue = /*#__PURE__*/ anyOf('string | number | boolean', [t.string, t.number, t.boolean])

const attributes = <P extends Fields<P>>(name: string, props: P) => struct(name, {}, { ...commonAttributes, ...props })

/**
 * `content_attributes` for each `content_type`: what Chatwoot stores for that
 * kind of message. Note `input_csat`'s `submitted_values` is an object where
 * `input_select`'s and `form`'s are arrays.
 * @category messages
 * @since 0.1.0
 */
export const ContentAttributes = {
  text: /*#__PURE__*/ attributes('TextAttributes', {}),
  input_text: /*#__PURE__*/ attributes('InputTextAttributes', {}),
  input_textarea: /*#__PURE__*/ attributes('InputTextareaAttributes', {}),
  input_email: /*#__PURE__*/ attributes('InputEmailAttributes', { submitted_email: t.string }),
  input_select: /*#__PURE__*/ attributes('InputSelectAttributes', {
    items: /*#__PURE__*/ array(SelectItem),
    submitted_values: /*#__PURE__*/ array(SelectItem),
  }),
  cards: /*#__PURE__*/ attributes('CardsAttributes', { items: /*#__PURE__*/ array(CardItem) }),
  form: /*#__PURE__*/ attributes('FormAttributes', {
    items: /*#__PURE__*/ array(FormItem),
    submitted_values: /*#__PURE__*/ array(/*#__PURE__*/ struct('FormValue', {}, { name: t.string, value: FormValue })),
  }),
  article: /*#__PURE__*/ attributes('ArticleAttributes', { items: /*#__PURE__*/ array(ArticleItem) }),
  incoming_email: /*#__PURE__*/ attributes('IncomingEmailAttributes', {}),
  input_csat: /*#__PURE__*/ attributes('InputCsatAttributes', {
    display_type: /*#__PURE__*/ openEnum('CsatDisplayType', ['emoji', 'star']),
    submitted_values: /*#__PURE__*/ struct(
      'CsatSubmittedValues',
      {},
      {
        csat_survey_response: /*#__PURE__*/ struct(
          'CsatSurveyResponse',
          {},
          { rating: Int, feedback_message: t.string },
        ),
      },
    ),
  }),
  integrations: /*#__PURE__*/ attributes('IntegrationsAttributes', { type: t.string }),
  sticker: /*#__PURE__*/ attributes('StickerAttributes', {}),
  voice_call: /*#__PURE__*/ attributes('VoiceCallAttributes', { data: CallData }),
}

/** The content types Chatwoot knows (`message.rb`). @category messages @since 0.1.0 */
export type ContentType = keyof typeof ContentAttributes

const CONTENT_TYPES = Object.keys(ContentAttributes) as ContentType[]

type ContentVariants<R extends Fields<R>, O extends Fields<O>> = {
  [K in ContentType]: StructType<
    R & { content_type: t.Type<K> },
    O & { content_attributes: (typeof ContentAttributes)[K] }
  >
}

/**
 * A message codec discriminated on `content_type`, so `content_attributes`
 * is typed for the content type at hand. A message with no `content_type`
 * (old payloads) keeps its shape; one with an unknown `content_type` gets
 * `content_type: 'unrecognized'` and the sent value in `unrecognized`.
 */
const withContent = <R extends Fields<R>, O extends Fields<O>>(name: string, required: R, optional: O) => {
  const variants = {} as Record<string, t.Mixed>
  for (const ct of CONTENT_TYPES)
    variants[ct] = struct(
      `${name}<${ct}>`,
      { ...required, content_type: literal(ct) },
      { ...optional, content_attributes: ContentAttributes[ct] },
    )
  const rest = { ...optional, content_attributes: JsonObject }
  return taggedUnion(
    name,
    'content_type',
    variants as ContentVariants<R, O>,
    fallback(`${name}<unrecognized content_type>`, 'content_type', required, rest),
    { missing: struct(`${name}<no content_type>`, required, { ...rest, content_type: t.null }) },
  )
}

// -------------------------------------------------------------------------------------
// conversation
// -------------------------------------------------------------------------------------

const ContactInboxC = /*#__PURE__*/ struct(
  'ContactInbox',
  {},
  {
    id: Int,
    contact_id: Int,
    inbox_id: Int,
    source_id: t.string,
    created_at: IsoDateTime,
    updated_at: IsoDateTime,
    hmac_verified: t.boolean,
    pubsub_token: t.string,
  },
)
/** `contact_inbox`: the whole database row (it carries the widget's `pubsub_token`). @category conversations @since 0.1.0 */
export interface ContactInbox extends t.TypeOf<typeof ContactInboxC> {}
/** The codec of {@link ContactInbox}. @category conversations @since 0.1.0 */
export const ContactInbox: Codec<ContactInbox> = ContactInboxC

const conversationMessageFields = {
  id: Int,
  content: t.string,
  account_id: Int,
  inbox_id: Int,
  conversation_id: Int,
  message_type: MessageTypeCode,
  created_at: EpochSeconds,
  updated_at: IsoDateTime,
  private: t.boolean,
  status: MessageStatus,
  source_id: t.string,
  sender_type: SenderType,
  sender_id: Int,
  external_source_ids: JsonObject,
  additional_attributes: JsonObject,
  processed_message_content: t.string,
  sentiment: JsonObject,
  conversation: /*#__PURE__*/ struct(
    'ConversationMessageConversation',
    {},
    {
      assignee_id: Int,
      unread_count: Int,
      last_activity_at: EpochSeconds,
      contact_inbox: /*#__PURE__*/ struct('ContactInboxRef', {}, { source_id: t.string }),
    },
  ),
  attachments: /*#__PURE__*/ array(Attachment),
  sender: Sender,
  call: JsonObject,
}
interface ConversationMessageFields extends Readonly<typeof conversationMessageFields> {}

const ConversationMessageC = /*#__PURE__*/ withContent(
  'ConversationMessage',
  {},
  conversationMessageFields as ConversationMessageFields,
)
/** A message inside `conversation.messages[]` (`Message#webhook_push_event_data`): integer `message_type`, Unix-seconds `created_at`. @category conversations @since 0.1.0 */
export type ConversationMessage = t.TypeOf<typeof ConversationMessageC> & {}
/** The codec of {@link ConversationMessage}. @category conversations @since 0.1.0 */
export const ConversationMessage: Codec<ConversationMessage> = ConversationMessageC

const ConversationMetaC = /*#__PURE__*/ struct(
  'ConversationMeta',
  {},
  {
    sender: Contact,
    assignee: Assignee,
    assignee_type: /*#__PURE__*/ openEnum('AssigneeType', ['User', 'AgentBot']),
    team: Team,
    hmac_verified: t.boolean,
    channel: t.string,
  },
)
/** `conversation.meta`. @category conversations @since 0.1.0 */
export interface ConversationMeta extends t.TypeOf<typeof ConversationMetaC> {}
/** The codec of {@link ConversationMeta}. @category conversations @since 0.1.0 */
export const ConversationMeta: Codec<ConversationMeta> = ConversationMetaC

const AppliedSlaC = /*#__PURE__*/ struct(
  'AppliedSla',
  {},
  {
    id: Int,
    sla_id: Int,
    sla_status: /*#__PURE__*/ openEnum('SlaStatus', ['active', 'hit', 'missed', 'active_with_misses']),
    created_at: EpochSeconds,
    updated_at: EpochSeconds,
    sla_description: t.string,
    sla_name: t.string,
    sla_first_response_time_threshold: t.number,
    sla_next_response_time_threshold: t.number,
    sla_only_during_business_hours: t.boolean,
    sla_resolution_time_threshold: t.number,
  },
)
/** Enterprise SLA state (`applied_sla`). @category conversations @since 0.1.0 */
export interface AppliedSla extends t.TypeOf<typeof AppliedSlaC> {}
/** The codec of {@link AppliedSla}. @category conversations @since 0.1.0 */
export const AppliedSla: Codec<AppliedSla> = AppliedSlaC

const SlaEventC = /*#__PURE__*/ struct(
  'SlaEvent',
  {},
  {
    id: Int,
    event_type: /*#__PURE__*/ openEnum('SlaEventType', ['frt', 'nrt', 'rt']),
    meta: JsonObject,
    created_at: EpochSeconds,
    updated_at: EpochSeconds,
  },
)
/** Enterprise SLA events (`sla_events[]`). @category conversations @since 0.1.0 */
export interface SlaEvent extends t.TypeOf<typeof SlaEventC> {}
/** The codec of {@link SlaEvent}. @category conversations @since 0.1.0 */
export const SlaEvent: Codec<SlaEvent> = SlaEventC

/** Who performed a change (announced for a later Chatwoot release; docs/providers/chatwoot.md §10). */
const PerformedBy = /*#__PURE__*/ struct('PerformedBy', {}, { type: t.string, id: Int })

/** The fields of `Conversation#webhook_data` (docs/providers/chatwoot.md §5) other than `id`. */
const conversationFieldsC = {
  additional_attributes: JsonObject,
  can_reply: t.boolean,
  channel: ChannelType,
  contact_inbox: ContactInbox,
  inbox_id: Int,
  messages: /*#__PURE__*/ array(ConversationMessage),
  labels: /*#__PURE__*/ array(t.string),
  meta: ConversationMeta,
  status: ConversationStatus,
  custom_attributes: JsonObject,
  snoozed_until: IsoDateTime,
  unread_count: Int,
  first_reply_created_at: IsoDateTime,
  priority: Priority,
  waiting_since: EpochSeconds,
  agent_last_seen_at: EpochSeconds,
  contact_last_seen_at: EpochSeconds,
  last_activity_at: EpochSeconds,
  timestamp: EpochSeconds,
  created_at: EpochSeconds,
  updated_at: FloatSeconds,
  applied_sla: AppliedSla,
  sla_events: /*#__PURE__*/ array(SlaEvent),
  sla_policy_id: Int,
  account: Account,
  performed_by: PerformedBy,
}
interface ConversationFields extends Readonly<typeof conversationFieldsC> {}
const conversationFields: ConversationFields = conversationFieldsC

const ConversationC = /*#__PURE__*/ struct('Conversation', { id: Int }, conversationFields)
/** `Conversation#webhook_data`: `id` is the per-account display id. @category conversations @since 0.1.0 */
export interface Conversation extends t.TypeOf<typeof ConversationC> {}
/** The codec of {@link Conversation}. @category conversations @since 0.1.0 */
export const Conversation: Codec<Conversation> = ConversationC

// -------------------------------------------------------------------------------------
// events
// -------------------------------------------------------------------------------------

interface ConversationEventFields extends ConversationFields {
  readonly changed_attributes: typeof ChangedAttributes
}

const conversationEvent = <E extends string>(
  name: string,
  event: t.Type<E, string>,
): StructType<{ id: typeof Int; event: t.Type<E, string> }, ConversationEventFields> =>
  struct(name, { id: Int, event }, { ...conversationFields, changed_attributes: ChangedAttributes })

const ConversationCreatedC = /*#__PURE__*/ conversationEvent(
  'ConversationCreated',
  /*#__PURE__*/ literal('conversation_created'),
)
/** `conversation_created`. @category events @since 0.1.0 */
export interface ConversationCreated extends t.TypeOf<typeof ConversationCreatedC> {}
/** The codec of {@link ConversationCreated}. @category events @since 0.1.0 */
export const ConversationCreated: Codec<ConversationCreated> = ConversationCreatedC

const ConversationUpdatedC = /*#__PURE__*/ conversationEvent(
  'ConversationUpdated',
  /*#__PURE__*/ literal('conversation_updated'),
)
/** `conversation_updated`, with `changed_attributes` listing every changed column. @category events @since 0.1.0 */
export interface ConversationUpdated extends t.TypeOf<typeof ConversationUpdatedC> {}
/** The codec of {@link ConversationUpdated}. @category events @since 0.1.0 */
export const ConversationUpdated: Codec<ConversationUpdated> = ConversationUpdatedC

const ConversationStatusChangedC = /*#__PURE__*/ conversationEvent(
  'ConversationStatusChanged',
  /*#__PURE__*/ literal('conversation_status_changed'),
)
/** `conversation_status_changed` (`changed_attributes` is `null` in practice). @category events @since 0.1.0 */
export interface ConversationStatusChanged extends t.TypeOf<typeof ConversationStatusChangedC> {}
/** The codec of {@link ConversationStatusChanged}. @category events @since 0.1.0 */
export const ConversationStatusChanged: Codec<ConversationStatusChanged> = ConversationStatusChangedC

const ConversationOpenedC = /*#__PURE__*/ conversationEvent(
  'ConversationOpened',
  /*#__PURE__*/ literal('conversation_opened'),
)
/** `conversation_opened` (agent bots only). @category events @since 0.1.0 */
export interface ConversationOpened extends t.TypeOf<typeof ConversationOpenedC> {}
/** The codec of {@link ConversationOpened}. @category events @since 0.1.0 */
export const ConversationOpened: Codec<ConversationOpened> = ConversationOpenedC

const ConversationResolvedC = /*#__PURE__*/ conversationEvent(
  'ConversationResolved',
  /*#__PURE__*/ literal('conversation_resolved'),
)
/** `conversation_resolved` (agent bots only). @category events @since 0.1.0 */
export interface ConversationResolved extends t.TypeOf<typeof ConversationResolvedC> {}
/** The codec of {@link ConversationResolved}. @category events @since 0.1.0 */
export const ConversationResolved: Codec<ConversationResolved> = ConversationResolvedC

/** Rule events an automation rule can send (`AutomationRuleListener`); strict mode rejects others. */
const AUTOMATION_EVENTS = [
  'automation_event.conversation_created',
  'automation_event.conversation_updated',
  'automation_event.conversation_opened',
  'automation_event.conversation_resolved',
  'automation_event.message_created',
]

const AutomationEventC = /*#__PURE__*/ conversationEvent(
  'AutomationEvent',
  /*#__PURE__*/ prefixed('AutomationEventName', 'automation_event.', AUTOMATION_EVENTS),
)
/** `automation_event.<rule event>`: an automation rule's "send webhook event" action; unsigned. @category events @since 0.1.0 */
export interface AutomationEvent extends t.TypeOf<typeof AutomationEventC> {}
/** The codec of {@link AutomationEvent}. @category events @since 0.1.0 */
export const AutomationEvent: Codec<AutomationEvent> = AutomationEventC

const MacroExecutedC = /*#__PURE__*/ conversationEvent('MacroExecuted', /*#__PURE__*/ literal('macro.executed'))
/** `macro.executed`: a macro's "send webhook event" action; unsigned. @category events @since 0.1.0 */
export interface MacroExecuted extends t.TypeOf<typeof MacroExecutedC> {}
/** The codec of {@link MacroExecuted}. @category events @since 0.1.0 */
export const MacroExecuted: Codec<MacroExecuted> = MacroExecutedC

const messageEventFields = {
  account: Account,
  additional_attributes: JsonObject,
  content: t.string,
  conversation: Conversation,
  created_at: IsoDateTime,
  inbox: InboxRef,
  message_type: MessageType,
  private: t.boolean,
  sender: Sender,
  source_id: t.string,
  attachments: array(Attachment),
  /** Announced for a later Chatwoot release (docs/providers/chatwoot.md §10). */
  status: MessageStatus,
}
interface MessageEventFields extends Readonly<typeof messageEventFields> {}

const messageEvent = <E extends string>(name: string, event: E) =>
  withContent(name, { id: Int, event: literal(event) }, messageEventFields as MessageEventFields)

const MessageCreatedC = /*#__PURE__*/ messageEvent('MessageCreated', 'message_created')
/** `message_created` (incoming, outgoing, template messages and private notes; never activity). @category events @since 0.1.0 */
export type MessageCreated = t.TypeOf<typeof MessageCreatedC> & {}
/** The codec of {@link MessageCreated}. @category events @since 0.1.0 */
export const MessageCreated: Codec<MessageCreated> = MessageCreatedC

const MessageUpdatedC = /*#__PURE__*/ messageEvent('MessageUpdated', 'message_updated')
/** `message_updated` (status change, submitted answer, deletion…; no `changed_attributes`). @category events @since 0.1.0 */
export type MessageUpdated = t.TypeOf<typeof MessageUpdatedC> & {}
/** The codec of {@link MessageUpdated}. @category events @since 0.1.0 */
export const MessageUpdated: Codec<MessageUpdated> = MessageUpdatedC

// A contact event requires the id that a contact object has as an optional field.
const { id: _contactId, ...contactFields } = ContactC.optional

const contactEvent = <E extends string>(name: string, event: E) =>
  struct(name, { id: Int, event: literal(event) }, { ...contactFields, changed_attributes: ChangedAttributes })

const ContactCreatedC = /*#__PURE__*/ contactEvent('ContactCreated', 'contact_created')
/** `contact_created`. @category events @since 0.1.0 */
export interface ContactCreated extends t.TypeOf<typeof ContactCreatedC> {}
/** The codec of {@link ContactCreated}. @category events @since 0.1.0 */
export const ContactCreated: Codec<ContactCreated> = ContactCreatedC

const ContactUpdatedC = /*#__PURE__*/ contactEvent('ContactUpdated', 'contact_updated')
/** `contact_updated` (sent only when something changed; very frequent: `last_activity_at`). @category events @since 0.1.0 */
export interface ContactUpdated extends t.TypeOf<typeof ContactUpdatedC> {}
/** The codec of {@link ContactUpdated}. @category events @since 0.1.0 */
export const ContactUpdated: Codec<ContactUpdated> = ContactUpdatedC

const typingEvent = <E extends string>(name: string, event: E) =>
  struct(
    name,
    { event: literal(event) },
    {
      user: Sender,
      conversation: Conversation,
      /** A boolean; possibly the text `"true"` when the dashboard sends it as a form parameter (docs/providers/chatwoot.md §7.4). */
      is_private: anyOf('boolean | string', [t.boolean, t.string]),
    },
  )

const ConversationTypingOnC = /*#__PURE__*/ typingEvent('ConversationTypingOn', 'conversation_typing_on')
/** `conversation_typing_on`: `user` is a User (agent) or a Contact (widget visitor). @category events @since 0.1.0 */
export interface ConversationTypingOn extends t.TypeOf<typeof ConversationTypingOnC> {}
/** The codec of {@link ConversationTypingOn}. @category events @since 0.1.0 */
export const ConversationTypingOn: Codec<ConversationTypingOn> = ConversationTypingOnC

const ConversationTypingOffC = /*#__PURE__*/ typingEvent('ConversationTypingOff', 'conversation_typing_off')
/** `conversation_typing_off`. @category events @since 0.1.0 */
export interface ConversationTypingOff extends t.TypeOf<typeof ConversationTypingOffC> {}
/** The codec of {@link ConversationTypingOff}. @category events @since 0.1.0 */
export const ConversationTypingOff: Codec<ConversationTypingOff> = ConversationTypingOffC

const EventInfoC = /*#__PURE__*/ struct(
  'EventInfo',
  {},
  {
    initiated_at: /*#__PURE__*/ struct('InitiatedAt', {}, { timestamp: BrowserDate }),
    referer: t.string,
    widget_language: t.string,
    browser_language: t.string,
    browser: /*#__PURE__*/ struct(
      'Browser',
      {},
      {
        browser_name: t.string,
        browser_version: t.string,
        device_name: t.string,
        platform_name: t.string,
        platform_version: t.string,
      },
    ),
  },
)
/** `webwidget_triggered`'s `event_info`: client-supplied, so untrusted. @category events @since 0.1.0 */
export interface EventInfo extends t.TypeOf<typeof EventInfoC> {}
/** The codec of {@link EventInfo}. @category events @since 0.1.0 */
export const EventInfo: Codec<EventInfo> = EventInfoC

const WebwidgetTriggeredC = /*#__PURE__*/ struct(
  'WebwidgetTriggered',
  { event: /*#__PURE__*/ literal('webwidget_triggered') },
  {
    id: Int,
    contact: Contact,
    inbox: InboxRef,
    account: Account,
    current_conversation: Conversation,
    source_id: t.string,
    event_info: EventInfo,
  },
)
/** `webwidget_triggered`: a visitor opened the web widget (`id` is the contact_inbox id). @category events @since 0.1.0 */
export interface WebwidgetTriggered extends t.TypeOf<typeof WebwidgetTriggeredC> {}
/** The codec of {@link WebwidgetTriggered}. @category events @since 0.1.0 */
export const WebwidgetTriggered: Codec<WebwidgetTriggered> = WebwidgetTriggeredC

const WorkingHoursC = /*#__PURE__*/ struct(
  'WorkingHours',
  {},
  {
    id: Int,
    inbox_id: Int,
    account_id: Int,
    day_of_week: Int,
    closed_all_day: t.boolean,
    open_hour: Int,
    open_minutes: Int,
    close_hour: Int,
    close_minutes: Int,
    created_at: IsoDateTime,
    updated_at: IsoDateTime,
    open_all_day: t.boolean,
  },
)
/** An inbox's working-hours row. @category events @since 0.1.0 */
export interface WorkingHours extends t.TypeOf<typeof WorkingHoursC> {}
/** The codec of {@link WorkingHours}. @category events @since 0.1.0 */
export const WorkingHours: Codec<WorkingHours> = WorkingHoursC

const inboxEvent = <E extends string>(name: string, event: E) =>
  struct(
    name,
    { event: literal(event) },
    {
      allow_messages_after_resolved: t.boolean,
      lock_to_single_conversation: t.boolean,
      auto_assignment_config: JsonObject,
      enable_auto_assignment: t.boolean,
      enable_email_collect: t.boolean,
      greeting_enabled: t.boolean,
      greeting_message: t.string,
      csat_survey_enabled: t.boolean,
      business_name: t.string,
      sender_name_type: openEnum('SenderNameType', ['friendly', 'professional']),
      timezone: t.string,
      out_of_office_message: t.string,
      working_hours_enabled: t.boolean,
      working_hours: array(WorkingHours),
      created_at: IsoDateTime,
      updated_at: IsoDateTime,
      /** The whole channel database row; its shape depends on the channel type, and it holds secrets. */
      channel: JsonObject,
      account: Account,
      changed_attributes: ChangedAttributes,
    },
  )

const InboxCreatedC = /*#__PURE__*/ inboxEvent('InboxCreated', 'inbox_created')
/** `inbox_created` (only with `ENABLE_INBOX_EVENTS`); the payload has no inbox id or name of its own. @category events @since 0.1.0 */
export interface InboxCreated extends t.TypeOf<typeof InboxCreatedC> {}
/** The codec of {@link InboxCreated}. @category events @since 0.1.0 */
export const InboxCreated: Codec<InboxCreated> = InboxCreatedC

const InboxUpdatedC = /*#__PURE__*/ inboxEvent('InboxUpdated', 'inbox_updated')
/** `inbox_updated`. @category events @since 0.1.0 */
export interface InboxUpdated extends t.TypeOf<typeof InboxUpdatedC> {}
/** The codec of {@link InboxUpdated}. @category events @since 0.1.0 */
export const InboxUpdated: Codec<InboxUpdated> = InboxUpdatedC

const AccountCreatedC = /*#__PURE__*/ struct(
  'AccountCreated',
  { id: Int, event: /*#__PURE__*/ literal('account_created') },
  { name: t.string, users: /*#__PURE__*/ array(User) },
)
/** `account_created`: the installation webhook of a self-hosted instance; unsigned. @category events @since 0.1.0 */
export interface AccountCreated extends t.TypeOf<typeof AccountCreatedC> {}
/** The codec of {@link AccountCreated}. @category events @since 0.1.0 */
export const AccountCreated: Codec<AccountCreated> = AccountCreatedC

const KNOWN_EVENTS = {
  message_created: MessageCreated,
  message_updated: MessageUpdated,
  conversation_created: ConversationCreated,
  conversation_updated: ConversationUpdated,
  conversation_status_changed: ConversationStatusChanged,
  conversation_opened: ConversationOpened,
  conversation_resolved: ConversationResolved,
  conversation_typing_on: ConversationTypingOn,
  conversation_typing_off: ConversationTypingOff,
  contact_created: ContactCreated,
  contact_updated: ContactUpdated,
  webwidget_triggered: WebwidgetTriggered,
  inbox_created: InboxCreated,
  inbox_updated: InboxUpdated,
  account_created: AccountCreated,
  'macro.executed': MacroExecuted,
}

/**
 * The Chatwoot event names this library knows (`automation_event.*` aside).
 * @category events
 * @since 0.1.0
 */
export type EventName = keyof typeof KNOWN_EVENTS

const UnrecognizedC = /*#__PURE__*/ fallback('Unrecognized', 'event', {}, {})
/**
 * A well-formed body with an event name this library does not know. It decodes with
 * `event: 'unrecognized'` (so it never widens the known variants' literal
 * tags) and the event name that was sent in `unrecognized`; the other keys
 * are kept as they came.
 * @category events
 * @since 0.1.0
 */
export interface Unrecognized extends t.TypeOf<typeof UnrecognizedC> {}
/** The codec of {@link Unrecognized}. @category events @since 0.1.0 */
export const Unrecognized: Codec<Unrecognized, t.OutputOf<typeof UnrecognizedC>> = UnrecognizedC

const WebhookC = /*#__PURE__*/ taggedUnion('Webhook', 'event', KNOWN_EVENTS, Unrecognized, {
  prefixes: { 'automation_event.': AutomationEvent },
})
/**
 * Any Chatwoot webhook body, discriminated on `event`.
 * @category events
 * @since 0.1.0
 * @example
 * import { Webhook } from 'chat-webhooks/chatwoot'
 * if (Webhook.is(body) && body.event === 'message_created') body.content
 */
export type Webhook = t.TypeOf<typeof WebhookC> & {}
/** The codec of {@link Webhook}. @category events @since 0.1.0 */
export const Webhook: Codec<Webhook> = WebhookC
