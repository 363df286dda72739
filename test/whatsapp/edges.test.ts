// WhatsApp's normalizer at its edges: what the fixtures do not show — optional fields absent or
// empty, several contacts, legacy and unknown types, malformed flow answers, group statuses — each
// with the exact event it must give.
import { describe, expect, it } from 'vitest'
import * as whatsapp from '../../src/providers/whatsapp/index.js'
import type { ChatEvent, EventOfKind } from '../../src/model/index.js'
import { parse } from '../support/parse.js'

const LINE = '106540352242922'
type Json = Record<string, unknown>

const body = (field: string, value: Json, entry: Json = {}) =>
  JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: 'waba', ...entry, changes: [{ field, value }] }],
  })
const withLine = (value: Json, line = LINE) => ({ metadata: { phone_number_id: line }, ...value })
const events = (field: string, value: Json, entry?: Json): ChatEvent[] => parse(whatsapp, body(field, value, entry))
const one = <K extends ChatEvent['kind']>(kind: K, field: string, value: Json, entry?: Json): EventOfKind<K> => {
  const [e, ...rest] = events(field, value, entry)
  expect([e?.kind, rest.length]).toEqual([kind, 0])
  return e as EventOfKind<K>
}
const incoming = (message: Json, value: Json = {}) =>
  one(
    'message.created',
    'messages',
    withLine({ messages: [{ id: 'wamid.A', from: '111', type: 'text', ...message }], ...value }),
  )
const partsOf = (message: Json) => incoming(message).message.parts

describe('whatsapp.normalize: who and where', () => {
  it('matches the sender among several contacts by phone or user id; with none matching, names no one', () => {
    const contacts = [
      { wa_id: '222', profile: { name: 'Other' } },
      { wa_id: '111', user_id: 'US.11111111', profile: { name: 'Ana' } },
    ]
    expect(incoming({}, { contacts }).message.author).toEqual({ role: 'customer', id: '111', name: 'Ana' })
    const byUser = incoming({ from: undefined, from_user_id: 'US.11111111' }, { contacts })
    expect(byUser.conversation?.contact).toEqual({ id: 'US.11111111', name: 'Ana', phone: '111' })
    expect(byUser.conversation?.id).toBe(`${LINE}:111`)
    const nobody = incoming({ from: '333' }, { contacts })
    expect([nobody.message.author, nobody.conversation?.contact]).toEqual([
      { role: 'customer', id: '333' },
      { id: '333', phone: '333' },
    ])
    const theOnly = incoming({ from: undefined }, { contacts: [{ user_id: 'US.22222222' }] })
    expect([theOnly.conversation?.id, theOnly.message.author.id]).toEqual([`${LINE}:US.22222222`, 'US.22222222'])
  })

  it('without a line or a peer, the conversation id says so, and nothing can be answered', () => {
    const e = incoming({ from: undefined }, { metadata: { phone_number_id: '' } })
    expect([e.conversation?.id, e.replyTarget, e.conversation?.inbox]).toEqual([
      '-:-',
      undefined,
      { channel: 'whatsapp' },
    ])
    expect(e.message.author).toEqual({ role: 'customer' })
    const echo = one(
      'message.created',
      'smb_message_echoes',
      withLine({ message_echoes: [{ id: 'wamid.E', type: 'text' }] }, ''),
    )
    expect([echo.message.author, echo.conversation?.id]).toEqual([{ role: 'agent' }, '-:-'])
  })

  it('an echo to a user id only: the business writes, the user id is the peer and the recipient', () => {
    const e = one(
      'message.created',
      'smb_message_echoes',
      withLine({
        message_echoes: [{ id: 'wamid.E', from: '155', to_user_id: 'US.33333333', type: 'text', text: { body: 'hi' } }],
      }),
    )
    expect([e.message.direction, e.message.author, e.conversation?.id]).toEqual([
      'outbound',
      { role: 'agent', id: LINE },
      `${LINE}:US.33333333`,
    ])
    expect(e.replyTarget).toMatchObject({ recipient: 'US.33333333', recipientType: 'individual' })
    const revoke = one(
      'message.updated',
      'smb_message_echoes',
      withLine({ message_echoes: [{ id: 'wamid.R', to: '111', type: 'revoke', revoke: {} }] }),
    )
    expect([revoke.message.direction, revoke.message.deleted, 'id' in revoke.message]).toEqual([
      'outbound',
      true,
      false,
    ])
  })
})

describe('whatsapp.normalize: contents', () => {
  it('media sent by link, and a document’s name', () => {
    expect(partsOf({ type: 'document', document: { link: 'https://x.example/a.pdf', filename: 'a.pdf' } })).toEqual([
      { type: 'media', mediaType: 'file', url: 'https://x.example/a.pdf', name: 'a.pdf' },
    ])
    expect(partsOf({ type: 'image' })).toEqual([{ type: 'media', mediaType: 'image' }])
  })

  it('a location without coordinates, a dropped pin, a titled place', () => {
    expect(partsOf({ type: 'location', location: { name: 'x' } })).toEqual([
      { type: 'unsupported', original: 'location' },
    ])
    expect(partsOf({ type: 'location', location: { latitude: 1.5, longitude: -2 } })).toEqual([
      { type: 'location', latitude: 1.5, longitude: -2 },
    ])
    expect(
      partsOf({ type: 'location', location: { latitude: 1, longitude: 2, address: 'Main St', url: 'u' } }),
    ).toEqual([{ type: 'location', latitude: 1, longitude: 2, title: 'Main St', url: 'u' }])
  })

  it('contact cards, orders, buttons, legacy and unknown types, with what they say', () => {
    expect(
      partsOf({
        type: 'contacts',
        contacts: [{ name: { formatted_name: 'A B' } }, { name: {} }, { name: { formatted_name: 'C' } }],
      }),
    ).toEqual([{ type: 'unsupported', original: 'contacts', description: 'A B, C' }])
    expect(partsOf({ type: 'contacts' })).toEqual([{ type: 'unsupported', original: 'contacts' }])
    expect(incoming({ type: 'order', order: { product_items: [{}] } }).message).toMatchObject({
      text: '',
      parts: [{ type: 'unsupported', original: 'order', description: '1 item' }],
    })
    expect(partsOf({ type: 'order', order: { text: 'hi', product_items: [{}, {}] } })).toEqual([
      { type: 'unsupported', original: 'order', description: '2 items' },
    ])
    expect(partsOf({ type: 'order' })).toEqual([{ type: 'unsupported', original: 'order', description: '0 items' }])
    expect(partsOf({ type: 'button', button: { text: 'Yes' } })).toEqual([
      { type: 'choices', options: [], submitted: [{ title: 'Yes', value: 'Yes' }] },
    ])
    expect(partsOf({ type: 'unknown', errors: [{ code: 131051, title: 'Message type unknown' }] })).toEqual([
      { type: 'unsupported', original: 'unknown', description: 'Message type unknown' },
    ])
    expect(partsOf({ type: 'unsupported', errors: [] })).toEqual([{ type: 'unsupported', original: 'unsupported' }])
    expect(partsOf({ type: 'request_welcome_v2' })).toEqual([{ type: 'unsupported', original: 'request_welcome_v2' }])
  })

  it('interactive replies: unknown, absent, unparsable or non-object flow answers, a call permission without answer', () => {
    expect(partsOf({ type: 'interactive', interactive: { type: 'carousel_reply' } })).toEqual([
      { type: 'unsupported', original: 'interactive.carousel_reply' },
    ])
    expect(partsOf({ type: 'interactive' })).toEqual([{ type: 'unsupported', original: 'interactive' }])
    const flow = (nfm: Json) => partsOf({ type: 'interactive', interactive: { type: 'nfm_reply', nfm_reply: nfm } })
    expect(flow({ name: 'flow', response_json: '{not json' })).toEqual([{ type: 'unsupported', original: 'flow' }])
    expect(flow({ response_json: '[1]' })).toEqual([{ type: 'unsupported', original: 'nfm_reply' }])
    expect(flow({ response_json: 'null' })).toEqual([{ type: 'unsupported', original: 'nfm_reply' }])
    expect(flow({ response_json: '{"n":1,"o":{"a":true},"s":"x"}' })).toEqual([
      {
        type: 'form',
        fields: [],
        submitted: [
          { name: 'n', value: '1' },
          { name: 'o', value: '{"a":true}' },
          { name: 's', value: 'x' },
        ],
      },
    ])
    expect(
      partsOf({ type: 'interactive', interactive: { type: 'call_permission_reply', call_permission_reply: {} } }),
    ).toEqual([{ type: 'activity', action: 'call_permission_reply' }])
    expect(partsOf({ type: 'interactive', interactive: { type: 'list_reply', list_reply: { title: 'Row' } } })).toEqual(
      [{ type: 'choices', options: [], submitted: [{ title: 'Row', value: 'Row' }] }],
    )
  })

  it('edits carry the new content, or none; an empty reaction emoji is a removal', () => {
    const edit = (e: Json) =>
      one('message.updated', 'messages', withLine({ messages: [{ id: 'wamid.X', type: 'edit', edit: e }] }))
    const text = edit({ original_message_id: 'wamid.O', message: { type: 'text', text: { body: 'new' } } })
    expect([text.message.id, text.message.text, text.message.parts]).toEqual([
      'wamid.O',
      'new',
      [{ type: 'text', text: 'new' }],
    ])
    expect(edit({ original_message_id: 'wamid.O' }).message).toMatchObject({ text: '', parts: [] })
    expect(edit({ message: { type: 'poll' } }).message).toMatchObject({
      text: '',
      parts: [{ type: 'unsupported', original: 'poll' }],
    })
    expect(edit({ message: {} }).message.parts).toEqual([{ type: 'unsupported', original: 'unrecognized' }])
    const removed = events(
      'messages',
      withLine({ messages: [{ id: 'wamid.R', type: 'reaction', reaction: { emoji: '' } }] }),
    )
    expect(removed.map((e) => [e.kind, e.kind === 'reaction.removed' && e.reaction])).toEqual([
      ['reaction.removed', { author: { role: 'customer' } }],
    ])
  })

  it('a referral without a URL adds no link; a video ad shows its thumbnail', () => {
    expect(incoming({ type: 'text', text: { body: 'x' }, referral: { headline: 'Ad' } }).message).toMatchObject({
      referral: { headline: 'Ad' },
      parts: [{ type: 'text', text: 'x' }],
    })
    const video = incoming({
      type: 'text',
      referral: { source_url: 'https://ad', media_type: 'video', video_url: 'v', thumbnail_url: 't', body: 'b' },
    })
    expect(video.message.parts).toEqual([{ type: 'link', url: 'https://ad', description: 'b', imageUrl: 't' }])
    expect(video.message.referral).toEqual({
      sourceUrl: 'https://ad',
      body: 'b',
      mediaType: 'video',
      mediaUrl: 'v',
      thumbnailUrl: 't',
    })
  })

  it('reads times as numbers or digits, and nothing else', () => {
    expect(incoming({ type: 'text', timestamp: 1700000000 }).occurredAt).toEqual(new Date(1700000000 * 1000))
    expect(incoming({ type: 'text', timestamp: '1700000000' }).message.createdAt).toEqual(new Date(1700000000 * 1000))
    for (const timestamp of ['', 'soon', 0]) {
      const e = incoming({ type: 'text', timestamp })
      expect(['occurredAt' in e, 'createdAt' in e.message]).toEqual([false, false])
    }
  })
})

describe('whatsapp.normalize: statuses and the other fields', () => {
  it('a group status names the participant by user id; reasons say what the error has', () => {
    const s = one(
      'message.status',
      'messages',
      withLine({
        statuses: [
          {
            id: 'wamid.S',
            status: 'failed',
            recipient_id: 'G@g.us',
            recipient_type: 'group',
            recipient_participant_user_id: 'US.44444444',
            errors: [{ code: 131026 }],
          },
        ],
      }),
    )
    expect([s.to, s.conversation?.id, s.reason, 'pricingCategory' in s, 'deliveredAt' in s]).toEqual([
      'US.44444444',
      `${LINE}:G@g.us`,
      '131026',
      false,
      false,
    ])
    const reason = (e: Json) =>
      one('message.status', 'messages', withLine({ statuses: [{ id: 'w', status: 'failed', errors: [e] }] })).reason
    expect([
      reason({ error_data: { details: 'd' } }),
      reason({ title: 't', error_data: { details: 'd' } }),
      reason({}),
    ]).toEqual(['d', 't: d', undefined])
    const lone = one(
      'message.status',
      'messages',
      withLine({ statuses: [{ id: 'w', status: 'read', recipient_id: '111' }] }),
    )
    expect([lone.to, lone.conversation?.id, lone.dedupeKey.endsWith(':read:-')]).toEqual(['111', `${LINE}:111`, true])
  })

  it('templates: a text id, a rejection reason when the reason is NONE or null, no id at all', () => {
    const t = (value: Json) =>
      one('template.status_changed', 'message_template_status_update', value, { time: 1700000000 })
    expect(
      t({ event: 'REJECTED', message_template_id: '77', reason: 'NONE', rejection_info: { reason: 'INVALID_FORMAT' } }),
    ).toMatchObject({
      template: { id: '77' },
      status: 'REJECTED',
      reason: 'INVALID_FORMAT',
    })
    const bare = t({ reason: null })
    expect([bare.template, bare.status, 'reason' in bare]).toEqual([{ id: '' }, 'unknown', false])
  })

  it('account updates without an event or phone; errors without a code', () => {
    const a = one('account.notice', 'account_update', {})
    expect([a.notice, 'phone' in a, 'occurredAt' in a, a.account]).toEqual([
      'account_update',
      false,
      false,
      { id: 'waba' },
    ])
    const e = one('account.notice', 'messages', { metadata: { phone_number_id: LINE }, errors: [{ title: 'Oops' }] })
    expect([e.notice, 'code' in e, e.detail, 'phone' in e]).toEqual(['error', false, 'Oops', false])
    expect('detail' in one('account.notice', 'messages', { metadata: { phone_number_id: LINE }, errors: [{}] })).toBe(
      false,
    )
  })

  it('user id changes with a parent id, the contact matched or the only one; preferences without a category', () => {
    const u = one('contact.updated', 'user_id_update', {
      contacts: [
        { wa_id: '9', profile: { name: 'N' } },
        { wa_id: '111', profile: { name: 'Ana' } },
      ],
      user_id_update: [
        {
          wa_id: '111',
          user_id: { previous: 'US.1', current: 'US.2' },
          parent_user_id: { previous: 'US.ENT.1', current: 'US.ENT.2' },
        },
      ],
    })
    expect([u.contact, u.changes]).toEqual([
      { id: 'US.2', name: 'Ana', phone: '111' },
      [
        { field: 'user_id', from: 'US.1', to: 'US.2' },
        { field: 'parent_user_id', from: 'US.ENT.1', to: 'US.ENT.2' },
      ],
    ])
    const bare = one('contact.updated', 'user_id_update', { user_id_update: [{}] })
    expect([bare.contact, bare.changes]).toEqual([{}, [{ field: 'user_id', from: null, to: null }]])
    const p = one('contact.updated', 'user_preferences', { user_preferences: [{ wa_id: '111', value: 'resume' }] })
    expect([p.contact, p.changes]).toEqual([
      { id: '111', phone: '111' },
      [{ field: 'preferences', from: null, to: 'resume' }],
    ])
    const none = one('contact.updated', 'user_preferences', { user_preferences: [{}] })
    expect([none.contact, none.changes]).toEqual([{}, [{ field: 'preferences', from: null, to: null }]])
  })

  it('a user id change by system message; an empty batch gives nothing', () => {
    const s = one(
      'contact.updated',
      'messages',
      withLine({
        messages: [
          {
            id: 'wamid.Y',
            from: '111',
            from_user_id: 'US.1',
            type: 'system',
            system: { type: 'user_changed_user_id', user_id: 'US.2' },
          },
        ],
      }),
    )
    expect([s.contact, s.changes]).toEqual([
      { id: 'US.1', phone: '111' },
      [{ field: 'user_id', from: 'US.1', to: 'US.2' }],
    ])
    expect(one('contact.updated', 'messages', withLine({ messages: [{ id: 'w', type: 'system' }] })).changes).toEqual(
      [],
    )
    expect(events('messages', withLine({}))).toEqual([])
    expect(events('smb_message_echoes', withLine({}))).toEqual([])
    expect(events('user_id_update', {})).toEqual([])
  })
})

describe('whatsapp.normalize: what is absent adds no key and no text', () => {
  it('replies without titles or bodies, unknown content and unusable locations have empty text', () => {
    const message = (m: Json) => {
      const { text, parts } = incoming(m).message
      return { text, parts }
    }
    expect(message({ type: 'button', button: { payload: 'P' } })).toStrictEqual({
      text: '',
      parts: [{ type: 'choices', options: [], submitted: [{ title: '', value: 'P' }] }],
    })
    expect(
      message({ type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: 'r1' } } }),
    ).toStrictEqual({ text: '', parts: [{ type: 'choices', options: [], submitted: [{ title: '', value: 'r1' }] }] })
    expect(
      message({ type: 'interactive', interactive: { type: 'nfm_reply', nfm_reply: { response_json: '{"a":"b"}' } } }),
    ).toStrictEqual({ text: '', parts: [{ type: 'form', fields: [], submitted: [{ name: 'a', value: 'b' }] }] })
    for (const [m, original] of [
      [{ type: 'interactive', interactive: { type: 'carousel_reply' } }, 'interactive.carousel_reply'],
      [{ type: 'interactive' }, 'interactive'],
      [{ type: 'unknown' }, 'unknown'],
      [{ type: 'location', location: {} }, 'location'],
      [{ type: 'poll' }, 'poll'],
    ] as const)
      expect(message(m)).toStrictEqual({ text: '', parts: [{ type: 'unsupported', original }] })
    expect(message({ type: 'location', location: { latitude: 1, longitude: 2 } })).toStrictEqual({
      text: '',
      parts: [{ type: 'location', latitude: 1, longitude: 2 }],
    })
  })

  it('a conversation without a line has an inbox with no id and no reply target', () => {
    const e = incoming({ from: undefined }, { metadata: { phone_number_id: '' } })
    expect([e.conversation?.inbox, 'replyTarget' in e, e.message.author]).toStrictEqual([
      { channel: 'whatsapp' },
      false,
      { role: 'customer' },
    ])
  })

  it('matches contacts by user id when neither has a phone; answers the parent account it is told', () => {
    const e = incoming(
      { from: undefined, from_user_id: 'US.2', from_parent_user_id: 'US.ENT.2' },
      {
        contacts: [
          { user_id: 'US.1', profile: { name: 'Other' } },
          { user_id: 'US.2', profile: { name: 'Ana' } },
        ],
      },
    )
    expect([e.message.author, e.replyTarget]).toStrictEqual([
      { role: 'customer', id: 'US.2', name: 'Ana' },
      {
        provider: 'whatsapp',
        phoneNumberId: LINE,
        wabaId: 'waba',
        recipient: 'US.2',
        parentRecipient: 'US.ENT.2',
        recipientType: 'individual',
        replyToMessageId: 'wamid.A',
      },
    ])
  })

  it('a revoke has no content whatever else it holds; an edit of no named message has no id', () => {
    const updated = (m: Json) =>
      one('message.updated', 'messages', withLine({ messages: [{ id: 'wamid.X', from: '111', ...m }] })).message
    const revoke = updated({
      type: 'revoke',
      revoke: { original_message_id: 'wamid.O' },
      edit: { message: { type: 'text', text: { body: 'stray' } } },
    })
    expect([revoke.id, revoke.text, revoke.parts, revoke.deleted]).toStrictEqual(['wamid.O', '', [], true])
    const edit = updated({ type: 'edit', edit: { message: { type: 'text', text: { body: 'new' } } } })
    expect(['id' in edit, 'externalId' in edit, edit.text]).toStrictEqual([false, false, 'new'])
  })

  it('a template rejected with only a rejection reason carries it; no preferences give no events', () => {
    const t = one('template.status_changed', 'message_template_status_update', {
      event: 'REJECTED',
      rejection_info: { reason: 'INVALID_FORMAT' },
    })
    expect(t.reason).toBe('INVALID_FORMAT')
    expect(events('user_preferences', {})).toStrictEqual([])
  })
})
