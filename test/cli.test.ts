import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../src/cli/inspect.js'

const run = (...argv: string[]) => {
  const out: string[] = []
  const err: string[] = []
  const code = main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}
const fixtures = join(__dirname, '..', 'fixtures')

describe('chat-webhooks inspect', () => {
  it('prints one row per event for every fixture and exits 0', () => {
    const r = run('inspect', join(fixtures, 'chatwoot'))
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/message_created\.private_note\.json\s+chatwoot\s+message\.created\s+482\s+agent \(private\)\s+@Sam customer is on the Pro plan/)
    expect(r.out).toMatch(/unknown_event\.campaign_sent\.json\s+chatwoot\s+unrecognized\s+\(event campaign_sent\)/)
    expect(r.out).toMatch(/\n75 payload\(s\), 75 event\(s\), 0 invalid$/)
  })

  it('prints Channel Talk events, marking team chats', () => {
    const r = run('inspect', join(fixtures, 'channeltalk'))
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/push\.message\.team_chat_mention\.v5\.json\s+channeltalk\s+message\.created\s+201455 \(team\)\s+agent\s+@Jisoo Kim could/)
    expect(r.out).toMatch(/upsert\.user\.member_contact\.v5\.json\s+channeltalk\s+contact\.updated\s+contact: Jiwoo Han/)
    expect(r.out).toMatch(/unrecognized\.update\.userChat\.json\s+channeltalk\s+unrecognized\s+\(event update\/userChat\)/)
    expect(r.out).toMatch(/\n31 payload\(s\), 31 event\(s\), 0 invalid$/)
  })

  it('prints one row per message of a Proto batch, in order', () => {
    const r = run('inspect', join(fixtures, 'proto'))
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/batch\.unknown_event_between\.json\s+proto\s+unrecognized\s+c7d2e91a4b8f4e3c9a1d6b5e2f7c8a90\s+\(event feedback\)\n.*batch\.unknown_event_between\.json\s+proto\s+message\.created\s+e41b7d08c2a94f5fb3d6a8c1e9027b4d\s+agent\s+\[link\]/)
    expect(r.out).toMatch(/\n17 payload\(s\), 24 event\(s\), 0 invalid$/)
  })

  it('prints OneRoute messages and delivery reports', () => {
    const r = run('inspect', join(fixtures, 'oneroute'))
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/smsDeliveryReport\.undelivered\.json\s+oneroute\s+message\.status\s+sms undelivered \(Absent subscriber\)/)
    expect(r.out).toMatch(/newMessage\.outbound_agent\.json\s+oneroute\s+message\.created\s+b7f04c2e-9a31-4d6b-8e52-1f3c7a9d0e84\s+agent\s+Hello Chinedu/)
    expect(r.out).toMatch(/\n19 payload\(s\), 19 event\(s\), 0 invalid$/)
  })

  it('prints the issues with their paths and exits 1 on an invalid payload', () => {
    const r = run('inspect', '--strict', join(fixtures, 'chatwoot', 'captured', 'chatwoot.message_created.woofed-three-attachments-2024.json'))
    expect(r.code).toBe(1)
    expect(r.err).toContain('/token  expected never, received string')
    expect(r.err).toContain('/chatwoot  expected never, received object')
  })

  it('lists the drift of each payload with --drift', () => {
    const r = run('inspect', '--drift', join(fixtures, 'proto'))
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/batch\.unknown_event_between\.json: \/events\/1\/type  unrecognized \(expected "new_messages", received string\)/)
    expect(r.out).toMatch(/batch\.unknown_event_between\.json: \/events\/1\/rating  unknown_key \(expected never, received number\)/)
    expect(r.out).toMatch(/\n3 payload\(s\) with drift\n\n17 payload\(s\), 24 event\(s\), 0 invalid$/)
  })

  it('prints usage on a wrong command', () => {
    expect(run('frobnicate').code).toBe(2)
    expect(run('inspect', '--help').out).toContain('usage: chat-webhooks inspect')
  })
})
