// What installing the package costs: the unpacked size of the tarball `npm pack` makes, and of its
// type declarations, against budgets that grow with the registry — 2 MB and 500 KB for the four
// providers of 0.3, plus 0.4 MB and 100 KB for each provider added since — and that the declarations
// import neither io-ts nor fp-ts, whose declarations a consumer's type-check would otherwise load
// (src/core/io.ts, bench/types.mjs). Checked in CI next to the bundle budgets (scripts/size.mjs).
//
// usage: npm run build && node scripts/package-size.mjs [--json]
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { providers } from '../dist/index.js'

const KB = 1000
const MB = 1000 * KB
/** The providers the base budgets were set for. */
const BASE_PROVIDERS = 4
const added = Math.max(0, Object.keys(providers).length - BASE_PROVIDERS)
/**
 * What a provider adds beyond the 0.4 MB allowance, measured when it was added, with what it is made of.
 * Intercom (0.63 MB in all): its 67 fixtures, one or more for each of its 45 typed topics, full
 * conversations and contacts as Intercom sends them (0.24 MB in `chat-webhooks/testing`'s fixtures),
 * its JSON Schema (0.08 MB), declarations (0.08 MB), and code in two module formats. Fitting 0.4 MB needs
 * `chat-webhooks/testing` to ship one fixture per topic rather than every one.
 */
const BEYOND = { intercom: 0.25 * MB }
const beyond = Object.keys(providers).reduce((n, id) => n + (BEYOND[id] ?? 0), 0)

// `npm pack --dry-run --json` lists what the tarball holds without writing it.
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
)
const declarations = pack.files.filter((f) => /\.d\.c?ts$/.test(f.path)).reduce((n, f) => n + f.size, 0)
const rows = [
  ['unpacked tarball', pack.unpackedSize, 2 * MB + added * 0.4 * MB + beyond],
  ['type declarations', declarations, 500 * KB + added * 100 * KB],
]

if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify({
      files: pack.files.length,
      packed: pack.size,
      rows: rows.map(([name, size, budget]) => ({ name, size, budget })),
    }),
  )
} else {
  console.log(`${pack.files.length} files, ${(pack.size / MB).toFixed(2)} MB packed`)
  for (const [name, size, budget] of rows) {
    console.log(
      `${size <= budget ? 'ok  ' : 'FAIL'} ${name}: ${(size / KB).toFixed(0)} KB — budget ${(budget / KB).toFixed(0)} KB`,
    )
  }
}
const heavy = pack.files
  .filter((f) => /\.d\.c?ts$/.test(f.path))
  .filter((f) => /(?:from|import) ['"](?:io-ts|fp-ts)[/'"]/.test(readFileSync(f.path, 'utf8')))
  .map((f) => f.path)
if (!process.argv.includes('--json'))
  console.log(
    `${heavy.length ? 'FAIL' : 'ok  '} declarations that import io-ts or fp-ts: ${heavy.join(', ') || 'none'}`,
  )
if (rows.some(([, size, budget]) => size > budget) || heavy.length) process.exit(1)
