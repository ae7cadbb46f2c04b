import { parseDate } from './dates.ts';
import { cleanUrl, resolveBase, resolveHttpUrl } from './clean-url.ts';
import { enclosureImage, mediaImage, rssEnclosures } from './media.ts';
import {
  authorName, cleanHtml, collapse, fallbackTitle, languageTag, plainText, stableGuid, summaryTextOf, toCount, uniq,
} from './normalize.ts';
import type { RawFeed } from './rss-parser-client.ts';
import type { ParsedFeed, ParsedItem } from './types.ts';
import { attr, firstNode, firstText, nodes, rawTextOf, textOf } from './xml-nodes.ts';

/** RSS 0.9x/2.0 and RDF (RSS 0.90/1.0) channels from rss-parser → ParsedFeed. */

const PERIOD_SECONDS: Record<string, number> = {
  hourly: 3600, daily: 86_400, weekly: 604_800, monthly: 2_592_000, yearly: 31_536_000,
};

/** sy:updatePeriod / sy:updateFrequency (RSS 1.0 Syndication module): the period divided by the frequency. */
export function syndicationPeriodSeconds(period: string | null, frequency: string | null): number | null {
  if (period === null && frequency === null) return null;
  const seconds = PERIOD_SECONDS[(period ?? 'daily').toLowerCase()];
  const freq = frequency === null ? 1 : Number(frequency);
  if (seconds === undefined || !Number.isFinite(freq) || freq <= 0) return null;
  return Math.round(seconds / freq);
}

/** Returns href of the first atom:link with the given rel (RSS channels often carry self and hub links). */
function atomLink(raw: Record<string, unknown>, rel: string, base: string): string | null {
  for (const l of [...nodes(raw['raw:atom:link']), ...nodes(raw['raw:atom10:link'])]) {
    if (attr(l, 'rel') === rel) {
      const u = resolveHttpUrl(attr(l, 'href'), base);
      if (u) return u;
    }
  }
  return null;
}

interface RssContext {
  format: 'rss' | 'rdf';
  version: string | null;
  /** xml:base of the root element (or the feed URL) — RFC 3986 §5.1 base for everything below. */
  base: string;
  language: string | null;
}

/** Normalizes an RSS or RDF feed parsed by rss-parser. */
export function normalizeRss(raw: RawFeed, ctx: RssContext): ParsedFeed {
  const channelAttrs = (raw['raw:$'] ?? {}) as Record<string, string>;
  const base = resolveBase(channelAttrs['xml:base'], ctx.base);
  const links = nodes(raw['raw:link']).map(textOf).filter((l) => l !== '');
  const ttlMinutes = toCount(firstText(raw['raw:ttl']));
  const image = firstNode(raw['raw:image']);
  const imageUrl =
    cleanUrl(typeof image === 'object' ? textOf(firstNode(image['url'])) : null, base) ??
    cleanUrl(attr(firstNode(raw['raw:itunes:image']), 'href'), base);
  const description = firstText(raw['raw:description']);
  const updatedText =
    firstText(raw['raw:lastBuildDate']) ?? firstText(raw['raw:dcterms:modified']) ?? firstText(raw['raw:dc:date']) ??
    firstText(raw['raw:pubDate']);
  return {
    format: ctx.format,
    version: ctx.version,
    title: plainText(rawTextOf(firstNode(raw['raw:title'])) || rawTextOf(firstNode(raw['raw:dc:title'])), 'guess'),
    description: description === null ? null : plainText(description, 'guess') || null,
    homePageUrl: cleanUrl(links[0], base),
    selfUrl: atomLink(raw, 'self', base),
    hubUrl: atomLink(raw, 'hub', base),
    language: languageTag(firstText(raw['raw:language']) ?? firstText(raw['raw:dc:language']) ?? ctx.language),
    imageUrl,
    ttlSeconds: ttlMinutes === null ? null : ttlMinutes * 60,
    updatePeriodSeconds: syndicationPeriodSeconds(firstText(raw['raw:sy:updatePeriod']), firstText(raw['raw:sy:updateFrequency'])),
    updatedAt: parseDate(updatedText),
    items: raw.items.map((item) => normalizeRssItem(item, base)),
  };
}

function itemUrl(item: Record<string, unknown>, base: string): string | null {
  // FeedBurner rewrites <link> to its click tracker and keeps the publisher's URL in origLink.
  const orig = cleanUrl(firstText(item['raw:feedburner:origLink']), base);
  if (orig) return orig;
  for (const l of nodes(item['raw:link'])) {
    const u = cleanUrl(textOf(l) || attr(l, 'href'), resolveBase(attr(l, 'xml:base'), base));
    if (u) return u;
  }
  for (const l of nodes(item['raw:atom:link'])) {
    const rel = attr(l, 'rel') ?? 'alternate';
    if (rel === 'alternate') {
      const u = cleanUrl(attr(l, 'href'), base);
      if (u) return u;
    }
  }
  // RSS 2.0: a guid is a permalink unless isPermaLink="false".
  const guid = firstNode(item['raw:guid']);
  if (guid !== undefined && attr(guid, 'isPermaLink') !== 'false') return cleanUrl(textOf(guid), base);
  return null;
}

function categories(item: Record<string, unknown>): string[] {
  return uniq(
    [...nodes(item['raw:category']), ...nodes(item['raw:dc:subject'])].map((c) => collapse(textOf(c) || (attr(c, 'term') ?? ''))),
  );
}

function normalizeRssItem(item: Record<string, unknown>, feedBase: string): ParsedItem {
  const attrs = (item['raw:$'] ?? {}) as Record<string, string>;
  const base = resolveBase(attrs['xml:base'], feedBase);
  const url = itemUrl(item, base);
  const elementBase = (key: string): string => resolveBase(attr(firstNode(item[key]), 'xml:base'), base);

  const description =
    rawTextOf(firstNode(item['raw:description'])) || rawTextOf(firstNode(item['raw:summary'])) ||
    rawTextOf(firstNode(item['raw:dc:description']));
  const content =
    rawTextOf(firstNode(item['raw:content:encoded'])) ||
    rawTextOf(firstNode(item['raw:fullitem'])) ||
    rawTextOf(firstNode(item['raw:xhtml:body'])) ||
    rawTextOf(firstNode(item['raw:body'])) ||
    rawTextOf(firstNode(item['raw:content']));
  const summaryHtml = cleanHtml(description, elementBase('raw:description'));
  const contentHtml = cleanHtml(content, elementBase(item['raw:content:encoded'] ? 'raw:content:encoded' : 'raw:body'));
  const summaryText = summaryTextOf(summaryHtml, contentHtml);

  const publishedText =
    firstText(item['raw:pubDate']) ?? firstText(item['raw:dcterms:issued']) ?? firstText(item['raw:published']) ??
    firstText(item['raw:issued']) ?? firstText(item['raw:dc:date']) ?? firstText(item['raw:dcterms:created']);
  const updatedText =
    firstText(item['raw:dcterms:modified']) ?? firstText(item['raw:updated']) ?? firstText(item['raw:modified']) ??
    firstText(item['raw:dc:date']);
  const updatedAt = parseDate(updatedText);
  const publishedAt = parseDate(publishedText) ?? updatedAt;

  const rawTitle = rawTextOf(firstNode(item['raw:title'])) || rawTextOf(firstNode(item['raw:dc:title']));
  const title = plainText(rawTitle, 'guess') || fallbackTitle(summaryText, url);
  const id = firstText(item['raw:guid']) ?? attrs['rdf:about'] ?? null;
  const enclosures = rssEnclosures(item, base);

  return {
    guid: stableGuid(id, url, title, publishedText ?? updatedText),
    url,
    title,
    summaryHtml,
    contentHtml,
    summaryText,
    authors: uniq(
      [
        ...nodes(item['raw:dc:creator']), ...nodes(item['raw:author']), ...nodes(item['raw:dc:author']),
        ...nodes(item['raw:itunes:author']),
      ].map((a) =>
        authorName(textOf(a) || textOf(firstNode(typeof a === 'object' ? a['name'] : undefined))),
      ),
    ),
    categories: categories(item),
    publishedAt,
    updatedAt,
    externalUrl: null,
    imageUrl: mediaImage(item, base) ?? enclosureImage(enclosures),
    enclosures,
    publishedText,
    updatedText,
  };
}
