import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/db/client.ts';
import { buildApp } from '../../src/http/app.ts';
import { createMetrics } from '../../src/metrics.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { BASE_URL, retract, seedAnalysis, updateHeadline } from '../publish/seed.ts';

/**
 * Two Pulse processes serving the same database (on pg: separate pools, as two processes would
 * have; on PGlite: two apps with their own memos over the one database). A change committed
 * through the other one must show at once in both: no process may serve a stale memo.
 */
describe(`feeds across processes (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let other: Db;
  let a: FastifyInstance;
  let b: FastifyInstance;
  beforeAll(async () => {
    t = await createTestDatabase();
    other = TEST_BACKEND === 'pg' ? await t.openAnother() : t.db;
    const config = loadConfig({ PULSE_BASE_URL: BASE_URL });
    a = await buildApp({ config, db: t.db, metrics: createMetrics(t.db) });
    b = await buildApp({ config, db: other, metrics: createMetrics(other) });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await t.cleanup();
  });

  const titles = async (app: FastifyInstance): Promise<string[]> =>
    (JSON.parse((await app.inject('/feed.json')).body) as { items: { title: string }[] }).items.map((i) => i.title);

  it('shows a publish, an edit and a retraction made elsewhere on the very next request of each process', async () => {
    // Warm both memos with the empty feed.
    expect(await titles(a)).toEqual([]);
    expect(await titles(b)).toEqual([]);
    const id = await seedAnalysis(other.kysely, { slug: 'one', headline: 'One' });
    expect(await titles(a)).toEqual(['One']);
    expect(await titles(b)).toEqual(['One']);
    await updateHeadline(t.db.kysely, id, 'One, edited', new Date('2026-07-05T00:00:00Z'));
    expect(await titles(b)).toEqual(['One, edited']);
    expect(await titles(a)).toEqual(['One, edited']);
    await retract(other.kysely, id, 'Wrong.');
    expect(await titles(a)).toEqual([]);
    expect(await titles(b)).toEqual([]);
    expect((await a.inject('/analysis/one')).statusCode).toBe(410);
    expect((await b.inject('/analysis/one')).statusCode).toBe(410);
  });

  it('serves identical validators from both processes for the same feed', async () => {
    await seedAnalysis(other.kysely, { slug: 'two', headline: 'Two' });
    const [ra, rb] = [await a.inject('/atom.xml'), await b.inject('/atom.xml')];
    expect(ra.headers.etag).toBe(rb.headers.etag);
    expect(ra.headers['last-modified']).toBe(rb.headers['last-modified']);
    expect((await b.inject({ url: '/atom.xml', headers: { 'if-none-match': String(ra.headers.etag) } })).statusCode).toBe(304);
  });

  it('answers many concurrent requests during a publish with either the old or the new feed, then only the new', async () => {
    const during = Promise.all(Array.from({ length: 40 }, () => titles(a)));
    await seedAnalysis(other.kysely, { slug: 'three', headline: 'Three', publishedAt: new Date('2026-07-08T00:00:00Z') });
    for (const list of await during) expect([['Two'], ['Three', 'Two']]).toContainEqual(list);
    const after = await Promise.all(Array.from({ length: 40 }, () => titles(a)));
    for (const list of after) expect(list).toEqual(['Three', 'Two']);
  });
});
