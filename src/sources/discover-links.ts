import { load } from 'cheerio';
import { PulseError } from '../errors.ts';
import { cleanUrl } from '../parse/clean-url.ts';
import { detectFormat } from '../parse/detect-format.ts';

/**
 * Feed discovery, pure: which feeds an HTML page announces, and where sites usually keep one
 * when it announces none. The network side (fetching the page, trying the paths) is in the caller.
 */

/** Media types of feeds announced with <link rel="alternate" type=…> (RSS Board autodiscovery; JSON Feed 1.1 §"Discovery"). */
const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/rdf+xml',
]);
/** Types too generic to trust alone: kept only when the href or title says "feed", "rss" or "atom". */
const GENERIC_TYPES = new Set(['application/json', 'application/xml', 'text/xml']);

/** Paths to try, in order, when a page announces no feed (WordPress, Ghost, Hugo, Jekyll, Blogger, Substack…). */
export const COMMON_FEED_PATHS: readonly string[] = [
  '/feed',
  '/rss',
  '/feed.xml',
  '/atom.xml',
  '/rss.xml',
  '/index.xml',
  '/feed.json',
  '/?feed=rss2',
  '/feed/',
  '/rss/',
  '/atom',
  '/index.rss',
  '/feeds/posts/default',
  '/rss/index.xml',
];

/**
 * Returns the URLs where a feed may sit when `pageUrl` announces none: the common paths under the
 * page's own folder first (a site at /verge/ keeps /verge/rss/index.xml — issue 11), then at the
 * host root. Without repeats, in that order.
 */
export function feedPathGuesses(pageUrl: string): string[] {
  const u = new URL(pageUrl);
  const folder = u.pathname.endsWith('/') ? u.pathname : `${u.pathname}/`;
  const bases = folder === '/' ? [u.origin + '/'] : [u.origin + folder, u.origin + '/'];
  const out: string[] = [];
  for (const base of bases) {
    for (const p of COMMON_FEED_PATHS) {
      const href = new URL(p.replace(/^\//, ''), base).href;
      if (!out.includes(href)) out.push(href);
    }
  }
  return out;
}

/**
 * Returns the feed URLs a page announces with <link rel="alternate"> (or rel="feed"), resolved
 * against its <base href> and the page URL, without duplicates, in document order — the order
 * publishers use to put their main feed first, ahead of comment or category feeds.
 */
export function discoverFeedLinks(html: string, pageUrl: string): string[] {
  const $ = load(html);
  let base = pageUrl;
  const baseHref = $('base[href]').first().attr('href');
  if (baseHref) base = cleanUrl(baseHref, pageUrl) ?? pageUrl;
  const found: string[] = [];
  $('link[href], a[rel][href]').each((_, el) => {
    const attrs = (el as { attribs?: Record<string, string> }).attribs ?? {};
    const rel = (attrs['rel'] ?? '').toLowerCase().split(/\s+/);
    const type = (attrs['type'] ?? '').toLowerCase().split(';')[0]!.trim();
    const href = attrs['href'] ?? '';
    const hint = `${href} ${attrs['title'] ?? ''}`;
    const announced =
      (rel.includes('alternate') && (FEED_TYPES.has(type) || (GENERIC_TYPES.has(type) && /feed|rss|atom/i.test(hint)))) ||
      (rel.includes('feed') && el.tagName === 'link');
    if (!announced) return;
    const url = cleanUrl(href, base);
    if (url !== null && !found.includes(url)) found.push(url);
  });
  return found;
}

/** Returns true when `text` is, by its content, an RSS, RDF, Atom or JSON Feed document (no full parse). */
export function looksLikeFeed(text: string): boolean {
  try {
    const format = detectFormat(text);
    if (format.kind !== 'json') return true;
    return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\/1/.test(text.slice(0, 8192));
  } catch (err) {
    if (err instanceof PulseError) return false;
    throw err;
  }
}
