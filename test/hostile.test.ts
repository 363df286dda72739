import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decode as decodeAny, redact, type ChatEvent } from '../src/index.js'
import { all, raw } from './fixtures.js'
import { parse, parseAny } from './support/parse.js'
import { everyProvider } from './support/registry.js'
import { providers } from '../src/registry.js'

const decoders = everyProvider().map(([name, p]) => [name, p.decode] as const)
const everyFixture = everyProvider().flatMap(([p]) => all(p).map(([n, text]) => [`${p}/${n}`, text] as const))

/** Every object in a value, with its path; bounded by a depth. */
const objects = (v: unknown, path = '', depth = 0, out: [string, object][] = []): [string, object][] => {
  if (depth > 40 || v === null || typeof v !== 'object') return out
  out.push([path, v])
  for (const k of Object.keys(v)) objects((v as Record<string, unknown>)[k], `${path}/${k}`, depth + 1, out)
  return out
}

describe('hostile bodies: decode never throws and says what is wrong', () => {
  const cases: [string, unknown, string][] = [
    ['invalid UTF-8', new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]), 'invalid_json'],
    ['a lone surrogate byte run', new Uint8Array([0xed, 0xa0, 0x80]), 'invalid_json'],
    ['truncated JSON', '{"event":"message_created","id":', 'invalid_json'],
    ['an empty body', '', 'invalid_json'],
    ['whitespace', ' \n\t ', 'invalid_json'],
    ['a BOM alone', '\ufeff', 'invalid_json'],
    ['an empty ArrayBuffer', new ArrayBuffer(0), 'invalid_json'],
    ['JSON null', 'null', 'invalid_payload'],
    ['a JSON array', '[{"event":"message_created"}]', 'invalid_payload'],
    ['a number', '42', 'invalid_payload'],
    ['undefined', undefined, 'invalid_body'],
    ['a function', () => 1, 'invalid_payload'],
    ['a symbol', Symbol('x'), 'invalid_payload'],
  ]
  it.each(cases)('%s', (_name, input, code) => {
    for (const [provider, decode] of decoders) {
      const r = decode(input)
      expect([provider, r._tag === 'Left' && r.left.code]).toEqual([provider, code])
    }
  })

  it('arbitrary bytes, strings and JSON never make decode, decodeWebhook or strict decode throw', () => {
    const input = fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.string(), fc.jsonValue(), fc.json())
    fc.assert(
      fc.property(input, (body) => {
        for (const [, decode] of decoders) {
          expect(['Left', 'Right']).toContain(decode(body)._tag)
          expect(['Left', 'Right']).toContain(decode(body, { strict: true })._tag)
        }
        expect(['Left', 'Right']).toContain(decodeAny(body)._tag)
      }),
      { numRuns: 300 },
    )
  })
})

describe('prototype pollution', () => {
  const injected = (text: string) =>
    text.replace(/^\{/, '{"__proto__":{"polluted":true,"event":"x"},"constructor":{"prototype":{"polluted":true}},')

  it.each(everyFixture)(
    '%s with __proto__ and constructor keys decodes, pollutes nothing, and leaks no inherited keys',
    (_name, text) => {
      const events = parseAny(injected(text))
      expect(({} as Record<string, unknown>)['polluted']).toBe(undefined)
      expect(Object.prototype).not.toHaveProperty('polluted')
      for (const e of events) {
        for (const [path, o] of objects({ ...e, raw: undefined })) {
          const proto = Object.getPrototypeOf(o)
          expect([path, proto === Object.prototype || proto === Array.prototype || proto === Date.prototype]).toEqual([
            path,
            true,
          ])
          expect([path, (o as Record<string, unknown>)['polluted']]).toEqual([path, undefined])
        }
      }
    },
  )

  it('keeps __proto__ an inert own key of the decoded value, also in unrecognized variants', () => {
    const r = providers.chatwoot.decode('{"__proto__":{"polluted":1},"event":"campaign_sent","id":1}')
    if (r._tag === 'Left') throw r.left
    expect(Object.getPrototypeOf(r.right)).toBe(Object.prototype)
    expect(Object.prototype.hasOwnProperty.call(r.right, '__proto__')).toBe(true)
    expect(r.right.event).toBe('unrecognized')
  })
})

describe('huge and deep bodies return, with an answer', { timeout: 60_000 }, () => {
  const N = 100_000

  it('100 000-deep nesting in a recursive model is refused as too deep, leniently and strictly', () => {
    const text =
      '{"event":"push","type":"message","entity":{"blocks":' +
      '[{"type":"bullets","blocks":'.repeat(N) +
      '[]' +
      '}]'.repeat(N) +
      '}}'
    for (const strict of [false, true]) {
      const r = providers.channeltalk.decode(text, { strict })
      expect(r._tag === 'Left' && [r.left.code, r.left.message]).toEqual([
        'too_deep',
        'chat-webhooks: the body nests deeper than 1000 levels',
      ])
    }
  })

  it('deep nesting in a free-form or unknown field: refused past 1000 levels; below, the events serialize, clone and revive', () => {
    const body = JSON.parse(raw('chatwoot', 'message_created.incoming_text.web_widget.json')) as Record<string, unknown>
    body['additional_attributes'] = 'DEEP'
    const nested = (depth: number) =>
      JSON.stringify(body).replace('"DEEP"', '{"a":'.repeat(depth) + '1' + '}'.repeat(depth))
    for (const depth of [4_300, N]) {
      const r = providers.chatwoot.decode(nested(depth))
      expect([depth, r._tag === 'Left' && r.left.code]).toEqual([depth, 'too_deep'])
    }
    // A Proto body (unsigned: anyone who knows the URL can send it) with an unknown field 4 300 levels deep, 25 KB.
    const proto = JSON.parse(raw('proto', 'new_messages.text.json')) as { events: Record<string, unknown>[] }
    const deepProto = JSON.stringify({ events: [{ ...proto.events[0], extra: 'DEEP' }] }).replace(
      '"DEEP"',
      '['.repeat(4_300) + ']'.repeat(4_300),
    )
    expect(providers.proto.decode(deepProto)._tag).toBe('Left')
    // The same as a value a framework parsed: refused past the limit, and a cycle with it.
    for (const depth of [4_300, N])
      expect([depth, providers.chatwoot.decode(JSON.parse(nested(depth)))]).toMatchObject([
        depth,
        { _tag: 'Left', left: { code: 'too_deep' } },
      ])
    const cyclic = JSON.parse(nested(1)) as Record<string, unknown>
    cyclic['additional_attributes'] = cyclic
    expect(providers.chatwoot.decode(cyclic)).toMatchObject({
      _tag: 'Left',
      left: { code: 'too_deep', message: 'chat-webhooks: the body nests deeper than 1000 levels' },
    })
    expect(providers.proto.decode(JSON.parse(deepProto))).toMatchObject({ _tag: 'Left', left: { code: 'too_deep' } })
    expect(providers.chatwoot.decode(JSON.parse(nested(990)))._tag).toBe('Right')
    const events = parse(providers.chatwoot, nested(990), { strict: true })
    expect(events.map((e) => e.kind)).toEqual(['message.created'])
    expect(() => [JSON.stringify(events), structuredClone(events), JSON.stringify(redact(events))]).not.toThrow()
  })

  it('a 100 000-deep array as the whole body is refused', () => {
    const text = '['.repeat(N) + ']'.repeat(N)
    for (const [, decode] of decoders) expect(decode(text)._tag).toBe('Left')
  })

  it('20 MB strings in text, markup and e-mail fields decode, normalize and redact; hostile HTML is read in one pass', () => {
    const big = 'a'.repeat(20_000_000)
    const cw = JSON.parse(raw('chatwoot', 'message_created.incoming_email_html.email.json')) as Record<string, unknown>
    cw['content'] = `${big}@${big.slice(0, 1000)}.example <p>` + '<a '.repeat(1000)
    const [e] = parse(providers.chatwoot, JSON.stringify(cw))
    expect(e?.kind === 'message.created' && e.message.text.length).toBeGreaterThan(20_000_000)
    expect(JSON.stringify(redact(e)).length).toBeGreaterThan(0)

    const links = '<link type="url">'.repeat(1_000_000) + big.slice(0, 1_000_000)
    const [ct] = parse(providers.channeltalk, {
      event: 'push',
      type: 'message',
      entity: { chatId: 'c', blocks: [{ type: 'text', value: links }] },
    })
    expect(ct?.kind === 'message.created' && ct.message.text.length).toBeGreaterThan(0)

    // Intercom's bodies are HTML made text in one pass: markup built to make a scan go back over it.
    const ic = JSON.parse(raw('intercom', 'conversation.admin.replied.comment.json')) as {
      data: { item: { conversation_parts: { conversation_parts: Record<string, unknown>[] } } }
    }
    const hostile =
      '<p>' + '<a href="https://x.example">x'.repeat(200_000) + '<'.repeat(1_000_000) + '</script>'.repeat(100_000)
    ;(ic.data.item.conversation_parts.conversation_parts[0] as Record<string, unknown>)['body'] = hostile
    const [i] = parse(providers.intercom, JSON.stringify(ic))
    expect(i?.kind === 'message.created' && i.message.text.length).toBeGreaterThan(1_000_000)

    const or = JSON.parse(raw('oneroute', 'newMessage.email_channel.json')) as { message: Record<string, unknown> }
    or.message['content'] = '<p>' + big
    const [o] = parse(providers.oneroute, or)
    expect(o?.kind === 'message.created' && o.message.text.length).toBe(20_000_000)
  })

  it('a 20 000-event Proto batch gives 20 000 events, in order', () => {
    const batch = {
      events: Array.from({ length: 20_000 }, (_, i) => ({
        type: 'new_messages',
        chat: { id: `c${i}` },
        messages: [{ type: 'text', author: { type: 'bot' }, data: { text: `m${i}` } }],
      })),
    }
    const events: ChatEvent[] = parse(providers.proto, JSON.stringify(batch))
    expect(events).toHaveLength(20_000)
    expect([events[0]?.conversation?.id, events[19_999]?.conversation?.id]).toEqual(['c0', 'c19999'])
    expect(new Set(events.map((e) => e.dedupeKey)).size).toBe(20_000)
  })
})

describe('errors never carry payload values', () => {
  // A marker no message vocabulary contains (type and codec names, "undefined"…), so finding it means a leak.
  const secret = fc.stringMatching(/^[a-z0-9]{4,24}$/).map((s) => `Qz9${s}`)

  it('a wrong-typed value, an unknown key or an unknown enum value never shows up in the error', () => {
    fc.assert(
      fc.property(secret, fc.constantFrom(...everyFixture.filter(([n]) => !n.startsWith('proto'))), (s, [, text]) => {
        const body = JSON.parse(text) as Record<string, unknown>
        body['event'] = typeof body['event'] === 'string' ? body['event'] : 'x'
        // Paths name keys (they are the path); only values must never appear.
        body['extra_key'] = { nested: s }
        body['id'] = s
        body['conversation'] = s
        body['message'] = s
        body['entity'] = s
        for (const [, decode] of decoders) {
          for (const strict of [false, true]) {
            const r = decode(body, { strict })
            if (r._tag === 'Left') expect(JSON.stringify([r.left.message, r.left.issues]).includes(s)).toBe(false)
          }
        }
      }),
      { numRuns: 100 },
    )
  })
})
