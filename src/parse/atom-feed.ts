import { parseDate } from './dates.ts';
import { cleanUrl, resolveBase, resolveHttpUrl } from './clean-url.ts';
import { enclosureImage, mediaImage } from './media.ts';
import {
  authorName, cleanHtml, collapse, escapeHtml, fallbackTitle, languageTag, plainText, stableGuid, summaryTextOf, textToHtml,
  toCount, uniq,
} from './normalize.ts';
import type { RawFeed } from './rss-parser-client.ts';
import type { ParsedEnclosure, ParsedFeed, ParsedItem } from './types.ts';
import { attr, child, firstNode, firstText, nodes, rawTextOf, textOf, type XmlNode } from './xml-nodes.ts';

/** Atom 1.0 (RFC 4287) and Atom 0.3 feeds from rss-parser → ParsedFeed. */

type Payload = { kind: 'text' | 'html'; value: string } | null;

const HTML_END_TAG = /<\/(?:a|abbr|b|blockquote|br|code|div|em|h[1-6]|i|img|li|ol|p|pre|q|s|span|strong|sub|sup|table|td|tr|u|ul)>/i;

/**
 * Text constructs declared text (or Atom 0.3's default text/plain) that carry HTML end tags are
 * HTML in practice: publishers mislabel them. Universal Feed Parser applies the same rule
 * (`_looks_like_html`); "History of the <blink> tag" stays text.
 */
function looksLikeHtml(value: string): boolean {
  return HTML_END_TAG.test(value);
}

/**
 * Reads an Atom text construct (RFC 4287 §3.1) or content element (§4.1.3), with Atom 0.3's
 * `mode` (xml | escaped | base64). Inline XHTML arrives as text (prepare-xml.ts wraps it in CDATA);
 * Atom 1.0's wrapping <div> is not part of the content (§3.1.1.3) and is removed.
 */
function payload(node: XmlNode | undefined): Payload {
  if (node === undefined) return null;
  const type = (attr(node, 'type') ?? '').trim().toLowerCase() || 'text';
  const mode = attr(node, 'mode')?.trim().toLowerCase();
  let value = rawTextOf(node);
  if (mode === 'base64') value = Buffer.from(value, 'base64').toString('utf8');
  if (value.trim() === '') return null;
  if (type === 'xhtml') {
    const m = /^\s*<div\b[^>]*>([\s\S]*)<\/div>\s*$/i.exec(value);
    return { kind: 'html', value: m ? m[1]! : value };
  }
  if (type === 'html' || type === 'text/html' || type === 'application/xhtml+xml' || type.endsWith('+xml') || type.endsWith('/xml')) {
    return { kind: 'html', value };
  }
  if (type === 'text' || type.startsWith('text/')) return { kind: looksLikeHtml(value) ? 'html' : 'text', value };
  // RFC 4287 §4.1.3.3: any other media type is Base64-encoded; decode it and let the sanitizer judge.
  if (mode === undefined) return { kind: 'html', value: Buffer.from(value, 'base64').toString('utf8') };
  return { kind: 'html', value };
}

function payloadHtml(p: Payload, base: string): string | null {
  if (p === null) return null;
  return p.kind === 'html' ? cleanHtml(p.value, base) : cleanHtml(escapeHtml(p.value.trim()), base);
}

function payloadText(p: Payload): string {
  if (p === null) return '';
  return plainText(p.value, p.kind);
}

interface AtomLink { rel: string; href: string; type: string | null; length: number | null }

function links(value: unknown, base: string): AtomLink[] {
  const out: AtomLink[] = [];
  for (const l of nodes(value)) {
    const href = attr(l, 'href') ?? textOf(l);
    const resolved = resolveHttpUrl(href, resolveBase(attr(l, 'xml:base'), base));
    if (resolved === null) continue;
    // RFC 4287 §4.2.7.2: a link without rel is an alternate link.
    out.push({ rel: (attr(l, 'rel') ?? 'alternate').trim(), href: resolved, type: attr(l, 'type') ?? null, length: toCount(attr(l, 'length')) });
  }
  return out;
}

function alternate(all: AtomLink[]): string | null {
  const alts = all.filter((l) => l.rel === 'alternate');
  const page = alts.find((l) => l.type === null || /html/i.test(l.type)) ?? alts[0];
  return page?.href ?? null;
}

function personNames(value: unknown): string[] {
  return uniq(
    nodes(value).map((p) => {
      const name = textOf(firstNode(child(p, 'name')));
      if (name !== '') return collapse(name);
      const email = textOf(firstNode(child(p, 'email')));
      return email !== '' ? email : authorName(textOf(p));
    }),
  );
}

interface AtomContext {
  version: string;
  base: string;
  language: string | null;
}

/** Normalizes an Atom feed parsed by rss-parser. */
export function normalizeAtom(raw: RawFeed, ctx: AtomContext): ParsedFeed {
  const rootAttrs = (raw['raw:$'] ?? {}) as Record<string, string>;
  const base = resolveBase(rootAttrs['xml:base'], ctx.base);
  const feedLinks = links(raw['raw:link'], base);
  const subtitle = payloadText(payload(firstNode(raw['raw:subtitle']) ?? firstNode(raw['raw:tagline'])));
  const feedAuthors = personNames(raw['raw:author']);
  return {
    format: 'atom',
    version: ctx.version,
    title: payloadText(payload(firstNode(raw['raw:title']))),
    description: subtitle === '' ? null : subtitle,
    homePageUrl: cleanUrl(alternate(feedLinks)),
    selfUrl: feedLinks.find((l) => l.rel === 'self')?.href ?? null,
    hubUrl: feedLinks.find((l) => l.rel === 'hub')?.href ?? null,
    language: languageTag(rootAttrs['xml:lang'] ?? ctx.language),
    imageUrl: cleanUrl(firstText(raw['raw:logo']), base) ?? cleanUrl(firstText(raw['raw:icon']), base),
    ttlSeconds: null,
    updatePeriodSeconds: null,
    updatedAt: parseDate(firstText(raw['raw:updated']) ?? firstText(raw['raw:modified'])),
    items: raw.items.map((entry) => normalizeEntry(entry, base, feedAuthors)),
  };
}

function normalizeEntry(entry: Record<string, unknown>, feedBase: string, feedAuthors: string[]): ParsedItem {
  const attrs = (entry['raw:$'] ?? {}) as Record<string, string>;
  const base = resolveBase(attrs['xml:base'], feedBase);
  const entryLinks = links(entry['raw:link'], base);
  const id = firstText(entry['raw:id']);
  const url = cleanUrl(alternate(entryLinks)) ?? (id !== null && /^https?:\/\//i.test(id) ? cleanUrl(id) : null);

  const summaryNode = firstNode(entry['raw:summary']);
  const contentNode = firstNode(entry['raw:content']);
  let summaryHtml = payloadHtml(payload(summaryNode), resolveBase(attr(summaryNode, 'xml:base'), base));
  const contentHtml = payloadHtml(payload(contentNode), resolveBase(attr(contentNode, 'xml:base'), base));
  if (summaryHtml === null && contentHtml === null) {
    // YouTube and other Media RSS feeds keep the text in media:group/media:description.
    const group = firstNode(entry['raw:media:group']);
    const mediaDescription = textOf(firstNode(child(group, 'media:description')));
    summaryHtml = mediaDescription === '' ? null : cleanHtml(textToHtml(mediaDescription), base);
  }
  const summaryText = summaryTextOf(summaryHtml, contentHtml);

  const publishedText = firstText(entry['raw:published']) ?? firstText(entry['raw:issued']) ?? firstText(entry['raw:created']);
  const updatedText = firstText(entry['raw:updated']) ?? firstText(entry['raw:modified']);
  const updatedAt = parseDate(updatedText);
  const publishedAt = parseDate(publishedText) ?? updatedAt;

  const title = payloadText(payload(firstNode(entry['raw:title']))) || fallbackTitle(summaryText, url);
  const enclosures: ParsedEnclosure[] = entryLinks
    .filter((l) => l.rel === 'enclosure')
    .map((l) => ({ url: cleanUrl(l.href) ?? l.href, type: l.type, length: l.length }));
  const authors = uniq([...personNames(entry['raw:author']), ...nodes(entry['raw:dc:creator']).map((c) => authorName(textOf(c)))]);
  const related = entryLinks.find((l) => l.rel === 'related')?.href ?? null;

  return {
    guid: stableGuid(id, url, title, publishedText ?? updatedText),
    url,
    title,
    summaryHtml,
    contentHtml,
    summaryText,
    // RFC 4287 §4.2.1: an entry without author inherits the feed's.
    authors: authors.length > 0 ? authors : feedAuthors,
    categories: uniq(
      [...nodes(entry['raw:category']), ...nodes(entry['raw:dc:subject'])].map((c) =>
        collapse(attr(c, 'term') ?? attr(c, 'label') ?? textOf(c)),
      ),
    ),
    publishedAt,
    updatedAt,
    externalUrl: related === null ? null : cleanUrl(related),
    imageUrl: mediaImage(entry, base) ?? enclosureImage(enclosures),
    enclosures,
    publishedText,
    updatedText,
  };
}
