import { load, type CheerioAPI } from 'cheerio';
import { sanitizeHtml } from '../parse/sanitize.ts';
import { extractBody, readParagraphs, type ExtractedBody } from './body.ts';
import { findDates } from './dates.ts';
import { findEntities } from './entities.ts';
import { findFigures } from './figures.ts';
import { normalizeLinks } from './links.ts';
import { extractMetadata, type PageMetadata } from './metadata.ts';
import { findQuotes } from './quotes.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import type { DateFact, FactSheet, Figure } from './types.ts';

export interface ExtractOptions {
  /** The feed item's date: the fact sheet's `published_at` falls back to it (SPEC "Fact sheet"). */
  publishedAt?: Date | null;
  /** The feed item's content: stands in when the page yields no body (paywall teaser, script-only page). */
  feedContentHtml?: string | null;
}

// Below this many words the page body is a teaser or a shell; the feed's content wins when longer.
const MIN_PAGE_WORDS = 120;

/**
 * htmlparser2 rather than parse5: bench/extract.ts measured the same body F1 on the scrapinghub
 * corpus with either tree and htmlparser2 parsing about twice as fast (STACK.md's note confirmed).
 */
function loadPage(html: string): CheerioAPI {
  return load(html, { xml: { xmlMode: false, decodeEntities: true } });
}

/**
 * Returns the fact sheet of an article page. Pure: no fetching, no clock; `pageUrl` is the final
 * URL after redirects. Steps: load → metadata → body (page, else feed) → sentences → facts.
 */
export function extractFacts(html: string, pageUrl: string, opts: ExtractOptions = {}): FactSheet {
  const $ = loadPage(html);
  const meta = extractMetadata($, pageUrl);
  const publishedAt = meta.published_at ?? (opts.publishedAt ? opts.publishedAt.toISOString() : null);
  const { body, source } = chooseBody(pageBody($, html), opts.feedContentHtml ?? null);
  const sentences = body.paragraphs.map(splitSentences);
  const facts = readFacts(body.paragraphs, sentences, meta, publicationDay(meta, publishedAt));
  return {
    url: pageUrl,
    canonical_url: meta.canonical_url,
    title: meta.title,
    description: meta.description,
    authors: meta.authors,
    published_at: publishedAt,
    modified_at: meta.modified_at,
    site_name: meta.site_name,
    language: meta.language,
    section: meta.section,
    tags: meta.tags,
    image: meta.image,
    body: { paragraphs: body.paragraphs, word_count: countWords(body.paragraphs) },
    body_source: source,
    body_html: sanitizeHtml(body.html, { baseUrl: pageUrl }),
    ...facts,
    links: normalizeLinks(body.anchors, pageUrl),
  };
}

/** Year-less dates and weekdays resolve against the calendar day the page itself printed (UTC midnight of it). */
function publicationDay(meta: PageMetadata, publishedAt: string | null): Date | null {
  const day = meta.published_day ?? publishedAt?.slice(0, 10) ?? null;
  return day ? new Date(`${day}T00:00:00Z`) : null;
}

/** Figures, dates, quotes and entities, each with its evidence sentence. */
function readFacts(paragraphs: string[], sentences: Sentence[][], meta: PageMetadata, published: Date | null): Pick<FactSheet, 'figures' | 'dates' | 'quotes' | 'entities'> {
  const quotes = findQuotes(paragraphs, sentences, meta.authors);
  // Quote speakers are names even where capitalisation cannot tell (German nouns).
  const speakers = quotes.flatMap((q) => (q.speaker && /^\p{Lu}/u.test(q.speaker) ? [q.speaker] : []));
  return {
    figures: collectFigures(sentences, meta.language),
    dates: collectDates(sentences, published),
    quotes,
    entities: findEntities(sentences, meta.ld_entities, meta.language, speakers),
  };
}

/** The page's body; the already-parsed document serves the first attempt, a re-parse the lenient retry. */
function pageBody($: CheerioAPI, html: string): ExtractedBody {
  let first = true;
  return extractBody(() => {
    if (first) {
      first = false;
      return $;
    }
    return loadPage(html);
  });
}

function feedBody(feedHtml: string): ExtractedBody {
  const $ = load(feedHtml, { xml: { xmlMode: false } }, false);
  const anchors = $('a[href]').toArray().map((a) => ({ href: $(a).attr('href') ?? '', text: $(a).text().replace(/\s+/g, ' ').trim() }));
  return { paragraphs: readParagraphs($.root().children().toArray()), html: feedHtml, anchors };
}

function chooseBody(page: ExtractedBody, feedHtml: string | null): { body: ExtractedBody; source: 'page' | 'feed' } {
  if (feedHtml && countWords(page.paragraphs) < MIN_PAGE_WORDS) {
    const feed = feedBody(feedHtml);
    if (countWords(feed.paragraphs) > countWords(page.paragraphs)) return { body: feed, source: 'feed' };
  }
  return { body: page, source: 'page' };
}

function countWords(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
  return n;
}

function collectFigures(sentences: readonly Sentence[][], language: string | null): Figure[] {
  const out: Figure[] = [];
  const seen = new Set<string>();
  sentences.forEach((paragraph, pi) => {
    for (const s of paragraph) {
      for (const f of findFigures(s.text, { language })) {
        // A figure repeated later in the article (same text, same value) is listed once, at its first mention.
        const key = `${f.kind}|${f.text.toLowerCase()}|${String(f.value)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ ...f, evidence: { paragraph: pi, sentence: s.text } });
      }
    }
  });
  return out;
}

function collectDates(sentences: readonly Sentence[][], published: Date | null): DateFact[] {
  const out: DateFact[] = [];
  const seen = new Set<string>();
  sentences.forEach((paragraph, pi) => {
    for (const s of paragraph) {
      for (const d of findDates(s.text, published)) {
        const key = 'date' in d ? d.date : `${d.start}/${d.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ ...d, evidence: { paragraph: pi, sentence: s.text } });
      }
    }
  });
  return out;
}
