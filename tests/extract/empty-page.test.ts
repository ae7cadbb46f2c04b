import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/extract-facts.ts';

describe('a page that could not be fetched', () => {
  it.each([
    ['an empty document', ''],
    ['a document without <body>', '<title>x</title>'],
    ['a script-only shell', '<html><body><script>render()</script></body></html>'],
  ])("falls back to the feed's content for %s", (_what, html) => {
    const sheet = extractFacts(html, 'https://news.example/story', {
      publishedAt: new Date('2026-07-04T10:00:00Z'),
      feedContentHtml: '<p>Alibaba is barring staff from using Claude Code starting July 10, after researchers found about 25,000 fake accounts.</p>',
    });
    expect(sheet.body_source).toBe('feed');
    expect(sheet.body.paragraphs).toHaveLength(1);
    expect(sheet.published_at).toBe('2026-07-04T10:00:00.000Z');
    expect(sheet.figures).toContainEqual(expect.objectContaining({ kind: 'count', value: 25_000, approx: true }));
  });
});
