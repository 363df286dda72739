// The whole normalized output of every fixture, pinned in test/normalized/<provider>/<fixture>.json.
//
// The per-provider tests assert the fields that matter most, fixture by fixture; these files pin
// everything else (contacts, labels, parts, dates) so that any change to what a fixture normalizes
// to shows up as a diff to review. `raw` is left out: it is the decoded webhook itself.
// After an intended change: `npx vitest run test/normalized.test.ts -u`, then read the diff.
import { describe, expect, it } from 'vitest'
import type { Either } from '../src/core/either.js'
import type { WebhookError } from '../src/core/errors.js'
import type { ChatEvent } from '../src/model/index.js'
import { all } from './fixtures.js'
import { everyProvider } from './support/registry.js'

/** decode, then normalize what decoded; `undefined` when decoding failed. */
const pipeline =
  <W>(p: { decode: (input: unknown) => Either<WebhookError, W>; normalize: (w: W) => ChatEvent[] }) =>
  (body: string): ChatEvent[] | undefined => {
    const r = p.decode(body)
    return r._tag === 'Right' ? p.normalize(r.right) : undefined
  }
const pipelines = Object.fromEntries(everyProvider().map(([id, p]) => [id, pipeline(p)]))

/**
 * Dates as ISO text, `raw` dropped, keys in the order the normalizer wrote them. A key holding
 * `undefined` is printed too (JSON would drop it): events have only the keys they fill.
 */
const printed = (events: ChatEvent[]): string =>
  JSON.stringify(
    events.map(({ raw: _raw, ...rest }) => rest),
    (_key, value: unknown) => (value === undefined ? '<undefined>' : value),
    2,
  ) + '\n'

describe.each(Object.entries(pipelines))('%s: the whole normalized output of every fixture', (name, normalized) => {
  it.each(all(name))('%s', async (file, body) => {
    const events = normalized(body)
    expect(events).toBeDefined()
    await expect(printed(events ?? [])).toMatchFileSnapshot(`normalized/${name}/${file}`)
  })
})
