/**
 * Express: Chatwoot and OneRoute need the raw bytes for their signatures, so
 * those routes use `express.raw()` (then `req.body` is a Buffer); Channel
 * Talk authenticates by URL token and answers with a quick reply.
 */
import express from 'express'
import type { ChatEvent } from 'chat-webhooks'
import * as channeltalk from 'chat-webhooks/channeltalk'
import * as chatwoot from 'chat-webhooks/chatwoot'
import * as oneroute from 'chat-webhooks/oneroute'

export interface Secrets {
  readonly chatwoot: string
  readonly oneroute: string
  readonly channeltalk: string
}

export const createApp = (secrets: Secrets, handle: (event: ChatEvent) => void): express.Express => {
  const app = express()

  app.post('/hooks/chatwoot', express.raw({ type: 'application/json' }), async (req, res) => {
    const body = req.body as Buffer
    const check = await chatwoot.verify({ secret: secrets.chatwoot, body, headers: req.headers })
    if (!check.ok) return void res.status(401).send(check.reason)
    const result = chatwoot.decode(body)
    if (result._tag === 'Left') return void res.status(400).send(result.left.message)
    chatwoot.normalize(result.right).forEach(handle)
    res.sendStatus(204)
  })

  app.post('/hooks/oneroute', express.raw({ type: 'application/json' }), async (req, res) => {
    const body = req.body as Buffer
    const check = await oneroute.verify({ secret: secrets.oneroute, body, headers: req.headers })
    if (!check.ok) return void res.status(401).send(check.reason)
    try {
      oneroute.parse(body).forEach(handle)
      res.sendStatus(200)
    } catch (e) {
      res.status(400).send((e as Error).message)
    }
  })

  app.post('/hooks/channel', express.json(), async (req, res) => {
    const check = await channeltalk.verify({ token: secrets.channeltalk, url: req.originalUrl })
    if (!check.ok) return void res.status(401).send(check.reason)
    const [event] = channeltalk.parse(req.body)
    if (!event) return void res.sendStatus(200)
    handle(event)
    // Bots receive their own replies: answer customers only.
    if (event.kind !== 'message.created' || event.message.author.role !== 'customer') return void res.sendStatus(200)
    const reply = channeltalk.quickReply({ text: `Thanks! We got: ${channeltalk.bold(event.message.text)}`, botName: 'Acme Helper' })
    res.status(reply.status).set(reply.headers).send(reply.body)
  })

  return app
}
