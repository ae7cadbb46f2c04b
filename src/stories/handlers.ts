import { errorMessage } from '../errors.ts';
import { HostBusyError } from '../fetch/host-limiter.ts';
import { RetryLater, type JobHandler } from '../queue/runner.ts';
import type { Runtime } from '../runtime.ts';
import { pollSource, recordPollDeath } from '../sources/poll-source.ts';
import { enqueueDuePolls, POLL_JOB } from '../sources/schedule-due.ts';
import { EXTRACT_JOB } from './store-items.ts';

/**
 * How long a job whose host is busy waits before it is claimed again: short, so it runs soon after
 * a slot frees; jittered, so the jobs of one busy host do not come back all at once.
 */
export const HOST_BUSY_RETRY_MS = 2_000;

function hostBusyRetry(err: HostBusyError): RetryLater {
  return new RetryLater(err.message, new Date(Date.now() + HOST_BUSY_RETRY_MS + Math.floor(Math.random() * HOST_BUSY_RETRY_MS)));
}

/**
 * Job handlers of ingestion: schedule due sources, poll one source, fetch and extract one story.
 * By default a job whose publisher's per-host slots are all taken gives its worker slot back and
 * runs again shortly, instead of waiting inside the slot (issue 13, fault 6: 30 hung feeds of one
 * host held every slot for 20 s); `pulse poll`, which runs only its own extractions, waits.
 */
export function ingestHandlers(rt: Runtime, opts: { hostBusy?: 'wait' | 'throw' } = {}): Record<string, JobHandler> {
  const deps = { db: rt.db, fetcher: rt.fetcher, logger: rt.logger, hostBusy: opts.hostBusy ?? 'throw' };
  return {
    'sources.schedule-due': async () => {
      const added = await enqueueDuePolls(rt.db.kysely);
      if (added > 0) rt.logger.info({ polls_enqueued: added }, 'schedule: due sources enqueued');
    },
    [POLL_JOB]: async (job) => {
      const sourceId = Number(job.payload.source_id);
      try {
        await pollSource(deps, sourceId);
      } catch (err) {
        if (err instanceof HostBusyError) throw hostBusyRetry(err);
        if (job.attempts >= job.max_attempts) await recordPollDeath(deps, sourceId, errorMessage(err));
        throw err;
      }
    },
    [EXTRACT_JOB]: async (job) => {
      const storyId = Number(job.payload.story_id);
      const finalAttempt = job.attempts >= job.max_attempts;
      // Loaded at the first extraction, not at start: cheerio and the extractors are the largest
      // part of what `pulse start` would load before it answers (issue 13).
      const { extractStory, markExtractionFailed, TransientPageError } = await import('./extract-story.ts');
      try {
        await extractStory(deps, storyId, { finalAttempt });
      } catch (err) {
        if (err instanceof HostBusyError) throw hostBusyRetry(err);
        if (finalAttempt && !(err instanceof TransientPageError)) await markExtractionFailed(rt.db, storyId, `extract: ${errorMessage(err)}`);
        throw err;
      }
    },
  };
}
