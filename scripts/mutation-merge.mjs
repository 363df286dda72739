// Puts a mutation run over some files (stryker.files.config.mjs: reports/mutation/mutation-files.json) in
// place of those files' results in the whole run's report (reports/mutation/mutation.json): the other
// files' results stand as the whole run left them, which holds while their code is unchanged (more
// tests can only kill more of their mutants). Without a whole report yet, the files' report starts it:
// runs over parts of the code base, merged one after another, make a whole report too.
// Then `node scripts/mutation-static.mjs` runs the static mutants and prints the score of the whole.
//
// Only the files the run mutated are taken (MUTATE, as given to the run): Stryker's incremental mode also
// writes into its report the results it holds for other files from earlier runs, which may be older than
// the whole report's.
//
// usage: MUTATE=src/a.ts,src/b.ts node scripts/mutation-merge.mjs
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const WHOLE = 'reports/mutation/mutation.json'
const FILES = 'reports/mutation/mutation-files.json'
const mutated = new Set(process.env.MUTATE?.split(',').map((f) => f.replace(/:[\d-]+$/, '')) ?? [])
if (mutated.size === 0) throw new Error('MUTATE: the files the run mutated, as given to it')
const files = JSON.parse(readFileSync(FILES, 'utf8'))
const whole = existsSync(WHOLE) ? JSON.parse(readFileSync(WHOLE, 'utf8')) : { ...files, files: {} }
/** A mutant's identity within one text of its file. */
const key = (m) => `${m.mutatorName} ${m.replacement} ${JSON.stringify(m.location)}`
for (const [file, entry] of Object.entries(files.files)) {
  if (!mutated.has(file)) continue
  const before = whole.files[file]
  // A run over some lines of a file (`MUTATE=src/a.ts:10-20`) reports their mutants only: with the text
  // unchanged, they replace their own results and the file's other mutants stand.
  if (before !== undefined && before.source === entry.source) {
    const fresh = new Map(entry.mutants.map((m) => [key(m), m]))
    const mutants = before.mutants.map((m) => fresh.get(key(m)) ?? m)
    const known = new Set(before.mutants.map(key))
    whole.files[file] = { ...entry, mutants: [...mutants, ...entry.mutants.filter((m) => !known.has(key(m)))] }
  } else whole.files[file] = entry
}
writeFileSync(WHOLE, JSON.stringify(whole))
console.log(`merged into ${WHOLE}: ${[...mutated].filter((f) => f in files.files).join(', ')}`)
