import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/parse/parse-feed.ts';
import { parseJsonFeed } from '../../src/parse/json-feed.ts';

const feedUrl = 'https://example.org/feed.json';
const V11 = 'https://jsonfeed.org/version/1.1';

function feed(overrides: Record<string, unknown>, item: Record<string, unknown> = {}): string {
  return JSON.stringify({ version: V11, title: 'Site', items: [{ id: '1', content_html: '<p>x</p>', ...item }], ...overrides });
}

describe('JSON Feed validation', () => {
  it.each([
    ['missing version', JSON.stringify({ title: 'x', items: [] }), 'parse: invalid JSON Feed: version is missing (not a JSON Feed)'],
    ['version of another format', feed({ version: 'https://example.org/v2' }), 'parse: invalid JSON Feed: version is not a JSON Feed version URL (got "https://example.org/v2")'],
    ['version not a string', feed({ version: 1.1 }), 'parse: invalid JSON Feed: version must be a string (got number)'],
    ['missing items', JSON.stringify({ version: V11, title: 'x' }), 'parse: invalid JSON Feed: items is missing'],
    ['items not an array', feed({ items: {} }), 'parse: invalid JSON Feed: feed.items must be an array (got object)'],
    ['missing title', JSON.stringify({ version: V11, items: [] }), 'parse: invalid JSON Feed: title is missing'],
    ['title not a string', feed({ title: ['x'] }), 'parse: invalid JSON Feed: feed.title must be a string (got array)'],
    ['item not an object', feed({ items: ['x'] }), 'parse: invalid JSON Feed: items[0] must be an object (got string)'],
    ['id of the wrong type', feed({}, { id: { a: 1 } }), 'parse: invalid JSON Feed: items[0].id must be a string (got object)'],
    ['url of the wrong type', feed({}, { url: 42 }), 'parse: invalid JSON Feed: items[0].url must be a string (got number)'],
    ['tags not strings', feed({}, { tags: ['a', 3] }), 'parse: invalid JSON Feed: items[0].tags[1] must be a string (got number)'],
    ['authors not an array', feed({}, { authors: { name: 'x' } }), 'parse: invalid JSON Feed: items[0].authors must be an array (got object)'],
    ['hubs entry not an object', feed({ hubs: ['x'] }), 'parse: invalid JSON Feed: hubs[0] must be an object (got string)'],
    ['malformed JSON', '{"version": ', /^parse: malformed JSON \(/],
  ])('rejects %s with a clear error', (_name, text, message) => {
    expect(() => parseJsonFeed(text, feedUrl)).toThrowError(message);
  });

  it('tolerates unknown fields and extensions', () => {
    const parsed = parseJsonFeed(feed({ _pulse: { a: 1 }, user_comment: 'hi', weird: [1] }, { _ext: true, foo: 'bar' }), feedUrl);
    expect(parsed.items).toHaveLength(1);
  });

  it('reads JSON Feed 1.0 (author object, numeric ids) and 1.1 (authors, language)', () => {
    const v10 = parseJsonFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1', title: 'Old', home_page_url: 'https://e.org/', feed_url: 'https://e.org/feed.json',
        author: { name: 'Ann' }, items: [{ id: 7, url: '/p/7?utm_source=x', title: 'T &amp; U', content_text: 'Hello\n\nWorld', date_published: '2020-01-02T03:04:05+01:00' }],
      }),
      feedUrl,
    );
    expect(v10).toMatchObject({ format: 'json', version: '1', homePageUrl: 'https://e.org/', selfUrl: 'https://e.org/feed.json' });
    expect(v10.items[0]).toMatchObject({
      guid: '7', url: 'https://example.org/p/7', title: 'T & U', authors: ['Ann'], contentHtml: '<p>Hello</p>\n<p>World</p>',
      summaryText: 'Hello World', publishedAt: new Date('2020-01-02T02:04:05Z'),
    });
    const v11 = parseJsonFeed(
      feed({ language: 'en_GB', hubs: [{ type: 'WebSub', url: 'https://hub.example/' }] }, {
        authors: [{ name: 'Bo' }, { url: 'https://bo.example/' }], tags: ['a', 'b', 'a'], summary: 'Short',
        external_url: 'https://other.example/story?fbclid=1', image: 'https://e.org/i.png', date_modified: '2021-05-05T00:00:00Z',
        attachments: [{ url: 'https://e.org/a.mp3', mime_type: 'audio/mpeg', size_in_bytes: 1000 }],
      }),
      feedUrl,
    );
    expect(v11).toMatchObject({ version: '1.1', language: 'en-GB', hubUrl: 'https://hub.example/' });
    expect(v11.items[0]).toMatchObject({
      authors: ['Bo', 'https://bo.example/'], categories: ['a', 'b'], summaryHtml: 'Short', summaryText: 'Short',
      externalUrl: 'https://other.example/story', imageUrl: 'https://e.org/i.png', publishedAt: new Date('2021-05-05T00:00:00Z'),
      enclosures: [{ url: 'https://e.org/a.mp3', type: 'audio/mpeg', length: 1000 }],
    });
  });

  it('is chosen by content, whatever the content type says', async () => {
    const parsed = await parseFeed(`\ufeff  ${feed({})}`, { feedUrl: 'https://e.org/rss.xml', contentType: 'application/rss+xml' });
    expect(parsed.format).toBe('json');
  });
});
