import { sql } from 'kysely';
import type { Executor } from './types.ts';

/**
 * Marks jobs done (one statement for a whole batch). Only rows still held by `workerId` change:
 * a job whose lease expired and was taken over by another worker is that worker's to settle.
 * Returns how many were completed.
 */
export async function completeJobs(db: Executor, workerId: string, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await sql`
    update jobs set state = 'done', finished_at = now(), updated_at = now(), locked_by = null, locked_until = null, last_error = null
    where id = any(${ids as number[]}::bigint[]) and state = 'running' and locked_by = ${workerId}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export interface FailOptions {
  /** Base of the exponential backoff: the nth failed attempt waits base × 2^(n-1), capped at `maxDelayMs`. */
  backoffBaseMs?: number;
  maxDelayMs?: number;
  /** Run again no earlier than this (e.g. a Retry-After); overrides the backoff when later. */
  retryAt?: Date | null;
}

/**
 * Records a failed attempt: the job goes back to pending after an exponential backoff computed
 * from its attempt count in SQL, or, when its attempts are spent, stays as dead with its error
 * (the dead letter). Returns the state it ended in, or null when this worker no longer held it.
 */
export async function failJob(
  db: Executor,
  workerId: string,
  id: number,
  error: string,
  options: FailOptions = {},
): Promise<'pending' | 'dead' | null> {
  const base = options.backoffBaseMs ?? 2_000;
  const cap = options.maxDelayMs ?? 3_600_000;
  const result = await sql<{ state: 'pending' | 'dead' }>`
    update jobs set
      state = case when attempts >= max_attempts then 'dead' else 'pending' end,
      run_at = case when attempts >= max_attempts then run_at else greatest(
        now() + make_interval(secs => least(${cap}::float8, ${base}::float8 * power(2, attempts - 1)) / 1000.0),
        coalesce(${options.retryAt ?? null}::timestamptz, now())) end,
      finished_at = case when attempts >= max_attempts then now() end,
      last_error = ${error.slice(0, 4000)}, locked_by = null, locked_until = null, updated_at = now()
    where id = ${id} and state = 'running' and locked_by = ${workerId}
    returning state`.execute(db);
  return result.rows[0]?.state ?? null;
}

/** Extends the lease of jobs this worker still holds (a heartbeat for long jobs); returns how many. */
export async function extendLeases(db: Executor, workerId: string, ids: readonly number[], leaseSeconds: number): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await sql`
    update jobs set locked_until = now() + make_interval(secs => ${leaseSeconds})
    where id = any(${ids as number[]}::bigint[]) and state = 'running' and locked_by = ${workerId}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Gives a job back without counting the attempt (the handler could not start its work, e.g. its
 * publisher's connections were all busy): pending again at `runAt`, its attempts as before the
 * claim. Returns true when this worker still held it.
 */
export async function deferJob(db: Executor, workerId: string, id: number, runAt: Date): Promise<boolean> {
  const result = await sql`
    update jobs set state = 'pending', attempts = greatest(attempts - 1, 0), run_at = ${runAt}::timestamptz,
      locked_by = null, locked_until = null, updated_at = now()
    where id = ${id} and state = 'running' and locked_by = ${workerId}`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}
