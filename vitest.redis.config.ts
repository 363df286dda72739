// `npm run test:redis`: the tests that need a redis-server on the PATH (CI installs it from Debian's
// packages); `npm test` leaves them out.
import { configDefaults, defineConfig } from 'vitest/config'
import base from './vitest.config.js'

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/redis/**/*.test.ts'],
    exclude: configDefaults.exclude,
    typecheck: { enabled: false },
  },
})
