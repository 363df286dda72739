// The core combinators on their own: guards, copy-on-change and encoding, on small codecs built
// here, and the tag reports of the providers' unions.
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import * as codecs from '../../src/core/codecs.js'
import { CONVERTS, INVALID, SAME } from '../../src/core/check.js'
import { array, fallback, literal, prefixed, record, struct, taggedUnion } from '../../src/core/codecs.js'
import * as channeltalk from '../../src/providers/channeltalk/index.js'
import * as chatwoot from '../../src/providers/chatwoot/index.js'
import { generated, generatedCheck as compile } from '../support/generated-check.js'
import { unionOf } from '../support/union.js'

/** A union whose unknown variants decode to a new value: the converting codec the containers carry. */
const Shape = taggedUnion(
  'Shape',
  'kind',
  { dot: struct('Dot', { kind: literal('dot') }, {}) },
  fallback('UnknownShape', 'kind', {}, {}),
)
const decode = <C extends t.Mixed>(codec: C, u: unknown) => codec.validate(u, [{ key: '', type: codec, actual: u }])
const right = <C extends t.Mixed>(codec: C, u: unknown): t.TypeOf<C> => {
  const r = decode(codec, u)
  if (r._tag === 'Left') throw new Error('expected a Right')
  return r.right
}

describe('containers copy only what changed', () => {
  it('record: a new object when a value converts, the input untouched, every key an ordinary own property', () => {
    const Shapes = record(Shape)
    const input = JSON.parse('{"a":{"kind":"dot"},"__proto__":{"kind":"star"},"b":{"kind":"ring"}}') as Record<
      string,
      unknown
    >
    const before = JSON.stringify(input)
    const out = right(Shapes, input) as Record<string, unknown>
    expect(out).not.toBe(input)
    expect(JSON.stringify(input)).toBe(before)
    expect(out['a']).toBe(input['a'])
    expect(out['b']).toEqual({ kind: 'unrecognized', unrecognized: 'ring' })
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')).toEqual({
      value: { kind: 'unrecognized', unrecognized: 'star' },
      enumerable: true,
      writable: true,
      configurable: true,
    })
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    // A "__proto__" key copied as it is (another key converted) is an ordinary property too.
    const copied = right(Shapes, JSON.parse('{"__proto__":{"kind":"dot"},"b":{"kind":"ring"}}')) as Record<
      string,
      unknown
    >
    expect(Object.getOwnPropertyDescriptor(copied, '__proto__')).toEqual({
      value: { kind: 'dot' },
      enumerable: true,
      writable: true,
      configurable: true,
    })
    const encoded = Shapes.encode(out as t.TypeOf<typeof Shapes>) as Record<string, unknown>
    expect(JSON.stringify(encoded)).toBe(before)
    expect(Object.getOwnPropertyDescriptor(encoded, '__proto__')).toMatchObject({
      enumerable: true,
      writable: true,
      configurable: true,
    })
    const same = { a: { kind: 'dot' } }
    expect(right(Shapes, same)).toBe(same)
    expect(Shapes.is(same)).toBe(true)
    expect([Shapes.is(input), Shapes.is([]), Shapes.is({ a: 1 })]).toEqual([false, false, false])
  })

  it('array: a new array when an item converts, encoded back item by item', () => {
    const Shapes = array(Shape)
    const input = [{ kind: 'dot' }, { kind: 'ring' }, { kind: 'star' }]
    const out = right(Shapes, input)
    expect(out).toEqual([
      { kind: 'dot' },
      { kind: 'unrecognized', unrecognized: 'ring' },
      { kind: 'unrecognized', unrecognized: 'star' },
    ])
    expect(input).toEqual([{ kind: 'dot' }, { kind: 'ring' }, { kind: 'star' }])
    expect(Shapes.encode(out)).toEqual(input)
    const same = [{ kind: 'dot' }]
    expect(right(Shapes, same)).toBe(same)
  })

  it('struct: every converted field kept, not only the last', () => {
    const Pair = struct('Pair', {}, { left: Shape, right: Shape })
    const input = { left: { kind: 'ring' }, right: { kind: 'star' } }
    expect(right(Pair, input)).toEqual({
      left: { kind: 'unrecognized', unrecognized: 'ring' },
      right: { kind: 'unrecognized', unrecognized: 'star' },
    })
    expect(input).toEqual({ left: { kind: 'ring' }, right: { kind: 'star' } })
  })
})

describe('the generated fast check on containers', () => {
  it('says CONVERTS when an item or value converts, SAME when none does, INVALID on a wrong item', () => {
    for (const codec of [record(Shape), array(Shape)]) {
      const check = compile(codec)
      const wrap = (...items: unknown[]) =>
        codec instanceof codecs.RecordOfType ? Object.fromEntries(items.map((v, i) => [`k${i}`, v])) : items
      expect([
        check(wrap({ kind: 'dot' }, { kind: 'ring' })),
        check(wrap({ kind: 'ring' }, { kind: 'dot' })),
        check(wrap({ kind: 'dot' })),
        check(wrap({ kind: 'dot' }, 5)),
      ]).toEqual([CONVERTS, CONVERTS, SAME, INVALID])
    }
    expect(
      compile(struct('Pair', {}, { left: Shape, right: Shape }))({ left: { kind: 'ring' }, right: { kind: 'dot' } }),
    ).toBe(CONVERTS)
  })

  it('converts as the codec decodes, in place (decode runs it on values it parsed itself), where the codec copies', () => {
    const Pair = struct('Pair', {}, { left: Shape, right: Shape, items: array(Shape), byName: record(Shape) })
    const { check, convert } = generated(Pair)
    const input = {
      left: { kind: 'dot' },
      right: { kind: 'star' },
      items: [{ kind: 'dot' }, { kind: 'ring' }],
      byName: { a: { kind: 'ring' }, b: { kind: 'dot' } },
    }
    const decoded = right(Pair, structuredClone(input))
    const parts = [input.right, input.items, input.items[1], input.byName, input.byName.a]
    expect(check(input)).toBe(CONVERTS)
    const out = convert(input) as typeof input
    expect(out).toBe(input)
    expect(out).toEqual(decoded)
    expect(out.right).toEqual({ kind: 'unrecognized', unrecognized: 'star' })
    expect([
      out.right === parts[0],
      out.items === parts[1],
      out.items[1] === parts[2],
      out.byName === parts[3],
      out.byName.a === parts[4],
    ]).toEqual([true, true, true, true, true])
    const same = { left: { kind: 'dot' } }
    expect(convert(same)).toBe(same)
  })
})

describe('unrecognized variants', () => {
  it('is() holds only for a variant this library built: the tag marker, the tag that was sent, and the fields', () => {
    const single = chatwoot.Unrecognized
    expect([
      single.is({ event: 'unrecognized', unrecognized: 'campaign_sent' }),
      single.is({ event: 'unrecognized', unrecognized: 5 }),
      single.is({ event: 'campaign_sent' }),
      single.is('x'),
    ]).toEqual([true, false, false, false])
    const compound = channeltalk.Unrecognized
    const ok = { event: 'unrecognized', type: 'unrecognized', unrecognized: { event: 'delete', type: 'user' } }
    expect(compound.is(ok)).toBe(true)
    expect(compound.is({ ...ok, unrecognized: { event: 'delete' } })).toBe(false)
    expect(compound.is({ ...ok, unrecognized: { event: 'delete', type: 7 } })).toBe(false)
    expect(compound.is({ ...ok, unrecognized: 'delete' })).toBe(false)
    expect(compound.is({ event: 'unrecognized', type: 'unrecognized' })).toBe(false)
    expect(compound.is({ ...ok, unrecognized: null })).toBe(false)
    expect(compound.is({ ...ok, type: 'user' })).toBe(false)
    expect(compound.is({ ...ok, entity: 'not an object' })).toBe(false)
  })

  it('reports a tag that is not text at its own path', () => {
    const r = channeltalk.decode({ event: 'delete', type: 7 })
    expect(r._tag === 'Left' && r.left.issues).toEqual([{ path: '/type', expected: 'string', received: 'number' }])
  })
})

describe('tag reports', () => {
  it('name the first tag no known pair has, with the values known there', () => {
    const u = unionOf(channeltalk.Webhook)
    expect(u.unknownTagAt({ event: 'push', type: 'manager' })).toEqual({
      tag: 'type',
      expected: ['message', 'userChat'],
    })
    expect(u.unknownTagAt({ event: 'update', type: 'user' })).toEqual({
      tag: 'event',
      expected: ['push', 'upsert', 'delete'],
    })
    expect(u.unknownTagAt({ event: 'upsert', type: 'message' })).toEqual({ tag: 'type', expected: ['user'] })
    expect(u.unknownTagAt({ event: 'delete', type: 'userChat' })).toEqual({ tag: 'type', expected: ['user'] })
    expect(u.unknownTagAt(7)).toEqual({ tag: 'event', expected: ['push', 'upsert', 'delete'] })
  })

  it('list prefixes as prefix* for a single tag', () => {
    const { tag, expected } = unionOf(chatwoot.Webhook).unknownTagAt({ event: 'campaign_sent' })
    expect(tag).toBe('event')
    expect(expected).toContain('message_created')
    expect(expected).toContain('automation_event.*')
    expect(expected.filter((e) => e.endsWith('*'))).toEqual(['automation_event.*'])
  })
})

describe('refinements', () => {
  it('EpochMillis and EpochSeconds accept only whole, safe, non-negative numbers; BrowserDate any text', () => {
    const { EpochMillis, BrowserDate } = codecs
    expect([0, 1721888214873, -1, 1.5, '1', [], null, 2 ** 53].map((u) => EpochMillis.is(u))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ])
    expect([0, 1721888214873, -1, 1.5, '1', [], null].map((u) => decode(EpochMillis, u)._tag)).toEqual([
      'Right',
      'Right',
      'Left',
      'Left',
      'Left',
      'Left',
      'Left',
    ])
    expect(['Thu Jun 18 2026', '', 5, null].map((u) => BrowserDate.is(u))).toEqual([true, true, false, false])
    const { EpochSeconds } = codecs
    expect([0, 1781773803, -1, 1.5, '1', null].map((u) => EpochSeconds.is(u))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ])
  })
})

describe('prefixed', () => {
  it('accepts exactly the strings that start with its prefix, and knows its listed values', () => {
    const P = prefixed('Rule', 'rule.', ['rule.a'])
    expect([P.is('rule.a'), P.is('rule.zzz'), P.is('other'), P.is(5), P.is(null)]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ])
    expect([decode(P, 'rule.b')._tag, decode(P, 'rul')._tag, decode(P, 3)._tag]).toEqual(['Right', 'Left', 'Left'])
    expect([...P.known]).toEqual(['rule.a'])
  })
})

describe('unions and their fallback on values that are not objects', () => {
  it('keyOf answers undefined, and the fallback refuses at the root, for null, text and arrays', () => {
    const Unknown = fallback('UnknownShape', 'kind', {}, {})
    for (const u of [null, 'dot', 5, ['dot']]) {
      expect([u, Shape.keyOf(u)]).toEqual([u, undefined])
      const r = decode(Unknown, u)
      expect([u, r._tag === 'Left' ? r.left.map((e) => e.context.map((c) => c.key)) : r]).toEqual([u, [['']]])
    }
  })
})

describe('recursion and record', () => {
  interface Tree {
    kind: string
    children?: Tree[] | null
  }
  const Tree = codecs.recursion<Tree>('Tree', (self) => struct('Node', { kind: t.string }, { children: array(self) }))

  it('a recursive codec decodes and encodes through its definition', () => {
    const value = JSON.parse('{"kind":"a","children":[{"kind":"b","children":[]}]}') as Tree
    expect([Tree.is(value), right(Tree, value), Tree.encode(value)]).toEqual([true, value, value])
  })

  it('a record is named after its values, as errors show it', () => {
    expect([record(t.string).name, array(t.number).name]).toEqual(['{ [K in string]: string }', 'Array<number>'])
  })
})

describe('names and kinds', () => {
  it('a bounded array and the refinements carry the names errors show', () => {
    const { limitedArray, JsonObject, FloatSeconds, BrowserDate } = codecs
    expect([limitedArray(t.string, 3).name, JsonObject.name, FloatSeconds.name, BrowserDate.name]).toEqual([
      'Array<string> (at most 3)',
      'object',
      'FloatSeconds',
      'BrowserDate',
    ])
  })

  it('each combinator tells its kind, which scripts read instead of instanceof (any build of the library serves)', () => {
    const { limitedArray } = codecs
    const kinds = [array(t.string), limitedArray(t.string, 3), record(t.string), Shape].map(
      (c) => (c as unknown as { _kind: string })._kind,
    )
    expect(kinds).toEqual(['ArrayOf', 'LimitedArray', 'RecordOf', 'TaggedUnion'])
  })
})
