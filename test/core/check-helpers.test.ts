// The predicates the generated checks call (src/core/check.ts), each on what it must take and
// what it must refuse: the agreement tests run them only on the fields today's codecs have.
import { describe, expect, it } from 'vitest'
import { hasPrefix, isIso, isNumber, isSeconds, optPrefix, setOwn } from '../../src/core/check.js'

describe('the generated checks’ predicates', () => {
  it('take numbers, non-negative finite seconds and ISO times for what they are', () => {
    const values = [0, 1.5, -1, Number.POSITIVE_INFINITY, Number.NaN, '1', null]
    expect(values.filter(isNumber)).toEqual([0, 1.5, -1, Number.POSITIVE_INFINITY, Number.NaN])
    expect(values.filter(isSeconds)).toEqual([0, 1.5])
    // Only text: an array whose one item is an ISO time prints as one.
    expect(['2026-12-07T05:18:50Z', '2026-12-07', 'soon', 1, ['2026-12-07T05:18:50Z']].filter(isIso)).toEqual([
      '2026-12-07T05:18:50Z',
    ])
  })

  it('take a prefix only at the start of text; optionally, nothing at all', () => {
    const values = [undefined, null, 'auto.x', 'auto.', 'x.auto.', 'auto', 1]
    expect(values.filter((u) => hasPrefix(u, 'auto.'))).toEqual(['auto.x', 'auto.'])
    expect(values.filter((u) => optPrefix(u, 'auto.'))).toEqual([undefined, null, 'auto.x', 'auto.'])
  })

  it('set an own, enumerable, writable, configurable property, even one named __proto__', () => {
    const o: Record<string, unknown> = {}
    setOwn(o, '__proto__', { polluted: true })
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(o, '__proto__')).toEqual({
      value: { polluted: true },
      enumerable: true,
      writable: true,
      configurable: true,
    })
    expect(Object.keys(o)).toEqual(['__proto__'])
  })
})
