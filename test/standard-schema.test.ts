import { sValidator } from '@hono/standard-validator'
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { all, raw } from './fixtures.js'
import { MessageCreated } from '../src/providers/chatwoot/codecs.js'
import { everyProvider } from './support/registry.js'
import { providers } from '../src/registry.js'

const validate = async (schema: StandardSchemaV1, value: unknown) => schema['~standard'].validate(value)

describe('Standard Schema v1', () => {
  it.each(everyProvider())(
    '%s.Webhook validates every fixture, with the decoded value as output',
    async (name, provider) => {
      const schema: StandardSchemaV1 = provider.Webhook
      expect(schema['~standard']).toMatchObject({ version: 1, vendor: 'chat-webhooks' })
      for (const [, text] of all(name)) {
        const parsed = JSON.parse(text) as unknown
        const decoded = provider.decode(parsed)
        expect(decoded._tag).toBe('Right')
        expect(await validate(schema, parsed)).toEqual({ value: decoded._tag === 'Right' ? decoded.right : undefined })
      }
    },
  )

  it('every exported struct and union codec is a Standard Schema', async () => {
    const modules = await Promise.all(
      everyProvider().map(([id]) => import(`../src/providers/${id}/index.ts`) as Promise<Record<string, unknown>>),
    )
    const schemas = modules.flatMap((p) =>
      Object.values(p).filter((v): v is StandardSchemaV1 => typeof v === 'object' && v !== null && '~standard' in v),
    )
    expect(schemas.length).toBeGreaterThan(100)
    for (const s of schemas) expect(typeof s['~standard'].validate).toBe('function')
    // The per-event codecs validate their own event only.
    expect(
      MessageCreated['~standard'].validate(
        JSON.parse(raw('chatwoot', 'message_created.incoming_text.web_widget.json')),
      ),
    ).not.toHaveProperty('issues')
    expect(
      MessageCreated['~standard'].validate(JSON.parse(raw('chatwoot', 'contact_created.web_widget_visitor.json'))),
    ).toHaveProperty('issues')
  })

  it('reports issues with key paths (indices as numbers) and type names, never values', async () => {
    const body = JSON.parse(raw('proto', 'batch.multi_event.json')) as {
      events: { messages: { data: { text: unknown } }[] }[]
    }
    const message = body.events[1]?.messages[0]
    if (message) message.data.text = 4811
    expect(await validate(providers.proto.Webhook, body)).toEqual({
      issues: [{ message: 'expected string, received number', path: ['events', 1, 'messages', 0, 'data', 'text'] }],
    })
    expect(
      JSON.stringify(
        await validate(providers.oneroute.Webhook, { event: 'newMessage', message: 'Chinedu +2348031234567' }),
      ),
    ).not.toContain('Chinedu')
  })

  it('works with a real consumer: Hono’s standard validator', async () => {
    const app = new Hono()
      .post('/chatwoot', sValidator('json', providers.chatwoot.Webhook), (c) => {
        const webhook = c.req.valid('json')
        return c.json({ event: webhook.event, kinds: providers.chatwoot.normalize(webhook).map((e) => e.kind) })
      })
      .post('/channeltalk', sValidator('json', providers.channeltalk.Webhook), (c) => {
        const webhook = c.req.valid('json')
        return c.json({ event: webhook.event, type: webhook.type })
      })
    const post = (path: string, body: string) =>
      app.request(path, { method: 'POST', body, headers: { 'content-type': 'application/json' } })

    const ok = await post('/chatwoot', raw('chatwoot', 'message_created.incoming_text.web_widget.json'))
    expect([ok.status, await ok.json()]).toEqual([200, { event: 'message_created', kinds: ['message.created'] }])
    const ct = await post('/channeltalk', raw('channeltalk', 'push.message.team_chat_mention.v5.json'))
    expect(await ct.json()).toEqual({ event: 'push', type: 'message' })

    const bad = await post('/chatwoot', JSON.stringify({ event: 'message_created', id: 'not-a-number' }))
    expect(bad.status).toBe(400)
    const failure = (await bad.json()) as { success: boolean; error: StandardSchemaV1.Issue[] }
    expect(failure.success).toBe(false)
    expect(failure.error).toEqual([{ message: 'expected integer, received string', path: ['id'] }])
  })
})
