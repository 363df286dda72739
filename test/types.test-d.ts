import { describe, expectTypeOf, it } from 'vitest'
import type { StandardSchemaV1 as SpecSchema } from '@standard-schema/spec'
import { match, type ChatEvent, type ContentPart, type ExhaustiveHandlers, type Message } from '../src/index.js'
import * as channeltalk from '../src/providers/channeltalk/index.js'
import * as chatwoot from '../src/providers/chatwoot/index.js'
import * as oneroute from '../src/providers/oneroute/index.js'
import * as proto from '../src/providers/proto/index.js'

declare const webhook: chatwoot.Webhook
declare const event: ChatEvent

describe('Chatwoot webhook narrowing', () => {
  it('narrows on event to the variant', () => {
    switch (webhook.event) {
      case 'account_created':
        expectTypeOf(webhook).toEqualTypeOf<chatwoot.AccountCreated>()
        expectTypeOf(webhook.id).toEqualTypeOf<number>()
        break
      case 'message_created':
        expectTypeOf(webhook.message_type).toEqualTypeOf<'incoming' | 'outgoing' | 'template' | (string & {}) | null | undefined>()
        // @ts-expect-error a message has no users
        void webhook.users
        if (webhook.content_type === 'input_select') {
          expectTypeOf(webhook.content_attributes?.items).toEqualTypeOf<{ title?: string | null; value?: string | null }[] | null | undefined>()
        }
        if (webhook.content_type === 'unrecognized') expectTypeOf(webhook.unrecognized).toEqualTypeOf<string>()
        break
      case 'unrecognized':
        expectTypeOf(webhook).toEqualTypeOf<chatwoot.Unrecognized>()
        expectTypeOf(webhook.unrecognized).toEqualTypeOf<string>()
        break
      case 'conversation_typing_on':
        expectTypeOf(webhook.is_private).toEqualTypeOf<boolean | string | null | undefined>()
        break
    }
  })

  it('types automation events by their prefix', () => {
    if (webhook.event !== 'macro.executed' && webhook.event.startsWith('automation_event.')) void 0
    expectTypeOf<chatwoot.AutomationEvent['event']>().toEqualTypeOf<`automation_event.${string}`>()
  })

  it('narrows a sender on type', () => {
    const sender = {} as chatwoot.Sender
    if (sender.type === 'user') expectTypeOf(sender).toEqualTypeOf<chatwoot.User>()
    if (sender.type === 'unrecognized') expectTypeOf(sender.unrecognized).toEqualTypeOf<string>()
  })

  it('derives the types from the codecs', () => {
    expectTypeOf<chatwoot.Webhook>().toEqualTypeOf<import('io-ts').TypeOf<typeof chatwoot.Webhook>>()
    expectTypeOf(chatwoot.decode).returns.toEqualTypeOf<import('fp-ts/lib/Either.js').Either<import('../src/index.js').WebhookError, chatwoot.Webhook>>()
  })
})

declare const ct: channeltalk.Webhook

describe('Channel Talk webhook narrowing', () => {
  it('narrows on (event, type) to the variant', () => {
    switch (ct.event) {
      case 'push':
        expectTypeOf(ct).toEqualTypeOf<channeltalk.PushMessage | channeltalk.PushUserChat>()
        if (ct.type === 'message') {
          expectTypeOf(ct.entity).toEqualTypeOf<channeltalk.Message>()
          expectTypeOf(ct.entity.createdAt).toEqualTypeOf<number | null | undefined>()
          // @ts-expect-error a message has no userId
          void ct.entity.userId
        } else {
          expectTypeOf(ct.type).toEqualTypeOf<'userChat'>()
          expectTypeOf(ct.entity.handling).toEqualTypeOf<channeltalk.Handling | 'waiting' | 'supportBot' | (string & {}) | null | undefined>()
        }
        break
      case 'upsert':
        expectTypeOf(ct).toEqualTypeOf<channeltalk.UpsertUser>()
        break
      case 'unrecognized':
        expectTypeOf(ct).toEqualTypeOf<channeltalk.Unrecognized>()
        expectTypeOf(ct.type).toEqualTypeOf<'unrecognized'>()
        expectTypeOf(ct.unrecognized).toEqualTypeOf<{ readonly event: string; readonly type: string }>()
        break
    }
  })

  it('narrows on type alone too: the unrecognized variant never matches a known type', () => {
    if (ct.type === 'message') expectTypeOf(ct).toEqualTypeOf<channeltalk.PushMessage>()
  })

  it('narrows a button action on type', () => {
    const action = {} as channeltalk.Action
    if (action.type === 'web') expectTypeOf(action.attributes).toEqualTypeOf<{ url?: string | null } | null | undefined>()
    if (action.type === 'unrecognized') expectTypeOf(action.unrecognized).toEqualTypeOf<string>()
  })

  it('types blocks recursively and derives the webhook type from the codec', () => {
    expectTypeOf<NonNullable<channeltalk.Block['blocks']>[number]>().toEqualTypeOf<channeltalk.Block>()
    expectTypeOf<channeltalk.Webhook>().toEqualTypeOf<import('io-ts').TypeOf<typeof channeltalk.Webhook>>()
  })

  it('types quick-reply buttons: a URL or a known action, not both missing', () => {
    channeltalk.quickReply({ text: 'hi', buttons: [{ title: 'a', url: 'https://x.example' }] })
    // @ts-expect-error a button needs a url or an action
    channeltalk.quickReply({ text: 'hi', buttons: [{ title: 'a' }] })
    // @ts-expect-error an unrecognized action cannot be sent
    channeltalk.quickReply({ text: 'hi', buttons: [{ title: 'a', action: { type: 'unrecognized', unrecognized: 'x' } }] })
  })
})

declare const batch: proto.Webhook

describe('Proto webhook narrowing', () => {
  it('narrows events (a missing type is new_messages) and messages on type', () => {
    for (const e of batch.events) {
      if (e.type === 'unrecognized') {
        expectTypeOf(e).toEqualTypeOf<proto.UnrecognizedEvent>()
        expectTypeOf(e.unrecognized).toEqualTypeOf<string>()
        continue
      }
      expectTypeOf(e).toEqualTypeOf<proto.NewMessages>()
      expectTypeOf(e.type).toEqualTypeOf<'new_messages' | null | undefined>()
      for (const m of e.messages) {
        if (m.type === 'carousel') expectTypeOf(m).toEqualTypeOf<proto.CarouselMessage>()
        if (m.type === 'media') expectTypeOf(m.data).toEqualTypeOf<proto.MediaMessage['data']>()
        // @ts-expect-error a text message has no cards
        if (m.type === 'text') void m.data?.cards
      }
    }
  })

  it('narrows card buttons on type', () => {
    const b = {} as proto.Button
    if (b.type === 'postback') expectTypeOf(b.postbackData).toEqualTypeOf<string | null | undefined>()
    if (b.type === 'url') expectTypeOf(b.isWebview).toEqualTypeOf<boolean | null | undefined>()
  })
})

declare const or: oneroute.Webhook

describe('OneRoute webhook narrowing', () => {
  it('narrows on event, keeping OneRoute’s key casing and text times', () => {
    if (or.event === 'newMessage') {
      expectTypeOf(or.message.quoted_message_id).toEqualTypeOf<string | null | undefined>()
      expectTypeOf(or.conversation.Channel).toEqualTypeOf<oneroute.Channel | null | undefined>()
      expectTypeOf(or.conversation.agent).toEqualTypeOf<string | Record<string, unknown> | null | undefined>()
    }
    if (or.event === 'smsDeliveryReport') {
      expectTypeOf(or.conversation).toEqualTypeOf<oneroute.DeliveryReport>()
      // @ts-expect-error a delivery report is not a conversation
      void or.conversation.Channel
    }
    if (or.event === 'unrecognized') expectTypeOf(or.unrecognized).toEqualTypeOf<string>()
  })
})

describe('ChatEvent narrowing', () => {
  it('narrows on kind', () => {
    switch (event.kind) {
      case 'message.created':
        expectTypeOf(event.message).toEqualTypeOf<Message>()
        break
      case 'message.status':
        expectTypeOf(event.status).toEqualTypeOf<string>()
        expectTypeOf(event.deliveredAt).toEqualTypeOf<Date | undefined>()
        break
      case 'contact.updated':
        // @ts-expect-error a contact event has no message
        void event.message
        break
      case 'unrecognized':
        expectTypeOf(event.eventType).toEqualTypeOf<string>()
        break
    }
  })

  it('is exhaustive: a missing kind fails to compile', () => {
    const kindName = (e: ChatEvent): string => {
      switch (e.kind) {
        case 'message.created':
        case 'message.updated':
        case 'message.status':
        case 'conversation.created':
        case 'conversation.updated':
        case 'conversation.status_changed':
        case 'contact.created':
        case 'contact.updated':
        case 'typing.started':
        case 'typing.stopped':
        case 'widget.opened':
        case 'inbox.created':
        case 'inbox.updated':
        case 'account.created':
        case 'automation.triggered':
          return e.kind
        default: {
          // @ts-expect-error 'unrecognized' is not handled above
          const never: never = e
          return never
        }
      }
    }
    void kindName
  })

  it('narrows content parts on type', () => {
    const part = {} as ContentPart
    if (part.type === 'media') expectTypeOf(part.mediaType).toEqualTypeOf<'image' | 'video' | 'audio' | 'file' | 'sticker'>()
    if (part.type === 'actions') expectTypeOf<(typeof part.actions)[number]['type']>().toEqualTypeOf<'link' | 'postback' | 'reply' | 'app'>()
  })

  it('narrows a reply target on provider', () => {
    const target = {} as NonNullable<ChatEvent['replyTarget']>
    if (target.provider === 'channeltalk') expectTypeOf(target.chatType).toEqualTypeOf<'userChat' | 'group'>()
    if (target.provider === 'chatwoot') expectTypeOf(target.accountId).toEqualTypeOf<string>()
    if (target.provider === 'proto') expectTypeOf(target.replyToken).toEqualTypeOf<string | undefined>()
  })
})

describe('match', () => {
  const all: ExhaustiveHandlers<string> = {
    'message.created': (e) => e.message.text,
    'message.updated': (e) => e.message.text,
    'message.status': (e) => e.status,
    'conversation.created': (e) => e.conversation.id,
    'conversation.updated': (e) => e.conversation.id,
    'conversation.status_changed': (e) => e.conversation.id,
    'contact.created': (e) => e.contact.name ?? '',
    'contact.updated': (e) => e.contact.name ?? '',
    'contact.deleted': (e) => e.contact.identifier ?? '',
    'typing.started': (e) => String(e.private),
    'typing.stopped': (e) => String(e.private),
    'widget.opened': (e) => e.pageUrl ?? '',
    'inbox.created': (e) => e.inbox.name ?? '',
    'inbox.updated': (e) => e.inbox.name ?? '',
    'account.created': (e) => e.account.id,
    'automation.triggered': (e) => e.automation.source,
    unrecognized: (e) => e.eventType,
  }

  it('accepts a handler for every kind, each receiving its narrowed event', () => {
    expectTypeOf(match(event, all)).toEqualTypeOf<string>()
    match(event, {
      ...all,
      'message.created': (e) => {
        expectTypeOf(e).toEqualTypeOf<import('../src/index.js').MessageCreatedEvent>()
        return ''
      },
    })
  })

  it('fails to compile when a kind is missing, unrecognized included', () => {
    const { unrecognized: _u, ...withoutUnrecognized } = all
    // @ts-expect-error the unrecognized handler is required
    match(event, withoutUnrecognized)
    const { 'message.status': _s, ...withoutStatus } = all
    // @ts-expect-error every kind needs a handler
    match(event, withoutStatus)
  })

  it('accepts some kinds and a `_` default', () => {
    expectTypeOf(match(event, { 'message.created': (e) => e.message.text, _: (e) => e.kind })).toEqualTypeOf<string>()
  })
})

describe('Standard Schema types', () => {
  it('types every Webhook codec as a Standard Schema whose output is the Webhook type', () => {
    expectTypeOf(chatwoot.Webhook).toExtend<SpecSchema<unknown, chatwoot.Webhook>>()
    expectTypeOf<SpecSchema.InferOutput<typeof channeltalk.Webhook>>().toEqualTypeOf<channeltalk.Webhook>()
    expectTypeOf<SpecSchema.InferOutput<typeof proto.Webhook>>().toEqualTypeOf<proto.Webhook>()
    expectTypeOf<SpecSchema.InferOutput<typeof oneroute.NewMessage>>().toEqualTypeOf<oneroute.NewMessage>()
  })
})

describe('chat-webhooks/testing types', () => {
  it('types a fixture by provider and event, and rejects unknown names', async () => {
    const { fixture, build } = await import('../src/testing/index.js')
    expectTypeOf(fixture('chatwoot', 'message_created.private_note').parsed).toEqualTypeOf<chatwoot.MessageCreated>()
    expectTypeOf(fixture('channeltalk', 'push.userChat.opened.v5').parsed).toEqualTypeOf<channeltalk.PushUserChat>()
    expectTypeOf(fixture('oneroute', 'smsDeliveryReport.delivered').parsed).toEqualTypeOf<oneroute.SmsDeliveryReport>()
    expectTypeOf(fixture('chatwoot', 'automation_event.message_created').parsed).toEqualTypeOf<chatwoot.AutomationEvent>()
    // @ts-expect-error no such fixture
    fixture('proto', 'new_messages.nope')
    // @ts-expect-error content is a string
    build('chatwoot', 'message_created.private_note', { content: 42 })
  })
})
