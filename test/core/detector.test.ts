// The detector providers build their `detect` from: headers first, then the body, never a throw.
import { describe, expect, it } from 'vitest'
import { detector } from '../../src/core/detect.js'

describe('detector', () => {
  const byBody = detector((b) => b.kind === 'x')
  const byBoth = detector(
    (b) => b.kind === 'x',
    (name) => name === 'x-sig',
  )

  it('asks the body when it has no header test, even when headers are given', () => {
    expect([byBody('{"kind":"x"}', { 'x-sig': '1' }), byBody('{"kind":"y"}', { 'x-sig': '1' })]).toEqual([true, false])
  })

  it('takes a matching header without a body, and refuses no body otherwise', () => {
    expect([byBoth(undefined, { 'X-Sig': '1' }), byBoth(undefined, { other: '1' }), byBody(undefined)]).toEqual([
      true,
      false,
      false,
    ])
  })

  it('answers false, never throws, when reading the headers or the body throws', () => {
    const hostileHeaders = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('unreadable')
        },
      },
    )
    const hostileBody = {
      get kind(): string {
        throw new Error('unreadable')
      },
    }
    expect([byBoth('{"kind":"x"}', hostileHeaders), byBody(hostileBody)]).toEqual([false, false])
  })
})
