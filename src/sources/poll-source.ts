import { sql } from 'kysely';
import type { Db } from '../db/client.ts';
import type { SourceRow } from '../db/schema.ts';
import { errorMessage } from '../errors.ts';
import type { CacheHints, Fetcher, FetchResult } from '../fetch/fetcher.ts';
import type { Logger } from '../log.ts';
import { HostBusyError } from '../fetch/host-limiter.ts';
import { parseFeed } from '../parse/parse-feed.ts';
import type { ParsedFeed } from '../parse/types.ts';
import { storeItems } from '../stories/store-items.ts';
import { itemsPerDay, MAX_CONSECUTIVE_FAILURES, nextPollAt } from './poll-schedule.ts';

export interface PollDeps {
  db: Db;
  fetcher: Fetcher;
  logger?: Logger | undefined;
  now?: () => Date;
  /** What a fetch does when its host's slots are all taken (see FetchRequest): the queue's handler throws to give its slot back. */
  hostBusy?: 'wait' | 'throw';
}

export type PollStatus = 'updated' | 'not-modified' | 'failed' | 'gone' | 'rate-limited' | 'skipped';

/** What one poll of one source came to (also a line of `pulse poll`'s summary). */
export interface PollOutcome {
  source_id: number;
  url: string;
  status: PollStatus;
  new_stories: number;
  updated_stories: number;
  also_reported: number;
  error: string | null;
}

/** Returns why a source may not be polled now even when forced (paused, or inside a Retry-After window), or null. */
export function pollBlocker(source: SourceRow, now: Date): string | null {
  if (source.paused) return `paused: ${source.pause_reason ?? 'by an editor'}`;
  if (source.retry_after_until && source.retry_after_until > now) return `the server asked to wait until ${source.retry_after_until.toISOString()} (Retry-After)`;
  return null;
}

/**
 * Polls one source (STYLE habit 6: load → request → classify → parse → store): a conditional GET
 * with the stored validators, then the feed's items stored as stories together with the source's
 * new state in ONE transaction. Every failure is recorded on the source with its cause; nothing
 * throws for an expected outcome.
 */
export async function pollSource(deps: PollDeps, sourceId: number): Promise<PollOutcome> {
  const now = (deps.now ?? (() => new Date()))();
  const source = await deps.db.kysely.selectFrom('sources').selectAll().where('id', '=', sourceId).executeTakeFirst();
  const base = { source_id: sourceId, url: source?.url ?? '', new_stories: 0, updated_stories: 0, also_reported: 0 };
  if (!source) return { ...base, status: 'skipped', error: 'source no longer exists' };
  const blocker = pollBlocker(source, now);
  if (blocker) return { ...base, status: 'skipped', error: blocker };

  let res: FetchResult;
  try {
    res = await deps.fetcher.fetch(source.url, { etag: source.etag, lastModified: source.last_modified, kind: 'feed', hostBusy: deps.hostBusy ?? 'wait' });
  } catch (err) {
    if (err instanceof HostBusyError) throw err;
    res = { kind: 'failed', url: source.url, reason: 'network', message: `fetch: ${errorMessage(err)}` };
  }

  const outcome = await settle(deps, source, res, now);
  deps.logger?.info({ source_id: source.id, status: outcome.status, new_stories: outcome.new_stories, error: outcome.error ?? undefined }, 'poll: source polled');
  return outcome;
}

async function settle(deps: PollDeps, source: SourceRow, res: FetchResult, now: Date): Promise<PollOutcome> {
  const base = { source_id: source.id, url: source.url, new_stories: 0, updated_stories: 0, also_reported: 0 };
  switch (res.kind) {
    case 'ok': {
      let feed: ParsedFeed;
      try {
        feed = await parseFeed(res.text, { feedUrl: res.url, contentType: res.contentType });
      } catch (err) {
        return recordFailure(deps, source, errorMessage(err), now, res.cache);
      }
      const stored = await deps.db.kysely.transaction().execute(async (trx) => {
        const r = await storeItems(trx, source.id, feed.items);
        const rate = itemsPerDay(feed.items.map((i) => i.publishedAt), now);
        await trx
          .updateTable('sources')
          .set({
            etag: res.etag,
            last_modified: res.lastModified,
            format: feed.format,
            site_url: source.site_url ?? feed.homePageUrl,
            feed_ttl_seconds: feed.ttlSeconds ?? feed.updatePeriodSeconds,
            items_per_day: rate,
            status: 'active',
            last_error: null,
            error_count: 0,
            last_polled_at: now,
            last_success_at: now,
            retry_after_until: null,
            next_poll_at: nextPollAt({ now, intervalSec: source.poll_interval_seconds, itemsPerDay: rate, ttlSec: feed.ttlSeconds ?? feed.updatePeriodSeconds, maxAgeSec: res.cache.maxAgeSec, expiresAt: res.cache.expiresAt }),
            updated_at: now,
          })
          .where('id', '=', source.id)
          .execute();
        return r;
      });
      if (res.permanentRedirect) await moveSource(deps, source, res.permanentRedirect);
      return { ...base, status: 'updated', new_stories: stored.created.length, updated_stories: stored.updated.length, also_reported: stored.alsoReported, error: null };
    }
    case 'not-modified': {
      await deps.db.kysely
        .updateTable('sources')
        .set({
          etag: res.etag ?? source.etag,
          last_modified: res.lastModified ?? source.last_modified,
          status: 'active',
          last_error: null,
          error_count: 0,
          last_polled_at: now,
          last_success_at: now,
          retry_after_until: null,
          next_poll_at: nextPollAt({ now, intervalSec: source.poll_interval_seconds, itemsPerDay: source.items_per_day, ttlSec: source.feed_ttl_seconds, maxAgeSec: res.cache.maxAgeSec, expiresAt: res.cache.expiresAt }),
          updated_at: now,
        })
        .where('id', '=', source.id)
        .execute();
      if (res.permanentRedirect) await moveSource(deps, source, res.permanentRedirect);
      return { ...base, status: 'not-modified', error: null };
    }
    case 'gone': {
      // 410: the publisher says the feed is gone for good; pause it (never silently drop it).
      await deps.db.kysely
        .updateTable('sources')
        .set({ paused: true, status: 'paused', pause_reason: `gone: ${res.message}`, last_error: res.message, error_count: sql`error_count + 1`, last_polled_at: now, updated_at: now })
        .where('id', '=', source.id)
        .execute();
      return { ...base, status: 'gone', error: res.message };
    }
    case 'rate-limited': {
      const waitSec = res.retryAfterSec ?? res.cache.retryAfterSec;
      const outcome = await recordFailure(deps, source, res.message, now, res.cache, waitSec);
      return { ...outcome, status: 'rate-limited' };
    }
    case 'http-error':
    case 'failed':
      return recordFailure(deps, source, res.message, now, 'cache' in res ? (res.cache as CacheHints) : null);
  }
}

/**
 * Records on the source a poll job that died with `message` (its handler threw on its last
 * attempt): the source shows as failing with the cause and its next poll backs off like any failed
 * poll, instead of staying due with a dead job (issue 13, fault 1). Returns false when the source is
 * gone or could not be updated (the scheduler then re-runs the poll at its next tick).
 */
export async function recordPollDeath(deps: PollDeps, sourceId: number, message: string): Promise<boolean> {
  const now = (deps.now ?? (() => new Date()))();
  try {
    const source = await deps.db.kysely.selectFrom('sources').selectAll().where('id', '=', sourceId).executeTakeFirst();
    if (!source || source.paused) return false;
    await recordFailure(deps, source, `poll: ${message}`, now, null);
    return true;
  } catch (err) {
    deps.logger?.error({ source_id: sourceId, err: errorMessage(err) }, 'poll: recording a dead poll failed');
    return false;
  }
}

/** Records a failed poll: error and count, exponential backoff, and a pause after too many in a row. */
async function recordFailure(deps: PollDeps, source: SourceRow, message: string, now: Date, cache: CacheHints | null, retryAfterSec: number | null = null): Promise<PollOutcome> {
  const errors = source.error_count + 1;
  const pause = errors >= MAX_CONSECUTIVE_FAILURES;
  const retryUntil = retryAfterSec && retryAfterSec > 0 ? new Date(now.getTime() + retryAfterSec * 1000) : null;
  await deps.db.kysely
    .updateTable('sources')
    .set({
      last_error: message,
      error_count: errors,
      status: pause ? 'paused' : 'failing',
      paused: pause,
      pause_reason: pause ? `${errors} failures in a row; last: ${message}` : null,
      last_polled_at: now,
      retry_after_until: retryUntil,
      next_poll_at: nextPollAt({ now, intervalSec: source.poll_interval_seconds, itemsPerDay: source.items_per_day, errorCount: errors, retryAfterSec, maxAgeSec: cache?.maxAgeSec ?? null }),
      updated_at: now,
    })
    .where('id', '=', source.id)
    .execute();
  deps.logger?.warn({ source_id: source.id, error_count: errors, paused: pause, err: message }, 'poll: source failed');
  return { source_id: source.id, url: source.url, status: 'failed', new_stories: 0, updated_stories: 0, also_reported: 0, error: message };
}

/** A permanent redirect updates the source's URL (unless another source already has that URL). */
async function moveSource(deps: PollDeps, source: SourceRow, newUrl: string): Promise<void> {
  if (newUrl === source.url) return;
  const moved = await deps.db.kysely
    .updateTable('sources')
    .set({ url: newUrl, updated_at: sql`now()` })
    .where('id', '=', source.id)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('sources as other').select('other.id').where('other.url', '=', newUrl))))
    .executeTakeFirst();
  deps.logger?.info({ source_id: source.id, from: source.url, to: newUrl, moved: Number(moved.numUpdatedRows) > 0 }, 'poll: permanent redirect');
}
