// The second mutation run: the fast path and fromRequest, against the tests that exercise them
// (the agreement test between the generated checks and the codecs, and the request tests).
import base from './stryker.config.mjs'

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.stryker-fast.config.ts' },
  mutate: ['src/core/check.ts', 'src/core/request.ts'],
  jsonReporter: { fileName: 'reports/mutation/mutation-fast.json' },
  incrementalFile: 'reports/stryker-incremental-fast.json',
}
