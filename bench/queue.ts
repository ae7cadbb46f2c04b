/**
 * `npm run bench -- queue [jobs]`: 4 workers claim and complete N no-op jobs (default 20,000) on
 * PostgreSQL, one job per claim and then batches of 50, for Pulse's queue, graphile-worker 0.17 and
 * pg-boss 10, in the same run, each on a fresh database. Prints jobs/s and Pulse's ratio to each peer.
 * DATABASE_URL names the server (default postgres://postgres@127.0.0.1:5432/postgres). Pulse's
 * runners use the queue pool of `pulse worker` (synchronous_commit off; BENCH_SYNC=1 measures
 * without); the peers run with their defaults.
 */
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type Db } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { createRunner } from '../src/queue/runner.ts';
import { BENCH_ADMIN_URL, scratchDatabase } from './_scratch-database.ts';

const WORKERS = 4;
const adminUrl = BENCH_ADMIN_URL;

interface Mode {
  name: 'single' | 'batch50';
  batch: number;
}
const MODES: Mode[] = [
  { name: 'single', batch: 1 },
  { name: 'batch50', batch: 50 },
];

const freshDatabase = scratchDatabase;

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('bench: timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function benchPulse(mode: Mode, total: number): Promise<number> {
  const { url, drop } = await freshDatabase('pulse');
  const setup = await openDatabase({ databaseUrl: url, dataDir: null });
  await migrate(setup);
  await sql`insert into jobs (kind, payload) select 'noop', jsonb_build_object('n', g) from generate_series(1, ${total}) g`.execute(setup.kysely);
  await sql`vacuum analyze jobs`.execute(setup.kysely);
  let done = 0;
  const dbs: Db[] = [];
  for (let i = 0; i < WORKERS; i++) dbs.push(await openDatabase({ databaseUrl: url, dataDir: null, poolSize: 3, sessionSettings: process.env.BENCH_SYNC ? {} : { synchronous_commit: 'off' } }));
  const runners = dbs.map((db, i) =>
    createRunner({
      db,
      handlers: { noop: async () => void done++ },
      concurrency: mode.batch,
      batchSize: mode.batch,
      workerId: `bench-${i}`,
      pollIntervalMs: 100,
    }),
  );
  const started = performance.now();
  await Promise.all(runners.map((r) => r.start()));
  await waitUntil(async () => {
    if (done < total) return false;
    const r = await sql<{ n: number }>`select count(*)::int as n from jobs where state = 'done'`.execute(setup.kysely);
    return r.rows[0]!.n === total;
  });
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(runners.map((r) => r.stop()));
  await Promise.all([...dbs, setup].map((d) => d.close()));
  await drop();
  return total / seconds;
}

async function benchGraphile(mode: Mode, total: number): Promise<number> {
  const { run, runMigrations } = await import('graphile-worker');
  const { url, drop } = await freshDatabase('graphile');
  await runMigrations({ connectionString: url, logger: silentGraphileLogger(await import('graphile-worker')) });
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(
    `select graphile_worker.add_jobs(array(select row('noop', json_build_object('n', g), null, null, null, null, null, null)::graphile_worker.job_spec from generate_series(1, $1) g))`,
    [total],
  );
  await c.query('vacuum analyze');
  let done = 0;
  const started = performance.now();
  const runners = await Promise.all(
    Array.from({ length: WORKERS }, () =>
      run({
        connectionString: url,
        concurrency: mode.batch === 1 ? 1 : mode.batch,
        noHandleSignals: true,
        pollInterval: 100,
        logger: silentGraphileLogger(null),
        taskList: { noop: async () => void done++ },
        ...(mode.batch > 1 ? { preset: { worker: { localQueue: { size: mode.batch }, completeJobBatchDelay: 0 } } } : {}),
      }),
    ),
  );
  await waitUntil(async () => {
    if (done < total) return false;
    const r = await c.query<{ n: number }>('select count(*)::int as n from graphile_worker._private_jobs');
    return r.rows[0]!.n === 0;
  });
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(runners.map((r) => r.stop()));
  await c.end();
  await drop();
  return total / seconds;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function silentGraphileLogger(mod: any): any {
  return mod ? new mod.Logger(() => () => undefined) : new (class {
    scope() {
      return this;
    }
    debug() {}
    info() {}
    warn() {}
    error() {}
  })();
}

async function benchPgBoss(mode: Mode, total: number): Promise<number> {
  const PgBoss = ((await import('pg-boss')) as unknown as { default: new (o: object) => PgBossLike }).default;
  const { url, drop } = await freshDatabase('pgboss');
  const setup = new PgBoss({ connectionString: url, supervise: false, schedule: false });
  setup.on('error', () => undefined);
  await setup.start();
  await setup.createQueue('noop');
  for (let i = 0; i < total; i += 1000) {
    await setup.insert(Array.from({ length: Math.min(1000, total - i) }, (_, k) => ({ name: 'noop', data: { n: i + k } })));
  }
  let done = 0;
  const bosses: PgBossLike[] = [];
  for (let i = 0; i < WORKERS; i++) {
    const b = new PgBoss({ connectionString: url, supervise: false, schedule: false, max: 3 });
    b.on('error', () => undefined);
    await b.start();
    bosses.push(b);
  }
  const started = performance.now();
  await Promise.all(
    bosses.map((b) =>
      b.work('noop', { batchSize: mode.batch, pollingIntervalSeconds: 0.5 }, async (jobs: unknown[]) => {
        done += jobs.length;
      }),
    ),
  );
  await waitUntil(async () => done >= total);
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(bosses.map((b) => b.stop({ graceful: false, wait: true })));
  await setup.stop({ graceful: false, wait: true });
  await drop();
  return total / seconds;
}

interface PgBossLike {
  on(event: string, cb: (e: unknown) => void): void;
  start(): Promise<unknown>;
  stop(o: object): Promise<void>;
  createQueue(name: string): Promise<void>;
  insert(jobs: object[]): Promise<void>;
  work(name: string, o: object, handler: (jobs: unknown[]) => Promise<void>): Promise<string>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export default async function run(args: string[]): Promise<void> {
  const total = Number(args[0] ?? 20_000);
  const rounds = Number(args[1] ?? 3);
  console.log(`queue: ${WORKERS} workers, ${total} no-op jobs on ${new URL(adminUrl).host}; jobs/s (higher is better), median of ${rounds} interleaved rounds`);
  const rows: string[][] = [['mode', 'pulse', 'graphile-worker 0.17', 'pg-boss 10', 'pulse/graphile', 'pulse/pg-boss']];
  for (const mode of MODES) {
    const p: number[] = [];
    const g: number[] = [];
    // Interleaved so that the machine's noise (2 shared cores) falls on both alike.
    for (let r = 0; r < rounds; r++) {
      p.push(await benchPulse(mode, total));
      if (!process.env.BENCH_ONLY_PULSE) g.push(await benchGraphile(mode, total));
    }
    const b = process.env.BENCH_ONLY_PULSE ? 1 : await benchPgBoss(mode, mode.batch === 1 ? Math.min(total, 400) : total);
    const pm = median(p);
    const gm = g.length ? median(g) : 1;
    rows.push([mode.name, pm.toFixed(0), gm.toFixed(0), b.toFixed(0), `${(pm / gm).toFixed(2)}x`, `${(pm / b).toFixed(2)}x`]);
    console.log(`  ${mode.name}: pulse ${p.map((x) => x.toFixed(0)).join('/')}  graphile ${g.map((x) => x.toFixed(0)).join('/')}  pg-boss ${b.toFixed(0)}`);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log('');
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  console.log('(pg-boss single mode runs 400 jobs: with one job per fetch it waits out its 0.5 s minimum polling interval, so 20,000 would take an hour)');
}
