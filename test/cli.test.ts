import { readFileSync } from 'node:fs'
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
    expect(r.out).toMatch(
      /message_created\.private_note\.json\s+chatwoot\s+message\.created\s+482\s+agent \(private\)\s+@Sam customer is on the Pro plan/,
    )
    expect(r.out).toMatch(/unknown_event\.campaign_sent\.json\s+chatwoot\s+unrecognized\s+\(event campaign_sent\)/)
    expect(r.out).toMatch(/\n75 payload\(s\), 75 event\(s\), 0 invalid$/)
  })

  it('prints Channel Talk events, marking team chats', () => {
    const r = run('inspect', join(fixtures, 'channeltalk'))
    expect(r.code).toBe(0)
    expect(r.out).toMatch(
      /push\.message\.team_chat_mention\.v5\.json\s+channeltalk\s+message\.created\s+201455 \(team\)\s+agent\s+@Jisoo Kim could/,
    )
    expect(r.out).toMatch(
      /upsert\.user\.member_contact\.v5\.json\s+channeltalk\s+contact\.updated\s+contact: Jiwoo Han/,
    )
    expect(r.out).toMatch(
      /unrecognized\.update\.userChat\.json\s+channeltalk\s+unrecognized\s+\(event update\/userChat\)/,
    )
    expect(r.out).toMatch(/\n31 payload\(s\), 31 event\(s\), 0 invalid$/)
  })

  it('prints one row per message of a Proto batch, in order', () => {
    const r = run('inspect', join(fixtures, 'proto'))
    expect(r.code).toBe(0)
    expect(r.out).toMatch(
      /batch\.unknown_event_between\.json\s+proto\s+unrecognized\s+c7d2e91a4b8f4e3c9a1d6b5e2f7c8a90\s+\(event feedback\)\n.*batch\.unknown_event_between\.json\s+proto\s+message\.created\s+e41b7d08c2a94f5fb3d6a8c1e9027b4d\s+agent\s+\[link\]/,
    )
    expect(r.out).toMatch(/\n17 payload\(s\), 24 event\(s\), 0 invalid$/)
  })

  it('prints OneRoute messages and delivery reports', () => {
    const r = run('inspect', join(fixtures, 'oneroute'))
    expect(r.code).toBe(0)
    expect(r.out).toMatch(
      /smsDeliveryReport\.undelivered\.json\s+oneroute\s+message\.status\s+sms undelivered \(Absent subscriber\)/,
    )
    expect(r.out).toMatch(
      /newMessage\.outbound_agent\.json\s+oneroute\s+message\.created\s+b7f04c2e-9a31-4d6b-8e52-1f3c7a9d0e84\s+agent\s+Hello Chinedu/,
    )
    expect(r.out).toMatch(/\n19 payload\(s\), 19 event\(s\), 0 invalid$/)
  })

  it('prints the issues with their paths and exits 1 on an invalid payload', () => {
    const r = run(
      'inspect',
      '--strict',
      join(fixtures, 'chatwoot', 'captured', 'chatwoot.message_created.woofed-three-attachments-2024.json'),
    )
    expect(r.code).toBe(1)
    expect(r.err).toContain('/token  expected never, received string')
    expect(r.err).toContain('/chatwoot  expected never, received object')
  })

  it('lists the drift of each payload with --drift', () => {
    const r = run('inspect', '--drift', join(fixtures, 'proto'))
    expect(r.code).toBe(0)
    expect(r.out).toMatch(
      /batch\.unknown_event_between\.json: \/events\/1\/type {2}unrecognized \(expected "new_messages", received string\)/,
    )
    expect(r.out).toMatch(
      /batch\.unknown_event_between\.json: \/events\/1\/rating {2}unknown_key \(expected never, received number\)/,
    )
    expect(r.out).toMatch(/\n3 payload\(s\) with drift\n\n17 payload\(s\), 24 event\(s\), 0 invalid$/)
  })

  it('prints usage on a wrong command, and help with --help', () => {
    const wrong = run('frobnicate')
    expect([wrong.code, wrong.err.split('\n')[0]]).toEqual([2, 'chat-webhooks: unknown command "frobnicate"'])
    expect(run('inspect', '--help').out).toContain('usage: chat-webhooks inspect')
    expect(run('--help').code).toBe(0)
    expect(run().code).toBe(2)
  })

  it('with --strict and --drift together, drift makes the exit code 1, and the drift is listed', () => {
    const file = join(fixtures, 'proto', 'batch.unknown_event_between.json')
    const both = run('inspect', '--strict', '--drift', file)
    expect(both.code).toBe(1)
    expect(both.out).toContain(`~ ${file}: /events/1/type  unrecognized`)
    expect(both.out).toMatch(/1 payload\(s\) with drift\n\n1 payload\(s\), 4 event\(s\), 0 invalid$/)
    expect(run('inspect', '--drift', file).code).toBe(0)
    expect(run('inspect', '--strict', '--drift', join(fixtures, 'proto', 'new_messages.text.json')).code).toBe(0)
  })

  it('reports unknown options as such, and reads nothing', () => {
    const r = run('inspect', '--stirct', '--frob', join(fixtures, 'proto'))
    expect([r.code, r.out, r.err.split('\n')[0]]).toEqual([2, '', 'chat-webhooks: unknown options --stirct, --frob'])
  })

  it('reads standard input only when - is given; with no path it says what to give', () => {
    const r = run('inspect', '--strict')
    expect([r.code, r.out, r.err.split('\n')[0]]).toEqual([
      2,
      '',
      'chat-webhooks: name the payloads to inspect (a file, a folder, or - for standard input)',
    ])
    const missing = run('inspect', 'no/such/file.json')
    expect([missing.code, missing.err]).toEqual([
      2,
      'chat-webhooks: cannot read no/such/file.json: no such file or folder',
    ])
  })

  it('prints paths as they were given', () => {
    const given = 'fixtures/proto/new_messages.text.json'
    const r = run('inspect', given)
    expect(r.out.split('\n')[1]?.startsWith(`${given}  proto`)).toBe(true)
    const folder = run('inspect', 'fixtures/oneroute/')
    expect(folder.out).toContain('fixtures/oneroute/smsDeliveryReport.delivered.json')
  })

  it('prints one JSON document with --json: providers, events without raw, drift, issues', () => {
    const ok = join(fixtures, 'oneroute', 'smsDeliveryReport.delivered.json')
    const bad = join(fixtures, 'chatwoot', 'captured', 'chatwoot.message_created.woofed-three-attachments-2024.json')
    const r = run('inspect', '--json', '--strict', ok, bad)
    expect(r.code).toBe(1)
    expect(r.err).toBe('')
    const doc = JSON.parse(r.out) as {
      payloads: {
        file: string
        provider?: string
        events?: Record<string, unknown>[]
        error?: { code: string; issues: { path: string }[] }
      }[]
      summary: Record<string, number>
    }
    expect(doc.summary).toEqual({ payloads: 2, events: 1, invalid: 1, drifted: 0 })
    expect([
      doc.payloads[0]?.file,
      doc.payloads[0]?.provider,
      doc.payloads[0]?.events?.map((e) => [e['kind'], 'raw' in e, typeof e['occurredAt']]),
    ]).toEqual([ok, 'oneroute', [['message.status', false, 'string']]])
    expect([
      doc.payloads[1]?.provider,
      doc.payloads[1]?.error?.code,
      doc.payloads[1]?.error?.issues.map((i) => i.path),
    ]).toEqual(['chatwoot', 'invalid_payload', expect.arrayContaining(['/token', '/chatwoot'])])
    const drift = JSON.parse(
      run('inspect', '--json', '--drift', join(fixtures, 'proto', 'batch.unknown_event_between.json')).out,
    ) as { payloads: { drift: { kind: string }[] }[] }
    expect(drift.payloads[0]?.drift.map((d) => d.kind)).toContain('unrecognized')
  })

  it('prints the package version with --version', () => {
    const r = run('--version')
    expect([r.code, r.out]).toEqual([
      0,
      (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version,
    ])
    expect(run('inspect', '--version').out).toBe(r.out)
  })
})
