/**
 * Near-duplicate headlines across sources: the same news reported by two publishers rarely shares
 * a canonical URL, but its headline shares most words. Pure functions over titles.
 */

// Words that carry no identity in a headline.
const STOPWORDS = new Set(
  'a an and are as at be by for from has have in into is it its of on or over says the their this to up was will with after amid new how why what'.split(' '),
);

/** Returns the distinct significant words of a title: lowercased, accents and punctuation removed, stopwords dropped. */
export function titleTokens(title: string): Set<string> {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w));
  return new Set(words);
}

/** Returns |A∩B| / min(|A|,|B|) (the overlap coefficient), 0 when either has fewer than 3 words (too short to judge). */
export function titleOverlap(a: Set<string>, b: Set<string>): number {
  if (a.size < 3 || b.size < 3) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / Math.min(a.size, b.size);
}

/** The threshold above which two titles are shown as the same story. */
export const NEAR_DUPLICATE_OVERLAP = 0.8;

/** Returns, for each of `targets`, the ids of `pool` titles overlapping it by at least the threshold (itself excluded). */
export function nearDuplicates(targets: { id: number; title: string }[], pool: { id: number; title: string }[]): Map<number, number[]> {
  const poolTokens = pool.map((p) => ({ id: p.id, tokens: titleTokens(p.title) }));
  const out = new Map<number, number[]>();
  for (const t of targets) {
    const tokens = titleTokens(t.title);
    out.set(
      t.id,
      poolTokens.filter((p) => p.id !== t.id && titleOverlap(tokens, p.tokens) >= NEAR_DUPLICATE_OVERLAP).map((p) => p.id),
    );
  }
  return out;
}
