/**
 * URL normalisation for links taken from feeds: resolution against a base (xml:base, feed URL)
 * and removal of click-tracking query parameters, so that the same article reached through two
 * campaigns deduplicates to one canonical URL (SPEC "Normalise … strip tracking parameters").
 */

/** Exact parameter names (lower-cased) that only identify a campaign or a click. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'igshid', 'igsh', 'ref_src', 'ref_url', '_hsenc', '_hsmi', '__hstc', '__hssc', '__hsfp',
  'hsctatracking', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'vero_conv', 'rb_clickid', '_openstat',
  'wt.mc_id', 'wt_mc_id', 'wt_mc', 'wt_zmc', 'ncid', 'sr_share', 'spm', 'at_medium', 'at_campaign', 'cmpid', 's_kwcid', 'ck_subscriber_id',
]);

/** Parameter-name prefixes: Google Analytics (utm_*), Piwik/Matomo campaigns (pk_*, mtm_*). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'matomo_'];

/**
 * Referral and syndication markers: they say who sent the reader, not which article, so the
 * cross-source dedupe key (src/stories/canonical-url.ts) drops them — issue 10 item 6: the same
 * Reuters page linked from The Verge's feed as `?ref=verge` became a second story. Links shown
 * and fetched keep them (`ref` and `source` carry meaning on some sites, e.g. a git ref).
 * `ref`/`referrer`/`referer`, `src`/`source` (`?source=rss`), `via`, `feed`/`rss`, Yahoo's
 * `guccounter`/`guce_*`, MSN's `ocid`, NYT's `smid`, AT Internet's `xtor`, campaign codes
 * (`cmp`, `cmpgn`, `partner`, `ito`, `taid`, `mbid`), share buttons (`share`, `sh`, `soc_src`, `soc_trk`).
 */
export const REFERRAL_PARAMS: ReadonlySet<string> = new Set([
  'ref', 'referrer', 'referer', 'src', 'source', 'via', 'feed', 'rss', 'guccounter', 'guce_referrer', 'guce_referrer_sig',
  'ocid', 'smid', 'xtor', 'cmp', 'cmpgn', 'partner', 'ito', 'taid', 'mbid', 'share', 'sh', 'soc_src', 'soc_trk',
]);

function isTrackingKey(rawKey: string, extra: ReadonlySet<string> | undefined): boolean {
  let key = rawKey.toLowerCase();
  // Only a key with an escape or a '+' reads differently once decoded.
  if (rawKey.includes('%') || rawKey.includes('+')) {
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, ' ')).toLowerCase();
    } catch {
      // not valid percent-encoding: compared as written
    }
  }
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p)) || (extra?.has(key) ?? false);
}

/**
 * Returns `url` without tracking parameters (and without the `extra` names, lower-case); other
 * parameters keep their order and their exact bytes (URLSearchParams would re-encode them), and
 * the fragment is kept.
 */
export function stripTrackingParams(url: string, extra?: ReadonlySet<string>): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hashAt = url.indexOf('#', q);
  const query = url.slice(q + 1, hashAt < 0 ? undefined : hashAt);
  const hash = hashAt < 0 ? '' : url.slice(hashAt);
  const pairs = query.split('&');
  const kept = pairs.filter((pair) => {
    if (pair === '') return false;
    const eq = pair.indexOf('=');
    return !isTrackingKey(eq < 0 ? pair : pair.slice(0, eq), extra);
  });
  // Nothing removed (most links): the URL as it was, not a copy rebuilt from its parts.
  if (kept.length === pairs.length) return url;
  return url.slice(0, q) + (kept.length > 0 ? `?${kept.join('&')}` : '') + hash;
}

// An absolute http(s) URL already in the form WHATWG URL parsing writes back: lower-case scheme and
// host of ASCII letters, digits and hyphens (no `xn--` label to check, the last label starting with
// a letter so that no IPv4 rules apply), no userinfo or port, a path, and only characters no part
// percent-encodes (no quote, backtick, braces, `^`, `|`, `\`, blanks, non-ASCII). Dot segments are
// left to the parser (any `/.` or `/%2e`).
const CANONICAL_HTTP_URL =
  /^https?:\/\/(?:(?!xn--)[a-z0-9-]+\.)*(?!xn--)[a-z][a-z0-9-]*\/[\w\-.~!$&()*+,;=:@%/]*(?:\?[\w\-.~!$&()*+,;=:@%/?]*)?(?:#[\w\-.~!$&()*+,;=:@%/?]*)?$/;
const DOT_SEGMENT = /\/(?:\.|%2e)/i;

/**
 * Whether `url` is an absolute http(s) URL that `new URL(url, anyBase).href` returns unchanged,
 * judged from its characters alone. Feeds and their HTML carry thousands of such links; answering
 * without building a URL object halves the cost of resolving them (bench/parse.ts). False means
 * "parse it", not "invalid".
 */
export function isCanonicalHttpUrl(url: string): boolean {
  return CANONICAL_HTTP_URL.test(url) && !DOT_SEGMENT.test(url);
}

/** Returns `href` resolved against `base` (absolute http(s) only), or null when it is not a usable web link. */
export function resolveHttpUrl(href: string | null | undefined, base?: string | null): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  if (trimmed === '') return null;
  if (isCanonicalHttpUrl(trimmed)) return trimmed;
  let u: URL;
  try {
    u = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return u.href;
}

/** Returns `href` resolved against `base` and cleaned of tracking parameters, or null (see resolveHttpUrl). */
export function cleanUrl(href: string | null | undefined, base?: string | null): string | null {
  const resolved = resolveHttpUrl(href, base);
  return resolved === null ? null : stripTrackingParams(resolved);
}

/** Returns `base` resolved against `parent` (for nested xml:base), or `parent` when `base` is absent or unusable. */
export function resolveBase(base: string | null | undefined, parent: string): string {
  if (typeof base !== 'string' || base.trim() === '') return parent;
  try {
    return new URL(base.trim(), parent).href;
  } catch {
    return parent;
  }
}
