import { enqueue } from '../src/queue/enqueue.ts';
import { JOB_PRIORITY } from '../src/queue/types.ts';
import type { RecurringJob } from './types.ts';

/** Every minute: publish the analyses whose scheduled time has come (SPEC "Job": publish what is due). */
export const publishDue: RecurringJob = {
  name: 'publish-due',
  schedule: '0 * * * * *',
  async tick(db, key) {
    await enqueue(db, 'analyses.publish-due', {}, { key, maxAttempts: 3, priority: JOB_PRIORITY.tick });
  },
};
