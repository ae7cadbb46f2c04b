import { sql } from 'kysely';
import { deskHandlers } from './desk/handlers.ts';
import { pruneLoginAttempts } from './desk/login-limiter.ts';
import { publishHandlers } from './publish/handlers.ts';
import type { JobHandler } from './queue/runner.ts';
import { ingestHandlers } from './stories/handlers.ts';
import { pruneFinishedJobs } from './queue/sweep-leases.ts';
import type { Runtime } from './runtime.ts';

/** Every job kind a Pulse worker runs, wired to its service (the composition root of the workers). */
export function buildHandlers(rt: Runtime): Record<string, JobHandler> {
  return {
    ...ingestHandlers(rt),
    ...deskHandlers(rt),
    ...publishHandlers(rt),
    'maintenance.prune': async (job) => {
      const days = Number(job.payload.retention_days ?? 14);
      const jobs = await pruneFinishedJobs(rt.db.kysely, days);
      const sessions = await sql`delete from editor_sessions where expires_at < now()`.execute(rt.db.kysely);
      await pruneLoginAttempts(rt.db.kysely, new Date());
      rt.logger.info({ jobs_deleted: jobs, sessions_deleted: Number(sessions.numAffectedRows ?? 0) }, 'maintenance: pruned');
    },
    'maintenance.vacuum': async () => {
      // VACUUM cannot run inside a transaction block: each table is its own statement.
      for (const table of ['jobs', 'sources', 'stories', 'feed_cache']) await sql.raw(`vacuum (analyze) ${table}`).execute(rt.db.kysely);
    },
  };
}
