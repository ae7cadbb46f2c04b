import type { CheerioAPI } from 'cheerio';
import { elementsByTag } from './page-elements.ts';
import { htmlToText } from '../parse/sanitize.ts';
import { bylineNames, looksLikeHandle, visibleByline } from './bylines.ts';

/**
 * Page metadata by ordered rules (SPEC "Fact sheet": JSON-LD, then OpenGraph/article:*, Twitter
 * cards, <meta>, <link rel=canonical>, <time datetime>, then the visible page). Each field is the
 * first rule that yields a non-empty value.
 */
export interface PageMetadata {
  title: string | null;
  description: string | null;
  authors: string[];
  published_at: string | null;
  /** The publication's calendar day as the page wrote it (its own UTC offset), for resolving "on Wednesday" and "July 10". */
  published_day: string | null;
  /** Whether that day was read off a stamp written in UTC before noon ("…T04:27:37Z", "T02:59:46+00:00"): in the Americas
   * the publisher's own calendar still showed the day before. */
  published_day_utc: boolean;
  modified_at: string | null;
  site_name: string | null;
  language: string | null;
  section: string | null;
  tags: string[];
  image: string | null;
  canonical_url: string;
  /** Names from JSON-LD `about`/`mentions`, trusted first by entity extraction. */
  ld_entities: string[];
}

type Json = Record<string, unknown>;

// schema.org CreativeWork subtypes used for article pages (Readability's jsonLdArticleTypes), WebPage last.
const ARTICLE_TYPES = /^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|WebPage)$/;

function types(node: Json): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t.replace(/^https?:\/\/schema\.org\//, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every node of every JSON-LD script, with arrays and @graph flattened. */
export function jsonLdNodes($: CheerioAPI): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) visit(v['@graph']);
    }
  };
  for (const el of elementsByTag($, 'script')) {
    if (el.attribs['type']?.toLowerCase() !== 'application/ld+json') continue;
    const raw = $(el).text().replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').trim();
    if (raw === '') continue;
    try {
      visit(JSON.parse(raw));
    } catch {
      // Publishers ship broken JSON-LD (trailing commas, raw newlines); one bad block is skipped.
      try {
        visit(JSON.parse(raw.replace(/[\n\r\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1')));
      } catch {
        /* unusable block */
      }
    }
  }
  return out;
}

function pickArticle(nodes: Json[]): Json | undefined {
  const articles = nodes.filter((n) => types(n).some((t) => ARTICLE_TYPES.test(t)));
  // A real article type beats WebPage; among equals, the one with a headline.
  const score = (n: Json): number =>
    (types(n).some((t) => t !== 'WebPage' && ARTICLE_TYPES.test(t)) ? 2 : 0) + (n['headline'] ? 1 : 0);
  return articles.sort((a, b) => score(b) - score(a))[0];
}

function resolveRef(v: unknown, byId: Map<string, Json>): unknown {
  if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return byId.get(v['@id']) ?? v;
  return v;
}

function asArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function text(v: unknown): string | null {
  if (typeof v === 'string') {
    const t = clean(v);
    return t === '' ? null : t;
  }
  if (typeof v === 'number') return String(v);
  return null;
}

/** Plain text of a metadata value: entities decoded, tags and whitespace collapsed. */
function clean(v: string): string {
  return /[<&]/.test(v) ? htmlToText(v) : v.replace(/\s+/g, ' ').trim();
}

/** Author names of a JSON-LD author/creator value; beside a Person, an Organization is the publisher's credit, not an author. */
function names(v: unknown, byId: Map<string, Json>, siteName: string | null): string[] {
  const items = asArray(v).map((raw) => resolveRef(raw, byId));
  const hasPerson = items.some((item) => isObject(item) && types(item).includes('Person'));
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === 'string') out.push(...bylineNames(clean(item), { siteName }));
    else if (isObject(item) && !(hasPerson && types(item).some((t) => /Organization$/.test(t)))) {
      const n = text(item['name']) ?? [text(item['givenName']), text(item['familyName'])].filter(Boolean).join(' ');
      if (n) out.push(...bylineNames(n, { siteName }));
    }
  }
  return out;
}

function isoDate(v: string | null | undefined): string | null {
  if (!v) return null;
  const s = v.trim();
  // Date.parse accepts RFC 3339 and RFC 2822; bare "YYYY-MM-DD HH:MM" needs the T.
  const candidate = /^\d{4}-\d{2}-\d{2} \d/.test(s) ? s.replace(' ', 'T') : s;
  const ms = Date.parse(candidate);
  if (Number.isNaN(ms)) return null;
  const y = new Date(ms).getUTCFullYear();
  if (y < 1990 || y > 2100) return null;
  return new Date(ms).toISOString();
}

function absolute(u: string | null | undefined, base: string): string | null {
  if (!u) return null;
  try {
    const url = new URL(u.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function first<T>(...values: (T | null | undefined)[]): T | null {
  for (const v of values) if (v !== null && v !== undefined && !(typeof v === 'string' && v === '')) return v;
  return null;
}

/**
 * Reads <meta> values into a lowercase-keyed map of lists. `property` (RDFa, may hold several
 * space-separated names) is read before `name`, and `name="DC.title"` is keyed as `dc:title`,
 * as Readability does (its test pages pin this precedence).
 */
function metaMap($: CheerioAPI): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (key: string, content: string): void => {
    const list = map.get(key) ?? [];
    list.push(content);
    map.set(key, list);
  };
  const metas = elementsByTag($, 'meta').map((el) => $(el));
  for (const el of metas) {
    const content = el.attr('content')?.trim();
    const prop = el.attr('property');
    if (content && prop) for (const key of prop.toLowerCase().split(/\s+/)) if (key) add(key, content);
  }
  for (const el of metas) {
    const content = el.attr('content')?.trim();
    if (!content) continue;
    for (const attr of ['name', 'itemprop']) {
      const k = el.attr(attr)?.trim().toLowerCase();
      if (!k) continue;
      add(/^(?:dc|dcterm|dcterms)\./.test(k) ? k.replace('.', ':') : k, content);
    }
  }
  return map;
}

// Meta keys that name authors, in SPEC order: OpenGraph's article:author, then <meta name> (Dublin
// Core, HTML's own "author", Parse.ly, Sailthru, the NYT's "byl", Highwire's citation_author).
// twitter:creator is left out: it holds a handle, not a name.
const AUTHOR_KEYS = ['article:author', 'og:article:author', 'dc:creator', 'dcterm:creator', 'dcterms:creator', 'author', 'parsely-author', 'sailthru.author', 'byl', 'citation_author'];

/**
 * Authors named by <meta>: the first key that names anyone; several tags of that key are several
 * authors. For one key, property= tags are read before name=/itemprop= ones (a page stating both
 * says the same thing twice, and Readability's tests pin property first). Profile URLs in
 * article:author (OpenGraph allows a profile link there) are skipped.
 */
function metaAuthors($: CheerioAPI, siteName: string | null): string[] {
  const wanted = new Set(AUTHOR_KEYS);
  const byProperty = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, value: string): void => {
    if (wanted.has(key)) map.set(key, [...(map.get(key) ?? []), value]);
  };
  for (const el of elementsByTag($, 'meta')) {
    const content = clean(el.attribs['content'] ?? '');
    if (!content) continue;
    // RDFa's property may hold several space-separated names; DC.creator is keyed as dc:creator.
    for (const k of (el.attribs['property'] ?? '').toLowerCase().split(/\s+/)) if (k) add(byProperty, k, content);
    for (const attr of ['name', 'itemprop']) {
      const k = el.attribs[attr]?.trim().toLowerCase();
      if (k) add(byName, k.replace(/^(dc|dcterm|dcterms)\./, '$1:'), content);
    }
 }
  for (const key of AUTHOR_KEYS) {
    const list = byProperty.get(key) ?? byName.get(key) ?? [];
    const lastFirst = /:creator$|^citation_author$/.test(key);
    const found = list.flatMap((v) => (/^https?:\/\/|^www\./i.test(v) ? [] : bylineNames(v, { lastFirst, siteName })));
    if (found.length) return found;
  }
  return [];
}

/**
 * The page's authors by SPEC's order of trust — JSON-LD author (else creator), <meta>, then the
 * visible byline — except that a source giving only account names ("CC7567", "mcupdate") yields to
 * a later one that gives a person's name, and is used only when none does.
 */
function pageAuthors($: CheerioAPI, article: Json | undefined, byId: Map<string, Json>, siteName: string | null): string[] {
  const sources: (() => string[])[] = [
    () => {
      if (!article) return [];
      const byAuthor = names(article['author'], byId, siteName);
      return byAuthor.length ? byAuthor : names(article['creator'], byId, siteName);
    },
    () => metaAuthors($, siteName),
    () => visibleByline($, siteName),
  ];
  let handles: string[] = [];
  for (const source of sources) {
    const list = dedupe(source());
    if (list.length && !list.every(looksLikeHandle)) return list;
    if (!handles.length) handles = list;
  }
  return handles;
}

function dedupe(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The headline from <title>, after Readability's _getArticleTitle: drop the last " | Site" part
 * (or the first when too little is left), resolve "Section: Headline" against the page's headings,
 * and keep the original when cutting leaves four words or fewer.
 */
function documentTitle($: CheerioAPI): string | null {
  const titleEl = elementsByTag($, 'title')[0];
  const orig = titleEl ? $(titleEl).text().replace(/\s+/g, ' ').trim() : '';
  // The page's own <h1> that is the <title> without its trailing " · Site" / " - Wikipedia" parts is
  // the headline, however short ("Mozilla") or colon-led ("Outside the web: standalone …").
  const cuts = [...orig.matchAll(/ [|\-–—·•\\/>»] /g)];
  if (cuts.length) {
    const h1s = new Set(elementsByTag($, 'h1').map((h) => $(h).text().replace(/\s+/g, ' ').trim()).filter(Boolean));
    for (const sep of cuts.reverse()) {
      const head = orig.slice(0, sep.index).trim();
      if (h1s.has(head)) return head;
    }
  }
  const words = (s: string): number => s.trim().split(/\s+/).filter(Boolean).length;
  let cur = orig;
  let hierarchical = false;
  if (/ [|\-–—\\/>»] /.test(cur)) {
    hierarchical = / [\\/>»] /.test(cur);
    const seps = [...orig.matchAll(/ [|\-–—\\/>»] /g)];
    cur = orig.slice(0, seps[seps.length - 1]!.index);
    if (words(cur) < 3) cur = orig.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]/, '');
  } else if (cur.includes(': ')) {
    const headings = elementsByTag($, 'h1', 'h2').map((h) => $(h).text().trim());
    if (!headings.includes(cur)) {
      cur = orig.slice(orig.lastIndexOf(':') + 1);
      if (words(cur) < 3) cur = orig.slice(orig.indexOf(':') + 1);
      else if (words(orig.slice(0, orig.indexOf(':'))) > 5) cur = orig;
    }
  } else if (cur.length > 150 || cur.length < 15) {
    const h1 = elementsByTag($, 'h1');
    if (h1.length === 1) cur = $(h1[0]!).text();
  }
  cur = cur.replace(/\s+/g, ' ').trim();
  const n = words(cur);
  if (n <= 4 && (!hierarchical || n !== words(orig.replace(/[|\-–—\\/>»]+/g, '')) - 1)) cur = orig;
  const firstH1 = elementsByTag($, 'h1')[0];
  return cur || (firstH1 ? $(firstH1).text().replace(/\s+/g, ' ').trim() : '') || null;
}

const SUFFIX_SEPARATOR = /^(.*\S)\s+[|\-–—·•:»~]\s+([^|\-–—·•»]{2,60})$/u;

function squash(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The host's registrable label ("www.techcrunch.com" → "techcrunch", "bbc.co.uk" → "bbc"). */
export function hostLabel(pageUrl: string): string | null {
  try {
    const parts = new URL(pageUrl).hostname.replace(/^www\d?\./, '').split('.');
    const i = parts.length >= 3 && /^(?:co|com|org|net|gov|ac|edu)$/.test(parts[parts.length - 2]!) ? parts.length - 3 : parts.length - 2;
    return parts[Math.max(0, i)] ?? null;
  } catch {
    return null;
  }
}

/**
 * A title without the site's name after a separator (issue 9): "Headline · Corvid Labs Engineering",
 * "Headline | TechCrunch", "Headline - BBC News". The tail goes only when it is the site's name
 * (or begins or ends with it, or with the host's label), so "Part 1 - The Beginning" keeps its tail.
 */
export function stripSiteSuffix(title: string, siteNames: readonly (string | null | undefined)[]): string {
  const m = SUFFIX_SEPARATOR.exec(title);
  if (!m) return title;
  const tail = squash(m[2]!);
  if (tail.length < 2) return title;
  for (const n of siteNames) {
    const site = n ? squash(n) : '';
    if (site.length < 2) continue;
    if (tail === site || (site.length >= 3 && (tail.startsWith(site) || site.startsWith(tail) || tail.endsWith(site)))) return m[1]!.trim();
  }
  return title;
}

// Whole title segments that label the kind of piece, not its headline ("Opinion | …", "… | Editorial").
const GENRE_LABEL = /^(?:opinion|opinions|editorial|analysis|commentary|comment|column|op-?ed|explainer|review|interview|obituary|letters?)$/i;

/**
 * A headline without the labels publishers put around it in <title>/og:title (issue 9): a trailing
 * " - Author" or " | by Author" segment ("Headline - John C. Welch - Medium" once the site is cut),
 * and a leading "Section | " or trailing " | Section" segment that is the page's own section or a
 * genre label ("Opinion | Headline", "Headline | Editorial"). At least two words of headline stay.
 */
export function stripTitleLabels(title: string, authors: readonly string[], section: string | null): string {
  const labels = new Set([...authors, ...(section ? [section] : [])].map(squash).filter((k) => k.length >= 2));
  const isLabel = (seg: string, byAllowed: boolean): boolean => {
    // "by" before a name and parenthesised nicknames after it ("Bradley M. Kuhn ( Brad ) ( bkuhn )") are not the label.
    const key = squash((byAllowed ? seg.replace(/^\s*by\s+/i, '') : seg).replace(/\([^)]*\)/g, ' '));
    return GENRE_LABEL.test(seg.trim()) || (key.length >= 2 && labels.has(key));
  };
  const enough = (s: string): boolean => s.trim().split(/\s+/).length >= 2;
  let cur = title;
  for (let i = 0; i < 2; i++) {
    // The last segment after a spaced separator; a hyphen inside a name ("Jean-Paul") is not one.
    const tail = /^(.*\S)\s+[|\-–—·•»]\s+((?:(?!\s[|\-–—·•»]\s).){2,80})$/u.exec(cur);
    if (!tail || !isLabel(tail[2]!, true) || !enough(tail[1]!)) break;
    cur = tail[1]!;
  }
  const lead = /^([^|]{2,40}?)\s+\|\s+(.*\S)$/u.exec(cur);
  if (lead && isLabel(lead[1]!, false) && enough(lead[2]!)) cur = lead[2]!;
  return cur;
}

/** JSON-LD's headline, or its name when the two differ and the headline is not the one close to <title> (aktualne.cz, Wikipedia put other text in one of them). */
function ldTitle(article: Json, docTitle: string | null): string | null {
  const headline = text(article['headline']);
  const name = text(article['name']);
  if (headline && name && headline !== name && docTitle) {
    // Readability's rule: the headline only when it, and not the name, matches <title>.
    return similarity(headline, docTitle) > 0.75 && similarity(name, docTitle) <= 0.75 ? headline : name;
  }
  return headline ?? name;
}

function similarity(a: string, b: string): number {
  const ta = a.toLowerCase().split(/\W+/).filter(Boolean);
  const tb = b.toLowerCase().split(/\W+/).filter(Boolean);
  if (!ta.length || !tb.length) return 0;
  const uniqB = tb.filter((t) => !ta.includes(t));
  return 1 - uniqB.join(' ').length / tb.join(' ').length;
}

function language($: CheerioAPI, meta: Map<string, string[]>, article: Json | undefined): string | null {
  // Read in order of trust.
  const html = $(elementsByTag($, 'html').slice(0, 1));
  const lang = first(
    html.attr('lang')?.trim(),
    html.attr('xml:lang')?.trim(),
    meta.get('og:locale')?.[0]?.replace('_', '-'),
    article ? text(article['inLanguage']) : null,
    meta.get('content-language')?.[0],
  ) ?? first(elementsByTag($, 'meta').find((el) => el.attribs['http-equiv']?.toLowerCase() === 'content-language')?.attribs['content']?.trim(), meta.get('language')?.[0]);
  if (!lang) return null;
  // BCP 47: language-region, with the region upper-cased by convention; keep the tag as given otherwise.
  const tag = lang.split(/[,;\s]/)[0]!.replace('_', '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

// A time stamp written in UTC, before noon: "2014-12-05T04:27:37.000Z", "2019-11-20T02:59:46+00:00", "+0000".
const UTC_MORNING_STAMP = /T(?:0\d|1[01]):\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00)\s*$/i;

/** Returns the page's metadata; `pageUrl` is the final URL after redirects. */
export function extractMetadata($: CheerioAPI, pageUrl: string): PageMetadata {
  const nodes = jsonLdNodes($);
  const byId = new Map<string, Json>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const article = pickArticle(nodes);
  const meta = metaMap($);
  const m = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = meta.get(k)?.[0];
      if (v) return clean(v) || null;
    }
    return null;
  };
  const all = (k: string): string[] => (meta.get(k) ?? []).map(clean).filter(Boolean);

  const publisher = article ? resolveRef(article['publisher'], byId) : undefined;
  const website = nodes.find((n) => types(n).includes('WebSite'));
  const organization = nodes.find((n) => types(n).some((t) => /Organization$/.test(t)));
  // The JSON-LD publisher, then og:site_name, then application-name (the caller falls back to the source's
  // name, then the host, issue 9). Publisher before og:site_name as Readability does: putting og:site_name
  // first cost 0.065 of siteName agreement on Readability's test pages (bench/extract.ts).
  const siteName = first(
    isObject(publisher) ? text(publisher['name']) : null,
    m('og:site_name'),
    m('application-name', 'twitter:site:name'),
    website ? text(website['name']) : null,
    organization ? text(organization['name']) : null,
  );

  const docTitle = documentTitle($);
  const rawTitle = first(article ? ldTitle(article, docTitle) : null, m('dc:title', 'dcterm:title', 'og:title', 'title', 'twitter:title', 'parsely-title'), docTitle);
  // Only the site's own name is cut here; the host fallback is the caller's (extractFacts) when no name is known.
  const authors = pageAuthors($, article, byId, siteName);
  const section = first(article ? text(asArray(article['articleSection'])[0]) : null, m('article:section', 'section', 'parsely-section'));
  const title = rawTitle ? stripTitleLabels(stripSiteSuffix(rawTitle, [siteName]), authors, section) : null;

  // (tried in order of trust, each only when those before it give no date: the page-wide selectors are dear)
  const candidates = [
    () => (article ? text(article['datePublished']) : null),
    () => m('article:published_time', 'og:article:published_time', 'datepublished', 'parsely-pub-date', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc:date', 'dc:date:issued', 'dcterms:created', 'sailthru.date', 'article.published', 'published_time'),
    // (the first <time datetime> of the page, in or out of an <article>, a pubdate or an itemprop)
    () => elementsByTag($, 'time').find((t) => t.attribs['datetime'] !== undefined)?.attribs['datetime'],
    () => visibleDateline($),
  ];
  let publishedRaw: string | undefined;
  for (const candidate of candidates) {
    const v = candidate();
    if (v && isoDate(v) !== null) {
      publishedRaw = v;
      break;
    }
  }
  const published = isoDate(publishedRaw);
  const modified = first(
    isoDate(article ? text(article['dateModified']) : null),
    isoDate(m('article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified')),
  );
  // `published_at` keeps the first publication (JSON-LD first, SPEC), but the text on the page is the version it shows:
  // when its article:published_time is the JSON-LD's dateModified, within two days of the first publication (a wire story
  // rewritten as it develops: NBC's "datePublished" Friday 22:00Z, "article:published_time" = "dateModified" Saturday
  // 12:43Z, the text telling of "Saturday"), that version's day is the one its weekdays and "today" resolve against.
  const ogPublished = isoDate(m('article:published_time', 'og:article:published_time'));
  const version = article && published && ogPublished && ogPublished === modified && ogPublished > published && Date.parse(ogPublished) - Date.parse(published) < 2 * 86_400_000 ? m('article:published_time', 'og:article:published_time') : null;
  const dayRaw = version ?? publishedRaw;
  const publishedDay = dayRaw ? (/^\s*(\d{4}-\d{2}-\d{2})/.exec(dayRaw)?.[1] ?? isoDate(dayRaw)!.slice(0, 10)) : null;

  const ldKeywords = article ? asArray(article['keywords']).flatMap((k) => (typeof k === 'string' ? k.split(',') : [])) : [];
  const tags = dedupe([...all('article:tag'), ...ldKeywords.map((k) => clean(k)), ...(all('keywords')[0]?.split(',') ?? []).map(clean)].filter((t) => t.length > 0 && t.length < 60));

  const ldImage = article ? resolveRef(asArray(article['image'])[0], byId) : undefined;
  const image = absolute(
    first(m('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'), typeof ldImage === 'string' ? ldImage : isObject(ldImage) ? text(ldImage['url']) : null),
    pageUrl,
  );

  const canonical = first(absolute(elementsByTag($, 'link').find((l) => /(?:^|\s)canonical(?:\s|$)/i.test(l.attribs['rel'] ?? ''))?.attribs['href'], pageUrl), absolute(m('og:url'), pageUrl), pageUrl) ?? pageUrl;

  const ldEntities = article
    ? [...asArray(article['about']), ...asArray(article['mentions'])].flatMap((v) => {
        const r = resolveRef(v, byId);
        return typeof r === 'string' ? [clean(r)] : isObject(r) && text(r['name']) ? [text(r['name'])!] : [];
      })
    : [];

  return {
    title,
    description: first(article ? text(article['description']) : null, m('og:description', 'description', 'twitter:description', 'dc:description')),
    authors,
    published_at: published,
    published_day: publishedDay,
    published_day_utc: dayRaw ? UTC_MORNING_STAMP.test(dayRaw) : false,
    modified_at: modified,
    site_name: siteName,
    language: language($, meta, article),
    section,
    tags,
    image,
    canonical_url: canonical,
    ld_entities: dedupe(ldEntities),
  };
}

/** A date written in the visible dateline (`.dateline`, `.date`, `.published`), last resort. */
function visibleDateline($: CheerioAPI): string | null {
  const el = $('.dateline, .published, .pubdate, .post-date, .entry-date, .article-date, [class*="publish-date"], [class*="timestamp"]').first();
  const t = el.attr('datetime') ?? el.attr('title') ?? el.text();
  const s = t?.replace(/\s+/g, ' ').replace(/^(?:published|posted|updated)(?: on)?:?\s*/i, '').trim();
  if (!s) return null;
  const m = /((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}|\d{4}-\d{2}-\d{2}(?:T[\d:.+\-Z]+)?)/i.exec(s);
  if (!m?.[1]) return null;
  const v = m[1].replace(/\./, '');
  // A date without a zone is read as UTC midnight, so the calendar day survives toISOString.
  return /T/.test(v) ? v : /^\d{4}-/.test(v) ? `${v}T00:00:00Z` : `${v} 00:00 UTC`;
}
