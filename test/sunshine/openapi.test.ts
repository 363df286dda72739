import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TaggedUnionType } from '../../src/core/codecs.js'
import * as sunshine from '../../src/providers/sunshine/index.js'
import { checkEvent } from '../support/invariants.js'
import { body, event, eventTypes, source } from './openapi-arbitrary.js'

/**
 * "A body Zendesk's schemas allow must decode": bodies generated from the structure of the webhook
 * schemas (every event type, content, action and object they define) decode leniently, use no key
 * the codecs do not know, and normalize to one event per event within the model's invariants.
 */
const unknownKeys = (text: string): string[] => {
  const r = sunshine.decode(text, { strict: true })
  return r._tag === 'Left' ? r.left.issues.filter((i) => i.expected === 'never').map((i) => i.path) : []
}

const check = (value: unknown) => {
  const text = JSON.stringify(value)
  const r = sunshine.decode(text)
  if (r._tag === 'Left') throw new Error(`${r.left.message}: ${JSON.stringify(r.left.issues)}`)
  expect(sunshine.Webhook.is(r.right)).toBe(true)
  const events = sunshine.normalize(r.right)
  expect(events).toHaveLength(r.right.events.length)
  events.forEach((e, i) => {
    checkEvent('sunshine', e)
    const type = r.right.events[i]?.type
    // Only a typing event whose activity is no typing (the schemas share one activity enum) is unrecognized.
    if (e.kind === 'unrecognized')
      expect([type, e.eventType.startsWith('conversation:typing/')]).toEqual(['conversation:typing', true])
  })
  expect(unknownKeys(text)).toEqual([])
}

describe(`sunshine codecs against ${source}`, () => {
  it('knows every event type of the schemas', () => {
    expect(eventTypes).toHaveLength(25)
    const known = sunshine.Event instanceof TaggedUnionType ? Object.keys(sunshine.Event.variants) : []
    expect(eventTypes.filter((type) => !known.includes(type))).toEqual([])
  })

  it.each(eventTypes.map((type) => [type]))('decodes every %s the schemas allow', (type) => {
    fc.assert(
      fc.property(event(type), (e) => check({ app: { id: 'a' }, webhook: { id: 'w', version: 'v2' }, events: [e] })),
      { numRuns: 120 },
    )
  })

  it('decodes batches of every type the schemas allow', () => {
    fc.assert(fc.property(body(6), check), { numRuns: 300 })
  })
})
