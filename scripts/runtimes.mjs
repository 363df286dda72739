// Runs the runtime smoke suite (test/runtime/smoke.mjs) on Node, Bun, Deno
// and workerd — each from the npm registry — against the built package. Node,
// Bun and Deno resolve `#hmac` under the `node` condition (node:crypto),
// workerd under the default one (WebCrypto).
//
// Bun, Deno and Miniflare (workerd) come from tools/runtimes (scripts/tools.mjs):
// installed there on first use, at the versions its lockfile pins.
//
// usage: npm run build && node scripts/runtimes.mjs
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'
import { tool } from './tools.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const runtimes = tool('runtimes')
const { Miniflare } = runtimes.require('miniflare')
const runner = join(root, 'test', 'runtime', 'run.mjs')

const results = {}
const run = (name, command, args) => {
  const out = execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  results[name] = JSON.parse(out.trim().split('\n').pop())
}
run('node', process.execPath, [runner])
run('bun', runtimes.bin('bun'), [runner])
run('deno', runtimes.bin('deno'), ['run', '--allow-read', '--allow-env', runner])

const bundle = await esbuild.build({
  entryPoints: [join(root, 'test', 'runtime', 'worker.mjs')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  write: false,
  logLevel: 'error',
})
const mf = new Miniflare({ modules: true, script: bundle.outputFiles[0].text, compatibilityDate: '2024-09-23' })
try {
  const res = await mf.dispatchFetch('http://localhost/')
  const text = await res.text()
  if (res.status !== 200) throw new Error(`workerd: ${text}`)
  results.workerd = JSON.parse(text)
} finally {
  await mf.dispose()
}

const expected = JSON.stringify(results.node)
let failed = false
for (const [runtime, r] of Object.entries(results)) {
  const same = JSON.stringify(r) === expected
  failed ||= !same
  console.log(
    `${same ? 'ok  ' : 'FAIL'} ${runtime}: ${r.fixtures} fixtures, ${r.events} events, ${r.verified} signatures verified`,
  )
}
if (failed) process.exit(1)
