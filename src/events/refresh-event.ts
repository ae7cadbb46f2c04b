import { sql } from 'kysely';
import { jsonb } from '../db/json.ts';
import type { Executor } from './event-index.ts';
import { distinctPublishers, eventScore, GROWTH_HOURS, originatingReport, publisherName, rankBase, representativeTitle, type ReportSummary } from './event-summary.ts';

/** A report row as REPORT_COLUMNS selects it (from `stories s join sources src`). */
export interface ReportRow {
  id: number;
  title: string;
  url: string;
  canonical_url: string | null;
  page_url: string | null;
  published_at: Date | string | null;
  created_at: Date | string;
  source_name: string;
  site_name: string | null;
  links: unknown;
  facts: number | null;
}

/** The columns of a report, over `stories s join sources src on src.id = s.source_id`. */
export const REPORT_COLUMNS = sql`s.id, s.title, s.url, s.canonical_url, s.page_url, s.published_at, s.created_at, src.name as source_name,
      s.facts->>'site_name' as site_name, s.facts->'links' as links,
      coalesce(jsonb_array_length(case when jsonb_typeof(s.facts->'figures') = 'array' then s.facts->'figures' end), 0)
        + coalesce(jsonb_array_length(case when jsonb_typeof(s.facts->'dates') = 'array' then s.facts->'dates' end), 0)
        + coalesce(jsonb_array_length(case when jsonb_typeof(s.facts->'quotes') = 'array' then s.facts->'quotes' end), 0) as facts`;

/** A report row as the summary functions see it. */
export function toReport(r: ReportRow): ReportSummary {
  const links = typeof r.links === 'string' ? (JSON.parse(r.links) as unknown) : r.links;
  return {
    id: Number(r.id),
    title: r.title,
    url: r.url,
    altUrls: [r.canonical_url, r.page_url],
    publishedAt: r.published_at ? new Date(r.published_at).getTime() : null,
    seenAt: new Date(r.created_at).getTime(),
    publisher: publisherName(r.site_name, r.source_name),
    links: Array.isArray(links) ? (links as { url?: unknown }[]).map((l) => (typeof l?.url === 'string' ? l.url : '')).filter(Boolean) : [],
    facts: Number(r.facts ?? 0),
  };
}

/** The reports of an event as the summary functions see them. */
export async function loadReports(db: Executor, eventId: number): Promise<ReportSummary[]> {
  const rows = await sql<ReportRow>`
    select ${REPORT_COLUMNS}
    from stories s join sources src on src.id = s.source_id
    where s.event_id = ${eventId}
    order by s.id`.execute(db);
  return rows.rows.map(toReport);
}

/** What an event's row says of its stories (the columns refreshEvent() writes). */
export interface EventSummary {
  title: string;
  story_count: number;
  source_count: number;
  sources: string[];
  first_story_id: number | null;
  last_story_at: Date;
  score: number;
  /** The time-independent part of `score` (src/events/live-score.ts adds the rest at read time). */
  rank_base: number;
}

/** An event's summary from its reports (at least one). */
export function summarizeEvent(reports: readonly ReportSummary[], now: number = Date.now()): EventSummary {
  const publishers = distinctPublishers(reports);
  const first = originatingReport(reports);
  // The originating publisher is named first (attribution: "Originally reported by …").
  const firstPublisher = first ? publishers.find((p) => p.toLowerCase() === first.publisher.toLowerCase()) : undefined;
  const sources = firstPublisher ? [firstPublisher, ...publishers.filter((p) => p !== firstPublisher)] : publishers;
  const times = reports.map((r) => r.publishedAt ?? r.seenAt);
  const lastStoryAt = Math.max(...times);
  const recent = reports.filter((r) => r.seenAt >= now - GROWTH_HOURS * 3_600_000).length;
  const facts = Math.max(...reports.map((r) => r.facts));
  const score = eventScore({ publishers: publishers.length, recentReports: recent, lastStoryAt, facts }, now);
  return {
    title: representativeTitle(reports).slice(0, 1000),
    story_count: reports.length,
    source_count: publishers.length,
    sources,
    first_story_id: first?.id ?? null,
    last_story_at: new Date(lastStoryAt),
    score,
    rank_base: rankBase({ publishers: publishers.length, facts }),
  };
}

/** Writes an event's summary (one statement). */
export async function writeEventSummary(trx: Executor, eventId: number, summary: EventSummary): Promise<void> {
  await trx
    .updateTable('events')
    .set({ ...summary, sources: jsonb(summary.sources), updated_at: sql`now()` })
    .where('id', '=', eventId)
    .execute();
}

/**
 * Recomputes an event's summary from its stories: title (the most representative headline),
 * story_count, source_count and sources (distinct publishers), first_story_id (the originating
 * report), last_story_at, score and updated_at. An open event left without stories is deleted.
 */
export async function refreshEvent(trx: Executor, eventId: number, now: number = Date.now()): Promise<void> {
  const reports = await loadReports(trx, eventId);
  if (reports.length === 0) {
    await trx.deleteFrom('events').where('id', '=', eventId).where('status', '=', 'open').execute();
    await trx.updateTable('events').set({ story_count: 0, source_count: 0, sources: jsonb([]), first_story_id: null, score: 0, rank_base: 0, updated_at: sql`now()` }).where('id', '=', eventId).execute();
    return;
  }
  await writeEventSummary(trx, eventId, summarizeEvent(reports, now));
}
