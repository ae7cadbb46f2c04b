import { describe, expect, it } from 'vitest';
import { cleanUrl, resolveBase, stripTrackingParams } from '../../src/parse/clean-url.ts';

describe('stripTrackingParams', () => {
  it.each([
    ['https://e.com/a?utm_source=rss&utm_medium=feed&utm_campaign=x', 'https://e.com/a'],
    ['https://e.com/a?id=3&utm_source=rss&page=2', 'https://e.com/a?id=3&page=2'],
    ['https://e.com/a?b=2&a=1&fbclid=XYZ', 'https://e.com/a?b=2&a=1'], // order kept
    ['https://e.com/a?gclid=1&mc_cid=2&mc_eid=3&igshid=4&ref_src=5&_hsenc=6&_hsmi=7', 'https://e.com/a'],
    ['https://e.com/a?UTM_Source=x&q=1', 'https://e.com/a?q=1'],
    ['https://e.com/a?q=a%20b+c&utm_term=z#frag', 'https://e.com/a?q=a%20b+c#frag'], // bytes and fragment kept
    ['https://e.com/a?utm_source=x#top', 'https://e.com/a#top'],
    ['https://e.com/a?ref=homepage', 'https://e.com/a?ref=homepage'], // `ref` alone is often meaningful
    ['https://e.com/a?flag&utm_source=x', 'https://e.com/a?flag'],
    ['https://e.com/a', 'https://e.com/a'],
    ['https://e.com/a?', 'https://e.com/a'],
  ])('%s → %s', (input, expected) => {
    expect(stripTrackingParams(input)).toBe(expected);
  });
});

describe('cleanUrl', () => {
  it.each([
    ['/post/1?utm_source=x', 'https://e.com/feed/', 'https://e.com/post/1'],
    ['post/1', 'https://e.com/feed/', 'https://e.com/feed/post/1'],
    ['//cdn.e.com/x', 'https://e.com/', 'https://cdn.e.com/x'],
    ['  https://e.com/x  ', null, 'https://e.com/x'],
    ['javascript:alert(1)', 'https://e.com/', null],
    ['mailto:a@e.com', 'https://e.com/', null],
    ['', 'https://e.com/', null],
    ['relative', null, null],
  ])('resolves %j against %j to %j', (href, base, expected) => {
    expect(cleanUrl(href, base)).toBe(expected);
  });

  it('resolves nested xml:base values (RFC 3986 §5.1)', () => {
    expect(resolveBase('sub/', resolveBase('http://example.com/parent/', 'https://feed.example/'))).toBe('http://example.com/parent/sub/');
    expect(resolveBase(null, 'https://feed.example/')).toBe('https://feed.example/');
  });
});
