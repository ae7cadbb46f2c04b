import { feedUpdated } from './feed-common.ts';
import { renderAtom } from './feed-atom.ts';
import { buildJsonFeed } from './feed-json.ts';
import { renderRss } from './feed-rss.ts';
import { cleanDeep, cleanText } from './text.ts';
import type { FeedFormat, FeedOptions, PublishedAnalysis, RenderedFeed, Site } from './types.ts';

/** Media types of the three feeds (RFC 4287 §7; RSS's de facto type; JSON Feed 1.1 "MIME type"). */
export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/**
 * Returns one page of a feed (analyses newest first) in the given format. Pure: the same inputs
 * give the same bytes, because every date comes from the content (`opts.now` only dates an empty
 * feed), so the ETag derived from the body is stable.
 */
export function renderFeed(format: FeedFormat, site: Site, analyses: PublishedAnalysis[], opts: FeedOptions): RenderedFeed {
  // Clean once at the boundary: editors may type control characters and lone surrogates.
  const cleanSite = cleanDeep(site);
  const clean = cleanDeep(analyses);
  const cleanOpts: FeedOptions = { ...opts, tag: opts.tag === null ? null : cleanText(opts.tag) };
  const updated = feedUpdated(clean, opts.now);
  switch (format) {
    case 'rss':
      // The final cleanText is a guard for anything feed/xml-js itself might emit.
      return { body: cleanText(renderRss(cleanSite, clean, cleanOpts)), contentType: FEED_CONTENT_TYPES.rss, updated };
    case 'atom':
      return { body: cleanText(renderAtom(cleanSite, clean, cleanOpts)), contentType: FEED_CONTENT_TYPES.atom, updated };
    case 'json':
      return { body: `${JSON.stringify(buildJsonFeed(cleanSite, clean, cleanOpts), null, 2)}\n`, contentType: FEED_CONTENT_TYPES.json, updated };
    default: {
      const never: never = format;
      throw new Error(`publish: unknown feed format ${String(never)}`);
    }
  }
}
