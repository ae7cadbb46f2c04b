import { errorMessage } from '../errors.ts';
import type { JobHandler } from '../queue/runner.ts';
import type { Runtime } from '../runtime.ts';
import { pollSource, recordPollDeath } from '../sources/poll-source.ts';
import { enqueueDuePolls, POLL_JOB } from '../sources/schedule-due.ts';
import { extractStory, markExtractionFailed, TransientPageError } from './extract-story.ts';
import { EXTRACT_JOB } from './store-items.ts';

/** Job handlers of ingestion: schedule due sources, poll one source, fetch and extract one story. */
export function ingestHandlers(rt: Runtime): Record<string, JobHandler> {
  const deps = { db: rt.db, fetcher: rt.fetcher, logger: rt.logger };
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
        if (job.attempts >= job.max_attempts) await recordPollDeath(deps, sourceId, errorMessage(err));
        throw err;
      }
    },
    [EXTRACT_JOB]: async (job) => {
      const storyId = Number(job.payload.story_id);
      const finalAttempt = job.attempts >= job.max_attempts;
      try {
        await extractStory(deps, storyId, { finalAttempt });
      } catch (err) {
        if (finalAttempt && !(err instanceof TransientPageError)) await markExtractionFailed(rt.db, storyId, `extract: ${errorMessage(err)}`);
        throw err;
      }
    },
  };
}
