// Laws every provider codec keeps, on every fixture and on each fixture broken at each of its
// first nodes: `is` holds exactly for values `decode` returns unchanged, decoded values pass `is`,
// encoding a decoded value and decoding it again gives the same value, and decoding the raw text
// (which takes the compiled fast check first) gives what the codec gives.
import type * as t from 'io-ts'
import { parse } from '../support/parse.js'
import { describe, expect, it } from 'vitest'
import { all } from '../fixtures.js'
import type { ChatEvent } from '../../src/model/index.js'
import { everyProvider } from '../support/registry.js'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

/** Paths to the value's nodes, breadth first, at most `limit`. */
const paths = (value: Json, limit: number): (string | number)[][] => {
  const out: (string | number)[][] = []
  const queue: [Json, (string | number)[]][] = [[value, []]]
  while (queue.length > 0 && out.length < limit) {
    const [v, path] = queue.shift() as [Json, (string | number)[]]
    out.push(path)
    if (Array.isArray(v)) v.forEach((x, i) => queue.push([x, [...path, i]]))
    else if (v !== null && typeof v === 'object')
      for (const k of Object.keys(v)) queue.push([v[k] as Json, [...path, k]])
  }
  return out
}

/** A copy with the node at `path` replaced (or removed, for `undefined`). */
const replaced = (value: Json, path: (string | number)[], by: Json | undefined): Json => {
  if (path.length === 0) return by === undefined ? null : by
  const copy = structuredClone(value)
  let parent = copy as Record<string, Json>
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string, Json>
  const last = path[path.length - 1] as string
  if (by === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1)
    else delete parent[last]
  } else parent[last] = by
  return copy
}

const REPLACEMENTS: (Json | undefined)[] = [undefined, null, 7, 'x', []]

const decoded = (codec: t.Mixed, value: unknown) => codec.validate(value, [{ key: '', type: codec, actual: value }])

describe.each(everyProvider())('%s codec laws', (name, provider) => {
  const codec = provider.Webhook as unknown as t.Mixed
  const check = (value: unknown, label: string) => {
    const r = decoded(codec, value)
    const fromText = provider.decode(JSON.stringify(value))
    expect([label, fromText._tag === 'Right' ? fromText.right : 'Left']).toEqual([
      label,
      r._tag === 'Right' ? r.right : 'Left',
    ])
    const unchanged = r._tag === 'Right' && r.right === value
    expect([label, codec.is(value)]).toEqual([label, unchanged])
    if (r._tag === 'Right') {
      expect([label, codec.is(r.right)]).toEqual([label, true])
      const again = decoded(codec, codec.encode(r.right))
      expect([label, again._tag === 'Right' ? again.right : again]).toEqual([label, r.right])
    }
  }

  it('on every fixture, and every fixture broken at each of its first 25 nodes', () => {
    for (const [file, text] of all(name)) {
      const value = JSON.parse(text) as Json
      check(value, file)
      for (const path of paths(value, 25))
        for (const by of REPLACEMENTS)
          check(replaced(value, path, by), `${file} ${path.join('/')} → ${JSON.stringify(by)}`)
    }
  })
})

/** A path to a function inside a value, if any (normalized events hold only data). */
const functionIn = (v: unknown, path = ''): string | undefined => {
  if (typeof v === 'function') return path || '/'
  if (v === null || typeof v !== 'object' || v instanceof Date) return undefined
  for (const k of Object.keys(v)) {
    const found = functionIn((v as Record<string, unknown>)[k], `${path}/${k}`)
    if (found) return found
  }
  return undefined
}

/** Paths to the string leaves of a value. */
const stringPaths = (v: Json, path: (string | number)[] = [], out: (string | number)[][] = []) => {
  if (typeof v === 'string') out.push(path)
  else if (Array.isArray(v)) v.forEach((x, i) => stringPaths(x, [...path, i], out))
  else if (v !== null && typeof v === 'object')
    for (const k of Object.keys(v)) stringPaths(v[k] as Json, [...path, k], out)
  return out
}

describe.each(everyProvider())('%s: names of Object.prototype members as values', (name, provider) => {
  it('never turn into inherited functions in normalized events (every string of every fixture)', () => {
    for (const [file, text] of all(name)) {
      if (file.startsWith('captured/')) continue
      const value = JSON.parse(text) as Json
      for (const path of stringPaths(value)) {
        for (const by of ['constructor', 'toString', '__proto__']) {
          const body = JSON.stringify(replaced(value, path, by))
          if (provider.decode(body)._tag === 'Left') continue
          // The raw webhook is the input itself; the rest is what the normalizer built.
          const events = parse(provider, body).map(({ raw: _raw, ...rest }) => rest)
          expect([file, path.join('/'), by, functionIn(events)]).toEqual([file, path.join('/'), by, undefined])
        }
      }
    }
  })
})

/** Paths to every object key of a value, at any depth (array items are reached, not removed). */
const keyPaths = (v: Json, path: (string | number)[] = [], out: (string | number)[][] = []) => {
  if (Array.isArray(v)) v.forEach((x, i) => keyPaths(x, [...path, i], out))
  else if (v !== null && typeof v === 'object')
    for (const k of Object.keys(v)) {
      out.push([...path, k])
      keyPaths(v[k] as Json, [...path, k], out)
    }
  return out
}

/** Paths to the keys of normalized events that are present with the value `undefined`. */
const undefinedKeys = (v: unknown, path = '', out: string[] = []): string[] => {
  if (v === null || typeof v !== 'object' || v instanceof Date) return out
  for (const k of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[k]
    if (x === undefined) out.push(`${path}/${k}`)
    else undefinedKeys(x, `${path}/${k}`, out)
  }
  return out
}

describe.each(everyProvider())('%s: events have only the keys they fill', (name, provider) => {
  it('on every fixture with each of its fields removed in turn, no key of an event holds undefined', () => {
    for (const [file, text] of all(name)) {
      const value = JSON.parse(text) as Json
      const found: string[] = []
      for (const path of keyPaths(value)) {
        const r = provider.decode(JSON.stringify(replaced(value, path, undefined)))
        if (r._tag === 'Left') continue
        const events = (provider.normalize as (w: unknown) => ChatEvent[])(r.right).map(
          ({ raw: _raw, ...rest }) => rest,
        )
        for (const key of undefinedKeys(events)) found.push(`${path.join('/')} removed: ${key}`)
      }
      expect([file, found]).toEqual([file, []])
    }
  })
})
