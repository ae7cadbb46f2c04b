import { mkdtempSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { enqueue } from '../../src/queue/enqueue.ts';
import { startPulse, stopChildren } from '../helpers/cli.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { rss, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { waitFor } from '../helpers/wait.ts';

// Issue 13, fault 2: after a worker was killed, the jobs it held stayed `running` until their lease
// expired. The lease here is an hour: only freeing them at once lets the restarted worker run them.
describe(`a worker killed mid-job, then restarted (${TEST_BACKEND})`, { timeout: 240_000 }, () => {
  let server: FeedServer;
  let t: TestDatabase | null = null;
  const dir = mkdtempSync(path.join(tmpdir(), 'pulse-restart-'));
  let env: Record<string, string>;
  const held: ServerResponse[] = [];
  let hang = true;
  const open = (): Promise<Db> => (t ? Promise.resolve(t.db) : openDatabase({ databaseUrl: null, dataDir: path.join(dir, 'data') }));
  const release = async (db: Db) => {
    if (!t) await db.close();
  };

  beforeAll(async () => {
    server = await startFeedServer({
      '/feed.xml': (_q, res) => {
        if (hang) return void held.push(res); // the first worker dies while this fetch hangs
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ items: [{ title: 'After the restart', link: `${server.origin}/a/1`, guid: 'a-1' }] }));
      },
    });
    if (TEST_BACKEND === 'pg') t = await createTestDatabase();
    env = {
      PULSE_ALLOW_HOSTS: '127.0.0.1',
      PULSE_DATA_DIR: path.join(dir, 'data'),
      DATABASE_URL: t?.url ?? '',
      PULSE_WORKERS: '2',
      PULSE_JOB_LEASE_SECONDS: '3600',
      PULSE_FETCH_TIMEOUT_MS: '600000',
    };
    const db = await open();
    try {
      if (!t) await migrate(db);
      // Not due for a day: only the job below polls it, never the scheduler.
      const source = await db.kysely
        .insertInto('sources')
        .values({ url: `${server.origin}/feed.xml`, name: 'Loopback', next_poll_at: sql<Date>`now() + interval '1 day'` })
        .returning('id')
        .executeTakeFirstOrThrow();
      await enqueue(db.kysely, 'sources.poll', { source_id: source.id }, { key: 'poll-once', maxAttempts: 3 });
    } finally {
      await release(db);
    }
  });
  afterEach(() => stopChildren());
  afterAll(async () => {
    for (const res of held) res.destroy();
    await server.close();
    await t?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the job the dead worker held at once, although its lease runs for an hour', async ({ annotate }) => {
    const first = startPulse(['worker'], env);
    await waitFor(() => held.length === 1, 120_000, 'the first worker to be fetching the feed');
    if (t) {
      const job = await t.db.kysely.selectFrom('jobs').selectAll().where('key', '=', 'poll-once').executeTakeFirstOrThrow();
      expect(job).toMatchObject({ state: 'running', attempts: 1 });
      expect(job.locked_until!.getTime()).toBeGreaterThan(Date.now() + 30 * 60_000);
    }
    await first.kill('SIGKILL');
    hang = false;

    const restartedAt = Date.now();
    const second = startPulse(['worker'], env);
    await waitFor(() => server.total() >= 2, 120_000, 'the restarted worker to poll the feed');
    // A figure for the report, not an assertion: restart → the held job's poll, process start included.
    await annotate(`restart to re-poll: ${Date.now() - restartedAt} ms`);
    if (t) {
      const db = t.db;
      await waitFor(async () => (await db.kysely.selectFrom('jobs').select('state').where('key', '=', 'poll-once').executeTakeFirstOrThrow()).state === 'done', 60_000, 'the job to be done');
    }
    expect(await second.kill('SIGTERM')).toBe(0);

    const db = await open();
    try {
      const job = await db.kysely.selectFrom('jobs').selectAll().where('key', '=', 'poll-once').executeTakeFirstOrThrow();
      expect(job).toMatchObject({ state: 'done', attempts: 2 });
      const stories = await db.kysely.selectFrom('stories').select('guid').execute();
      expect(stories.map((s) => s.guid)).toEqual(['a-1']);
    } finally {
      await release(db);
    }
  });
});
