import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { extractMetadata } from '../../src/extract/metadata.ts';

const PAGE = 'https://news.example/a/story?utm_source=rss';
const meta = (head: string, body = '') => extractMetadata(load(`<html><head>${head}</head><body>${body}</body></html>`), PAGE);
const ld = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

describe('extractMetadata: <title> against the page\'s <h1>', () => {
  it.each([
    ['<title>Mozilla - Wikipedia</title>', '<h1>Mozilla</h1>', 'Mozilla'],
    ['<title>Outside the web: standalone binaries · V8</title>', '<h1>V8</h1><h1>Outside the web: standalone binaries</h1>', 'Outside the web: standalone binaries'],
    ['<title>Storm hits the coast overnight | Weather | Daily Example</title>', '<h1>Storm hits the coast overnight</h1>', 'Storm hits the coast overnight'],
    ['<title>Part 1 - The Beginning</title>', '<h1>Something else</h1>', 'Part 1 - The Beginning'],
  ])('%s', (head, body, expected) => {
    expect(meta(head, body).title).toBe(expected);
  });
});

describe('extractMetadata: JSON-LD', () => {
  it.each([
    ['a NewsArticle object', ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'H', author: { '@type': 'Person', name: 'Ann Lee' } })],
    ['an array of nodes', ld([{ '@type': 'BreadcrumbList' }, { '@type': 'ReportageNewsArticle', headline: 'H', author: [{ name: 'Ann Lee' }] }])],
    ['a Yoast @graph with an author reference', ld({ '@graph': [{ '@type': 'Article', headline: 'H', author: { '@id': '#p' } }, { '@type': 'Person', '@id': '#p', name: 'Ann Lee' }] })],
    ['a BlogPosting with a string author', ld({ '@type': 'BlogPosting', headline: 'H', author: 'Ann Lee' })],
    ['a type array', ld({ '@type': ['NewsArticle', 'Article'], headline: 'H', author: [{ '@type': 'Person', name: 'Ann Lee' }] })],
  ])('reads the headline and author from %s', (_name, head) => {
    const m = meta(head);
    expect([m.title, m.authors]).toEqual(['H', ['Ann Lee']]);
  });

  it('takes the site name from publisher.name and dates from datePublished/dateModified', () => {
    const m = meta(ld({ '@type': 'NewsArticle', headline: 'H', publisher: { '@type': 'Organization', name: 'Daily Example' }, datePublished: '2026-07-04T14:30:00+02:00', dateModified: '2026-07-05T08:00:00Z' }));
    expect([m.site_name, m.published_at, m.published_day, m.modified_at]).toEqual(['Daily Example', '2026-07-04T12:30:00.000Z', '2026-07-04', '2026-07-05T08:00:00.000Z']);
  });

  it('keeps the first publication but resolves days against the version shown when article:published_time is its dateModified', () => {
    const head = ld({ '@type': 'NewsArticle', headline: 'H', datePublished: '2024-12-06T22:00:40.000Z', dateModified: '2024-12-07T12:43:39.889Z' });
    const m = meta(`${head}<meta property="article:published_time" content="2024-12-07T12:43:39.889Z">`);
    expect([m.published_at, m.published_day]).toEqual(['2024-12-06T22:00:40.000Z', '2024-12-07']);
    // A later update that is not the page's published_time, or one long after, leaves the first day.
    const other = meta(`${head}<meta property="article:published_time" content="2024-12-07T10:00:00.000Z">`);
    expect(other.published_day).toBe('2024-12-06');
  });

  it('survives a broken JSON-LD block and reads the next rule', () => {
    const m = meta('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",}</script><meta property="og:title" content="OG">');
    expect(m.title).toBe('H');
  });

  it('reads about/mentions as trusted entities', () => {
    expect(meta(ld({ '@type': 'NewsArticle', about: [{ name: 'Alibaba' }], mentions: 'Anthropic' })).ld_entities).toEqual(['Alibaba', 'Anthropic']);
  });
});

describe('extractMetadata: OpenGraph, Twitter, <meta>, <link>, <time>', () => {
  it('reads OpenGraph and article:* tags', () => {
    const m = meta(`<meta property="og:title" content="OG &amp; title"><meta property="og:site_name" content="Site"><meta property="article:published_time" content="2026-05-21T23:10:00-07:00">
      <meta property="article:section" content="Local"><meta property="article:tag" content="a"><meta property="article:tag" content="b"><meta property="article:author" content="Luis Ortega">
      <meta property="og:image" content="/img.jpg">`);
    expect(m).toMatchObject({ title: 'OG & title', site_name: 'Site', published_at: '2026-05-22T06:10:00.000Z', published_day: '2026-05-21', section: 'Local', tags: ['a', 'b'], authors: ['Luis Ortega'], image: 'https://news.example/img.jpg' });
  });

  it('falls back to Twitter cards, then <meta name>, then <title>', () => {
    expect(meta('<meta name="twitter:title" content="Tw">').title).toBe('Tw');
    expect(meta('<title>Headline of the story here | Site</title>').title).toBe('Headline of the story here');
  });

  it('strips markup from titles', () => {
    expect(meta('<meta property="og:title" content="<b>Bold</b> move &amp; more">').title).toBe('Bold move & more');
  });

  it.each([
    ['<link rel=canonical>', '<link rel="canonical" href="/a/story"><meta property="og:url" content="https://news.example/og">', 'https://news.example/a/story'],
    ['og:url without a canonical link', '<meta property="og:url" content="https://news.example/og">', 'https://news.example/og'],
    ['the page URL without either', '', PAGE],
  ])('takes canonical_url from %s', (_name, head, expected) => {
    expect(meta(head).canonical_url).toBe(expected);
  });

  it.each([
    ['<html lang>', '<html lang="de-DE"><head></head></html>', 'de-DE'],
    ['og:locale', '<html><head><meta property="og:locale" content="fr_FR"></head></html>', 'fr-FR'],
    ['JSON-LD inLanguage', `<html><head>${ld({ '@type': 'NewsArticle', inLanguage: 'es' })}</head></html>`, 'es'],
  ])('reads the language from %s', (_name, html, expected) => {
    expect(extractMetadata(load(html), PAGE).language).toBe(expected);
  });

  it('reads the publication time from <time datetime> and the visible byline when nothing else names them', () => {
    const m = meta('', '<article><p class="byline">By Eleanor Voss and Martin Kerr</p><time datetime="2026-11-03T09:00:00Z">Nov 3</time></article>');
    expect([m.authors, m.published_at]).toEqual([['Eleanor Voss', 'Martin Kerr'], '2026-11-03T09:00:00.000Z']);
  });
});

describe('extractFacts: metadata fallbacks', () => {
  it('falls back to the feed item date for published_at', () => {
    const sheet = extractFacts('<html><body><p>Short page.</p></body></html>', PAGE, { publishedAt: new Date('2026-07-04T10:00:00Z') });
    expect(sheet.published_at).toBe('2026-07-04T10:00:00.000Z');
  });

  it('prefers the page date over the feed item date', () => {
    const sheet = extractFacts('<html><head><meta property="article:published_time" content="2026-07-01T00:00:00Z"></head><body></body></html>', PAGE, { publishedAt: new Date('2026-07-04T10:00:00Z') });
    expect(sheet.published_at).toBe('2026-07-01T00:00:00.000Z');
  });
});
