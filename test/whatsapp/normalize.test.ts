// WhatsApp's mapping (docs/providers/whatsapp.md §11), fixture by fixture: how many events each
// body gives and of which kinds, who wrote what, the conversation id rule (group, else phone,
// else business-scoped id), reply targets, reactions, statuses and the account-level fields.
import { describe, expect, it } from 'vitest'
import * as whatsapp from '../../src/providers/whatsapp/index.js'
import type { ChatEvent, EventOfKind } from '../../src/model/index.js'
import { raw } from '../fixtures.js'
import { parse } from '../support/parse.js'

const events = (name: string): ChatEvent[] => parse(whatsapp, raw('whatsapp', `${name}.json`))
const only = <K extends ChatEvent['kind']>(name: string, kind: K): EventOfKind<K> => {
  const [e, ...rest] = events(name)
  expect([e?.kind, rest.length]).toEqual([kind, 0])
  return e as EventOfKind<K>
}
const LINE = '106540352242922'
const WABA = '102290129340398'

describe('whatsapp.normalize: events per body, in order', () => {
  it.each([
    ['messages.media_batch', ['message.created', 'message.created', 'message.created']],
    ['messages.interactive_batch', ['message.created', 'message.created', 'message.created']],
    ['messages.reaction', ['reaction.added', 'reaction.removed']],
    ['messages.revoke_edit_welcome', ['message.updated', 'message.updated', 'conversation.created']],
    ['statuses.lifecycle', ['message.status', 'message.status', 'message.status']],
    ['statuses.group_participants', ['message.status', 'message.status']],
    ['other_fields.batch', ['account.notice', 'message.created', 'contact.updated', 'template.status_changed']],
    ['messages.system_user_changed_number', ['contact.updated']],
    ['user_preferences.marketing_stop', ['contact.updated']],
    ['account_update.account_violation', ['account.notice']],
    ['unknown_event.calls', ['unrecognized']],
  ])('%s', (name, kinds) => {
    expect(events(name).map((e) => e.kind)).toEqual(kinds)
  })
})

describe('whatsapp.normalize: messages', () => {
  it('an incoming text: the customer, inbound, in "<line>:<phone>", answerable on the line', () => {
    const e = only('messages.text', 'message.created')
    expect(e.conversation).toEqual({
      id: `${LINE}:16505551234`,
      channel: 'whatsapp',
      inbox: { id: LINE, name: '15550783881', channel: 'whatsapp' },
      contact: { id: '16505551234', name: 'Sheena Nelson', phone: '16505551234' },
    })
    expect(e.message.author).toEqual({ role: 'customer', id: '16505551234', name: 'Sheena Nelson' })
    expect([e.message.direction, e.message.private, e.message.text]).toEqual([
      'inbound',
      false,
      'Does it come in another color?',
    ])
    expect(e.replyTarget).toEqual({
      provider: 'whatsapp',
      phoneNumberId: LINE,
      wabaId: WABA,
      to: '16505551234',
      recipientType: 'individual',
      replyToMessageId: e.message.id,
    })
    expect(e.dedupeKey).toMatch(/^whatsapp:msg:[0-9a-v]{11}$/)
    expect(e.dedupeKey).not.toContain('wamid')
  })

  it('a username user without a phone: the business-scoped id is the peer, and the reply recipient', () => {
    const e = only('messages.text_bsuid_username', 'message.created')
    expect(e.conversation?.id).toBe(`${LINE}:US.13491208655302741918`)
    expect(e.conversation?.contact).toMatchObject({ id: 'US.13491208655302741918', identifier: '@realsheenanelson' })
    expect(e.replyTarget).toMatchObject({
      recipient: 'US.13491208655302741918',
      parentRecipient: 'US.ENT.11815799212886844830',
      recipientType: 'individual',
    })
    expect(e.replyTarget && 'to' in e.replyTarget).toBe(false)
  })

  it('a group message: the group is the peer and the reply target; the sender is the author', () => {
    const e = only('messages.text_group', 'message.created')
    expect(e.conversation?.id).toBe(`${LINE}:120363331577431214@g.us`)
    expect(e.message.author).toEqual({ role: 'customer', id: 'US.13491208655302741918', name: 'Sheena Nelson' })
    expect(e.replyTarget).toMatchObject({ to: '120363331577431214@g.us', recipientType: 'group' })
    expect(e.replyTarget && 'recipient' in e.replyTarget).toBe(false)
  })

  it('media: a caption as text, the media part with its type, MIME type, file name and media id', () => {
    const parts = events('messages.media_batch').map((e) => (e.kind === 'message.created' ? e.message.parts : []))
    expect(parts.map((p) => p.map((x) => (x.type === 'media' ? `media:${x.mediaType}` : x.type)))).toEqual([
      ['text', 'media:file'],
      ['text', 'media:video'],
      ['media:sticker'],
    ])
    const voice = only('messages.audio_voice', 'message.created').message.parts
    expect(voice).toEqual([
      expect.objectContaining({ type: 'media', mediaType: 'audio', mimeType: 'audio/ogg; codecs=opus' }),
    ])
  })

  it('interactive replies: the choice tapped, the flow’s answers, the call permission', () => {
    const [list, flow, call] = events('messages.interactive_batch') as EventOfKind<'message.created'>[]
    expect(list?.message.parts).toEqual([
      { type: 'choices', options: [], submitted: [{ title: 'Priority Mail Express', value: 'priority_express' }] },
    ])
    expect(flow?.message.parts).toEqual([
      {
        type: 'form',
        fields: [],
        submitted: [
          { name: 'flow_token', value: 'AQAAAAACS5FpgQ_cAAAAAD0QI3s.' },
          { name: 'delivery_date', value: '2025-06-20' },
          { name: 'notes', value: 'Leave at the door' },
        ],
      },
    ])
    expect(call?.message.parts).toEqual([{ type: 'activity', action: 'call_permission_reply', values: ['accept'] }])
    const button = only('messages.button', 'message.created')
    expect(button.message.parts[0]?.type).toBe('choices')
  })

  it('a reaction is not a message: added with its emoji, removed without, each its own key', () => {
    const [added, removed] = events('messages.reaction')
    expect(added?.kind === 'reaction.added' && added.reaction).toEqual({
      author: { role: 'customer', id: '16505551234', name: 'Sheena Nelson' },
      messageId: 'wamid.HBgLMTQxMjU1NTA4MjkVAgASGBQzQUNCNjk5RDUwNUZGMUZEM0VBRAA=',
      emoji: '👍',
    })
    expect(removed?.kind === 'reaction.removed' && removed.reaction.emoji).toBe(undefined)
    expect(added?.dedupeKey).toMatch(/:👍$/)
    expect(removed?.dedupeKey).toMatch(/:removed$/)
  })

  it('revoke and edit update the original message; request_welcome opens the conversation', () => {
    const [revoke, edit, welcome] = events('messages.revoke_edit_welcome')
    expect(revoke?.kind === 'message.updated' && [revoke.message.id, revoke.message.deleted]).toEqual([
      'wamid.HBgLMTQxMjU1NTA4MjkVAgASGBQzQUNCNjk5RDUwNUZGMUZEM0VBRAA=',
      true,
    ])
    expect(edit?.kind === 'message.updated' && [edit.message.id, edit.message.text, edit.message.editedAt]).toEqual([
      'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
      'Taj Mahal at sunset',
      new Date(1749854640 * 1000),
    ])
    expect(
      welcome?.kind === 'conversation.created' && [welcome.conversation.id, welcome.replyTarget?.provider],
    ).toEqual([`${LINE}:16505551234`, 'whatsapp'])
  })

  it('a number change updates the contact as it was: old number to new', () => {
    const e = only('messages.system_user_changed_number', 'contact.updated')
    expect(e.changes).toEqual([{ field: 'wa_id', from: '16505551234', to: '12195555358' }])
  })

  it('types it does not know, and unsupported messages, are unsupported parts of a message', () => {
    expect(only('messages.unrecognized_type', 'message.created').message.parts).toEqual([
      { type: 'unsupported', original: 'poll' },
    ])
    expect(only('messages.unsupported', 'message.created').message.parts[0]).toMatchObject({ type: 'unsupported' })
  })

  it('an echo from the WhatsApp Business app is the business writing: an agent, outbound', () => {
    const echo = events('other_fields.batch')[1] as EventOfKind<'message.created'>
    expect([echo.message.direction, echo.message.author]).toEqual(['outbound', { role: 'agent', id: LINE }])
    expect(echo.conversation?.id).toBe(`${LINE}:16505551234`)
  })

  it('a click-to-WhatsApp ad: the referral, and a link part to the ad', () => {
    const e = only('messages.text_ctwa_referral', 'message.created')
    expect(e.message.referral?.sourceType).toBe('ad')
    expect(e.message.parts.map((p) => p.type)).toEqual(['text', 'link'])
  })
})

describe('whatsapp.normalize: statuses and account fields', () => {
  it('statuses: the status, the recipient, the pricing category, delivered time', () => {
    const [sent, delivered, read] = events('statuses.lifecycle') as EventOfKind<'message.status'>[]
    expect([sent?.status, sent?.to, sent?.pricingCategory, sent?.from]).toEqual([
      'sent',
      '16505551234',
      'marketing',
      '15550783881',
    ])
    expect(delivered?.deliveredAt).toEqual(delivered?.occurredAt)
    expect(read?.status).toBe('read')
    expect(new Set([sent, delivered, read].map((e) => e?.dedupeKey)).size).toBe(3)
  })

  it('a failed status gives its error as the reason', () => {
    const e = only('statuses.failed', 'message.status')
    expect(e.reason).toBe(
      '131049 This message was not delivered to maintain healthy ecosystem engagement.: In order to maintain a healthy ecosystem engagement, the message failed to be delivered.',
    )
  })

  it('group statuses: one per participant, each its own key, the group the conversation', () => {
    const [a, b] = events('statuses.group_participants') as EventOfKind<'message.status'>[]
    expect([a?.to, b?.to]).toEqual(['16505551234', '16505559876'])
    expect(a?.conversation?.id).toBe(`${LINE}:120363331577431214@g.us`)
    expect(a?.dedupeKey).not.toBe(b?.dedupeKey)
  })

  it('a status to a username user names the business-scoped id', () => {
    const e = only('statuses.read_bsuid_only', 'message.status')
    expect([e.to, e.conversation?.id]).toEqual(['US.13491208655302741918', `${LINE}:US.13491208655302741918`])
  })

  it('template, account and value-level notices have kinds of their own', () => {
    const [error, , userId, template] = events('other_fields.batch')
    expect(error?.kind === 'account.notice' && [error.notice, error.code, error.account.id]).toEqual([
      'error',
      130429,
      WABA,
    ])
    expect(userId?.kind === 'contact.updated' && userId.changes).toEqual([
      { field: 'user_id', from: 'US.13491208655302741918', to: 'US.24817305912873645029' },
    ])
    expect(
      template?.kind === 'template.status_changed' && [template.template, template.status, template.reason],
    ).toEqual([
      { id: '1689556908129832', name: 'order_confirmation', language: 'en-US', category: 'UTILITY' },
      'APPROVED',
      undefined,
    ])
    const account = only('account_update.account_violation', 'account.notice')
    expect([account.notice, account.phone, account.occurredAt]).toEqual([
      'ACCOUNT_VIOLATION',
      '15550783881',
      new Date(1781774000 * 1000),
    ])
    const pref = only('user_preferences.marketing_stop', 'contact.updated')
    expect(pref.changes).toEqual([{ field: 'marketing_messages', from: null, to: 'stop' }])
    expect(only('unknown_event.calls', 'unrecognized').eventType).toBe('calls')
  })

  it('a 100-message batch gives 100 events, in order', () => {
    const body = JSON.parse(raw('whatsapp', 'messages.text.json')) as {
      entry: { changes: { value: { messages: { id: string }[] } }[] }[]
    }
    const value = body.entry[0]!.changes[0]!.value
    const [m] = value.messages
    value.messages = Array.from({ length: 100 }, (_, i) => ({ ...m!, id: `wamid.batch${i}` }))
    const out = parse(whatsapp, JSON.stringify(body))
    expect(out.map((e) => (e.kind === 'message.created' ? e.message.id : e.kind))).toEqual(
      value.messages.map((x) => x.id),
    )
  })
})
