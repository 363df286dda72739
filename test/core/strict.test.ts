// Strict mode reaches every kind of codec: records, nested arrays, recursion and number enums.
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import type { StandardSchemaV1 } from '@standard-schema/spec'
import * as channeltalk from '../../src/providers/channeltalk/index.js'
import * as chatwoot from '../../src/providers/chatwoot/index.js'
import { struct } from '../../src/core/codecs.js'
import { closedWorldIssues } from '../../src/core/strict.js'
import { obj, raw, type Body } from '../fixtures.js'

const edited = (provider: string, name: string, edit: (w: Body) => void): string => {
  const body = JSON.parse(raw(provider, name)) as Body
  edit(body)
  return JSON.stringify(body)
}
const issues = (r: { _tag: 'Left'; left: { issues: readonly unknown[] } } | { _tag: 'Right' }) =>
  r._tag === 'Left' ? r.left.issues : []

describe('strict mode reaches', () => {
  it('the values of a record', () => {
    const body = edited(
      'chatwoot',
      'conversation_updated.labels_changed.json',
      (w) =>
        (obj((w.changed_attributes as Body[])[2]).label_list = { previous_value: [], current_value: [], extra: 1 }),
    )
    expect(issues(chatwoot.decode(body, { strict: true }))).toEqual([
      { path: '/changed_attributes/2/label_list/extra', expected: 'never', received: 'number' },
    ])
  })

  it('the items of nested arrays, and number enums (listed without quotes)', () => {
    const body = edited('chatwoot', 'message_created.incoming_text.web_widget.json', (w) => {
      const m = (obj(w.conversation).messages as Body[])[0] as Body
      m.message_type = 9
      m.extra = 'x'
    })
    expect(issues(chatwoot.decode(body, { strict: true }))).toEqual([
      { path: '/conversation/messages/0/message_type', expected: '0 | 1 | 2 | 3', received: 'number' },
      { path: '/conversation/messages/0/extra', expected: 'never', received: 'string' },
    ])
    // Leniently, both are accepted.
    expect(chatwoot.decode(body)._tag).toBe('Right')
  })

  it('recursive blocks, at any depth', () => {
    const body = edited('channeltalk', 'push.message.rich_blocks.v5.json', (w) => {
      obj(w.entity).blocks = [
        { type: 'bullets', blocks: [{ type: 'bullets', blocks: [{ type: 'text', value: 'x', extra: true }] }] },
      ]
    })
    expect(issues(channeltalk.decode(body, { strict: true }))).toEqual([
      { path: '/entity/blocks/0/blocks/0/blocks/0/extra', expected: 'never', received: 'boolean' },
    ])
  })

  it('the object member of an either-or field, and the enum member', () => {
    const handling = (value: Body) =>
      issues(
        channeltalk.decode(
          edited('channeltalk', 'push.userChat.opened.v5.json', (w) => (obj(w.entity).handling = value)),
          { strict: true },
        ),
      )
    expect(handling({ type: 'workflow', extra: 1 })).toEqual([
      { path: '/entity/handling/extra', expected: 'never', received: 'number' },
    ])
    expect(handling('waiting' as unknown as Body)).toEqual([])
    expect(handling('teleporting' as unknown as Body)).toEqual([
      { path: '/entity/handling', expected: '"waiting" | "supportBot"', received: 'string' },
    ])
  })

  it('nothing for a key whose value is undefined in a parsed body', () => {
    const body = JSON.parse(raw('chatwoot', 'message_created.incoming_text.web_widget.json')) as Record<string, unknown>
    body['message_type'] = undefined
    body['content_type'] = undefined
    expect(chatwoot.decode(body, { strict: true })._tag).toBe('Right')
  })

  it('unknown automation events, as unknown values of the prefix', () => {
    const body = edited(
      'chatwoot',
      'automation_event.message_created.json',
      (w) => (w.event = 'automation_event.conversation_snoozed'),
    )
    const r = chatwoot.decodeWithDrift(body)
    expect(r._tag === 'Right' && r.right.drift.map(({ kind, path, received }) => ({ kind, path, received }))).toEqual([
      { kind: 'unknown_value', path: '/event', received: 'string' },
    ])
  })

  it('nothing under a null or absent optional value', () => {
    const nullEnum = edited('channeltalk', 'push.message.user_text.v5.json', (w) => (obj(w.entity).state = null))
    expect(channeltalk.decode(nullEnum, { strict: true })._tag).toBe('Right')
    const body = edited('channeltalk', 'push.message.rich_blocks.v5.json', (w) => {
      obj(w.entity).webPage = null
      delete obj(w.entity).blocks
    })
    expect(channeltalk.decode(body, { strict: true })._tag).toBe('Right')
  })
})

describe('Standard Schema paths', () => {
  const validate = (schema: StandardSchemaV1, value: unknown) =>
    schema['~standard'].validate(value) as StandardSchemaV1.Result<unknown>
  it('turns pointers back into keys, indices into numbers only inside arrays, escapes undone', () => {
    const body = JSON.parse(
      edited('chatwoot', 'conversation_updated.labels_changed.json', (w) => {
        ;(w.changed_attributes as Body[]).push({ 'a/b~c': 5 }, { '7': 'x' })
      }),
    ) as unknown
    const r = validate(chatwoot.Webhook, body)
    expect('issues' in r && r.issues).toEqual([
      { message: 'expected Change, received number', path: ['changed_attributes', 3, 'a/b~c'] },
      { message: 'expected Change, received string', path: ['changed_attributes', 4, '7'] },
    ])
  })

  it('gives the root an empty path', () => {
    const r = validate(chatwoot.Webhook, 7)
    expect('issues' in r && r.issues?.map((i) => i.path)).toEqual([[]])
  })
})

describe('strict mode and open structs', () => {
  it('reports unknown keys of a closed struct, not of one declared open', () => {
    const fields = { id: t.string }
    const closed = struct('Closed', {}, fields)
    const open = struct('Open', {}, fields, { open: true })
    expect([open.open, closed.open]).toEqual([true, false])
    expect(closedWorldIssues(closed, { id: 'a', extra: 1 })).toEqual([
      { path: '/extra', expected: 'never', received: 'number' },
    ])
    expect(closedWorldIssues(open, { id: 'a', extra: 1 })).toEqual([])
  })
})
