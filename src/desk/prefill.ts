/**
 * What the desk offers from a story's fact sheet (SPEC: stats "offered from the fact sheet's
 * figures and dates"; "fields given are stored as given — pre-filling from fact sheets only
 * fills what is omitted"). Pure functions over the stored facts JSON, read defensively because
 * it is data, not a type guarantee.
 */

export interface StatOffer {
  value: string;
  label: string;
  /** Where the fact came from, for the compose picker: `figure-3`, `date-0`. */
  ref: string;
  kind: string;
  sentence: string | null;
}

/** A story as the pre-filling sees it. */
export interface StoryForPrefill {
  id: number;
  title: string;
  facts: Record<string, unknown> | null;
}

/** How many stats are pre-filled when the editor gives none. */
export const PREFILLED_STATS = 4;

function arrayOf(facts: Record<string, unknown> | null, key: string): Record<string, unknown>[] {
  const v = facts?.[key];
  return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** Returns "Fake accounts" for "fake accounts": stat labels are shown as titles of a card. */
export function labelCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentenceOf(fact: Record<string, unknown>): string | null {
  const ev = fact.evidence;
  return typeof ev === 'object' && ev !== null ? str((ev as Record<string, unknown>).sentence) : null;
}

/** Returns every stat a fact sheet offers: labelled figures first (in article order), then dates, then unlabelled figures. */
export function statOffers(facts: Record<string, unknown> | null): StatOffer[] {
  const figures = arrayOf(facts, 'figures').map((f, i) => ({ f, i }));
  const labelled: StatOffer[] = [];
  const unlabelled: StatOffer[] = [];
  for (const { f, i } of figures) {
    const value = str(f.text);
    if (!value) continue;
    const label = str(f.label);
    const offer = { value, label: label ? labelCase(label) : labelCase(str(f.kind) ?? 'figure'), ref: `figure-${i}`, kind: str(f.kind) ?? 'figure', sentence: sentenceOf(f) };
    (label ? labelled : unlabelled).push(offer);
  }
  const dates: StatOffer[] = [];
  arrayOf(facts, 'dates').forEach((d, i) => {
    const value = str(d.text);
    if (value) dates.push({ value, label: str(d.start) ? 'Period' : 'Date', ref: `date-${i}`, kind: 'date', sentence: sentenceOf(d) });
  });
  return [...labelled, ...dates, ...unlabelled];
}

export interface Prefill {
  headline: string | null;
  dek: string | null;
  category: string | null;
  stats: { value: string; label: string }[];
}

/** Returns the fields a new analysis takes from its stories when the editor omits them (the first story leads). */
export function prefillFromStories(stories: StoryForPrefill[]): Prefill {
  const first = stories[0];
  if (!first) return { headline: null, dek: null, category: null, stats: [] };
  const seen = new Set<string>();
  const stats: { value: string; label: string }[] = [];
  for (const s of stories) {
    for (const o of statOffers(s.facts)) {
      if (stats.length >= PREFILLED_STATS || seen.has(o.value)) continue;
      seen.add(o.value);
      stats.push({ value: o.value, label: o.label });
    }
  }
  return {
    headline: str(first.title) ?? str(first.facts?.title),
    dek: str(first.facts?.description),
    category: str(first.facts?.section),
    stats,
  };
}

/** Returns SPEC's attribution line: "Originally reported by TechCrunch." / "… by TechCrunch and The Verge." / "… A, B and C." */
export function attributionLine(publishers: string[]): string | null {
  const names = [...new Set(publishers.map((p) => p.trim()).filter(Boolean))];
  if (names.length === 0) return null;
  const joined = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  return `Originally reported by ${joined}.`;
}
