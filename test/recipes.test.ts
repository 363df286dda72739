// The recipes page shows excerpts of examples/*.ts, which test/examples.test.ts runs against real
// servers: every TypeScript snippet on the page must still be in one of them, line for line.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..')
const page = readFileSync(join(ROOT, 'docs', 'guides', 'recipes.md'), 'utf8')
const examples = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => [f, readFileSync(join(ROOT, 'examples', f), 'utf8')] as const)

const snippets = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string)

describe('docs/guides/recipes.md', () => {
  it('has snippets', () => {
    expect(snippets.length).toBeGreaterThan(6)
  })

  it.each(
    snippets.map((s) => [
      s
        .split('\n')
        .find((l) => l.trim() !== '')
        ?.trim() ?? '',
      s,
    ]),
  )('snippet "%s" is in an example', (_first, snippet) => {
    const home = examples.find(([, text]) => text.includes(snippet))
    expect(home?.[0] ?? `no example holds:\n${snippet}`).toMatch(/\.ts$/)
  })
})
