import { findQuotes } from '../extract/quotes.ts';
import { splitSentences } from '../extract/sentences.ts';
import { readReports, type Report } from './reports.ts';
import { supported, textQuantities, type Quantity } from './quantities.ts';
import { contentWords, overlap } from './text.ts';
import type { DraftSource } from './types.ts';

/**
 * Checks on what an editor wrote (SPEC "Drafts and checks"): warnings, never blocking.
 * `unsupported-figure` — a number, amount, percentage or date no source states (values compared,
 * not strings); `misattributed-quote` — a quote given to a speaker no source gives it to;
 * `source-changed` — a source story changed upstream after the draft, with its figure changes.
 */
export type CheckCode = 'unsupported-figure' | 'misattributed-quote' | 'source-changed';

export interface Check {
  code: CheckCode;
  /** The analysis field it is about: "headline", "stats.1", "rundown.0", "take", "body", "sources". */
  field: string;
  /** The figure or quote as the editor wrote it (for source-changed, the change). */
  text: string;
  message: string;
}

/** The editor's fields the checks read (the analysis row's shape). */
export interface CheckedAnalysis {
  headline?: string | null;
  dek?: string | null;
  highlight?: string | null;
  stats?: { value: string; label: string }[] | null;
  rundown?: string[] | null;
  take?: { title?: string; text?: string } | null;
  body?: string | null;
  pull_quote?: string | { text: string; speaker?: string | null } | null;
  watch?: string | null;
}

/** A row of story_fact_changes detected after the analysis was drafted. */
export interface SourceChange {
  story_id: number;
  publisher: string | null;
  detected_at: string;
  changes: unknown;
}

interface SourceQuote {
  words: Set<string>;
  speaker: string | null;
}

/** Returns every field of the analysis holding editor text, as [field, text] pairs. */
function editorTexts(a: CheckedAnalysis): [string, string][] {
  const out: [string, string][] = [];
  const add = (field: string, text: unknown) => {
    if (typeof text === 'string' && text.trim()) out.push([field, text]);
  };
  add('headline', a.headline);
  add('dek', a.dek);
  add('highlight', a.highlight);
  (a.stats ?? []).forEach((s, i) => add(`stats.${i}`, `${s.value}`));
  (a.rundown ?? []).forEach((r, i) => add(`rundown.${i}`, r));
  add('take', a.take?.text);
  add('body', a.body);
  add('pull_quote', typeof a.pull_quote === 'string' ? a.pull_quote : a.pull_quote?.text);
  add('watch', a.watch);
  return out;
}

function sourceQuantities(reports: readonly Report[]): Quantity[] {
  const out: Quantity[] = [];
  for (const r of reports) {
    const pub = [r.published];
    for (const t of [r.title, r.description ?? '']) out.push(...textQuantities(t, pub));
    for (const s of r.sentences) out.push(...textQuantities(s.text, pub));
    // The extracted facts too (a figure whose sentence the splitter cut differently still counts).
    for (const f of r.figures) out.push(...textQuantities(f.evidence.sentence, pub));
    for (const d of r.dates) out.push({ kind: 'date', spans: ['date' in d ? { start: d.date, end: d.date } : { start: d.start, end: d.end }], text: d.text });
  }
  return out;
}

function describe(q: Quantity): string {
  switch (q.kind) {
    case 'percent':
      return 'percentage';
    case 'money':
      return 'amount';
    case 'date':
      return 'date';
    case 'year':
      return 'year';
    case 'version':
      return 'version';
    default:
      return 'figure';
  }
}

/** Returns the unsupported-figure checks: every quantity in the editor's text that no source states. */
export function unsupportedFigures(a: CheckedAnalysis, reports: readonly Report[]): Check[] {
  const known = sourceQuantities(reports);
  const published = reports.map((r) => r.published).filter((d): d is Date => d !== null);
  const out: Check[] = [];
  for (const [field, text] of editorTexts(a)) {
    const seen = new Set<string>();
    for (const q of textQuantities(text, published)) {
      if (seen.has(q.text) || supported(q, known)) continue;
      seen.add(q.text);
      out.push({ code: 'unsupported-figure', field, text: q.text, message: `${field}: the ${describe(q)} "${q.text}" is not stated by any source of this analysis` });
    }
  }
  return out;
}

const sameSpeaker = (a: string, b: string): boolean => {
  const x = a.toLowerCase().replace(/[^\p{L} ]/gu, '').trim();
  const y = b.toLowerCase().replace(/[^\p{L} ]/gu, '').trim();
  if (!x || !y) return false;
  if (x === y || x.includes(y) || y.includes(x)) return true;
  return x.split(' ').pop() === y.split(' ').pop();
};

/** Returns the editor's attributed quotes: the pull quote (`{text, speaker}` or `“…” — Name`) and quotes with a speaker in the prose fields. */
function editorQuotes(a: CheckedAnalysis): { field: string; text: string; speaker: string }[] {
  const out: { field: string; text: string; speaker: string }[] = [];
  const pq = a.pull_quote;
  if (pq && typeof pq === 'object' && pq.text && pq.speaker) out.push({ field: 'pull_quote', text: pq.text, speaker: pq.speaker });
  else if (typeof pq === 'string') {
    const m = /^\s*["“‘]?(.+?)["”’]?\s*[—–-]{1,2}\s*([^—–-]{2,80})$/s.exec(pq);
    if (m) out.push({ field: 'pull_quote', text: m[1]!, speaker: m[2]!.trim() });
  }
  const prose: [string, string | null | undefined][] = [['body', a.body], ['take', a.take?.text], ['dek', a.dek], ...(a.rundown ?? []).map((r, i): [string, string] => [`rundown.${i}`, r])];
  for (const [field, text] of prose) {
    if (!text) continue;
    const paragraphs = text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
    for (const q of findQuotes(paragraphs, paragraphs.map(splitSentences))) if (q.speaker) out.push({ field, text: q.text, speaker: q.speaker });
  }
  return out;
}

/** Returns the misattributed-quote checks: a quote the sources give to someone else. */
export function misattributedQuotes(a: CheckedAnalysis, reports: readonly Report[]): Check[] {
  const known: SourceQuote[] = [];
  for (const r of reports) for (const q of r.quotes) if (typeof q.text === 'string') known.push({ words: contentWords(q.text), speaker: typeof q.speaker === 'string' ? q.speaker : null });
  const out: Check[] = [];
  for (const q of editorQuotes(a)) {
    const words = contentWords(q.text);
    if (words.size < 3) continue;
    const matches = known.filter((k) => overlap(words, k.words) >= 0.8);
    const speakers = [...new Set(matches.map((m) => m.speaker).filter((s): s is string => s !== null))];
    if (speakers.length === 0 || speakers.some((s) => sameSpeaker(s, q.speaker))) continue;
    out.push({ code: 'misattributed-quote', field: q.field, text: q.text, message: `${q.field}: the quote is given to ${q.speaker}, but the sources give it to ${speakers.join(' / ')}` });
  }
  return out;
}

interface FigureLike {
  text?: unknown;
  label?: unknown;
}
const figText = (f: FigureLike | undefined) => (f && typeof f.text === 'string' ? f.text : '?');
const figLabel = (f: FigureLike | undefined) => (f && typeof f.label === 'string' && f.label ? ` ${f.label}` : '');

/** Returns the source-changed checks: one per figure changed, added or removed upstream after drafting (one for a body-only change). */
export function sourceChanges(changes: readonly SourceChange[]): Check[] {
  const out: Check[] = [];
  for (const c of changes) {
    const who = `${c.publisher ?? 'a source'} (story ${c.story_id})`;
    const when = c.detected_at.slice(0, 16).replace('T', ' ');
    const diff = (typeof c.changes === 'object' && c.changes !== null ? c.changes : {}) as { changed?: { before?: FigureLike; after?: FigureLike }[]; added?: FigureLike[]; removed?: FigureLike[]; body_changed?: boolean };
    const before = out.length;
    for (const ch of diff.changed ?? []) {
      const text = `${figText(ch.before)} → ${figText(ch.after)}`;
      out.push({ code: 'source-changed', field: 'sources', text, message: `${who} changed after this analysis was drafted (${when} UTC):${figLabel(ch.after) || figLabel(ch.before)} ${text}` });
    }
    for (const f of diff.added ?? []) out.push({ code: 'source-changed', field: 'sources', text: `+ ${figText(f)}`, message: `${who} now states${figLabel(f)} ${figText(f)} (added after drafting, ${when} UTC)` });
    for (const f of diff.removed ?? []) out.push({ code: 'source-changed', field: 'sources', text: `- ${figText(f)}`, message: `${who} no longer states${figLabel(f)} ${figText(f)} (removed after drafting, ${when} UTC)` });
    if (out.length === before) out.push({ code: 'source-changed', field: 'sources', text: who, message: `${who} changed upstream after this analysis was drafted (${when} UTC); its figures are unchanged` });
  }
  return out;
}

/** Returns every check of an analysis against its sources' current facts and the changes detected after drafting. */
export function checkAnalysis(a: CheckedAnalysis, sources: readonly DraftSource[], changes: readonly SourceChange[] = []): Check[] {
  const reports = readReports(sources);
  // With no source there is nothing to hold the copy against: no figure warnings.
  if (reports.length === 0) return sourceChanges(changes);
  return [...sourceChanges(changes), ...unsupportedFigures(a, reports), ...misattributedQuotes(a, reports)];
}
