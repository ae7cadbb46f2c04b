import { sql } from 'kysely';
import type { FactSheet } from '../extract/types.ts';
import { chooseEvent, GROUPING, lookupKeys, profileKeys } from './assign.ts';
import {
  applyToProfile,
  findCandidateProfiles,
  GROUPING_LOCK,
  learnStory,
  learnTerms,
  loadTermStats,
  placeStory,
  refreshLastAt,
  type Executor,
} from './event-index.ts';
import { storyFeatures, storyInputFromFacts, type StoryFeatures } from './features.ts';
import { REPORT_COLUMNS, refreshEvent, summarizeEvent, toReport, writeEventSummary, type ReportRow } from './refresh-event.ts';

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

/** The story as grouping reads it, taking the grouping lock in the same statement. */
async function lockAndReadStory(trx: Executor, storyId: number): Promise<{ features: StoryFeatures; report: ReportRow } | null> {
  // The lock is taken as the row is read: what this statement reads is the story's own content
  // (written by its extraction, in the caller's transaction), which the lock does not guard; every
  // grouping state (its event, saved features, term statistics) is read by the next statements.
  const res = await sql<ReportRow & { facts_json: unknown; locked: unknown }>`
    select pg_advisory_xact_lock(${GROUPING_LOCK}) as locked, s.facts as facts_json, ${REPORT_COLUMNS}
    from stories s join sources src on src.id = s.source_id where s.id = ${storyId}`.execute(trx);
  const row = res.rows[0];
  if (!row) return null;
  const facts = (typeof row.facts_json === 'string' ? JSON.parse(row.facts_json) : row.facts_json) as Partial<FactSheet> | null;
  const input = storyInputFromFacts(row.title, facts, row.published_at ?? row.created_at);
  return { features: storyFeatures(input), report: row };
}

/**
 * Puts a story (just extracted, or re-extracted after an upstream change) in its event, inside the
 * caller's transaction: it joins the most similar recent event (src/events/assign.ts) or starts
 * one. A re-extracted story may move, unless an editor pinned it (merge or move). Serialised
 * across workers by an advisory lock, so two reports of one news item never start two events.
 * Returns null when the story does not exist.
 *
 * A new story takes four statements when it starts an event and five when it joins one: lock and
 * read the story; count its terms and read where it stood; find the candidate events with their
 * profiles; place it (event, profile, norms, features; the joined event's reports come back);
 * write the joined event's summary. A re-extracted story takes a few more.
 */
export async function assignStoryToEvent(trx: Executor, storyId: number, now: number = Date.now()): Promise<StoryAssignment | null> {
  const current = await lockAndReadStory(trx, storyId);
  if (!current) return null;
  const { features, report } = current;
  const learned = await learnStory(trx, storyId, features);
  const { eventId: oldEventId, pinned, saved: previous } = learned;
  let stats = learned.stats;

  // Take back what the story added last time, so it is scored as a newcomer.
  if (previous) {
    await learnTerms(trx, previous, -1);
    stats = await loadTermStats(trx, [...profileKeys(features).keys()].filter((k) => k[0] === 't' || k[0] === 'b'));
    if (oldEventId !== null) await applyToProfile(trx, oldEventId, profileKeys(previous), Object.keys(previous.body).length > 0, previous.at, -1);
  }

  let target: number | null;
  if (pinned && oldEventId !== null) {
    target = oldEventId;
  } else {
    const profiles = await findCandidateProfiles(trx, lookupKeys(features, stats), features.at, [...profileKeys(features).keys()]);
    const choice = chooseEvent(features, profiles, stats, GROUPING);
    if (choice.kind === 'join') target = choice.eventId;
    // A re-extracted story moves only to an event it joins: it never splits off on its own, because
    // a newcomer's bar is higher than the burst it arrived in (an upstream fix of one figure must not
    // take the originating report out of its event); an editor's move does that.
    else if (oldEventId !== null) target = oldEventId;
    else target = null;
  }

  const placed = await placeStory(trx, storyId, features, target === null ? { summary: summarizeEvent([toReport(report)], now) } : { eventId: target });
  if (target !== null) await writeEventSummary(trx, target, summarizeEvent(placed.reports.map(toReport), now));
  const moved = oldEventId !== null && oldEventId !== placed.eventId;
  if (moved) {
    await refreshLastAt(trx, oldEventId);
    await refreshEvent(trx, oldEventId, now);
  }
  return { eventId: placed.eventId, fromEventId: moved ? oldEventId : null, created: target === null };
}
