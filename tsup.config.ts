import { defineConfig } from 'tsup'

export default defineConfig([
  {
    // The library: one entry per public subpath, ESM + CJS, each with its own types.
    entry: {
      index: 'src/index.ts',
      chatwoot: 'src/providers/chatwoot/index.ts',
      channeltalk: 'src/providers/channeltalk/index.ts',
      proto: 'src/providers/proto/index.ts',
      oneroute: 'src/providers/oneroute/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    treeshake: true,
    target: 'es2020',
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
    external: ['io-ts', 'fp-ts'],
  },
])
