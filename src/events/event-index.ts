import { sql, type Kysely } from 'kysely';
import { jsonb } from '../db/json.ts';
import type { Database } from '../db/schema.ts';
import { MAX_CANDIDATES, topCandidates } from './assign.ts';
import type { StoryFeatures } from './features.ts';
import { CANDIDATE_WINDOW_HOURS, type EventProfile, type Field, type TermStats } from './similarity.ts';

/** sql/004_event_index.sql, typed for kysely (only src/events reads these tables). */
export type EventIndexTables = {
  event_term_stats: { key: string; df: number };
  event_terms: { event_id: number; key: string; count: number };
  event_profiles: { event_id: number; n: number; bodied: number; last_at: Date | string | null; title_norm: number; body_norm: number };
  story_event_features: { story_id: number; features: string | StoryFeatures };
};

export type Executor = Kysely<Database>;
type IndexDb = Kysely<Database & EventIndexTables>;

const ix = (db: Executor): IndexDb => db.withTables<EventIndexTables>() as unknown as IndexDb;

// One grouping at a time across every worker process (SPEC "Runtime shape": coordination goes
// through PostgreSQL): assignments, merges and moves take this transaction-scoped advisory lock,
// so two workers never create two events for one piece of news.
const GROUPING_LOCK = 7_231_010_001;

/** Serialises grouping changes until the end of the caller's transaction. */
export async function lockGrouping(trx: Executor): Promise<void> {
  await sql`select pg_advisory_xact_lock(${GROUPING_LOCK})`.execute(trx);
}

/** Document frequencies of the keys a story is scored on, and the story count, as TermStats. */
export async function loadTermStats(db: Executor, keys: readonly string[]): Promise<TermStats> {
  const rows = await ix(db)
    .selectFrom('event_term_stats')
    .select(['key', 'df'])
    .where('key', 'in', ['', ...keys])
    .execute();
  const df = new Map(rows.map((r) => [r.key, Number(r.df)]));
  const docs = df.get('') ?? 0;
  return { docs, df: (field: Field, term: string) => df.get(`${field === 'title' ? 't' : 'b'}:${term}`) ?? 0 };
}

/** Adds (sign 1) or takes back (sign -1) a story's terms in the document frequencies. */
export async function learnTerms(db: Executor, features: StoryFeatures, sign: 1 | -1): Promise<void> {
  const keys = [...Object.keys(features.title).map((t) => `t:${t}`), ...Object.keys(features.body).map((t) => `b:${t}`), ''];
  await sql`insert into event_term_stats (key, df)
    select k, ${sign === 1 ? 1 : 0}::int from unnest(${keys}::text[]) as k
    on conflict (key) do update set df = greatest(0, event_term_stats.df + ${sign}::int)`.execute(db);
}

/**
 * Candidate events: those posting one of `lookup` with a newest report within the window of `at`,
 * ordered and cut as topCandidates() does (most shared keys, newest, oldest id; MAX_CANDIDATES).
 */
export async function findCandidates(db: Executor, lookup: readonly string[], at: number | null): Promise<number[]> {
  if (lookup.length === 0) return [];
  const windowMs = CANDIDATE_WINDOW_HOURS * 3_600_000;
  const rows = await sql<{ event_id: number; shared: number; last_at: Date | null }>`
    select t.event_id, count(*)::int as shared, p.last_at
    from event_terms t join event_profiles p on p.event_id = t.event_id
    where t.key = any(${lookup as string[]}::text[])
      and (${at === null}::boolean or p.last_at is null
           or p.last_at between ${new Date((at ?? 0) - windowMs)}::timestamptz and ${new Date((at ?? 0) + windowMs)}::timestamptz)
    group by t.event_id, p.last_at
    order by shared desc, p.last_at desc nulls last, t.event_id
    limit ${MAX_CANDIDATES}`.execute(db);
  return topCandidates(rows.rows.map((r) => ({ id: Number(r.event_id), shared: Number(r.shared), lastAt: r.last_at === null ? null : new Date(r.last_at).getTime() })));
}

const FIELD_OF: Record<string, 'title' | 'body' | 'entities' | 'figures'> = { t: 'title', b: 'body', e: 'entities', f: 'figures' };

/** The profiles of `eventIds`, holding only the keys in `keys` (all scoring reads). */
export async function loadProfiles(db: Executor, eventIds: readonly number[], keys: readonly string[]): Promise<EventProfile[]> {
  if (eventIds.length === 0) return [];
  const ids = eventIds as number[];
  const [profiles, terms] = await Promise.all([
    ix(db).selectFrom('event_profiles').selectAll().where('event_id', 'in', ids).orderBy('event_id').execute(),
    keys.length === 0 ? Promise.resolve([]) : ix(db).selectFrom('event_terms').select(['event_id', 'key', 'count']).where('event_id', 'in', ids).where('key', 'in', keys as string[]).execute(),
  ]);
  const byId = new Map<number, EventProfile>();
  for (const p of profiles) {
    byId.set(Number(p.event_id), {
      id: Number(p.event_id),
      n: p.n,
      bodied: p.bodied,
      lastAt: p.last_at === null ? null : new Date(p.last_at).getTime(),
      title: {},
      body: {},
      entities: {},
      figures: {},
      titleNorm: p.title_norm,
      bodyNorm: p.body_norm,
    });
  }
  for (const t of terms) {
    const ev = byId.get(Number(t.event_id));
    const field = FIELD_OF[t.key[0]!];
    if (ev && field) ev[field][t.key.slice(2)] = t.count;
  }
  return [...byId.values()];
}

/** Adds (sign 1) or takes back (sign -1) a story's keys in an event's profile and recomputes its norms. */
export async function applyToProfile(db: Executor, eventId: number, keys: Map<string, number>, bodied: boolean, at: number | null, sign: 1 | -1): Promise<void> {
  const names = [...keys.keys()];
  const counts = names.map((k) => keys.get(k)! * sign);
  await sql`insert into event_profiles (event_id) values (${eventId}) on conflict do nothing`.execute(db);
  if (names.length > 0) {
    await sql`insert into event_terms (event_id, key, count)
      select ${eventId}::bigint, k, c from unnest(${names}::text[], ${counts}::int[]) as u(k, c) where c > 0
      on conflict (event_id, key) do update set count = event_terms.count + excluded.count`.execute(db);
    if (sign === -1) {
      await sql`update event_terms t set count = t.count + u.c
        from unnest(${names}::text[], ${counts}::int[]) as u(k, c)
        where t.event_id = ${eventId} and t.key = u.k and t.count + u.c > 0`.execute(db);
      await sql`delete from event_terms t using unnest(${names}::text[], ${counts}::int[]) as u(k, c)
        where t.event_id = ${eventId} and t.key = u.k and t.count + u.c <= 0`.execute(db);
    }
  }
  await sql`update event_profiles set n = greatest(0, n + ${sign}::int), bodied = greatest(0, bodied + ${bodied ? sign : 0}::int),
      last_at = case when ${sign}::int > 0 and ${at === null ? null : new Date(at)}::timestamptz is not null
                     then greatest(last_at, ${at === null ? null : new Date(at)}::timestamptz) else last_at end
    where event_id = ${eventId}`.execute(db);
  await refreshNorms(db, eventId);
}

/** Recomputes an event's centroid norms with the current IDF (the same formula as similarity.ts idf()). */
export async function refreshNorms(db: Executor, eventId: number): Promise<void> {
  await sql`with docs as (select df::float8 as n from event_term_stats where key = ''),
    w as (
      select left(t.key, 1) as field, sqrt(t.count::float8) * (ln((d.n + 1) / (coalesce(s.df, 0) + 1)) + 1) as v
      from event_terms t cross join docs d left join event_term_stats s on s.key = t.key
      where t.event_id = ${eventId} and left(t.key, 1) in ('t', 'b')
    )
    update event_profiles set
      title_norm = coalesce((select sqrt(sum(v * v)) from w where field = 't'), 0),
      body_norm = coalesce((select sqrt(sum(v * v)) from w where field = 'b'), 0)
    where event_id = ${eventId}`.execute(db);
}

/** Recomputes an event's newest report time from its stories (after one left). */
export async function refreshLastAt(db: Executor, eventId: number): Promise<void> {
  await sql`update event_profiles set last_at = (select max(coalesce(published_at, created_at)) from stories where event_id = ${eventId})
    where event_id = ${eventId}`.execute(db);
}

/** The features a story was last grouped with, or null. */
export async function loadStoryFeatures(db: Executor, storyId: number): Promise<StoryFeatures | null> {
  const row = await ix(db).selectFrom('story_event_features').select('features').where('story_id', '=', storyId).executeTakeFirst();
  if (!row) return null;
  return (typeof row.features === 'string' ? JSON.parse(row.features) : row.features) as StoryFeatures;
}

/** Records the features a story was grouped with. */
export async function saveStoryFeatures(db: Executor, storyId: number, features: StoryFeatures): Promise<void> {
  await sql`insert into story_event_features (story_id, features) values (${storyId}, ${jsonb(features)}::jsonb)
    on conflict (story_id) do update set features = excluded.features`.execute(db);
}

/** Folds event `fromId`'s profile into `intoId`'s (a merge) and drops `fromId`'s. */
export async function mergeProfiles(db: Executor, intoId: number, fromId: number): Promise<void> {
  await sql`insert into event_profiles (event_id) values (${intoId}) on conflict do nothing`.execute(db);
  await sql`insert into event_terms (event_id, key, count) select ${intoId}::bigint, key, count from event_terms where event_id = ${fromId}
    on conflict (event_id, key) do update set count = event_terms.count + excluded.count`.execute(db);
  await sql`update event_profiles p set n = p.n + f.n, bodied = p.bodied + f.bodied,
      last_at = case when p.last_at is null then f.last_at when f.last_at is null then p.last_at else greatest(p.last_at, f.last_at) end
    from event_profiles f where p.event_id = ${intoId} and f.event_id = ${fromId}`.execute(db);
  await sql`delete from event_terms where event_id = ${fromId}`.execute(db);
  await sql`delete from event_profiles where event_id = ${fromId}`.execute(db);
  await refreshNorms(db, intoId);
}

/** Recomputes every event's centroid norms at once (after a bulk load: the bench). */
export async function refreshNormsOfAll(db: Executor): Promise<void> {
  await sql`with docs as (select df::float8 as n from event_term_stats where key = ''),
    w as (
      select t.event_id, left(t.key, 1) as field, sqrt(t.count::float8) * (ln((d.n + 1) / (coalesce(s.df, 0) + 1)) + 1) as v
      from event_terms t cross join docs d left join event_term_stats s on s.key = t.key
      where left(t.key, 1) in ('t', 'b')
    ),
    norms as (
      select event_id, sqrt(sum(v * v) filter (where field = 't')) as tn, sqrt(sum(v * v) filter (where field = 'b')) as bn from w group by event_id
    )
    update event_profiles p set title_norm = coalesce(norms.tn, 0), body_norm = coalesce(norms.bn, 0)
    from norms where norms.event_id = p.event_id`.execute(db);
}
