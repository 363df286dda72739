/**
 * Chatwoot webhook codecs: the source of truth for the Chatwoot types.
 *
 * Written from Chatwoot v4.15.1's payload builders (see the provider SPEC):
 * ids are integers, times come in four formats (ISO text, whole Unix
 * seconds, fractional Unix seconds, browser date text) and stay as sent, and
 * nearly every field is optional because payloads from older Chatwoot
 * versions (2021 onwards) lack them.
 *
 * @module
 */
import * as t from 'io-ts'
import {
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
  type Props,
  record,
  struct,
  StructType,
  taggedUnion,
} from '../../core/codecs.js'

// -------------------------------------------------------------------------------------
// enums
// -------------------------------------------------------------------------------------

/** Conversation status. @category enums @since 0.1.0 */
export const ConversationStatus = /*#__PURE__*/ openEnum('ConversationStatus', ['open', 'resolved', 'pending', 'snoozed'])
/** Conversation priority. @category enums @since 0.1.0 */
export const Priority = /*#__PURE__*/ openEnum('Priority', ['low', 'medium', 'high', 'urgent'])
/** Inbox channel type (`conversation.channel`). @category enums @since 0.1.0 */
export const ChannelType = /*#__PURE__*/ openEnum('ChannelType', [
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
/** Top-level `message_type` (a string; activity messages are never sent). @category enums @since 0.1.0 */
export const MessageType = /*#__PURE__*/ openEnum('MessageType', ['incoming', 'outgoing', 'template'])
/** `message_type` inside `conversation.messages[]`: an integer (0 incoming, 1 outgoing, 2 activity, 3 template). @category enums @since 0.1.0 */
export const MessageTypeCode = /*#__PURE__*/ openNumberEnum('MessageTypeCode', [0, 1, 2, 3])
/** Message delivery status. @category enums @since 0.1.0 */
export const MessageStatus = /*#__PURE__*/ openEnum('MessageStatus', ['sent', 'delivered', 'read', 'failed'])
/** `sender_type` inside `conversation.messages[]`. @category enums @since 0.1.0 */
export const SenderType = /*#__PURE__*/ openEnum('SenderType', ['Contact', 'User', 'AgentBot', 'Captain::Assistant'])
/** Attachment `file_type`. @category enums @since 0.1.0 */
export const FileType = /*#__PURE__*/ openEnum('FileType', [
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
/** Agent availability. @category enums @since 0.1.0 */
export const AvailabilityStatus = /*#__PURE__*/ openEnum('AvailabilityStatus', ['online', 'offline', 'busy'])

// -------------------------------------------------------------------------------------
// small objects
// -------------------------------------------------------------------------------------

/** `Account#webhook_data`. @category objects @since 0.1.0 */
export const Account = /*#__PURE__*/ struct('Account', {}, { id: Int, name: t.string })
/** @category objects @since 0.1.0 */
export type Account = t.TypeOf<typeof Account>

/** `Inbox#webhook_data` (the short form). @category objects @since 0.1.0 */
export const InboxRef = /*#__PURE__*/ struct('InboxRef', {}, { id: Int, name: t.string })
/** @category objects @since 0.1.0 */
export type InboxRef = t.TypeOf<typeof InboxRef>

/** `Team#push_event_data`. @category objects @since 0.1.0 */
export const Team = /*#__PURE__*/ struct('Team', {}, { id: Int, name: t.string })
/** @category objects @since 0.1.0 */
export type Team = t.TypeOf<typeof Team>

/**
 * A contact, in either of Chatwoot's forms: the webhook form (`sender` of a
 * customer message, contact events, typing `user`; no `type` since 2023) and
 * the push form (`meta.sender`, `messages[].sender`; `type: "contact"`).
 * @category objects
 * @since 0.1.0
 */
export const Contact = /*#__PURE__*/ struct(
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
/** @category objects @since 0.1.0 */
export type Contact = t.TypeOf<typeof Contact>

/** A user (agent), webhook or push form. @category objects @since 0.1.0 */
export const User = /*#__PURE__*/ struct(
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
/** @category objects @since 0.1.0 */
export type User = t.TypeOf<typeof User>

/** An agent bot, webhook or push form. @category objects @since 0.1.0 */
export const AgentBot = /*#__PURE__*/ struct(
  'AgentBot',
  { type: literal('agent_bot') },
  { id: Int, name: t.string, avatar_url: t.string, thumbnail: t.string },
)
/** @category objects @since 0.1.0 */
export type AgentBot = t.TypeOf<typeof AgentBot>

/** An Enterprise Captain AI assistant. @category objects @since 0.1.0 */
export const CaptainAssistant = /*#__PURE__*/ struct(
  'CaptainAssistant',
  { type: literal('captain_assistant') },
  { id: Int, name: t.string, avatar_url: t.string, description: t.string, created_at: IsoDateTime },
)
/** @category objects @since 0.1.0 */
export type CaptainAssistant = t.TypeOf<typeof CaptainAssistant>

/**
 * A sender or assignee of a kind this library does not know yet: `type` is
 * `'unrecognized'` and the type Chatwoot sent is in `unrecognized`.
 * @category objects
 * @since 0.1.0
 */
export const UnrecognizedParticipant = /*#__PURE__*/ fallback('UnrecognizedParticipant', 'type', {}, { id: Int, name: t.string })
/** @category objects @since 0.1.0 */
export type UnrecognizedParticipant = t.TypeOf<typeof UnrecognizedParticipant>

/**
 * Who sent a message (or is typing): a contact has no `type` (or, in older
 * and push forms, `type: "contact"`); users, agent bots and Captain
 * assistants carry their `type`.
 * @category objects
 * @since 0.1.0
 */
export const Sender = /*#__PURE__*/ taggedUnion(
  'Sender',
  'type',
  { contact: Contact, user: User, agent_bot: AgentBot, captain_assistant: CaptainAssistant },
  UnrecognizedParticipant,
  { missing: Contact },
)
/** @category objects @since 0.1.0 */
export type Sender = t.TypeOf<typeof Sender>

/** A conversation's assignee: a user or an agent bot. @category objects @since 0.1.0 */
export const Assignee = /*#__PURE__*/ taggedUnion('Assignee', 'type', { user: User, agent_bot: AgentBot }, UnrecognizedParticipant)
/** @category objects @since 0.1.0 */
export type Assignee = t.TypeOf<typeof Assignee>

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

/** `Attachment#push_event_data`; which keys are present depends on `file_type`. @category messages @since 0.1.0 */
export const Attachment = /*#__PURE__*/ struct(
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
/** @category messages @since 0.1.0 */
export type Attachment = t.TypeOf<typeof Attachment>

/**
 * `content_attributes.referral`: the ad or post a customer came from, on the
 * first inbound message of a conversation started from a click-to-WhatsApp ad
 * (Chatwoot 4.15; chatwoot/chatwoot#14681). WhatsApp Cloud relays Meta's
 * `referral` object, Twilio its `Referral*` parameters; every key is optional.
 * @category messages
 * @since 0.3.0
 */
export const Referral = /*#__PURE__*/ struct(
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
/** @category messages @since 0.3.0 */
export type Referral = t.TypeOf<typeof Referral>

/**
 * `content_attributes.data` of a `voice_call` message (Chatwoot 4.15 voice
 * channels and WhatsApp calls): `accepted_by` and `duration_seconds` arrive
 * with the `message_updated` that follows the call.
 * @category messages
 * @since 0.3.0
 */
export const CallData = /*#__PURE__*/ struct(
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
/** @category messages @since 0.3.0 */
export type CallData = t.TypeOf<typeof CallData>

/** Keys any message's `content_attributes` may have (SPEC §6.3). */
const commonAttributes = {
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

/** An `input_select` option. @category messages @since 0.1.0 */
export const SelectItem = /*#__PURE__*/ struct('SelectItem', {}, { title: t.string, value: t.string })

/** A card button: a link or a postback. @category messages @since 0.1.0 */
export const CardAction = /*#__PURE__*/ taggedUnion(
  'CardAction',
  'type',
  {
    link: /*#__PURE__*/ struct('LinkAction', { type: literal('link') }, { text: t.string, uri: t.string }),
    postback: /*#__PURE__*/ struct('PostbackAction', { type: literal('postback') }, { text: t.string, payload: t.string }),
  },
  /*#__PURE__*/ fallback('UnrecognizedAction', 'type', {}, { text: t.string }),
)

/** A `cards` item. @category messages @since 0.1.0 */
export const CardItem = /*#__PURE__*/ struct(
  'CardItem',
  {},
  { title: t.string, description: t.string, media_url: t.string, actions: /*#__PURE__*/ array(CardAction) },
)

/** A `form` field. @category messages @since 0.1.0 */
export const FormItem = /*#__PURE__*/ struct(
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

/** An `article` item. @category messages @since 0.1.0 */
export const ArticleItem = /*#__PURE__*/ struct('ArticleItem', {}, { title: t.string, description: t.string, link: t.string })

const FormValue = /*#__PURE__*/ anyOf('string | number | boolean', [t.string, t.number, t.boolean])

const attributes = <P extends Props>(name: string, props: P) =>
  struct(name, {}, { ...commonAttributes, ...props } as Omit<typeof commonAttributes, keyof P> & P)

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
        csat_survey_response: /*#__PURE__*/ struct('CsatSurveyResponse', {}, { rating: Int, feedback_message: t.string }),
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

type ContentVariants<R extends Props, O extends Props> = {
  [K in ContentType]: StructType<R & { content_type: t.LiteralC<K> }, O & { content_attributes: (typeof ContentAttributes)[K] }>
}

/**
 * A message codec discriminated on `content_type`, so `content_attributes`
 * is typed for the content type at hand. A message with no `content_type`
 * (old payloads) keeps its shape; one with an unknown `content_type` gets
 * `content_type: 'unrecognized'` and the sent value in `unrecognized`.
 */
const withContent = <R extends Props, O extends Props>(name: string, required: R, optional: O) => {
  const variants = {} as Record<string, t.Mixed>
  for (const ct of CONTENT_TYPES)
    variants[ct] = struct(`${name}<${ct}>`, { ...required, content_type: literal(ct) }, { ...optional, content_attributes: ContentAttributes[ct] })
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

/** `contact_inbox`: the whole database row (it carries the widget's `pubsub_token`). @category conversations @since 0.1.0 */
export const ContactInbox = /*#__PURE__*/ struct(
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

/** A message inside `conversation.messages[]` (`Message#webhook_push_event_data`): integer `message_type`, Unix-seconds `created_at`. @category conversations @since 0.1.0 */
export const ConversationMessage = /*#__PURE__*/ withContent(
  'ConversationMessage',
  {},
  {
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
  },
)
/** @category conversations @since 0.1.0 */
export type ConversationMessage = t.TypeOf<typeof ConversationMessage>

/** `conversation.meta`. @category conversations @since 0.1.0 */
export const ConversationMeta = /*#__PURE__*/ struct(
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

/** Enterprise SLA state (`applied_sla`). @category conversations @since 0.1.0 */
export const AppliedSla = /*#__PURE__*/ struct(
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

/** Enterprise SLA events (`sla_events[]`). @category conversations @since 0.1.0 */
export const SlaEvent = /*#__PURE__*/ struct(
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

/** Who performed a change (announced for a later Chatwoot release; SPEC §10). */
const PerformedBy = /*#__PURE__*/ struct('PerformedBy', {}, { type: t.string, id: Int })

/** The fields of `Conversation#webhook_data` (SPEC §5) other than `id`. */
const conversationFields = {
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

/** `Conversation#webhook_data`: `id` is the per-account display id. @category conversations @since 0.1.0 */
export const Conversation = /*#__PURE__*/ struct('Conversation', { id: Int }, conversationFields)
/** @category conversations @since 0.1.0 */
export type Conversation = t.TypeOf<typeof Conversation>

// -------------------------------------------------------------------------------------
// events
// -------------------------------------------------------------------------------------

const conversationEvent = <E extends string>(name: string, event: t.Type<E, string, unknown>) =>
  struct(name, { id: Int, event }, { ...conversationFields, changed_attributes: ChangedAttributes })

/** `conversation_created`. @category events @since 0.1.0 */
export const ConversationCreated = /*#__PURE__*/ conversationEvent('ConversationCreated', /*#__PURE__*/ literal('conversation_created'))
/** @category events @since 0.1.0 */
export type ConversationCreated = t.TypeOf<typeof ConversationCreated>

/** `conversation_updated`, with `changed_attributes` listing every changed column. @category events @since 0.1.0 */
export const ConversationUpdated = /*#__PURE__*/ conversationEvent('ConversationUpdated', /*#__PURE__*/ literal('conversation_updated'))
/** @category events @since 0.1.0 */
export type ConversationUpdated = t.TypeOf<typeof ConversationUpdated>

/** `conversation_status_changed` (`changed_attributes` is `null` in practice). @category events @since 0.1.0 */
export const ConversationStatusChanged = /*#__PURE__*/ conversationEvent(
  'ConversationStatusChanged',
  /*#__PURE__*/ literal('conversation_status_changed'),
)
/** @category events @since 0.1.0 */
export type ConversationStatusChanged = t.TypeOf<typeof ConversationStatusChanged>

/** `conversation_opened` (agent bots only). @category events @since 0.1.0 */
export const ConversationOpened = /*#__PURE__*/ conversationEvent('ConversationOpened', /*#__PURE__*/ literal('conversation_opened'))
/** @category events @since 0.1.0 */
export type ConversationOpened = t.TypeOf<typeof ConversationOpened>

/** `conversation_resolved` (agent bots only). @category events @since 0.1.0 */
export const ConversationResolved = /*#__PURE__*/ conversationEvent('ConversationResolved', /*#__PURE__*/ literal('conversation_resolved'))
/** @category events @since 0.1.0 */
export type ConversationResolved = t.TypeOf<typeof ConversationResolved>

/** Rule events an automation rule can send (`AutomationRuleListener`); strict mode rejects others. */
const AUTOMATION_EVENTS = [
  'automation_event.conversation_created',
  'automation_event.conversation_updated',
  'automation_event.conversation_opened',
  'automation_event.conversation_resolved',
  'automation_event.message_created',
]

/** `automation_event.<rule event>`: an automation rule's "send webhook event" action; unsigned. @category events @since 0.1.0 */
export const AutomationEvent = /*#__PURE__*/ conversationEvent(
  'AutomationEvent',
  /*#__PURE__*/ prefixed('AutomationEventName', 'automation_event.', AUTOMATION_EVENTS),
)
/** @category events @since 0.1.0 */
export type AutomationEvent = t.TypeOf<typeof AutomationEvent>

/** `macro.executed`: a macro's "send webhook event" action; unsigned. @category events @since 0.1.0 */
export const MacroExecuted = /*#__PURE__*/ conversationEvent('MacroExecuted', /*#__PURE__*/ literal('macro.executed'))
/** @category events @since 0.1.0 */
export type MacroExecuted = t.TypeOf<typeof MacroExecuted>

const messageEvent = <E extends string>(name: string, event: E) =>
  withContent(
    name,
    { id: Int, event: literal(event) },
    {
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
      /** Announced for a later Chatwoot release (SPEC §10). */
      status: MessageStatus,
    },
  )

/** `message_created` (incoming, outgoing, template messages and private notes; never activity). @category events @since 0.1.0 */
export const MessageCreated = /*#__PURE__*/ messageEvent('MessageCreated', 'message_created')
/** @category events @since 0.1.0 */
export type MessageCreated = t.TypeOf<typeof MessageCreated>

/** `message_updated` (status change, submitted answer, deletion…; no `changed_attributes`). @category events @since 0.1.0 */
export const MessageUpdated = /*#__PURE__*/ messageEvent('MessageUpdated', 'message_updated')
/** @category events @since 0.1.0 */
export type MessageUpdated = t.TypeOf<typeof MessageUpdated>

// A contact event requires the id that a contact object has as an optional field.
const { id: _contactId, ...contactFields } = Contact.optional

const contactEvent = <E extends string>(name: string, event: E) =>
  struct(name, { id: Int, event: literal(event) }, { ...contactFields, changed_attributes: ChangedAttributes })

/** `contact_created`. @category events @since 0.1.0 */
export const ContactCreated = /*#__PURE__*/ contactEvent('ContactCreated', 'contact_created')
/** @category events @since 0.1.0 */
export type ContactCreated = t.TypeOf<typeof ContactCreated>

/** `contact_updated` (sent only when something changed; very frequent: `last_activity_at`). @category events @since 0.1.0 */
export const ContactUpdated = /*#__PURE__*/ contactEvent('ContactUpdated', 'contact_updated')
/** @category events @since 0.1.0 */
export type ContactUpdated = t.TypeOf<typeof ContactUpdated>

const typingEvent = <E extends string>(name: string, event: E) =>
  struct(
    name,
    { event: literal(event) },
    {
      user: Sender,
      conversation: Conversation,
      /** A boolean; possibly the text `"true"` when the dashboard sends it as a form parameter (SPEC §7.4). */
      is_private: anyOf('boolean | string', [t.boolean, t.string]),
    },
  )

/** `conversation_typing_on`: `user` is a User (agent) or a Contact (widget visitor). @category events @since 0.1.0 */
export const ConversationTypingOn = /*#__PURE__*/ typingEvent('ConversationTypingOn', 'conversation_typing_on')
/** @category events @since 0.1.0 */
export type ConversationTypingOn = t.TypeOf<typeof ConversationTypingOn>

/** `conversation_typing_off`. @category events @since 0.1.0 */
export const ConversationTypingOff = /*#__PURE__*/ typingEvent('ConversationTypingOff', 'conversation_typing_off')
/** @category events @since 0.1.0 */
export type ConversationTypingOff = t.TypeOf<typeof ConversationTypingOff>

/** `webwidget_triggered`'s `event_info`: client-supplied, so untrusted. @category events @since 0.1.0 */
export const EventInfo = /*#__PURE__*/ struct(
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
      { browser_name: t.string, browser_version: t.string, device_name: t.string, platform_name: t.string, platform_version: t.string },
    ),
  },
)

/** `webwidget_triggered`: a visitor opened the web widget (`id` is the contact_inbox id). @category events @since 0.1.0 */
export const WebwidgetTriggered = /*#__PURE__*/ struct(
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
/** @category events @since 0.1.0 */
export type WebwidgetTriggered = t.TypeOf<typeof WebwidgetTriggered>

/** An inbox's working-hours row. @category events @since 0.1.0 */
export const WorkingHours = /*#__PURE__*/ struct(
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

/** `inbox_created` (only with `ENABLE_INBOX_EVENTS`); the payload has no inbox id or name of its own. @category events @since 0.1.0 */
export const InboxCreated = /*#__PURE__*/ inboxEvent('InboxCreated', 'inbox_created')
/** @category events @since 0.1.0 */
export type InboxCreated = t.TypeOf<typeof InboxCreated>

/** `inbox_updated`. @category events @since 0.1.0 */
export const InboxUpdated = /*#__PURE__*/ inboxEvent('InboxUpdated', 'inbox_updated')
/** @category events @since 0.1.0 */
export type InboxUpdated = t.TypeOf<typeof InboxUpdated>

/** `account_created`: the installation webhook of a self-hosted instance; unsigned. @category events @since 0.1.0 */
export const AccountCreated = /*#__PURE__*/ struct(
  'AccountCreated',
  { id: Int, event: /*#__PURE__*/ literal('account_created') },
  { name: t.string, users: /*#__PURE__*/ array(User) },
)
/** @category events @since 0.1.0 */
export type AccountCreated = t.TypeOf<typeof AccountCreated>

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

/**
 * A well-formed body with an event name no SPEC knows. It decodes with
 * `event: 'unrecognized'` (so it never widens the known variants' literal
 * tags) and the event name that was sent in `unrecognized`; the other keys
 * are kept as they came.
 * @category events
 * @since 0.1.0
 */
export const Unrecognized = /*#__PURE__*/ fallback('Unrecognized', 'event', {}, {})
/** @category events @since 0.1.0 */
export type Unrecognized = t.TypeOf<typeof Unrecognized>

/**
 * Any Chatwoot webhook body, discriminated on `event`.
 * @category events
 * @since 0.1.0
 * @example
 * import { Webhook } from 'chat-webhooks/chatwoot'
 * if (Webhook.is(body) && body.event === 'message_created') body.content
 */
export const Webhook = /*#__PURE__*/ taggedUnion('Webhook', 'event', KNOWN_EVENTS, Unrecognized, {
  prefixes: { 'automation_event.': AutomationEvent },
})
/** @category events @since 0.1.0 */
export type Webhook = t.TypeOf<typeof Webhook>
