import { describe, expect, it } from 'vitest';
import { htmlToText, sanitizeHtml } from '../../src/parse/sanitize.ts';

const baseUrl = 'https://example.org/blog/';

describe('sanitizeHtml', () => {
  it.each([
    ['keeps allowed markup', '<p>Hi <strong>there</strong> <em>you</em></p>', '<p>Hi <strong>there</strong> <em>you</em></p>'],
    ['drops unknown tags but keeps their text', '<p><font color="red">red</font> <blink>x</blink></p>', '<p>red x</p>'],
    ['drops non-text elements with their content', '<p>a<script>alert(1)</script><style>p{}</style><svg><g><text>t</text></g></svg><noscript>n</noscript>b</p>', '<p>ab</p>'],
    ['drops disallowed attributes', '<p class="x" style="color:red" onclick="x()" lang="en" dir="rtl">a</p>', '<p lang="en" dir="rtl">a</p>'],
    ['resolves and checks links', '<a href="../x" title="t">a</a><a href="mailto:a@b.c">m</a><a href="javascript:alert(1)">j</a>', '<a href="https://example.org/x" title="t">a</a><a href="mailto:a@b.c">m</a><a>j</a>'],
    ['decodes entity tricks before checking schemes', '<a href="jav&#x61;script&colon;alert(1)">x</a><a href="&#106avascript:1">y</a><a href="java&Tab;script:1">z</a>', '<a>x</a><a>y</a><a>z</a>'],
    ['writes images self-closed, from data-src when lazy', '<img data-src="/i.png" alt="a &quot;b&quot;" onerror="x">', '<img src="https://example.org/i.png" alt="a &quot;b&quot;" />'],
    ['drops images without a usable src', '<p><img src="data:image/png;base64,AAA"><img></p>', '<p></p>'],
    ['keeps only http(s) srcset candidates on source', '<picture><source srcset="/a.webp 1x, /b.webp 2x" type="image/webp"><source srcset="javascript:1 1x"></picture>', '<picture><source srcset="https://example.org/a.webp 1x, https://example.org/b.webp 2x" type="image/webp" /><source /></picture>'],
    ['passes character references in text through and escapes the rest', '<p>a &lt; b &amp;&amp; c &gt; d &eacute;&nbsp;&#233; AT&T 1 < 2 > 0</p>', '<p>a &lt; b &amp;&amp; c &gt; d &eacute;&nbsp;&#233; AT&amp;T 1 &lt; 2 &gt; 0</p>'],
    ['decodes attribute references once', '<a href="/s?a=1&amp;b=&#50;" title="&eacute;t&eacute; &amp; &quot;x&quot;">s</a>', '<a href="https://example.org/s?a=1&amp;b=2" title="été &amp; &quot;x&quot;">s</a>'],
    ['closes unclosed elements', '<div><p>a<b>b', '<div><p>a<b>b</b></p></div>'],
    ['drops comments and CDATA', '<p>a<!-- c -->b<![CDATA[x]]></p>', '<p>ab</p>'],
    ['treats uppercase tags alike', '<P><A HREF="/u" ONCLICK="x">U</A></P>', '<p><a href="https://example.org/u">U</a></p>'],
    ['escapes plain text on the fast path', 'a > b', 'a &gt; b'],
    ['removes tracking parameters only when asked', '<a href="/p?utm_source=x&amp;id=2">p</a>', '<a href="https://example.org/p?utm_source=x&amp;id=2">p</a>'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeHtml(input, { baseUrl })).toBe(expected);
  });

  it('strips tracking parameters from links when asked', () => {
    expect(sanitizeHtml('<a href="/p?utm_source=x&amp;id=2">p</a>', { baseUrl, stripTracking: true })).toBe('<a href="https://example.org/p?id=2">p</a>');
  });

  it('keeps relative links without a base but never a protocol-relative or scheme-bearing one', () => {
    expect(sanitizeHtml('<a href="/rel">r</a><a href="//evil.example/">e</a><a href=" java\tscript:1">j</a>')).toBe('<a href="/rel">r</a><a>e</a><a>j</a>');
  });
});

describe('htmlToText', () => {
  it.each([
    ['<p>Hello <b>world</b></p><p>Again</p>', 'Hello world Again'],
    ['Tom &amp; Jerry &lt;3 &eacute;', 'Tom & Jerry <3 é'],
    ['<script>var x = "<p>";</script>Text<style>.a{}</style>', 'Text'],
    ['  spaced \n\t out  ', 'spaced out'],
    ['no\u00a0break', 'no\u00a0break'],
    ['line<br>break', 'line break'],
  ])('%j → %j', (input, expected) => {
    expect(htmlToText(input)).toBe(expected);
  });
});

// The sanitizer drives htmlparser2's Tokenizer with the element rules of its Parser
// (src/parse/html-stream.ts): these pin its output on hostile markup and on those rules.
describe('sanitizeHtml on hostile markup', () => {
  it.each([
    ['script, any case, with markup inside', '<p>a<SCRIPT type="text/javascript">document.write("<p>x</p>")</SCRIPT>b</p>', '<p>ab</p>'],
    ['script with < in it, and external script', '<p>a<script>if (a<b) {}</script>b<script src="//evil.example/x.js"></script></p>', '<p>ab</p>'],
    ['on* attributes, any case, quoted or not', '<a href="https://e.org/" onclick="x()" ONMOUSEOVER="y()" onfocus=z>a</a><img src="https://e.org/i.png" onerror=alert(1) onload="x">', '<a href="https://e.org/">a</a><img src="https://e.org/i.png" />'],
    ['javascript:, data: and vbscript: in href and cite', '<a href="javascript:alert(1)">j</a><a href="data:text/html,x">d</a><a href="vbscript:x">v</a><q cite="javascript:1">q</q><blockquote cite="data:x">b</blockquote>', '<a>j</a><a>d</a><a>v</a><q>q</q><blockquote>b</blockquote>'],
    ['javascript:/data: images and srcset', '<img src="javascript:alert(1)"><img src="data:image/png;base64,AAAA" data-src="https://e.org/real.png"><picture><source srcset="https://e.org/a.png 1x, data:image/png;base64,AA 2x"></picture>', '<picture><source /></picture>'],
    ['style attribute and element', '<p style="background:url(javascript:alert(1))">s</p><style>@import "x";</style><STYLE>p{}</STYLE>t', '<p>s</p>t'],
    ['svg with script and links, self-closing svg', '<svg><script>alert(1)</script><a href="https://e.org/">in svg</a></svg>after<svg/onload=alert(1)>x', 'after'],
    ['math/mglyph/style mutation trick', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>m', 'm'],
    ['math attributes and svg foreignObject', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>y<svg><foreignObject><p>z</p></foreignObject></svg>w', 'yw'],
    ['noscript hiding markup in an attribute', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>n', 'n'],
    ['title and textarea content stays text', '<title><script>alert(1)</script></title>t<textarea><img src=x onerror=1></textarea>u', '&lt;script&gt;alert(1)&lt;/script&gt;tu'],
    ['comments, short comments, unterminated comments', 'a<!-- <script>alert(1)</script> -->b<!--><img src=x onerror=1>-->c<!-- unterminated <b>x</b>', 'ab<img src="https://example.org/blog/x" />--&gt;c'],
    ['markup inside an attribute value', '<img src="/a.png" alt="&quot;><script>alert(1)</script>">', '<img src="https://example.org/a.png" alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" />'],
    ['unclosed elements', '<div><p>unclosed <b>bold <i>italic <a href="/x">link', '<div><p>unclosed <b>bold <i>italic <a href="https://example.org/x">link</a></i></b></p></div>'],
    ['a start tag cut off at the end', '<p>a</p><img src="https://e.org/a.png"', '<p>a</p>'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeHtml(input, { baseUrl })).toBe(expected);
  });

  it.each([
    ['implied closes of li, p, td', '<ul><li>one<li>two</ul><p>a<p>b<table><tr><td>c<td>d</table>', '<ul><li>one</li><li>two</li></ul><p>a</p><p>b</p><table><tr><td>c</td><td>d</td></tr></table>'],
    ['</p> and </br> without a start tag, /> outside svg', '</p>x</br>y<p/>z<b/>w', '<p></p>x<br />y<p>z<b>w</b></p>'],
    ['an end tag closes the elements inside it', '<div><b><i>x</div>y', '<div><b><i>x</i></b></div>y'],
    ['an end tag without its element is ignored', '<p>a</b></i>b</p>', '<p>ab</p>'],
    ['the first of repeated attributes wins', '<a href="https://e.org/1" href="javascript:alert(1)">a</a><a href="javascript:1" href="https://e.org/2">b</a>', '<a href="https://e.org/1">a</a><a>b</a>'],
    ['/> closes inside svg only', '<svg><g/><p>x</p></svg><b>y</b>', '<b>y</b>'],
    ['a start tag cut off at the end neither opens nor closes', '<b>x<a href="/y"', '<b>x</b>'],
    ['void elements never take content', '<br>a<img src="/i.png">b<hr>c', '<br />a<img src="https://example.org/i.png" />b<hr />c'],
  ])('element rules: %s', (_name, input, expected) => {
    expect(sanitizeHtml(input, { baseUrl })).toBe(expected);
  });

  it('writes only allowlisted tags and attributes with safe URLs, whatever the input', () => {
    // Seeded mutations of hostile fragments: every `<` of the output must open or close an
    // allowlisted element whose attributes are allowlisted and whose URLs are http(s)/mailto.
    const fragments = ['<', '>', '</', '"', "'", '=', '&', '&#', '&amp;', ';', '<!--', '-->', '<![CDATA[', ']]>', '/>', '<script>', '</script>', '<style>', '<svg>',
      '</svg>', '<math>', '<title>', '<textarea>', '<noscript>', '<p>', '</p>', '<a href="', '<img src=', ' onerror=', ' onclick="', 'javascript:', 'java\tscript:',
      '&#106;avascript:', 'data:text/html,', '<b>', '<iframe src=', ' style="', '<select><option>', '<table><tr><td>', 'x', ' ', '\n'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const TAG = /<(\/?)([a-z0-9]+)((?: [a-z-]+="[^"<>]*")*)( \/)?>/y;
    const allowedAttrs = new Set(['href', 'title', 'hreflang', 'src', 'alt', 'width', 'height', 'srcset', 'type', 'media', 'cite', 'datetime', 'colspan', 'rowspan', 'scope', 'start', 'reversed', 'lang', 'dir']);
    for (let round = 0; round < 3000; round += 1) {
      let input = '';
      for (let k = next(12) + 1; k > 0; k -= 1) input += fragments[next(fragments.length)];
      const out = sanitizeHtml(input, { baseUrl });
      for (let at = out.indexOf('<'); at >= 0; at = out.indexOf('<', at + 1)) {
        TAG.lastIndex = at;
        const m = TAG.exec(out);
        expect(m, `${JSON.stringify(input)} → ${JSON.stringify(out)}`).not.toBeNull();
        expect(['script', 'style', 'svg', 'math', 'iframe', 'object', 'embed', 'textarea', 'title', 'noscript', 'select', 'option']).not.toContain(m![2]);
        for (const [, name, value] of m![3]!.matchAll(/ ([a-z-]+)="([^"]*)"/g)) {
          expect(allowedAttrs.has(name!), `${name} in ${out}`).toBe(true);
          if (name === 'href' || name === 'src' || name === 'cite') expect(value).toMatch(/^(?:https?:\/\/|mailto:)/);
        }
      }
    }
  });
});
