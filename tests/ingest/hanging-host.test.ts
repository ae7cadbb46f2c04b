import type { ServerResponse } from 'node:http';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, type Fetcher } from '../../src/fetch/fetcher.ts';
import { createRunner, type Runner } from '../../src/queue/runner.ts';
import type { Runtime } from '../../src/runtime.ts';
import { enqueueDuePolls, POLL_JOB } from '../../src/sources/schedule-due.ts';
import { ingestHandlers } from '../../src/stories/handlers.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { rss, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { waitFor } from '../helpers/wait.ts';

const HUNG_FEEDS = 6;
const FAST_FEEDS = 3;

// Issue 13, fault 6: jobs waiting on the per-host limit kept their worker slot, so one hanging
// publisher stopped every other poll. Two loopback addresses are two hosts to the limiter.
describe(`one hanging publisher never holds every worker slot (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let hung: FeedServer;
  let fast: FeedServer;
  let fetcher: Fetcher;
  let runner: Runner | null = null;
  const held: ServerResponse[] = [];
  let inFlightAtHungHost = 0;
  let maxInFlightAtHungHost = 0;

  beforeAll(async () => {
    t = await createTestDatabase();
    hung = await startFeedServer({}, { host: '127.0.0.2' });
    fast = await startFeedServer();
    for (let i = 1; i <= HUNG_FEEDS; i++) {
      hung.routes.set(`/feed-${i}.xml`, (_q, res) => {
        inFlightAtHungHost++;
        maxInFlightAtHungHost = Math.max(maxInFlightAtHungHost, inFlightAtHungHost);
        res.on('close', () => inFlightAtHungHost--);
        held.push(res); // never answered until the test lets go
      });
    }
    for (let i = 1; i <= FAST_FEEDS; i++) {
      fast.routes.set(`/feed-${i}.xml`, (_q, r) =>
        r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ items: [{ title: `Fast ${i}`, link: `${fast.origin}/a/${i}`, guid: `fast-${i}` }] })),
      );
    }
    // The whole-fetch timeout is far beyond the test's own: only giving slots back can let the fast host through.
    fetcher = createFetcher({ userAgent: 'Pulse/test', allowHosts: ['127.0.0.1', '127.0.0.2'], timeoutMs: 600_000 });
  });
  afterAll(async () => {
    // Even when the test failed midway: the hung host answers at once from now on, so nothing waits on it.
    hung.routes.forEach((_v, path) => hung.routes.set(path, (_q, r) => r.writeHead(503).end()));
    for (const res of held) if (!res.writableEnded) res.destroy();
    await runner?.stop();
    await fetcher.close();
    await Promise.all([hung.close(), fast.close()]);
    await t.cleanup();
  });

  it('polls the responsive host to the end while the other host hangs, and gives the waiting jobs back without spending attempts', { timeout: 300_000 }, async ({ annotate }) => {
    // The hung host's sources are due first, so they are claimed first.
    const values = [
      ...Array.from({ length: HUNG_FEEDS }, (_, i) => ({ url: `${hung.origin}/feed-${i + 1}.xml`, name: `Hung ${i + 1}`, next_poll_at: sql<Date>`now() - make_interval(mins => ${60 - i})` })),
      ...Array.from({ length: FAST_FEEDS }, (_, i) => ({ url: `${fast.origin}/feed-${i + 1}.xml`, name: `Fast ${i + 1}`, next_poll_at: sql<Date>`now() - interval '1 minute'` })),
    ];
    for (const v of values) await t.db.kysely.insertInto('sources').values(v).execute();
    expect(await enqueueDuePolls(t.db.kysely)).toBe(HUNG_FEEDS + FAST_FEEDS);

    const rt = { db: t.db, fetcher, logger: undefined } as unknown as Runtime;
    runner = createRunner({ db: t.db, handlers: { [POLL_JOB]: ingestHandlers(rt)[POLL_JOB]! }, concurrency: 4, pollIntervalMs: 50 });
    const startedAt = Date.now();
    await runner.start();

    const fastPolled = async () =>
      Number((await sql<{ n: number }>`select count(*)::int as n from sources where url like ${`${fast.origin}/%`} and status = 'active' and last_polled_at is not null`.execute(t.db.kysely)).rows[0]!.n);
    await waitFor(async () => (await fastPolled()) === FAST_FEEDS, 120_000, 'the responsive host to be polled');
    await annotate(`responsive host polled while the other hangs: ${Date.now() - startedAt} ms`);

    // The hung host is still hanging: its two per-host slots are held, nothing of it finished.
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((r) => !r.writableEnded)).toBe(true);
    expect(maxInFlightAtHungHost).toBeLessThanOrEqual(2);
    const hungJobs = await sql<{ state: string; attempts: number }>`
      select j.state, j.attempts from jobs j join sources s on s.id = (j.payload->>'source_id')::bigint
      where j.kind = ${POLL_JOB} and s.url like ${`${hung.origin}/%`}`.execute(t.db.kysely);
    expect(hungJobs.rows).toHaveLength(HUNG_FEEDS);
    expect(hungJobs.rows.filter((j) => j.state === 'running').length).toBeLessThanOrEqual(2);
    expect(hungJobs.rows.filter((j) => j.state === 'dead')).toEqual([]);
    // A job given back did not spend an attempt: those waiting are pending with attempts 0.
    expect(hungJobs.rows.filter((j) => j.state === 'pending').every((j) => j.attempts === 0)).toBe(true);

    // The publisher recovers: every hung poll completes.
    hung.routes.forEach((_v, path) =>
      hung.routes.set(path, (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ items: [{ title: path, link: `${hung.origin}${path}/a`, guid: path }] }))),
    );
    for (const res of held.splice(0)) res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ items: [{ title: 'late', link: `${hung.origin}/late`, guid: 'late' }] }));
    await waitFor(
      async () => Number((await sql<{ n: number }>`select count(*)::int as n from jobs where kind = ${POLL_JOB} and state = 'done'`.execute(t.db.kysely)).rows[0]!.n) === HUNG_FEEDS + FAST_FEEDS,
      120_000,
      'every poll to complete',
    );
  });
});
