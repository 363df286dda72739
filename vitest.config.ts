import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { configDefaults, defineConfig } from 'vitest/config'
import { providers } from './src/registry.js'

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url))

export default defineConfig({
  // What tsup writes into the CLI: `chat-webhooks --version`.
  define: { __VERSION__: JSON.stringify(version) },
  // The examples import the package by name, as users' code does.
  resolve: {
    alias: [
      { find: /^chat-webhooks\/testing$/, replacement: src('testing/index.ts') },
      // Every provider of the registry is a subpath.
      {
        find: new RegExp(`^chat-webhooks/(${Object.keys(providers).join('|')})$`),
        replacement: src('providers/$1/index.ts'),
      },
      { find: /^chat-webhooks$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // The tests that need a redis-server: `npm run test:redis` (vitest.redis.config.ts), in CI.
    exclude: [...configDefaults.exclude, 'test/redis/**'],
    // Fixture-wide law and property tests take seconds; shared machines are slow and noisy.
    testTimeout: 30_000,
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
})
