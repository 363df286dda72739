// Under the `node` condition the package verifies with node:crypto, which answers at once: `#hmac`
// resolves to src/core/hmac.node.ts (package.json `imports`, tsup.config.ts). The verification and
// request suites run again here on that HMAC, so both pass the same tests; the rest of the suite runs
// on WebCrypto's.
import { existsSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import type { DecodeOptions } from '../src/core/provider.js'
import { handlingOf } from '../src/core/request.js'
import { providers } from '../src/registry.js'
import { fixtureNames, signedParts } from '../src/testing/index.js'
import { everyProvider } from './support/registry.js'
import './front-door.test.js'
import './request.test.js'

vi.mock('../src/core/hmac.js', () => import('../src/core/hmac.node.js'))

// Every provider's own verify suite, from the registry.
for (const [id] of everyProvider()) {
  const suite = new URL(`./${id}/verify.test.ts`, import.meta.url)
  if (existsSync(suite)) await import(/* @vite-ignore */ suite.href)
}

describe('node:crypto HMAC (the `node` condition)', () => {
  it('answers verification at once, without a promise, for every signed provider', async () => {
    for (const [id, p] of everyProvider()) {
      const handling = handlingOf(p.handle)
      if (!handling?.verify) continue
      const name = fixtureNames(id as never)[0] as string
      const parts = await signedParts(id as never, name as never, { secret: 'node-build' })
      // The handling is typed for any provider's options; each takes its secret.
      const good = handling.verify(parts, { secret: 'node-build' } as DecodeOptions)
      const bad = handling.verify(parts, { secret: 'another-secret' } as DecodeOptions)
      expect([id, good instanceof Promise, good, bad instanceof Promise, !(bad instanceof Promise) && bad.ok]).toEqual([
        id,
        false,
        { ok: true },
        false,
        false,
      ])
    }
  })

  it('still answers verify with a promise, and the front door too', async () => {
    const parts = await signedParts('chatwoot', 'message_created.incoming_text.web_widget', { secret: 's' })
    const verified = providers.chatwoot.verify({ secret: 's', body: parts.body, headers: parts.headers })
    const handled = providers.chatwoot.handle(parts, { secret: 's' })
    expect([verified instanceof Promise, handled instanceof Promise, await verified, (await handled).ok]).toEqual([
      true,
      true,
      { ok: true },
      true,
    ])
  })
})
