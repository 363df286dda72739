// Decoding Sunshine Conversations v2 bodies (docs/providers/sunshine.md §3–12): every example decodes
// leniently and strictly; unknown event, content and action types get their own variants; the wire's
// departures from Zendesk's schemas (§16) decode; v1 bodies and other shapes are refused.
import { describe, expect, it } from 'vitest'
import * as sunshine from '../../src/providers/sunshine/index.js'
import { all, raw } from '../fixtures.js'

const examples = all('sunshine').filter(([name]) => !name.startsWith('unknown_event.'))
const decoded = (text: string, strict = false) => {
  const r = sunshine.decode(text, { strict })
  if (r._tag === 'Left') throw new Error(JSON.stringify(r.left.issues))
  return r.right
}
/** A body of one event. */
const body = (event: Record<string, unknown>) =>
  JSON.stringify({ app: { id: 'a1' }, webhook: { id: 'w1', version: 'v2' }, events: [event] })
const message = (content: Record<string, unknown>, author: Record<string, unknown> = { type: 'user' }) =>
  body({
    id: 'e1',
    type: 'conversation:message',
    payload: { conversation: { id: 'c1' }, message: { id: 'm1', author, content } },
  })

describe('sunshine.decode', () => {
  it.each(examples)('%s decodes, strictly too', (_name, text) => {
    expect(decoded(text, true)).toEqual(decoded(text))
  })

  it('keeps an unknown event type in its own variant, its payload as it came', () => {
    const [e] = decoded(raw('sunshine', 'unknown_event.passthrough_messaging.json')).events
    expect([e?.type, e?.type === 'unrecognized' && e.unrecognized, e?.payload]).toEqual([
      'unrecognized',
      'passthrough:messaging',
      { conversation: { id: 'c2c8710dedf8f26ee6e9a68f', type: 'personal' } },
    ])
    const strict = sunshine.decode(raw('sunshine', 'unknown_event.passthrough_messaging.json'), { strict: true })
    expect(strict._tag === 'Left' && strict.left.issues).toEqual([
      {
        path: '/events/0/type',
        expected: expect.stringContaining('conversation:message') as unknown,
        received: 'string',
      },
    ])
  })

  it('keeps unknown content and action types in their own variants', () => {
    const [e] = decoded(message({ type: 'poll', text: 'Pick one', actions: [] })).events
    const content = e?.type === 'conversation:message' ? e.payload.message.content : undefined
    expect([content?.type, content?.type === 'unrecognized' && content.unrecognized]).toEqual(['unrecognized', 'poll'])
    const [f] = decoded(
      message({
        type: 'text',
        text: 'Hi',
        actions: [
          { type: 'share', text: 'Share' },
          { type: 'reply', text: 'Yes', payload: 'YES' },
        ],
      }),
    ).events
    const actions =
      f?.type === 'conversation:message' && f.payload.message.content?.type === 'text'
        ? f.payload.message.content.actions
        : undefined
    expect(actions?.map((a) => [a.type, a.type === 'unrecognized' ? a.unrecognized : a.text])).toEqual([
      ['unrecognized', 'share'],
      ['reply', 'Yes'],
    ])
  })

  it('decodes what Zendesk’s schemas leave out or type otherwise (§16)', () => {
    const [e] = decoded(
      message(
        { type: 'text', text: 'Done' },
        { type: 'business', displayName: 'Answer Bot', avatarUrl: 'https://x.example/a.png', subtypes: ['AI'] },
      ),
    ).events
    const author = e?.type === 'conversation:message' ? e.payload.message.author : undefined
    expect(author).toEqual({
      type: 'business',
      displayName: 'Answer Bot',
      avatarUrl: 'https://x.example/a.png',
      subtypes: ['AI'],
    })
    const referral = decoded(raw('sunshine', 'conversation_referral.official.json')).events[0]
    expect(
      referral?.type === 'conversation:referral' && [referral.createdAt, referral.payload.user?.externalId],
    ).toEqual([undefined, 912382197])
  })

  it('reports enum values outside the documented set as drift, and decodes them leniently', () => {
    const text = message({ type: 'text', text: 'Hi' }, { type: 'user', subtypes: [] })
    const withSource = text.replace('"author"', '"source":{"type":"carrier-pigeon"},"author"')
    const r = sunshine.decodeWithDrift(withSource)
    expect(r._tag === 'Right' && r.right.drift).toEqual([
      {
        kind: 'unknown_value',
        path: '/events/0/payload/message/source/type',
        expected: expect.stringContaining('zd:agentWorkspace') as unknown,
        received: 'string',
      },
    ])
  })

  it('refuses a v1 body, a body without the app, and an event without its conversation', () => {
    const v1 = JSON.stringify({
      trigger: 'message:appUser',
      app: { _id: 'a' },
      appUser: {},
      messages: [],
      version: 'v1.1',
    })
    const left = (text: string) => {
      const r = sunshine.decode(text)
      return r._tag === 'Left' ? r.left.issues.map((i) => i.path) : []
    }
    expect(left(v1)).toEqual(['/app/id', '/events'])
    expect(left(JSON.stringify({ events: [] }))).toEqual(['/app'])
    expect(left(body({ id: 'e', type: 'conversation:remove', payload: {} }))).toEqual([
      '/events/0/payload/conversation',
    ])
    expect(sunshine.detect(v1)).toBe(false)
  })
})
