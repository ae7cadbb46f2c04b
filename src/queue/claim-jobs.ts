import { sql } from 'kysely';
import type { ClaimedJob, Executor } from './types.ts';

export interface ClaimOptions {
  workerId: string;
  /** How many jobs at most. */
  limit: number;
  /** Lease length: another worker may take the job over once it has passed (see sweep). */
  leaseSeconds: number;
  /** Only these kinds (the ones the runner has handlers for). */
  kinds: readonly string[];
}

/**
 * Claims up to `limit` runnable jobs in ONE statement: a CTE picks them with FOR UPDATE SKIP LOCKED
 * (concurrent claimers skip each other's rows instead of waiting), the UPDATE marks them running
 * under a lease and counts the attempt. Returns the claimed jobs.
 */
export async function claimJobs(db: Executor, options: ClaimOptions): Promise<ClaimedJob[]> {
  if (options.limit <= 0 || options.kinds.length === 0) return [];
  const result = await sql<ClaimedJob>`
    with next as (
      select id from jobs
      where state = 'pending' and run_at <= now() and kind = any(${options.kinds as string[]}::text[])
      order by priority desc, run_at, id
      limit ${options.limit}
      for update skip locked
    )
    update jobs set state = 'running', attempts = jobs.attempts + 1, locked_by = ${options.workerId},
      locked_until = now() + make_interval(secs => ${options.leaseSeconds}), updated_at = now()
    from next where jobs.id = next.id
    returning jobs.id, jobs.kind, jobs.payload, jobs.key, jobs.attempts, jobs.max_attempts, jobs.locked_until`.execute(db);
  return result.rows;
}
