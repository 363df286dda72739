/**
 * Zendesk Sunshine Conversations (formerly Smooch) v2 webhook codecs: the
 * source of truth for the Sunshine types.
 *
 * One webhook body is `{ app, webhook, events[] }`: a batch of events of one
 * app, each `{ id, createdAt, type, payload }` and discriminated on `type`
 * (`conversation:message`, `switchboard:passControl`, `client:add`…). Messages
 * carry a `content` discriminated on its own `type` (nine kinds), buttons an
 * `action` discriminated on `type`. Unknown event types, content types and
 * action types decode to their own Unrecognized variants; source, client and
 * other enums are open (strict decoding reports values outside the documented
 * set). The codecs follow what is sent where Zendesk's published schemas differ
 * (docs/providers/sunshine.md §16): authors carry `displayName`, `avatarUrl` and
 * `subtypes`, conversations `brandId`, users a numeric `externalId` now and then.
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

const ConversationTypeC = /*#__PURE__*/ openEnum('ConversationType', ['personal', 'sdkGroup'])
/** A conversation's type: one user (`personal`) or several SDK users (`sdkGroup`). @category enums @since 0.3.0 */
export type ConversationType = t.TypeOf<typeof ConversationTypeC>
/** The codec of {@link ConversationType}. @category enums @since 0.3.0 */
export const ConversationType: EnumCodec<ConversationType> = ConversationTypeC

const AuthorTypeC = /*#__PURE__*/ openEnum('AuthorType', ['user', 'business'])
/** Who wrote a message: the end `user`, or anyone on the `business` side (agents, bots, the system, your own integration). @category enums @since 0.3.0 */
export type AuthorType = t.TypeOf<typeof AuthorTypeC>
/** The codec of {@link AuthorType}. @category enums @since 0.3.0 */
export const AuthorType: EnumCodec<AuthorType> = AuthorTypeC

const AuthorSubtypeC = /*#__PURE__*/ openEnum('AuthorSubtype', ['AI', 'activity', 'agent', 'bot'])
/** What kind of business author wrote a message (docs/providers/sunshine.md §6.6). @category enums @since 0.3.0 */
export type AuthorSubtype = t.TypeOf<typeof AuthorSubtypeC>
/** The codec of {@link AuthorSubtype}. @category enums @since 0.3.0 */
export const AuthorSubtype: EnumCodec<AuthorSubtype> = AuthorSubtypeC

const SourceTypeC = /*#__PURE__*/ openEnum('SourceType', [
  'web',
  'ios',
  'android',
  'unity',
  'whatsapp',
  'messenger',
  'instagram',
  'line',
  'telegram',
  'twilio',
  'viber',
  'wechat',
  'apple',
  'googlercs',
  'gbm',
  'kakao',
  'mailgun',
  'messagebird',
  'slackconnect',
  'twitter',
  'api',
  'api:conversations',
  'zd:agentWorkspace',
  'zd:answerBot',
  'ultimate',
  'notification',
])
/**
 * Where a message came from or went to: a channel (`whatsapp`, `web`…), the
 * API (`api:conversations`), or a Zendesk writer (`zd:agentWorkspace`,
 * `zd:answerBot`). An open set (docs/providers/sunshine.md §6.5).
 * @category enums
 * @since 0.3.0
 */
export type SourceType = t.TypeOf<typeof SourceTypeC>
/** The codec of {@link SourceType}. @category enums @since 0.3.0 */
export const SourceType: EnumCodec<SourceType> = SourceTypeC

const ClientTypeC = /*#__PURE__*/ openEnum('ClientType', [
  'apple',
  'gbm',
  'googlercs',
  'instagram',
  'kakao',
  'line',
  'mailgun',
  'messagebird',
  'messenger',
  'slackconnect',
  'sdk',
  'telegram',
  'twilio',
  'twitter',
  'viber',
  'wechat',
  'whatsapp',
])
/** A client's channel (`sdk` covers the web, iOS, Android and Unity SDKs). @category enums @since 0.3.0 */
export type ClientType = t.TypeOf<typeof ClientTypeC>
/** The codec of {@link ClientType}. @category enums @since 0.3.0 */
export const ClientType: EnumCodec<ClientType> = ClientTypeC

const ClientStatusC = /*#__PURE__*/ openEnum('ClientStatus', ['active', 'blocked', 'inactive', 'pending'])
/** A client's state (a newly linked client is `pending`). @category enums @since 0.3.0 */
export type ClientStatus = t.TypeOf<typeof ClientStatusC>
/** The codec of {@link ClientStatus}. @category enums @since 0.3.0 */
export const ClientStatus: EnumCodec<ClientStatus> = ClientStatusC

const ActivityTypeC = /*#__PURE__*/ openEnum('ActivityType', ['conversation:read', 'typing:start', 'typing:stop'])
/** What a read or typing event reports. @category enums @since 0.3.0 */
export type ActivityType = t.TypeOf<typeof ActivityTypeC>
/** The codec of {@link ActivityType}. @category enums @since 0.3.0 */
export const ActivityType: EnumCodec<ActivityType> = ActivityTypeC

const CreationReasonC = /*#__PURE__*/ openEnum('CreationReason', [
  'linkRequest',
  'message',
  'none',
  'notification',
  'prechatCapture',
  'startConversation',
  'proactiveMessaging',
])
/** Why a conversation was created. @category enums @since 0.3.0 */
export type CreationReason = t.TypeOf<typeof CreationReasonC>
/** The codec of {@link CreationReason}. @category enums @since 0.3.0 */
export const CreationReason: EnumCodec<CreationReason> = CreationReasonC

const ControlReasonC = /*#__PURE__*/ openEnum('ControlReason', ['ticketClosed', 'transferToEmail'])
/** Why control was passed or released. @category enums @since 0.3.0 */
export type ControlReason = t.TypeOf<typeof ControlReasonC>
/** The codec of {@link ControlReason}. @category enums @since 0.3.0 */
export const ControlReason: EnumCodec<ControlReason> = ControlReasonC

const ClientReasonC = /*#__PURE__*/ openEnum('ClientReason', [
  'channelLinking',
  'sdkLogin',
  'authCode',
  'confirmed',
  'blocked',
  'unblocked',
  'matched',
  'api',
  'linkCancelled',
  'linkFailed',
  'sdk',
  'theft',
])
/** Why a client was added (`channelLinking`, `sdkLogin`, `authCode`), updated or removed. @category enums @since 0.3.0 */
export type ClientReason = t.TypeOf<typeof ClientReasonC>
/** The codec of {@link ClientReason}. @category enums @since 0.3.0 */
export const ClientReason: EnumCodec<ClientReason> = ClientReasonC

const UserReasonC = /*#__PURE__*/ openEnum('UserReason', [
  'authentication',
  'localeDetection',
  'api',
  'channelLinking',
  'sdkLogin',
])
/** Why a user was updated (`authentication`, `localeDetection`) or merged. @category enums @since 0.3.0 */
export type UserReason = t.TypeOf<typeof UserReasonC>
/** The codec of {@link UserReason}. @category enums @since 0.3.0 */
export const UserReason: EnumCodec<UserReason> = UserReasonC

// -------------------------------------------------------------------------------------
// shared objects
// -------------------------------------------------------------------------------------

const SwitchboardIntegrationC = /*#__PURE__*/ struct(
  'SwitchboardIntegration',
  {},
  {
    /** The switchboard integration's id. */
    id: t.string,
    /** e.g. `zd-agentWorkspace`, `zd-answerBot`, `bot`. */
    name: t.string,
    integrationId: t.string,
    /** `zd:agentWorkspace`, `zd:answerBot`, `custom`, or a marketplace integration's OAuth client id. */
    integrationType: t.string,
  },
)
/** An integration the switchboard can give control of a conversation to. @category objects @since 0.3.0 */
export interface SwitchboardIntegration extends t.TypeOf<typeof SwitchboardIntegrationC> {}
/** The codec of {@link SwitchboardIntegration}. @category objects @since 0.3.0 */
export const SwitchboardIntegration: Codec<SwitchboardIntegration> = SwitchboardIntegrationC

const ConversationC = /*#__PURE__*/ struct(
  'Conversation',
  { id: t.string },
  {
    type: ConversationType,
    /** Zendesk's brand id, a decimal string (sent, though not in Zendesk's schema). */
    brandId: t.string,
    metadata: JsonObject,
    /** Who is in control now; absent when nobody is (after `switchboard:releaseControl`) or the switchboard is off. */
    activeSwitchboardIntegration: SwitchboardIntegration,
    /** Who was offered control and has not accepted yet. */
    pendingSwitchboardIntegration: SwitchboardIntegration,
  },
)
/** The conversation an event belongs to. @category objects @since 0.3.0 */
export interface Conversation extends t.TypeOf<typeof ConversationC> {}
/** The codec of {@link Conversation}. @category objects @since 0.3.0 */
export const Conversation: Codec<Conversation> = ConversationC

const ProfileC = /*#__PURE__*/ struct(
  'Profile',
  {},
  { givenName: t.string, surname: t.string, email: t.string, avatarUrl: t.string, locale: t.string },
)
/** What the business knows of a user. @category objects @since 0.3.0 */
export interface Profile extends t.TypeOf<typeof ProfileC> {}
/** The codec of {@link Profile}. @category objects @since 0.3.0 */
export const Profile: Codec<Profile> = ProfileC

const IdentityC = /*#__PURE__*/ struct('Identity', {}, { type: t.string, value: t.string, verification: t.string })
/** A verified identity of a user (an e-mail address). @category objects @since 0.3.0 */
export interface Identity extends t.TypeOf<typeof IdentityC> {}
/** The codec of {@link Identity}. @category objects @since 0.3.0 */
export const Identity: Codec<Identity> = IdentityC

const UserC = /*#__PURE__*/ struct(
  'User',
  { id: t.string },
  {
    authenticated: t.boolean,
    /** The business's own id for the user: text, though Zendesk's examples send a number once. */
    externalId: /*#__PURE__*/ anyOf('string | number', [t.string, t.number]),
    /** The Zendesk user id, a decimal string. */
    zendeskId: t.string,
    brandId: t.string,
    signedUpAt: IsoDateTime,
    toBeRetained: t.boolean,
    profile: Profile,
    metadata: JsonObject,
    identities: /*#__PURE__*/ array(Identity),
  },
)
/**
 * A user (the end customer): only `id` and a few ids unless the webhook has
 * `includeFullUser`, which adds the profile, metadata and identities.
 * @category objects
 * @since 0.3.0
 */
export interface User extends t.TypeOf<typeof UserC> {}
/** The codec of {@link User}. @category objects @since 0.3.0 */
export const User: Codec<User> = UserC

const ClientC = /*#__PURE__*/ struct(
  'Client',
  {},
  {
    id: t.string,
    type: ClientType,
    status: ClientStatus,
    integrationId: t.string,
    /** The channel's own id for the user: a phone number without `+` (WhatsApp, Twilio), a PSID, a LINE id. */
    externalId: t.string,
    lastSeen: IsoDateTime,
    linkedAt: IsoDateTime,
    displayName: t.string,
    avatarUrl: t.string,
    info: JsonObject,
    /** What the channel itself sent about the user. */
    raw: JsonObject,
  },
)
/** One of a user's channel identities (a WhatsApp number, a Messenger account, an SDK install). @category objects @since 0.3.0 */
export interface Client extends t.TypeOf<typeof ClientC> {}
/** The codec of {@link Client}. @category objects @since 0.3.0 */
export const Client: Codec<Client> = ClientC

const DeviceC = /*#__PURE__*/ struct(
  'Device',
  {},
  {
    id: t.string,
    type: /*#__PURE__*/ openEnum('DeviceType', ['android', 'ios', 'web']),
    guid: t.string,
    clientId: t.string,
    status: t.string,
    integrationId: t.string,
    lastSeen: IsoDateTime,
    pushNotificationToken: t.string,
    info: JsonObject,
    appVersion: t.string,
  },
)
/** One SDK install of a client (with the webhook's `includeFullSource`). @category objects @since 0.3.0 */
export interface Device extends t.TypeOf<typeof DeviceC> {}
/** The codec of {@link Device}. @category objects @since 0.3.0 */
export const Device: Codec<Device> = DeviceC

const SourceC = /*#__PURE__*/ struct(
  'Source',
  {},
  {
    type: SourceType,
    /** The channel integration a user's message came through: answer on it. */
    integrationId: t.string,
    /** The channel's own message id (`wamid.…`, `SM…`, `m_…`). */
    originalMessageId: t.string,
    originalMessageTimestamp: IsoDateTime,
    client: Client,
    device: Device,
    campaign: /*#__PURE__*/ struct('Campaign', {}, { id: t.string }),
  },
)
/** Where a message or event came from. @category objects @since 0.3.0 */
export interface Source extends t.TypeOf<typeof SourceC> {}
/** The codec of {@link Source}. @category objects @since 0.3.0 */
export const Source: Codec<Source> = SourceC

const AuthorC = /*#__PURE__*/ struct(
  'Author',
  {},
  {
    type: AuthorType,
    /** User authors only. */
    userId: t.string,
    user: User,
    /** The user's name on the channel, or the agent's or bot's name (free text). */
    displayName: t.string,
    avatarUrl: t.string,
    /** Business authors: `AI`, `activity`, `agent`, `bot`. */
    subtypes: /*#__PURE__*/ array(AuthorSubtype),
  },
)
/** Who wrote a message or reported an activity. @category objects @since 0.3.0 */
export interface Author extends t.TypeOf<typeof AuthorC> {}
/** The codec of {@link Author}. @category objects @since 0.3.0 */
export const Author: Codec<Author> = AuthorC

const ReferralC = /*#__PURE__*/ struct(
  'Referral',
  {},
  {
    /** The referral's identifier (an ad's or a link's code). */
    code: t.string,
    details: /*#__PURE__*/ struct('ReferralDetails', {}, { source: t.string, type: t.string, adId: t.string }),
  },
)
/** How a user was referred to a conversation (an ad, an m.me link, a QR code). @category objects @since 0.3.0 */
export interface Referral extends t.TypeOf<typeof ReferralC> {}
/** The codec of {@link Referral}. @category objects @since 0.3.0 */
export const Referral: Codec<Referral> = ReferralC

// -------------------------------------------------------------------------------------
// actions
// -------------------------------------------------------------------------------------

const actionFieldsC = { text: t.string, metadata: JsonObject }
interface ActionFields extends Readonly<typeof actionFieldsC> {}
const actionFields: ActionFields = actionFieldsC

const LinkActionC = /*#__PURE__*/ struct(
  'LinkAction',
  { type: /*#__PURE__*/ literal('link') },
  { ...actionFields, uri: t.string, default: t.boolean, extraChannelOptions: JsonObject },
)
/** A button that opens a URL. @category actions @since 0.3.0 */
export interface LinkAction extends t.TypeOf<typeof LinkActionC> {}
/** The codec of {@link LinkAction}. @category actions @since 0.3.0 */
export const LinkAction: Codec<LinkAction> = LinkActionC

const WebviewActionC = /*#__PURE__*/ struct(
  'WebviewAction',
  { type: /*#__PURE__*/ literal('webview') },
  {
    ...actionFields,
    uri: t.string,
    /** The URL for channels without webviews. */
    fallback: t.string,
    size: /*#__PURE__*/ openEnum('WebviewSize', ['compact', 'tall', 'full']),
    openOnReceive: t.boolean,
    default: t.boolean,
    extraChannelOptions: JsonObject,
  },
)
/** A button that opens a URL in a webview. @category actions @since 0.3.0 */
export interface WebviewAction extends t.TypeOf<typeof WebviewActionC> {}
/** The codec of {@link WebviewAction}. @category actions @since 0.3.0 */
export const WebviewAction: Codec<WebviewAction> = WebviewActionC

const PostbackActionC = /*#__PURE__*/ struct(
  'PostbackAction',
  { type: /*#__PURE__*/ literal('postback') },
  { ...actionFields, payload: t.string },
)
/** A button whose tap comes back as a `conversation:postback` event with its `payload`. @category actions @since 0.3.0 */
export interface PostbackAction extends t.TypeOf<typeof PostbackActionC> {}
/** The codec of {@link PostbackAction}. @category actions @since 0.3.0 */
export const PostbackAction: Codec<PostbackAction> = PostbackActionC

const ReplyActionC = /*#__PURE__*/ struct(
  'ReplyAction',
  { type: /*#__PURE__*/ literal('reply') },
  { ...actionFields, payload: t.string, iconUrl: t.string },
)
/** A quick reply: its tap comes back as the user's text message, with `payload`. @category actions @since 0.3.0 */
export interface ReplyAction extends t.TypeOf<typeof ReplyActionC> {}
/** The codec of {@link ReplyAction}. @category actions @since 0.3.0 */
export const ReplyAction: Codec<ReplyAction> = ReplyActionC

const BuyActionC = /*#__PURE__*/ struct(
  'BuyAction',
  { type: /*#__PURE__*/ literal('buy') },
  { ...actionFields, amount: t.number, currency: t.string },
)
/** A payment button (`amount` in cents). @category actions @since 0.3.0 */
export interface BuyAction extends t.TypeOf<typeof BuyActionC> {}
/** The codec of {@link BuyAction}. @category actions @since 0.3.0 */
export const BuyAction: Codec<BuyAction> = BuyActionC

const LocationRequestActionC = /*#__PURE__*/ struct(
  'LocationRequestAction',
  { type: /*#__PURE__*/ literal('locationRequest') },
  actionFields,
)
/** A button that asks the user for their location. @category actions @since 0.3.0 */
export interface LocationRequestAction extends t.TypeOf<typeof LocationRequestActionC> {}
/** The codec of {@link LocationRequestAction}. @category actions @since 0.3.0 */
export const LocationRequestAction: Codec<LocationRequestAction> = LocationRequestActionC

const UnrecognizedActionC = /*#__PURE__*/ fallback('UnrecognizedAction', 'type', {}, actionFields)
/** An action of a type this library does not know: `type: 'unrecognized'`, the sent type in `unrecognized`. @category actions @since 0.3.0 */
export interface UnrecognizedAction extends t.TypeOf<typeof UnrecognizedActionC> {}
/** The codec of {@link UnrecognizedAction}. @category actions @since 0.3.0 */
export const UnrecognizedAction: Codec<UnrecognizedAction, t.OutputOf<typeof UnrecognizedActionC>> = UnrecognizedActionC

const ActionC = /*#__PURE__*/ taggedUnion(
  'Action',
  'type',
  {
    link: LinkAction,
    webview: WebviewAction,
    postback: PostbackAction,
    reply: ReplyAction,
    buy: BuyAction,
    locationRequest: LocationRequestAction,
  },
  UnrecognizedAction,
)
/** A button of a message, discriminated on `type`. @category actions @since 0.3.0 */
export type Action = t.TypeOf<typeof ActionC> & {}
/** The codec of {@link Action}. @category actions @since 0.3.0 */
export const Action: Codec<Action> = ActionC

const ItemC = /*#__PURE__*/ struct(
  'Item',
  {},
  {
    title: t.string,
    description: t.string,
    mediaUrl: t.string,
    mediaType: t.string,
    altText: t.string,
    size: /*#__PURE__*/ openEnum('ItemSize', ['compact', 'large']),
    actions: /*#__PURE__*/ array(Action),
    metadata: JsonObject,
  },
)
/** A carousel or list item. @category content @since 0.3.0 */
export interface Item extends t.TypeOf<typeof ItemC> {}
/** The codec of {@link Item}. @category content @since 0.3.0 */
export const Item: Codec<Item> = ItemC

// -------------------------------------------------------------------------------------
// content
// -------------------------------------------------------------------------------------

const contentFieldsC = {
  /** Hides the user's text input while this message is the last one (Web Messenger). */
  blockChatInput: t.boolean,
}
interface ContentFields extends Readonly<typeof contentFieldsC> {}
const contentFields: ContentFields = contentFieldsC

const mediaFieldsC = {
  ...contentFields,
  mediaUrl: t.string,
  /** The MIME type: video and audio arrive as `file` contents, told apart only by it. */
  mediaType: t.string,
  /** Bytes. */
  mediaSize: t.number,
  /** Defaults to the file's name. */
  altText: t.string,
  /** The caption. */
  text: t.string,
  htmlText: t.string,
  attachmentId: t.string,
}
interface MediaFields extends Readonly<typeof mediaFieldsC> {}
const mediaFields: MediaFields = mediaFieldsC

const content = <T extends string, O extends Record<string, t.Mixed>>(name: string, type: T, fields: O) =>
  struct(name, { type: literal(type) }, fields)

const TextContentC = /*#__PURE__*/ content('TextContent', 'text', {
  ...contentFields,
  text: t.string,
  /** HTML, when the business sent it (Sunshine derives `text` from it). */
  htmlText: t.string,
  markdownText: t.string,
  actions: /*#__PURE__*/ array(Action),
  /** A user's tap on a quick reply: the reply's payload (`text` is the reply's text). */
  payload: t.string,
})
/** Text, with buttons or quick replies. @category content @since 0.3.0 */
export interface TextContent extends t.TypeOf<typeof TextContentC> {}
/** The codec of {@link TextContent}. @category content @since 0.3.0 */
export const TextContent: Codec<TextContent> = TextContentC

const ImageContentC = /*#__PURE__*/ content('ImageContent', 'image', {
  ...mediaFields,
  actions: /*#__PURE__*/ array(Action),
})
/** An image, with an optional caption and buttons. @category content @since 0.3.0 */
export interface ImageContent extends t.TypeOf<typeof ImageContentC> {}
/** The codec of {@link ImageContent}. @category content @since 0.3.0 */
export const ImageContent: Codec<ImageContent> = ImageContentC

const FileContentC = /*#__PURE__*/ content('FileContent', 'file', mediaFields)
/** A file: also video and audio (voice notes), by MIME type. @category content @since 0.3.0 */
export interface FileContent extends t.TypeOf<typeof FileContentC> {}
/** The codec of {@link FileContent}. @category content @since 0.3.0 */
export const FileContent: Codec<FileContent> = FileContentC

const LocationContentC = /*#__PURE__*/ content('LocationContent', 'location', {
  ...contentFields,
  coordinates: /*#__PURE__*/ struct('Coordinates', {}, { lat: t.number, long: t.number }),
  location: /*#__PURE__*/ struct('Place', {}, { address: t.string, name: t.string }),
  /** A text rendering for channels without locations. */
  text: t.string,
})
/** A location. @category content @since 0.3.0 */
export interface LocationContent extends t.TypeOf<typeof LocationContentC> {}
/** The codec of {@link LocationContent}. @category content @since 0.3.0 */
export const LocationContent: Codec<LocationContent> = LocationContentC

const CarouselContentC = /*#__PURE__*/ content('CarouselContent', 'carousel', {
  ...contentFields,
  items: /*#__PURE__*/ array(Item),
  text: t.string,
  displaySettings: /*#__PURE__*/ struct('DisplaySettings', {}, { imageAspectRatio: t.string }),
})
/** A carousel of up to ten items. @category content @since 0.3.0 */
export interface CarouselContent extends t.TypeOf<typeof CarouselContentC> {}
/** The codec of {@link CarouselContent}. @category content @since 0.3.0 */
export const CarouselContent: Codec<CarouselContent> = CarouselContentC

const ListContentC = /*#__PURE__*/ content('ListContent', 'list', {
  ...contentFields,
  items: /*#__PURE__*/ array(Item),
  /** Buttons of the whole list. */
  actions: /*#__PURE__*/ array(Action),
  text: t.string,
})
/** A list of up to ten items. @category content @since 0.3.0 */
export interface ListContent extends t.TypeOf<typeof ListContentC> {}
/** The codec of {@link ListContent}. @category content @since 0.3.0 */
export const ListContent: Codec<ListContent> = ListContentC

const FormOptionC = /*#__PURE__*/ struct('FormOption', {}, { label: t.string, name: t.string })
/** An option of a `select` field. @category content @since 0.3.0 */
export interface FormOption extends t.TypeOf<typeof FormOptionC> {}
/** The codec of {@link FormOption}. @category content @since 0.3.0 */
export const FormOption: Codec<FormOption> = FormOptionC

const FormFieldTypeC = /*#__PURE__*/ openEnum('FormFieldType', ['email', 'select', 'text'])
/** A form field's input type. @category enums @since 0.3.0 */
export type FormFieldType = t.TypeOf<typeof FormFieldTypeC>
/** The codec of {@link FormFieldType}. @category enums @since 0.3.0 */
export const FormFieldType: EnumCodec<FormFieldType> = FormFieldTypeC

const FormFieldC = /*#__PURE__*/ struct(
  'FormField',
  {},
  {
    type: FormFieldType,
    name: t.string,
    label: t.string,
    placeholder: t.string,
    minSize: t.number,
    maxSize: t.number,
    /** `integer` or `decimal`, for text fields. */
    format: t.string,
    options: /*#__PURE__*/ array(FormOption),
    // Zendesk's schemas give a form's fields the answer fields of a response's too.
    text: t.string,
    email: t.string,
    select: /*#__PURE__*/ array(FormOption),
  },
)
/** A field of a form the business sends. @category content @since 0.3.0 */
export interface FormField extends t.TypeOf<typeof FormFieldC> {}
/** The codec of {@link FormField}. @category content @since 0.3.0 */
export const FormField: Codec<FormField> = FormFieldC

const FormContentC = /*#__PURE__*/ content('FormContent', 'form', {
  ...contentFields,
  fields: /*#__PURE__*/ array(FormField),
  submitted: t.boolean,
  text: t.string,
})
/** A form the business sends (Web Messenger). @category content @since 0.3.0 */
export interface FormContent extends t.TypeOf<typeof FormContentC> {}
/** The codec of {@link FormContent}. @category content @since 0.3.0 */
export const FormContent: Codec<FormContent> = FormContentC

const FormResponseFieldC = /*#__PURE__*/ struct(
  'FormResponseField',
  {},
  {
    type: FormFieldType,
    name: t.string,
    label: t.string,
    /** The answer of a `text` field. */
    text: t.string,
    /** The answer of an `email` field. */
    email: t.string,
    /** The options chosen in a `select` field. */
    select: /*#__PURE__*/ array(FormOption),
    /** `integer` or `decimal`, for text fields. */
    format: t.string,
  },
)
/** An answered field: the answer is in `text`, `email` or `select`, by the field's type. @category content @since 0.3.0 */
export interface FormResponseField extends t.TypeOf<typeof FormResponseFieldC> {}
/** The codec of {@link FormResponseField}. @category content @since 0.3.0 */
export const FormResponseField: Codec<FormResponseField> = FormResponseFieldC

const FormResponseContentC = /*#__PURE__*/ content('FormResponseContent', 'formResponse', {
  ...contentFields,
  fields: /*#__PURE__*/ array(FormResponseField),
  /** The answers as `label: value` lines. */
  textFallback: t.string,
})
/** A user's answers to a form. @category content @since 0.3.0 */
export interface FormResponseContent extends t.TypeOf<typeof FormResponseContentC> {}
/** The codec of {@link FormResponseContent}. @category content @since 0.3.0 */
export const FormResponseContent: Codec<FormResponseContent> = FormResponseContentC

const TemplateContentC = /*#__PURE__*/ content('TemplateContent', 'template', {
  ...contentFields,
  /** A WhatsApp template, in WhatsApp's own shape (`name`, `language`, `components`). */
  template: JsonObject,
})
/** A WhatsApp template message the business sent. @category content @since 0.3.0 */
export interface TemplateContent extends t.TypeOf<typeof TemplateContentC> {}
/** The codec of {@link TemplateContent}. @category content @since 0.3.0 */
export const TemplateContent: Codec<TemplateContent> = TemplateContentC

const UnrecognizedContentC = /*#__PURE__*/ fallback(
  'UnrecognizedContent',
  'type',
  {},
  {
    ...contentFields,
    text: t.string,
  },
)
/** Content of a type this library does not know: `type: 'unrecognized'`, the sent type in `unrecognized`. @category content @since 0.3.0 */
export interface UnrecognizedContent extends t.TypeOf<typeof UnrecognizedContentC> {}
/** The codec of {@link UnrecognizedContent}. @category content @since 0.3.0 */
export const UnrecognizedContent: Codec<
  UnrecognizedContent,
  t.OutputOf<typeof UnrecognizedContentC>
> = UnrecognizedContentC

const ContentC = /*#__PURE__*/ taggedUnion(
  'Content',
  'type',
  {
    text: TextContent,
    image: ImageContent,
    file: FileContent,
    location: LocationContent,
    carousel: CarouselContent,
    list: ListContent,
    form: FormContent,
    formResponse: FormResponseContent,
    template: TemplateContent,
  },
  UnrecognizedContent,
)
/** A message's content, discriminated on `type`. @category content @since 0.3.0 */
export type Content = t.TypeOf<typeof ContentC> & {}
/** The codec of {@link Content}. @category content @since 0.3.0 */
export const Content: Codec<Content> = ContentC

// -------------------------------------------------------------------------------------
// messages
// -------------------------------------------------------------------------------------

const QuotedMessageC = /*#__PURE__*/ struct(
  'QuotedMessage',
  {},
  {
    type: /*#__PURE__*/ openEnum('QuotedMessageType', ['message', 'externalMessageId']),
    /** The quoted message itself (`type: 'message'`); only its id is typed here. */
    message: /*#__PURE__*/ struct('QuotedMessageRef', {}, { id: t.string }, { open: true }),
    /** The channel's id of the quoted message (`type: 'externalMessageId'`). */
    externalMessageId: t.string,
  },
)
/** The message a message answers (WhatsApp, and Web Messenger form responses). @category messages @since 0.3.0 */
export interface QuotedMessage extends t.TypeOf<typeof QuotedMessageC> {}
/** The codec of {@link QuotedMessage}. @category messages @since 0.3.0 */
export const QuotedMessage: Codec<QuotedMessage> = QuotedMessageC

const MessageActivityC = /*#__PURE__*/ struct(
  'MessageActivity',
  {},
  {
    /** `ticket:closed`, `ticket:transfer:email`, `conversation:endedByUser`. */
    type: t.string,
    data: JsonObject,
  },
)
/** The system activity a business message reports. @category messages @since 0.3.0 */
export interface MessageActivity extends t.TypeOf<typeof MessageActivityC> {}
/** The codec of {@link MessageActivity}. @category messages @since 0.3.0 */
export const MessageActivity: Codec<MessageActivity> = MessageActivityC

const MessageC = /*#__PURE__*/ struct(
  'Message',
  { id: t.string },
  {
    /** When Sunshine received it. */
    received: IsoDateTime,
    author: Author,
    content: Content,
    source: Source,
    quotedMessage: QuotedMessage,
    metadata: JsonObject,
    /** A placeholder for a deleted message. */
    deleted: t.boolean,
    activity: MessageActivity,
    /** Sources a bot's answer cites. */
    references: /*#__PURE__*/ array(
      /*#__PURE__*/ struct('Reference', {}, { uri: t.string, title: t.string, description: t.string }),
    ),
  },
)
/** A message: by the user, or by anyone on the business side. @category messages @since 0.3.0 */
export interface Message extends t.TypeOf<typeof MessageC> {}
/** The codec of {@link Message}. @category messages @since 0.3.0 */
export const Message: Codec<Message> = MessageC

// -------------------------------------------------------------------------------------
// payloads
// -------------------------------------------------------------------------------------

const FailureC = /*#__PURE__*/ struct(
  'Failure',
  {},
  {
    code: t.string,
    message: t.string,
    /** The channel's own error. */
    underlyingError: JsonObject,
  },
  // Zendesk's schemas leave the error's shape open.
  { open: true },
)
/** Why a delivery or a switchboard action failed. @category objects @since 0.3.0 */
export interface Failure extends t.TypeOf<typeof FailureC> {}
/** The codec of {@link Failure}. @category objects @since 0.3.0 */
export const Failure: Codec<Failure> = FailureC

const DestinationC = /*#__PURE__*/ struct('Destination', {}, { type: SourceType, integrationId: t.string })
/** The channel a business message was sent to. @category objects @since 0.3.0 */
export interface Destination extends t.TypeOf<typeof DestinationC> {}
/** The codec of {@link Destination}. @category objects @since 0.3.0 */
export const Destination: Codec<Destination> = DestinationC

const MessagePayloadC = /*#__PURE__*/ struct(
  'MessagePayload',
  { conversation: Conversation, message: Message },
  {
    /** Messages of the Notification API since the user's last message: context, not new messages. */
    recentNotifications: /*#__PURE__*/ array(Message),
  },
)
/** What a `conversation:message` event carries. @category payloads @since 0.3.0 */
export interface MessagePayload extends t.TypeOf<typeof MessagePayloadC> {}
/** The codec of {@link MessagePayload}. @category payloads @since 0.3.0 */
export const MessagePayload: Codec<MessagePayload> = MessagePayloadC

const deliveryFieldsC = {
  user: User,
  destination: Destination,
  /** The channel's ids of the message (several when Sunshine split it). */
  externalMessages: /*#__PURE__*/ array(/*#__PURE__*/ struct('ExternalMessage', {}, { id: t.string })),
  /** Whether this is the last delivery event for this message and destination. */
  isFinalEvent: t.boolean,
}
interface DeliveryFields extends Readonly<typeof deliveryFieldsC> {}
const deliveryFields: DeliveryFields = deliveryFieldsC
const MessageIdC = /*#__PURE__*/ struct('MessageId', { id: t.string }, {})

const DeliveryPayloadC = /*#__PURE__*/ struct(
  'DeliveryPayload',
  { conversation: Conversation, message: MessageIdC },
  deliveryFields,
)
/** What a delivery event carries: the message's id only, and where it went. @category payloads @since 0.3.0 */
export interface DeliveryPayload extends t.TypeOf<typeof DeliveryPayloadC> {}
/** The codec of {@link DeliveryPayload}. @category payloads @since 0.3.0 */
export const DeliveryPayload: Codec<DeliveryPayload> = DeliveryPayloadC

const DeliveryFailurePayloadC = /*#__PURE__*/ struct(
  'DeliveryFailurePayload',
  { conversation: Conversation, message: MessageIdC },
  { ...deliveryFields, error: Failure },
)
/** What a `conversation:message:delivery:failure` event carries. @category payloads @since 0.3.0 */
export interface DeliveryFailurePayload extends t.TypeOf<typeof DeliveryFailurePayloadC> {}
/** The codec of {@link DeliveryFailurePayload}. @category payloads @since 0.3.0 */
export const DeliveryFailurePayload: Codec<DeliveryFailurePayload> = DeliveryFailurePayloadC

const ActivityPayloadC = /*#__PURE__*/ struct(
  'ActivityPayload',
  { conversation: Conversation },
  {
    activity: /*#__PURE__*/ struct('Activity', {}, { type: ActivityType, author: Author, source: Source }),
  },
)
/** What a read or typing event carries. @category payloads @since 0.3.0 */
export interface ActivityPayload extends t.TypeOf<typeof ActivityPayloadC> {}
/** The codec of {@link ActivityPayload}. @category payloads @since 0.3.0 */
export const ActivityPayload: Codec<ActivityPayload> = ActivityPayloadC

const CreatePayloadC = /*#__PURE__*/ struct(
  'CreatePayload',
  { conversation: Conversation },
  { creationReason: CreationReason, source: Source, user: User, referral: Referral },
)
/** What a `conversation:create` event carries. @category payloads @since 0.3.0 */
export interface CreatePayload extends t.TypeOf<typeof CreatePayloadC> {}
/** The codec of {@link CreatePayload}. @category payloads @since 0.3.0 */
export const CreatePayload: Codec<CreatePayload> = CreatePayloadC

const ParticipantPayloadC = /*#__PURE__*/ struct('ParticipantPayload', { conversation: Conversation }, { user: User })
/** What a `conversation:join` or `conversation:leave` event carries. @category payloads @since 0.3.0 */
export interface ParticipantPayload extends t.TypeOf<typeof ParticipantPayloadC> {}
/** The codec of {@link ParticipantPayload}. @category payloads @since 0.3.0 */
export const ParticipantPayload: Codec<ParticipantPayload> = ParticipantPayloadC

const RemovePayloadC = /*#__PURE__*/ struct('RemovePayload', { conversation: Conversation }, {})
/** What a `conversation:remove` event carries. @category payloads @since 0.3.0 */
export interface RemovePayload extends t.TypeOf<typeof RemovePayloadC> {}
/** The codec of {@link RemovePayload}. @category payloads @since 0.3.0 */
export const RemovePayload: Codec<RemovePayload> = RemovePayloadC

const PostbackPayloadC = /*#__PURE__*/ struct(
  'PostbackPayload',
  { conversation: Conversation },
  {
    /** The tapped button's payload (its text is not sent). */
    postback: /*#__PURE__*/ struct('Postback', {}, { payload: t.string, metadata: JsonObject }),
    user: User,
    source: Source,
  },
)
/** What a `conversation:postback` event carries. @category payloads @since 0.3.0 */
export interface PostbackPayload extends t.TypeOf<typeof PostbackPayloadC> {}
/** The codec of {@link PostbackPayload}. @category payloads @since 0.3.0 */
export const PostbackPayload: Codec<PostbackPayload> = PostbackPayloadC

const ReferralPayloadC = /*#__PURE__*/ struct(
  'ReferralPayload',
  { conversation: Conversation },
  { user: User, source: Source, referral: Referral },
)
/** What a `conversation:referral` event carries. @category payloads @since 0.3.0 */
export interface ReferralPayload extends t.TypeOf<typeof ReferralPayloadC> {}
/** The codec of {@link ReferralPayload}. @category payloads @since 0.3.0 */
export const ReferralPayload: Codec<ReferralPayload> = ReferralPayloadC

const SwitchboardPayloadC = /*#__PURE__*/ struct(
  'SwitchboardPayload',
  { conversation: Conversation },
  {
    /** What the caller of the switchboard action passed along. */
    metadata: JsonObject,
    /** Pass and release: why. */
    reason: ControlReason,
    /** Failures: why the action failed. */
    error: Failure,
  },
)
/** What a switchboard event carries: the conversation says who is in control after it. @category payloads @since 0.3.0 */
export interface SwitchboardPayload extends t.TypeOf<typeof SwitchboardPayloadC> {}
/** The codec of {@link SwitchboardPayload}. @category payloads @since 0.3.0 */
export const SwitchboardPayload: Codec<SwitchboardPayload> = SwitchboardPayloadC

const ClientPayloadC = /*#__PURE__*/ struct(
  'ClientPayload',
  {},
  { conversation: Conversation, user: User, client: Client, reason: ClientReason, source: Source, error: Failure },
)
/** What a `client:add`, `client:update` or `client:remove` event carries. @category payloads @since 0.3.0 */
export interface ClientPayload extends t.TypeOf<typeof ClientPayloadC> {}
/** The codec of {@link ClientPayload}. @category payloads @since 0.3.0 */
export const ClientPayload: Codec<ClientPayload> = ClientPayloadC

const UserPayloadC = /*#__PURE__*/ struct('UserPayload', {}, { user: User, reason: UserReason, source: Source })
/** What a `user:update` or `user:remove` event carries. @category payloads @since 0.3.0 */
export interface UserPayload extends t.TypeOf<typeof UserPayloadC> {}
/** The codec of {@link UserPayload}. @category payloads @since 0.3.0 */
export const UserPayload: Codec<UserPayload> = UserPayloadC

const merged = <C extends t.Mixed>(name: string, codec: C) => struct(name, {}, { surviving: codec, discarded: codec })

const MergePayloadC = /*#__PURE__*/ struct(
  'MergePayload',
  {},
  {
    mergedUsers: /*#__PURE__*/ merged('MergedUsers', User),
    mergedConversations: /*#__PURE__*/ merged('MergedConversations', Conversation),
    mergedClients: /*#__PURE__*/ merged('MergedClients', Client),
    /** The discarded user's metadata, when the merged metadata was over 4 KB. */
    discardedMetadata: JsonObject,
    reason: UserReason,
  },
)
/** What a `user:merge` event carries. @category payloads @since 0.3.0 */
export interface MergePayload extends t.TypeOf<typeof MergePayloadC> {}
/** The codec of {@link MergePayload}. @category payloads @since 0.3.0 */
export const MergePayload: Codec<MergePayload> = MergePayloadC

// -------------------------------------------------------------------------------------
// events
// -------------------------------------------------------------------------------------

const eventFieldsC = {
  /** Stable across Sunshine's retries: the key to deduplicate on. */
  id: t.string,
  /** When the event happened (absent in Zendesk's referral example). */
  createdAt: IsoDateTime,
}
interface EventFields extends Readonly<typeof eventFieldsC> {}
const eventFields: EventFields = eventFieldsC

const event = <T extends string, P extends t.Mixed>(name: string, type: T, payload: P) =>
  struct(name, { type: literal(type), payload }, eventFields)

const MessageEventC = /*#__PURE__*/ event('MessageEvent', 'conversation:message', MessagePayload)
/** A message in a conversation, by anyone — your own integration's messages come back too. @category events @since 0.3.0 */
export interface MessageEvent extends t.TypeOf<typeof MessageEventC> {}
/** The codec of {@link MessageEvent}. @category events @since 0.3.0 */
export const MessageEvent: Codec<MessageEvent> = MessageEventC

const DeliveryChannelEventC = /*#__PURE__*/ event(
  'DeliveryChannelEvent',
  'conversation:message:delivery:channel',
  DeliveryPayload,
)
/** A business message the channel accepted. @category events @since 0.3.0 */
export interface DeliveryChannelEvent extends t.TypeOf<typeof DeliveryChannelEventC> {}
/** The codec of {@link DeliveryChannelEvent}. @category events @since 0.3.0 */
export const DeliveryChannelEvent: Codec<DeliveryChannelEvent> = DeliveryChannelEventC

const DeliveryUserEventC = /*#__PURE__*/ event(
  'DeliveryUserEvent',
  'conversation:message:delivery:user',
  DeliveryPayload,
)
/** A business message that reached the user's device. @category events @since 0.3.0 */
export interface DeliveryUserEvent extends t.TypeOf<typeof DeliveryUserEventC> {}
/** The codec of {@link DeliveryUserEvent}. @category events @since 0.3.0 */
export const DeliveryUserEvent: Codec<DeliveryUserEvent> = DeliveryUserEventC

const DeliveryFailureEventC = /*#__PURE__*/ event(
  'DeliveryFailureEvent',
  'conversation:message:delivery:failure',
  DeliveryFailurePayload,
)
/** A business message that could not be delivered. @category events @since 0.3.0 */
export interface DeliveryFailureEvent extends t.TypeOf<typeof DeliveryFailureEventC> {}
/** The codec of {@link DeliveryFailureEvent}. @category events @since 0.3.0 */
export const DeliveryFailureEvent: Codec<DeliveryFailureEvent> = DeliveryFailureEventC

const ReadEventC = /*#__PURE__*/ event('ReadEvent', 'conversation:read', ActivityPayload)
/** The user (or the business) read the conversation: no message id, everything up to now. @category events @since 0.3.0 */
export interface ReadEvent extends t.TypeOf<typeof ReadEventC> {}
/** The codec of {@link ReadEvent}. @category events @since 0.3.0 */
export const ReadEvent: Codec<ReadEvent> = ReadEventC

const TypingEventC = /*#__PURE__*/ event('TypingEvent', 'conversation:typing', ActivityPayload)
/** Typing started (`typing:start`) or stopped (`typing:stop`). @category events @since 0.3.0 */
export interface TypingEvent extends t.TypeOf<typeof TypingEventC> {}
/** The codec of {@link TypingEvent}. @category events @since 0.3.0 */
export const TypingEvent: Codec<TypingEvent> = TypingEventC

const CreateEventC = /*#__PURE__*/ event('CreateEvent', 'conversation:create', CreatePayload)
/** A conversation was created. @category events @since 0.3.0 */
export interface CreateEvent extends t.TypeOf<typeof CreateEventC> {}
/** The codec of {@link CreateEvent}. @category events @since 0.3.0 */
export const CreateEvent: Codec<CreateEvent> = CreateEventC

const JoinEventC = /*#__PURE__*/ event('JoinEvent', 'conversation:join', ParticipantPayload)
/** A user joined an `sdkGroup` conversation. @category events @since 0.3.0 */
export interface JoinEvent extends t.TypeOf<typeof JoinEventC> {}
/** The codec of {@link JoinEvent}. @category events @since 0.3.0 */
export const JoinEvent: Codec<JoinEvent> = JoinEventC

const LeaveEventC = /*#__PURE__*/ event('LeaveEvent', 'conversation:leave', ParticipantPayload)
/** A user left an `sdkGroup` conversation. @category events @since 0.3.0 */
export interface LeaveEvent extends t.TypeOf<typeof LeaveEventC> {}
/** The codec of {@link LeaveEvent}. @category events @since 0.3.0 */
export const LeaveEvent: Codec<LeaveEvent> = LeaveEventC

const RemoveEventC = /*#__PURE__*/ event('RemoveEvent', 'conversation:remove', RemovePayload)
/** A conversation was deleted. @category events @since 0.3.0 */
export interface RemoveEvent extends t.TypeOf<typeof RemoveEventC> {}
/** The codec of {@link RemoveEvent}. @category events @since 0.3.0 */
export const RemoveEvent: Codec<RemoveEvent> = RemoveEventC

const PostbackEventC = /*#__PURE__*/ event('PostbackEvent', 'conversation:postback', PostbackPayload)
/** The user tapped a postback button. @category events @since 0.3.0 */
export interface PostbackEvent extends t.TypeOf<typeof PostbackEventC> {}
/** The codec of {@link PostbackEvent}. @category events @since 0.3.0 */
export const PostbackEvent: Codec<PostbackEvent> = PostbackEventC

const ReferralEventC = /*#__PURE__*/ event('ReferralEvent', 'conversation:referral', ReferralPayload)
/** A user was referred to a conversation (an ad, a link, a QR code). @category events @since 0.3.0 */
export interface ReferralEvent extends t.TypeOf<typeof ReferralEventC> {}
/** The codec of {@link ReferralEvent}. @category events @since 0.3.0 */
export const ReferralEvent: Codec<ReferralEvent> = ReferralEventC

const switchboard = <T extends string>(name: string, type: T) => event(name, type, SwitchboardPayload)

const OfferControlEventC = /*#__PURE__*/ switchboard('OfferControlEvent', 'switchboard:offerControl')
/** An integration was offered control (the conversation's `pendingSwitchboardIntegration`). @category events @since 0.3.0 */
export interface OfferControlEvent extends t.TypeOf<typeof OfferControlEventC> {}
/** The codec of {@link OfferControlEvent}. @category events @since 0.3.0 */
export const OfferControlEvent: Codec<OfferControlEvent> = OfferControlEventC

const OfferControlFailureEventC = /*#__PURE__*/ switchboard(
  'OfferControlFailureEvent',
  'switchboard:offerControl:failure',
)
/** An offer of control failed. @category events @since 0.3.0 */
export interface OfferControlFailureEvent extends t.TypeOf<typeof OfferControlFailureEventC> {}
/** The codec of {@link OfferControlFailureEvent}. @category events @since 0.3.0 */
export const OfferControlFailureEvent: Codec<OfferControlFailureEvent> = OfferControlFailureEventC

const AcceptControlEventC = /*#__PURE__*/ switchboard('AcceptControlEvent', 'switchboard:acceptControl')
/** An integration accepted control. @category events @since 0.3.0 */
export interface AcceptControlEvent extends t.TypeOf<typeof AcceptControlEventC> {}
/** The codec of {@link AcceptControlEvent}. @category events @since 0.3.0 */
export const AcceptControlEvent: Codec<AcceptControlEvent> = AcceptControlEventC

const AcceptControlFailureEventC = /*#__PURE__*/ switchboard(
  'AcceptControlFailureEvent',
  'switchboard:acceptControl:failure',
)
/** Accepting control failed. @category events @since 0.3.0 */
export interface AcceptControlFailureEvent extends t.TypeOf<typeof AcceptControlFailureEventC> {}
/** The codec of {@link AcceptControlFailureEvent}. @category events @since 0.3.0 */
export const AcceptControlFailureEvent: Codec<AcceptControlFailureEvent> = AcceptControlFailureEventC

const PassControlEventC = /*#__PURE__*/ switchboard('PassControlEvent', 'switchboard:passControl')
/** Control was passed to another integration (the conversation's `activeSwitchboardIntegration`). @category events @since 0.3.0 */
export interface PassControlEvent extends t.TypeOf<typeof PassControlEventC> {}
/** The codec of {@link PassControlEvent}. @category events @since 0.3.0 */
export const PassControlEvent: Codec<PassControlEvent> = PassControlEventC

const PassControlFailureEventC = /*#__PURE__*/ switchboard('PassControlFailureEvent', 'switchboard:passControl:failure')
/** Passing control failed. @category events @since 0.3.0 */
export interface PassControlFailureEvent extends t.TypeOf<typeof PassControlFailureEventC> {}
/** The codec of {@link PassControlFailureEvent}. @category events @since 0.3.0 */
export const PassControlFailureEvent: Codec<PassControlFailureEvent> = PassControlFailureEventC

const ReleaseControlEventC = /*#__PURE__*/ switchboard('ReleaseControlEvent', 'switchboard:releaseControl')
/** The integration in control released it: nobody is in control now. @category events @since 0.3.0 */
export interface ReleaseControlEvent extends t.TypeOf<typeof ReleaseControlEventC> {}
/** The codec of {@link ReleaseControlEvent}. @category events @since 0.3.0 */
export const ReleaseControlEvent: Codec<ReleaseControlEvent> = ReleaseControlEventC

const ClientAddEventC = /*#__PURE__*/ event('ClientAddEvent', 'client:add', ClientPayload)
/** A client was created (a channel link started, an SDK login). @category events @since 0.3.0 */
export interface ClientAddEvent extends t.TypeOf<typeof ClientAddEventC> {}
/** The codec of {@link ClientAddEvent}. @category events @since 0.3.0 */
export const ClientAddEvent: Codec<ClientAddEvent> = ClientAddEventC

const ClientUpdateEventC = /*#__PURE__*/ event('ClientUpdateEvent', 'client:update', ClientPayload)
/** A client changed (confirmed, blocked, unblocked, matched). @category events @since 0.3.0 */
export interface ClientUpdateEvent extends t.TypeOf<typeof ClientUpdateEventC> {}
/** The codec of {@link ClientUpdateEvent}. @category events @since 0.3.0 */
export const ClientUpdateEvent: Codec<ClientUpdateEvent> = ClientUpdateEventC

const ClientRemoveEventC = /*#__PURE__*/ event('ClientRemoveEvent', 'client:remove', ClientPayload)
/** A client was removed. @category events @since 0.3.0 */
export interface ClientRemoveEvent extends t.TypeOf<typeof ClientRemoveEventC> {}
/** The codec of {@link ClientRemoveEvent}. @category events @since 0.3.0 */
export const ClientRemoveEvent: Codec<ClientRemoveEvent> = ClientRemoveEventC

const UserUpdateEventC = /*#__PURE__*/ event('UserUpdateEvent', 'user:update', UserPayload)
/** A user changed (became authenticated, their locale was detected). @category events @since 0.3.0 */
export interface UserUpdateEvent extends t.TypeOf<typeof UserUpdateEventC> {}
/** The codec of {@link UserUpdateEvent}. @category events @since 0.3.0 */
export const UserUpdateEvent: Codec<UserUpdateEvent> = UserUpdateEventC

const UserMergeEventC = /*#__PURE__*/ event('UserMergeEvent', 'user:merge', MergePayload)
/** Two users were merged into one (`mergedUsers.surviving`). @category events @since 0.3.0 */
export interface UserMergeEvent extends t.TypeOf<typeof UserMergeEventC> {}
/** The codec of {@link UserMergeEvent}. @category events @since 0.3.0 */
export const UserMergeEvent: Codec<UserMergeEvent> = UserMergeEventC

const UserRemoveEventC = /*#__PURE__*/ event('UserRemoveEvent', 'user:remove', UserPayload)
/** A user was deleted. @category events @since 0.3.0 */
export interface UserRemoveEvent extends t.TypeOf<typeof UserRemoveEventC> {}
/** The codec of {@link UserRemoveEvent}. @category events @since 0.3.0 */
export const UserRemoveEvent: Codec<UserRemoveEvent> = UserRemoveEventC

const UnrecognizedEventC = /*#__PURE__*/ fallback(
  'UnrecognizedEvent',
  'type',
  {},
  {
    ...eventFields,
    payload: JsonObject,
  },
)
/**
 * An event of a type this library does not know (`passthrough:messaging`,
 * which has no published schema, or a trigger added later): `type:
 * 'unrecognized'`, the sent type in `unrecognized`, the payload as it came.
 * @category events
 * @since 0.3.0
 */
export interface UnrecognizedEvent extends t.TypeOf<typeof UnrecognizedEventC> {}
/** The codec of {@link UnrecognizedEvent}. @category events @since 0.3.0 */
export const UnrecognizedEvent: Codec<UnrecognizedEvent, t.OutputOf<typeof UnrecognizedEventC>> = UnrecognizedEventC

const TYPES = {
  'conversation:message': MessageEvent,
  'conversation:message:delivery:channel': DeliveryChannelEvent,
  'conversation:message:delivery:user': DeliveryUserEvent,
  'conversation:message:delivery:failure': DeliveryFailureEvent,
  'conversation:read': ReadEvent,
  'conversation:typing': TypingEvent,
  'conversation:create': CreateEvent,
  'conversation:join': JoinEvent,
  'conversation:leave': LeaveEvent,
  'conversation:remove': RemoveEvent,
  'conversation:postback': PostbackEvent,
  'conversation:referral': ReferralEvent,
  'switchboard:offerControl': OfferControlEvent,
  'switchboard:offerControl:failure': OfferControlFailureEvent,
  'switchboard:acceptControl': AcceptControlEvent,
  'switchboard:acceptControl:failure': AcceptControlFailureEvent,
  'switchboard:passControl': PassControlEvent,
  'switchboard:passControl:failure': PassControlFailureEvent,
  'switchboard:releaseControl': ReleaseControlEvent,
  'client:add': ClientAddEvent,
  'client:update': ClientUpdateEvent,
  'client:remove': ClientRemoveEvent,
  'user:update': UserUpdateEvent,
  'user:merge': UserMergeEvent,
  'user:remove': UserRemoveEvent,
}

/**
 * The event types (webhook triggers) this library types.
 * @category events
 * @since 0.3.0
 */
export type EventName = keyof typeof TYPES

const EventC = /*#__PURE__*/ taggedUnion('Event', 'type', TYPES, UnrecognizedEvent)
/** One event of a batch, discriminated on `type`. @category events @since 0.3.0 */
export type Event = t.TypeOf<typeof EventC> & {}
/** The codec of {@link Event}. @category events @since 0.3.0 */
export const Event: Codec<Event> = EventC

// -------------------------------------------------------------------------------------
// webhook
// -------------------------------------------------------------------------------------

const WebhookC = /*#__PURE__*/ struct(
  'Webhook',
  {
    /** The app (one business's messaging space) the events belong to. */
    app: /*#__PURE__*/ struct('App', { id: t.string }, {}),
    events: /*#__PURE__*/ array(Event),
  },
  {
    /** Which of the app's webhooks sent this body (each has its own secret), and its payload version (`v2`). */
    webhook: /*#__PURE__*/ struct('WebhookInfo', {}, { id: t.string, version: t.string }),
  },
)
/**
 * A Sunshine Conversations v2 webhook body: a batch of events of one app.
 * @category webhook
 * @since 0.3.0
 * @example
 * import { Webhook } from 'chat-webhooks/sunshine'
 * if (Webhook.is(body)) for (const e of body.events) if (e.type === 'conversation:message') e.payload.message.id
 */
export interface Webhook extends t.TypeOf<typeof WebhookC> {}
/** The codec of {@link Webhook}. @category webhook @since 0.3.0 */
export const Webhook: Codec<Webhook> = WebhookC
