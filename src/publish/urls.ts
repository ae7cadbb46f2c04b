import type { Site } from './types.ts';

/** Returns the public page URL of an analysis (`/analysis/:slug`, SPEC "HTTP, public"). */
export function analysisUrl(site: Site, slug: string): string {
  return `${site.baseUrl}/analysis/${encodeURIComponent(slug)}`;
}

/** Returns the three feed URLs of the site, or of one tag (`/tags/:tag/…`). */
export function feedUrls(site: Site, tag: string | null = null): { rss: string; atom: string; json: string } {
  const prefix = tag === null ? site.baseUrl : `${site.baseUrl}/tags/${encodeURIComponent(tag)}`;
  return { rss: `${prefix}/feed.xml`, atom: `${prefix}/atom.xml`, json: `${prefix}/feed.json` };
}

/** Returns the URL documenting the `_pulse` JSON Feed extension (JSON Feed 1.1 "Extensions": `about`). */
export function pulseExtensionUrl(site: Site): string {
  return `${site.baseUrl}/about/pulse-extension`;
}

/** Returns the tag: URI (RFC 4151) of a feed: the site's, or one tag's. */
export function feedTagUri(site: Site, tag: string | null): string {
  const base = `tag:${site.tagDomain},${site.idDate}:feed`;
  return tag === null ? base : `${base}/tags/${encodeURIComponent(tag)}`;
}

/** Returns `url` normalised when it is an absolute http(s) URL, else null (never link other schemes). */
export function httpUrlOrNull(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * Returns the feed id of an analysis: `tag:<host of PULSE_BASE_URL>,<UTC year of first publish>:analysis/<id>`
 * (RFC 4151). The desk calls this once, at first publish, and stores it in analyses.guid; it is never
 * recomputed, so a later change of base URL or a re-publish keeps every reader's item id (SPEC
 * "Item ids never change").
 */
export function analysisGuid(baseUrl: string, id: number, firstPublishedAt: Date): string {
  return `tag:${new URL(baseUrl).hostname},${firstPublishedAt.getUTCFullYear()}:analysis/${id}`;
}
