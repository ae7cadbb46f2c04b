import { sql } from 'kysely';
import type { Executor } from './types.ts';

/**
 * Frees jobs whose lease expired (their worker died or hung): back to pending for another worker,
 * or dead with an explaining error when that was the last attempt. Returns how many were freed.
 */
export async function sweepExpiredLeases(db: Executor): Promise<number> {
  const result = await sql`
    update jobs set
      state = case when attempts >= max_attempts then 'dead' else 'pending' end,
      finished_at = case when attempts >= max_attempts then now() end,
      last_error = 'lease expired during attempt ' || attempts || ' (worker ' || coalesce(locked_by, '?') || ' stopped without settling the job)',
      locked_by = null, locked_until = null, updated_at = now()
    where state = 'running' and locked_until < now()`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Deletes finished jobs older than `olderThanDays`; returns how many. */
export async function pruneFinishedJobs(db: Executor, olderThanDays: number): Promise<number> {
  const result = await sql`
    delete from jobs where state in ('done', 'dead') and finished_at < now() - make_interval(days => ${olderThanDays})`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
