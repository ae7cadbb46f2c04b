import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFetcher, type Fetcher } from '../../src/fetch/fetcher.ts';
import { claimJobs } from '../../src/queue/claim-jobs.ts';
import { createRunner, type Runner } from '../../src/queue/runner.ts';
import { sweepExpiredLeases } from '../../src/queue/sweep-leases.ts';
import type { Runtime } from '../../src/runtime.ts';
import { enqueueDuePolls, POLL_JOB } from '../../src/sources/schedule-due.ts';
import { ingestHandlers } from '../../src/stories/handlers.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { rss, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { waitFor } from '../helpers/wait.ts';

// Issue 13, fault 1: a source whose poll job ended dead was never polled again.
describe(`a source whose poll died is polled again at its next due time (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let server: FeedServer;
  let fetcher: Fetcher;
  let runner: Runner | null = null;
  let sourceId: number;

  beforeAll(async () => {
    t = await createTestDatabase();
    server = await startFeedServer({
      '/feed.xml': (_q, r, hit) =>
        r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ items: [{ title: `Report ${hit}`, link: `${server.origin}/r/${hit}`, guid: `r-${hit}` }] })),
    });
    fetcher = createFetcher({ userAgent: 'Pulse/test', allowHosts: ['127.0.0.1'], timeoutMs: 60_000 });
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
    await t.cleanup();
  });
  beforeEach(async () => {
    server.hits.clear();
    server.requests.length = 0;
    const s = await t.db.kysely
      .insertInto('sources')
      .values({ url: `${server.origin}/feed.xml?n=${Math.random()}`, name: 'Loopback', next_poll_at: sql<Date>`now() - interval '1 second'` })
      .returning('id')
      .executeTakeFirstOrThrow();
    sourceId = s.id;
  });
  afterEach(async () => {
    await runner?.stop();
    runner = null;
    await sql`drop trigger if exists fail_stories on stories`.execute(t.db.kysely);
  });

  const startRunner = async () => {
    const rt = { db: t.db, fetcher, logger: undefined } as unknown as Runtime;
    runner = createRunner({ db: t.db, handlers: { [POLL_JOB]: ingestHandlers(rt)[POLL_JOB]! }, concurrency: 2, pollIntervalMs: 50, backoffBaseMs: 1 });
    await runner.start();
  };
  const pollJobs = () => t.db.kysely.selectFrom('jobs').selectAll().where('kind', '=', POLL_JOB).where(sql<boolean>`(payload->>'source_id')::bigint = ${sourceId}`).orderBy('id').execute();
  const source = () => t.db.kysely.selectFrom('sources').selectAll().where('id', '=', sourceId).executeTakeFirstOrThrow();
  const storyCount = async () => Number((await sql<{ n: number }>`select count(*)::int as n from stories where source_id = ${sourceId}`.execute(t.db.kysely)).rows[0]!.n);

  it('when the handler throws until its attempts are spent: the source shows the failure, backs off, and is polled once due', async () => {
    // The fault: every story insert fails, so the poll's transaction throws on every attempt.
    await sql.raw(`create or replace function pulse_test_fail() returns trigger language plpgsql as $$ begin raise exception 'injected: storage refused'; end $$`).execute(t.db.kysely);
    await sql.raw(`create trigger fail_stories before insert on stories for each row execute function pulse_test_fail()`).execute(t.db.kysely);
    expect(await enqueueDuePolls(t.db.kysely)).toBe(1);
    await startRunner();
    await waitFor(async () => (await pollJobs()).some((j) => j.state === 'dead'), 60_000);
    await runner!.stop();
    runner = null;
    const [dead] = await pollJobs();
    expect(dead).toMatchObject({ state: 'dead', attempts: 2 });
    expect(dead!.last_error).toMatch(/injected: storage refused/);

    const failing = await source();
    expect(failing).toMatchObject({ status: 'failing', error_count: 1, paused: false });
    expect(failing.last_error).toMatch(/poll: .*injected: storage refused/);
    expect(failing.next_poll_at.getTime()).toBeGreaterThan(Date.now());
    // Not due yet: the tick adds nothing (no hot loop on a poll that keeps dying).
    expect(await enqueueDuePolls(t.db.kysely)).toBe(0);

    // The fault heals and the source's next due time comes (the clock moved on by its backoff).
    await sql`drop trigger fail_stories on stories`.execute(t.db.kysely);
    const hitsBefore = server.total();
    await sql`update sources set next_poll_at = now() - interval '1 second' where id = ${sourceId}`.execute(t.db.kysely);
    expect(await enqueueDuePolls(t.db.kysely)).toBe(1);
    await startRunner();
    await waitFor(async () => (await source()).status === 'active', 60_000);
    expect(server.total()).toBeGreaterThan(hitsBefore);
    expect(await storyCount()).toBe(1);
    expect(await source()).toMatchObject({ error_count: 0, last_error: null });
  });

  it('when the workers holding it were killed until it died: the next tick runs the same poll again', async () => {
    expect(await enqueueDuePolls(t.db.kysely)).toBe(1);
    // Two workers claim it and die (their leases expire); the sweep buries the job on its last attempt.
    for (const ghost of ['ghost-1', 'ghost-2']) {
      const claimed = await claimJobs(t.db.kysely, { workerId: ghost, limit: 10, leaseSeconds: 300, kinds: [POLL_JOB] });
      expect(claimed).toHaveLength(1);
      await sql`update jobs set locked_until = now() - interval '1 second' where locked_by = ${ghost}`.execute(t.db.kysely);
      expect(await sweepExpiredLeases(t.db.kysely)).toBe(1);
    }
    const [dead] = await pollJobs();
    expect(dead).toMatchObject({ state: 'dead', attempts: 2 });
    expect((await source()).last_polled_at).toBeNull();

    // The source is still due at the same time: the tick gives that poll a new run.
    expect(await enqueueDuePolls(t.db.kysely)).toBe(1);
    expect(await enqueueDuePolls(t.db.kysely)).toBe(0);
    const jobs = await pollJobs();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ id: dead!.id, state: 'pending', attempts: 0, last_error: null });
    await startRunner();
    await waitFor(async () => (await pollJobs())[0]!.state === 'done', 60_000);
    expect(server.total()).toBe(1);
    expect(await storyCount()).toBe(1);
    expect(await source()).toMatchObject({ status: 'active', error_count: 0 });
  });
});
