import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig, type Options } from 'tsup'
import { providers } from './src/registry.js'

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

/** One entry per public subpath: the root, every provider of the registry, the testing helpers. */
const entry = {
  index: 'src/index.ts',
  ...Object.fromEntries(Object.keys(providers).map((id) => [id, `src/providers/${id}/index.ts`])),
  testing: 'src/testing/index.ts',
}

type Plugin = NonNullable<Options['esbuildPlugins']>[number]

/**
 * HMAC is the one piece that differs between runtimes: the library imports it as `#hmac`, which the
 * package's `imports` map resolves to node:crypto under the `node` condition (Node, Bun, Deno) and to
 * WebCrypto elsewhere (src/core/hmac.ts, src/core/hmac.node.ts). One build serves every runtime.
 */
const hmacImport: Plugin = {
  name: 'hmac-import',
  setup(build) {
    build.onResolve({ filter: /\/hmac\.js$/ }, (args) =>
      args.importer.includes('/src/core/') ? { path: '#hmac', external: true } : undefined,
    )
  },
}

/**
 * The named-type idiom costs nothing at run time: `const XC = struct(…)` followed by
 * `export const X: Codec<X> = XC` is compiled as `export const X = struct(…)`, without the alias a
 * bundler would keep for every exported codec (test/named-types.test.ts pins the shape this reads).
 */
const namedCodecs: Plugin = {
  name: 'named-codecs',
  setup(build) {
    build.onLoad({ filter: /\/src\/providers\/[^/]+\/codecs\.ts$/ }, (args) => {
      let source = readFileSync(args.path, 'utf8')
      for (const [line, name] of source.matchAll(/^export const (\w+): (?:Enum)?Codec<[^=]*> =\s*\w+C$/gm)) {
        source = source
          .replace(line, '')
          .replaceAll(new RegExp(`\\b${name}C\\b`, 'g'), name as string)
          .replace(`\nconst ${name} = `, `\nexport const ${name} = `)
      }
      // A declaration this did not read would keep its alias: fail the build instead of growing it unnoticed.
      if (/^export const \w+: (?:Enum)?Codec</m.test(source))
        throw new Error(`${args.path}: a codec declaration named-codecs cannot read`)
      return { contents: source, loader: 'ts' }
    })
  },
}

/**
 * src/core/io.ts gives io-ts's values this library's declarations (`export const string: Type<string> =
 * io.string`); at run time they are io-ts's own, so the build re-exports them as they are instead of
 * through a variable each (0.1 KB).
 */
const ioAsIs: Plugin = {
  name: 'io-as-is',
  setup(build) {
    build.onLoad({ filter: /\/src\/core\/io\.ts$/ }, (args) => {
      let source = readFileSync(args.path, 'utf8')
      const local = new Map<string, string>()
      for (const [statement, exported, name, member] of source.matchAll(
        /^(export )?const (\w+)\b[\s\S]*?=\s*io\.(\w+)\s*$/gm,
      )) {
        source = source.replace(statement, '')
        local.set(name as string, `${member as string} as ${exported ? (name as string) : (member as string)}`)
      }
      source = source.replace(/^export \{ (\w+) as \w+ \}$/gm, '').replace(/^import \* as io from 'io-ts'$/m, '')
      if (/=\s*io\./.test(source)) throw new Error(`${args.path}: a value io-as-is cannot read`)
      return { contents: `${source}\nexport { ${[...local.values()].sort().join(', ')} } from 'io-ts'\n`, loader: 'ts' }
    })
  },
}

/**
 * The testing subpath's fixtures ship once, as one JSON file that the ESM build imports (with a `json`
 * import attribute) and the CJS build requires, instead of once per format.
 */
const FIXTURES_JSON = 'fixtures.json'
const fixturesOnce: Plugin = {
  name: 'fixtures-once',
  setup(build) {
    build.onResolve({ filter: /^\.\/fixtures\.json$/ }, (args) =>
      args.importer.includes('/src/generated/') ? { path: `./${FIXTURES_JSON}`, external: true } : undefined,
    )
    build.onEnd(() =>
      copyFileSync(join('src', 'generated', FIXTURES_JSON), join(build.initialOptions.outdir ?? 'dist', FIXTURES_JSON)),
    )
  },
}

export default defineConfig([
  {
    // The library: one entry per public subpath, ESM + CJS, each with its own types.
    entry,
    format: ['esm', 'cjs'],
    // Entries share chunks (the core, each provider's code) instead of each carrying its own copy. The root
    // has no namespace objects, so a one-provider import still tree-shakes down to what it uses.
    splitting: true,
    dts: true,
    // `npm run build` empties dist first: the three builds write there side by side.
    clean: false,
    sourcemap: false,
    // Not minified: minifiers drop the `/*#__PURE__*/` marks that let users' bundlers drop unused codecs.
    // ES2022 keeps class fields and logical assignment as written (no helper functions); Node 18, Bun, Deno and Workers run it.
    target: 'es2022',
    platform: 'neutral',
    external: ['io-ts', 'fp-ts'],
    esbuildPlugins: [hmacImport, fixturesOnce, namedCodecs, ioAsIs],
    // The fixtures' `with { type: 'json' }` stays in the ESM output (Node 18.20+/20.10+, Deno, Bun and bundlers read it).
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'import-attributes': true }
    },
  },
  {
    // What `#hmac` resolves to (package.json `imports`): WebCrypto, and node:crypto for the `node` condition.
    entry: { hmac: 'src/core/hmac.ts', 'hmac.node': 'src/core/hmac.node.ts' },
    format: ['esm', 'cjs'],
    splitting: false,
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    external: ['node:crypto'],
  },
  {
    // The CLI is the one place allowed to use node: modules; it runs the library's own CJS build.
    entry: { cli: 'src/cli/index.ts' },
    format: ['cjs'],
    platform: 'node',
    target: 'node18',
    clean: false,
    banner: { js: '#!/usr/bin/env node' },
    // `chat-webhooks --version`.
    define: { __VERSION__: JSON.stringify(version) },
    external: ['io-ts', 'fp-ts'],
    esbuildPlugins: [
      {
        name: 'library-external',
        setup(build) {
          build.onResolve({ filter: /^\.\.\/(index|testing\/index)\.js$/ }, (args) =>
            args.importer.includes('/src/cli/')
              ? { path: args.path.startsWith('../index') ? './index.cjs' : './testing.cjs', external: true }
              : undefined,
          )
        },
      },
    ],
  },
])
