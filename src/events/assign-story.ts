import { sql } from 'kysely';
import type { FactSheet } from '../extract/types.ts';
import { chooseEvent, GROUPING, lookupKeys, profileKeys } from './assign.ts';
import {
  applyToProfile,
  findCandidates,
  learnTerms,
  loadProfiles,
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
export async function featuresOfStory(
  db: Executor,
  storyId: number,
): Promise<{ features: StoryFeatures; saved: StoryFeatures | null; eventId: number | null; pinned: boolean } | null> {
  const res = await sql<{ title: string; facts: unknown; published_at: Date | null; created_at: Date; event_id: number | null; event_pinned: boolean; saved: unknown }>`
    select s.title, s.facts, s.published_at, s.created_at, s.event_id, s.event_pinned, f.features as saved
    from stories s left join story_event_features f on f.story_id = s.id where s.id = ${storyId}`.execute(db);
  const story = res.rows[0];
  if (!story) return null;
  const input = storyInputFromFacts(story.title, story.facts as Partial<FactSheet> | null, story.published_at ?? story.created_at);
  const saved = story.saved === null ? null : ((typeof story.saved === 'string' ? JSON.parse(story.saved) : story.saved) as StoryFeatures);
  return { features: storyFeatures(input), saved, eventId: story.event_id === null ? null : Number(story.event_id), pinned: story.event_pinned };
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
  const previous = current.saved;

  // Take back what the story added last time, so it is scored as a newcomer.
  if (previous) {
    await learnTerms(trx, previous, -1);
    if (oldEventId !== null) await applyToProfile(trx, oldEventId, profileKeys(previous), Object.keys(previous.body).length > 0, previous.at, -1);
  }
  const stats = await learnTerms(trx, features, 1);

  let target: number;
  let created = false;
  if (pinned && oldEventId !== null) {
    target = oldEventId;
  } else {
    const candidates = await findCandidates(trx, lookupKeys(features, stats), features.at);
    const profiles = await loadProfiles(trx, candidates, [...profileKeys(features).keys()]);
    const choice = chooseEvent(features, profiles, stats, GROUPING);
    if (choice.kind === 'join') target = choice.eventId;
    // A re-extracted story moves only to an event it joins: it never splits off on its own, because
    // a newcomer's bar is higher than the burst it arrived in (an upstream fix of one figure must not
    // take the originating report out of its event); an editor's move does that.
    else if (oldEventId !== null) target = oldEventId;
    else {
      target = await createEvent(trx);
      created = true;
    }
  }

  await applyToProfile(trx, target, profileKeys(features), Object.keys(features.body).length > 0, features.at, 1);
  await saveStoryFeatures(trx, storyId, features, target);
  const moved = oldEventId !== null && oldEventId !== target;
  if (moved) {
    await refreshLastAt(trx, oldEventId);
    await refreshEvent(trx, oldEventId);
  }
  await refreshEvent(trx, target);
  return { eventId: target, fromEventId: moved ? oldEventId : null, created };
}

