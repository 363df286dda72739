/**
 * Channel Talk (Channel.io) webhook codecs: the source of truth for the
 * Channel Talk types.
 *
 * A webhook is an envelope `{ event, type, entity, refers }` discriminated on
 * the pair (`event`, `type`): `push`/`message`, `push`/`userChat` and
 * `upsert`/`user` are known, every other pair (deletions, future events) is
 * {@link Unrecognized}.
 *
 * The models are Channel's own OpenAPI models ("Channel Open Api" 27.36.2):
 * each codec knows every field of the current (v5) model **and** of the legacy
 * v4 model, because a webhook serializes with the `apiVersion` it was created
 * with and both generations are in use. Fields only one generation has are
 * marked "v4" or "v5". The OpenAPI document requires almost nothing (the v4
 * models not even `id`), and unset fields are omitted rather than `null`, so
 * every field is optional here; `strict: true` rejects the keys and enum
 * values neither generation documents.
 *
 * Times are Unix milliseconds, ids are strings, both as sent.
 *
 * @module
 */
import * as t from 'io-ts'
import {
  anyOf,
  array,
  EpochMillis,
  fallback,
  fieldsOf,
  Int,
  JsonObject,
  literal,
  openEnum,
  record,
  recursion,
  struct,
  type StructOf,
  taggedUnion,
} from '../../core/codecs.js'

// -------------------------------------------------------------------------------------
// enums
// -------------------------------------------------------------------------------------

/** Where a message was written. Webhooks carry `userChat` and `group` (team chat); direct chats are never sent. @category enums @since 0.2.0 */
export const ChatType = /*#__PURE__*/ openEnum('ChatType', ['userChat', 'group', 'directChat'])
/** Who wrote a message: the customer (`user`), a `manager` (agent) or a `bot`; Channel's protos also know `account`. @category enums @since 0.2.0 */
export const PersonType = /*#__PURE__*/ openEnum('PersonType', ['user', 'manager', 'bot', 'account'])
/** Message `state`. @category enums @since 0.2.0 */
export const MessageState = /*#__PURE__*/ openEnum('MessageState', ['sending', 'sent', 'failed', 'removed'])
/** Message `options` (v4 has the first nine; Channel's protos add `alertToWriter`). @category enums @since 0.2.0 */
export const MessageOption = /*#__PURE__*/ openEnum('MessageOption', [
  'actAsManager',
  'displayAsChannel',
  'doNotPost',
  'doNotSearch',
  'doNotSendApp',
  'doNotUpdateDesk',
  'immutable',
  'private',
  'silent',
  'silentToManager',
  'silentToUser',
  'alertToWriter',
])
/** Block `type`. @category enums @since 0.2.0 */
export const BlockType = /*#__PURE__*/ openEnum('BlockType', ['text', 'code', 'bullets'])
/** Button `colorVariant`. @category enums @since 0.2.0 */
export const ColorVariant = /*#__PURE__*/ openEnum('ColorVariant', ['cobalt', 'green', 'orange', 'red', 'black', 'pink', 'purple'])
/** @category enums @since 0.2.0 */
export type ColorVariant = t.TypeOf<typeof ColorVariant>
/** File `type`: the OpenAPI document leaves it free; these are the values seen and the media kinds Channel stores. @category enums @since 0.2.0 */
export const FileType = /*#__PURE__*/ openEnum('FileType', ['image', 'video', 'audio', 'file'])
/** Log `action` (v5; v4 has the first fourteen of these). @category enums @since 0.2.0 */
export const LogAction = /*#__PURE__*/ openEnum('LogAction', [
  'changeName',
  'changeScope',
  'close',
  'autoClose',
  'create',
  'invite',
  'join',
  'assign',
  'autoAssign',
  'unassign',
  'leave',
  'open',
  'autoOpen',
  'enqueue',
  'miss',
  'remove',
  'snooze',
  'addTags',
  'removeTags',
  'assignTeam',
  'unassignTeam',
  'joinMeet',
  'leaveMeet',
  'inviteMeet',
  'missMeet',
  'callbackMeet',
  'tryConnectCall',
  'processByMiss',
  'processBranch',
  'sendXms',
  'addUserTags',
  'removeUserTags',
  'updatePriority',
  'startWorkflow',
  'endWorkflow',
  'interruptWorkflow',
  'interruptWorkflowByBot',
  'tryOpenWithAlf',
  'startTask',
  'applyRules',
  'cancelAlfByUser',
  'fallbackCall',
])
/** Form `type` (Channel's form subtypes). @category enums @since 0.2.0 */
export const FormType = /*#__PURE__*/ openEnum('FormType', ['custom', 'followUp', 'call'])
/** Form input `type`. @category enums @since 0.2.0 */
export const FormInputType = /*#__PURE__*/ openEnum('FormInputType', ['text', 'number', 'bool', 'date', 'datetime', 'radio', 'singleSelect', 'checkbox', 'multiSelect'])
/** Form input `dataType`. @category enums @since 0.2.0 */
export const FormDataType = /*#__PURE__*/ openEnum('FormDataType', ['string', 'date', 'list', 'listOfNumber', 'number', 'datetime', 'boolean'])
/** Why a chat or call was missed. @category enums @since 0.2.0 */
export const MissedReason = /*#__PURE__*/ openEnum('MissedReason', [
  'notInOperation',
  'userLeft',
  'ringTimeOver',
  'inboundRateLimit',
  'noOperator',
  'exceededQueue',
  'abandonedInQueue',
  'workflow',
  'managerLeft',
  'noFallbackClient',
  'preservedNumber',
  'unregisteredNumber',
  'blockedUser',
])
/** A call's or meet's direction. @category enums @since 0.2.0 */
export const CallDirection = /*#__PURE__*/ openEnum('CallDirection', ['inbound', 'outbound'])
/** Meet state (`state`, `stateV2`). @category enums @since 0.2.0 */
export const MeetState = /*#__PURE__*/ openEnum('MeetState', ['live', 'ended', 'transcribing', 'transcribed', 'transcribeFailed'])
/** User chat `state` (v4: opened, snoozed, closed). @category enums @since 0.2.0 */
export const UserChatState = /*#__PURE__*/ openEnum('UserChatState', ['opened', 'snoozed', 'closed', 'queued', 'initial', 'missed'])
/** User chat `priority`. @category enums @since 0.2.0 */
export const Priority = /*#__PURE__*/ openEnum('Priority', ['low', 'medium', 'high'])
/** The medium a chat came through (`mediumType`). @category enums @since 0.2.0 */
export const MediumType = /*#__PURE__*/ openEnum('MediumType', ['native', 'phone', 'email', 'app'])
/** v4 user chat `handling`, a plain string there. @category enums @since 0.2.0 */
export const LegacyHandling = /*#__PURE__*/ openEnum('LegacyHandling', ['waiting', 'supportBot'])
/** User `type`. @category enums @since 0.2.0 */
export const UserType = /*#__PURE__*/ openEnum('UserType', ['member', 'lead', 'unified'])
/** Group (team chat) `scope`; private groups never send webhooks. @category enums @since 0.2.0 */
export const GroupScope = /*#__PURE__*/ openEnum('GroupScope', ['all', 'public', 'private'])
/** A manager's default watch level for a kind of chat. @category enums @since 0.2.0 */
export const WatchLevel = /*#__PURE__*/ openEnum('WatchLevel', ['all', 'info', 'none'])

// -------------------------------------------------------------------------------------
// recursive helpers
// -------------------------------------------------------------------------------------

const attributeValueFields = {
  s: t.string,
  n: t.string,
  b: t.unknown,
  ss: /*#__PURE__*/ array(t.string),
  ns: /*#__PURE__*/ array(t.string),
  bs: /*#__PURE__*/ array(t.unknown),
  null: t.boolean,
  bool: t.boolean,
}
/** A v4 profile-bot value (DynamoDB-style `AttributeValue`). @category objects @since 0.2.0 */
export interface AttributeValue extends StructOf<{}, typeof attributeValueFields> {
  m?: Record<string, AttributeValue> | null
  l?: AttributeValue[] | null
}
/** @category objects @since 0.2.0 */
export const AttributeValue: t.Type<AttributeValue, AttributeValue, unknown> = /*#__PURE__*/ recursion('AttributeValue', (self) =>
  struct('AttributeValue', {}, { ...attributeValueFields, m: record(self), l: array(self) }),
)

const expressionFields = {
  key: t.string,
  type: /*#__PURE__*/ openEnum('ExpressionType', ['boolean', 'date', 'datetime', 'list', 'listOfNumber', 'number', 'string', 'listOfObject']),
  operator: JsonObject,
  values: /*#__PURE__*/ array(t.unknown),
}
/** A goal condition (`goalEventQuery`). @category objects @since 0.2.0 */
export interface Expression extends StructOf<{}, typeof expressionFields> {
  and?: Expression[] | null
  or?: Expression[] | null
}
/** @category objects @since 0.2.0 */
export const Expression: t.Type<Expression, Expression, unknown> = /*#__PURE__*/ recursion('Expression', (self) =>
  struct('Expression', {}, { ...expressionFields, and: array(self), or: array(self) }),
)

const workflowTraceFields = {
  id: t.string,
  workflowId: t.string,
  revisionId: t.string,
  sectionPath: /*#__PURE__*/ array(t.string),
  actionIndex: Int,
}
/** Where a workflow is, with the trace it came from. @category objects @since 0.2.0 */
export interface WorkflowTrace extends StructOf<{}, typeof workflowTraceFields> {
  previousTrace?: WorkflowTrace | null
}
/** @category objects @since 0.2.0 */
export const WorkflowTrace: t.Type<WorkflowTrace, WorkflowTrace, unknown> = /*#__PURE__*/ recursion('WorkflowTrace', (self) =>
  struct('WorkflowTrace', {}, { ...workflowTraceFields, previousTrace: self }),
)

// -------------------------------------------------------------------------------------
// message content
// -------------------------------------------------------------------------------------

const blockFields = { type: BlockType, language: t.string, value: t.string }
/**
 * A rich-text block: `text` (inline markup `<b>`, `<i>`, `<link …>`, emoji
 * shortcodes in `value`), `code` (raw `value`, optional `language`) or
 * `bullets` (children in `blocks`, which may nest).
 * @category content
 * @since 0.2.0
 */
export interface Block extends StructOf<{}, typeof blockFields> {
  blocks?: Block[] | null
}
/** @category content @since 0.2.0 */
export const Block: t.Type<Block, Block, unknown> = /*#__PURE__*/ recursion('Block', (self) =>
  struct('Block', {}, { ...blockFields, blocks: array(self) }),
)

/** A button that opens a web page. @category content @since 0.2.0 */
export const WebAction = /*#__PURE__*/ struct(
  'WebAction',
  { type: /*#__PURE__*/ literal('web') },
  { attributes: /*#__PURE__*/ struct('WebAttributes', {}, { url: t.string }) },
)
/** @category content @since 0.2.0 */
export type WebAction = t.TypeOf<typeof WebAction>

/** A button that opens an app's WAM (web app module). @category content @since 0.2.0 */
export const WamAction = /*#__PURE__*/ struct(
  'WamAction',
  { type: /*#__PURE__*/ literal('wam') },
  { attributes: /*#__PURE__*/ struct('WamAttributes', {}, { appId: t.string, name: t.string, wamArgs: JsonObject }) },
)
/** @category content @since 0.2.0 */
export type WamAction = t.TypeOf<typeof WamAction>

/** A button that runs an app's command. @category content @since 0.2.0 */
export const CommandAction = /*#__PURE__*/ struct(
  'CommandAction',
  { type: /*#__PURE__*/ literal('command') },
  { attributes: /*#__PURE__*/ struct('CommandAttributes', {}, { appId: t.string, name: t.string, params: JsonObject }) },
)
/** @category content @since 0.2.0 */
export type CommandAction = t.TypeOf<typeof CommandAction>

/** A button action of a type this library does not know: `type: 'unrecognized'`, the sent type in `unrecognized`. @category content @since 0.2.0 */
export const UnrecognizedAction = /*#__PURE__*/ fallback('UnrecognizedAction', 'type', {}, { attributes: JsonObject })
/** @category content @since 0.2.0 */
export type UnrecognizedAction = t.TypeOf<typeof UnrecognizedAction>

/**
 * A v5 button's `action`, discriminated on `type`. The OpenAPI document names
 * the attribute classes but not their tags: `web` and `wam` are Channel's own
 * examples, `command` follows the same naming.
 * @category content
 * @since 0.2.0
 */
export const Action = /*#__PURE__*/ taggedUnion('Action', 'type', { web: WebAction, wam: WamAction, command: CommandAction }, UnrecognizedAction)
/** @category content @since 0.2.0 */
export type Action = t.TypeOf<typeof Action>

/** A button (at most two per message): v5 carries an `action`, v4 a `url`. @category content @since 0.2.0 */
export const Button = /*#__PURE__*/ struct('Button', {}, { title: t.string, colorVariant: ColorVariant, action: Action, url: t.string })
/** @category content @since 0.2.0 */
export type Button = t.TypeOf<typeof Button>

/**
 * An attached file. Channel sends **no URL**: a file is addressed by `bucket`
 * and `key`, and a signed download URL comes from
 * `GET /open/v5/user-chats/{userChatId}/messages/file?key=…` (or
 * `/open/v5/groups/{groupId}/messages/file?key=…`).
 * @category content
 * @since 0.2.0
 */
export const File = /*#__PURE__*/ struct(
  'File',
  {},
  {
    id: t.string,
    type: FileType,
    name: t.string,
    /** Bytes. */
    size: Int,
    /** MIME type. */
    contentType: t.string,
    /** Seconds (audio, video). */
    duration: t.number,
    width: Int,
    height: Int,
    /** EXIF orientation, 1–8. */
    orientation: Int,
    animated: t.boolean,
    bucket: t.string,
    key: t.string,
    previewKey: t.string,
    /** v5. */
    sharedDomain: t.string,
    channelId: t.string,
    /** v5. */
    managerId: t.string,
    chatType: t.string,
    chatId: t.string,
    /** v5. */
    privateFileScope: /*#__PURE__*/ openEnum('PrivateFileScope', ['chat', 'manager', 'channel']),
  },
)
/** @category content @since 0.2.0 */
export type File = t.TypeOf<typeof File>

/** A link preview. @category content @since 0.2.0 */
export const WebPage = /*#__PURE__*/ struct(
  'WebPage',
  {},
  {
    id: t.string,
    url: t.string,
    title: t.string,
    description: t.string,
    imageUrl: t.string,
    videoUrl: t.string,
    publisher: t.string,
    author: t.string,
    width: Int,
    height: Int,
    bucket: t.string,
    previewKey: t.string,
    logo: t.string,
    name: t.string,
  },
)
/** @category content @since 0.2.0 */
export type WebPage = t.TypeOf<typeof WebPage>

/** The record of a system event (a chat was assigned, closed, tagged…). @category content @since 0.2.0 */
export const Log = /*#__PURE__*/ struct(
  'Log',
  {},
  { action: LogAction, values: /*#__PURE__*/ array(t.string), /** v5. */ triggerType: t.string, /** v5. */ triggerId: t.string },
)
/** @category content @since 0.2.0 */
export type Log = t.TypeOf<typeof Log>

/** An emoji reaction; `personKeys` are `<personType>-<personId>`. @category content @since 0.2.0 */
export const Reaction = /*#__PURE__*/ struct('Reaction', {}, { emojiName: t.string, personKeys: /*#__PURE__*/ array(t.string), /** v4. */ empty: t.boolean })
/** @category content @since 0.2.0 */
export type Reaction = t.TypeOf<typeof Reaction>

/** A form input: the fields of custom, follow-up and call form inputs together. @category content @since 0.2.0 */
export const FormInput = /*#__PURE__*/ struct(
  'FormInput',
  {},
  {
    type: FormInputType,
    dataType: FormDataType,
    label: t.string,
    /** e.g. `user.profile.email`. */
    bindingKey: t.string,
    /** The submitted or preset value: JSON of whatever type. */
    value: t.unknown,
    readOnly: t.boolean,
    required: t.boolean,
    /** Choices of select inputs. */
    options: /*#__PURE__*/ array(t.unknown),
    userChatProfileBindingKey: t.boolean,
    userProfileBindingKey: t.boolean,
    /** Call forms. */
    audioType: /*#__PURE__*/ openEnum('AudioType', ['file', 'text']),
    /** Call forms. */
    labelFile: File,
  },
)
/** @category content @since 0.2.0 */
export type FormInput = t.TypeOf<typeof FormInput>

/** A form a bot sent (custom, follow-up or call form); `submittedAt` once the customer answered. @category content @since 0.2.0 */
export const Form = /*#__PURE__*/ struct(
  'Form',
  {},
  { type: FormType, submittedAt: EpochMillis, inputs: /*#__PURE__*/ array(FormInput), /** Follow-up forms. */ triggerMessageId: t.string },
)
/** @category content @since 0.2.0 */
export type Form = t.TypeOf<typeof Form>

/** A thread root's thread. @category content @since 0.2.0 */
export const MessageThread = /*#__PURE__*/ struct(
  'MessageThread',
  {},
  {
    id: t.string,
    managerIds: /*#__PURE__*/ array(t.string),
    repliedManagerIds: /*#__PURE__*/ array(t.string),
    replyCount: Int,
    chatType: t.string,
    chatId: t.string,
    rootMessageId: t.string,
  },
)
/** @category content @since 0.2.0 */
export type MessageThread = t.TypeOf<typeof MessageThread>

const meetCommon = {
  id: t.string,
  direction: CallDirection,
  missedReason: MissedReason,
  engagedAt: EpochMillis,
  missedHandledAt: EpochMillis,
}

/** A call or meeting record on a message. @category content @since 0.2.0 */
export const MessageMeet = /*#__PURE__*/ struct(
  'MessageMeet',
  {},
  {
    id: t.string,
    chatType: t.string,
    channelId: t.string,
    state: MeetState,
    mode: /*#__PURE__*/ openEnum('MeetMode', ['audio', 'video']),
    amassedPersons: /*#__PURE__*/ array(t.string),
    roomStartedAt: EpochMillis,
    call: /*#__PURE__*/ struct(
      'Call',
      {},
      {
        ...meetCommon,
        from: t.string,
        to: t.string,
        representativeNumber: t.string,
        primaryNumber: t.string,
        state: /*#__PURE__*/ openEnum('CallState', [
          'init',
          'engaged',
          'missed',
          'offHook',
          'welcoming',
          'waitingWebRTC',
          'waitingCall',
          'closed',
          'greeting',
          'ivr',
          'voiceALF',
          'queued',
          'waitingManager',
          'waitingUser',
          'ended',
        ]),
        callServerIp: t.string,
        createAt: EpochMillis,
        closedAt: EpochMillis,
        voiceMail: t.boolean,
        userPhoneNumberType: /*#__PURE__*/ openEnum('UserPhoneNumberType', ['mobileNumber', 'landlineNumber']),
      },
    ),
    front: /*#__PURE__*/ struct('Front', {}, meetCommon),
    recording: /*#__PURE__*/ struct(
      'Recording',
      {},
      {
        id: t.string,
        bucket: t.string,
        key: t.string,
        contentType: t.string,
        duration: t.number,
        size: Int,
        name: t.string,
        type: FileType,
        channelId: t.string,
        chatType: t.string,
        chatId: t.string,
      },
    ),
    country: t.string,
    meetEndedAt: EpochMillis,
    stateV2: MeetState,
    managerIds: /*#__PURE__*/ array(t.string),
    meetType: /*#__PURE__*/ openEnum('MeetType', ['front', 'call', 'team']),
    botIds: /*#__PURE__*/ array(t.string),
  },
)
/** @category content @since 0.2.0 */
export type MessageMeet = t.TypeOf<typeof MessageMeet>

/** A knowledge source an AI (ALF) answer cites: the fields of every reference kind together. @category content @since 0.2.0 */
export const AlfReference = /*#__PURE__*/ struct(
  'AlfReference',
  {},
  {
    type: t.string,
    index: t.string,
    title: t.string,
    url: t.string,
    publishedUrl: t.string,
    visibleInFront: t.boolean,
    visibleInAppMessenger: t.boolean,
    ...fieldsOf(t.string, ['articleId', 'spaceId', 'revisionId', 'language', 'faqId', 'knowledgeId', 'knowledgeSetId']),
    data: /*#__PURE__*/ struct(
      'AlfReferenceData',
      {},
      fieldsOf(t.string, ['spaceId', 'articleId', 'language', 'revisionId', 'faqId', 'knowledgeId', 'knowledgeSetId']),
    ),
  },
)
/** @category content @since 0.2.0 */
export type AlfReference = t.TypeOf<typeof AlfReference>

/** AI agent (ALF) metadata of a message. @category content @since 0.2.0 */
export const MessageAlf = /*#__PURE__*/ struct(
  'MessageAlf',
  {},
  {
    handlingId: t.string,
    alfSessionId: t.string,
    type: /*#__PURE__*/ openEnum('AlfType', ['complete', 'rag', 'incomplete', 'impossible', 'command', 'faq', 'failed', 'rateLimited', 'openUserChat', 'system']),
    references: /*#__PURE__*/ array(AlfReference),
    mentionAlfAnswered: t.boolean,
  },
)
/** @category content @since 0.2.0 */
export type MessageAlf = t.TypeOf<typeof MessageAlf>

/** Marketing (campaign / one-time message) metadata. @category content @since 0.2.0 */
export const MessageMarketing = /*#__PURE__*/ struct(
  'MessageMarketing',
  {},
  {
    type: /*#__PURE__*/ openEnum('MarketingType', ['campaign', 'oneTimeMsg']),
    id: t.string,
    advertising: t.boolean,
    sendToOfflineXms: t.boolean,
    sendToOfflineEmail: t.boolean,
    exposureType: /*#__PURE__*/ openEnum('ExposureType', ['fullScreen']),
    /** v5. */
    imageLinkUrl: t.string,
  },
)
/** @category content @since 0.2.0 */
export type MessageMarketing = t.TypeOf<typeof MessageMarketing>

/** Legacy support-bot metadata. @category content @since 0.2.0 */
export const MessageSupportBot = /*#__PURE__*/ struct(
  'MessageSupportBot',
  {},
  {
    id: t.string,
    revisionId: t.string,
    sectionId: t.string,
    stepIndex: Int,
    buttons: /*#__PURE__*/ array(/*#__PURE__*/ struct('SupportBotButton', {}, { text: t.string, nextSectionId: t.string })),
    submitButtonIndex: Int,
  },
)
/** @category content @since 0.2.0 */
export type MessageSupportBot = t.TypeOf<typeof MessageSupportBot>

/** Workflow metadata of a bot message. @category content @since 0.2.0 */
export const MessageWorkflow = /*#__PURE__*/ struct(
  'MessageWorkflow',
  {},
  { id: t.string, revisionId: t.string, sectionId: t.string, actionIndex: Int, submitButtonId: t.string, buttonBotMessage: t.boolean },
)
/** @category content @since 0.2.0 */
export type MessageWorkflow = t.TypeOf<typeof MessageWorkflow>

/** A v4 profile-bot input. @category content @since 0.2.0 */
export const ProfileBotInput = /*#__PURE__*/ struct(
  'ProfileBotInput',
  {},
  { id: t.string, key: t.string, type: t.string, name: t.string, value: AttributeValue },
)
/** @category content @since 0.2.0 */
export type ProfileBotInput = t.TypeOf<typeof ProfileBotInput>

// -------------------------------------------------------------------------------------
// Message
// -------------------------------------------------------------------------------------

/**
 * The e-mail envelope of a message (`MessageEmail` in Channel's
 * `ch-proto-public` `coreapi/model/message_email.proto`). Addresses are
 * objects (`{ address, name? }`); how the direction and creation time are
 * serialized is not documented, so both are left loose.
 * @category models
 * @since 0.3.0
 */
export const MessageEmail = /*#__PURE__*/ struct(
  'MessageEmail',
  {},
  {
    id: t.string,
    /** e.g. `inbound`, `outbound`. */
    direction: t.string,
    from: JsonObject,
    to: /*#__PURE__*/ array(JsonObject),
    cc: /*#__PURE__*/ array(JsonObject),
    bcc: /*#__PURE__*/ array(JsonObject),
    replyTo: JsonObject,
    subject: t.string,
    hasHistory: t.boolean,
    replyToMessageId: t.string,
    /** The channel's address that received an inbound e-mail. */
    receivedFor: t.string,
    createdAt: /*#__PURE__*/ anyOf('EpochMillis | string', [EpochMillis, t.string]),
  },
)
/** @category models @since 0.3.0 */
export type MessageEmail = t.TypeOf<typeof MessageEmail>

/**
 * A message (`entity` of `push`/`message`, and `refers.message`): v5 and v4
 * fields together. Its text is `plainText`, or the `blocks` when that is
 * absent (file-only and log messages have neither).
 * @category models
 * @since 0.2.0
 */
export const Message = /*#__PURE__*/ struct(
  'Message',
  {},
  {
    /** `<chatType>-<chatId>`. */
    chatKey: t.string,
    id: t.string,
    mainKey: t.string,
    threadKey: t.string,
    /** v5. */
    meetKey: t.string,
    /** v5. */
    frontKey: t.string,
    /** v5. */
    alfThreadKey: t.string,
    /** v4: the message is a thread root. */
    root: t.boolean,
    channelId: t.string,
    chatType: ChatType,
    /** The user chat's or group's id. */
    chatId: t.string,
    personType: PersonType,
    personId: t.string,
    /** The sender's own de-duplication id. */
    requestId: t.string,
    language: t.string,
    createdAt: EpochMillis,
    updatedAt: EpochMillis,
    version: Int,
    blocks: /*#__PURE__*/ array(Block),
    plainText: t.string,
    buttons: /*#__PURE__*/ array(Button),
    files: /*#__PURE__*/ array(File),
    webPage: WebPage,
    log: Log,
    reactions: /*#__PURE__*/ array(Reaction),
    form: Form,
    state: MessageState,
    options: /*#__PURE__*/ array(MessageOption),
    marketing: MessageMarketing,
    supportBot: MessageSupportBot,
    /** v4. */
    profileBot: /*#__PURE__*/ array(ProfileBotInput),
    /** v5. */
    workflow: MessageWorkflow,
    /** v5. */
    alf: MessageAlf,
    /** v5. */
    alertLevel: /*#__PURE__*/ openEnum('AlertLevel', ['alert', 'unread', 'none']),
    /** v5 (Channel's protos add `email`). */
    writingType: /*#__PURE__*/ openEnum('WritingType', ['standard', 'custom', 'email']),
    /** v5. */
    thread: MessageThread,
    /** v5. */
    meet: MessageMeet,
    /** v5. */
    alfThread: /*#__PURE__*/ struct('MessageAlfThread', {}, { id: t.string, chatType: t.string, chatId: t.string, duration: Int, completed: t.boolean }),
    /** v5. */
    alfProgress: /*#__PURE__*/ struct(
      'MessageAlfProgress',
      {},
      {
        type: t.string,
        plainText: t.string,
        step: /*#__PURE__*/ openEnum('AlfProgressStep', ['unknown', 'ragQuestionAnalysis', 'ragSearchKnowledge', 'ragRetrieveKnowledge', 'ragSearchEnd']),
        title: t.string,
        iconName: t.string,
        completed: t.boolean,
      },
    ),
    /** v5. */
    ivr: /*#__PURE__*/ struct('MessageIvr', {}, { audioFile: File, dialInput: t.string }),
    /** v5. */
    customPayload: /*#__PURE__*/ struct('MessageCustomPayload', {}, { data: t.unknown, paramMapper: /*#__PURE__*/ record(t.string) }),
    /** v5. */
    inboundEmailId: t.string,
    /** v5. */
    removerKey: t.string,
    /** Set on thread and meet replies. */
    rootMessageId: t.string,
    threadMsg: t.boolean,
    broadcastedMsg: t.boolean,
    ...fieldsOf(t.boolean, ['threadRoot', 'meetMsg', 'meetRoot', 'alfThreadMsg', 'alfThreadRoot', 'workflowButton', 'removedByWriter']),
    /** v5: when the message was last edited. */
    editedAt: EpochMillis,
    /** v5: the e-mail envelope of a message that came or went as e-mail. */
    email: MessageEmail,
    /** Pre-v4 (2019): the text, before `plainText` and `blocks`. */
    message: t.string,
    /** Pre-v4: the text with Channel's inline markup. */
    messageV2: t.string,
    /** Pre-v4: `text`. */
    format: t.string,
  },
)
/** @category models @since 0.2.0 */
export type Message = t.TypeOf<typeof Message>

// -------------------------------------------------------------------------------------
// UserChat
// -------------------------------------------------------------------------------------

/** A workflow or AI button a chat is waiting on: the fields of every button kind together. @category models @since 0.2.0 */
export const WorkflowButton = /*#__PURE__*/ struct(
  'WorkflowButton',
  {},
  {
    id: t.string,
    type: t.string,
    name: t.string,
    nextSectionId: t.string,
    buttonType: /*#__PURE__*/ openEnum('AlfButtonType', ['RESOLVED', 'UNRESOLVED', 'OPEN_CHAT_BY_UNRESOLVED', 'OPEN_CHAT_BY_ERROR', 'OPEN_CHAT', 'USER_MESSAGE']),
  },
)
/** @category models @since 0.2.0 */
export type WorkflowButton = t.TypeOf<typeof WorkflowButton>

const nameDescMap = /*#__PURE__*/ record(/*#__PURE__*/ struct('NameDesc', {}, { name: t.string, description: t.string }))

const workflowHandlingFields = {
  type: t.string,
  id: t.string,
  trace: WorkflowTrace,
  buttons: /*#__PURE__*/ array(WorkflowButton),
  triggerMessageId: t.string,
  nextSectionId: t.string,
  paused: t.boolean,
  charged: t.boolean,
  opened: t.boolean,
  language: t.string,
  postbackButtonMessageSuccess: t.boolean,
  validButtonResponse: t.boolean,
  retryButton: t.boolean,
  buttonSectionStack: /*#__PURE__*/ array(/*#__PURE__*/ struct('ButtonSectionInfo', {}, { sectionId: t.string, revisionId: t.string })),
}

/**
 * What is handling a chat before a person does (v5: an object whose `type`
 * names a workflow, AI agent, support bot, IVR…; the fields of every kind
 * together, as LegacyV7 and v5 define them).
 * @category models
 * @since 0.2.0
 */
export const Handling = /*#__PURE__*/ struct(
  'Handling',
  {},
  {
    ...workflowHandlingFields,
    /** LegacyV7. */
    state: /*#__PURE__*/ openEnum('HandlingState', ['none', 'requested', 'respond']),
    actionProcessId: t.string,
    additionalRoleDescription: t.string,
    enableOpenChat: t.boolean,
    alfBotId: t.string,
    alfLanguage: t.string,
    frontAlfResponseMessageId: t.string,
    revisionId: t.string,
    sectionPath: /*#__PURE__*/ array(t.string),
    pausedStepIndex: Int,
    pausedMessageId: t.string,
    alfBot: /*#__PURE__*/ struct(
      'AlfBot',
      {},
      {
        id: t.string,
        channelId: t.string,
        name: t.string,
        description: t.string,
        nameDescI18nMap: nameDescMap,
        createdAt: EpochMillis,
        avatarUrl: t.string,
        frontAlf: t.boolean,
        ai: t.boolean,
        color: t.string,
      },
    ),
    enableVoiceAlf: t.boolean,
    useQuickPublish: t.boolean,
    version: /*#__PURE__*/ openEnum('AlfVersion', ['unknown', 'v1', 'v2']),
    chargedAlfSessionIds: /*#__PURE__*/ array(t.string),
    chargedTaskSessionIds: /*#__PURE__*/ array(t.string),
    bot: /*#__PURE__*/ struct('HandlingBot', {}, { name: t.string, avatarUrl: t.string, nameDescI18nMap: nameDescMap }),
    /** Follow-up handling: the workflow handling it interrupted. */
    previous: /*#__PURE__*/ struct('WorkflowHandling', {}, workflowHandlingFields),
    /** IVR handling: the dial inputs offered. */
    inputs: /*#__PURE__*/ array(
      /*#__PURE__*/ struct(
        'IvrButton',
        {},
        {
          id: t.string,
          nextSectionId: t.string,
          name: t.string,
          dialInput: t.string,
          action: /*#__PURE__*/ openEnum('IvrButtonAction', ['replay', 'returnToStart', 'wait', 'inactive']),
        },
      ),
    ),
  },
)
/** @category models @since 0.2.0 */
export type Handling = t.TypeOf<typeof Handling>

/** Where a user chat came from. @category models @since 0.2.0 */
export const UserChatSource = /*#__PURE__*/ struct(
  'UserChatSource',
  {},
  {
    page: t.string,
    marketing: /*#__PURE__*/ struct('SourceMarketing', {}, { id: t.string, type: t.string }),
    supportBot: /*#__PURE__*/ struct('SourceSupportBot', {}, { id: t.string, revisionId: t.string, sectionPath: /*#__PURE__*/ array(t.string) }),
    workflow: /*#__PURE__*/ struct(
      'SourceWorkflow',
      {},
      { id: t.string, revisionId: t.string, traceId: t.string, sectionPath: /*#__PURE__*/ array(t.string), causeOfEnd: t.string },
    ),
    appMessenger: /*#__PURE__*/ struct('SourceAppMessenger', {}, { id: t.string, mediumType: t.string, displayName: t.string }),
    medium: /*#__PURE__*/ struct('SourceMedium', {}, { mediumType: MediumType, mediumId: t.string, primitive: t.boolean }),
  },
)
/** @category models @since 0.2.0 */
export type UserChatSource = t.TypeOf<typeof UserChatSource>

/** A user chat's statistics (v5). Durations are milliseconds. @category models @since 0.2.0 */
export const UserChatStat = /*#__PURE__*/ struct(
  'UserChatStat',
  {},
  {
    direction: /*#__PURE__*/ openEnum('ChatDirection', ['INBOUND', 'OUTBOUND']),
    ...fieldsOf(EpochMillis, [
      'firstQueueOutAt',
      'firstActiveAt',
      'firstOpenedAt',
      'firstQueueInAt',
      'firstMissedAt',
      'firstClosedAt',
      'firstAssignedAt',
      'firstAskedAt',
      'managedAt',
      'firstAnsweredAt',
      'firstRepliedAtAfterActive',
      'firstWorkflowStartedAt',
      'firstWorkflowEndedAt',
      'firstAlfStartedAt',
      'firstAlfEndedAt',
    ]),
    ...fieldsOf(t.string, ['assigneeIdAtFirstClose', 'firstAssigneeIdAfterActive', 'firstAssigneeId']),
    ...fieldsOf(Int, [
      'reopenCount',
      'reassignmentCount',
      'csatCount',
      'snoozeCount',
      'totalSnoozedTime',
      'totalClosedTime',
      'totalReplyTime',
      'replyCount',
      'replyCountInOperation',
      'totalReplyTimeInOperation',
      'operationTotalSnoozedTime',
      'operationTotalClosedTime',
      'timeToFirstAssignment',
      'timeToFirstAssignmentInOperation',
      'timeToFirstAnswer',
      'timeToFirstAnswerInOperation',
      'timeFromFirstAskToFirstAnswer',
      'timeFromFirstAskToFirstAnswerInOperation',
      'timeFromFirstAssignmentToFirstAnswer',
      'timeFromFirstAssignmentToFirstAnswerInOperation',
      'timeFromFirstActiveToFirstAnswer',
      'timeFromFirstActiveToFirstAnswerInOperation',
      'timeFromFirstOpenToFirstAnswer',
      'timeFromFirstOpenToFirstAnswerInOperation',
      'firstQueueTime',
      'firstQueueTimeInOperation',
      'avgReplyTime',
      'avgReplyTimeInOperation',
      'timeToFirstClose',
      'timeToFirstCloseInOperation',
      'timeFromFirstAskToFirstClose',
      'timeFromFirstAskToFirstCloseInOperation',
      'timeFromFirstAssignmentToFirstClose',
      'timeFromFirstAssignmentToFirstCloseInOperation',
      'timeFromFirstActiveToFirstClose',
      'timeFromFirstActiveToFirstCloseInOperation',
      'timeFromFirstOpenToFirstClose',
      'timeFromFirstOpenToFirstCloseInOperation',
      'timeToClose',
      'timeToCloseInOperation',
      'firstMemberHandlingTime',
      'firstMemberHandlingTimeInOperation',
      'memberHandlingTime',
      'memberHandlingTimeInOperation',
      'workflowHandlingTime',
      'alfHandlingTime',
    ]),
    ...fieldsOf(t.boolean, ['workflowTriggered', 'alfTriggered', 'everOpened', 'reopened', 'reassigned', 'managedInOperationTime']),
    alfCxScore: t.number,
  },
)
/** @category models @since 0.2.0 */
export type UserChatStat = t.TypeOf<typeof UserChatStat>

/**
 * A user chat — a conversation with a customer (`entity` of
 * `push`/`userChat`, and `refers.userChat`): v5, LegacyV7 and v4 fields
 * together. Its `id` is a message's `chatId`.
 * @category models
 * @since 0.2.0
 */
export const UserChat = /*#__PURE__*/ struct(
  'UserChat',
  {},
  {
    id: t.string,
    channelId: t.string,
    state: UserChatState,
    /** Visible in the Desk inbox. */
    managed: t.boolean,
    /** The customer (`refers.user.id`). */
    userId: t.string,
    name: t.string,
    title: t.string,
    description: t.string,
    priority: Priority,
    missedReason: MissedReason,
    contactKey: t.string,
    /** Where the chat came from, e.g. `native` or `appKakao`. */
    contactMediumType: t.string,
    mediumType: MediumType,
    ...fieldsOf(t.string, ['mediumId', 'mediumKey', 'mediumTopicKey', 'mediumTopicOrder']),
    mediumTopicLabels: /*#__PURE__*/ array(t.string),
    mediumProfile: JsonObject,
    /** v4: a string; v5: an object. */
    handling: /*#__PURE__*/ anyOf('UserChatHandling', [LegacyHandling, Handling]),
    source: UserChatSource,
    managerIds: /*#__PURE__*/ array(t.string),
    assigneeId: t.string,
    teamId: t.string,
    /** Chat tag names. */
    tags: /*#__PURE__*/ array(t.string),
    /** The chat's custom profile. */
    profile: JsonObject,
    goalEventName: t.string,
    goalEventQuery: Expression,
    goalCheckedAt: EpochMillis,
    goalState: /*#__PURE__*/ openEnum('GoalState', ['achieved', 'notAchieved', 'waiting', 'none']),
    subtextType: /*#__PURE__*/ openEnum('SubtextType', ['description', 'incoming']),
    ...fieldsOf(EpochMillis, [
      'firstOpenedAt',
      'openedAt',
      'firstQueuedAt',
      'queuedAt',
      'firstMissedAt',
      'missedAt',
      'createdAt',
      'updatedAt',
      'frontUpdatedAt',
      'repliedAt',
      'deskUpdatedAt',
      'followUpTriggeredAt',
      'firstRepliedAt',
      'firstRepliedAtAfterOpen',
      'askedAt',
      'firstAskedAt',
      'closedAt',
      'snoozedAt',
      'expiresAt',
      'expireAt',
      'alfRequestedAt',
      'frontAlfRequestedAt',
      'caseStartedAt',
      'caseEndedAt',
    ]),
    ...fieldsOf(t.string, [
      'frontMessageId',
      'deskMessageId',
      'summarizedMessageId',
      'userLastMessageId',
      'firstAssigneeIdAfterOpen',
      'alfStateKey',
      'frontAlfStateKey',
      'liveMeetId',
      'xerId',
      'lastInboundEmailId',
      'currentCaseId',
      'previousCaseId',
    ]),
    oneStop: t.boolean,
    sync: t.boolean,
    /** Durations in milliseconds, and counters. */
    ...fieldsOf(Int, [
      'waitingTime',
      'avgReplyTime',
      'replyTime',
      'totalReplyTime',
      'replyCount',
      'resolutionTime',
      'operationWaitingTime',
      'operationAvgReplyTime',
      'operationTotalReplyTime',
      'operationReplyCount',
      'operationResolutionTime',
      'caseCount',
      'snoozedTime',
      'version',
    ]),
    stat: UserChatStat,
    statForWorkflow: Handling,
    statForAlf: Handling,
    alfCxScore: t.number,
    direction: /*#__PURE__*/ openEnum('ChatDirection', ['INBOUND', 'OUTBOUND']),
    footerCategory: /*#__PURE__*/ openEnum('FooterCategory', [
      'handlingWorkflow',
      'handlingFollowUpMandatory',
      'handlingWaitingToStartChat',
      'handlingAlf',
      'handlingCollectUserReply',
      'blockedWithChatUnavailableMessage',
      'inputWithTypeMessage',
      'blockedClosedChatWithNewChatButton',
      'blockedClosedChatWithoutButton',
      'determinedByFront',
    ]),
    /** v4. */
    appUserKey: t.string,
    /** v4. */
    supportBot: /*#__PURE__*/ struct('UserChatSupportBot', {}, { id: t.string, revisionId: t.string, sectionPath: /*#__PURE__*/ array(t.string) }),
    /** v4. */
    marketing: /*#__PURE__*/ struct('UserChatMarketing', {}, { type: t.string, id: t.string, enableSupportBot: t.boolean, supportBotId: t.string }),
    /** v4. */
    pluginId: t.string,
    /** v4: the page the chat was opened on. */
    sourcePage: t.string,
    /** v4. */
    messengerType: t.string,
    /** v4. */
    messengerId: t.string,
  },
)
/** @category models @since 0.2.0 */
export type UserChat = t.TypeOf<typeof UserChat>

// -------------------------------------------------------------------------------------
// people
// -------------------------------------------------------------------------------------

const deviceFields = {
  device: t.string,
  os: t.string,
  osName: t.string,
  sessionsCount: Int,
  lastSeenAt: EpochMillis,
}

/**
 * A user — the customer, member or lead (`entity` of `upsert`/`user`, and
 * `refers.user`): v5 and v4 fields together.
 * @category models
 * @since 0.2.0
 */
export const User = /*#__PURE__*/ struct(
  'User',
  {},
  {
    id: t.string,
    channelId: t.string,
    /** The customer's own id for the user (members only). */
    memberId: t.string,
    /** The anonymous visitor id. */
    veilId: t.string,
    unifiedId: t.string,
    /** v5. */
    type: UserType,
    name: t.string,
    /** A free map: `name`, `email`, `mobileNumber`, … plus custom keys. */
    profile: JsonObject,
    profileOnce: /*#__PURE__*/ struct(
      'UserProfileMap',
      {},
      {
        ...fieldsOf(t.string, ['name', 'email', 'avatarUrl', 'mobileNumber', 'landlineNumber', 'firstName', 'lastName']),
        recentPurchaseCount: Int,
        recentPurchaseAmount: t.number,
        empty: t.boolean,
      },
      { open: true },
    ),
    tags: /*#__PURE__*/ array(t.string),
    /** v5. */
    userImportTags: /*#__PURE__*/ array(t.string),
    email: t.string,
    /** E.164. */
    mobileNumber: t.string,
    /** v5. */
    landlineNumber: t.string,
    avatarUrl: t.string,
    ...fieldsOf(t.boolean, ['mobileNumberQualified', 'emailQualified', 'named', 'member', 'blocked', 'hasChat', 'hasPushToken', 'constrainted']),
    /** v5. */
    unsubscribeEmail: t.boolean,
    /** v5. */
    unsubscribeTexting: t.boolean,
    /** v5: app push opt-out (Channel's protos). */
    unsubscribeAppPush: t.boolean,
    /** v4: one opt-out flag for every channel. */
    unsubscribed: t.boolean,
    ...fieldsOf(EpochMillis, ['unsubscribeEmailUpdatedAt', 'unsubscribeTextingUpdatedAt', 'unsubscribeAppPushUpdatedAt']),
    alert: Int,
    unread: Int,
    sessionsCount: Int,
    managedKey: Int,
    version: Int,
    popUpChatId: t.string,
    mainChatId: t.string,
    blockedKey: t.string,
    language: t.string,
    systemLanguage: t.string,
    ...fieldsOf(t.string, ['country', 'province', 'city', 'timeZone']),
    latitude: t.number,
    longitude: t.number,
    web: /*#__PURE__*/ struct('WebInfo', {}, { ...deviceFields, browser: t.string, browserName: t.string }),
    mobile: /*#__PURE__*/ struct(
      'MobileInfo',
      {},
      { ...deviceFields, ...fieldsOf(t.string, ['appName', 'appVersion', 'sdkName', 'sdkVersion']) },
    ),
    ...fieldsOf(EpochMillis, ['lastSeenAt', 'createdAt', 'updatedAt']),
    /** v4. */
    expireAt: EpochMillis,
    /** v4. */
    userId: t.string,
    /** v4. */
    managed: t.boolean,
  },
)
/** @category models @since 0.2.0 */
export type User = t.TypeOf<typeof User>

const tinyFile = /*#__PURE__*/ struct('TinyFile', {}, { bucket: t.string, key: t.string, width: Int, height: Int })

/**
 * A manager — an agent (`refers.manager`): v5 and v4 fields together, plus
 * `username` and `operatorScheduling`, which v4-era payloads carried.
 * @category models
 * @since 0.2.0
 */
export const Manager = /*#__PURE__*/ struct(
  'Manager',
  {},
  {
    id: t.string,
    channelId: t.string,
    accountId: t.string,
    /** Same as `id`. */
    managerId: t.string,
    name: t.string,
    description: t.string,
    nameDescI18nMap: nameDescMap,
    profile: JsonObject,
    email: t.string,
    mobileNumber: t.string,
    emailForFront: t.string,
    mobileNumberForFront: t.string,
    avatar: tinyFile,
    avatarUrl: t.string,
    /** v5. */
    roleId: t.string,
    /** v4. */
    role: /*#__PURE__*/ openEnum('ManagerRole', ['owner', 'member']),
    defaultGroupWatch: WatchLevel,
    defaultDirectChatWatch: WatchLevel,
    defaultUserChatWatch: WatchLevel,
    chatAlertSound: /*#__PURE__*/ openEnum('ChatAlertSound', ['none', 'drop', 'woody', 'bounce', 'crystal', 'xylo', 'quickKnock', 'candy', 'shine']),
    meetAlertSound: /*#__PURE__*/ openEnum('MeetAlertSound', ['cute', 'basic', 'gentle', 'marimba']),
    operatorScore: t.number,
    touchScore: t.number,
    operatorStatusId: t.string,
    statusEmoji: t.string,
    statusText: t.string,
    assignableUserChatTypes: /*#__PURE__*/ array(/*#__PURE__*/ openEnum('AssignableUserChatType', ['sync', 'async'])),
    autoAssignCapacity: Int,
    ...fieldsOf(EpochMillis, [
      'createdAt',
      'updatedAt',
      'removedAt',
      'statusClearAt',
      'doNotDisturbClearAt',
      'accountDoNotDisturbClearAt',
      'operatorUpdatedAt',
    ]),
    ...fieldsOf(t.boolean, [
      'showDescriptionToFront',
      'showEmailToFront',
      'showMobileNumberToFront',
      'defaultUserChatLogFolded',
      'removed',
      'displayAsChannel',
      'receiveMobilePushWhenOnline',
      'showPrivateMessagePreview',
      'operatorEmailReminder',
      'receiveUnassignedAlert',
      'receiveMissedChatAlert',
      'receiveUnassignedChatAlert',
      'receiveUnassignedMeetAlert',
      'operator',
      'defaultAllMentionImportant',
      'userMessageImportant',
      'enableAutoAssignOnSync',
      'doNotDisturb',
      'accountDoNotDisturb',
      'enableReactedMessageIndex',
      'enableTeamMentionedMessageIndex',
      'pcInboxMeetAlert',
      'mobileInboxMeetAlert',
      'pcTeamChatMeetAlert',
      'mobileTeamChatMeetAlert',
      'phoneInboxMeetAlert',
      'meetOperator',
    ]),
    /** v4-era payloads. */
    username: t.string,
    /** v4-era payloads; shape undocumented. */
    operatorScheduling: t.unknown,
  },
)
/** @category models @since 0.2.0 */
export type Manager = t.TypeOf<typeof Manager>

/** A bot (`refers.bot`): v5 and v4 fields together. @category models @since 0.2.0 */
export const Bot = /*#__PURE__*/ struct(
  'Bot',
  {},
  {
    id: t.string,
    channelId: t.string,
    name: t.string,
    createdAt: EpochMillis,
    avatarUrl: t.string,
    /** v4. */
    avatar: tinyFile,
    /** Hex, e.g. `#5e56f0`. */
    color: t.string,
    /** v5: an AI (ALF) bot. */
    ai: t.boolean,
    /** v5. */
    description: t.string,
    /** v5. */
    nameDescI18nMap: nameDescMap,
  },
)
/** @category models @since 0.2.0 */
export type Bot = t.TypeOf<typeof Bot>

/** A group — a team chat (`refers.group`): v5 names it by `title`, v4 by `name`. @category models @since 0.2.0 */
export const Group = /*#__PURE__*/ struct(
  'Group',
  {},
  {
    id: t.string,
    channelId: t.string,
    /** v5. */
    title: t.string,
    name: t.string,
    scope: GroupScope,
    managerIds: /*#__PURE__*/ array(t.string),
    icon: t.string,
    /** v5. */
    liveMeetId: t.string,
    description: t.string,
    createdAt: EpochMillis,
    updatedAt: EpochMillis,
    active: t.boolean,
  },
)
/** @category models @since 0.2.0 */
export type Group = t.TypeOf<typeof Group>

/**
 * The objects an event refers to, by model name; which keys are present
 * depends on the event, and none is guaranteed.
 * @category models
 * @since 0.2.0
 */
export const Refers = /*#__PURE__*/ struct(
  'Refers',
  {},
  { user: User, userChat: UserChat, manager: Manager, bot: Bot, group: Group, message: Message },
)
/** @category models @since 0.2.0 */
export type Refers = t.TypeOf<typeof Refers>

// -------------------------------------------------------------------------------------
// webhooks
// -------------------------------------------------------------------------------------

/** A new message in a user chat or a team chat (scopes `message.created.userChat`, `message.created.teamChat`). @category events @since 0.2.0 */
export const PushMessage = /*#__PURE__*/ struct(
  'PushMessage',
  { event: /*#__PURE__*/ literal('push'), type: /*#__PURE__*/ literal('message'), entity: Message },
  { refers: Refers },
)
/** @category events @since 0.2.0 */
export type PushMessage = t.TypeOf<typeof PushMessage>

/** A user chat was opened (scope `userChat.opened`); `refers` has the user and the chat's latest message. @category events @since 0.2.0 */
export const PushUserChat = /*#__PURE__*/ struct(
  'PushUserChat',
  { event: /*#__PURE__*/ literal('push'), type: /*#__PURE__*/ literal('userChat'), entity: UserChat },
  { refers: Refers },
)
/** @category events @since 0.2.0 */
export type PushUserChat = t.TypeOf<typeof PushUserChat>

/** A lead's or member's contact details or marketing consent changed (scopes `lead.upserted.*`, `member.upserted.*`). @category events @since 0.2.0 */
export const UpsertUser = /*#__PURE__*/ struct(
  'UpsertUser',
  { event: /*#__PURE__*/ literal('upsert'), type: /*#__PURE__*/ literal('user'), entity: User },
  { refers: Refers },
)
/** @category events @since 0.2.0 */
export type UpsertUser = t.TypeOf<typeof UpsertUser>

/**
 * A lead or member was deleted (scopes `lead.deleted`, `member.deleted`).
 * Channel does not document this body; its shape is inferred from Channel's
 * realtime framing (`delete` of a `user`), so everything in `entity` is
 * optional. Channel keeps nothing of a deleted user: `memberId` is how to find
 * a member in your own records.
 * @category events
 * @since 0.3.0
 */
export const DeleteUser = /*#__PURE__*/ struct(
  'DeleteUser',
  { event: /*#__PURE__*/ literal('delete'), type: /*#__PURE__*/ literal('user'), entity: User },
  { refers: Refers },
)
/** @category events @since 0.3.0 */
export type DeleteUser = t.TypeOf<typeof DeleteUser>

const KNOWN_EVENTS = {
  'push/message': PushMessage,
  'push/userChat': PushUserChat,
  'upsert/user': UpsertUser,
  'delete/user': DeleteUser,
}

/**
 * The (`event`, `type`) pairs this library knows, as `event/type`.
 * @category events
 * @since 0.2.0
 */
export type EventName = keyof typeof KNOWN_EVENTS

/**
 * A well-formed envelope with an (`event`, `type`) pair no SPEC knows — a
 * future event. Both tags decode as `'unrecognized'`, so the
 * known variants keep their literal tags; the pair that was sent is in
 * `unrecognized`, e.g. `{ event: 'update', type: 'userChat' }`.
 * @category events
 * @since 0.2.0
 */
export const Unrecognized = /*#__PURE__*/ fallback('Unrecognized', ['event', 'type'], {}, { entity: JsonObject, refers: JsonObject })
/** @category events @since 0.2.0 */
export type Unrecognized = t.TypeOf<typeof Unrecognized>

/**
 * Any Channel Talk webhook body, discriminated on (`event`, `type`).
 * @category events
 * @since 0.2.0
 * @example
 * import { Webhook } from 'chat-webhooks/channeltalk'
 * if (Webhook.is(body) && body.event === 'push' && body.type === 'message') body.entity.plainText
 */
export const Webhook = /*#__PURE__*/ taggedUnion('Webhook', ['event', 'type'], KNOWN_EVENTS, Unrecognized)
/** @category events @since 0.2.0 */
export type Webhook = t.TypeOf<typeof Webhook>
