import type { Executor } from '../queue/types.ts';
import type { FeedState, Rendered } from './feed-cache.ts';
import { renderAnalysisPage, renderGonePage, renderIndexPage, renderNotFoundPage, renderPulseExtensionPage } from './pages.ts';
import { decodeCursor, encodeCursor, loadAnalysisBySlug, loadPublishedPage, type PageCursor } from './published-analyses.ts';
import { renderFeed } from './render-feed.ts';
import type { FeedFormat, Site } from './types.ts';
import { feedUrls } from './urls.ts';

/**
 * What each public URL shows, as Rendered values for the cache (src/publish/feed-cache.ts): the
 * glue between the queries (published-analyses.ts) and the pure renderers. No HTTP here.
 */

/** Items per Atom / JSON Feed page; older ones are reached by RFC 5005 `rel=next` / `next_url`. */
export const FEED_PAGE_SIZE = 20;
/** RSS 2.0 has no paging, so its one document carries more history. */
export const RSS_ITEMS = 50;
/** Analyses per index page. */
export const INDEX_PAGE_SIZE = 20;

export const HTML_CONTENT_TYPE = 'text/html; charset=utf-8';

export interface FeedRequest {
  format: FeedFormat;
  tag: string | null;
  /** Ignored for RSS, which has no paging. */
  cursor: PageCursor | null;
}

/** Returns the feed request a URL names, or null when its cursor is not one of ours (400). */
export function parseFeedRequest(format: FeedFormat, tag: string | null, cursorParam: string | undefined): FeedRequest | null {
  if (format === 'rss' || cursorParam === undefined || cursorParam === '') return { format, tag, cursor: null };
  const cursor = decodeCursor(cursorParam);
  return cursor === null ? null : { format, tag, cursor };
}

/** Returns the cache key of a feed: one per (format, tag, page). */
export function feedCacheKey(req: FeedRequest): string {
  return JSON.stringify(['feed', req.format, req.tag, req.format === 'rss' || req.cursor === null ? null : encodeCursor(req.cursor)]);
}

/** Returns the URL of a feed page: the feed's own URL, with `?cursor=` after the first page. */
export function feedPageUrl(site: Site, format: FeedFormat, tag: string | null, cursor: PageCursor | null): string {
  const base = feedUrls(site, tag)[format];
  return cursor === null ? base : `${base}?cursor=${encodeCursor(cursor)}`;
}

/** Renders one feed page from the database. */
export async function renderFeedResource(db: Executor, site: Site, req: FeedRequest, state: FeedState): Promise<Rendered> {
  const paged = req.format !== 'rss';
  const page = await loadPublishedPage(db, { tag: req.tag, cursor: paged ? req.cursor : null, limit: paged ? FEED_PAGE_SIZE : RSS_ITEMS });
  const feed = renderFeed(req.format, site, page.analyses, {
    // Only an empty feed is dated by this; the last change keeps its bytes (and ETag) stable.
    now: state.changedAt,
    selfUrl: feedPageUrl(site, req.format, req.tag, paged ? req.cursor : null),
    nextUrl: paged && page.next !== null ? feedPageUrl(site, req.format, req.tag, page.next) : null,
    tag: req.tag,
  });
  return { status: 200, contentType: feed.contentType, body: feed.body, updated: feed.updated };
}

/** Slugs the desk can create (the CHECK on analyses.slug); anything else is a 404 without a query. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Renders `/analysis/:slug`: the page, 410 with the retraction notice, or the 404 page. */
export async function renderAnalysisResource(db: Executor, site: Site, slug: string, state: FeedState): Promise<Rendered> {
  const found = SLUG.test(slug) && slug.length <= 200 ? await loadAnalysisBySlug(db, slug) : ({ kind: 'not-found' } as const);
  switch (found.kind) {
    case 'published':
      return { status: 200, contentType: HTML_CONTENT_TYPE, body: renderAnalysisPage(found.analysis, site), updated: found.analysis.updatedAt };
    case 'retracted':
      return { status: 410, contentType: HTML_CONTENT_TYPE, body: renderGonePage(site, { headline: found.headline, reason: found.reason }), updated: state.changedAt };
    case 'not-found':
      return notFoundResource(site, state);
    default: {
      const never: never = found;
      throw new Error(`publish: unexpected lookup ${String(never)}`);
    }
  }
}

/** Renders the 404 page. */
export function notFoundResource(site: Site, state: FeedState): Rendered {
  return { status: 404, contentType: HTML_CONTENT_TYPE, body: renderNotFoundPage(site), updated: state.changedAt };
}

/** Renders the index (`/`, `/?cursor=` for older pages). */
export async function renderIndexResource(db: Executor, site: Site, cursor: PageCursor | null, state: FeedState): Promise<Rendered> {
  const page = await loadPublishedPage(db, { tag: null, cursor, limit: INDEX_PAGE_SIZE });
  const olderUrl = page.next === null ? null : `${site.baseUrl}/?cursor=${encodeCursor(page.next)}`;
  const newest = page.analyses[0]?.updatedAt ?? state.changedAt;
  const updated = page.analyses.reduce((d, a) => (a.updatedAt > d ? a.updatedAt : d), newest);
  return { status: 200, contentType: HTML_CONTENT_TYPE, body: renderIndexPage(site, page.analyses, { olderUrl }), updated };
}

/** Renders the `_pulse` extension's documentation page (its `about` URL). */
export function renderPulseExtensionResource(site: Site, state: FeedState): Rendered {
  return { status: 200, contentType: HTML_CONTENT_TYPE, body: renderPulseExtensionPage(site), updated: state.changedAt };
}
