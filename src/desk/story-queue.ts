import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database, StoryStatus } from '../db/schema.ts';
import { PulseError } from '../errors.ts';
import type { Executor } from '../queue/types.ts';
import { decodeKeyset, encodeKeyset } from '../db/keyset-cursor.ts';
import type { Editor } from './editors.ts';
import { nearDuplicates } from './near-duplicates.ts';

/**
 * The desk queue (SPEC "Desk queue: stories in `ready`, claimable with a lease that expires").
 * A claim whose lease has expired counts as `ready` everywhere — listing, claiming, dismissing —
 * so no sweep is needed for correctness (returnExpiredClaims() only tidies the rows).
 */

/** How long a claim holds a story before it returns to the queue. */
export const CLAIM_LEASE_MS = 30 * 60 * 1000;

/** How far apart in time two stories may be and still be shown as near duplicates. */
const NEAR_DUPLICATE_WINDOW_MS = 3 * 24 * 60 * 60 * 1000;

export interface ClaimView {
  editor_id: number;
  editor_name: string;
  claimed_at: string;
  expires_at: string;
}

/** A story as the queue lists it. */
export interface QueueItem {
  id: number;
  title: string;
  url: string;
  /** The status as editors see it: an expired claim is `ready`. */
  status: StoryStatus;
  source: { id: number; name: string };
  published_at: string | null;
  created_at: string;
  fact_counts: { figures: number; dates: number; quotes: number };
  /** The live claim, or null. */
  claim: ClaimView | null;
  /** Other sources that reported this very story (story_reports). */
  also_reported_by: { source_id: number; name: string; url: string }[];
  /** Recent stories whose headline is nearly the same (titleOverlap ≥ 0.8). */
  near_duplicates: { id: number; title: string; source_name: string }[];
}

/** A story with its fact sheet (`GET /api/stories/:id`). */
export interface StoryDetail extends QueueItem {
  /** The event it belongs to (SPEC "Events"), null until it is grouped. */
  event_id: number | null;
  summary_html: string | null;
  facts: Record<string, unknown> | null;
  dismissed_reason: string | null;
  last_error: string | null;
}

export type QueueStatusFilter = StoryStatus | 'all';

export interface QueueQuery {
  /** Default `ready` (including expired claims); `claimed` lists live claims only. */
  status?: QueueStatusFilter | undefined;
  source?: number | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
  /** Only stories not grouped into an event yet (the desk lists the others under their events). */
  ungrouped?: boolean | undefined;
}

type Eb = ExpressionBuilder<Database & { s: Database['stories'] }, 's'>;

function statusCondition(eb: Eb, status: QueueStatusFilter, now: Date): Expression<SqlBool> {
  if (status === 'all') return sql<SqlBool>`true`;
  if (status === 'ready') return eb.or([eb('s.status', '=', 'ready'), eb.and([eb('s.status', '=', 'claimed'), eb('s.claim_expires_at', '<=', now)])]);
  if (status === 'claimed') return eb.and([eb('s.status', '=', 'claimed'), eb('s.claim_expires_at', '>', now)]);
  return eb('s.status', '=', status);
}

/** Escapes `%`, `_` and `\` so a search for "50%" matches the text "50%", not anything. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function factCount(key: 'figures' | 'dates' | 'quotes') {
  return sql<number>`(case when jsonb_typeof(s.facts -> ${key}) = 'array' then jsonb_array_length(s.facts -> ${key}) else 0 end)`;
}

function storyRows(db: Executor) {
  return db
    .selectFrom('stories as s')
    .innerJoin('sources as src', 'src.id', 's.source_id')
    .leftJoin('editors as e', 'e.id', 's.claimed_by')
    .select([
      's.id', 's.title', 's.url', 's.status', 's.source_id', 'src.name as source_name', 's.published_at', 's.created_at',
      's.claimed_by', 's.claimed_at', 's.claim_expires_at', 'e.name as claimed_by_name',
      factCount('figures').as('figures'),
      factCount('dates').as('dates'),
      factCount('quotes').as('quotes'),
      sql<string>`to_char(coalesce(s.published_at, s.created_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('sort_at'),
    ]);
}

type StoryRowWithJoins = Awaited<ReturnType<ReturnType<typeof storyRows>['executeTakeFirstOrThrow']>>;

/** Returns one page of the queue, newest first, keyset-paged by (published or ingested time, id). */
export async function listQueue(db: Executor, query: QueueQuery, now: Date): Promise<{ items: QueueItem[]; next_cursor: string | null }> {
  const limit = query.limit ?? 50;
  let q = storyRows(db).where((eb) => statusCondition(eb as unknown as Eb, query.status ?? 'ready', now));
  if (query.source !== undefined) {
    const source = query.source;
    q = q.where((eb) => eb.or([eb('s.source_id', '=', source), eb.exists(eb.selectFrom('story_reports as r').select('r.story_id').whereRef('r.story_id', '=', 's.id').where('r.source_id', '=', source))]));
  }
  if (query.ungrouped) q = q.where('s.event_id', 'is', null);
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    q = q.where(sql<SqlBool>`(s.title ilike ${pattern} escape '\\' or coalesce(s.summary_html, '') ilike ${pattern} escape '\\')`);
  }
  if (query.cursor) {
    const k = decodeKeyset(query.cursor);
    q = q.where(sql<SqlBool>`(coalesce(s.published_at, s.created_at), s.id) < (${k.at}::timestamptz, ${k.id}::bigint)`);
  }
  const rows = await q.orderBy(sql`coalesce(s.published_at, s.created_at)`, 'desc').orderBy('s.id', 'desc').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const next_cursor = rows.length > limit && last ? encodeKeyset({ at: last.sort_at, id: last.id }) : null;
  return { items: await hydrate(db, page, now), next_cursor };
}

/** Returns one story with its fact sheet, or throws not_found. */
export async function getStory(db: Executor, id: number, now: Date): Promise<StoryDetail> {
  const row = await storyRows(db).select(['s.summary_html', 's.facts', 's.dismissed_reason', 's.last_error', 's.event_id']).where('s.id', '=', id).executeTakeFirst();
  if (!row) throw new PulseError('not_found', `story ${id} not found`);
  const [item] = await hydrate(db, [row], now);
  return { ...item!, event_id: row.event_id, summary_html: row.summary_html, facts: row.facts, dismissed_reason: row.dismissed_reason, last_error: row.last_error };
}

/** Loads other reporting sources and near-duplicate headlines for a page of rows (one statement each). */
async function hydrate(db: Executor, rows: StoryRowWithJoins[], now: Date): Promise<QueueItem[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // Near duplicates are looked for around the stories' own dates, not around today.
  const times = rows.map((r) => (r.published_at ?? r.created_at).getTime());
  const [reports, pool] = await Promise.all([
    db
      .selectFrom('story_reports as r')
      .innerJoin('stories as s', 's.id', 'r.story_id')
      .innerJoin('sources as src', 'src.id', 'r.source_id')
      .select(['r.story_id', 'r.source_id', 'src.name', 'r.url'])
      .where('r.story_id', 'in', ids)
      .whereRef('r.source_id', '<>', 's.source_id')
      .orderBy('r.seen_at')
      .execute(),
    db
      .selectFrom('stories as s')
      .innerJoin('sources as src', 'src.id', 's.source_id')
      .select(['s.id', 's.title', 'src.name as source_name'])
      .where(sql<SqlBool>`coalesce(s.published_at, s.created_at) between ${new Date(Math.min(...times) - NEAR_DUPLICATE_WINDOW_MS)} and ${new Date(Math.max(...times) + NEAR_DUPLICATE_WINDOW_MS)}`)
      .where('s.status', '<>', 'failed')
      .orderBy('s.id', 'desc')
      .limit(2000)
      .execute(),
  ]);
  const dupes = nearDuplicates(rows, pool);
  const poolById = new Map(pool.map((p) => [p.id, p]));
  return rows.map((r) => {
    const live = r.status === 'claimed' && r.claim_expires_at !== null && r.claim_expires_at > now;
    return {
      id: r.id,
      title: r.title,
      url: r.url,
      status: r.status === 'claimed' && !live ? 'ready' : r.status,
      source: { id: r.source_id, name: r.source_name },
      published_at: r.published_at?.toISOString() ?? null,
      created_at: r.created_at.toISOString(),
      fact_counts: { figures: Number(r.figures), dates: Number(r.dates), quotes: Number(r.quotes) },
      claim:
        live && r.claimed_by !== null && r.claimed_at && r.claim_expires_at
          ? { editor_id: r.claimed_by, editor_name: r.claimed_by_name ?? `editor ${r.claimed_by}`, claimed_at: r.claimed_at.toISOString(), expires_at: r.claim_expires_at.toISOString() }
          : null,
      also_reported_by: reports.filter((x) => x.story_id === r.id).map((x) => ({ source_id: x.source_id, name: x.name, url: x.url })),
      near_duplicates: (dupes.get(r.id) ?? []).map((d) => poolById.get(d)!).map((p) => ({ id: p.id, title: p.title, source_name: p.source_name })),
    };
  });
}

/** What a claim, release or dismissal came to (expected outcomes are values; the route maps them). */
export type LeaseOutcome =
  | { kind: 'done' }
  | { kind: 'not-found' }
  | { kind: 'held'; holder: { id: number; name: string }; expiresAt: Date }
  | { kind: 'wrong-status'; status: StoryStatus };

/**
 * Claims story `id` for `editor` for 30 minutes in ONE conditional UPDATE: it succeeds only when the
 * story is ready, or claimed with an expired lease, or already claimed by this editor (a renewal),
 * or `force` (an admin breaking the lease). Two editors claiming at once: the row lock makes the
 * second UPDATE re-check its WHERE against the first one's result, so exactly one wins.
 */
export async function claimStory(db: Executor, editor: Editor, id: number, now: Date, opts: { force?: boolean } = {}): Promise<LeaseOutcome> {
  const expires = new Date(now.getTime() + CLAIM_LEASE_MS);
  const updated = await db
    .updateTable('stories as s')
    .set({
      status: 'claimed',
      claimed_by: editor.id,
      // A renewal keeps the time the editor first took the story.
      claimed_at: sql`case when s.status = 'claimed' and s.claimed_by = ${editor.id} and s.claim_expires_at > ${now} then s.claimed_at else ${now}::timestamptz end`,
      claim_expires_at: expires,
      updated_at: now,
    })
    .where('s.id', '=', id)
    .where((eb) =>
      opts.force
        ? eb('s.status', 'in', ['ready', 'claimed'])
        : eb.or([
            eb('s.status', '=', 'ready'),
            eb.and([eb('s.status', '=', 'claimed'), eb.or([eb('s.claim_expires_at', '<=', now), eb('s.claimed_by', '=', editor.id)])]),
          ]),
    )
    .returning('s.id')
    .executeTakeFirst();
  return updated ? { kind: 'done' } : explainRefusal(db, id, now);
}

/** Gives story `id` back to the queue: the holder may (expired or not); an admin with `force` may break anyone's claim. */
export async function releaseStory(db: Executor, editor: Editor, id: number, now: Date, opts: { force?: boolean } = {}): Promise<LeaseOutcome> {
  const updated = await db
    .updateTable('stories as s')
    .set({ status: 'ready', claimed_by: null, claimed_at: null, claim_expires_at: null, updated_at: now })
    .where('s.id', '=', id)
    .where('s.status', '=', 'claimed')
    .where((eb) => (opts.force ? sql<SqlBool>`true` : eb('s.claimed_by', '=', editor.id)))
    .returning('s.id')
    .executeTakeFirst();
  if (updated) return { kind: 'done' };
  const refusal = await explainRefusal(db, id, now);
  // Releasing a story nobody holds any more (lease expired) leaves it where it is: ready.
  if (refusal.kind === 'wrong-status' && refusal.status === 'ready') return { kind: 'done' };
  return refusal.kind === 'done' ? { kind: 'wrong-status', status: 'ready' } : refusal;
}

/** Takes story `id` off the desk: from the queue, from the editor's own claim, or (admin, `force`) from anyone's. */
export async function dismissStory(db: Executor, editor: Editor, id: number, now: Date, opts: { reason: string | null; force?: boolean }): Promise<LeaseOutcome> {
  const updated = await db
    .updateTable('stories as s')
    .set({ status: 'dismissed', dismissed_reason: opts.reason, claimed_by: null, claimed_at: null, claim_expires_at: null, updated_at: now })
    .where('s.id', '=', id)
    .where((eb) =>
      eb.or([
        eb('s.status', '=', 'ready'),
        eb.and([
          eb('s.status', '=', 'claimed'),
          opts.force ? sql<SqlBool>`true` : eb.or([eb('s.claim_expires_at', '<=', now), eb('s.claimed_by', '=', editor.id)]),
        ]),
      ]),
    )
    .returning('s.id')
    .executeTakeFirst();
  return updated ? { kind: 'done' } : explainRefusal(db, id, now);
}

/** Reads why a conditional UPDATE touched nothing. */
async function explainRefusal(db: Executor, id: number, now: Date): Promise<LeaseOutcome> {
  const row = await db
    .selectFrom('stories as s')
    .leftJoin('editors as e', 'e.id', 's.claimed_by')
    .select(['s.status', 's.claimed_by', 's.claim_expires_at', 'e.name'])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return { kind: 'not-found' };
  if (row.status === 'claimed' && row.claimed_by !== null && row.claim_expires_at !== null) {
    if (row.claim_expires_at > now) return { kind: 'held', holder: { id: row.claimed_by, name: row.name ?? `editor ${row.claimed_by}` }, expiresAt: row.claim_expires_at };
    return { kind: 'wrong-status', status: 'ready' };
  }
  return { kind: 'wrong-status', status: row.status };
}

/** Throws the HTTP-mapped error for a refused lease operation on story `id`; returns on success. */
export function assertLeaseDone(outcome: LeaseOutcome, id: number, action: 'claim' | 'release' | 'dismiss'): void {
  switch (outcome.kind) {
    case 'done':
      return;
    case 'not-found':
      throw new PulseError('not_found', `story ${id} not found`);
    case 'held':
      throw new PulseError('conflict', `story ${id} is claimed by ${outcome.holder.name} until ${outcome.expiresAt.toISOString()}`, {
        details: { holder: outcome.holder, expires_at: outcome.expiresAt.toISOString() },
      });
    case 'wrong-status':
      throw new PulseError(
        'conflict',
        action === 'release' ? `story ${id} is not claimed by you (it is ${outcome.status})` : `story ${id} is ${outcome.status}; only ready stories can be ${action === 'claim' ? 'claimed' : 'dismissed'}`,
        { details: { status: outcome.status } },
      );
  }
}

/** Returns stories whose lease expired to `ready` (tidying only: expired claims already count as ready); returns how many. */
export async function returnExpiredClaims(db: Executor, now: Date): Promise<number> {
  const r = await db
    .updateTable('stories')
    .set({ status: 'ready', claimed_by: null, claimed_at: null, claim_expires_at: null, updated_at: now })
    .where('status', '=', 'claimed')
    .where('claim_expires_at', '<=', now)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
