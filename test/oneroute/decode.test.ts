import { describe, expect, it } from 'vitest'
import * as oneroute from '../../src/providers/oneroute/index.js'
import { all, decoding, raw } from '../fixtures.js'

const { right: decodeRight, left: decodeLeft } = decoding(oneroute.decode)
type Json = Record<string, unknown>
const fixture = (name: string) =>
  JSON.parse(raw('oneroute', name)) as { event: string; message: Json | null; conversation: Json }

describe('oneroute.decode: every fixture', () => {
  it.each(all('oneroute'))('%s decodes leniently, stably, and the codec agrees with decode', (name, text) => {
    const w = decodeRight(text)
    expect(w.event).toBe(name.startsWith('unknown_event') ? 'unrecognized' : name.split('.')[0])
    expect(oneroute.Webhook.is(w)).toBe(true)
    expect(decodeRight(w)).toEqual(w)
  })

  const documented = all('oneroute').filter(([n]) => !n.startsWith('unknown_event') && !n.includes('undocumented'))
  it.each(documented)('%s passes strict mode', (_name, text) => {
    expect(decodeRight(text, true)).toEqual(decodeRight(text))
  })
})

describe('oneroute.decode: events', () => {
  it('keeps OneRoute’s key casing and ISO times as text', () => {
    const w = decodeRight(raw('oneroute', 'newMessage.quoted_reply.json'))
    if (w.event !== 'newMessage') throw new Error('expected newMessage')
    expect([
      w.message.quoted_message_id,
      w.message.contentType,
      w.conversation.Channel?.medium,
      w.conversation.lastMessageAt,
    ]).toEqual(['1f7e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', 'TEXT', 'WHATSAPP', '2024-03-14T09:41:07.352Z'])
  })

  it('reads the agent as absent, null, a name or an object', () => {
    const agents = ['newMessage.text.json', 'newMessage.agent_name.json', 'newMessage.undocumented_fields.json'].map(
      (n) => {
        const w = decodeRight(raw('oneroute', n))
        return w.event === 'newMessage' ? w.conversation.agent : 'not a message'
      },
    )
    expect(agents).toEqual([null, 'Adaeze Nwosu', { id: '2c9b8a7d-6e5f-4a3b-9c8d-7e6f5a4b3c2d', name: 'Adaeze Nwosu' }])
    const body = fixture('newMessage.text.json')
    delete body.conversation['agent']
    expect(decodeRight(body).event).toBe('newMessage')
    body.conversation['agent'] = 42
    expect(decodeLeft(body).issues).toEqual([{ path: '/conversation/agent', expected: 'Agent', received: 'number' }])
  })

  it('decodes a delivery report, whose conversation is a report, not a conversation', () => {
    const w = decodeRight(raw('oneroute', 'smsDeliveryReport.undelivered.json'))
    expect(
      w.event === 'smsDeliveryReport' && [w.conversation.id, w.conversation.status, w.conversation.units, w.message],
    ).toEqual(['4817219', 'undelivered', 2, null])
    expect(
      decodeLeft({ event: 'smsDeliveryReport', message: null, conversation: { status: 'delivered' } }).issues,
    ).toEqual([{ path: '/conversation/id', expected: 'ReportId', received: 'undefined' }])
  })

  it('routes other events to Unrecognized, keeping the name that was sent', () => {
    const w = decodeRight(raw('oneroute', 'unknown_event.campaign.json'))
    expect(w).toEqual({
      event: 'unrecognized',
      unrecognized: 'whatsappCampaign',
      message: null,
      conversation: { campaign_id: 'd3b1c2a4-5e6f-4a7b-8c9d-0e1f2a3b4c5d', status: 'completed' },
    })
    expect(oneroute.Webhook.encode(w)).toEqual(fixture('unknown_event.campaign.json'))
  })

  it('names each wrong field with its path and the variant, never the value', () => {
    const body = fixture('newMessage.email_channel.json')
    ;(body.message as Json)['sender'] = { name: 'Funke', authUser: 'no' }
    body.conversation['lastMessageAt'] = 'yesterday'
    delete body.conversation['id']
    const e = decodeLeft(body)
    expect(e.message.startsWith('chat-webhooks: not a valid oneroute "newMessage" payload')).toBe(true)
    expect(e.issues).toEqual([
      { path: '/message/sender/authUser', expected: 'boolean', received: 'string' },
      { path: '/conversation/id', expected: 'string', received: 'undefined' },
      { path: '/conversation/lastMessageAt', expected: 'IsoDateTime', received: 'string' },
    ])
    expect(JSON.stringify(e)).not.toContain('yesterday')
  })
})

describe('oneroute.decode: strict mode', () => {
  it('reports undocumented enum values and keys at their paths', () => {
    expect(decodeLeft(raw('oneroute', 'newMessage.undocumented_fields.json'), true).issues).toEqual([
      { path: '/conversation/status', expected: '"in-queue"', received: 'string' },
    ])
    const body = fixture('newMessage.image.json')
    ;(body.message as Json)['contentType'] = 'STICKER'
    ;(body.conversation['Channel'] as Json)['medium'] = 'TELEGRAM'
    ;(body.conversation['Channel'] as Json)['apiKey'] = 'secret'
    body.conversation['Customer'] = { id: 'c1' }
    expect(decodeLeft(body, true).issues).toEqual([
      {
        path: '/message/contentType',
        expected: '"TEXT" | "IMAGE" | "VIDEO" | "AUDIO" | "DOCUMENT"',
        received: 'string',
      },
      {
        path: '/conversation/Channel/medium',
        expected: '"WHATSAPP" | "EMAIL" | "SMS" | "LIVECHAT" | "INSTAGRAM" | "FACEBOOK" | "TWITTER"',
        received: 'string',
      },
      { path: '/conversation/Channel/apiKey', expected: 'never', received: 'string' },
      { path: '/conversation/Customer', expected: 'never', received: 'object' },
    ])
    expect(decodeRight(body).event).toBe('newMessage')
  })

  it('reports an unknown event at /event', () => {
    expect(decodeLeft(raw('oneroute', 'unknown_event.campaign.json'), true).issues).toEqual([
      { path: '/event', expected: '"newMessage" | "smsDeliveryReport"', received: 'string' },
    ])
  })
})
