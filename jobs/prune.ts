import { enqueue } from '../src/queue/enqueue.ts';
import type { RecurringJob } from './types.ts';

/** Daily at 03:17 UTC: delete finished jobs and expired desk sessions older than the retention window. */
export const prune: RecurringJob = {
  name: 'prune',
  schedule: '0 17 3 * * *',
  async tick(db, key) {
    await enqueue(db, 'maintenance.prune', { retention_days: 14 }, { key, maxAttempts: 3 });
  },
};
