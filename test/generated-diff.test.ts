// The fast checks are generated (scripts/check-codegen.ts) and reviewed as diffs: a change to one
// codec must change the generated file where that codec is checked, not rename or move the rest.
// Measured for every provider of the registry, on the text formatted as the file is written.
import * as t from 'io-ts'
import prettier from 'prettier'
import { describe, expect, it } from 'vitest'
import { generate } from '../scripts/check-codegen.js'
import * as core from '../src/core/codecs.js'
import { childrenOf, describe as describeCodec, type Node } from '../src/core/describe.js'
import { everyProvider } from './support/registry.js'

const format = async (codec: t.Mixed): Promise<string[]> => {
  const options = await prettier.resolveConfig(__filename)
  return (await prettier.format(generate(codec).body, { ...options, parser: 'typescript' })).split('\n')
}

/** Lines removed plus lines added between two texts (a longest common subsequence of lines). */
const changedLines = (a: string[], b: string[]): number => {
  let prev = new Uint16Array(b.length + 1)
  for (const line of a) {
    const next = new Uint16Array(b.length + 1)
    for (let j = 0; j < b.length; j++)
      next[j + 1] = line === b[j] ? (prev[j] ?? 0) + 1 : Math.max(prev[j + 1] ?? 0, next[j] ?? 0)
    prev = next
  }
  const common = prev[b.length] ?? 0
  return a.length - common + (b.length - common)
}

/** The descriptions of every codec of a tree, each once, outermost first. */
const nodesOf = (root: t.Mixed): Node[] => {
  const found = new Map<t.Mixed, Node>()
  const queue = [root]
  for (let c = queue.shift(); c !== undefined; c = queue.shift()) {
    if (found.has(c)) continue
    const n = describeCodec(c)
    found.set(c, n)
    queue.push(...childrenOf(n))
  }
  return [...found.values()]
}
const structsOf = (root: t.Mixed) => nodesOf(root).flatMap((n) => (n.kind === 'struct' ? [n.codec] : []))
const unionsOf = (root: t.Mixed) => nodesOf(root).flatMap((n) => (n.kind === 'union' ? [n.codec] : []))

describe.each(everyProvider())('%s: generated checks change where the codec changes', (_id, provider) => {
  const root = provider.Webhook as t.Mixed

  it('a field added to a small object changes a few dozen lines at most', async () => {
    const before = await format(root)
    // A small named object, as Chatwoot's Account: a few fields, checked by one function of its own.
    const target = structsOf(root).find(
      (s) => Object.keys(s.optional).length >= 2 && Object.keys(s.optional).length <= 6 && !s.name.includes('<'),
    )
    expect(target).toBeDefined()
    if (!target) return
    ;(target.optional as Record<string, t.Mixed>).added_in_a_test = t.string
    const after = await format(root)
    delete (target.optional as Record<string, t.Mixed>).added_in_a_test
    const changed = changedLines(before, after)
    expect(changed).toBeGreaterThan(0)
    expect(changed).toBeLessThanOrEqual(40)
  })

  it('a new event changes a few dozen lines at most', async () => {
    // The webhook union, or the first union inside it (a Proto batch's events).
    const union = unionsOf(root)[0]
    expect(union).toBeDefined()
    if (!union) return
    const before = await format(root)
    const tags = union.tags
    const key = tags.map(() => 'added_in_a_test').join('/')
    const variants = union.variants as Record<string, t.Mixed>
    variants[key] = core.struct(
      'AddedInATest',
      Object.fromEntries(tags.map((tag) => [tag, core.literal('added_in_a_test')])),
      { id: t.string, note: t.string },
    )
    const after = await format(root)
    delete variants[key]
    const changed = changedLines(before, after)
    expect(changed).toBeGreaterThan(0)
    expect(changed).toBeLessThanOrEqual(40)
  })
})
