import { describe, expectTypeOf, it } from 'vitest'
import type { StandardSchemaV1 as SpecSchema } from '@standard-schema/spec'
import { match, type ChatEvent, type ContentPart, type ExhaustiveHandlers, type Message } from '../src/index.js'
import type { WebhookCodec } from '../src/index.js'
import type { ProviderId, Providers } from '../src/registry.js'

declare const event: ChatEvent

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
        case 'reaction.added':
        case 'reaction.removed':
        case 'template.status_changed':
        case 'account.notice':
        case 'conversation.handoff':
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
    if (part.type === 'media')
      expectTypeOf(part.mediaType).toEqualTypeOf<'image' | 'video' | 'audio' | 'file' | 'sticker'>()
    if (part.type === 'actions')
      expectTypeOf<(typeof part.actions)[number]['type']>().toEqualTypeOf<'link' | 'postback' | 'reply' | 'app'>()
  })

  it('tags every reply target with a provider of the registry', () => {
    expectTypeOf<NonNullable<ChatEvent['replyTarget']>['provider']>().toExtend<ProviderId>()
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
    'reaction.added': (e) => e.reaction.emoji ?? '',
    'reaction.removed': (e) => e.reaction.messageId ?? '',
    'template.status_changed': (e) => e.status,
    'account.notice': (e) => e.notice,
    'conversation.handoff': (e) => e.handoff.action,
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
  it("types every provider's Webhook codec as a Standard Schema whose output is the webhook type decode gives", () => {
    type Outputs = { [K in ProviderId]: SpecSchema.InferOutput<Providers[K]['Webhook']> }
    type Decoded = { [K in ProviderId]: Providers[K]['Webhook'] extends WebhookCodec<infer W> ? W : never }
    expectTypeOf<Outputs>().toEqualTypeOf<Decoded>()
    expectTypeOf<keyof Outputs>().toEqualTypeOf<ProviderId>()
  })
})
