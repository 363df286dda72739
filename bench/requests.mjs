// The request table: what a whole verified webhook costs, per signing provider of the registry, as
// ratios to a hand-rolled handler doing what people write by hand (node:crypto HMAC,
// timingSafeEqual, JSON.parse; no validation, no model) — interleaved in one run:
// - the README route: `await verify(…)`, `decode`, `normalize`;
// - the provider's front door on a plain `{ body, headers, url }` (an Express or Fastify route);
// - the same front door on a Fetch `Request` (created for each call, as a server gets one).
//
// usage: npm run build && node bench/requests.mjs [--write]   (--write updates bench/README.md)
import { createHmac, timingSafeEqual } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
// On Node, `#hmac` resolves under the `node` condition: HMAC through node:crypto.
import { providers } from '../dist/index.js'
import { fixtureNames, signedParts } from '../dist/testing.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7)
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 300)
const SECRET = 'bench-secret-4d2f'

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** Each async variant runs for ROUND_MS a round, interleaved with the others; the median of the rounds' averages is kept. */
const timed = async (variants) => {
  const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, []]))
  for (const fn of Object.values(variants)) for (let i = 0; i < 200; i++) await fn() // warm-up
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, fn] of Object.entries(variants)) {
      let n = 0
      const t0 = process.hrtime.bigint()
      let t
      do {
        if ((await fn()) !== true) throw new Error(`bench: ${name} refused a signed request`)
        n++
        t = process.hrtime.bigint()
      } while (t - t0 < BigInt(ROUND_MS) * 1_000_000n)
      samples[name].push(Number(t - t0) / n)
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]))
}

/** What people write by hand for a provider's scheme, from its verification descriptor: HMAC, constant-time compare, JSON.parse. */
const handCheck = (verification) => {
  const hash = verification.kind === 'hmac-sha512' ? 'sha512' : 'sha256'
  const prefix = verification.format?.startsWith('sha256=') ? 'sha256=' : ''
  return (body, header) => {
    const mac = createHmac(hash, SECRET)
    if (verification.timestampHeader) mac.update(`${header(verification.timestampHeader)}.`)
    const expected = Buffer.from(prefix + mac.update(body).digest('hex'))
    const given = Buffer.from(header(verification.signatureHeader) ?? '')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false
    JSON.parse(body)
    return true
  }
}

/** The hand-rolled handler on a route's parts. */
const handRolled = (verification, parts) => {
  const check = handCheck(verification)
  return () => check(parts.body, (name) => parts.headers[name])
}

/** The same, on a Fetch `Request` as a Workers or Deno route gets it: the request made, its text read, its headers asked for. */
const handRolledOnRequest = (verification, parts) => {
  const check = handCheck(verification)
  return async () => {
    const request = new Request(parts.url, { method: 'POST', body: parts.body, headers: parts.headers })
    return check(await request.text(), (name) => request.headers.get(name))
  }
}

const rows = []
for (const [id, p] of Object.entries(providers)) {
  if (!p.sign || !p.verification.signatureHeader) continue
  for (const name of fixtureNames(id)
    .filter((n) => !n.startsWith('captured/'))
    .slice(0, 3)) {
    const parts = await signedParts(id, name, { secret: SECRET })
    const t = await timed({
      'hand-rolled': handRolled(p.verification, parts),
      'README route': async () => {
        if (!(await p.verify({ secret: SECRET, body: parts.body, headers: parts.headers })).ok) return false
        const r = p.decode(parts.body)
        return r._tag === 'Right' && p.normalize(r.right).length > 0
      },
      'front door, plain object': async () => (await p.handle(parts, { secret: SECRET })).ok,
      'hand-rolled, Fetch Request': handRolledOnRequest(p.verification, parts),
      'front door, Fetch Request': async () =>
        (
          await p.handle(new Request(parts.url, { method: 'POST', body: parts.body, headers: parts.headers }), {
            secret: SECRET,
          })
        ).ok,
    })
    rows.push({ id, name, bytes: parts.body.length, ...t })
    console.log(
      `${id}/${name}: hand-rolled ${(t['hand-rolled'] / 1000).toFixed(1)} µs; README route ${(t['README route'] / t['hand-rolled']).toFixed(2)}×, plain ${(t['front door, plain object'] / t['hand-rolled']).toFixed(2)}×, Request ${(t['front door, Fetch Request'] / t['hand-rolled']).toFixed(2)}× (${(t['front door, Fetch Request'] / t['hand-rolled, Fetch Request']).toFixed(2)}× hand-rolled on a Request)`,
    )
  }
}

const ratio = (k, to = 'hand-rolled') => median(rows.map((r) => r[k] / r[to]))
const table = [
  '## Requests',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.versions.node}; ${rows.length} signed payloads (\`node bench/requests.mjs\`). Median ratio to a hand-rolled handler (node:crypto HMAC, \`timingSafeEqual\`, \`JSON.parse\`):`,
  '',
  '| route | median |',
  '|---|---|',
  `| README route (\`await verify\`, \`decode\`, \`normalize\`) | ${ratio('README route').toFixed(2)}× |`,
  `| front door on \`{ body, headers, url }\` | ${ratio('front door, plain object').toFixed(2)}× |`,
  `| front door on a Fetch \`Request\` | ${ratio('front door, Fetch Request').toFixed(2)}× |`,
  `| front door on a Fetch \`Request\`, to hand-rolled on the same \`Request\` | ${ratio('front door, Fetch Request', 'hand-rolled, Fetch Request').toFixed(2)}× |`,
  '',
  'Each `Request` is made inside the timed call, as a test would; a server gets it made. Most of that is the `Request` and its body read: a hand-rolled handler given the same `Request` (reading its text and headers) costs about what the front door does.',
  '',
  '| payload | bytes | hand-rolled | README route | plain object | Request | hand-rolled on a Request | Request, to it |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.id}/${r.name} | ${r.bytes} | ${(r['hand-rolled'] / 1000).toFixed(1)} µs | ${(r['README route'] / r['hand-rolled']).toFixed(2)}× | ${(r['front door, plain object'] / r['hand-rolled']).toFixed(2)}× | ${(r['front door, Fetch Request'] / r['hand-rolled']).toFixed(2)}× | ${(r['hand-rolled, Fetch Request'] / 1000).toFixed(1)} µs | ${(r['front door, Fetch Request'] / r['hand-rolled, Fetch Request']).toFixed(2)}× |`,
  ),
]
console.log(`\n${table.join('\n')}`)

if (process.argv.includes('--write')) {
  const file = join(root, 'bench', 'README.md')
  const text = readFileSync(file, 'utf8')
  const at = text.indexOf('## Requests')
  writeFileSync(file, `${at >= 0 ? text.slice(0, at).trimEnd() : text.trimEnd()}\n\n${table.join('\n')}\n`)
}
