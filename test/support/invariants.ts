/**
 * The shared model's invariants, for one normalized event: what every provider's events keep,
 * checked by the property suites (test/properties.test.ts, the OpenAPI-generated payloads).
 */
import { expect } from 'vitest'
import { redact, reviveEvent, type ChatEvent } from '../../src/index.js'

const KINDS = new Set([
  'message.created',
  'message.updated',
  'message.status',
  'conversation.created',
  'conversation.updated',
  'conversation.status_changed',
  'contact.created',
  'contact.updated',
  'contact.deleted',
  'typing.started',
  'typing.stopped',
  'widget.opened',
  'inbox.created',
  'inbox.updated',
  'account.created',
  'automation.triggered',
  'reaction.added',
  'reaction.removed',
  'template.status_changed',
  'account.notice',
  'conversation.handoff',
  'unrecognized',
])
const ROLES = new Set(['customer', 'agent', 'bot', 'system'])

const validDate = (d: unknown) => d === undefined || (d instanceof Date && !Number.isNaN(d.getTime()))
const optionalId = (id: unknown) => id === undefined || (typeof id === 'string' && id !== '')

/** The model's invariants, for one event. */
export const checkEvent = (provider: string, e: ChatEvent): void => {
  expect(e.provider).toBe(provider)
  expect(KINDS.has(e.kind)).toBe(true)
  expect(typeof e.dedupeKey === 'string' && e.dedupeKey.startsWith(`${provider}:`)).toBe(true)
  expect(validDate(e.occurredAt)).toBe(true)
  if (e.conversation) {
    expect(typeof e.conversation.id).toBe('string')
    expect([
      validDate(e.conversation.createdAt),
      validDate(e.conversation.updatedAt),
      optionalId(e.conversation.contact?.id),
    ]).toEqual([true, true, true])
  }
  if ('message' in e) {
    const m = e.message
    expect(typeof m.text).toBe('string')
    expect(ROLES.has(m.author.role)).toBe(true)
    expect(m.direction === 'inbound').toBe(m.author.role === 'customer')
    expect([optionalId(m.id), optionalId(m.author.id), validDate(m.createdAt), typeof m.private]).toEqual([
      true,
      true,
      true,
      'boolean',
    ])
    for (const p of m.parts) expect(typeof p.type).toBe('string')
  }
  expect(reviveEvent(JSON.parse(JSON.stringify(e)))).toEqual(e)
  expect(structuredClone(e)).toEqual(e)
  expect(() => JSON.stringify(redact(e))).not.toThrow()
}
