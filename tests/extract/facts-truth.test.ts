import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRUTH_DIR, loadTruth, precision, recall, scoreDates, scoreFigures, scoreQuotes } from '../../bench/_facts-truth.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';

/**
 * Golden test on real pages annotated by hand (tests/fixtures/facts, after
 * ../shared/corpora/facts/ANNOTATING.md): on every page no string the annotator listed under
 * `not_figures` comes out as a figure, and per-page recall and precision stay above floors chosen
 * from measurement (bench/facts.ts, 46 pages: pooled figures P 0.93 R 0.79, dates P 0.83 R 0.61,
 * quotes P 0.97 R 0.99). The floors are per page, lower than the pooled figures, because one page
 * with two figures swings by 0.5.
 */
const FLOORS = {
  // Median page scores were ≥ 0.85; the floors catch a page collapsing, not a figure missing
  // (the lowest page, CNN's, has figure recall 0.33).
  figuresRecall: 0.3,
  figuresPrecision: 0.3, // lowest measured page: CNN's, 0.33 (3 offered, 1 annotated)
  datesRecall: 0.2,
  quotesRecall: 0.5,
};
// FACTS_TRUTH_DIR points the test at an annotation folder not yet merged (another worktree's).
const dir = process.env['FACTS_TRUTH_DIR'] ?? DEFAULT_TRUTH_DIR;
const pages = existsSync(dir) ? loadTruth(dir) : [];

describe.skipIf(pages.length === 0)('facts against the hand-annotated ground truth', () => {
  it('has at least 40 annotated pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
  });

  describe.each(pages.map((p) => [p.truth.id.slice(0, 24), p] as const))('%s', (_id, page) => {
    const sheet = extractFacts(page.html, page.url, { publishedAt: new Date(page.truth.published) });
    const offered = sheet.figures.map((f) => ({ ...f, sentence: f.evidence.sentence }));

    it('offers none of the annotated not-figures as a figure', () => {
      expect(scoreFigures(page.truth, offered).notFigureHits).toEqual([]);
    });

    it('keeps figures, dates and quotes above their floors', () => {
      const fig = scoreFigures(page.truth, offered).figuresSpec; // SPEC: scores are not figures
      const dates = scoreDates(page.truth, sheet.dates);
      const quotes = scoreQuotes(page.truth, sheet.quotes).quotes;
      if (fig.expected >= 3) expect(recall(fig), 'figure recall').toBeGreaterThanOrEqual(FLOORS.figuresRecall);
      if (fig.offered >= 3) expect(precision(fig), 'figure precision').toBeGreaterThanOrEqual(FLOORS.figuresPrecision);
      if (dates.expected >= 3) expect(recall(dates), 'date recall').toBeGreaterThanOrEqual(FLOORS.datesRecall);
      if (quotes.expected >= 2) expect(recall(quotes), 'quote recall').toBeGreaterThanOrEqual(FLOORS.quotesRecall);
    });
  });
});

it.runIf(pages.length === 0)('skips: no annotated pages in tests/fixtures/facts (the ground truth arrives with its own branch)', () => {
  console.warn(`facts-truth: ${dir} is absent or empty; the golden fact test is skipped.`);
});
