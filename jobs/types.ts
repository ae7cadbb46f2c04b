import type { Executor } from '../src/queue/types.ts';

/**
 * One recurring job: a node-cron expression (seconds field allowed) and what a tick enqueues.
 * A tick only enqueues, keyed by the tick's scheduled time, so N schedulers on N machines produce
 * one job per tick (the jobs.key unique index absorbs the rest).
 */
export interface RecurringJob {
  name: string;
  /** node-cron expression, evaluated in UTC. */
  schedule: string;
  /** Enqueues the tick's work; `key` is unique to this job and tick. */
  tick(db: Executor, key: string, tickAt: Date): Promise<void>;
}
