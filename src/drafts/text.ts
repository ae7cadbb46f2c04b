/** Small text helpers shared by the drafting steps. */

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'of', 'on', 'or', 'per', 'the', 'to', 'vs', 'via', 'with', 'from', 'into']);

/** Returns "Alleged Fake Accounts" for "alleged fake accounts": card-title case, small words lower, "iPhone"/"AI" kept. */
export function titleCase(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((w, i) => {
      if (/[A-Z].*[A-Z]|\d|^[a-z]+[A-Z]/.test(w)) return w; // AI, v2.1.91, iPhone
      const lower = w.toLowerCase();
      if (i > 0 && SMALL.has(lower)) return lower;
      return lower.replace(/^(\p{L})/u, (c) => c.toUpperCase()).replace(/-(\p{L})/gu, (_, c: string) => `-${c.toUpperCase()}`);
    })
    .join(' ');
}

/** Returns "Ban effective" for "Ban Effective": sentence case, words with capitals inside kept. */
export function sentenceCase(text: string): string {
  return text
    .split(/\s+/)
    .map((w, i) => (i === 0 || /[A-Z].*[A-Z]|\d/.test(w) ? w : w.toLowerCase()))
    .join(' ');
}

const STOP = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
  'it', 'its', 'that', 'this', 'these', 'those', 'which', 'who', 'will', 'would', 'said', 'says', 'say', 'after', 'before', 'than', 'into', 'about', 'also', 'their', 'they',
  'he', 'she', 'his', 'her', 'we', 'our', 'not', 'no', 'more', 'can', 'could', 'may', 'so', 'if', 'up', 'out', 'over', 'according', 'new',
]);

/** Returns the content words of a text (lowercase, crude singular), for redundancy tests. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}.,'’-]*/gu)) {
    let w = m[0].replace(/[.,'’-]+$/, '').replace(/['’]s$/, '');
    if (STOP.has(w) || w.length < 2) continue;
    if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    out.add(w);
  }
  return out;
}

/** Returns the overlap of two word sets relative to the smaller one (0–1). */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.min(a.size, b.size);
}

/** Returns the word count of a text. */
export const wordCount = (text: string): number => (text.match(/\S+/g) ?? []).length;

/** True when `text` is one whole sentence: capital start, terminal punctuation, no ellipsis cut. */
export function isWholeSentence(text: string): boolean {
  const t = text.trim();
  if (/(?:\.\.\.|…)\s*["”’]?$/.test(t)) return false;
  return /^["“‘(]?[\p{Lu}\p{N}]/u.test(t) && /[.!?]["”’)]?$/.test(t);
}

/** Cuts `text` to at most `max` characters at a word boundary (never mid-word). */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const i = cut.lastIndexOf(' ');
  return (i > 0 ? cut.slice(0, i) : text.slice(0, max)).replace(/[\s,;:–—-]+$/, '');
}
