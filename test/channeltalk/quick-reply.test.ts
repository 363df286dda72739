import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as channeltalk from '../../src/providers/channeltalk/index.js'
import { parse } from '../support/parse.js'

const {
  bold,
  bulletBlock,
  codeBlock,
  emoji,
  italic,
  link,
  mention,
  mentionAll,
  quickReply,
  QuickReplyError,
  textBlock,
} = channeltalk

/** The quick-reply examples of docs/providers/channeltalk.md §5: status, headers and body of a working reply. */
const example = (name: string) =>
  JSON.parse(readFileSync(join(__dirname, 'quick-reply', name), 'utf8')) as {
    status: number
    headers: Record<string, string>
    body: unknown
  }

const lowerCased = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))

const refusal = (f: () => unknown): [string, string] => {
  try {
    f()
  } catch (e) {
    if (e instanceof QuickReplyError) return [e.code, e.message]
    throw e
  }
  throw new Error('expected a QuickReplyError')
}

describe('channeltalk.quickReply', () => {
  it('builds the text reply with a bot name, byte for byte', () => {
    const reply = quickReply({
      text: `Thanks Jiwoo! I found order ${bold('A-20931')}. It is out for delivery today.`,
      botName: 'Acme Helper',
    })
    expect(reply).toEqual({
      status: 200,
      headers: { 'x-quick-reply': 'true', 'x-bot-name': 'Acme Helper', 'content-type': 'application/json' },
      body: '{"blocks":[{"type":"text","value":"Thanks Jiwoo! I found order <b>A-20931</b>. It is out for delivery today."}]}',
    })
    const ref = example('reply.text_with_bot_name.json')
    expect([reply.status, reply.headers, reply.body]).toEqual([
      ref.status,
      lowerCased(ref.headers),
      JSON.stringify(ref.body),
    ])
  })

  it('builds the rich reply — bold, italic, mention, link, code, bullets — byte for byte', () => {
    const reply = quickReply({
      botName: 'deploy-bot',
      blocks: [
        textBlock(
          bold('Ticket created'),
          ' for ',
          mention('458377', 'Jisoo Kim'),
          ': courier inquiry for ',
          italic('A-20931'),
        ),
        textBlock('Details: ', link('https://ops.acme.example/tickets/8812', 'OPS-8812')),
        codeBlock('courier=CJ tracking=6894-2210-3391 status=OUT_FOR_DELIVERY'),
        bulletBlock("Reply in this thread with the courier's answer", 'Close the ticket once the customer confirms'),
      ],
    })
    const ref = example('reply.rich_blocks.json')
    expect(reply.body).toBe(JSON.stringify(ref.body))
    expect(reply.headers).toEqual(lowerCased(ref.headers))
  })

  it('builds buttons in the v5 action form, a code block with its language, and no x-bot-name unless asked', () => {
    const reply = quickReply({
      text: `${mentionAll()} deploy finished ${emoji('rocket')}`,
      blocks: [codeBlock('npm run deploy', 'bash')],
      buttons: [
        { title: 'Open dashboard', url: 'https://ops.acme.example/deploys/991', colorVariant: 'green' },
        { title: 'Roll back', action: { type: 'command', attributes: { appId: 'app-1', name: 'rollback' } } },
      ],
    })
    expect(reply.headers).toStrictEqual({ 'x-quick-reply': 'true', 'content-type': 'application/json' })
    expect(reply.body).toBe(
      '{"blocks":[{"type":"text","value":"<link type=\\"manager\\" value=\\"all\\">@all</link> deploy finished :rocket:"},' +
        '{"type":"code","value":"npm run deploy","language":"bash"}],' +
        '"buttons":[{"title":"Open dashboard","colorVariant":"green","action":{"type":"web","attributes":{"url":"https://ops.acme.example/deploys/991"}}},' +
        '{"title":"Roll back","action":{"type":"command","attributes":{"appId":"app-1","name":"rollback"}}}]}',
    )
  })

  it('builds a body that decodes as a Channel message, and whose text normalizes back', () => {
    const reply = quickReply({
      text: `Order ${bold('A-20931')}: ${link('https://x.example/t', 'track')}`,
      buttons: [{ title: 'Track', url: 'https://x.example/t' }],
    })
    const events = parse(channeltalk, {
      event: 'push',
      type: 'message',
      entity: { ...JSON.parse(reply.body), chatType: 'userChat', chatId: 'c1', personType: 'bot' },
    })
    const e = events[0]
    expect(e?.kind === 'message.created' && [e.message.text, e.message.parts[1]]).toEqual([
      'Order A-20931: track',
      { type: 'actions', actions: [{ type: 'link', text: 'Track', url: 'https://x.example/t' }] },
    ])
  })

  it('builds blocks as values: text joined, code with a language key only when given, bullets of text and blocks', () => {
    expect(textBlock('a', bold('b'))).toStrictEqual({ type: 'text', value: 'a<b>b</b>' })
    expect([codeBlock('x'), codeBlock('x', 'ts')]).toStrictEqual([
      { type: 'code', value: 'x' },
      { type: 'code', value: 'x', language: 'ts' },
    ])
    expect(bulletBlock('a', codeBlock('x'))).toStrictEqual({
      type: 'bullets',
      blocks: [
        { type: 'text', value: 'a' },
        { type: 'code', value: 'x' },
      ],
    })
  })

  it('accepts http and https links only, and no title or bot name of spaces', () => {
    const body = quickReply({ text: 'hi', buttons: [{ title: 'Go', url: 'http://x.example/a' }] }).body
    expect(body).toBe(
      '{"blocks":[{"type":"text","value":"hi"}],"buttons":[{"title":"Go","action":{"type":"web","attributes":{"url":"http://x.example/a"}}}]}',
    )
    expect(refusal(() => quickReply({ text: 'hi', buttons: [{ title: 'Go', url: 'not a url' }] }))[0]).toBe(
      'invalid_button_url',
    )
    expect(refusal(() => quickReply({ text: 'hi', buttons: [{ title: '   ', url: 'https://x.example' }] }))).toEqual([
      'invalid_button_title',
      'chat-webhooks: buttons[0].title must be 1 to 30 characters (it has 3)',
    ])
    expect(refusal(() => quickReply({ text: 'hi', botName: '  ' }))).toEqual([
      'invalid_bot_name',
      'chat-webhooks: botName must be non-empty Latin-1 text without control characters (it is sent as the x-bot-name header)',
    ])
  })

  it('escapes quotes in link and mention attributes', () => {
    expect(link('https://x.example/?q="a"&b', 'q')).toBe(
      '<link type="url" value="https://x.example/?q=&quot;a&quot;&amp;b">q</link>',
    )
    expect(link('https://x.example')).toBe('<link type="url" value="https://x.example">https://x.example</link>')
  })

  it('refuses what Channel rejects, with a clear error', () => {
    expect(refusal(() => quickReply({}))).toEqual([
      'empty_reply',
      'chat-webhooks: a quick reply needs text or at least one block',
    ])
    expect(refusal(() => quickReply({ blocks: [] }))).toEqual([
      'empty_reply',
      'chat-webhooks: a quick reply needs text or at least one block',
    ])
    expect(refusal(() => quickReply({ text: '  ' }))).toEqual([
      'empty_block',
      'chat-webhooks: blocks[0] is an empty text block',
    ])
    expect(refusal(() => quickReply({ blocks: ['ok', bulletBlock()] }))).toEqual([
      'empty_block',
      'chat-webhooks: blocks[1] is a bullet list with no items',
    ])
    expect(refusal(() => quickReply({ blocks: [bulletBlock('a', '')] }))).toEqual([
      'empty_block',
      'chat-webhooks: blocks[0].blocks[1] is an empty text block',
    ])
    expect(refusal(() => quickReply({ blocks: [codeBlock('')] }))).toEqual([
      'empty_block',
      'chat-webhooks: blocks[0] is an empty code block',
    ])
    const button = { title: 'Go', url: 'https://x.example' }
    expect(refusal(() => quickReply({ text: 'hi', buttons: [button, button, button] }))).toEqual([
      'too_many_buttons',
      'chat-webhooks: a message has at most 2 buttons (got 3)',
    ])
    expect(
      refusal(() => quickReply({ text: 'hi', buttons: [{ title: 'x'.repeat(31), url: 'https://x.example' }] })),
    ).toEqual(['invalid_button_title', 'chat-webhooks: buttons[0].title must be 1 to 30 characters (it has 31)'])
    expect(
      refusal(() => quickReply({ text: 'hi', buttons: [button, { title: '', url: 'https://x.example' }] }))[0],
    ).toBe('invalid_button_title')
    expect(refusal(() => quickReply({ text: 'hi', buttons: [{ title: 'Go', url: 'javascript:alert(1)' }] }))).toEqual([
      'invalid_button_url',
      'chat-webhooks: buttons[0].url must be an absolute http(s) URL',
    ])
  })

  it('accepts a 30-character title and two buttons exactly', () => {
    const title = 'x'.repeat(30)
    expect(
      JSON.parse(
        quickReply({
          text: 'hi',
          buttons: [
            { title, url: 'https://a.example' },
            { title, url: 'https://b.example' },
          ],
        }).body,
      ).buttons,
    ).toHaveLength(2)
  })

  it('refuses a bot name no HTTP header can carry (empty, line breaks, non-Latin-1)', () => {
    for (const botName of ['', 'evil\r\nx-admin: 1', '상담봇']) {
      expect(refusal(() => quickReply({ text: 'hi', botName }))[0]).toBe('invalid_bot_name')
    }
    expect(quickReply({ text: 'hi', botName: 'Café Bot' }).headers).toEqual({
      'x-quick-reply': 'true',
      'x-bot-name': 'Café Bot',
      'content-type': 'application/json',
    })
  })

  it('is an Error, named, with the package prefix', () => {
    const e = new QuickReplyError('empty_reply', 'x')
    expect([e instanceof Error, e.name, e.message]).toEqual([true, 'QuickReplyError', 'chat-webhooks: x'])
  })
})
