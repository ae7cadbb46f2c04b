import type { StoryFeatures } from './features.ts';

/**
 * How close a story is to an event: TF-IDF cosine between the story and the event's centroid,
 * title and body apart (Miranda et al. 2018, "Multilingual clustering of streaming news"), plus
 * the share of the story's entities and figures the event's reports also give, times a decay in
 * the time between the story and the event's newest report. Pure: the statistics and the event
 * profiles are passed in, so `pulse cluster` (in memory) and the live pipeline (PostgreSQL) score
 * with the same code.
 */

export type Field = 'title' | 'body';

/** Document frequencies learned online as stories arrive (each story counted once per field). */
export interface TermStats {
  /** Stories seen. */
  docs: number;
  df(field: Field, term: string): number;
}

/**
 * An event as the grouping sees it: summed term counts of its stories per field (a centroid),
 * entity and figure counts, and the norms of its centroids (computed when it last changed, with
 * the IDF of that moment). The maps may hold only the terms a story shares with it: scoring
 * reads no other term.
 */
export interface EventProfile {
  id: number;
  n: number;
  lastAt: number | null;
  title: Record<string, number>;
  body: Record<string, number>;
  /** Stories of the event that had a body. */
  bodied: number;
  entities: Record<string, number>;
  figures: Record<string, number>;
  titleNorm: number;
  bodyNorm: number;
}

/** Smoothed inverse document frequency. */
export function idf(stats: TermStats, field: Field, term: string): number {
  return Math.log((stats.docs + 1) / (stats.df(field, term) + 1)) + 1;
}

/** Euclidean norm of a TF-IDF vector. */
export function vectorNorm(vec: Record<string, number>, stats: TermStats, field: Field): number {
  let s = 0;
  for (const t in vec) {
    const w = Math.sqrt(vec[t]!) * idf(stats, field, t);
    s += w * w;
  }
  return Math.sqrt(s);
}

// Weights of the signals when a story and an event both have bodies: titles and bodies carry the
// news, entities and figures confirm it (same people, same amounts). Headlines alone score on
// the title cosine only.
const W_TITLE = 0.4;
const W_BODY = 0.4;
const W_ENTITIES = 0.1;
const W_FIGURES = 0.1;

/**
 * Hours after which a time gap starts to cost, and the decay per hour beyond: news is told over a
 * day or two, after which similar words mean a new development. Chosen wide on purpose: the dev
 * headlines (bench/events.ts) group as well with any half-life from 12 h up, and a narrower
 * window would lean on the publication clock rather than on the words.
 */
export const TIME_GRACE_HOURS = 6;
export const TIME_HALF_LIFE_HOURS = 36;
/** Events whose newest report is older than this are not candidates at all. */
export const CANDIDATE_WINDOW_HOURS = 96;

/** The time factor (0..1] for a story published at `at` and an event last reported at `lastAt`. */
export function timeFactor(at: number | null, lastAt: number | null): number {
  if (at === null || lastAt === null) return 1;
  const hours = Math.abs(at - lastAt) / 3_600_000 - TIME_GRACE_HOURS;
  return hours <= 0 ? 1 : Math.pow(0.5, hours / TIME_HALF_LIFE_HOURS);
}

/** TF-IDF cosine (sublinear term counts) between a story's field and an event's centroid; `idfs` holds the story's terms' IDF. */
function cosine(story: Record<string, number>, storyNorm: number, centroid: Record<string, number>, centroidNorm: number, idfs: Record<string, number>): number {
  if (storyNorm === 0 || centroidNorm === 0) return 0;
  let dot = 0;
  for (const t in story) {
    const e = centroid[t];
    if (e) {
      const w = idfs[t]!;
      dot += Math.sqrt(story[t]! * e) * w * w;
    }
  }
  return dot / (storyNorm * centroidNorm);
}

/** The share of `keys` the event's stories also name, each weighted by how many of them do. */
function overlap(keys: readonly string[], counts: Record<string, number>, n: number): number {
  if (keys.length === 0 || n === 0) return 0;
  let s = 0;
  for (const k of keys) s += Math.min(1, (counts[k] ?? 0) / n);
  return s / keys.length;
}

export interface StoryVector {
  features: StoryFeatures;
  titleNorm: number;
  bodyNorm: number;
  /** The IDF of each of the story's title and body terms: computed once per story, read for every candidate. */
  titleIdf: Record<string, number>;
  bodyIdf: Record<string, number>;
}

function idfsOf(vec: Record<string, number>, stats: TermStats, field: Field): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t in vec) out[t] = idf(stats, field, t);
  return out;
}

/** A story's vectors' norms and its terms' IDF under the current statistics. */
export function storyVector(features: StoryFeatures, stats: TermStats): StoryVector {
  return {
    features,
    titleNorm: vectorNorm(features.title, stats, 'title'),
    bodyNorm: vectorNorm(features.body, stats, 'body'),
    titleIdf: idfsOf(features.title, stats, 'title'),
    bodyIdf: idfsOf(features.body, stats, 'body'),
  };
}

/**
 * A term counts in full towards coverage when at least this share of the event's stories use it:
 * 0.1 gave the best pairwise and BCubed F1 on the dev headlines among 0.05, 0.1 and 0.2
 * (bench/events.ts).
 */
export const COVERAGE_SHARE = 0.1;
/**
 * How much of a story's term weight its event's reports use: each of its terms counts in full
 * when at least COVERAGE_SHARE of the event's stories use it, pro rata below.
 */
function coverage(story: Record<string, number>, centroid: Record<string, number>, n: number, idfs: Record<string, number>): number {
  let got = 0;
  let all = 0;
  for (const t in story) {
    const w = idfs[t]! ** 2;
    all += w;
    const c = centroid[t];
    if (c) got += w * Math.min(1, c / n / COVERAGE_SHARE);
  }
  return all === 0 ? 0 : got / all;
}

/** Text similarity (0..1) of a story to an event: what they say, whatever their times. */
export function similarity(story: StoryVector, event: EventProfile): number {
  const f = story.features;
  // Cosine to the centroid favours the event's core words; coverage lets a headline that reuses
  // words spread over a big, diverse event join it (bench: +0.03 pairwise F1 over cosine alone).
  const cosT = Math.max(cosine(f.title, story.titleNorm, event.title, event.titleNorm, story.titleIdf), coverage(f.title, event.title, event.n, story.titleIdf));
  let score: number;
  if (story.bodyNorm > 0 && event.bodyNorm > 0) {
    const cosB = cosine(f.body, story.bodyNorm, event.body, event.bodyNorm, story.bodyIdf);
    let w = W_TITLE + W_BODY;
    score = W_TITLE * cosT + W_BODY * cosB;
    if (f.entities.length > 0) {
      score += W_ENTITIES * overlap(f.entities, event.entities, event.bodied);
      w += W_ENTITIES;
    }
    if (f.figures.length > 0) {
      score += W_FIGURES * overlap(f.figures, event.figures, event.bodied);
      w += W_FIGURES;
    }
    score /= w;
  } else {
    score = cosT;
  }
  return score;
}
