import { sql } from 'kysely';
import type { FactSheet } from '../extract/types.ts';
import { chooseEvent, GROUPING, lookupKeys, profileKeys } from './assign.ts';
import {
  applyToProfile,
  findCandidates,
  learnTerms,
  loadProfiles,
  loadStoryFeatures,
  loadTermStats,
  lockGrouping,
  refreshLastAt,
  saveStoryFeatures,
  type Executor,
} from './event-index.ts';
import { storyFeatures, storyInputFromFacts, type StoryFeatures } from './features.ts';
import { refreshEvent } from './refresh-event.ts';

export interface StoryAssignment {
  eventId: number;
  /** The event it left (a re-extracted story that moved), or null. */
  fromEventId: number | null;
  /** True when the story started a new event. */
  created: boolean;
}

/** The grouping features of a stored story (title, fact sheet, publication time). */
export async function featuresOfStory(db: Executor, storyId: number): Promise<{ features: StoryFeatures; eventId: number | null; pinned: boolean } | null> {
  const story = await db.selectFrom('stories').select(['title', 'facts', 'published_at', 'created_at', 'event_id', 'event_pinned']).where('id', '=', storyId).executeTakeFirst();
  if (!story) return null;
  const input = storyInputFromFacts(story.title, story.facts as Partial<FactSheet> | null, story.published_at ?? story.created_at);
  return { features: storyFeatures(input), eventId: story.event_id === null ? null : Number(story.event_id), pinned: story.event_pinned };
}

/** Inserts an empty open event; returns its id. */
export async function createEvent(db: Executor): Promise<number> {
  const row = await sql<{ id: number }>`insert into events default values returning id`.execute(db);
  return Number(row.rows[0]!.id);
}

/**
 * Puts a story (just extracted, or re-extracted after an upstream change) in its event, inside the
 * caller's transaction: it joins the most similar recent event (src/events/assign.ts) or starts
 * one. A re-extracted story may move, unless an editor pinned it (merge or move). Serialised
 * across workers by an advisory lock, so two reports of one news item never start two events.
 * Returns null when the story does not exist.
 */
export async function assignStoryToEvent(trx: Executor, storyId: number): Promise<StoryAssignment | null> {
  await lockGrouping(trx);
  const current = await featuresOfStory(trx, storyId);
  if (!current) return null;
  const { features, eventId: oldEventId, pinned } = current;
  const previous = await loadStoryFeatures(trx, storyId);

  // Take back what the story added last time, so it is scored as a newcomer.
  if (previous) {
    await learnTerms(trx, previous, -1);
    if (oldEventId !== null) await applyToProfile(trx, oldEventId, profileKeys(previous), Object.keys(previous.body).length > 0, previous.at, -1);
  }
  await learnTerms(trx, features, 1);

  let target: number;
  let created = false;
  if (pinned && oldEventId !== null) {
    target = oldEventId;
  } else {
    const scoredKeys = [...Object.keys(features.title).map((t) => `t:${t}`), ...Object.keys(features.body).map((t) => `b:${t}`)];
    const stats = await loadTermStats(trx, scoredKeys);
    const candidates = await findCandidates(trx, lookupKeys(features, stats), features.at);
    const profiles = await loadProfiles(trx, candidates, [...profileKeys(features).keys()]);
    const choice = chooseEvent(features, profiles, stats, GROUPING);
    if (choice.kind === 'join') target = choice.eventId;
    else if (oldEventId !== null && (await storiesIn(trx, oldEventId, storyId)) === 0) target = oldEventId;
    else {
      target = await createEvent(trx);
      created = true;
    }
  }

  await applyToProfile(trx, target, profileKeys(features), Object.keys(features.body).length > 0, features.at, 1);
  await trx.updateTable('stories').set({ event_id: target }).where('id', '=', storyId).execute();
  await saveStoryFeatures(trx, storyId, features);
  const moved = oldEventId !== null && oldEventId !== target;
  if (moved) {
    await refreshLastAt(trx, oldEventId);
    await refreshEvent(trx, oldEventId);
  }
  await refreshEvent(trx, target);
  return { eventId: target, fromEventId: moved ? oldEventId : null, created };
}

async function storiesIn(db: Executor, eventId: number, exceptStoryId: number): Promise<number> {
  const row = await db
    .selectFrom('stories')
    .select(sql<number>`count(*)`.as('n'))
    .where('event_id', '=', eventId)
    .where('id', '<>', exceptStoryId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
