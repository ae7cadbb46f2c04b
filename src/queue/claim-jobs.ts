import { sql } from 'kysely';
import type { ClaimedJob, Executor } from './types.ts';

export interface ClaimOptions {
  workerId: string;
  /** How many jobs at most (0 only settles `completeIds`). */
  limit: number;
  /** Lease length: another worker may take the job over once it has passed (see sweep). */
  leaseSeconds: number;
  /** Only these kinds (the ones the runner has handlers for). */
  kinds: readonly string[];
  /**
   * Jobs this worker finished since its last claim: marked done in the same statement, which
   * saves a round trip and a commit per cycle (bench/queue.ts: ~2× jobs/s with one job per claim).
   */
  completeIds?: readonly number[];
}

/**
 * Claims up to `limit` runnable jobs in ONE statement: a CTE picks them with FOR UPDATE SKIP LOCKED
 * (concurrent claimers skip each other's rows instead of waiting), the UPDATE marks them running
 * under a lease and counts the attempt; jobs in `completeIds` still held by this worker are marked
 * done by the same statement. Returns the claimed jobs.
 */
export async function claimJobs(db: Executor, options: ClaimOptions): Promise<ClaimedJob[]> {
  const complete = options.completeIds ?? [];
  const limit = options.kinds.length === 0 ? 0 : Math.max(0, options.limit);
  if (limit === 0 && complete.length === 0) return [];
  // A data-modifying CTE runs exactly once whether or not it is referenced; it cannot touch the
  // rows `next` picks (those are pending, these are running), so the two never conflict.
  const settle =
    complete.length > 0
      ? sql`completed as (
          update jobs set state = 'done', finished_at = now(), updated_at = now(), locked_by = null, locked_until = null, last_error = null
          where id = any(${complete as number[]}::bigint[]) and state = 'running' and locked_by = ${options.workerId}
          returning id
        ),`
      : sql``;
  const result = await sql<ClaimedJob>`
    with ${settle} next as (
      select id from jobs
      where state = 'pending' and run_at <= now() and kind = any(${options.kinds as string[]}::text[])
      order by priority desc, run_at, id
      limit ${limit}
      for update skip locked
    )
    update jobs set state = 'running', attempts = jobs.attempts + 1, locked_by = ${options.workerId},
      locked_until = now() + make_interval(secs => ${options.leaseSeconds}), updated_at = now()
    from next where jobs.id = next.id
    returning jobs.id, jobs.kind, jobs.payload, jobs.key, jobs.attempts, jobs.max_attempts, jobs.locked_until`.execute(db);
  return result.rows;
}
