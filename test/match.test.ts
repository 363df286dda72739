import { describe, expect, it } from 'vitest'
import { match, type Handlers } from '../src/index.js'
import { raw } from './fixtures.js'
import { parseAny } from './support/parse.js'

describe('match', () => {
  const events = [
    ...parseAny(raw('chatwoot', 'message_created.incoming_text.web_widget.json')),
    ...parseAny(raw('oneroute', 'smsDeliveryReport.delivered.json')),
    ...parseAny(raw('chatwoot', 'unknown_event.campaign_sent.json')),
  ]

  it('calls the handler of the event’s kind with the event', () => {
    const seen = events.map((e) =>
      match(e, {
        'message.created': (m) => `message ${m.message.text}`,
        'message.status': (s) => `status ${s.status}`,
        unrecognized: (u) => `unknown ${u.eventType}`,
        _: (other) => `other ${other.kind}`,
      }),
    )
    expect(seen).toEqual([
      'message Hi! Can I switch my plan from monthly to yearly billing?',
      'status delivered',
      'unknown campaign_sent',
    ])
  })

  it('falls back to `_` for kinds without a handler', () => {
    expect(events.map((e) => match(e, { _: (x) => x.provider }))).toEqual(['chatwoot', 'oneroute', 'chatwoot'])
  })

  it('throws a TypeError when a JavaScript caller leaves a kind out and gives no default', () => {
    const handlers = { 'message.created': () => 1 } as unknown as Handlers<number>
    expect(() => match(events[1]!, handlers)).toThrow(
      new TypeError('chat-webhooks: match has no handler for "message.status" and no "_" default'),
    )
  })
})
