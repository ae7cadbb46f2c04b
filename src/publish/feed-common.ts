import type { FeedOptions, PublishedAnalysis, Site } from './types.ts';

/**
 * Returns the feed's own date: the newest `updatedAt` of its analyses, or `now` for an empty feed.
 * feed 6 stamps `new Date()` when `updated` is missing, so without this every render differs and
 * ETags never match (STACK.md).
 */
export function feedUpdated(analyses: PublishedAnalysis[], now: Date): Date {
  let newest: Date | null = null;
  for (const a of analyses) if (newest === null || a.updatedAt.getTime() > newest.getTime()) newest = a.updatedAt;
  return newest ?? now;
}

/** Returns the feed title: the site's, or "Site: tag" for a tag feed. */
export function feedTitle(site: Site, opts: Pick<FeedOptions, 'tag'>): string {
  return opts.tag === null ? site.title : `${site.title}: ${opts.tag}`;
}

/** Returns the analysis' category followed by its tags, blanks and duplicates (case-insensitive) dropped. */
export function analysisCategories(a: PublishedAnalysis): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const term of [a.category, ...a.tags]) {
    const trimmed = term?.trim() ?? '';
    if (trimmed === '' || seen.has(trimmed.toLowerCase())) continue;
    seen.add(trimmed.toLowerCase());
    out.push(trimmed);
  }
  return out;
}
