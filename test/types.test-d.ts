import { describe, expectTypeOf, it } from 'vitest'
import type { ChatEvent, ContentPart, Message } from '../src/index.js'
import * as chatwoot from '../src/providers/chatwoot/index.js'

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

describe('ChatEvent narrowing', () => {
  it('narrows on kind', () => {
    switch (event.kind) {
      case 'message.created':
        expectTypeOf(event.message).toEqualTypeOf<Message>()
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
  })
})
