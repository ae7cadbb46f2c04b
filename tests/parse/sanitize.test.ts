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
