import { sql } from 'kysely';
import { jsonb } from '../db/json.ts';
import { JOBS_CHANNEL, type Executor } from './types.ts';

export interface EnqueueOptions {
  /** Idempotency key: a second enqueue with the same key adds nothing (graphile-worker's job_key). */
  key?: string | null;
  /** Earliest time the job may run (default now). */
  runAt?: Date | null;
  /** Attempts before the job is kept as dead (default 5). */
  maxAttempts?: number;
  /** Higher runs first (default 0). */
  priority?: number;
  /**
   * With a key: when the existing job has finished (done or dead), reset it to run again with the
   * new payload, e.g. re-extracting a story that changed upstream. A pending or running job is
   * left alone either way.
   */
  rerunFinished?: boolean;
}

export interface EnqueueResult {
  /** The job's id, or null when a job with the same key already existed and was left alone. */
  id: number | null;
  created: boolean;
}

/**
 * Adds a job (one statement, inside the caller's transaction when given one) and NOTIFYs the
 * workers when it was added; returns its id, or null when the key already existed.
 */
export async function enqueue(
  db: Executor,
  kind: string,
  payload: Record<string, unknown> = {},
  options: EnqueueOptions = {},
): Promise<EnqueueResult> {
  const runAt = options.runAt ?? null;
  const maxAttempts = options.maxAttempts ?? 5;
  const priority = options.priority ?? 0;
  const key = options.key ?? null;
  const onConflict =
    key !== null && options.rerunFinished
      ? sql`on conflict (key) do update set state = 'pending', payload = excluded.payload, run_at = excluded.run_at,
              attempts = 0, max_attempts = excluded.max_attempts, priority = excluded.priority, last_error = null, finished_at = null, updated_at = now()
            where jobs.state in ('done', 'dead')`
      : sql`on conflict (key) do nothing`;
  const result = await sql<{ id: number }>`
    with added as (
      insert into jobs (kind, payload, key, run_at, max_attempts, priority)
      values (${kind}, ${jsonb(payload)}::jsonb, ${key}, coalesce(${runAt}::timestamptz, now()), ${maxAttempts}, ${priority})
      ${onConflict}
      returning id, run_at
    )
    select id, case when run_at <= now() then pg_notify(${JOBS_CHANNEL}, ${kind}) end as notified from added`.execute(db);
  const row = result.rows[0];
  return row ? { id: row.id, created: true } : { id: null, created: false };
}

export interface JobSpec {
  kind: string;
  payload?: Record<string, unknown>;
  key?: string | null;
  maxAttempts?: number;
  priority?: number;
}

/**
 * Adds many jobs in one statement (idempotent by key like `enqueue`) and one NOTIFY per kind;
 * returns how many were added. Used where a feed brings dozens of stories at once.
 */
export async function enqueueMany(db: Executor, jobs: readonly JobSpec[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const added = await db
    .insertInto('jobs')
    .values(jobs.map((j) => ({ kind: j.kind, payload: jsonb(j.payload ?? {}), key: j.key ?? null, max_attempts: j.maxAttempts ?? 5, priority: j.priority ?? 0 })))
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('kind')
    .execute();
  for (const kind of new Set(added.map((a) => a.kind))) await sql`select pg_notify(${JOBS_CHANNEL}, ${kind})`.execute(db);
  return added.length;
}
