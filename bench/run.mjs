// The benchmark: for every fixture of every provider, the cost of
// JSON.parse alone (the floor), of decode from the raw string, of decode +
// normalize, of the error path on an invalid payload, and of the references
// users would pick instead — ajv (compiled) and zod 4 — on the same payloads
// with equivalent schemas (bench/schemas.mjs). All measured with mitata,
// interleaved round by round, as ratios to JSON.parse in the same run.
//
// usage: npm run bench [-- --write]   (--write updates bench/README.md)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { do_not_optimize, measure } from 'mitata'
import * as lib from '../dist/index.js'
import { loadSource } from '../scripts/generated.mjs'
import { ajvOf, zodOf } from './schemas.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
// The references are translated from the codecs of the sources (the same as the build's), through their description.
const source = await loadSource(
  [
    "export { providers } from './src/registry.ts'",
    "export { describe } from './src/core/describe.ts'",
    "export { jsonSchemaOf } from './scripts/json-schema.ts'",
  ].join('\n'),
)
// Every provider of the registry; BENCH_PROVIDERS=proto,oneroute for a part.
const PROVIDERS = process.env.BENCH_PROVIDERS?.split(',') ?? Object.keys(lib.providers)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5) // about 20 minutes on 2 cores; BENCH_ROUNDS=1 BENCH_CPU_MS=1 for a quick look
const CPU_TIME = Number(process.env.BENCH_CPU_MS ?? 4) * 1e6
const WARM_MS = Number(process.env.BENCH_WARM_MS ?? 20)
// BENCH_GC=1 (under node --expose-gc) has mitata collect garbage before each measurement; see bench/README.md.
const GC = process.env.BENCH_GC === '1' && typeof globalThis.gc === 'function' ? globalThis.gc : false

const files = (provider) => {
  const out = []
  const walk = (dir, prefix) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`)
      else if (e.name.endsWith('.json')) out.push([`${prefix}${e.name}`, readFileSync(join(dir, e.name), 'utf8')])
    }
  }
  walk(join(root, 'fixtures', provider), '')
  return out
}

/** The payload broken at its first field whose replacement by an object makes it invalid: the error path. */
const invalidOf = (decode, text) => {
  const value = JSON.parse(text)
  const paths = []
  const collect = (v, path) => {
    if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) collect(v[k], [...path, k])
    if (path.length > 0) paths.push(path)
  }
  collect(value, [])
  for (const path of paths.reverse()) {
    const copy = structuredClone(value)
    let parent = copy
    for (const k of path.slice(0, -1)) parent = parent[k]
    parent[path[path.length - 1]] = { broken: true }
    const broken = JSON.stringify(copy)
    if (decode(broken)._tag === 'Left') return broken
  }
  return undefined
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/**
 * Runs each variant, untimed, for WARM_MS: the first calls on a payload that reaches code the
 * engine has not compiled for it yet (a content type no fixture before it had) run unoptimized,
 * and one payload's first round came out at 5–8× where its later rounds were at 1.4×. The figures
 * are the steady state a server reaches after its first few requests.
 */
const warm = (variants) => {
  for (const fn of Object.values(variants)) {
    const t0 = performance.now()
    while (performance.now() - t0 < WARM_MS) do_not_optimize(fn())
  }
}

/**
 * Times each variant, round after round, so that every variant sees the same machine state; the
 * median of the rounds is kept. No garbage is collected between measurements (unless BENCH_GC=1):
 * a full collection every few milliseconds is nothing a server sees, and it inflated the figures
 * of allocating code (Proto's decode + normalize: 1.9–2.1× with it, 1.7–1.8× without).
 */
const interleaved = async (variants) => {
  const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, []]))
  warm(variants)
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, fn] of Object.entries(variants)) {
      const stats = await measure(() => do_not_optimize(fn()), { min_cpu_time: CPU_TIME, min_samples: 8, gc: GC })
      samples[name].push(stats.avg)
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]))
}

/**
 * Times calls of tens to hundreds of µs (a whole provider's fixtures, the 50-event batch): mitata
 * does not batch calls that long, and its few samples of them swing with each garbage collection.
 * Here each variant runs for 40 ms a round, interleaved, and the median of the rounds' averages is
 * kept.
 */
const steady = (variants) => {
  const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, []]))
  warm(variants)
  for (let r = 0; r < Math.max(ROUNDS, 3) * 3; r++) {
    for (const [name, fn] of Object.entries(variants)) {
      let n = 0
      const t0 = process.hrtime.bigint()
      let t
      do {
        do_not_optimize(fn())
        n++
        t = process.hrtime.bigint()
      } while (t - t0 < 40_000_000n)
      samples[name].push(Number(t - t0) / n)
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]))
}

/**
 * The reference validators of each provider, compiled once, as a server would and as `decode`'s
 * checks are: a validator compiled anew for each payload only ever meets that payload's shape,
 * which flattered ajv (Chatwoot: 1.31× that way, 1.42× compiled once, in one pair of runs).
 */
const references = new Map()
const referencesOf = (provider) => {
  if (!references.has(provider))
    references.set(provider, {
      check: ajvOf(source.jsonSchemaOf(source.providers[provider].name, source.providers[provider].Webhook)),
      schema: zodOf(source.providers[provider].Webhook, source.describe),
    })
  return references.get(provider)
}

const rows = []
const bench = async (provider, name, text) => {
  const p = lib.providers[provider]
  const { check, schema } = referencesOf(provider)
  // A reference that refused a payload decode accepts would be timed on its error path: a wrong comparison.
  if (!check(JSON.parse(text)) || !schema.safeParse(JSON.parse(text)).success)
    throw new Error(`bench: a reference schema refuses ${name}, which decode accepts`)
  const broken = invalidOf(p.decode, text)
  const variants = {
    parse: () => JSON.parse(text),
    decode: () => p.decode(text),
    'decode+normalize': () => p.normalize(p.decode(text).right),
    ajv: () => check(JSON.parse(text)),
    zod: () => schema.safeParse(JSON.parse(text)),
  }
  if (broken) variants.error = () => p.decode(broken)
  // mitata times calls of over 65 µs one by one, in few samples: the large payloads go to steady().
  const t0 = process.hrtime.bigint()
  for (let i = 0; i < 10; i++) JSON.parse(text)
  const long = Number(process.hrtime.bigint() - t0) / 10 > 30_000
  const t = long ? steady(variants) : await interleaved(variants)
  const ratio = (k) => (t[k] === undefined ? undefined : t[k] / t.parse)
  rows.push({
    provider,
    name,
    bytes: text.length,
    parseNs: t.parse,
    decode: ratio('decode'),
    full: ratio('decode+normalize'),
    error: ratio('error'),
    ajv: ratio('ajv'),
    zod: ratio('zod'),
  })
}

// Reference validators are compiled once per provider, outside the measurements.
for (const provider of PROVIDERS) {
  lib.providers[provider].Webhook // warm the module
  for (const [name, text] of files(provider)) await bench(provider, name, text)
}

// Scaling: a batch of events, a message with many attachments and a change with many messages cost in
// proportion to their size: each item past the first costs about the same, which the table shows next to
// the cost of the fixture the payload repeats an item of (one item alone).
const scaling = []
const scaled = (items, base) => Object.assign(rows[rows.length - 1], { items, base })
{
  const event = JSON.parse(readFileSync(join(root, 'fixtures/proto/new_messages.text.json'), 'utf8')).events[0]
  const batch = JSON.stringify({
    events: Array.from({ length: 50 }, (_, i) => ({ ...event, chat: { ...event.chat, id: `chat-${i}` } })),
  })
  await bench('proto', 'scaling: 50-event batch', batch)
  scaling.push(scaled(50, 'new_messages.text.json'))
  const message = JSON.parse(
    readFileSync(join(root, 'fixtures/chatwoot/message_created.incoming_image.whatsapp.json'), 'utf8'),
  )
  message.attachments = Array.from({ length: 20 }, (_, i) => ({ ...message.attachments[0], id: 9000 + i }))
  await bench('chatwoot', 'scaling: 20 attachments', JSON.stringify(message))
  scaling.push(scaled(20, 'message_created.incoming_image.whatsapp.json'))
  const wa = JSON.parse(readFileSync(join(root, 'fixtures/whatsapp/messages.text.json'), 'utf8'))
  const value = wa.entry[0].changes[0].value
  value.messages = Array.from({ length: 100 }, (_, i) => ({ ...value.messages[0], id: `wamid.batch${i}` }))
  await bench('whatsapp', 'scaling: 100-message batch', JSON.stringify(wa))
  scaling.push(scaled(100, 'messages.text.json'))
  const sun = JSON.parse(
    readFileSync(join(root, 'fixtures/sunshine/conversation_message.text_user_telegram.official.json'), 'utf8'),
  )
  const [first] = sun.events
  sun.events = Array.from({ length: 50 }, (_, i) => ({
    ...first,
    id: `${first.id.slice(0, 20)}${String(i).padStart(4, '0')}`,
    payload: {
      ...first.payload,
      message: { ...first.payload.message, id: `5f74c7d84a146f3abd7${String(i).padStart(5, '0')}` },
    },
  }))
  await bench('sunshine', 'scaling: 50-event batch', JSON.stringify(sun))
  scaling.push(scaled(50, 'conversation_message.text_user_telegram.official.json'))
}

// Mixed traffic: every fixture of a provider in turn, as a busy server receives them. Timing one
// payload over and over (above) lets the engine's caches settle on that payload's shape; here each
// call meets another shape, which is what makes reading fields a payload lacks expensive.
const mixed = []
for (const provider of PROVIDERS) {
  const p = lib.providers[provider]
  const texts = files(provider).map(([, text]) => text)
  const t = steady({
    parse: () => {
      for (const text of texts) do_not_optimize(JSON.parse(text))
    },
    decode: () => {
      for (const text of texts) do_not_optimize(p.decode(text))
    },
    'decode+normalize': () => {
      for (const text of texts) do_not_optimize(p.normalize(p.decode(text).right))
    },
  })
  mixed.push({
    provider,
    payloads: texts.length,
    parseNs: t.parse,
    decode: t.decode / t.parse,
    full: t['decode+normalize'] / t.parse,
  })
}

const fixturesOnly = rows.filter((r) => !r.name.startsWith('scaling'))
const summary = (key) => {
  const values = fixturesOnly.map((r) => r[key]).filter((v) => v !== undefined)
  return { median: median(values), worst: Math.max(...values) }
}
const f = (x) => (x === undefined ? '–' : `${x.toFixed(2)}×`)
const machine = `${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB), Node ${process.version}`
const date = new Date().toISOString().slice(0, 10)

const lines = []
lines.push(
  `Measured ${date} on ${machine}; ${fixturesOnly.length} payloads, ${ROUNDS} interleaved rounds. Ratios to \`JSON.parse\` of the same text (1.00× = parsing alone).`,
  '',
)
lines.push('| | median | worst |', '|---|---|---|')
for (const [label, key] of [
  ['`decode` (from the raw string)', 'decode'],
  ['`decode` + `normalize`', 'full'],
  ['error path (`decode` of an invalid payload)', 'error'],
  ['ajv (parse + compiled validator)', 'ajv'],
  ['zod 4 (parse + `safeParse`)', 'zod'],
]) {
  const s = summary(key)
  lines.push(`| ${label} | ${f(s.median)} | ${f(s.worst)} |`)
}
lines.push(
  '',
  'Per provider (median of `decode` + `normalize`):',
  '',
  '| provider | payloads | decode | decode + normalize | ajv | zod |',
  '|---|---|---|---|---|---|',
)
for (const p of PROVIDERS) {
  const rs = fixturesOnly.filter((r) => r.provider === p)
  const m = (k) => f(median(rs.map((r) => r[k]).filter((v) => v !== undefined)))
  lines.push(`| ${p} | ${rs.length} | ${m('decode')} | ${m('full')} | ${m('ajv')} | ${m('zod')} |`)
}
lines.push(
  '',
  'Mixed traffic (every fixture of a provider in turn, each call meeting another payload shape; ratios of the totals):',
  '',
  '| provider | payloads | parse, all | decode | decode + normalize |',
  '|---|---|---|---|---|',
)
for (const r of mixed)
  lines.push(`| ${r.provider} | ${r.payloads} | ${(r.parseNs / 1000).toFixed(1)} µs | ${f(r.decode)} | ${f(r.full)} |`)
lines.push(
  '',
  'Scaling (the cost grows with the size, in proportion: each item past the first costs about the same):',
  '',
  '| payload | bytes | parse | decode + normalize | each item past the first | one item alone |',
  '|---|---|---|---|---|---|',
)
const micros = (ns) => (ns === undefined ? '–' : `${(ns / 1000).toFixed(2)} µs`)
for (const r of scaling) {
  // decode + normalize of the payload, and of the fixture it repeats an item of, in nanoseconds.
  const whole = r.full * r.parseNs
  const base = rows.find((b) => b.provider === r.provider && b.name === r.base)
  const one = base && base.full * base.parseNs
  const next = one === undefined ? undefined : (whole - one) / (r.items - 1)
  lines.push(
    `| ${r.provider}: ${r.name.replace('scaling: ', '')} | ${r.bytes} | ${(r.parseNs / 1000).toFixed(1)} µs | ${f(r.full)} | ${micros(next)} | ${micros(one)} |`,
  )
}
lines.push(
  '',
  '<details><summary>Every payload</summary>',
  '',
  '| payload | bytes | parse | decode | decode + normalize | error | ajv | zod |',
  '|---|---|---|---|---|---|---|---|',
)
for (const r of rows)
  lines.push(
    `| ${r.provider}/${r.name} | ${r.bytes} | ${(r.parseNs / 1000).toFixed(1)} µs | ${f(r.decode)} | ${f(r.full)} | ${f(r.error)} | ${f(r.ajv)} | ${f(r.zod)} |`,
  )
lines.push('', '</details>')
const table = lines.join('\n')
console.log(table)

if (process.argv.includes('--write')) {
  const readme = join(root, 'bench', 'README.md')
  const current = readFileSync(readme, 'utf8')
  const start = current.indexOf('<!-- results -->')
  const end = current.indexOf('<!-- /results -->')
  writeFileSync(readme, `${current.slice(0, start)}<!-- results -->\n${table}\n${current.slice(end)}`)
}
