import { sql, type RawBuilder } from 'kysely';
import type { Executor } from './types.ts';

/**
 * Frees running jobs matching `where` (a condition on the `jobs` row): back to pending for another
 * worker, or dead with an explaining error when that was the last attempt. `why` ends the error
 * kept on the job. Returns how many were freed. Every way a held job is taken back goes through it.
 */
export async function freeRunningJobs(db: Executor, where: RawBuilder<boolean>, why: string): Promise<number> {
  const result = await sql`
    update jobs set
      state = case when attempts >= max_attempts then 'dead' else 'pending' end,
      finished_at = case when attempts >= max_attempts then now() end,
      last_error = ${'worker '}::text || coalesce(locked_by, '?') || ${` ${why} during attempt `}::text || attempts,
      locked_by = null, locked_until = null, updated_at = now()
    where state = 'running' and (${where})`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Frees jobs whose lease expired (their worker died or hung): back to pending for another worker,
 * or dead with an explaining error when that was the last attempt. Returns how many were freed.
 */
export async function sweepExpiredLeases(db: Executor): Promise<number> {
  return freeRunningJobs(db, sql<boolean>`locked_until < now()`, 'stopped without settling the job (lease expired)');
}

/** Deletes finished jobs older than `olderThanDays`; returns how many. */
export async function pruneFinishedJobs(db: Executor, olderThanDays: number): Promise<number> {
  const result = await sql`
    delete from jobs where state in ('done', 'dead') and finished_at < now() - make_interval(days => ${olderThanDays})`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
