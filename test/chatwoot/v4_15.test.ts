// What Chatwoot 4.15 sends that earlier versions did not (docs/providers/chatwoot.md, "Additions, Chatwoot
// 4.15"): fractional video sizes, echoes of replies sent from the native apps, click-to-WhatsApp
// referrals, voice calls and typing by an agent bot. Each through its fixture, read as raw text.
import { describe, expect, it } from 'vitest'
import * as chatwoot from '../../src/providers/chatwoot/index.js'
import { decoding, parsing, raw } from '../fixtures.js'
import { parse } from '../support/parse.js'

const { right: decodeRight, left: decodeLeft } = decoding(chatwoot.decode)
const { of } = parsing('chatwoot', (input) => parse(chatwoot, input))

describe('chatwoot 4.15: fractional video sizes', () => {
  const text = raw('chatwoot', 'message_created.incoming_video_fractional.whatsapp.json')

  it('decodes leniently, keeping the sizes as sent, and normalizes them into the media part', () => {
    const w = decodeRight(text)
    expect(w.event === 'message_created' && w.attachments?.[0]).toMatchObject({
      width: 854,
      height: 479.99999999999994,
    })
    const m = of('message_created.incoming_video_fractional.whatsapp.json', 'message.created').message
    expect(m.parts).toEqual([
      {
        type: 'media',
        mediaType: 'video',
        url: 'https://chat.acme.example/rails/active_storage/blobs/redirect/eyJfcmFpbHMiOnsiZGF0YSI6NzcxMzAsInB1ciI6ImJsb2JfaWQifX0=--3c9d1e7a/unboxing.mp4',
        mimeType: 'video/mp4',
        size: 2318842,
        width: 854,
        height: 479.99999999999994,
      },
    ])
  })

  it('strict mode and the drift report name each fraction as not an integer, and nothing else', () => {
    const e = decodeLeft(text, true)
    expect(e.issues).toEqual([
      { path: '/conversation/messages/0/attachments/0/height', expected: 'integer', received: 'number' },
      { path: '/attachments/0/height', expected: 'integer', received: 'number' },
    ])
    const r = chatwoot.decodeWithDrift(text)
    expect(r._tag === 'Right' && r.right.drift.map((d) => [d.kind, d.path])).toEqual([
      ['not_integer', '/conversation/messages/0/attachments/0/height'],
      ['not_integer', '/attachments/0/height'],
    ])
  })

  it('still refuses a size that is not a finite number', () => {
    const body = JSON.parse(text) as { attachments: { height: unknown }[] }
    for (const bad of ['480', true, {}]) {
      const attachments = body.attachments.map((a) => ({ ...a, height: bad }))
      expect(decodeLeft(JSON.stringify({ ...body, attachments })).issues).toEqual([
        {
          path: '/attachments/0/height',
          expected: 'IntLike',
          received: typeof bad === 'object' ? 'object' : typeof bad,
        },
      ])
    }
  })
})

describe('chatwoot 4.15: replies sent from the native apps', () => {
  it('an outgoing message with no sender and external_echo is an agent reply with no id, not the system', () => {
    const e = of('message_created.external_echo.whatsapp.json', 'message.created')
    expect(e.message.author).toEqual({ role: 'agent' })
    expect(e.message.direction).toBe('outbound')
    expect(e.message.status).toBe('delivered')
  })

  it('without external_echo the same message stays the system', () => {
    const body = JSON.parse(raw('chatwoot', 'message_created.external_echo.whatsapp.json')) as Record<string, unknown>
    for (const attrs of [{}, { external_echo: false }, null]) {
      const [e] = parse(chatwoot, JSON.stringify({ ...body, content_attributes: attrs }))
      expect(e?.kind === 'message.created' && e.message.author).toEqual({ role: 'system' })
    }
  })
})

describe('chatwoot 4.15: click-to-WhatsApp referrals', () => {
  it('decode in strict mode and surface as message.referral', () => {
    expect(
      chatwoot.decode(raw('chatwoot', 'message_created.incoming_referral.whatsapp.json'), { strict: true })._tag,
    ).toBe('Right')
    const m = of('message_created.incoming_referral.whatsapp.json', 'message.created').message
    expect(m.referral).toEqual({
      sourceType: 'ad',
      sourceId: '120210987654321098',
      sourceUrl: 'https://fb.me/3kQzXa1Bc',
      headline: 'Acme Pro, yearly',
      body: 'Save 20% when you switch to yearly billing.',
      mediaType: 'image',
      mediaUrl: 'https://scontent.example/v/t45.1600-4/acme-yearly.jpg',
      clickId: 'ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LEkR7JwFF4XvnO2E4Nx0-eM-GABDLOPaOdRMv-_zctNBw',
      welcomeMessage: 'Hi! Ask us anything about Acme Pro.',
    })
    expect(m.text).toBe('Hi, I saw your ad about the yearly plan')
  })

  it("reads Twilio's referral keys too, and leaves out what is missing", () => {
    const body = JSON.parse(raw('chatwoot', 'message_created.incoming_referral.whatsapp.json')) as Record<
      string,
      unknown
    >
    const referral = {
      source_id: '1202',
      source_type: 'ad',
      media_content_type: 'video/mp4',
      media_url: 'https://api.twilio.example/media/ME1',
      num_media: '1',
    }
    const [e] = parse(chatwoot, JSON.stringify({ ...body, content_attributes: { referral } }))
    expect(e?.kind === 'message.created' && e.message.referral).toEqual({
      sourceType: 'ad',
      sourceId: '1202',
      mediaType: 'video/mp4',
      mediaUrl: 'https://api.twilio.example/media/ME1',
    })
  })
})

describe('chatwoot 4.15: voice calls', () => {
  it('a ringing call is a call part beside the text Chatwoot writes', () => {
    const m = of('message_created.voice_call.json', 'message.created').message
    expect(m.text).toBe('WhatsApp Call')
    expect(m.parts).toEqual([
      { type: 'text', text: 'WhatsApp Call' },
      {
        type: 'call',
        direction: 'inbound',
        status: 'ringing',
        callId: 'wacid.HBgLMTQxNTU1NTAxMjMVAgARGBI3RUVDMTY2RjRCOTVDMUUwOEUA',
        source: 'whatsapp',
      },
    ])
  })

  it('the update after the call carries who answered and how long it lasted, and strict mode accepts both', () => {
    for (const name of ['message_created.voice_call.json', 'message_updated.voice_call_completed.json'])
      expect([name, chatwoot.decode(raw('chatwoot', name), { strict: true })._tag]).toEqual([name, 'Right'])
    const e = of('message_updated.voice_call_completed.json', 'message.updated')
    expect(e.message.parts[1]).toEqual({
      type: 'call',
      direction: 'inbound',
      status: 'completed',
      duration: 184,
      callId: 'wacid.HBgLMTQxNTU1NTAxMjMVAgARGBI3RUVDMTY2RjRCOTVDMUUwOEUA',
      source: 'whatsapp',
      acceptedBy: { role: 'agent', id: '5', name: 'Jordan Lee' },
    })
    // The call's end is a change of its own: a different key from the ringing message's.
    expect(e.dedupeKey).not.toBe(of('message_created.voice_call.json', 'message.created').dedupeKey)
  })

  it('a Twilio call is named by its SID when it has no call id; a call with no data is a bare call part', () => {
    const body = JSON.parse(raw('chatwoot', 'message_created.voice_call.json')) as Record<string, unknown>
    const twilio = {
      data: { call_sid: 'CA5f0e', call_source: 'twilio', call_direction: 'outbound', status: 'no-answer' },
    }
    const [a] = parse(chatwoot, JSON.stringify({ ...body, content: 'Voice Call', content_attributes: twilio }))
    expect(a?.kind === 'message.created' && a.message.parts).toEqual([
      { type: 'text', text: 'Voice Call' },
      { type: 'call', direction: 'outbound', status: 'no-answer', callId: 'CA5f0e', source: 'twilio' },
    ])
    const [b] = parse(chatwoot, JSON.stringify({ ...body, content_attributes: {} }))
    expect(b?.kind === 'message.created' && b.message.parts[1]).toEqual({ type: 'call' })
  })
})

describe('chatwoot 4.15: typing by an agent bot', () => {
  it('is typed as an AgentBot and the typist is a bot', () => {
    const w = decodeRight(raw('chatwoot', 'conversation_typing_on.agent_bot.json'))
    expect(w.event === 'conversation_typing_on' && w.user?.type).toBe('agent_bot')
    expect(of('conversation_typing_on.agent_bot.json', 'typing.started').author).toEqual({
      role: 'bot',
      id: '2',
      name: 'Acme Assistant',
    })
  })
})
