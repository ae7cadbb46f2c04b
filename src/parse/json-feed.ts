import { PulseError } from '../errors.ts';
import { cleanUrl, resolveHttpUrl } from './clean-url.ts';
import { parseDate } from './dates.ts';
import {
  cleanHtml, collapse, escapeHtml, fallbackTitle, languageTag, plainText, stableGuid, summaryTextOf, textToHtml, toCount, uniq,
} from './normalize.ts';
import type { ParsedEnclosure, ParsedFeed, ParsedItem } from './types.ts';

/**
 * JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/), validated by hand: every field
 * the spec types is checked when present, required ones must be present, unknown fields
 * (extensions start with `_`, but publishers add others too) are ignored. Errors name the path.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

function invalid(path: string, what: string): PulseError {
  return new PulseError('parse_failed', `parse: invalid JSON Feed: ${path} ${what}`, { details: { path } });
}

function kind(v: Json | undefined): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  return Array.isArray(v) ? 'array' : typeof v;
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Optional string: absent/null → null; any other non-string is an error. */
function str(obj: JsonObject, key: string, path: string): string | null {
  const v = obj[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw invalid(`${path}.${key}`, `must be a string (got ${kind(v)})`);
  return v;
}

function bool(obj: JsonObject, key: string, path: string): boolean | null {
  const v = obj[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'boolean') throw invalid(`${path}.${key}`, `must be a boolean (got ${kind(v)})`);
  return v;
}

function arr(obj: JsonObject, key: string, path: string): Json[] {
  const v = obj[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw invalid(`${path}.${key}`, `must be an array (got ${kind(v)})`);
  return v;
}

function authorNames(obj: JsonObject, path: string): string[] {
  // 1.1 has `authors` (array); 1.0 had `author` (object), which 1.1 deprecates but readers keep.
  const list = obj['authors'] !== undefined ? arr(obj, 'authors', path) : obj['author'] !== undefined && obj['author'] !== null ? [obj['author']] : [];
  return uniq(
    list.map((a, i) => {
      const p = obj['authors'] !== undefined ? `${path}.authors[${i}]` : `${path}.author`;
      if (!isObject(a)) throw invalid(p, `must be an object (got ${kind(a)})`);
      const name = str(a, 'name', p);
      const url = str(a, 'url', p);
      return name !== null ? collapse(name) : url;
    }),
  );
}

const VERSION = /^https?:\/\/jsonfeed\.org\/version\/(1(?:\.\d+)?)\/?$/;

/** Returns the JSON text as a ParsedFeed, or throws PulseError('parse_failed') naming the first invalid field. */
export function parseJsonFeed(text: string, feedUrl: string): ParsedFeed {
  let doc: Json;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Json;
  } catch (err) {
    throw new PulseError('parse_failed', `parse: malformed JSON (${(err as Error).message})`, { cause: err });
  }
  if (!isObject(doc)) throw invalid('(root)', `must be an object (got ${kind(doc)})`);
  const version = doc['version'];
  if (version === undefined) throw invalid('version', 'is missing (not a JSON Feed)');
  if (typeof version !== 'string') throw invalid('version', `must be a string (got ${kind(version)})`);
  const v = VERSION.exec(version.trim());
  if (!v) throw invalid('version', `is not a JSON Feed version URL (got "${version.slice(0, 80)}")`);
  const title = str(doc, 'title', 'feed');
  if (title === null) throw invalid('title', 'is missing');
  if (doc['items'] === undefined) throw invalid('items', 'is missing');
  const items = arr(doc, 'items', 'feed');

  const feedUrlDeclared = str(doc, 'feed_url', 'feed');
  const home = str(doc, 'home_page_url', 'feed');
  const hubs = arr(doc, 'hubs', 'feed');
  let hubUrl: string | null = null;
  hubs.forEach((h, i) => {
    if (!isObject(h)) throw invalid(`hubs[${i}]`, `must be an object (got ${kind(h)})`);
    const url = str(h, 'url', `hubs[${i}]`);
    if (hubUrl === null && url !== null) hubUrl = resolveHttpUrl(url, feedUrl);
  });
  bool(doc, 'expired', 'feed');
  const feedAuthors = authorNames(doc, 'feed');
  const description = str(doc, 'description', 'feed');

  return {
    format: 'json',
    version: v[1]!,
    title: plainText(title, 'guess'),
    description: description === null ? null : plainText(description, 'guess') || null,
    homePageUrl: cleanUrl(home, feedUrl),
    selfUrl: resolveHttpUrl(feedUrlDeclared, feedUrl),
    hubUrl,
    language: languageTag(str(doc, 'language', 'feed')),
    imageUrl: cleanUrl(str(doc, 'icon', 'feed'), feedUrl) ?? cleanUrl(str(doc, 'favicon', 'feed'), feedUrl),
    ttlSeconds: null,
    updatePeriodSeconds: null,
    updatedAt: null,
    items: items.map((item, i) => jsonItem(item, `items[${i}]`, feedUrl, feedAuthors)),
  };
}

function jsonItem(item: Json, path: string, feedUrl: string, feedAuthors: string[]): ParsedItem {
  if (!isObject(item)) throw invalid(path, `must be an object (got ${kind(item)})`);
  const rawId = item['id'];
  // 1.1 requires a string id; 1.0 feeds in the wild also use numbers, which are unambiguous.
  let id: string | null;
  // A missing id is a publisher's slip that should not lose the feed: fall back like RSS does.
  if (rawId === undefined || rawId === null) id = null;
  else if (typeof rawId === 'string') id = rawId.trim() || null;
  else if (typeof rawId === 'number' && Number.isFinite(rawId)) id = String(rawId);
  else throw invalid(`${path}.id`, `must be a string (got ${kind(rawId)})`);

  const url = cleanUrl(str(item, 'url', path), feedUrl);
  const contentHtmlRaw = str(item, 'content_html', path);
  const contentTextRaw = str(item, 'content_text', path);
  const summary = str(item, 'summary', path);
  const contentHtml = contentHtmlRaw !== null ? cleanHtml(contentHtmlRaw, url ?? feedUrl) : contentTextRaw !== null ? textToHtml(contentTextRaw) : null;
  const summaryHtml = summary === null || summary.trim() === '' ? null : escapeHtml(summary.trim());
  const summaryText = summaryTextOf(summaryHtml, contentHtml);

  const publishedText = str(item, 'date_published', path);
  const updatedText = str(item, 'date_modified', path);
  const updatedAt = parseDate(updatedText);
  const titleRaw = str(item, 'title', path);
  const title = (titleRaw === null ? '' : plainText(titleRaw, 'guess')) || fallbackTitle(summaryText, url);
  const tags = arr(item, 'tags', path).map((t, i) => {
    if (typeof t !== 'string') throw invalid(`${path}.tags[${i}]`, `must be a string (got ${kind(t)})`);
    return collapse(t);
  });
  const enclosures: ParsedEnclosure[] = [];
  arr(item, 'attachments', path).forEach((a, i) => {
    const p = `${path}.attachments[${i}]`;
    if (!isObject(a)) throw invalid(p, `must be an object (got ${kind(a)})`);
    const u = cleanUrl(str(a, 'url', p), feedUrl);
    const size = a['size_in_bytes'];
    if (u) enclosures.push({ url: u, type: str(a, 'mime_type', p), length: typeof size === 'number' ? toCount(size) : null });
  });
  const authors = authorNames(item, path);

  return {
    guid: stableGuid(id, url, title, publishedText ?? updatedText),
    url,
    title,
    summaryHtml,
    contentHtml,
    summaryText,
    authors: authors.length > 0 ? authors : feedAuthors,
    categories: uniq(tags),
    publishedAt: parseDate(publishedText) ?? updatedAt,
    updatedAt,
    externalUrl: cleanUrl(str(item, 'external_url', path), feedUrl),
    imageUrl: cleanUrl(str(item, 'image', path), feedUrl) ?? cleanUrl(str(item, 'banner_image', path), feedUrl),
    enclosures,
    publishedText,
    updatedText,
  };
}
