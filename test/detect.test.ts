import { describe, expect, it } from 'vitest'
import { decodeWebhook, detectProvider, parseWebhook, WebhookError } from '../src/index.js'
import { all, raw } from './fixtures.js'

describe('detectProvider', () => {
  it.each(all('chatwoot'))('recognises %s as chatwoot from the body alone', (_name, text) => {
    expect(detectProvider(text)).toBe('chatwoot')
    expect(detectProvider(JSON.parse(text))).toBe('chatwoot')
  })

  it('uses Chatwoot headers when given', () => {
    expect(detectProvider('{}', { 'X-Chatwoot-Delivery': 'abc' })).toBe('chatwoot')
    expect(detectProvider('{}', new Headers({ 'x-chatwoot-signature': 'sha256=00' }))).toBe('chatwoot')
  })

  it.each([
    ['another shape', { events: [{ type: 'new_messages' }] }],
    ['an event name on a bare body', { event: 'push', type: 'message', entity: {} }],
    ['not an object', '[1,2]'],
    ['invalid JSON', '{'],
    ['nothing', undefined],
  ])('returns undefined for %s', (_name, body) => {
    expect(detectProvider(body)).toBe(undefined)
  })
})

describe('decodeWebhook / parseWebhook', () => {
  it('decodes and normalizes a detected body', () => {
    const text = raw('chatwoot', 'message_created.incoming_text.web_widget.json')
    const r = decodeWebhook(text)
    expect(r._tag === 'Right' && r.right.provider).toBe('chatwoot')
    expect(parseWebhook(text).map((e) => e.kind)).toEqual(['message.created'])
  })

  it('fails with unknown_provider, and passes strict on to the provider', () => {
    const r = decodeWebhook('{"hello":"world"}')
    expect(r._tag === 'Left' && [r.left.code, r.left.provider]).toEqual(['unknown_provider', undefined])
    expect(() => parseWebhook('{"hello":"world"}')).toThrow(WebhookError)
    const strict = decodeWebhook(raw('chatwoot', 'unknown_event.campaign_sent.json'), undefined, { strict: true })
    expect(strict._tag === 'Left' && strict.left.code).toBe('invalid_payload')
  })
})
