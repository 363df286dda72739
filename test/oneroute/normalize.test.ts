import { describe, expect, it } from 'vitest'
import * as oneroute from '../../src/providers/oneroute/index.js'
import type { ChatEvent, EventOfKind } from '../../src/model/index.js'
import { all, parsing, raw } from '../fixtures.js'
import { parse } from '../support/parse.js'

const { one, of } = parsing('oneroute', (b: unknown) => parse(oneroute, b))
const message = (name: string): EventOfKind<'message.created'> => of(name, 'message.created')
type Json = Record<string, unknown>

const CONVERSATION = 'b7f04c2e-9a31-4d6b-8e52-1f3c7a9d0e84'
const WHATSAPP = '3e9c1a52-7d4b-4f0e-b1a8-6c2d9e5f7a10'

describe('oneroute.normalize: every fixture', () => {
  // [fixture, kind, conversation, channel, direction, role, text, part types (media as media:<type>)]
  type Row = [string, ChatEvent['kind'], string?, string?, string?, string?, string?, string[]?]
  const rows: Row[] = [
    [
      'newMessage.agent_name',
      'message.created',
      CONVERSATION,
      'whatsapp',
      'inbound',
      'customer',
      "Thank you, I'll wait.",
      ['text'],
    ],
    ['newMessage.audio', 'message.created', CONVERSATION, 'whatsapp', 'inbound', 'customer', '', ['media:audio']],
    [
      'newMessage.document',
      'message.created',
      CONVERSATION,
      'whatsapp',
      'inbound',
      'customer',
      'receipt-48213.pdf',
      ['text', 'media:file'],
    ],
    [
      'newMessage.email_channel',
      'message.created',
      '6a4e2d19-0c7b-4f83-b5e1-92d8f3a7c640',
      'email',
      'inbound',
      'customer',
      "Hi team,\n\nI'd like to change the delivery address on order #48213 to 12 Admiralty Way, Lekki.\n\nThanks,\nFunke",
      ['text'],
    ],
    [
      'newMessage.facebook',
      'message.created',
      CONVERSATION,
      'facebook',
      'inbound',
      'customer',
      'Hello, do you ship to Kano?',
      ['text'],
    ],
    [
      'newMessage.image',
      'message.created',
      CONVERSATION,
      'whatsapp',
      'inbound',
      'customer',
      'This is the debit alert',
      ['text', 'media:image'],
    ],
    [
      'newMessage.instagram',
      'message.created',
      CONVERSATION,
      'instagram',
      'inbound',
      'customer',
      'Is the blue kettle back in stock?',
      ['text'],
    ],
    [
      'newMessage.livechat',
      'message.created',
      CONVERSATION,
      'livechat',
      'inbound',
      'customer',
      'Do you deliver to Abuja?',
      ['text'],
    ],
    [
      'newMessage.outbound_agent',
      'message.created',
      CONVERSATION,
      'whatsapp',
      'outbound',
      'agent',
      'Hello Chinedu, I have confirmed your payment. Your order will ship today.',
      ['text'],
    ],
    [
      'newMessage.quoted_reply',
      'message.created',
      CONVERSATION,
      'whatsapp',
      'inbound',
      'customer',
      "Yes, that's the one. Thank you!",
      ['text'],
    ],
    ['newMessage.sms_channel', 'message.created', CONVERSATION, 'sms', 'inbound', 'customer', 'STOP', ['text']],
    [
      'newMessage.text',
      'message.created',
      CONVERSATION,
      'whatsapp',
      'inbound',
      'customer',
      "Good morning, I paid for my order yesterday but haven't received a confirmation.",
      ['text'],
    ],
    [
      'newMessage.text_seed_exact',
      'message.created',
      'bf9d96d9-e495-489a-a22a-206b0ea44d90',
      'whatsapp',
      'inbound',
      'customer',
      'Hello World!',
      ['text'],
    ],
    [
      'newMessage.twitter',
      'message.created',
      CONVERSATION,
      'twitter',
      'inbound',
      'customer',
      "My order #48213 hasn't moved in 3 days",
      ['text'],
    ],
    [
      'newMessage.undocumented_fields',
      'message.created',
      CONVERSATION,
      'whatsapp',
      'inbound',
      'customer',
      "Please close this, it's solved.",
      ['text'],
    ],
    ['newMessage.video', 'message.created', CONVERSATION, 'whatsapp', 'inbound', 'customer', '', ['media:video']],
    ['smsDeliveryReport.delivered', 'message.status'],
    ['smsDeliveryReport.undelivered', 'message.status'],
    ['unknown_event.campaign', 'unrecognized'],
  ]

  it('covers every fixture', () => {
    expect(rows.map((r) => r[0]).sort()).toEqual(
      all('oneroute')
        .map(([n]) => n.replace(/\.json$/, ''))
        .sort(),
    )
  })

  it.each(rows)('%s → %s', (name, kind, conversation, channel, direction, role, text, parts) => {
    const e = one(`${name}.json`)
    expect([e.provider, e.kind, e.conversation?.id, e.conversation?.channel]).toEqual([
      'oneroute',
      kind,
      conversation,
      channel,
    ])
    if (e.kind === 'message.created') {
      const m = e.message
      expect([
        m.direction,
        m.author.role,
        m.text,
        m.parts.map((p) => (p.type === 'media' ? `media:${p.mediaType}` : p.type)),
      ]).toEqual([direction, role, text, parts])
      expect(e.replyTarget).toMatchObject({ provider: 'oneroute', conversationId: conversation, medium: channel })
    }
  })
})

describe('oneroute.normalize: messages', () => {
  it('maps a customer WhatsApp message with its conversation, inbox and reply target', () => {
    const e = message('newMessage.text.json')
    expect(e.message).toEqual({
      direction: 'inbound',
      author: { role: 'customer', name: 'Chinedu Eze' },
      text: "Good morning, I paid for my order yesterday but haven't received a confirmation.",
      parts: [
        { type: 'text', text: "Good morning, I paid for my order yesterday but haven't received a confirmation." },
      ],
      createdAt: new Date('2024-03-14T09:41:07.352Z'),
      private: false,
    })
    expect(e.conversation).toEqual({
      id: CONVERSATION,
      status: 'in-queue',
      channel: 'whatsapp',
      inbox: { id: WHATSAPP, name: 'Support WhatsApp', channel: 'whatsapp' },
      contact: { name: 'Chinedu Eze' },
      createdAt: new Date('2024-03-14T09:12:44.018Z'),
      updatedAt: new Date('2024-03-14T09:41:07.353Z'),
    })
    expect(e.replyTarget).toEqual({
      provider: 'oneroute',
      conversationId: CONVERSATION,
      channelId: WHATSAPP,
      medium: 'whatsapp',
    })
    expect(e.occurredAt).toEqual(new Date('2024-03-14T09:41:07.352Z'))
  })

  it('reads authUser as the agent side, outbound, with the external id', () => {
    const m = message('newMessage.outbound_agent.json').message
    expect([m.direction, m.author, m.externalId]).toEqual([
      'outbound',
      { role: 'agent', name: 'Adaeze Nwosu' },
      'gBGHI0kFNWAgTwIJQFXbLV4JUIzD',
    ])
  })

  it('takes the media part from whichever URL field is set, keeping the caption as text', () => {
    expect(message('newMessage.image.json').message.parts).toEqual([
      { type: 'text', text: 'This is the debit alert' },
      {
        type: 'media',
        mediaType: 'image',
        url: 'https://s3.eu-west-3.amazonaws.com/oneroute-media/uploads/2024/03/14/4f1d7c2a-alert.jpeg',
      },
    ])
    expect(message('newMessage.document.json').message.parts[1]).toEqual({
      type: 'media',
      mediaType: 'file',
      url: 'https://s3.eu-west-3.amazonaws.com/oneroute-media/uploads/2024/03/14/c4d1e2f3-receipt-48213.pdf',
    })
  })

  it('maps the quoted message to inReplyTo, and the subject of an e-mail conversation to its name', () => {
    expect(message('newMessage.quoted_reply.json').message.inReplyTo).toBe('1f7e2d3c-4b5a-4968-8776-a5b4c3d2e1f0')
    const email = message('newMessage.email_channel.json')
    expect([email.conversation?.name, email.conversation?.contact, email.replyTarget]).toEqual([
      'Change delivery address for order #48213',
      { name: 'Funke Adebayo', email: 'funke.adebayo@example.com' },
      {
        provider: 'oneroute',
        conversationId: '6a4e2d19-0c7b-4f83-b5e1-92d8f3a7c640',
        channelId: '8d06688b-a050-4c40-89df-9ae0df36cb2c',
        medium: 'email',
        customerEmail: 'funke.adebayo@example.com',
      },
    ])
  })

  it('strips HTML from e-mail content only', () => {
    const body = JSON.parse(raw('oneroute', 'newMessage.email_channel.json')) as Json
    ;(body['message'] as Json)['content'] = '<p>Hello &amp; thanks</p><p>Funke</p>'
    expect((parse(oneroute, body)[0] as EventOfKind<'message.created'>).message.text).toBe('Hello & thanks\nFunke')
    const wa = JSON.parse(raw('oneroute', 'newMessage.text.json')) as Json
    ;(wa['message'] as Json)['content'] = 'a <b>b</b>'
    expect((parse(oneroute, wa)[0] as EventOfKind<'message.created'>).message.text).toBe('a <b>b</b>')
  })

  it('reads the assigned agent (a name or an object), the message id and time, and the customer id when sent', () => {
    expect(message('newMessage.agent_name.json').conversation?.assignee).toEqual({
      id: '2c9b8a7d-6e5f-4a3b-9c8d-7e6f5a4b3c2d',
      role: 'agent',
      name: 'Adaeze Nwosu',
    })
    const e = message('newMessage.undocumented_fields.json')
    expect([
      e.conversation?.assignee?.name,
      e.message.id,
      e.message.createdAt,
      e.message.author.id,
      e.replyTarget,
    ]).toEqual([
      'Adaeze Nwosu',
      '8e7d6c5b-4a39-4281-9f0e-d1c2b3a4f5e6',
      new Date('2024-03-14T10:02:11.480Z'),
      '2348031234567',
      {
        provider: 'oneroute',
        conversationId: CONVERSATION,
        channelId: WHATSAPP,
        medium: 'whatsapp',
        customerId: '2348031234567',
      },
    ])
    expect(message('newMessage.sms_channel.json').replyTarget).toMatchObject({
      medium: 'sms',
      channelPhone: '+2348090001122',
    })
  })
})

describe('oneroute.normalize: delivery reports and unknown events', () => {
  it('maps SMS delivery reports to message.status', () => {
    expect(one('smsDeliveryReport.delivered.json')).toMatchObject({
      kind: 'message.status',
      status: 'delivered',
      messageId: '4817203',
      externalId: '2309140918312207',
      channel: 'sms',
      from: 'ShopNG',
      to: '2348031234567',
      reason: 'Message delivered to handset',
      deliveredAt: new Date('2024-03-14T09:18:31.732Z'),
      occurredAt: new Date('2024-03-14T09:18:31.732Z'),
      units: 1,
      dedupeKey: 'oneroute:-:smsDeliveryReport:4817203:delivered',
    })
    const undelivered = one('smsDeliveryReport.undelivered.json')
    expect(
      undelivered.kind === 'message.status' && [
        undelivered.status,
        undelivered.reason,
        undelivered.deliveredAt,
        undelivered.occurredAt,
      ],
    ).toEqual(['undelivered', 'Absent subscriber', undefined, new Date('2024-03-14T09:20:02.114Z')])
  })

  it('maps other events to unrecognized', () => {
    const e = one('unknown_event.campaign.json')
    expect(e.kind === 'unrecognized' && e.eventType).toBe('whatsappCampaign')
  })
})

describe('oneroute.normalize: dedupe keys', () => {
  it('use the external id (fingerprinted) when there is one, and are stable across redeliveries without one', () => {
    const image = message('newMessage.image.json').dedupeKey
    expect(image).toMatch(new RegExp(`^oneroute:${WHATSAPP}:newMessage:${CONVERSATION}:[0-9a-z]+$`))
    expect(image).not.toContain('wamid')
    const sameId = JSON.parse(raw('oneroute', 'newMessage.image.json')) as Json
    ;(sameId['message'] as Json)['content'] = 'edited caption'
    expect(parse(oneroute, sameId)[0]?.dedupeKey).toBe(image)
    const text = raw('oneroute', 'newMessage.text.json')
    const again = JSON.parse(text) as Json
    ;(again['conversation'] as Json)['read'] = true // a redelivery after the agent opened it
    expect(parse(oneroute, again)[0]?.dedupeKey).toBe(parse(oneroute, text)[0]?.dedupeKey)
  })

  it('differ for the next message with the same text, and between report statuses', () => {
    const text = raw('oneroute', 'newMessage.text.json')
    const next = JSON.parse(text) as Json
    ;(next['conversation'] as Json)['lastMessageAt'] = '2024-03-14T09:45:00.000Z'
    expect(parse(oneroute, next)[0]?.dedupeKey).not.toBe(parse(oneroute, text)[0]?.dedupeKey)
    const report = JSON.parse(raw('oneroute', 'smsDeliveryReport.delivered.json')) as Json
    ;(report['conversation'] as Json)['status'] = 'pending'
    expect(parse(oneroute, report)[0]?.dedupeKey).toBe('oneroute:-:smsDeliveryReport:4817203:pending')
  })
})
