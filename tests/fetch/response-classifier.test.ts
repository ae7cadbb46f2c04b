import { describe, expect, it } from 'vitest';
import {
  classifyResponse,
  isUnsupportedContent,
  parseCacheControlMaxAge,
  parseCacheHints,
  parseHttpDate,
  parseRetryAfter,
} from '../../src/fetch/response-classifier.ts';

const NOW = new Date('2026-07-04T12:00:00Z');

describe('classifyResponse', () => {
  it.each([
    [200, {}, 'success'],
    [203, {}, 'success'],
    [304, {}, 'not-modified'],
    [301, { location: '/x' }, 'redirect'],
    [302, { location: '/x' }, 'redirect'],
    [303, { location: '/x' }, 'redirect'],
    [307, { location: '/x' }, 'redirect'],
    [308, { location: '/x' }, 'redirect'],
    [300, {}, 'http-error'],
    [410, {}, 'gone'],
    [429, {}, 'rate-limited'],
    [503, {}, 'rate-limited'],
    [404, {}, 'http-error'],
    [500, {}, 'http-error'],
    [502, {}, 'http-error'],
  ])('classifies %i %j as %s', (status, headers, kind) => {
    expect(classifyResponse(status, headers, NOW).kind).toBe(kind);
  });

  it.each([
    [301, true],
    [308, true],
    [302, false],
    [303, false],
    [307, false],
  ])('marks a %i redirect permanent: %s', (status, permanent) => {
    expect(classifyResponse(status, { location: 'https://new.example/feed' }, NOW)).toEqual({
      kind: 'redirect',
      location: 'https://new.example/feed',
      permanent,
    });
  });

  it('carries Retry-After on 429 and 503', () => {
    expect(classifyResponse(429, { 'retry-after': '120' }, NOW)).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterSec: 120 });
    expect(classifyResponse(503, { 'retry-after': 'Sat, 04 Jul 2026 13:00:00 GMT' }, NOW)).toMatchObject({
      kind: 'rate-limited',
      status: 503,
      retryAfterSec: 3600,
    });
    expect(classifyResponse(503, {}, NOW)).toMatchObject({ kind: 'rate-limited', retryAfterSec: null });
  });
});

describe('parseCacheHints', () => {
  it.each<[Record<string, string>, { maxAgeSec: number | null; expiresAt: string | null; retryAfterSec: number | null }]>([
    [{}, { maxAgeSec: null, expiresAt: null, retryAfterSec: null }],
    [{ 'cache-control': 'max-age=300' }, { maxAgeSec: 300, expiresAt: null, retryAfterSec: null }],
    [{ 'cache-control': 'public, max-age=600, must-revalidate' }, { maxAgeSec: 600, expiresAt: null, retryAfterSec: null }],
    [{ 'cache-control': 'Max-Age="60"' }, { maxAgeSec: 60, expiresAt: null, retryAfterSec: null }],
    [{ 'cache-control': 's-maxage=900' }, { maxAgeSec: 900, expiresAt: null, retryAfterSec: null }],
    [{ 'cache-control': 'max-age=60, s-maxage=900' }, { maxAgeSec: 60, expiresAt: null, retryAfterSec: null }],
    [{ 'cache-control': 'no-cache' }, { maxAgeSec: 0, expiresAt: null, retryAfterSec: null }],
    [{ 'cache-control': 'no-store, max-age=600' }, { maxAgeSec: 0, expiresAt: null, retryAfterSec: null }],
    [{ 'cache-control': 'max-age=-5' }, { maxAgeSec: null, expiresAt: null, retryAfterSec: null }],
    [{ 'cache-control': 'max-age=abc' }, { maxAgeSec: null, expiresAt: null, retryAfterSec: null }],
    [{ expires: 'Sat, 04 Jul 2026 12:30:00 GMT' }, { maxAgeSec: null, expiresAt: '2026-07-04T12:30:00.000Z', retryAfterSec: null }],
    // RFC 9111 §5.3: with max-age, Expires is ignored; an invalid Expires ("0") means already expired.
    [{ expires: 'Sat, 04 Jul 2026 12:30:00 GMT', 'cache-control': 'max-age=10' }, { maxAgeSec: 10, expiresAt: null, retryAfterSec: null }],
    [{ expires: '0' }, { maxAgeSec: null, expiresAt: null, retryAfterSec: null }],
    [{ expires: '-1' }, { maxAgeSec: null, expiresAt: null, retryAfterSec: null }],
    [{ 'retry-after': '30' }, { maxAgeSec: null, expiresAt: null, retryAfterSec: 30 }],
    [{ 'retry-after': 'Sat, 04 Jul 2026 12:01:30 GMT' }, { maxAgeSec: null, expiresAt: null, retryAfterSec: 90 }],
    [{ 'retry-after': 'Sat, 04 Jul 2026 11:00:00 GMT' }, { maxAgeSec: null, expiresAt: null, retryAfterSec: 0 }],
    [{ 'retry-after': 'soon' }, { maxAgeSec: null, expiresAt: null, retryAfterSec: null }],
  ])('reads %j', (headers, expected) => {
    const hints = parseCacheHints(headers, NOW);
    expect({ ...hints, expiresAt: hints.expiresAt?.toISOString() ?? null }).toEqual(expected);
  });

  it('joins a repeated Cache-Control header', () => {
    expect(parseCacheHints({ 'cache-control': ['public', 'max-age=42'] }, NOW).maxAgeSec).toBe(42);
  });

  it('returns null max-age for no header', () => {
    expect(parseCacheControlMaxAge(null)).toBeNull();
  });
});

describe('parseHttpDate and parseRetryAfter', () => {
  it.each([
    ['Sun, 06 Nov 1994 08:49:37 GMT', '1994-11-06T08:49:37.000Z'], // IMF-fixdate
    ['Sunday, 06-Nov-94 08:49:37 GMT', '1994-11-06T08:49:37.000Z'], // obsolete RFC 850
    ['Sun Nov  6 08:49:37 1994', '1994-11-06T08:49:37.000Z'], // asctime
    ['0', null],
    ['1700000000', null],
    ['', null],
    ['yesterday', null],
  ])('parses %j as %s', (value, iso) => {
    expect(parseHttpDate(value)?.toISOString() ?? null).toBe(iso);
  });

  it('rounds a Retry-After date up to whole seconds', () => {
    expect(parseRetryAfter('Sat, 04 Jul 2026 12:00:01 GMT', new Date('2026-07-04T12:00:00.500Z'))).toBe(1);
  });
});

describe('isUnsupportedContent', () => {
  it.each<['feed' | 'html' | 'any', string | null, boolean]>([
    ['feed', 'application/rss+xml', false],
    ['feed', 'text/html; charset=utf-8', false],
    ['feed', 'application/octet-stream', false],
    ['feed', null, false],
    ['feed', 'image/png', true],
    ['html', 'application/pdf', true],
    ['html', 'video/mp4', true],
    ['any', 'image/png', false],
  ])('for a %s fetch, %s is unsupported: %s', (kind, contentType, expected) => {
    expect(isUnsupportedContent(kind, contentType)).toBe(expected);
  });
});
