// The two HMAC modules — WebCrypto (the default build) and node:crypto (the `node` build, which
// Node, Bun and Deno resolve) — give the same bytes for every hash, secret and message, fed whole
// or in parts, text or bytes; and the WebCrypto one imports each key once.
import { createHmac } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { hmacBytes as web } from '../../src/core/hmac.js'
import { hmacBytes as node } from '../../src/core/hmac.node.js'

describe('HMAC, both builds', () => {
  it('agree with each other and with node:crypto on any secret and message, whole or in parts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('SHA-256' as const, 'SHA-512' as const),
        fc.string({ minLength: 1 }),
        fc.array(fc.oneof(fc.string(), fc.uint8Array())),
        async (hash, secret, parts) => {
          const whole = createHmac(hash === 'SHA-256' ? 'sha256' : 'sha512', secret)
          for (const p of parts) whole.update(p)
          const expected = new Uint8Array(whole.digest())
          expect(await web(hash, secret, parts)).toEqual(expected)
          expect(await node(hash, secret, parts)).toEqual(expected)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('import each secret’s key once on the WebCrypto path', async () => {
    const importKey = vi.spyOn(crypto.subtle, 'importKey')
    try {
      const secret = `cache-${Math.random()}`
      for (let i = 0; i < 5; i++) await web('SHA-256', secret, ['m', new Uint8Array([i])])
      await web('SHA-512', secret, ['m'])
      expect(importKey).toHaveBeenCalledTimes(2)
    } finally {
      importKey.mockRestore()
    }
  })

  it('keeps the 64 newest keys: the oldest is imported again after 64 others, a newer one is not', async () => {
    const importKey = vi.spyOn(crypto.subtle, 'importKey')
    try {
      const run = `evict-${Math.random()}-`
      for (let i = 0; i <= 64; i++) await web('SHA-256', `${run}${i}`, ['m'])
      expect(importKey).toHaveBeenCalledTimes(65)
      await web('SHA-256', `${run}1`, ['m'])
      expect(importKey).toHaveBeenCalledTimes(65)
      await web('SHA-256', `${run}0`, ['m'])
      expect(importKey).toHaveBeenCalledTimes(66)
    } finally {
      importKey.mockRestore()
    }
  })

  it('does not keep a key whose import failed: the next call imports it again', async () => {
    const importKey = vi.spyOn(crypto.subtle, 'importKey').mockRejectedValueOnce(new Error('unavailable'))
    try {
      const secret = `retry-${Math.random()}`
      await expect(web('SHA-256', secret, ['m'])).rejects.toThrow('unavailable')
      const expected = new Uint8Array(createHmac('sha256', secret).update('m').digest())
      expect(await web('SHA-256', secret, ['m'])).toEqual(expected)
      expect(importKey).toHaveBeenCalledTimes(2)
    } finally {
      importKey.mockRestore()
    }
  })
})
