import type { Db } from '../../src/db/client.ts';
import { jsonb } from '../../src/db/json.ts';

/**
 * Groups `storyIds` into a new event row the way src/events would (tests of the desk run without
 * the grouping engine): title, counts, publishers and the first report filled from the stories.
 * Returns the event id.
 */
export async function seedEvent(db: Db, storyIds: number[], opts: { title?: string; score?: number } = {}): Promise<number> {
  const stories = await db.kysely
    .selectFrom('stories')
    .innerJoin('sources', 'sources.id', 'stories.source_id')
    .select(['stories.id', 'stories.title', 'sources.name', 'stories.published_at'])
    .where('stories.id', 'in', storyIds)
    .orderBy('stories.published_at')
    .orderBy('stories.id')
    .execute();
  const publishers = [...new Set(stories.map((s) => s.name))];
  const row = await db.kysely
    .insertInto('events')
    .values({
      title: opts.title ?? stories[0]?.title ?? '',
      story_count: stories.length,
      source_count: publishers.length,
      sources: jsonb(publishers),
      first_story_id: stories[0]?.id ?? null,
      score: opts.score ?? 1,
      last_story_at: stories.at(-1)?.published_at ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (storyIds.length > 0) await db.kysely.updateTable('stories').set({ event_id: row.id }).where('id', 'in', storyIds).execute();
  return row.id;
}
