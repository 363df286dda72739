// What the generating scripts share: reading every fixture of a provider, and
// writing a generated file or, with --check, failing when it is out of date.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))

/** Every fixture of a provider, in name order: [name without `.json`, raw text]. */
export const fixtureFiles = (provider) => {
  const found = []
  const walk = (dir, prefix) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`)
      else if (e.name.endsWith('.json'))
        found.push([`${prefix}${e.name.slice(0, -5)}`, readFileSync(join(dir, e.name), 'utf8')])
    }
  }
  walk(join(root, 'fixtures', provider), '')
  return found
}

/** TypeScript as the project formats it (Prettier, .prettierrc.json): generated files read, and diff, like the rest. */
export const formatted = async (text) => {
  const prettier = await import('prettier')
  const options = await prettier.resolveConfig(join(root, 'src', 'index.ts'))
  return prettier.format(text, { ...options, parser: 'typescript' })
}

/** Writes `text` to `path`, or with --check fails when the file differs, naming the command that regenerates it. */
export const writeOrCheck = (path, text, command) => {
  const name = relative(root, path)
  if (process.argv.includes('--check')) {
    if (readFileSync(path, 'utf8') !== text) {
      console.error(`${name} is out of date: run \`${command}\``)
      process.exit(1)
    }
    console.log(`${name} is up to date`)
  } else {
    writeFileSync(path, text)
    console.log(`wrote ${name}`)
  }
}

/**
 * The registry (src/registry.ts) as the scripts read it: bundled once with esbuild, with the io-ts
 * module and the core combinators from the same bundle, so that codec identities match. The
 * provider ids, their order and everything else the scripts derive come from here.
 * @returns {Promise<{ t: any, core: any, providers: Record<string, any>, ids: string[] }>}
 */
export const loadRegistry = async () => {
  const m = await loadSource(
    [
      "export * as t from 'io-ts'",
      "export * as core from './src/core/codecs.ts'",
      "export { providers } from './src/registry.ts'",
    ].join('\n'),
  )
  return { t: m.t, core: m.core, providers: m.providers, ids: Object.keys(m.providers) }
}

/**
 * A module of the sources, bundled with esbuild from `entry` (TypeScript, resolved from the
 * project's root) and imported: how the scripts read the library without a build.
 * @param {string} entry
 * @returns {Promise<any>}
 */
export const loadSource = async (entry) => {
  const { build } = await import('esbuild')
  const { mkdtempSync, rmSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const { pathToFileURL } = await import('node:url')
  const dir = mkdtempSync(join(tmpdir(), 'chat-webhooks-source-'))
  try {
    const outfile = join(dir, 'source.mjs')
    // A provider being added has no generated check yet: it reads as one that never passes, so the codec decides.
    const { existsSync } = await import('node:fs')
    const stubChecks = {
      name: 'stub-checks',
      setup(b) {
        b.onResolve({ filter: /generated\/checks\/[^/]+\.js$/ }, (args) => {
          const file = join(args.resolveDir, args.path.replace(/\.js$/, '.ts'))
          return existsSync(file) ? { path: file } : { path: file, namespace: 'stub-checks' }
        })
        b.onLoad({ filter: /.*/, namespace: 'stub-checks' }, () => ({
          contents: 'export const check = () => 0\nexport const convert = (u) => u',
          loader: 'js',
        }))
      },
    }
    await build({
      stdin: { contents: entry, resolveDir: root, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'error',
      plugins: [stubChecks],
    })
    return await import(pathToFileURL(outfile).href)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
