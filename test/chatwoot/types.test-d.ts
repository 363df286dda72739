// chatwoot's types: narrowing on its tags, as users' code relies on.
import { describe, expectTypeOf, it } from 'vitest'
import type { ChatEvent } from '../../src/index.js'
import * as chatwoot from '../../src/providers/chatwoot/index.js'

declare const webhook: chatwoot.Webhook

describe('Chatwoot webhook narrowing', () => {
  it('narrows on event to the variant', () => {
    switch (webhook.event) {
      case 'account_created':
        expectTypeOf(webhook).toEqualTypeOf<chatwoot.AccountCreated>()
        expectTypeOf(webhook.id).toEqualTypeOf<number>()
        break
      case 'message_created':
        expectTypeOf(webhook.message_type).toEqualTypeOf<
          'incoming' | 'outgoing' | 'template' | (string & {}) | null | undefined
        >()
        // @ts-expect-error a message has no users
        void webhook.users
        if (webhook.content_type === 'input_select') {
          expectTypeOf(webhook.content_attributes?.items).toEqualTypeOf<
            { title?: string | null; value?: string | null }[] | null | undefined
          >()
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
    expectTypeOf(chatwoot.decode).returns.toEqualTypeOf<
      import('fp-ts/lib/Either.js').Either<import('../../src/index.js').WebhookError, chatwoot.Webhook>
    >()
  })
})

describe('Chatwoot types elsewhere', () => {
  it('narrows its reply target, and types its fixtures by event', async () => {
    const target = {} as NonNullable<ChatEvent['replyTarget']>
    if (target.provider === 'chatwoot') expectTypeOf(target.accountId).toEqualTypeOf<string>()
    const { fixture, build } = await import('../../src/testing/index.js')
    expectTypeOf(fixture('chatwoot', 'message_created.private_note').parsed).toEqualTypeOf<chatwoot.MessageCreated>()
    expectTypeOf(
      fixture('chatwoot', 'automation_event.message_created').parsed,
    ).toEqualTypeOf<chatwoot.AutomationEvent>()
    // @ts-expect-error content is a string
    build('chatwoot', 'message_created.private_note', { content: 42 })
  })
})
