// Bundle-size budgets, measured as users' bundlers see the package: each
// import below is bundled from dist/ with esbuild (minified, ESM,
// platform "neutral" — so a `node:` import in the library fails the build),
// io-ts and fp-ts included, then gzipped.
//
// usage: npm run build && node scripts/size.mjs [--json]
import * as esbuild from 'esbuild'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { providers } from '../dist/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

/** Resolves `chat-webhooks[/subpath]` through the package's own exports map, as a consumer's bundler would. */
const self = {
  name: 'self',
  setup(build) {
    build.onResolve({ filter: /^chat-webhooks(\/.*)?$/ }, (args) => {
      const entry = exports['.' + args.path.slice('chat-webhooks'.length)]
      if (!entry) return { errors: [{ text: `no export for ${args.path}` }] }
      return { path: join(root, entry.import.default) }
    })
  },
}
const KB = 1024

/**
 * [what is imported, code, budget in gzipped KB, the target when the budget is not yet the target].
 * Chatwoot and Channel Talk carry every field their providers document
 * (Channel Talk: every field of its v5 and v4 OpenAPI models), and `decode`'s
 * generated fast path repeats each field once more as a property read (about
 * 4 KB of each, 10 KB of the root): the price of decoding at about the cost of
 * `JSON.parse` (bench/README.md). Where that does not fit the target, the
 * budget holds today's size so that it cannot grow.
 */
/** Budgets above the 12 KB target, by provider: what they weigh today (see above). */
const OVER_TARGET = {
  // 0.3.0 added Chatwoot 4.15's referral and call codecs and Channel Talk's deletion and e-mail models (+0.6 KB each with
  // their generated checks), the look-alike hint of a failed decode, which asks every provider's detect (+0.7 KB), and
  // the body depth limit (too_deep, +0.1 KB). Then one build with shared chunks, whose codecs no longer
  // close over a second name each (tsup.config.ts, named-codecs), took 0.2 KB off both. Declaring io-ts's
  // values through src/core/io.ts left the minified code as long as before (16 bytes shorter for Channel
  // Talk) but renamed its identifiers, which gzip 7 bytes worse: Channel Talk's budget rounds up to 21.5.
  // Then WhatsApp's detect joined every bundle's look-alike hint (+40 B each): Chatwoot's rounds up to 20.2.
  // Then two more providers' detects (+50 B each): Channel Talk's budget rounds up to 21.6, Chatwoot's to 20.3.
  chatwoot: 20.3,
  channeltalk: 21.6,
  // WhatsApp, as added (measured 16.5 KB): its 18 message types, 6 typed fields and statuses give the largest
  // generated check of the small providers (2.9 KB of it) and a normalizer of 4.7 KB; io-ts and the core's
  // combinators are 6.9 KB of every provider's. Reaching 12 KB needs a fast path that interprets a table
  // instead of straight-line code, and content parts mapped from a table.
  whatsapp: 16.7,
  // Sunshine Conversations, as added (measured 17.5 KB): 25 event types, 9 content types, 6 action types and the
  // user, client, device and source objects give a generated check of 15.3 KB minified (the largest part), a
  // normalizer of 10.8 KB and codecs of 8.9 KB, beside the 6.9 KB of io-ts and the core every provider carries.
  // Reaching 12 KB needs a fast path that interprets a table instead of straight-line code,
  // and a check that stops at the fields the normalizer reads, leaving the rest to the codec on demand.
  sunshine: 17.6,
  // Intercom, as added (measured 18.1 KB): 45 typed topics, each a notification variant whose generated check
  // repeats the envelope's (18.3 KB minified, the largest part, though 18 topics share the conversation item and
  // 10 the contact), a normalizer of 12.1 KB (topic routing, part choice, changes), codecs of 7.7 KB and the
  // HTML reader (2.3 KB). Reaching 12 KB needs a check generated once per item shape and dispatched by topic, and
  // the contact's 60 fields checked from a table, as large structs already are.
  intercom: 18.2,
  // OneRoute fits the target but for the look-alike hint, which names every provider's detect (+50 B a provider):
  // with seven providers it is 12.01 KB. A hint that imports the detectors only when a decode fails (a dynamic
  // import) would take them out of every bundle.
  oneroute: 12.1,
}

/** [what is imported, code, budget in gzipped KB, the target when the budget is not yet the target]: every provider of the registry, and the root. */
const BUDGETS = [
  ...Object.keys(providers).map((id) => [
    `${id} decode + normalize`,
    `import { decode, normalize } from 'chat-webhooks/${id}'; export { decode, normalize }`,
    OVER_TARGET[id] ?? 12,
    12,
  ]),
  // 0.3.0: the same, the table of refusal messages and the front door's body limit (+2.7 KB), the front door's authentication
  // first, Chatwoot's unsigned-webhook token and the key cache (+1.0 KB), the body depth limit and its reason (+0.2 KB),
  // verification that answers at once in the node build (+0.2 KB), less the dropped duplicates (-2.2 KB).
  // Then one build with shared chunks took 0.2 KB off. Deduplication (createDedupe, firstDeliveries) and each
  // provider's redelivery facts, which the registry carries, added 0.7 KB.
  // WhatsApp added 8.2 KB (its codecs, check, normalizer and verification), and the front doors' answer to its GET
  // handshake 0.6 KB (the handshake's messages among it). Sunshine Conversations added 9.1 KB, Intercom 10.5 KB
  // (its codecs, check, normalizer, HTML reader and SHA-1 verification, and the front doors' answer to a HEAD).
  ['the whole root', "export * from 'chat-webhooks'", 72.0, 30],
]

let failed = false
const rows = []
for (const [name, code, budget, target] of BUDGETS) {
  const result = await esbuild.build({
    stdin: { contents: code, resolveDir: root },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    plugins: [self],
    write: false,
    logLevel: 'error',
  })
  const bytes = result.outputFiles[0].contents
  const gz = gzipSync(bytes, { level: 9 }).length
  const ok = gz <= budget * KB
  failed ||= !ok
  rows.push({ name, minified: bytes.length, gzipped: gz, budget: budget * KB, target: (target ?? budget) * KB, ok })
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2))
else {
  for (const r of rows) {
    const note = r.target < r.budget ? ` (target ${(r.target / KB).toFixed(0)} KB not met yet)` : ''
    console.log(
      `${r.ok ? 'ok  ' : 'FAIL'} ${r.name}: ${(r.gzipped / KB).toFixed(1)} KB gzipped, ${(r.minified / KB).toFixed(1)} KB minified — budget ${(r.budget / KB).toFixed(1)} KB${note}`,
    )
  }
}
if (failed) process.exit(1)
