// Decoding Intercom notifications (docs/providers/intercom.md §3–6): every example decodes leniently
// and strictly; topics outside customer conversations, and unknown ones, keep their own variant; the
// wire's departures from the OpenAPI models and the 1.x shape decode; other bodies are refused.
import { describe, expect, it } from 'vitest'
import * as intercom from '../../src/providers/intercom/index.js'
import { all, raw } from '../fixtures.js'

const examples = all('intercom').filter(([name]) => !name.startsWith('unknown_event.'))
const decoded = (text: string, strict = false) => {
  const r = intercom.decode(text, { strict })
  if (r._tag === 'Left') throw new Error(JSON.stringify(r.left.issues))
  return r.right
}
const envelope = (topic: string, item: unknown) =>
  JSON.stringify({
    type: 'notification_event',
    app_id: 'abc123',
    topic,
    id: 'notif_1',
    created_at: 1775120000,
    data: { item },
  })

describe('intercom.decode', () => {
  it.each(examples)('%s decodes, strictly too', (_name, text) => {
    expect(decoded(text, true)).toEqual(decoded(text))
  })

  it('keeps a topic it does not type in its own variant, the item as it came', () => {
    const w = decoded(envelope('admin.logged_in', { type: 'admin', id: '7' }))
    expect([w.topic, w.topic === 'unrecognized' && w.unrecognized, w.data?.item]).toEqual([
      'unrecognized',
      'admin.logged_in',
      { type: 'admin', id: '7' },
    ])
  })

  it('reads the 1.x conversation shape, numeric and text assignee ids, and ISO contact times', () => {
    const legacy = decoded(
      envelope('conversation.user.created', {
        type: 'conversation',
        id: '21321941764',
        created_at: 1556000000,
        user: { type: 'lead', id: '5cb8', user_id: 'u-1', name: 'Ana', email: 'ana@example.org' },
        assignee: { type: 'nobody_admin', id: null },
        conversation_message: {
          type: 'conversation_message',
          id: '2777',
          body: '<p>Hi</p>',
          author: { type: 'user', id: '5cb8' },
        },
        admin_assignee_id: '0',
      }),
      true,
    )
    expect(legacy.topic === 'conversation.user.created' && legacy.data.item.conversation_message?.body).toBe(
      '<p>Hi</p>',
    )
    const ticket = decoded(
      envelope('ticket.admin.assigned', { type: 'ticket', id: '9', admin_assignee_id: 5316721, team_assignee_id: '0' }),
      true,
    )
    expect(
      ticket.topic === 'ticket.admin.assigned' && [
        ticket.data.item.admin_assignee_id,
        ticket.data.item.team_assignee_id,
      ],
    ).toEqual([5316721, '0'])
  })

  it('takes ticket.closed with the ticket at the top or under ticket (2.15+)', () => {
    const top = decoded(
      envelope('ticket.closed', { type: 'ticket', id: '1', ticket_state: { category: 'resolved' } }),
      true,
    )
    const nested = decoded(envelope('ticket.closed', { type: 'ticket', ticket: { type: 'ticket', id: '2' } }), true)
    expect([top.topic, nested.topic]).toEqual(['ticket.closed', 'ticket.closed'])
  })

  it('refuses a notification without its app, topic or item, and what is not one', () => {
    const issues = (text: string) => {
      const r = intercom.decode(text)
      return r._tag === 'Left' ? r.left.issues.map((i) => i.path) : []
    }
    expect(issues(JSON.stringify({ type: 'notification_event', topic: 'ping', data: { item: {} } }))).toEqual([
      '/app_id',
    ])
    expect(
      issues(
        JSON.stringify({ type: 'notification_event', app_id: 'a', topic: 'conversation.deleted', data: { item: {} } }),
      ),
    ).toEqual(['/data/item/conversation_id'])
    expect(intercom.detect(raw('intercom', 'ping.test_request.json'))).toBe(true)
    expect(intercom.detect(JSON.stringify({ topic: 'x', data: {} }))).toBe(false)
  })
})
