import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { handle, WebhookError, type ProviderId } from '../src/index.js'
import * as chatwoot from '../src/providers/chatwoot/index.js'
import * as oneroute from '../src/providers/oneroute/index.js'
import { build, fixture, fixtureNames, signedBody, signedParts, signedRequest } from '../src/testing/index.js'
import { all } from './fixtures.js'
import { parse } from './support/parse.js'
import { everyProvider } from './support/registry.js'

describe('chat-webhooks/testing: fixtures', () => {
  it.each(everyProvider())('ships every %s fixture, raw and decoded', (id, provider) => {
    const files = all(id)
    expect(fixtureNames(id as ProviderId)).toEqual(files.map(([n]) => n.replace(/\.json$/, '')))
    for (const [file, text] of files) {
      const f = fixture(id as ProviderId, file.replace(/\.json$/, '') as never)
      const decoded = provider.decode(text)
      expect([f.provider, f.raw, f.parsed]).toEqual([id, text, decoded._tag === 'Right' ? decoded.right : 'invalid'])
    }
  })

  it('types each fixture by its event', () => {
    const m = fixture('chatwoot', 'message_created.private_note')
    expect([m.event, m.parsed.event, m.parsed.private]).toEqual(['message_created', 'message_created', true])
    const c = fixture('channeltalk', 'push.message.team_chat_mention.v5')
    expect([c.event, c.parsed.entity.chatType]).toEqual(['push/message', 'group'])
    const u = fixture('oneroute', 'unknown_event.campaign')
    expect([u.event, u.parsed.unrecognized]).toEqual(['unrecognized', 'whatsappCampaign'])
    // An unknown variant is `unrecognized` however many tags name it.
    expect(fixture('channeltalk', 'unrecognized.update.userChat').event).toBe('unrecognized')
    const batch = fixture('proto', 'batch.multi_event')
    expect([batch.event, batch.parsed.events.length]).toEqual(['batch', 2])
  })

  it('builds a fixture with overrides merged in, re-serialized and decoded', () => {
    const f = build('chatwoot', 'message_created.incoming_text.web_widget', {
      content: 'Refund please',
      conversation: { status: 'pending' },
    })
    expect([f.parsed.content, f.parsed.conversation?.status, f.parsed.conversation?.id]).toEqual([
      'Refund please',
      'pending',
      482,
    ])
    expect(parse(chatwoot, f.raw)[0]).toMatchObject({ kind: 'message.created', message: { text: 'Refund please' } })
    // An array or null override replaces the value whole.
    const replaced = build('channeltalk', 'push.message.files.v5', { entity: { files: [] }, refers: null })
    expect([replaced.parsed.entity.files, replaced.parsed.refers]).toEqual([[], null])
    // An undefined override leaves the value as it is.
    expect(build('chatwoot', 'message_created.private_note', { content: undefined }).parsed.content).toBe(
      fixture('chatwoot', 'message_created.private_note').parsed.content,
    )
    const o = build('oneroute', 'newMessage.text', { message: { content: 'hi', sender: { authUser: true } } })
    expect(parse(oneroute, o.raw)[0]).toMatchObject({ message: { text: 'hi', direction: 'outbound' } })
  })

  it('throws for an unknown name, and when overrides break the payload', () => {
    expect(() => fixture('chatwoot', 'nope' as never)).toThrow(
      new RangeError('chat-webhooks: no chatwoot fixture named "nope"'),
    )
    expect(() => build('chatwoot', 'message_created.private_note', { id: 'x' as never })).toThrow(WebhookError)
  })
})

describe('chat-webhooks/testing: signed requests', () => {
  const secret = 'test-secret'

  it.each(everyProvider())(
    'signs every %s fixture as the provider does: its own front door and the root one accept it',
    async (id, provider) => {
      for (const name of fixtureNames(id as ProviderId)) {
        const request = await signedRequest(id as ProviderId, name as never, { secret })
        const own = await provider.handle(request, { secret })
        expect([name, own.ok]).toEqual([name, true])
        const parts = await signedParts(id as ProviderId, name as never, { secret })
        const root = await handle(parts, { [id]: { secret } })
        expect([name, root.ok && root.provider]).toEqual([name, id])
        expect([name, own.ok && own.verified]).toEqual([name, provider.verification.kind !== 'none'])
      }
    },
  )

  it('fails verification under another secret, for every provider that signs', async () => {
    for (const [id, provider] of everyProvider()) {
      if (provider.verification.kind === 'none') continue
      const parts = await signedParts(id as ProviderId, fixtureNames(id as ProviderId)[0] as never, { secret })
      const r = await provider.handle(parts, { secret: 'another' })
      expect([id, r.ok ? 'ok' : r.status]).toEqual([id, 401])
    }
  })

  it('signs with the first secret of a rotation list, and says so when none is given', async () => {
    const hmac = (key: string) => createHmac('sha512', key).update('{}').digest('hex')
    const signature = async (secret: string | string[]) =>
      (await signedBody('oneroute', '{}', { secret })).headers['x-oneroute-signature']
    expect([await signature(['a', 'b']), await signature('b')]).toEqual([hmac('a'), hmac('b')])
    await expect(signedBody('oneroute', '{}')).rejects.toThrow(/sign needs the webhook's secret/)
  })

  it('puts Chatwoot’s timestamp and any extra header on the request, and defaults the URL', async () => {
    const parts = await signedBody('chatwoot', '{"event":"x"}', {
      secret,
      timestamp: 1781773549,
      headers: { 'x-chatwoot-delivery': 'd-1' },
    })
    expect([
      parts.url,
      parts.headers['x-chatwoot-timestamp'],
      parts.headers['x-chatwoot-delivery'],
      parts.headers['content-type'],
    ]).toEqual(['https://example.test/webhook', '1781773549', 'd-1', 'application/json'])
    const ct = await signedBody('channeltalk', '{}', {
      secret: ['tk-1', 'tk-0'],
      url: 'https://h.example/hook?lang=ko',
    })
    expect(ct.url).toBe('https://h.example/hook?lang=ko&token=tk-1')
    expect((await signedBody('proto', '{}')).headers).toEqual({ 'content-type': 'application/json' })
  })
})
