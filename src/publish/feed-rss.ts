import { Feed, type Extension, type Item } from 'feed';
import { renderAnalysisHtml } from './analysis-html.ts';
import { analysisCategories, feedTitle, feedUpdated } from './feed-common.ts';
import { escapeHtmlText, escapeXml, htmlForCdata } from './text.ts';
import type { FeedOptions, PublishedAnalysis, Site } from './types.ts';
import { analysisUrl, httpUrlOrNull } from './urls.ts';
import { xmlJsText } from './xml-js-text.ts';

/**
 * RSS 2.0 with the `feed` package, its gaps covered (SPEC "Publishing rules"):
 * - `<author>` must be an e-mail address (RSS 2.0 spec), so the byline goes in `dc:creator`;
 * - item titles are written as escaped text through an extension, because feed puts them in CDATA
 *   with xml-js, which splits only the first `]]>` of a section;
 * - `<source url>` (the publisher's feed) and `atom:link rel=next` are extensions feed lacks.
 * Inputs must be cleaned (text.ts cleanDeep) by the caller.
 */
export function renderRss(site: Site, analyses: PublishedAnalysis[], opts: FeedOptions): string {
  const feed = new Feed({
    title: xmlJsText(feedTitle(site, opts)),
    description: xmlJsText(site.description),
    link: `${site.baseUrl}/`,
    language: xmlJsText(site.language),
    // lastBuildDate from the content, never the clock, so identical data gives identical bytes.
    updated: feedUpdated(analyses, opts.now),
    generator: 'Pulse',
    feedLinks: { rss: opts.selfUrl },
    ...(site.hubUrl === null ? {} : { hub: site.hubUrl }),
  });
  if (opts.nextUrl !== null) {
    // Replaces feed's own atom:link list (self, hub) with one that also carries RFC 5005 rel=next.
    const links = [
      { _attributes: { href: escapeXml(opts.selfUrl), rel: 'self', type: 'application/rss+xml' } },
      ...(site.hubUrl === null ? [] : [{ _attributes: { href: escapeXml(site.hubUrl), rel: 'hub' } }]),
      { _attributes: { href: escapeXml(opts.nextUrl), rel: 'next', type: 'application/rss+xml' } },
    ];
    feed.addExtension({ name: 'atom:link', objects: links as unknown as Record<string, unknown> });
  }
  for (const a of analyses) feed.addItem(rssItem(a, site));
  return feed.rss2();
}

function rssItem(a: PublishedAnalysis, site: Site): Item {
  const extensions: Extension[] = [
    { name: 'title', objects: { _text: xmlJsText(a.headline) } },
    { name: 'dc:creator', objects: { _text: xmlJsText(a.author.name) } },
  ];
  // RSS 2.0 allows one <source> per item: the first publisher whose feed we know.
  const source = a.sources.find((s) => httpUrlOrNull(s.feedUrl) !== null);
  if (source !== undefined) {
    extensions.push({
      name: 'source',
      objects: { _attributes: { url: escapeXml(httpUrlOrNull(source.feedUrl) ?? '') }, _text: xmlJsText(source.publisher) },
    });
  }
  return {
    title: '', // written by the `title` extension above
    link: analysisUrl(site, a.slug),
    // feed writes isPermaLink="false": right for tag: URIs, which are not locators.
    guid: xmlJsText(a.guid),
    date: a.updatedAt,
    published: a.publishedAt, // pubDate
    ...(a.dek === null || a.dek.trim() === '' ? {} : { description: htmlForCdata(escapeHtmlText(a.dek)) }),
    content: htmlForCdata(renderAnalysisHtml(a, site)),
    category: analysisCategories(a).map((name) => ({ name: xmlJsText(name) })),
    extensions,
  };
}
