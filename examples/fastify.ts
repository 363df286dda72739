/**
 * Fastify: keep JSON bodies as raw Buffers (signatures are over the bytes),
 * with a body limit that fits real payloads, then verify, decode and
 * normalize — a signed body that is not a webhook gets 400, not 500.
 */
import Fastify, { type FastifyInstance } from 'fastify'
import { handle, type ChatEvent } from 'chat-webhooks'
import * as channeltalk from 'chat-webhooks/channeltalk'
import * as chatwoot from 'chat-webhooks/chatwoot'

export const createServer = (
  secrets: { chatwoot: string; channeltalk: string },
  onEvent: (event: ChatEvent) => void,
): FastifyInstance => {
  const app = Fastify({ bodyLimit: 5 * 1024 * 1024 })
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body))

  app.post('/hooks/chatwoot', async (req, reply) => {
    const check = await chatwoot.verify({ secret: secrets.chatwoot, body: req.body as Buffer, headers: req.headers })
    if (!check.ok) return reply.code(401).send(check.message)
    const result = chatwoot.decode(req.body)
    if (result._tag === 'Left') return reply.code(400).send(result.left.message)
    // With the headers, events carry the delivery id (X-Chatwoot-Delivery).
    chatwoot.normalize(result.right, { headers: req.headers }).forEach(onEvent)
    return reply.code(204).send()
  })

  app.post('/hooks/channel', async (req, reply) => {
    const check = await channeltalk.verify({ secret: secrets.channeltalk, url: req.url })
    if (!check.ok) return reply.code(401).send(check.message)
    const result = channeltalk.decode(req.body)
    if (result._tag === 'Left') return reply.code(400).send(result.left.message)
    const [event] = channeltalk.normalize(result.right)
    if (event) onEvent(event)
    if (event?.kind !== 'message.created' || event.message.author.role !== 'customer') return reply.code(200).send()
    const qr = channeltalk.quickReply({ text: 'An agent will join shortly.' })
    return reply.code(qr.status).headers(qr.headers).send(qr.body)
  })

  // One URL for every provider: the root front door takes the route's raw body, headers and URL.
  app.post('/hooks', async (req, reply) => {
    const result = await handle(
      { body: req.body as Buffer, headers: req.headers, url: req.url },
      { chatwoot: { secret: secrets.chatwoot }, channeltalk: { secret: secrets.channeltalk } },
    )
    if (!result.ok) return reply.code(result.status).send(result.message)
    result.events.forEach(onEvent)
    return reply.code(200).send()
  })

  return app
}
