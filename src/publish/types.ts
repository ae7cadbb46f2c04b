/**
 * Input shapes of the publish stage (SPEC "Publishing rules"). Rows become these domain objects in
 * the desk/stories services; everything in src/publish is pure rendering over them.
 */

/** The public site the feeds and pages belong to (read once from config). */
export interface Site {
  title: string;
  description: string;
  /** Public base URL, no trailing slash, e.g. `https://pulse.example`. */
  baseUrl: string;
  /** WebSub hub advertised in every feed, or null. */
  hubUrl: string | null;
  /** BCP 47 language tag, e.g. `en`. */
  language: string;
  /** Authority part of tag: URIs (RFC 4151), e.g. the host of baseUrl. */
  tagDomain: string;
  /** Date part of tag: URIs (RFC 4151), fixed per site, e.g. `2026`. */
  idDate: string;
}

export interface Stat {
  value: string;
  label: string;
}

export interface Take {
  title: string;
  text: string;
  author: string;
}

export interface AnalysisSource {
  publisher: string;
  title: string | null;
  /** The original report. */
  url: string;
  /** The publisher's feed, named by RSS `<source url>`. */
  feedUrl: string | null;
}

export interface RelatedAnalysis {
  slug: string;
  headline: string;
}

/** A published analysis as every renderer sees it. */
export interface PublishedAnalysis {
  id: number;
  slug: string;
  /** Stable feed id assigned at first publish, never changed (e.g. `tag:pulse.example,2026:analysis/42`). */
  guid: string;
  headline: string;
  dek: string | null;
  category: string | null;
  highlight: string | null;
  stats: Stat[];
  rundown: string[];
  take: Take | null;
  bodyMarkdown: string;
  pullQuote: string | null;
  /** Who said the pull quote (sql/006), or null. */
  pullQuoteSpeaker?: string | null;
  watch: string | null;
  tags: string[];
  author: { name: string; bio: string | null };
  sources: AnalysisSource[];
  publishedAt: Date;
  updatedAt: Date;
  readTimeMinutes: number;
  related: RelatedAnalysis[];
}

export type FeedFormat = 'rss' | 'atom' | 'json';

export interface FeedOptions {
  /** The clock, used only when there is no analysis to date the feed by. */
  now: Date;
  /** This document's own URL (`rel=self`, `feed_url`). */
  selfUrl: string;
  /** The next (older) page, RFC 5005 `rel=next` / JSON Feed `next_url`, or null. */
  nextUrl: string | null;
  /** The tag this feed is restricted to (`/tags/:tag/…`), or null. */
  tag: string | null;
}

export interface RenderedFeed {
  body: string;
  contentType: string;
  /** When the feed's content last changed: the newest `updatedAt` (or `now` when empty); use for Last-Modified. */
  updated: Date;
}
