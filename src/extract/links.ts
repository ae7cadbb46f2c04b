import type { Link } from './types.ts';

/** Returns the body's links resolved against the page URL: http(s) only (SPEC), deduplicated, without links back to the page itself. */
export function normalizeLinks(anchors: readonly { href: string; text: string }[], pageUrl: string): Link[] {
  const seen = new Set<string>();
  const page = stripHash(pageUrl);
  const out: Link[] = [];
  for (const a of anchors) {
    let url: URL;
    try {
      url = new URL(a.href.trim(), pageUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const href = url.href;
    if (stripHash(href) === page || seen.has(href)) continue;
    seen.add(href);
    out.push({ url: href, text: a.text });
  }
  return out;
}

function stripHash(u: string): string {
  const i = u.indexOf('#');
  return i < 0 ? u : u.slice(0, i);
}
