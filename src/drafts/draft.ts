import { attributionLine } from '../desk/prefill.ts';
import { draftCategories, draftDeks, draftHeadlines, draftHighlights, draftTags } from './front-matter.ts';
import { draftable, rankStats, STATS_DRAFTED } from './pick-stats.ts';
import { rankQuotes } from './pull-quote.ts';
import { readReports } from './reports.ts';
import { draftRundown } from './rundown.ts';
import type { Choice, Draft, DraftOptions, DraftSource } from './types.ts';

export const TAGS_DRAFTED = 5;
const CANDIDATES_KEPT = 8;

const strip = <T,>(c: Choice<T>): Choice<T> => ({ value: c.value, evidence: c.evidence });

/**
 * Returns the draft Pulse writes from the reports of one event (SPEC "Drafts and checks"). Pure:
 * no I/O, no clock — the same reports give the same draft.
 */
export function draftAnalysis(sources: readonly DraftSource[], opts: DraftOptions = {}): Draft {
  const reports = readReports(sources);
  const headlines = draftHeadlines(reports);
  const deks = draftDeks(reports, headlines[0]?.value ?? null);
  const ranked = rankStats(reports);
  // Cards that say what they count first; vague ones ("Count", "Key Date") stay runners-up.
  const stats = [...ranked.filter(draftable).slice(0, STATS_DRAFTED), ...ranked.filter((c) => !draftable(c) || ranked.filter(draftable).indexOf(c) >= STATS_DRAFTED)];
  const drafted = Math.min(STATS_DRAFTED, ranked.filter(draftable).length);
  const highlights = draftHighlights(stats);
  const categories = draftCategories(reports, opts.categories ?? []);
  const rundown = draftRundown(reports);
  const quotes = rankQuotes(reports);
  const tags = draftTags(reports);
  const origin = reports[0];
  return {
    headline: headlines[0] ?? null,
    dek: deks[0] ?? null,
    highlight: highlights[0] ?? null,
    category: categories[0] ?? null,
    stats: stats.slice(0, drafted).map(strip),
    rundown: rundown.points,
    pull_quote: quotes[0] ?? null,
    tags: tags.slice(0, TAGS_DRAFTED),
    attribution: attributionLine(reports.map((r) => r.source.publisher ?? '')),
    origin_story_id: origin?.source.story_id ?? null,
    candidates: {
      headline: headlines.slice(1, 1 + CANDIDATES_KEPT),
      dek: deks.slice(1, 1 + CANDIDATES_KEPT),
      highlight: highlights.slice(1, 1 + CANDIDATES_KEPT),
      category: categories.slice(1, 1 + CANDIDATES_KEPT),
      stats: stats.slice(drafted, drafted + CANDIDATES_KEPT).map(strip),
      rundown: rundown.candidates,
      pull_quote: quotes.slice(1, 1 + CANDIDATES_KEPT),
      tags: tags.slice(TAGS_DRAFTED, TAGS_DRAFTED + CANDIDATES_KEPT),
    },
  };
}

/** Returns the story ids in the order the draft attributes them: the originating report first. */
export function attributionOrder(sources: readonly DraftSource[]): number[] {
  return readReports(sources).map((r) => r.source.story_id);
}
