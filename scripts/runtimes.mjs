// Runs the runtime smoke suite (test/runtime/smoke.mjs) on Node, Bun, Deno
// and workerd — each from the npm registry — against the built package: the
// default (WebCrypto) build on Node and workerd, the `node` build (node:crypto)
// on Node, Bun and Deno.
//
// usage: npm run build && node scripts/runtimes.mjs
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'
import { Miniflare } from 'miniflare'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = (name) => join(root, 'node_modules', '.bin', name)
const runner = join(root, 'test', 'runtime', 'run.mjs')

const results = {}
const run = (name, command, args, build) => {
  const out = execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, CHAT_WEBHOOKS_BUILD: build } })
  results[name] = JSON.parse(out.trim().split('\n').pop())
}
// Node, Bun and Deno resolve the `node` export condition: they get the node:crypto build; Node runs the default one too.
run('node', process.execPath, [runner], 'default')
run('node (node build)', process.execPath, [runner], 'node')
run('bun (node build)', bin('bun'), [runner], 'node')
run('deno (node build)', bin('deno'), ['run', '--allow-read', '--allow-env', runner], 'node')

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
  console.log(`${same ? 'ok  ' : 'FAIL'} ${runtime}: ${r.fixtures} fixtures, ${r.events} events, ${r.verified} signatures verified`)
}
if (failed) process.exit(1)
