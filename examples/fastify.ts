/**
 * Fastify: keep JSON bodies as raw Buffers (signatures are over the bytes),
 * then verify and parse them.
 */
import Fastify, { type FastifyInstance } from 'fastify'
import type { ChatEvent } from 'chat-webhooks'
import * as chatwoot from 'chat-webhooks/chatwoot'

export const createServer = (secret: string, handle: (event: ChatEvent) => void): FastifyInstance => {
  const app = Fastify()
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body))

  app.post('/hooks/chatwoot', async (req, reply) => {
    const body = req.body as Buffer
    const check = await chatwoot.verify({ secret, body, headers: req.headers })
    if (!check.ok) return reply.code(401).send(check.reason)
    const result = chatwoot.decode(body)
    if (result._tag === 'Left') return reply.code(400).send(result.left.message)
    chatwoot.parse(body, { headers: req.headers }).forEach(handle)
    return reply.code(204).send()
  })

  return app
}
