/**
 * The one normalized shape every feed format becomes (STYLE "Normalize at the boundary"):
 * rss-parser's output and JSON Feed wire types stay inside src/parse/; everything downstream
 * sees ParsedFeed / ParsedItem.
 */
export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface ParsedFeed {
  format: FeedFormat;
  /** Format version as the feed declares it: '2.0', '0.91', '1.0' (RDF), '0.3'/'1.0' (Atom), '1'/'1.1' (JSON Feed). */
  version: string | null;
  /** Plain text. */
  title: string;
  /** Plain text. */
  description: string | null;
  homePageUrl: string | null;
  selfUrl: string | null;
  hubUrl: string | null;
  language: string | null;
  imageUrl: string | null;
  /** RSS `<ttl>` (minutes in the feed), in seconds. */
  ttlSeconds: number | null;
  /** RSS syndication module: sy:updatePeriod / sy:updateFrequency, in seconds. */
  updatePeriodSeconds: number | null;
  /** lastBuildDate / atom:updated / dc:date of the channel. */
  updatedAt: Date | null;
  items: ParsedItem[];
}

export interface ParsedItem {
  /** guid/id → link → sha256 of title+date: never empty, stable across polls. */
  guid: string;
  /** The item's own page (http/https only), resolved and stripped of tracking parameters. */
  url: string | null;
  /** Plain text, entities decoded. */
  title: string;
  /** Sanitized HTML (sanitizeHtml allowlist). */
  summaryHtml: string | null;
  /** Sanitized HTML (sanitizeHtml allowlist). */
  contentHtml: string | null;
  /** Plain text of the summary (or of the content when there is no summary). */
  summaryText: string | null;
  authors: string[];
  categories: string[];
  /** Publication date; falls back to the update date when the item has only that. */
  publishedAt: Date | null;
  updatedAt: Date | null;
  /** The page the item is about when that is not its own page (JSON Feed external_url, Atom rel=related). */
  externalUrl: string | null;
  imageUrl: string | null;
  /** Enclosures (podcasts, media): resolved URLs with their declared type and length. */
  enclosures: ParsedEnclosure[];
  /** The raw text of the date elements used, for diagnosis when a date did not parse. */
  publishedText: string | null;
  updatedText: string | null;
}

export interface ParsedEnclosure {
  url: string;
  type: string | null;
  length: number | null;
}

export interface ParseFeedOptions {
  /** The URL the feed was fetched from (after redirects): base for relative links. */
  feedUrl: string;
  /** Informational only: the format is detected from the content. */
  contentType?: string | null;
}
