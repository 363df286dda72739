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

describe('htmlToText on hostile markup: linear in the input', () => {
  const MB = 1_000_000
  const cases: [string, string][] = [
    ['a megabyte of "<" without ">"', `<p>${'<'.repeat(MB)}`],
    ['a megabyte of tags opened, closed by one ">" at the end', `${'<a'.repeat(MB / 2)}>`],
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
