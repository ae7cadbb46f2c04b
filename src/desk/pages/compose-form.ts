import type { AnalysisView } from '../analysis-view.ts';
import { PulseError } from '../../errors.ts';
import type { DeskStatOffer as StatOffer } from '../stat-offers.ts';
import { parseId } from '../validation.ts';

/**
 * The compose/edit form as plain values, so a refused submission is shown again exactly as typed
 * (SPEC: a stale edit must not lose the editor's text). Pure conversions: story → values,
 * analysis → values, form body → values, values → API input.
 */
export const RUNDOWN_SLOTS = 5;
/** Empty stat rows offered besides the fact sheet's ("Add a stat" appends more, up to MAX_STATS in use). */
const EXTRA_STAT_ROWS = 1;
/** SPEC "Analysis": at most eight stats. */
export const MAX_STATS = 8;

export interface StatRow {
  on: boolean;
  value: string;
  label: string;
  /** The evidence sentence when the row was offered by the fact sheet (kept when the value is edited). */
  sentence: string | null;
  /** The story the sentence is from. */
  story_id: number | null;
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
  pull_quote_speaker: string;
  watch: string;
  tags: string;
  author: string;
  slug: string;
  at: string;
}

function padRundown(points: string[]): string[] {
  return [...points, ...Array<string>(Math.max(0, RUNDOWN_SLOTS - points.length)).fill('')].slice(0, RUNDOWN_SLOTS);
}

function emptyRow(): StatRow {
  return { on: true, value: '', label: '', sentence: null, story_id: null };
}

function withExtraRows(rows: StatRow[]): StatRow[] {
  return [...rows, ...Array.from({ length: EXTRA_STAT_ROWS }, emptyRow)];
}

/** Returns true when a row holds a stat that will be stored (ticked and not blank). */
export function statInUse(r: StatRow): boolean {
  return r.on && (r.value.trim() !== '' || r.label.trim() !== '');
}

/**
 * Applies a stat-row button of the form (works without JavaScript: each is a submit button):
 * `stat-up-N` / `stat-down-N` move row N, `stat-add` appends an empty row while fewer than eight
 * are in use. Returns null for any other action.
 */
export function applyStatAction(v: ComposeValues, action: string): ComposeValues | null {
  const stats = [...v.stats];
  const move = /^stat-(up|down)-(\d+)$/.exec(action);
  if (move) {
    const i = Number(move[2]);
    const j = move[1] === 'up' ? i - 1 : i + 1;
    if (i < stats.length && j >= 0 && j < stats.length) [stats[i], stats[j]] = [stats[j]!, stats[i]!];
    return { ...v, stats };
  }
  if (action === 'stat-add') {
    if (stats.filter(statInUse).length < MAX_STATS) stats.push(emptyRow());
    return { ...v, stats };
  }
  return null;
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
    stats: withExtraRows(offers.map((o) => ({ on: false, value: o.value, label: o.label, sentence: o.sentence, story_id: o.story_id ?? null }))),
    rundown: padRundown([]),
    take_title: '',
    take_text: '',
    take_author: author,
    body: '',
    pull_quote: '',
    pull_quote_speaker: '',
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
  return offers.filter((o: StatOffer) => {
    const key = `${o.value}\u0000${o.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Returns the form of a stored analysis: its stats ticked, the fact sheets' other offers unticked. */
export function valuesFromAnalysis(a: AnalysisView, offers: StatOffer[]): ComposeValues {
  // A stat keeps the evidence stored with it; older rows (stored without one) find it by value.
  const chosen = a.stats.map((st) => {
    const offered = offers.find((o) => o.value === st.value);
    return { on: true, value: st.value, label: st.label, sentence: st.evidence?.sentence ?? offered?.sentence ?? null, story_id: st.evidence ? st.evidence.story_id : (offered?.story_id ?? null) };
  });
  const rest = offers
    .filter((o) => !a.stats.some((st) => st.value === o.value || (st.evidence !== undefined && st.evidence.sentence === o.sentence && st.label === o.label)))
    .map((o) => ({ on: false, value: o.value, label: o.label, sentence: o.sentence, story_id: o.story_id ?? null }));
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
    pull_quote: a.pull_quote === null ? '' : typeof a.pull_quote === 'string' ? a.pull_quote : a.pull_quote.text,
    pull_quote_speaker: a.pull_quote !== null && typeof a.pull_quote === 'object' ? (a.pull_quote.speaker ?? '') : '',
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
  for (let i = 0; i < 200 && (body[`stat_${i}_value`] !== undefined || body[`stat_${i}_label`] !== undefined); i += 1) {
    const story = s(`stat_${i}_story`);
    stats.push({ on: s(`stat_${i}_on`) !== '', value: s(`stat_${i}_value`), label: s(`stat_${i}_label`), sentence: s(`stat_${i}_sentence`) || null, story_id: /^\d+$/.test(story) ? Number(story) : null });
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
    pull_quote_speaker: s('pull_quote_speaker'),
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
    stats: v.stats.filter(statInUse).map((r) => ({ value: r.value.trim(), label: r.label.trim(), ...(r.sentence ? { evidence: { story_id: r.story_id, sentence: r.sentence } } : {}) })),
    rundown: v.rundown.map((r) => r.trim()).filter(Boolean),
    take,
    body: v.body,
    pull_quote: v.pull_quote.trim() === '' ? null : v.pull_quote_speaker.trim() === '' ? v.pull_quote.trim() : { text: v.pull_quote.trim(), speaker: v.pull_quote_speaker.trim() },
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

/** The fields a stale save compares, each with the form values it covers and how it reads. */
const COMPARED: { field: string; label: string; keys: (keyof ComposeValues)[]; show: (v: ComposeValues) => string }[] = [
  { field: 'headline', label: 'Headline', keys: ['headline'], show: (v) => v.headline.trim() },
  { field: 'dek', label: 'Dek', keys: ['dek'], show: (v) => v.dek.trim() },
  { field: 'category', label: 'Category', keys: ['category'], show: (v) => v.category.trim() },
  { field: 'highlight', label: 'Highlight', keys: ['highlight'], show: (v) => v.highlight.trim() },
  { field: 'stats', label: 'Key stats', keys: ['stats'], show: (v) => v.stats.filter(statInUse).map((r) => `${r.value.trim()} — ${r.label.trim()}`).join('\n') },
  { field: 'rundown', label: 'Rundown', keys: ['rundown'], show: (v) => v.rundown.map((r) => r.trim()).filter(Boolean).map((r, i) => `${i + 1}. ${r}`).join('\n') },
  { field: 'take', label: 'The take', keys: ['take_title', 'take_text', 'take_author'], show: (v) => [v.take_title.trim(), v.take_text.trim(), v.take_author.trim() ? `— ${v.take_author.trim()}` : ''].filter(Boolean).join('\n') },
  { field: 'body', label: 'Body', keys: ['body'], show: (v) => v.body.trim() },
  { field: 'pull_quote', label: 'Pull quote', keys: ['pull_quote', 'pull_quote_speaker'], show: (v) => [v.pull_quote.trim(), v.pull_quote_speaker.trim() ? `— ${v.pull_quote_speaker.trim()}` : ''].filter(Boolean).join(' ') },
  { field: 'watch', label: 'What to watch', keys: ['watch'], show: (v) => v.watch.trim() },
  { field: 'tags', label: 'Tags', keys: ['tags'], show: (v) => v.tags.split(',').map((t) => t.trim()).filter(Boolean).join(', ') },
  { field: 'author', label: 'Byline', keys: ['author'], show: (v) => v.author.trim() },
  { field: 'slug', label: 'Slug', keys: ['slug'], show: (v) => v.slug.trim() },
];

/** Returns every field where the editor's form and the stored analysis differ, each as both texts (issue 11 point 9). */
export function fieldConflicts(mine: ComposeValues, stored: ComposeValues): { field: string; label: string; mine: string; theirs: string }[] {
  return COMPARED.map((c) => ({ field: c.field, label: c.label, mine: c.show(mine), theirs: c.show(stored) }))
    // An empty slug keeps the stored one (inputFromValues omits it): not a difference.
    .filter((c) => c.mine !== c.theirs && !(c.field === 'slug' && c.mine === ''));
}

/** Returns the per-field choices of a conflict form (`resolve_FIELD` = mine | theirs). */
export function resolutionChoices(body: Record<string, unknown>): Map<string, 'mine' | 'theirs'> {
  const out = new Map<string, 'mine' | 'theirs'>();
  for (const c of COMPARED) {
    const v = body[`resolve_${c.field}`];
    if (v === 'mine' || v === 'theirs') out.set(c.field, v);
  }
  return out;
}

/** Returns `mine` with every field chosen as "theirs" taken from `stored`. */
export function applyResolutions(mine: ComposeValues, stored: ComposeValues, choices: Map<string, 'mine' | 'theirs'>): ComposeValues {
  const out: ComposeValues = { ...mine };
  for (const c of COMPARED) {
    if (choices.get(c.field) !== 'theirs') continue;
    for (const key of c.keys) (out as unknown as Record<string, unknown>)[key] = stored[key];
  }
  return out;
}
