import { enqueue } from '../src/queue/enqueue.ts';
import type { RecurringJob } from './types.ts';

/** Every minute: look for sources whose next poll is due and enqueue one poll job for each. */
export const pollSources: RecurringJob = {
  name: 'poll-sources',
  schedule: '30 * * * * *',
  async tick(db, key) {
    await enqueue(db, 'sources.schedule-due', {}, { key, maxAttempts: 3 });
  },
};
