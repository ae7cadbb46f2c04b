import { JOB_STATES, type JobState } from '../db/schema.ts';
import { PulseError } from '../errors.ts';
import type { Executor } from './types.ts';

/** A job as `pulse jobs` shows it. */
export interface JobView {
  id: number;
  kind: string;
  state: JobState;
  key: string | null;
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_by: string | null;
  last_error: string | null;
  payload: Record<string, unknown>;
  updated_at: string;
}

/** Returns the state or throws bad_request naming the valid ones. */
export function parseJobState(text: string): JobState {
  if ((JOB_STATES as readonly string[]).includes(text)) return text as JobState;
  throw new PulseError('bad_request', `unknown job state ${JSON.stringify(text)} (one of ${JOB_STATES.join(', ')})`);
}

/** Returns the most recently changed jobs (of one state, one kind), newest first, and the counts by kind and state. */
export async function listJobs(
  db: Executor,
  opts: { state?: JobState | null; kind?: string | null; limit?: number },
): Promise<{ counts: { kind: string; state: JobState; n: number }[]; jobs: JobView[] }> {
  let q = db.selectFrom('jobs').selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(opts.limit ?? 50);
  if (opts.state) q = q.where('state', '=', opts.state);
  if (opts.kind) q = q.where('kind', '=', opts.kind);
  const rows = await q.execute();
  const counts = await db
    .selectFrom('jobs')
    .select(['kind', 'state', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['kind', 'state'])
    .orderBy('kind')
    .orderBy('state')
    .execute();
  return {
    counts: counts.map((c) => ({ kind: c.kind, state: c.state, n: Number(c.n) })),
    jobs: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      state: r.state,
      key: r.key,
      attempts: r.attempts,
      max_attempts: r.max_attempts,
      run_at: r.run_at.toISOString(),
      locked_by: r.locked_by,
      last_error: r.last_error,
      payload: r.payload,
      updated_at: r.updated_at.toISOString(),
    })),
  };
}
