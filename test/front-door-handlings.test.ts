// The root front door over handlings the registry does not have today: Chatwoot is given a GET
// handshake that always answers and no verification, so that two providers answer a GET and two
// unsigned providers can claim one body. These branches wait for such providers (a second handshake,
// a second unsigned platform); the mock pins them now.
import { describe, expect, it, vi } from 'vitest'
import { handle } from '../src/index.js'
import { REASONS } from '../src/core/reasons.js'
import type { RequestHandling } from '../src/core/request.js'
import { raw } from './fixtures.js'

vi.mock('../src/core/request.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/core/request.js')>()
  return {
    ...original,
    handlingOf: (h: object) => {
      const real = original.handlingOf(h)
      if (real?.id !== 'chatwoot') return real
      const refusing: RequestHandling<unknown, object> = {
        ...real,
        verify: undefined,
        challenge: () => ({ ok: true, challenge: 'from chatwoot' }),
      }
      return refusing
    },
  }
})

describe('the root front door, with a second handshake and a second unsigned provider', () => {
  it('refuses a body only an unconfigured unsigned provider could take as not configured', async () => {
    const r = await handle({ body: raw('proto', 'new_messages.text.json'), headers: {} }, { chatwoot: {} })
    expect(!r.ok && [r.status, r.reason, r.provider]).toEqual([401, 'provider_not_configured', 'proto'])
  })

  it('refuses a body two unsigned providers could take, naming both', async () => {
    const chatwoot = JSON.parse(raw('chatwoot', 'message_created.incoming_text.web_widget.json')) as object
    const proto = JSON.parse(raw('proto', 'new_messages.text.json')) as object
    const both = JSON.stringify({ ...chatwoot, ...proto })
    const r = await handle({ body: both, headers: {} }, { chatwoot: {}, proto: {} })
    expect(!r.ok && [r.status, r.reason, r.provider]).toEqual([401, 'ambiguous_provider', undefined])
    expect(!r.ok && r.message).toBe(`the body could be proto or chatwoot: ${REASONS.ambiguous_provider}`)
  })

  it('answers a GET with the first provider that knows the token, else with the first refusal', async () => {
    const query = 'hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=meatyhamhock'
    const get = () => new Request(`https://hooks.example/hooks?${query}`, { method: 'GET' })
    const whatsapp = { secret: 'whatsapp-secret', verifyToken: 'meatyhamhock' }
    const answer = (provider: string, challenge: string) => ({
      ok: true,
      provider,
      events: [],
      verified: true,
      challenge,
    })
    expect(await handle(get(), { whatsapp, chatwoot: {} })).toEqual(answer('whatsapp', '1158201444'))
    const wrong = { ...whatsapp, verifyToken: 'other' }
    expect(await handle(get(), { whatsapp: wrong, chatwoot: {} })).toEqual(answer('chatwoot', 'from chatwoot'))
    const refused = await handle(get(), { whatsapp: wrong })
    expect(!refused.ok && [refused.provider, refused.reason]).toEqual(['whatsapp', 'token_mismatch'])
  })
})
