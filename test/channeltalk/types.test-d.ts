// channeltalk's types: narrowing on its tags, as users' code relies on.
import { describe, expectTypeOf, it } from 'vitest'
import type { ChatEvent } from '../../src/index.js'
import * as channeltalk from '../../src/providers/channeltalk/index.js'

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
          expectTypeOf(ct.entity.handling).toEqualTypeOf<
            channeltalk.Handling | 'waiting' | 'supportBot' | (string & {}) | null | undefined
          >()
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
    if (action.type === 'web')
      expectTypeOf(action.attributes).toEqualTypeOf<{ url?: string | null } | null | undefined>()
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
    channeltalk.quickReply({
      text: 'hi',
      // @ts-expect-error an unrecognized action cannot be sent
      buttons: [{ title: 'a', action: { type: 'unrecognized', unrecognized: 'x' } }],
    })
  })
})

describe('Channel Talk types elsewhere', () => {
  it('narrows its reply target, and types its fixtures by event', async () => {
    const target = {} as NonNullable<ChatEvent['replyTarget']>
    if (target.provider === 'channeltalk') expectTypeOf(target.chatType).toEqualTypeOf<'userChat' | 'group'>()
    const { fixture } = await import('../../src/testing/index.js')
    expectTypeOf(fixture('channeltalk', 'push.userChat.opened.v5').parsed).toEqualTypeOf<channeltalk.PushUserChat>()
  })
})
