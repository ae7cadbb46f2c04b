import { sql } from 'kysely';
import { enqueue } from '../queue/enqueue.ts';
import type { Executor } from '../queue/types.ts';

/**
 * NOTIFY channel of every feed_state bump (payload: JSON {generation, changed_at}). PostgreSQL
 * delivers it at commit, and never for a rolled-back transaction; src/publish/feed-cache.ts
 * listens on it where that makes invalidation exact (PGlite, see createFeedStateSource).
 */
export const FEEDS_CHANNEL = 'pulse_feeds';

/** The job kind that tells the WebSub hub the feeds changed (src/publish/websub.ts). */
export const WEBSUB_PING_JOB = 'websub.ping';

/** A hub that is down for a while is retried with the queue's exponential backoff, then kept as dead. */
const WEBSUB_PING_MAX_ATTEMPTS = 8;

export interface FeedsChangedOptions {
  reason: 'publish' | 'update' | 'retract';
  analysisId: number;
  /** The configured WebSub hub (config.websubHub); null sends no ping. */
  hubUrl: string | null;
  /**
   * Tags the analysis carried before this change (an update that removed a tag changed that tag's
   * feed too). Its current tags are read inside the transaction.
   */
  previousTags?: readonly string[];
}

/** Payload of a 'websub.ping' job. */
export interface WebSubPingPayload {
  hub_url: string;
  generation: number;
  reason: FeedsChangedOptions['reason'];
  analysis_id: number;
  /** Tags whose feeds changed besides the site feeds. */
  tags: string[];
}

/**
 * Marks every published feed as changed, inside the caller's transaction. Returns the new generation.
 *
 * The desk MUST call this in the same transaction as every publish, every PATCH of a published
 * analysis and every retraction (SPEC "a publish, update or retraction changes the feeds at once
 * (no stale cache) and pings the configured WebSub hub"). It bumps feed_state.generation, which
 * every process reads before serving a cached feed or page (src/publish/feed-cache.ts), so the
 * change is visible everywhere the moment the transaction commits — and not before, nor if it
 * rolls back. feed_state must be bumped through here only: the NOTIFY it sends is how an embedded
 * (PGlite) process learns of the change without a query per request. When a hub is configured it
 * enqueues one 'websub.ping' job in the same transaction (key `websub.ping:<generation>`, so it is
 * added once per change).
 */
export async function feedsChanged(trx: Executor, opts: FeedsChangedOptions): Promise<number> {
  // The single feed_state row also serialises concurrent publishers: generations never repeat.
  // greatest(…, clock_timestamp()) keeps changed_at monotonic even for a long transaction.
  const bumped = await sql<{ generation: number }>`
    with bumped as (
      update feed_state set generation = generation + 1, changed_at = greatest(changed_at, clock_timestamp())
      where id returning generation, changed_at
    )
    select generation, pg_notify(${FEEDS_CHANNEL}, json_build_object('generation', generation, 'changed_at', changed_at)::text) as notified
    from bumped`.execute(trx);
  const generation = Number(bumped.rows[0]?.generation);
  if (!Number.isSafeInteger(generation)) throw new Error('publish: feed_state row is missing (migration 001 inserts it)');
  if (opts.hubUrl !== null) {
    const row = await trx.selectFrom('analyses').select('tags').where('id', '=', opts.analysisId).executeTakeFirst();
    const current = Array.isArray(row?.tags) ? row.tags.filter((t): t is string => typeof t === 'string') : [];
    const tags = [...new Set([...current, ...(opts.previousTags ?? [])])].sort();
    const payload: WebSubPingPayload = { hub_url: opts.hubUrl, generation, reason: opts.reason, analysis_id: opts.analysisId, tags };
    await enqueue(trx, WEBSUB_PING_JOB, { ...payload }, { key: `${WEBSUB_PING_JOB}:${generation}`, maxAttempts: WEBSUB_PING_MAX_ATTEMPTS });
  }
  return generation;
}
