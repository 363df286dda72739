// The typed description of codecs (src/core/describe.ts) the generator and the test data generator
// interpret: it covers every codec of every provider, and says what each checks.
import * as t from 'io-ts'
import { describe as suite, expect, it } from 'vitest'
import {
  array,
  fallback,
  Int,
  IsoDateTime,
  literal,
  openEnum,
  openNumberEnum,
  prefixed,
  record,
  recursion,
  struct,
  taggedUnion,
} from '../../src/core/codecs.js'
import { childrenOf, describe, entriesOf, type Node } from '../../src/core/describe.js'
import { everyProvider } from '../support/registry.js'

/** Every codec of a tree, each once, with its description. */
const tree = (root: t.Mixed): Map<t.Mixed, Node> => {
  const found = new Map<t.Mixed, Node>()
  const walk = (c: t.Mixed): void => {
    if (found.has(c)) return
    const n = describe(c)
    found.set(c, n)
    childrenOf(n).forEach(walk)
  }
  walk(root)
  return found
}

suite('describe', () => {
  it.each(everyProvider())('describes every codec of %s, as each one checks it', (_id, provider) => {
    const nodes = tree(provider.Webhook as t.Mixed)
    expect(nodes.size).toBeGreaterThan(10)
    const kinds = new Set([...nodes.values()].map((n) => n.kind))
    expect(kinds).toContain('struct')
    expect(kinds).toContain('scalar')
    for (const [codec, n] of nodes) {
      expect(n.codec).toBe(codec)
      if (n.kind === 'struct') {
        // A struct's fields are exactly the keys its codec knows.
        expect(new Set([...n.required, ...n.optional].map((f) => f.key))).toEqual(n.codec.known)
      }
    }
  })

  it('says what each combinator checks', () => {
    const Status = openEnum('Status', ['open', 'closed'])
    const Event = struct('Event', { kind: literal('note'), id: Int }, { at: IsoDateTime, tags: array(t.string) })
    const Webhook = taggedUnion('Webhook', 'kind', { note: Event }, fallback('Other', 'kind', {}, { status: Status }), {
      prefixes: { 'auto.': struct('Auto', { kind: prefixed('Auto', 'auto.', []) }, {}) },
    })
    const union = describe(Webhook)
    expect(
      union.kind === 'union' && [union.tags, union.variants.map(([k]) => k), union.prefixes.map(([p]) => p)],
    ).toEqual([['kind'], ['note'], ['auto.']])
    const event = describe(Event)
    expect(event.kind === 'struct' && [event.required.map((f) => f.key), event.optional.map((f) => f.key)]).toEqual([
      ['kind', 'id'],
      ['at', 'tags'],
    ])
    expect(describe(Int)).toMatchObject({ kind: 'scalar', scalar: 'integer' })
    expect(describe(IsoDateTime)).toMatchObject({ kind: 'scalar', scalar: 'iso-date-time' })
    expect(describe(t.string)).toMatchObject({ kind: 'scalar', scalar: 'string' })
    expect(describe(Status)).toMatchObject({ kind: 'enum', values: ['open', 'closed'], base: 'string' })
    expect(describe(openNumberEnum('Level', [1, 2]))).toMatchObject({ kind: 'enum', values: [1, 2], base: 'number' })
    expect(describe(literal('note'))).toMatchObject({ kind: 'literal', value: 'note' })
    expect(describe(array(t.string))).toMatchObject({ kind: 'array', item: t.string, max: undefined })
    const other = union.kind === 'union' ? describe(union.fallback) : undefined
    expect(other).toMatchObject({ kind: 'fallback', tags: ['kind'], single: true })
  })

  it('labels the codecs below each node as generated names use them: keys, variants, positions', () => {
    const Note = struct('Note', { kind: literal('note') }, {})
    const Other = fallback('Other', 'kind', {}, {})
    const Missing = struct('Missing', {}, {})
    const Auto = struct('Auto', { kind: prefixed('Auto', 'auto.', []) }, {})
    const labels = (codec: t.Mixed) => entriesOf(describe(codec)).map(([label, c]) => [label, c.name])
    expect(
      labels(taggedUnion('U', 'kind', { note: Note }, Other, { missing: Missing, prefixes: { 'auto.': Auto } })),
    ).toEqual([
      ['note', 'Note'],
      ['unrecognized', 'Other'],
      ['auto.', 'Auto'],
      ['missing', 'Missing'],
    ])
    expect(labels(taggedUnion('V', 'kind', { note: Note }, Other))).toEqual([
      ['note', 'Note'],
      ['unrecognized', 'Other'],
    ])
    const fields = describe(Other)
    expect(entriesOf(fields)).toEqual([['0', fields.kind === 'fallback' && fields.fields]])
    expect(labels(array(t.string))).toEqual([['0', 'string']])
    expect(labels(record(Int))).toEqual([['0', 'integer']])
    type Tree = { readonly children?: readonly Tree[] | null }
    const Tree = recursion<Tree>('Tree', (self) => struct('Node', {}, { children: array(self) }))
    expect(labels(Tree)).toEqual([['0', 'Node']])
    expect(labels(t.string)).toEqual([])
  })

  it('refuses a codec it does not know instead of guessing', () => {
    expect(() => describe(t.type({ a: t.string }))).toThrow('is not built with')
  })
})
