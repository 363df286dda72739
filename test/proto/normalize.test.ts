import { describe, expect, it } from 'vitest'
import * as proto from '../../src/providers/proto/index.js'
import type { ChatEvent, EventOfKind } from '../../src/model/index.js'
import { all, raw } from '../fixtures.js'
import { parse } from '../support/parse.js'

const AMARA = 'c7d2e91a4b8f4e3c9a1d6b5e2f7c8a90'
const JOMO = 'e41b7d08c2a94f5fb3d6a8c1e9027b4d'
const LERATO = '0b6f3e2a9d1c4b7e8f5a2c9d0e1f3a4b'
const CHANNEL = '5f1c9a7e2b3d4c6e8a0b1c2d3e4f5a6b'
const CHAT_TOKEN = 'Rb0PU9LqrGnTkWbO4X2Ry33oAQKWJFDnJTrSTA4rcyjfwQ6'

const events = (name: string): ChatEvent[] => parse(proto, raw('proto', name))
const messages = (name: string): EventOfKind<'message.created'>[] =>
  events(name).map((e) => {
    expect(e.kind).toBe('message.created')
    return e as EventOfKind<'message.created'>
  })

/** [kind or event type, conversation, role, text, part types] per event. */
type Row = [string, string, string, string, string[]]
const summary = (e: ChatEvent): Row =>
  e.kind === 'message.created'
    ? [e.kind, e.conversation?.id ?? '', e.message.author.role, e.message.text, e.message.parts.map((p) => p.type)]
    : [e.kind === 'unrecognized' ? `unrecognized:${e.eventType}` : e.kind, e.conversation?.id ?? '', '', '', []]

describe('proto.normalize: every fixture', () => {
  const expected: Record<string, Row[]> = {
    'batch.multi_event': [
      ['message.created', AMARA, 'bot', 'Your refund of GHS 120.00 was processed.', ['text']],
      ['message.created', JOMO, 'agent', "Thanks for waiting, Jomo. I've updated your delivery address.", ['text']],
    ],
    'batch.unknown_event_between': [
      ['message.created', AMARA, 'bot', 'Thanks for chatting with us!', ['text']],
      ['message.created', AMARA, 'bot', 'How did we do?', ['text', 'choices']],
      ['unrecognized:feedback', AMARA, '', '', []],
      ['message.created', JOMO, 'agent', '', ['link']],
    ],
    'new_messages.agent_takeover': [
      ['message.created', AMARA, 'bot', 'Let me connect you with one of our support specialists.', ['text']],
      ['message.created', AMARA, 'bot', '', ['handoff']],
    ],
    'new_messages.carousel': [['message.created', AMARA, 'bot', '', ['cards']]],
    'new_messages.human_echo': [['message.created', AMARA, 'customer', 'Where is my refund?', ['text']]],
    'new_messages.hyperlink': [['message.created', AMARA, 'bot', '', ['link']]],
    'new_messages.media_audio': [['message.created', AMARA, 'bot', '', ['media']]],
    'new_messages.media_file': [['message.created', AMARA, 'bot', '', ['media']]],
    'new_messages.media_image': [['message.created', AMARA, 'bot', '', ['media']]],
    'new_messages.media_video': [['message.created', AMARA, 'bot', '', ['media']]],
    'new_messages.no_tokens': [
      ['message.created', LERATO, 'agent', "Hi Lerato, I'm taking over from the assistant.", ['text']],
    ],
    'new_messages.null_tokens': [
      ['message.created', LERATO, 'bot', 'Is there anything else I can help with?', ['text']],
    ],
    'new_messages.text': [
      [
        'message.created',
        AMARA,
        'bot',
        'Hi Amara! Your order #48213 is out for delivery and should arrive before 6pm today.',
        ['text'],
      ],
    ],
    'new_messages.text_with_quick_replies': [
      ['message.created', AMARA, 'bot', 'What can I help you with today?', ['text', 'choices']],
    ],
    'new_messages.unknown_message_type': [
      ['message.created', AMARA, 'bot', 'Here is our nearest pickup point:', ['text']],
      ['message.created', AMARA, 'bot', '', ['unsupported']],
      ['message.created', AMARA, 'bot', 'It is open until 9pm.', ['text']],
    ],
    'new_messages.untyped_event': [
      ['message.created', AMARA, 'bot', "We're open 8am–8pm, Monday to Saturday.", ['text']],
    ],
    'unknown_event.chat_started': [['unrecognized:chat_started', '9a8b7c6d5e4f40312a1b2c3d4e5f6a7b', '', '', []]],
  }

  it('covers every fixture', () => {
    expect(Object.keys(expected).sort()).toEqual(
      all('proto')
        .map(([n]) => n.replace(/\.json$/, ''))
        .sort(),
    )
  })

  it.each(Object.entries(expected))('%s → its events, in order', (name, rows) => {
    const out = events(`${name}.json`)
    expect(out.map(summary)).toEqual(rows)
    for (const e of out) {
      expect(e.provider).toBe('proto')
      expect(e.occurredAt).toBe(undefined)
      if (e.kind === 'message.created') {
        expect(e.message.id).toBe(undefined)
        expect(e.message.direction === 'inbound').toBe(e.message.author.role === 'customer')
      }
    }
    expect(new Set(out.map((e) => e.dedupeKey)).size).toBe(out.length)
  })
})

describe('proto.normalize: messages', () => {
  it('maps a bot text message with its chat, human, channel and tokens', () => {
    const [e] = messages('new_messages.text.json')
    expect(e?.message).toEqual({
      direction: 'outbound',
      author: { role: 'bot', id: 'bot_2b9e7c41d8', name: 'Proto Assistant' },
      text: 'Hi Amara! Your order #48213 is out for delivery and should arrive before 6pm today.',
      parts: [
        { type: 'text', text: 'Hi Amara! Your order #48213 is out for delivery and should arrive before 6pm today.' },
      ],
      private: false,
    })
    expect(e?.conversation).toEqual({
      id: AMARA,
      contact: { id: 'human_4361a99d71fa3', name: 'Amara Okafor' },
      inbox: { id: CHANNEL },
    })
    expect(e?.replyTarget).toEqual({
      provider: 'proto',
      chatId: AMARA,
      channelId: CHANNEL,
      chatToken: CHAT_TOKEN,
      replyToken: 'rt_01HV4Q8K2M7N9P3R5T6W8Y0Z1A',
    })
  })

  it('leaves absent and null tokens out of the reply target', () => {
    expect(messages('new_messages.no_tokens.json')[0]?.replyTarget).toEqual({
      provider: 'proto',
      chatId: LERATO,
      channelId: CHANNEL,
    })
    expect(messages('new_messages.null_tokens.json')[0]?.replyTarget).toEqual({
      provider: 'proto',
      chatId: LERATO,
      channelId: CHANNEL,
    })
  })

  it('types quick replies as choices whose value is the text sent back', () => {
    expect(messages('new_messages.text_with_quick_replies.json')[0]?.message.parts[1]).toEqual({
      type: 'choices',
      options: [
        { title: 'Track my order', value: 'track order' },
        { title: 'Return an item', value: 'return item' },
        { title: 'Talk to a person', value: 'agent' },
      ],
    })
  })

  it('types every media kind by URL', () => {
    const media = (name: string) => messages(name)[0]?.message.parts[0]
    expect(media('new_messages.media_image.json')).toEqual({
      type: 'media',
      mediaType: 'image',
      url: 'https://files.example.com/chat/7f3a/receipt-48213.jpg',
      name: 'receipt-48213.jpg',
    })
    expect(media('new_messages.media_video.json')).toMatchObject({ mediaType: 'video', name: 'how-to-return.mp4' })
    expect(media('new_messages.media_audio.json')).toMatchObject({ mediaType: 'audio', name: 'voice-note-0112.ogg' })
    expect(media('new_messages.media_file.json')).toMatchObject({ mediaType: 'file', name: 'invoice-48213.pdf' })
  })

  it('types carousel cards with postback, link (webview) and reply actions', () => {
    expect(messages('new_messages.carousel.json')[0]?.message.parts[0]).toEqual({
      type: 'cards',
      cards: [
        {
          title: 'Starter Plan',
          description: '1 AI assistant, 1,000 interactions / month',
          imageUrl: 'https://cdn.example.com/plans/starter.png',
          actions: [
            { type: 'postback', text: 'Choose Starter', payload: 'PLAN_SELECT:starter' },
            { type: 'link', text: 'Compare plans', url: 'https://www.example.com/pricing', webview: true },
            { type: 'reply', text: 'Ask a question', reply: 'I have a question about the Starter plan' },
          ],
        },
        {
          title: 'Total Plan',
          description: 'Unlimited assistants, API access, Zendesk handoff',
          imageUrl: 'https://cdn.example.com/plans/total.png',
          actions: [
            { type: 'postback', text: 'Choose Total', payload: 'PLAN_SELECT:total' },
            { type: 'link', text: 'Read the docs', url: 'https://docs.example.com/total', webview: false },
          ],
        },
      ],
    })
  })

  it('types hyperlinks as links, the agent takeover as a handoff, and unknown types as unsupported', () => {
    expect(messages('new_messages.hyperlink.json')[0]?.message.parts).toEqual([
      { type: 'link', url: 'https://account.example.com/reset?ref=bot', title: 'Reset your password' },
    ])
    expect(messages('new_messages.agent_takeover.json')[1]?.message.parts).toEqual([
      { type: 'handoff', target: 'thirdparty_agent' },
    ])
    expect(messages('new_messages.unknown_message_type.json')[1]?.message.parts).toEqual([
      { type: 'unsupported', original: 'location' },
    ])
  })

  it('reads a human author as the customer, inbound', () => {
    expect(messages('new_messages.human_echo.json')[0]?.message.author).toEqual({
      role: 'customer',
      id: 'human_4361a99d71fa3',
      name: 'Amara Okafor',
    })
  })

  it('keeps the decoded event in raw, and a message with no author is the system’s', () => {
    const [e] = parse(proto, { events: [{ chat: { id: 'c1' }, messages: [{ type: 'text', data: { text: 'hi' } }] }] })
    expect(e?.kind === 'message.created' && [e.message.author, e.conversation, e.replyTarget, e.raw]).toEqual([
      { role: 'system' },
      { id: 'c1' },
      { provider: 'proto', chatId: 'c1' },
      { chat: { id: 'c1' }, messages: [{ type: 'text', data: { text: 'hi' } }] },
    ])
  })

  it('answers an unrecognized event in its chat', () => {
    const [e] = events('unknown_event.chat_started.json')
    expect(e?.kind === 'unrecognized' && [e.eventType, e.replyTarget]).toEqual([
      'chat_started',
      {
        provider: 'proto',
        chatId: '9a8b7c6d5e4f40312a1b2c3d4e5f6a7b',
        channelId: CHANNEL,
        chatToken: 'Zt5Yq2Wm8Nk1Lp4Rv7Xc0Bs3Dh6Fj9Gu2Ha5Je8Ko1Mi4Pn',
      },
    ])
  })
})

describe('proto.normalize: dedupe keys', () => {
  it('are stable across redeliveries, even when the batch is split differently', () => {
    const text = raw('proto', 'batch.multi_event.json')
    const whole = parse(proto, text).map((e) => e.dedupeKey)
    const batch = JSON.parse(text) as { events: unknown[] }
    const split = batch.events.flatMap((event) => parse(proto, { events: [event] }).map((e) => e.dedupeKey))
    expect(split).toEqual(whole)
    expect(whole[0]).toMatch(new RegExp(`^proto:${CHANNEL}:${AMARA}:[0-9a-z]+:0:[0-9a-z]+$`))
    expect(whole[0]).not.toContain('rt_01HV4Q8K2M7N9P3R5T6W8Y0Z1A')
  })

  it('differ between positions, contents and reply tokens', () => {
    const base = { chat: { id: 'c1' }, channel: { id: 'ch' }, type: 'new_messages', replyToken: 'r1' }
    const msg = (text: string) => ({ type: 'text', author: { type: 'bot', id: 'b' }, data: { text } })
    const keys = (e: object) => parse(proto, { events: [e] }).map((x) => x.dedupeKey)
    const [a, b] = keys({ ...base, messages: [msg('hi'), msg('hi')] })
    expect(a).not.toBe(b)
    expect(keys({ ...base, messages: [msg('hello')] })[0]).not.toBe(a)
    expect(keys({ ...base, replyToken: 'r2', messages: [msg('hi')] })[0]).not.toBe(a)
    // The documented limit: the same message, same position, same chat and no reply token shares its key.
    const { replyToken: _, ...noToken } = base
    expect(keys({ ...noToken, messages: [msg('hi')] })).toEqual(keys({ ...noToken, messages: [msg('hi')] }))
  })
})
