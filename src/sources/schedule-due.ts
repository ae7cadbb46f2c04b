import { sql } from 'kysely';
import { enqueue } from '../queue/enqueue.ts';
import type { Executor } from '../queue/types.ts';

export const POLL_JOB = 'sources.poll';

/**
 * Enqueues one poll job per source that is due (not paused, past its next poll time and outside
 * any Retry-After window). The key carries the due time, so many schedulers enqueue each due poll
 * once. Returns how many jobs were added.
 */
export async function enqueueDuePolls(db: Executor, limit = 500): Promise<number> {
  const due = await db
    .selectFrom('sources')
    .select(['id', 'next_poll_at'])
    .where('paused', '=', false)
    .where('next_poll_at', '<=', sql<Date>`now()`)
    .where((eb) => eb.or([eb('retry_after_until', 'is', null), eb('retry_after_until', '<=', sql<Date>`now()`)]))
    .orderBy('next_poll_at')
    .limit(limit)
    .execute();
  let added = 0;
  for (const s of due) {
    const r = await enqueue(db, POLL_JOB, { source_id: s.id }, { key: `poll:${s.id}:${s.next_poll_at.getTime()}`, maxAttempts: 2 });
    if (r.created) added++;
  }
  return added;
}
