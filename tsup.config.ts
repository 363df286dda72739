import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Options } from 'tsup'
import { providers } from './src/registry.js'

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

/** One entry per public subpath: the root, every provider of the registry, the testing helpers. */
const entry = {
  index: 'src/index.ts',
  ...Object.fromEntries(Object.keys(providers).map((id) => [id, `src/providers/${id}/index.ts`])),
  testing: 'src/testing/index.ts',
}

/** The `node` build's one difference: HMAC through node:crypto (src/core/hmac.node.ts) instead of WebCrypto. */
const nodeCrypto: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'node-crypto',
  setup(build) {
    build.onResolve({ filter: /\/hmac\.js$/ }, (args) =>
      args.importer.includes('/src/core/') ? { path: fileURLToPath(new URL('./src/core/hmac.node.ts', import.meta.url)) } : undefined,
    )
  },
}

export default defineConfig([
  {
    // The library: one entry per public subpath, ESM + CJS, each with its own types.
    entry,
    format: ['esm', 'cjs'],
    // Each entry is self-contained: a shared chunk would hold the root's namespace objects
    // (`chatwoot`, `channeltalk`…), which keep every export of a provider alive in a one-provider import.
    splitting: false,
    dts: true,
    // dist/node is the node build's, which cleans it itself.
    clean: ['**/*', '!node', '!node/**'],
    sourcemap: true,
    treeshake: true,
    // ES2022 keeps class fields and logical assignment as written (no helper functions); Node 18, Bun, Deno and Workers run it.
    target: 'es2022',
    platform: 'neutral',
    external: ['io-ts', 'fp-ts'],
  },
  {
    // The same library for Node, Bun and Deno (the `node` export condition): HMAC through node:crypto.
    // Its types are the default build's.
    entry,
    outDir: 'dist/node',
    format: ['esm', 'cjs'],
    splitting: false,
    dts: false,
    clean: true,
    sourcemap: true,
    treeshake: true,
    target: 'es2022',
    platform: 'node',
    external: ['io-ts', 'fp-ts'],
    esbuildPlugins: [nodeCrypto],
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
