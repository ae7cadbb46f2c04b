import Parser from 'rss-parser';
import { PulseError, errorMessage } from '../errors.ts';
import type { XmlElement } from './xml-nodes.ts';

/**
 * rss-parser 3.13 configured for Pulse. rss-parser keeps only the first value of most elements
 * and drops attributes, so every element the normalizers read is kept as its xml2js node array
 * under a `raw:` key — requested through `customFields` with `keepArray` for the channel, copied
 * by rawItem for items — and the normalizers in rss-feed.ts and atom-feed.ts read those nodes
 * (attributes, repeats, xml:base) and nothing else.
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
  parseItemRss(xmlItem: XmlElement, itemFields: unknown): Record<string, unknown>;
  decorateItunes(feed: RawFeed, channel: unknown): void;
}

// The `raw:` key of each item element, computed once rather than per item.
const ITEM_KEYS: ReadonlyArray<readonly [string, string]> = ITEM_ELEMENTS.map((name) => [name, `raw:${name}`]);

/**
 * Returns the item as rss-parser's `copyFromXML` would fill it with Pulse's `raw:` custom fields
 * (keepArray: the xml2js node arrays themselves, the `$` attributes object as it is) and nothing else.
 */
function rawItem(xmlItem: XmlElement): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const [name, key] of ITEM_KEYS) {
    const value = xmlItem[name] as { _?: unknown } | undefined;
    if (value === undefined) continue;
    // copyFromXML's own rule: a value with a string `_` stands for that text.
    item[key] = value !== null && typeof value === 'object' && typeof value._ === 'string' ? value._ : value;
  }
  return item;
}

/**
 * rss-parser's per-item builders derive fields Pulse never reads and derives again itself:
 * a snippet of every description and content:encoded (an HTML strip and an entity decode of the
 * whole body, ~15 % of the parse on corpora/real-feeds), an ISO date (which throws on Atom dates
 * it cannot read), the first link and author, iTunes fields. The normalizers read only the `raw:`
 * custom fields, so Pulse's parser instance builds each item from those alone; rss-parser still
 * reads the XML, picks the format and builds the channel.
 */
function rawItemBuilders(builders: AtomBuilders & RssBuilders): void {
  builders.parseItemRss = (xmlItem) => rawItem(xmlItem);
  builders.parseItemAtom = (entry) => rawItem(entry);
  builders.decorateItunes = () => {};
}

function newParser(): Parser {
  const parser = new Parser({
    // RSS without a version attribute (0.9x in practice) is read like RSS 2.0, its superset.
    defaultRSS: 2,
    customFields: { feed: FEED_ELEMENTS.map(raw) as never },
  });
  rawItemBuilders(parser as unknown as AtomBuilders & RssBuilders);
  guardAtomFeedBuilder(parser as unknown as AtomBuilders);
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
 * rss-parser's Atom feed builder throws on a feed-level <link> without attributes
 * (`links[i].$.rel`), which would lose the whole feed; Pulse reads links itself, so on such a
 * throw the builder is re-run without them and their raw copy is put back. (Items cannot throw:
 * rawItemBuilders builds them.)
 */
function guardAtomFeedBuilder(builders: AtomBuilders): void {
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

/**
 * sax counts the position (offset, line, column) of every character it reads, only to put a line
 * and column into its error messages: ~13 % of rss-parser's time on corpora/real-feeds. Pulse's
 * parser reads without counting; a document that fails is read again by a parser that counts
 * (xml2js gives each document a fresh sax parser), so the error and its cause, with the line and
 * column, are what they were. Counting changes nothing else of a parse that succeeds: sax's
 * buffer-length check runs off the position, and finds every buffer empty once a document is
 * complete (2,148 documents of real-feeds and feedparser-tests parse to the same output).
 */
function skipPositionCounting(parser: Parser): void {
  const sax = (parser as unknown as { xmlParser?: { saxParser?: { trackPosition?: boolean } } }).xmlParser?.saxParser;
  if (sax !== undefined && sax.trackPosition === true) sax.trackPosition = false;
}

// One parser is reused, as rss-parser itself does (its xml2js parser resets after every document);
// it is replaced after a failure so that no half-parsed state can leak into the next feed.
let shared: Parser | null = null;

/** Parses prepared XML with rss-parser; XML errors become PulseError('parse_failed') naming the cause. */
export async function parseXmlFeed(xml: string): Promise<RawFeed> {
  const parser = shared ?? newParser();
  shared = null;
  skipPositionCounting(parser);
  try {
    const feed = (await parser.parseString(xml)) as unknown as RawFeed;
    shared = parser;
    return feed;
  } catch {
    // Read again, counting positions, for the error message sax gives with them.
    try {
      return (await newParser().parseString(xml)) as unknown as RawFeed;
    } catch (err) {
      throw new PulseError('parse_failed', `parse: malformed XML (${errorMessage(err).replace(/\s+/g, ' ').trim()})`, { cause: err });
    }
  }
}
