import { sql } from 'kysely';
import { PulseError } from '../errors.ts';
import { createEvent, featuresOfStory } from './assign-story.ts';
import { profileKeys } from './assign.ts';
import { applyToProfile, learnTerms, loadStoryFeatures, lockGrouping, mergeProfiles, refreshLastAt, saveStoryFeatures, type Executor } from './event-index.ts';
import { refreshEvent } from './refresh-event.ts';

async function requireEvent(db: Executor, id: number): Promise<void> {
  const row = await db.selectFrom('events').select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw new PulseError('not_found', `event ${id} not found`);
}

/**
 * An editor's merge (SPEC "Events"): folds event `fromEventId` into `targetEventId` — its stories,
 * its analyses, its grouping profile — records the correction, pins every story of the merged
 * event so later grouping never splits it again, deletes the folded event and refreshes the
 * target. Returns the target's id.
 */
export async function mergeEvents(trx: Executor, targetEventId: number, fromEventId: number, editorId: number | null): Promise<{ eventId: number }> {
  if (targetEventId === fromEventId) throw new PulseError('validation_failed', 'merge: an event cannot be merged into itself');
  await lockGrouping(trx);
  await requireEvent(trx, targetEventId);
  await requireEvent(trx, fromEventId);
  await trx.updateTable('stories').set({ event_id: targetEventId, event_pinned: true }).where('event_id', 'in', [targetEventId, fromEventId]).execute();
  await trx.updateTable('analyses').set({ event_id: targetEventId }).where('event_id', '=', fromEventId).execute();
  await mergeProfiles(trx, targetEventId, fromEventId);
  await trx.insertInto('event_corrections').values({ kind: 'merge', event_id: targetEventId, from_event_id: fromEventId, editor_id: editorId }).execute();
  await trx.deleteFrom('events').where('id', '=', fromEventId).execute();
  await refreshEvent(trx, targetEventId);
  return { eventId: targetEventId };
}

/**
 * An editor's move (SPEC "Events"): places a story in `targetEventId`, or in a new event of its
 * own when null, pins it there (later grouping never moves it), records the correction and
 * refreshes both events (the one it left is deleted when left empty and open). Returns where it
 * went and where it came from.
 */
export async function moveStory(trx: Executor, storyId: number, targetEventId: number | null, editorId: number | null): Promise<{ eventId: number; fromEventId: number | null }> {
  await lockGrouping(trx);
  const current = await featuresOfStory(trx, storyId);
  if (!current) throw new PulseError('not_found', `story ${storyId} not found`);
  if (targetEventId !== null) await requireEvent(trx, targetEventId);
  const saved = await loadStoryFeatures(trx, storyId);
  const features = saved ?? current.features;
  if (!saved) await learnTerms(trx, features, 1);
  const keys = profileKeys(features);
  const bodied = Object.keys(features.body).length > 0;
  const from = current.eventId;
  const target = targetEventId ?? (await createEvent(trx));
  if (from !== target) {
    if (from !== null) await applyToProfile(trx, from, keys, bodied, features.at, -1);
    await applyToProfile(trx, target, keys, bodied, features.at, 1);
  }
  await trx.updateTable('stories').set({ event_id: target, event_pinned: true, updated_at: sql`now()` }).where('id', '=', storyId).execute();
  await saveStoryFeatures(trx, storyId, features);
  await trx.insertInto('event_corrections').values({ kind: 'move', event_id: target, from_event_id: from, story_id: storyId, editor_id: editorId }).execute();
  if (from !== null && from !== target) {
    await refreshLastAt(trx, from);
    await refreshEvent(trx, from);
  }
  await refreshEvent(trx, target);
  return { eventId: target, fromEventId: from };
}
