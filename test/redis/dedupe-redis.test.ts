// The Redis recipe (examples/dedupe.ts) against a real redis-server on 127.0.0.1, started and
// stopped here. Run by `npm run test:redis` (CI installs redis-server from Debian's packages).
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type AddressInfo } from 'node:net'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChatEvent } from 'chat-webhooks'
import * as proto from 'chat-webhooks/proto'
import { handleOnce, redisDedupe } from '../../examples/dedupe.js'
import { raw } from '../fixtures.js'

/** A port nothing listens on. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo
      s.close(() => resolve(port))
    })
  })

let server: ChildProcess | undefined
let redis: Redis
beforeAll(async () => {
  const port = await freePort()
  server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  })
  redis = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
  // The server takes a moment to listen: retry the connection for up to 5 s (a refused attempt is expected).
  redis.on('error', () => {})
  for (let i = 0; ; i++) {
    try {
      await redis.connect()
      break
    } catch (e) {
      if (i === 50) throw e
      await new Promise((r) => setTimeout(r, 100))
    }
  }
}, 10_000)
afterAll(async () => {
  await redis.quit()
  server?.kill()
})

describe('recipe: deduplication in Redis', () => {
  it('claims a key once, atomically, until it expires', async () => {
    const store = redisDedupe(redis, 200)
    const claims = await Promise.all(Array.from({ length: 20 }, () => store.claim('proto:x')))
    expect(claims.filter(Boolean)).toHaveLength(1)
    expect(await redis.pttl('webhook:proto:x')).toBeGreaterThan(0)
    await new Promise((r) => setTimeout(r, 250))
    expect(await store.claim('proto:x')).toBe(true)
  })

  it('handles each event of a delivery once, however often it is redelivered', async () => {
    await redis.flushall()
    const decoded = proto.decode(raw('proto', 'batch.multi_event.json'))
    if (decoded._tag === 'Left') throw new Error('the fixture does not decode')
    const events = proto.normalize(decoded.right)
    const handled: ChatEvent[] = []
    for (let delivery = 0; delivery < 3; delivery++)
      await handleOnce(redis, events, async (e) => {
        handled.push(e)
      })
    expect(handled).toEqual(events)
    expect(await redis.dbsize()).toBe(new Set(events.map((e) => e.dedupeKey)).size)
  })
})
