// The front door on real servers (node:http, Express, Fastify; 127.0.0.1 only, every loop bounded):
// the fault cases of the front door, each asserting its status and reason, a soak of 20 000 mixed
// signed requests after which the heap returns to its starting level, and the same delivery sent
// 1 000 times at once giving the same dedupe keys (test/properties.test.ts checks the keys of different
// deliveries).
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handle, type HandleConfig } from '../src/index.js'
import { REASONS } from '../src/core/reasons.js'
import { fixtureNames, signedParts } from '../src/testing/index.js'
import { createApp as createExpress } from '../examples/express.js'
import { createServer as createFastify } from '../examples/fastify.js'
import { raw } from './fixtures.js'
import { everyProvider } from './support/registry.js'

const SECRET = 'servers-secret'
const UNSIGNED = 'unsigned-url-token'
/** Every provider of the registry, with the one secret (Chatwoot's unsigned webhooks by URL token too). */
const config: HandleConfig = {
  ...Object.fromEntries(everyProvider().map(([id]) => [id, { secret: SECRET, unsignedToken: UNSIGNED }])),
  maxBytes: 1024 * 1024,
}
const LIMIT = 2 * 1024 * 1024

/** A node:http server whose one route is the root front door, answering `{ reason }` or the events' dedupe keys. */
const nodeServer = (): Server =>
  createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > LIMIT) req.destroy()
      else chunks.push(c)
    })
    req.on('end', () => {
      void handle({ body: Buffer.concat(chunks), headers: req.headers, url: req.url ?? '/' }, config).then((r) => {
        res.writeHead(r.ok ? 200 : r.status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(r.ok ? { keys: r.events.map((e) => e.dedupeKey) } : { reason: r.reason }))
      })
    })
  })

let node: Server
let base = ''
beforeAll(async () => {
  node = nodeServer().listen(0, '127.0.0.1')
  await new Promise((resolve) => node.once('listening', resolve))
  base = `http://127.0.0.1:${(node.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => node.close(() => resolve())))

const send = async (path: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) => {
  const res = await fetch(`${base}${path}`, { method: 'POST', body, headers })
  return [res.status, ((await res.json()) as { reason?: string }).reason] as const
}

describe('fault cases on a node:http server', () => {
  const chatwoot = raw('chatwoot', 'message_created.incoming_text.web_widget.json')
  const now = String(Math.floor(Date.now() / 1000))

  it.each([
    [
      'a forged non-JSON body under Chatwoot’s headers',
      'x'.repeat(100_000),
      { 'x-chatwoot-signature': `sha256=${'0'.repeat(64)}`, 'x-chatwoot-timestamp': now },
      401,
      'signature_mismatch',
    ],
    [
      'an unsigned body shaped like Chatwoot’s and Proto’s',
      JSON.stringify({ ...(JSON.parse(chatwoot) as object), events: [{ chat: { id: 'c' }, messages: [] }] }),
      {},
      401,
      'missing_signature',
    ],
    [
      'a gzip body',
      new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0]),
      { 'content-encoding': 'gzip' },
      415,
      'unsupported_encoding',
    ],
    ['a body over maxBytes', `{"pad":"${'x'.repeat(1024 * 1024)}"}`, {}, 413, 'body_too_large'],
    [
      'duplicated signature headers',
      chatwoot,
      { 'x-chatwoot-signature': `sha256=${'0'.repeat(64)}, sha256=${'1'.repeat(64)}`, 'x-chatwoot-timestamp': now },
      401,
      'malformed_signature',
    ],
    ['a body nobody sends, with Proto listed', '{"hello":"world"}', {}, 400, 'unknown_provider'],
    ['invalid UTF-8, with Proto listed', new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]), {}, 400, 'invalid_json'],
  ] as const)('%s → %i %s', async (_name, body, headers, status, reason) => {
    expect(await send('/hooks', body, headers)).toEqual([status, reason])
  })

  it('an unsigned Chatwoot automation webhook passes with the URL token, and not without', async () => {
    const automation = raw('chatwoot', 'automation_event.message_created.json')
    expect((await send(`/hooks?token=${UNSIGNED}`, automation))[0]).toBe(200)
    expect(await send('/hooks', automation)).toEqual([401, 'missing_signature'])
  })

  it('the same delivery sent 1 000 times at once gives the same dedupe keys', async () => {
    for (const [id] of everyProvider()) {
      if (id === 'proto') continue // unsigned: taken only when no signed provider's shape fits, tested with the others above
      const name = fixtureNames(id as never)[0] as string
      const parts = await signedParts(id as never, name as never, { secret: SECRET, url: `${base}/hooks` })
      const keys = new Set<string>()
      for (let round = 0; round < 10; round++) {
        const answers = await Promise.all(
          Array.from({ length: 100 }, () =>
            fetch(parts.url, { method: 'POST', body: parts.body, headers: parts.headers }).then(
              (r) => r.json() as Promise<{ keys?: string[] }>,
            ),
          ),
        )
        // A batch gives several keys: every answer must give the same ones.
        for (const a of answers) keys.add(JSON.stringify(a.keys ?? ['refused']))
      }
      const [only] = [...keys].map((k) => JSON.parse(k) as string[])
      expect([id, keys.size, only?.length !== 0 && only?.every((k) => k.startsWith(`${id}:`))]).toEqual([id, 1, true])
    }
  })
})

describe('the recipes’ servers refuse the same faults', () => {
  it('Express and Fastify answer forged, compressed and ambiguous requests with their status and message', async () => {
    const express = createExpress({ chatwoot: SECRET, oneroute: SECRET, channeltalk: SECRET }, () => {}).listen(
      0,
      '127.0.0.1',
    )
    await new Promise((resolve) => express.once('listening', resolve))
    const fastify = createFastify({ chatwoot: SECRET, channeltalk: SECRET }, () => {})
    const fastifyBase = await fastify.listen({ port: 0, host: '127.0.0.1' })
    try {
      for (const url of [`http://127.0.0.1:${(express.address() as AddressInfo).port}/hooks`, `${fastifyBase}/hooks`]) {
        const forged = await fetch(url, {
          method: 'POST',
          body: 'not json',
          headers: {
            'content-type': 'application/json',
            'x-chatwoot-signature': `sha256=${'0'.repeat(64)}`,
            'x-chatwoot-timestamp': String(Math.floor(Date.now() / 1000)),
          },
        })
        expect([url, forged.status, await forged.text()]).toEqual([url, 401, REASONS.signature_mismatch])
        const unsigned = await fetch(url, {
          method: 'POST',
          body: raw('proto', 'new_messages.text.json'),
          headers: { 'content-type': 'application/json' },
        })
        expect([url, unsigned.status]).toEqual([url, 401])
      }
    } finally {
      express.close()
      await fastify.close()
    }
  })
})

describe('soak', () => {
  it(
    '20 000 mixed signed requests: every one answered, and the heap returns to its starting level',
    { timeout: 120_000 },
    async () => {
      setFlagsFromString('--expose_gc')
      const gc = runInNewContext('gc') as () => void
      // Every fixture of every provider, signed, and a forged one for every ten.
      const requests = await Promise.all(
        everyProvider().flatMap(([id]) =>
          fixtureNames(id as never).map((name) =>
            signedParts(id as never, name as never, { secret: SECRET, url: `${base}/hooks` }),
          ),
        ),
      )
      const batch = async (from: number, count: number) => {
        let failed = 0
        for (let i = from; i < from + count; i += 50) {
          const answers = await Promise.all(
            Array.from({ length: 50 }, (_, j) => {
              const p = requests[(i + j) % requests.length] as {
                body: string
                headers: Record<string, string>
                url: string
              }
              const forged = (i + j) % 10 === 0
              return fetch(p.url, {
                method: 'POST',
                body: p.body,
                headers: forged ? { ...p.headers, 'x-oneroute-signature': '00' } : p.headers,
              }).then((r) => (void r.arrayBuffer(), r.status))
            }),
          )
          failed += answers.filter((s) => s >= 500).length
        }
        return failed
      }
      expect(await batch(0, 2_000)).toBe(0)
      gc()
      const start = process.memoryUsage().heapUsed
      expect(await batch(2_000, 18_000)).toBe(0)
      gc()
      const end = process.memoryUsage().heapUsed
      // Back to where it started, give or take what the engine keeps between collections.
      expect(end - start).toBeLessThan(Math.max(start * 0.25, 16 * 1024 * 1024))
    },
  )
})
