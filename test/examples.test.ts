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
    const cw = await fetch(`${base}/hooks/chatwoot`, { method: 'POST', body: chatwootBody, headers: { ...json, ...(await chatwoot.sign({ secret: secrets.chatwoot, body: chatwootBody })) } })
    const or = await fetch(`${base}/hooks/oneroute`, { method: 'POST', body: onerouteBody, headers: { ...json, ...(await oneroute.sign({ secret: secrets.oneroute, body: onerouteBody })) } })
    const bad = await fetch(`${base}/hooks/oneroute`, { method: 'POST', body: onerouteBody, headers: { ...json, 'x-oneroute-signature': '00'.repeat(64) } })
    expect([cw.status, or.status, bad.status, await bad.text()]).toEqual([204, 200, 401, 'signature_mismatch'])
    expect(events.map((e) => `${e.provider} ${e.kind}`)).toEqual(['chatwoot message.created', 'oneroute message.created'])
  })

  it('answers a Channel Talk customer with a quick reply', async () => {
    const res = await fetch(`${base}/hooks/channel?token=${secrets.channeltalk}`, { method: 'POST', body: channelBody, headers: json })
    expect([res.status, res.headers.get('x-quick-reply'), res.headers.get('x-bot-name')]).toEqual([200, 'true', 'Acme Helper'])
    expect(JSON.parse(await res.text())).toEqual({ blocks: [{ type: 'text', value: "Thanks! We got: <b>Hi, my order A-20931 still hasn't arrived. Could you check where it is?</b>" }] })
    const denied = await fetch(`${base}/hooks/channel?token=wrong`, { method: 'POST', body: channelBody, headers: json })
    expect(denied.status).toBe(401)
  })
})

describe('recipe: Fastify', () => {
  it('verifies the raw Buffer and carries the delivery id', async () => {
    const events: ChatEvent[] = []
    const app = createFastify(secrets.chatwoot, (e) => events.push(e))
    const headers = { ...json, ...(await chatwoot.sign({ secret: secrets.chatwoot, body: chatwootBody })), 'x-chatwoot-delivery': 'dlv-9' }
    const ok = await app.inject({ method: 'POST', url: '/hooks/chatwoot', payload: chatwootBody, headers })
    const bad = await app.inject({ method: 'POST', url: '/hooks/chatwoot', payload: chatwootBody, headers: { ...headers, 'x-chatwoot-signature': 'sha256=00' } })
    expect([ok.statusCode, bad.statusCode, events.map((e) => e.deliveryId)]).toEqual([204, 401, ['dlv-9']])
    await app.close()
  })
})

describe('recipe: Hono', () => {
  it('handles OneRoute with fromRequest and answers Channel Talk with a quick reply', async () => {
    const events: ChatEvent[] = []
    const app = createHono(secrets, (e) => events.push(e))
    const or = await app.request('/hooks/oneroute', { method: 'POST', body: onerouteBody, headers: await oneroute.sign({ secret: secrets.oneroute, body: onerouteBody }) })
    const ct = await app.request(`/hooks/channel?token=${secrets.channeltalk}`, { method: 'POST', body: channelBody, headers: json })
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
    const headers = { ...(await chatwoot.sign({ secret: secrets.chatwoot, body: chatwootBody })), 'X-Chatwoot-Delivery': 'dlv-1' }
    const res = await POST(new Request('https://app.example/api/hooks/chatwoot', { method: 'POST', body: chatwootBody, headers }))
    expect([res.status, nextHandled]).toEqual([204, ['message.created dlv-1']])
  })

  it('detects the provider in a Worker and logs redacted events', async () => {
    const env = { CHATWOOT_SECRET: secrets.chatwoot, ONEROUTE_SECRET: secrets.oneroute, CHANNEL_TOKEN: secrets.channeltalk }
    const res = await worker.fetch(new Request(`https://w.example/?token=${secrets.channeltalk}`, { method: 'POST', body: channelBody }), env)
    const out = (await res.json()) as { provider: string; events: { conversation: { contact: { email: string } } }[] }
    expect([res.status, out.provider, out.events[0]?.conversation.contact.email]).toEqual([200, 'channeltalk', '[redacted]'])
    const unsigned = await worker.fetch(new Request('https://w.example/', { method: 'POST', body: onerouteBody }), env)
    expect([unsigned.status, await unsigned.text()]).toEqual([401, 'missing_signature'])
  })
})
