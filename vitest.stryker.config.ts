// The suite Stryker runs for each mutant: every unit and fixture test, without the
// long-running property, hostile-input and server tests (they run in `npm test`).
import { defineConfig, mergeConfig } from 'vitest/config'
import base from './vitest.config'

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'test/hostile.test.ts',
        'test/properties.test.ts',
        'test/fast.test.ts',
        'test/examples.test.ts',
        'node_modules/**',
      ],
      typecheck: { enabled: false },
      // Instrumented code runs several times slower: the fixture-wide law tests need more than 5 s.
      testTimeout: 60_000,
    },
  }),
)
