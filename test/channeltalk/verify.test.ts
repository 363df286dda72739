import { describe, expect, it, vi } from 'vitest'
import { REASONS } from '../../src/core/reasons.js'
import * as channeltalk from '../../src/providers/channeltalk/index.js'
import { tokenMatchesAny } from '../../src/core/crypto.js'

const TOKEN = 'c1f0e8a4b7d24e6f9a3b5c7d'
const verify = channeltalk.verify

describe('channeltalk.verify', () => {
  it('accepts the token in an absolute URL, a path with query (Express, Hono), and a URL object', async () => {
    expect(await verify({ secret: TOKEN, url: `https://bot.acme.example/hooks/channel?token=${TOKEN}` })).toEqual({
      ok: true,
    })
    expect(await verify({ secret: TOKEN, url: `/hooks/channel?lang=ko&token=${TOKEN}` })).toEqual({ ok: true })
    expect(
      await verify({ secret: TOKEN, url: new URL(`https://bot.acme.example/hooks/channel?token=${TOKEN}`) }),
    ).toEqual({ ok: true })
  })

  it('rejects a wrong, truncated or extended token', async () => {
    for (const presented of ['0'.repeat(TOKEN.length), TOKEN.slice(0, -1), `${TOKEN}0`, TOKEN.toUpperCase()]) {
      expect(await verify({ secret: TOKEN, url: `/hooks/channel?token=${presented}` })).toEqual({
        ok: false,
        reason: 'token_mismatch',
        message: REASONS.token_mismatch,
      })
    }
  })

  it('fails with missing_token when the URL has no token, or an empty one', async () => {
    expect(await verify({ secret: TOKEN, url: '/hooks/channel' })).toEqual({
      ok: false,
      reason: 'missing_token',
      message: REASONS.missing_token,
    })
    expect(await verify({ secret: TOKEN, url: '/hooks/channel?token=' })).toEqual({
      ok: false,
      reason: 'missing_token',
      message: REASONS.missing_token,
    })
    expect(await verify({ secret: TOKEN, url: 'http://[' })).toEqual({
      ok: false,
      reason: 'missing_token',
      message: REASONS.missing_token,
    })
  })

  it('rejects a URL with the token parameter twice, even when one of them is right', async () => {
    expect(await verify({ secret: TOKEN, url: `/hooks/channel?token=${TOKEN}&token=x` })).toEqual({
      ok: false,
      reason: 'malformed_signature',
      message: REASONS.malformed_signature,
    })
    expect(await verify({ secret: TOKEN, url: `/hooks/channel?token=x&token=${TOKEN}` })).toEqual({
      ok: false,
      reason: 'malformed_signature',
      message: REASONS.malformed_signature,
    })
  })

  it('accepts any of several tokens during a rotation', async () => {
    const tokens = ['old-token-1', TOKEN]
    expect(await verify({ secret: tokens, url: `/h?token=${TOKEN}` })).toEqual({ ok: true })
    expect(await verify({ secret: tokens, url: '/h?token=old-token-1' })).toEqual({ ok: true })
    expect(await verify({ secret: tokens, url: '/h?token=other' })).toEqual({
      ok: false,
      reason: 'token_mismatch',
      message: REASONS.token_mismatch,
    })
  })

  it('refuses a configured token that is empty or has surrounding whitespace', async () => {
    expect(await verify({ secret: '', url: '/h?token=' })).toEqual({
      ok: false,
      reason: 'missing_secret',
      message: REASONS.missing_secret,
    })
    expect(await verify({ secret: [], url: '/h?token=x' })).toEqual({
      ok: false,
      reason: 'missing_secret',
      message: REASONS.missing_secret,
    })
    expect(await verify({ secret: `${TOKEN}\n`, url: `/h?token=${TOKEN}` })).toEqual({
      ok: false,
      reason: 'secret_has_whitespace',
      message: REASONS.secret_has_whitespace,
    })
  })

  it('never throws, whatever it is given', async () => {
    const bad = {
      token: 42,
      url: {
        toString: () => {
          throw new Error('boom')
        },
      },
    } as unknown as channeltalk.VerifyOptions
    expect((await verify(bad)).ok).toBe(false)
    expect(
      (
        await verify({
          secret: TOKEN,
          url: {
            toString: () => {
              throw new Error('boom')
            },
          } as unknown as string,
        })
      ).ok,
    ).toBe(false)
  })

  it('describes itself: a URL token, no body signature', () => {
    expect(channeltalk.verification).toEqual({ kind: 'url-token', queryParameter: 'token' })
  })

  it('compares every configured token over its whole length whichever matches, so timing does not tell which (or whether) one did', async () => {
    const reads = vi.spyOn(String.prototype, 'charCodeAt')
    try {
      const counts: number[] = []
      for (const presented of ['a-token', 'b-token', 'c-token', 'x-token', 'a-tokex']) {
        reads.mockClear()
        expect(await tokenMatchesAny(['a-token', 'b-token', 'c-token'], presented)).toBe(
          ['a-token', 'b-token', 'c-token'].includes(presented),
        )
        counts.push(reads.mock.calls.length)
      }
      // The same number of reads for a token that matches the first, the last, or none, or differs only at its end.
      expect(new Set(counts).size).toBe(1)
      expect(counts[0]).toBe(3 * 7 * 2)
    } finally {
      reads.mockRestore()
    }
  })
})
