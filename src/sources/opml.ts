import { load } from 'cheerio';
import { PulseError } from '../errors.ts';
import { resolveHttpUrl } from '../parse/clean-url.ts';
import { refuseEntityDeclarations } from '../parse/prepare-xml.ts';

/** OPML subscription lists (OPML 2.0, http://opml.org/spec2.opml): import and export of sources. */

export interface OpmlSubscription {
  url: string;
  title: string | null;
  htmlUrl: string | null;
}

function fail(message: string): PulseError {
  return new PulseError('parse_failed', `opml: ${message}`);
}

/** Reads attribute `name` case-insensitively (exporters write xmlUrl, xmlurl and XMLURL). */
function attribute(attribs: Record<string, string>, name: string): string | null {
  const lower = name.toLowerCase();
  for (const key in attribs) if (key.toLowerCase() === lower) return attribs[key]!.trim() || null;
  return null;
}

/**
 * Returns every subscription of an OPML document: outlines of type="rss" and any other outline
 * carrying an xmlUrl, at any depth (folders are outlines that nest others), first occurrence of
 * each URL kept. Throws PulseError('parse_failed', 'opml: …') when the document is not OPML or
 * declares entities.
 */
export function parseOpml(xml: string): OpmlSubscription[] {
  try {
    refuseEntityDeclarations(xml);
  } catch {
    throw fail('DOCTYPE entity declarations are refused');
  }
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  if (text.trim() === '') throw fail('empty document');
  const $ = load(text, { xml: true });
  const root = $.root().children().filter((_, el) => el.type === 'tag').first();
  const rootName = root.length > 0 ? (root[0] as { name: string }).name : null;
  if (rootName === null) throw fail('not an OPML document (no root element)');
  if (rootName.toLowerCase() !== 'opml') throw fail(`not an OPML document (root element <${rootName}>)`);

  const seen = new Set<string>();
  const out: OpmlSubscription[] = [];
  root.find('outline').each((_, el) => {
    const attribs = (el as { attribs: Record<string, string> }).attribs;
    const xmlUrl = attribute(attribs, 'xmlUrl');
    if (xmlUrl === null) return;
    const url = resolveHttpUrl(xmlUrl);
    if (url === null || seen.has(url)) return;
    seen.add(url);
    out.push({
      url,
      title: attribute(attribs, 'title') ?? attribute(attribs, 'text'),
      htmlUrl: resolveHttpUrl(attribute(attribs, 'htmlUrl')),
    });
  });
  return out;
}

function escapeAttribute(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '') // not allowed in XML 1.0 (§2.2)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** Returns an OPML 2.0 document listing `sources` (one outline type="rss" each), dated `opts.now`. */
export function renderOpml(
  sources: ReadonlyArray<{ url: string; name: string; siteUrl?: string | null }>,
  opts: { title: string; now: Date },
): string {
  const outlines = sources.map((s) => {
    const name = escapeAttribute(s.name);
    const html = s.siteUrl ? ` htmlUrl="${escapeAttribute(s.siteUrl)}"` : '';
    return `    <outline type="rss" text="${name}" title="${name}" xmlUrl="${escapeAttribute(s.url)}"${html}/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeAttribute(opts.title)}</title>`,
    // OPML 2.0 head dates are RFC 822.
    `    <dateCreated>${opts.now.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
