import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

/** A kysely handle or a caller's transaction: every queue operation works inside either. */
export type Executor = Kysely<Database> | Transaction<Database>;

/** The channel a NOTIFY is sent on whenever a job becomes runnable. */
export const JOBS_CHANNEL = 'pulse_jobs';

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
