import type { Report } from './reports.ts';
import type { StatCandidate } from './pick-stats.ts';
import { cutAtWord, isWholeSentence, sentenceCase, titleCase, wordCount } from './text.ts';
import type { Choice } from './types.ts';

/** The headline, dek, highlight, category and tags of a draft, each with its evidence and runners-up. */

export const HIGHLIGHT_MAX = 60;
const DEK_MAX_CHARS = 300;

/** Returns a report title without its " | TechCrunch" / " - Reuters" tail. */
export function cleanTitle(title: string, publisher: string | null): string {
  let t = title.replace(/\s+/g, ' ').trim();
  const m = /^(.{20,}?)\s+[|–—-]\s+([^|–—-]{2,40})$/.exec(t);
  if (m && (!publisher || m[2]!.toLowerCase().includes(publisher.toLowerCase().split(' ')[0]!) || wordCount(m[2]!) <= 3)) t = m[1]!;
  return t;
}

/** Returns the headline choices: the originating report's title first, then the others', card-title cased. */
export function draftHeadlines(reports: readonly Report[]): Choice<string>[] {
  const out: Choice<string>[] = [];
  for (const r of reports) {
    if (!r.title) continue;
    const value = titleCase(cleanTitle(r.title, r.source.publisher));
    if (!out.some((c) => c.value.toLowerCase() === value.toLowerCase())) out.push({ value, evidence: { story_id: r.source.story_id, sentence: r.title } });
  }
  return out;
}

/**
 * Returns the dek choices (SPEC: one sentence): a report's description when it is one whole
 * sentence (a feed summary cut mid-word with "…" never is), else its lead sentence.
 */
export function draftDeks(reports: readonly Report[], headline: string | null): Choice<string>[] {
  const out: Choice<string>[] = [];
  const push = (r: Report, text: string | null) => {
    if (!text) return;
    const t = text.replace(/\s+/g, ' ').trim();
    if (!isWholeSentence(t) || t.length > DEK_MAX_CHARS || wordCount(t) < 6) return;
    if (headline && t.toLowerCase().replace(/[.!?]$/, '') === headline.toLowerCase()) return;
    if (!out.some((c) => c.value === t)) out.push({ value: t, evidence: { story_id: r.source.story_id, sentence: t } });
  };
  for (const r of reports) {
    // A description of several sentences offers its first one, if whole.
    const desc = r.description;
    const first = desc ? (r.sentences.find((s) => desc.startsWith(s.text))?.text ?? desc.split(/(?<=[.!?]["”]?)\s+(?=[\p{Lu}"“])/u)[0]) : null;
    push(r, first ?? null);
    push(r, r.sentences[0]?.text ?? null);
  }
  return out;
}

/** Returns the highlight choices from the ranked stats: a date as "Ban effective July 10, 2026", a figure as "~25,000 alleged fake accounts". */
export function draftHighlights(stats: readonly StatCandidate[]): Choice<string>[] {
  const out: Choice<string>[] = [];
  // The key date leads when one is among the top cards (the reference: "Ban effective July 10, 2026").
  const order = [...stats.slice(0, 5).filter((s) => s.kind === 'date' && !s.value.value.includes(' - ')), ...stats];
  for (const s of order) {
    let phrase: string;
    if (s.kind === 'date') {
      const what = s.value.label.replace(/\s+Date$/i, '').trim();
      phrase = what && !/^(?:key|activity)$/i.test(what) ? `${sentenceCase(what)} ${s.value.value}` : s.value.value;
    } else {
      phrase = `${s.value.value} ${s.value.label.toLowerCase()}`;
    }
    phrase = cutAtWord(phrase, HIGHLIGHT_MAX);
    if (!out.some((c) => c.value === phrase)) out.push({ value: phrase, evidence: s.evidence });
  }
  return out.slice(0, 6);
}

// Desk categories and the page sections/tags that mean them.
const SYNONYMS: string[][] = [
  ['ai', 'artificial intelligence', 'machine learning', 'generative ai', 'genai'],
  ['tech', 'technology', 'gadgets', 'software', 'apps'],
  ['business', 'business news', 'economy', 'markets', 'finance', 'companies', 'money'],
  ['politics', 'policy', 'government', 'elections', 'us politics'],
  ['security', 'cybersecurity', 'privacy', 'hacking'],
  ['science', 'space', 'research'],
  ['health', 'medicine', 'healthcare'],
  ['sport', 'sports'],
  ['world', 'world news', 'international', 'global'],
  ['climate', 'environment', 'energy'],
  ['media', 'entertainment', 'culture'],
  ['startups', 'venture', 'funding'],
];
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();

function meansSame(category: string, signal: string): boolean {
  const c = norm(category);
  const s = norm(signal);
  if (!c || !s) return false;
  if (c === s) return true;
  if (SYNONYMS.some((g) => g.includes(c) && g.includes(s))) return true;
  // "Business News" → the desk's "Business"; never the reverse (a section "AI" does not make "AI Policy").
  return s.split(' ').length <= 3 && ` ${s} `.includes(` ${c} `);
}

/**
 * Returns the category choices: only categories the desk already uses (SPEC: never a raw page
 * section like "POST"), ranked by how many of the reports' sections and tags mean them.
 */
export function draftCategories(reports: readonly Report[], categories: readonly string[]): Choice<string>[] {
  const scored: { c: Choice<string>; score: number }[] = [];
  for (const category of new Set(categories.map((c) => c.trim()).filter(Boolean))) {
    let score = 0;
    let evidence: Choice<string>['evidence'] = null;
    for (const r of reports) {
      const signals = [...(r.section ? [r.section, r.section] : []), ...r.tags];
      for (const s of signals) {
        if (!meansSame(category, s)) continue;
        score += 1;
        evidence ??= { story_id: r.source.story_id, sentence: r.section && meansSame(category, r.section) ? `Section: ${r.section}` : `Tags: ${r.tags.join(', ')}` };
      }
    }
    if (score > 0) scored.push({ c: { value: category, evidence }, score });
  }
  return scored.sort((a, b) => b.score - a.score).map((s) => s.c);
}

/** Returns the tag choices: the main entities across the reports (most mentioned, in a headline), never the publishers themselves. */
export function draftTags(reports: readonly Report[]): Choice<string>[] {
  const publishers = new Set(reports.map((r) => (r.source.publisher ?? '').toLowerCase()).filter(Boolean));
  const merged = new Map<string, { name: string; score: number; story_id: number; sentence: string | null }>();
  reports.forEach((r) => {
    for (const e of r.entities) {
      const key = e.name.toLowerCase();
      if (publishers.has(key) || e.name.length < 2) continue;
      const inTitle = reports.some((x) => x.title.includes(e.name)) ? 3 : 0;
      const prev = merged.get(key);
      const mentions = typeof e.mentions === 'number' ? e.mentions : 1;
      if (prev) prev.score += mentions + 1;
      else merged.set(key, { name: e.name, score: mentions + inTitle, story_id: r.source.story_id, sentence: r.sentences.find((s) => s.text.includes(e.name))?.text ?? null });
    }
  });
  return [...merged.values()]
    .filter((m) => m.score >= 2)
    .sort((a, b) => b.score - a.score)
    .map((m) => ({ value: m.name, evidence: m.sentence ? { story_id: m.story_id, sentence: m.sentence } : null }));
}
