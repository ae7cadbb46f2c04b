import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { buildApp } from '../../src/http/app.ts';
import { createMetrics } from '../../src/metrics.ts';
import { FEED_PAGE_SIZE } from '../../src/publish/public-resources.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { BASE_URL, seedAnalysis } from '../publish/seed.ts';
import { parseXmlStrict } from '../publish/xml-check.ts';

const TOTAL = FEED_PAGE_SIZE + 5;

describe(`feed paging (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await createTestDatabase();
    app = await buildApp({ config: loadConfig({ PULSE_BASE_URL: BASE_URL }), db: t.db, metrics: createMetrics(t.db) });
    // Two analyses share each publish time, so the id breaks ties in the keyset order.
    for (let i = 0; i < TOTAL; i += 1) {
      await seedAnalysis(t.db.kysely, {
        slug: `analysis-${i}`,
        headline: `Analysis ${i}`,
        tags: i % 2 === 0 ? ['even'] : ['odd'],
        publishedAt: new Date(Date.UTC(2026, 6, 1, 0, Math.floor(i / 2))),
      });
    }
  });
  afterAll(async () => {
    await app.close();
    await t.cleanup();
  });

  const expected = Array.from({ length: TOTAL }, (_, i) => `Analysis ${TOTAL - 1 - i}`);

  it('pages JSON Feed newest first with next_url until the last page', async () => {
    const first = JSON.parse((await app.inject('/feed.json')).body) as { items: { title: string }[]; next_url?: string; feed_url: string };
    expect(first.items.map((i) => i.title)).toEqual(expected.slice(0, FEED_PAGE_SIZE));
    expect(first.feed_url).toBe(`${BASE_URL}/feed.json`);
    expect(first.next_url).toMatch(new RegExp(`^${BASE_URL}/feed\\.json\\?cursor=[\\w-]+$`));
    const nextRes = await app.inject(first.next_url!.slice(BASE_URL.length));
    expect(nextRes.statusCode).toBe(200);
    const second = JSON.parse(nextRes.body) as { items: { title: string }[]; next_url?: string; feed_url: string };
    expect(second.items.map((i) => i.title)).toEqual(expected.slice(FEED_PAGE_SIZE));
    expect(second.next_url).toBeUndefined();
    expect(second.feed_url).toBe(first.next_url);
    expect(nextRes.headers.etag).not.toBe((await app.inject('/feed.json')).headers.etag);
  });

  it('pages Atom with RFC 5005 rel=next', async () => {
    const doc = parseXmlStrict((await app.inject('/atom.xml')).body);
    const next = Array.from(doc.getElementsByTagName('link')).find((l) => l.getAttribute('rel') === 'next')?.getAttribute('href');
    expect(next).toMatch(/\/atom\.xml\?cursor=/);
    const second = parseXmlStrict((await app.inject(next!.slice(BASE_URL.length))).body);
    expect(Array.from(second.getElementsByTagName('entry')).map((e) => e.getElementsByTagName('title')[0]?.textContent)).toEqual(expected.slice(FEED_PAGE_SIZE));
    expect(Array.from(second.getElementsByTagName('link')).some((l) => l.getAttribute('rel') === 'next')).toBe(false);
  });

  it('serves every item of RSS (no paging) up to its limit, ignoring a cursor', async () => {
    const res = await app.inject('/feed.xml');
    const items = Array.from(parseXmlStrict(res.body).getElementsByTagName('item'));
    expect(items).toHaveLength(TOTAL);
    const withCursor = await app.inject('/feed.xml?cursor=anything');
    expect(withCursor.statusCode).toBe(200);
    expect(withCursor.headers.etag).toBe(res.headers.etag);
  });

  it('pages a tag feed within the tag', async () => {
    const doc = JSON.parse((await app.inject('/tags/even/feed.json')).body) as { items: { title: string }[]; next_url?: string };
    expect(doc.items.every((i) => Number(i.title.split(' ')[1]) % 2 === 0)).toBe(true);
    expect(doc.items).toHaveLength(Math.ceil(TOTAL / 2));
    expect(doc.next_url).toBeUndefined();
  });

  it('pages the index with an "older" link', async () => {
    const res = await app.inject('/');
    const older = /href="([^"]*\?cursor=[\w-]+)" rel="next"/.exec(res.body)?.[1];
    expect(older).toBeDefined();
    const page2 = await app.inject(older!.replace(BASE_URL, '').replace(/&amp;/g, '&'));
    expect(page2.statusCode).toBe(200);
    expect(page2.body).toContain('/analysis/analysis-0"');
    expect(page2.body).not.toContain(`/analysis/analysis-${TOTAL - 1}"`);
  });
});
