/**
 * Express: Chatwoot and OneRoute sign the raw bytes, so those routes use
 * `express.raw()` (then `req.body` is a Buffer) with a limit that fits real
 * payloads — Express's default of 100 KB is too small for Chatwoot e-mail
 * messages, which carry their whole HTML. Channel Talk authenticates by URL
 * token and answers with a quick reply.
 */
import express from 'express'
import { handle, type ChatEvent } from 'chat-webhooks'
import * as channeltalk from 'chat-webhooks/channeltalk'
import * as chatwoot from 'chat-webhooks/chatwoot'
import * as oneroute from 'chat-webhooks/oneroute'

export interface Secrets {
  readonly chatwoot: string
  readonly oneroute: string
  readonly channeltalk: string
}

export const createApp = (secrets: Secrets, onEvent: (event: ChatEvent) => void): express.Express => {
  const app = express()
  const rawJson = express.raw({ type: () => true, limit: '5mb' })

  app.post('/hooks/chatwoot', rawJson, async (req, res) => {
    const check = await chatwoot.verify({ secret: secrets.chatwoot, body: req.body, headers: req.headers })
    if (!check.ok) return void res.status(401).send(check.message)
    const result = chatwoot.decode(req.body)
    if (result._tag === 'Left') return void res.status(400).send(result.left.message)
    chatwoot.normalize(result.right).forEach(onEvent)
    res.sendStatus(204)
  })

  app.post('/hooks/oneroute', rawJson, async (req, res) => {
    const check = await oneroute.verify({ secret: secrets.oneroute, body: req.body, headers: req.headers })
    if (!check.ok) return void res.status(401).send(check.message)
    const result = oneroute.decode(req.body)
    if (result._tag === 'Left') return void res.status(400).send(result.left.message)
    oneroute.normalize(result.right).forEach(onEvent)
    res.sendStatus(200)
  })

  app.post('/hooks/channel', express.json({ limit: '5mb' }), async (req, res) => {
    const check = await channeltalk.verify({ secret: secrets.channeltalk, url: req.originalUrl })
    if (!check.ok) return void res.status(401).send(check.message)
    const result = channeltalk.decode(req.body)
    if (result._tag === 'Left') return void res.status(400).send(result.left.message)
    const [event] = channeltalk.normalize(result.right)
    if (!event) return void res.sendStatus(200)
    onEvent(event)
    // Bots receive their own replies: answer customers only.
    if (event.kind !== 'message.created' || event.message.author.role !== 'customer') return void res.sendStatus(200)
    const reply = channeltalk.quickReply({
      text: `Thanks! We got: ${channeltalk.bold(event.message.text)}`,
      botName: 'Acme Helper',
    })
    res.status(reply.status).set(reply.headers).send(reply.body)
  })

  // One URL for every provider: the root front door takes the route's raw body, headers and URL.
  app.post('/hooks', rawJson, async (req, res) => {
    const result = await handle(
      { body: req.body, headers: req.headers, url: req.originalUrl },
      {
        chatwoot: { secret: secrets.chatwoot },
        oneroute: { secret: secrets.oneroute },
        channeltalk: { secret: secrets.channeltalk },
      },
    )
    if (!result.ok) return void res.status(result.status).send(result.message)
    result.events.forEach(onEvent)
    res.sendStatus(200)
  })

  return app
}
