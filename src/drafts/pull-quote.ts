import type { Report } from './reports.ts';
import { wordCount } from './text.ts';
import type { Choice, DraftQuote } from './types.ts';

/**
 * The pull quote (SPEC: the strongest attributed quote, with its speaker): quotes without a
 * speaker never qualify; a whole statement of 8–40 words from a named person, early in the
 * originating report and repeated by others, ranks first.
 */
export const MIN_QUOTE_WORDS = 6;

const NOT_A_NAME = /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|As|But|And|The|This|That|It|He|She|They|We|Reuters|AP|AFP|Bloomberg)$/;

/** True when the speaker reads as a name or an organisation ("Thariq Shihipar", "Boeing"), not a fragment ("the doctor", "U", "October"). */
export function nameLike(speaker: string, publishers: readonly string[]): boolean {
  const s = speaker.trim();
  if (s.length < 3 || !/^\p{Lu}/u.test(s) || NOT_A_NAME.test(s)) return false;
  return !publishers.some((p) => p && p.toLowerCase() === s.toLowerCase());
}

function tidyQuote(text: string): string {
  return text.trim().replace(/^["“‘]+|["”’]+$/g, '').replace(/[,;:]$/, '.').trim();
}

/** Returns the ranked attributed quotes (best first) with their evidence. */
export function rankQuotes(reports: readonly Report[]): Choice<DraftQuote>[] {
  const scored: { c: Choice<DraftQuote>; score: number; norm: string }[] = [];
  const publishers = reports.map((r) => r.source.publisher ?? '');
  reports.forEach((r, ri) => {
    const named = new Set(r.entities.map((e) => e.name.toLowerCase()));
    r.quotes.forEach((q, qi) => {
      if (typeof q.text !== 'string' || typeof q.speaker !== 'string' || !nameLike(q.speaker, publishers)) return;
      const text = tidyQuote(q.text);
      const n = wordCount(text);
      if (n < MIN_QUOTE_WORDS) return;
      const norm = text.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '');
      const dup = scored.find((s) => s.norm === norm || s.norm.includes(norm) || norm.includes(s.norm));
      if (dup) {
        dup.score += 2;
        return;
      }
      const length = n >= 8 && n <= 40 ? 3 : n > 40 ? 1 : 0;
      const fullName = (/\s/.test(q.speaker.trim()) ? 1 : 0) + (named.has(q.speaker.trim().toLowerCase()) ? 1 : 0);
      const statement = /[.!]$/.test(text) ? 0.5 : 0;
      scored.push({ c: { value: { text, speaker: q.speaker.trim() }, evidence: { story_id: r.source.story_id, sentence: q.evidence.sentence } }, score: length + fullName + statement + Math.min(n, 30) / 15 - qi * 0.3 - ri * 0.5, norm });
    });
  });
  return scored.sort((a, b) => b.score - a.score).map((s) => s.c);
}
