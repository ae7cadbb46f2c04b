import { renderAnalysisHtml } from './analysis-html.ts';
import { unquote } from './pull-quote.ts';
import { analysisCategories, feedTitle, feedUpdated } from './feed-common.ts';
import type { FeedOptions, PublishedAnalysis, Site, Stat, Take } from './types.ts';
import { analysisUrl, httpUrlOrNull, pulseExtensionUrl } from './urls.ts';

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1), built here rather than with feed's json1(),
 * which writes 1.0 (`author` instead of `authors`, no `language`, `hubs` or `_`-extension rules).
 */

interface JsonFeedAuthor {
  name: string;
}

/** The `_pulse` extension: the analysis' structure for downstream sites (SPEC "Publishing rules"). */
export interface PulseExtension {
  /** JSON Feed 1.1 "Extensions": the URL that documents the extension. */
  about: string;
  category: string | null;
  highlight: string | null;
  stats: Stat[];
  rundown: string[];
  take: Take | null;
  watch: string | null;
  /** A string, or {text, speaker} when the speaker is known (SPEC "Analysis"). */
  pull_quote: string | { text: string; speaker: string } | null;
  read_time_minutes: number;
  sources: { publisher: string; title: string | null; url: string; feed_url: string | null }[];
}

export interface JsonFeedItem {
  id: string;
  url: string;
  external_url?: string;
  title: string;
  content_html: string;
  summary?: string;
  date_published: string;
  date_modified: string;
  authors: JsonFeedAuthor[];
  tags?: string[];
  language: string;
  _pulse: PulseExtension;
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description?: string;
  language: string;
  hubs?: { type: string; url: string }[];
  next_url?: string;
  items: JsonFeedItem[];
}

/** Returns the JSON Feed 1.1 document. Inputs must be cleaned (text.ts cleanDeep) by the caller. */
export function buildJsonFeed(site: Site, analyses: PublishedAnalysis[], opts: FeedOptions): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feedTitle(site, opts),
    home_page_url: `${site.baseUrl}/`,
    feed_url: opts.selfUrl,
    ...(site.description === '' ? {} : { description: site.description }),
    language: site.language,
    ...(site.hubUrl === null ? {} : { hubs: [{ type: 'WebSub', url: site.hubUrl }] }),
    ...(opts.nextUrl === null ? {} : { next_url: opts.nextUrl }),
    items: analyses.map((a) => jsonItem(a, site)),
  };
}

function jsonItem(a: PublishedAnalysis, site: Site): JsonFeedItem {
  const original = a.sources.map((s) => httpUrlOrNull(s.url)).find((u) => u !== null);
  const tags = analysisCategories(a);
  return {
    id: a.guid,
    url: analysisUrl(site, a.slug),
    ...(original === undefined ? {} : { external_url: original }),
    title: a.headline,
    content_html: renderAnalysisHtml(a, site),
    // JSON Feed summary is plain text, so the dek goes as typed (no HTML escaping).
    ...(a.dek === null || a.dek.trim() === '' ? {} : { summary: a.dek }),
    date_published: a.publishedAt.toISOString(),
    date_modified: a.updatedAt.toISOString(),
    authors: [{ name: a.author.name }],
    ...(tags.length === 0 ? {} : { tags }),
    language: site.language,
    _pulse: {
      about: pulseExtensionUrl(site),
      category: a.category,
      highlight: a.highlight,
      stats: a.stats.map((s) => ({ value: s.value, label: s.label })),
      rundown: [...a.rundown],
      take: a.take === null ? null : { title: a.take.title, text: a.take.text, author: a.take.author },
      watch: a.watch,
      pull_quote: a.pullQuote === null ? null : a.pullQuoteSpeaker ? { text: unquote(a.pullQuote), speaker: a.pullQuoteSpeaker } : a.pullQuote,
      read_time_minutes: a.readTimeMinutes,
      // Only http(s) links leave Pulse: a downstream site may put these in an href.
      sources: a.sources.flatMap((s) => {
        const url = httpUrlOrNull(s.url);
        return url === null ? [] : [{ publisher: s.publisher, title: s.title, url, feed_url: httpUrlOrNull(s.feedUrl) }];
      }),
    },
  };
}

