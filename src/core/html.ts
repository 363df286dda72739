/**
 * HTML message bodies to text, in one pass over the input: what a helpdesk's
 * composer writes (paragraphs, line breaks, lists, links, inline images,
 * entities) read as the text a chat shows, with the links and images kept
 * apart. Hostile markup costs time in proportion to its length: the scan moves
 * forward only, each tag is read once, and nothing is matched twice.
 *
 * @module
 */

/**
 * What {@link htmlToText} reads out of a body.
 * @category text
 * @since 0.3.0
 */
export interface HtmlText {
  /** The text: block ends and `<br>` as newlines, list items as `- ` lines, entities decoded, runs of blank lines as one. */
  readonly text: string
  /** Each link whose label is not its address, in order. */
  readonly links: readonly { readonly url: string; readonly title?: string }[]
  /** The `src` of each inline image, in order. */
  readonly images: readonly string[]
}

/** Elements whose end (or whose lone tag) ends a line. */
const BLOCKS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'blockquote',
  'tr',
  'table',
])
/** Elements whose content is not text. */
const SKIPPED: ReadonlySet<string> = new Set(['script', 'style', 'head', 'title'])

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  bull: '•',
  middot: '·',
}

const ENTITY_RE = /&(?:#x([\da-f]{1,6})|#(\d{1,7})|([a-z]{2,8}));/gi

/** Entities decoded: named ones this table knows, and every valid numeric one. */
const decodeEntities = (s: string): string =>
  // Stryker disable next-line StringLiteral: a shortcut; text without "&" holds no entity to replace
  s.includes('&')
    ? s.replace(ENTITY_RE, (all, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
        if (name !== undefined)
          return Object.prototype.hasOwnProperty.call(NAMED, name.toLowerCase())
            ? (NAMED[name.toLowerCase()] as string)
            : all
        const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec as string, 10)
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : all
      })
    : s

/** An attribute's value in a tag's text (`href="…"`, `src='…'`, `href=…`), decoded. */
const attribute = (tag: string, name: string): string | undefined => {
  const lower = tag.toLowerCase()
  let at = lower.indexOf(name)
  while (at !== -1) {
    const before = lower.charCodeAt(at - 1)
    // A whole attribute name: preceded by whitespace, followed by optional spaces and "=".
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      let i = at + name.length
      while (tag.charCodeAt(i) === 32) i++
      if (tag[i] === '=') {
        i++
        while (tag.charCodeAt(i) === 32) i++
        const quote = tag[i]
        if (quote === '"' || quote === "'") {
          const end = tag.indexOf(quote, i + 1)
          return decodeEntities(tag.slice(i + 1, end === -1 ? tag.length : end))
        }
        let end = i
        // Stryker disable next-line EqualityOperator: one step past the end reads `undefined`, which ends the loop; slice stops at the end
        while (end < tag.length && !/[\s>]/.test(tag[end] as string)) end++
        return decodeEntities(tag.slice(i, end))
      }
    }
    at = lower.indexOf(name, at + 1)
  }
  return undefined
}

/** Whether a body holds a tag at all (`<` then a letter, or `</`): plain text is left as it is. */
export const hasTag = (s: string): boolean => /<\/?[a-z]/i.test(s)

/**
 * A message body's text, links and images. Text without a tag is returned as
 * it is (plain text, whose `&amp;` is meant literally).
 * @category text
 * @since 0.3.0
 * @example
 * htmlToText('<p>Hi <b>Ana</b></p><ul><li>one</li><li><a href="https://x.example">two</a></li></ul>')
 * // { text: 'Hi Ana\n- one\n- two', links: [{ url: 'https://x.example', title: 'two' }], images: [] }
 */
export const htmlToText = (html: string): HtmlText => {
  const links: { url: string; title?: string }[] = []
  const images: string[] = []
  if (!hasTag(html)) return { text: html, links, images }
  // The text so far, in pieces joined once at the end: reading back a string built by `+=` (its
  // last character, a slice of it) flattens it, which done per tag would go over the text again.
  const pieces: string[] = []
  // Stryker disable next-line StringLiteral: another start only adds a newline before the first block, which the final trim drops
  let last = ''
  // Never given an empty piece: `last` is the last character's piece.
  const emit = (piece: string) => {
    pieces.push(piece)
    last = piece
    // Stryker disable next-line ConditionalExpression: the label is read at a link's end and reset at its start
    if (link !== undefined) label += piece
  }
  const newline = () => {
    // Stryker disable next-line ConditionalExpression,StringLiteral: as for `last`'s start: a newline before the first block, which the final trim drops
    if (last !== '' && !last.endsWith('\n')) emit('\n')
  }
  // The open link: its address, and its label so far.
  let link: string | undefined
  // Stryker disable next-line StringLiteral: set again when a link opens, before it is read
  let label = ''
  // The body in lower case, made once, the first time a skipped element's end is looked for.
  let lower: string | undefined
  let i = 0
  // The next "<" and ">" at or after a position (Infinity: none), each found once and kept until
  // passed: searching again from every "<" of "<<<<…>" would go over the same text once per "<".
  let nextLt = -1
  let nextGt = -1
  const after = (c: string, from: number, known: number): number => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache: searching again finds the same place, only in more time (the hostile tests bound it; a mutant searching each time still ends within a test's limit)
    if (known >= from) return known
    const at = html.indexOf(c, from)
    return at === -1 ? Infinity : at
  }
  // Stryker disable next-line EqualityOperator: one more turn at the end finds no "<" and emits an empty piece, which the join drops
  while (i < html.length) {
    nextLt = after('<', i, nextLt)
    const lt = nextLt
    if (lt > i) emit(decodeEntities(html.slice(i, lt).replace(/\s+/g, ' ')))
    // Stryker disable next-line ConditionalExpression: without it, the next step finds no ">" and emits the empty rest, then breaks
    if (lt === Infinity) break
    nextGt = after('>', lt + 1, nextGt)
    // A "<" with no ">" after it is text.
    if (nextGt === Infinity) {
      emit(decodeEntities(html.slice(lt)))
      break
    }
    nextLt = after('<', lt + 1, nextLt)
    // A "<" with another "<" before the ">" ("a <3 b</p>") is text up to that "<".
    // Stryker disable next-line EqualityOperator: "<" and ">" are never at the same place
    if (nextLt < nextGt) {
      emit('<')
      i = lt + 1
      continue
    }
    const gt = nextGt
    const tag = html.slice(lt + 1, gt)
    i = gt + 1
    const closing = tag.startsWith('/')
    const nameMatch = /^\/?([a-z][\da-z]*)/i.exec(tag)
    if (!nameMatch) {
      // Not a tag ("a <3 b", a comment): a comment is dropped, anything else kept as text.
      if (!tag.startsWith('!')) emit(decodeEntities(`<${tag}>`))
      continue
    }
    const name = (nameMatch[1] as string).toLowerCase()
    if (!closing && SKIPPED.has(name)) {
      lower ??= html.toLowerCase()
      const end = lower.indexOf(`</${name}`, i)
      i = end === -1 ? html.length : html.indexOf('>', end) + 1 || html.length
      continue
    }
    if (name === 'br') emit('\n')
    else if (name === 'li' && !closing) {
      newline()
      emit('- ')
    } else if (BLOCKS.has(name)) newline()
    else if (name === 'a') {
      if (!closing) {
        link = attribute(tag, 'href') || undefined
        label = ''
      } else if (link !== undefined) {
        const title = label.trim()
        links.push(title === '' || title === link ? { url: link } : { url: link, title })
        link = undefined
      }
    } else if (name === 'img' && !closing) {
      const src = attribute(tag, 'src')
      if (src) images.push(src)
    }
  }
  const text = pieces
    .join('')
    .split('\n')
    // trim(), not a pattern: a pattern anchored at the end backtracks over long runs of spaces.
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return { text, links, images }
}
