// proto's types: narrowing on its tags, as users' code relies on.
import { describe, expectTypeOf, it } from 'vitest'
import type { ChatEvent } from '../../src/index.js'
import * as proto from '../../src/providers/proto/index.js'

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

describe('Proto types elsewhere', () => {
  it('narrows its reply target, and rejects unknown fixture names', async () => {
    const target = {} as NonNullable<ChatEvent['replyTarget']>
    if (target.provider === 'proto') expectTypeOf(target.replyToken).toEqualTypeOf<string | undefined>()
    const { fixture } = await import('../../src/testing/index.js')
    // @ts-expect-error no such fixture
    fixture('proto', 'new_messages.nope')
  })
})
