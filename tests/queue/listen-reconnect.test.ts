import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listenRetryDelay } from '../../src/db/client.ts';
import { enqueue } from '../../src/queue/enqueue.ts';
import { createRunner, type Runner } from '../../src/queue/runner.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { waitFor } from '../helpers/wait.ts';

// The fallback poll is ten minutes: a job that runs within the test ran because a NOTIFY woke the worker.
const FALLBACK_POLL_MS = 600_000;

describe(`a worker woken by NOTIFY (${TEST_BACKEND})`, { timeout: 300_000 }, () => {
  let t: TestDatabase;
  let runner: Runner | null = null;
  const ran: number[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterEach(async () => {
    await runner?.stop();
    runner = null;
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const start = async () => {
    runner = createRunner({ db: t.db, concurrency: 2, pollIntervalMs: FALLBACK_POLL_MS, sweepIntervalMs: FALLBACK_POLL_MS, handlers: { ping: async (job) => void ran.push(Number(job.payload.n)) } });
    await runner.start();
    // Let the first claim find nothing, so the worker is asleep on its fallback poll.
    await runner.idle();
  };

  it('runs a job enqueued while it sleeps on a ten-minute fallback poll', async () => {
    await start();
    await enqueue(t.db.kysely, 'ping', { n: 1 });
    await waitFor(() => ran.includes(1), 120_000, 'the NOTIFY-driven job');
  });

  // Issue 13, fault 3: after PostgreSQL dropped the listening connection (a restart), LISTEN was
  // never re-established. PGlite runs inside the process: it has no connection to lose.
  it.runIf(TEST_BACKEND === 'pg')('re-establishes LISTEN after the server drops the listening connection', async ({ annotate }) => {
    await start();
    const listener = async () =>
      (await sql<{ pid: number }>`select pid from pg_stat_activity where application_name = 'pulse listen' and datname = current_database() and query ilike 'listen%'`.execute(t.db.kysely)).rows.map((r) => r.pid);
    await waitFor(async () => (await listener()).length === 1, 60_000, 'the listening connection');
    const [before] = await listener();
    const killedAt = Date.now();
    const killed = await sql<{ ok: boolean }>`select pg_terminate_backend(${before}) as ok`.execute(t.db.kysely);
    expect(killed.rows[0]!.ok).toBe(true);
    await waitFor(async () => {
      const pids = await listener();
      return pids.length === 1 && pids[0] !== before;
    }, 120_000, 'a new listening connection');

    await enqueue(t.db.kysely, 'ping', { n: 2 });
    await waitFor(() => ran.includes(2), 120_000, 'the NOTIFY-driven job after the listener came back');
    await annotate(`listener terminated to NOTIFY-driven job done: ${Date.now() - killedAt} ms`);
  });
});

describe('LISTEN reconnection backoff', () => {
  it.each([
    [0, 250],
    [1, 500],
    [3, 2_000],
    [7, 30_000],
    [20, 30_000],
  ])('attempt %i waits %i ms', (attempt, ms) => expect(listenRetryDelay(attempt)).toBe(ms));
});
