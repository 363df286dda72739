// After tsup: ships each declaration once. tsup writes every `.d.ts` (ESM) twice, once more as `.d.cts`
// (CJS) with the same content; this makes each `.d.ts` a one-line re-export of its `.d.cts` twin, which
// ESM consumers read as they read any CommonJS types (nodenext, bundler). Run by `npm run build`.
//
// usage: node scripts/types-once.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './generated.mjs'

const dist = join(root, 'dist')
let saved = 0
for (const name of readdirSync(dist)) {
  if (!name.endsWith('.d.ts')) continue
  const base = name.slice(0, -'.d.ts'.length)
  const twin = join(dist, `${base}.d.cts`)
  const esm = readFileSync(join(dist, name), 'utf8')
  // The twin must be the same declarations, its imports pointing at the `.cjs` files.
  if (readFileSync(twin, 'utf8') !== esm.replace(/from '(\.\/[^']+)\.js'/g, "from '$1.cjs'"))
    throw new Error(`${name} and ${base}.d.cts differ beyond their import paths`)
  const stub = `export * from './${base}.cjs'\n`
  saved += esm.length - stub.length
  writeFileSync(join(dist, name), stub)
}
console.log(`types-once: ${Math.round(saved / 1024)} KB of duplicate declarations removed`)
