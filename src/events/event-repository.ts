import { sql, type Kysely } from 'kysely';
import { EVENT_STATUSES, type Database, type EventStatus } from '../db/schema.ts';
import { PulseError } from '../errors.ts';

/** The originating report of an event (SPEC "Events" `first_reported`). */
export interface FirstReported {
  story_id: number;
  source: string;
  source_id: number;
  url: string;
  published_at: string | null;
}

/** An event as `pulse events list` and `GET /api/events` show it (SPEC "Events"). */
export interface EventListItem {
  id: number;
  title: string;
  story_count: number;
  source_count: number;
  sources: string[];
  first_reported: FirstReported | null;
  score: number;
  status: EventStatus;
  claim: { editor_id: number; editor: string | null; claimed_at: string | null; expires_at: string } | null;
  last_story_at: string | null;
  first_seen_at: string;
  updated_at: string;
}

export interface EventStory {
  id: number;
  source_id: number;
  source: string;
  url: string;
  title: string;
  published_at: string | null;
  status: string;
  pinned: boolean;
}

/** An event with its stories (`pulse events show`, `GET /api/events/:id`). */
export interface EventDetail extends EventListItem {
  stories: EventStory[];
}

/** Returns the status or throws bad_request naming the valid ones. */
export function parseEventStatus(text: string): EventStatus {
  if ((EVENT_STATUSES as readonly string[]).includes(text)) return text as EventStatus;
  throw new PulseError('bad_request', `unknown event status ${JSON.stringify(text)} (one of ${EVENT_STATUSES.join(', ')})`);
}

/** A ranked-list position: (score, id), both descending. */
export function encodeEventCursor(score: number, id: number): string {
  return Buffer.from(JSON.stringify([score, id])).toString('base64url');
}

function decodeEventCursor(text: string): { score: number; id: number } {
  const bad = () => new PulseError('bad_request', 'cursor is not one this server issued', { details: [{ field: 'cursor', message: 'invalid cursor' }] });
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) throw bad();
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'number' || !Number.isFinite(v[0]) || !Number.isSafeInteger(v[1]) || (v[1] as number) < 1) throw bad();
  return { score: v[0] as number, id: v[1] as number };
}

type Db = Kysely<Database>;

function baseQuery(db: Db) {
  return db
    .selectFrom('events as e')
    .leftJoin('stories as f', 'f.id', 'e.first_story_id')
    .leftJoin('sources as fs', 'fs.id', 'f.source_id')
    .leftJoin('editors as ed', 'ed.id', 'e.claimed_by')
    .select([
      'e.id',
      'e.title',
      'e.story_count',
      'e.source_count',
      'e.sources',
      'e.score',
      'e.status',
      'e.claimed_by',
      'e.claimed_at',
      'e.claim_expires_at',
      'e.last_story_at',
      'e.first_seen_at',
      'e.updated_at',
      'f.id as first_id',
      'f.url as first_url',
      'f.published_at as first_published_at',
      'f.source_id as first_source_id',
      sql<string | null>`coalesce(nullif(f.facts->>'site_name', ''), fs.name)`.as('first_source'),
      'ed.name as editor_name',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

function toItem(r: Row): EventListItem {
  return {
    id: Number(r.id),
    title: r.title,
    story_count: r.story_count,
    source_count: r.source_count,
    sources: r.sources,
    first_reported:
      r.first_id === null
        ? null
        : { story_id: Number(r.first_id), source: r.first_source ?? '', source_id: Number(r.first_source_id), url: r.first_url ?? '', published_at: iso(r.first_published_at) },
    score: r.score,
    status: r.status,
    claim: r.claimed_by === null || r.claim_expires_at === null ? null : { editor_id: Number(r.claimed_by), editor: r.editor_name, claimed_at: iso(r.claimed_at), expires_at: iso(r.claim_expires_at)! },
    last_story_at: iso(r.last_story_at),
    first_seen_at: iso(r.first_seen_at)!,
    updated_at: iso(r.updated_at)!,
  };
}

/**
 * Events ranked by score (then newest id), optionally of one status and matching `q` (in the
 * event's title or any of its stories' titles); `limit` null returns them all. `next_cursor`
 * continues after the last item.
 */
export async function listEvents(
  db: Db,
  opts: { status?: EventStatus | null; q?: string | null; cursor?: string | null; limit?: number | null } = {},
): Promise<{ items: EventListItem[]; next_cursor: string | null }> {
  let q = baseQuery(db).where('e.story_count', '>', 0);
  if (opts.status) q = q.where('e.status', '=', opts.status);
  const text = opts.q?.trim();
  if (text) {
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('e.title', 'ilike', like), eb.exists(eb.selectFrom('stories as s').select('s.id').whereRef('s.event_id', '=', 'e.id').where('s.title', 'ilike', like))]));
  }
  if (opts.cursor) {
    const c = decodeEventCursor(opts.cursor);
    q = q.where((eb) => eb.or([eb('e.score', '<', c.score), eb.and([eb('e.score', '=', c.score), eb('e.id', '<', c.id)])]));
  }
  q = q.orderBy('e.score', 'desc').orderBy('e.id', 'desc');
  const limit = opts.limit ?? null;
  if (limit !== null) q = q.limit(limit + 1);
  const rows = await q.execute();
  const more = limit !== null && rows.length > limit;
  const items = (more ? rows.slice(0, limit) : rows).map(toItem);
  const last = items[items.length - 1];
  return { items, next_cursor: more && last ? encodeEventCursor(last.score, last.id) : null };
}

/** One event with its stories (earliest first), or throws not_found. */
export async function getEvent(db: Db, id: number): Promise<EventDetail> {
  const row = await baseQuery(db).where('e.id', '=', id).executeTakeFirst();
  if (!row) throw new PulseError('not_found', `event ${id} does not exist`);
  const stories = await db
    .selectFrom('stories as s')
    .innerJoin('sources as src', 'src.id', 's.source_id')
    .select([
      's.id',
      's.source_id',
      sql<string>`coalesce(nullif(s.facts->>'site_name', ''), src.name)`.as('source'),
      's.url',
      's.title',
      's.published_at',
      's.status',
      's.event_pinned',
    ])
    .where('s.event_id', '=', id)
    .orderBy(sql`coalesce(s.published_at, s.created_at)`)
    .orderBy('s.id')
    .execute();
  return {
    ...toItem(row),
    stories: stories.map((s) => ({
      id: Number(s.id),
      source_id: Number(s.source_id),
      source: s.source,
      url: s.url,
      title: s.title,
      published_at: iso(s.published_at),
      status: s.status,
      pinned: s.event_pinned,
    })),
  };
}
