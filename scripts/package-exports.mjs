// Writes the `exports` and `typesVersions` of package.json from the registry: the root, one subpath
// per provider (`chat-webhooks/<id>`), `chat-webhooks/testing`, and package.json itself — ESM and
// CJS, each with its own types. With --check, fails when package.json is not up to date (CI).
//
// usage: node scripts/package-exports.mjs [--check]
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadRegistry, root, writeOrCheck } from './generated.mjs'

const { ids } = await loadRegistry()
const file = join(root, 'package.json')
const pkg = JSON.parse(readFileSync(file, 'utf8'))

/** The subpaths besides the root: every provider, then the testing helpers. */
const subpaths = [...ids, 'testing']
const entry = (name) => ({
  import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
  require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
})
pkg.exports = { '.': entry('index'), ...Object.fromEntries(subpaths.map((s) => [`./${s}`, entry(s)])), './package.json': './package.json' }
// `moduleResolution: node` (node10) sees no subpath exports: typesVersions points it at the CJS types.
pkg.typesVersions = { '*': Object.fromEntries(subpaths.map((s) => [s, [`./dist/${s}.d.cts`]])) }

writeOrCheck(file, JSON.stringify(pkg, null, 2) + '\n', 'node scripts/package-exports.mjs')
