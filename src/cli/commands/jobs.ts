import { listJobs, parseJobState } from '../../queue/list-jobs.ts';
import { openRuntime } from '../../runtime.ts';
import { UsageError, writeJson, type Command } from '../command.ts';
import { formatTable } from '../format.ts';

export const jobsCommand: Command = {
  name: 'jobs',
  usage: '[--state pending|running|done|dead] [--kind K] [--limit N] [--json]',
  summary: 'show background jobs: counts by kind and state, and the latest with their errors',
  options: { state: { type: 'string' }, kind: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
  async run({ config, values, stdout }) {
    const state = values.state === undefined ? null : parseJobState(String(values.state));
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new UsageError(`--limit must be a whole number from 1 to 10000 (got ${JSON.stringify(values.limit)})`);
    const rt = await openRuntime(config, 'jobs');
    try {
      const r = await listJobs(rt.db.kysely, { state, kind: (values.kind as string | undefined) ?? null, limit });
      if (values.json) {
        writeJson(stdout, r);
        return 0;
      }
      if (r.counts.length === 0) {
        stdout.write('No jobs.\n');
        return 0;
      }
      stdout.write(formatTable(['kind', 'state', 'jobs'], r.counts.map((c) => [c.kind, c.state, String(c.n)])));
      stdout.write('\n');
      stdout.write(
        formatTable(
          ['id', 'kind', 'state', 'attempts', 'updated', 'last error'],
          r.jobs.map((j) => [String(j.id), j.kind, j.state, `${j.attempts}/${j.max_attempts}`, j.updated_at.slice(0, 19).replace('T', ' '), j.last_error ?? '']),
          80,
        ),
      );
      return 0;
    } finally {
      await rt.close();
    }
  },
};
