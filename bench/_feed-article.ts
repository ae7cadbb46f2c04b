/**
 * A feed item's full text (RSS 2.0 `content:encoded`) as an article page, so hand-annotated truth can
 * cover the stories Pulse meets most: a news site's own feed (TechCrunch, Re/code in
 * ../shared/corpora/real-feeds). The page is built in memory from the feed file at load time, never
 * copied into the repo (the corpus README: feed content belongs to its publishers).
 */
import { load } from 'cheerio';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The item of `feedXml` whose <link> is `link`, as an HTML page (title, site, date, canonical, body); null when absent. */
export function feedItemPage(feedXml: string, link: string): string | null {
  const $ = load(feedXml, { xml: true });
  const item = $('item').filter((_, el) => $(el).children('link').first().text().trim() === link).first();
  if (!item.length) return null;
  const title = item.children('title').first().text().trim();
  const pub = item.children('pubDate').first().text().trim();
  const iso = pub && !Number.isNaN(Date.parse(pub)) ? new Date(pub).toISOString() : '';
  const author = item.children('dc\\:creator').first().text().trim();
  const content = item.children('content\\:encoded').first().text() || item.children('description').first().text();
  const site = $('channel > title').first().text().trim();
  const lang = $('channel > language').first().text().trim() || 'en';
  return [
    `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>`,
    `<meta property="og:site_name" content="${escapeHtml(site)}">`,
    iso ? `<meta property="article:published_time" content="${iso}">` : '',
    author ? `<meta name="author" content="${escapeHtml(author)}">` : '',
    `<link rel="canonical" href="${escapeHtml(link)}"></head>`,
    `<body><article><h1>${escapeHtml(title)}</h1>${content}</article></body></html>`,
  ].join('\n');
}

/** The links of the items of `feedXml` whose full text has at least `minWords` words. */
export function longFeedItems(feedXml: string, minWords = 250): { link: string; title: string; words: number }[] {
  const $ = load(feedXml, { xml: true });
  return $('item')
    .toArray()
    .map((el) => {
      const text = load($(el).children('content\\:encoded').first().text()).text();
      return { link: $(el).children('link').first().text().trim(), title: $(el).children('title').first().text().trim(), words: text.split(/\s+/).filter(Boolean).length };
    })
    .filter((i) => i.words >= minWords);
}
