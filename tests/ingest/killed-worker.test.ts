import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { enqueue } from '../../src/queue/enqueue.ts';
import { runPulse, startPulse } from '../helpers/cli.ts';
import { waitFor } from '../helpers/wait.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { articlePage, rss, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';

const ITEMS = 40;

describe(`a worker killed in the middle of a poll (${TEST_BACKEND})`, { timeout: 300_000 }, () => {
  let server: FeedServer;
  let t: TestDatabase | null = null;
  const dir = mkdtempSync(path.join(tmpdir(), 'pulse-kill-'));
  let env: Record<string, string>;
  const open = (): Promise<Db> => (t ? Promise.resolve(t.db) : openDatabase({ databaseUrl: null, dataDir: path.join(dir, 'data') }));
  const release = async (db: Db) => {
    if (!t) await db.close();
  };

  beforeAll(async () => {
    const routes: Parameters<typeof startFeedServer>[0] = {
      '/feed.xml': (_q, r) =>
        r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
          rss({ items: Array.from({ length: ITEMS }, (_, i) => ({ title: `Report ${i + 1}`, link: `${server.origin}/r/${i + 1}`, guid: `report-${i + 1}` })) }),
        ),
    };
    for (let i = 1; i <= ITEMS; i++) {
      routes[`/r/${i}`] = async (_q, r) => {
        await new Promise((res) => setTimeout(res, 150));
        r.writeHead(200, { 'content-type': 'text/html' }).end(articlePage(`Report ${i}`, [`Report ${i} says 1,${String(i).padStart(3, '0')} people attended the meeting on Tuesday, organisers said.`]));
      };
    }
    server = await startFeedServer(routes);
    if (TEST_BACKEND === 'pg') t = await createTestDatabase();
    env = {
      PULSE_ALLOW_HOSTS: '127.0.0.1',
      PULSE_DATA_DIR: path.join(dir, 'data'),
      DATABASE_URL: t?.url ?? '',
      PULSE_WORKERS: '4',
      PULSE_JOB_LEASE_SECONDS: '2',
      LOG_LEVEL: 'warn',
    };
    const db = await open();
    if (!t) await migrate(db);
    const source = await db.kysely.insertInto('sources').values({ url: `${server.origin}/feed.xml`, name: 'Loopback' }).returning('id').executeTakeFirstOrThrow();
    await enqueue(db.kysely, 'sources.poll', { source_id: source.id }, { key: 'poll-once' });
    await release(db);
  });
  afterAll(async () => {
    await server.close();
    await t?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  const startWorker = () => startPulse(['worker'], env);
  const pagesHit = () => [...server.hits.entries()].filter(([p]) => p.startsWith('/r/')).length;
  // Asked through `pulse jobs` (on PGlite it runs inside the worker holding the folder).
  const ingestJobsLeft = async () => {
    const r = await runPulse(['jobs', '--json'], env);
    if (r.code !== 0) return Number.POSITIVE_INFINITY;
    const { counts } = JSON.parse(r.stdout) as { counts: { kind: string; state: string; n: number }[] };
    return counts.filter((c) => (c.kind === 'sources.poll' || c.kind === 'stories.extract') && (c.state === 'pending' || c.state === 'running')).reduce((n, c) => n + c.n, 0);
  };

  it('leaves every story exactly once and every job completed after a restart', async () => {
    const first = startWorker();
    await waitFor(() => pagesHit() >= 8, 120_000, 'the first worker to fetch 8 pages');
    await first.kill('SIGKILL');
    const hitAtKill = pagesHit();
    expect(hitAtKill).toBeLessThan(ITEMS);

    const second = startWorker();
    await waitFor(() => pagesHit() === ITEMS, 180_000, 'every page to be fetched');
    await waitFor(async () => (await ingestJobsLeft()) === 0, 180_000, 'every ingestion job to be settled', 500);
    expect(await second.kill('SIGTERM')).toBe(0);

    const db = await open();
    try {
      const stories = await db.kysely.selectFrom('stories').select(['guid', 'status']).execute();
      expect(stories).toHaveLength(ITEMS);
      expect(new Set(stories.map((s) => s.guid)).size).toBe(ITEMS);
      expect(stories.every((s) => s.status === 'ready')).toBe(true);
      const jobs = await db.kysely.selectFrom('jobs').select(['kind', 'state', 'last_error']).where('kind', 'in', ['sources.poll', 'stories.extract']).execute();
      expect(jobs.filter((j) => j.state !== 'done')).toEqual([]);
      expect(jobs.filter((j) => j.kind === 'stories.extract')).toHaveLength(ITEMS);
    } finally {
      await release(db);
    }
  });
});
