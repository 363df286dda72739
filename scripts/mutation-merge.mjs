// Puts a mutation run over some files (stryker.files.config.mjs: reports/mutation/mutation-files.json) in
// place of those files' results in the whole run's report (reports/mutation/mutation.json): the other
// files' results stand as the whole run left them, which holds while their code is unchanged (more
// tests can only kill more of their mutants). Then `node scripts/mutation-static.mjs` runs the static
// mutants and prints the score of the whole.
//
// usage: node scripts/mutation-merge.mjs
import { readFileSync, writeFileSync } from 'node:fs'

const WHOLE = 'reports/mutation/mutation.json'
const FILES = 'reports/mutation/mutation-files.json'
const whole = JSON.parse(readFileSync(WHOLE, 'utf8'))
const files = JSON.parse(readFileSync(FILES, 'utf8'))
for (const [file, entry] of Object.entries(files.files)) whole.files[file] = entry
writeFileSync(WHOLE, JSON.stringify(whole))
console.log(`merged into ${WHOLE}: ${Object.keys(files.files).join(', ')}`)
