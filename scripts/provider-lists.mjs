// Counts the hand-written lists of providers: places where three or more provider ids of the
// registry are named within six lines, in the project's code, tests, scripts and configuration —
// fixtures, examples, generated files (package.json's provider fields among them) and documentation aside. The registry is meant to be the
// only one; a few more are allowed where a test or a provider-specific file genuinely needs several
// providers by name. With --check, fails above the allowance (CI), so a new list is a decision.
//
// usage: node scripts/provider-lists.mjs [--check] [--verbose]
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadRegistry, root } from './generated.mjs'

/** How many lists the project allows itself, the registry included (the bench's scaling cases name theirs). */
const ALLOWED = 10
const WINDOW = 6

const { ids } = await loadRegistry()
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => /\.(?:ts|mts|cts|js|mjs|cjs|json|sh)$/.test(f) || f === '.ci/run')
  // package.json's provider-dependent fields (exports, typesVersions, keywords, description) are generated from the registry.
  .filter(
    (f) =>
      !/^(?:fixtures|examples|docs|test\/normalized|node_modules|dist)\//.test(f) &&
      !/generated/.test(f) &&
      !['package-lock.json', 'package.json'].includes(f),
  )

const found = []
for (const file of files) {
  let lines
  try {
    lines = readFileSync(join(root, file), 'utf8').split('\n')
  } catch {
    continue
  }
  const named = lines.map((l) => ids.filter((id) => new RegExp(`\\b${id}\\b`).test(l)))
  let end = -1
  for (let i = 0; i < lines.length; i++) {
    const ids_ = new Set(named.slice(i, i + WINDOW).flat())
    if (ids_.size < 3) continue
    // Overlapping windows are one list.
    if (i <= end) end = Math.max(end, i + WINDOW - 1)
    else {
      found.push({ file, line: i + 1 })
      end = i + WINDOW - 1
    }
  }
}

const byFile = new Map()
for (const f of found) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f.line])
if (process.argv.includes('--verbose')) for (const [file, at] of byFile) console.log(`  ${file}: line ${at.join(', ')}`)
console.log(`${found.length} hand-written provider list(s) in ${byFile.size} file(s) (allowed: ${ALLOWED})`)
if (process.argv.includes('--check') && found.length > ALLOWED) process.exit(1)
