import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { REASONS } from '../src/core/reasons.js'
import { matchesAny, timingSafeEqual } from '../src/core/crypto.js'
import { raw } from './fixtures.js'
import { providers } from '../src/registry.js'

const SECRET = 'attack-secret-7f3a'
const NOW = 1781773549
const now = () => new Date(NOW * 1000)
const body = raw('chatwoot', 'message_created.incoming_text.web_widget.json')
const orBody = raw('oneroute', 'newMessage.text.json')

describe('forged requests', () => {
  it('a signature over another body, secret or timestamp never passes', async () => {
    const good = await providers.chatwoot.sign({ secret: SECRET, body, timestamp: NOW })
    const otherBody = await providers.chatwoot.sign({
      secret: SECRET,
      body: body.replace('Priya', 'Priyo'),
      timestamp: NOW,
    })
    const otherSecret = await providers.chatwoot.sign({ secret: 'guessed', body, timestamp: NOW })
    const otherTime = await providers.chatwoot.sign({ secret: SECRET, body, timestamp: NOW - 1 })
    for (const h of [
      otherBody,
      otherSecret,
      { ...good, 'x-chatwoot-signature': otherTime['x-chatwoot-signature'] as string },
    ]) {
      expect(await providers.chatwoot.verify({ secret: SECRET, body, headers: h, now })).toEqual({
        ok: false,
        reason: 'signature_mismatch',
        message: REASONS.signature_mismatch,
      })
    }
    const orOther = await providers.oneroute.sign({ secret: 'guessed', body: orBody })
    expect(await providers.oneroute.verify({ secret: SECRET, body: orBody, headers: orOther })).toEqual({
      ok: false,
      reason: 'signature_mismatch',
      message: REASONS.signature_mismatch,
    })
  })

  it('a correctly signed request from the far past or the far future is refused (replay window)', async () => {
    for (const ts of [0, 1, NOW - 301, NOW + 301, 9_999_999_999, 99_999_999_999]) {
      const h = await providers.chatwoot.sign({ secret: SECRET, body, timestamp: ts })
      expect([ts, await providers.chatwoot.verify({ secret: SECRET, body, headers: h, now })]).toEqual([
        ts,
        { ok: false, reason: 'timestamp_out_of_range', message: REASONS.timestamp_out_of_range },
      ])
    }
    for (const ts of ['-1', '1e9', ' ', '0x6a', '1781773549.0', '9'.repeat(40)]) {
      const h = {
        ...(await providers.chatwoot.sign({ secret: SECRET, body, timestamp: NOW })),
        'x-chatwoot-timestamp': ts,
      }
      expect((await providers.chatwoot.verify({ secret: SECRET, body, headers: h, now })).ok).toBe(false)
    }
  })

  it('truncated, extended, non-hex, duplicated and comma-joined signature headers are malformed', async () => {
    const { 'x-chatwoot-signature': sig } = (await providers.chatwoot.sign({
      secret: SECRET,
      body,
      timestamp: NOW,
    })) as Record<string, string>
    const ts = String(NOW)
    for (const value of [
      sig?.slice(0, -1),
      `${sig}0`,
      `${sig?.slice(0, -1)}G`,
      `${sig}, ${sig}`,
      `${sig},${sig}`,
      'sha256=',
      'sha1=' + 'a'.repeat(40),
      [sig, sig],
    ]) {
      const r = await providers.chatwoot.verify({
        secret: SECRET,
        body,
        headers: { 'x-chatwoot-timestamp': ts, 'x-chatwoot-signature': value as string },
        now,
      })
      expect([value, r]).toEqual([
        value,
        { ok: false, reason: 'malformed_signature', message: REASONS.malformed_signature },
      ])
    }
    const { 'x-oneroute-signature': orSig } = (await providers.oneroute.sign({
      secret: SECRET,
      body: orBody,
    })) as Record<string, string>
    for (const value of [orSig?.slice(0, 127), `${orSig}, ${orSig}`, `${orSig?.slice(0, -1)}-`]) {
      expect(
        await providers.oneroute.verify({
          secret: SECRET,
          body: orBody,
          headers: { 'x-oneroute-signature': value as string },
        }),
      ).toEqual({ ok: false, reason: 'malformed_signature', message: REASONS.malformed_signature })
    }
  })

  it('no random signature passes, and no one-character change of a valid one does', async () => {
    const { 'x-oneroute-signature': sig } = (await providers.oneroute.sign({ secret: SECRET, body: orBody })) as Record<
      string,
      string
    >
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[0-9a-f]{128}$/), fc.nat({ max: 127 }), async (random, i) => {
        expect(
          (
            await providers.oneroute.verify({
              secret: SECRET,
              body: orBody,
              headers: { 'x-oneroute-signature': random },
            })
          ).ok,
        ).toBe(random === sig)
        const flipped = sig!.slice(0, i) + (sig![i] === '0' ? '1' : '0') + sig!.slice(i + 1)
        expect(
          (
            await providers.oneroute.verify({
              secret: SECRET,
              body: orBody,
              headers: { 'x-oneroute-signature': flipped },
            })
          ).ok,
        ).toBe(false)
      }),
      { numRuns: 50 },
    )
  })

  it('a secret with surrounding whitespace is refused before anything is compared, on every provider', async () => {
    const h = await providers.chatwoot.sign({ secret: SECRET, body, timestamp: NOW })
    expect(await providers.chatwoot.verify({ secret: ` ${SECRET}`, body, headers: h, now })).toEqual({
      ok: false,
      reason: 'secret_has_whitespace',
      message: REASONS.secret_has_whitespace,
    })
    expect(
      await providers.oneroute.verify({
        secret: `${SECRET}\t`,
        body: orBody,
        headers: await providers.oneroute.sign({ secret: SECRET, body: orBody }),
      }),
    ).toEqual({
      ok: false,
      reason: 'secret_has_whitespace',
      message: REASONS.secret_has_whitespace,
    })
    expect(await providers.channeltalk.verify({ secret: ' tk', url: '/h?token=tk' })).toEqual({
      ok: false,
      reason: 'secret_has_whitespace',
      message: REASONS.secret_has_whitespace,
    })
  })

  it('rotation: any listed secret passes, a removed one no longer does', async () => {
    const old = await providers.oneroute.sign({ secret: 'old-secret', body: orBody })
    expect((await providers.oneroute.verify({ secret: [SECRET, 'old-secret'], body: orBody, headers: old })).ok).toBe(
      true,
    )
    expect((await providers.oneroute.verify({ secret: [SECRET], body: orBody, headers: old })).ok).toBe(false)
  })
})

describe('constant time', () => {
  /** A byte array that counts how many of its elements are read. */
  const counting = (bytes: number[]) => {
    let reads = 0
    const target = new Uint8Array(bytes)
    const proxy = new Proxy(target, {
      get(t, k, r) {
        if (typeof k === 'string' && /^\d+$/.test(k)) reads++
        return k === 'length' ? t.length : Reflect.get(t, k, r)
      },
    })
    return { bytes: proxy as unknown as Uint8Array, reads: () => reads }
  }

  it('timingSafeEqual reads every byte even when the first one differs (no early exit)', () => {
    const a = counting(Array.from({ length: 32 }, (_, i) => i))
    const b = counting([255, ...Array.from({ length: 31 }, (_, i) => i + 1)])
    expect(timingSafeEqual(a.bytes, b.bytes)).toBe(false)
    expect([a.reads(), b.reads()]).toEqual([32, 32])
  })

  it('every secret of a rotation is tried, whichever matches', async () => {
    const sign = vi.spyOn(crypto.subtle, 'sign')
    try {
      const message = new TextEncoder().encode('m')
      const { 'x-oneroute-signature': hex } = (await providers.oneroute.sign({ secret: 'b', body: 'm' })) as Record<
        string,
        string
      >
      const signature = new Uint8Array(hex!.match(/../g)!.map((h) => parseInt(h, 16)))
      for (const secrets of [
        ['b', 'c', 'd'],
        ['a', 'b', 'd'],
        ['a', 'c', 'b'],
        ['x', 'y', 'z'],
      ]) {
        sign.mockClear()
        expect(await matchesAny('SHA-512', secrets, message, signature)).toBe(secrets.includes('b'))
        expect(sign).toHaveBeenCalledTimes(3)
      }
    } finally {
      sign.mockRestore()
    }
  })
})

describe('timingSafeEqual', () => {
  it('is false for different lengths, even when one is the other with zero bytes added', () => {
    expect(timingSafeEqual(new Uint8Array([1, 0]), new Uint8Array([1]))).toBe(false)
    expect(timingSafeEqual(new Uint8Array([1]), new Uint8Array([1, 0]))).toBe(false)
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true)
  })
})

describe('configured secrets', () => {
  it('refuses a secret of the wrong type, an empty list and any empty or padded secret among several', async () => {
    const h = await providers.chatwoot.sign({ secret: SECRET, body, timestamp: NOW })
    const verify = (secret: unknown) => providers.chatwoot.verify({ secret: secret as string, body, headers: h, now })
    expect(await verify(42)).toEqual({ ok: false, reason: 'missing_secret', message: REASONS.missing_secret })
    expect(await verify([])).toEqual({ ok: false, reason: 'missing_secret', message: REASONS.missing_secret })
    expect(await verify([SECRET, ''])).toEqual({ ok: false, reason: 'missing_secret', message: REASONS.missing_secret })
    expect(await verify([SECRET, 7])).toEqual({ ok: false, reason: 'missing_secret', message: REASONS.missing_secret })
    expect(await verify([SECRET, 'other '])).toEqual({
      ok: false,
      reason: 'secret_has_whitespace',
      message: REASONS.secret_has_whitespace,
    })
    expect(await verify(['other', SECRET])).toEqual({ ok: true })
    expect(
      await providers.channeltalk.verify({ secret: ['tok', ''], url: 'https://hooks.example/ch?token=tok' }),
    ).toEqual({ ok: false, reason: 'missing_secret', message: REASONS.missing_secret })
  })

  it('accepts a signature header with whitespace around it', async () => {
    const h = await providers.chatwoot.sign({ secret: SECRET, body, timestamp: NOW })
    const padded = { ...h, 'x-chatwoot-signature': ` ${h['x-chatwoot-signature'] as string} ` }
    expect(await providers.chatwoot.verify({ secret: SECRET, body, headers: padded, now })).toEqual({ ok: true })
    const or = await providers.oneroute.sign({ secret: SECRET, body: orBody })
    const orPadded = Object.fromEntries(
      Object.entries(or).map(([k, v]) => [k, k === 'x-oneroute-signature' ? `${v}\t` : v]),
    )
    expect(await providers.oneroute.verify({ secret: SECRET, body: orBody, headers: orPadded })).toEqual({ ok: true })
  })
})
