import { describe, expect, it } from 'vitest'
import * as channeltalk from '../../src/providers/channeltalk/index.js'
import type { ChatEvent, EventOfKind } from '../../src/model/index.js'
import { all, parsing, raw } from '../fixtures.js'
import { parse } from '../support/parse.js'

const { one, of } = parsing('channeltalk', (b: unknown) => parse(channeltalk, b))
const iso = (d: Date | undefined) => d?.toISOString()
type Json = Record<string, unknown>

const CHAT = '66a1f3c2e8b4d7a91c05'
const CHAT_V4 = '66b20a41c7d3e8f5a2b9'
const JIWOO = '66a1f1a0c3e9d2b84f27'

describe('channeltalk.normalize: every fixture', () => {
  // [fixture, kind, conversation id, occurredAt, internal, message: [id, direction, role, author id, author name, part types, private]]
  type Row = [
    string,
    ChatEvent['kind'],
    string | undefined,
    string | undefined,
    boolean,
    [string, 'inbound' | 'outbound', string, string, string | undefined, string[], boolean]?,
  ]
  const rows: Row[] = [
    ['delete.user.lead.inferred', 'contact.deleted', undefined, undefined, false],
    ['delete.user.member.inferred', 'contact.deleted', undefined, '2024-07-31T04:28:20.552Z', false],
    ['delete.user.minimal', 'contact.deleted', undefined, undefined, false],
    [
      'legacy.pre_v4.push.message',
      'message.created',
      '5c8f1a0f9e8d7c6b5a49',
      '2019-03-18T04:10:19.374Z',
      false,
      ['5c8f1a2b3d4e5f6a7b8c', 'inbound', 'customer', '5c8f19ff0a1b2c3d4e5f', undefined, ['text'], false],
    ],
    [
      'push.message.alf_answer.v5',
      'message.created',
      CHAT,
      '2024-07-25T06:56:40.123Z',
      false,
      ['66a1fa0c9d8e7f6a5b4c', 'outbound', 'bot', '117101', 'ALF', ['text'], false],
    ],
    [
      'push.message.app_buttons.v5',
      'message.created',
      CHAT,
      '2024-07-25T06:55:00.777Z',
      false,
      ['66a1f9b2c3d4e5f60718', 'outbound', 'bot', '117045', 'Acme Helper', ['text', 'actions'], false],
    ],
    [
      'push.message.bot_url_buttons.v4',
      'message.created',
      CHAT_V4,
      '2024-08-06T00:00:03.120Z',
      false,
      ['66b20a44f2a9c1d0e377', 'outbound', 'bot', '88102', 'Acme 도우미', ['text', 'actions'], false],
    ],
    [
      'push.message.bot_web_buttons.v5',
      'message.created',
      CHAT,
      '2024-07-25T06:16:55.240Z',
      false,
      ['66a1f3d7a2e91b0c4d55', 'outbound', 'bot', '117045', 'Acme Helper', ['text', 'actions'], false],
    ],
    [
      'push.message.files.v5',
      'message.created',
      CHAT,
      '2024-07-25T06:46:52.677Z',
      false,
      ['66a1f85c0d4e7a2b9c61', 'inbound', 'customer', JIWOO, 'Jiwoo Han', ['media', 'media', 'media'], false],
    ],
    [
      'push.message.form_submitted.v5',
      'message.created',
      CHAT,
      '2024-07-25T06:17:00.001Z',
      false,
      ['66a1f3e0c4d5e6f7a8b9', 'outbound', 'bot', '117045', 'Acme Helper', ['text', 'form'], false],
    ],
    [
      'push.message.log_assign.v5',
      'message.created',
      CHAT,
      '2024-07-25T06:18:34.001Z',
      false,
      ['66a1f43a0e1b2c3d4e5f', 'outbound', 'agent', '458012', 'Minji Park', ['activity'], false],
    ],
    [
      'push.message.manager_text.v5',
      'message.created',
      CHAT,
      '2024-07-25T06:18:22.117Z',
      false,
      ['66a1f42e5c8d3a17b6f0', 'outbound', 'agent', '458012', 'Minji Park', ['text'], false],
    ],
    [
      'push.message.no_refers.v5',
      'message.created',
      '66c0d1e2f3a4b5c6d7e8',
      '2024-08-17T16:38:08.000Z',
      false,
      ['66c0d1f0a1b2c3d4e5f6', 'inbound', 'customer', '66c0d1aa00bb11cc22dd', undefined, ['text'], false],
    ],
    [
      'push.message.private_note.v5',
      'message.created',
      CHAT,
      '2024-07-25T06:21:40.456Z',
      false,
      ['66a1f4f0aa21bc34de56', 'outbound', 'agent', '458012', 'Minji Park', ['text'], true],
    ],
    [
      'push.message.rich_blocks.v5',
      'message.created',
      CHAT,
      '2024-07-25T06:45:00.201Z',
      false,
      ['66a1f80ab3c2d1e4f590', 'outbound', 'agent', '458012', 'Minji Park', ['text'], false],
    ],
    [
      'push.message.team_chat.v4',
      'message.created',
      '201455',
      '2024-08-06T00:07:45.110Z',
      true,
      ['66b20c11a7e4d2f9b018', 'outbound', 'agent', '458377', 'Jisoo Kim', ['text'], false],
    ],
    [
      'push.message.team_chat_bot.v5',
      'message.created',
      '201455',
      '2024-07-25T07:06:40.000Z',
      true,
      ['66a1fc00b1a2c3d4e5f6', 'outbound', 'bot', '117045', 'Acme Helper', ['text'], false],
    ],
    [
      'push.message.team_chat_mention.v5',
      'message.created',
      '201455',
      '2024-07-25T06:30:01.456Z',
      true,
      ['66a1f6e9d4b3a2c1f807', 'outbound', 'agent', '458012', 'Minji Park', ['text'], false],
    ],
    [
      'push.message.thread_reply.v5',
      'message.created',
      '201455',
      '2024-07-25T07:03:21.800Z',
      true,
      ['66a1fb77e1d2c3b4a596', 'outbound', 'agent', '458377', 'Jisoo Kim', ['text'], false],
    ],
    [
      'push.message.user_text.v4',
      'message.created',
      CHAT_V4,
      '2024-08-06T00:00:01.002Z',
      false,
      ['66b20a42d1e8f3a7c904', 'inbound', 'customer', '66b209f3a1c4e7d8b250', 'Seo-yeon Lee', ['text'], false],
    ],
    [
      'push.message.user_text.v5',
      'message.created',
      CHAT,
      '2024-07-25T06:16:54.873Z',
      false,
      ['66a1f3d6b07c2e4f8a13', 'inbound', 'customer', JIWOO, 'Jiwoo Han', ['text'], false],
    ],
    [
      'push.message.email_edited.v5',
      'message.created',
      CHAT,
      '2024-07-25T07:43:23.990Z',
      false,
      ['66a2081b7d4c9e25f3a1', 'outbound', 'agent', '458012', 'Minji Park', ['text'], false],
    ],
    [
      'push.message.web_page.v5',
      'message.created',
      CHAT,
      '2024-07-25T06:48:01.300Z',
      false,
      ['66a1f8a1e6b3c0d2f947', 'inbound', 'customer', JIWOO, 'Jiwoo Han', ['text', 'link'], false],
    ],
    ['push.userChat.opened.v4', 'conversation.created', CHAT_V4, '2024-08-06T00:00:00.950Z', false],
    ['push.userChat.opened.v5', 'conversation.created', CHAT, '2024-07-25T06:16:54.873Z', false],
    ['push.userChat.reopened.v5', 'conversation.status_changed', CHAT, '2024-07-31T04:26:51.000Z', false],
    ['unrecognized.update.userChat', 'unrecognized', undefined, undefined, false],
    ['upsert.user.lead_contact.v5', 'contact.updated', undefined, '2024-08-07T03:08:20.000Z', false],
    ['upsert.user.lead_subscription.v4', 'contact.updated', undefined, '2024-08-07T00:20:12.345Z', false],
    ['upsert.user.member_contact.v5', 'contact.updated', undefined, '2024-07-26T10:35:20.456Z', false],
    ['upsert.user.member_subscription', 'contact.updated', undefined, '2024-07-30T03:34:15.021Z', false],
  ]

  it('covers every fixture', () => {
    expect(rows.map((r) => r[0]).sort()).toEqual(
      all('channeltalk')
        .map(([n]) => n.replace(/\.json$/, ''))
        .sort(),
    )
  })

  it.each(rows)('%s → %s', (name, kind, conversationId, occurredAt, internal, message) => {
    const e = one(`${name}.json`)
    expect([e.provider, e.kind, e.conversation?.id, iso(e.occurredAt), e.conversation?.internal === true]).toEqual([
      'channeltalk',
      kind,
      conversationId,
      occurredAt,
      internal,
    ])
    const decoded = channeltalk.decode(raw('channeltalk', `${name}.json`))
    expect(decoded._tag === 'Right' && e.raw).toEqual(decoded._tag === 'Right' && decoded.right)
    if (conversationId)
      expect(e.replyTarget).toEqual({
        provider: 'channeltalk',
        chatType: internal ? 'group' : 'userChat',
        chatId: conversationId,
      })
    else expect(e.replyTarget).toBe(undefined)
    if (message) {
      const m = (e as EventOfKind<'message.created'>).message
      const [id, direction, role, authorId, authorName, parts, isPrivate] = message
      expect([
        m.id,
        m.direction,
        m.author.role,
        m.author.id,
        m.author.name,
        m.parts.map((p) => p.type),
        m.private,
      ]).toEqual([id, direction, role, authorId, authorName, parts, isPrivate])
      expect(m.direction === 'inbound').toBe(m.author.role === 'customer')
      expect(e.dedupeKey).toBe(`channeltalk:${name.startsWith('legacy') ? '7' : '103735'}:push/message:${id}`)
    }
  })
})

describe('channeltalk.normalize: messages', () => {
  it('maps a customer message in a user chat, with the chat, the customer and a reply target', () => {
    const e = of('push.message.user_text.v5.json', 'message.created')
    expect(e.message).toEqual({
      id: '66a1f3d6b07c2e4f8a13',
      direction: 'inbound',
      author: { role: 'customer', id: JIWOO, name: 'Jiwoo Han' },
      text: "Hi, my order A-20931 still hasn't arrived. Could you check where it is?",
      parts: [{ type: 'text', text: "Hi, my order A-20931 still hasn't arrived. Could you check where it is?" }],
      createdAt: new Date(1721888214873),
      private: false,
      status: 'sent',
    })
    expect(e.conversation).toEqual({
      id: CHAT,
      status: 'opened',
      channel: 'native',
      contact: {
        id: JIWOO,
        name: 'Jiwoo Han',
        email: 'jiwoo.han@example.com',
        phone: '+821055501234',
        identifier: 'cust_10492',
      },
      priority: 'medium',
      createdAt: new Date(1721888210512),
      updatedAt: new Date(1721888214901),
    })
    expect(e.replyTarget).toEqual({ provider: 'channeltalk', chatType: 'userChat', chatId: CHAT })
    expect(e.dedupeKey).toBe('channeltalk:103735:push/message:66a1f3d6b07c2e4f8a13')
  })

  it('resolves the assignee, team and tags of a user chat through refers', () => {
    expect(of('push.message.rich_blocks.v5.json', 'message.created').conversation).toEqual({
      id: CHAT,
      status: 'opened',
      channel: 'native',
      contact: {
        id: JIWOO,
        name: 'Jiwoo Han',
        email: 'jiwoo.han@example.com',
        phone: '+821055501234',
        identifier: 'cust_10492',
      },
      assignee: { id: '458012', role: 'agent', name: 'Minji Park' },
      team: { id: '7301' },
      labels: ['delivery', 'damaged'],
      priority: 'high',
      createdAt: new Date(1721888210512),
      updatedAt: new Date(1721889900300),
    })
  })

  it('reads a v4 message and its v4 user chat and user', () => {
    const e = of('push.message.user_text.v4.json', 'message.created')
    expect(e.message.text).toBe('환불 요청드립니다. 주문번호 B-11820 입니다.')
    expect(e.conversation).toEqual({
      id: CHAT_V4,
      status: 'opened',
      contact: {
        id: '66b209f3a1c4e7d8b250',
        name: 'Seo-yeon Lee',
        email: 'seoyeon.lee@example.com',
        phone: '+821055508811',
        identifier: 'cust_20817',
        avatarUrl: 'https://cf.channel.io/avatar/emoji/koala.png',
      },
      labels: ['refund'],
      createdAt: new Date(1722902398771),
    })
  })

  it('marks a team chat as internal, named after the group, and answers it in the group', () => {
    const e = of('push.message.team_chat_mention.v5.json', 'message.created')
    expect(e.conversation).toEqual({
      id: '201455',
      name: 'cs-team',
      internal: true,
      createdAt: new Date(1655100000000),
      updatedAt: new Date(1718000000000),
    })
    expect(e.replyTarget).toEqual({ provider: 'channeltalk', chatType: 'group', chatId: '201455' })
    expect(e.message.text).toBe(
      '@Jisoo Kim could you ask the courier about order A-20931? Customer says the box arrived damaged.',
    )
    expect(of('push.message.team_chat.v4.json', 'message.created').conversation?.name).toBe('cs-team')
  })

  it('flattens blocks when there is no plainText: markup to text, links to labels, mentions to names, bullets to lines, code as is', () => {
    expect(of('push.message.rich_blocks.v5.json', 'message.created').message.text).toBe(
      [
        'Replacement shipped for order A-20931 :tada:',
        'Track it here: 6894-2210-3391 or see https://shop.acme.example/orders',
        'carrier=CJ <eta>2024-07-27</eta>',
        '- Keep the damaged box until pickup',
        '- Pickup window: 10:00–14:00',
        '  - Reschedule via @Jisoo Kim',
      ].join('\n'),
    )
  })

  it('prefers plainText, and keeps emoji shortcodes as written', () => {
    const e = of('push.message.thread_reply.v5.json', 'message.created')
    expect(e.message.text).toBe("Asked the courier, they'll call back within the hour :+1:")
    expect(e.message.inReplyTo).toBe('66a1f6e9d4b3a2c1f807')
  })

  it('types files as media without a URL, keeping the storage key', () => {
    expect(of('push.message.files.v5.json', 'message.created').message).toMatchObject({
      text: '',
      parts: [
        {
          type: 'media',
          mediaType: 'image',
          mimeType: 'image/jpeg',
          size: 482113,
          width: 1536,
          height: 2048,
          name: 'damaged-box.jpg',
          storage: {
            key: 'pri-file/103735/66a1f85b9e2c4d7f1a03/damaged-box.jpg',
            bucket: 'bin.channel.io',
            id: '66a1f85b9e2c4d7f1a03',
          },
        },
        {
          type: 'media',
          mediaType: 'video',
          mimeType: 'video/mp4',
          size: 7340032,
          width: 1080,
          height: 1920,
          name: 'unboxing.mp4',
          duration: 12.48,
          storage: {
            key: 'pri-file/103735/66a1f85b9e2c4d7f1a04/unboxing.mp4',
            bucket: 'bin.channel.io',
            id: '66a1f85b9e2c4d7f1a04',
          },
        },
        {
          type: 'media',
          mediaType: 'file',
          mimeType: 'application/pdf',
          size: 91822,
          name: 'receipt.pdf',
          storage: {
            key: 'pri-file/103735/66a1f85b9e2c4d7f1a05/receipt.pdf',
            bucket: 'bin.channel.io',
            id: '66a1f85b9e2c4d7f1a05',
          },
        },
      ],
    })
    for (const p of of('push.message.files.v5.json', 'message.created').message.parts)
      expect(p.type === 'media' && p.url).toBe(undefined)
  })

  it('types v5 web buttons and v4 url buttons as links, and app buttons as app actions', () => {
    expect(of('push.message.bot_web_buttons.v5.json', 'message.created').message.parts[1]).toEqual({
      type: 'actions',
      actions: [
        { type: 'link', text: 'Track my order', url: 'https://shop.acme.example/orders/A-20931/track' },
        { type: 'link', text: 'Return policy', url: 'https://shop.acme.example/help/returns' },
      ],
    })
    expect(of('push.message.bot_url_buttons.v4.json', 'message.created').message.parts[1]).toEqual({
      type: 'actions',
      actions: [
        { type: 'link', text: '환불 진행 상황', url: 'https://shop.acme.example/ko/refunds/B-11820' },
        { type: 'link', text: '상담원 연결', url: 'https://shop.acme.example/ko/help' },
      ],
    })
    expect(of('push.message.app_buttons.v5.json', 'message.created').message.parts[1]).toEqual({
      type: 'actions',
      actions: [
        { type: 'app', text: 'Book a pickup', kind: 'wam', appId: '64f0a1b2c3d4e5f6a7b8', name: 'pickup-booking' },
        { type: 'app', text: 'Refund status', kind: 'command', appId: '64f0a1b2c3d4e5f6a7b8', name: 'refund-status' },
      ],
    })
  })

  it('types a web page preview as a link', () => {
    expect(of('push.message.web_page.v5.json', 'message.created').message.parts[1]).toEqual({
      type: 'link',
      url: 'https://shop.acme.example/products/4411',
      title: 'Acme Kettle K2 — Matte Black',
      description: '1.7 L stainless kettle with temperature control.',
      imageUrl: 'https://shop.acme.example/img/k2-black.jpg',
    })
  })

  it('types a submitted form with its fields, choices and answers', () => {
    expect(of('push.message.form_submitted.v5.json', 'message.created').message.parts[1]).toEqual({
      type: 'form',
      fields: [
        { name: 'userChat.profile.orderNumber', inputType: 'text', label: 'Order number', required: true },
        { name: 'user.profile.email', inputType: 'text', label: 'Email' },
        {
          name: 'userChat.profile.issue',
          inputType: 'singleSelect',
          label: 'Issue',
          options: [
            { label: 'Late', value: 'Late' },
            { label: 'Damaged', value: 'Damaged' },
            { label: 'Wrong item', value: 'Wrong item' },
          ],
        },
      ],
      submitted: [
        { name: 'userChat.profile.orderNumber', value: 'A-20931' },
        { name: 'user.profile.email', value: 'jiwoo.han@example.com' },
        { name: 'userChat.profile.issue', value: 'Damaged' },
      ],
    })
  })

  it('types a log message as an activity with no text, and a private note as private', () => {
    const log = of('push.message.log_assign.v5.json', 'message.created').message
    expect([log.text, log.parts]).toEqual(['', [{ type: 'activity', action: 'assign', values: ['458012'] }]])
    const note = of('push.message.private_note.v5.json', 'message.created').message
    expect([note.private, note.text]).toEqual([
      true,
      'Customer sent photos of the damage; refund pre-approved by @Hana Choi.',
    ])
  })

  it('finds the conversation in chatKey when chatType and chatId are missing, and leaves it out when nothing names it', () => {
    const e = parse(channeltalk, {
      event: 'push',
      type: 'message',
      entity: { chatKey: 'group-201455', personType: 'manager', plainText: 'hi' },
    })[0]
    expect([e?.conversation, e?.replyTarget]).toEqual([
      { id: '201455', internal: true },
      { provider: 'channeltalk', chatType: 'group', chatId: '201455' },
    ])
    const bare = parse(channeltalk, { event: 'push', type: 'message', entity: {} })[0] as EventOfKind<'message.created'>
    expect([bare.conversation, bare.replyTarget, bare.message.author, bare.message.text]).toEqual([
      undefined,
      undefined,
      { role: 'system' },
      '',
    ])
    expect(bare.dedupeKey).toMatch(/^channeltalk:-:push\/message:[0-9a-z]+$/)
  })

  it('marks removed messages as deleted, and reads pre-v4 capitalised person types', () => {
    const body = JSON.parse(raw('channeltalk', 'push.message.manager_text.v5.json')) as Json
    ;(body['entity'] as Json)['state'] = 'removed'
    const m = (parse(channeltalk, body)[0] as EventOfKind<'message.created'>).message
    expect([m.deleted, m.status]).toEqual([true, undefined])
    ;(body['entity'] as Json)['personType'] = 'Manager'
    expect((parse(channeltalk, body)[0] as EventOfKind<'message.created'>).message.author.role).toBe('agent')
  })

  it('does not take an author name from a refers object of someone else', () => {
    const body = JSON.parse(raw('channeltalk', 'push.message.manager_text.v5.json')) as Json
    ;(body['entity'] as Json)['personId'] = '999999'
    expect((parse(channeltalk, body)[0] as EventOfKind<'message.created'>).message.author).toEqual({
      role: 'agent',
      id: '999999',
    })
  })
})

describe('channeltalk.normalize: user chats, users, unknown events', () => {
  it('maps a first opening to conversation.created and a reopening to conversation.status_changed', () => {
    const opened = of('push.userChat.opened.v5.json', 'conversation.created')
    expect(opened.conversation).toEqual({
      id: CHAT,
      status: 'opened',
      channel: 'native',
      contact: {
        id: JIWOO,
        name: 'Jiwoo Han',
        email: 'jiwoo.han@example.com',
        phone: '+821055501234',
        identifier: 'cust_10492',
      },
      priority: 'medium',
      createdAt: new Date(1721888210512),
      updatedAt: new Date(1721888214901),
    })
    expect(opened.dedupeKey).toBe(`channeltalk:103735:push/userChat:${CHAT}:1721888214873`)
    const reopened = of('push.userChat.reopened.v5.json', 'conversation.status_changed')
    expect([reopened.conversation.status, reopened.conversation.labels, reopened.dedupeKey]).toEqual([
      'opened',
      ['delivery'],
      `channeltalk:103735:push/userChat:${CHAT}:1722400011000`,
    ])
    expect(of('push.userChat.opened.v4.json', 'conversation.created').replyTarget).toEqual({
      provider: 'channeltalk',
      chatType: 'userChat',
      chatId: CHAT_V4,
    })
  })

  it('maps user upserts to contact.updated, from top-level fields or the profile', () => {
    const member = of('upsert.user.member_contact.v5.json', 'contact.updated')
    expect([member.contact, member.dedupeKey]).toEqual([
      {
        id: JIWOO,
        name: 'Jiwoo Han',
        email: 'jiwoo.han@newmail.example',
        phone: '+821055507788',
        identifier: 'cust_10492',
      },
      `channeltalk:103735:upsert/user:${JIWOO}:17`,
    ])
    expect(of('upsert.user.lead_subscription.v4.json', 'contact.updated').contact).toEqual({
      id: '66b30d11c9a2e4f7b801',
      name: 'Visitor 4821',
      phone: '+821055503377',
    })
    expect(of('upsert.user.lead_contact.v5.json', 'contact.updated').contact).toEqual({
      id: '66c1a2b3c4d5e6f7a8b9',
      name: 'Visitor 9921',
      email: 'visitor9921@example.net',
    })
  })

  it('maps deletions to contact.deleted: the contact as far as the entity names it, keyed by the user id alone', () => {
    const member = of('delete.user.member.inferred.json', 'contact.deleted')
    expect([member.contact, member.dedupeKey]).toEqual([
      {
        id: JIWOO,
        name: 'Jiwoo Han',
        email: 'jiwoo.han@newmail.example',
        phone: '+821055507788',
        identifier: 'cust_10492',
      },
      `channeltalk:103735:delete/user:${JIWOO}`,
    ])
    const lead = of('delete.user.lead.inferred.json', 'contact.deleted')
    expect([lead.contact, lead.dedupeKey, lead.occurredAt]).toEqual([
      { id: '66a2c91e04f7b3d58a10' },
      'channeltalk:103735:delete/user:66a2c91e04f7b3d58a10',
      undefined,
    ])
    const [noId] = parse(channeltalk, JSON.stringify({ event: 'delete', type: 'user', entity: { memberId: 'cust_1' } }))
    expect(
      noId?.kind === 'contact.deleted' && [noId.contact, noId.dedupeKey.startsWith('channeltalk:-:delete/user:')],
    ).toEqual([{ identifier: 'cust_1' }, true])
  })

  it("reads a pre-v4 message's text from `message`, else from `messageV2` with its markup reduced", () => {
    const legacy = JSON.parse(raw('channeltalk', 'legacy.pre_v4.push.message.json')) as {
      entity: Record<string, unknown>
    }
    const textOf = (entity: Record<string, unknown>) => {
      const [e] = parse(channeltalk, JSON.stringify({ ...legacy, entity }))
      return e?.kind === 'message.created' ? e.message.text : undefined
    }
    expect(textOf(legacy.entity)).toBe('Is anyone there?')
    expect(textOf({ ...legacy.entity, message: undefined, messageV2: 'Is <b>anyone</b> there?' })).toBe(
      'Is anyone there?',
    )
    expect(textOf({ ...legacy.entity, message: '', messageV2: undefined })).toBe('')
    expect(textOf({ ...legacy.entity, plainText: 'v5 text' })).toBe('v5 text')
  })

  it('carries when a message was edited', () => {
    expect(of('push.message.email_edited.v5.json', 'message.created').message.editedAt).toEqual(new Date(1721893522417))
    expect(of('push.message.manager_text.v5.json', 'message.created').message.editedAt).toBe(undefined)
  })

  it('maps unknown pairs to unrecognized events named event/type', () => {
    const e = of('unrecognized.update.userChat.json', 'unrecognized')
    expect([e.eventType, e.dedupeKey.startsWith(`channeltalk:103735:update/userChat:${CHAT}:`)]).toEqual([
      'update/userChat',
      true,
    ])
  })
})

describe('channeltalk.normalize: dedupe keys', () => {
  it('gives a redelivered message the same key, and a changed user a new one', () => {
    const text = raw('channeltalk', 'push.message.user_text.v5.json')
    const redelivered = JSON.parse(text) as Json
    ;(redelivered['refers'] as Json)['userChat'] = {
      ...((redelivered['refers'] as Json)['userChat'] as Json),
      updatedAt: 1721888299999,
    }
    expect(parse(channeltalk, redelivered)[0]?.dedupeKey).toBe(parse(channeltalk, text)[0]?.dedupeKey)

    const user = JSON.parse(raw('channeltalk', 'upsert.user.member_contact.v5.json')) as Json
    const before = parse(channeltalk, user)[0]?.dedupeKey
    ;(user['entity'] as Json)['version'] = 18
    expect(parse(channeltalk, user)[0]?.dedupeKey).not.toBe(before)
  })
})
