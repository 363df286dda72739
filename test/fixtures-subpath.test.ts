import { describe, expect, it } from 'vitest'
import { build, fixture, fixtureNames } from '../src/fixtures/index.js'
import { channeltalk, chatwoot, oneroute, proto, WebhookError } from '../src/index.js'
import { all } from './fixtures.js'

const providers = { chatwoot, channeltalk, proto, oneroute } as const

describe('chat-webhooks/fixtures', () => {
  it.each(Object.keys(providers) as (keyof typeof providers)[])('ships every %s fixture, raw and decoded', (provider) => {
    const files = all(provider)
    expect(fixtureNames(provider)).toEqual(files.map(([n]) => n.replace(/\.json$/, '')))
    for (const [file, text] of files) {
      const f = fixture(provider, file.replace(/\.json$/, '') as never)
      const decoded = providers[provider].decode(text)
      expect([f.provider, f.raw, f.parsed]).toEqual([provider, text, decoded._tag === 'Right' ? decoded.right : 'invalid'])
    }
  })

  it('types each fixture by its event', () => {
    const m = fixture('chatwoot', 'message_created.private_note')
    expect([m.event, m.parsed.event, m.parsed.private]).toEqual(['message_created', 'message_created', true])
    const c = fixture('channeltalk', 'push.message.team_chat_mention.v5')
    expect([c.event, c.parsed.entity.chatType]).toEqual(['push/message', 'group'])
    const u = fixture('oneroute', 'unknown_event.campaign')
    expect([u.event, u.parsed.unrecognized]).toEqual(['unrecognized', 'whatsappCampaign'])
    expect(fixture('proto', 'batch.multi_event').parsed.events).toHaveLength(2)
  })

  it('builds a fixture with overrides merged in, re-serialized and decoded', () => {
    const f = build('chatwoot', 'message_created.incoming_text.web_widget', { content: 'Refund please', conversation: { status: 'pending' } })
    expect([f.parsed.content, f.parsed.conversation?.status, f.parsed.conversation?.id]).toEqual(['Refund please', 'pending', 482])
    expect(chatwoot.parse(f.raw)[0]).toMatchObject({ kind: 'message.created', message: { text: 'Refund please' } })
    const o = build('oneroute', 'newMessage.text', { message: { content: 'hi', sender: { authUser: true } } })
    expect(oneroute.parse(o.raw)[0]).toMatchObject({ message: { text: 'hi', direction: 'outbound' } })
  })

  it('throws for an unknown name, and when overrides break the payload', () => {
    expect(() => fixture('proto', 'nope' as never)).toThrow(new RangeError('chat-webhooks: no proto fixture named "nope"'))
    expect(() => build('chatwoot', 'message_created.private_note', { id: 'x' as never })).toThrow(WebhookError)
  })
})
