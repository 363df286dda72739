// The root front door with providers whose `handle` it cannot see into — one not made from parts by
// makeHandle, which the Provider contract allows: it hands the request, read once, to that provider's
// own front door, which verifies it. Every registered provider's front door is made from parts; the
// mock below hides that, so this fallback is pinned too.
import { describe, expect, it, vi } from 'vitest'
import { handle } from '../src/index.js'
import { signedParts } from '../src/testing/index.js'
import { raw } from './fixtures.js'

vi.mock('../src/core/request.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../src/core/request.js')>()),
  handlingOf: () => undefined,
}))

const SECRET = 'own-handle-secret'
const post = (body: string) => ({ body, headers: { 'content-type': 'application/json' } })

describe('the root front door over providers’ own front doors', () => {
  it('hands a request its headers name to that provider’s front door, which verifies it', async () => {
    const parts = await signedParts('chatwoot', 'message_created.incoming_text.web_widget', { secret: SECRET })
    const ok = await handle(parts, { chatwoot: { secret: SECRET } })
    expect(ok.ok && [ok.provider, ok.verified, ok.events.map((e) => e.kind)]).toEqual([
      'chatwoot',
      true,
      ['message.created'],
    ])
    const forged = await handle(parts, { chatwoot: { secret: 'another secret' } })
    expect(!forged.ok && [forged.status, forged.reason]).toEqual([401, 'signature_mismatch'])
    const unlisted = await handle(parts, { proto: {} })
    expect(!unlisted.ok && unlisted.reason).toBe('provider_not_configured')
  })

  it('hands an unnamed body to the one provider it looks like, signed or not', async () => {
    const proto = await handle(post(raw('proto', 'new_messages.text.json')), { proto: {} })
    expect(proto.ok && [proto.provider, proto.verified]).toEqual(['proto', false])
    const unsigned = raw('chatwoot', 'message_created.incoming_text.web_widget.json')
    const chatwoot = await handle(post(unsigned), { chatwoot: { secret: SECRET }, proto: {} })
    expect(!chatwoot.ok && [chatwoot.status, chatwoot.reason, chatwoot.provider]).toEqual([
      401,
      'missing_signature',
      'chatwoot',
    ])
  })

  it('answers no GET handshake through front doors it cannot see into: the GET is a request without a body', async () => {
    const get = new Request('https://h.example/hooks?hub.mode=subscribe&hub.challenge=1&hub.verify_token=t')
    const r = await handle(get, { whatsapp: { secret: SECRET, verifyToken: 't' } })
    expect(!r.ok && [r.status, r.reason]).toEqual([400, 'invalid_json'])
  })

  it('asks no front door it cannot see into whether it answers a HEAD URL check', async () => {
    const head = new Request('https://h.example/hooks', { method: 'HEAD' })
    const r = await handle(head, { intercom: { secret: SECRET } })
    expect(!r.ok && [r.status, r.reason]).toEqual([400, 'invalid_json'])
  })
})
