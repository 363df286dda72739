import { describe, expect, it } from 'vitest'
import { decode as decodeAny } from '../src/index.js'
import { providers } from '../src/registry.js'
import { raw } from './fixtures.js'
import { everyProvider } from './support/registry.js'

const decoders = Object.fromEntries(everyProvider().map(([id, p]) => [id, p.decode]))
const chatwoot = providers.chatwoot
const FRAMEWORKS = ['Express', 'Fastify', 'Hono', 'Next.js', 'Workers']

const errorOf = (
  decode: (input: unknown) => { _tag: 'Left'; left: import('../src/index.js').WebhookError } | { _tag: 'Right' },
  input: unknown,
) => {
  const r = decode(input)
  if (r._tag === 'Right') throw new Error('expected a Left')
  return r.left
}

describe('raw-body guardrails', () => {
  const text = raw('chatwoot', 'message_created.incoming_text.web_widget.json')
  const bytes = Array.from(new TextEncoder().encode(text))
  const cases: [string, unknown, RegExp][] = [
    [
      'a stringified object',
      '[object Object]',
      /the body is the text "\[object Object\]": an object was turned into a string/,
    ],
    [
      'a Buffer serialized into a parsed body',
      { type: 'Buffer', data: bytes },
      /got a Buffer that was serialized to JSON/,
    ],
    [
      'a Buffer serialized into the body text',
      JSON.stringify({ type: 'Buffer', data: bytes }),
      /the body is a Buffer serialized to JSON/,
    ],
    ['a body encoded twice', JSON.stringify(text), /it was encoded twice/],
    [
      'a request instead of its body',
      new Request('https://x.example', { method: 'POST', body: text }),
      /got a request or stream, not its body/,
    ],
    [
      'an empty object from the wrong body parser',
      {},
      /an empty object: was the body parsed with the wrong content type\?/,
    ],
  ]

  it.each(cases)('explains %s, and how to get the raw body in every framework', (_name, input, message) => {
    for (const [provider, decode] of Object.entries(decoders)) {
      const e = errorOf(decode, input)
      expect([provider, e.code === 'invalid_body' || e.code === 'invalid_payload']).toEqual([provider, true])
      expect(e.message).toMatch(message)
      for (const f of FRAMEWORKS) expect(e.message).toContain(f)
    }
  })

  it('gives the same help through decodeWebhook, before any provider is chosen', () => {
    const r = decodeAny('[object Object]')
    expect(r._tag === 'Left' && [r.left.code, r.left.provider]).toEqual(['invalid_body', undefined])
    expect(r._tag === 'Left' && r.left.message).toContain('express.raw')
  })

  it('still accepts a real Buffer (a Uint8Array) and the parsed JSON value', () => {
    expect(chatwoot.decode(new Uint8Array(bytes))._tag).toBe('Right')
    expect(chatwoot.decode(JSON.parse(text))._tag).toBe('Right')
    // A JSON string that is not JSON inside is a wrong payload, not a double encoding.
    expect(errorOf(chatwoot.decode, '"hello"').code).toBe('invalid_payload')
    expect(errorOf(chatwoot.decode, '"{"').code).toBe('invalid_payload')
  })
})
