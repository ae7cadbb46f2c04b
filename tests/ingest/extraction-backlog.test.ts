import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollSources } from '../../jobs/poll-sources.ts';
import { enqueueMany } from '../../src/queue/enqueue.ts';
import { claimJobs } from '../../src/queue/claim-jobs.ts';
import { completeJobs, failJob } from '../../src/queue/settle-jobs.ts';
import { enqueueDuePolls, POLL_JOB } from '../../src/sources/schedule-due.ts';
import { EXTRACT_JOB } from '../../src/stories/store-items.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';

// Issue 13, found by `npm run bench -- faults`: 300 feeds' first poll queued 3,000 extractions, and
// every later tick and poll waited behind them at the same priority — on a loaded machine no source
// was polled for 11 minutes, so a feed rotating its items would have lost them.
describe(`a backlog of extractions does not hold back the ticks and polls (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.cleanup());

  it('claims the tick, then the polls it enqueues, before older extractions', async () => {
    const source = await t.db.kysely
      .insertInto('sources')
      .values({ url: 'http://127.0.0.1:9/feed.xml', name: 'Loopback', next_poll_at: sql<Date>`now() - interval '1 second'` })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The backlog: extractions queued before the tick.
    await enqueueMany(t.db.kysely, Array.from({ length: 50 }, (_, k) => ({ kind: EXTRACT_JOB, payload: { story_id: k + 1 }, key: `backlog:${k}` })));
    await sql`update jobs set run_at = now() - interval '1 minute'`.execute(t.db.kysely);
    const claim = () => claimJobs(t.db.kysely, { workerId: 'w', limit: 1, leaseSeconds: 60, kinds: [EXTRACT_JOB, POLL_JOB, 'sources.schedule-due'] });

    await pollSources.tick(t.db.kysely, 'poll-sources:test-tick', new Date());
    const [tick] = await claim();
    expect(tick!.kind).toBe('sources.schedule-due');
    expect(await enqueueDuePolls(t.db.kysely)).toBe(1);
    await completeJobs(t.db.kysely, 'w', [tick!.id]);
    const [poll] = await claim();
    expect(poll).toMatchObject({ kind: POLL_JOB, payload: { source_id: source.id } });

    // A poll that died (here one enqueued before polls had a priority) is run again by the next tick ahead of the backlog.
    await failJob(t.db.kysely, 'w', poll!.id, 'injected');
    await sql`update jobs set state = 'dead', finished_at = now(), priority = 0 where id = ${poll!.id}`.execute(t.db.kysely);
    expect(await enqueueDuePolls(t.db.kysely)).toBe(1);
    const [again] = await claim();
    expect(again).toMatchObject({ id: poll!.id, kind: POLL_JOB });
    const [next] = await claim();
    expect(next!.kind).toBe(EXTRACT_JOB);
  });
});
