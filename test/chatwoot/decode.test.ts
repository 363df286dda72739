import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { WebhookError } from '../../src/core/errors.js'
import * as chatwoot from '../../src/providers/chatwoot/index.js'
import { all, decoding, raw } from '../fixtures.js'

const { right: decodeRight, left: decodeLeft } = decoding(chatwoot.decode)

/** The parts of a message_created fixture the tests below change. */
type MessageBody = {
  id: unknown
  message_type: unknown
  conversation: {
    status: unknown
    meta: { sender: { email: unknown } }
    messages: { message_type?: unknown; created_at?: unknown }[]
  }
}
const messageBody = (): MessageBody =>
  JSON.parse(raw('chatwoot', 'message_created.incoming_text.web_widget.json')) as MessageBody

describe('chatwoot.decode: every fixture', () => {
  it.each(all('chatwoot'))('%s decodes leniently, and the codec agrees with decode', (name, text) => {
    const w = decodeRight(text)
    const sent = JSON.parse(text) as { event: string }
    expect(w.event).toBe(sent.event === 'campaign_sent' ? 'unrecognized' : sent.event)
    expect(chatwoot.Webhook.is(w)).toBe(true)
    // Decoding is stable: the decoded value decodes to itself.
    expect(decodeRight(w)).toEqual(w)
    expect(name.endsWith('.json')).toBe(true)
  })

  // Fixtures that carry drift on purpose: an unknown event or content type, a fractional video size.
  const drifting = (n: string) => n.includes('unknown_') || n.includes('_fractional')
  const ownExamples = all('chatwoot').filter(([n]) => !n.startsWith('captured/') && !drifting(n))
  it.each(ownExamples)('%s passes strict mode', (_name, text) => {
    expect(chatwoot.decode(text, { strict: true })._tag).toBe('Right')
  })

  it('accepts bytes, ArrayBuffer and parsed values alike, and leaves a parsed value unchanged', () => {
    const text = raw('chatwoot', 'message_created.incoming_text.web_widget.json')
    const bytes = new TextEncoder().encode(text)
    const parsed = JSON.parse(text) as unknown
    const snapshot = JSON.stringify(parsed)
    expect(decodeRight(bytes)).toEqual(decodeRight(text))
    expect(decodeRight(bytes.buffer)).toEqual(decodeRight(text))
    expect(decodeRight(parsed)).toBe(parsed)
    expect(JSON.stringify(parsed)).toBe(snapshot)
  })
})

describe('chatwoot.decode: lenient and strict', () => {
  it('decodes Rails params dumps leniently and names every extra key in strict mode', () => {
    const text = raw('chatwoot', 'captured/chatwoot.message_created.cwbp-whatsapp-image-nullcontent-redacted-2025.json')
    expect(decodeRight(text).event).toBe('message_created')
    const e = decodeLeft(text, true)
    expect(e.code).toBe('invalid_payload')
    expect(e.issues.map((i) => i.path).sort()).toEqual(
      [
        '/action',
        '/active_buttons',
        '/botpress_bot_id',
        '/botpress_endpoint',
        '/chatwoot',
        '/chatwoot_admin_token',
        '/chatwoot_bot_token',
        '/chatwoot_endpoint',
        '/controller',
      ].sort(),
    )
    expect(e.issues.every((i) => i.expected === 'never')).toBe(true)
    expect(e.issues.find((i) => i.path === '/chatwoot')?.received).toBe('object')
  })

  it('reports a fork’s extra keys at their nested pointers, and a message with no content_type', () => {
    const e = decodeLeft(
      raw('chatwoot', 'captured/chatwoot.message_created.agentic-easy-contact-fork-LOSSY-2025.json'),
      true,
    )
    expect(e.issues.map((i) => [i.path, i.expected.slice(0, 6), i.received])).toEqual([
      ['/active_agent_bot', 'never', 'boolean'],
      ['/conversation/active_agent_bot', 'never', 'boolean'],
      ['/conversation/kanban_state', 'never', 'object'],
    ])
  })

  it('reports unknown enum values, content types, sender types and events at their fields in strict mode', () => {
    const body = messageBody()
    body.message_type = 'activity'
    body.conversation.status = 'archived'
    body.conversation.messages[0]!.message_type = 7
    const e = decodeLeft(body, true)
    expect(e.issues).toEqual([
      { path: '/conversation/messages/0/message_type', expected: '0 | 1 | 2 | 3', received: 'number' },
      { path: '/conversation/status', expected: '"open" | "resolved" | "pending" | "snoozed"', received: 'string' },
      { path: '/message_type', expected: '"incoming" | "outgoing" | "template"', received: 'string' },
    ])
    const lenient = decodeRight(body)
    expect(lenient.event === 'message_created' && lenient.message_type).toBe('activity')

    const poll = decodeLeft(raw('chatwoot', 'message_created.unknown_content_and_sender.json'), true)
    expect(poll.issues.map((i) => i.path)).toEqual(['/content_type', '/sender/type'])
    const event = decodeLeft(raw('chatwoot', 'unknown_event.campaign_sent.json'), true)
    expect(event.issues.map((i) => [i.path, i.received])).toEqual([['/event', 'string']])
    const automation = decodeLeft(
      { ...JSON.parse(raw('chatwoot', 'macro.executed.json')), event: 'automation_event.contact_created' },
      true,
    )
    expect(automation.issues.map((i) => i.path)).toEqual(['/event'])
  })

  it('decodes an unknown event to the unrecognized variant, keeping the name that was sent', () => {
    const w = decodeRight(raw('chatwoot', 'unknown_event.campaign_sent.json'))
    expect(w.event).toBe('unrecognized')
    if (w.event !== 'unrecognized') throw new Error('narrowing')
    expect(w.unrecognized).toBe('campaign_sent')
    expect((w as Record<string, unknown>)['campaign']).toEqual({ id: 5, title: 'June newsletter' })
  })

  it('gives unknown content types and sender types their own tag one level down', () => {
    const w = decodeRight(raw('chatwoot', 'message_created.unknown_content_and_sender.json'))
    if (w.event !== 'message_created') throw new Error('narrowing')
    expect(w.content_type).toBe('unrecognized')
    if (w.content_type !== 'unrecognized') throw new Error('narrowing')
    expect(w.unrecognized).toBe('poll')
    expect(w.sender).toMatchObject({ type: 'unrecognized', unrecognized: 'workflow', id: 9 })
  })

  it('accepts a message with no content_type (old payloads) without inventing one', () => {
    const body = JSON.parse(raw('chatwoot', 'message_created.incoming_text.web_widget.json')) as Record<string, unknown>
    delete body.content_type
    const w = decodeRight(body)
    expect(w.event === 'message_created' && w.content_type).toBe(undefined)
  })
})

describe('chatwoot.decode: errors', () => {
  it('names the pointer, the expected type and the received type — never the value', () => {
    const body = messageBody()
    body.id = '90211'
    body.conversation.meta.sender.email = 42
    body.conversation.messages[0]!.created_at = '2026-06-18T09:10:03.412Z'
    const e = decodeLeft(JSON.stringify(body))
    expect(e.code).toBe('invalid_payload')
    expect(e.provider).toBe('chatwoot')
    expect(e.issues).toEqual([
      { path: '/id', expected: 'integer', received: 'string' },
      { path: '/conversation/messages/0/created_at', expected: 'EpochSeconds', received: 'string' },
      { path: '/conversation/meta/sender/email', expected: 'string', received: 'number' },
    ])
    expect(e.message).toMatch(
      /^chat-webhooks: not a valid chatwoot "message_created" payload: \/id: expected integer, received string/,
    )
    expect(e.message).not.toContain('90211')
    expect(e.message).not.toContain('2026-06-18')
  })

  it('reports only the variant the event tag selected', () => {
    const e = decodeLeft({ event: 'contact_created', id: 'x' })
    expect(e.issues).toEqual([{ path: '/id', expected: 'integer', received: 'string' }])
  })

  it('requires the event tag and the ids the normalizer reads, nothing else', () => {
    expect(decodeLeft({ id: 1 }).issues).toEqual([{ path: '/event', expected: 'string', received: 'undefined' }])
    expect(decodeLeft({ event: 'message_created' }).issues).toEqual([
      { path: '/id', expected: 'integer', received: 'undefined' },
    ])
    expect(decodeLeft({ event: 'message_created', id: 1, conversation: {} }).issues).toEqual([
      { path: '/conversation/id', expected: 'integer', received: 'undefined' },
    ])
    expect(decodeRight({ event: 'message_created', id: 1 }).event).toBe('message_created')
    expect(
      decodeRight({ event: 'conversation_updated', id: 4, meta: null, messages: [{}], changed_attributes: null }).event,
    ).toBe('conversation_updated')
  })

  it('escapes JSON pointer segments', () => {
    const e = decodeLeft({
      event: 'contact_updated',
      id: 1,
      custom_attributes: {},
      changed_attributes: [{ 'a/b~c': 5 }],
    })
    expect(e.issues).toEqual([{ path: '/changed_attributes/0/a~1b~0c', expected: 'Change', received: 'number' }])
  })

  it.each([
    ['not JSON', '{"event":', 'invalid_json'],
    ['empty', '   ', 'invalid_json'],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), 'invalid_json'],
    ['undefined', undefined, 'invalid_body'],
    ['a Request', new Request('http://localhost/', { method: 'POST', body: '{}' }), 'invalid_body'],
    ['an array', [], 'invalid_payload'],
    ['a number', 42, 'invalid_payload'],
  ])('returns a Left for %s', (_name, input, code) => {
    expect(decodeLeft(input).code).toBe(code)
  })

  it('does not echo the body in JSON syntax errors', () => {
    const e = decodeLeft('{"name": "Priya Raman", oops}')
    expect(e.message).toBe('chat-webhooks: the body is not valid JSON')
  })

  it('hints at a body parsed with the wrong content type', () => {
    expect(decodeLeft({}).message).toContain('was the body parsed with the wrong content type?')
  })

  it('skips a UTF-8 byte order mark', () => {
    expect(decodeRight('\uFEFF' + raw('chatwoot', 'installation.account_created.json')).event).toBe('account_created')
  })
})

describe('chatwoot.decode never throws', () => {
  const bodies = all('chatwoot').map(([, text]) => JSON.parse(text) as unknown)

  const mutate = (value: unknown, path: number[], replacement: unknown): unknown => {
    if (path.length === 0 || value === null || typeof value !== 'object') return replacement
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value)
    if (entries.length === 0) return replacement
    const [head, ...rest] = path
    const idx = (head as number) % entries.length
    const out: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...value }
    const [key, child] = entries[idx] as readonly [string, unknown]
    ;(out as Record<string, unknown>)[key] = mutate(child, rest, replacement)
    return out
  }

  it('on mutated fixtures (wrong types, nulls, extra keys), returning a Left with a path inside the payload or a Right', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: bodies.length - 1 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.oneof(
          fc.constant(null),
          fc.constant(undefined),
          fc.string(),
          fc.integer(),
          fc.double(),
          fc.boolean(),
          fc.constant({}),
          fc.constant([]),
          fc.object(),
        ),
        (i, path, replacement) => {
          const body = mutate(bodies[i], path, replacement)
          const r = chatwoot.decode(body)
          if (r._tag === 'Left') {
            expect(r.left).toBeInstanceOf(WebhookError)
            for (const issue of r.left.issues) expect(issue.path === '' || issue.path.startsWith('/')).toBe(true)
          } else {
            expect(() => chatwoot.normalize(r.right)).not.toThrow()
          }
          expect(chatwoot.decode(body, { strict: true })._tag).toMatch(/Left|Right/)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('on truncated bodies', () => {
    const text = raw('chatwoot', 'message_created.cards.agent_bot.json')
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.trimEnd().length - 1 }), (n) => {
        expect(chatwoot.decode(text.slice(0, n))._tag).toBe('Left')
      }),
    )
  })
})
