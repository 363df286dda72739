// A mutation run over some files only (`MUTATE=src/a.ts,src/b.ts npm run mutation:files`), after a change to
// them or to their tests: much shorter than a whole run. `scripts/mutation-merge.mjs` then puts its
// results in place of those files' in the whole run's report (reports/mutation/mutation.json), and
// `scripts/mutation-static.mjs` runs the static mutants and prints the score of the whole.
import base from './stryker.config.mjs'

const files = process.env.MUTATE?.split(',').filter(Boolean) ?? []
if (files.length === 0) throw new Error('MUTATE: the files to mutate, separated by commas')

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: files,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation-files.json' },
  incrementalFile: 'reports/stryker-incremental-files.json',
  tempDirName: '.stryker-tmp/files',
}
