import { sql } from 'kysely';
import type { Executor } from '../queue/types.ts';

/** What became of a story whose page named its canonical URL. */
export type CanonicalOutcome =
  | { kind: 'kept' }
  | { kind: 'adopted' }
  | { kind: 'folded'; into: number };

/**
 * Records the canonical URL a story's page declares (rel=canonical, og:url), inside the caller's
 * extraction transaction (issue 10 item 6). When another story already has that canonical URL,
 * the two are one article reached under two addresses: this story's reports (story_reports) move
 * to the other one and this story is deleted, so the desk sees one story with both reports.
 *
 * Only a story nobody has built on yet folds (no event, no analysis): a re-extracted story that an
 * editor already grouped or wrote about stays as it is. The other story's row is locked first, so
 * two extractions folding into it at once wait on each other instead of racing.
 */
export async function adoptCanonicalUrl(trx: Executor, storyId: number, canonical: string | null): Promise<CanonicalOutcome> {
  if (!canonical) return { kind: 'kept' };
  const self = await trx.selectFrom('stories').select(['canonical_url', 'event_id']).where('id', '=', storyId).executeTakeFirst();
  if (!self || self.canonical_url === canonical) return { kind: 'kept' };
  const other = await trx.selectFrom('stories').select('id').where('canonical_url', '=', canonical).where('id', '<>', storyId).forUpdate().executeTakeFirst();
  if (!other) {
    // Nobody has it: this story takes it (the partial unique index decides a concurrent tie).
    const r = await trx
      .updateTable('stories')
      .set({ canonical_url: canonical })
      .where('id', '=', storyId)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('stories as o').select('o.id').where('o.canonical_url', '=', canonical))))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0 ? { kind: 'adopted' } : { kind: 'kept' };
  }
  const used = await trx.selectFrom('analysis_stories').select('story_id').where('story_id', '=', storyId).executeTakeFirst();
  if (self.event_id !== null || used) return { kind: 'kept' };
  await trx.updateTable('story_reports').set({ story_id: other.id }).where('story_id', '=', storyId).execute();
  await trx.deleteFrom('stories').where('id', '=', storyId).execute();
  return { kind: 'folded', into: other.id };
}
