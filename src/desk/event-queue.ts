import { sql, type SqlBool } from 'kysely';
import { EVENT_STATUSES, type EventStatus, type StoryStatus } from '../db/schema.ts';
import { PulseError } from '../errors.ts';
import { liveScore } from '../events/live-score.ts';
import { publisherName } from '../events/event-summary.ts';
import type { Executor } from '../queue/types.ts';
import type { ClaimView } from './story-queue.ts';
import { escapeLike } from './story-queue.ts';

/**
 * The event listing (SPEC "Desk queue: events with ready stories, ranked"), the one query behind
 * the desk, `GET /api/events` and `pulse events list|show`: one row per event, ranked by `score`
 * as of the moment of listing (src/events/live-score.ts: freshness and growth decay with time),
 * keyset-paged by (score, id), each with its reports for the desk to expand. The event fields are
 * SPEC's; `reports`, `publishers`, `fact_counts` and `stories` are what the desk shows beside them.
 */

export type EventStatusFilter = EventStatus | 'all';

export interface EventStoryView {
  id: number;
  source_id: number;
  title: string;
  url: string;
  status: StoryStatus;
  source: { id: number; name: string };
  published_at: string | null;
  fact_counts: { figures: number; dates: number; quotes: number };
  /** Every publisher that carried this very article (story_reports), the story's own first. */
  reported_by: string[];
}

export interface EventView {
  id: number;
  title: string;
  /** As editors see it: an expired claim is `open`. */
  status: EventStatus;
  story_count: number;
  source_count: number;
  sources: string[];
  first_reported: { story_id: number; source: string; url: string; published_at: string | null } | null;
  score: number;
  claim: ClaimView | null;
  dismissed: { by: { id: number; name: string } | null; at: string; reason: string | null } | null;
  first_seen_at: string;
  updated_at: string;
  last_story_at: string | null;
  /** Reports of it (story_reports of its stories: an article carried by two feeds counts twice). */
  reports: number;
  /** Distinct publishers of those reports, the first reporter first. */
  publishers: string[];
  /** Facts across its stories. */
  fact_counts: { figures: number; dates: number; quotes: number };
  stories: EventStoryView[];
}

export interface EventQuery {
  /** Default `open` (including expired claims); `claimed` lists live claims only. */
  status?: EventStatusFilter | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  /** Default 50; null lists every event (`pulse events list` without --limit). */
  limit?: number | null | undefined;
}

/** Returns the status or throws bad_request naming the valid ones (`pulse events list --status`). */
export function parseEventStatus(text: string): EventStatus {
  if ((EVENT_STATUSES as readonly string[]).includes(text)) return text as EventStatus;
  throw new PulseError('bad_request', `unknown event status ${JSON.stringify(text)} (one of ${EVENT_STATUSES.join(', ')})`);
}

/** Returns the opaque cursor for a ranked position (score, id). */
export function encodeRankCursor(score: number, id: number): string {
  return Buffer.from(JSON.stringify(['rank', score, id])).toString('base64url');
}

/** Returns the ranked position a cursor stands for, or throws bad_request naming `cursor`. */
export function decodeRankCursor(text: string): { score: number; id: number } {
  const bad = () => new PulseError('bad_request', 'cursor is not one this server issued', { details: [{ field: 'cursor', message: 'invalid cursor' }] });
  if (!/^[A-Za-z0-9_-]{1,300}$/.test(text)) throw bad();
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(v) || v.length !== 3 || v[0] !== 'rank' || typeof v[1] !== 'number' || !Number.isFinite(v[1]) || !Number.isSafeInteger(v[2]) || (v[2] as number) < 1) throw bad();
  return { score: v[1] as number, id: v[2] as number };
}

function eventRows(db: Executor, now: Date) {
  return db
    .selectFrom('events as e')
    .leftJoin('editors as h', 'h.id', 'e.claimed_by')
    .leftJoin('editors as d', 'd.id', 'e.dismissed_by')
    .select([
      'e.id', 'e.title', 'e.status', 'e.story_count', 'e.source_count', 'e.sources', 'e.first_story_id', liveScore(now).as('score'),
      'e.claimed_by', 'e.claimed_at', 'e.claim_expires_at', 'h.name as claimed_by_name',
      'e.dismissed_by', 'e.dismissed_at', 'e.dismissed_reason', 'd.name as dismissed_by_name',
      'e.first_seen_at', 'e.updated_at', 'e.last_story_at',
    ]);
}

type EventRowWithJoins = Awaited<ReturnType<ReturnType<typeof eventRows>['executeTakeFirstOrThrow']>>;

/** Returns one ranked page of events in SPEC's list shape. */
export async function listDeskEvents(db: Executor, query: EventQuery, now: Date): Promise<{ items: EventView[]; next_cursor: string | null }> {
  const limit = query.limit === undefined ? 50 : query.limit;
  const status = query.status ?? 'open';
  let q = eventRows(db, now).where((eb) => {
    if (status === 'all') return sql<SqlBool>`true`;
    if (status === 'open') return eb.or([eb('e.status', '=', 'open'), eb.and([eb('e.status', '=', 'claimed'), eb('e.claim_expires_at', '<=', now)])]);
    if (status === 'claimed') return eb.and([eb('e.status', '=', 'claimed'), eb('e.claim_expires_at', '>', now)]);
    return eb('e.status', '=', status);
  });
  // An event is on the desk while it has a story there (open/claimed: a ready or claimed one).
  const onDesk: StoryStatus[] = status === 'open' || status === 'claimed' ? ['ready', 'claimed'] : ['ready', 'claimed', 'used', 'dismissed'];
  q = q.where(({ exists, selectFrom }) => exists(selectFrom('stories as s').select('s.id').whereRef('s.event_id', '=', 'e.id').where('s.status', 'in', onDesk)));
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    q = q.where(sql<SqlBool>`(e.title ilike ${pattern} escape '\\' or exists (select 1 from stories s where s.event_id = e.id and s.title ilike ${pattern} escape '\\'))`);
  }
  if (query.cursor) {
    const k = decodeRankCursor(query.cursor);
    q = q.where(sql<SqlBool>`(${liveScore(now)}, e.id) < (${k.score}::double precision, ${k.id}::bigint)`);
  }
  q = q.orderBy(sql`score`, 'desc').orderBy('e.id', 'desc');
  const rows = await (limit === null ? q : q.limit(limit + 1)).execute();
  const page = limit === null ? rows : rows.slice(0, limit);
  const last = page[page.length - 1];
  return { items: await hydrateEvents(db, page, now), next_cursor: limit !== null && rows.length > limit && last ? encodeRankCursor(last.score, last.id) : null };
}

/** Returns one event with its stories, or throws not_found. */
export async function getDeskEvent(db: Executor, id: number, now: Date): Promise<EventView> {
  const row = await eventRows(db, now).where('e.id', '=', id).executeTakeFirst();
  if (!row) throw new PulseError('not_found', `event ${id} not found`);
  return (await hydrateEvents(db, [row], now))[0]!;
}

function factCount(key: 'figures' | 'dates' | 'quotes') {
  return sql<number>`(case when jsonb_typeof(s.facts -> ${key}) = 'array' then jsonb_array_length(s.facts -> ${key}) else 0 end)`;
}

/** Loads the stories and their reports of a page of events (one statement each). */
async function hydrateEvents(db: Executor, rows: EventRowWithJoins[], now: Date): Promise<EventView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const stories = await db
    .selectFrom('stories as s')
    .innerJoin('sources as src', 'src.id', 's.source_id')
    .select(['s.id', 's.event_id', 's.title', 's.url', 's.status', 's.source_id', 'src.name as source_name', sql<string | null>`s.facts->>'site_name'`.as('site_name'), 's.published_at', 's.created_at', factCount('figures').as('figures'), factCount('dates').as('dates'), factCount('quotes').as('quotes')])
    .where('s.event_id', 'in', ids)
    .where('s.status', 'not in', ['new', 'fetched', 'failed'])
    .orderBy(sql`coalesce(s.published_at, s.created_at)`)
    .orderBy('s.id')
    .execute();
  const reports =
    stories.length === 0
      ? []
      : await db
          .selectFrom('story_reports as r')
          .innerJoin('sources as src', 'src.id', 'r.source_id')
          .select(['r.story_id', 'r.source_id', 'src.name'])
          .where('r.story_id', 'in', stories.map((s) => s.id))
          .orderBy('r.seen_at')
          .orderBy('r.source_id')
          .execute();
  return rows.map((r) => {
    const own = stories.filter((s) => s.event_id === r.id);
    const storyViews: EventStoryView[] = own.map((s) => {
      const others = reports.filter((x) => x.story_id === s.id && x.source_id !== s.source_id).map((x) => x.name);
      return {
        id: s.id,
        source_id: s.source_id,
        title: s.title,
        url: s.url,
        status: s.status,
        source: { id: s.source_id, name: s.source_name },
        published_at: s.published_at?.toISOString() ?? null,
        fact_counts: { figures: Number(s.figures), dates: Number(s.dates), quotes: Number(s.quotes) },
        reported_by: [...new Set([s.source_name, ...others])],
      };
    });
    const first = own.find((s) => s.id === r.first_story_id) ?? own[0] ?? null;
    // The originating publisher first, then the others in order of their reports.
    const publishers = [...new Set([...(first ? [first.source_name] : []), ...storyViews.flatMap((s) => s.reported_by)])];
    const live = r.status === 'claimed' && r.claim_expires_at !== null && r.claim_expires_at > now;
    return {
      id: r.id,
      title: r.title || first?.title || '',
      status: r.status === 'claimed' && !live ? 'open' : r.status,
      story_count: r.story_count,
      source_count: r.source_count,
      sources: r.sources,
      first_reported: first ? { story_id: first.id, source: publisherName(first.site_name, first.source_name), url: first.url, published_at: first.published_at?.toISOString() ?? null } : null,
      score: r.score,
      claim:
        live && r.claimed_by !== null && r.claimed_at && r.claim_expires_at
          ? { editor_id: r.claimed_by, editor_name: r.claimed_by_name ?? `editor ${r.claimed_by}`, claimed_at: r.claimed_at.toISOString(), expires_at: r.claim_expires_at.toISOString() }
          : null,
      dismissed:
        r.status === 'dismissed' && r.dismissed_at
          ? { by: r.dismissed_by !== null ? { id: r.dismissed_by, name: r.dismissed_by_name ?? `editor ${r.dismissed_by}` } : null, at: r.dismissed_at.toISOString(), reason: r.dismissed_reason }
          : null,
      first_seen_at: r.first_seen_at.toISOString(),
      updated_at: r.updated_at.toISOString(),
      last_story_at: r.last_story_at?.toISOString() ?? null,
      reports: storyViews.reduce((n, s) => n + s.reported_by.length, 0),
      publishers,
      fact_counts: storyViews.reduce((a, s) => ({ figures: a.figures + s.fact_counts.figures, dates: a.dates + s.fact_counts.dates, quotes: a.quotes + s.fact_counts.quotes }), { figures: 0, dates: 0, quotes: 0 }),
      stories: storyViews,
    };
  });
}
