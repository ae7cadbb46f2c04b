import { findDates } from '../extract/dates.ts';
import { findFigures } from '../extract/figures.ts';
import type { DateFact, Figure } from '../extract/types.ts';
import { dateKey, dateValue } from './date-value.ts';
import { dateLabel, figureLabel, figureValue } from './label-stat.ts';
import type { Report } from './reports.ts';
import type { Choice, DraftStat } from './types.ts';

/**
 * The stat cards (SPEC: five stats — the figures and dates that matter most, those in the lead
 * and the headline and those the sources repeat —, no two alike). Every figure and date of every
 * report is a candidate; identical facts from several reports are one candidate that scores the
 * repetition. Returns the ranked candidates, best first; the draft takes the first five.
 */
export const STATS_DRAFTED = 5;

export interface StatCandidate extends Choice<DraftStat> {
  score: number;
  /** Identity: the same value told by several reports is one candidate. */
  key: string;
  kind: string;
  /** For dates: the ISO date or span start, for the highlight. */
  date: string | null;
}

// Weights: what an editor puts on a card first (money, counts, percentages, the dates of the news)
// over durations, versions and unlabelled numbers. Checked on the reference example's report: its
// five cards are two dates, two counts and a span.
const KIND_WEIGHT: Record<string, number> = { money: 3.5, count: 3, percent: 3, date: 3, span: 3, range: 2, measure: 2, version: 1.5, duration: 1 };
const LEAD_BONUS = [3, 2, 1];
const REPEAT_BONUS = 2;
const HEADLINE_BONUS = 3;

function figureKey(f: Figure): string {
  const v = typeof f.value === 'number' ? Number(f.value.toPrecision(3)) : typeof f.value === 'object' && f.value !== null ? JSON.stringify(f.value) : String(f.value);
  return `${f.kind === 'money' ? `money:${f.currency ?? ''}` : f.kind}:${v}`;
}

function headlineKeys(reports: readonly Report[]): Set<string> {
  const keys = new Set<string>();
  for (const r of reports) {
    for (const f of findFigures(r.title)) keys.add(figureKey({ ...f, evidence: { paragraph: 0, sentence: r.title } }));
    for (const d of findDates(r.title, r.published)) keys.add(dateKey(d as DateFact));
  }
  return keys;
}

// Card titles that only say what kind of number it is: such a stat is offered for swap, never drafted.
const VAGUE_LABELS = /^(?:count|amount|share|duration|version|range|measure|figure|key date|planned key date)$/i;

/** True when a candidate may be drafted as a card (it says what it counts; it is no stray number). */
export function draftable(c: StatCandidate): boolean {
  return !VAGUE_LABELS.test(c.value.label);
}

// The digits of a name, not a quantity: "787-9", "S&P 500", "Fortune 500", "call 911" (the
// extractor's job, src/extract/figures.ts; kept here too so a draft never leads with one).
function insideName(f: Figure): boolean {
  const s = f.evidence.sentence;
  const at = s.indexOf(f.text);
  if (at < 0) return false;
  const before = s.slice(Math.max(0, at - 12), at);
  const after = s.slice(at + f.text.length, at + f.text.length + 2);
  return /^-?[\dA-Za-z]/.test(after) || /(?:S&P|FTSE|Fortune|Boeing|Airbus|Route|route|No\.|call(?:ed|s)?|Week|week)\s$/.test(before);
}

/** Returns every stat candidate of the reports, ranked (best first), no two with the same value or the same label. */
export function rankStats(reports: readonly Report[]): StatCandidate[] {
  const inHeadline = headlineKeys(reports);
  const byKey = new Map<string, StatCandidate & { reports: Set<number> }>();
  const add = (key: string, kind: string, report: number, paragraph: number, base: number, make: () => Omit<StatCandidate, 'score' | 'key' | 'kind'>) => {
    const lead = LEAD_BONUS[paragraph] ?? 0;
    const prev = byKey.get(key);
    if (prev) {
      if (!prev.reports.has(report)) prev.score += REPEAT_BONUS;
      prev.reports.add(report);
      return;
    }
    const score = base + lead + (inHeadline.has(key) ? HEADLINE_BONUS : 0) - report * 0.3 - paragraph * 0.05;
    byKey.set(key, { ...make(), key, kind, score, reports: new Set([report]) });
  };
  reports.forEach((r, ri) => {
    for (const f of r.figures) {
      if (insideName(f) || (f.kind === 'count' && typeof f.value === 'number' && f.value < 2)) continue;
      const labelled = typeof f.label === 'string' && f.label.trim() !== '';
      let base = (KIND_WEIGHT[f.kind] ?? 1) + (labelled ? 2 : -3);
      if (labelled && /^(?:age|years? old)$/i.test(f.label!.trim())) base -= 2;
      // "two people", "three touchdowns": small counts in words rarely make a card.
      if (/^[a-z]/i.test(f.text.trim()) && typeof f.value === 'number' && f.value < 20) base -= 3;
      add(figureKey(f), f.kind, ri, f.evidence.paragraph ?? 99, base, () => ({
        value: { value: figureValue(f), label: figureLabel(f) },
        evidence: { story_id: r.source.story_id, sentence: f.evidence.sentence },
        date: null,
      }));
    }
    for (const d of r.dates) {
      const iso = 'date' in d ? d.date : d.start;
      let base = KIND_WEIGHT['start' in d ? 'span' : 'date']!;
      // A date that is only the publication day ("said on Tuesday") tells little on a card.
      const pub = r.published?.toISOString().slice(0, 10);
      if ('date' in d && pub && d.date === pub) base -= 2;
      if ('date' in d && d.date.length === 4) base -= 1.5;
      add(dateKey(d), 'date', ri, d.evidence.paragraph ?? 99, base, () => ({
        value: { value: dateValue(d), label: dateLabel(d) },
        evidence: { story_id: r.source.story_id, sentence: d.evidence.sentence },
        date: iso,
      }));
    }
  });
  const ranked = [...byKey.values()].sort((a, b) => b.score - a.score);
  const seenLabels = new Set<string>();
  const out: StatCandidate[] = [];
  for (const { reports: _r, ...c } of ranked) {
    const label = c.value.label.toLowerCase();
    // Two cards with one title are two values of one thing (sources disagreeing): keep the stronger.
    if (seenLabels.has(label) && !/^(?:count|amount|share|duration|version|figure|key date)$/.test(label)) continue;
    seenLabels.add(label);
    out.push(c);
  }
  return out;
}
