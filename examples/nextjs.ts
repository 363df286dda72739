/**
 * Next.js App Router route handler (`app/api/hooks/chatwoot/route.ts`): the
 * handler gets a standard Request, so `handle` does all the work.
 */
import * as chatwoot from 'chat-webhooks/chatwoot'

export const handled: string[] = []

export async function POST(request: Request): Promise<Response> {
  const result = await chatwoot.handle(request, { secret: process.env['CHATWOOT_SECRET'] ?? '' })
  if (!result.ok) return new Response(result.message, { status: result.status })
  for (const event of result.events) handled.push(`${event.kind} ${event.deliveryId ?? ''}`.trim())
  return new Response(null, { status: 204 })
}
