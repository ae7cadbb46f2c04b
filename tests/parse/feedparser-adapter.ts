import type { ParsedFeed } from '../../src/parse/types.ts';

/**
 * Maps a ParsedFeed to the key names of Universal Feed Parser's result (feed.title,
 * entries[i].summary, …) for the core keys only, so that the `js_check` translations of its test
 * suite (corpora/feedparser-tests/INDEX.tsv) can be evaluated against Pulse's parser. Absent
 * values leave the key absent, as feedparser does.
 */

type Dict = Record<string, unknown>;

/** feedparser's `version` strings for the formats and versions ParsedFeed reports. */
function fpVersion(feed: ParsedFeed): string {
  switch (feed.format) {
    case 'atom':
      return feed.version === '0.3' ? 'atom03' : 'atom10';
    case 'rdf':
      return feed.version === '0.90' ? 'rss090' : 'rss10';
    case 'json':
      return feed.version === '1' ? 'json1' : `json${(feed.version ?? '').replace('.', '')}`;
    case 'rss': {
      const v = feed.version ?? '';
      if (v === '') return 'rss';
      if (v.startsWith('2')) return 'rss20';
      if (v === '0.91') return 'rss091u';
      return `rss0${v.slice(2).replace('.', '')}`;
    }
  }
}

/** Python time.struct_time as a 9-tuple (UTC; wday Monday = 0; yday from 1; isdst 0). */
export function structTime(d: Date): number[] {
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const yday = Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - start) / 86_400_000) + 1;
  return [
    d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(),
    (d.getUTCDay() + 6) % 7, yday, 0,
  ];
}

function put(target: Dict, key: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value) && value.length === 0) return;
  target[key] = value;
}

/** Returns feedparser's result shape for a successful parse. */
export function toFeedparserResult(feed: ParsedFeed): Dict {
  const f: Dict = {};
  put(f, 'title', feed.title);
  put(f, 'link', feed.homePageUrl);
  for (const k of ['subtitle', 'description', 'tagline']) put(f, k, feed.description);
  put(f, 'language', feed.language);
  put(f, 'image', feed.imageUrl === null ? null : { href: feed.imageUrl, url: feed.imageUrl });
  put(f, 'updated_parsed', feed.updatedAt === null ? null : structTime(feed.updatedAt));

  const entries = feed.items.map((item) => {
    const e: Dict = {};
    put(e, 'title', item.title);
    put(e, 'link', item.url);
    put(e, 'id', item.guid);
    put(e, 'guid', item.guid);
    put(e, 'summary', item.summaryHtml);
    put(e, 'description', item.summaryHtml);
    put(e, 'content', item.contentHtml === null ? null : [{ value: item.contentHtml }]);
    put(e, 'author', item.authors[0]);
    put(e, 'authors', item.authors.map((name) => ({ name })));
    put(e, 'published', item.publishedText);
    put(e, 'published_parsed', item.publishedText !== null && item.publishedAt ? structTime(item.publishedAt) : null);
    put(e, 'updated', item.updatedText);
    put(e, 'updated_parsed', item.updatedAt === null ? null : structTime(item.updatedAt));
    put(e, 'tags', item.categories.map((term) => ({ term })));
    put(e, 'category', item.categories[0]);
    put(e, 'enclosures', item.enclosures.map((enc) => ({ href: enc.url, type: enc.type, length: enc.length === null ? undefined : String(enc.length) })));
    return e;
  });
  return { bozo: false, version: fpVersion(feed), feed: f, entries };
}

/** The result shape for a document Pulse refused (feedparser's `bozo` flag set). */
export function refusedResult(): Dict {
  return { bozo: true, feed: {}, entries: [] };
}

/** Python `==` on JSON-like values (tuples are arrays; a missing key compares equal to None). */
export function deepEq(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'boolean') return a === Number(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEq(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a as Dict).filter((k) => (a as Dict)[k] !== undefined);
    const kb = Object.keys(b as Dict).filter((k) => (b as Dict)[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEq((a as Dict)[k], (b as Dict)[k]));
  }
  return false;
}

/** Python `x in container`. */
export function has(container: unknown, x: unknown): boolean {
  if (typeof container === 'string') return typeof x === 'string' && container.includes(x);
  if (Array.isArray(container)) return container.some((c) => deepEq(c, x));
  if (container && typeof container === 'object') return typeof x === 'string' && (container as Dict)[x] !== undefined;
  return false;
}

/** Python truthiness. */
export function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

/** Top-level keys of feedparser's model the adapter covers, per level. */
export const CORE_KEYS = {
  feed: new Set(['title', 'link', 'subtitle', 'description', 'tagline', 'language', 'image', 'updated_parsed']),
  entries: new Set([
    'title', 'link', 'id', 'guid', 'summary', 'description', 'content', 'author', 'authors', 'published',
    'published_parsed', 'updated', 'updated_parsed', 'tags', 'category', 'enclosures',
  ]),
};
/** Keys below a core key that the adapter fills (content value, tag term, author name, enclosure href/type/length, image href). */
export const CORE_SUBKEYS: Record<string, Set<string>> = {
  content: new Set(['value']),
  tags: new Set(['term']),
  authors: new Set(['name']),
  enclosures: new Set(['href', 'type', 'length']),
  image: new Set(['href']),
};

/**
 * Returns the first key a js_check reads outside the adapter's core keys (so the check is out of
 * scope), or null when every access path stays within them.
 */
export function outOfScopeKey(js: string): string | null {
  const path = /r\.(feed|entries\??(?:\[\d+\]|\.at\(-?\d+\)))((?:\??\.?(?:\["[^"]*"\]|[A-Za-z_]\w*(?!\()|\[\d+\]|at\(-?\d+\)))*)/g;
  for (const m of js.matchAll(path)) {
    const level = m[1]!.startsWith('feed') ? 'feed' : 'entries';
    const keys = [...m[2]!.matchAll(/\["([^"]*)"\]|\.([A-Za-z_]\w*)(?!\()/g)].map((k) => (k[1] ?? k[2])!);
    if (keys.length === 0) continue;
    if (!CORE_KEYS[level].has(keys[0]!)) return `${level}.${keys[0]}`;
    const allowed = CORE_SUBKEYS[keys[0]!] ?? new Set<string>();
    const sub = keys.slice(1).find((k) => !allowed.has(k));
    if (sub !== undefined) return `${level}.${keys[0]}.${sub}`;
  }
  const top = /r\.([a-z_]+)/g;
  for (const m of js.matchAll(top)) if (!['feed', 'entries', 'bozo', 'version'].includes(m[1]!)) return m[1]!;
  return null;
}
