import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { decodeCursor, encodeCursor } from '../../src/publish/published-analyses.ts';
import { siteFromConfig } from '../../src/publish/site.ts';
import { analysisGuid } from '../../src/publish/urls.ts';

describe('analysisGuid', () => {
  it.each([
    ['https://pulse.example', 42, '2026-07-04T09:30:00Z', 'tag:pulse.example,2026:analysis/42'],
    ['https://pulse.example:8443/base/', 7, '2027-01-01T00:00:00Z', 'tag:pulse.example,2027:analysis/7'],
    // The UTC year, not the server's: a New Year's Eve publish in New York is already next year in UTC.
    ['http://127.0.0.1:8080', 1, '2026-12-31T23:30:00-05:00', 'tag:127.0.0.1,2027:analysis/1'],
  ])('names analysis of %s id %i first published %s as %s', (baseUrl, id, date, expected) => {
    expect(analysisGuid(baseUrl, id, new Date(date))).toBe(expected);
  });
});

describe('siteFromConfig', () => {
  it('takes title, description, base URL and hub from the config, with a fixed tag: date', () => {
    const site = siteFromConfig(loadConfig({ PULSE_BASE_URL: 'https://news.example/', PULSE_SITE_TITLE: 'Desk', PULSE_WEBSUB_HUB: 'https://hub.example/' }));
    expect(site).toEqual({
      title: 'Desk',
      description: 'News analysis',
      baseUrl: 'https://news.example',
      hubUrl: 'https://hub.example/',
      language: 'en',
      tagDomain: 'news.example',
      idDate: '2026',
    });
  });
});

describe('page cursors', () => {
  it('round-trip through their opaque form', () => {
    const cursor = { publishedAt: '2026-07-04T09:30:00.123456Z', id: 42 };
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[\w-]+$/);
    expect(decodeCursor(text)).toEqual(cursor);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['JSON of the wrong shape', Buffer.from('{"a":1}').toString('base64url')],
    ['a date without microseconds', Buffer.from('["2026-07-04T09:30:00Z",1]').toString('base64url')],
    ['an impossible date', Buffer.from('["2026-13-44T09:30:00.000000Z",1]').toString('base64url')],
    ['a negative id', Buffer.from('["2026-07-04T09:30:00.000000Z",-1]').toString('base64url')],
    ['an SQL injection', Buffer.from(`["2026-07-04T09:30:00.000000Z'); drop table analyses; --",1]`).toString('base64url')],
    ['a huge value', 'A'.repeat(500)],
  ])('refuse %s', (_what, text) => {
    expect(decodeCursor(text)).toBeNull();
  });
});
