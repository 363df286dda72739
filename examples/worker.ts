/**
 * Cloudflare Workers (also Deno Deploy and Bun.serve, which take the same
 * fetch handler): one URL for every provider; the root `handle`
 * detects who sent the request.
 */
import { handle, redact } from 'chat-webhooks'

export interface Env {
  readonly CHATWOOT_SECRET: string
  readonly ONEROUTE_SECRET: string
  readonly CHANNEL_TOKEN: string
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const result = await handle(request, {
      chatwoot: { secret: env.CHATWOOT_SECRET },
      oneroute: { secret: env.ONEROUTE_SECRET },
      channeltalk: { secret: env.CHANNEL_TOKEN },
      proto: {},
    })
    if (!result.ok) return new Response(result.message, { status: result.status })
    // Log without personal data.
    return Response.json({ provider: result.provider, events: redact(result.events) })
  },
}
