import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as chatwoot from 'chat-webhooks/chatwoot'
import * as oneroute from 'chat-webhooks/oneroute'
import type { ChatEvent } from 'chat-webhooks'
import { createApp as createExpress } from '../examples/express.js'
import { createServer as createFastify } from '../examples/fastify.js'
import { createApp as createHono } from '../examples/hono.js'
import { handled as nextHandled, POST } from '../examples/nextjs.js'
import worker from '../examples/worker.js'
import { REASONS } from '../src/core/reasons.js'
import { raw } from './fixtures.js'

const secrets = { chatwoot: 'cw-secret', oneroute: 'or-secret', channeltalk: 'ct-token' }
const chatwootBody = raw('chatwoot', 'message_created.incoming_text.web_widget.json')
const onerouteBody = raw('oneroute', 'newMessage.image.json')
const channelBody = raw('channeltalk', 'push.message.user_text.v5.json')
const json = { 'content-type': 'application/json' }

describe('recipe: Express', () => {
  const events: ChatEvent[] = []
  let base = ''
  let close = () => {}
  beforeAll(async () => {
    const server = createExpress(secrets, (e) => events.push(e)).listen(0)
    await new Promise((resolve) => server.once('listening', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    close = () => server.close()
  })
  afterAll(() => close())

  it('verifies and handles Chatwoot and OneRoute over the raw bytes, and refuses a bad signature', async () => {
    const cw = await fetch(`${base}/hooks/chatwoot`, {
      method: 'POST',
      body: chatwootBody,
      headers: { ...json, ...(await chatwoot.sign({ secret: secrets.chatwoot, body: chatwootBody })) },
    })
    const or = await fetch(`${base}/hooks/oneroute`, {
      method: 'POST',
      body: onerouteBody,
      headers: { ...json, ...(await oneroute.sign({ secret: secrets.oneroute, body: onerouteBody })) },
    })
    const bad = await fetch(`${base}/hooks/oneroute`, {
      method: 'POST',
      body: onerouteBody,
      headers: { ...json, 'x-oneroute-signature': '00'.repeat(64) },
    })
    expect([cw.status, or.status, bad.status, await bad.text()]).toEqual([204, 200, 401, REASONS.signature_mismatch])
    expect(events.map((e) => `${e.provider} ${e.kind}`)).toEqual([
      'chatwoot message.created',
      'oneroute message.created',
    ])
  })

  it('reads a Chatwoot e-mail body larger than express.raw()’s default limit of 100 KB', async () => {
    const body = JSON.stringify({
      ...(JSON.parse(chatwootBody) as object),
      content: `<p>${'quoted history '.repeat(20_000)}</p>`,
    })
    const res = await fetch(`${base}/hooks/chatwoot`, {
      method: 'POST',
      body,
      headers: { ...json, ...(await chatwoot.sign({ secret: secrets.chatwoot, body })) },
    })
    expect([body.length > 100 * 1024, res.status]).toEqual([true, 204])
  })

  it('the root front door takes the route’s { body, headers, url }: every provider on one URL', async () => {
    const before = events.length
    const cw = await fetch(`${base}/hooks`, {
      method: 'POST',
      body: chatwootBody,
      headers: { ...json, ...(await chatwoot.sign({ secret: secrets.chatwoot, body: chatwootBody })) },
    })
    const or = await fetch(`${base}/hooks`, {
      method: 'POST',
      body: onerouteBody,
      headers: { ...json, ...(await oneroute.sign({ secret: secrets.oneroute, body: onerouteBody })) },
    })
    const ct = await fetch(`${base}/hooks?token=${secrets.channeltalk}`, {
      method: 'POST',
      body: channelBody,
      headers: json,
    })
    const forged = await fetch(`${base}/hooks?token=nope`, { method: 'POST', body: channelBody, headers: json })
    const proto = await fetch(`${base}/hooks`, {
      method: 'POST',
      body: raw('proto', 'new_messages.text.json'),
      headers: json,
    })
    expect([cw.status, or.status, ct.status, forged.status, await forged.text(), proto.status]).toEqual([
      200,
      200,
      200,
      401,
      `no configured provider verifies this request (channeltalk: token_mismatch, oneroute: missing_signature, chatwoot: missing_signature). ${REASONS.token_mismatch}`,
      401,
    ])
    expect(events.slice(before).map((e) => e.provider)).toEqual(['chatwoot', 'oneroute', 'channeltalk'])
  })

  it('answers a Channel Talk customer with a quick reply', async () => {
    const res = await fetch(`${base}/hooks/channel?token=${secrets.channeltalk}`, {
      method: 'POST',
      body: channelBody,
      headers: json,
    })
    expect([res.status, res.headers.get('x-quick-reply'), res.headers.get('x-bot-name')]).toEqual([
      200,
      'true',
      'Acme Helper',
    ])
    expect(JSON.parse(await res.text())).toEqual({
      blocks: [
        {
          type: 'text',
          value: "Thanks! We got: <b>Hi, my order A-20931 still hasn't arrived. Could you check where it is?</b>",
        },
      ],
    })
    const denied = await fetch(`${base}/hooks/channel?token=wrong`, {
      method: 'POST',
      body: channelBody,
      headers: json,
    })
    expect(denied.status).toBe(401)
  })
})

describe('recipe: Fastify', () => {
  it('verifies the raw Buffer, carries the delivery id, and answers a signed body that is not a webhook with 400', async () => {
    const events: ChatEvent[] = []
    const app = createFastify(secrets, (e) => events.push(e))
    const headers = {
      ...json,
      ...(await chatwoot.sign({ secret: secrets.chatwoot, body: chatwootBody })),
      'x-chatwoot-delivery': 'dlv-9',
    }
    const ok = await app.inject({ method: 'POST', url: '/hooks/chatwoot', payload: chatwootBody, headers })
    const bad = await app.inject({
      method: 'POST',
      url: '/hooks/chatwoot',
      payload: chatwootBody,
      headers: { ...headers, 'x-chatwoot-signature': 'sha256=00' },
    })
    expect([ok.statusCode, bad.statusCode, bad.body, events.map((e) => e.deliveryId)]).toEqual([
      204,
      401,
      REASONS.malformed_signature,
      ['dlv-9'],
    ])
    const invalid = '{"event":"message_created","id":"not a number"}'
    const signed = { ...json, ...(await chatwoot.sign({ secret: secrets.chatwoot, body: invalid })) }
    const refused = await app.inject({ method: 'POST', url: '/hooks/chatwoot', payload: invalid, headers: signed })
    expect([
      refused.statusCode,
      refused.body.startsWith('chat-webhooks: not a valid chatwoot "message_created" payload'),
    ]).toEqual([400, true])
    await app.close()
  })

  it('reads a Chatwoot e-mail body over Express and Fastify defaults (100 KB, 1 MB)', async () => {
    const app = createFastify(secrets, () => {})
    const body = JSON.stringify({
      ...(JSON.parse(chatwootBody) as object),
      content: `<p>${'quoted history '.repeat(100_000)}</p>`,
    })
    const headers = { ...json, ...(await chatwoot.sign({ secret: secrets.chatwoot, body })) }
    const res = await app.inject({ method: 'POST', url: '/hooks/chatwoot', payload: body, headers })
    expect([body.length > 1024 * 1024, res.statusCode]).toEqual([true, 204])
    await app.close()
  })

  it('the root front door takes the route’s { body, headers, url } over a real server', async () => {
    const events: ChatEvent[] = []
    const app = createFastify(secrets, (e) => events.push(e))
    const address = await app.listen({ port: 0, host: '127.0.0.1' })
    try {
      const cw = await fetch(`${address}/hooks`, {
        method: 'POST',
        body: chatwootBody,
        headers: {
          ...json,
          ...(await chatwoot.sign({ secret: secrets.chatwoot, body: chatwootBody })),
          'x-chatwoot-delivery': 'dlv-3',
        },
      })
      const ct = await fetch(`${address}/hooks?token=${secrets.channeltalk}`, {
        method: 'POST',
        body: channelBody,
        headers: json,
      })
      const big = await fetch(`${address}/hooks`, {
        method: 'POST',
        body: `{"pad":"${'x'.repeat(5 * 1024 * 1024)}"}`,
        headers: json,
      })
      const forged = await fetch(`${address}/hooks`, {
        method: 'POST',
        body: chatwootBody,
        headers: { ...json, 'x-chatwoot-signature': `sha256=${'0'.repeat(64)}`, 'x-chatwoot-timestamp': '1' },
      })
      expect([cw.status, ct.status, big.status, forged.status]).toEqual([200, 200, 413, 401])
      expect(events.map((e) => [e.provider, e.deliveryId])).toEqual([
        ['chatwoot', 'dlv-3'],
        ['channeltalk', undefined],
      ])
    } finally {
      await app.close()
    }
  })

  it('answers a Channel Talk customer with a quick reply through reply.headers()', async () => {
    const app = createFastify(secrets, () => {})
    const res = await app.inject({
      method: 'POST',
      url: `/hooks/channel?token=${secrets.channeltalk}`,
      payload: channelBody,
      headers: json,
    })
    expect([res.statusCode, res.headers['x-quick-reply'], res.body]).toEqual([
      200,
      'true',
      '{"blocks":[{"type":"text","value":"An agent will join shortly."}]}',
    ])
    const denied = await app.inject({
      method: 'POST',
      url: '/hooks/channel?token=nope',
      payload: channelBody,
      headers: json,
    })
    expect([denied.statusCode, denied.body]).toEqual([401, REASONS.token_mismatch])
    await app.close()
  })
})

describe('recipe: Hono', () => {
  it('handles OneRoute with fromRequest and answers Channel Talk with a quick reply', async () => {
    const events: ChatEvent[] = []
    const app = createHono(secrets, (e) => events.push(e))
    const or = await app.request('/hooks/oneroute', {
      method: 'POST',
      body: onerouteBody,
      headers: await oneroute.sign({ secret: secrets.oneroute, body: onerouteBody }),
    })
    const ct = await app.request(`/hooks/channel?token=${secrets.channeltalk}`, {
      method: 'POST',
      body: channelBody,
      headers: json,
    })
    expect([or.status, ct.status, ct.headers.get('x-quick-reply'), await ct.text()]).toEqual([
      204,
      200,
      'true',
      '{"blocks":[{"type":"text","value":"An agent will join shortly."}]}',
    ])
    expect(events.map((e) => e.provider)).toEqual(['oneroute', 'channeltalk'])
  })
})

describe('recipe: Next.js route handler and Workers', () => {
  it('handles a signed Chatwoot request in a route handler', async () => {
    process.env['CHATWOOT_SECRET'] = secrets.chatwoot
    const headers = {
      ...(await chatwoot.sign({ secret: secrets.chatwoot, body: chatwootBody })),
      'X-Chatwoot-Delivery': 'dlv-1',
    }
    const res = await POST(
      new Request('https://app.example/api/hooks/chatwoot', { method: 'POST', body: chatwootBody, headers }),
    )
    expect([res.status, nextHandled]).toEqual([204, ['message.created dlv-1']])
  })

  it('detects the provider in a Worker and logs redacted events', async () => {
    const env = {
      CHATWOOT_SECRET: secrets.chatwoot,
      ONEROUTE_SECRET: secrets.oneroute,
      CHANNEL_TOKEN: secrets.channeltalk,
    }
    const res = await worker.fetch(
      new Request(`https://w.example/?token=${secrets.channeltalk}`, { method: 'POST', body: channelBody }),
      env,
    )
    const out = (await res.json()) as { provider: string; events: { conversation: { contact: { email: string } } }[] }
    expect([res.status, out.provider, out.events[0]?.conversation.contact.email]).toEqual([
      200,
      'channeltalk',
      '[redacted]',
    ])
    const unsigned = await worker.fetch(new Request('https://w.example/', { method: 'POST', body: onerouteBody }), env)
    expect([unsigned.status, await unsigned.text()]).toEqual([401, REASONS.missing_signature])
  })
})
