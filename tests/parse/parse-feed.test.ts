import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/parse/parse-feed.ts';

const feedUrl = 'https://feeds.example.org/blog/feed.xml';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
  xmlns:media="http://search.yahoo.com/mrss/" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"
  xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel>
  <title>Example &amp; Co</title>
  <link>https://example.org/</link>
  <description>News &lt;b&gt;daily&lt;/b&gt;</description>
  <language>en-us</language>
  <ttl>30</ttl>
  <sy:updatePeriod>hourly</sy:updatePeriod>
  <sy:updateFrequency>2</sy:updateFrequency>
  <atom:link rel="self" href="https://example.org/feed.xml" type="application/rss+xml"/>
  <atom:link rel="hub" href="https://hub.example.org/"/>
  <image><url>/logo.png</url><title>x</title><link>https://example.org/</link></image>
  <lastBuildDate>Tue, 10 Jun 2003 09:41:01 GMT</lastBuildDate>
  <item>
    <title>First &lt;em&gt;post&lt;/em&gt;</title>
    <link>https://feedproxy.example/~r/x/1</link>
    <feedburner:origLink>https://example.org/2003/06/first?utm_source=feedburner&amp;id=1</feedburner:origLink>
    <guid isPermaLink="false">tag:example.org,2003:1</guid>
    <description>&lt;p&gt;Summary with &lt;a href="/rel"&gt;a link&lt;/a&gt;&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>Body <img src="img/a.png" alt="a"> <a href="https://example.org/x?utm_medium=rss&k=v">x</a></p>]]></content:encoded>
    <author>jane@example.org (Jane Doe)</author>
    <dc:creator>John Roe</dc:creator>
    <category>Tech</category><category domain="x">AI</category><category>Tech</category>
    <pubDate>Tue, 10 Jun 2003 04:00:00 EDT</pubDate>
    <media:thumbnail url="https://cdn.example.org/t.jpg"/>
  </item>
  <item>
    <title>No guid</title>
    <link>/2003/06/second</link>
    <dc:date>2003-06-11T10:00:00+02:00</dc:date>
    <enclosure url="/ep.mp3" type="audio/mpeg" length="1234"/>
  </item>
  <item>
    <description>Only a description, no title and no link, long enough to stand in for a title.</description>
    <pubDate>Wed, 11 Jun 2003 12:00:00 GMT</pubDate>
  </item>
  <item>
    <guid>https://example.org/permalink/4</guid>
    <title>Permalink guid</title>
    <pubDate>not a date</pubDate>
  </item>
</channel>
</rss>`;

describe('parseFeed on RSS 2.0', () => {
  it('reads the channel', async () => {
    const feed = await parseFeed(RSS, { feedUrl });
    expect(feed).toMatchObject({
      format: 'rss', version: '2.0', title: 'Example & Co', description: 'News daily', homePageUrl: 'https://example.org/',
      selfUrl: 'https://example.org/feed.xml', hubUrl: 'https://hub.example.org/', language: 'en-us',
      imageUrl: 'https://feeds.example.org/logo.png', ttlSeconds: 1800, updatePeriodSeconds: 1800,
      updatedAt: new Date('2003-06-10T09:41:01Z'),
    });
    expect(feed.items).toHaveLength(4);
  });

  it('normalizes an item: origLink, tracking parameters, plain title, sanitized HTML with resolved links, names, categories', async () => {
    const item = (await parseFeed(RSS, { feedUrl })).items[0]!;
    expect(item).toMatchObject({
      guid: 'tag:example.org,2003:1',
      url: 'https://example.org/2003/06/first?id=1',
      title: 'First post',
      summaryHtml: '<p>Summary with <a href="https://feeds.example.org/rel">a link</a></p>',
      summaryText: 'Summary with a link',
      authors: ['John Roe', 'Jane Doe'],
      categories: ['Tech', 'AI'],
      publishedAt: new Date('2003-06-10T08:00:00Z'),
      imageUrl: 'https://cdn.example.org/t.jpg',
    });
    expect(item.contentHtml).toBe('<p>Body <img src="https://feeds.example.org/blog/img/a.png" alt="a" /> <a href="https://example.org/x?k=v">x</a></p>');
  });

  it('falls back: guid → link, title → text, date → dc:date, and uses a permalink guid as the link', async () => {
    const [, second, third, fourth] = (await parseFeed(RSS, { feedUrl })).items;
    expect(second).toMatchObject({
      guid: 'https://feeds.example.org/2003/06/second', url: 'https://feeds.example.org/2003/06/second',
      publishedAt: new Date('2003-06-11T08:00:00Z'), enclosures: [{ url: 'https://feeds.example.org/ep.mp3', type: 'audio/mpeg', length: 1234 }],
    });
    expect(third!.guid).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(third!.title).toBe('Only a description, no title and no link, long enough to stand in for a title.');
    expect(fourth).toMatchObject({ url: 'https://example.org/permalink/4', publishedAt: null, publishedText: 'not a date' });
  });

  it('gives the same hash guid on every parse (stable across polls)', async () => {
    const a = (await parseFeed(RSS, { feedUrl })).items[2]!.guid;
    const b = (await parseFeed(RSS, { feedUrl })).items[2]!.guid;
    expect(a).toBe(b);
  });
});

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.com/blog/" xml:lang="fr_FR">
  <title type="html">Le &lt;i&gt;blog&lt;/i&gt;</title>
  <subtitle>Plain &lt;not a tag&gt;</subtitle>
  <link href="./"/>
  <link rel="self" href="atom.xml"/>
  <link rel="hub" href="https://hub.example/"/>
  <logo>logo.png</logo>
  <author><name>Feed Author</name></author>
  <updated>2024-01-02T03:04:05Z</updated>
  <id>urn:uuid:feed</id>
  <entry xml:base="posts/">
    <title>Entry one</title>
    <id>tag:example.com,2024:1</id>
    <link rel="alternate" type="text/html" href="one.html?utm_campaign=x"/>
    <link rel="related" href="https://source.example/report"/>
    <link rel="enclosure" href="one.mp3" type="audio/mpeg" length="99"/>
    <published>2024-01-01T10:00:00+01:00</published>
    <updated>2024-01-02T10:00:00Z</updated>
    <category term="news" label="News"/>
    <summary type="text">Less &lt; more</summary>
    <content type="xhtml" xml:base="/media/"><div xmlns="http://www.w3.org/1999/xhtml"><p>See <a href="pic.png">this</a> &amp; <b>that</b></p></div></content>
  </entry>
  <entry>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Two <em>words</em></div></title>
    <id>tag:example.com,2024:2</id>
    <link href="two"/>
    <updated>2024-01-03T00:00:00Z</updated>
    <author><name>Someone</name><email>s@example.com</email></author>
    <content type="html">&lt;p onclick="x()"&gt;Hi&lt;/p&gt;</content>
  </entry>
</feed>`;

describe('parseFeed on Atom 1.0', () => {
  it('reads the feed with xml:base, self, hub, language and logo', async () => {
    const feed = await parseFeed(ATOM, { feedUrl });
    expect(feed).toMatchObject({
      format: 'atom', version: '1.0', title: 'Le blog', description: 'Plain <not a tag>', homePageUrl: 'https://example.com/blog/',
      selfUrl: 'https://example.com/blog/atom.xml', hubUrl: 'https://hub.example/', language: 'fr-FR',
      imageUrl: 'https://example.com/blog/logo.png', updatedAt: new Date('2024-01-02T03:04:05Z'),
    });
  });

  it('resolves links at feed, entry and element level and keeps XHTML content in order', async () => {
    const [one] = (await parseFeed(ATOM, { feedUrl })).items;
    expect(one).toMatchObject({
      guid: 'tag:example.com,2024:1', url: 'https://example.com/blog/posts/one.html', title: 'Entry one',
      externalUrl: 'https://source.example/report', summaryHtml: 'Less &lt; more', summaryText: 'Less < more',
      contentHtml: '<p>See <a href="https://example.com/media/pic.png">this</a> &amp; <b>that</b></p>',
      authors: ['Feed Author'], categories: ['news'], publishedAt: new Date('2024-01-01T09:00:00Z'), updatedAt: new Date('2024-01-02T10:00:00Z'),
      enclosures: [{ url: 'https://example.com/blog/posts/one.mp3', type: 'audio/mpeg', length: 99 }],
    });
  });

  it('reads XHTML titles as text, entry authors by name, and falls back to updated for the date', async () => {
    const [, two] = (await parseFeed(ATOM, { feedUrl })).items;
    expect(two).toMatchObject({
      title: 'Two words', url: 'https://example.com/blog/two', authors: ['Someone'], contentHtml: '<p>Hi</p>',
      publishedAt: new Date('2024-01-03T00:00:00Z'), publishedText: null,
    });
  });

  it('reads Atom 0.3 with modes', async () => {
    const xml = `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title><tagline>Tag</tagline>
<link rel="alternate" type="text/html" href="http://old.example/"/>
<entry><title mode="escaped" type="text/html">A &lt;b&gt;x&lt;/b&gt;</title><link rel="alternate" type="text/html" href="http://old.example/1"/>
<id>tag:old,1</id><issued>2004-01-01T00:00:00Z</issued><modified>2004-01-02T00:00:00Z</modified>
<content type="text/html" mode="base64">PHA+SGk8L3A+</content></entry></feed>`;
    const feed = await parseFeed(xml, { feedUrl });
    expect(feed).toMatchObject({ format: 'atom', version: '0.3', description: 'Tag', homePageUrl: 'http://old.example/' });
    expect(feed.items[0]).toMatchObject({ title: 'A x', contentHtml: '<p>Hi</p>', publishedAt: new Date('2004-01-01T00:00:00Z'), updatedAt: new Date('2004-01-02T00:00:00Z') });
  });
});

describe('parseFeed on RDF', () => {
  it('reads RSS 1.0 with dc:date and rdf:about ids', async () => {
    const xml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://e.org/"><title>R</title><link>https://e.org/</link><description>D</description></channel>
<item rdf:about="https://e.org/1"><title>One</title><link>https://e.org/1</link><dc:date>2004-05</dc:date><dc:subject>S</dc:subject></item>
</rdf:RDF>`;
    const feed = await parseFeed(xml, { feedUrl });
    expect(feed).toMatchObject({ format: 'rdf', version: '1.0', title: 'R' });
    expect(feed.items[0]).toMatchObject({ guid: 'https://e.org/1', categories: ['S'], publishedAt: new Date('2004-05-01T00:00:00Z') });
  });
});

describe('format detection', () => {
  it('goes by the content, not the URL or content type', async () => {
    const feed = await parseFeed(ATOM, { feedUrl: 'https://e.org/feed.json', contentType: 'application/json' });
    expect(feed.format).toBe('atom');
  });

  it('reads RSS with leading blank lines, a BOM, comments and no version attribute', async () => {
    const feed = await parseFeed('\ufeff\n\n<!-- generated --><rss><channel><title>x</title><item><title>y</title><link>https://e.org/y</link></item></channel></rss>', { feedUrl });
    expect(feed).toMatchObject({ format: 'rss', version: null, title: 'x' });
    expect(feed.items[0]!.url).toBe('https://e.org/y');
  });

  it('keeps an item whose date is malformed (rss-parser itself would throw on it in Atom)', async () => {
    const feed = await parseFeed('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry><id>1</id><title>t</title><published>yesterday</published><link>bad</link></entry></feed>', { feedUrl });
    expect(feed.items[0]).toMatchObject({ guid: '1', publishedAt: null, publishedText: 'yesterday' });
  });
});
