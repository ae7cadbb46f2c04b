import { enqueue } from '../src/queue/enqueue.ts';
import { JOB_PRIORITY } from '../src/queue/types.ts';
import { POLL_TICK_SECOND } from '../src/sources/poll-schedule.ts';
import type { RecurringJob } from './types.ts';

/** Every minute: look for sources whose next poll is due and enqueue one poll job for each. */
export const pollSources: RecurringJob = {
  name: 'poll-sources',
  // Next polls are rounded to this tick (src/sources/poll-schedule.ts), so both must agree.
  schedule: `${POLL_TICK_SECOND} * * * * *`,
  async tick(db, key) {
    await enqueue(db, 'sources.schedule-due', {}, { key, maxAttempts: 3, priority: JOB_PRIORITY.tick });
  },
};
