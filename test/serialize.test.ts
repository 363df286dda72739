import { describe, expect, it } from 'vitest'
import { reviveEvent } from '../src/index.js'
import { all } from './fixtures.js'
import { parseAny } from './support/parse.js'
import { everyProvider } from './support/registry.js'

const everyFixture = everyProvider().flatMap(([p]) => all(p).map(([n, text]) => [`${p}/${n}`, text] as const))

describe('events through JSON', () => {
  it.each(everyFixture)('%s: JSON.stringify works, and reviveEvent gives the same events back', (_name, text) => {
    const events = parseAny(text)
    const json = JSON.parse(JSON.stringify(events)) as unknown[]
    expect(json.map(reviveEvent)).toEqual(events)
  })

  it('writes dates as ISO text in the JSON form', () => {
    const [event] = parseAny(everyFixture.find(([n]) => n === 'oneroute/smsDeliveryReport.delivered.json')![1])
    expect(JSON.parse(JSON.stringify(event))).toMatchObject({
      occurredAt: '2024-03-14T09:18:31.732Z',
      deliveredAt: '2024-03-14T09:18:31.732Z',
    })
  })

  it('revives whole ISO dates in UTC only, with or without milliseconds', () => {
    const revived = reviveEvent({
      kind: 'message.status',
      occurredAt: '2024-03-14T09:18:31Z',
      deliveredAt: 'at 2024-03-14T09:18:31.732Z',
      message: { createdAt: '2024-03-14T09:18:31.732Z or later' },
    })
    expect(revived).toEqual({
      kind: 'message.status',
      occurredAt: new Date('2024-03-14T09:18:31.000Z'),
      deliveredAt: 'at 2024-03-14T09:18:31.732Z',
      message: { createdAt: '2024-03-14T09:18:31.732Z or later' },
    })
  })

  it('does not change its input', () => {
    const json = {
      kind: 'message.created',
      occurredAt: '2024-03-14T09:18:31.732Z',
      message: { createdAt: '2024-03-14T09:18:31.732Z' },
    }
    const copy = structuredClone(json)
    reviveEvent(json)
    expect(json).toEqual(copy)
  })
})
