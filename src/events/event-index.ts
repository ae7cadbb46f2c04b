import { sql, type Kysely, type RawBuilder } from 'kysely';
import { jsonb } from '../db/json.ts';
import type { Database } from '../db/schema.ts';
import { LOOKUP_MAX_DF_SHARE, LOOKUP_MIN_DF, MAX_CANDIDATES, POSTING_DF_FACTOR, profileKeys, topCandidates } from './assign.ts';
import type { StoryFeatures } from './features.ts';
import { REPORT_COLUMNS, type EventSummary, type ReportRow } from './refresh-event.ts';
import { CANDIDATE_WINDOW_HOURS, type EventProfile, type Field, type TermStats } from './similarity.ts';

/** sql/004_event_index.sql and 010_event_centroids.sql, typed for kysely (only src/events reads these tables). */
export type EventIndexTables = {
  event_term_stats: { key: string; df: number };
  event_terms: { event_id: number; key: string };
  event_centroids: { event_id: number; terms: string | Record<string, number> };
  event_profiles: { event_id: number; n: number; bodied: number; last_at: Date | string | null; title_norm: number; body_norm: number };
  story_event_features: { story_id: number; features: string | StoryFeatures };
};

export type Executor = Kysely<Database>;
type IndexDb = Kysely<Database & EventIndexTables>;

const ix = (db: Executor): IndexDb => db.withTables<EventIndexTables>() as unknown as IndexDb;

// One grouping at a time across every worker process (SPEC "Runtime shape": coordination goes
// through PostgreSQL): assignments, merges and moves take this transaction-scoped advisory lock,
// so two workers never create two events for one piece of news.
export const GROUPING_LOCK = 7_231_010_001;

/** Serialises grouping changes until the end of the caller's transaction. */
export async function lockGrouping(trx: Executor): Promise<void> {
  await sql`select pg_advisory_xact_lock(${GROUPING_LOCK})`.execute(trx);
}

function statsOf(rows: readonly { key: string; df: number }[]): TermStats {
  const df = new Map(rows.map((r) => [r.key, Number(r.df)]));
  const docs = df.get('') ?? 0;
  return { docs, df: (field: Field, term: string) => df.get(`${field === 'title' ? 't' : 'b'}:${term}`) ?? 0 };
}

/** Document frequencies of the keys a story is scored on, and the story count, as TermStats. */
export async function loadTermStats(db: Executor, keys: readonly string[]): Promise<TermStats> {
  const rows = await ix(db)
    .selectFrom('event_term_stats')
    .select(['key', 'df'])
    .where('key', 'in', ['', ...keys])
    .execute();
  return statsOf(rows);
}

/**
 * Adds (sign 1) or takes back (sign -1) a story's terms in the document frequencies; returns the
 * statistics of its terms after the change (one round trip: the upsert returns them).
 */
export async function learnTerms(db: Executor, features: StoryFeatures, sign: 1 | -1): Promise<TermStats> {
  const keys = [...Object.keys(features.title).map((t) => `t:${t}`), ...Object.keys(features.body).map((t) => `b:${t}`), ''];
  const res = await sql<{ key: string; df: number }>`insert into event_term_stats (key, df)
    select k, ${sign === 1 ? 1 : 0}::int from unnest(${keys}::text[]) as k
    on conflict (key) do update set df = greatest(0, event_term_stats.df + ${sign}::int)
    returning key, df`.execute(db);
  return statsOf(res.rows);
}

const FIELD_OF: Record<string, 'title' | 'body' | 'entities' | 'figures'> = { t: 'title', b: 'body', e: 'entities', f: 'figures' };

/** What assigning a story knows after learning its terms: their statistics and where the story stood. */
export interface LearnedStory {
  stats: TermStats;
  /** The features it was last grouped with (a re-extracted story), or null. */
  saved: StoryFeatures | null;
  eventId: number | null;
  pinned: boolean;
}

/**
 * Counts a story's terms in the document frequencies and reads where it stood (its saved features,
 * event and pin) in one statement; the statistics returned are those after counting it.
 */
export async function learnStory(db: Executor, storyId: number, features: StoryFeatures): Promise<LearnedStory> {
  const keys = [...Object.keys(features.title).map((t) => `t:${t}`), ...Object.keys(features.body).map((t) => `b:${t}`), ''];
  const res = await sql<{ key: string | null; df: number | null; saved: unknown; event_id: number | null; pinned: boolean | null }>`
    with learned as (
      insert into event_term_stats (key, df) select k, 1 from unnest(${keys}::text[]) as k
      on conflict (key) do update set df = event_term_stats.df + 1
      returning key, df
    )
    select key, df, null::jsonb as saved, null::bigint as event_id, null::boolean as pinned from learned
    union all
    select null, null, f.features, s.event_id, s.event_pinned from stories s left join story_event_features f on f.story_id = s.id where s.id = ${storyId}`.execute(db);
  const state = res.rows.find((r) => r.key === null);
  const saved = state?.saved == null ? null : ((typeof state.saved === 'string' ? JSON.parse(state.saved) : state.saved) as StoryFeatures);
  return {
    stats: statsOf(res.rows.filter((r) => r.key !== null) as { key: string; df: number }[]),
    saved,
    eventId: state?.event_id == null ? null : Number(state.event_id),
    pinned: state?.pinned === true,
  };
}

type CandidateRow = { event_id: number; shared: number; n: number; bodied: number; last_at: Date | string | null; title_norm: number; body_norm: number; terms: unknown };

/** The candidate statement of findCandidateProfiles() (the bench EXPLAINs it). */
export function candidateProfilesQuery(lookup: readonly string[], at: number | null, keys: readonly string[]) {
  const windowMs = CANDIDATE_WINDOW_HOURS * 3_600_000;
  // Each candidate's counts of `keys` come from its centroid, one row: `? k` and `-> k` are binary
  // searches in the jsonb. `x.terms || '{}'` decompresses the stored value once per candidate (the
  // OFFSET 0 keeps it a subquery); read straight from the row, every `?` and `->` would decompress it.
  return sql<CandidateRow>`
    with cand as (
      select t.event_id, count(*)::int as shared
      from event_terms t join event_profiles p on p.event_id = t.event_id
      where t.key = any(${lookup as string[]}::text[])
        and (${at === null}::boolean or p.last_at is null
             or p.last_at between ${new Date((at ?? 0) - windowMs)}::timestamptz and ${new Date((at ?? 0) + windowMs)}::timestamptz)
      group by t.event_id, p.last_at
      order by shared desc, p.last_at desc nulls last, t.event_id
      limit ${MAX_CANDIDATES}
    )
    select c.event_id, c.shared, p.n, p.bodied, p.last_at, p.title_norm, p.body_norm,
      (select coalesce(jsonb_object_agg(k, d.terms -> k), '{}'::jsonb) from unnest(${keys as string[]}::text[]) as k where d.terms ? k) as terms
    from cand c join event_profiles p on p.event_id = c.event_id
      left join event_centroids x on x.event_id = c.event_id
      cross join lateral (select x.terms || '{}'::jsonb as terms offset 0) d`;
}

/**
 * Candidate events with what scoring reads of them, in one statement: events posting one of
 * `lookup` with a newest report within CANDIDATE_WINDOW_HOURS of `at`, ordered and cut as
 * topCandidates() does (most shared keys, newest, oldest id; MAX_CANDIDATES), each with its profile holding only the keys in `keys`.
 */
export async function findCandidateProfiles(db: Executor, lookup: readonly string[], at: number | null, keys: readonly string[]): Promise<EventProfile[]> {
  if (lookup.length === 0) return [];
  const res = await candidateProfilesQuery(lookup, at, keys).execute(db);
  const profiles = new Map<number, EventProfile>();
  for (const r of res.rows) {
    const ev: EventProfile = {
      id: Number(r.event_id),
      n: r.n,
      bodied: r.bodied,
      lastAt: r.last_at === null ? null : new Date(r.last_at).getTime(),
      title: {},
      body: {},
      entities: {},
      figures: {},
      titleNorm: r.title_norm,
      bodyNorm: r.body_norm,
    };
    const terms = (typeof r.terms === 'string' ? JSON.parse(r.terms) : r.terms) as Record<string, number>;
    for (const [key, count] of Object.entries(terms)) {
      const field = FIELD_OF[key[0]!];
      if (field) ev[field][key.slice(2)] = Number(count);
    }
    profiles.set(ev.id, ev);
  }
  const order = topCandidates(res.rows.map((r) => ({ id: Number(r.event_id), shared: Number(r.shared), lastAt: profiles.get(Number(r.event_id))!.lastAt })));
  return order.map((id) => profiles.get(id)!);
}

/** Where placeStory() puts a story: an existing event, or a new one written with `summary`. */
export type Placement = { eventId: number } | { summary: EventSummary };

/** The number of stories counted in the statistics (a scalar subquery, so it is read once per statement). */
const DOCS = sql`(select df::float8 from event_term_stats where key = '')`;

/**
 * CTEs that add `delta` (rows `k`, `c`: a key and a signed count) to the centroid of the event in
 * CTE `tgt` (one row, `id`): `merged` is its centroid after the change, `cent` writes it (keys left
 * at zero dropped), `live` its keys with their document frequencies, `posted`/`unposted` add
 * and remove its postings in event_terms (a key entering the event is posted when assign.ts
 * postsKey() says so), and `w` holds the TF-IDF weights of its title and body terms under the
 * current statistics (NORMS sums them; the same formula as similarity.ts vectorNorm()).
 */
function centroidChange(delta: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
    u as (${delta}),
    merged as (
      select coalesce(e.key, u.k) as key, coalesce(e.value::int, 0) + coalesce(u.c, 0) as count, e.key is null as fresh
      from (select e.key, e.value from event_centroids x cross join lateral jsonb_each_text(x.terms) e where x.event_id = (select id from tgt)) e
      full join u on u.k = e.key
    ),
    cent as (
      insert into event_centroids (event_id, terms)
      select tgt.id, coalesce((select jsonb_object_agg(key, count) from merged where count > 0), '{}'::jsonb) from tgt
      on conflict (event_id) do update set terms = excluded.terms
    ),
    live as (
      select m.key, m.count, m.fresh, coalesce(st.df, 0) as df
      from merged m left join event_term_stats st on st.key = m.key
      where m.count > 0
    ),
    posted as (
      insert into event_terms (event_id, key) select tgt.id, l.key from tgt cross join live l
      where l.fresh and (left(l.key, 1) = 'e'
        or (left(l.key, 1) in ('t', 'b') and l.df <= ${POSTING_DF_FACTOR}::float8 * greatest(${LOOKUP_MIN_DF}::float8, ${LOOKUP_MAX_DF_SHARE}::float8 * ${DOCS})))
      on conflict do nothing
    ),
    unposted as (delete from event_terms t using tgt, merged m where t.key = m.key and t.event_id = tgt.id and not m.fresh and m.count <= 0),
    w as (
      select left(l.key, 1) as field, sqrt(l.count::float8) * (ln((${DOCS} + 1) / (l.df + 1)) + 1) as v
      from live l
      where left(l.key, 1) in ('t', 'b')
    )`;
}

/** The title and body norms of the centroid in centroidChange()'s `w`, as two columns. */
const NORMS = sql`coalesce((select sqrt(sum(v * v)) from w where field = 't'), 0), coalesce((select sqrt(sum(v * v)) from w where field = 'b'), 0)`;

/**
 * CTEs that add (sign 1) or take back (sign -1) a story's keys in the event of CTE `tgt`: its
 * centroid and postings (centroidChange()), and its profile's story counts, newest report and norms.
 */
function profileChange(keys: Map<string, number>, bodied: boolean, at: number | null, sign: 1 | -1): RawBuilder<unknown> {
  const names = [...keys.keys()];
  const counts = names.map((k) => keys.get(k)! * sign);
  const at_ = at === null ? null : new Date(at);
  return sql`${centroidChange(sql`select k, c from unnest(${names}::text[], ${counts}::int[]) as u(k, c)`)},
    prof as (
      insert into event_profiles (event_id, n, bodied, last_at, title_norm, body_norm)
      select tgt.id, greatest(0, ${sign}::int), ${bodied && sign > 0 ? 1 : 0}::int, case when ${sign}::int > 0 then ${at_}::timestamptz end, ${NORMS}
      from tgt
      on conflict (event_id) do update set n = greatest(0, event_profiles.n + ${sign}::int),
        bodied = greatest(0, event_profiles.bodied + ${bodied ? sign : 0}::int),
        last_at = case when ${sign}::int > 0 then greatest(event_profiles.last_at, excluded.last_at) else event_profiles.last_at end,
        title_norm = excluded.title_norm, body_norm = excluded.body_norm
    )`;
}

/**
 * Puts a story in its event in one statement: creates the event when it is new (with its
 * summary), adds the story's keys to the event's centroid, postings and profile and recomputes its
 * norms (profileChange()), records the features and sets the story's event. Returns the event's
 * id and, for an existing event, its reports (the story's included) for refreshing its summary.
 */
export async function placeStory(db: Executor, storyId: number, features: StoryFeatures, to: Placement): Promise<{ eventId: number; reports: ReportRow[] }> {
  const create = 'summary' in to;
  const s = create ? to.summary : null;
  const res = await sql<{ event_id: number } & Partial<ReportRow>>`
    with ev as (
      insert into events (title, story_count, source_count, sources, first_story_id, last_story_at, score, rank_base)
      select ${s?.title ?? ''}, ${s?.story_count ?? 0}::int, ${s?.source_count ?? 0}::int, ${jsonb(s?.sources ?? [])}::jsonb, ${s?.first_story_id ?? null}::bigint,
        ${s?.last_story_at ?? null}::timestamptz, ${s?.score ?? 0}::float8, ${s?.rank_base ?? null}::float8
      where ${create}::boolean
      returning id
    ),
    tgt as (select coalesce((select id from ev), ${create ? null : (to as { eventId: number }).eventId}::bigint) as id),
    ${profileChange(profileKeys(features), Object.keys(features.body).length > 0, features.at, 1)},
    feat as (
      insert into story_event_features (story_id, features) values (${storyId}, ${jsonb(features)}::jsonb)
      on conflict (story_id) do update set features = excluded.features
    ),
    placed as (update stories set event_id = (select id from tgt) where id = ${storyId})
    select tgt.id as event_id, r.* from tgt left join lateral (
      select ${REPORT_COLUMNS} from stories s join sources src on src.id = s.source_id
      where not ${create}::boolean and (s.event_id = tgt.id or s.id = ${storyId})
      order by s.id
    ) r on true`.execute(db);
  const eventId = Number(res.rows[0]!.event_id);
  const reports = res.rows.filter((r) => r.id != null) as unknown as ReportRow[];
  return { eventId, reports };
}

/** Adds (sign 1) or takes back (sign -1) a story's keys in an event's profile and recomputes its norms (one statement). */
export async function applyToProfile(db: Executor, eventId: number, keys: Map<string, number>, bodied: boolean, at: number | null, sign: 1 | -1): Promise<void> {
  await sql`with tgt as (select ${eventId}::bigint as id), ${profileChange(keys, bodied, at, sign)} select 1`.execute(db);
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

/** Records the features a story was grouped with and, when given, puts it in `eventId` (one round trip). */
export async function saveStoryFeatures(db: Executor, storyId: number, features: StoryFeatures, eventId?: number): Promise<void> {
  await sql`with placed as (update stories set event_id = ${eventId ?? null}::bigint where id = ${storyId} and ${eventId !== undefined}::boolean)
    insert into story_event_features (story_id, features) values (${storyId}, ${jsonb(features)}::jsonb)
    on conflict (story_id) do update set features = excluded.features`.execute(db);
}

/** Folds event `fromId`'s profile into `intoId`'s (a merge) and drops `fromId`'s (one statement). */
export async function mergeProfiles(db: Executor, intoId: number, fromId: number): Promise<void> {
  await sql`with tgt as (select ${intoId}::bigint as id),
    ${centroidChange(sql`select e.key as k, e.value::int as c from event_centroids x cross join lateral jsonb_each_text(x.terms) e where x.event_id = ${fromId}`)},
    prof as (
      insert into event_profiles (event_id, n, bodied, last_at, title_norm, body_norm)
      select ${intoId}, coalesce(f.n, 0), coalesce(f.bodied, 0), f.last_at, ${NORMS}
      from (select 1) one left join event_profiles f on f.event_id = ${fromId}
      on conflict (event_id) do update set n = event_profiles.n + excluded.n, bodied = event_profiles.bodied + excluded.bodied,
        last_at = greatest(event_profiles.last_at, excluded.last_at), title_norm = excluded.title_norm, body_norm = excluded.body_norm
    ),
    gone_terms as (
      delete from event_terms t using event_centroids x cross join lateral jsonb_object_keys(x.terms) k(key)
      where x.event_id = ${fromId} and t.key = k.key and t.event_id = ${fromId}
    ),
    gone_centroid as (delete from event_centroids where event_id = ${fromId}),
    gone_profile as (delete from event_profiles where event_id = ${fromId})
    select 1`.execute(db);
}

/** Recomputes every event's centroid norms at once (after a bulk load: the bench). */
export async function refreshNormsOfAll(db: Executor): Promise<void> {
  await sql`with docs as (select df::float8 as n from event_term_stats where key = ''),
    w as (
      select x.event_id, left(e.key, 1) as field, sqrt(e.value::float8) * (ln((d.n + 1) / (coalesce(s.df, 0) + 1)) + 1) as v
      from event_centroids x cross join lateral jsonb_each_text(x.terms) e cross join docs d left join event_term_stats s on s.key = e.key
      where left(e.key, 1) in ('t', 'b')
    ),
    norms as (
      select event_id, sqrt(sum(v * v) filter (where field = 't')) as tn, sqrt(sum(v * v) filter (where field = 'b')) as bn from w group by event_id
    )
    update event_profiles p set title_norm = coalesce(norms.tn, 0), body_norm = coalesce(norms.bn, 0)
    from norms where norms.event_id = p.event_id`.execute(db);
}
