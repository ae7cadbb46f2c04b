import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderAnalysisPage, renderGonePage, renderIndexPage, renderNotFoundPage, renderPulseExtensionPage } from '../../src/publish/pages.ts';
import { olderAnalysis, referenceAnalysis, site } from './fixtures.ts';

const documentOf = (html: string): Document => new JSDOM(html).window.document;

/** Returns the heading levels in document order. */
const headingLevels = (doc: Document): number[] => Array.from(doc.querySelectorAll('h1,h2,h3,h4,h5,h6')).map((h) => Number(h.tagName[1]));

describe('renderAnalysisPage', () => {
  const html = renderAnalysisPage(referenceAnalysis(), site);
  const doc = documentOf(html);

  it('matches its golden file', async () => {
    await expect(html).toMatchFileSnapshot('./__snapshots__/analysis-page.html');
  });

  it('follows the reference layout, in order', () => {
    const text = (doc.querySelector('article')?.textContent ?? '').replace(/\s+/g, ' ');
    const order = [
      'AI · Ban effective July 10, 2026',
      'Alibaba Bans Claude Code Amid Anthropic Distillation Fight',
      'Alibaba is barring staff',
      'Ban Effective Date',
      'By Dana Whitfield · Covers AI platforms. · July 4, 2026 · 3 min read',
      'The Rundown',
      'The Take',
      'The ban follows weeks',
      '“We do not run tools that phone home without telling us.”',
      'What to Watch',
      'Originally reported by TechCrunch. Analysis and editorial commentary by Pulse Desk.',
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((p) => p >= 0), JSON.stringify(Object.fromEntries(order.map((o, i) => [o, positions[i]])))).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(doc.querySelector('.read-next a')?.getAttribute('href')).toBe('https://pulse.example/analysis/anthropic-distillation-claims');
  });

  it('is accessible: language, landmarks, one h1 and no skipped heading level', () => {
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelectorAll('main#main')).toHaveLength(1);
    expect(doc.querySelectorAll('header.site-header, footer.site-footer')).toHaveLength(2);
    expect(doc.querySelector('a.skip')?.getAttribute('href')).toBe('#main');
    const levels = headingLevels(doc);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
    });
    expect(doc.querySelector('nav.read-next')?.getAttribute('aria-label')).toBe('Read next');
  });

  it('links the canonical URL and the three feeds', () => {
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe('https://pulse.example/analysis/alibaba-bans-claude-code');
    const alternates = Array.from(doc.querySelectorAll('link[rel=alternate]')).map((l) => [l.getAttribute('type'), l.getAttribute('href')]);
    expect(alternates).toEqual([
      ['application/rss+xml', 'https://pulse.example/feed.xml'],
      ['application/atom+xml', 'https://pulse.example/atom.xml'],
      ['application/feed+json', 'https://pulse.example/feed.json'],
    ]);
  });

  it('carries OpenGraph article metadata', () => {
    const og = (p: string): (string | null)[] => Array.from(doc.querySelectorAll(`meta[property="${p}"]`)).map((m) => m.getAttribute('content'));
    expect(og('og:type')).toEqual(['article']);
    expect(og('og:title')).toEqual(['Alibaba Bans Claude Code Amid Anthropic Distillation Fight']);
    expect(og('article:published_time')).toEqual(['2026-07-04T09:30:00.000Z']);
    expect(og('article:modified_time')).toEqual(['2026-07-04T11:00:00.000Z']);
    expect(og('article:section')).toEqual(['AI']);
    expect(og('article:tag')).toEqual(['anthropic', 'alibaba', 'AT&T-style telemetry']);
  });

  it('describes itself as a schema.org NewsArticle', () => {
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Alibaba Bans Claude Code Amid Anthropic Distillation Fight',
      datePublished: '2026-07-04T09:30:00.000Z',
      dateModified: '2026-07-04T11:00:00.000Z',
      author: [{ '@type': 'Person', name: 'Dana Whitfield' }],
      publisher: { '@type': 'Organization', name: 'Pulse Desk' },
      isBasedOn: ['https://techcrunch.com/2026/07/03/alibaba-claude-code/'],
    });
  });
});

describe('renderIndexPage', () => {
  it('lists analyses newest first with links to their pages', () => {
    const doc = documentOf(renderIndexPage(site, [referenceAnalysis(), olderAnalysis()], { olderUrl: 'https://pulse.example/?before=41' }));
    const links = Array.from(doc.querySelectorAll('.index-list h2 a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://pulse.example/analysis/alibaba-bans-claude-code', 'https://pulse.example/analysis/verge-chip-export-rules']);
    expect(doc.querySelector('a[rel=next]')?.getAttribute('href')).toBe('https://pulse.example/?before=41');
    expect(headingLevels(doc)).toEqual([1, 2, 2]);
  });

  it('says so when nothing is published', () => {
    expect(documentOf(renderIndexPage(site, [])).querySelector('main')?.textContent).toContain('Nothing published yet.');
  });
});

describe('renderGonePage and renderNotFoundPage', () => {
  it('tells a reader the analysis was retracted, and why, without being indexed', () => {
    const doc = documentOf(renderGonePage(site, { headline: 'AT&T <Deal>', reason: 'Source withdrew the report.' }));
    expect(doc.querySelector('h1')?.textContent).toBe('This analysis has been retracted');
    expect(doc.querySelector('main')?.textContent).toContain('“AT&T <Deal>” was withdrawn');
    expect(doc.querySelector('main')?.textContent).toContain('Source withdrew the report.');
    expect(doc.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
  });

  it('renders a 404 page with a way back', () => {
    const doc = documentOf(renderNotFoundPage(site));
    expect(doc.querySelector('h1')?.textContent).toBe('Page not found');
    expect(doc.querySelector('main a')?.getAttribute('href')).toBe('https://pulse.example/');
  });
});

describe('renderPulseExtensionPage', () => {
  it('documents every key the JSON Feed _pulse object carries', async () => {
    const { renderFeed } = await import('../../src/publish/render-feed.ts');
    const feed = JSON.parse(renderFeed('json', site, [referenceAnalysis()], { now: new Date(0), selfUrl: 'https://pulse.example/feed.json', nextUrl: null, tag: null }).body) as { items: { _pulse: object }[] };
    const documented = Array.from(documentOf(renderPulseExtensionPage(site)).querySelectorAll('tbody th code')).map((c) => c.textContent);
    expect(documented).toEqual(Object.keys(feed.items[0]!._pulse));
  });
});
