import { describe, expect, it } from 'vitest';
import { COMMON_FEED_PATHS, discoverFeedLinks, looksLikeFeed } from '../../src/sources/discover-links.ts';

const page = 'https://www.example.com/blog/post.html';

describe('discoverFeedLinks', () => {
  it('returns announced RSS, Atom and JSON feeds, resolved, in document order', () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/style.css">
      <link rel="alternate" type="application/atom+xml" title="Atom" href="/atom.xml">
      <link rel="alternate" type="application/rss+xml" title="RSS" href="feed/?utm_source=head">
      <link rel="alternate" type="application/feed+json" href="https://www.example.com/feed.json">
      <link rel="alternate" type="application/rss+xml" title="Comments" href="/comments/feed/">
      <link rel="alternate" hreflang="fr" href="/fr/">
      <link rel="alternate" type="application/rss+xml" href="/atom.xml">
    </head><body></body></html>`;
    expect(discoverFeedLinks(html, page)).toEqual([
      'https://www.example.com/atom.xml',
      'https://www.example.com/blog/feed/',
      'https://www.example.com/feed.json',
      'https://www.example.com/comments/feed/',
    ]);
  });

  it.each([
    ['uppercase rel and type with parameters', '<LINK REL="Alternate" TYPE="application/RSS+XML; charset=utf-8" HREF="/r.xml">', ['https://www.example.com/r.xml']],
    ['rel with several tokens', '<link rel="alternate feed" type="application/atom+xml" href="/a">', ['https://www.example.com/a']],
    ['a generic type that names a feed', '<link rel="alternate" type="application/json" href="/feed.json">', ['https://www.example.com/feed.json']],
    ['a generic type that does not', '<link rel="alternate" type="application/json" href="/api/data">', []],
    ['javascript: hrefs', '<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">', []],
    ['a <base href>', '<base href="https://cdn.example.net/site/"><link rel="alternate" type="application/rss+xml" href="rss">', ['https://cdn.example.net/site/rss']],
    ['no feed at all', '<p>hello</p>', []],
  ])('handles %s', (_name, html, expected) => {
    expect(discoverFeedLinks(html, page)).toEqual(expected);
  });
});

describe('COMMON_FEED_PATHS', () => {
  it('starts with the usual locations and has no duplicates', () => {
    expect(COMMON_FEED_PATHS.slice(0, 8)).toEqual(['/feed', '/rss', '/feed.xml', '/atom.xml', '/rss.xml', '/index.xml', '/feed.json', '/?feed=rss2']);
    expect(new Set(COMMON_FEED_PATHS).size).toBe(COMMON_FEED_PATHS.length);
  });
});

describe('looksLikeFeed', () => {
  it.each([
    ['RSS', '<?xml version="1.0"?><rss version="2.0"><channel/></rss>', true],
    ['Atom after a comment', '<!-- hi --><feed xmlns="http://www.w3.org/2005/Atom"/>', true],
    ['RDF', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', true],
    ['JSON Feed', '{"version": "https://jsonfeed.org/version/1.1", "items": []}', true],
    ['other JSON', '{"data": []}', false],
    ['HTML', '<!DOCTYPE html><html></html>', false],
    ['empty', '', false],
  ])('%s → %s', (_name, text, expected) => {
    expect(looksLikeFeed(text)).toBe(expected);
  });
});
