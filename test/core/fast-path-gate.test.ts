// decode's fast path (src/core/provider.ts makeDecode): which inputs the generated check sees, and
// what each of its verdicts returns. The law tests show that both paths give the same webhooks;
// these show that the fast one is taken where it is safe, and only there.
import { describe, expect, it, vi } from 'vitest'
import { CONVERTS, INVALID, SAME } from '../../src/core/check.js'
import { literal, struct } from '../../src/core/codecs.js'
import * as t from '../../src/core/io.js'
import { makeDecode, makeDecodeWithDrift } from '../../src/core/provider.js'

const Codec = struct('Ping', { event: literal('ping') }, { note: t.string })
const text = '{"event":"ping","note":"hi"}'

const decoder = (verdict: number) => {
  const check = vi.fn(() => verdict)
  const convert = vi.fn((u: unknown) => ({ ...(u as object), converted: true }))
  const validate = vi.spyOn(Codec, 'validate')
  validate.mockClear()
  return { decode: makeDecode({ id: 'proto', codec: Codec, check, convert }), check, convert, validate }
}

describe('the fast path of decode', () => {
  it.each([
    ['text', text],
    ['bytes', new TextEncoder().encode(text)],
    ['an ArrayBuffer', new TextEncoder().encode(text).buffer],
  ])('checks %s it parsed itself, and returns it unchanged without the codec on SAME', (_, input) => {
    const d = decoder(SAME)
    expect(d.decode(input)).toEqual({ _tag: 'Right', right: { event: 'ping', note: 'hi' } })
    expect(d.check).toHaveBeenCalledTimes(1)
    expect(d.validate).not.toHaveBeenCalled()
  })

  it('converts on CONVERTS, without the codec', () => {
    const d = decoder(CONVERTS)
    expect(d.decode(text)).toEqual({ _tag: 'Right', right: { event: 'ping', note: 'hi', converted: true } })
    expect(d.convert).toHaveBeenCalledTimes(1)
    expect(d.validate).not.toHaveBeenCalled()
  })

  it('leaves an INVALID payload to the codec, for its exact issues', () => {
    const d = decoder(INVALID)
    expect(d.decode('{"event":"pong"}')._tag).toBe('Left')
    expect(d.validate).toHaveBeenCalledTimes(1)
  })

  it('does not check a value the caller parsed (its keys may be inherited or getters): the codec decides', () => {
    const d = decoder(SAME)
    expect(d.decode({ event: 'ping', note: 'hi' })).toEqual({ _tag: 'Right', right: { event: 'ping', note: 'hi' } })
    expect(d.check).not.toHaveBeenCalled()
    expect(d.validate).toHaveBeenCalledTimes(1)
  })

  it('does not check under strict decoding, which the codec and the closed-world walk judge', () => {
    const d = decoder(SAME)
    expect(d.decode('{"event":"ping","extra":1}', { strict: true })._tag).toBe('Left')
    expect(d.check).not.toHaveBeenCalled()
  })

  it('reports a check or codec that runs out of stack as nesting, and any other failure as internal, without its message', () => {
    const failing = (error: Error) => () => {
      throw error
    }
    const fromCheck = (error: Error) => makeDecode({ id: 'proto', codec: Codec, check: failing(error) })(text)
    expect(fromCheck(new RangeError('Maximum call stack size exceeded'))).toEqual({
      _tag: 'Left',
      left: expect.objectContaining({
        code: 'invalid_payload',
        provider: 'proto',
        issues: [],
        message: 'chat-webhooks: the payload is nested too deeply',
      }),
    })
    expect(fromCheck(new Error('secret'))).toEqual({
      _tag: 'Left',
      left: expect.objectContaining({
        code: 'internal_error',
        provider: 'proto',
        issues: [],
        message: 'chat-webhooks: decoding failed unexpectedly',
      }),
    })
    const validate = vi.spyOn(Codec, 'validate').mockImplementation(failing(new RangeError('deep')))
    try {
      const drift = makeDecodeWithDrift({ id: 'proto', codec: Codec })(text)
      expect(drift._tag === 'Left' && [drift.left.code, drift.left.message]).toEqual([
        'invalid_payload',
        'chat-webhooks: the payload is nested too deeply',
      ])
    } finally {
      validate.mockRestore()
    }
  })
})
