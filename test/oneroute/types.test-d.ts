// oneroute's types: narrowing on its tags, as users' code relies on.
import { describe, expectTypeOf, it } from 'vitest'
import type { StandardSchemaV1 as SpecSchema } from '@standard-schema/spec'
import * as oneroute from '../../src/providers/oneroute/index.js'

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

describe('OneRoute types elsewhere', () => {
  it('types its fixtures by event, and its per-event codecs as Standard Schemas', async () => {
    const { fixture } = await import('../../src/testing/index.js')
    expectTypeOf(fixture('oneroute', 'smsDeliveryReport.delivered').parsed).toEqualTypeOf<oneroute.SmsDeliveryReport>()
    expectTypeOf<SpecSchema.InferOutput<typeof oneroute.NewMessage>>().toEqualTypeOf<oneroute.NewMessage>()
  })
})
