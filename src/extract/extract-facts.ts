import { load, type CheerioAPI } from 'cheerio';
import { sanitizeHtml } from '../parse/sanitize.ts';
import { extractBody, readParagraphs, type ExtractedBody } from './body.ts';
import { isScheduleLine } from './date-tense.ts';
import { continentalLanguage, continentalWhat, findContinentalDates } from './dates-continental.ts';
import { endsArticle, findDatesIn, headingWhat, isCaption, narrativeYearAfter, neighbourDays, onlyDates, postDays, teasersStart, type NarrativeYear } from './dates.ts';
import { nameDateSubjects } from './date-subjects.ts';
import { findEntities } from './entities.ts';
import { isCodeParagraph, preformattedTexts } from './code-text.ts';
import { italicSpans } from './entity-works.ts';
import { columnLabel, headerCells } from './figure-labels.ts';
import { expectedFigure, figureIdentity, figureLanguage, findFigures, headsNext, isCountEntry, isSpecLine, isStatementLine, nameNumbers, nearRestatement, pointsBack, sameFigure, thousandsDot, writesDecimalComma, type SentenceFigure } from './figures.ts';
import { ENGLISH_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS } from './function-words.ts';
import { isStatLine } from './stat-lines.ts';
import { normalizeLinks } from './links.ts';
import { extractMetadata, hostLabel, stripSiteSuffix, stripTitleLabels, type PageMetadata } from './metadata.ts';
import { findQuotes, spokesOrg } from './quotes.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { calledOnly, namesAnotherThing, organisationInFull } from './speakers.ts';
import type { DateFact, Entity, FactSheet, Figure, Quote } from './types.ts';

export interface ExtractOptions {
  /** The feed item's date: the fact sheet's `published_at` falls back to it (SPEC "Fact sheet"). */
  publishedAt?: Date | null;
  /** The feed item's content: stands in when the page yields no body (paywall teaser, script-only page). */
  feedContentHtml?: string | null;
  /** The source's name (its feed title): `site_name` falls back to it, then to the host (issue 9). */
  sourceName?: string | null;
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
  const siteName = meta.site_name ?? (opts.sourceName?.trim() || null) ?? hostOf(pageUrl);
  // Without a known site name the source's name or host is cut here, and a label it hid goes after it.
  const title = meta.title && !meta.site_name && siteName ? stripTitleLabels(stripSiteSuffix(meta.title, [siteName, hostLabel(pageUrl)]), meta.authors, meta.section) : meta.title;
  const publishedAt = meta.published_at ?? (opts.publishedAt ? opts.publishedAt.toISOString() : null);
  // (the page's title and captions give names in full that the body may shorten: "… manager of Tottenham Hotspur", "Tottenham said";
  // read before the body's reader drops the captions from the page)
  const aside = [meta.title ?? '', meta.description ?? '', ...$('figcaption').toArray().slice(0, 20).map((c) => $(c).text().replace(/\s+/g, ' '))];
  const { body, source } = chooseBody(pageBody($, html), opts.feedContentHtml ?? null);
  // Facts are read from the prose: a code paragraph stays in the body but is read as empty (its index kept for evidence).
  const pre = preformattedTexts(body.html);
  const prose = body.paragraphs.map((p) => (isCodeParagraph(p, pre) ? '' : p));
  const sentences = prose.map(splitSentences);
  const facts = readFacts(prose, sentences, meta, publicationDay(meta, publishedAt, [meta.canonical_url, pageUrl], body.paragraphs), italicSpans(body.html), aside);
  return {
    url: pageUrl,
    canonical_url: meta.canonical_url,
    title,
    description: meta.description,
    authors: meta.authors,
    published_at: publishedAt,
    modified_at: meta.modified_at,
    site_name: siteName,
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

function hostOf(pageUrl: string): string | null {
  try {
    return new URL(pageUrl).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * Year-less dates and weekdays resolve against the calendar day the page itself printed (UTC midnight of it).
 * A stamp written in UTC before noon (an American site's evening: Re/code's "2014-12-05T04:27:37Z" is 4 December in
 * San Francisco) gives way to the day the publisher's own address dates the item ("/2014/12/04/…", "/story/2019-11-19/")
 * when that is the day before — unless the text names the UTC day's weekday, which says its day has begun there
 * (a story on Asian markets "in early trading Tuesday", stamped Tuesday 02:34Z under a Monday address).
 */
function publicationDay(meta: PageMetadata, publishedAt: string | null, urls: readonly string[], paragraphs: readonly string[]): Date | null {
  const day = meta.published_day ?? publishedAt?.slice(0, 10) ?? null;
  if (!day) return null;
  const utc = new Date(`${day}T00:00:00Z`);
  const utcMorning = meta.published_day ? meta.published_day_utc : publishedAt !== null && Number(publishedAt.slice(11, 13)) < 12;
  if (!utcMorning) return utc;
  const before = new Date(utc.getTime() - 86_400_000);
  const dayBefore = before.toISOString().slice(0, 10);
  const addressed = urls.some((u) => urlDays(u).includes(dayBefore));
  if (!addressed) return utc;
  const weekday = UTC_WEEKDAY_RES[utc.getUTCDay()]!;
  return paragraphs.some((p) => weekday.test(p)) ? utc : before;
}

// The day an address dates its item: "/2014/12/04/", "/story/2019-11-19/".
const URL_DAY = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/-])/g;
function urlDays(url: string): string[] {
  return [...url.matchAll(URL_DAY)].map((m) => `${m[1]}-${m[2]}-${m[3]}`);
}
// A weekday named as the day of an event, not "next Tuesday" / "last Tuesday" (then the day is another).
const UTC_WEEKDAY_RES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map((d) => new RegExp(`(?<!\\b(?:[Nn]ext|[Ll]ast|[Ee]very|[Aa]|[Tt]his coming)\\s)\\b${d}\\b`));

/** Figures, dates, quotes and entities, each with its evidence sentence. */
function readFacts(paragraphs: string[], sentences: Sentence[][], meta: PageMetadata, published: Date | null, italics: ReadonlySet<string>, aside: readonly string[] = []): Pick<FactSheet, 'figures' | 'dates' | 'quotes' | 'entities'> {
  const quotes = findQuotes(paragraphs, sentences, meta.authors);
  // Quote speakers with a full name are people, even where capitalisation cannot tell (German nouns).
  const speakers = quotes.flatMap((q) => (q.speaker && /^\p{Lu}\S* \S/u.test(q.speaker) && !q.speaker_role?.match(/^(?:spokes|representative|official)/) ? [q.speaker] : []));
  const entities = findEntities(sentences, meta.ld_entities, meta.language, speakers, meta.title, italics);
  const text = sentences.map((p) => p.map((s) => s.text).join(' ')).join(' ');
  // The language figures and dates are read in: the declared one unless the text is plainly English (figureLanguage).
  const language = figureLanguage(text, meta.language);
  return {
    figures: collectFigures(sentences, language, text),
    dates: nameDateSubjects(collectDates(sentences, published, continentalLanguage(language)), paragraphs, entities),
    quotes: resolveCompanySpeakers(quotes, entities, paragraphs, aside),
    entities,
  };
}

// "the company said": the organisation the article is most about speaks (SPEC: "an organisation when an organisation speaks").
const COMPANY_ROLE = /^(?:the|a|an|its)\s+(?:company|firm|group|carrier|airline|bank|retailer|automaker|carmaker|startup|start-up|manufacturer|insurer|lender|maker|chipmaker|developer|publisher|operator|network|platform|agency|ministry|department|government|regulator|broker|union|studio|brand|business|club|team|organi[sz]ation|charity|foundation|nonprofit|non-profit|party|council|university|school|hospital|league|federation|association)$/i;

/**
 * Speakers against the article's entities: a short form becomes the entity's full name
 * ("Noem" → "Kristi Noem", "Tottenham" → "Tottenham Hotspur"), a place is no speaker, and "the
 * company" is the organisation the article is most about.
 */
function resolveCompanySpeakers(quotes: Quote[], entities: readonly Entity[], paragraphs: readonly string[], aside: readonly string[] = []): Quote[] {
  // (one the article names more than any other: with no company named, "the company" is none of several organisations named once,
  // nor a person the entity reader took for one, "Biden said …")
  const [first, runnerUp] = entities.filter((e) => e.type === 'organization');
  const org = first && !(runnerUp && runnerUp.mentions >= first.mentions) ? first : undefined;
  return quotes.map((q) => {
    if (!q.speaker) return org && q.speaker_role && COMPANY_ROLE.test(q.speaker_role) ? { ...q, speaker: org.name } : q;
    const lower = q.speaker.toLowerCase();
    const same = entities.find((e) => e.name.toLowerCase() === lower);
    // (a country or a city that speaks — "The UK has urged …", "China said …" — is its government: it stays)
    if (same?.type === 'place') return placeSpeaks(same.name, q.evidence.sentence) ? q : { ...q, speaker: null };
    // ("Tottenham said in a statement" where the page also names "Tottenham Hotspur": the organisation under its full name)
    if (same) return same.type === 'organization' && !q.speaker.includes(' ') ? { ...q, speaker: organisationInFull(q.speaker, [...paragraphs, ...aside]) ?? q.speaker } : q;
    // ("A Sony spokesperson said": the name as the sentence gives it)
    if (spokesOrg(q.speaker, q.evidence.sentence)) return q;
    const full = entities.find((e) => e.aliases.some((a) => a.toLowerCase() === lower) || (e.type === 'person' && !q.speaker!.includes(' ') && e.name.endsWith(` ${q.speaker}`)));
    // (only ever a longer form: "Joshua Apte", as the article introduces him, stays, whatever "Josh Apte" a post names)
    // (never a longer form an interjection opens: "Ah Bartleby" is the entity reader's fragment; the speaker is "Bartleby")
    // (nor one the article writes only where a speaker calls someone by it: “Wahai Aslam, …” → "Aslam")
    // (nor a product or an arm a longer name opens with the speaker: "Apple" is not "Apple Music")
    return full && full.name.length > q.speaker.length && !/^(?:Ah|Oh|Alas|Hey|Yes|Well|No|Dear|O)\s/.test(full.name) && !calledOnly(full.name, paragraphs) && !namesAnotherThing(q.speaker, full.name, (w) => writesLower(w, paragraphs)) ? { ...q, speaker: full.name } : q;
  });
}

/** Whether the article writes a word in lowercase somewhere (read only for the few speakers a longer name opens with). */
function writesLower(word: string, paragraphs: readonly string[]): boolean {
  return paragraphs.some((p) => p.includes(word) && new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(p));
}

// Adverbs and auxiliaries between a subject and its speech verb: "The UK has also urged".
const PLACE_VERB = String.raw`(?:\s+(?:has|have|had|also|again|later|previously|publicly|repeatedly|strongly|formally|officially|already|now|then))*\s+(?:said|says|urged|urges|warned|warns|told|tells|stated|states|announced|announces|insisted|insists|demanded|demands|declared|declares|argued|argues|responded|responds|vowed|vows|pledged|pledges|called\s+(?:for|on)|calls\s+(?:for|on))\b`;

/** Whether a place is the subject of a speech verb in the sentence ("The UK has urged", "…, China said"): a country speaking as its government. */
function placeSpeaks(place: string, sentence: string): boolean {
  if (!sentence.includes(place)) return false;
  const name = place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // (the place opens its clause, or follows "the", with no "in"/"of" governing it: not "in China said")
  // ("“With submission, sir,” said Turkey": a dialogue tag right after a quote, whose verb comes first, names the one who speaks — a character so named)
  if (new RegExp(`[,!?]["”]\\s+\\p{Ll}+\\s+${name}(?![\\p{L}])`, 'u').test(sentence)) return true;
  return new RegExp(`(?:^|[,;:—–]\\s+|["”]\\s+|\\b[Tt]he\\s+)${name}${PLACE_VERB}`, 'u').test(sentence) && !new RegExp(`\\b(?:in|of|from|to|at|for|across|around)\\s+(?:the\\s+)?${name}${PLACE_VERB}`, 'u').test(sentence);
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
  const paragraphs = readParagraphs($.root().children().toArray());
  if (paragraphs.length) return { paragraphs, html: feedHtml, anchors };
  // An RSS 1.0 <description> is often plain text or inline markup without block elements (issue 9):
  // its text, split at blank lines or <br><br>, is the summary that stands in.
  const text = $.root().text();
  const plain = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { paragraphs: plain, html: plain.map((p) => `<p>${escapeHtml(p)}</p>`).join(''), anchors };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function chooseBody(page: ExtractedBody, feedHtml: string | null): { body: ExtractedBody; source: 'page' | 'feed' } {
  if (feedHtml && countWords(page.paragraphs) < MIN_PAGE_WORDS) {
    const feed = feedBody(feedHtml);
    if (countWords(feed.paragraphs) > countWords(page.paragraphs)) return { body: feed, source: 'feed' };
  }
  return { body: page, source: 'page' };
}

// A word: a letter or digit, then letters, digits and ' ’ . , - (the count `/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu` matches gave), read
// character by character without building the array of matches.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function countWords(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) {
    let inWord = false;
    for (const ch of p) {
      const c = ch.charCodeAt(0);
      const ln = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_OR_DIGIT.test(ch);
      if (ln && !inWord) n++;
      inWord = ln || (inWord && (ch === "'" || ch === '’' || ch === '.' || ch === ',' || ch === '-'));
    }
  }
  return n;
}

type Owned = SentenceFigure & { owner: string | null; paragraph: number; expected: boolean; sentence: string };

const AGE_OWNER = /(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)+)\s*,?\s*$/u;

/** The name a count belongs to: the full name that is the subject right before it ("Pierre-Luc Dubois had two goals" → "Pierre-Luc Dubois"). */
function ownerOf(sentence: string, f: SentenceFigure): string | null {
  const at = sentence.indexOf(f.text);
  if (at < 0) return null;
  // "Christopher L. Tays, 32, of Franklin": an age belongs to the name right before it; two people of 32 are two facts.
  if (f.label === 'age') return AGE_OWNER.exec(sentence.slice(0, at))?.[1] ?? null;
  const clause = sentence.slice(0, at).split(/[,;:—–]\s/).pop() ?? '';
  // The name must be the subject right before the count: a name, then one or two lower-case words ("had", "scored just").
  const near = /(?<![\p{L}\d])(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+)\s+(?:\p{Ll}+\s+){1,2}$/u.exec(clause)?.[1];
  if (near) return near;
  // "Chris Paul had four points, 10 assists and five rebounds", "Rondo had eight points and a season-high 10 assists": a list of a
  // player's tallies after the subject and its verb belongs to that subject, unless another subject takes over before the count.
  const subject = STAT_SUBJECT.exec(sentence);
  if (!subject || NOT_SUBJECT.test(subject[1]!)) return null;
  const between = sentence.slice(subject[0].length, at);
  return /[;:]|\b(?:while|but|who|which|when)\b/.test(between) || STAT_VERB_AFTER_NAME.test(between) ? null : subject[1]!;
}
const STAT_VERBS = '(?:had|has|scored|added|made|finished\\s+with|recorded|posted|collected|grabbed|contributed|tallied|dished\\s+out)';
const STAT_SUBJECT = new RegExp(`^(\\p{Lu}[\\p{Ll}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)*)\\s+${STAT_VERBS}\\b`, 'u');
const STAT_VERB_AFTER_NAME = new RegExp(`\\p{Lu}[\\p{Ll}’'-]+\\s+${STAT_VERBS}\\b`, 'u');
const NOT_SUBJECT = /^(?:The|He|She|It|They|We|I|You|This|That|These|Those|His|Her|Their|Its|A|An|There|Officials|Police)\b/;

/** The index of the paragraph where the article ends and other stories' teasers begin, -1 when none. */
function articleEnd(texts: readonly string[]): number {
  const ends = [texts.findIndex(endsArticle), teasersStart(texts)].filter((i) => i >= 0);
  return ends.length ? Math.min(...ends) : -1;
}

function collectFigures(sentences: readonly Sentence[][], language: string | null, text: string): Figure[] {
  const out: Figure[] = [];
  const poundSign = /£|\bGBP\b|\bsterling\b/i.test(text);
  const names = nameNumbers(text);
  // (A page read in a language that writes a decimal comma reads its digits so already.)
  const dots = !writesDecimalComma(language) && thousandsDot(text);
  const seen = new Map<string, Owned[]>();
  // Other stories' teasers under the article and a photo's caption are page furniture: their figures are not the story's.
  const texts = sentences.map((paragraph) => paragraph.map((s) => s.text).join(' '));
  const end = articleEnd(texts);
  let before: string | undefined;
  // A table's header row ("County | Unemployment rate | Jobs added", "Item | 2019 | 2020"): cells in words or years that name its
  // columns, while the table goes on.
  let header: string[] | null = null;
  sentences.forEach((paragraph, pi) => {
    const row = texts[pi]!.includes(' | ');
    if (!row) header = null;
    else header = headerCells(texts[pi]!) ?? header;
    if ((end >= 0 && pi >= end) || isCaption(texts[pi]!)) return;
    let previous: SentenceFigure[] = [];
    for (const s of paragraph) {
      // Table cells and headings ("225.86", "Five things we learned") state no quantity in prose.
      // A list entry that counts a name's things ("England (Group A): 10th appearance") states one, as does a spec bullet ("Over 30%
      // larger display").
      // A bullet or key-facts line standing as its own paragraph states one ("13 deaths reported", "Respawn sold 840mb of patches"),
      // unless the paragraph after it restates its numbers: then it is that paragraph's heading ("Power cut to 60,000 homes").
      if (!/[.!?…"”:]\s*$/.test(s.text) && (s.text.match(/\p{L}+/gu)?.length ?? 0) < 8 && !isCountEntry(s.text) && !isSpecLine(s.text) && !isStatLine(s.text) && !(paragraph.length === 1 && isStatementLine(s.text) && !headsNext(s.text, texts[pi + 1]))) continue;
      // A figure repeated later in the article is listed once, at its first mention; the same number twice in one
      // sentence is two figures ("the dollar index rose 0.05%, with the euro up 0.05%").
      const here: Owned[] = [];
      const figures = findFigures(s.text, { language, poundSign, previous: before, names, thousandsDot: dots });
      before = s.text;
      for (const found of figures) {
        if (found.label === null) found.label = referredLabel(s.text, found, previous);
        // A figure in a table's data row with no label of its own: its column's header and its row's name (columnLabel).
        if (found.label === null && row && s.text.includes(' | ')) found.label = columnLabel(texts[pi]!, texts[pi]!.indexOf(s.text) + standingAt(s.text, found.text), header, found.text);
        const f: Owned = { ...found, owner: ownerOf(s.text, found), paragraph: pi, expected: expectedFigure(s.text, found.text), sentence: s.text };
        // "Pierre-Luc Dubois had two goals" and, later, "Anthony Duclair had two goals": the same count of different names.
        // An expected figure and the reported one of the same value are two facts (expectedFigure).
        if (seen.get(figureIdentity(f))?.some((e) => e.expected === f.expected && (sameFigure(e, f) || nearRestatement(e, f, pi - e.paragraph, e.paragraph === 0, { a: e.sentence, b: s.text }) || pointsBack(e, f, s.text)) && !(e.owner && f.owner && e.owner !== f.owner && (f.kind === 'count' || f.kind === 'measure')))) {
          // The restatement's own name for the figure names it too: "unbeaten streak to 15", then "streak to 15 games", then "14-0-1
          // in its last 15 games".
          here.push(f);
          continue;
        }
        here.push(f);
        out.push({ ...found, evidence: { paragraph: pi, sentence: s.text } });
      }
      for (const f of here) {
        const key = figureIdentity(f);
        seen.set(key, [...(seen.get(key) ?? []), f]);
      }
      previous = figures;
    }
  });
  return out;
}

/** Where `text` stands in `sentence` as a word of its own ("10" in "74 | 100% | (10 combined)", not inside "100%"). */
function standingAt(sentence: string, text: string): number {
  for (let i = sentence.indexOf(text); i >= 0; i = sentence.indexOf(text, i + 1)) {
    if (!/[\p{L}\d]/u.test(sentence[i - 1] ?? ' ') && !/[\p{L}\d]/u.test(sentence[i + text.length] ?? ' ')) return i;
  }
  return Math.max(0, sentence.indexOf(text));
}

// "that number can expand to more than 60", "The figure rose to 40%": a subject that points back at a figure of the sentence before.
const REFERS_BACK = /(?:^|[,;:]\s+|\b(?:and|but)\s+)(?:that|this|the|these)\s+(?:numbers?|figures?|totals?|counts?|tally|amounts?|sums?)\s+(?!of\b)(?:[\p{Ll}’']+\s+){1,5}$/iu;

/**
 * The label of the figure a sentence refers back to: "Currently, the department has 25 crews repairing potholes. During peak
 * season, that number can expand to more than 60" → the 60 counts crews too. Only the last labelled figure of the sentence just
 * before, of the same kind, is meant.
 */
function referredLabel(sentence: string, f: SentenceFigure, previous: readonly SentenceFigure[]): string | null {
  if (!previous.length) return null;
  const at = sentence.indexOf(f.text);
  if (at < 0 || !REFERS_BACK.test(sentence.slice(0, at))) return null;
  return previous.findLast((p) => p.kind === f.kind && p.label !== null)?.label ?? null;
}

const PRESENT_TIME = /\b(?:is|are|am|currently|now|today)\b/i;

/** Whether one sentence's function words are German rather than English. */
function readsGermanSentence(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  const german = words.filter((w) => GERMAN_FUNCTION_WORDS.has(w)).length;
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return german > 2 * english && (german >= 2 || (english === 0 && words.length >= 6));
}

function collectDates(sentences: readonly Sentence[][], published: Date | null, continental: ReturnType<typeof continentalLanguage>): DateFact[] {
  const out: DateFact[] = [];
  const seen = new Set<string>();
  const days = new Set<string>();
  // The year the narration stands in, from the two sentences before each one (dates.ts); a sentence in the present
  // ("… is currently home to a six-member crew") ends the narration.
  let recent: (NarrativeYear | null)[] = [null, null];
  const texts = sentences.map((paragraph) => paragraph.map((s) => s.text).join(' '));
  const end = articleEnd(texts);
  const posts = published ? postDays(texts) : new Map<number, Date>();
  // The last day the sentence before named: "The day before, …" counts from it.
  let lastDay: string | null = null;
  sentences.forEach((paragraph, pi) => {
    if ((end >= 0 && pi >= end) || isCaption(texts[pi]!)) return;
    for (const s of paragraph) {
      const narrative = recent[1] ?? recent[0] ?? null;
      const read = findDatesIn(s.text, posts.get(pi) ?? published, narrative);
      // A page in French, Spanish, Portuguese, Italian or German writes its dates in its own words too.
      if (continental) for (const d of findContinentalDates(s.text, posts.get(pi) ?? published, continental)) if (!read.some((r) => r.text.includes(d.text) || d.text.includes(r.text))) read.push(d);
      // … and a date in digits ("01.01.2019") is told by its clause in that language.
      // (A page declared in another language whose sentence reads German, "Bis zum 01.01.2019 sollen alle Ärzte …", is told in German.)
      for (const r of read) if (/^[\d./\s–-]+$/.test(r.text) && (continental || /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(r.text))) {
        const lang = continental ?? (readsGermanSentence(s.text) ? 'de' : null);
        if (lang) r.what = continentalWhat(s.text, r.text, lang);
      }
      for (const d of neighbourDays(s.text, lastDay, read)) if (!read.some((r) => r.text.includes(d.text))) read.push({ ...d, reference: false });
      const found = onlyDates(s.text, read) ? [] : read;
      lastDay = found.filter((d) => 'date' in d && d.date.length === 10).map((d) => ('date' in d ? d.date : '')).pop() ?? null;
      const own = narrativeYearAfter(s.text, null);
      // A sentence dated by the narration carries it on ("By December, …" then "The next year, …").
      const carried = narrative ? found.find((d) => 'date' in d && [narrative.year, narrative.year + 1].includes(Number(d.date.slice(0, 4)))) : undefined;
      const next = carried && 'date' in carried ? { year: Number(carried.date.slice(0, 4)), month: carried.date.length > 4 ? Number(carried.date.slice(5, 7)) - 1 : null } : null;
      recent = !own && !next && PRESENT_TIME.test(s.text) ? [null, null] : [recent[1] ?? null, own ?? next];
      for (const { reference, ...raw } of found) {
        const d = { ...raw, what: raw.what ?? headingWhat(s.text, raw.text, pi > 0 ? texts[pi - 1]! : '') };
        // Every dated event counts (ANNOTATING.md): two events on one day are two dates; the same date
        // stated twice for the same event (a repeated lede) is one.
        // A date naming a thing ("Monday's announcement", "the July 25 call") after that day was already given names
        // an event told before: it is not a new one. A month is too long for that: "an October news conference" in a
        // story that dated another October event already is a different event of that month.
        const day = 'date' in d ? d.date : `${d.start}/${d.end}`;
        // A game's two sides each get their schedule line ("Thunder: Host the Lakers on Friday." "Lakers: Visit the
        // Thunder on Friday."): one event.
        // Articles aside: "malware described in an FBI warning Monday" then "… in the FBI warning Monday" is the one event named again.
        const key = `${day}|${isScheduleLine(s.text) ? 'schedule' : (d.what ?? s.text).toLowerCase().replace(/\b(?:the|an?)\s+/g, '')}`;
        // The same words for the same day twice in one sentence ("Chelsea have this morning paid the fee … this morning") are one date.
        const again = `${day}|${d.text.toLowerCase()}|${s.text}`;
        if (seen.has(key) || seen.has(again) || (reference && day.length !== 7 && days.has(day))) continue;
        seen.add(key);
        seen.add(again);
        days.add(day);
        out.push({ ...d, evidence: { paragraph: pi, sentence: s.text } });
      }
    }
  });
  return out;
}
