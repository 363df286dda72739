// The Intercom mapping (docs/providers/intercom.md §11), case by case: each starts from a fixture and
// changes the one thing it is about. test/normalized/intercom/ pins every fixture's whole output.
import { describe, expect, it } from 'vitest'
import * as intercom from '../../src/providers/intercom/index.js'
import type { EventOfKind } from '../../src/model/index.js'
import { editing, obj, raw, type Body } from '../fixtures.js'
import { parse } from '../support/parse.js'

const { one, variant } = editing('intercom', (b: unknown) => parse(intercom, b))
const ADMIN = 'conversation.admin.replied.comment.json'
const USER = 'conversation.user.replied.text.json'
const item = (w: Body) => obj(obj(w.data).item)
const parts = (w: Body) => obj(item(w).conversation_parts).conversation_parts as Body[]
const part = (w: Body, i = 0) => parts(w)[i] as Body

describe('intercom.normalize: messages', () => {
  it('converts HTML bodies: lists, bold, links as link parts', () => {
    const m = one(ADMIN, 'message.created', () => {}).message
    expect([m.text, m.parts.slice(1)]).toEqual([
      'Thanks, I found the duplicate charge. Next steps:\n- Refund of €89.00 issued today\n- It shows up in 3–5 days\nDetails: refund policy',
      [{ type: 'link', url: 'https://help.northwind-bikes.example/refunds', title: 'refund policy' }],
    ])
    const images = one(
      ADMIN,
      'message.created',
      (w) => (part(w).body = '<p>See <img src="https://cdn.example/i.png"></p>'),
    ).message
    expect(images.parts).toEqual([
      { type: 'text', text: 'See' },
      { type: 'media', mediaType: 'image', url: 'https://cdn.example/i.png' },
    ])
    // 2.15+ plain text is taken as it is: its "&amp;" is meant literally.
    expect(one(ADMIN, 'message.created', (w) => (part(w).body = 'Tom &amp; Jerry')).message.text).toBe(
      'Tom &amp; Jerry',
    )
  })

  it('reads authors: contacts are customers, AI answers by admins bots, teams system', () => {
    const role = (author: Body, fixture = ADMIN) =>
      one(fixture, 'message.created', (w) => (part(w).author = author)).message.author.role
    expect([
      role({ type: 'admin', id: '1' }),
      role({ type: 'admin', id: '1', from_ai_agent: true }),
      role({ type: 'admin', id: '1', is_ai_answer: true }),
      role({ type: 'bot', id: '2' }),
      role({ type: 'team', id: '3' }),
      role({ type: 'martian', id: '4' }),
      role({ type: 'lead', id: '5' }, USER),
      role({ type: 'user', id: '5' }, USER),
      role({ type: 'visitor', id: '5' }, USER),
      role({ type: 'contact', id: '5' }, USER),
      role({ id: '6' }),
    ]).toEqual([
      'agent',
      'bot',
      'bot',
      'bot',
      'system',
      'system',
      'customer',
      'customer',
      'customer',
      'customer',
      'system',
    ])
  })

  it('takes the last part with content whose author fits the topic, else the last part', () => {
    const chosen = (edit: (w: Body) => void) => one(ADMIN, 'message.created', edit).message.id
    const withParts = (extra: Body[]) => (w: Body) => parts(w).push(...extra)
    expect(
      chosen(
        withParts([
          {
            type: 'conversation_part',
            id: 'p-user',
            part_type: 'comment',
            body: '<p>hi</p>',
            created_at: 1775122500,
            author: { type: 'user', id: 'u' },
          },
          {
            type: 'conversation_part',
            id: 'p-empty',
            part_type: 'assignment',
            body: null,
            created_at: 1775122600,
            author: { type: 'admin', id: 'a' },
          },
        ]),
      ),
    ).toBe('36910263120')
    expect(chosen((w) => (part(w).body = null))).toBe('36910263120')
    const userCreated = one('conversation.user.created.messenger.json', 'message.created', () => {})
    expect(userCreated.message.id).toBe('4410928371')
  })

  it('makes notes private, offers quick replies as choices and a pick as a submitted choice', () => {
    expect(one('conversation.admin.noted.note.json', 'message.created', () => {}).message.private).toBe(true)
    expect(one(ADMIN, 'message.created', (w) => (part(w).part_type = 'note_and_reopen')).message.private).toBe(true)
    expect(
      one('conversation.admin.replied.quick_reply.json', 'message.created', () => {}).message.parts.at(-1),
    ).toEqual({
      type: 'choices',
      options: [
        { title: 'Yes, thanks', value: '5b1f0c8e-2d7a-4c39-9e61-0a4b7c2d9e11' },
        { title: 'No, I need more help', value: 'c2e7a913-6f4d-4b8a-a1c5-3d9e0f7b2a64' },
      ],
    })
    const pick = one(USER, 'message.created', (w) => {
      part(w).body = 'Yes, thanks'
      part(w).metadata = { quick_reply_uuid: '5b1f0c8e' }
    }).message.parts.at(-1)
    expect(pick).toEqual({ type: 'choices', options: [], submitted: [{ title: 'Yes, thanks', value: '5b1f0c8e' }] })
  })

  it('keys a part the same under both topics a Fin reply comes with', () => {
    const operator = one('conversation.operator.replied.fin_ai_answer.json', 'message.created', () => {})
    const asAdmin = one(
      'conversation.operator.replied.fin_ai_answer.json',
      'message.created',
      (w) => (w.topic = 'conversation.admin.replied'),
    )
    expect([operator.dedupeKey, operator.message.author.role]).toEqual([asAdmin.dedupeKey, 'bot'])
  })

  it('reports a redaction as the message updated and deleted', () => {
    const e = one('conversation_part.redacted.deleted_message.json', 'message.updated', () => {})
    expect([e.message.deleted, e.message.text, e.dedupeKey]).toEqual([
      true,
      'This message was deleted',
      'intercom:q7xm2k4r:redact:215471884520117:36910258877:1775122615',
    ])
  })
})

describe('intercom.normalize: conversations, tickets and contacts', () => {
  it('maps status topics to the status after them, and deletion by conversation_id', () => {
    const status = (topic: string) =>
      one('conversation.admin.closed.close.json', 'conversation.status_changed', (w) => (w.topic = topic)).conversation
        .status
    expect(
      [
        'conversation.admin.closed',
        'conversation.admin.opened',
        'conversation.admin.snoozed',
        'conversation.admin.unsnoozed',
      ].map(status),
    ).toEqual(['closed', 'open', 'snoozed', 'open'])
    expect(one('conversation.deleted.minimal.json', 'conversation.status_changed', () => {}).conversation).toEqual({
      id: '215471884541766',
      status: 'deleted',
    })
  })

  it('says what an assignment, a priority, a rating and a read changed', () => {
    const changes = (topic: string, edit: (w: Body) => void = () => {}) =>
      (
        one('conversation.admin.assigned.team.json', 'conversation.updated', (w) => {
          w.topic = topic
          edit(w)
        }) as EventOfKind<'conversation.updated'>
      ).changes
    expect(changes('conversation.admin.assigned')).toEqual([
      { field: 'assignee', from: null, to: { type: 'team', id: '7720014' } },
    ])
    expect(changes('conversation.priority.updated', (w) => (item(w).priority = 'high'))).toEqual([
      { field: 'priority', from: null, to: 'high' },
    ])
    expect(
      changes('conversation.rating.added', (w) => (item(w).conversation_rating = { rating: 5, remark: 'great' })),
    ).toEqual([{ field: 'rating', from: null, to: { rating: 5, remark: 'great' } }])
    expect(changes('conversation.read')).toEqual([{ field: 'read', from: null, to: true }])
  })

  it('maps tickets: created, replies with a ticket reply target, state changes', () => {
    const created = one('ticket.created.customer_ticket.json', 'conversation.created', () => {})
    expect([created.replyTarget, created.conversation.status]).toEqual([
      {
        provider: 'intercom',
        kind: 'ticket',
        conversationId: '215471884560490',
        workspaceId: 'q7xm2k4r',
        contactId: '67a1c2e9f0b4d31a8e5c7b20',
      },
      'submitted',
    ])
    const note = one('ticket.admin.replied.comment.json', 'message.created', (w) => (w.topic = 'ticket.note.created'))
    expect(note.message.private).toBe(true)
    const resolved = one(
      'ticket.created.customer_ticket.json',
      'conversation.status_changed',
      (w) => (w.topic = 'ticket.resolved'),
    )
    expect(resolved.conversation.status).toBe('resolved')
    const closed = variant('ticket.created.customer_ticket.json', (w) => {
      w.topic = 'ticket.closed'
      obj(w.data).item = { type: 'ticket', ticket: item(w) }
    })
    expect(closed.map((e) => [e.kind, e.conversation?.status])).toEqual([['conversation.status_changed', 'closed']])
  })

  it('maps contacts: created, tagged, deleted, merged', () => {
    expect(one('contact.lead.created.messenger_lead.json', 'contact.created', () => {}).contact.id).toBe(
      '67a1f3a85e0c9d27b4f16e38',
    )
    const untagged = one(
      'contact.user.tag.created.contact_tag.json',
      'contact.updated',
      (w) => (w.topic = 'contact.user.tag.deleted'),
    )
    expect(untagged.changes).toEqual([{ field: 'tags', from: 'VIP', to: null }])
    const deleted = variant('contact.lead.created.messenger_lead.json', (w) => {
      w.topic = 'contact.deleted'
      obj(w.data).item = { type: 'contact', id: 'c1', external_id: 'ext-1', deleted: true }
    })
    expect(deleted.map((e) => [e.kind, 'contact' in e ? e.contact : undefined])).toEqual([
      ['contact.deleted', { id: 'c1', identifier: 'ext-1' }],
    ])
    const merged = one('contact.lead.created.messenger_lead.json', 'contact.updated', (w) => {
      w.topic = 'contact.merged'
      item(w).merged_from = { type: 'contact', id: 'old-1' }
    })
    expect(merged.changes).toEqual([{ field: 'merged_from', from: 'old-1', to: '67a1f3a85e0c9d27b4f16e38' }])
  })

  it('gives no event for ping, and keeps other topics unrecognized by the notification id', () => {
    expect(parse(intercom, raw('intercom', 'ping.test_request.json'))).toEqual([])
    const admin = variant('ping.test_request.json', (w) => {
      w.topic = 'admin.logged_in'
      w.id = 'notif_x'
    })
    expect(admin.map((e) => [e.kind, e.kind === 'unrecognized' && e.eventType, e.dedupeKey])).toEqual([
      ['unrecognized', 'admin.logged_in', 'intercom:q7xm2k4r:notif:notif_x'],
    ])
  })
})
