import { sql } from 'kysely';
import type { Db } from '../db/client.ts';
import { jsonb } from '../db/json.ts';
import { errorMessage } from '../errors.ts';
import { bodyHash, diffFigures } from '../extract/diff-figures.ts';
import { extractFacts } from '../extract/extract-facts.ts';
import type { FactSheet } from '../extract/types.ts';
import type { Fetcher, FetchResult } from '../fetch/fetcher.ts';
import { HostBusyError } from '../fetch/host-limiter.ts';
import type { Logger } from '../log.ts';
import { assignStoryToEvent } from '../events/assign-story.ts';
import { canonicalUrl } from './canonical-url.ts';
import { adoptCanonicalUrl } from './fold-story.ts';
import { syncEventStories } from '../desk/event-claims.ts';

export interface ExtractDeps {
  db: Db;
  fetcher: Fetcher;
  logger?: Logger | undefined;
  /** What the page fetch does when its host's slots are all taken (see FetchRequest). */
  hostBusy?: 'wait' | 'throw';
}

export type ExtractOutcome =
  | { kind: 'extracted'; storyId: number; bodySource: 'page' | 'feed'; pageError: string | null; changes: boolean }
  | { kind: 'folded'; storyId: number; into: number }
  | { kind: 'missing'; storyId: number };

/** A page failure worth another attempt later (the server may recover), as opposed to a final answer. */
function isTransient(res: FetchResult): boolean {
  if (res.kind === 'rate-limited') return true;
  if (res.kind === 'http-error') return res.status >= 500;
  if (res.kind === 'failed') return res.reason === 'timeout' || res.reason === 'network';
  return false;
}

/** Thrown to have the queue retry the extraction later with backoff. */
export class TransientPageError extends Error {}

/**
 * Fetches a story's page through the same fetcher and guards, extracts its fact sheet and moves
 * the story to `ready`. When the page cannot be fetched or yields no body, the feed's content
 * stands in (`body_source: "feed"`) and the page's error is kept on the story. A transient page
 * failure is retried by the queue unless `finalAttempt`. A story re-extracted after an upstream
 * change records what changed in its figures.
 */
export async function extractStory(deps: ExtractDeps, storyId: number, opts: { finalAttempt: boolean }): Promise<ExtractOutcome> {
  const story = await deps.db.kysely.selectFrom('stories').selectAll().where('id', '=', storyId).executeTakeFirst();
  if (!story) return { kind: 'missing', storyId };

  let res: FetchResult;
  try {
    res = await deps.fetcher.fetch(story.url, { kind: 'html', hostBusy: deps.hostBusy ?? 'wait' });
  } catch (err) {
    if (err instanceof HostBusyError) throw err;
    res = { kind: 'failed', url: story.url, reason: 'network', message: `fetch: ${errorMessage(err)}` };
  }
  if (res.kind !== 'ok' && isTransient(res) && !opts.finalAttempt) throw new TransientPageError(res.kind === 'not-modified' ? 'unexpected 304' : res.message);

  const pageError = res.kind === 'ok' ? null : res.kind === 'not-modified' ? `fetch: unexpected 304 from ${story.url}` : res.message;
  const feedContent = story.content_html ?? story.summary_html;
  // site_name falls back to the source's name before the host (issue 9).
  const source = await deps.db.kysely.selectFrom('sources').select('name').where('id', '=', story.source_id).executeTakeFirst();
  const extractOpts = { publishedAt: story.published_at, feedContentHtml: feedContent, sourceName: source?.name ?? null };
  const sheet: FactSheet = res.kind === 'ok' ? extractFacts(res.text, res.url, extractOpts) : extractFacts('', story.url, extractOpts);
  // SPEC: a story's published_at is the feed item's date; the sheet's falls back to it.
  const hash = bodyHash(sheet);
  const before = story.facts as unknown as FactSheet | null;
  const diff = before ? diffFigures(before.figures ?? [], sheet.figures) : null;
  const changed = !!diff && (diff.added.length > 0 || diff.removed.length > 0 || diff.changed.length > 0);
  const canonical = canonicalUrl(sheet.canonical_url);

  const outcome = await deps.db.kysely.transaction().execute(async (trx) => {
    await trx
      .updateTable('stories')
      .set({
        facts: jsonb(sheet),
        body_hash: hash,
        extracted_at: sql`now()`,
        page_url: res.kind === 'ok' ? res.url : null,
        page_fetched_at: res.kind === 'ok' ? sql`now()` : null,
        last_error: pageError,
        status: sql`case when status in ('new', 'fetched', 'failed') then 'ready' else status end`,
        updated_at: sql`now()`,
      })
      .where('id', '=', storyId)
      .execute();
    if (before && (changed || story.body_hash !== hash)) {
      await trx.insertInto('story_fact_changes').values({ story_id: storyId, changes: jsonb({ body_changed: story.body_hash !== hash, ...(diff ?? {}) }) }).execute();
    }
    // The page's canonical URL (rel=canonical, og:url) is a better cross-source key than the feed's
    // link: when another story already has it, this one folds into it as a report (not grouped).
    const fold = await adoptCanonicalUrl(trx, storyId, canonical);
    if (fold.kind === 'folded') return fold;
    // SPEC "Events": every extracted story belongs to exactly one event; a changed one may move.
    const grouped = await assignStoryToEvent(trx, storyId);
    // Its desk status follows its event's (claimed by a colleague, dismissed…): src/desk/event-claims.ts.
    if (grouped) await syncEventStories(trx, grouped.eventId, new Date());
    return { kind: 'grouped' as const, eventId: grouped?.eventId ?? null };
  });
  if (outcome.kind === 'folded') {
    deps.logger?.info({ story_id: storyId, into_story_id: outcome.into, canonical_url: canonical }, 'extract: story folded into the story with its canonical URL');
    return { kind: 'folded', storyId, into: outcome.into };
  }
  deps.logger?.info({ story_id: storyId, event_id: outcome.eventId ?? undefined, body_source: sheet.body_source, figures: sheet.figures.length, page_error: pageError ?? undefined, figures_changed: changed }, 'extract: story ready');
  return { kind: 'extracted', storyId, bodySource: sheet.body_source, pageError, changes: changed };
}

/** Records on the story that extraction failed for good (the job's attempts are spent). */
export async function markExtractionFailed(db: Db, storyId: number, message: string): Promise<void> {
  await db.kysely
    .updateTable('stories')
    .set({ status: sql`case when status in ('new', 'fetched') then 'failed' else status end`, last_error: message, error_count: sql`error_count + 1`, updated_at: sql`now()` })
    .where('id', '=', storyId)
    .execute();
}
