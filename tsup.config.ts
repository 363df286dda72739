import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'
import { providers } from './src/registry.js'

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

export default defineConfig([
  {
    // The library: one entry per public subpath, ESM + CJS, each with its own types.
    // The registry names the providers: one subpath each.
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(Object.keys(providers).map((id) => [id, `src/providers/${id}/index.ts`])),
      testing: 'src/testing/index.ts',
    },
    format: ['esm', 'cjs'],
    // Each entry is self-contained: a shared chunk would hold the root's namespace objects
    // (`chatwoot`, `channeltalk`…), which keep every export of a provider alive in a one-provider import.
    splitting: false,
    dts: true,
    clean: true,
    sourcemap: true,
    treeshake: true,
    // ES2022 keeps class fields and logical assignment as written (no helper functions); Node 18, Bun, Deno and Workers run it.
    target: 'es2022',
    platform: 'neutral',
    external: ['io-ts', 'fp-ts'],
  },
  {
    // The CLI is the one place allowed to use node: modules.
    entry: { cli: 'src/cli/index.ts' },
    format: ['cjs'],
    platform: 'node',
    target: 'node18',
    banner: { js: '#!/usr/bin/env node' },
    // `chat-webhooks --version`.
    define: { __VERSION__: JSON.stringify(version) },
    external: ['io-ts', 'fp-ts'],
  },
])
