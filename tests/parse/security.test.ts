import { describe, expect, it } from 'vitest';
import { PulseError } from '../../src/errors.ts';
import { parseFeed } from '../../src/parse/parse-feed.ts';

const feedUrl = 'https://feeds.example.org/feed.xml';

function rss(itemBody: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://example.org/</link>
<item><title>Item</title><link>https://example.org/1</link><guid>1</guid>${itemBody}</item></channel></rss>`;
}

describe('hostile XML', () => {
  const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>&lol3;</title></channel></rss>`;
  const XXE = `<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><title>&xxe;</title></channel></rss>`;
  const XXE_PARAMETER = `<?xml version="1.0"?>
<!DOCTYPE feed [ <!ENTITY % remote SYSTEM "http://127.0.0.1/evil.dtd"> %remote; ]>
<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>`;

  it.each([
    ['billion laughs', BILLION_LAUGHS],
    ['external entity (XXE)', XXE],
    ['parameter entity', XXE_PARAMETER],
  ])('refuses a DOCTYPE declaring entities: %s', async (_name, xml) => {
    await expect(parseFeed(xml, { feedUrl })).rejects.toMatchObject({
      code: 'parse_failed',
      message: 'parse: DOCTYPE entity declarations are refused',
    });
  });

  it('accepts a DOCTYPE without entity declarations (RSS 0.91)', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Caf&eacute;&nbsp;news</title><item><title>A &amp; B</title><link>https://e.org/1</link></item></channel></rss>`;
    const feed = await parseFeed(xml, { feedUrl });
    expect(feed.title).toBe('Café\u00a0news');
    expect(feed.items[0]!.title).toBe('A & B');
  });
});

describe('hostile HTML in items', () => {
  it.each([
    ['script element', '<p>a</p><script>alert(1)</script>'],
    ['event handler attribute', '<img src="https://e.org/x.png" onerror="alert(1)"><p onclick="alert(1)">a</p>'],
    ['javascript: link', '<a href="javascript:alert(1)">a</a>'],
    ['javascript: with entities and case', '<a href="JaVaScRiPt&#58;alert(1)">a</a><a href=" java\tscript:alert(1)">b</a>'],
    ['data: image', '<img src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">'],
    ['iframe and object', '<iframe src="https://evil.example/"></iframe><object data="x"></object><embed src="x">'],
    ['style and svg', '<style>body{}</style><svg onload="alert(1)"><script>alert(1)</script></svg>'],
    ['form', '<form action="https://evil.example/"><input name="q"><button formaction="javascript:alert(1)">x</button></form>'],
    ['nested in CDATA', '<![CDATA[<p>x</p>]]><script>1</script>'],
  ])('removes it from description and content: %s', async (_name, html) => {
    const escaped = html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const feed = await parseFeed(rss(`<description>${escaped}</description><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[${html.replace(/]]>/g, '')}]]></content:encoded>`), { feedUrl });
    const item = feed.items[0]!;
    for (const out of [item.summaryHtml ?? '', item.contentHtml ?? '']) {
      expect(out).not.toMatch(/<script|<iframe|<object|<embed|<style|<svg|<form|<input|<button/i);
      expect(out).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
      expect(out).not.toMatch(/javascript:|data:/i);
    }
  });

  it('keeps the text of titles and drops markup and script content from them', async () => {
    const feed = await parseFeed(rss('').replace('<title>Item</title>', '<title>&lt;b&gt;Bold&lt;/b&gt; &amp;amp; &lt;script&gt;alert(1)&lt;/script&gt;news</title>'), { feedUrl });
    expect(feed.items[0]!.title).toBe('Bold & news');
  });
});

describe('documents that are not feeds', () => {
  it.each([
    ['an HTML page', '<!DOCTYPE html><html><head><title>x</title></head><body></body></html>', 'parse: not a feed (looks like HTML)'],
    ['an HTML page without doctype', '\n  <html lang="en"><body>x</body></html>', 'parse: not a feed (looks like HTML)'],
    ['an empty document', '   ', 'parse: not a feed (empty document)'],
    ['plain text', 'hello world', 'parse: not a feed (neither XML nor JSON)'],
    ['another XML vocabulary', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', 'parse: not a feed (root element <svg> is not rss, rdf:RDF or feed)'],
    ['an OPML file', '<opml version="2.0"><body/></opml>', 'parse: not a feed (an OPML subscription list; import it as OPML)'],
    ['a JSON array', '[1,2]', 'parse: not a feed (a JSON array, not a JSON Feed object)'],
  ])('rejects %s with a message saying what it is', async (_name, text, message) => {
    await expect(parseFeed(text, { feedUrl })).rejects.toMatchObject({ code: 'parse_failed', message });
  });

  it('rejects malformed XML with the XML error', async () => {
    const err = await parseFeed('<rss version="2.0"><channel><title>x</channel></rss>', { feedUrl }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PulseError);
    expect((err as PulseError).message).toMatch(/^parse: malformed XML \(.+\)$/);
  });

  it('keeps the line and column of an XML error in its cause, and parses the next feed normally', async () => {
    // Pulse's parser reads without counting positions; a failed document is read again counting them.
    const err = await parseFeed('<rss version="2.0"><channel>\n<title>x</channel></rss>', { feedUrl }).catch((e: unknown) => e);
    expect((err as PulseError).message).toBe('parse: malformed XML (Unexpected close tag)');
    expect(((err as PulseError).cause as Error).message).toMatch(/Line: 1\s+Column: \d+/);
    const next = await parseFeed('<rss version="2.0"><channel><item><title>ok</title></item></channel></rss>', { feedUrl });
    expect(next.items.map((i) => i.title)).toEqual(['ok']);
  });

  it.each([
    ['comments', '<!-- a -->'.repeat(5000) + 'x'],
    ['processing instructions', '<?a b?>'.repeat(5000) + 'x'],
    ['whitespace after a comment', '<!-- x -->' + ' '.repeat(5000) + 'x'],
    ['an unterminated DOCTYPE subset', '<!DOCTYPE x [' + ']'.repeat(20000)],
  ])('answers at once on a hostile prolog of many %s (no regex backtracking blow-up)', async (_name, text) => {
    await expect(parseFeed(text, { feedUrl })).rejects.toMatchObject({ code: 'parse_failed' });
  });

  it('rejects truncated garbage quickly and only with PulseError', async () => {
    const inputs = ['<', '<rss', '<rss version="2.0"><channel><item><title>', '{', '{"version": 1', '\u0000\u0001<feed>', '<feed><entry><link/></entry></feed>'];
    for (const text of inputs) {
      const outcome = await parseFeed(text, { feedUrl }).then(() => 'resolved', (e: unknown) => (e instanceof PulseError ? 'rejected' : String(e)));
      expect(['resolved', 'rejected']).toContain(outcome);
    }
  });
});
