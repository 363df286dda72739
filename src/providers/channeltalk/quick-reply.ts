/**
 * Channel Talk quick replies: answer a webhook request with a message, and
 * Channel posts it into the chat the event came from (a user chat or a team
 * chat). The response needs a 2xx status, `x-quick-reply: true` (without it
 * the body is ignored), optionally `x-bot-name` (the bot's display name;
 * Channel's default is the channel's name), and a JSON body in the shape of
 * the Open API's message-create request.
 *
 * The reply is itself a bot message, so it comes back as a `push`/`message`
 * webhook with `personType: "bot"`: skip those, or your bot answers itself.
 *
 * @module
 */
import { attempt } from '../../core/attempt.js'
import type { Action, Block, Button, ColorVariant } from './codecs.js'

// -------------------------------------------------------------------------------------
// inline markup
// -------------------------------------------------------------------------------------

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/**
 * Bold text: `<b>…</b>`.
 * @category quick reply
 * @since 0.2.0
 */
export const bold = (s: string): string => `<b>${s}</b>`

/**
 * Italic text: `<i>…</i>`.
 * @category quick reply
 * @since 0.2.0
 */
export const italic = (s: string): string => `<i>${s}</i>`

/**
 * A link: `<link type="url" value="…">label</link>` (the URL itself when no
 * label is given).
 * @category quick reply
 * @since 0.2.0
 */
export const link = (url: string, label?: string): string =>
  `<link type="url" value="${attr(url)}">${label ?? url}</link>`

/**
 * A manager mention: `<link type="manager" value="<managerId>">@name</link>`.
 * @category quick reply
 * @since 0.2.0
 */
export const mention = (managerId: string, name: string): string =>
  `<link type="manager" value="${attr(managerId)}">@${name}</link>`

/**
 * A mention of every manager in the chat: `@all`.
 * @category quick reply
 * @since 0.2.0
 */
export const mentionAll = (): string => '<link type="manager" value="all">@all</link>'

/**
 * An emoji by its shortcode: `emoji('+1')` is `:+1:`.
 * @category quick reply
 * @since 0.2.0
 */
export const emoji = (shortcode: string): string => `:${shortcode}:`

// -------------------------------------------------------------------------------------
// blocks
// -------------------------------------------------------------------------------------

/**
 * A block of a quick reply: the three block types Channel accepts.
 * @category quick reply
 * @since 0.2.0
 */
export type QuickReplyBlock =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'code'; readonly value: string; readonly language?: string }
  | { readonly type: 'bullets'; readonly blocks: readonly QuickReplyBlock[] }

/**
 * A text block; `value` may hold inline markup ({@link bold}, {@link link}…).
 * @category quick reply
 * @since 0.2.0
 */
export const textBlock = (...parts: string[]): QuickReplyBlock => ({ type: 'text', value: parts.join('') })

/**
 * A code block: `value` is shown as is, markup included.
 * @category quick reply
 * @since 0.2.0
 */
export const codeBlock = (value: string, language?: string): QuickReplyBlock =>
  language === undefined ? { type: 'code', value } : { type: 'code', value, language }

/**
 * A bulleted list; a string item is a text block.
 * @category quick reply
 * @since 0.2.0
 */
export const bulletBlock = (...items: (string | QuickReplyBlock)[]): QuickReplyBlock => ({
  type: 'bullets',
  blocks: items.map((i) => (typeof i === 'string' ? textBlock(i) : i)),
})

// -------------------------------------------------------------------------------------
// the reply
// -------------------------------------------------------------------------------------

/**
 * A button of a quick reply: a web link, or any button action Channel knows.
 * @category quick reply
 * @since 0.2.0
 */
export type QuickReplyButton = { readonly title: string; readonly colorVariant?: ColorVariant } & (
  { readonly url: string } | { readonly action: Exclude<Action, { readonly type: 'unrecognized' }> }
)

/**
 * What a quick reply says.
 * @category quick reply
 * @since 0.2.0
 */
export interface QuickReplyInput {
  /** Text (inline markup allowed) sent as the first text block. */
  readonly text?: string
  /** Blocks after `text`; a string is a text block. */
  readonly blocks?: readonly (string | QuickReplyBlock)[]
  /** At most two. */
  readonly buttons?: readonly QuickReplyButton[]
  /** The bot's display name (`x-bot-name`); Latin-1 text, as every HTTP header value. */
  readonly botName?: string
}

/**
 * The response headers of a quick reply. A type alias of plain object types
 * (not an interface, and with no optional key) so that it is assignable to
 * every framework's header record: Express `res.set()`, Fastify
 * `reply.headers()`, Hono `c.body(…, headers)`, `new Response(…, { headers })`.
 * @category quick reply
 * @since 0.2.0
 */
export type QuickReplyHeaders =
  | { readonly 'x-quick-reply': 'true'; readonly 'content-type': 'application/json' }
  | { readonly 'x-quick-reply': 'true'; readonly 'x-bot-name': string; readonly 'content-type': 'application/json' }

/**
 * The message-create object a quick reply's body holds, typed by the same
 * codecs that decode messages.
 * @category quick reply
 * @since 0.2.0
 */
export interface QuickReplyMessage {
  readonly blocks: Block[]
  readonly buttons?: Button[]
}

/**
 * A quick reply, ready for your framework to send: `body` is the serialized
 * JSON.
 * @category quick reply
 * @since 0.2.0
 */
export interface QuickReply {
  readonly status: 200
  readonly headers: QuickReplyHeaders
  readonly body: string
}

/**
 * Why {@link quickReply} refused a reply.
 * @category quick reply
 * @since 0.2.0
 */
export type QuickReplyErrorCode =
  | 'empty_reply'
  | 'empty_block'
  | 'too_many_buttons'
  | 'invalid_button_title'
  | 'invalid_button_url'
  | 'invalid_bot_name'

/**
 * Thrown by {@link quickReply} for a reply Channel would reject (or that no
 * HTTP server can send). Its message says which part is wrong.
 * @category quick reply
 * @since 0.2.0
 */
export class QuickReplyError extends Error {
  override readonly name = 'QuickReplyError'
  constructor(
    readonly code: QuickReplyErrorCode,
    message: string,
  ) {
    super(`chat-webhooks: ${message}`)
  }
}

/** Channel's limits on a message-create request. */
const MAX_BUTTONS = 2
const MAX_TITLE = 30

const toBlock = (b: QuickReplyBlock, path: string): Block => {
  switch (b.type) {
    case 'bullets':
      if (b.blocks.length === 0) throw new QuickReplyError('empty_block', `${path} is a bullet list with no items`)
      return { type: 'bullets', blocks: b.blocks.map((c, i) => toBlock(c, `${path}.blocks[${i}]`)) }
    case 'code':
      if (b.value === '') throw new QuickReplyError('empty_block', `${path} is an empty code block`)
      // The body is JSON: an undefined language leaves no key.
      return { type: 'code', value: b.value, language: b.language }
    default:
      if (b.value.trim() === '') throw new QuickReplyError('empty_block', `${path} is an empty text block`)
      return { type: 'text', value: b.value }
  }
}

const isHttpUrl = (s: string): boolean => {
  // Stryker disable next-line StringLiteral: every fallback but an http(s) scheme refuses the same
  const protocol = attempt(() => new URL(s).protocol, '')
  return protocol === 'https:' || protocol === 'http:'
}

const toButton = (b: QuickReplyButton, i: number): Button => {
  const title = b.title
  // Java counts UTF-16 code units, as `length` does.
  if (title.trim() === '' || title.length > MAX_TITLE) {
    throw new QuickReplyError(
      'invalid_button_title',
      `buttons[${i}].title must be 1 to ${MAX_TITLE} characters (it has ${title.length})`,
    )
  }
  // The body is JSON: an undefined colorVariant leaves no key.
  const colorVariant = b.colorVariant
  if ('url' in b) {
    if (!isHttpUrl(b.url))
      throw new QuickReplyError('invalid_button_url', `buttons[${i}].url must be an absolute http(s) URL`)
    return { title, colorVariant, action: { type: 'web', attributes: { url: b.url } } }
  }
  return { title, colorVariant, action: b.action }
}

// Header values are Latin-1 without control characters; anything else makes servers throw or opens header injection.
const HEADER_VALUE_RE = /^[\t\x20-\x7e\x80-\xff]*$/

/**
 * Builds a quick reply: the status, headers and body to answer a Channel Talk
 * webhook request with. Pure; throws {@link QuickReplyError} for what Channel
 * rejects — no text and no blocks, an empty block, more than two buttons, a
 * button title over 30 characters — or a bot name no HTTP header can carry.
 * @category quick reply
 * @since 0.2.0
 * @example
 * // Express
 * const reply = channeltalk.quickReply({ text: `Order ${channeltalk.bold('A-20931')} is on its way`, botName: 'Acme Helper' })
 * res.status(reply.status).set(reply.headers).send(reply.body)
 * // Hono
 * return c.body(reply.body, reply.status, reply.headers)
 */
export const quickReply = (input: QuickReplyInput): QuickReply => {
  const items: (string | QuickReplyBlock)[] = []
  if (input.text !== undefined) items.push(input.text)
  if (input.blocks) items.push(...input.blocks)
  if (items.length === 0) throw new QuickReplyError('empty_reply', 'a quick reply needs text or at least one block')
  const blocks = items.map((b, i) => toBlock(typeof b === 'string' ? textBlock(b) : b, `blocks[${i}]`))
  const buttons = input.buttons ?? []
  if (buttons.length > MAX_BUTTONS)
    throw new QuickReplyError(
      'too_many_buttons',
      `a message has at most ${MAX_BUTTONS} buttons (got ${buttons.length})`,
    )
  const message: QuickReplyMessage = buttons.length > 0 ? { blocks, buttons: buttons.map(toButton) } : { blocks }

  const botName = input.botName
  if (botName !== undefined && (botName.trim() === '' || !HEADER_VALUE_RE.test(botName))) {
    throw new QuickReplyError(
      'invalid_bot_name',
      'botName must be non-empty Latin-1 text without control characters (it is sent as the x-bot-name header)',
    )
  }
  const headers: QuickReplyHeaders =
    botName === undefined
      ? { 'x-quick-reply': 'true', 'content-type': 'application/json' }
      : { 'x-quick-reply': 'true', 'x-bot-name': botName, 'content-type': 'application/json' }
  return { status: 200, headers, body: JSON.stringify(message) }
}
