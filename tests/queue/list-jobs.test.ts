import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimJobs } from '../../src/queue/claim-jobs.ts';
import { enqueue } from '../../src/queue/enqueue.ts';
import { listJobs, parseJobState } from '../../src/queue/list-jobs.ts';
import { failJob } from '../../src/queue/settle-jobs.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';

describe(`listing jobs for operators (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.cleanup());

  it('shows dead jobs with their error, and counts by kind and state', async () => {
    await enqueue(t.db.kysely, 'ok.kind', {});
    const { id } = await enqueue(t.db.kysely, 'doomed', { story_id: 9 }, { maxAttempts: 1 });
    await claimJobs(t.db.kysely, { workerId: 'w', limit: 1, leaseSeconds: 60, kinds: ['doomed'] });
    await failJob(t.db.kysely, 'w', id!, 'fetch: 500 from https://example.test/');
    const dead = await listJobs(t.db.kysely, { state: 'dead' });
    expect(dead.jobs).toEqual([expect.objectContaining({ id, kind: 'doomed', state: 'dead', attempts: 1, last_error: 'fetch: 500 from https://example.test/', payload: { story_id: 9 } })]);
    expect(dead.counts).toEqual([
      { kind: 'doomed', state: 'dead', n: 1 },
      { kind: 'ok.kind', state: 'pending', n: 1 },
    ]);
    expect(() => parseJobState('lost')).toThrow(/unknown job state "lost"/);
  });
});
