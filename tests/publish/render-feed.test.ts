import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { renderFeed } from '../../src/publish/render-feed.ts';
import type { FeedFormat, FeedOptions, PublishedAnalysis } from '../../src/publish/types.ts';
import { olderAnalysis, pinnedNow, referenceAnalysis, site } from './fixtures.ts';
import { parseXmlStrict } from './xml-check.ts';

const selfUrls: Record<FeedFormat, string> = {
  rss: 'https://pulse.example/feed.xml',
  atom: 'https://pulse.example/atom.xml',
  json: 'https://pulse.example/feed.json',
};

function opts(format: FeedFormat, overrides: Partial<FeedOptions> = {}): FeedOptions {
  return { now: pinnedNow, selfUrl: selfUrls[format], nextUrl: `${selfUrls[format]}?before=41`, tag: null, ...overrides };
}

const analyses = (): PublishedAnalysis[] => [referenceAnalysis(), olderAnalysis()];

const parser = new Parser<Record<string, unknown>, Record<string, unknown>>({
  customFields: {
    item: [
      ['source', 'sourceRaw'],
      ['category', 'categoryRaw', { keepArray: true }],
      ['link', 'linkRaw', { keepArray: true }],
      ['published', 'published'],
      ['updated', 'updated'],
      ['summary', 'summaryRaw'],
    ],
  },
});

describe.each(['rss', 'atom', 'json'] as const)('renderFeed(%s)', (format) => {
  const ext = format === 'json' ? 'json' : 'xml';

  it('matches its golden file with a pinned clock', async () => {
    await expect(renderFeed(format, site, analyses(), opts(format)).body).toMatchFileSnapshot(format === 'json' ? './__snapshots__/feed.json' : `./__snapshots__/feed.${format}.${ext}`);
  });

  it('gives identical bytes for identical data, whatever the clock says', () => {
    const first = renderFeed(format, site, analyses(), opts(format));
    const later = renderFeed(format, site, analyses(), opts(format, { now: new Date('2030-01-01T00:00:00Z') }));
    expect(later.body).toBe(first.body);
  });

  it('dates the feed by its newest updatedAt', () => {
    const newer = olderAnalysis({ updatedAt: new Date('2026-07-04T12:00:00Z') });
    expect(renderFeed(format, site, [referenceAnalysis(), newer], opts(format)).updated).toEqual(new Date('2026-07-04T12:00:00Z'));
  });

  it('dates an empty feed by the clock', () => {
    const empty = renderFeed(format, site, [], opts(format, { nextUrl: null }));
    expect(empty.updated).toEqual(pinnedNow);
    if (format !== 'json') parseXmlStrict(empty.body);
    else expect(JSON.parse(empty.body).items).toEqual([]);
  });

  it('keeps every item id when a headline is edited', () => {
    const before = renderFeed(format, site, analyses(), opts(format)).body;
    const after = renderFeed(format, site, [referenceAnalysis({ headline: 'Alibaba Bans Claude Code (Updated)', updatedAt: new Date('2026-07-05T08:00:00Z') }), olderAnalysis()], opts(format)).body;
    const ids = (body: string): string[] =>
      format === 'json'
        ? (JSON.parse(body) as { items: { id: string }[] }).items.map((i) => i.id)
        : [...body.matchAll(format === 'rss' ? /<guid[^>]*>([^<]*)<\/guid>/g : /<entry>\s*<title[^>]*>[^<]*<\/title>\s*<id>([^<]*)<\/id>/g)].map((m) => m[1] ?? '');
    expect(ids(after)).toEqual(ids(before));
    expect(ids(after)).toEqual(['tag:pulse.example,2026:analysis/42', 'tag:pulse.example,2026:analysis/41']);
    expect(after).toContain('Alibaba Bans Claude Code (Updated)');
  });
});

describe('RSS 2.0', () => {
  const rendered = renderFeed('rss', site, analyses(), opts('rss'));

  it('is well-formed and served as application/rss+xml', () => {
    parseXmlStrict(rendered.body);
    expect(rendered.contentType).toBe('application/rss+xml; charset=utf-8');
  });

  it('is read back by rss-parser with every field intact', async () => {
    const feed = await parser.parseString(rendered.body);
    expect(feed.title).toBe('Pulse Desk');
    expect(feed.link).toBe('https://pulse.example/');
    expect(feed.lastBuildDate).toBe('Sat, 04 Jul 2026 11:00:00 GMT');
    expect(feed.feedUrl).toBe('https://pulse.example/feed.xml');
    expect(feed.paginationLinks).toEqual({ self: 'https://pulse.example/feed.xml', next: 'https://pulse.example/feed.xml?before=41' });
    const [first, second] = feed.items;
    expect(first).toMatchObject({
      title: 'Alibaba Bans Claude Code Amid Anthropic Distillation Fight',
      link: 'https://pulse.example/analysis/alibaba-bans-claude-code',
      guid: 'tag:pulse.example,2026:analysis/42',
      pubDate: 'Sat, 04 Jul 2026 09:30:00 GMT',
      isoDate: '2026-07-04T09:30:00.000Z',
      creator: 'Dana Whitfield',
      categories: ['AI', 'anthropic', 'alibaba', 'AT&T-style telemetry'],
      contentSnippet: referenceAnalysis().dek,
    });
    expect(first?.sourceRaw).toBe('TechCrunch');
    expect(rendered.body).toContain('<source url="https://techcrunch.com/feed/">TechCrunch</source>');
    expect(String(first?.['content:encoded'])).toContain('<section class="rundown"><h2>The Rundown</h2><ol><li>Alibaba told staff');
    expect(String(first?.['content:encoded'])).toContain('Originally reported by <a href="https://techcrunch.com/2026/07/03/alibaba-claude-code/">TechCrunch</a>.');
    expect(second).toMatchObject({ guid: 'tag:pulse.example,2026:analysis/41', creator: 'Sam Ortega', categories: ['Policy', 'export-controls'] });
  });

  it('marks tag: guids as not permalinks and never puts a name in <author>', () => {
    expect(rendered.body).toContain('<guid isPermaLink="false">tag:pulse.example,2026:analysis/42</guid>');
    expect(rendered.body).not.toMatch(/<author>/);
  });

  it('advertises the hub and omits it when there is none', () => {
    expect(rendered.body).toContain('<atom:link href="https://hub.pulse.example/" rel="hub"/>');
    const noHub = renderFeed('rss', { ...site, hubUrl: null }, analyses(), opts('rss', { nextUrl: null })).body;
    expect(noHub).not.toContain('rel="hub"');
    expect(noHub).not.toContain('rel="next"');
    expect(noHub).toContain('rel="self"');
  });

  it('names a tag feed after its tag', () => {
    const tagged = renderFeed('rss', site, [referenceAnalysis()], opts('rss', { tag: 'AI & ML', selfUrl: 'https://pulse.example/tags/AI%20%26%20ML/feed.xml' })).body;
    expect(tagged).toContain('<title>Pulse Desk: AI &amp; ML</title>');
  });
});

describe('Atom 1.0', () => {
  const rendered = renderFeed('atom', site, analyses(), opts('atom'));

  it('is well-formed and served as application/atom+xml', () => {
    parseXmlStrict(rendered.body);
    expect(rendered.contentType).toBe('application/atom+xml; charset=utf-8');
  });

  it('carries self, hub and RFC 5005 next links on the feed', () => {
    const doc = parseXmlStrict(rendered.body);
    const links = Array.from(doc.documentElement.children).filter((el) => el.localName === 'link').map((el) => [el.getAttribute('rel'), el.getAttribute('href')]);
    expect(links).toEqual([
      ['alternate', 'https://pulse.example/'],
      ['self', 'https://pulse.example/atom.xml'],
      ['next', 'https://pulse.example/atom.xml?before=41'],
      ['hub', 'https://hub.pulse.example/'],
    ]);
    expect(doc.querySelector('feed > id')?.textContent).toBe('tag:pulse.example,2026:feed');
    expect(doc.querySelector('feed > updated')?.textContent).toBe('2026-07-04T11:00:00.000Z');
  });

  it('is read back by rss-parser with every field intact', async () => {
    const feed = await parser.parseString(rendered.body);
    expect(feed.title).toBe('Pulse Desk');
    const second = feed.items[1];
    expect(second).toMatchObject({
      id: 'tag:pulse.example,2026:analysis/41',
      title: 'Chip Export Rules Q&A: What Changes for AT&T and Cloud Providers',
      link: 'https://pulse.example/analysis/verge-chip-export-rules',
      author: 'Sam Ortega',
      published: '2026-07-02T15:00:00.000Z',
      updated: '2026-07-02T15:00:00.000Z',
      summaryRaw: 'The rules tighten thresholds &amp; add reporting duties.',
    });
    expect(second?.linkRaw).toEqual([
      { $: { rel: 'alternate', type: 'text/html', href: 'https://pulse.example/analysis/verge-chip-export-rules' } },
      { $: { rel: 'via', type: 'text/html', href: 'https://www.theverge.com/2026/7/1/chips?utm=x&a=1', title: 'The Verge' } },
      { $: { rel: 'via', type: 'text/html', href: 'https://www.reuters.com/technology/chips', title: 'Reuters' } },
    ]);
    expect(second?.categoryRaw).toEqual([{ $: { term: 'Policy' } }, { $: { term: 'export-controls' } }]);
    expect(String(second?.content)).toContain('Originally reported by <a href="https://www.theverge.com/2026/7/1/chips?utm=x&amp;a=1">The Verge</a> and <a href="https://www.reuters.com/technology/chips">Reuters</a>.');
  });

  it('writes titles as text, so "&" is neither double-escaped nor bare HTML', async () => {
    const body = renderFeed('atom', site, [referenceAnalysis({ headline: 'AT&T and "Q&A" <b>day</b> &amp;' })], opts('atom')).body;
    expect(body).toContain('<title type="text">AT&amp;T and &quot;Q&amp;A&quot; &lt;b&gt;day&lt;/b&gt; &amp;amp;</title>');
    const feed = await parser.parseString(body);
    expect(feed.items[0]?.title).toBe('AT&T and "Q&A" <b>day</b> &amp;');
  });
});

describe('JSON Feed 1.1', () => {
  const rendered = renderFeed('json', site, analyses(), opts('json'));
  const doc = JSON.parse(rendered.body) as Record<string, unknown> & { items: Record<string, unknown>[] };

  it('declares version 1.1 and the 1.1 fields feed.json1() lacks', () => {
    expect(rendered.contentType).toBe('application/feed+json; charset=utf-8');
    expect(doc).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Pulse Desk',
      home_page_url: 'https://pulse.example/',
      feed_url: 'https://pulse.example/feed.json',
      language: 'en',
      hubs: [{ type: 'WebSub', url: 'https://hub.pulse.example/' }],
      next_url: 'https://pulse.example/feed.json?before=41',
    });
    expect(doc).not.toHaveProperty('author');
  });

  it('gives each item its page, the original report and the _pulse structure', () => {
    const item = doc.items[0];
    expect(item).toMatchObject({
      id: 'tag:pulse.example,2026:analysis/42',
      url: 'https://pulse.example/analysis/alibaba-bans-claude-code',
      external_url: 'https://techcrunch.com/2026/07/03/alibaba-claude-code/',
      summary: referenceAnalysis().dek,
      date_published: '2026-07-04T09:30:00.000Z',
      date_modified: '2026-07-04T11:00:00.000Z',
      authors: [{ name: 'Dana Whitfield' }],
      tags: ['AI', 'anthropic', 'alibaba', 'AT&T-style telemetry'],
      _pulse: {
        about: 'https://pulse.example/about/pulse-extension',
        highlight: 'Ban effective July 10, 2026',
        stats: referenceAnalysis().stats,
        rundown: referenceAnalysis().rundown,
        take: referenceAnalysis().take,
        watch: referenceAnalysis().watch,
        pull_quote: referenceAnalysis().pullQuote,
        sources: [{ publisher: 'TechCrunch', title: 'Alibaba bans Claude Code', url: 'https://techcrunch.com/2026/07/03/alibaba-claude-code/', feed_url: 'https://techcrunch.com/feed/' }],
      },
    });
    expect(String(item?.content_html)).toContain('<dl class="stats">');
  });
});
