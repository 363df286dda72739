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
import * as t from '../../core/io.js'
import {
  type Codec,
  type EnumCodec,
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

const ChatTypeC = /*#__PURE__*/ openEnum('ChatType', ['userChat', 'group', 'directChat'])
/** Where a message was written. Webhooks carry `userChat` and `group` (team chat); direct chats are never sent. @category enums @since 0.2.0 */
export type ChatType = t.TypeOf<typeof ChatTypeC>
/** The codec of {@link ChatType}. @category enums @since 0.2.0 */
export const ChatType: EnumCodec<ChatType> = ChatTypeC
const PersonTypeC = /*#__PURE__*/ openEnum('PersonType', ['user', 'manager', 'bot', 'account'])
/** Who wrote a message: the customer (`user`), a `manager` (agent) or a `bot`; Channel's protos also know `account`. @category enums @since 0.2.0 */
export type PersonType = t.TypeOf<typeof PersonTypeC>
/** The codec of {@link PersonType}. @category enums @since 0.2.0 */
export const PersonType: EnumCodec<PersonType> = PersonTypeC
const MessageStateC = /*#__PURE__*/ openEnum('MessageState', ['sending', 'sent', 'failed', 'removed'])
/** Message `state`. @category enums @since 0.2.0 */
export type MessageState = t.TypeOf<typeof MessageStateC>
/** The codec of {@link MessageState}. @category enums @since 0.2.0 */
export const MessageState: EnumCodec<MessageState> = MessageStateC
const MessageOptionC = /*#__PURE__*/ openEnum('MessageOption', [
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
/** Message `options` (v4 has the first nine; Channel's protos add `alertToWriter`). @category enums @since 0.2.0 */
export type MessageOption = t.TypeOf<typeof MessageOptionC>
/** The codec of {@link MessageOption}. @category enums @since 0.2.0 */
export const MessageOption: EnumCodec<MessageOption> = MessageOptionC
const BlockTypeC = /*#__PURE__*/ openEnum('BlockType', ['text', 'code', 'bullets'])
/** Block `type`. @category enums @since 0.2.0 */
export type BlockType = t.TypeOf<typeof BlockTypeC>
/** The codec of {@link BlockType}. @category enums @since 0.2.0 */
export const BlockType: EnumCodec<BlockType> = BlockTypeC
const ColorVariantC = /*#__PURE__*/ openEnum('ColorVariant', [
  'cobalt',
  'green',
  'orange',
  'red',
  'black',
  'pink',
  'purple',
])
/** Button `colorVariant`. @category enums @since 0.2.0 */
export type ColorVariant = t.TypeOf<typeof ColorVariantC>
/** The codec of {@link ColorVariant}. @category enums @since 0.2.0 */
export const ColorVariant: EnumCodec<ColorVariant> = ColorVariantC
const FileTypeC = /*#__PURE__*/ openEnum('FileType', ['image', 'video', 'audio', 'file'])
/** File `type`: the OpenAPI document leaves it free; these are the values seen and the media kinds Channel stores. @category enums @since 0.2.0 */
export type FileType = t.TypeOf<typeof FileTypeC>
/** The codec of {@link FileType}. @category enums @since 0.2.0 */
export const FileType: EnumCodec<FileType> = FileTypeC
const LogActionC = /*#__PURE__*/ openEnum('LogAction', [
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
/** Log `action` (v5; v4 has the first fourteen of these). @category enums @since 0.2.0 */
export type LogAction = t.TypeOf<typeof LogActionC>
/** The codec of {@link LogAction}. @category enums @since 0.2.0 */
export const LogAction: EnumCodec<LogAction> = LogActionC
const FormTypeC = /*#__PURE__*/ openEnum('FormType', ['custom', 'followUp', 'call'])
/** Form `type` (Channel's form subtypes). @category enums @since 0.2.0 */
export type FormType = t.TypeOf<typeof FormTypeC>
/** The codec of {@link FormType}. @category enums @since 0.2.0 */
export const FormType: EnumCodec<FormType> = FormTypeC
const FormInputTypeC = /*#__PURE__*/ openEnum('FormInputType', [
  'text',
  'number',
  'bool',
  'date',
  'datetime',
  'radio',
  'singleSelect',
  'checkbox',
  'multiSelect',
])
/** Form input `type`. @category enums @since 0.2.0 */
export type FormInputType = t.TypeOf<typeof FormInputTypeC>
/** The codec of {@link FormInputType}. @category enums @since 0.2.0 */
export const FormInputType: EnumCodec<FormInputType> = FormInputTypeC
const FormDataTypeC = /*#__PURE__*/ openEnum('FormDataType', [
  'string',
  'date',
  'list',
  'listOfNumber',
  'number',
  'datetime',
  'boolean',
])
/** Form input `dataType`. @category enums @since 0.2.0 */
export type FormDataType = t.TypeOf<typeof FormDataTypeC>
/** The codec of {@link FormDataType}. @category enums @since 0.2.0 */
export const FormDataType: EnumCodec<FormDataType> = FormDataTypeC
const MissedReasonC = /*#__PURE__*/ openEnum('MissedReason', [
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
/** Why a chat or call was missed. @category enums @since 0.2.0 */
export type MissedReason = t.TypeOf<typeof MissedReasonC>
/** The codec of {@link MissedReason}. @category enums @since 0.2.0 */
export const MissedReason: EnumCodec<MissedReason> = MissedReasonC
const CallDirectionC = /*#__PURE__*/ openEnum('CallDirection', ['inbound', 'outbound'])
/** A call's or meet's direction. @category enums @since 0.2.0 */
export type CallDirection = t.TypeOf<typeof CallDirectionC>
/** The codec of {@link CallDirection}. @category enums @since 0.2.0 */
export const CallDirection: EnumCodec<CallDirection> = CallDirectionC
const MeetStateC = /*#__PURE__*/ openEnum('MeetState', [
  'live',
  'ended',
  'transcribing',
  'transcribed',
  'transcribeFailed',
])
/** Meet state (`state`, `stateV2`). @category enums @since 0.2.0 */
export type MeetState = t.TypeOf<typeof MeetStateC>
/** The codec of {@link MeetState}. @category enums @since 0.2.0 */
export const MeetState: EnumCodec<MeetState> = MeetStateC
const UserChatStateC = /*#__PURE__*/ openEnum('UserChatState', [
  'opened',
  'snoozed',
  'closed',
  'queued',
  'initial',
  'missed',
])
/** User chat `state` (v4: opened, snoozed, closed). @category enums @since 0.2.0 */
export type UserChatState = t.TypeOf<typeof UserChatStateC>
/** The codec of {@link UserChatState}. @category enums @since 0.2.0 */
export const UserChatState: EnumCodec<UserChatState> = UserChatStateC
const PriorityC = /*#__PURE__*/ openEnum('Priority', ['low', 'medium', 'high'])
/** User chat `priority`. @category enums @since 0.2.0 */
export type Priority = t.TypeOf<typeof PriorityC>
/** The codec of {@link Priority}. @category enums @since 0.2.0 */
export const Priority: EnumCodec<Priority> = PriorityC
const MediumTypeC = /*#__PURE__*/ openEnum('MediumType', ['native', 'phone', 'email', 'app'])
/** The medium a chat came through (`mediumType`). @category enums @since 0.2.0 */
export type MediumType = t.TypeOf<typeof MediumTypeC>
/** The codec of {@link MediumType}. @category enums @since 0.2.0 */
export const MediumType: EnumCodec<MediumType> = MediumTypeC
const LegacyHandlingC = /*#__PURE__*/ openEnum('LegacyHandling', ['waiting', 'supportBot'])
/** v4 user chat `handling`, a plain string there. @category enums @since 0.2.0 */
export type LegacyHandling = t.TypeOf<typeof LegacyHandlingC>
/** The codec of {@link LegacyHandling}. @category enums @since 0.2.0 */
export const LegacyHandling: EnumCodec<LegacyHandling> = LegacyHandlingC
const UserTypeC = /*#__PURE__*/ openEnum('UserType', ['member', 'lead', 'unified'])
/** User `type`. @category enums @since 0.2.0 */
export type UserType = t.TypeOf<typeof UserTypeC>
/** The codec of {@link UserType}. @category enums @since 0.2.0 */
export const UserType: EnumCodec<UserType> = UserTypeC
const GroupScopeC = /*#__PURE__*/ openEnum('GroupScope', ['all', 'public', 'private'])
/** Group (team chat) `scope`; private groups never send webhooks. @category enums @since 0.2.0 */
export type GroupScope = t.TypeOf<typeof GroupScopeC>
/** The codec of {@link GroupScope}. @category enums @since 0.2.0 */
export const GroupScope: EnumCodec<GroupScope> = GroupScopeC
const WatchLevelC = /*#__PURE__*/ openEnum('WatchLevel', ['all', 'info', 'none'])
/** A manager's default watch level for a kind of chat. @category enums @since 0.2.0 */
export type WatchLevel = t.TypeOf<typeof WatchLevelC>
/** The codec of {@link WatchLevel}. @category enums @since 0.2.0 */
export const WatchLevel: EnumCodec<WatchLevel> = WatchLevelC

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
export interface AttributeValue extends StructOf<Record<never, never>, typeof attributeValueFields> {
  m?: Record<string, AttributeValue> | null
  l?: AttributeValue[] | null
}
/** @category objects @since 0.2.0 */
export const AttributeValue: t.Type<AttributeValue, AttributeValue> = /*#__PURE__*/ recursion(
  'AttributeValue',
  (self) => struct('AttributeValue', {}, { ...attributeValueFields, m: record(self), l: array(self) }),
)

const expressionFields = {
  key: t.string,
  type: /*#__PURE__*/ openEnum('ExpressionType', [
    'boolean',
    'date',
    'datetime',
    'list',
    'listOfNumber',
    'number',
    'string',
    'listOfObject',
  ]),
  operator: JsonObject,
  values: /*#__PURE__*/ array(t.unknown),
}
/** A goal condition (`goalEventQuery`). @category objects @since 0.2.0 */
export interface Expression extends StructOf<Record<never, never>, typeof expressionFields> {
  and?: Expression[] | null
  or?: Expression[] | null
}
/** @category objects @since 0.2.0 */
export const Expression: t.Type<Expression, Expression> = /*#__PURE__*/ recursion('Expression', (self) =>
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
export interface WorkflowTrace extends StructOf<Record<never, never>, typeof workflowTraceFields> {
  previousTrace?: WorkflowTrace | null
}
/** @category objects @since 0.2.0 */
export const WorkflowTrace: t.Type<WorkflowTrace, WorkflowTrace> = /*#__PURE__*/ recursion('WorkflowTrace', (self) =>
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
export interface Block extends StructOf<Record<never, never>, typeof blockFields> {
  blocks?: Block[] | null
}
/** @category content @since 0.2.0 */
export const Block: t.Type<Block, Block> = /*#__PURE__*/ recursion('Block', (self) =>
  struct('Block', {}, { ...blockFields, blocks: array(self) }),
)

const WebActionC = /*#__PURE__*/ struct(
  'WebAction',
  { type: /*#__PURE__*/ literal('web') },
  { attributes: /*#__PURE__*/ struct('WebAttributes', {}, { url: t.string }) },
)
/** A button that opens a web page. @category content @since 0.2.0 */
export interface WebAction extends t.TypeOf<typeof WebActionC> {}
/** The codec of {@link WebAction}. @category content @since 0.2.0 */
export const WebAction: Codec<WebAction> = WebActionC

const WamActionC = /*#__PURE__*/ struct(
  'WamAction',
  { type: /*#__PURE__*/ literal('wam') },
  { attributes: /*#__PURE__*/ struct('WamAttributes', {}, { appId: t.string, name: t.string, wamArgs: JsonObject }) },
)
/** A button that opens an app's WAM (web app module). @category content @since 0.2.0 */
export interface WamAction extends t.TypeOf<typeof WamActionC> {}
/** The codec of {@link WamAction}. @category content @since 0.2.0 */
export const WamAction: Codec<WamAction> = WamActionC

const CommandActionC = /*#__PURE__*/ struct(
  'CommandAction',
  { type: /*#__PURE__*/ literal('command') },
  {
    attributes: /*#__PURE__*/ struct('CommandAttributes', {}, { appId: t.string, name: t.string, params: JsonObject }),
  },
)
/** A button that runs an app's command. @category content @since 0.2.0 */
export interface CommandAction extends t.TypeOf<typeof CommandActionC> {}
/** The codec of {@link CommandAction}. @category content @since 0.2.0 */
export const CommandAction: Codec<CommandAction> = CommandActionC

const UnrecognizedActionC = /*#__PURE__*/ fallback('UnrecognizedAction', 'type', {}, { attributes: JsonObject })
/** A button action of a type this library does not know: `type: 'unrecognized'`, the sent type in `unrecognized`. @category content @since 0.2.0 */
export interface UnrecognizedAction extends t.TypeOf<typeof UnrecognizedActionC> {}
/** The codec of {@link UnrecognizedAction}. @category content @since 0.2.0 */
export const UnrecognizedAction: Codec<UnrecognizedAction, t.OutputOf<typeof UnrecognizedActionC>> = UnrecognizedActionC

const ActionC = /*#__PURE__*/ taggedUnion(
  'Action',
  'type',
  { web: WebAction, wam: WamAction, command: CommandAction },
  UnrecognizedAction,
)
/**
 * A v5 button's `action`, discriminated on `type`. The OpenAPI document names
 * the attribute classes but not their tags: `web` and `wam` are Channel's own
 * examples, `command` follows the same naming.
 * @category content
 * @since 0.2.0
 */
export type Action = t.TypeOf<typeof ActionC> & {}
/** The codec of {@link Action}. @category content @since 0.2.0 */
export const Action: Codec<Action> = ActionC

const ButtonC = /*#__PURE__*/ struct(
  'Button',
  {},
  { title: t.string, colorVariant: ColorVariant, action: Action, url: t.string },
)
/** A button (at most two per message): v5 carries an `action`, v4 a `url`. @category content @since 0.2.0 */
export interface Button extends t.TypeOf<typeof ButtonC> {}
/** The codec of {@link Button}. @category content @since 0.2.0 */
export const Button: Codec<Button> = ButtonC

const FileC = /*#__PURE__*/ struct(
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
/**
 * An attached file. Channel sends **no URL**: a file is addressed by `bucket`
 * and `key`, and a signed download URL comes from
 * `GET /open/v5/user-chats/{userChatId}/messages/file?key=…` (or
 * `/open/v5/groups/{groupId}/messages/file?key=…`).
 * @category content
 * @since 0.2.0
 */
export interface File extends t.TypeOf<typeof FileC> {}
/** The codec of {@link File}. @category content @since 0.2.0 */
export const File: Codec<File> = FileC

const WebPageC = /*#__PURE__*/ struct(
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
/** A link preview. @category content @since 0.2.0 */
export interface WebPage extends t.TypeOf<typeof WebPageC> {}
/** The codec of {@link WebPage}. @category content @since 0.2.0 */
export const WebPage: Codec<WebPage> = WebPageC

const LogC = /*#__PURE__*/ struct(
  'Log',
  {},
  {
    action: LogAction,
    values: /*#__PURE__*/ array(t.string),
    /** v5. */ triggerType: t.string,
    /** v5. */ triggerId: t.string,
  },
)
/** The record of a system event (a chat was assigned, closed, tagged…). @category content @since 0.2.0 */
export interface Log extends t.TypeOf<typeof LogC> {}
/** The codec of {@link Log}. @category content @since 0.2.0 */
export const Log: Codec<Log> = LogC

const ReactionC = /*#__PURE__*/ struct(
  'Reaction',
  {},
  { emojiName: t.string, personKeys: /*#__PURE__*/ array(t.string), /** v4. */ empty: t.boolean },
)
/** An emoji reaction; `personKeys` are `<personType>-<personId>`. @category content @since 0.2.0 */
export interface Reaction extends t.TypeOf<typeof ReactionC> {}
/** The codec of {@link Reaction}. @category content @since 0.2.0 */
export const Reaction: Codec<Reaction> = ReactionC

const FormInputC = /*#__PURE__*/ struct(
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
/** A form input: the fields of custom, follow-up and call form inputs together. @category content @since 0.2.0 */
export interface FormInput extends t.TypeOf<typeof FormInputC> {}
/** The codec of {@link FormInput}. @category content @since 0.2.0 */
export const FormInput: Codec<FormInput> = FormInputC

const FormC = /*#__PURE__*/ struct(
  'Form',
  {},
  {
    type: FormType,
    submittedAt: EpochMillis,
    inputs: /*#__PURE__*/ array(FormInput),
    /** Follow-up forms. */ triggerMessageId: t.string,
  },
)
/** A form a bot sent (custom, follow-up or call form); `submittedAt` once the customer answered. @category content @since 0.2.0 */
export interface Form extends t.TypeOf<typeof FormC> {}
/** The codec of {@link Form}. @category content @since 0.2.0 */
export const Form: Codec<Form> = FormC

const MessageThreadC = /*#__PURE__*/ struct(
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
/** A thread root's thread. @category content @since 0.2.0 */
export interface MessageThread extends t.TypeOf<typeof MessageThreadC> {}
/** The codec of {@link MessageThread}. @category content @since 0.2.0 */
export const MessageThread: Codec<MessageThread> = MessageThreadC

const meetCommon = {
  id: t.string,
  direction: CallDirection,
  missedReason: MissedReason,
  engagedAt: EpochMillis,
  missedHandledAt: EpochMillis,
}

const MessageMeetC = /*#__PURE__*/ struct(
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
/** A call or meeting record on a message. @category content @since 0.2.0 */
export interface MessageMeet extends t.TypeOf<typeof MessageMeetC> {}
/** The codec of {@link MessageMeet}. @category content @since 0.2.0 */
export const MessageMeet: Codec<MessageMeet> = MessageMeetC

const AlfReferenceC = /*#__PURE__*/ struct(
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
/** A knowledge source an AI (ALF) answer cites: the fields of every reference kind together. @category content @since 0.2.0 */
export interface AlfReference extends t.TypeOf<typeof AlfReferenceC> {}
/** The codec of {@link AlfReference}. @category content @since 0.2.0 */
export const AlfReference: Codec<AlfReference> = AlfReferenceC

const MessageAlfC = /*#__PURE__*/ struct(
  'MessageAlf',
  {},
  {
    handlingId: t.string,
    alfSessionId: t.string,
    type: /*#__PURE__*/ openEnum('AlfType', [
      'complete',
      'rag',
      'incomplete',
      'impossible',
      'command',
      'faq',
      'failed',
      'rateLimited',
      'openUserChat',
      'system',
    ]),
    references: /*#__PURE__*/ array(AlfReference),
    mentionAlfAnswered: t.boolean,
  },
)
/** AI agent (ALF) metadata of a message. @category content @since 0.2.0 */
export interface MessageAlf extends t.TypeOf<typeof MessageAlfC> {}
/** The codec of {@link MessageAlf}. @category content @since 0.2.0 */
export const MessageAlf: Codec<MessageAlf> = MessageAlfC

const MessageMarketingC = /*#__PURE__*/ struct(
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
/** Marketing (campaign / one-time message) metadata. @category content @since 0.2.0 */
export interface MessageMarketing extends t.TypeOf<typeof MessageMarketingC> {}
/** The codec of {@link MessageMarketing}. @category content @since 0.2.0 */
export const MessageMarketing: Codec<MessageMarketing> = MessageMarketingC

const MessageSupportBotC = /*#__PURE__*/ struct(
  'MessageSupportBot',
  {},
  {
    id: t.string,
    revisionId: t.string,
    sectionId: t.string,
    stepIndex: Int,
    buttons: /*#__PURE__*/ array(
      /*#__PURE__*/ struct('SupportBotButton', {}, { text: t.string, nextSectionId: t.string }),
    ),
    submitButtonIndex: Int,
  },
)
/** Legacy support-bot metadata. @category content @since 0.2.0 */
export interface MessageSupportBot extends t.TypeOf<typeof MessageSupportBotC> {}
/** The codec of {@link MessageSupportBot}. @category content @since 0.2.0 */
export const MessageSupportBot: Codec<MessageSupportBot> = MessageSupportBotC

const MessageWorkflowC = /*#__PURE__*/ struct(
  'MessageWorkflow',
  {},
  {
    id: t.string,
    revisionId: t.string,
    sectionId: t.string,
    actionIndex: Int,
    submitButtonId: t.string,
    buttonBotMessage: t.boolean,
  },
)
/** Workflow metadata of a bot message. @category content @since 0.2.0 */
export interface MessageWorkflow extends t.TypeOf<typeof MessageWorkflowC> {}
/** The codec of {@link MessageWorkflow}. @category content @since 0.2.0 */
export const MessageWorkflow: Codec<MessageWorkflow> = MessageWorkflowC

const ProfileBotInputC = /*#__PURE__*/ struct(
  'ProfileBotInput',
  {},
  { id: t.string, key: t.string, type: t.string, name: t.string, value: AttributeValue },
)
/** A v4 profile-bot input. @category content @since 0.2.0 */
export interface ProfileBotInput extends t.TypeOf<typeof ProfileBotInputC> {}
/** The codec of {@link ProfileBotInput}. @category content @since 0.2.0 */
export const ProfileBotInput: Codec<ProfileBotInput> = ProfileBotInputC

// -------------------------------------------------------------------------------------
// Message
// -------------------------------------------------------------------------------------

const MessageEmailC = /*#__PURE__*/ struct(
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
/**
 * The e-mail envelope of a message (`MessageEmail` in Channel's
 * `ch-proto-public` `coreapi/model/message_email.proto`). Addresses are
 * objects (`{ address, name? }`); how the direction and creation time are
 * serialized is not documented, so both are left loose.
 * @category models
 * @since 0.3.0
 */
export interface MessageEmail extends t.TypeOf<typeof MessageEmailC> {}
/** The codec of {@link MessageEmail}. @category models @since 0.3.0 */
export const MessageEmail: Codec<MessageEmail> = MessageEmailC

const MessageC = /*#__PURE__*/ struct(
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
    alfThread: /*#__PURE__*/ struct(
      'MessageAlfThread',
      {},
      { id: t.string, chatType: t.string, chatId: t.string, duration: Int, completed: t.boolean },
    ),
    /** v5. */
    alfProgress: /*#__PURE__*/ struct(
      'MessageAlfProgress',
      {},
      {
        type: t.string,
        plainText: t.string,
        step: /*#__PURE__*/ openEnum('AlfProgressStep', [
          'unknown',
          'ragQuestionAnalysis',
          'ragSearchKnowledge',
          'ragRetrieveKnowledge',
          'ragSearchEnd',
        ]),
        title: t.string,
        iconName: t.string,
        completed: t.boolean,
      },
    ),
    /** v5. */
    ivr: /*#__PURE__*/ struct('MessageIvr', {}, { audioFile: File, dialInput: t.string }),
    /** v5. */
    customPayload: /*#__PURE__*/ struct(
      'MessageCustomPayload',
      {},
      { data: t.unknown, paramMapper: /*#__PURE__*/ record(t.string) },
    ),
    /** v5. */
    inboundEmailId: t.string,
    /** v5. */
    removerKey: t.string,
    /** Set on thread and meet replies. */
    rootMessageId: t.string,
    threadMsg: t.boolean,
    broadcastedMsg: t.boolean,
    ...fieldsOf(t.boolean, [
      'threadRoot',
      'meetMsg',
      'meetRoot',
      'alfThreadMsg',
      'alfThreadRoot',
      'workflowButton',
      'removedByWriter',
    ]),
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
/**
 * A message (`entity` of `push`/`message`, and `refers.message`): v5 and v4
 * fields together. Its text is `plainText`, or the `blocks` when that is
 * absent (file-only and log messages have neither).
 * @category models
 * @since 0.2.0
 */
export interface Message extends t.TypeOf<typeof MessageC> {}
/** The codec of {@link Message}. @category models @since 0.2.0 */
export const Message: Codec<Message> = MessageC

// -------------------------------------------------------------------------------------
// UserChat
// -------------------------------------------------------------------------------------

const WorkflowButtonC = /*#__PURE__*/ struct(
  'WorkflowButton',
  {},
  {
    id: t.string,
    type: t.string,
    name: t.string,
    nextSectionId: t.string,
    buttonType: /*#__PURE__*/ openEnum('AlfButtonType', [
      'RESOLVED',
      'UNRESOLVED',
      'OPEN_CHAT_BY_UNRESOLVED',
      'OPEN_CHAT_BY_ERROR',
      'OPEN_CHAT',
      'USER_MESSAGE',
    ]),
  },
)
/** A workflow or AI button a chat is waiting on: the fields of every button kind together. @category models @since 0.2.0 */
export interface WorkflowButton extends t.TypeOf<typeof WorkflowButtonC> {}
/** The codec of {@link WorkflowButton}. @category models @since 0.2.0 */
export const WorkflowButton: Codec<WorkflowButton> = WorkflowButtonC

const nameDescMap = /*#__PURE__*/ record(
  /*#__PURE__*/ struct('NameDesc', {}, { name: t.string, description: t.string }),
)

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
  buttonSectionStack: /*#__PURE__*/ array(
    /*#__PURE__*/ struct('ButtonSectionInfo', {}, { sectionId: t.string, revisionId: t.string }),
  ),
}

const HandlingC = /*#__PURE__*/ struct(
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
/**
 * What is handling a chat before a person does (v5: an object whose `type`
 * names a workflow, AI agent, support bot, IVR…; the fields of every kind
 * together, as LegacyV7 and v5 define them).
 * @category models
 * @since 0.2.0
 */
export interface Handling extends t.TypeOf<typeof HandlingC> {}
/** The codec of {@link Handling}. @category models @since 0.2.0 */
export const Handling: Codec<Handling> = HandlingC

const UserChatSourceC = /*#__PURE__*/ struct(
  'UserChatSource',
  {},
  {
    page: t.string,
    marketing: /*#__PURE__*/ struct('SourceMarketing', {}, { id: t.string, type: t.string }),
    supportBot: /*#__PURE__*/ struct(
      'SourceSupportBot',
      {},
      { id: t.string, revisionId: t.string, sectionPath: /*#__PURE__*/ array(t.string) },
    ),
    workflow: /*#__PURE__*/ struct(
      'SourceWorkflow',
      {},
      {
        id: t.string,
        revisionId: t.string,
        traceId: t.string,
        sectionPath: /*#__PURE__*/ array(t.string),
        causeOfEnd: t.string,
      },
    ),
    appMessenger: /*#__PURE__*/ struct(
      'SourceAppMessenger',
      {},
      { id: t.string, mediumType: t.string, displayName: t.string },
    ),
    medium: /*#__PURE__*/ struct(
      'SourceMedium',
      {},
      { mediumType: MediumType, mediumId: t.string, primitive: t.boolean },
    ),
  },
)
/** Where a user chat came from. @category models @since 0.2.0 */
export interface UserChatSource extends t.TypeOf<typeof UserChatSourceC> {}
/** The codec of {@link UserChatSource}. @category models @since 0.2.0 */
export const UserChatSource: Codec<UserChatSource> = UserChatSourceC

const UserChatStatC = /*#__PURE__*/ struct(
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
    ...fieldsOf(t.boolean, [
      'workflowTriggered',
      'alfTriggered',
      'everOpened',
      'reopened',
      'reassigned',
      'managedInOperationTime',
    ]),
    alfCxScore: t.number,
  },
)
/** A user chat's statistics (v5). Durations are milliseconds. @category models @since 0.2.0 */
export interface UserChatStat extends t.TypeOf<typeof UserChatStatC> {}
/** The codec of {@link UserChatStat}. @category models @since 0.2.0 */
export const UserChatStat: Codec<UserChatStat> = UserChatStatC

const UserChatC = /*#__PURE__*/ struct(
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
    supportBot: /*#__PURE__*/ struct(
      'UserChatSupportBot',
      {},
      { id: t.string, revisionId: t.string, sectionPath: /*#__PURE__*/ array(t.string) },
    ),
    /** v4. */
    marketing: /*#__PURE__*/ struct(
      'UserChatMarketing',
      {},
      { type: t.string, id: t.string, enableSupportBot: t.boolean, supportBotId: t.string },
    ),
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
/**
 * A user chat — a conversation with a customer (`entity` of
 * `push`/`userChat`, and `refers.userChat`): v5, LegacyV7 and v4 fields
 * together. Its `id` is a message's `chatId`.
 * @category models
 * @since 0.2.0
 */
export interface UserChat extends t.TypeOf<typeof UserChatC> {}
/** The codec of {@link UserChat}. @category models @since 0.2.0 */
export const UserChat: Codec<UserChat> = UserChatC

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

const UserC = /*#__PURE__*/ struct(
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
        ...fieldsOf(t.string, [
          'name',
          'email',
          'avatarUrl',
          'mobileNumber',
          'landlineNumber',
          'firstName',
          'lastName',
        ]),
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
    ...fieldsOf(t.boolean, [
      'mobileNumberQualified',
      'emailQualified',
      'named',
      'member',
      'blocked',
      'hasChat',
      'hasPushToken',
      'constrainted',
    ]),
    /** v5. */
    unsubscribeEmail: t.boolean,
    /** v5. */
    unsubscribeTexting: t.boolean,
    /** v5: app push opt-out (Channel's protos). */
    unsubscribeAppPush: t.boolean,
    /** v4: one opt-out flag for every channel. */
    unsubscribed: t.boolean,
    ...fieldsOf(EpochMillis, [
      'unsubscribeEmailUpdatedAt',
      'unsubscribeTextingUpdatedAt',
      'unsubscribeAppPushUpdatedAt',
    ]),
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
/**
 * A user — the customer, member or lead (`entity` of `upsert`/`user`, and
 * `refers.user`): v5 and v4 fields together.
 * @category models
 * @since 0.2.0
 */
export interface User extends t.TypeOf<typeof UserC> {}
/** The codec of {@link User}. @category models @since 0.2.0 */
export const User: Codec<User> = UserC

const tinyFile = /*#__PURE__*/ struct('TinyFile', {}, { bucket: t.string, key: t.string, width: Int, height: Int })

const ManagerC = /*#__PURE__*/ struct(
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
    chatAlertSound: /*#__PURE__*/ openEnum('ChatAlertSound', [
      'none',
      'drop',
      'woody',
      'bounce',
      'crystal',
      'xylo',
      'quickKnock',
      'candy',
      'shine',
    ]),
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
/**
 * A manager — an agent (`refers.manager`): v5 and v4 fields together, plus
 * `username` and `operatorScheduling`, which v4-era payloads carried.
 * @category models
 * @since 0.2.0
 */
export interface Manager extends t.TypeOf<typeof ManagerC> {}
/** The codec of {@link Manager}. @category models @since 0.2.0 */
export const Manager: Codec<Manager> = ManagerC

const BotC = /*#__PURE__*/ struct(
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
/** A bot (`refers.bot`): v5 and v4 fields together. @category models @since 0.2.0 */
export interface Bot extends t.TypeOf<typeof BotC> {}
/** The codec of {@link Bot}. @category models @since 0.2.0 */
export const Bot: Codec<Bot> = BotC

const GroupC = /*#__PURE__*/ struct(
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
/** A group — a team chat (`refers.group`): v5 names it by `title`, v4 by `name`. @category models @since 0.2.0 */
export interface Group extends t.TypeOf<typeof GroupC> {}
/** The codec of {@link Group}. @category models @since 0.2.0 */
export const Group: Codec<Group> = GroupC

const RefersC = /*#__PURE__*/ struct(
  'Refers',
  {},
  { user: User, userChat: UserChat, manager: Manager, bot: Bot, group: Group, message: Message },
)
/**
 * The objects an event refers to, by model name; which keys are present
 * depends on the event, and none is guaranteed.
 * @category models
 * @since 0.2.0
 */
export interface Refers extends t.TypeOf<typeof RefersC> {}
/** The codec of {@link Refers}. @category models @since 0.2.0 */
export const Refers: Codec<Refers> = RefersC

// -------------------------------------------------------------------------------------
// webhooks
// -------------------------------------------------------------------------------------

const PushMessageC = /*#__PURE__*/ struct(
  'PushMessage',
  { event: /*#__PURE__*/ literal('push'), type: /*#__PURE__*/ literal('message'), entity: Message },
  { refers: Refers },
)
/** A new message in a user chat or a team chat (scopes `message.created.userChat`, `message.created.teamChat`). @category events @since 0.2.0 */
export interface PushMessage extends t.TypeOf<typeof PushMessageC> {}
/** The codec of {@link PushMessage}. @category events @since 0.2.0 */
export const PushMessage: Codec<PushMessage> = PushMessageC

const PushUserChatC = /*#__PURE__*/ struct(
  'PushUserChat',
  { event: /*#__PURE__*/ literal('push'), type: /*#__PURE__*/ literal('userChat'), entity: UserChat },
  { refers: Refers },
)
/** A user chat was opened (scope `userChat.opened`); `refers` has the user and the chat's latest message. @category events @since 0.2.0 */
export interface PushUserChat extends t.TypeOf<typeof PushUserChatC> {}
/** The codec of {@link PushUserChat}. @category events @since 0.2.0 */
export const PushUserChat: Codec<PushUserChat> = PushUserChatC

const UpsertUserC = /*#__PURE__*/ struct(
  'UpsertUser',
  { event: /*#__PURE__*/ literal('upsert'), type: /*#__PURE__*/ literal('user'), entity: User },
  { refers: Refers },
)
/** A lead's or member's contact details or marketing consent changed (scopes `lead.upserted.*`, `member.upserted.*`). @category events @since 0.2.0 */
export interface UpsertUser extends t.TypeOf<typeof UpsertUserC> {}
/** The codec of {@link UpsertUser}. @category events @since 0.2.0 */
export const UpsertUser: Codec<UpsertUser> = UpsertUserC

const DeleteUserC = /*#__PURE__*/ struct(
  'DeleteUser',
  { event: /*#__PURE__*/ literal('delete'), type: /*#__PURE__*/ literal('user'), entity: User },
  { refers: Refers },
)
/**
 * A lead or member was deleted (scopes `lead.deleted`, `member.deleted`).
 * Channel does not document this body; its shape is inferred from Channel's
 * realtime framing (`delete` of a `user`), so everything in `entity` is
 * optional. Channel keeps nothing of a deleted user: `memberId` is how to find
 * a member in your own records.
 * @category events
 * @since 0.3.0
 */
export interface DeleteUser extends t.TypeOf<typeof DeleteUserC> {}
/** The codec of {@link DeleteUser}. @category events @since 0.3.0 */
export const DeleteUser: Codec<DeleteUser> = DeleteUserC

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

const UnrecognizedC = /*#__PURE__*/ fallback(
  'Unrecognized',
  ['event', 'type'],
  {},
  { entity: JsonObject, refers: JsonObject },
)
/**
 * A well-formed envelope with an (`event`, `type`) pair this library does not know — a
 * future event. Both tags decode as `'unrecognized'`, so the
 * known variants keep their literal tags; the pair that was sent is in
 * `unrecognized`, e.g. `{ event: 'update', type: 'userChat' }`.
 * @category events
 * @since 0.2.0
 */
export interface Unrecognized extends t.TypeOf<typeof UnrecognizedC> {}
/** The codec of {@link Unrecognized}. @category events @since 0.2.0 */
export const Unrecognized: Codec<Unrecognized, t.OutputOf<typeof UnrecognizedC>> = UnrecognizedC

const WebhookC = /*#__PURE__*/ taggedUnion('Webhook', ['event', 'type'], KNOWN_EVENTS, Unrecognized)
/**
 * Any Channel Talk webhook body, discriminated on (`event`, `type`).
 * @category events
 * @since 0.2.0
 * @example
 * import { Webhook } from 'chat-webhooks/channeltalk'
 * if (Webhook.is(body) && body.event === 'push' && body.type === 'message') body.entity.plainText
 */
export type Webhook = t.TypeOf<typeof WebhookC> & {}
/** The codec of {@link Webhook}. @category events @since 0.2.0 */
export const Webhook: Codec<Webhook> = WebhookC
