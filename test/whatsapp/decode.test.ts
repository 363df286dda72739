// Decoding WhatsApp bodies as Meta sends them (docs/providers/whatsapp.md §2–7): every example
// decodes leniently and strictly; unknown fields, message and interactive types get their own
// variants; nulls, numbers-as-text and absent phone numbers are tolerated; other bodies are refused.
import { describe, expect, it } from 'vitest'
import * as whatsapp from '../../src/providers/whatsapp/index.js'
import { all, raw } from '../fixtures.js'

const examples = all('whatsapp').filter(([name]) => !/^unknown_event\.|unrecognized/.test(name))
const body = (value: Record<string, unknown>, field = 'messages') =>
  JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '0',
        changes: [
          { field, value: { messaging_product: 'whatsapp', metadata: { phone_number_id: '123456123' }, ...value } },
        ],
      },
    ],
  })
const decoded = (text: string, strict = false) => {
  const r = whatsapp.decode(text, { strict })
  if (r._tag === 'Left') throw new Error(JSON.stringify(r.left.issues))
  return r.right
}
const firstChange = (text: string, strict = false) => decoded(text, strict).entry[0]!.changes[0]!

describe('whatsapp.decode', () => {
  it.each(examples)('%s decodes, strictly too', (_name, text) => {
    expect(decoded(text, true)).toEqual(decoded(text))
  })

  it('keeps a field it does not type, and a message type it does not know, in their own variants', () => {
    const calls = firstChange(raw('whatsapp', 'unknown_event.calls.json'))
    expect([calls.field, calls.field === 'unrecognized' && calls.unrecognized]).toEqual(['unrecognized', 'calls'])
    const poll = firstChange(raw('whatsapp', 'messages.unrecognized_type.json'))
    const message = poll.field === 'messages' ? poll.value.messages?.[0] : undefined
    expect([message?.type, message?.type === 'unrecognized' && message.unrecognized]).toEqual(['unrecognized', 'poll'])
    const interactive = firstChange(
      body({ messages: [{ id: 'wamid.x', type: 'interactive', interactive: { type: 'carousel_reply' } }] }),
    )
    const m = interactive.field === 'messages' ? interactive.value.messages?.[0] : undefined
    expect(m?.type === 'interactive' && m.interactive).toEqual({ type: 'unrecognized', unrecognized: 'carousel_reply' })
    for (const text of [
      raw('whatsapp', 'unknown_event.calls.json'),
      raw('whatsapp', 'messages.unrecognized_type.json'),
    ])
      expect(whatsapp.decode(text, { strict: true })._tag).toBe('Left')
  })

  it('reads times as text or numbers, nulls as absent, and messages without a phone number', () => {
    const text = body({
      contacts: [{ profile: { username: '@ana' }, user_id: 'BR.123456789012' }],
      messages: [
        {
          from_user_id: 'BR.123456789012',
          id: 'ABGGFlA5Fpa',
          timestamp: 1504902988,
          type: 'text',
          text: { body: 'hi' },
          context: null,
        },
      ],
    })
    const change = firstChange(text, true)
    expect(change.field === 'messages' && change.value.messages?.[0]).toMatchObject({
      timestamp: 1504902988,
      context: null,
    })
    const [event] = whatsapp.normalize(decoded(text))
    expect([event?.kind, event?.occurredAt]).toEqual(['message.created', new Date(1504902988 * 1000)])
  })

  it('refuses bodies that are not WhatsApp business account webhooks, naming the field', () => {
    const page = whatsapp.decode(JSON.stringify({ object: 'page', entry: [] }))
    expect(page._tag === 'Left' && [page.left.code, page.left.issues[0]?.path]).toEqual(['invalid_payload', '/object'])
    const jwe = whatsapp.decode(JSON.stringify('eyJhbGciOiJSU0EtT0FFUCJ9.x.y.z.w'))
    expect(jwe._tag === 'Left' && jwe.left.code).toBe('invalid_payload')
    const noMetadata = whatsapp.decode(body({ metadata: undefined }))
    expect(noMetadata._tag === 'Left' && noMetadata.left.issues[0]?.path).toBe('/entry/0/changes/0/value/metadata')
  })

  it('detects WhatsApp by its object and entry, never by the shared signature header alone', () => {
    expect(whatsapp.detect(raw('whatsapp', 'messages.text.json'))).toBe(true)
    expect(whatsapp.detect('{"object":"whatsapp_business_account"}')).toBe(false)
    expect(whatsapp.detect('{}', { 'x-hub-signature-256': 'sha256=00' })).toBe(false)
  })
})
