// What decode answers for each kind of bad body, exactly: the code, the provider, the issues and the
// message; and how parse, strict mode and delivery ids behave at their edges.
import { describe, expect, it, vi } from 'vitest'
import { RAW_BODY_HELP, readBody } from '../../src/core/body.js'
import { WebhookError } from '../../src/core/errors.js'
import { providers } from '../../src/registry.js'
import { raw } from '../fixtures.js'
import { parse } from '../support/parse.js'

/** The error a decode returned, as plain fields. */
const errorOf = (r: { _tag: 'Left'; left: WebhookError } | { _tag: 'Right' }) => {
  if (r._tag === 'Right') throw new Error('expected a Left')
  const { code, provider, issues, message } = r.left
  return { code, provider, issues, message }
}

describe('bodies decode refuses, exactly', () => {
  const cases: [string, unknown, string, string][] = [
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), 'invalid_json', 'the body is not valid UTF-8'],
    ['undefined', undefined, 'invalid_body', 'the body is undefined: pass the raw request body (text or bytes)'],
    ['null', null, 'invalid_body', 'the body is null: pass the raw request body (text or bytes)'],
    [
      'a stream',
      { getReader: () => undefined },
      'invalid_body',
      `got a request or stream, not its body: read it first. ${RAW_BODY_HELP}`,
    ],
    [
      'a Node stream',
      { pipe: () => undefined },
      'invalid_body',
      `got a request or stream, not its body: read it first. ${RAW_BODY_HELP}`,
    ],
    [
      'a request',
      { headers: {}, method: 'POST' },
      'invalid_body',
      `got a request or stream, not its body: read it first. ${RAW_BODY_HELP}`,
    ],
    [
      'a serialized Buffer',
      { type: 'Buffer', data: [123, 125] },
      'invalid_body',
      `got a Buffer that was serialized to JSON ({ type: "Buffer", data: [...] }): pass the Buffer itself. ${RAW_BODY_HELP}`,
    ],
    ['empty text', ' \n', 'invalid_json', 'the body is empty'],
    ['a BOM alone', '\ufeff', 'invalid_json', 'the body is empty'],
    [
      'a stringified object',
      '[object Object]',
      'invalid_body',
      `the body is the text "[object Object]": an object was turned into a string before it got here. ${RAW_BODY_HELP}`,
    ],
    [
      'JSON encoded twice',
      JSON.stringify('{"event":"message_created"}'),
      'invalid_body',
      `the body is a JSON string holding JSON: it was encoded twice. ${RAW_BODY_HELP}`,
    ],
    [
      'a serialized Buffer as text',
      '{"type":"Buffer","data":[1]}',
      'invalid_body',
      `the body is a Buffer serialized to JSON ({ type: "Buffer", data: [...] }): send or pass the Buffer's bytes. ${RAW_BODY_HELP}`,
    ],
  ]
  it.each(cases)('%s', (_, input, code, detail) => {
    expect(errorOf(providers.chatwoot.decode(input))).toEqual({
      code,
      provider: 'chatwoot',
      issues: [],
      message: `chat-webhooks: ${detail}`,
    })
  })

  it('reads a request-like object without a method as a parsed body', () => {
    expect(readBody({ headers: {} })).toEqual({ _tag: 'Right', right: { headers: {} } })
    expect(readBody({ method: 'POST' })).toEqual({ _tag: 'Right', right: { method: 'POST' } })
    expect(readBody({ type: 'Buffer', data: 'not bytes' })).toEqual({
      _tag: 'Right',
      right: { type: 'Buffer', data: 'not bytes' },
    })
  })

  it('takes a JSON string that only starts like JSON, or holds JSON after other text, as a string', () => {
    expect(readBody(JSON.stringify('{ not json'))).toEqual({ _tag: 'Right', right: '{ not json' })
    expect(readBody(JSON.stringify('note: {"a":1}'))).toEqual({ _tag: 'Right', right: 'note: {"a":1}' })
    expect(readBody(JSON.stringify('  [1]'))._tag).toBe('Left')
  })

  it('reports a parser that runs out of stack as nesting, not as a crash (engines whose JSON.parse recurses)', () => {
    const parse = vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded')
    })
    try {
      expect(errorOf(providers.chatwoot.decode('[[[]]]'))).toEqual({
        code: 'too_deep',
        provider: 'chatwoot',
        issues: [],
        message: 'chat-webhooks: the body nests deeper than 1000 levels',
      })
    } finally {
      parse.mockRestore()
    }
    expect(errorOf(providers.chatwoot.decodeWithDrift('{"a":'))).toEqual({
      code: 'invalid_json',
      provider: 'chatwoot',
      issues: [],
      message: 'chat-webhooks: the body is not valid JSON',
    })
    expect(errorOf(providers.chatwoot.decode('{"a":'))).toEqual({
      code: 'invalid_json',
      provider: 'chatwoot',
      issues: [],
      message: 'chat-webhooks: the body is not valid JSON',
    })
  })

  it('takes "[object …]" inside a JSON array for what it is: only a body that starts with it is refused', () => {
    expect(readBody('["[object Object]"]')).toEqual({ _tag: 'Right', right: ['[object Object]'] })
  })

  it('takes JSON strings holding JSON scalars as strings', () => {
    for (const inner of ['5', 'null', 'true', '"x"'])
      expect(readBody(JSON.stringify(inner))).toEqual({ _tag: 'Right', right: inner })
  })

  it('takes JSON null, an object with bytes but no Buffer type, and an array of JSON text as they are', () => {
    expect(readBody('null')).toEqual({ _tag: 'Right', right: null })
    expect(readBody('{"data":[1,2]}')).toEqual({ _tag: 'Right', right: { data: [1, 2] } })
    // Only a JSON string holding JSON was encoded twice; an array holding such a string was not.
    expect(readBody('["{}"]')).toEqual({ _tag: 'Right', right: ['{}'] })
  })

  it('names the provider only when one was given', () => {
    const r = readBody('')
    expect(r._tag === 'Left' && r.left.provider).toBe(undefined)
  })
})

describe('decode at its edges', () => {
  it('refuses text nested deeper than 1000 levels before parsing it, and a parsed value nested as deep', () => {
    let blocks = '{"type":"text","value":"x"}'
    for (let i = 0; i < 20000; i++) blocks = `{"type":"bullets","blocks":[${blocks}]}`
    const body = `{"event":"push","type":"message","entity":{"id":"m","chatId":"c","blocks":[${blocks}]}}`
    expect(errorOf(providers.channeltalk.decode(body))).toEqual({
      code: 'too_deep',
      provider: 'channeltalk',
      issues: [],
      message: 'chat-webhooks: the body nests deeper than 1000 levels',
    })
    // A value the caller parsed is measured too, before its codec recurses.
    expect(errorOf(providers.channeltalk.decode(JSON.parse(body)))).toEqual({
      code: 'too_deep',
      provider: 'channeltalk',
      issues: [],
      message: 'chat-webhooks: the body nests deeper than 1000 levels',
    })
  })

  it('counts depth, not openers: many shallow objects pass, and brackets inside strings do not count', () => {
    const many = JSON.stringify({ event: 'x', items: Array.from({ length: 3000 }, (_, i) => ({ i })) })
    expect(readBody(many)._tag).toBe('Right')
    const quoted = JSON.stringify({ event: 'x', text: '{['.repeat(5000) })
    expect(readBody(quoted)._tag).toBe('Right')
    // An escaped quote does not end the string: the brackets after it are still inside.
    const escaped = JSON.stringify({ event: 'x', text: `"${'['.repeat(2000)}` })
    expect(readBody(escaped)._tag).toBe('Right')
    const atLimit = '['.repeat(1000) + ']'.repeat(1000)
    expect([readBody(atLimit)._tag, readBody(`[${atLimit}]`)._tag]).toEqual(['Right', 'Left'])
    expect([readBody(JSON.parse(atLimit))._tag, readBody(JSON.parse(`[${atLimit}]`))._tag]).toEqual(['Right', 'Left'])
    // Text too short to hold 1001 openers and their closers is left to the parser: unclosed, it is not JSON.
    const unclosed = readBody('['.repeat(2000))
    expect(unclosed._tag === 'Left' && unclosed.left.code).toBe('invalid_json')
    const unclosedLonger = readBody('['.repeat(2001))
    expect(unclosedLonger._tag === 'Left' && unclosedLonger.left.code).toBe('too_deep')
    // Objects nest as arrays do; many shallow arrays do not add up; at the limit, a longer text passes.
    const objects = '{"a":'.repeat(1001) + '1' + '}'.repeat(1001)
    expect(readBody(objects)).toMatchObject({ _tag: 'Left', left: { code: 'too_deep' } })
    expect(readBody(JSON.stringify({ items: Array.from({ length: 3000 }, () => [1]) }))._tag).toBe('Right')
    expect(readBody(`${atLimit}${' '.repeat(100)}`)._tag).toBe('Right')
    // More openers than the limit, none deeper than it: the scan counts the depth and lets it pass.
    const deepAndWide = `[${'['.repeat(999)}${']'.repeat(999)},[]]`
    expect([readBody(deepAndWide)._tag, readBody(`[${deepAndWide}]`)._tag]).toEqual(['Right', 'Left'])
  })

  it('reports a value that throws when read as an internal error, without its message', () => {
    const getter = Object.defineProperty({}, 'event', {
      enumerable: true,
      get() {
        throw new Error('secret detail')
      },
    })
    // Even reading its prototype throws: the body reader's own checks meet it first.
    const proxy = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('secret detail')
        },
      },
    )
    for (const hostile of [getter, proxy])
      for (const decode of [providers.chatwoot.decode, providers.chatwoot.decodeWithDrift])
        expect(errorOf(decode(hostile))).toEqual({
          code: 'internal_error',
          provider: 'chatwoot',
          issues: [],
          message: 'chat-webhooks: decoding failed unexpectedly',
        })
  })

  it('caps strict mode’s issues at 50, and names the variant', () => {
    const body = JSON.parse(raw('chatwoot', 'message_created.incoming_text.web_widget.json')) as Record<string, unknown>
    for (let i = 0; i < 80; i++) body[`extra_${i}`] = i
    const e = errorOf(providers.chatwoot.decode(JSON.stringify(body), { strict: true }))
    expect(e.issues).toHaveLength(50)
    expect(e.issues[0]).toEqual({ path: '/extra_0', expected: 'never', received: 'number' })
    expect(e.message).toContain(
      'payload has parts strict mode does not accept: /extra_0: unknown key (number); /extra_1: unknown key (number); /extra_2: unknown key (number) (and 47 more)',
    )
    expect(
      e.message.startsWith('chat-webhooks: chatwoot "message_created" payload has parts strict mode does not accept: '),
    ).toBe(true)
  })

  it('names the root as / when the whole payload is wrong', () => {
    expect(errorOf(providers.chatwoot.decode('7')).message).toBe(
      'chat-webhooks: not a valid chatwoot payload: /: expected Webhook, received number',
    )
  })

  it('reports drift from text as from a parsed value (the fast path is for decode only)', () => {
    const body = JSON.parse(raw('chatwoot', 'message_created.incoming_text.web_widget.json')) as Record<string, unknown>
    body['extra'] = 1
    const fromText = providers.chatwoot.decodeWithDrift(JSON.stringify(body))
    expect(fromText._tag === 'Right' && fromText.right.drift).toEqual([
      { kind: 'unknown_key', path: '/extra', expected: 'never', received: 'number' },
    ])
  })

  it('hints at a wrong body parser for an empty object only', () => {
    expect(errorOf(providers.proto.decode({})).message).toContain(
      '(an empty object: was the body parsed with the wrong content type? ',
    )
    expect(errorOf(providers.proto.decode({ events: 1 })).message).not.toContain('empty object')
  })
})

describe('parse at its edges', () => {
  it('throws the WebhookError decode returned', () => {
    expect(() => parse(providers.chatwoot, '')).toThrow(WebhookError)
    expect(() => parse(providers.chatwoot, '')).toThrow('chat-webhooks: the body is empty')
  })

  it('adds the trimmed delivery id to every event, and nothing for a blank or absent header', () => {
    const body = raw('proto', 'batch.multi_event.json')
    const text = raw('chatwoot', 'message_created.incoming_text.web_widget.json')
    expect(
      parse(providers.chatwoot, text, { headers: { 'X-Chatwoot-Delivery': ' d-1 ' } }).map((e) => e.deliveryId),
    ).toEqual(['d-1'])
    expect(parse(providers.chatwoot, text, { headers: { 'x-chatwoot-delivery': '  ' } })[0]).not.toHaveProperty(
      'deliveryId',
    )
    expect(parse(providers.chatwoot, text, { headers: {} })[0]).not.toHaveProperty('deliveryId')
    // Proto sends no delivery id: headers change nothing.
    expect(
      parse(providers.proto, body, { headers: { 'x-chatwoot-delivery': 'd-1' } }).every(
        (e) => e.deliveryId === undefined,
      ),
    ).toBe(true)
  })
})
