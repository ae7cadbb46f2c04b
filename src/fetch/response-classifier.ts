/**
 * Answers questions about a response from its status and headers alone — never its body
 * (the shape of miniflux's ResponseHandler). Pure: the clock is passed in.
 */

/** Response headers as undici gives them (lower-case names). */
export type ResponseHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** Polling hints a response carries; the poll scheduler takes the latest of them (SPEC "Ingestion rules"). */
export interface CacheHints {
  /** Cache-Control max-age (or s-maxage when max-age is absent); 0 for no-cache/no-store. */
  readonly maxAgeSec: number | null;
  /** Expires, ignored when Cache-Control gives a max-age (RFC 9111 §5.3); null when absent or invalid. */
  readonly expiresAt: Date | null;
  /** Retry-After (delta-seconds or HTTP-date), as seconds from `now`. */
  readonly retryAfterSec: number | null;
}

export type ResponseVerdict =
  | { readonly kind: 'success'; readonly cache: CacheHints }
  | { readonly kind: 'not-modified'; readonly cache: CacheHints }
  | { readonly kind: 'redirect'; readonly location: string | null; readonly permanent: boolean }
  | { readonly kind: 'gone' }
  | { readonly kind: 'rate-limited'; readonly status: 429 | 503; readonly retryAfterSec: number | null; readonly cache: CacheHints }
  | { readonly kind: 'http-error' };

/** Returns what a response means for a fetch, from its status and headers. */
export function classifyResponse(status: number, headers: ResponseHeaders, now: Date): ResponseVerdict {
  if (status >= 200 && status < 300) return { kind: 'success', cache: parseCacheHints(headers, now) };
  if (status === 304) return { kind: 'not-modified', cache: parseCacheHints(headers, now) };
  // RFC 9110 §15.4: 301/308 are permanent, 302/303/307 temporary; 300 with a Location is followed too.
  if ([300, 301, 302, 303, 307, 308].includes(status)) {
    const location = headerValue(headers, 'location');
    if (status === 300 && location === null) return { kind: 'http-error' };
    return { kind: 'redirect', location, permanent: status === 301 || status === 308 };
  }
  if (status === 410) return { kind: 'gone' };
  if (status === 429 || status === 503) {
    const cache = parseCacheHints(headers, now);
    return { kind: 'rate-limited', status, retryAfterSec: cache.retryAfterSec, cache };
  }
  return { kind: 'http-error' };
}

/** Returns the cache hints of a response: max-age, Expires and Retry-After. */
export function parseCacheHints(headers: ResponseHeaders, now: Date): CacheHints {
  const maxAgeSec = parseCacheControlMaxAge(headerValue(headers, 'cache-control'));
  const expires = headerValue(headers, 'expires');
  return {
    maxAgeSec,
    expiresAt: maxAgeSec === null && expires !== null ? parseHttpDate(expires) : null,
    retryAfterSec: parseRetryAfter(headerValue(headers, 'retry-after'), now),
  };
}

/** Returns max-age (else s-maxage) in seconds, 0 for no-cache/no-store, or null (RFC 9111 §5.2.2). */
export function parseCacheControlMaxAge(value: string | null): number | null {
  if (value === null) return null;
  const directives = new Map<string, string | null>();
  for (const part of value.split(',')) {
    const match = /^\s*([A-Za-z-]+)\s*(?:=\s*(?:"([^"]*)"|([^\s,;]*)))?\s*$/.exec(part);
    if (!match?.[1]) continue;
    const name = match[1].toLowerCase();
    // RFC 9111 §4.2.1: with duplicates, the first is the one that counts here.
    if (!directives.has(name)) directives.set(name, match[2] ?? match[3] ?? null);
  }
  if (directives.has('no-store') || directives.has('no-cache')) return 0;
  for (const name of ['max-age', 's-maxage']) {
    const raw = directives.get(name);
    if (raw !== undefined && raw !== null && /^\d+$/.test(raw)) return clampSeconds(Number(raw));
  }
  return null;
}

/** Returns Retry-After as seconds from `now` (≥ 0), from delta-seconds or an HTTP-date (RFC 9110 §10.2.3), or null. */
export function parseRetryAfter(value: string | null, now: Date): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return clampSeconds(Number(trimmed));
  const date = parseHttpDate(trimmed);
  if (!date) return null;
  return Math.max(0, Math.ceil((date.getTime() - now.getTime()) / 1000));
}

/**
 * Returns the Date of an HTTP-date (IMF-fixdate, obsolete RFC 850 and asctime forms, RFC 9110 §5.6.7),
 * or null. Bare numbers such as `Expires: 0` are invalid dates, i.e. "already expired" (RFC 9111 §5.3).
 */
export function parseHttpDate(value: string): Date | null {
  const trimmed = value.trim();
  if (!/[A-Za-z]{3}/.test(trimmed)) return null;
  const ms = Date.parse(/GMT|UTC|[+-]\d{4}$/.test(trimmed) ? trimmed : `${trimmed} GMT`);
  return Number.isNaN(ms) ? null : new Date(ms);
}

/** Returns the first value of a header (joined when repeated, as RFC 9110 §5.3 allows for lists), or null. */
export function headerValue(headers: ResponseHeaders, name: string): string | null {
  const value = headers[name];
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.join(', ');
  return value;
}

/** Returns the media type of a Content-Type header, lower case without parameters, or null. */
export function mediaType(contentType: string | null): string | null {
  if (contentType === null) return null;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === '' ? null : type;
}

// Content no feed or article page can be: answered with 'unsupported-content' before the body is read.
const BINARY_MEDIA = /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|x-gzip|x-tar|x-7z-compressed|x-rar-compressed|vnd\.ms-|vnd\.openxmlformats|msword|x-msdownload|wasm)/;

/** Returns true when a response of this Content-Type cannot be what a fetch of `kind` wants. */
export function isUnsupportedContent(kind: 'feed' | 'html' | 'any', contentType: string | null): boolean {
  if (kind === 'any') return false;
  const type = mediaType(contentType);
  return type !== null && BINARY_MEDIA.test(type);
}

function clampSeconds(n: number): number {
  // Values past 2^31 are "infinitely large" for caches (RFC 9111 §1.2.2); keep them finite and safe.
  return Math.min(n, 2_147_483_648);
}
