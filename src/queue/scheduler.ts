import cron, { type ScheduledTask } from 'node-cron';
import type { Db } from '../db/client.ts';
import { errorMessage } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { RecurringJob } from '../../jobs/types.ts';

/** Returns the idempotency key of one tick: the job's name and its scheduled time to the second. */
export function tickKey(job: RecurringJob, tickAt: Date): string {
  const second = new Date(Math.floor(tickAt.getTime() / 1000) * 1000);
  return `tick:${job.name}:${second.toISOString()}`;
}

/** Runs one tick of `job` as scheduled for `tickAt` (exported so tests can tick two schedulers at the same time). */
export async function runTick(db: Db, job: RecurringJob, tickAt: Date): Promise<void> {
  await job.tick(db.kysely, tickKey(job, tickAt), tickAt);
}

export interface Scheduler {
  stop(): Promise<void>;
}

/** Starts a node-cron task per recurring job (UTC); each tick only enqueues. */
export function startScheduler(db: Db, jobs: readonly RecurringJob[], logger?: Logger): Scheduler {
  // node-cron logs through console by default; keep stdout for data and every log in one format.
  if (logger) {
    cron.setLogger({
      info: (m) => logger.debug({ component: 'cron' }, String(m)),
      warn: (m) => logger.warn({ component: 'cron' }, String(m)),
      error: (m, err) => logger.error({ component: 'cron', err: err?.message }, String(m)),
      debug: (m) => logger.debug({ component: 'cron' }, String(m)),
    });
  }
  const tasks: ScheduledTask[] = jobs.map((job) =>
    cron.schedule(
      job.schedule,
      async (context) => {
        try {
          await runTick(db, job, context.date);
        } catch (err) {
          logger?.error({ job: job.name, err: errorMessage(err) }, 'scheduler: tick failed to enqueue');
        }
      },
      { name: job.name, timezone: 'Etc/UTC', noOverlap: true },
    ),
  );
  return {
    async stop() {
      for (const t of tasks) await t.stop();
    },
  };
}
