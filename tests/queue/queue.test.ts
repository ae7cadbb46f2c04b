import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RecurringJob } from '../../jobs/types.ts';
import { claimJobs } from '../../src/queue/claim-jobs.ts';
import { enqueue } from '../../src/queue/enqueue.ts';
import { createRunner } from '../../src/queue/runner.ts';
import { runTick } from '../../src/queue/scheduler.ts';
import { completeJobs, failJob } from '../../src/queue/settle-jobs.ts';
import { sweepExpiredLeases } from '../../src/queue/sweep-leases.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';

describe(`job queue (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.cleanup());
  beforeEach(async () => {
    await sql`delete from jobs`.execute(t.db.kysely);
  });

  const jobs = () => t.db.kysely.selectFrom('jobs').selectAll().orderBy('id').execute();

  it('gives one job for the same key enqueued twice', async () => {
    const a = await enqueue(t.db.kysely, 'demo', { n: 1 }, { key: 'k1' });
    const b = await enqueue(t.db.kysely, 'demo', { n: 2 }, { key: 'k1' });
    expect(a.created).toBe(true);
    expect(b).toEqual({ id: null, created: false });
    const rows = await jobs();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toEqual({ n: 1 });
  });

  it('enqueues inside a caller transaction, and a rollback leaves no job', async () => {
    await expect(
      t.db.kysely.transaction().execute(async (trx) => {
        await enqueue(trx, 'demo', {}, { key: 'in-trx' });
        throw new Error('caller aborts');
      }),
    ).rejects.toThrow('caller aborts');
    expect(await jobs()).toHaveLength(0);
    await t.db.kysely.transaction().execute((trx) => enqueue(trx, 'demo', {}, { key: 'in-trx' }));
    expect(await jobs()).toHaveLength(1);
  });

  it('reruns a finished job with the same key only when asked to', async () => {
    const { id } = await enqueue(t.db.kysely, 'demo', { v: 1 }, { key: 'rerun' });
    const [claimed] = await claimJobs(t.db.kysely, { workerId: 'w', limit: 1, leaseSeconds: 60, kinds: ['demo'] });
    await completeJobs(t.db.kysely, 'w', [claimed!.id]);
    expect((await enqueue(t.db.kysely, 'demo', { v: 2 }, { key: 'rerun' })).created).toBe(false);
    expect((await enqueue(t.db.kysely, 'demo', { v: 2 }, { key: 'rerun', rerunFinished: true })).id).toBe(id);
    const [row] = await jobs();
    expect(row).toMatchObject({ state: 'pending', attempts: 0, payload: { v: 2 } });
  });

  it('claims only runnable jobs of the given kinds, highest priority first', async () => {
    await enqueue(t.db.kysely, 'later', {}, { runAt: new Date(Date.now() + 3_600_000) });
    await enqueue(t.db.kysely, 'other', {});
    await enqueue(t.db.kysely, 'demo', { p: 'low' });
    await enqueue(t.db.kysely, 'demo', { p: 'high' }, { priority: 5 });
    const claimed = await claimJobs(t.db.kysely, { workerId: 'w', limit: 10, leaseSeconds: 60, kinds: ['demo', 'later'] });
    expect(claimed.map((j) => j.payload.p)).toEqual(['high', 'low']);
    expect(claimed.every((j) => j.attempts === 1)).toBe(true);
  });

  it('never hands one job to two concurrent claims', async () => {
    for (let i = 0; i < 50; i++) await enqueue(t.db.kysely, 'demo', { i });
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, w) => claimJobs(t.db.kysely, { workerId: `w${w}`, limit: 10, leaseSeconds: 60, kinds: ['demo'] })),
    );
    const ids = claims.flat().map((j) => j.id);
    expect(ids).toHaveLength(50);
    expect(new Set(ids).size).toBe(50);
  });

  it('backs a failing job off exponentially and keeps it as dead with its error after the last attempt', async () => {
    const { id } = await enqueue(t.db.kysely, 'flaky', {}, { maxAttempts: 3 });
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await sql`update jobs set run_at = now() where id = ${id}`.execute(t.db.kysely);
      const [job] = await claimJobs(t.db.kysely, { workerId: 'w', limit: 1, leaseSeconds: 60, kinds: ['flaky'] });
      expect(job?.attempts).toBe(attempt);
      const state = await failJob(t.db.kysely, 'w', id!, `boom ${attempt}`, { backoffBaseMs: 10_000 });
      const row = await t.db.kysely.selectFrom('jobs').select(['state', 'run_at', 'updated_at', 'last_error']).where('id', '=', id!).executeTakeFirstOrThrow();
      expect(row.last_error).toBe(`boom ${attempt}`);
      if (attempt < 3) {
        expect(state).toBe('pending');
        delays.push(row.run_at.getTime() - row.updated_at.getTime());
      } else {
        expect(state).toBe('dead');
      }
    }
    // 10 s then 20 s: the delay doubles with each attempt.
    expect(delays[0]).toBeGreaterThanOrEqual(9_000);
    expect(delays[0]).toBeLessThanOrEqual(11_000);
    expect(delays[1]).toBeGreaterThanOrEqual(19_000);
    expect(delays[1]).toBeLessThanOrEqual(21_000);
    const dead = await t.db.kysely.selectFrom('jobs').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
    expect(dead).toMatchObject({ state: 'dead', attempts: 3, last_error: 'boom 3' });
    expect(dead.finished_at).toBeInstanceOf(Date);
    expect(await claimJobs(t.db.kysely, { workerId: 'w', limit: 1, leaseSeconds: 60, kinds: ['flaky'] })).toEqual([]);
  });

  it('picks up a job whose holder died once its lease expires, and ignores the late holder', async () => {
    const { id } = await enqueue(t.db.kysely, 'demo', {});
    const [held] = await claimJobs(t.db.kysely, { workerId: 'dead-worker', limit: 1, leaseSeconds: 1, kinds: ['demo'] });
    expect(held?.id).toBe(id);
    expect(await claimJobs(t.db.kysely, { workerId: 'w2', limit: 1, leaseSeconds: 60, kinds: ['demo'] })).toEqual([]);
    expect(await sweepExpiredLeases(t.db.kysely)).toBe(0);
    await sql`update jobs set locked_until = now() - interval '1 second' where id = ${id}`.execute(t.db.kysely);
    expect(await sweepExpiredLeases(t.db.kysely)).toBe(1);
    const [again] = await claimJobs(t.db.kysely, { workerId: 'w2', limit: 1, leaseSeconds: 60, kinds: ['demo'] });
    expect(again).toMatchObject({ id, attempts: 2 });
    // The first holder wakes up late: its completion must not settle w2's job.
    expect(await completeJobs(t.db.kysely, 'dead-worker', [id!])).toBe(0);
    expect(await completeJobs(t.db.kysely, 'w2', [id!])).toBe(1);
  });

  it('two runners draining 1,000 jobs process each exactly once', async () => {
    const total = 1_000;
    await sql`insert into jobs (kind, payload) select 'count', jsonb_build_object('n', g) from generate_series(1, ${total}) g`.execute(t.db.kysely);
    const seen = new Map<number, number>();
    const handler = async (job: { payload: Record<string, unknown> }) => {
      const n = Number(job.payload.n);
      seen.set(n, (seen.get(n) ?? 0) + 1);
    };
    const second = TEST_BACKEND === 'pg' ? await t.openAnother() : t.db;
    const runners = [t.db, second].map((db, i) =>
      createRunner({ db, handlers: { count: handler }, concurrency: 4, workerId: `runner-${i}`, pollIntervalMs: 50 }),
    );
    await Promise.all(runners.map((r) => r.start()));
    const deadline = Date.now() + 60_000;
    for (;;) {
      const row = await sql<{ n: number }>`select count(*)::int as n from jobs where state = 'done'`.execute(t.db.kysely);
      if (row.rows[0]!.n === total || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await Promise.all(runners.map((r) => r.stop()));
    expect(seen.size).toBe(total);
    expect([...seen.values()].every((c) => c === 1)).toBe(true);
    const byWorker = await sql<{ n: number }>`select count(*)::int as n from jobs where state = 'done'`.execute(t.db.kysely);
    expect(byWorker.rows[0]!.n).toBe(total);
  });

  it('a runner retries a failing handler and finishes the jobs it holds when stopped', async () => {
    let calls = 0;
    await enqueue(t.db.kysely, 'slow', {});
    await enqueue(t.db.kysely, 'fails-once', {});
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const runner = createRunner({
      db: t.db,
      concurrency: 2,
      pollIntervalMs: 20,
      backoffBaseMs: 1,
      handlers: {
        slow: async () => {
          await gate;
        },
        'fails-once': async () => {
          calls++;
          if (calls === 1) throw new Error('transient');
        },
      },
    });
    await runner.start();
    const deadline = Date.now() + 10_000;
    while (calls < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(calls).toBe(2);
    const stopping = runner.stop();
    release();
    await stopping;
    const rows = await jobs();
    expect(rows.map((r) => [r.kind, r.state])).toEqual([
      ['slow', 'done'],
      ['fails-once', 'done'],
    ]);
  });

  it('two schedulers ticking at the same minute give one job', async () => {
    const job: RecurringJob = {
      name: 'demo-tick',
      schedule: '0 * * * * *',
      tick: async (db, key) => {
        await enqueue(db, 'demo', {}, { key });
      },
    };
    const tickAt = new Date('2026-11-25T10:15:00.000Z');
    const other = TEST_BACKEND === 'pg' ? await t.openAnother() : t.db;
    await Promise.all([runTick(t.db, job, tickAt), runTick(other, job, new Date(tickAt.getTime() + 4)), runTick(t.db, job, tickAt)]);
    const rows = await jobs();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key).toBe('tick:demo-tick:2026-11-25T10:15:00.000Z');
    await runTick(t.db, job, new Date('2026-11-25T10:16:00.000Z'));
    expect(await jobs()).toHaveLength(2);
  });
});
