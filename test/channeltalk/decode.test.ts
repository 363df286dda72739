import { describe, expect, it } from 'vitest'
import * as channeltalk from '../../src/providers/channeltalk/index.js'
import { all, decoding, raw } from '../fixtures.js'

const { right: decodeRight, left: decodeLeft } = decoding(channeltalk.decode)
type Json = Record<string, unknown>
const fixture = (name: string): Json => JSON.parse(raw('channeltalk', name)) as Json
const entityOf = (body: Json): Json => body['entity'] as Json

describe('channeltalk.decode: every fixture', () => {
  it.each(all('channeltalk'))('%s decodes leniently, stably, and the codec agrees with decode', (name, text) => {
    const w = decodeRight(text)
    const sent = JSON.parse(text) as { event: string; type: string }
    const known = ['push/message', 'push/userChat', 'upsert/user', 'delete/user'].includes(`${sent.event}/${sent.type}`)
    expect([w.event, w.type]).toEqual(known ? [sent.event, sent.type] : ['unrecognized', 'unrecognized'])
    expect(name.startsWith('unrecognized.')).toBe(!known)
    expect(channeltalk.Webhook.is(w)).toBe(true)
    expect(decodeRight(w)).toEqual(w)
  })

  const documented = all('channeltalk').filter(([n]) => !n.startsWith('unrecognized.') && !n.startsWith('legacy.'))
  it.each(documented)('%s passes strict mode', (_name, text) => {
    expect(decodeRight(text, true)).toEqual(decodeRight(text))
  })

  it('has v4 and v5 shapes of every known event', () => {
    const names = all('channeltalk').map(([n]) => n)
    for (const event of ['push.message.', 'push.userChat.', 'upsert.user.']) {
      for (const version of ['.v4.json', '.v5.json'])
        expect(names.some((n) => n.startsWith(event) && n.endsWith(version))).toBe(true)
    }
  })

  it('accepts bytes, ArrayBuffer and parsed values alike, and returns a parsed value unchanged', () => {
    const text = raw('channeltalk', 'push.message.rich_blocks.v5.json')
    const bytes = new TextEncoder().encode(text)
    const parsed = JSON.parse(text) as unknown
    expect(decodeRight(bytes)).toEqual(decodeRight(text))
    expect(decodeRight(bytes.buffer)).toEqual(decodeRight(text))
    expect(decodeRight(parsed)).toBe(parsed)
  })
})

describe('channeltalk.decode: the (event, type) pair', () => {
  it('narrows each known pair to its own entity model', () => {
    const m = decodeRight(raw('channeltalk', 'push.message.user_text.v5.json'))
    expect(m.event === 'push' && m.type === 'message' && m.entity.plainText).toBe(
      "Hi, my order A-20931 still hasn't arrived. Could you check where it is?",
    )
    const c = decodeRight(raw('channeltalk', 'push.userChat.opened.v4.json'))
    expect(
      c.event === 'push' && c.type === 'userChat' && [c.entity.handling, c.entity.pluginId, c.entity.sourcePage],
    ).toEqual(['waiting', '41288', 'https://shop.acme.example/ko/products/4411'])
    const u = decodeRight(raw('channeltalk', 'upsert.user.lead_subscription.v4.json'))
    expect(u.event === 'upsert' && [u.entity.unsubscribed, u.entity.mobile?.appName]).toEqual([true, 'Acme'])
  })

  it('routes unknown pairs — updates, known events with another type — to Unrecognized, keeping what was sent', () => {
    const updated = decodeRight(raw('channeltalk', 'unrecognized.update.userChat.json'))
    expect(updated.event === 'unrecognized' && updated.unrecognized).toEqual({ event: 'update', type: 'userChat' })
    const removed = decodeRight({ event: 'remove', type: 'user', entity: { id: 'u1' } })
    expect(removed).toEqual({
      event: 'unrecognized',
      type: 'unrecognized',
      unrecognized: { event: 'remove', type: 'user' },
      entity: { id: 'u1' },
    })
    const pushUser = decodeRight({ event: 'push', type: 'user', entity: { id: 'u1' } })
    expect(pushUser.event === 'unrecognized' && pushUser.unrecognized).toEqual({ event: 'push', type: 'user' })
    // Encoding gives the body back as sent.
    expect(channeltalk.Webhook.encode(updated)).toEqual(fixture('unrecognized.update.userChat.json'))
  })

  it('decodes deletions of leads and members (`delete`/`user`), whatever the entity holds, and strict mode accepts them', () => {
    const member = decodeRight(raw('channeltalk', 'delete.user.member.inferred.json'), true)
    expect(member.event === 'delete' && [member.type, member.entity.memberId, member.entity.type]).toEqual([
      'user',
      'cust_10492',
      'member',
    ])
    const minimal = decodeRight(raw('channeltalk', 'delete.user.minimal.json'), true)
    expect(minimal).toEqual({
      event: 'delete',
      type: 'user',
      entity: { id: '66b30d11c9a2e4f7b801', channelId: '103735' },
    })
    expect(decodeRight({ event: 'delete', type: 'user', entity: {} }).event).toBe('delete')
    expect(decodeLeft({ event: 'delete', type: 'user' }).issues).toEqual([
      { path: '/entity', expected: 'User', received: 'undefined' },
    ])
  })

  it('knows the v5 fields newer payloads carry: a message edit time and e-mail envelope, the app push opt-out', () => {
    const w = decodeRight(raw('channeltalk', 'push.message.email_edited.v5.json'), true)
    expect(
      w.event === 'push' &&
        w.type === 'message' && [
          w.entity.editedAt,
          w.entity.email?.subject,
          w.entity.email?.to?.length,
          w.refers?.user?.unsubscribeAppPush,
        ],
    ).toEqual([1721893522417, 'Re: Damaged parcel (order A-20931)', 1, false])
  })

  it('reports an unknown pair in strict mode at the tag that is unknown, with the values known there', () => {
    expect(decodeLeft(raw('channeltalk', 'unrecognized.update.userChat.json'), true).issues).toEqual([
      { path: '/event', expected: '"push" | "upsert" | "delete"', received: 'string' },
    ])
    expect(decodeLeft({ event: 'push', type: 'user', entity: {} }, true).issues).toEqual([
      { path: '/type', expected: '"message" | "userChat"', received: 'string' },
    ])
  })

  it('rejects an envelope without string tags or a known event without its entity, naming the variant', () => {
    expect(decodeLeft({ event: 'push', entity: {} }).issues).toEqual([
      { path: '/type', expected: 'string', received: 'undefined' },
    ])
    const e = decodeLeft({ event: 'push', type: 'message' })
    expect(e.message).toBe(
      'chat-webhooks: not a valid channeltalk "push/message" payload: /entity: expected Message, received undefined',
    )
    expect(e.issues).toEqual([{ path: '/entity', expected: 'Message', received: 'undefined' }])
  })
})

describe('channeltalk.decode: models', () => {
  it('decodes v5 buttons (action) and v4 buttons (url), and unknown action types to their own variant', () => {
    const v5 = decodeRight(raw('channeltalk', 'push.message.app_buttons.v5.json'))
    const actions = v5.event === 'push' && v5.type === 'message' ? v5.entity.buttons?.map((b) => b.action) : undefined
    expect(actions?.map((a) => a?.type)).toEqual(['wam', 'command'])
    const wam = actions?.[0]
    expect(wam?.type === 'wam' && wam.attributes?.wamArgs).toEqual({ orderId: 'A-20931' })
    const v4 = decodeRight(raw('channeltalk', 'push.message.bot_url_buttons.v4.json'))
    expect(v4.event === 'push' && v4.type === 'message' && v4.entity.buttons?.map((b) => [b.url, b.action])).toEqual([
      ['https://shop.acme.example/ko/refunds/B-11820', undefined],
      ['https://shop.acme.example/ko/help', undefined],
    ])
    const body = fixture('push.message.bot_web_buttons.v5.json')
    const buttons = entityOf(body)['buttons'] as Json[]
    buttons[0] = { title: 'Call us', action: { type: 'call', attributes: { number: '+8215440000' } } }
    const decoded = decodeRight(body)
    expect(decoded.event === 'push' && decoded.type === 'message' && decoded.entity.buttons?.[0]?.action).toEqual({
      type: 'unrecognized',
      unrecognized: 'call',
      attributes: { number: '+8215440000' },
    })
    expect(decodeLeft(body, true).issues).toEqual([
      { path: '/entity/buttons/0/action/type', expected: '"web" | "wam" | "command"', received: 'string' },
    ])
  })

  it('decodes nested bullets, v4 profile-bot values and goal expressions, which are recursive', () => {
    const body = fixture('push.message.user_text.v4.json')
    entityOf(body)['profileBot'] = [
      { id: 'p1', key: 'email', type: 'string', name: 'Email', value: { m: { a: { l: [{ s: 'x' }, { n: '2' }] } } } },
    ]
    expect(decodeRight(body, true).event).toBe('push')
    entityOf(body)['profileBot'] = [{ id: 'p1', value: { m: { a: { l: [{ s: 2 }] } } } }]
    expect(decodeLeft(body).issues).toEqual([
      { path: '/entity/profileBot/0/value/m/a/l/0/s', expected: 'string', received: 'number' },
    ])
    const rich = decodeRight(raw('channeltalk', 'push.message.rich_blocks.v5.json'))
    const bullets = rich.event === 'push' && rich.type === 'message' ? rich.entity.blocks?.[3] : undefined
    expect(bullets?.blocks?.[2]?.blocks?.[0]?.value).toBe(
      'Reschedule via <link type="manager" value="458377">@Jisoo Kim</link>',
    )
    const reopened = decodeRight(raw('channeltalk', 'push.userChat.reopened.v5.json'))
    expect(
      reopened.event === 'push' && reopened.type === 'userChat' && reopened.entity.goalEventQuery?.and?.[0]?.key,
    ).toBe('amount')
  })

  it('reads handling as the v4 string or the v5 object', () => {
    const v5 = decodeRight(raw('channeltalk', 'push.userChat.reopened.v5.json'))
    const handling = v5.event === 'push' && v5.type === 'userChat' ? v5.entity.handling : undefined
    expect(typeof handling === 'object' && handling?.trace?.previousTrace?.id).toBe('tr-1')
    const body = fixture('push.userChat.opened.v4.json')
    entityOf(body)['handling'] = 42
    expect(decodeLeft(body).issues).toEqual([
      { path: '/entity/handling', expected: 'UserChatHandling', received: 'number' },
    ])
  })

  it('accepts null for absent fields, and every field but the envelope may be missing', () => {
    expect(
      decodeRight({ event: 'push', type: 'message', entity: { plainText: null, refers: null }, refers: null }).event,
    ).toBe('push')
    expect(decodeRight({ event: 'upsert', type: 'user', entity: {} }).event).toBe('upsert')
  })

  it('names each wrong field with its path and expected type, never its value', () => {
    const body = fixture('push.message.files.v5.json')
    const entity = entityOf(body)
    entity['createdAt'] = '2024-07-25T06:46:52.677Z'
    entity['chatId'] = 4411
    ;(entity['files'] as Json[])[1] = { ...(entity['files'] as Json[])[1], size: '7 MB' }
    ;(body['refers'] as Json)['user'] = 'Jiwoo Han'
    const e = decodeLeft(body)
    expect(e.issues).toEqual([
      { path: '/entity/chatId', expected: 'string', received: 'number' },
      { path: '/entity/createdAt', expected: 'EpochMillis', received: 'string' },
      { path: '/entity/files/1/size', expected: 'integer', received: 'string' },
      { path: '/refers/user', expected: 'User', received: 'string' },
    ])
    expect(JSON.stringify(e)).not.toContain('Jiwoo')
    expect(e.message).not.toContain('7 MB')
  })
})

describe('channeltalk.decode: strict mode', () => {
  it('names every key and value the models do not document, at its own path (a pre-v4 payload)', () => {
    const text = raw('channeltalk', 'legacy.pre_v4.push.message.json')
    expect(decodeRight(text).event).toBe('push')
    expect(decodeLeft(text, true).issues).toEqual([
      { path: '/entity/personType', expected: '"user" | "manager" | "bot" | "account"', received: 'string' },
      { path: '/refers/veil', expected: 'never', received: 'object' },
    ])
  })

  it('reports undocumented keys deep inside refers and files, and unknown enum values at their field', () => {
    const body = fixture('push.message.files.v5.json')
    ;(entityOf(body)['files'] as Json[])[0] = {
      ...(entityOf(body)['files'] as Json[])[0],
      url: 'https://x.example/a.jpg',
    }
    const refers = body['refers'] as Json
    refers['userChat'] = {
      ...(refers['userChat'] as Json),
      state: 'archived',
      source: { page: 'https://x.example', referrer: 'ads' },
    }
    expect(decodeLeft(body, true).issues).toEqual([
      { path: '/entity/files/0/url', expected: 'never', received: 'string' },
      {
        path: '/refers/userChat/state',
        expected: '"opened" | "snoozed" | "closed" | "queued" | "initial" | "missed"',
        received: 'string',
      },
      { path: '/refers/userChat/source/referrer', expected: 'never', received: 'string' },
    ])
  })

  it('accepts custom keys in free maps: user profiles and the open profile map', () => {
    const body = fixture('upsert.user.lead_contact.v5.json')
    expect((entityOf(body)['profileOnce'] as Json)['customField']).toBe('x')
    ;(entityOf(body)['profile'] as Json)['loyaltyTier'] = 'gold'
    expect(decodeRight(body, true).event).toBe('upsert')
  })
})
