// The whole normalized output of every fixture, pinned in test/normalized/<provider>/<fixture>.json.
//
// The per-provider tests assert the fields that matter most, fixture by fixture; these files pin
// everything else (contacts, labels, parts, dates) so that any change to what a fixture normalizes
// to shows up as a diff to review. `raw` is left out: it is the decoded webhook itself.
// After an intended change: `npx vitest run test/normalized.test.ts -u`, then read the diff.
import { describe, expect, it } from 'vitest'
import * as channeltalk from '../src/providers/channeltalk/index.js'
import * as chatwoot from '../src/providers/chatwoot/index.js'
import * as oneroute from '../src/providers/oneroute/index.js'
import * as proto from '../src/providers/proto/index.js'
import type { ChatEvent } from '../src/model/index.js'
import { all } from './fixtures.js'

const providers = { chatwoot, channeltalk, proto, oneroute }

/** Dates as ISO text, `raw` dropped, keys in the order the normalizer wrote them. */
const printed = (events: ChatEvent[]): string =>
  JSON.stringify(
    events.map(({ raw: _raw, ...rest }) => rest),
    null,
    2,
  ) + '\n'

describe.each(Object.entries(providers))('%s: the whole normalized output of every fixture', (name, provider) => {
  it.each(all(name))('%s', async (file, body) => {
    const decoded = provider.decode(body)
    expect(decoded._tag).toBe('Right')
    if (decoded._tag === 'Left') return
    // Normalizers' inputs are typed per provider; each gets its own decoded value.
    const events = (provider.normalize as (w: typeof decoded.right) => ChatEvent[])(decoded.right)
    await expect(printed(events)).toMatchFileSnapshot(`normalized/${name}/${file}`)
  })
})
