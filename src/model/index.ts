/**
 * The shared conversation/message model every provider normalizes into.
 *
 * One webhook gives zero or more {@link ChatEvent}s, discriminated by `kind`.
 * Ids are the provider's own ids as strings; times are `Date`s; text is plain
 * text with markdown kept. Every event keeps the decoded provider event it
 * came from in `raw`.
 *
 * @module
 */

import type { ProviderId } from '../registry.js'

export type { ProviderId } from '../registry.js'

/**
 * Who wrote a message.
 * - `customer`: the end user (inbound messages).
 * - `agent`: a human on the support side.
 * - `bot`: an automated agent (agent bots, AI assistants).
 * - `system`: the platform itself (templates, automatic messages).
 * @category model
 * @since 0.1.0
 */
export type Role = 'customer' | 'agent' | 'bot' | 'system'

/**
 * A message's author.
 * @category model
 * @since 0.1.0
 */
export interface Author {
  readonly role: Role
  /** The provider's id of the author, as a string. */
  readonly id?: string
  readonly name?: string
}

/**
 * A person or bot on the support side (an assignee).
 * @category model
 * @since 0.1.0
 */
export interface Participant {
  readonly id: string
  readonly role: 'agent' | 'bot'
  readonly name?: string
}

/**
 * The customer a conversation is with, or a contact event's subject.
 * @category model
 * @since 0.1.0
 */
export interface Contact {
  readonly id?: string
  readonly name?: string
  readonly email?: string
  /** E.164 where the provider gives it so. */
  readonly phone?: string
  /** The provider's external identifier for the contact (Chatwoot `identifier`). */
  readonly identifier?: string
  readonly avatarUrl?: string
}

/**
 * An inbox (a channel instance the conversation arrived through).
 * @category model
 * @since 0.1.0
 */
export interface Inbox {
  readonly id?: string
  readonly name?: string
  /** The provider's channel type, e.g. Chatwoot `Channel::WebWidget`. */
  readonly channel?: string
}

/**
 * A conversation (Chatwoot conversation, Channel Talk chat, Proto chat…).
 * @category model
 * @since 0.1.0
 */
export interface Conversation {
  /** The provider's own id, as a string (Chatwoot: the per-account display id). */
  readonly id: string
  /** The provider's status value, e.g. `open`, `resolved`, `pending`, `snoozed`. */
  readonly status?: string
  /** The provider's channel type, e.g. Chatwoot `Channel::Whatsapp`. */
  readonly channel?: string
  readonly inbox?: Inbox
  readonly contact?: Contact
  readonly assignee?: Participant
  readonly team?: { readonly id: string; readonly name?: string }
  readonly labels?: readonly string[]
  readonly priority?: string
  /** The conversation's name where the provider gives it one (Channel Talk team chats). */
  readonly name?: string
  /**
   * A team-internal conversation with no customer in it (Channel Talk team
   * chats): its messages are between agents and bots.
   */
  readonly internal?: boolean
  readonly createdAt?: Date
  readonly updatedAt?: Date
}

/**
 * One field a provider says changed in an update event.
 * @category model
 * @since 0.1.0
 */
export interface Change {
  readonly field: string
  readonly from: unknown
  readonly to: unknown
}

/**
 * A choice offered to (or picked by) the customer.
 * @category content
 * @since 0.1.0
 */
export interface Choice {
  readonly title: string
  readonly value: string
}

/**
 * A button on a card or a message.
 * - `link` opens a URL (`webview`: inside the messenger, where the provider says so).
 * - `postback` sends `payload` back to the bot.
 * - `reply` sends `reply` back as the customer's own text message (Proto text buttons).
 * - `app` is handled by an app on the provider's side (Channel Talk WAM and
 *   command buttons); `kind` is the provider's action type.
 * @category content
 * @since 0.1.0
 */
export type CardAction =
  | { readonly type: 'link'; readonly text: string; readonly url: string; readonly webview?: boolean }
  | { readonly type: 'postback'; readonly text: string; readonly payload: string }
  | { readonly type: 'reply'; readonly text: string; readonly reply: string }
  | {
      readonly type: 'app'
      readonly text: string
      readonly kind: string
      readonly appId?: string
      readonly name?: string
    }

/**
 * A card in a carousel or card list.
 * @category content
 * @since 0.1.0
 */
export interface Card {
  readonly title?: string
  readonly description?: string
  readonly imageUrl?: string
  readonly actions: readonly CardAction[]
}

/**
 * A field of a form a bot sends.
 * @category content
 * @since 0.1.0
 */
export interface FormField {
  readonly name: string
  /** `text`, `text_area`, `email`, `select`, … as the provider names it. */
  readonly inputType: string
  readonly label?: string
  readonly placeholder?: string
  readonly required?: boolean
  readonly defaultValue?: string
  readonly options?: readonly { readonly label: string; readonly value: string }[]
}

/**
 * The kind of a media part.
 * @category content
 * @since 0.1.0
 */
export type MediaType = 'image' | 'video' | 'audio' | 'file' | 'sticker'

/**
 * A typed piece of a message's content. `text` mirrors the message text; the
 * other parts carry what text alone cannot.
 * @category content
 * @since 0.1.0
 */
export type ContentPart =
  | { readonly type: 'text'; readonly text: string }
  | {
      readonly type: 'media'
      readonly mediaType: MediaType
      readonly url?: string
      readonly thumbnailUrl?: string
      readonly mimeType?: string
      /** Bytes. */
      readonly size?: number
      readonly width?: number
      readonly height?: number
      readonly name?: string
      /** Speech-to-text of an audio part, when the provider made one. */
      readonly transcript?: string
      /** Seconds (audio, video). */
      readonly duration?: number
      /**
       * Where the provider stores the file when it sends no URL (Channel
       * Talk): fetch a signed URL with the provider's API and this key.
       */
      readonly storage?: { readonly key: string; readonly bucket?: string; readonly id?: string }
    }
  | {
      readonly type: 'location'
      readonly latitude: number
      readonly longitude: number
      readonly title?: string
      readonly url?: string
    }
  | { readonly type: 'choices'; readonly options: readonly Choice[]; readonly submitted?: readonly Choice[] }
  | { readonly type: 'cards'; readonly cards: readonly Card[] }
  | { readonly type: 'actions'; readonly actions: readonly CardAction[] }
  | {
      readonly type: 'form'
      readonly fields: readonly FormField[]
      readonly submitted?: readonly { readonly name: string; readonly value: string }[]
    }
  | {
      readonly type: 'link'
      readonly url: string
      readonly title?: string
      readonly description?: string
      readonly imageUrl?: string
    }
  | {
      readonly type: 'rating'
      /** How the rating is asked for, e.g. `emoji` or `star`. */
      readonly display?: string
      /** The customer's rating (1–5) once given. */
      readonly rating?: number
      readonly feedback?: string
    }
  | { readonly type: 'email_request'; readonly submittedEmail?: string }
  | { readonly type: 'handoff'; readonly target?: string }
  | {
      readonly type: 'call'
      /** `inbound` (the customer called) or `outbound`, as the provider names it. */
      readonly direction?: string
      /** The provider's call status, e.g. `ringing`, `in-progress`, `completed`, `no-answer`, `failed`. */
      readonly status?: string
      /** Seconds, once the call has ended. */
      readonly duration?: number
      /** The provider's id of the call. */
      readonly callId?: string
      /** What carried the call, e.g. `whatsapp`, `twilio`. */
      readonly source?: string
      /** The agent who answered. */
      readonly acceptedBy?: Author
    }
  | {
      readonly type: 'activity'
      /** The provider's name for what happened, e.g. Channel Talk log `assign`, `close`, `addTags`. */
      readonly action: string
      readonly values?: readonly string[]
    }
  | {
      readonly type: 'unsupported'
      /** The provider's name for what this is (content type or attachment type). */
      readonly original: string
      readonly description?: string
    }

/**
 * The ad or post a customer came from (click-to-WhatsApp ads, Status and post
 * referrals), on the first message of a conversation it started.
 * @category content
 * @since 0.3.0
 */
export interface Referral {
  /** `ad` or `post`, as the provider names it. */
  readonly sourceType?: string
  readonly sourceId?: string
  readonly sourceUrl?: string
  readonly headline?: string
  readonly body?: string
  /** `image` or `video`. */
  readonly mediaType?: string
  /** The ad's image or video. */
  readonly mediaUrl?: string
  readonly thumbnailUrl?: string
  /** The click id (`ctwa_clid`), for reporting conversions back to the ad platform. */
  readonly clickId?: string
  /** The welcome message the ad opened the chat with. */
  readonly welcomeMessage?: string
}

/**
 * A message in the shared model.
 * @category model
 * @since 0.1.0
 */
export interface Message {
  readonly id?: string
  /** `inbound` = from the customer. */
  readonly direction: 'inbound' | 'outbound'
  readonly author: Author
  /** The text as sent (`''` when none): markdown kept, HTML tags stripped. */
  readonly text: string
  readonly parts: readonly ContentPart[]
  readonly createdAt?: Date
  /** An internal note, not visible to the customer. */
  readonly private: boolean
  /** The id of the message this one replies to or quotes. */
  readonly inReplyTo?: string
  /** Delivery status where the payload tells it (`sent`, `delivered`, `read`, `failed`). */
  readonly status?: string
  /** The message was deleted (its content is a placeholder). */
  readonly deleted?: boolean
  /** The id the message has on the external channel (WhatsApp `wamid…`, e-mail Message-ID…). */
  readonly externalId?: string
  /** The ad or post that started the conversation, on the message that came from it. */
  readonly referral?: Referral
  /** When the message was last edited, where the provider says so. */
  readonly editedAt?: Date
}

/**
 * Where to send an answer, per provider: what each provider's send API needs.
 * @category model
 * @since 0.1.0
 */
export type ReplyTarget =
  | {
      readonly provider: 'chatwoot'
      /** `POST /api/v1/accounts/{accountId}/conversations/{conversationId}/messages` */
      readonly accountId: string
      readonly conversationId: string
    }
  | {
      readonly provider: 'channeltalk'
      /**
       * `POST /open/v5/user-chats/{chatId}/messages` for a user chat,
       * `POST /open/v5/groups/{chatId}/messages` for a team chat.
       */
      readonly chatType: 'userChat' | 'group'
      readonly chatId: string
    }
  | {
      readonly provider: 'oneroute'
      /**
       * The conversation. OneRoute's send APIs address the customer by phone
       * number (`POST /api/public/conversation/text` with `from`/`to`), which
       * the documented webhook does not carry; `customerId` is there when
       * OneRoute sends `conversation.customer_id`.
       */
      readonly conversationId: string
      readonly channelId?: string
      /** The channel's medium, lower case: `whatsapp`, `sms`, `email`, `livechat`… */
      readonly medium?: string
      /** Your channel's own number, the `from` of a reply. */
      readonly channelPhone?: string
      readonly customerId?: string
      readonly customerEmail?: string
    }
  | {
      readonly provider: 'whatsapp'
      /** `POST /{phoneNumberId}/messages`: the business line the message came to. */
      readonly phoneNumberId: string
      /** The WhatsApp Business Account. */
      readonly wabaId?: string
      /** `to`: the user's phone number (WhatsApp id), or the group id. Meta prefers it to `recipient`. */
      readonly to?: string
      /** `recipient`: the user's business-scoped id, for users without a shared phone number. */
      readonly recipient?: string
      readonly parentRecipient?: string
      readonly recipientType: 'individual' | 'group'
      /** The incoming message: `context.message_id` to quote it, or `message_id` to mark it read. */
      readonly replyToMessageId?: string
    }
  | {
      readonly provider: 'proto'
      /** The chat, and the webhook channel its messages go through (`gw.proto.cx/webhook/{channelId}/…`). */
      readonly chatId: string
      readonly channelId?: string
      /** Your own conversation handle, given when you created the chat. */
      readonly chatToken?: string
      /** The reply token of the customer message this event answers. */
      readonly replyToken?: string
    }
  | {
      readonly provider: 'intercom'
      /**
       * What to answer: `POST https://api.intercom.io/conversations/{conversationId}/reply`, or
       * `/tickets/{conversationId}/reply` for a ticket (the ticket's `id`, not its Inbox number), with
       * `{ message_type: 'comment', type: 'admin', admin_id, body }`. EU and AU workspaces use
       * `api.eu.intercom.io` / `api.au.intercom.io`: the payload does not say which.
       */
      readonly kind: 'conversation' | 'ticket'
      readonly conversationId: string
      /** The workspace (`app_id`): one app's webhook serves every workspace that installed it. */
      readonly workspaceId: string
      /** The conversation's first contact, to reply as them (`intercom_user_id`). */
      readonly contactId?: string
    }
  | {
      readonly provider: 'sunshine'
      /**
       * The app and conversation: `POST {base}/v2/apps/{appId}/conversations/{conversationId}/messages` with
       * `{ author: { type: 'business' }, content }` answers, `…/activity` sends typing and read, `…/passControl`
       * hands the conversation over. `{base}` is `https://{subdomain}.zendesk.com/sc`, or `https://api.smooch.io`
       * for legacy Smooch apps: the payload does not say which.
       */
      readonly appId: string
      readonly conversationId: string
      /** Customer messages: the channel integration they came through (`destination.integrationId` to answer on it only). */
      readonly integrationId?: string
      /** Customer messages: the channel (`source.type`), e.g. `whatsapp`. */
      readonly channel?: string
      /** The user the event is about, when it names one. */
      readonly userId?: string
    }

/**
 * Fields every event has.
 * @category events
 * @since 0.1.0
 */
export interface ChatEventBase {
  readonly provider: ProviderId
  readonly kind: EventKind
  /** Stable across redeliveries of the same change; different for different changes. */
  readonly dedupeKey: string
  /**
   * The provider's id of this delivery (Chatwoot `X-Chatwoot-Delivery`), when
   * the request's headers were given to `normalize` or `handle`. Unlike
   * `dedupeKey` it differs between redeliveries: use it to trace a request.
   */
  readonly deliveryId?: string
  readonly occurredAt?: Date
  /** Present whenever the payload names a conversation. */
  readonly conversation?: Conversation
  /** Where to answer, on events that can be answered. */
  readonly replyTarget?: ReplyTarget
  /** The decoded provider event this came from. */
  readonly raw: unknown
}

/** A new message. @category events @since 0.1.0 */
export interface MessageCreatedEvent extends ChatEventBase {
  readonly kind: 'message.created'
  readonly message: Message
}

/** A message changed: delivery status, a submitted answer, deletion… @category events @since 0.1.0 */
export interface MessageUpdatedEvent extends ChatEventBase {
  readonly kind: 'message.updated'
  readonly message: Message
  readonly changes?: readonly Change[]
}

/**
 * What became of a message you sent, reported separately from the message
 * (OneRoute `smsDeliveryReport`). Carries no message content.
 * @category events
 * @since 0.2.0
 */
export interface MessageStatusEvent extends ChatEventBase {
  readonly kind: 'message.status'
  /** The provider's status, e.g. `delivered`, `undelivered`, `pending`. */
  readonly status: string
  /** The provider's id of the message or report. */
  readonly messageId?: string
  /** The id on the carrier or external channel. */
  readonly externalId?: string
  /** The medium, e.g. `sms`. */
  readonly channel?: string
  /** The sender id or number the message went out with. */
  readonly from?: string
  /** The recipient (a phone number for SMS). */
  readonly to?: string
  /** The provider's explanation, e.g. why it was not delivered. */
  readonly reason?: string
  readonly deliveredAt?: Date
  /** Billing units used (SMS parts). */
  readonly units?: number
  /** What the message is billed as (WhatsApp `pricing.category`: `service`, `utility`, `marketing`…). */
  readonly pricingCategory?: string
}

/** A new conversation. @category events @since 0.1.0 */
export interface ConversationCreatedEvent extends ChatEventBase {
  readonly kind: 'conversation.created'
  readonly conversation: Conversation
}

/** A conversation's attributes changed (assignee, labels, priority…). @category events @since 0.1.0 */
export interface ConversationUpdatedEvent extends ChatEventBase {
  readonly kind: 'conversation.updated'
  readonly conversation: Conversation
  readonly changes?: readonly Change[]
}

/** A conversation's status changed; `conversation.status` is the new one. @category events @since 0.1.0 */
export interface ConversationStatusChangedEvent extends ChatEventBase {
  readonly kind: 'conversation.status_changed'
  readonly conversation: Conversation
  readonly changes?: readonly Change[]
}

/** A new contact. @category events @since 0.1.0 */
export interface ContactCreatedEvent extends ChatEventBase {
  readonly kind: 'contact.created'
  readonly contact: Contact
}

/** A contact changed. @category events @since 0.1.0 */
export interface ContactUpdatedEvent extends ChatEventBase {
  readonly kind: 'contact.updated'
  readonly contact: Contact
  readonly changes?: readonly Change[]
}

/**
 * A contact was deleted (Channel Talk `lead.deleted`, `member.deleted`). The
 * provider keeps nothing of it afterwards: `contact.id` and
 * `contact.identifier` are what is left to find it in your own records.
 * @category events
 * @since 0.3.0
 */
export interface ContactDeletedEvent extends ChatEventBase {
  readonly kind: 'contact.deleted'
  readonly contact: Contact
}

/** Someone started typing. @category events @since 0.1.0 */
export interface TypingStartedEvent extends ChatEventBase {
  readonly kind: 'typing.started'
  readonly author?: Author
  /** Typing a private note. */
  readonly private: boolean
}

/** Someone stopped typing. @category events @since 0.1.0 */
export interface TypingStoppedEvent extends ChatEventBase {
  readonly kind: 'typing.stopped'
  readonly author?: Author
  readonly private: boolean
}

/** A visitor opened the chat widget (Chatwoot `webwidget_triggered`). @category events @since 0.1.0 */
export interface WidgetOpenedEvent extends ChatEventBase {
  readonly kind: 'widget.opened'
  readonly contact?: Contact
  readonly inbox?: Inbox
  /** The page the widget was opened on (client-supplied). */
  readonly pageUrl?: string
  /** The widget's or browser's language (client-supplied). */
  readonly locale?: string
}

/** An inbox was created (Chatwoot `inbox_created`). @category events @since 0.1.0 */
export interface InboxCreatedEvent extends ChatEventBase {
  readonly kind: 'inbox.created'
  readonly inbox: Inbox
}

/** An inbox changed (Chatwoot `inbox_updated`). @category events @since 0.1.0 */
export interface InboxUpdatedEvent extends ChatEventBase {
  readonly kind: 'inbox.updated'
  readonly inbox: Inbox
  readonly changes?: readonly Change[]
}

/** An account was created (Chatwoot installation webhook `account_created`). @category events @since 0.1.0 */
export interface AccountCreatedEvent extends ChatEventBase {
  readonly kind: 'account.created'
  readonly account: { readonly id: string; readonly name?: string }
  readonly users: readonly Participant[]
}

/**
 * An automation rule or macro sent the conversation (Chatwoot
 * `automation_event.*`, `macro.executed`).
 * @category events
 * @since 0.1.0
 */
export interface AutomationTriggeredEvent extends ChatEventBase {
  readonly kind: 'automation.triggered'
  readonly conversation: Conversation
  readonly automation: {
    readonly source: 'automation_rule' | 'macro'
    /** The rule's trigger event, e.g. `message_created` (automation rules only). */
    readonly trigger?: string
  }
}

/**
 * A reaction: its emoji (absent once removed), on which message, by whom.
 * @category model
 * @since 0.3.0
 */
export interface Reaction {
  /** The message reacted to. */
  readonly messageId?: string
  readonly emoji?: string
  readonly author: Author
}

/**
 * Someone reacted to a message (WhatsApp `reaction`). Not a message: a bot
 * that answers every `message.created` does not answer a thumbs-up.
 * @category events
 * @since 0.3.0
 */
export interface ReactionAddedEvent extends ChatEventBase {
  readonly kind: 'reaction.added'
  readonly reaction: Reaction
}

/** Someone took their reaction back; `reaction.emoji` is absent. @category events @since 0.3.0 */
export interface ReactionRemovedEvent extends ChatEventBase {
  readonly kind: 'reaction.removed'
  readonly reaction: Reaction
}

/**
 * A message template's review status changed (WhatsApp
 * `message_template_status_update`): approved, rejected, paused…
 * @category events
 * @since 0.3.0
 */
export interface TemplateStatusChangedEvent extends ChatEventBase {
  readonly kind: 'template.status_changed'
  readonly template: {
    readonly id: string
    readonly name?: string
    readonly language?: string
    readonly category?: string
  }
  /** The provider's status, e.g. `APPROVED`, `REJECTED`, `PAUSED`. */
  readonly status: string
  /** Why, as the provider says it, e.g. `INVALID_FORMAT`. */
  readonly reason?: string
}

/**
 * A notice about your account at the provider, not about a conversation
 * (WhatsApp `account_update`, and errors not tied to a message such as a
 * rate limit).
 * @category events
 * @since 0.3.0
 */
export interface AccountNoticeEvent extends ChatEventBase {
  readonly kind: 'account.notice'
  /** The provider's account: WhatsApp's business account id. */
  readonly account: { readonly id: string }
  /** The provider's name for the notice, e.g. `ACCOUNT_VIOLATION`, or `error`. */
  readonly notice: string
  /** The phone number it concerns, when it names one. */
  readonly phone?: string
  /** For errors: the provider's code. */
  readonly code?: number
  /** What the provider says about it. */
  readonly detail?: string
}

/**
 * Who may answer in a conversation, and since when: one integration hands a
 * conversation to another — a bot to human agents, agents back to a bot
 * (Sunshine Conversations' switchboard). The provider sends who holds it
 * after the change, not who held it before: remember the last holder per
 * conversation to know who gave it up.
 * @category model
 * @since 0.3.0
 */
export interface Handoff {
  /**
   * What happened: control was passed (`pass`), offered and not yet accepted
   * (`offer`), taken after an offer (`accept`), or given up so that nobody
   * holds the conversation (`release`).
   */
  readonly action: 'pass' | 'offer' | 'accept' | 'release'
  /** Who holds the conversation after it (absent after a release, and when the provider does not say). */
  readonly to?: HandoffParty
  /** Who was offered the conversation and has not accepted yet. */
  readonly pending?: HandoffParty
  /** Why, as the provider says it, e.g. `ticketClosed`. */
  readonly reason?: string
  /** What the integration that acted passed along with it. */
  readonly metadata?: Readonly<Record<string, unknown>>
  /** Set when the action failed: then nothing changed, and `to` and `pending` say who still holds it. */
  readonly failed?: { readonly code?: string; readonly message?: string }
}

/**
 * An integration a conversation is handed to: a bot or the human agents' desk.
 * @category model
 * @since 0.3.0
 */
export interface HandoffParty extends Participant {
  /** The provider's name for the kind of integration, e.g. `zd:agentWorkspace`, `zd:answerBot` or `custom`. */
  readonly integration?: string
}

/**
 * A conversation changed hands: see {@link Handoff}. `conversation.assignee`
 * is who holds it now.
 * @category events
 * @since 0.3.0
 */
export interface ConversationHandoffEvent extends ChatEventBase {
  readonly kind: 'conversation.handoff'
  readonly conversation: Conversation
  readonly handoff: Handoff
}

/** A well-formed webhook of an event type this library does not know. @category events @since 0.1.0 */
export interface UnrecognizedEvent extends ChatEventBase {
  readonly kind: 'unrecognized'
  /** The provider's name for the event. */
  readonly eventType: string
}

/**
 * Every normalized event.
 * @category events
 * @since 0.1.0
 */
export type ChatEvent =
  | MessageCreatedEvent
  | MessageUpdatedEvent
  | MessageStatusEvent
  | ConversationCreatedEvent
  | ConversationUpdatedEvent
  | ConversationStatusChangedEvent
  | ContactCreatedEvent
  | ContactUpdatedEvent
  | ContactDeletedEvent
  | TypingStartedEvent
  | TypingStoppedEvent
  | WidgetOpenedEvent
  | InboxCreatedEvent
  | InboxUpdatedEvent
  | AccountCreatedEvent
  | AutomationTriggeredEvent
  | ReactionAddedEvent
  | ReactionRemovedEvent
  | TemplateStatusChangedEvent
  | AccountNoticeEvent
  | ConversationHandoffEvent
  | UnrecognizedEvent

/**
 * The `kind` of every event.
 * @category events
 * @since 0.1.0
 */
export type EventKind = ChatEvent['kind']

/**
 * The event type of one kind.
 * @category events
 * @since 0.1.0
 */
export type EventOfKind<K extends EventKind> = Extract<ChatEvent, { readonly kind: K }>
