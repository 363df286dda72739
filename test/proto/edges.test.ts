// Branches of the Proto normalizer that no fixture reaches as it is: each case starts from a real
// fixture and changes the one thing it is about.
import { describe, expect, it } from 'vitest'
import * as proto from '../../src/providers/proto/index.js'
import type { ContentPart } from '../../src/model/index.js'
import { editing, obj, type Body } from '../fixtures.js'
import { parse } from '../support/parse.js'

const { one } = editing('proto', (b: unknown) => parse(proto, b))
const event = (w: Body): Body => (w.events as Body[])[0] as Body
/** The text fixture with its one message replaced. */
const withMessage = (message: Body, more: (e: Body) => void = () => {}) =>
  one('new_messages.text.json', 'message.created', (w) => {
    event(w).messages = [message]
    more(event(w))
  })
const parts = (message: Body): readonly ContentPart[] => withMessage(message).message.parts

describe('proto.normalize: edges', () => {
  it('gives text without data no text, and quick replies their title or text', () => {
    expect(parts({ type: 'text' })).toEqual([])
    expect(withMessage({ type: 'text', data: {} }).message.text).toBe('')
    expect(
      parts({
        type: 'text',
        data: {
          text: 'Pick',
          quickReplies: [{ title: 'A', text: 'a' }, { text: 'only text' }, { title: 'only title' }, {}],
        },
      }),
    ).toEqual([
      { type: 'text', text: 'Pick' },
      {
        type: 'choices',
        options: [
          { title: 'A', value: 'a' },
          { title: 'only text', value: 'only text' },
          { title: 'only title', value: 'only title' },
        ],
      },
    ])
  })

  it('reads media of unknown or missing type as a file', () => {
    expect(parts({ type: 'media', data: { type: 'hologram', url: 'https://a.example/h' } })).toEqual([
      { type: 'media', mediaType: 'file', url: 'https://a.example/h' },
    ])
    expect(parts({ type: 'media' })).toEqual([{ type: 'media', mediaType: 'file' }])
    expect(parts({ type: 'media', data: { type: 'video', filename: 'v.mp4' } })).toEqual([
      { type: 'media', mediaType: 'video', name: 'v.mp4' },
    ])
  })

  it('reads hyperlinks only with a URL, and carousels without cards as empty', () => {
    expect(parts({ type: 'hyperlink', data: { label: 'no url' } })).toEqual([])
    expect(parts({ type: 'hyperlink' })).toEqual([])
    expect(parts({ type: 'hyperlink', data: { url: 'https://a.example', label: 'A' } })).toEqual([
      { type: 'link', url: 'https://a.example', title: 'A' },
    ])
    expect(withMessage({ type: 'hyperlink', data: { url: 'https://a.example' } }).message.text).toBe('')
    expect(parts({ type: 'carousel' })).toEqual([{ type: 'cards', cards: [] }])
  })

  it('reads every button type, with an empty title when missing, and skips postbacks without data and unknown types', () => {
    const [cards] = parts({
      type: 'carousel',
      data: {
        cards: [
          {
            title: 'Card',
            buttons: [
              { type: 'text', title: 'Yes' },
              { type: 'text', text: 'no-title' },
              { type: 'postback', title: 'P', postbackData: 'p1' },
              { type: 'postback', title: 'No data' },
              { type: 'postback', title: 'Null data', postbackData: null },
              { type: 'url', title: 'Open', url: 'https://a.example', isWebview: true },
              { type: 'url', title: 'No url' },
              { type: 'call', title: 'Call' },
            ],
          },
        ],
      },
    })
    expect(cards).toEqual({
      type: 'cards',
      cards: [
        {
          title: 'Card',
          actions: [
            { type: 'reply', text: 'Yes', reply: 'Yes' },
            { type: 'reply', text: '', reply: 'no-title' },
            { type: 'postback', text: 'P', payload: 'p1' },
            { type: 'link', text: 'Open', url: 'https://a.example', webview: true },
          ],
        },
      ],
    })
  })

  it('reads an unknown or missing author as the system, and keys by dashes without channel or reply token', () => {
    expect(withMessage({ type: 'text', data: { text: 'x' }, author: { type: 'operator' } }).message.author).toEqual({
      role: 'system',
    })
    const bare = withMessage({ type: 'text', data: { text: 'x' } }, (e) => {
      delete e.channel
      delete e.replyToken
    })
    expect(bare.message.author).toEqual({ role: 'system' })
    expect(bare.dedupeKey).toMatch(/^proto:-:c7d2e91a4b8f4e3c9a1d6b5e2f7c8a90:-:0:[0-9a-z]+$/)
    expect(bare.conversation).toEqual({
      id: 'c7d2e91a4b8f4e3c9a1d6b5e2f7c8a90',
      contact: { id: 'human_4361a99d71fa3', name: 'Amara Okafor' },
    })
    const noHuman = withMessage({ type: 'text', data: { text: 'x' } }, (e) => delete obj(e.chat).human)
    expect(noHuman.conversation).toEqual({
      id: 'c7d2e91a4b8f4e3c9a1d6b5e2f7c8a90',
      inbox: { id: '5f1c9a7e2b3d4c6e8a0b1c2d3e4f5a6b' },
    })
  })

  it('keys unknown events without a chat, a channel or a name with dashes', () => {
    const e = one('unknown_event.chat_started.json', 'unrecognized', (w) => {
      const ev = event(w)
      delete ev.chat
      delete ev.channel
      ev.type = ''
    })
    expect(e.dedupeKey).toMatch(/^proto:-:-:-:[0-9a-z]+$/)
  })
})

describe('proto.verify', () => {
  it('says there was nothing to check: Proto signs nothing', async () => {
    expect(await proto.verify({ secret: 'any', body: '{}', headers: {} })).toEqual({ ok: true, unsigned: true })
  })
})
