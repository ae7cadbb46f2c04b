import {
  attributionHtml,
  bodyHtml,
  formatDate,
  kickerHtml,
  pullQuoteHtml,
  readNextHtml,
  rundownHtml,
  statsHtml,
  takeHtml,
  watchHtml,
} from './analysis-html.ts';
import { PAGE_CSS } from './page-style.ts';
import { cleanDeep, escapeHtml as e, jsonForScript } from './text.ts';
import type { PublishedAnalysis, Site } from './types.ts';
import { analysisUrl, feedUrls, httpUrlOrNull } from './urls.ts';

/**
 * The public HTML pages (SPEC "HTTP, public"): one per analysis, laid out like SPEC's reference
 * example, the index, and the 410/404 answers. Self-contained documents with landmarks, one h1,
 * ordered headings and the site's language.
 */

interface PageParts {
  title: string;
  /** Extra `<head>` markup: canonical, OpenGraph, JSON-LD… */
  head: string;
  main: string;
}

function layout(site: Site, parts: PageParts): string {
  const feeds = feedUrls(site);
  return `<!doctype html>
<html lang="${e(site.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(parts.title)}</title>
<link rel="alternate" type="application/rss+xml" title="${e(site.title)} (RSS)" href="${e(feeds.rss)}">
<link rel="alternate" type="application/atom+xml" title="${e(site.title)} (Atom)" href="${e(feeds.atom)}">
<link rel="alternate" type="application/feed+json" title="${e(site.title)} (JSON Feed)" href="${e(feeds.json)}">
${parts.head}<style>${PAGE_CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header"><a href="${e(site.baseUrl)}/">${e(site.title)}</a></header>
<main id="main">
${parts.main}
</main>
<footer class="site-footer"><p>${e(site.description)}</p><p>Follow: <a href="${e(feeds.rss)}">RSS</a> · <a href="${e(feeds.atom)}">Atom</a> · <a href="${e(feeds.json)}">JSON Feed</a></p></footer>
</body>
</html>
`;
}

/** Returns the HTML page of one published analysis (`GET /analysis/:slug`). */
export function renderAnalysisPage(analysis: PublishedAnalysis, site: Site): string {
  const a = cleanDeep(analysis);
  const s = cleanDeep(site);
  const url = analysisUrl(s, a.slug);
  const description = a.dek ?? a.rundown[0] ?? '';
  const meta = [
    `<link rel="canonical" href="${e(url)}">`,
    description === '' ? '' : `<meta name="description" content="${e(description)}">`,
    `<meta name="author" content="${e(a.author.name)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:site_name" content="${e(s.title)}">`,
    `<meta property="og:title" content="${e(a.headline)}">`,
    description === '' ? '' : `<meta property="og:description" content="${e(description)}">`,
    `<meta property="og:url" content="${e(url)}">`,
    `<meta property="article:published_time" content="${a.publishedAt.toISOString()}">`,
    `<meta property="article:modified_time" content="${a.updatedAt.toISOString()}">`,
    a.category === null ? '' : `<meta property="article:section" content="${e(a.category)}">`,
    ...a.tags.map((t) => `<meta property="article:tag" content="${e(t)}">`),
    `<meta name="twitter:card" content="summary">`,
    `<script type="application/ld+json">${jsonForScript(newsArticleJsonLd(a, s, url, description))}</script>`,
  ].filter((line) => line !== '');

  const byline = [
    `By <span class="author">${e(a.author.name)}</span>`,
    a.author.bio === null || a.author.bio.trim() === '' ? '' : `<span class="bio">${e(a.author.bio)}</span>`,
    `<time datetime="${a.publishedAt.toISOString()}">${e(formatDate(a.publishedAt))}</time>`,
    `${a.readTimeMinutes} min read`,
  ].filter((p) => p !== '');
  // Shown only when the correction is on a later day than publication.
  const updated = formatDate(a.updatedAt) !== formatDate(a.publishedAt) && a.updatedAt > a.publishedAt
    ? ` <span class="updated">(updated <time datetime="${a.updatedAt.toISOString()}">${e(formatDate(a.updatedAt))}</time>)</span>`
    : '';

  const article = [
    '<article>',
    '<header>',
    kickerHtml(a),
    `<h1>${e(a.headline)}</h1>`,
    a.dek === null || a.dek.trim() === '' ? '' : `<p class="dek">${e(a.dek)}</p>`,
    statsHtml(a),
    `<p class="byline">${byline.join(' · ')}${updated}</p>`,
    '</header>',
    rundownHtml(a, 2),
    takeHtml(a, 2),
    bodyHtml(a, s, 1),
    pullQuoteHtml(a),
    watchHtml(a, 2),
    attributionHtml(a, s),
    '</article>',
    readNextHtml(a, s, 2),
  ].filter((p) => p !== '');

  return layout(s, { title: `${a.headline} — ${s.title}`, head: `${meta.join('\n')}\n`, main: article.join('\n') });
}

/** schema.org NewsArticle for search engines; serialised with `<` escaped (jsonForScript). */
function newsArticleJsonLd(a: PublishedAnalysis, site: Site, url: string, description: string): Record<string, unknown> {
  const basedOn = a.sources.map((src) => httpUrlOrNull(src.url)).filter((u): u is string => u !== null);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    ...(description === '' ? {} : { description }),
    url,
    mainEntityOfPage: url,
    datePublished: a.publishedAt.toISOString(),
    dateModified: a.updatedAt.toISOString(),
    inLanguage: site.language,
    ...(a.category === null ? {} : { articleSection: a.category }),
    ...(a.tags.length === 0 ? {} : { keywords: a.tags }),
    author: [{ '@type': 'Person', name: a.author.name, ...(a.author.bio === null ? {} : { description: a.author.bio }) }],
    publisher: { '@type': 'Organization', name: site.title, url: `${site.baseUrl}/` },
    ...(basedOn.length === 0 ? {} : { isBasedOn: basedOn }),
  };
}

/** What the index lists of each analysis (a PublishedAnalysis fits). */
export type IndexEntry = Pick<PublishedAnalysis, 'slug' | 'headline' | 'dek' | 'category' | 'highlight' | 'author' | 'publishedAt' | 'readTimeMinutes'>;

/** Returns the home page (`GET /`): the latest analyses, newest first, with an optional link to older ones. */
export function renderIndexPage(site: Site, analyses: IndexEntry[], opts: { olderUrl?: string | null } = {}): string {
  const s = cleanDeep(site);
  const entries = cleanDeep(analyses).map((a) => {
    const kicker = [a.category, a.highlight].filter((p): p is string => p !== null && p.trim() !== '').map(e).join(' · ');
    return [
      '<li><article>',
      kicker === '' ? '' : `<p class="kicker">${kicker}</p>`,
      `<h2><a href="${e(analysisUrl(s, a.slug))}">${e(a.headline)}</a></h2>`,
      a.dek === null || a.dek.trim() === '' ? '' : `<p>${e(a.dek)}</p>`,
      `<p class="meta">By ${e(a.author.name)} · <time datetime="${a.publishedAt.toISOString()}">${e(formatDate(a.publishedAt))}</time> · ${a.readTimeMinutes} min read</p>`,
      '</article></li>',
    ].filter((p) => p !== '').join('\n');
  });
  const list = entries.length === 0 ? '<p>Nothing published yet.</p>' : `<ol class="index-list">\n${entries.join('\n')}\n</ol>`;
  const older = opts.olderUrl ? `<p><a href="${e(opts.olderUrl)}" rel="next">Older analyses</a></p>` : '';
  const head = [
    `<link rel="canonical" href="${e(s.baseUrl)}/">`,
    s.description === '' ? '' : `<meta name="description" content="${e(s.description)}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:title" content="${e(s.title)}">`,
    `<meta property="og:url" content="${e(s.baseUrl)}/">`,
  ].filter((l) => l !== '');
  // The header already names the site: the h1 says what the page lists (issue 11: the name was printed twice).
  return layout(s, { title: s.title, head: `${head.join('\n')}\n`, main: `<h1>Latest analyses</h1>\n${list}\n${older}` });
}

/** Returns the page a retracted analysis answers with (HTTP 410 Gone, SPEC "Publishing rules"). */
export function renderGonePage(site: Site, retracted: { headline: string; reason: string | null }): string {
  const s = cleanDeep(site);
  const r = cleanDeep(retracted);
  const reason = r.reason === null || r.reason.trim() === '' ? '' : `<p>Reason given: ${e(r.reason)}</p>`;
  return layout(s, {
    title: `Retracted — ${s.title}`,
    head: '<meta name="robots" content="noindex">\n',
    main: `<h1>This analysis has been retracted</h1>\n<p>“${e(r.headline)}” was withdrawn by the editors of ${e(s.title)} and is no longer available.</p>\n${reason}\n<p><a href="${e(s.baseUrl)}/">Read the latest analyses</a></p>`,
  });
}

/** Returns the 404 page. */
export function renderNotFoundPage(site: Site): string {
  const s = cleanDeep(site);
  return layout(s, {
    title: `Not found — ${s.title}`,
    head: '<meta name="robots" content="noindex">\n',
    main: `<h1>Page not found</h1>\n<p>There is no page at this address.</p>\n<p><a href="${e(s.baseUrl)}/">Read the latest analyses</a></p>`,
  });
}

/** Returns the page documenting the `_pulse` JSON Feed extension, served at its `about` URL (pulseExtensionUrl). */
export function renderPulseExtensionPage(site: Site): string {
  const s = cleanDeep(site);
  const fields: [string, string][] = [
    ['about', 'This page’s URL (JSON Feed 1.1 asks every extension for one).'],
    ['category', 'The analysis’ section, e.g. “AI”, or null.'],
    ['highlight', 'The one-line key fact shown above the headline, e.g. “Ban effective July 10, 2026”, or null.'],
    ['stats', 'Key-stat cards: an array of {value, label} strings, in display order.'],
    ['rundown', 'The numbered points of “The Rundown”: an array of plain-text strings.'],
    ['take', 'The editor’s signed commentary: {title, text, author}, or null.'],
    ['watch', '“What to watch” next, plain text, or null.'],
    ['pull_quote', 'The pull quote: plain text, or {text, speaker} when the speaker is known, or null.'],
    ['read_time_minutes', 'Estimated reading time in whole minutes.'],
    ['sources', 'The originating reports: an array of {publisher, title, url, feed_url}; url is the original report, feed_url the publisher’s feed (or null).'],
  ];
  const rows = fields.map(([name, what]) => `<tr><th scope="row"><code>${e(name)}</code></th><td>${e(what)}</td></tr>`).join('\n');
  return layout(s, {
    title: `The _pulse JSON Feed extension — ${s.title}`,
    head: '',
    main: `<h1>The <code>_pulse</code> JSON Feed extension</h1>
<p>Every item of ${e(s.title)}’s JSON Feed 1.1 carries the structure of the analysis in a <code>_pulse</code> object, so downstream sites can lay it out without parsing <code>content_html</code>. All text is plain text (not HTML).</p>
<table>
<thead><tr><th scope="col">Field</th><th scope="col">Meaning</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
  });
}
