/**
 * The hand-annotated facts of real article pages (tests/fixtures/facts/<id>.json, written after
 * ../shared/corpora/facts/ANNOTATING.md) and the rules that score an extraction against them.
 * Shared by bench/facts.ts and tests/extract/facts-truth.test.ts.
 *
 * Matching rules (one-to-one, greedy in reading order):
 * - figure: the values are equal (relative difference < 1e-6; ranges by both ends; "other" kinds —
 *   scores, votes — by their text) and the kinds compatible ("range" and "other" match any kind),
 *   within the same sentence (the normalised sentences contain one another or share ≥ 60% of
 *   their words);
 * - label: a matched figure's label is right when one of its `label_words` is a word of the
 *   extracted label (lower-cased, a trailing "s" ignored);
 * - qualifier: a matched figure's qualifier equals the annotated one ("over" counts as "more than");
 * - date: the ISO value is equal (date, or start and end of a range);
 * - date what: a matched date's `what` shares a content word with the annotated one (lower-cased,
 *   a trailing "s" ignored, words of three letters or fewer and function words left out);
 * - quote: the annotated fragment (8–20 words) is inside the extracted quote text (whitespace and
 *   quote marks normalised); precision counts only extracted quotes of 6 words or more, as the
 *   annotation does;
 * - speaker: a matched quote's speaker equals the annotated one, case-insensitively (an annotated null — the
 *   article names only a role — is right when Pulse names no speaker);
 * - entity: an extracted name or alias equals an annotated name (case-insensitive, a leading
 *   "The" and "U.S." dots ignored).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { feedItemPage } from './_feed-article.ts';

export interface TruthFigure {
  text: string;
  kind: string;
  value: number | string | { from: number; to: number };
  qualifier?: string | null;
  label?: string;
  label_words?: string[];
  sentence: string;
}
export interface TruthDate {
  text: string;
  date?: string;
  start?: string;
  end?: string;
  what?: string;
  sentence: string;
}
export interface TruthQuote {
  fragment: string;
  /** null: the article names no one (SPEC: a role is never a speaker); then `speaker_role` holds the role. */
  speaker: string | null;
  speaker_role?: string;
  sentence: string;
}
export interface Truth {
  id: string;
  corpus?: string;
  file?: string;
  url?: string;
  published: string;
  figures: TruthFigure[];
  not_figures: string[];
  dates: TruthDate[];
  quotes: TruthQuote[];
  entities: { organizations?: string[]; people?: string[]; places?: string[] };
}

export interface TruthPage {
  truth: Truth;
  html: string;
  url: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_TRUTH_DIR = path.resolve(here, '..', 'tests', 'fixtures', 'facts');
export const CORPORA = path.resolve(here, '..', '..', 'shared', 'corpora', 'articles');

/** Reads every annotated page of `dir` with the corpus HTML it describes; pages whose HTML is absent are skipped. */
export function loadTruth(dir: string, corpora = CORPORA): TruthPage[] {
  if (!existsSync(dir)) return [];
  const out: TruthPage[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const truth = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Truth;
    const corpus = truth.corpus ?? 'scrapinghub';
    // A feed item (corpus "real-feeds", `file` the feed, `url` the item's link) becomes a page in memory.
    const htmlPath = corpus === 'real-feeds' ? path.join(path.resolve(corpora, '..', 'real-feeds'), truth.file ?? '') : path.join(corpora, corpus, truth.file ?? `${truth.id}.html`);
    if (!existsSync(htmlPath)) continue;
    const html = corpus === 'real-feeds' ? feedItemPage(readFileSync(htmlPath, 'utf8'), truth.url ?? '') : readFileSync(htmlPath, 'utf8');
    if (html === null) continue;
    truth.not_figures ??= [];
    truth.entities ??= {};
    out.push({ truth, html, url: truth.url ?? `http://fakehost/test/${truth.id}.html` });
  }
  return out;
}

// ---- what an extractor offers, reduced to what is compared ---------------------------------

export interface OfferedFigure {
  text: string;
  kind: string;
  value: number | string | { from: number; to: number };
  qualifier?: string | null;
  label?: string | null;
  sentence: string;
}
export interface OfferedDate {
  date?: string;
  start?: string;
  end?: string;
  what?: string | null;
}
export interface OfferedQuote {
  text: string;
  speaker: string | null;
}
export interface OfferedEntity {
  name: string;
  aliases?: string[];
  type?: 'person' | 'organization' | 'place';
}

export interface Tally {
  tp: number;
  offered: number;
  expected: number;
}
export const tally = (): Tally => ({ tp: 0, offered: 0, expected: 0 });
export const add = (a: Tally, b: Tally): void => {
  a.tp += b.tp;
  a.offered += b.offered;
  a.expected += b.expected;
};
export const precision = (t: Tally): number => (t.offered ? t.tp / t.offered : 1);
export const recall = (t: Tally): number => (t.expected ? t.tp / t.expected : 1);

function words(s: string): string[] {
  return s.toLowerCase().replace(/[“”"‘’']/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Two sentences are the same when one contains the other or they share ≥ 60% of the shorter one's words. */
export function sameSentence(a: string, b: string): boolean {
  const na = words(a).join(' ');
  const nb = words(b).join(' ');
  if (na.includes(nb) || nb.includes(na)) return true;
  const wa = new Set(words(a));
  const wb = words(b);
  const shorter = Math.min(wa.size, new Set(wb).size);
  if (!shorter) return false;
  const shared = new Set(wb.filter((w) => wa.has(w))).size;
  return shared / shorter >= 0.6;
}

function near(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
}

export function sameValue(t: TruthFigure, o: OfferedFigure): boolean {
  if (t.kind === 'other') return typeof t.value === 'string' ? words(o.text).join(' ').includes(words(t.value).join(' ')) || words(t.value).join(' ').includes(words(o.text).join(' ')) : typeof o.value === 'number' && near(Number(t.value), o.value);
  const tv = t.value;
  const ov = o.value;
  if (typeof tv === 'object' && tv !== null) {
    if (typeof ov === 'object' && ov !== null) return near(tv.from, ov.from) && near(tv.to, ov.to);
    return false;
  }
  if (typeof ov === 'object' && ov !== null) return false;
  if (t.kind === 'version' || typeof tv === 'string') return String(tv).replace(/^v/i, '') === String(ov).replace(/^v/i, '');
  return typeof ov === 'number' && near(tv, ov);
}

function kindsCompatible(t: string, o: string): boolean {
  if (t === 'other' || t === 'range' || o === 'range') return true;
  if (t === o) return true;
  // count/measure/duration are read differently by careful people ("5 levels", "14 hours"): the value and sentence decide.
  return t !== 'money' && o !== 'money' && t !== 'percent' && o !== 'percent';
}

// "games" → "game", "boxes" → "box", "companies" → "company", "cores" → "core" (a bare "(?:es|s)$" made "games" "gam" and
// "cores" "cor", so a label's singular never met an annotated plural); "ss" stays ("class", "loss").
function singular(w: string): string {
  if (/ies$/.test(w) && w.length > 4) return w.replace(/ies$/, 'y');
  if (/(?:ss|x|z|ch|sh)es$/.test(w)) return w.replace(/es$/, '');
  return /[^s]s$/.test(w) ? w.slice(0, -1) : w;
}

export function labelRight(t: TruthFigure, o: OfferedFigure): boolean {
  if (!t.label_words?.length || !o.label) return false;
  const got = new Set(words(o.label).map(singular));
  return t.label_words.some((lw) => words(lw).map(singular).some((w) => got.has(w)));
}

const normQualifier = (q: string | null | undefined): string | null => (q === 'over' || q === 'upwards of' ? 'more than' : q ?? null);

export interface FigureScore {
  figures: Tally;
  /**
   * The same tally as SPEC defines a figure: ANNOTATING.md files scores, votes, records and other
   * non-quantities under kind "other", while SPEC says scores are not figures, so an "other" truth
   * Pulse does not offer is not counted as missed here (one it offers and matches still counts).
   */
  figuresSpec: Tally;
  labels: Tally; // tp: right labels; expected: matched truth figures with label_words; offered: matched figures with a label
  qualifiers: Tally; // tp: equal qualifiers among matched figures; expected: matched figures
  notFigureHits: string[];
}

/** Scores offered figures against the annotated ones of one page. */
export function scoreFigures(truth: Truth, offered: readonly OfferedFigure[]): FigureScore {
  const used = new Set<number>();
  const score: FigureScore = { figures: { tp: 0, offered: offered.length, expected: truth.figures.length }, figuresSpec: { tp: 0, offered: offered.length, expected: truth.figures.length }, labels: tally(), qualifiers: tally(), notFigureHits: [] };
  for (const t of truth.figures) {
    const i = offered.findIndex((o, j) => !used.has(j) && sameValue(t, o) && kindsCompatible(t.kind, o.kind) && sameSentence(t.sentence, o.sentence));
    if (i < 0) {
      if (t.kind === 'other') score.figuresSpec.expected--;
      continue;
    }
    used.add(i);
    const o = offered[i]!;
    score.figures.tp++;
    score.figuresSpec.tp++;
    if (t.label_words?.length) {
      score.labels.expected++;
      if (o.label) score.labels.offered++;
      if (labelRight(t, o)) score.labels.tp++;
    }
    score.qualifiers.expected++;
    score.qualifiers.offered++;
    if (normQualifier(t.qualifier) === normQualifier(o.qualifier)) score.qualifiers.tp++;
  }
  // A figure whose text is one of the strings the annotator listed as not figures.
  for (const o of offered) {
    const ot = o.text.toLowerCase().trim();
    const hit = truth.not_figures.find((nf) => {
      const n = nf.toLowerCase().trim();
      return n === ot || (ot.length >= 2 && n.includes(ot) && new RegExp(`(?:^|[^\\p{L}\\p{N}])${ot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}\\p{N}])`, 'u').test(n) && !truth.figures.some((t) => sameValue(t, o)));
    });
    if (hit) score.notFigureHits.push(`${o.text} (in "${hit}")`);
  }
  return score;
}

function isoOf(d: TruthDate | OfferedDate): string {
  return d.date ?? `${d.start}/${d.end}`;
}

/** Scores offered dates against the annotated ones of one page: equal ISO values, one to one. */
export function scoreDates(truth: Truth, offered: readonly OfferedDate[]): Tally {
  const pool = offered.map(isoOf);
  let tp = 0;
  for (const t of truth.dates) {
    const i = pool.indexOf(isoOf(t));
    if (i >= 0) {
      tp++;
      pool[i] = '\u0000';
    }
  }
  return { tp, offered: offered.length, expected: truth.dates.length };
}

const WHAT_STOP = new Set('the and for with was were has had have its from that this will would could been being into than then when which who what where their there they them his her are not but also upcoming future past'.split(' '));
const whatWords = (s: string): string[] => words(s).map(singular).filter((w) => w.length > 3 && !WHAT_STOP.has(w));

/**
 * Scores what matched dates say happens then: tp counts matched dates whose offered `what` shares a
 * content word with the annotated `what`; expected counts matched dates the annotator described.
 */
export function scoreDateWhats(truth: Truth, offered: readonly OfferedDate[], misses?: string[]): Tally {
  const used = new Set<number>();
  const score = tally();
  for (const t of truth.dates) {
    const i = offered.findIndex((o, j) => !used.has(j) && isoOf(o) === isoOf(t));
    if (i < 0) continue;
    used.add(i);
    const want = whatWords(t.what ?? '');
    if (!want.length) continue;
    score.expected++;
    const got = new Set(whatWords(offered[i]!.what ?? ''));
    if (got.size) score.offered++;
    if (want.some((w) => got.has(w))) score.tp++;
    else misses?.push(`${t.text}: ${offered[i]!.what ?? '∅'} ≠ ${t.what}`);
  }
  return score;
}

function normQuote(s: string): string {
  return words(s).join(' ');
}

export interface QuoteScore {
  quotes: Tally;
  speakers: Tally; // tp: right speakers among matched quotes; expected: matched quotes
  wrongSpeakers: string[];
}

/** Scores offered quotes: the annotated fragment inside an offered quote's text; the speaker equal case-insensitively. */
export function scoreQuotes(truth: Truth, offered: readonly OfferedQuote[]): QuoteScore {
  const considered = offered.filter((q) => normQuote(q.text).split(' ').length >= 6);
  const used = new Set<number>();
  const score: QuoteScore = { quotes: { tp: 0, offered: considered.length, expected: truth.quotes.length }, speakers: tally(), wrongSpeakers: [] };
  for (const t of truth.quotes) {
    const frag = normQuote(t.fragment);
    const i = offered.findIndex((q, j) => !used.has(j) && normQuote(q.text).includes(frag));
    if (i < 0) continue;
    used.add(i);
    score.quotes.tp++;
    score.speakers.expected++;
    score.speakers.offered++;
    const got = offered[i]!.speaker;
    const right = t.speaker === null ? !got : !!got && got.toLowerCase().trim() === t.speaker.toLowerCase().trim();
    if (right) score.speakers.tp++;
    else score.wrongSpeakers.push(`${got ?? '∅'} ≠ ${t.speaker ?? `∅ (${t.speaker_role ?? 'unnamed'})`}`);
  }
  // An offered quote matched by a fragment is a true positive even if shorter than 6 words.
  score.quotes.offered = Math.max(score.quotes.offered, score.quotes.tp);
  return score;
}

function normName(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, '').replace(/\./g, '').replace(/[’']s$/, '').replace(/\s+/g, ' ').trim();
}

/**
 * Scores offered entities: a name or alias equal to an annotated name, one to one. `types` counts the
 * matched entities whose offered type is the list the annotator put the name in (people, organizations, places).
 */
export function scoreEntities(
  truth: Truth,
  offered: readonly OfferedEntity[],
): { tally: Tally; types: Tally; missed: string[]; extra: string[]; wrongTypes: string[] } {
  const lists = [['organization', truth.entities.organizations], ['person', truth.entities.people], ['place', truth.entities.places]] as const;
  const expected = lists.flatMap(([type, names]) => (names ?? []).map((name) => ({ name, type })));
  const pool = new Map<string, number>();
  expected.forEach((e, i) => pool.set(normName(e.name), i));
  const found = new Set<number>();
  const extra: string[] = [];
  const wrongTypes: string[] = [];
  let tp = 0;
  let typed = 0;
  for (const o of offered) {
    const forms = [o.name, ...(o.aliases ?? [])].map(normName);
    const hit = forms.map((f) => pool.get(f)).find((i) => i !== undefined && !found.has(i));
    if (hit === undefined) {
      extra.push(o.name);
      continue;
    }
    found.add(hit);
    tp++;
    if (o.type === expected[hit]!.type) typed++;
    else wrongTypes.push(`${o.name} ${o.type ?? '∅'} ≠ ${expected[hit]!.type}`);
  }
  return {
    tally: { tp, offered: offered.length, expected: expected.length },
    types: { tp: typed, offered: tp, expected: tp },
    missed: expected.filter((_, i) => !found.has(i)).map((e) => e.name),
    extra,
    wrongTypes,
  };
}
