import { describe, expect, it } from 'vitest'
import { redact } from '../src/index.js'
import { maskedByCommonRules } from '../src/redact.js'
import { all, raw } from './fixtures.js'
import { parseAny } from './support/parse.js'
import { everyProvider } from './support/registry.js'

const everyFixture = everyProvider().flatMap(([p]) => all(p).map(([name, text]) => [`${p}/${name}`, text] as const))

const EMAIL = /[\w.%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/gi
const TOKEN_KEY = /token|secret|password|apikey|api_key|credentials|source_id|identifier|user_id|chat_id/i
const PHONE_KEY = /phone|mobile(?:number)?$|^to$|msisdn/i

/** Every e-mail address, phone number and token value a fixture holds. */
const sensitiveValues = (text: string): string[] => {
  const out = new Set<string>(text.match(EMAIL) ?? [])
  const walk = (v: unknown, key = ''): void => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, key))
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k)
    else if (
      (typeof v === 'string' || typeof v === 'number') &&
      String(v).length >= 6 &&
      !/redacted/i.test(String(v)) &&
      (TOKEN_KEY.test(key) || PHONE_KEY.test(key))
    )
      out.add(String(v))
  }
  walk(JSON.parse(text))
  for (const m of text.match(/\+\d{10,14}/g) ?? []) out.add(m)
  return [...out]
}

describe('redact', () => {
  it('finds something to check in the fixtures', () => {
    const values = everyFixture.flatMap(([, text]) => sensitiveValues(text))
    expect(values).toEqual(
      expect.arrayContaining([
        'jiwoo.han@example.com',
        '+821055501234',
        'Rb0PU9LqrGnTkWbO4X2Ry33oAQKWJFDnJTrSTA4rcyjfwQ6',
        'acc_6f2d91c4b8e7',
        '2348031234567',
      ]),
    )
    expect(values.length).toBeGreaterThan(100)
  })

  it.each(everyFixture)(
    '%s: no e-mail, phone number or token survives, in the payload or its events',
    (_name, text) => {
      const secrets = sensitiveValues(text)
      const payload = JSON.stringify(redact(JSON.parse(text)))
      const events = JSON.stringify(redact(parseAny(text)))
      for (const out of [payload, events]) {
        expect(out.match(EMAIL) ?? []).toEqual([])
        for (const s of secrets) expect(out.includes(s) ? s : undefined).toBe(undefined)
      }
    },
  )

  it('masks names, contacts and secrets by key, keeps structure, dates and harmless values', () => {
    const [event] = parseAny(raw('chatwoot', 'message_created.incoming_text.web_widget.json'))
    const r = redact(event) as {
      kind: string
      occurredAt: Date
      conversation: { contact: unknown }
      message: { author: unknown; text: string }
    }
    expect(r.kind).toBe('message.created')
    expect(r.occurredAt).toEqual(new Date('2026-06-18T09:10:03.412Z'))
    expect(r.conversation.contact).toEqual({ id: '1024', name: '[redacted]', email: '[redacted]' })
    expect(r.message.author).toEqual({ role: 'customer', id: '1024', name: '[redacted]' })
    expect(r.message.text).toBe('Hi! Can I switch my plan from monthly to yearly billing?')
  })

  it('masks each key of the common list, and every key naming an e-mail, phone, token, secret or password', () => {
    const keys = [
      ...['name', 'first_name', 'lastName', 'full_name', 'displayName', 'available_name', 'username', 'pushName'],
      ...['notify_name', 'mobile_number', 'msisdn', 'to', 'from', 'identifier', 'source_id', 'avatar', 'avatar_url'],
      ...['thumbnail', 'thumb_url', 'ip', 'ip_address', 'address', 'webhook_url', 'external_id', 'call_id'],
      ...['CallSid', 'provider_call_id', 'chat_id', 'email', 'cc_emails', 'submitted_email', 'phone_number'],
      ...['pubsub_token', 'accessToken', 'client_secret', 'api_key', 'imap_password', 'credentials'],
    ]
    const out = redact(Object.fromEntries(keys.map((k) => [k, 'plain'])))
    expect(out).toEqual(Object.fromEntries(keys.map((k) => [k, '[redacted]'])))
    expect(redact({ title: 'plain', kind: 'plain', names: 'plain' })).toEqual({
      title: 'plain',
      kind: 'plain',
      names: 'plain',
    })
  })

  it('masks the secrets of Chatwoot inbox channel rows, and OneRoute credentials whole', () => {
    const inbox = redact(JSON.parse(raw('chatwoot', 'inbox_created.web_widget.json'))) as {
      channel: Record<string, unknown>
    }
    expect([inbox.channel['hmac_token'], inbox.channel['website_token'], inbox.channel['widget_color']]).toEqual([
      '[redacted]',
      '[redacted]',
      '#1f93ff',
    ])
    const email = redact(JSON.parse(raw('oneroute', 'newMessage.email_channel.json'))) as {
      conversation: { Channel: Record<string, unknown> }
    }
    expect(email.conversation.Channel['credentials']).toBe('[redacted]')
    expect(email.conversation.Channel['medium']).toBe('EMAIL')
    // Chatwoot's WhatsApp inbox keeps its API key under `provider_config`: the object goes whole.
    expect(redact({ provider_config: { region: 'plain' }, providerConfig: { region: 'plain' } })).toEqual({
      provider_config: '[redacted]',
      providerConfig: '[redacted]',
    })
  })

  it('masks e-mails and phone numbers inside free text, but not dates or ids', () => {
    expect(
      redact({ content: 'Mail me at a.b@example.com or call +234 803 123 4567, order 48213 on 2024-03-14' }),
    ).toEqual({
      content: 'Mail me at [redacted] or call [redacted], order 48213 on 2024-03-14',
    })
    expect(redact({ createdAt: '2024-03-14T09:41:07.352Z', id: '66a1f3c2e8b4d7a91c05' })).toEqual({
      createdAt: '2024-03-14T09:41:07.352Z',
      id: '66a1f3c2e8b4d7a91c05',
    })
  })

  it('masks an address on a domain of several labels whole', () => {
    expect(redact(['ana@mail.example.co.uk', 'ana@a.b.example.com.'])).toEqual(['[redacted]', '[redacted].'])
  })

  it('spares only a whole date among number runs: digits around one still read as a phone number', () => {
    expect(redact(['2024-03-14', '12024-03-14', '2024-03-141', 'on 2024-03-14.'])).toEqual([
      '2024-03-14',
      '[redacted]',
      '[redacted]',
      'on 2024-03-14.',
    ])
  })

  it('masks a WhatsApp business-scoped user id whole where it ends, and not inside a longer dotted or _ token', () => {
    const id = 'US.13491208655302741918'
    expect(redact([id, `${id} wrote`, `(${id})`, `US.ENT.${id.slice(3)}`, `${id}.v2`, `${id}_x`])).toEqual([
      '[redacted]',
      '[redacted] wrote',
      '([redacted])',
      '[redacted]',
      `${id}.v2`,
      `${id}_x`,
    ])
  })

  it('does not change its input, keeps __proto__ keys inert, and bounds depth', () => {
    const input = JSON.parse('{"__proto__":{"polluted":true},"email":"x@y.example"}') as Record<string, unknown>
    const before = JSON.stringify(input)
    const out = redact(input) as Record<string, unknown>
    expect(JSON.stringify(input)).toBe(before)
    expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(true)
    expect(({} as Record<string, unknown>)['polluted']).toBe(undefined)
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    let deep: unknown = 'x'
    for (let i = 0; i < 10_000; i++) deep = { a: deep }
    expect(() => JSON.stringify(redact(deep))).not.toThrow()
  })
})

describe('redact and the registry', () => {
  it('masks every key a provider of the registry names as sensitive, in any case and with _ or -', () => {
    const keys = everyProvider().flatMap(([, p]) => p.redactKeys ?? [])
    expect(keys.length).toBeGreaterThan(5)
    for (const key of keys) {
      const spelled = [key, key.toUpperCase(), key.replace(/(.)(.)/, '$1_$2'), key.replace(/(.)(.)/, '$1-$2')]
      for (const k of spelled)
        expect([k, (redact({ [k]: 'abc123456' }) as Record<string, unknown>)[k]]).toEqual([k, '[redacted]'])
    }
  })

  it('a provider names only keys the common rules miss, spelled as they are compared', () => {
    const misfits = everyProvider().flatMap(([id, p]) =>
      (p.redactKeys ?? []).filter((k) => !/^[a-z0-9]+$/.test(k) || maskedByCommonRules(k)).map((k) => `${id}: ${k}`),
    )
    expect(misfits).toEqual([])
  })
})
