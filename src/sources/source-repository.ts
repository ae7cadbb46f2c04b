import { sql } from 'kysely';
import type { SourceRow } from '../db/schema.ts';
import { PulseError } from '../errors.ts';
import type { Executor } from '../queue/types.ts';

/** A source as the CLI and API show it (SPEC `sources list` shape). */
export interface SourceView {
  id: number;
  url: string;
  name: string;
  site_url: string | null;
  format: string | null;
  status: 'active' | 'failing' | 'paused';
  paused: boolean;
  pause_reason: string | null;
  last_error: string | null;
  error_count: number;
  poll_interval_seconds: number;
  last_polled_at: string | null;
  last_success_at: string | null;
  next_poll_at: string;
  retry_after_until: string | null;
  stories: number;
  created_at: string;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** Returns the row as the CLI/API view. */
export function toSourceView(row: SourceRow, stories = 0): SourceView {
  return {
    id: row.id,
    url: row.url,
    name: row.name,
    site_url: row.site_url,
    format: row.format,
    status: row.status,
    paused: row.paused,
    pause_reason: row.pause_reason,
    last_error: row.last_error,
    error_count: row.error_count,
    poll_interval_seconds: row.poll_interval_seconds,
    last_polled_at: iso(row.last_polled_at),
    last_success_at: iso(row.last_success_at),
    next_poll_at: row.next_poll_at.toISOString(),
    retry_after_until: iso(row.retry_after_until),
    stories,
    created_at: row.created_at.toISOString(),
  };
}

/** Returns every source with its story count, oldest first. */
export async function listSources(db: Executor): Promise<SourceView[]> {
  const rows = await db
    .selectFrom('sources')
    .selectAll('sources')
    .select((eb) => eb.selectFrom('story_reports').whereRef('story_reports.source_id', '=', 'sources.id').select(sql<number>`count(*)::int`.as('n')).as('story_count'))
    .orderBy('id')
    .execute();
  return rows.map((r) => toSourceView(r, r.story_count ?? 0));
}

/** Returns the source or throws not_found. */
export async function getSource(db: Executor, id: number): Promise<SourceRow> {
  const row = await db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new PulseError('not_found', `source ${id} does not exist`);
  return row;
}

/** Deletes the source (its stories go with it: ON DELETE CASCADE); throws not_found. */
export async function removeSource(db: Executor, id: number): Promise<SourceRow> {
  let row: SourceRow | undefined;
  try {
    row = await db.deleteFrom('sources').where('id', '=', id).returningAll().executeTakeFirst();
  } catch (err) {
    // analysis_stories → stories is ON DELETE RESTRICT: published attribution must not vanish.
    if ((err as { code?: string }).code === '23503') throw new PulseError('conflict', `source ${id} has stories that analyses cite; pause it instead of removing it`);
    throw err;
  }
  if (!row) throw new PulseError('not_found', `source ${id} does not exist`);
  return row;
}

/** Parses a source id argument; throws bad_request. */
export function parseSourceId(text: string | undefined): number {
  if (text === undefined || !/^\d{1,15}$/.test(text.trim())) throw new PulseError('bad_request', `source id must be a positive number (got ${JSON.stringify(text ?? '')})`);
  return Number(text);
}
