// Branches of the OneRoute normalizer that no fixture reaches as it is: each case starts from a
// real fixture and changes the one thing it is about.
import { describe, expect, it } from 'vitest'
import * as oneroute from '../../src/providers/oneroute/index.js'
import { editing, obj, type Body } from '../fixtures.js'
import { parse } from '../support/parse.js'

const { one } = editing('oneroute', (b: unknown) => parse(oneroute, b))
const TEXT = 'newMessage.text.json'
const CONVERSATION = 'b7f04c2e-9a31-4d6b-8e52-1f3c7a9d0e84'
const message = (edit: (w: Body) => void) => one(TEXT, 'message.created', edit)

describe('oneroute.normalize: edges', () => {
  it('works without a channel: no inbox, medium or channel in the key', () => {
    const e = message((w) => delete obj(w.conversation).Channel)
    expect(e.conversation).not.toHaveProperty('inbox')
    expect(e.conversation).not.toHaveProperty('channel')
    expect(e.replyTarget).toEqual({ provider: 'oneroute', conversationId: CONVERSATION })
    expect(e.dedupeKey.startsWith(`oneroute:-:newMessage:${CONVERSATION}:`)).toBe(true)
  })

  it('reads the contact from the customer or the customer id, and the assignee’s name from either agent form', () => {
    const conversation = (edit: (c: Body) => void) => message((w) => edit(obj(w.conversation))).conversation
    expect(conversation((c) => delete c.customer)).not.toHaveProperty('contact')
    expect(
      conversation((c) => {
        delete c.customer
        c.customer_id = 'cust-1'
      })?.contact,
    ).toEqual({ id: 'cust-1' })
    expect(conversation((c) => (c.customer = { name: 'A', email: 'a@example.com' }))?.contact).toEqual({
      name: 'A',
      email: 'a@example.com',
    })
    expect(
      conversation((c) => {
        c.agent_id = 'ag-1'
        c.agent = 'Ngozi'
      })?.assignee,
    ).toEqual({ id: 'ag-1', role: 'agent', name: 'Ngozi' })
    expect(
      conversation((c) => {
        c.agent_id = 'ag-1'
        c.agent = { name: 'Tunde' }
      })?.assignee,
    ).toEqual({ id: 'ag-1', role: 'agent', name: 'Tunde' })
    expect(
      conversation((c) => {
        c.agent_id = 'ag-1'
        c.agent = { name: 7 }
      })?.assignee,
    ).toEqual({ id: 'ag-1', role: 'agent' })
    expect(conversation((c) => (c.agent = 'No id'))).not.toHaveProperty('assignee')
  })

  it('gives a message without content empty text, and without a sender a customer author', () => {
    const e = message((w) => {
      delete obj(w.message).content
      delete obj(w.message).sender
    })
    expect([e.message.text, e.message.parts, e.message.direction, e.message.author]).toEqual([
      '',
      [],
      'inbound',
      { role: 'customer' },
    ])
  })

  it('keys a message by its id, else its external id, else its content', () => {
    const key = (edit: (m: Body) => void) => message((w) => edit(obj(w.message))).dedupeKey
    expect(key((m) => (m.id = 'm-1'))).toBe(
      `oneroute:3e9c1a52-7d4b-4f0e-b1a8-6c2d9e5f7a10:newMessage:${CONVERSATION}:m-1`,
    )
    const byExternal = key((m) => (m.externalId = 'wamid.1'))
    expect(byExternal).toBe(
      key((m) => {
        m.externalId = 'wamid.1'
        m.content = 'other'
      }),
    )
    const byContent = key(() => {})
    expect(byContent).not.toBe(byExternal)
    expect(byContent).not.toBe(key((m) => (m.content = 'other')))
    expect(byContent).not.toBe(key((m) => (obj(m.sender).authUser = true)))
  })

  it('reads a delivery report without a status as unknown, keyed with a dash', () => {
    const e = one('smsDeliveryReport.delivered.json', 'message.status', (w) => delete obj(w.conversation).status)
    expect(e.status).toBe('unknown')
    expect(e.dedupeKey.endsWith(':-')).toBe(true)
    expect(e.dedupeKey.startsWith('oneroute:-:smsDeliveryReport:')).toBe(true)
  })

  it('leaves out the message id of a delivery report whose id is empty', () => {
    const e = one('smsDeliveryReport.delivered.json', 'message.status', (w) => (obj(w.conversation).id = ''))
    expect(e).not.toHaveProperty('messageId')
    expect(e.status).toBe('delivered')
  })

  it('keys unknown events by their name and body', () => {
    const key = (edit: (w: Body) => void) => one('unknown_event.campaign.json', 'unrecognized', edit).dedupeKey
    const base = key(() => {})
    expect(base).toMatch(/^oneroute:-:[^:]+:[0-9a-z]+$/)
    expect(key((w) => (w.message = 'changed'))).not.toBe(base)
  })
})
