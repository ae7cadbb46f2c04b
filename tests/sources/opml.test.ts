import { describe, expect, it } from 'vitest';
import { parseOpml, renderOpml } from '../../src/sources/opml.ts';

const OPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>My subscriptions</title></head>
  <body>
    <outline text="Tech" title="Tech">
      <outline type="rss" text="TechCrunch" title="TechCrunch" xmlUrl="https://techcrunch.com/feed/" htmlUrl="https://techcrunch.com/"/>
      <outline text="Nested">
        <outline type="rss" text="The Verge" xmlUrl="https://www.theverge.com/rss/index.xml"/>
      </outline>
    </outline>
    <outline text="No type but a feed" xmlurl="https://example.org/atom.xml"/>
    <outline type="rss" text="Duplicate" xmlUrl="https://techcrunch.com/feed/"/>
    <outline type="link" text="Just a link" url="https://example.org/"/>
    <outline type="rss" text="Bad" xmlUrl="javascript:alert(1)"/>
    <outline type="rss" title="A &amp; B" xmlUrl="https://ab.example/feed?x=1&amp;y=2"/>
  </body>
</opml>`;

describe('parseOpml', () => {
  it('reads nested outlines with an xmlUrl, once per URL', () => {
    expect(parseOpml(OPML)).toEqual([
      { url: 'https://techcrunch.com/feed/', title: 'TechCrunch', htmlUrl: 'https://techcrunch.com/' },
      { url: 'https://www.theverge.com/rss/index.xml', title: 'The Verge', htmlUrl: null },
      { url: 'https://example.org/atom.xml', title: 'No type but a feed', htmlUrl: null },
      { url: 'https://ab.example/feed?x=1&y=2', title: 'A & B', htmlUrl: null },
    ]);
  });

  it.each([
    ['an RSS feed', '<rss version="2.0"><channel/></rss>', 'opml: not an OPML document (root element <rss>)'],
    ['an empty document', '  ', 'opml: empty document'],
    ['plain text', 'hello', 'opml: not an OPML document (no root element)'],
    ['entity declarations', '<!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]><opml><body><outline xmlUrl="&x;"/></body></opml>', 'opml: DOCTYPE entity declarations are refused'],
  ])('rejects %s with a clear error', (_name, xml, message) => {
    expect(() => parseOpml(xml)).toThrowError(message);
  });
});

describe('renderOpml', () => {
  const sources = [
    { url: 'https://techcrunch.com/feed/', name: 'TechCrunch', siteUrl: 'https://techcrunch.com/' },
    { url: 'https://ab.example/feed?x=1&y=2', name: 'A & B <"quoted">', siteUrl: null },
    { url: 'https://c.example/rss', name: 'Line\nbreak\u0001' },
  ];
  const now = new Date('2026-07-04T12:00:00Z');

  it('writes OPML 2.0 with escaped attributes', () => {
    const xml = renderOpml(sources, { title: 'Pulse & sources', now });
    expect(xml).toContain('<opml version="2.0">');
    expect(xml).toContain('<title>Pulse &amp; sources</title>');
    expect(xml).toContain('<dateCreated>Sat, 04 Jul 2026 12:00:00 GMT</dateCreated>');
    expect(xml).toContain('text="A &amp; B &lt;&quot;quoted&quot;&gt;"');
    expect(xml).toContain('xmlUrl="https://ab.example/feed?x=1&amp;y=2"');
    expect(xml).not.toContain('\u0001');
  });

  it('round-trips through parseOpml', () => {
    const back = parseOpml(renderOpml(sources, { title: 'x', now }));
    expect(back).toEqual([
      { url: 'https://techcrunch.com/feed/', title: 'TechCrunch', htmlUrl: 'https://techcrunch.com/' },
      { url: 'https://ab.example/feed?x=1&y=2', title: 'A & B <"quoted">', htmlUrl: null },
      { url: 'https://c.example/rss', title: 'Line\nbreak', htmlUrl: null },
    ]);
  });
});
