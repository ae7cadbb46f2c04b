import { sql } from 'kysely';
import { enqueue } from '../queue/enqueue.ts';
import { JOB_PRIORITY, type Executor } from '../queue/types.ts';

export const POLL_JOB = 'sources.poll';

/**
 * Enqueues one poll job per source that is due (not paused, past its next poll time and outside
 * any Retry-After window). The key carries the due time, so many schedulers enqueue each due poll
 * once. Returns how many jobs were added or revived.
 *
 * A poll that ends dead or done without moving `next_poll_at` (its handler threw until its attempts
 * were spent, or the workers holding it were killed and the sweep buried it) leaves the source due
 * at the same time, hence the same key: that job is run again (`rerunFinished`), so no source stops
 * being polled for good (issue 13, fault 1: `ON CONFLICT DO NOTHING` kept the dead job and the
 * source went unpolled until the prune 14 days later). A pending or running poll is left alone. The
 * handler also records a dead poll on the source with the usual backoff (src/stories/handlers.ts),
 * so a poll that keeps dying is retried at the backoff's pace, not at every tick.
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
    const r = await enqueue(db, POLL_JOB, { source_id: s.id }, {
      key: `poll:${s.id}:${s.next_poll_at.getTime()}`,
      maxAttempts: 2,
      priority: JOB_PRIORITY.poll,
      rerunFinished: true,
    });
    if (r.created) added++;
  }
  return added;
}
