// HTML message bodies to text (src/core/html.ts): what a composer writes, read as a chat shows it,
// and hostile markup of a megabyte or more, which a scan that went back over its input would take
// minutes on (each case finishes within the test's time limit only if the scan is linear).
import { describe, expect, it } from 'vitest'
import { hasTag, htmlToText } from '../../src/core/html.js'

describe('htmlToText', () => {
  it('ends lines at blocks and <br>, prefixes list items, drops other tags and decodes entities', () => {
    expect(htmlToText('<p>Hi <b>Ana</b>,</p><p>line one<br>line two<br/>three</p>').text).toBe(
      'Hi Ana,\nline one\nline two\nthree',
    )
    expect(htmlToText('<ul><li>one</li><li>two <i>2</i></li></ul><ol><li>first</li></ol><h2>Title</h2>done').text).toBe(
      '- one\n- two 2\n- first\nTitle\ndone',
    )
    expect(
      htmlToText('<p>Tom &amp; Jerry &lt;3 &quot;x&quot; &#39;y&#x27; &eacute; &#128512; &#xD800; &bogus;</p>').text,
    ).toBe('Tom & Jerry <3 "x" \'y\' &eacute; 😀 &#xD800; &bogus;')
    expect(htmlToText('<p>a</p>\n\n\n<p></p><p></p><div>b</div>').text).toBe('a\n\nb')
    expect(htmlToText('<p>  spaced   out\n words </p>').text).toBe('spaced out words')
  })

  it('keeps links as their label, and each link whose label is not its address', () => {
    expect(
      htmlToText(
        '<p>See <a href="https://x.example/a?b=1&amp;c=2">the guide</a>, <a href=https://y.example>https://y.example</a> and <a class="z" HREF=\'https://z.example\'>z</a><a>no href</a></p>',
      ),
    ).toEqual({
      text: 'See the guide, https://y.example and zno href',
      links: [
        { url: 'https://x.example/a?b=1&c=2', title: 'the guide' },
        { url: 'https://y.example' },
        { url: 'https://z.example', title: 'z' },
      ],
      images: [],
    })
  })

  it('collects inline images, and skips scripts, styles and comments', () => {
    expect(
      htmlToText(
        '<p>Look<img src="https://cdn.example/i.png" alt="i"></p><!-- note --><script>alert(1)</script><style>p{}</style>ok',
      ),
    ).toEqual({ text: 'Look\nok', links: [], images: ['https://cdn.example/i.png'] })
  })

  it('leaves text without a tag as it is, and keeps what only looks like markup', () => {
    for (const s of ['a < b > c', 'Tom &amp; Jerry', '2 <3', '']) expect(htmlToText(s).text).toBe(s)
    expect([hasTag('<p>x'), hasTag('</b>'), hasTag('a < b'), hasTag('<3')]).toEqual([true, true, false, false])
    expect(htmlToText('<p>a <3 b</p>').text).toBe('a <3 b')
    expect(htmlToText('<p>open <b').text).toBe('open <b')
  })
})

describe('htmlToText, case by case', () => {
  const text = (html: string) => htmlToText(html).text

  it('decodes numeric entities of valid code points only', () => {
    expect(text('<p>&#0; &#x10FFFF; &#x110000; &#xD7FF; &#xD800; &#xDFFF; &#xE000; &#1;</p>')).toBe(
      '&#0; \u{10FFFF} &#x110000; \uD7FF &#xD800; &#xDFFF; \uE000 \u0001',
    )
    // Up to six hex digits and seven decimal ones, with or without leading zeros; more are text.
    expect(text('<p>&#1114111; &#0000065; &#00000065; &#x0041; &#x0000041;</p>')).toBe(
      '\u{10FFFF} A &#00000065; A &#x0000041;',
    )
  })

  it('decodes every named entity it knows, in either case, and leaves others', () => {
    expect(
      text(
        '<p>&amp;&lt;&gt;&quot;&apos;&nbsp;&ndash;&mdash;&hellip;&lsquo;&rsquo;&ldquo;&rdquo;&copy;&reg;&trade;&euro;&bull;&middot;|&AMP;&Copy;&eacute;</p>',
      ),
    ).toBe('&<>"\'\u00a0–—…‘’“”©®™€•·|&©&eacute;')
  })

  it('ends a line at every block element, and skips what is not text', () => {
    const blocks = [
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
    ]
    for (const tag of blocks)
      expect([tag, text(`a<${tag}>b</${tag}>c`)]).toEqual([tag, tag === 'li' ? 'a\n- b\nc' : 'a\nb\nc'])
    for (const tag of ['span', 'td', 'b', 'em', 'font']) expect(text(`a<${tag}>b</${tag}>c`)).toBe('abc')
    for (const tag of ['script', 'style', 'head', 'title'])
      expect([tag, text(`a<${tag}>b</${tag}>c`)]).toEqual([tag, 'ac'])
    expect(text('a<SCRIPT>b</script>c<Style>d</STYLE>e')).toBe('ace')
  })

  it('keeps the text before the first tag, and at most one empty line', () => {
    expect(text('Hi <b>there</b>')).toBe('Hi there')
    expect(text('a<br><br><br><br>b')).toBe('a\n\nb')
    expect(text('<b>a</b><p>b</p>')).toBe('a\nb')
    expect(text('a<br><p>b</p>')).toBe('a\nb')
  })

  it('starts a block on a new line whatever ends the text before it', () => {
    // An entity can end, or start, a piece of text with a newline.
    expect(text('a&#10;<p>b</p>')).toBe('a\nb')
    expect(text('&#10;a<p>b</p>')).toBe('a\nb')
  })

  it('keeps what is not a tag as text, and drops comments', () => {
    expect(text('<p>1 <2 and 3> 0</p>')).toBe('1 <2 and 3> 0')
    expect(text('<p>x<!-- note -->y <!doctype html>z</p>')).toBe('xy z')
  })

  it('reads an attribute after any whitespace, around "=", quoted or not, and not inside another name', () => {
    const href = (tag: string) => htmlToText(`${tag}x</a>`).links
    expect(href('<a\thref="https://t.example">')).toEqual([{ url: 'https://t.example', title: 'x' }])
    expect(href('<a\nhref="https://n.example">')).toEqual([{ url: 'https://n.example', title: 'x' }])
    expect(href('<a\rhref="https://r.example">')).toEqual([{ url: 'https://r.example', title: 'x' }])
    expect(href('<a href = "https://s.example">')).toEqual([{ url: 'https://s.example', title: 'x' }])
    expect(href('<a data-href="https://no.example" href="https://yes.example">')).toEqual([
      { url: 'https://yes.example', title: 'x' },
    ])
    expect(href('<a href="https://open.example>')).toEqual([{ url: 'https://open.example', title: 'x' }])
    expect(htmlToText('<img src data-x="1" src="https://i.example/p.png">').images).toEqual(['https://i.example/p.png'])
  })

  it('gives a link a title only when its label is text other than its address', () => {
    expect(htmlToText('<a href="https://e.example"></a><a href="https://f.example"> f </a>').links).toEqual([
      { url: 'https://e.example' },
      { url: 'https://f.example', title: 'f' },
    ])
    // A link without an address closes nothing, and leaves the text alone.
    expect(htmlToText('<a>plain</a> and <a href="https://g.example">g</a>')).toEqual({
      text: 'plain and g',
      links: [{ url: 'https://g.example', title: 'g' }],
      images: [],
    })
  })

  it('collects the sources of images only, and only those that have one', () => {
    expect(
      htmlToText(
        '<img alt="none"><source src="https://v.example/v.mp4"></img src="https://c.example"><img src=\'https://i.example\'>',
      ).images,
    ).toEqual(['https://i.example'])
  })
})

describe('htmlToText on hostile markup: linear in the input', () => {
  const MB = 1_000_000
  const cases: [string, string][] = [
    ['a megabyte of "<" without ">"', `<p>${'<'.repeat(MB)}`],
    // Two megabytes: a scan that searched for the ">" again from every "<" would take minutes on it.
    ['two megabytes of tags opened, closed by one ">" at the end', `${'<a'.repeat(MB)}>`],
    ['three hundred thousand links', '<a href="https://x.example">x</a>'.repeat(300_000)],
    ['a hundred thousand unclosed links', '<a href="https://x.example">x'.repeat(100_000)],
    ['a hundred thousand scripts never closed', '<script>'.repeat(100_000)],
    ['a hundred thousand script ends', '<p>x</p>' + '</script>'.repeat(100_000)],
    ['spaces between a hundred thousand tags', '<p>a' + ' <b> </b>'.repeat(100_000) + 'z</p>'],
    ['an attribute quote never closed', `<a href="${'x'.repeat(MB)}`],
    ['a tag of a megabyte of attribute names', `<a ${'href'.repeat(MB / 4)}>x</a>`],
    ['a megabyte of entity-like text', `<p>${'&#x1F600'.repeat(MB / 8)}</p>`],
    ['a megabyte of newlines between blocks', '<p>a</p>' + '\n'.repeat(MB) + '<p>b</p>'],
  ]
  it.each(cases)('%s', (_name, html) => {
    const r = htmlToText(html)
    expect(typeof r.text).toBe('string')
    expect(r.text.length).toBeLessThanOrEqual(html.length)
  })
})
