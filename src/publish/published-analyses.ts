import { sql } from 'kysely';
import type { Executor } from '../queue/types.ts';
import { readTimeMinutes } from './markdown.ts';
import type { AnalysisSource, PublishedAnalysis, RelatedAnalysis, Stat, Take } from './types.ts';
import { decodeKeyset, encodeKeyset } from '../db/keyset-cursor.ts';
import { publisherName } from '../events/event-summary.ts';

/**
 * The publish stage's reads: published analyses as the renderers see them (PublishedAnalysis).
 * Rows become domain objects in exactly one place, `toPublishedAnalysis`; sources and related
 * analyses are loaded for a whole page in one statement each (no query per item).
 */

/** Where a page of analyses starts: strictly older than this (published_at, id), newest first. */
export interface PageCursor {
  /** published_at in UTC with microseconds, exactly as PostgreSQL stores it (a JS Date would drop µs). */
  publishedAt: string;
  id: number;
}

export interface PageQuery {
  /** Only analyses carrying this tag (exact, as typed by the editor), or null for all. */
  tag: string | null;
  cursor: PageCursor | null;
  limit: number;
}

export interface AnalysisPage {
  analyses: PublishedAnalysis[];
  /** The cursor of the next (older) page, or null when this is the last one. */
  next: PageCursor | null;
}

/** What `/analysis/:slug` shows: SPEC "a retracted analysis … its page answers 410". */
export type AnalysisBySlug =
  | { kind: 'published'; analysis: PublishedAnalysis }
  | { kind: 'retracted'; headline: string; reason: string | null }
  | { kind: 'not-found' };

/** Related analyses listed under each analysis ("Read next"). */
const RELATED_LIMIT = 3;

/** Returns the opaque, URL-safe form of a cursor (the shared keyset encoding of src/db/keyset-cursor.ts). */
export function encodeCursor(cursor: PageCursor): string {
  return encodeKeyset({ at: cursor.publishedAt, id: cursor.id });
}

/** Returns the cursor an opaque string stands for, or null when it is not one of ours. */
export function decodeCursor(text: string): PageCursor | null {
  try {
    const { at, id } = decodeKeyset(text);
    return Number.isNaN(Date.parse(at)) ? null : { publishedAt: at, id };
  } catch {
    return null;
  }
}

/** Returns one page of published analyses, newest first (published_at desc, id desc), keyset-paged. */
export async function loadPublishedPage(db: Executor, query: PageQuery): Promise<AnalysisPage> {
  let q = analysisRows(db).where('a.status', '=', 'published');
  if (query.tag !== null) q = q.where(sql<boolean>`a.tags @> ${JSON.stringify([query.tag])}::jsonb`);
  if (query.cursor !== null) q = q.where(sql<boolean>`(a.published_at, a.id) < (${query.cursor.publishedAt}::timestamptz, ${query.cursor.id}::bigint)`);
  // One row more than the page tells whether an older page exists.
  const rows = await q.orderBy('a.published_at', 'desc').orderBy('a.id', 'desc').limit(query.limit + 1).execute();
  const pageRows = rows.slice(0, query.limit);
  const last = pageRows[pageRows.length - 1];
  const next = rows.length > query.limit && last !== undefined ? { publishedAt: last.published_at_utc, id: last.id } : null;
  return { analyses: await hydrate(db, pageRows), next };
}

/** Returns the analysis at `slug`: published, retracted (headline and reason only) or not found (drafts included). */
export async function loadAnalysisBySlug(db: Executor, slug: string): Promise<AnalysisBySlug> {
  const row = await analysisRows(db).where('a.slug', '=', slug).where('a.status', 'in', ['published', 'retracted']).executeTakeFirst();
  if (row === undefined) return { kind: 'not-found' };
  if (row.status === 'retracted') return { kind: 'retracted', headline: row.headline, reason: row.retract_reason };
  const [analysis] = await hydrate(db, [row]);
  return analysis === undefined ? { kind: 'not-found' } : { kind: 'published', analysis };
}

function analysisRows(db: Executor) {
  return db
    .selectFrom('analyses as a')
    .leftJoin('editors as e', 'e.name', 'a.author')
    .leftJoin('editors as c', 'c.id', 'a.created_by')
    .select([
      'a.id', 'a.slug', 'a.guid', 'a.status', 'a.headline', 'a.dek', 'a.category', 'a.highlight', 'a.stats', 'a.rundown',
      'a.take', 'a.body', 'a.pull_quote', 'a.pull_quote_speaker', 'a.watch', 'a.tags', 'a.author', 'a.published_at', 'a.updated_at', 'a.retract_reason',
      'e.bio as author_bio',
      'c.name as creator_name',
      sql<string>`to_char(a.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('published_at_utc'),
    ]);
}

type AnalysisRowWithJoins = Awaited<ReturnType<ReturnType<typeof analysisRows>['executeTakeFirstOrThrow']>>;

/** Loads sources and related analyses for `rows` (one statement each) and maps them. */
async function hydrate(db: Executor, rows: AnalysisRowWithJoins[]): Promise<PublishedAnalysis[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [sources, related] = await Promise.all([loadSources(db, ids), loadRelated(db, ids)]);
  return rows.map((row) => toPublishedAnalysis(row, sources.get(row.id) ?? [], related.get(row.id) ?? []));
}

/**
 * The one place an analyses row becomes a PublishedAnalysis. The byline is analyses.author, or the
 * creating editor's name when it is blank; the bio comes from the editor of that name.
 */
function toPublishedAnalysis(row: AnalysisRowWithJoins, sources: AnalysisSource[], related: RelatedAnalysis[]): PublishedAnalysis {
  if (row.guid === null || row.published_at === null) {
    // The CHECK constraint on analyses makes this unreachable for published rows.
    throw new Error(`publish: analysis ${row.id} is published without guid or published_at`);
  }
  const authorName = row.author?.trim() ? row.author : (row.creator_name ?? 'The editors');
  return {
    id: row.id,
    slug: row.slug,
    guid: row.guid,
    headline: row.headline,
    dek: row.dek,
    category: row.category,
    highlight: row.highlight,
    stats: asArray(row.stats).filter(isStat).map((s) => ({ value: s.value, label: s.label })),
    rundown: asArray(row.rundown).filter((r): r is string => typeof r === 'string'),
    take: isTake(row.take) ? { title: row.take.title, text: row.take.text, author: row.take.author } : null,
    bodyMarkdown: row.body,
    pullQuote: row.pull_quote,
    pullQuoteSpeaker: row.pull_quote_speaker,
    watch: row.watch,
    tags: asArray(row.tags).filter((t): t is string => typeof t === 'string'),
    author: { name: authorName, bio: row.author?.trim() ? row.author_bio : null },
    sources,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    readTimeMinutes: readTimeMinutes(row.body),
    related,
  };
}

/** The stories an analysis is based on, in position order, with their publisher (the page's site name, else the source's name). */
async function loadSources(db: Executor, ids: number[]): Promise<Map<number, AnalysisSource[]>> {
  const rows = await db
    .selectFrom('analysis_stories as s')
    .innerJoin('stories as st', 'st.id', 's.story_id')
    .innerJoin('sources as src', 'src.id', 'st.source_id')
    .select(['s.analysis_id', 'st.url', 'st.title', 'src.name', sql<string | null>`st.facts->>'site_name'`.as('site_name'), 'src.url as feed_url'])
    .where('s.analysis_id', 'in', ids)
    .orderBy('s.analysis_id')
    .orderBy('s.position')
    .orderBy('s.story_id')
    .execute();
  const out = new Map<number, AnalysisSource[]>();
  for (const r of rows) {
    const list = out.get(r.analysis_id) ?? [];
    list.push({ publisher: publisherName(r.site_name, r.name), title: r.title.trim() === '' ? null : r.title, url: r.url, feedUrl: r.feed_url });
    out.set(r.analysis_id, list);
  }
  return out;
}

/** Other published analyses sharing tags with each of `ids`: most shared tags first, then newest; up to three. */
async function loadRelated(db: Executor, ids: number[]): Promise<Map<number, RelatedAnalysis[]>> {
  const result = await sql<{ for_id: number; slug: string; headline: string }>`
    select x.id as for_id, r.slug, r.headline
    from analyses x
    cross join lateral (
      select o.slug, o.headline,
             (select count(distinct t) from jsonb_array_elements_text(o.tags) t where x.tags @> jsonb_build_array(t)) as shared,
             o.published_at, o.id
      from analyses o
      where o.status = 'published' and o.id <> x.id and o.tags ?| array(select jsonb_array_elements_text(x.tags))
      order by shared desc, o.published_at desc, o.id desc
      limit ${RELATED_LIMIT}
    ) r
    where x.id in (${sql.join(ids)})
    order by x.id, r.shared desc, r.published_at desc, r.id desc`.execute(db);
  const out = new Map<number, RelatedAnalysis[]>();
  for (const r of result.rows) {
    const list = out.get(r.for_id) ?? [];
    list.push({ slug: r.slug, headline: r.headline });
    out.set(r.for_id, list);
  }
  return out;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isStat(value: unknown): value is Stat {
  return typeof value === 'object' && value !== null && typeof (value as Stat).value === 'string' && typeof (value as Stat).label === 'string';
}

function isTake(value: unknown): value is Take {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Take;
  return typeof t.title === 'string' && typeof t.text === 'string' && typeof t.author === 'string';
}
