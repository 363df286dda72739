// `npm run demo`: builds the package unless dist/ is newer than every source it is built from, then
// runs the CLI over every bundled fixture (detect, decode, normalize) and prints what it found.
//
// usage: node scripts/demo.mjs
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The newest modification time under `path` (a file or a folder, walked). */
const newest = (path) => {
  const s = statSync(path)
  if (!s.isDirectory()) return s.mtimeMs
  let t = 0
  for (const e of readdirSync(path)) t = Math.max(t, newest(join(path, e)))
  return t
}

const outputs = ['cli.cjs', 'index.cjs', 'index.d.cts'].map((f) => join(root, 'dist', f))
const inputs = ['src', 'package.json', 'tsup.config.ts', 'scripts/types-once.mjs'].map((f) => join(root, f))
const current = outputs.every(existsSync) && Math.min(...outputs.map(newest)) >= Math.max(...inputs.map(newest))
if (current) console.log('dist/ is current: not rebuilding')
else execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
execFileSync(process.execPath, [join('dist', 'cli.cjs'), 'inspect', 'fixtures'], { cwd: root, stdio: 'inherit' })
