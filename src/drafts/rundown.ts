import type { Report, ReportSentence } from './reports.ts';
import { contentWords, overlap, wordCount } from './text.ts';
import type { Choice } from './types.ts';

/**
 * The rundown (SPEC: four points, fewer only when the reports are that short, each a full
 * sentence drawn from the reports, in news order, no two saying the same thing, covering what
 * every source added). Greedy: the originating report's lead first, then the most informative
 * sentence not redundant with those taken, a report not yet heard from weighing more.
 */
export const RUNDOWN_POINTS = 4;
// Two sentences sharing this share of the smaller one's content words say the same thing.
// 0.5: the reference event's three reports re-tell the lead with about 0.55–0.8 overlap, and
// distinct points of one report overlap under 0.35.
export const REDUNDANT_OVERLAP = 0.5;
const NEW_SOURCE_BONUS = 3;

const BOILERPLATE = /\b(?:did not (?:immediately )?respond|declined to comment|could not be reached|not immediately available|contributed (?:reporting|to this)|reporting by|editing by|writing by|sign up|subscribe|newsletter|click here|read more|follow (?:us|him|her)|all rights reserved|copyright|cookies?|advertisement|this story (?:has been|was) updated|updated at|image credits?|getty images|photo by)\b|©|https?:\/\//i;

/** True when a sentence can stand as a rundown point: a whole declarative sentence of news prose. */
export function usableSentence(text: string): boolean {
  const n = wordCount(text);
  if (n < 8 || n > 50) return false;
  if (!/^[\p{Lu}\p{N}"“‘]/u.test(text)) return false;
  if (!/[.!?]["”’)]?$/.test(text)) return false;
  if (/[?]["”’]?$/.test(text)) return false;
  return !BOILERPLATE.test(text);
}

interface Scored {
  s: ReportSentence;
  words: Set<string>;
  numbers: Set<string>;
  score: number;
}

/** Returns the figures of a sentence as bare digit strings ("~25,000" → "25000"), years left out. */
function numbersOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d[\d,.]*\d|\d/g)) {
    const n = m[0].replace(/,/g, '');
    if (!/^(?:19|20)\d{2}$/.test(n)) out.add(n);
  }
  return out;
}

/** True when two sentences tell the same thing: most of their words, or two of the same figures. */
function sameThing(a: Scored, b: Scored): boolean {
  if (overlap(a.words, b.words) >= REDUNDANT_OVERLAP) return true;
  let shared = 0;
  for (const n of a.numbers) if (b.numbers.has(n)) shared++;
  return shared >= 2;
}

function informativeness(s: ReportSentence, report: Report): number {
  const facts = report.figures.filter((f) => f.evidence.sentence === s.text).length + report.dates.filter((d) => d.evidence.sentence === s.text).length;
  const names = report.entities.filter((e) => s.text.includes(e.name)).length;
  const quoteHeavy = /^["“‘]/.test(s.text) ? 2 : 0;
  // Lead-first for the originating report; another report's lead mostly re-tells the same news
  // in other words (too few shared words to be caught as redundant), so it yields to what it adds.
  const position = s.report > 0 ? (s.order === 0 ? -2 : 0) : s.order === 0 ? 4 : s.order === 1 ? 2 : s.order === 2 ? 1 : 0;
  return Math.min(facts, 3) * 1.5 + Math.min(names, 3) * 0.5 + position - s.order * 0.08 - quoteHeavy;
}

/** Returns the rundown points and the runner-up sentences, each with its evidence. */
export function draftRundown(reports: readonly Report[]): { points: Choice<string>[]; candidates: Choice<string>[] } {
  const pool: Scored[] = [];
  reports.forEach((r) => {
    for (const s of r.sentences) if (usableSentence(s.text)) pool.push({ s, words: contentWords(s.text), numbers: numbersOf(s.text), score: informativeness(s, r) - s.report * 0.2 });
  });
  const taken: Scored[] = [];
  const covered = new Set<number>();
  const redundant = (c: Scored, with_: readonly Scored[]) => with_.some((t) => sameThing(c, t));
  // The originating report's lead opens the rundown (news order is lead-first).
  const lead = pool.find((c) => c.s.report === 0);
  if (lead) {
    taken.push(lead);
    covered.add(0);
  }
  while (taken.length < RUNDOWN_POINTS) {
    let best: Scored | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const c of pool) {
      if (taken.includes(c) || redundant(c, taken)) continue;
      const score = c.score + (covered.has(c.s.report) ? 0 : NEW_SOURCE_BONUS);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (!best) break;
    taken.push(best);
    covered.add(best.s.report);
  }
  // News order: the lead, then by how early each point comes in its own report.
  const rel = (c: Scored) => c.s.order / Math.max(1, reports[c.s.report]!.sentences.length);
  const [first, ...rest] = taken;
  const ordered = first ? [first, ...rest.sort((a, b) => rel(a) - rel(b) || a.s.report - b.s.report)] : [];
  const candidates = pool
    .filter((c) => !taken.includes(c) && !redundant(c, taken))
    .sort((a, b) => b.score - a.score)
    .slice(0, 6);
  const choice = (c: Scored): Choice<string> => ({ value: c.s.text, evidence: { story_id: c.s.story_id, sentence: c.s.text } });
  return { points: ordered.map(choice), candidates: candidates.map(choice) };
}
