import Parser from 'rss-parser';
import { PulseError, errorMessage } from '../errors.ts';
import type { XmlElement } from './xml-nodes.ts';

/**
 * rss-parser 3.13 configured for Pulse. rss-parser keeps only the first value of most elements
 * and drops attributes, so every element the normalizers read is also requested through
 * `customFields` with `keepArray`, under a `raw:` key: the normalizers in rss-feed.ts and
 * atom-feed.ts read those xml2js nodes (attributes, repeats, xml:base) and nothing else.
 */
const FEED_ELEMENTS = [
  '$', 'title', 'link', 'description', 'subtitle', 'tagline', 'info', 'language', 'dc:language', 'image',
  'itunes:image', 'logo', 'icon', 'author', 'atom:link', 'atom10:link', 'ttl', 'sy:updatePeriod', 'sy:updateFrequency',
  'lastBuildDate', 'pubDate', 'dc:date', 'dcterms:modified', 'updated', 'modified', 'id', 'media:thumbnail', 'dc:title',
];
const ITEM_ELEMENTS = [
  '$', 'title', 'dc:title', 'link', 'guid', 'id', 'description', 'summary', 'content', 'content:encoded', 'body',
  'xhtml:body', 'author', 'dc:creator', 'itunes:author', 'category', 'dc:subject', 'pubDate', 'dc:date',
  'published', 'issued', 'created', 'updated', 'modified', 'dcterms:issued', 'dcterms:created',
  'dcterms:modified', 'enclosure', 'media:thumbnail', 'media:content', 'media:group', 'itunes:image',
  'feedburner:origLink', 'atom:link', 'itunes:summary', 'dc:author', 'dc:description', 'fullitem',
];

const raw = (name: string): [string, string, { keepArray: true }] => [name, `raw:${name}`, { keepArray: true }];

/** The object rss-parser resolves with, seen through the `raw:` fields Pulse asked for. */
export type RawFeed = Record<string, unknown> & { items: Array<Record<string, unknown>> };

interface AtomBuilders {
  parseItemAtom(entry: XmlElement): Record<string, unknown>;
  buildAtomFeed(xmlObj: { feed: XmlElement }): RawFeed;
}

type RssRoot = Record<string, unknown>;
interface RssBuilders {
  buildRSS0_9(xmlObj: RssRoot): RawFeed;
  buildRSS1(xmlObj: RssRoot): RawFeed;
  buildRSS2(xmlObj: RssRoot): RawFeed;
}

function newParser(): Parser {
  const parser = new Parser({
    // RSS without a version attribute (0.9x in practice) is read like RSS 2.0, its superset.
    defaultRSS: 2,
    customFields: { feed: FEED_ELEMENTS.map(raw) as never, item: ITEM_ELEMENTS.map(raw) as never },
  });
  guardAtomBuilders(parser as unknown as AtomBuilders);
  guardRssBuilders(parser as unknown as RssBuilders);
  return parser;
}

/**
 * rss-parser reads `rss.channel[0]` / `rdf:RDF.channel[0]` unconditionally; a feed without a
 * channel (or an empty root) is a valid, empty feed, not a crash. RSS 1.0 keeps its items beside
 * the channel, which rss-parser already reads from the root.
 */
function guardRssBuilders(builders: RssBuilders): void {
  const withChannel = (xmlObj: RssRoot, rootName: 'rss' | 'rdf:RDF'): RssRoot => {
    const root = xmlObj[rootName];
    const element: Record<string, unknown> = typeof root === 'object' && root !== null ? { ...root } : {};
    if (!Array.isArray(element['channel']) || element['channel'].length === 0) {
      // Items straight under the root (no <channel>) still count, as in Universal Feed Parser.
      element['channel'] = [Array.isArray(element['item']) ? { item: element['item'] } : {}];
    }
    return { ...xmlObj, [rootName]: element };
  };
  const rss09 = builders.buildRSS0_9.bind(builders);
  const rss1 = builders.buildRSS1.bind(builders);
  const rss2 = builders.buildRSS2.bind(builders);
  builders.buildRSS0_9 = (xmlObj) => rss09(withChannel(xmlObj, 'rss'));
  builders.buildRSS1 = (xmlObj) => rss1(withChannel(xmlObj, 'rdf:RDF'));
  builders.buildRSS2 = (xmlObj) => rss2(withChannel(xmlObj, 'rss'));
}

/**
 * rss-parser throws from inside its Atom builders on two things real feeds contain: an
 * unparseable <published>/<updated> (`new Date(x).toISOString()` → RangeError) and a <link>
 * without attributes (`links[i].$.rel`). Both would lose the whole feed; Pulse parses dates and
 * links itself, so on such a throw the builder is re-run without those elements and their raw
 * copies are put back.
 */
function guardAtomBuilders(builders: AtomBuilders): void {
  const parseItem = builders.parseItemAtom.bind(builders);
  builders.parseItemAtom = (entry) => {
    try {
      return parseItem(entry);
    } catch {
      const { published, updated, link, ...rest } = entry;
      const item = parseItem(rest);
      if (published !== undefined) item['raw:published'] = published;
      if (updated !== undefined) item['raw:updated'] = updated;
      if (link !== undefined) item['raw:link'] = link;
      return item;
    }
  };
  const buildFeed = builders.buildAtomFeed.bind(builders);
  builders.buildAtomFeed = (xmlObj) => {
    try {
      return buildFeed(xmlObj);
    } catch (err) {
      if (!(err instanceof TypeError)) throw err;
      const { link, ...rest } = xmlObj.feed;
      const feed = buildFeed({ feed: rest });
      if (link !== undefined) feed['raw:link'] = link;
      return feed;
    }
  };
}

// One parser is reused, as rss-parser itself does (its xml2js parser resets after every document);
// it is replaced after a failure so that no half-parsed state can leak into the next feed.
let shared: Parser | null = null;

/** Parses prepared XML with rss-parser; XML errors become PulseError('parse_failed') naming the cause. */
export async function parseXmlFeed(xml: string): Promise<RawFeed> {
  const parser = shared ?? newParser();
  shared = null;
  try {
    const feed = (await parser.parseString(xml)) as unknown as RawFeed;
    shared = parser;
    return feed;
  } catch (err) {
    throw new PulseError('parse_failed', `parse: malformed XML (${errorMessage(err).replace(/\s+/g, ' ').trim()})`, { cause: err });
  }
}
