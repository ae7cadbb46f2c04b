import { PulseError, errorMessage } from '../errors.ts';
import { normalizeAtom } from './atom-feed.ts';
import { resolveBase } from './clean-url.ts';
import { detectFormat, readAttribute } from './detect-format.ts';
import { parseJsonFeed } from './json-feed.ts';
import { prepareXml } from './prepare-xml.ts';
import { parseXmlFeed } from './rss-parser-client.ts';
import { normalizeRss } from './rss-feed.ts';
import type { ParseFeedOptions, ParsedFeed } from './types.ts';

/**
 * The parse stage of ingestion: detect → (JSON Feed | prepare XML → rss-parser) → normalize.
 * Rejects with PulseError('parse_failed', 'parse: …') saying what was wrong; never with anything else.
 */
export async function parseFeed(text: string, opts: ParseFeedOptions): Promise<ParsedFeed> {
  try {
    return await parseDetected(text, opts);
  } catch (err) {
    if (err instanceof PulseError) throw err;
    // A bug of ours or of a dependency on hostile input must still come out as a parse failure.
    throw new PulseError('parse_failed', `parse: ${errorMessage(err)}`, { cause: err });
  }
}

async function parseDetected(text: string, opts: ParseFeedOptions): Promise<ParsedFeed> {
  const detected = detectFormat(text);
  if (detected.kind === 'json') return parseJsonFeed(text, opts.feedUrl);

  const xml = prepareXml(text);
  const raw = await parseXmlFeed(xml);
  // xml:base on the root element is the base of everything (RFC 3986 §5.1.1); else the feed URL.
  const base = resolveBase(readAttribute(detected.rootAttrs, 'xml:base'), opts.feedUrl);
  const language = readAttribute(detected.rootAttrs, 'xml:lang');
  switch (detected.kind) {
    case 'atom': {
      const declared = readAttribute(detected.rootAttrs, 'version');
      const is03 = declared === '0.3' || /purl\.org\/atom\/ns#/.test(detected.rootAttrs);
      return normalizeAtom(raw, { version: is03 ? '0.3' : '1.0', base, language });
    }
    case 'rss':
      return normalizeRss(raw, { format: 'rss', version: readAttribute(detected.rootAttrs, 'version'), base, language });
    case 'rdf': {
      // RSS 0.90 and 1.0 differ only by their default namespace.
      const version = /my\.netscape\.com\/rdf\/simple\/0\.9/.test(detected.rootAttrs) ? '0.90' : '1.0';
      return normalizeRss(raw, { format: 'rdf', version, base, language });
    }
  }
}
