import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { Either } from '../src/core/either.js'
import type { WebhookError } from '../src/core/errors.js'
import type { ChatEvent, EventOfKind } from '../src/model/index.js'

const ROOT = join(__dirname, '..', 'fixtures')

/** A fixture's raw text, exactly as stored. */
export const raw = (provider: string, name: string): string => readFileSync(join(ROOT, provider, name), 'utf8')

/** Every fixture of a provider (captured ones included), as [relative name, raw text]. */
export const all = (provider: string): [string, string][] => {
  const out: [string, string][] = []
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      if (name.isDirectory()) walk(join(dir, name.name), `${prefix}${name.name}/`)
      else if (name.name.endsWith('.json'))
        out.push([`${prefix}${name.name}`, readFileSync(join(dir, name.name), 'utf8')])
    }
  }
  walk(join(ROOT, provider), '')
  return out.sort(([a], [b]) => a.localeCompare(b))
}

type Decode<A> = (input: unknown, options?: { readonly strict?: boolean }) => Either<WebhookError, A>

/** `right(body)` decodes and returns the value (failing the test on a Left); `left(body)` returns the error. */
export const decoding = <A>(decode: Decode<A>) => ({
  right: (body: unknown, strict = false): A => {
    const r = decode(body, { strict })
    if (r._tag === 'Left') throw new Error(`${r.left.message}: ${JSON.stringify(r.left.issues)}`)
    return r.right
  },
  left: (body: unknown, strict = false): WebhookError => {
    const r = decode(body, { strict })
    if (r._tag === 'Right') throw new Error('expected a Left')
    return r.left
  },
})

/** `one(name)` parses a fixture that gives exactly one event; `of(name, kind)` also checks its kind. */
export const parsing = (provider: string, parse: (input: unknown) => ChatEvent[]) => {
  const one = (name: string): ChatEvent => {
    const events = parse(raw(provider, name))
    expect(events).toHaveLength(1)
    return events[0] as ChatEvent
  }
  const of = <K extends ChatEvent['kind']>(name: string, kind: K): EventOfKind<K> => {
    const e = one(name)
    expect(e.kind).toBe(kind)
    return e as EventOfKind<K>
  }
  return { one, of }
}

/** A parsed fixture, edited through plain property access (values are whatever a payload could hold). */
export interface Body {
  [key: string]: Body | Body[] | string | number | boolean | null | undefined
}
/** A nested value of a {@link Body}, as an object to edit. */
export const obj = (v: Body[string]): Body => v as Body

/**
 * `variant(name, edit)` parses a fixture after `edit` changed its body; `one(name, kind, edit)`
 * also checks it gives exactly one event of that kind.
 */
/** The path of the first key holding `undefined` in a normalized value, if any. */
export const undefinedKeyIn = (v: unknown, path = ''): string | undefined => {
  if (v === null || typeof v !== 'object' || v instanceof Date) return undefined
  for (const [k, x] of Object.entries(v)) {
    if (x === undefined) return `${path}/${k}`
    const inner = undefinedKeyIn(x, `${path}/${k}`)
    if (inner !== undefined) return inner
  }
  return undefined
}

export const editing = (provider: string, parse: (input: unknown) => ChatEvent[]) => {
  const variant = (name: string, edit: (body: Body) => void): ChatEvent[] => {
    const body = JSON.parse(raw(provider, name)) as Body
    edit(body)
    const events = parse(JSON.stringify(body))
    // Events have only the keys they fill: none holds `undefined` (the raw webhook is the input itself).
    expect(events.map(({ raw: _raw, ...rest }) => undefinedKeyIn(rest))).toEqual(events.map(() => undefined))
    return events
  }
  const one = <K extends ChatEvent['kind']>(name: string, kind: K, edit: (body: Body) => void): EventOfKind<K> => {
    const events = variant(name, edit)
    expect(events.map((e) => e.kind)).toEqual([kind])
    return events[0] as EventOfKind<K>
  }
  return { variant, one }
}
