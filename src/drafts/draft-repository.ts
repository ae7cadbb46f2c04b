import type { FactSheet } from '../extract/types.ts';
import { PulseError } from '../errors.ts';
import type { Executor } from '../queue/types.ts';
import { checkAnalysis, type Check } from './checks.ts';
import type { DraftSource } from './types.ts';
import { publisherName } from '../events/event-summary.ts';

/**
 * The drafting stage's database edge: the reports of stories or of an event as DraftSources, the
 * categories the desk already uses, and an analysis' checks (its current source facts and the
 * fact changes detected after it was drafted). Everything else in src/drafts is pure.
 */

/** Returns the stories `ids` as drafting sources, in the given order (unknown ids are skipped). */
export async function loadDraftSources(db: Executor, ids: readonly number[]): Promise<DraftSource[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('stories as s')
    .innerJoin('sources as src', 'src.id', 's.source_id')
    .select(['s.id', 's.url', 's.title', 's.published_at', 's.facts', 'src.name'])
    .where('s.id', 'in', [...ids])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const facts = r.facts as Partial<FactSheet> | null;
    return [{ story_id: r.id, publisher: publisherName(facts?.site_name, r.name) || null, url: r.url, title: r.title || null, published_at: r.published_at?.toISOString() ?? null, facts }];
  });
}

/** Returns the ids of an event's stories (oldest first), or throws not_found for an unknown event. */
export async function eventStoryIds(db: Executor, eventId: number): Promise<number[]> {
  const event = await db.selectFrom('events').select('id').where('id', '=', eventId).executeTakeFirst();
  if (!event) throw new PulseError('validation_failed', `event_id: no event ${eventId}`, { details: [{ field: 'event_id', message: `unknown event ${eventId}` }] });
  const rows = await db.selectFrom('stories').select('id').where('event_id', '=', eventId).orderBy('published_at').orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** Returns the categories the desk already uses (distinct categories of existing analyses). */
export async function deskCategories(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('analyses').select('category').distinct().where('category', 'is not', null).where('category', '<>', '').execute();
  return rows.map((r) => r.category!).sort();
}

/** Returns the checks of analysis `id` (SPEC: `GET /api/analyses/:id` carries `checks`); [] for an unknown id. */
export async function loadChecks(db: Executor, id: number): Promise<Check[]> {
  const row = await db.selectFrom('analyses').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return [];
  const links = await db.selectFrom('analysis_stories').select('story_id').where('analysis_id', '=', id).orderBy('position').execute();
  const ids = links.map((l) => l.story_id);
  const sources = await loadDraftSources(db, ids);
  const since = row.drafted_at ?? row.created_at;
  const changes =
    ids.length === 0
      ? []
      : await db
          .selectFrom('story_fact_changes as c')
          .innerJoin('stories as s', 's.id', 'c.story_id')
          .innerJoin('sources as src', 'src.id', 's.source_id')
          .select(['c.story_id', 'c.detected_at', 'c.changes', 'src.name'])
          .where('c.story_id', 'in', ids)
          .where('c.detected_at', '>', since)
          .orderBy('c.detected_at')
          .orderBy('c.id')
          .execute();
  return checkAnalysis(
    row,
    sources,
    changes.map((c) => ({ story_id: c.story_id, publisher: c.name, detected_at: c.detected_at.toISOString(), changes: c.changes })),
  );
}
