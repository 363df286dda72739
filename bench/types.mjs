// `npm run bench:types`: how long a strict consumer (library types checked) takes to type-check
// against the built package, next to the same size of consumer of @octokit/webhooks, in the same run
// with the same TypeScript. Ours, bench/types/consumer.ts, is written here from the registry: every
// provider's subpath, its webhook union narrowed on its first three tag values, and the root's front
// door; tools/bench-types/octokit.ts is the other. The two alternate, ROUNDS times each; the medians
// and their ratio are printed, with TypeScript's own counts (types, instantiations), which do not
// depend on the machine. The target is a ratio of at most 0.5.
//
// usage: npm run build && node bench/types.mjs [--json]
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { providers } from '../dist/index.js'
import { tool } from '../scripts/tools.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
tool('bench-types')
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
const ROUNDS = Number(process.env.BENCH_TYPES_ROUNDS ?? 7)
const TARGET = 0.5

/** The consumer: per provider, `decode`, then the union narrowed on a few tag values, each branch reading the narrowed value. */
const consumer = () => {
  const lines = [
    '// Written by bench/types.mjs from the registry — do not edit.',
    "import { handle, type ChatEvent } from 'chat-webhooks'",
    ...Object.keys(providers).map((id) => `import * as ${id} from 'chat-webhooks/${id}'`),
    '',
    'const seen: unknown[] = []',
  ]
  for (const [id, p] of Object.entries(providers)) {
    lines.push(
      `export const ${id}Events = (body: string): ChatEvent[] => {`,
      `  const r = ${id}.decode(body)`,
      "  if (r._tag === 'Left') return []",
      '  const w = r.right',
    )
    const tags = p.Webhook.tags ?? []
    for (const key of Object.keys(p.Webhook.variants ?? {}).slice(0, 3)) {
      const test = key.split('/').map((value, i) => `w.${tags[i]} === ${JSON.stringify(value)}`)
      lines.push(`  if (${test.join(' && ')}) seen.push(w)`)
    }
    lines.push(`  return ${id}.normalize(w)`, '}')
  }
  lines.push(
    '',
    "export const kinds = async (request: Request): Promise<ChatEvent['kind'][]> => {",
    '  const result = await handle(request, {})',
    '  return result.ok ? result.events.map((e) => e.kind) : []',
    '}',
    '',
  )
  return lines.join('\n')
}
writeFileSync(join(root, 'bench', 'types', 'consumer.ts'), consumer())

const consumers = {
  'chat-webhooks': join(root, 'bench', 'types', 'tsconfig.json'),
  '@octokit/webhooks': join(root, 'tools', 'bench-types', 'tsconfig.json'),
}

/** One type-check: TypeScript's --extendedDiagnostics figures (times in seconds, memory in KB). */
const check = (project) => {
  const out = execFileSync(process.execPath, [tsc, '-p', project, '--extendedDiagnostics'], { encoding: 'utf8' })
  const figure = (name) => Number(new RegExp(`^${name}:\\s+([\\d.]+)`, 'm').exec(out)?.[1] ?? NaN)
  return {
    total: figure('Total time'),
    check: figure('Check time'),
    memory: figure('Memory used'),
    types: figure('Types'),
    instantiations: figure('Instantiations'),
  }
}

const runs = Object.fromEntries(Object.keys(consumers).map((name) => [name, []]))
for (let i = 0; i < ROUNDS; i++)
  for (const [name, project] of Object.entries(consumers)) runs[name].push(check(project))

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const rows = Object.fromEntries(
  Object.entries(runs).map(([name, rs]) => [
    name,
    {
      total: median(rs.map((r) => r.total)),
      check: median(rs.map((r) => r.check)),
      memory: median(rs.map((r) => r.memory)),
      types: rs[0].types,
      instantiations: rs[0].instantiations,
    },
  ]),
)
const ratio = rows['chat-webhooks'].total / rows['@octokit/webhooks'].total

if (process.argv.includes('--json')) console.log(JSON.stringify({ rounds: ROUNDS, rows, ratio }))
else {
  const version = execFileSync(process.execPath, [tsc, '--version'], { encoding: 'utf8' }).trim()
  console.log(`strict consumers type-checked, median of ${ROUNDS} (${version})`)
  console.log('| consumer | total | check | memory | types | instantiations |')
  console.log('|---|---|---|---|---|---|')
  for (const [name, r] of Object.entries(rows))
    console.log(
      `| ${name} | ${r.total.toFixed(2)} s | ${r.check.toFixed(2)} s | ${Math.round(r.memory / 1024)} MB | ${r.types} | ${r.instantiations} |`,
    )
  console.log(`chat-webhooks / @octokit/webhooks: ${ratio.toFixed(2)}× (target ≤ ${TARGET}×)`)
}
