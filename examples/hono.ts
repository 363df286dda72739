/**
 * Hono (Node, Bun, Deno, Workers): `handle` reads the raw body of the
 * standard Request once, verifies, decodes and normalizes.
 */
import { Hono } from 'hono'
import { match, type ChatEvent } from 'chat-webhooks'
import * as channeltalk from 'chat-webhooks/channeltalk'
import * as oneroute from 'chat-webhooks/oneroute'

export const createApp = (
  secrets: { oneroute: string; channeltalk: string },
  onEvent: (event: ChatEvent) => void,
): Hono => {
  const app = new Hono()

  app.post('/hooks/oneroute', async (c) => {
    const result = await oneroute.handle(c.req.raw, { secret: secrets.oneroute })
    if (!result.ok) return c.text(result.message, result.status)
    result.events.forEach(onEvent)
    return c.body(null, 204)
  })

  app.post('/hooks/channel', async (c) => {
    const result = await channeltalk.handle(c.req.raw, { secret: secrets.channeltalk })
    if (!result.ok) return c.text(result.message, result.status)
    const replies = result.events.map((event) => {
      onEvent(event)
      return match(event, {
        'message.created': (e) =>
          e.message.author.role === 'customer'
            ? channeltalk.quickReply({ text: 'An agent will join shortly.' })
            : undefined,
        _: () => undefined,
      })
    })
    const reply = replies.find((r) => r !== undefined)
    return reply ? c.body(reply.body, reply.status, reply.headers) : c.body(null, 200)
  })

  return app
}
