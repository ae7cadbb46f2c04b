import { sql } from 'kysely';
import { STORY_STATUSES, type StoryStatus } from '../db/schema.ts';
import { PulseError } from '../errors.ts';
import type { Executor } from '../queue/types.ts';

/** A story as `pulse stories list` shows it (SPEC shape). */
export interface StoryListItem {
  id: number;
  source_id: number;
  source_name: string;
  url: string;
  canonical_url: string | null;
  title: string;
  status: StoryStatus;
  published_at: string | null;
  created_at: string;
  last_error: string | null;
  also_reported_by: number;
}

/** Returns the status or throws bad_request naming the valid ones. */
export function parseStoryStatus(text: string): StoryStatus {
  if ((STORY_STATUSES as readonly string[]).includes(text)) return text as StoryStatus;
  throw new PulseError('bad_request', `unknown story status ${JSON.stringify(text)} (one of ${STORY_STATUSES.join(', ')})`);
}

/** Returns every story (or those in `status`), newest first; no paging. */
export async function listStories(db: Executor, opts: { status?: StoryStatus | null } = {}): Promise<StoryListItem[]> {
  let q = db
    .selectFrom('stories')
    .innerJoin('sources', 'sources.id', 'stories.source_id')
    .select([
      'stories.id',
      'stories.source_id',
      'sources.name as source_name',
      'stories.url',
      'stories.canonical_url',
      'stories.title',
      'stories.status',
      'stories.published_at',
      'stories.created_at',
      'stories.last_error',
      sql<number>`(select count(*)::int from story_reports r where r.story_id = stories.id) - 1`.as('also_reported_by'),
    ])
    .orderBy(sql`coalesce(stories.published_at, stories.created_at)`, 'desc')
    .orderBy('stories.id', 'desc');
  if (opts.status) q = q.where('stories.status', '=', opts.status);
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, published_at: r.published_at?.toISOString() ?? null, created_at: r.created_at.toISOString() }));
}

/** Returns one story with its fact sheet (SPEC `stories show` shape) or throws not_found. */
export async function showStory(db: Executor, id: number): Promise<Record<string, unknown>> {
  const row = await db
    .selectFrom('stories')
    .innerJoin('sources', 'sources.id', 'stories.source_id')
    .select([
      'stories.id',
      'stories.status',
      'stories.url',
      'stories.canonical_url',
      'stories.title',
      'stories.published_at',
      'stories.source_id',
      'sources.name as source_name',
      'stories.authors',
      'stories.categories',
      'stories.last_error',
      'stories.extracted_at',
      'stories.claimed_by',
      'stories.claim_expires_at',
      'stories.created_at',
      'stories.facts',
    ])
    .where('stories.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new PulseError('not_found', `story ${id} does not exist`);
  const reports = await db
    .selectFrom('story_reports')
    .innerJoin('sources', 'sources.id', 'story_reports.source_id')
    .select(['sources.id as source_id', 'sources.name', 'story_reports.url'])
    .where('story_reports.story_id', '=', id)
    .orderBy('story_reports.seen_at')
    .execute();
  const changes = await db.selectFrom('story_fact_changes').select(['detected_at', 'changes']).where('story_id', '=', id).orderBy('id').execute();
  return {
    ...row,
    published_at: row.published_at?.toISOString() ?? null,
    extracted_at: row.extracted_at?.toISOString() ?? null,
    claim_expires_at: row.claim_expires_at?.toISOString() ?? null,
    created_at: row.created_at.toISOString(),
    reported_by: reports,
    fact_changes: changes.map((c) => ({ detected_at: c.detected_at.toISOString(), ...c.changes })),
    facts: row.facts,
  };
}
