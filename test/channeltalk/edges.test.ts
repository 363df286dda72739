// Branches of the Channel Talk normalizer that no fixture reaches as it is: each case starts from a
// real fixture and changes the one thing it is about.
import { describe, expect, it } from 'vitest'
import * as channeltalk from '../../src/providers/channeltalk/index.js'
import type { PushMessage, PushUserChat, UpsertUser } from '../../src/providers/channeltalk/codecs.js'
import type { ChatEvent, EventOfKind } from '../../src/model/index.js'
import { raw } from '../fixtures.js'
import { parse } from '../support/parse.js'

/** A decoded type made editable, to change a fixture the way a payload could differ. */
type Editable<T> = T extends readonly (infer E)[]
  ? Editable<E>[]
  : T extends object
    ? { -readonly [K in keyof T]: Editable<T[K]> }
    : T

/** The events of a fixture after `edit` changed its parsed body (typed as what the fixture is). */
const variant = <B>(fixture: string, edit: (body: B) => void): ChatEvent[] => {
  const body = JSON.parse(raw('channeltalk', fixture)) as B
  edit(body)
  return parse(channeltalk, JSON.stringify(body))
}
/** A user chat's fixture body, with what it always has. */
type UserChatBody = Omit<Editable<PushUserChat>, 'refers'> & { refers: Editable<Refers> & { user: Editable<User> } }
type Refers = NonNullable<PushMessage['refers']>
type User = NonNullable<Refers['user']>
type Button = NonNullable<PushMessage['entity']['buttons']>[number]
/** A message fixture body, with the refers every one used here has. */
type MessageBody = Omit<Editable<PushMessage>, 'refers'> & {
  refers: Editable<Refers> & { user: Editable<User>; userChat: Editable<NonNullable<Refers['userChat']>> }
}
const message = (edit: (body: MessageBody) => void, fixture = 'push.message.user_text.v5.json') => {
  const [e] = variant<MessageBody>(fixture, edit)
  expect(e?.kind).toBe('message.created')
  return e as EventOfKind<'message.created'>
}
const userChat = (edit: (body: UserChatBody) => void) => {
  const [e] = variant<UserChatBody>('push.userChat.opened.v5.json', edit)
  return e as EventOfKind<'conversation.created'>
}
type Block = NonNullable<PushMessage['entity']['blocks']>[number]
const blocks = (...b: Block[]) =>
  message((w) => {
    delete w.entity.plainText
    w.entity.blocks = b
  })

describe('channeltalk.normalize: message text from blocks', () => {
  it('uses a link’s value when its label is empty, and its label otherwise', () => {
    expect(
      blocks({ type: 'text', value: 'see <link type="url" value="https://acme.example/faq"></link> now' }).message.text,
    ).toBe('see https://acme.example/faq now')
    expect(
      blocks({ type: 'text', value: 'see <link type="url" value="https://acme.example/faq">the FAQ</link>' }).message
        .text,
    ).toBe('see the FAQ')
    expect(blocks({ type: 'text', value: '<link value="a"></link> and <link value = "b"></link>' }).message.text).toBe(
      'a and b',
    )
    expect(blocks({ type: 'text', value: 'x <link type="url"></link> y' }).message.text).toBe('x  y')
  })

  it('reads plainText only when it has text, else the blocks; nests bullets at most 16 deep; skips empty items', () => {
    const fromBlocks = message((w) => {
      w.entity.plainText = ''
      w.entity.blocks = [{ type: 'text', value: 'from blocks' }]
    })
    expect(fromBlocks.message.text).toBe('from blocks')
    let list: Block = { type: 'text', value: 'deepest' }
    for (let i = 0; i < 20; i++) list = { type: 'bullets', blocks: [{ type: 'text', value: `level ${19 - i}` }, list] }
    const lines = blocks(list).message.text.split('\n')
    expect(lines.length).toBe(16)
    expect(lines[15]).toBe(`${'  '.repeat(15)}- level 15`)
    expect(
      blocks({ type: 'bullets', blocks: [{ type: 'text' }, { type: 'text', value: 'b' }] }, { type: 'bullets' }).message
        .text,
    ).toBe('- b')
  })

  it('keeps broken link markup’s text without looping or losing what follows', () => {
    expect(blocks({ type: 'text', value: '</link> <link value="v"' }).message.text).toBe('<link value="v"')
    // Without its `>`, `<link` is not markup: it stays, as a lone `<` does.
    expect(blocks({ type: 'text', value: 'a <link value="v" b' }).message.text).toBe('a <link value="v" b')
    expect(blocks({ type: 'text', value: 'a <link value="v">label' }).message.text).toBe('a label')
    expect(blocks({ type: 'text', value: '<link value="v"></link>tail' }).message.text).toBe('vtail')
  })

  it('keeps code as written, drops other markup, joins blocks by lines and indents nested bullets', () => {
    const e = blocks(
      { type: 'code', value: 'if (a < b) <b>x</b>' },
      { type: 'text', value: '<b>bold</b> and <i>it</i>' },
      {
        type: 'bullets',
        blocks: [
          { type: 'text', value: 'one' },
          { type: 'bullets', blocks: [{ type: 'text', value: 'deep' }] },
          { type: 'code', value: '<x>' },
        ],
      },
      { type: 'text' },
    )
    expect(e.message.text).toBe('if (a < b) <b>x</b>\nbold and it\n- one\n  - deep\n- <x>')
    expect(e.message.parts).toEqual([{ type: 'text', text: e.message.text }])
  })

  it('prefers plainText, and gives empty text and no text part without blocks', () => {
    expect(message((w) => (w.entity.blocks = [{ type: 'text', value: 'from blocks' }])).message.text).toBe(w_plain())
    const empty = message((w) => {
      w.entity.plainText = ''
      w.entity.blocks = []
    })
    expect([empty.message.text, empty.message.parts]).toEqual(['', []])
    expect(
      message((w) => {
        w.entity.plainText = ''
        delete w.entity.blocks
      }).message.text,
    ).toBe('')
  })
})

/** The user_text fixture's plainText. */
const w_plain = () =>
  (JSON.parse(raw('channeltalk', 'push.message.user_text.v5.json')) as { entity: { plainText: string } }).entity
    .plainText

describe('channeltalk.normalize: who wrote it', () => {
  it('reads account and capitalised person types, and anything else as system', () => {
    const roleOf = (personType: string) => message((w) => (w.entity.personType = personType)).message.author.role
    expect([
      roleOf('account'),
      roleOf('Manager'),
      roleOf('Veil'),
      roleOf('Bot'),
      roleOf('network'),
      roleOf('User'),
    ]).toEqual(['agent', 'agent', 'customer', 'bot', 'system', 'customer'])
    expect(message((w) => (w.entity.personType = 'network')).message.direction).toBe('outbound')
    // A system message takes no name, even from a user in refers with its id.
    expect(message((w) => (w.entity.personType = 'network')).message.author).toEqual({
      role: 'system',
      id: '66a1f1a0c3e9d2b84f27',
    })
  })

  it('takes a name from refers only when the ids agree, or the chat’s name for a customer', () => {
    const other = message((w) => (w.refers.user.id = 'someone-else'))
    // The user in refers is someone else: the user chat's name stands in.
    expect(other.message.author).toEqual({ role: 'customer', id: '66a1f1a0c3e9d2b84f27', name: 'Jiwoo Han' })
    const neither = message((w) => {
      w.refers.user.id = 'someone-else'
      w.refers.userChat.id = 'another-chat'
    })
    expect(neither.message.author).toEqual({ role: 'customer', id: '66a1f1a0c3e9d2b84f27' })
    const noIds = message((w) => {
      delete w.refers.user.id
      w.refers.user.name = 'Anonymous profile'
    })
    expect(noIds.message.author.name).toBe('Anonymous profile')
    const agent = message((w) => {
      w.entity.personType = 'manager'
      w.refers.user.name = 'Not the agent'
    })
    expect(agent.message.author).toEqual({ role: 'agent', id: '66a1f1a0c3e9d2b84f27' })
  })
})

describe('channeltalk.normalize: messages', () => {
  it('marks removed messages deleted, without a status, and messages removed by their writer', () => {
    const removed = message((w) => (w.entity.state = 'removed'))
    expect([removed.message.deleted, removed.message.status]).toEqual([true, undefined])
    const byWriter = message((w) => (w.entity.removedByWriter = true))
    expect([byWriter.message.deleted, byWriter.message.status]).toEqual([true, 'sent'])
    expect(message(() => {}).message.deleted).toBe(undefined)
  })

  it('finds the chat in chatKey when chatType and chatId are missing, and only in a well-formed key', () => {
    const fromKey = (chatKey: string) =>
      message((w) => {
        delete w.entity.chatType
        delete w.entity.chatId
        w.entity.chatKey = chatKey
      })
    const e = fromKey('userChat-abc123')
    expect([e.conversation?.id, e.replyTarget]).toEqual([
      'abc123',
      { provider: 'channeltalk', chatType: 'userChat', chatId: 'abc123' },
    ])
    for (const key of ['-abc', 'userChat-', 'userChat', ''])
      expect([key, fromKey(key).conversation, fromKey(key).replyTarget]).toEqual([key, undefined, undefined])
    expect(fromKey('group-77').conversation).toEqual({ id: '77', internal: true })
  })

  it('marks direct chats internal, gives unknown chat types no reply target', () => {
    const direct = message((w) => (w.entity.chatType = 'directChat'))
    expect([direct.conversation, direct.replyTarget]).toEqual([
      { id: '66a1f3c2e8b4d7a91c05', internal: true },
      undefined,
    ])
    const unknown = message((w) => (w.entity.chatType = 'meetChat'))
    expect([unknown.conversation, unknown.replyTarget]).toEqual([{ id: '66a1f3c2e8b4d7a91c05' }, undefined])
  })

  it('reads the user chat only when it is the message’s chat', () => {
    const e = message((w) => (w.refers.userChat.id = 'another-chat'))
    expect(e.conversation).toEqual({ id: '66a1f3c2e8b4d7a91c05' })
  })

  it('keys a message without an id by its content, and without a channel by a dash', () => {
    const a = message((w) => delete w.entity.id)
    const b = message((w) => {
      delete w.entity.id
      w.entity.plainText = 'something else'
    })
    expect(a.dedupeKey).toMatch(/^channeltalk:103735:push\/message:[0-9a-z]+$/)
    expect(a.dedupeKey).not.toBe(b.dedupeKey)
    expect(message((w) => delete w.entity.channelId).dedupeKey).toBe('channeltalk:-:push/message:66a1f3d6b07c2e4f8a13')
  })
})

describe('channeltalk.normalize: parts', () => {
  it('types files by type, then by MIME type, and keeps their storage key', () => {
    const parts = message((w) => {
      w.entity.files = [
        { type: 'video', key: 'k1', bucket: 'b', id: 'f1' },
        { contentType: 'image/png', key: 'k2' },
        { contentType: 'video/mp4' },
        { contentType: 'audio/ogg' },
        { contentType: 'application/pdf', name: 'a.pdf', size: 10 },
        { type: 'sticker' },
        { type: 'file', contentType: 'image/png' },
      ]
    }).message.parts.filter((p) => p.type === 'media')
    expect(parts).toEqual([
      { type: 'media', mediaType: 'video', storage: { key: 'k1', bucket: 'b', id: 'f1' } },
      { type: 'media', mediaType: 'image', mimeType: 'image/png', storage: { key: 'k2' } },
      { type: 'media', mediaType: 'video', mimeType: 'video/mp4' },
      { type: 'media', mediaType: 'audio', mimeType: 'audio/ogg' },
      { type: 'media', mediaType: 'file', mimeType: 'application/pdf', size: 10, name: 'a.pdf' },
      { type: 'media', mediaType: 'file' },
      { type: 'media', mediaType: 'file', mimeType: 'image/png' },
    ])
  })

  it('reads every button form, and skips buttons without a title or a target', () => {
    const actions = message((w) => {
      w.entity.buttons = [
        { title: 'Web', action: { type: 'web', attributes: { url: 'https://a.example' } } },
        { title: 'Web, v4 url', action: { type: 'web' }, url: 'https://b.example' },
        { title: 'Web, no url', action: { type: 'web', attributes: {} } },
        { title: 'App', action: { type: 'wam', attributes: { appId: 'app1', name: 'orders' } } },
        { title: 'Command', action: { type: 'command', attributes: {} } },
        // An action type Channel may add later, as it arrives.
        { title: 'Future', action: JSON.parse('{ "type": "teleport" }') as Button['action'] },
        { title: 'v4', url: 'https://c.example' },
        { title: 'Nothing' },
        { title: '', url: 'https://d.example' },
      ]
    }).message.parts.find((p) => p.type === 'actions')
    expect(actions).toEqual({
      type: 'actions',
      actions: [
        { type: 'link', text: 'Web', url: 'https://a.example' },
        { type: 'link', text: 'Web, v4 url', url: 'https://b.example' },
        { type: 'app', text: 'App', kind: 'wam', appId: 'app1', name: 'orders' },
        { type: 'app', text: 'Command', kind: 'command' },
        { type: 'app', text: 'Future', kind: 'teleport' },
        { type: 'link', text: 'v4', url: 'https://c.example' },
      ],
    })
    expect(
      message((w) => (w.entity.buttons = [{ title: 'Nothing' }])).message.parts.some((p) => p.type === 'actions'),
    ).toBe(false)
  })

  it('reads form inputs, their options in every shape, and submitted values only once submitted', () => {
    const form = (submittedAt: number | null) =>
      message((w) => {
        w.entity.form = {
          submittedAt,
          inputs: [
            {
              bindingKey: 'size',
              label: 'Size',
              type: 'singleSelect',
              required: true,
              value: 'M',
              options: [
                'S',
                'M',
                { label: 'Large', value: 'L' },
                { name: 'XL', key: 'xl' },
                { value: 3 },
                { label: 'no value' },
                7,
              ],
            },
            { label: 'Count', dataType: 'number', value: 2 },
            { value: ['a', 1, true, { no: 1 }] },
            { value: [{ no: 1 }] },
            { type: 'bool', value: false },
          ],
        }
      }).message.parts.find((p) => p.type === 'form')
    expect(form(1721888214873)).toEqual({
      type: 'form',
      fields: [
        {
          name: 'size',
          inputType: 'singleSelect',
          label: 'Size',
          required: true,
          options: [
            { label: 'S', value: 'S' },
            { label: 'M', value: 'M' },
            { label: 'Large', value: 'L' },
            { label: 'XL', value: 'xl' },
            { label: '3', value: '3' },
          ],
        },
        { name: 'Count', inputType: 'number', label: 'Count' },
        { name: 'input3', inputType: 'text' },
        { name: 'input4', inputType: 'text' },
        { name: 'input5', inputType: 'bool' },
      ],
      submitted: [
        { name: 'size', value: 'M' },
        { name: 'Count', value: '2' },
        { name: 'input3', value: 'a, 1, true' },
        { name: 'input5', value: 'false' },
      ],
    })
    expect(form(null)).not.toHaveProperty('submitted')
    const bare = (edit: (f: NonNullable<MessageBody['entity']['form']>) => void) =>
      message((w) => {
        w.entity.form = { submittedAt: 1721888214873 }
        edit(w.entity.form)
      }).message.parts.find((p) => p.type === 'form')
    expect(bare(() => {})).toEqual({ type: 'form', fields: [] })
    expect(bare((f) => (f.inputs = [{ label: 'Empty' }]))).toEqual({
      type: 'form',
      fields: [{ name: 'Empty', inputType: 'text', label: 'Empty' }],
    })
    expect(
      bare((f) => {
        delete f.submittedAt
        f.inputs = [{ label: 'Filled', value: 'x' }]
      }),
    ).toEqual({ type: 'form', fields: [{ name: 'Filled', inputType: 'text', label: 'Filled' }] })
  })

  it('reads a web page only with a URL, a log only with an action, and a meet as unsupported', () => {
    const parts = (edit: (m: MessageBody['entity']) => void) => message((w) => edit(w.entity)).message.parts.slice(1)
    expect(parts((m) => (m.webPage = { title: 'no url' }))).toEqual([])
    expect(
      parts(
        (m) =>
          (m.webPage = { url: 'https://a.example', title: 'A', description: 'd', imageUrl: 'https://a.example/i.png' }),
      ),
    ).toEqual([
      { type: 'link', url: 'https://a.example', title: 'A', description: 'd', imageUrl: 'https://a.example/i.png' },
    ])
    expect(parts((m) => (m.log = { values: ['x'] }))).toEqual([])
    expect(parts((m) => (m.log = { action: 'close', values: [] }))).toEqual([{ type: 'activity', action: 'close' }])
    expect(parts((m) => (m.log = { action: 'assign', values: ['458012'] }))).toEqual([
      { type: 'activity', action: 'assign', values: ['458012'] },
    ])
    expect(parts((m) => (m.meet = { id: 'm1' }))).toEqual([
      { type: 'unsupported', original: 'meet', description: 'a call or meeting record' },
    ])
  })
})

describe('channeltalk.normalize: user chats and users', () => {
  it('reads contact details from the profile when the user has none of its own', () => {
    const e = userChat((w) => {
      w.refers.user = {
        id: '66a1f1a0c3e9d2b84f27',
        profile: {
          name: 'P. Name',
          email: 'p@example.com',
          mobileNumber: '+100',
          avatarUrl: 'https://a.example/p.png',
          landline: 5,
        },
      }
    })
    expect(e.conversation.contact).toEqual({
      id: '66a1f1a0c3e9d2b84f27',
      name: 'P. Name',
      email: 'p@example.com',
      phone: '+100',
      avatarUrl: 'https://a.example/p.png',
    })
    const numbers = userChat((w) => {
      w.refers.user = { id: '66a1f1a0c3e9d2b84f27', profile: { name: 42 }, landlineNumber: '+200' }
    })
    expect(numbers.conversation.contact).toEqual({ id: '66a1f1a0c3e9d2b84f27', phone: '+200' })
  })

  it('reads the channel from the medium types, then from the source’s medium', () => {
    const channel = (edit: (c: UserChatBody['entity']) => void) =>
      userChat((w) => {
        delete w.entity.contactMediumType
        delete w.entity.mediumType
        edit(w.entity)
      }).conversation.channel
    expect(channel(() => {})).toBe(undefined)
    expect(channel((c) => (c.source = { medium: { mediumType: 'email' } }))).toBe('email')
    expect(channel((c) => (c.mediumType = 'phone'))).toBe('phone')
  })

  it('falls back to the user id without a matching user, and names the assignee from refers', () => {
    const e = userChat((w) => {
      Reflect.deleteProperty(w, 'refers')
      w.entity.tags = ['vip', 'refund']
      w.entity.assigneeId = '458012'
      w.entity.teamId = '9'
    })
    expect(e.conversation).toMatchObject({
      contact: { id: '66a1f1a0c3e9d2b84f27' },
      assignee: { id: '458012', role: 'agent' },
      team: { id: '9' },
      labels: ['vip', 'refund'],
    })
    const named = userChat((w) => {
      w.entity.assigneeId = '458012'
      w.refers.manager = { id: '458012', name: 'Minji Park' }
    })
    expect(named.conversation.assignee).toEqual({ id: '458012', role: 'agent', name: 'Minji Park' })
    const titled = userChat((w) => {
      w.entity.title = 'Refund for order 1042'
    })
    expect(titled.conversation.name).toBe('Refund for order 1042')
    const other = userChat((w) => {
      w.entity.tags = []
      w.refers.user.id = 'someone-else'
    })
    expect(other.conversation).not.toHaveProperty('labels')
    expect(other.conversation.contact).toEqual({ id: '66a1f1a0c3e9d2b84f27' })
    // Without a user id there is nothing to compare: the user in refers is the chat's.
    const noUserId = userChat((w) => {
      w.refers.user.id = 'someone-else'
      delete w.entity.userId
    })
    expect(noUserId.conversation.contact?.id).toBe('someone-else')
    const nobody = userChat((w) => {
      Reflect.deleteProperty(w.refers, 'user')
      delete w.entity.userId
    })
    expect(nobody.conversation).not.toHaveProperty('contact')
  })

  it('is a status change when reopened, keyed by the opening time or the update time', () => {
    const kind = (edit: (c: UserChatBody['entity']) => void) =>
      variant<UserChatBody>('push.userChat.opened.v5.json', (w) => edit(w.entity))[0]?.kind
    expect(kind((c) => (c.openedAt = (c.firstOpenedAt ?? 0) + 1000))).toBe('conversation.status_changed')
    expect(kind((c) => delete c.openedAt)).toBe('conversation.created')
    expect(kind((c) => delete c.firstOpenedAt)).toBe('conversation.created')
    const noTimes = userChat((w) => {
      delete w.entity.openedAt
      delete w.entity.updatedAt
    })
    expect([noTimes.dedupeKey, noTimes.occurredAt?.toISOString()]).toEqual([
      'channeltalk:103735:push/userChat:66a1f3c2e8b4d7a91c05:-',
      '2024-07-25T06:16:50.512Z',
    ])
    const noTimeAtAll = userChat((w) => {
      delete w.entity.openedAt
      delete w.entity.updatedAt
      delete w.entity.createdAt
    })
    expect('occurredAt' in noTimeAtAll).toBe(false)
    const noId = userChat((w) => delete w.entity.id)
    expect([noId.conversation.id, noId.replyTarget]).toEqual([w_messageChat(), undefined])
    const nothing = userChat((w) => {
      delete w.entity.id
      Reflect.deleteProperty(w, 'refers')
    })
    expect(nothing.conversation.id).toBe('')
  })

  it('keys a user upsert by version, then update time, then content', () => {
    const key = (edit: (u: Editable<UpsertUser>['entity']) => void) =>
      variant<Editable<UpsertUser>>('upsert.user.member_contact.v5.json', (w) => edit(w.entity))[0]?.dedupeKey
    const base = key(() => {})
    const byUpdate = key((u) => {
      delete u.version
      u.updatedAt = 1
    })
    expect(byUpdate).toMatch(/:1$/)
    const a = key((u) => {
      delete u.version
      delete u.updatedAt
    })
    const b = key((u) => {
      delete u.version
      delete u.updatedAt
      u.name = 'Renamed'
    })
    expect(new Set([base, byUpdate, a, b]).size).toBe(4)
  })
})

describe('channeltalk.normalize: unrecognized events', () => {
  it('keys an unknown event by its entity and a fingerprint of its version and update time', () => {
    const key = (edit: (entity: Record<string, unknown>) => void) =>
      variant<{ entity: Record<string, unknown> }>('unrecognized.update.userChat.json', (w) => edit(w.entity))[0]
        ?.dedupeKey
    expect(key(() => {})).toBe('channeltalk:103735:update/userChat:66a1f3c2e8b4d7a91c05:cpbne9vjm4i')
    const byUpdate = (updatedAt: number) =>
      key((e) => {
        delete e.version
        e.updatedAt = updatedAt
      })
    expect(byUpdate(1721895000000)).not.toBe(byUpdate(1721895000001))
  })
})

/** The chat id the userChat fixture's refers.message points at. */
const w_messageChat = () =>
  (JSON.parse(raw('channeltalk', 'push.userChat.opened.v5.json')) as { refers: { message: { chatId: string } } }).refers
    .message.chatId
