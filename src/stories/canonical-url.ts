import { REFERRAL_PARAMS, stripTrackingParams } from '../parse/clean-url.ts';

/**
 * The key that identifies one report across sources: the http(s) URL without fragment, tracking
 * or referral parameters (src/parse/clean-url.ts, REFERRAL_PARAMS: `?ref=verge`, `?source=rss`),
 * host lower-cased, default port and a trailing slash on the path dropped. Returns null for
 * anything that is not an http(s) URL.
 */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(stripTrackingParams(url, REFERRAL_PARAMS));
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.username = '';
  u.password = '';
  if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.replace(/\/+$/, '');
  return u.href;
}
