import { findDates } from '../extract/dates.ts';
import { findFigures } from '../extract/figures.ts';
import { splitSentences } from '../extract/sentences.ts';

/**
 * The numbers, amounts, percentages, versions, dates and years a piece of text states, as VALUES:
 * "25k", "25,000" and "twenty-five thousand" are all 25000; "$1.2bn" and "1.2 billion dollars"
 * are 1.2e9 USD; a year-less date is read once per publication date it may resolve against.
 * Reuses the extractor's readers (src/extract/figures.ts, dates.ts) so the checks and the fact
 * sheets read numbers alike.
 */
export type Quantity =
  | { kind: 'number'; value: number; approx: boolean; text: string }
  | { kind: 'percent'; value: number; approx: boolean; text: string }
  | { kind: 'money'; value: number; currency: string | null; approx: boolean; text: string }
  | { kind: 'version'; value: string; text: string }
  | { kind: 'date'; spans: { start: string; end: string }[]; text: string }
  | { kind: 'year'; value: number; text: string };

const YEAR_RE = /(?<![\d.,$€£¥])\b(1[89]\d{2}|20\d{2})\b(?![\d.,]*\s?(?:%|percent|million|billion|bn|m\b|k\b))/g;
// A number word for one or less reads as an article ("a", "an", "one of"), not a stated figure.
const ARTICLE_WORDS = /^(?:a|an|one|half|a half|half a|zero)$/i;

/** Returns a range's two ends, whether the fact sheet writes them `{min, max}` or SPEC's `value: {from, to}`. */
export function rangeEnds(f: unknown): [number, number] | null {
  const r = f as { min?: unknown; max?: unknown; value?: { from?: unknown; to?: unknown } | unknown };
  if (typeof r.min === 'number' && typeof r.max === 'number') return [r.min, r.max];
  const v = r.value as { from?: unknown; to?: unknown } | null;
  if (v && typeof v === 'object' && typeof v.from === 'number' && typeof v.to === 'number') return [v.from, v.to];
  return null;
}

/** Returns the quantities of one sentence; `published` are the dates a year-less date may resolve against. */
export function sentenceQuantities(sentence: string, published: readonly (Date | null)[]): Quantity[] {
  const out: Quantity[] = [];
  const taken: string[] = [];
  for (const f of findFigures(sentence)) {
    if (ARTICLE_WORDS.test(f.text.trim())) continue;
    taken.push(f.text);
    const approx = f.approx || /^~/.test(f.text);
    if (f.kind === 'version') out.push({ kind: 'version', value: String(f.value), text: f.text });
    else if (f.kind === 'percent') out.push({ kind: 'percent', value: Number(f.value), approx, text: f.text });
    else if (f.kind === 'money') out.push({ kind: 'money', value: Number(f.value), currency: f.currency ?? null, approx, text: f.text });
    else if (f.kind === 'range' && rangeEnds(f)) {
      const base = f.currency ? { kind: 'money' as const, currency: f.currency } : f.unit === '%' ? { kind: 'percent' as const } : { kind: 'number' as const };
      for (const v of rangeEnds(f)!) out.push({ ...base, value: v, approx, text: f.text } as Quantity);
    } else if (typeof f.value === 'number') out.push({ kind: 'number', value: f.value, approx, text: f.text });
  }
  const dates = new Map<string, { start: string; end: string }[]>();
  const pubs = published.length ? published : [null];
  for (const p of pubs) {
    for (const d of findDates(sentence, p)) {
      const span = 'date' in d ? { start: d.date, end: d.date } : { start: d.start, end: d.end };
      const list = dates.get(d.text) ?? [];
      if (!list.some((s) => s.start === span.start && s.end === span.end)) list.push(span);
      dates.set(d.text, list);
    }
  }
  for (const [text, spans] of dates) {
    taken.push(text);
    out.push({ kind: 'date', spans, text });
  }
  for (const m of sentence.matchAll(YEAR_RE)) {
    if (taken.some((t) => t.includes(m[1]!))) continue;
    out.push({ kind: 'year', value: Number(m[1]), text: m[1]! });
  }
  return out;
}

/** Returns the quantities of a text of any length (paragraphs, Markdown); links' URLs are not read. */
export function textQuantities(text: string, published: readonly (Date | null)[]): Quantity[] {
  const plain = text
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[*_`#>]+/g, ' ');
  const out: Quantity[] = [];
  for (const para of plain.split(/\n+/)) {
    for (const s of splitSentences(para)) out.push(...sentenceQuantities(s.text, published));
  }
  return out;
}

// Tolerances: an exact figure agrees within 0.5% (rounding of "28.1 million" to "28 million"
// is an editor's liberty); a hedged one ("~25,000", "about 3,400") within 3%.
const EXACT = 0.005;
const HEDGED = 0.03;

function close(a: number, b: number, approx: boolean): boolean {
  if (a === b) return true;
  const tol = approx ? HEDGED : EXACT;
  return Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b));
}

function within(span: { start: string; end: string }, source: { start: string; end: string }): boolean {
  if (span.start === source.start && span.end === source.end) return true;
  // A month or a year alone ("in March 2026", "in 2026") agrees with any day of it a source states.
  if (span.start === span.end && span.start.length < 10) return source.start.startsWith(span.start) || source.end.startsWith(span.start);
  // A single day named as one end of a source's span ("since April 22" where the source says "between April 22 and June 5").
  return span.start === span.end && (span.start === source.start || span.start === source.end);
}

/** True when `q` (what the editor wrote) states a value that one of `sources` states too. */
export function supported(q: Quantity, sources: readonly Quantity[]): boolean {
  switch (q.kind) {
    case 'number':
      return sources.some((s) => (s.kind === 'number' || s.kind === 'money') && close(q.value, s.value, q.approx || s.approx));
    case 'percent':
      return sources.some((s) => s.kind === 'percent' && close(q.value, s.value, q.approx || s.approx));
    case 'money':
      return sources.some((s) => ((s.kind === 'money' && (!q.currency || !s.currency || q.currency === s.currency)) || s.kind === 'number') && close(q.value, s.value, q.approx || s.approx));
    case 'version':
      return sources.some((s) => s.kind === 'version' && s.value.replace(/^v/i, '') === q.value.replace(/^v/i, ''));
    case 'date':
      return q.spans.some((span) => sources.some((s) => s.kind === 'date' && s.spans.some((ss) => within(span, ss))));
    case 'year':
      return sources.some((s) => (s.kind === 'year' && s.value === q.value) || (s.kind === 'date' && s.spans.some((ss) => ss.start.startsWith(String(q.value)) || ss.end.startsWith(String(q.value)))));
  }
}
