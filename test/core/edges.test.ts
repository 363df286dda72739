// Edges of the small helpers users call directly: redact, getHeader/headerNames and reviveEvent.
import { describe, expect, it } from 'vitest'
import { getHeader, headerNames } from '../../src/core/headers.js'
import { redact } from '../../src/redact.js'
import { reviveEvent } from '../../src/serialize.js'

describe('redact', () => {
  it('leaves an absent secret object absent', () => {
    expect(redact({ credentials: undefined })).toStrictEqual({ credentials: undefined })
  })

  it('masks secret objects whole unless null, and sensitive keys only when they hold text, numbers or lists', () => {
    expect(
      redact({
        credentials: { key: 'k' },
        providerConfig: null,
        email: null,
        phone_number: { nested: 'x' },
        token: ['a'],
        api_key: 7,
      }),
    ).toEqual({
      credentials: '[redacted]',
      providerConfig: null,
      email: null,
      phone_number: { nested: 'x' },
      token: '[redacted]',
      api_key: '[redacted]',
    })
  })

  it('copies arrays item by item, keeps dates and scalars, and masks what lies deeper than 64 levels', () => {
    const date = new Date(0)
    expect(redact([{ content: 'call +234 803 123 4567' }, date, 3, true, null])).toEqual([
      { content: 'call [redacted]' },
      date,
      3,
      true,
      null,
    ])
    let deep: unknown = { leaf: 'x' }
    for (let i = 0; i < 70; i++) deep = { a: deep }
    let at = redact(deep) as Record<string, unknown>
    let depth = 0
    while (typeof at === 'object') {
      at = at['a'] as Record<string, unknown>
      depth++
    }
    expect([depth, at]).toEqual([64, '[redacted]'])
    let list: unknown = 'x'
    for (let i = 0; i < 70; i++) list = [list]
    expect(JSON.stringify(redact(list))).toBe(`${'['.repeat(64)}"[redacted]"${']'.repeat(64)}`)
  })

  it('gives copies whose keys are ordinary, writable properties', () => {
    const out = redact({ a: { b: 1 } }) as Record<string, Record<string, number>>
    out['a'] = { b: 2 }
    ;(out['a'] as Record<string, number>)['b'] = 3
    expect(out).toEqual({ a: { b: 3 } })
    expect(Object.getOwnPropertyDescriptor(out, 'a')).toMatchObject({
      enumerable: true,
      writable: true,
      configurable: true,
    })
  })
})

describe('getHeader and headerNames', () => {
  it('read plain records case-insensitively, joining repeats and skipping non-text values', () => {
    const headers = { 'X-Sig': 'a', 'x-sig': ['b', 7 as unknown as string, 'c'], Other: undefined }
    expect(getHeader(headers, 'x-SIG')).toBe('a, b, c')
    expect(getHeader(headers, 'other')).toBe(undefined)
    expect(getHeader({ 'x-sig': [7 as unknown as string] }, 'x-sig')).toBe(undefined)
    expect(headerNames(headers)).toEqual(['x-sig', 'x-sig', 'other'])
  })

  it('read Fetch Headers, and anything with get() and keys() like them', () => {
    const h = new Headers({ 'X-Sig': 'a' })
    expect([getHeader(h, 'x-sig'), getHeader(h, 'missing'), headerNames(h)]).toEqual(['a', undefined, ['x-sig']])
    const like = { get: (n: string) => (n === 'x-a' ? 'v' : null), keys: () => ['X-A'][Symbol.iterator]() }
    expect([getHeader(like, 'x-a'), headerNames(like)]).toEqual(['v', ['x-a']])
    // keys() without get() is a plain record whose own keys are the names.
    expect(headerNames({ keys: () => [] } as never)).toEqual(['keys'])
    // get() without keys() is a plain record too, for names.
    expect(headerNames({ get: () => null } as never)).toEqual(['get'])
  })

  it('never throw: missing or non-object headers, and throwing accessors, read as nothing', () => {
    expect([
      getHeader(undefined, 'a'),
      getHeader('ab' as never, '0'),
      headerNames(undefined),
      headerNames(3 as never),
      headerNames('ab' as never),
    ]).toEqual([undefined, undefined, [], [], []])
    const hostile = {
      get: () => {
        throw new Error('no')
      },
      keys: () => {
        throw new Error('no')
      },
    }
    expect([getHeader(hostile, 'a'), headerNames(hostile)]).toEqual([undefined, []])
  })
})

describe('reviveEvent', () => {
  it('turns ISO dates back into Dates where the model has them, and leaves other values alone', () => {
    const event = reviveEvent({
      kind: 'message.created',
      occurredAt: '2024-07-25T06:16:54.873Z',
      conversation: 'not an object',
      message: { createdAt: 'yesterday', text: '2024-07-25T06:16:54.873Z' },
    })
    expect(event.occurredAt).toEqual(new Date('2024-07-25T06:16:54.873Z'))
    expect((event as unknown as { conversation: unknown }).conversation).toBe('not an object')
    expect(
      (
        reviveEvent({ kind: 'message.created', conversation: null, message: null }) as unknown as Record<
          string,
          unknown
        >
      )['message'],
    ).toBe(null)
    expect((event as unknown as { message: { createdAt: unknown; text: unknown } }).message).toEqual({
      createdAt: 'yesterday',
      text: '2024-07-25T06:16:54.873Z',
    })
  })
})
