/**
 * Intercom webhook codecs: the source of truth for the Intercom types.
 *
 * Every request is one `notification_event`, discriminated on `topic`
 * (`conversation.user.replied`, `ticket.created`, `contact.lead.created`…),
 * whose `data.item` is the object the topic is about. Intercom publishes no
 * schema for webhooks, and serializes the item with the API version of the
 * app that subscribed: these codecs take both the 1.x shape (`user`,
 * `assignee`, `conversation_message`) and the 2.x one (`source`, `contacts`,
 * `teammates`, `statistics`), and follow what is sent where the OpenAPI
 * models differ (docs/providers/intercom.md §10.4): ISO times in statistics
 * and contacts, assignee ids as numbers or text, `teammates.admins`, the
 * minimal `conversation.deleted` item, the untyped contact-attach wrapper, the
 * `ticket_ticket_part` wrapper. Topics outside customer conversations and
 * topics not known yet decode to the Unrecognized variant, their item as it came.
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
  fieldsOf,
  IsoDateTime,
  JsonObject,
  literal,
  openEnum,
  struct,
  taggedUnion,
} from '../../core/codecs.js'

// -------------------------------------------------------------------------------------
// enums and shared values
// -------------------------------------------------------------------------------------

const AuthorTypeC = /*#__PURE__*/ openEnum('AuthorType', ['user', 'lead', 'contact', 'visitor', 'admin', 'bot', 'team'])
/** Who wrote a part: a contact (`user`, `lead`…), a teammate (`admin`), a bot (Fin, workflows) or a `team`. @category enums @since 0.3.0 */
export type AuthorType = t.TypeOf<typeof AuthorTypeC>
/** The codec of {@link AuthorType}. @category enums @since 0.3.0 */
export const AuthorType: EnumCodec<AuthorType> = AuthorTypeC

const PartTypeC = /*#__PURE__*/ openEnum('PartType', [
  'comment',
  'note',
  'note_and_reopen',
  'note_and_unsnooze',
  'quick_reply',
  'assignment',
  'assign_and_unsnooze',
  'assign_and_reopen',
  'workflow_assignment',
  'default_assignment',
  'away_mode_assignment',
  'open',
  'close',
  'snoozed',
  'unsnoozed',
  'timer_unsnooze',
  'participant_added',
  'participant_removed',
  'conversation_rating_changed',
  'conversation_rating_remark_added',
  'priority_changed',
  'priority_changed_by_rule',
  'conversation_tags_updated',
  'attribute_collector',
  'attribute_collected',
  'language_detection_details',
  'channel_and_reply_time_expectation',
  'ticket_state_updated_by_admin',
  'ticket_attribute_updated_by_admin',
  'title_changed',
])
/** What a conversation or ticket part is: a message (`comment`, `note`…) or an event (`close`, `assignment`…). An open set. @category enums @since 0.3.0 */
export type PartType = t.TypeOf<typeof PartTypeC>
/** The codec of {@link PartType}. @category enums @since 0.3.0 */
export const PartType: EnumCodec<PartType> = PartTypeC

/** A numeric id Intercom sends as a number or as text, depending on the API version. */
const IdLike = /*#__PURE__*/ anyOf('string | number', [t.string, t.number])

// -------------------------------------------------------------------------------------
// parts of conversations and tickets
// -------------------------------------------------------------------------------------

const AuthorC = /*#__PURE__*/ struct(
  'Author',
  {},
  {
    type: AuthorType,
    id: IdLike,
    name: t.string,
    email: t.string,
    /** The part is Fin's (AI agent), though the author is a teammate. */
    from_ai_agent: t.boolean,
    /** The part is an AI answer. */
    is_ai_answer: t.boolean,
  },
)
/** Who wrote a part, or a conversation's first message. @category parts @since 0.3.0 */
export interface Author extends t.TypeOf<typeof AuthorC> {}
/** The codec of {@link Author}. @category parts @since 0.3.0 */
export const Author: Codec<Author> = AuthorC

const AttachmentC = /*#__PURE__*/ struct(
  'Attachment',
  {},
  {
    type: t.string,
    name: t.string,
    url: t.string,
    content_type: t.string,
    /** Bytes. */
    filesize: t.number,
    width: t.number,
    height: t.number,
  },
)
/** A file attached to a message. @category parts @since 0.3.0 */
export interface Attachment extends t.TypeOf<typeof AttachmentC> {}
/** The codec of {@link Attachment}. @category parts @since 0.3.0 */
export const Attachment: Codec<Attachment> = AttachmentC

const AssigneeRefC = /*#__PURE__*/ struct('AssigneeRef', {}, { type: t.string, id: IdLike })
/** Who a part assigned the conversation to (`admin`, `team`, `bot`, `nobody_admin`). @category parts @since 0.3.0 */
export interface AssigneeRef extends t.TypeOf<typeof AssigneeRefC> {}
/** The codec of {@link AssigneeRef}. @category parts @since 0.3.0 */
export const AssigneeRef: Codec<AssigneeRef> = AssigneeRefC

const QuickReplyOptionC = /*#__PURE__*/ struct(
  'QuickReplyOption',
  {},
  { text: t.string, uuid: t.string, translations: JsonObject },
)
/** A quick-reply button a teammate or bot offered. @category parts @since 0.3.0 */
export interface QuickReplyOption extends t.TypeOf<typeof QuickReplyOptionC> {}
/** The codec of {@link QuickReplyOption}. @category parts @since 0.3.0 */
export const QuickReplyOption: Codec<QuickReplyOption> = QuickReplyOptionC

const PartMetadataC = /*#__PURE__*/ struct(
  'PartMetadata',
  {},
  {
    /** The buttons a quick-reply part offers. */
    quick_reply_options: /*#__PURE__*/ array(QuickReplyOption),
    /** The button a contact picked. */
    quick_reply_uuid: t.string,
  },
  { open: true },
)
/** What a part carries beside its body. @category parts @since 0.3.0 */
export interface PartMetadata extends t.TypeOf<typeof PartMetadataC> {}
/** The codec of {@link PartMetadata}. @category parts @since 0.3.0 */
export const PartMetadata: Codec<PartMetadata> = PartMetadataC

const partFieldsC = {
  part_type: PartType,
  /** HTML up to API 2.14, plain text from 2.15; `null` for events. */
  body: t.string,
  ...fieldsOf(t.number, ['created_at', 'updated_at', 'notified_at']),
  assigned_to: AssigneeRef,
  author: Author,
  attachments: /*#__PURE__*/ array(Attachment),
  external_id: t.string,
  redacted: t.boolean,
  metadata: PartMetadata,
  email_message_metadata: JsonObject,
  /** The conversation's state after the part. */
  state: t.string,
  tags: /*#__PURE__*/ array(JsonObject),
  event_details: JsonObject,
  /** Set when an app created the part through the API: your own replies come back with it. */
  app_package_code: t.string,
  translations: JsonObject,
}
interface PartFields extends Readonly<typeof partFieldsC> {}
const partFields: PartFields = partFieldsC

const PartC = /*#__PURE__*/ struct('Part', { id: t.string }, { type: t.string, ...partFields })
/** One message or event of a conversation: a notification carries only the parts of its change. @category parts @since 0.3.0 */
export interface Part extends t.TypeOf<typeof PartC> {}
/** The codec of {@link Part}. @category parts @since 0.3.0 */
export const Part: Codec<Part> = PartC

const TicketPartC = /*#__PURE__*/ struct(
  'TicketPart',
  { id: t.string },
  {
    type: t.string,
    ...partFields,
    ticket_state: t.string,
    previous_ticket_state: t.string,
    /** What an attribute change set: `{ attribute: { label }, value: { label, previous } }`. */
    updated_attribute_data: JsonObject,
  },
)
/** One message or event of a ticket. @category parts @since 0.3.0 */
export interface TicketPart extends t.TypeOf<typeof TicketPartC> {}
/** The codec of {@link TicketPart}. @category parts @since 0.3.0 */
export const TicketPart: Codec<TicketPart> = TicketPartC

const SourceC = /*#__PURE__*/ struct(
  'Source',
  {},
  {
    /** The channel: `conversation` (the Messenger), `email`, `push`, `facebook`, `twitter`… */
    type: t.string,
    /** The first message's id. */
    id: t.string,
    /** `customer_initiated`, `admin_initiated`, `operator_initiated`, `automated`… */
    delivered_as: t.string,
    subject: t.string,
    body: t.string,
    author: Author,
    attachments: /*#__PURE__*/ array(Attachment),
    /** The page the Messenger conversation started on. */
    url: t.string,
    redacted: t.boolean,
  },
  { open: true },
)
/** A conversation's first message and its channel (API 2.x). @category conversations @since 0.3.0 */
export interface Source extends t.TypeOf<typeof SourceC> {}
/** The codec of {@link Source}. @category conversations @since 0.3.0 */
export const Source: Codec<Source> = SourceC

const ContactRefC = /*#__PURE__*/ struct(
  'ContactRef',
  {},
  { type: t.string, id: t.string, external_id: t.string, role: t.string },
)
/** A contact of a conversation, by id. @category conversations @since 0.3.0 */
export interface ContactRef extends t.TypeOf<typeof ContactRefC> {}
/** The codec of {@link ContactRef}. @category conversations @since 0.3.0 */
export const ContactRef: Codec<ContactRef> = ContactRefC

const TagC = /*#__PURE__*/ struct(
  'Tag',
  {},
  { type: t.string, id: t.string, name: t.string, applied_at: t.number, applied_by: JsonObject },
)
/** A tag. @category conversations @since 0.3.0 */
export interface Tag extends t.TypeOf<typeof TagC> {}
/** The codec of {@link Tag}. @category conversations @since 0.3.0 */
export const Tag: Codec<Tag> = TagC

// -------------------------------------------------------------------------------------
// conversations
// -------------------------------------------------------------------------------------

const LegacyUserRefC = /*#__PURE__*/ struct(
  'LegacyUserRef',
  {},
  { type: t.string, id: t.string, user_id: t.string, name: t.string, email: t.string, do_not_track: t.boolean },
)
/** API 1.x: the conversation's contact (`user` or `lead`). @category conversations @since 0.3.0 */
export interface LegacyUserRef extends t.TypeOf<typeof LegacyUserRefC> {}
/** The codec of {@link LegacyUserRef}. @category conversations @since 0.3.0 */
export const LegacyUserRef: Codec<LegacyUserRef> = LegacyUserRefC

const LegacyMessageC = /*#__PURE__*/ struct(
  'LegacyMessage',
  {},
  {
    type: t.string,
    id: t.string,
    url: t.string,
    subject: t.string,
    body: t.string,
    author: Author,
    attachments: /*#__PURE__*/ array(Attachment),
  },
)
/** API 1.x: the conversation's first message. @category conversations @since 0.3.0 */
export interface LegacyMessage extends t.TypeOf<typeof LegacyMessageC> {}
/** The codec of {@link LegacyMessage}. @category conversations @since 0.3.0 */
export const LegacyMessage: Codec<LegacyMessage> = LegacyMessageC

const ConversationC = /*#__PURE__*/ struct(
  'Conversation',
  { id: t.string },
  {
    type: t.string,
    ...fieldsOf(t.number, ['created_at', 'updated_at', 'waiting_since', 'snoozed_until']),
    source: Source,
    contacts: /*#__PURE__*/ struct('ContactList', {}, { type: t.string, contacts: /*#__PURE__*/ array(ContactRef) }),
    first_contact_reply: JsonObject,
    /** A teammate's id: a number, text on older versions; `0` or `null` when unassigned. */
    admin_assignee_id: IdLike,
    team_assignee_id: IdLike,
    open: t.boolean,
    /** `open`, `closed` or `snoozed`. */
    state: t.string,
    read: t.boolean,
    tags: /*#__PURE__*/ struct('TagList', {}, { type: t.string, tags: /*#__PURE__*/ array(Tag) }),
    /** Up to 2.15 `priority` / `not_priority`; from 2.16 `none`, `low`, `medium`, `high`, `urgent`. */
    priority: t.string,
    sla_applied: JsonObject,
    /** Times are ISO text on the wire, though the OpenAPI models say Unix seconds. */
    statistics: JsonObject,
    conversation_rating: /*#__PURE__*/ struct(
      'ConversationRating',
      {},
      {
        rating: t.number,
        remark: t.string,
        ...fieldsOf(t.number, ['created_at', 'updated_at']),
        contact: ContactRef,
        teammate: JsonObject,
      },
    ),
    /** `{ type: 'admin.list', admins }` on the wire; the OpenAPI models say `teammates`. */
    teammates: /*#__PURE__*/ struct(
      'Teammates',
      {},
      { type: t.string, admins: /*#__PURE__*/ array(JsonObject), teammates: /*#__PURE__*/ array(JsonObject) },
    ),
    title: t.string,
    custom_attributes: JsonObject,
    topics: JsonObject,
    ticket: JsonObject,
    linked_objects: JsonObject,
    ai_agent: JsonObject,
    ai_agent_participated: t.boolean,
    conversation_parts: /*#__PURE__*/ struct(
      'PartList',
      {},
      { type: t.string, conversation_parts: /*#__PURE__*/ array(Part), total_count: t.number },
    ),
    // API 1.x
    user: LegacyUserRef,
    assignee: JsonObject,
    conversation_message: LegacyMessage,
    metadata: JsonObject,
    tags_added: JsonObject,
    links: JsonObject,
    // Documented for 2.16, not seen in webhooks yet.
    channel: JsonObject,
    company: JsonObject,
  },
)
/** A conversation, in the 2.x or the 1.x shape. @category conversations @since 0.3.0 */
export interface Conversation extends t.TypeOf<typeof ConversationC> {}
/** The codec of {@link Conversation}. @category conversations @since 0.3.0 */
export const Conversation: Codec<Conversation> = ConversationC

const DeletedConversationC = /*#__PURE__*/ struct(
  'DeletedConversation',
  { conversation_id: t.string },
  { type: t.string },
)
/** `conversation.deleted`'s minimal item: the id, as `conversation_id`. @category conversations @since 0.3.0 */
export interface DeletedConversation extends t.TypeOf<typeof DeletedConversationC> {}
/** The codec of {@link DeletedConversation}. @category conversations @since 0.3.0 */
export const DeletedConversation: Codec<DeletedConversation> = DeletedConversationC

// -------------------------------------------------------------------------------------
// contacts
// -------------------------------------------------------------------------------------

const ContactC = /*#__PURE__*/ struct(
  'Contact',
  { id: t.string },
  {
    type: t.string,
    workspace_id: t.string,
    external_id: t.string,
    /** `user` or `lead`. */
    role: t.string,
    ...fieldsOf(t.string, [
      'email',
      'phone',
      'formatted_phone',
      'name',
      'avatar',
      'os',
      'browser',
      'browser_version',
      'browser_language',
      'language_override',
      'referrer',
    ]),
    ...fieldsOf(t.string, [
      'android_app_name',
      'android_app_version',
      'android_device',
      'android_os_version',
      'android_sdk_version',
    ]),
    ...fieldsOf(t.string, ['ios_app_name', 'ios_app_version', 'ios_device', 'ios_os_version', 'ios_sdk_version']),
    ...fieldsOf(t.string, ['utm_campaign', 'utm_content', 'utm_medium', 'utm_source', 'utm_term']),
    owner_id: IdLike,
    /** Times are ISO text in webhooks (Unix seconds in the REST API). */
    ...fieldsOf(/*#__PURE__*/ anyOf('IsoDateTime | number', [IsoDateTime, t.number]), [
      'created_at',
      'updated_at',
      'signed_up_at',
      'last_seen_at',
      'last_replied_at',
      'last_contacted_at',
      'last_email_opened_at',
      'last_email_clicked_at',
      'android_last_seen_at',
      'ios_last_seen_at',
    ]),
    ...fieldsOf(t.boolean, [
      'has_hard_bounced',
      'marked_email_as_spam',
      'unsubscribed_from_emails',
      'unsubscribed_from_sms',
      'sms_consent',
      'enabled_push_messaging',
    ]),
    location: JsonObject,
    social_profiles: JsonObject,
    custom_attributes: JsonObject,
    ...fieldsOf(JsonObject, [
      'tags',
      'notes',
      'companies',
      'opted_in_subscription_types',
      'opted_out_subscription_types',
    ]),
    /** `contact.merged`: the contact merged into this one. */
    merged_from: JsonObject,
  },
)
/** A contact (user or lead) as webhooks send it. @category contacts @since 0.3.0 */
export interface Contact extends t.TypeOf<typeof ContactC> {}
/** The codec of {@link Contact}. @category contacts @since 0.3.0 */
export const Contact: Codec<Contact> = ContactC

const ContactTagC = /*#__PURE__*/ struct(
  'ContactTag',
  {},
  { type: t.string, created_at: t.number, tag: Tag, contact: Contact },
)
/** A tag added to or removed from a contact. @category contacts @since 0.3.0 */
export interface ContactTag extends t.TypeOf<typeof ContactTagC> {}
/** The codec of {@link ContactTag}. @category contacts @since 0.3.0 */
export const ContactTag: Codec<ContactTag> = ContactTagC

const ContactSubscriptionC = /*#__PURE__*/ struct(
  'ContactSubscription',
  {},
  { type: t.string, created_at: t.number, contact: Contact, subscription_types: JsonObject },
)
/** A contact subscribed or unsubscribed. @category contacts @since 0.3.0 */
export interface ContactSubscription extends t.TypeOf<typeof ContactSubscriptionC> {}
/** The codec of {@link ContactSubscription}. @category contacts @since 0.3.0 */
export const ContactSubscription: Codec<ContactSubscription> = ContactSubscriptionC

const DeletedContactC = /*#__PURE__*/ struct(
  'DeletedContact',
  { id: t.string },
  { type: t.string, external_id: t.string, deleted: t.boolean },
)
/** `contact.deleted`'s minimal item. @category contacts @since 0.3.0 */
export interface DeletedContact extends t.TypeOf<typeof DeletedContactC> {}
/** The codec of {@link DeletedContact}. @category contacts @since 0.3.0 */
export const DeletedContact: Codec<DeletedContact> = DeletedContactC

const LegacyUserC = /*#__PURE__*/ struct(
  'LegacyUser',
  { id: t.string },
  {
    type: t.string,
    ...fieldsOf(t.string, ['user_id', 'email', 'phone', 'name', 'pseudonym', 'app_id', 'referrer', 'last_seen_ip']),
    anonymous: t.boolean,
    avatar: JsonObject,
    ...fieldsOf(/*#__PURE__*/ anyOf('IsoDateTime | number', [IsoDateTime, t.number]), [
      'created_at',
      'updated_at',
      'signed_up_at',
      'last_request_at',
      'remote_created_at',
    ]),
  },
  { open: true },
)
/** The legacy User model (`visitor.signed_up`, API 1.x user topics). @category contacts @since 0.3.0 */
export interface LegacyUser extends t.TypeOf<typeof LegacyUserC> {}
/** The codec of {@link LegacyUser}. @category contacts @since 0.3.0 */
export const LegacyUser: Codec<LegacyUser> = LegacyUserC

const ContactWrapperC = /*#__PURE__*/ struct(
  'ContactWrapper',
  {},
  {
    /** Intercom's internal model of the conversation (its id a JSON number), with the parts of the change. */
    conversation: /*#__PURE__*/ struct(
      'InternalConversation',
      {},
      {
        model: /*#__PURE__*/ struct('InternalModel', {}, { id: IdLike }, { open: true }),
        parts: /*#__PURE__*/ array(JsonObject),
        options: JsonObject,
      },
    ),
    contact: Contact,
  },
)
/** `conversation.contact.attached` / `.detached`: an untyped wrapper around Intercom's internal model. @category conversations @since 0.3.0 */
export interface ContactWrapper extends t.TypeOf<typeof ContactWrapperC> {}
/** The codec of {@link ContactWrapper}. @category conversations @since 0.3.0 */
export const ContactWrapper: Codec<ContactWrapper> = ContactWrapperC

// -------------------------------------------------------------------------------------
// tickets
// -------------------------------------------------------------------------------------

const TicketC = /*#__PURE__*/ struct(
  'Ticket',
  { id: t.string },
  {
    type: t.string,
    /** The number shown in the Inbox — not the id the API takes. */
    ticket_id: t.string,
    /** `Customer`, `Back-office` or `Tracker`. */
    category: t.string,
    ticket_attributes: JsonObject,
    ticket_state: /*#__PURE__*/ struct(
      'TicketState',
      {},
      { type: t.string, id: t.string, category: t.string, internal_label: t.string, external_label: t.string },
    ),
    ticket_type: JsonObject,
    contacts: /*#__PURE__*/ struct('TicketContacts', {}, { type: t.string, contacts: /*#__PURE__*/ array(ContactRef) }),
    admin_assignee_id: IdLike,
    team_assignee_id: IdLike,
    ...fieldsOf(t.number, ['created_at', 'updated_at', 'snoozed_until']),
    ticket_parts: /*#__PURE__*/ struct(
      'TicketPartList',
      {},
      { type: t.string, ticket_parts: /*#__PURE__*/ array(TicketPart), total_count: t.number },
    ),
    open: t.boolean,
    linked_objects: JsonObject,
    is_shared: t.boolean,
    company_id: t.string,
    channel: t.string,
    previous_ticket_state_id: t.string,
  },
)
/** A ticket (its id shares the conversations' id space). @category tickets @since 0.3.0 */
export interface Ticket extends t.TypeOf<typeof TicketC> {}
/** The codec of {@link Ticket}. @category tickets @since 0.3.0 */
export const Ticket: Codec<Ticket> = TicketC

const TicketTicketPartC = /*#__PURE__*/ struct(
  'TicketTicketPart',
  { ticket: Ticket },
  { type: t.string, ticket_part: TicketPart },
)
/** A ticket reply or note: the ticket and the new part. @category tickets @since 0.3.0 */
export interface TicketTicketPart extends t.TypeOf<typeof TicketTicketPartC> {}
/** The codec of {@link TicketTicketPart}. @category tickets @since 0.3.0 */
export const TicketTicketPart: Codec<TicketTicketPart> = TicketTicketPartC

/** `ticket.closed`'s item: the ticket, or (API 2.15+) the ticket under `ticket` (docs/providers/intercom.md §10.7). */
const TicketClosedItem = /*#__PURE__*/ anyOf('TicketClosedItem', [
  Ticket,
  /*#__PURE__*/ struct('TicketWrapper', { ticket: Ticket }, { type: t.string }),
])

// -------------------------------------------------------------------------------------
// notifications
// -------------------------------------------------------------------------------------

const envelopeFieldsC = {
  type: t.string,
  /** `notif_<uuid>`; `null` on `ping`. */
  id: t.string,
  links: JsonObject,
  delivery_status: t.string,
  delivery_attempts: t.number,
  ...fieldsOf(t.number, ['delivered_at', 'first_sent_at', 'created_at']),
  self: t.string,
}
interface EnvelopeFields extends Readonly<typeof envelopeFieldsC> {}
const envelopeFields: EnvelopeFields = envelopeFieldsC

const dataOf = <C extends t.Mixed>(item: C) => struct('Data', { item }, { type: t.string })

/** A notification of one topic, whose item `item` decodes. */
const notification = <T extends string, C extends t.Mixed>(name: string, topic: T, item: C) =>
  struct(name, { topic: literal(topic), app_id: t.string, data: dataOf(item) }, envelopeFields)

/** A codec's name from its topic: `conversation.user.created` → `ConversationUserCreatedNotification`. */
const nameOf = (topic: string): string =>
  `${topic
    .split(/[._]/)
    .map((w) => (w[0] ?? '').toUpperCase() + w.slice(1))
    .join('')}Notification`

const many = <C extends t.Mixed, const T extends readonly string[]>(item: C, topics: T) =>
  Object.fromEntries(topics.map((topic) => [topic, notification(nameOf(topic), topic, item)])) as {
    [K in T[number]]: ReturnType<typeof notification<K, C>>
  }

const CONVERSATION_TOPICS = [
  'conversation.user.created',
  'conversation.user.replied',
  'conversation.admin.replied',
  'conversation.admin.noted',
  'conversation.operator.replied',
  'conversation.admin.single.created',
  'conversation.admin.assigned',
  'conversation.admin.open.assigned',
  'conversation.admin.closed',
  'conversation.admin.opened',
  'conversation.admin.snoozed',
  'conversation.admin.unsnoozed',
  'conversation.priority.updated',
  'conversation.rating.added',
  'conversation.read',
  'conversation.company.updated',
  'conversation_part.redacted',
  'conversation_part.tag.created',
] as const
const TICKET_TOPICS = [
  'ticket.created',
  'ticket.state.updated',
  'ticket.resolved',
  'ticket.admin.assigned',
  'ticket.team.assigned',
  'ticket.attribute.updated',
  'ticket.contact.attached',
  'ticket.contact.detached',
  'ticket.rating.provided',
  'ticket.admin.snoozed',
  'ticket.admin.unsnoozed',
] as const
const TICKET_PART_TOPICS = ['ticket.admin.replied', 'ticket.contact.replied', 'ticket.note.created'] as const
const CONTACT_TOPICS = [
  'contact.user.created',
  'contact.lead.created',
  'contact.user.updated',
  'contact.lead.updated',
  'contact.email.updated',
  'contact.lead.added_email',
  'contact.lead.signed_up',
  'contact.archived',
  'contact.unarchive',
  'contact.merged',
] as const
const CONTACT_TAG_TOPICS = [
  'contact.user.tag.created',
  'contact.user.tag.deleted',
  'contact.lead.tag.created',
  'contact.lead.tag.deleted',
] as const
const LEGACY_USER_TOPICS = [
  'visitor.signed_up',
  'user.created',
  'user.deleted',
  'user.email.updated',
  'user.unsubscribed',
  'contact.created',
  'contact.signed_up',
  'contact.added_email',
] as const

const TOPICS = {
  ...many(Conversation, CONVERSATION_TOPICS),
  'conversation.deleted': /*#__PURE__*/ notification(
    'DeletedNotification',
    'conversation.deleted',
    DeletedConversation,
  ),
  'conversation.contact.attached': /*#__PURE__*/ notification(
    'ConversationContactAttachedNotification',
    'conversation.contact.attached',
    ContactWrapper,
  ),
  'conversation.contact.detached': /*#__PURE__*/ notification(
    'ConversationContactDetachedNotification',
    'conversation.contact.detached',
    ContactWrapper,
  ),
  ...many(Ticket, TICKET_TOPICS),
  'ticket.closed': /*#__PURE__*/ notification('TicketClosedNotification', 'ticket.closed', TicketClosedItem),
  ...many(TicketTicketPart, TICKET_PART_TOPICS),
  ...many(Contact, CONTACT_TOPICS),
  ...many(ContactTag, CONTACT_TAG_TOPICS),
  ...many(ContactSubscription, ['contact.subscribed', 'contact.unsubscribed'] as const),
  'contact.deleted': /*#__PURE__*/ notification('ContactDeletedNotification', 'contact.deleted', DeletedContact),
  ...many(LegacyUser, LEGACY_USER_TOPICS),
  ping: /*#__PURE__*/ notification(
    'PingNotification',
    'ping',
    /*#__PURE__*/ struct('Ping', {}, { type: t.string, message: t.string }),
  ),
}

/**
 * The topics this library types.
 * @category notifications
 * @since 0.3.0
 */
export type EventName = keyof typeof TOPICS

const UnrecognizedNotificationC = /*#__PURE__*/ fallback(
  'UnrecognizedNotification',
  'topic',
  { app_id: t.string, data: /*#__PURE__*/ dataOf(JsonObject) },
  envelopeFields,
)
/**
 * A notification of a topic this library does not type — admins, companies,
 * articles, calls, content, and topics added later: `topic: 'unrecognized'`,
 * the sent topic in `unrecognized`, the item as it came.
 * @category notifications
 * @since 0.3.0
 */
export interface UnrecognizedNotification extends t.TypeOf<typeof UnrecognizedNotificationC> {}
/** The codec of {@link UnrecognizedNotification}. @category notifications @since 0.3.0 */
export const UnrecognizedNotification: Codec<
  UnrecognizedNotification,
  t.OutputOf<typeof UnrecognizedNotificationC>
> = UnrecognizedNotificationC

const WebhookC = /*#__PURE__*/ taggedUnion('Webhook', 'topic', TOPICS, UnrecognizedNotification)
/**
 * An Intercom webhook body: one `notification_event`, discriminated on `topic`.
 * @category notifications
 * @since 0.3.0
 * @example
 * import { Webhook } from 'chat-webhooks/intercom'
 * if (Webhook.is(body) && body.topic === 'conversation.user.replied') body.data.item.conversation_parts
 */
export type Webhook = t.TypeOf<typeof WebhookC> & {}
/** The codec of {@link Webhook}. @category notifications @since 0.3.0 */
export const Webhook: Codec<Webhook> = WebhookC
