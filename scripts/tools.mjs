// Tools only some tasks need (tools/runtimes: Bun, Deno and workerd for the runtime smoke suite;
// tools/mutation: Stryker; tools/package: are-the-types-wrong; tools/bench-types: @octokit/webhooks for
// `npm run bench:types`) are not dependencies of the repository, which keeps `npm ci` small. Each lives in a folder of
// its own under tools/, pinned by its own lockfile, installed there on first use and reused until that
// lockfile changes.
//
// usage: node scripts/tools.mjs <folder under tools/> [command args…]  (installs, then runs the command
// with the tool's node_modules/.bin first on PATH); or import { tool } for a script's own use.
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Installs the tools of `tools/<name>` unless those installed match its lockfile; returns where they are. */
export const tool = (name) => {
  const dir = join(root, 'tools', name)
  const lock = createHash('sha256')
    .update(readFileSync(join(dir, 'package-lock.json')))
    .digest('hex')
  const marker = join(dir, 'node_modules', '.installed-from')
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== lock) {
    console.error(`installing tools/${name} (once)…`)
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    writeFileSync(marker, lock)
  }
  return {
    bin: (command) => join(dir, 'node_modules', '.bin', command),
    require: createRequire(join(dir, 'package.json')),
    path: `${join(dir, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [name, command, ...args] = process.argv.slice(2)
  if (!name) {
    console.error(`usage: node scripts/tools.mjs <${readdirSync(join(root, 'tools')).join('|')}> [command args…]`)
    process.exit(2)
  }
  const t = tool(name)
  if (command) {
    const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, PATH: t.path } })
    process.exit(r.status ?? 1)
  }
}
