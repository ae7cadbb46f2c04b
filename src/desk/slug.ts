import { sql } from 'kysely';
import type { Executor } from '../queue/types.ts';

const MAX_SLUG = 80;

/** Returns a URL slug for a headline: ASCII lowercase words joined by single hyphens, at most 80 characters, cut at a word. */
export function slugify(headline: string): string {
  const words = headline
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  return slug || (words[0]?.slice(0, MAX_SLUG) ?? '') || 'analysis';
}

/** Returns `base`, or `base-2`, `base-3`… — the first not taken by another analysis (the unique key settles races). */
export async function freeSlug(db: Executor, base: string): Promise<string> {
  const rows = await db
    .selectFrom('analyses')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', sql<string>`${`${base}-`} || '%'`)]))
    .execute();
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
