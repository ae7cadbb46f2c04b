import { sql } from 'kysely';
import { mapWithConcurrency } from '../concurrency.ts';
import type { Runtime } from '../runtime.ts';
import { createRunner } from '../queue/runner.ts';
import { ingestHandlers } from '../stories/handlers.ts';
import { EXTRACT_JOB } from '../stories/store-items.ts';
import { pollBlocker, pollSource, type PollOutcome } from './poll-source.ts';

export interface PollProgress {
  sources_total: number;
  sources_done: number;
  new_stories: number;
  errors: number;
  stories_total: number;
  stories_done: number;
  phase: 'polling' | 'extracting' | 'done';
}

export interface PollSummary {
  sources: number;
  polled: number;
  updated: number;
  not_modified: number;
  skipped: { source_id: number; url: string; reason: string }[];
  failed: { source_id: number; url: string; error: string }[];
  new_stories: number;
  updated_stories: number;
  also_reported: number;
  extracted: number;
  extract_fallbacks: number;
  extract_failed: { story_id: number; error: string }[];
  seconds: number;
}

/**
 * `pulse poll`: polls every active source now (or one), ignoring intervals, backoff and feed
 * hints but never a paused source or one inside a Retry-After window; then fetches and extracts
 * every story that needs it through the queue's own handlers, and returns the summary when all
 * of that work is finished.
 */
export async function pollNow(rt: Runtime, opts: { sourceId?: number | null; concurrency?: number; onProgress?: (p: PollProgress) => void }): Promise<PollSummary> {
  const started = Date.now();
  const now = new Date();
  let q = rt.db.kysely.selectFrom('sources').selectAll().orderBy('id');
  if (opts.sourceId != null) q = q.where('id', '=', opts.sourceId);
  const sources = await q.execute();
  const progress: PollProgress = { sources_total: sources.length, sources_done: 0, new_stories: 0, errors: 0, stories_total: 0, stories_done: 0, phase: 'polling' };
  const summary: PollSummary = { sources: sources.length, polled: 0, updated: 0, not_modified: 0, skipped: [], failed: [], new_stories: 0, updated_stories: 0, also_reported: 0, extracted: 0, extract_fallbacks: 0, extract_failed: [], seconds: 0 };
  opts.onProgress?.(progress);

  const outcomes = await mapWithConcurrency(sources, opts.concurrency ?? 8, async (source): Promise<PollOutcome> => {
    const blocker = pollBlocker(source, now);
    const outcome: PollOutcome = blocker
      ? { source_id: source.id, url: source.url, status: 'skipped', new_stories: 0, updated_stories: 0, also_reported: 0, error: blocker }
      : await pollSource({ db: rt.db, fetcher: rt.fetcher, logger: rt.logger }, source.id);
    progress.sources_done++;
    progress.new_stories += outcome.new_stories;
    if (outcome.error && outcome.status !== 'skipped') progress.errors++;
    opts.onProgress?.(progress);
    return outcome;
  });
  for (const o of outcomes) {
    if (o.status === 'skipped') {
      summary.skipped.push({ source_id: o.source_id, url: o.url, reason: o.error ?? '' });
      continue;
    }
    summary.polled++;
    if (o.status === 'updated') summary.updated++;
    else if (o.status === 'not-modified') summary.not_modified++;
    else summary.failed.push({ source_id: o.source_id, url: o.url, error: o.error ?? o.status });
    summary.new_stories += o.new_stories;
    summary.updated_stories += o.updated_stories;
    summary.also_reported += o.also_reported;
  }

  // Extraction: every story of these sources whose extraction job is waiting, run by the same
  // handlers a worker uses, with a short backoff so that transient page errors are retried and the
  // last attempt falls back to the feed's content.
  const sourceIds = sources.map((s) => s.id);
  const pendingStories = async () =>
    sourceIds.length === 0
      ? []
      : (
          await sql<{ story_id: number }>`
            select (payload->>'story_id')::bigint as story_id from jobs
            where kind = ${EXTRACT_JOB} and state in ('pending', 'running')
              and (payload->>'story_id')::bigint in (select id from stories where source_id = any(${sourceIds}::bigint[]))`.execute(rt.db.kysely)
        ).rows.map((r) => r.story_id);
  const waiting = await pendingStories();
  progress.phase = 'extracting';
  progress.stories_total = waiting.length;
  opts.onProgress?.(progress);
  if (waiting.length > 0) {
    await sql`update jobs set run_at = now() where kind = ${EXTRACT_JOB} and state = 'pending' and (payload->>'story_id')::bigint = any(${waiting}::bigint[])`.execute(rt.db.kysely);
    const handlers = ingestHandlers(rt, { hostBusy: 'wait' });
    const runner = createRunner({ db: rt.db, handlers: { [EXTRACT_JOB]: handlers[EXTRACT_JOB]! }, concurrency: rt.config.workers, pollIntervalMs: 100, backoffBaseMs: 300, logger: rt.logger });
    await runner.start();
    try {
      for (;;) {
        const left = await pendingStories();
        progress.stories_done = Math.max(0, waiting.length - left.filter((id) => waiting.includes(id)).length);
        opts.onProgress?.(progress);
        if (!left.some((id) => waiting.includes(id))) break;
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      await runner.stop();
    }
    const results = await rt.db.kysely.selectFrom('stories').select(['id', 'status', 'last_error', 'facts']).where('id', 'in', waiting).execute();
    for (const r of results) {
      if (r.status === 'failed') summary.extract_failed.push({ story_id: r.id, error: r.last_error ?? 'failed' });
      else if (r.facts) {
        summary.extracted++;
        if ((r.facts as { body_source?: string }).body_source === 'feed') summary.extract_fallbacks++;
      }
    }
  }
  progress.phase = 'done';
  opts.onProgress?.(progress);
  summary.seconds = Math.round((Date.now() - started) / 100) / 10;
  return summary;
}
