import { createHash } from 'node:crypto';
import { Feed, type Item } from 'feed';
import { PulseError } from '../errors.ts';
import { renderAnalysisHtml } from './analysis-html.ts';
import { analysisCategories, feedTitle, feedUpdated } from './feed-common.ts';
import { escapeHtmlText, escapeXml, escapeXmlAttr, htmlForCdata } from './text.ts';
import type { FeedOptions, PublishedAnalysis, Site } from './types.ts';
import { analysisUrl, feedTagUri, httpUrlOrNull } from './urls.ts';
import { xmlJsText } from './xml-js-text.ts';

/**
 * Atom 1.0 (RFC 4287) with the `feed` package, then three exact, counted substitutions for what it
 * cannot say:
 * - entry titles: feed writes `type="html"` CDATA, so "AT&T" is HTML with a bare `&` (validator
 *   warning) and `<script>` in a headline would be markup; we write `type="text"` escaped text;
 * - entry links: feed writes one `<link href>`; we write `rel=alternate` (the page), `rel=via` (the
 *   original reports) and the categories (feed escapes only `&` in attributes, so a `<` in a tag
 *   would make the document ill-formed);
 * - feed links: RFC 5005 `rel=next` after `rel=self`; and `xml:lang` on the root.
 * Inputs must be cleaned (text.ts cleanDeep) by the caller.
 */
export function renderAtom(site: Site, analyses: PublishedAnalysis[], opts: FeedOptions): string {
  // A marker no input can contain: it is derived from a hash of the inputs themselves.
  const nonce = createHash('sha256').update(JSON.stringify([site, analyses, opts.selfUrl, opts.nextUrl, opts.tag])).digest('hex').slice(0, 24);
  const titleMarker = (i: number): string => `pulse-title-${nonce}-${i}`;

  const feed = new Feed({
    id: xmlJsText(feedTagUri(site, opts.tag)),
    title: xmlJsText(feedTitle(site, opts)),
    description: xmlJsText(site.description),
    link: `${site.baseUrl}/`,
    updated: feedUpdated(analyses, opts.now),
    generator: 'Pulse',
    feedLinks: { atom: opts.selfUrl },
    ...(site.hubUrl === null ? {} : { hub: site.hubUrl }),
    // RFC 4287 §4.1.1: a feed without entries still needs an author.
    author: { name: xmlJsText(site.title) },
  });
  analyses.forEach((a, i) => feed.addItem(atomEntry(a, site, titleMarker(i))));
  let xml = feed.atom1();

  // RFC 4287 §2: xml:lang on the root gives every text construct its language (feed has no option).
  xml = replaceOnce(xml, '<feed xmlns="http://www.w3.org/2005/Atom">', () => `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXmlAttr(site.language)}">`);

  // One pass each over the document (not one per entry); every marker must be found exactly once.
  const titles = new Map(analyses.map((a, i) => [titleMarker(i), a.headline]));
  xml = replaceEach(xml, /<title type="html"><!\[CDATA\[(pulse-title-[0-9a-f]+-\d+)\]\]><\/title>/g, titles, (_indent, headline) => `<title type="text">${escapeXml(headline)}</title>`);
  // Entry links are the only `<link href=…/>` feed writes with href first (feed-level links lead with rel).
  const entries = new Map(analyses.map((a) => [feedUrlAttr(analysisUrl(site, a.slug)), a]));
  xml = replaceEach(xml, /^([ \t]*)<link href="([^"]*)"\/>/gm, entries, (indent, a) => entryLinks(a, analysisUrl(site, a.slug)).join(`\n${indent}`));
  if (opts.nextUrl !== null) {
    const nextUrl = opts.nextUrl;
    xml = replaceOnce(xml, `<link rel="self" href="${feedUrlAttr(opts.selfUrl)}"/>`, (indent) =>
      [`<link rel="self" type="application/atom+xml" href="${escapeXml(opts.selfUrl)}"/>`, `<link rel="next" type="application/atom+xml" href="${escapeXml(nextUrl)}"/>`].join(`\n${indent}`),
    );
  }
  return xml;
}

function atomEntry(a: PublishedAnalysis, site: Site, titleMarker: string): Item {
  return {
    title: titleMarker,
    id: a.guid, // the tag: URI assigned at first publish (RFC 4151); never changes
    link: analysisUrl(site, a.slug),
    date: a.updatedAt,
    published: a.publishedAt,
    ...(a.dek === null || a.dek.trim() === '' ? {} : { description: htmlForCdata(escapeHtmlText(a.dek)) }),
    content: htmlForCdata(renderAnalysisHtml(a, site)),
    author: [{ name: xmlJsText(a.author.name) }],
  };
}

function entryLinks(a: PublishedAnalysis, pageUrl: string): string[] {
  const lines = [`<link rel="alternate" type="text/html" href="${escapeXmlAttr(pageUrl)}"/>`];
  const seen = new Set<string>();
  for (const s of a.sources) {
    const url = httpUrlOrNull(s.url);
    if (url === null || seen.has(url)) continue;
    seen.add(url);
    lines.push(`<link rel="via" type="text/html" href="${escapeXmlAttr(url)}" title="${escapeXmlAttr(s.publisher)}"/>`);
  }
  for (const term of analysisCategories(a)) lines.push(`<category term="${escapeXmlAttr(term)}"/>`);
  return lines;
}

/** The attribute text feed writes for a URL: `new URL(url).toString()` with `&` escaped. */
function feedUrlAttr(url: string): string {
  return new URL(url).toString().replace(/&/g, '&amp;');
}

/**
 * Replaces every match of `pattern` (whose last capture group is a key of `values`) and checks that
 * each key was replaced exactly once. The first group, when there are two, is the line's indentation.
 */
function replaceEach<T>(xml: string, pattern: RegExp, values: Map<string, T>, replacement: (indent: string, value: T) => string): string {
  const seen = new Set<string>();
  const out = xml.replace(pattern, (whole, ...groups: unknown[]) => {
    // replace() passes the captures, then the offset (a number), then the whole input.
    const captures = groups.slice(0, groups.findIndex((g) => typeof g === 'number')).map((g) => (typeof g === 'string' ? g : ''));
    const key = captures[captures.length - 1] ?? '';
    const value = values.get(key);
    if (value === undefined || seen.has(key)) throw new PulseError('internal', `publish: atom post-processing met an unexpected ${whole.trim().slice(0, 60)}`);
    seen.add(key);
    const indent = captures.length > 1 ? (captures[0] ?? '') : '';
    return indent + replacement(indent, value);
  });
  if (seen.size !== values.size) throw new PulseError('internal', `publish: atom post-processing replaced ${seen.size} of ${values.size} markers`);
  return out;
}

/** Replaces the one occurrence of `find`; the replacement gets the line's indentation. Throws when not exactly one. */
function replaceOnce(xml: string, find: string, replacement: (indent: string) => string): string {
  const at = xml.indexOf(find);
  if (at < 0 || xml.indexOf(find, at + find.length) >= 0) {
    throw new PulseError('internal', `publish: atom post-processing expected one ${find.slice(0, 40)}…`);
  }
  const lineStart = xml.lastIndexOf('\n', at) + 1;
  const indent = /^[ \t]*/.exec(xml.slice(lineStart, at))?.[0] ?? '';
  return xml.slice(0, at) + replacement(indent) + xml.slice(at + find.length);
}
