// The named-type idiom (docs/guides/adding-a-provider.md), for every provider of the registry: each
// exported codec is declared through the type its codec decodes to — `export interface X extends
// t.TypeOf<typeof XC> {}` (or, for a union, `export type X = t.TypeOf<typeof XC> & {}`) and
// `export const X: Codec<X> = XC` — so declarations and editor messages name `X`, and the type is
// the codec's own, never a hand-written twin. Arrays of named codecs keep their combinator's type; a
// recursive codec (io-ts's `recursion`) needs its type declared first, so its interface extends the
// type of its non-recursive fields and adds only the recursive one.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { ArrayOfType, RecursiveOfType } from '../src/core/codecs.js'
import { everyProvider } from './support/registry.js'

const ROOT = join(__dirname, '..')

describe.each(everyProvider())('%s codecs', (id) => {
  const source = readFileSync(join(ROOT, 'src', 'providers', id, 'codecs.ts'), 'utf8')

  it('declare every exported codec through its named type', async () => {
    const exported = (await import(/* @vite-ignore */ `../src/providers/${id}/codecs.ts`)) as Record<string, unknown>
    const codecs = Object.entries(exported).filter(
      ([, v]) => v instanceof t.Type && !(v instanceof ArrayOfType) && !(v instanceof RecursiveOfType),
    )
    expect(codecs.length).toBeGreaterThan(5)
    const off = codecs
      .map(([name]) => name)
      .filter((name) => {
        const declared = new RegExp(
          // As Prettier prints it: a long declaration breaks after `Codec<`.
          `^export const ${name}: (Codec<\\s*${name}(,\\s*t\\.OutputOf<typeof ${name}C>)?,?\\s*>|EnumCodec<${name}>) = ${name}C$`,
          'm',
        )
        // An enum's type is its values and any other string (`'open' | … | (string & {})`), which `& {}` would widen to `string`.
        const named = new RegExp(
          `^export (interface ${name} extends t\\.TypeOf<typeof ${name}C> \\{\\}|type ${name} = t\\.TypeOf<typeof ${name}C>( & \\{\\})?)$`,
          'm',
        )
        return !declared.test(source) || !named.test(source)
      })
    expect(off).toEqual([])
  })

  it('write no type beside a codec by hand', async () => {
    const exported = (await import(/* @vite-ignore */ `../src/providers/${id}/codecs.ts`)) as Record<string, unknown>
    // An exported interface names a codec's type (above), or a recursive codec's: its fields' type and the recursive field.
    const interfaces = [...source.matchAll(/^export interface (\w+)(\W.*)$/gm)].filter(
      ([, name, rest]) =>
        rest !== ` extends t.TypeOf<typeof ${name}C> {}` &&
        !(
          exported[name as string] instanceof RecursiveOfType &&
          rest ===
            ` extends StructOf<Record<never, never>, typeof ${(name as string)[0]?.toLowerCase()}${(name as string).slice(1)}Fields> {`
        ),
    )
    expect(interfaces.map(([line]) => line)).toEqual([])
  })
})
