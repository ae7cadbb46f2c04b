import { sql, type KyselyPlugin } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { createFetcher, type Fetcher } from '../../src/fetch/fetcher.ts';
import { createRunner, type Runner } from '../../src/queue/runner.ts';
import type { Runtime } from '../../src/runtime.ts';
import { enqueueDuePolls, POLL_JOB } from '../../src/sources/schedule-due.ts';
import { ingestHandlers } from '../../src/stories/handlers.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { rss, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { waitFor } from '../helpers/wait.ts';

/**
 * The database "goes away" for a moment: every statement through this handle is refused from
 * `goDown()` until a second after the first refusal, as a restarting PostgreSQL refuses them.
 */
function outage(db: Db): { db: Db; goDown(): void; refused(): number } {
  let down = false;
  let refused = 0;
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      if (down) {
        if (refused++ === 0) setTimeout(() => (down = false), 1_000);
        throw new Error('injected: the database system is shutting down');
      }
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { db: { ...db, kysely: db.kysely.withPlugin(plugin) }, goDown: () => void (down = true), refused: () => refused };
}

// Issue 13, fault 3: PostgreSQL restarted while polls were running; the failures of those polls
// could not be recorded, so their jobs stayed `running` and their sources unpolled for the whole
// lease (300 s), seen as 3 of 30 feeds stalled in `npm run bench -- faults`.
describe(`a poll whose database goes away mid-job (${TEST_BACKEND})`, { timeout: 120_000 }, () => {
  let t: TestDatabase;
  let server: FeedServer;
  let fetcher: Fetcher;
  let runner: Runner | null = null;
  let fault: ReturnType<typeof outage>;

  beforeAll(async () => {
    t = await createTestDatabase();
    fault = outage(t.db);
    server = await startFeedServer({
      '/feed.xml': (_q, r, hit) => {
        // The first answer reaches the worker just as the database goes down.
        if (hit === 1) fault.goDown();
        r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ items: [{ title: 'Report', link: `${server.origin}/r/1`, guid: 'r-1' }] }));
      },
    });
    fetcher = createFetcher({ userAgent: 'Pulse/test', allowHosts: ['127.0.0.1'], timeoutMs: 60_000 });
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
    await t.cleanup();
  });
  afterEach(async () => {
    await runner?.stop();
    runner = null;
  });

  it('records the failed attempt once the database is back and polls again at once, not after the lease', async () => {
    const source = await t.db.kysely
      .insertInto('sources')
      .values({ url: `${server.origin}/feed.xml`, name: 'Loopback', next_poll_at: sql<Date>`now() - interval '1 second'` })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await enqueueDuePolls(t.db.kysely)).toBe(1);
    const rt = { db: fault.db, fetcher, logger: undefined } as unknown as Runtime;
    // A lease far longer than the test's wait: only the retried settlement can free the job in time.
    runner = createRunner({ db: fault.db, handlers: { [POLL_JOB]: ingestHandlers(rt)[POLL_JOB]! }, concurrency: 2, pollIntervalMs: 50, backoffBaseMs: 1, leaseSeconds: 3_600 });
    await runner.start();
    const job = () => t.db.kysely.selectFrom('jobs').selectAll().where('kind', '=', POLL_JOB).executeTakeFirstOrThrow();
    await waitFor(async () => (await job()).state === 'done', 60_000, 'the poll job to be done');
    expect(fault.refused()).toBeGreaterThan(0);
    // Attempt 1 died with the database; its failure was recorded after the outage; attempt 2 stored the item.
    expect(await job()).toMatchObject({ state: 'done', attempts: 2 });
    expect(server.total()).toBe(2);
    const stories = await t.db.kysely.selectFrom('stories').select('guid').where('source_id', '=', source.id).execute();
    expect(stories).toEqual([{ guid: 'r-1' }]);
    expect(await t.db.kysely.selectFrom('sources').select(['status', 'error_count']).where('id', '=', source.id).executeTakeFirstOrThrow()).toEqual({ status: 'active', error_count: 0 });
  });
});
