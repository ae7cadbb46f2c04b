import { sql } from 'kysely';
import { RECURRING_JOBS } from '../../../jobs/index.ts';
import { buildHandlers } from '../../handlers.ts';
import { buildApp } from '../../http/app.ts';
import { createRunner, type Runner } from '../../queue/runner.ts';
import { startScheduler, type Scheduler } from '../../queue/scheduler.ts';
import { openDatabase, type Db } from '../../db/client.ts';
import { openRuntime, type Runtime } from '../../runtime.ts';
import { serveForwarding } from '../forward.ts';
import type { Command, CommandInput } from '../command.ts';

interface Parts {
  http: boolean;
  worker: boolean;
  scheduler: boolean;
}

/** Prints what a newcomer does next when the database is empty (SPEC: `start` prints its URL and next steps). */
async function nextSteps(rt: Runtime): Promise<string[]> {
  const counts = await sql<{ sources: number; editors: number }>`
    select (select count(*) from sources)::int as sources, (select count(*) from editors)::int as editors`.execute(rt.db.kysely);
  const row = counts.rows[0];
  const steps: string[] = [];
  if (row && row.sources === 0) steps.push('  add a source:     npx pulse sources add https://techcrunch.com/');
  if (row && row.editors === 0) steps.push('  create an editor: npx pulse editors add "Your Name" --role admin');
  return steps;
}

/**
 * The queue's own small pool on PostgreSQL, with synchronous_commit off: claims and completions no
 * longer wait for the WAL flush (bench/queue.ts: ~1.7× jobs/s with one job per claim). What a
 * server crash can lose is the last few hundred milliseconds of queue transitions, which the queue
 * already tolerates: a lost completion re-runs the job (delivery is at-least-once), a lost claim
 * or failure returns the job after its lease. Enqueueing and every handler's own writes stay
 * fully durable (they use the main pool). PGlite is one session: it shares the main handle.
 */
async function openQueueDatabase(rt: Runtime): Promise<Db> {
  if (!rt.config.databaseUrl) return rt.db;
  return openDatabase({ databaseUrl: rt.config.databaseUrl, dataDir: null, command: 'worker queue', poolSize: 3, sessionSettings: { synchronous_commit: 'off' } });
}

/** Runs the chosen halves of Pulse until SIGTERM/SIGINT, then stops claiming, finishes what it holds and exits 0. */
async function runServices(command: string, parts: Parts, { config, stdout }: CommandInput): Promise<number> {
  const rt = await openRuntime(config, command);
  // On PGlite this process is the folder's only opener: other commands run here, through its socket.
  const stopForwarding = config.databaseUrl
    ? null
    : await serveForwarding(rt, config.dataDir, (argv, io) => import('../main.ts').then((m) => m.main(argv, io)), rt.logger).catch((err: unknown) => {
        rt.logger.warn({ err: String(err) }, 'forward: cannot serve other commands; they will report the folder as in use');
        return null;
      });
  let runner: Runner | null = null;
  let scheduler: Scheduler | null = null;
  let queueDb: Db | null = null;
  const app = parts.http ? await buildApp({ config, db: rt.db, metrics: rt.metrics, logger: rt.logger, fetcher: rt.fetcher }) : null;
  try {
    if (parts.worker) {
      queueDb = await openQueueDatabase(rt);
      runner = createRunner({
        db: queueDb,
        handlers: buildHandlers(rt),
        concurrency: config.workers,
        leaseSeconds: config.jobLeaseSeconds,
        sweepIntervalMs: Math.min(15_000, config.jobLeaseSeconds * 1000),
        logger: rt.logger,
        onSettled: (kind, outcome) => rt.metrics.jobsProcessed.inc({ kind, outcome }),
      });
      await runner.start();
    }
    if (parts.scheduler) scheduler = startScheduler(rt.db, RECURRING_JOBS, rt.logger);
    const where = config.databaseUrl ? 'PostgreSQL' : `embedded database in ${config.dataDir}`;
    if (app) {
      const address = await app.listen({ host: config.host, port: config.port });
      const url = new URL(address);
      if (url.hostname === '0.0.0.0' || url.hostname === '[::]') url.hostname = '127.0.0.1';
      stdout.write(`Pulse ${command} is running at ${url.origin}/ (${where})\n`);
      stdout.write(`  feeds: ${config.baseUrl}/feed.xml  ${config.baseUrl}/atom.xml  ${config.baseUrl}/feed.json\n`);
    } else {
      stdout.write(`Pulse ${command} is running (${where}, ${config.workers} slots)\n`);
    }
    if (command === 'start') {
      const steps = await nextSteps(rt);
      if (steps.length > 0) stdout.write(`Next steps:\n${steps.join('\n')}\n`);
    }
    stdout.write('Press Ctrl+C to stop.\n');
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        rt.logger.info({ signal }, 'stopping: no new jobs are claimed; finishing the ones in hand');
        process.off('SIGTERM', onTerm);
        process.off('SIGINT', onInt);
        resolve();
      };
      const onTerm = () => stop('SIGTERM');
      const onInt = () => stop('SIGINT');
      process.on('SIGTERM', onTerm);
      process.on('SIGINT', onInt);
    });
    await scheduler?.stop();
    await Promise.all([runner?.stop(), app?.close()]);
    return 0;
  } finally {
    await stopForwarding?.();
    await scheduler?.stop();
    await runner?.stop();
    await app?.close();
    if (queueDb && queueDb !== rt.db) await queueDb.close();
    await rt.close();
  }
}

export const startCommand: Command = {
  name: 'start',
  usage: '',
  longRunning: true,
  summary: 'run everything in one process: HTTP server, schedules and workers',
  run: (input) => runServices('start', { http: true, worker: true, scheduler: true }, input),
};

export const serveCommand: Command = {
  name: 'serve',
  usage: '',
  longRunning: true,
  summary: 'run the HTTP server only (feeds, pages, desk and API)',
  run: (input) => runServices('serve', { http: true, worker: false, scheduler: false }, input),
};

export const workerCommand: Command = {
  name: 'worker',
  usage: '',
  longRunning: true,
  summary: 'run schedules and job workers only (many may share one PostgreSQL)',
  run: (input) => runServices('worker', { http: false, worker: true, scheduler: true }, input),
};
