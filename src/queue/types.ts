import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

/** A kysely handle or a caller's transaction: every queue operation works inside either. */
export type Executor = Kysely<Database> | Transaction<Database>;

/** The channel a NOTIFY is sent on whenever a job becomes runnable. */
export const JOBS_CHANNEL = 'pulse_jobs';

/**
 * Claim order of jobs (jobs.priority, higher first). What must happen on time goes before any
 * backlog: the minute's recurring ticks, then polls (a feed's items rotate out while its poll
 * waits), then everything else at 0 (extractions, desk work, maintenance), which can wait.
 * Issue 13 (`npm run bench -- faults`): after 300 feeds' first poll, 3,000 extractions were queued
 * ahead of every later tick at the same priority, and on a loaded machine no source was polled
 * again for 11 minutes.
 */
export const JOB_PRIORITY = { tick: 20, poll: 10, normal: 0 } as const;

/** A job as a handler sees it after a claim. */
export interface ClaimedJob {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  key: string | null;
  attempts: number;
  max_attempts: number;
  locked_until: Date;
}
