import { describe, expect, it } from 'vitest'
import * as proto from '../../src/providers/proto/index.js'
import { all, decoding, raw } from '../fixtures.js'

const { right: decodeRight, left: decodeLeft } = decoding(proto.decode)
type Json = Record<string, unknown>
const fixture = (name: string) => JSON.parse(raw('proto', name)) as { events: Json[] }
const messagesOf = (event: Json | undefined) => (event?.['messages'] ?? []) as Json[]

describe('proto.decode: every fixture', () => {
  it.each(all('proto'))('%s decodes leniently, stably, and the codec agrees with decode', (_name, text) => {
    const w = decodeRight(text)
    expect(proto.Webhook.is(w)).toBe(true)
    expect(decodeRight(w)).toEqual(w)
    expect(w.events).toHaveLength((JSON.parse(text) as { events: unknown[] }).events.length)
  })

  const documented = all('proto').filter(([n]) => !n.includes('unknown'))
  it.each(documented)('%s passes strict mode', (_name, text) => {
    expect(decodeRight(text, true)).toEqual(decodeRight(text))
  })

  it('returns a parsed value unchanged when nothing in it is unknown', () => {
    const parsed = fixture('new_messages.carousel.json')
    expect(decodeRight(parsed)).toBe(parsed)
  })
})

describe('proto.decode: events and messages', () => {
  it('narrows messages on type, and media data on its own type', () => {
    const [e] = decodeRight(raw('proto', 'new_messages.media_image.json')).events
    if (!e || e.type === 'unrecognized') throw new Error('expected new_messages')
    const [m] = e.messages
    expect(m?.type === 'media' && [m.data?.type, m.data?.filename]).toEqual(['image', 'receipt-48213.jpg'])
  })

  it('reads an event without a type that carries messages as new_messages (Proto’s own example omits type)', () => {
    const [e] = decodeRight(raw('proto', 'new_messages.untyped_event.json')).events
    expect(e?.type).toBe(undefined)
    expect(e && e.type !== 'unrecognized' && e.messages.length).toBe(1)
    expect(decodeLeft({ events: [{ chat: { id: 'c1' } }] }).issues).toEqual([
      { path: '/events/0/messages', expected: 'Array<Message>', received: 'undefined' },
    ])
  })

  it('decodes unknown events and unknown message types to their own variants, keeping the rest of the batch', () => {
    const batch = decodeRight(raw('proto', 'batch.unknown_event_between.json'))
    expect(batch.events.map((e) => e.type)).toEqual(['new_messages', 'unrecognized', undefined])
    const feedback = batch.events[1]
    expect(
      feedback?.type === 'unrecognized' && [feedback.unrecognized, (feedback as unknown as Json)['rating']],
    ).toEqual(['feedback', 5])
    const [e] = decodeRight(raw('proto', 'new_messages.unknown_message_type.json')).events
    const types =
      e && e.type !== 'unrecognized'
        ? e.messages.map((m) => (m.type === 'unrecognized' ? `?${m.unrecognized}` : m.type))
        : []
    expect(types).toEqual(['text', '?location', 'text'])
  })

  it('accepts absent and null tokens and quick replies', () => {
    const [a] = decodeRight(raw('proto', 'new_messages.no_tokens.json')).events
    const [b] = decodeRight(raw('proto', 'new_messages.null_tokens.json')).events
    expect([a?.chatToken, a?.replyToken, b?.chatToken, b?.replyToken]).toEqual([undefined, undefined, null, null])
  })

  it('reports one malformed message of a batch at its own path, and nothing else', () => {
    const body = fixture('batch.unknown_event_between.json')
    const data = messagesOf(body.events[0])[1]?.['data'] as Json
    data['quickReplies'] = [
      { title: 'ok', text: 'ok' },
      { title: 7, text: 'x' },
    ]
    const e = decodeLeft(body)
    expect(e.code).toBe('invalid_payload')
    expect(e.issues).toEqual([
      { path: '/events/0/messages/1/data/quickReplies/1/title', expected: 'string', received: 'number' },
    ])
    expect(e.message).not.toContain('7')
  })

  it('names the message variant that failed, not every branch', () => {
    const body = fixture('new_messages.carousel.json')
    const card = ((messagesOf(body.events[0])[0]?.['data'] as Json)['cards'] as Json[])[0] as Json
    card['buttons'] = [{ type: 'url', title: 'x', isWebview: 'yes' }]
    expect(decodeLeft(body).issues).toEqual([
      { path: '/events/0/messages/0/data/cards/0/buttons/0/isWebview', expected: 'boolean', received: 'string' },
    ])
  })

  it('requires the chat id, the conversation every message belongs to', () => {
    const body = fixture('new_messages.text.json')
    delete (body.events[0]?.['chat'] as Json)['id']
    expect(decodeLeft(body).issues).toEqual([{ path: '/events/0/chat/id', expected: 'string', received: 'undefined' }])
    expect(decodeLeft({ events: {} }).issues).toEqual([
      { path: '/events', expected: 'Array<Event>', received: 'object' },
    ])
  })
})

describe('proto.decode: strict mode', () => {
  it('reports unknown events, message types, button types and keys at their paths', () => {
    expect(decodeLeft(raw('proto', 'batch.unknown_event_between.json'), true).issues).toEqual([
      { path: '/events/1/type', expected: '"new_messages"', received: 'string' },
      { path: '/events/1/rating', expected: 'never', received: 'number' },
      { path: '/events/1/comment', expected: 'never', received: 'string' },
    ])
    expect(decodeLeft(raw('proto', 'new_messages.unknown_message_type.json'), true).issues).toEqual([
      {
        path: '/events/0/messages/1/type',
        expected: '"text" | "media" | "carousel" | "hyperlink" | "thirdparty_agent_takeover"',
        received: 'string',
      },
    ])
    const body = fixture('new_messages.carousel.json')
    const card = ((messagesOf(body.events[0])[0]?.['data'] as Json)['cards'] as Json[])[0] as Json
    ;(card['buttons'] as Json[]).push({ type: 'call', title: 'Call us', phone: '+233000' })
    body.events[0]!['priority'] = 'high'
    const lenient = decodeRight(body)
    expect(lenient.events).toHaveLength(1)
    expect(decodeLeft(body, true).issues).toEqual([
      { path: '/events/0/messages/0/data/cards/0/buttons', expected: 'at most 3 items', received: 'array' },
      {
        path: '/events/0/messages/0/data/cards/0/buttons/3/type',
        expected: '"text" | "postback" | "url"',
        received: 'string',
      },
      { path: '/events/0/messages/0/data/cards/0/buttons/3/phone', expected: 'never', received: 'string' },
      { path: '/events/0/priority', expected: 'never', received: 'string' },
    ])
  })

  it('reports a carousel over ten cards and an unknown media type', () => {
    const body = fixture('new_messages.carousel.json')
    const data = messagesOf(body.events[0])[0]?.['data'] as Json
    data['cards'] = Array.from({ length: 11 }, (_, i) => ({ title: `Card ${i}` }))
    expect(decodeLeft(body, true).issues).toEqual([
      { path: '/events/0/messages/0/data/cards', expected: 'at most 10 items', received: 'array' },
    ])
    const media = fixture('new_messages.media_image.json')
    ;(messagesOf(media.events[0])[0]?.['data'] as Json)['type'] = 'sticker'
    expect(decodeLeft(media, true).issues).toEqual([
      { path: '/events/0/messages/0/data/type', expected: '"image" | "video" | "audio" | "file"', received: 'string' },
    ])
  })
})
