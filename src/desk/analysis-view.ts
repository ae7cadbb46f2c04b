import { sql, type SqlBool } from 'kysely';
import type { AnalysisRow, AnalysisStatus } from '../db/schema.ts';
import { PulseError } from '../errors.ts';
import { readTimeMinutes } from '../publish/markdown.ts';
import type { Executor } from '../queue/types.ts';
import { decodeKeyset, encodeKeyset } from '../db/keyset-cursor.ts';
import { attributionLine } from './prefill.ts';
import { pullQuoteWire, type PullQuote } from '../publish/pull-quote.ts';
import { publisherName } from '../events/event-summary.ts';

/** An analysis as every API write and read answers it (SPEC "Analysis", snake_case like the request). */
export interface AnalysisView {
  id: number;
  slug: string;
  status: AnalysisStatus;
  version: number;
  guid: string | null;
  headline: string;
  dek: string | null;
  category: string | null;
  highlight: string | null;
  stats: AnalysisRow['stats'];
  rundown: string[];
  take: { title: string; text: string; author: string } | null;
  body: string;
  /** A string, or {text, speaker} when a speaker is stored (SPEC "Analysis"). */
  pull_quote: string | PullQuote | null;
  watch: string | null;
  tags: string[];
  author: string | null;
  story_ids: number[];
  sources: { story_id: number; publisher: string; url: string; title: string | null }[];
  attribution: string | null;
  read_time_minutes: number;
  created_by: number | null;
  /** Who owns it (created it, or had it handed over): only they and admins may change it (SPEC "HTTP rules"). */
  owner: { id: number; name: string } | null;
  created_at: string;
  updated_at: string;
  scheduled_at: string | null;
  published_at: string | null;
  retracted_at: string | null;
  retract_reason: string | null;
  /** The public page, once published. */
  url: string | null;
}

export interface RevisionView {
  version: number;
  action: string;
  editor_id: number | null;
  editor_name: string | null;
  created_at: string;
}

type SourceRow = AnalysisView['sources'][number];

/** Returns the public page URL of an analysis (`/analysis/:slug`). */
export function analysisPageUrl(baseUrl: string, slug: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/analysis/${encodeURIComponent(slug)}`;
}

/** The one place an analyses row becomes the API's view. */
export function toAnalysisView(row: AnalysisRow, sources: SourceRow[], baseUrl: string, ownerName: string | null = null): AnalysisView {
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    version: row.version,
    guid: row.guid,
    headline: row.headline,
    dek: row.dek,
    category: row.category,
    highlight: row.highlight,
    stats: row.stats,
    rundown: row.rundown,
    take: row.take,
    body: row.body,
    pull_quote: pullQuoteWire(row.pull_quote, row.pull_quote_speaker),
    watch: row.watch,
    tags: row.tags,
    author: row.author,
    story_ids: sources.map((s) => s.story_id),
    sources,
    attribution: attributionLine(sources.map((s) => s.publisher)),
    read_time_minutes: readTimeMinutes(row.body),
    created_by: row.created_by,
    owner: row.created_by === null ? null : { id: row.created_by, name: ownerName ?? `editor ${row.created_by}` },
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
    scheduled_at: row.scheduled_at?.toISOString() ?? null,
    published_at: row.published_at?.toISOString() ?? null,
    retracted_at: row.retracted_at?.toISOString() ?? null,
    retract_reason: row.retract_reason,
    url: row.status === 'published' ? analysisPageUrl(baseUrl, row.slug) : null,
  };
}

/** Returns the views of `rows`, loading their sources in one statement. */
export async function toAnalysisViews(db: Executor, rows: AnalysisRow[], baseUrl: string): Promise<AnalysisView[]> {
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('analysis_stories as l')
    .innerJoin('stories as s', 's.id', 'l.story_id')
    .innerJoin('sources as src', 'src.id', 's.source_id')
    .select(['l.analysis_id', 'l.story_id', 'src.name', sql<string | null>`s.facts->>'site_name'`.as('site_name'), 's.url', 's.title'])
    .where('l.analysis_id', 'in', rows.map((r) => r.id))
    .orderBy('l.analysis_id')
    .orderBy('l.position')
    .execute();
  const ownerIds = [...new Set(rows.map((r) => r.created_by).filter((x): x is number => x !== null))];
  const owners = ownerIds.length === 0 ? [] : await db.selectFrom('editors').select(['id', 'name']).where('id', 'in', ownerIds).execute();
  return rows.map((row) =>
    toAnalysisView(
      row,
      links.filter((l) => l.analysis_id === row.id).map((l) => ({ story_id: l.story_id, publisher: publisherName(l.site_name, l.name), url: l.url, title: l.title.trim() === '' ? null : l.title })),
      baseUrl,
      owners.find((o) => o.id === row.created_by)?.name ?? null,
    ),
  );
}

/** Returns the view of analysis `id`, or throws not_found. */
export async function loadAnalysis(db: Executor, id: number, baseUrl: string): Promise<AnalysisView> {
  const row = await db.selectFrom('analyses').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new PulseError('not_found', `analysis ${id} not found`);
  const [view] = await toAnalysisViews(db, [row], baseUrl);
  return view!;
}

/** Returns the revisions of analysis `id`, newest first. */
export async function loadRevisions(db: Executor, id: number): Promise<RevisionView[]> {
  const rows = await db
    .selectFrom('analysis_revisions as r')
    .leftJoin('editors as e', 'e.id', 'r.editor_id')
    .select(['r.version', 'r.action', 'r.editor_id', 'e.name as editor_name', 'r.created_at'])
    .where('r.analysis_id', '=', id)
    .orderBy('r.version', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, created_at: r.created_at.toISOString() }));
}

/** Returns one page of analyses (all, or one status), most recently changed first. */
export async function listAnalyses(
  db: Executor,
  query: { status?: AnalysisStatus | undefined; cursor?: string | undefined; limit?: number | undefined },
  baseUrl: string,
): Promise<{ items: AnalysisView[]; next_cursor: string | null }> {
  const limit = query.limit ?? 50;
  let q = db.selectFrom('analyses').selectAll().select(sql<string>`to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('sort_at'));
  if (query.status) q = q.where('status', '=', query.status);
  if (query.cursor) {
    const k = decodeKeyset(query.cursor);
    q = q.where(sql<SqlBool>`(updated_at, id) < (${k.at}::timestamptz, ${k.id}::bigint)`);
  }
  const rows = await q.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: await toAnalysisViews(db, page.map(({ sort_at: _s, ...row }) => row), baseUrl),
    next_cursor: rows.length > limit && last ? encodeKeyset({ at: last.sort_at, id: last.id }) : null,
  };
}
