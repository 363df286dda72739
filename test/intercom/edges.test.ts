// Branches of the Intercom normalizer that no fixture reaches as it is: each case starts from a real
// fixture and changes the one thing it is about (test/intercom/normalize.test.ts has the mapping's
// main cases).
import { describe, expect, it } from 'vitest'
import * as intercom from '../../src/providers/intercom/index.js'
import type { ChatEvent } from '../../src/model/index.js'
import { editing, obj, type Body } from '../fixtures.js'
import { parse } from '../support/parse.js'

const { one, variant } = editing('intercom', (b: unknown) => parse(intercom, b))
const ADMIN = 'conversation.admin.replied.comment.json'
const USER = 'conversation.user.replied.text.json'
const FIN = 'conversation.operator.replied.fin_ai_answer.json'
const item = (w: Body) => obj(obj(w.data).item)
const partList = (w: Body) => obj(item(w).conversation_parts)

const part = (id: string, type: string, createdAt: number, more: Body = {}): Body => ({
  type: 'conversation_part',
  id,
  part_type: 'comment',
  body: `<p>${id}</p>`,
  created_at: createdAt,
  author: { type, id: `${type}-${id}` },
  ...more,
})
const PDF = { type: 'upload', name: 'a.pdf', url: 'https://f.example/a.pdf', content_type: 'application/pdf' }
// In the array's order, not in time's: the newest by time is not the last in the array.
const MIXED = [
  part('p6', 'admin', 260, { body: null, attachments: [{ ...PDF, filesize: null }] }),
  part('p1', 'user', 300),
  part('p2', 'admin', 100),
  part('p3', 'bot', 200),
  part('p5', 'admin', 250),
  part('p4', 'admin', 400, { part_type: 'assignment', body: null }),
]
const withParts =
  (parts: Body[]) =>
  (w: Body): void => {
    partList(w).conversation_parts = parts
  }
const key = (e: ChatEvent) => e.dedupeKey
/** Which Intercom API answers an event: conversations or tickets. */
const kindOf = (e: ChatEvent) => (e.replyTarget as { kind?: string } | undefined)?.kind

describe('intercom.normalize: which part a message is', () => {
  it('takes the newest part with content whose author fits the topic', () => {
    const customer = one(USER, 'message.created', withParts(MIXED)).message
    expect([customer.id, customer.text, customer.parts]).toEqual(['p1', 'p1', [{ type: 'text', text: 'p1' }]])
    // The support side: admins and bots; an attachment alone is content, a body-less assignment is not.
    const support = one(ADMIN, 'message.created', withParts(MIXED)).message
    expect([support.id, support.text, support.parts]).toEqual([
      'p6',
      '',
      [
        {
          type: 'media',
          mediaType: 'file',
          url: 'https://f.example/a.pdf',
          mimeType: 'application/pdf',
          name: 'a.pdf',
        },
      ],
    ])
    expect(one(FIN, 'message.created', withParts(MIXED)).message.id).toBe('p3')
    // A customer's topic passes over a newer reply of the support side.
    expect(
      one(USER, 'message.created', withParts([part('c1', 'user', 100), part('c2', 'admin', 200)])).message.id,
    ).toBe('c1')
  })

  it('takes the later in the array of two parts of the same time, and the newest part when none fits', () => {
    const tie = [part('t1', 'admin', 500), part('t2', 'admin', 500), part('t0', 'admin', 400)]
    expect(one(ADMIN, 'message.created', withParts(tie)).message.id).toBe('t2')
    expect(one(USER, 'message.created', withParts(tie)).message.id).toBe('t2')
    expect(one(USER, 'message.created', withParts([part('n2', 'admin', 2), part('n1', 'admin', 1)])).message.id).toBe(
      'n2',
    )
  })

  it('reads the conversation’s first message when it has no parts', () => {
    const m = one(USER, 'message.created', (w) => delete item(w).conversation_parts).message
    expect([m.id, m.text]).toEqual(['4410928371', 'Hi! I was charged twice for order #4417 & need a refund.'])
  })

  it('keeps a note private under its topic whatever its part type says', () => {
    const note = one('conversation.admin.noted.note.json', 'message.created', (w) => {
      for (const p of partList(w).conversation_parts as Body[]) p.part_type = 'comment'
    })
    expect(note.message.private).toBe(true)
  })

  it('dates a new message by its creation, and finds its external id in the e-mail metadata', () => {
    const m = one(USER, 'message.created', (w) => {
      const p = (partList(w).conversation_parts as Body[])[0] as Body
      p.updated_at = 1775129999
      p.email_message_metadata = { message_id: '<m-1@mail.example>' }
    })
    expect([m.occurredAt?.toISOString(), m.message.externalId]).toEqual([
      '2026-04-02T09:27:00.000Z',
      '<m-1@mail.example>',
    ])
  })

  it('reads a created conversation’s subject when its body is empty', () => {
    const m = one('conversation.user.created.messenger.json', 'message.created', (w) => {
      obj(item(w).source).body = ''
      obj(item(w).source).subject = 'Refund'
    }).message
    expect(m.text).toBe('Refund')
  })
})

describe('intercom.normalize: redactions and ticket messages', () => {
  const REDACTED = 'conversation_part.redacted.deleted_message.json'
  it('reports the redacted part, else the last, else the conversation updated', () => {
    const redacted = [part('r0', 'user', 1), part('r1', 'user', 2, { redacted: true }), part('r2', 'user', 3)]
    expect(one(REDACTED, 'message.updated', withParts(redacted)).message.id).toBe('r1')
    const plain = [part('q0', 'user', 1), part('q1', 'user', 2), part('q2', 'user', 3)]
    expect(one(REDACTED, 'message.updated', withParts(plain)).message.id).toBe('q2')
    const twice = [
      part('s0', 'user', 1, { redacted: true }),
      part('s1', 'user', 2, { redacted: true }),
      part('s2', 'user', 3),
    ]
    expect(one(REDACTED, 'message.updated', withParts(twice)).message.id).toBe('s1')
    expect(one(REDACTED, 'conversation.updated', (w) => delete item(w).conversation_parts).conversation.id).toBe(
      '215471884520117',
    )
    const none = one(REDACTED, 'conversation.updated', withParts([]))
    expect([none.conversation.id, kindOf(none)]).toEqual(['215471884520117', 'conversation'])
  })

  it('reads a ticket reply from the ticket’s last part when the notification has none', () => {
    const REPLY = 'ticket.admin.replied.comment.json'
    const fromList = one(REPLY, 'message.created', (w) => {
      const ticket = obj(item(w).ticket)
      item(w).ticket_part = null
      ticket.ticket_parts = {
        type: 'ticket_part.list',
        ticket_parts: [part('k1', 'admin', 1), part('k2', 'admin', 2), part('k3', 'admin', 3)],
      }
    })
    expect(fromList.message.id).toBe('k3')
    const none = one(REPLY, 'conversation.updated', (w) => {
      item(w).ticket_part = null
      delete obj(item(w).ticket).ticket_parts
    })
    expect(kindOf(none)).toBe('ticket')
    const emptyList = one(REPLY, 'conversation.updated', (w) => {
      item(w).ticket_part = null
      obj(item(w).ticket).ticket_parts = { type: 'ticket_part.list' }
    })
    expect(kindOf(emptyList)).toBe('ticket')
  })
})

describe('intercom.normalize: conversations', () => {
  it('reads an admin assignee, labels with names, a title, and no contact without an id', () => {
    const e = one(USER, 'message.created', (w) => {
      const c = item(w)
      c.admin_assignee_id = null
      c.assignee = { type: 'admin', id: 77 }
      c.tags = {
        type: 'tag.list',
        tags: [
          { type: 'tag', id: '1', name: 'vip' },
          { type: 'tag', id: '2' },
        ],
      }
      c.title = 'Billing'
      c.contacts = { type: 'contact.list', contacts: [] }
    })
    expect([e.conversation?.assignee, e.conversation?.labels, e.conversation?.name, e.conversation?.contact]).toEqual([
      { id: '77', role: 'agent' },
      ['vip'],
      'Billing',
      undefined,
    ])
    expect(e.replyTarget).toEqual({
      provider: 'intercom',
      kind: 'conversation',
      conversationId: '215471884520117',
      workspaceId: 'q7xm2k4r',
    })
    const team = one(USER, 'message.created', (w) => {
      item(w).admin_assignee_id = null
      item(w).assignee = { type: 'team', id: 5 }
      item(w).tags = { type: 'tag.list', tags: [] }
    }).conversation
    expect([team?.assignee, team?.labels]).toEqual([undefined, undefined])
  })

  it('reads a conversation whose contact list is null', () => {
    const e = one(USER, 'message.created', (w) => (item(w).contacts = null))
    expect([e.conversation?.contact, e.replyTarget && 'contactId' in e.replyTarget]).toEqual([undefined, false])
  })

  it('dates a message without a time of its own or a valid notification time not at all', () => {
    const e = one(USER, 'message.created', (w) => {
      w.created_at = 1e300
      for (const p of partList(w).conversation_parts as Body[]) delete p.created_at
    })
    expect(e.occurredAt).toBe(undefined)
  })

  it('reads a 1.x conversation without a user', () => {
    const e = one('conversation.user.created.api_1x.json', 'message.created', (w) => (item(w).user = null))
    expect([e.conversation?.contact, e.replyTarget && 'contactId' in e.replyTarget]).toEqual([undefined, false])
  })

  it('says nothing changed when an assignment, a rating or tags are missing', () => {
    const changes = (fixture: string, edit: (w: Body) => void) =>
      variant(fixture, edit).map((e) => ('changes' in e ? e.changes : undefined))
    const lastPart = (w: Body) => (partList(w).conversation_parts as Body[]).at(-1) as Body
    expect(changes('conversation.admin.assigned.team.json', (w) => (lastPart(w).assigned_to = null))).toEqual([
      undefined,
    ])
    expect(changes('conversation.rating.added.five_stars.json', (w) => (item(w).conversation_rating = null))).toEqual([
      undefined,
    ])
    expect(changes('conversation_part.tag.created.refund_tag.json', (w) => (lastPart(w).tags = []))).toEqual([
      undefined,
    ])
  })

  it('keys a contact attached to a conversation without a model id under an empty id', () => {
    const e = one('conversation.contact.attached.internal_model.json', 'conversation.updated', (w) => {
      delete obj(obj(item(w).conversation).model).id
    })
    expect(e.conversation.id).toBe('')
  })
})

describe('intercom.normalize: tickets', () => {
  const STATE = 'ticket.state.updated.in_progress.json'
  it('reads a ticket’s contact, title and state, each only when given', () => {
    const e = one(STATE, 'conversation.status_changed', (w) => {
      item(w).contacts = { type: 'contact.list', contacts: [{ type: 'contact', id: 'c-9', external_id: 'ext-9' }] }
      obj(item(w).ticket_attributes)['_default_title_'] = ''
    })
    expect([e.conversation.contact, e.conversation.name]).toEqual([{ id: 'c-9', identifier: 'ext-9' }, undefined])
    const bare = one(STATE, 'conversation.status_changed', (w) => {
      item(w).contacts = { type: 'contact.list', contacts: [] }
      obj(item(w).ticket_attributes)['_default_title_'] = 42
    })
    expect([bare.conversation.contact, bare.conversation.name]).toEqual([undefined, undefined])
    const idless = one(STATE, 'conversation.status_changed', (w) => {
      item(w).contacts = { type: 'contact.list', contacts: [{ type: 'contact', external_id: 'e' }] }
    })
    expect(idless.conversation.contact).toBe(undefined)
  })

  it('takes a state change’s new state from the ticket when its part has none', () => {
    const changes = (edit: (w: Body) => void) =>
      (one(STATE, 'conversation.status_changed', edit) as { changes?: unknown }).changes
    const lastPart = (w: Body) => (obj(item(w).ticket_parts).ticket_parts as Body[]).at(-1) as Body
    expect(
      changes((w) => {
        delete lastPart(w).ticket_state
      }),
    ).toEqual([{ field: 'ticket_state', from: 'submitted', to: 'in_progress' }])
    expect(
      changes((w) => {
        delete lastPart(w).ticket_state
        item(w).ticket_state = null
      }),
    ).toEqual([{ field: 'ticket_state', from: 'submitted', to: null }])
  })

  it('reports attribute and assignee changes under their own topics only', () => {
    const SNOOZED = 'ticket.admin.snoozed.until_monday.json'
    const e = one(SNOOZED, 'conversation.status_changed', (w) => {
      const parts = obj(item(w).ticket_parts).ticket_parts as Body[]
      parts.push({
        type: 'ticket_part',
        id: 'x1',
        part_type: 'assignment',
        created_at: 9_999_999_999,
        assigned_to: { type: 'admin', id: '5' },
        updated_attribute_data: { attribute: { label: 'Priority' }, value: { label: 'High' } },
      })
    })
    expect('changes' in e).toBe(false)
    const ATTRIBUTE = 'ticket.attribute.updated.priority_attribute.json'
    const unlabelled = one(ATTRIBUTE, 'conversation.updated', (w) => {
      const parts = obj(item(w).ticket_parts).ticket_parts as Body[]
      const data = obj((parts.at(-1) as Body).updated_attribute_data)
      delete obj(data.attribute).label
    }) as { changes?: { field: string }[] }
    expect(unlabelled.changes?.map((c) => c.field)).toEqual(['attribute'])
  })

  it('dates a created ticket by the ticket, not by its parts', () => {
    let updatedAt = 0
    const e = one('ticket.created.customer_ticket.json', 'conversation.created', (w) => {
      item(w).ticket_parts = { type: 'ticket_part.list', ticket_parts: [part('z1', 'user', 1000)] }
      updatedAt = item(w).updated_at as number
    })
    expect(e.occurredAt?.getTime()).toBe(updatedAt * 1000)
  })

  it('reads a ticket closed at either level', () => {
    const CLOSED = 'ticket.closed.nested_2_15.json'
    const nested = one(CLOSED, 'conversation.status_changed', () => {})
    const flat = one(CLOSED, 'conversation.status_changed', (w) => {
      const ticket = obj(item(w).ticket)
      obj(w.data).item = ticket
    })
    expect([flat.conversation.id, flat.conversation.status]).toEqual([nested.conversation.id, 'closed'])
    expect(key(flat)).toBe(key(nested))
    const stateless = one(CLOSED, 'conversation.status_changed', (w) => {
      const ticket = obj(item(w).ticket)
      delete ticket.ticket_state
      obj(w.data).item = ticket
    })
    expect([stateless.conversation.id, stateless.conversation.status]).toEqual([nested.conversation.id, 'closed'])
    // A ticket at the top is told by its state, even when it carries a `ticket` key as well.
    const both = one(CLOSED, 'conversation.status_changed', (w) => {
      const ticket = obj(item(w).ticket)
      obj(w.data).item = { ...ticket, ticket: { ...ticket, id: 'elsewhere' } }
    })
    expect(both.conversation.id).toBe(nested.conversation.id)
  })
})
