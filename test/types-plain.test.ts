// The build step that spells the data types out in the declarations (scripts/types-plain.mjs): what it
// writes, what it drops, and that its proof refuses a spelled-out type that is not the derived one.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
// @ts-expect-error a plain JavaScript build script, without declarations
import { prove, spellOut } from '../scripts/types-plain.mjs'

interface Rewritten {
  file: string
  names: [kind: 'type' | 'value', name: string][]
}
const run = spellOut as (dir: string) => { rewritten: Rewritten[]; saved: number }
const proof = prove as (dir: string, rewritten: Rewritten[]) => void

/** Declarations as tsup writes them: data types derived from codecs through combinator types. */
const DERIVED = `interface Codec<A> { readonly _A: A; decode(u: unknown): A }
type TypeOf<C extends { _A: unknown }> = C['_A'];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
declare class StructType<R, O> implements Codec<Simplify<{ [K in keyof R]: TypeOf<R[K] & Codec<unknown>> } & { [K in keyof O]?: TypeOf<O[K] & Codec<unknown>> | null }>> {
    readonly _A: Simplify<{ [K in keyof R]: TypeOf<R[K] & Codec<unknown>> } & { [K in keyof O]?: TypeOf<O[K] & Codec<unknown>> | null }>;
    decode(u: unknown): this['_A'];
}
declare const AuthorC: StructType<{ id: Codec<string> }, {
    /** What the author is called. */
    name: Codec<string>;
}>;
/** A message's author. */
interface Author extends TypeOf<typeof AuthorC> {
}
declare const Author: Codec<Author>;
declare const MessageC: StructType<{ type: Codec<'text'> }, {
    author: Codec<Author>;
    data: StructType<{}, {
        /** The text, as sent. */
        text: Codec<string>;
    }>;
}>;
interface Message extends TypeOf<typeof MessageC> {
}
type Webhook = TypeOf<typeof MessageC> | TypeOf<typeof AuthorC>;
declare const Message: Codec<Message>;
export { type Author as A, Author as a, type Message as M, Message as m, type Webhook as W };
`

let dir = ''
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})
const scratch = (text: string) => {
  dir = mkdtempSync(join(tmpdir(), 'types-plain-test-'))
  writeFileSync(join(dir, 'registry.d.cts'), text)
  return dir
}

describe('spelling the data types out', () => {
  it('writes each derived type as a plain interface with its fields’ doc comments, and drops the codecs behind them', () => {
    const at = scratch(DERIVED)
    const { rewritten } = run(at)
    expect(rewritten.map((r) => [r.file, r.names])).toEqual([
      [
        'registry.d.cts',
        [
          ['type', 'Author'],
          ['type', 'Message'],
          ['type', 'Webhook'],
        ],
      ],
    ])
    const text = readFileSync(join(at, 'registry.d.cts'), 'utf8')
    expect(text).toContain(`/** A message's author. */
interface Author {
    id: string;
    /** What the author is called. */
    name?: string | null;
}`)
    expect(text).toContain(`interface Message {
    type: "text";
    author?: Author | null;
    data?: {
        /** The text, as sent. */
        text?: string | null;
    } | null;
}`)
    // A union of variants keeps its variants' doc comments too.
    expect(text).toContain(`type Webhook = {
    id: string;
    /** What the author is called. */
    name?: string | null;
} | {
    type: "text";
    author?: Author | null;
    data?: {
        /** The text, as sent. */
        text?: string | null;
    } | null;
};`)
    expect(text).not.toContain('AuthorC')
    expect(text).not.toContain('MessageC')
    expect(() => {
      proof(at, rewritten)
    }).not.toThrow()
  })

  it('refuses a spelled-out type that is not the derived one, naming it', () => {
    const at = scratch(DERIVED)
    const { rewritten } = run(at)
    const file = join(at, 'registry.d.cts')
    // A field that lost its `| null`: assignable one way only. The types that refer to it differ too.
    writeFileSync(file, readFileSync(file, 'utf8').replace('name?: string | null;', 'name?: string;'))
    expect(() => {
      proof(at, rewritten)
    }).toThrow(/spelled out, Author, Message, Webhook differ from the types derived from the codecs/)
  })

  it('refuses a `readonly` the derived type does not have', () => {
    const at = scratch(DERIVED)
    const { rewritten } = run(at)
    const file = join(at, 'registry.d.cts')
    writeFileSync(file, readFileSync(file, 'utf8').replace('    id: string;', '    readonly id: string;'))
    expect(() => {
      proof(at, rewritten)
    }).toThrow(/spelled out, Author, Message, Webhook differ/)
  })
})
