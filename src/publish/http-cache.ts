import { createHash } from 'node:crypto';

/**
 * HTTP validators for feeds and pages (SPEC "Publishing rules": ETag derived from the content,
 * Last-Modified, 304). Pure: the route passes request headers in and sends what these decide.
 */

/** Returns a strong ETag (RFC 9110 §8.8.3) from a SHA-256 of the body: same bytes, same tag. */
export function etagFor(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** Returns an IMF-fixdate (RFC 9110 §5.6.7) for Last-Modified. */
export function httpDate(date: Date): string {
  return date.toUTCString();
}

export interface ConditionalHeaders {
  ifNoneMatch?: string | undefined;
  ifModifiedSince?: string | undefined;
}

export interface CurrentValidators {
  etag: string;
  lastModified: Date;
}

/**
 * Returns true when a GET/HEAD can be answered 304 Not Modified (RFC 9110 §13.2.2): If-None-Match
 * decides when present (§13.1.2, weak comparison, `*` matches any current representation) and
 * If-Modified-Since is then ignored; otherwise If-Modified-Since matches when the resource has not
 * changed since that date, compared at one-second precision (§13.1.3; an invalid date is ignored).
 */
export function isNotModified(req: ConditionalHeaders, current: CurrentValidators): boolean {
  if (req.ifNoneMatch !== undefined && req.ifNoneMatch.trim() !== '') {
    return noneMatchHits(req.ifNoneMatch, current.etag);
  }
  if (req.ifModifiedSince !== undefined) {
    const since = parseHttpDate(req.ifModifiedSince);
    if (since === null) return false;
    const modifiedSec = Math.floor(current.lastModified.getTime() / 1000);
    return modifiedSec <= Math.floor(since / 1000);
  }
  return false;
}

/** Weak comparison (RFC 9110 §8.8.3.2): opaque-tags equal, W/ prefixes ignored on both sides. */
function noneMatchHits(header: string, etag: string): boolean {
  // The common revalidation echoes the one tag it was given: no list to parse.
  if (header === etag || (header.length === etag.length + 2 && header.startsWith('W/') && header.endsWith(etag))) return true;
  if (header.trim() === '*') return true;
  const current = opaqueTag(etag);
  if (current === null) return false;
  return listedTags(header).some((tag) => tag === current);
}

/** Returns the quoted opaque-tags of an If-None-Match list (commas may sit inside quotes). */
function listedTags(header: string): string[] {
  const tags: string[] = [];
  const re = /\s*(?:W\/)?("[^"]*")\s*(?:,|$)/gy;
  let match: RegExpExecArray | null;
  while ((match = re.exec(header)) !== null) {
    if (match[1] !== undefined) tags.push(match[1]);
  }
  return tags;
}

function opaqueTag(etag: string): string | null {
  const match = /^\s*(?:W\/)?("[^"]*")\s*$/.exec(etag);
  return match?.[1] ?? null;
}

/**
 * Parses an HTTP-date: IMF-fixdate, or the obsolete RFC 850 and asctime forms recipients must
 * accept (RFC 9110 §5.6.7). Returns epoch milliseconds, or null when it is not a date.
 */
export function parseHttpDate(value: string): number | null {
  const text = value.trim();
  const imf = /^[A-Za-z]{3}, (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/.exec(text);
  const rfc850 = /^[A-Za-z]+, (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/.exec(text);
  const asctime = /^[A-Za-z]{3} ([A-Za-z]{3}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/.exec(text);
  let parts: [string, string, string, string, string, string] | null = null;
  if (imf) parts = [imf[3]!, imf[2]!, imf[1]!, imf[4]!, imf[5]!, imf[6]!];
  else if (rfc850) {
    // §5.6.7 reads a two-digit year against the clock; kept pure with the usual pivot (70–99 → 19xx).
    const yy = Number(rfc850[3]);
    const year = yy >= 70 ? 1900 + yy : 2000 + yy;
    parts = [String(year), rfc850[2]!, rfc850[1]!, rfc850[4]!, rfc850[5]!, rfc850[6]!];
  } else if (asctime) parts = [asctime[6]!, asctime[1]!, asctime[2]!, asctime[3]!, asctime[4]!, asctime[5]!];
  if (parts === null) return null;
  const month = MONTHS.indexOf(parts[1].toLowerCase());
  if (month < 0) return null;
  const [year, day, hour, minute, second] = [parts[0], parts[2], parts[3], parts[4], parts[5]].map(Number) as [number, number, number, number, number];
  const ms = Date.UTC(year, month, day, hour, minute, second);
  const check = new Date(ms);
  if (check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 60) return null;
  return ms;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
