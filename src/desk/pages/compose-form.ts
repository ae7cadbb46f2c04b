import type { AnalysisView } from '../analysis-view.ts';
import { PulseError } from '../../errors.ts';
import type { StatOffer } from '../prefill.ts';
import { parseId } from '../validation.ts';

/**
 * The compose/edit form as plain values, so a refused submission is shown again exactly as typed
 * (SPEC: a stale edit must not lose the editor's text). Pure conversions: story → values,
 * analysis → values, form body → values, values → API input.
 */
export const RUNDOWN_SLOTS = 5;
/** Free stat rows offered besides the fact sheet's. */
const EXTRA_STAT_ROWS = 2;

export interface StatRow {
  on: boolean;
  value: string;
  label: string;
  /** The evidence sentence when the row was offered by the fact sheet. */
  sentence: string | null;
}

export interface ComposeValues {
  story_ids: number[];
  version: number | null;
  headline: string;
  dek: string;
  category: string;
  highlight: string;
  stats: StatRow[];
  rundown: string[];
  take_title: string;
  take_text: string;
  take_author: string;
  body: string;
  pull_quote: string;
  watch: string;
  tags: string;
  author: string;
  slug: string;
  at: string;
}

function padRundown(points: string[]): string[] {
  return [...points, ...Array<string>(Math.max(0, RUNDOWN_SLOTS - points.length)).fill('')].slice(0, RUNDOWN_SLOTS);
}

function withExtraRows(rows: StatRow[]): StatRow[] {
  return [...rows, ...Array.from({ length: EXTRA_STAT_ROWS }, () => ({ on: false, value: '', label: '', sentence: null }))];
}

/** Returns a fresh form for a story: its headline and dek, its stats offered unticked. */
export function valuesFromStory(story: { id: number; title: string; facts: Record<string, unknown> | null } | null, offers: StatOffer[], author: string): ComposeValues {
  return valuesFromStories(story ? [story] : [], offers, author);
}

/**
 * Returns a fresh form for several stories (the queue's "write about the selected"): every story
 * linked, headline and dek from the first, the category from the first that has one, and the
 * offers of all of them unticked in the stats picker.
 */
export function valuesFromStories(stories: { id: number; title: string; facts: Record<string, unknown> | null }[], offers: StatOffer[], author: string): ComposeValues {
  const s = (v: unknown) => (typeof v === 'string' ? v : '');
  const first = stories[0] ?? null;
  const facts = first?.facts ?? null;
  return {
    story_ids: stories.map((st) => st.id),
    version: null,
    headline: first?.title || s(facts?.title),
    dek: s(facts?.description),
    category: stories.map((st) => s(st.facts?.section)).find((c) => c !== '') ?? '',
    highlight: '',
    stats: withExtraRows(offers.map((o) => ({ on: false, value: o.value, label: o.label, sentence: o.sentence }))),
    rundown: padRundown([]),
    take_title: 'The take',
    take_text: '',
    take_author: author,
    body: '',
    pull_quote: '',
    watch: '',
    tags: '',
    author,
    slug: '',
    at: '',
  };
}

/** The most stories one analysis may be composed from in one go (the picker lists every offer of each). */
export const MAX_COMPOSE_STORIES = 20;

/**
 * Returns the story ids of a compose URL — `?story=1&story=2` (the queue's checkboxes, a repeated
 * key) or `?story_ids=1,2` — in order, without repeats; throws 400 for a bad id or too many.
 */
export function composeStoryIds(query: Record<string, unknown>): number[] {
  const raw = [query.story, query.story_ids].flatMap((v) => (Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v]));
  const ids = [...new Set(raw.flatMap((v) => String(v).split(',')).map((x) => x.trim()).filter((x) => x !== '').map((x) => parseId(x, 'story')))];
  if (ids.length > MAX_COMPOSE_STORIES) throw new PulseError('bad_request', `at most ${MAX_COMPOSE_STORIES} stories can be composed into one analysis at once (got ${ids.length})`, { details: [{ field: 'story', message: 'too many stories' }] });
  return ids;
}

/** Returns `offers` without repeats of the same value and label (two outlets reporting one figure offer it once, first wins). */
export function distinctOffers(offers: StatOffer[]): StatOffer[] {
  const seen = new Set<string>();
  return offers.filter((o) => {
    const key = `${o.value}\u0000${o.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Returns the form of a stored analysis: its stats ticked, the fact sheets' other offers unticked. */
export function valuesFromAnalysis(a: AnalysisView, offers: StatOffer[]): ComposeValues {
  const chosen = a.stats.map((st) => ({ on: true, value: st.value, label: st.label, sentence: offers.find((o) => o.value === st.value)?.sentence ?? null }));
  const rest = offers.filter((o) => !a.stats.some((st) => st.value === o.value)).map((o) => ({ on: false, value: o.value, label: o.label, sentence: o.sentence }));
  return {
    story_ids: a.story_ids,
    version: a.version,
    headline: a.headline,
    dek: a.dek ?? '',
    category: a.category ?? '',
    highlight: a.highlight ?? '',
    stats: withExtraRows([...chosen, ...rest]),
    rundown: padRundown(a.rundown),
    take_title: a.take?.title ?? '',
    take_text: a.take?.text ?? '',
    take_author: a.take?.author ?? '',
    body: a.body,
    pull_quote: a.pull_quote ?? '',
    watch: a.watch ?? '',
    tags: a.tags.join(', '),
    author: a.author ?? '',
    slug: a.slug,
    at: a.scheduled_at ? a.scheduled_at.slice(0, 16) : '',
  };
}

/** Returns the values a submitted form carries (a urlencoded body; anything missing is empty). */
export function valuesFromForm(body: Record<string, unknown>): ComposeValues {
  const s = (k: string) => {
    const v = body[k];
    return typeof v === 'string' ? v.replace(/\r\n/g, '\n') : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
  };
  const stats: StatRow[] = [];
  for (let i = 0; i < 50 && (body[`stat_${i}_value`] !== undefined || body[`stat_${i}_label`] !== undefined); i += 1) {
    stats.push({ on: s(`stat_${i}_on`) !== '', value: s(`stat_${i}_value`), label: s(`stat_${i}_label`), sentence: s(`stat_${i}_sentence`) || null });
  }
  const version = /^\d+$/.test(s('version')) ? Number(s('version')) : null;
  return {
    story_ids: s('story_ids').split(',').map((x) => x.trim()).filter((x) => /^\d+$/.test(x)).map(Number),
    version,
    headline: s('headline'),
    dek: s('dek'),
    category: s('category'),
    highlight: s('highlight'),
    stats,
    rundown: padRundown(Array.from({ length: RUNDOWN_SLOTS }, (_, i) => s(`rundown_${i}`))),
    take_title: s('take_title'),
    take_text: s('take_text'),
    take_author: s('take_author'),
    body: s('body'),
    pull_quote: s('pull_quote'),
    watch: s('watch'),
    tags: s('tags'),
    author: s('author'),
    slug: s('slug'),
    at: s('at'),
  };
}

/** Returns the API input the form stands for: every field given (empty text → null), ticked stats only, filled rundown slots only. */
export function inputFromValues(v: ComposeValues): Record<string, unknown> {
  const orNull = (x: string) => (x.trim() === '' ? null : x.trim());
  const take = v.take_text.trim() === '' ? null : { title: v.take_title.trim(), text: v.take_text.trim(), author: v.take_author.trim() };
  return {
    headline: v.headline.trim(),
    dek: orNull(v.dek),
    category: orNull(v.category),
    highlight: orNull(v.highlight),
    stats: v.stats.filter((r) => r.on && (r.value.trim() !== '' || r.label.trim() !== '')).map((r) => ({ value: r.value.trim(), label: r.label.trim() })),
    rundown: v.rundown.map((r) => r.trim()).filter(Boolean),
    take,
    body: v.body,
    pull_quote: orNull(v.pull_quote),
    watch: orNull(v.watch),
    tags: [...new Set(v.tags.split(',').map((t) => t.trim()).filter(Boolean))],
    author: orNull(v.author),
    ...(v.slug.trim() ? { slug: v.slug.trim() } : {}),
    story_ids: v.story_ids,
  };
}

/** Returns the ISO instant of a `datetime-local` value read as UTC (the form says so), or null. */
export function scheduleInstant(local: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(local.trim());
  if (!m) return null;
  const d = new Date(`${m[1]}T${m[2]}${m[3] ?? ':00'}Z`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
