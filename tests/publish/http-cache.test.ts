import { describe, expect, it } from 'vitest';
import { etagFor, httpDate, isNotModified, parseHttpDate } from '../../src/publish/http-cache.ts';

describe('etagFor', () => {
  it('gives the same strong tag for the same bytes, from a string or a Buffer', () => {
    const tag = etagFor('<rss/>');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(etagFor(Buffer.from('<rss/>'))).toBe(tag);
  });

  it('gives a different tag when one byte changes', () => {
    expect(etagFor('<rss/>')).not.toBe(etagFor('<rss />'));
  });
});

describe('isNotModified (RFC 9110 §13)', () => {
  const etag = '"abc"';
  const lastModified = new Date('2026-07-04T11:00:00.750Z');
  const current = { etag, lastModified };
  const lm = httpDate(lastModified); // Sat, 04 Jul 2026 11:00:00 GMT

  it.each([
    ['no conditional headers', {}, false],
    ['the same strong tag', { ifNoneMatch: '"abc"' }, true],
    ['the tag marked weak (weak comparison)', { ifNoneMatch: 'W/"abc"' }, true],
    ['another tag', { ifNoneMatch: '"abd"' }, false],
    ['the tag without quotes (not a valid entity-tag)', { ifNoneMatch: 'abc' }, false],
    ['a list holding the tag', { ifNoneMatch: '"x", W/"abc" , "y"' }, true],
    ['a list without it', { ifNoneMatch: '"x", "y"' }, false],
    ['a tag containing a comma', { ifNoneMatch: '"a,b", "abc"' }, true],
    ['*', { ifNoneMatch: '*' }, true],
    ['an empty If-None-Match falls back to If-Modified-Since', { ifNoneMatch: '', ifModifiedSince: lm }, true],
    ['If-None-Match mismatching wins over a matching If-Modified-Since', { ifNoneMatch: '"zzz"', ifModifiedSince: lm }, false],
    ['If-None-Match matching wins over an old If-Modified-Since', { ifNoneMatch: '"abc"', ifModifiedSince: 'Thu, 01 Jan 2015 00:00:00 GMT' }, true],
    ['If-Modified-Since equal to Last-Modified (second precision)', { ifModifiedSince: lm }, true],
    ['If-Modified-Since later than Last-Modified', { ifModifiedSince: 'Sun, 05 Jul 2026 00:00:00 GMT' }, true],
    ['If-Modified-Since one second earlier', { ifModifiedSince: 'Sat, 04 Jul 2026 10:59:59 GMT' }, false],
    ['If-Modified-Since in the obsolete RFC 850 form', { ifModifiedSince: 'Saturday, 04-Jul-26 11:00:00 GMT' }, true],
    ['If-Modified-Since in the asctime form', { ifModifiedSince: 'Sat Jul  4 11:00:00 2026' }, true],
    ['an invalid If-Modified-Since (ignored)', { ifModifiedSince: 'yesterday' }, false],
    ['an impossible date (ignored)', { ifModifiedSince: 'Mon, 31 Feb 2026 11:00:00 GMT' }, false],
  ])('with %s → %s', (_name, headers, expected) => {
    expect(isNotModified(headers, current)).toBe(expected);
  });

  it('matches a weak current tag by weak comparison', () => {
    expect(isNotModified({ ifNoneMatch: '"abc"' }, { etag: 'W/"abc"', lastModified })).toBe(true);
  });
});

describe('parseHttpDate', () => {
  it.each([
    ['Sun, 06 Nov 1994 08:49:37 GMT', Date.UTC(1994, 10, 6, 8, 49, 37)],
    ['Sunday, 06-Nov-94 08:49:37 GMT', Date.UTC(1994, 10, 6, 8, 49, 37)],
    ['Sun Nov  6 08:49:37 1994', Date.UTC(1994, 10, 6, 8, 49, 37)],
    ['2026-07-04T11:00:00Z', null],
    ['', null],
  ])('reads %j', (text, ms) => {
    expect(parseHttpDate(text)).toBe(ms);
  });
});
