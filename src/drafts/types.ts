/**
 * The drafter's shapes (SPEC "Drafts and checks"). A draft is what Pulse writes from the fact
 * sheets of one event's reports: every element carries its evidence (the story and the sentence
 * it was drawn from) and the draft keeps the runner-up candidates of each field so the desk can
 * swap one in. Stored as-is in analyses.draft (jsonb), so keys are snake_case.
 */
import type { FactSheet } from '../extract/types.ts';

/** One report of the event as the drafter sees it: story metadata and its fact sheet. */
export interface DraftSource {
  story_id: number;
  /** The publisher's name (the source's site name), e.g. "TechCrunch". */
  publisher: string | null;
  url: string;
  title: string | null;
  published_at: string | null;
  /** The stored fact sheet; read defensively (older rows, other helpers' additions). */
  facts: Partial<FactSheet> | null;
}

/** Where a drafted element comes from: a story and the sentence, verbatim. */
export interface DraftEvidence {
  story_id: number;
  sentence: string;
}

/** A drafted value with its evidence. */
export interface Choice<T> {
  value: T;
  evidence: DraftEvidence | null;
}

export interface DraftStat {
  value: string;
  label: string;
}

export interface DraftQuote {
  text: string;
  speaker: string;
}

/** The fields a draft fills, in the order the desk shows them. */
export const DRAFT_FIELDS = ['headline', 'dek', 'highlight', 'category', 'stats', 'rundown', 'pull_quote', 'tags'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export interface Draft {
  headline: Choice<string> | null;
  dek: Choice<string> | null;
  highlight: Choice<string> | null;
  category: Choice<string> | null;
  stats: Choice<DraftStat>[];
  rundown: Choice<string>[];
  pull_quote: Choice<DraftQuote> | null;
  tags: Choice<string>[];
  /** "Originally reported by TechCrunch." — the originating report's publisher first. */
  attribution: string | null;
  /** The originating report (earliest, or the one the others link to). */
  origin_story_id: number | null;
  /** Runners-up per field, best first, for the desk's swap. */
  candidates: {
    headline: Choice<string>[];
    dek: Choice<string>[];
    highlight: Choice<string>[];
    category: Choice<string>[];
    stats: Choice<DraftStat>[];
    rundown: Choice<string>[];
    pull_quote: Choice<DraftQuote>[];
    tags: Choice<string>[];
  };
}

/** What the drafter needs besides the reports: the categories the desk already uses. */
export interface DraftOptions {
  categories?: readonly string[];
}
