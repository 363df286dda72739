// The @octokit/webhooks counterpart of bench/types/consumer.ts for `npm run bench:types`: the
// same size of strict consumer — a few events narrowed, and the verify-and-receive entry point.
import { Webhooks, type EmitterWebhookEvent } from '@octokit/webhooks'

const webhooks = new Webhooks({ secret: 's' })
const titles: string[] = []
webhooks.on('issues.opened', ({ payload }) => void titles.push(payload.issue.title))
webhooks.on('issues.closed', ({ payload }) => void titles.push(payload.issue.state ?? ''))
webhooks.on('issue_comment.created', ({ payload }) => void titles.push(payload.comment.body))
webhooks.on('pull_request.closed', ({ payload }) => void titles.push(String(payload.pull_request.merged)))
webhooks.on('push', ({ payload }) => void titles.push(payload.ref))

export const text = (event: EmitterWebhookEvent): string | undefined => {
  if (event.name === 'issues' && event.payload.action === 'opened') return event.payload.issue.body ?? undefined
  if (event.name === 'pull_request' && event.payload.action === 'opened') return event.payload.pull_request.title
  if (event.name === 'release') return event.payload.release.name ?? undefined
  return undefined
}

export const receive = (id: string, body: string, signature: string): Promise<void> =>
  webhooks.verifyAndReceive({ id, name: 'issues', payload: body, signature })
