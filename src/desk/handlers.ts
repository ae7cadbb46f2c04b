import { publishDue } from './analyses.ts';
import type { JobHandler } from '../queue/runner.ts';
import type { Runtime } from '../runtime.ts';
import { returnExpiredClaims } from './story-queue.ts';

/** Job handlers of the desk (publishing scheduled analyses when they are due). */
export function deskHandlers(rt: Runtime): Record<string, JobHandler> {
  return {
    // Enqueued every minute by jobs/publish-due.ts. Safe with any number of workers: publishDue
    // takes each due row with FOR UPDATE SKIP LOCKED, one transaction per analysis.
    'analyses.publish-due': async () => {
      const deps = { db: rt.db, config: rt.config, now: () => new Date() };
      const published = await publishDue(deps, (msg, fields) => rt.logger.warn(fields, msg));
      // Expired claims already count as ready everywhere; this only tidies the rows.
      const returned = await returnExpiredClaims(rt.db.kysely, new Date());
      if (published.length > 0 || returned > 0) rt.logger.info({ published: published.length, analysis_ids: published, claims_expired: returned }, 'desk: scheduled analyses published');
    },
  };
}
