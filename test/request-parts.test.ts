// How the front doors read what they are handed — a route's parts (text, bytes, an ArrayBuffer, or
// a body some middleware already turned into something else) or a Fetch Request (its stream, its
// Content-Length) — at the limits: sizes in bytes, not characters; the body limit's edges; what a
// compressed body looks like; and failures inside reading or verifying, answered, never thrown.
import { describe, expect, it } from 'vitest'
import { DEFAULT_MAX_BYTES } from '../src/core/request.js'
import { REASONS } from '../src/core/reasons.js'
import { providers } from '../src/registry.js'
import { raw } from './fixtures.js'

const proto = raw('proto', 'new_messages.text.json')
const bytes = new TextEncoder().encode(proto)
const handle = providers.proto.handle
const reasonOf = async (r: ReturnType<typeof handle>) => {
  const result = await r
  return result.ok ? 'ok' : result.reason
}

describe('the body limit, in bytes', () => {
  it('measures text in UTF-8 bytes, at and around the limit', async () => {
    // A body of text is as large as its UTF-8 encoding, whatever its length in characters.
    const padded = (pad: string) => `{"events":[],"pad":"${pad}"}`
    const size = (s: string) => new TextEncoder().encode(s).byteLength
    const limit = size(padded('é'.repeat(10)))
    expect(await reasonOf(handle({ body: padded('é'.repeat(10)), headers: {} }, { maxBytes: limit }))).toBe('ok')
    expect(await reasonOf(handle({ body: padded('é'.repeat(11)), headers: {} }, { maxBytes: limit }))).toBe(
      'body_too_large',
    )
    // As many characters as the limit, some of them two bytes: over it.
    const atLength = padded('é'.repeat(10) + 'x'.repeat(limit - padded('é'.repeat(10)).length - 10))
    expect([
      atLength.length,
      await reasonOf(handle({ body: atLength, headers: {} }, { maxBytes: atLength.length })),
    ]).toEqual([atLength.length, 'body_too_large'])
    // More characters than the limit: over it, whatever they are.
    expect(await reasonOf(handle({ body: proto, headers: {} }, { maxBytes: proto.length - 1 }))).toBe('body_too_large')
    // Few characters for a large limit: under it.
    expect(await reasonOf(handle({ body: proto, headers: {} }, { maxBytes: proto.length * 3 }))).toBe('ok')
  })

  it('measures bytes and ArrayBuffers by their length: at the limit they pass, one over they do not', async () => {
    expect(await reasonOf(handle({ body: bytes, headers: {} }, { maxBytes: bytes.byteLength }))).toBe('ok')
    expect(await reasonOf(handle({ body: bytes, headers: {} }, { maxBytes: bytes.byteLength - 1 }))).toBe(
      'body_too_large',
    )
    const buffer = bytes.slice().buffer
    expect(await reasonOf(handle({ body: buffer, headers: {} }, { maxBytes: bytes.byteLength }))).toBe('ok')
    expect(await reasonOf(handle({ body: proto, headers: {} }, { maxBytes: bytes.byteLength }))).toBe('ok')
  })

  it('takes 0 as a limit, and the default for a limit that is no number of bytes', async () => {
    expect(await reasonOf(handle({ body: '{}', headers: {} }, { maxBytes: 0 }))).toBe('body_too_large')
    for (const maxBytes of [-1, Number.NaN, '10', undefined])
      expect([maxBytes, await reasonOf(handle({ body: proto, headers: {} }, { maxBytes } as never))]).toEqual([
        maxBytes,
        'ok',
      ])
    const big = `{"events":[],"pad":"${'x'.repeat(DEFAULT_MAX_BYTES)}"}`
    expect(await reasonOf(handle({ body: big, headers: {} }, { maxBytes: -1 }))).toBe('body_too_large')
  })

  it('reads a Fetch Request whose Content-Length is the limit, and one whose stream comes in pieces', async () => {
    const request = (body: BodyInit, headers: Record<string, string> = {}) =>
      new Request('https://h.example/hooks', { method: 'POST', body, headers, duplex: 'half' } as RequestInit)
    const at = request(proto, { 'content-length': String(bytes.byteLength) })
    expect(await reasonOf(handle(at, { maxBytes: bytes.byteLength }))).toBe('ok')
    const pieces = [bytes.subarray(0, 5), bytes.subarray(5, 40), bytes.subarray(40)]
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (const p of pieces) c.enqueue(p)
        c.close()
      },
    })
    const r = await handle(request(stream))
    expect(r.ok && r.events.map((e) => e.kind)).toEqual(['message.created'])
    // Too large by its Content-Length and no body at all: refused for its size, nothing to cancel.
    const empty = new Request('https://h.example/hooks', { method: 'POST', headers: { 'content-length': '99999999' } })
    expect(await reasonOf(handle(empty))).toBe('body_too_large')
  })
})

describe('what a route hands over', () => {
  it('names what the body is when it is no text or bytes', async () => {
    const refusalOf = async (body: unknown) => {
      const r = await handle({ body: body as string, headers: {} })
      return r.ok ? undefined : [r.status, r.reason, r.message, r.error?.issues]
    }
    const help = (what: string) =>
      `chat-webhooks: the request's body is ${what}, not its raw text or bytes (was it parsed already?). `
    for (const [body, what] of [
      [null, 'null'],
      [{ events: [] }, 'object'],
      [42, 'number'],
    ] as const) {
      const r = await refusalOf(body)
      expect([what, r?.slice(0, 2), typeof r?.[2] === 'string' && r[2].startsWith(help(what)), r?.[3]]).toEqual([
        what,
        [400, 'invalid_body'],
        true,
        [],
      ])
    }
  })

  it('answers a route whose headers cannot be read, and a verification that throws, without throwing', async () => {
    const headers = new Proxy(
      {},
      {
        get() {
          throw new Error('secret detail')
        },
        ownKeys() {
          throw new Error('secret detail')
        },
      },
    )
    const r = await handle({ body: proto, headers })
    expect(!r.ok && [r.status, r.reason, r.message]).toEqual([
      400,
      'invalid_body',
      'chat-webhooks: the request body could not be read: was it read already? Pass the request before anything reads its body',
    ])
    const options = {
      get secret(): string {
        throw new Error('secret detail')
      },
    }
    const v = await providers.chatwoot.handle({ body: proto, headers: {} }, options)
    expect(!v.ok && [v.status, v.reason, v.message]).toEqual([
      500,
      'internal_error',
      'chat-webhooks: handling the request failed unexpectedly',
    ])
  })

  it('takes anything but an object for no request, and refuses it', async () => {
    for (const input of [null, undefined, 42])
      for (const provider of [providers.proto, providers.whatsapp]) {
        const r = await provider.handle(input as never, { secret: 'x', verifyToken: 'y' } as never)
        expect([input, provider.id, r.ok]).toEqual([input, provider.id, false])
      }
  })

  it('reads the URL only when it is text', async () => {
    const body = raw('channeltalk', 'push.message.user_text.v5.json')
    const url = new URL('https://h.example/hooks?token=channel-token')
    const asText = await providers.channeltalk.handle({ body, headers: {}, url: url.href }, { secret: 'channel-token' })
    expect(asText.ok).toBe(true)
    const asObject = await providers.channeltalk.handle(
      { body, headers: {}, url: url as never },
      { secret: 'channel-token' },
    )
    expect(!asObject.ok && asObject.reason).toBe('missing_token')
  })
})

describe('a compressed body, as a route hands it over', () => {
  const gzip = { 'content-encoding': 'gzip' }
  const reason = (body: string | Uint8Array | ArrayBuffer, headers: Record<string, string> = gzip) =>
    reasonOf(handle({ body, headers }))
  const text = (prefix: string) => `${prefix}{"events":[]}`
  const bytesOf = (prefix: string) => new TextEncoder().encode(text(prefix))

  it('is JSON already when it starts as JSON does, after any whitespace, within its first 64 characters', async () => {
    for (const prefix of ['', ' ', '\n', '\r', '\t', ' \n\r\t'])
      expect([prefix, await reason(text(prefix)), await reason(bytesOf(prefix))]).toEqual([prefix, 'ok', 'ok'])
    expect(await reason(bytesOf(' ').slice().buffer)).toBe('ok')
    for (const start of ['[', '"'])
      expect([start, await reason(start), await reason(new TextEncoder().encode(start))]).toEqual([
        start,
        'invalid_json',
        'invalid_json',
      ])
    expect([await reason(text(' '.repeat(63))), await reason(bytesOf(' '.repeat(63)))]).toEqual(['ok', 'ok'])
  })

  it('is compressed otherwise: other first characters, whitespace past 64, or nothing at all', async () => {
    for (const prefix of ['x', 'x ', '\u000b', ' '.repeat(64)])
      expect([prefix, await reason(text(prefix)), await reason(bytesOf(prefix))]).toEqual([
        prefix,
        'unsupported_encoding',
        'unsupported_encoding',
      ])
    expect(await reason(new Uint8Array(0))).toBe('unsupported_encoding')
    // No body at all is refused for what it is, not for its encoding.
    const none = await handle({ body: undefined as never, headers: gzip })
    expect(
      !none.ok &&
        none.message.startsWith(`chat-webhooks: the request's body is undefined: nothing read it as raw bytes`),
    ).toBe(true)
  })

  it('names the encoding as sent, without characters a header should not hold, and no more than 40 of it', async () => {
    const messageOf = async (encoding: string) => {
      const r = await handle({ body: 'x', headers: { 'content-encoding': encoding } })
      return r.ok ? undefined : r.message
    }
    expect(await messageOf('gzip;<b>')).toBe(
      `the body is sent with Content-Encoding: gzipb. ${REASONS.unsupported_encoding}`,
    )
    expect(await messageOf('x'.repeat(50))).toBe(
      `the body is sent with Content-Encoding: ${'x'.repeat(40)}. ${REASONS.unsupported_encoding}`,
    )
    // identity is no compression: the body is read as it is.
    expect(await reasonOf(handle({ body: 'not json', headers: { 'content-encoding': 'identity' } }))).toBe(
      'invalid_json',
    )
  })
})
