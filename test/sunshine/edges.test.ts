// Branches of the Sunshine Conversations normalizer that no fixture reaches as it is: each case starts
// from a real fixture and changes the one thing it is about (test/sunshine/normalize.test.ts has the
// mapping's main cases).
import { describe, expect, it } from 'vitest'
import * as sunshine from '../../src/providers/sunshine/index.js'
import type { ChatEvent, ContentPart } from '../../src/model/index.js'
import { editing, obj, type Body } from '../fixtures.js'
import { parse } from '../support/parse.js'

const { one, variant } = editing('sunshine', (b: unknown) => parse(sunshine, b))
const TELEGRAM = 'conversation_message.text_user_telegram.official.json'
const AI = 'conversation_message.text_reply_actions_business_ai.json'
const eventAt = (w: Body, i = 0) => (w.events as Body[])[i] as Body
const payload = (w: Body, i = 0) => obj(eventAt(w, i).payload)
const messageOf = (w: Body) => obj(payload(w).message)
const partsOf = (fixture: string, content: Body, author?: Body): readonly ContentPart[] =>
  one(fixture, 'message.created', (w) => {
    messageOf(w).content = content
    if (author) messageOf(w).author = author
  }).message.parts
const field = <K extends string>(e: ChatEvent | undefined, k: K): unknown =>
  e === undefined ? undefined : (e as unknown as Record<K, unknown>)[k]

describe('sunshine.normalize: statuses, handoffs, users and the unknown', () => {
  const DELIVERY = 'batch.delivery_channel_and_user.json'
  it('names the message of a status only when given, and a reason only for a failure', () => {
    const [channel] = variant(DELIVERY, (w) => {
      obj(payload(w).message).id = ''
      payload(w).error = { code: 'bad', message: 'refused' }
    })
    expect([field(channel, 'messageId'), field(channel, 'reason'), field(channel, 'status')]).toEqual([
      undefined,
      undefined,
      'sent',
    ])
  })

  it('names no one taking control on a release', () => {
    const events = variant('batch.switchboard_control.json', (w) => {
      obj(payload(w, 3).conversation).activeSwitchboardIntegration = obj(payload(w, 2).conversation)
        .activeSwitchboardIntegration as Body
    })
    const release = events.find((e) => (field(e, 'handoff') as { action?: string } | undefined)?.action === 'release')
    expect(field(release, 'handoff')).toEqual({ action: 'release', reason: expect.any(String) as string })
  })

  it('reports no change for a user update of another reason', () => {
    const events = variant('batch.client_and_user.json', (w) => (payload(w, 3).reason = 'profileUpdated'))
    expect(events[3]?.kind).toBe('contact.updated')
    expect(field(events[3], 'changes')).toBe(undefined)
  })

  it('finds an unknown event’s conversation only as an object with a non-empty id', () => {
    const UNKNOWN = 'unknown_event.passthrough_messaging.json'
    const conversationOf = (conversation: unknown) =>
      one(UNKNOWN, 'unrecognized', (w) => (payload(w).conversation = conversation as Body)).conversation
    expect([
      conversationOf('c-1'),
      conversationOf(null),
      conversationOf({ id: '' }),
      conversationOf({ id: 'c-2' }),
    ]).toEqual([undefined, undefined, undefined, { id: 'c-2' }])
  })

  it('keys an event without an id by its type, conversation, time and place in the batch', () => {
    const UNKNOWN = 'unknown_event.passthrough_messaging.json'
    const keyed = (edit: (e: Body) => void) =>
      one(UNKNOWN, 'unrecognized', (w) => {
        const e = eventAt(w)
        delete e.id
        e.createdAt = '2026-01-02T03:04:05.000Z'
        edit(e)
      }).dedupeKey
    expect(keyed((e) => (obj(e.payload).conversation = { id: 'c-9' }))).toBe(
      'sunshine:60bf823452c2a718162f986a:passthrough:messaging:c-9:2026-01-02T03:04:05.000Z:0',
    )
    expect(keyed((e) => (obj(e.payload).conversation = { id: 9 }))).toBe(
      'sunshine:60bf823452c2a718162f986a:passthrough:messaging:-:2026-01-02T03:04:05.000Z:0',
    )
    expect(keyed((e) => (e.payload = null))).toBe(
      'sunshine:60bf823452c2a718162f986a:passthrough:messaging:-:2026-01-02T03:04:05.000Z:0',
    )
    const typing = variant('batch.read_typing_postback.json', (w) => delete eventAt(w, 1).id)[1]
    expect(typing?.dedupeKey.split(':').slice(2, 4)).toEqual(['conversation', 'typing'])
  })
})

describe('sunshine.normalize: messages', () => {
  it('keeps an inbox without a channel, and a customer without a user record as the contact', () => {
    const e = one(TELEGRAM, 'message.created', (w) => {
      delete obj(messageOf(w).source).type
      delete obj(messageOf(w).author).user
    })
    expect([e.conversation?.inbox, e.conversation?.contact, e.message.author]).toEqual([
      { id: '5ec69c6e12dda33be985cb1a' },
      { id: '26508c10541a4b0ff472e5e2', name: 'Steve Rogers' },
      { role: 'customer', id: '26508c10541a4b0ff472e5e2', name: 'Steve Rogers' },
    ])
    const fromUser = one(TELEGRAM, 'message.created', (w) => delete obj(messageOf(w).author).userId)
    expect(fromUser.message.author.id).toBe('26508c10541a4b0ff472e5e2')
    const anonymous = one(TELEGRAM, 'message.created', (w) => (messageOf(w).author = { type: 'user' }))
    expect([anonymous.message.author, anonymous.conversation?.contact]).toEqual([{ role: 'customer' }, undefined])
  })

  it('reads a bot subtype before a notification source', () => {
    const e = one(AI, 'message.created', (w) => {
      messageOf(w).author = { type: 'business', subtypes: ['bot'] as unknown as Body[] }
      messageOf(w).source = { type: 'notification' }
    })
    expect(e.message.author).toEqual({ role: 'bot' })
  })

  it('leaves the time out when neither the message nor the event has one', () => {
    const e = one(TELEGRAM, 'message.created', (w) => {
      delete messageOf(w).received
      delete eventAt(w).createdAt
    })
    expect([e.occurredAt, e.message.createdAt]).toEqual([undefined, undefined])
  })

  it('reads contents with their optional fields missing', () => {
    const user = { type: 'user', userId: 'u-1' }
    expect(
      partsOf(TELEGRAM, { type: 'text', text: 'x', actions: [{ type: 'link', uri: 'https://l.example' }] }),
    ).toEqual([
      { type: 'text', text: 'x' },
      { type: 'actions', actions: [{ type: 'link', text: '', url: 'https://l.example' }] },
    ])
    const none = one(TELEGRAM, 'message.created', (w) => (messageOf(w).content = null)).message
    expect([none.text, none.parts]).toEqual(['', []])
    expect(
      partsOf(TELEGRAM, {
        type: 'image',
        mediaUrl: 'https://m.example/i',
        mediaType: 'application/octet-stream',
        mediaSize: null,
        actions: [{ type: 'reply', text: 'Yes', payload: 'y' }],
      }),
    ).toEqual([
      { type: 'media', mediaType: 'image', url: 'https://m.example/i', mimeType: 'application/octet-stream' },
      { type: 'choices', options: [{ title: 'Yes', value: 'y' }] },
    ])
    expect(
      partsOf(TELEGRAM, {
        type: 'file',
        mediaUrl: 'https://m.example/f',
        mediaType: 'application/pdf',
        actions: [{ type: 'reply', text: 'Yes', payload: 'y' }],
      }),
    ).toEqual([{ type: 'media', mediaType: 'file', url: 'https://m.example/f', mimeType: 'application/pdf' }])
    for (const coordinates of [{ lat: 1.5 }, { long: 2.5 }]) {
      const location = one(TELEGRAM, 'message.created', (w) => {
        messageOf(w).content = { type: 'location', coordinates }
      }).message
      expect([location.text, location.parts]).toEqual(['', []])
    }
    expect(
      partsOf(AI, {
        type: 'carousel',
        items: [{ title: 'A', actions: [] }],
        actions: [{ type: 'link', text: 'L', uri: 'https://l.example' }],
      }),
    ).toEqual([{ type: 'cards', cards: [{ title: 'A', actions: [] }] }])
    expect(partsOf(AI, { type: 'list', items: [{ title: 'A', actions: [] }] })).toEqual([
      { type: 'cards', cards: [{ title: 'A', actions: [] }] },
    ])
    expect(partsOf(AI, { type: 'form', fields: [{ name: 'email' }] })).toEqual([
      { type: 'form', fields: [{ name: 'email', inputType: 'text' }] },
    ])
    const response = one(TELEGRAM, 'message.created', (w) => {
      messageOf(w).author = user
      messageOf(w).content = {
        type: 'formResponse',
        fields: [{ name: 'size', select: [{ name: 's', label: 'Small' }, { name: 'm' }] }],
      }
    }).message
    expect([response.text, response.parts]).toEqual([
      '',
      [
        {
          type: 'form',
          fields: [{ name: 'size', inputType: 'text' }],
          submitted: [{ name: 'size', value: 'Small, m' }],
        },
      ],
    ])
    expect(partsOf(TELEGRAM, { type: 'formResponse' })).toEqual([{ type: 'form', fields: [], submitted: [] }])
    const unknown = one(TELEGRAM, 'message.created', (w) => (messageOf(w).content = { type: 'sticker' })).message
    expect([unknown.text, unknown.parts]).toEqual(['', [{ type: 'unsupported', original: 'sticker' }]])
  })

  it('names an activity without a type unknown', () => {
    const e = one(AI, 'message.created', (w) => (messageOf(w).activity = {}))
    expect(e.message.parts.at(-1)).toEqual({ type: 'activity', action: 'unknown' })
  })
})

describe('sunshine.normalize: typing and postbacks', () => {
  const BATCH = 'batch.read_typing_postback.json'
  it('reads typing without a type as unrecognized, and without an author as no one', () => {
    const events = variant(BATCH, (w) => {
      delete obj(payload(w, 1).activity).type
      delete obj(payload(w, 2).activity).author
    })
    expect([events[1]?.kind, field(events[1], 'eventType')]).toEqual(['unrecognized', 'conversation:typing/-'])
    expect([events[2]?.kind.startsWith('typing.'), field(events[2], 'author')]).toEqual([true, undefined])
  })

  it('names the customer of a postback by their profile', () => {
    const events = variant(BATCH, (w) => (obj(payload(w, 3).user).profile = { givenName: 'Ana' }))
    expect(field(events[3], 'message')).toMatchObject({
      author: { role: 'customer', id: '26508c10541a4b0ff472e5e2', name: 'Ana' },
    })
  })
})
