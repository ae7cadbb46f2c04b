import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { stripSiteSuffix, stripTitleLabels } from '../../src/extract/metadata.ts';

const page = (head: string, body = '<article><p>Corvid shipped three releases this week.</p></article>') => `<html><head>${head}</head><body>${body}</body></html>`;

describe('titles lose the site name after a separator (issue 9)', () => {
  it.each([
    ['Cache rewrite · Corvid Labs Engineering', 'Corvid Labs Engineering', 'Cache rewrite'],
    ['Alibaba bans Claude Code | TechCrunch', 'TechCrunch', 'Alibaba bans Claude Code'],
    ['Storm hits coast - BBC News', 'BBC', 'Storm hits coast'],
    ['Part 1 - The Beginning', 'TechCrunch', 'Part 1 - The Beginning'],
  ])('%s', (title, site, expected) => {
    expect(stripSiteSuffix(title, [site])).toBe(expected);
  });
});

describe('titles lose the author and section labels around the headline', () => {
  it.each([
    ['Samantha and The Great Big Lie - John C. Welch', ['John C. Welch'], null, 'Samantha and The Great Big Lie'],
    ['Whales strand again | by Eleanor Ainge Roy', ['Eleanor Ainge Roy'], null, 'Whales strand again'],
    ['Opinion | Republicans Are Following Trump to Nowhere', [], 'Opinion', 'Republicans Are Following Trump to Nowhere'],
    ['The Guardian view on Hong Kong | Editorial', [], 'Opinion', 'The Guardian view on Hong Kong'],
    ['On Recent Controversial Events - Bradley M. Kuhn ( Brad ) ( bkuhn )', ['Bradley M. Kuhn'], null, 'On Recent Controversial Events'],
    ['Markets | Stocks rise', [], 'Markets', 'Stocks rise'],
    ['Interview - Jane Roe', ['Jane Roe'], null, 'Interview - Jane Roe'],
    ['Part 1 - The Beginning', ['Ann Lee'], 'News', 'Part 1 - The Beginning'],
  ])('%s', (title, authors, section, expected) => {
    expect(stripTitleLabels(title, authors, section)).toBe(expected);
  });
});

describe('site_name falls back JSON-LD publisher → og:site_name → application-name → source name → host', () => {
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","publisher":{"@type":"Organization","name":"LD Publisher"}}</script>';
  it.each([
    ['the JSON-LD publisher first', `<meta property="og:site_name" content="OG Site">${ld}<meta name="application-name" content="App">`, 'LD Publisher'],
    ['then og:site_name', '<meta property="og:site_name" content="OG Site"><meta name="application-name" content="App">', 'OG Site'],
    ['then application-name', '<meta name="application-name" content="App">', 'App'],
    ['then the source name', '', 'Corvid Feed'],
  ])('%s', (_name, head, expected) => {
    expect(extractFacts(page(`<title>T</title>${head}`), 'https://www.corvid.example/a', { sourceName: 'Corvid Feed' }).site_name).toBe(expected);
  });

  it('then the host, and the title loses a suffix naming it', () => {
    const sheet = extractFacts(page('<title>Cache rewrite · Corvid</title>'), 'https://www.corvid.example/a');
    expect([sheet.site_name, sheet.title]).toEqual(['corvid.example', 'Cache rewrite']);
  });
});

it('takes an RSS 1.0 plain-text description as the body when the page is empty (body_source feed)', () => {
  const sheet = extractFacts('', 'https://corvid.example/a', { feedContentHtml: 'Corvid shipped 3 releases and 40 fixes this week. The team said the cache cut latency by 12%.' });
  expect(sheet.body_source).toBe('feed');
  expect(sheet.body.paragraphs).toEqual(['Corvid shipped 3 releases and 40 fixes this week. The team said the cache cut latency by 12%.']);
  expect(sheet.figures.map((f) => f.value)).toEqual([3, 40, 12]);
});
