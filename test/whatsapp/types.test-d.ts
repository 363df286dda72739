// whatsapp's types: narrowing on `field` and on a message's `type`, as users' code relies on.
import { describe, expectTypeOf, it } from 'vitest'
import type { StandardSchemaV1 as SpecSchema } from '@standard-schema/spec'
import type { ChatEvent, EventOfKind } from '../../src/index.js'
import * as whatsapp from '../../src/providers/whatsapp/index.js'

declare const change: whatsapp.Change
declare const message: whatsapp.Message

describe('WhatsApp narrowing', () => {
  it('narrows a change on field, and its value with it', () => {
    if (change.field === 'messages') {
      expectTypeOf(change.value.metadata.phone_number_id).toEqualTypeOf<string>()
      expectTypeOf(change.value.statuses).toEqualTypeOf<whatsapp.Status[] | null | undefined>()
    }
    if (change.field === 'message_template_status_update')
      expectTypeOf(change.value.event).toEqualTypeOf<whatsapp.TemplateEvent | null | undefined>()
    if (change.field === 'unrecognized') {
      expectTypeOf(change.unrecognized).toEqualTypeOf<string>()
      expectTypeOf(change.value).toEqualTypeOf<unknown>()
    }
  })

  it('narrows a message on type; phone numbers may be absent, times are text or numbers', () => {
    expectTypeOf(message.from).toEqualTypeOf<string | null | undefined>()
    expectTypeOf(message.timestamp).toEqualTypeOf<string | number | null | undefined>()
    if (message.type === 'reaction') expectTypeOf(message.reaction?.emoji).toEqualTypeOf<string | null | undefined>()
    if (message.type === 'interactive' && message.interactive?.type === 'nfm_reply')
      expectTypeOf(message.interactive.nfm_reply?.response_json).toEqualTypeOf<string | null | undefined>()
    if (message.type === 'unrecognized') expectTypeOf(message.unrecognized).toEqualTypeOf<string>()
    // @ts-expect-error an image message has no text
    void (message.type === 'image' && message.text)
  })
})

describe('WhatsApp types elsewhere', () => {
  it('its reply target, reaction events, handle options and codecs as Standard Schemas', () => {
    type Target = Extract<NonNullable<ChatEvent['replyTarget']>, { provider: 'whatsapp' }>
    expectTypeOf<Target['phoneNumberId']>().toEqualTypeOf<string>()
    expectTypeOf<Target['recipientType']>().toEqualTypeOf<'individual' | 'group'>()
    expectTypeOf<EventOfKind<'reaction.removed'>['reaction']['messageId']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<whatsapp.HandleOptions['verifyToken']>().toEqualTypeOf<string | readonly string[] | undefined>()
    expectTypeOf<SpecSchema.InferOutput<typeof whatsapp.Webhook>>().toEqualTypeOf<whatsapp.Webhook>()
  })
})
