// Mutation testing (`npm run mutation`): the core and the normalizers, against the vitest suite.
// Too slow for every CI run; the score is reported in the README.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/core/**/*.ts',
    '!src/core/check.ts',
    '!src/core/request.ts',
    'src/providers/*/normalize.ts',
    'src/providers/*/verify.ts',
    'src/providers/*/detect.ts',
    'src/providers/channeltalk/quick-reply.ts',
    'src/testing/index.ts',
    'src/redact.ts',
    'src/serialize.ts',
    'src/match.ts',
    'src/detect.ts',
    'src/dedupe.ts',
  ],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 70, break: null },
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp',
  // Build output and generated docs (ignored by git) stay out of the sandbox: the HTML of docs/api is
  // no source, and Stryker's type-check preprocessor warns on it.
  ignorePatterns: ['dist', 'docs/api', 'coverage', '.ci/out', 'scratch', '*.tgz', 'llms*.txt'],
  ignoreStatic: true,
  // Reuses earlier results for mutants whose code and covering tests did not change.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
}
