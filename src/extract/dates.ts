/**
 * Calendar dates in one sentence: absolute ("July 10, 2026", "10 July 2026", "2026-07-10"),
 * year-less ("July 10", "Apr. 2") resolved against the publication date (SPEC: "Dates without a
 * year resolve against the story's publication date" — the nearest such date), spans ("between
 * April 22 and June 5", "Apr 22 - Jun 5", "from March to May"), months ("in April", "March 2019",
 * "mid-December" → YYYY-MM), years that date an event ("in 2010", "early 2027" → YYYY) and, only
 * when a publication date is known, weekdays ("announced Wednesday" → the most recent Wednesday on
 * or before publication, ANNOTATING.md; "next Thursday" the one after), "today", "yesterday".
 * Each comes with `what`: the few words of its clause saying what happens then.
 */
import { COMMON_NOUNS } from './common-nouns.ts';
import { isVerbWord, tenseAt, type Tense } from './date-tense.ts';
import { abbreviationDot, tailOf } from './sentences.ts';

export type SentenceDate = { text: string; date: string; what: string | null } | { text: string; start: string; end: string; what: string | null };
type Found = { text: string; date: string } | { text: string; start: string; end: string };

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d{2}';
// The year of a full date may be older ("on 6 February 1840"), unless a lowercase word follows, which makes it a count ("June 5, 1500 people").
const DATE_YEAR = `(?:${YEAR}|1[0-8]\\d{2}(?!\\s[a-z]))`;
// Month-first or day-first, year optional. Month names are capitalised in prose; "may" the verb is not.
const MDY = `(?<m1>${MONTH})\\.?\\s(?<d1>${DAY})\\b(?:,?\\s(?<y1>${DATE_YEAR})\\b)?`;
const DMY = `\\b(?<d2>${DAY})\\s(?:of\\s)?(?<m2>${MONTH})\\b\\.?(?:,?\\s(?<y2>${DATE_YEAR})\\b)?`;
// Year first: "2026-07-10", and as East Asian and some European pages write it, "2018.04.05", "2018/04/05" (not inside a longer
// number or a version: "v2018.04.05", "1.2018.04.05").
const ISO = `(?<![\\d./]|\\bv)\\b(?<iy>${YEAR})[-./](?<im>0[1-9]|1[0-2])[-./](?<id>0[1-9]|[12]\\d|3[01])\\b(?![-./]\\d|\\/)`;
// Day first with dots, "01.01.2019", as the pages that write dates so do (a month first takes slashes: "01/01/2019" is left alone).
const DOTTED = `(?<![\\d.,/]|\\b(?:[Vv]ersion|[Bb]uild|[Rr]elease|v)\\s?)\\b(?<dd>[12]\\d|3[01]|0?[1-9])\\.(?<dm>0?[1-9]|1[0-2])\\.(?<dy>${YEAR})\\b(?![.,/]\\d)`;
const ONE = `(?:${MDY}|${DMY}|${ISO}|${DOTTED})`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

interface Ymd {
  y: number | null;
  m: number;
  d: number;
}

function monthIndex(name: string): number {
  return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase());
}

function valid(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m, d));
  return dt.getUTCMonth() === m && dt.getUTCDate() === d;
}


/**
 * Days from the publication day (0 = Sunday) to weekday `wd`: the most recent such day on or before it
 * (ANNOTATING.md), or with `ahead` the first on or after it — with `nextWeek` never the same day.
 */
export function weekdayShift(publishedDay: number, wd: number, ahead: boolean, nextWeek = false): number {
  if (ahead) return (wd - publishedDay + 7) % 7 || (nextWeek ? 7 : 0);
  const back = (publishedDay - wd + 7) % 7;
  return back === 0 ? 0 : -back;
}
export function fmt(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function readOne(g: Record<string, string | undefined>, suffix = ''): Ymd | null {
  const key = (k: string): string | undefined => g[k + suffix];
  if (key('iy')) return { y: Number(key('iy')), m: Number(key('im')) - 1, d: Number(key('id')) };
  if (key('dy')) return { y: Number(key('dy')), m: Number(key('dm')) - 1, d: Number(key('dd')) };
  const mName = key('m1') ?? key('m2');
  const dStr = key('d1') ?? key('d2');
  if (!mName || !dStr) return null;
  const y = key('y1') ?? key('y2');
  return { y: y ? Number(y) : null, m: monthIndex(mName), d: parseInt(dStr, 10) };
}

/**
 * The year of a year-less month/day: looking back ("was hidden since April 2"), the latest such day
 * on or before publication; looking ahead ("the vote will be on Jan. 3"), the first on or after it;
 * otherwise the nearest (a "July 10" in a July 4 story is this July).
 */
export function resolveYear(m: number, d: number, published: Date | null, tense: Tense = null): number | null {
  if (!published) return null;
  const py = published.getUTCFullYear();
  const t = published.getTime();
  // A few days' slack either way: the page's day and the writer's may differ ("Come November 19" in a November 18 story).
  const slack = 3 * 86_400_000;
  if (tense === 'past') return [py + 1, py, py - 1].find((y) => valid(y, m, d) && Date.UTC(y, m, d) <= t + slack) ?? null;
  if (tense === 'future') return [py - 1, py, py + 1].find((y) => valid(y, m, d) && Date.UTC(y, m, d) >= t - slack) ?? null;
  let best: number | null = null;
  let bestDist = Infinity;
  for (const y of [py - 1, py, py + 1]) {
    if (!valid(y, m, d)) continue;
    const dist = Math.abs(Date.UTC(y, m, d) - t);
    if (dist < bestDist) {
      bestDist = dist;
      best = y;
    }
  }
  return best;
}

function complete(v: Ymd, published: Date | null, yearHint?: number | null, tense: Tense = null): string | null {
  const y = v.y ?? yearHint ?? resolveYear(v.m, v.d, published, tense);
  if (y === null || !valid(y, v.m, v.d)) return null;
  return fmt(y, v.m, v.d);
}

function named(re: string): string {
  // The second date of a span reuses the group names with a suffix.
  return re.replace(/\?<(\w+)>/g, '?<$1_2>');
}

const SPAN_RE = new RegExp(`(?:\\b(?:[Bb]etween|[Ff]rom)\\s)?${ONE}\\s?(?:-|–|—|\\bto\\b|\\band\\b|\\bthrough\\b|\\buntil\\b)\\s?${named(ONE)}`, 'g');
// "18-24 November", "18 to 24 November 2019".
// "On 20 and 21 January 2018": two days in a row of one month, as "January 20 and 21" is.
const SAME_MONTH_DMY_SPAN_RE = new RegExp(`\\b(?<a>${DAY})\\s?(?:-|–|—|\\bto\\b|\\band\\b)\\s?(?<b>${DAY})\\s(?<m>${MONTH})\\b\\.?(?:,?\\s(?<y>${YEAR})\\b)?`, 'g');
const SAME_MONTH_SPAN_RE = new RegExp(`\\b(?<m>${MONTH})\\.?\\s(?<a>${DAY})\\s?(?:-|–|—|\\bto\\b|\\band\\b)\\s?(?<b>${DAY})\\b(?:,?\\s(?<y>${YEAR}))?`, 'g');
// "from March to May", "from February 2016 through May 2017", "between April and June 2026": months, so YYYY-MM ends.
const MONTH_SPAN_RE = new RegExp(`\\b(?:[Ff]rom|[Bb]etween)\\s(?<ma>${MONTH})(?:\\s(?<ya>${YEAR}))?\\s(?:to|until|through|and|-|–)\\s(?<mb>${MONTH})\\b(?:,?\\s(?<yb>${YEAR}))?`, 'g');
// "from 2010 to 2015", "between 2010 and 2015", "between 1801 and 1840".
const YEAR_SPAN_RE = new RegExp(`\\b(?:[Ff]rom|[Bb]etween)\\s(?:(?:at least|about|around|roughly|circa|as early as)\\s)?(?<ya>${YEAR}|1[6-8]\\d{2})\\s?(?:to|until|through|and|-|–)\\s?(?<yb>${YEAR}|1[6-8]\\d{2})\\b(?![-–/]\\d|%)`, 'g');
const FIGURATIVE_LEAP_BEFORE = /\b(?:like|as\sif|as\sthough)\s+(?:(?:going|moving|jumping|stepping|travell?ing|skipping)\s+)?$/i;
// "the first half of 2020", "the second half of next year", "the third quarter of 2019".
const PART_OF_YEAR_RE = new RegExp(`\\b(?:[Tt]he\\s)?(?<n>first|second|third|fourth|1st|2nd|3rd|4th)\\s(?<part>half|quarter)\\sof\\s(?:(?<y>${YEAR})\\b|(?<rel>this|next|last)\\syear\\b)`, 'g');
// "Q1 2014", "Q3 of 2013": a calendar quarter by its code ("Q2" alone names no year; "fiscal Q2 2014" is the fiscal year's).
const QUARTER_CODE_RE = new RegExp(`(?<![Ff]iscal\\s|FY\\s?)\\bQ(?<n>[1-4])\\s(?:of\\s)?(?<y>${YEAR})\\b(?![-–/]\\d)`, 'g');
// "by the end of the year", "before the end of this year": a deadline in the publication's year. Looking back ("at the end of
// the year, it had 200 staff") it may be last year's end, so only a deadline's lead counts, and not in a clause told in the past.
const END_OF_YEAR_RE = /\b(?:[Bb]y|[Bb]efore|[Uu]ntil|[Tt]ill)\s(?:the\s)?end\sof\s(?:the|this)\s(?:calendar\s)?year\b|\b(?:[Bb]y|[Bb]efore)\syear[-\s](?:end|['’]s\send)\b/g;
// "the last 6 months of 2017", "the first nine months of 2019": a span of months.
const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
const MONTHS_OF_YEAR_RE = new RegExp(`\\b(?:[Tt]he\\s)?(?<pos>first|last|final)\\s(?<n>\\d{1,2}|${COUNT_WORDS.join('|')})\\smonths\\sof\\s(?<y>${YEAR})\\b`, 'g');
// "the fourteenth century", "the 19th century" (not "19th-century" the adjective, nor a century of runs): read, then left out.
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const CENTURY_RE = new RegExp(`\\b(?:[Tt]he\\s)(?:(?<w>${ORDINALS.join('|')})|(?<n>1\\d|2[01]|[1-9])(?:st|nd|rd|th))\\scentury\\b(?!-)`, 'g');
const ONE_RE = new RegExp(ONE, 'g');
// "until the end of the 2022/23 season": a season's edge dates by the year it falls in.
const SEASON_EDGE_RE = new RegExp(`\\b(?:[Tt]he\\s)?(?<edge>end|close|start|beginning)\\sof\\sthe\\s(?<a>${YEAR})[/–-](?<b>\\d{2}|${YEAR})\\sseason\\b`, 'g');
// A weekday names a day unless it is part of a name ("Black Friday", "Super Tuesday") or the name of
// the day of a full date that follows ("Saturday, May 18").
// "on a Monday", "every Friday", "one Sunday morning", "the last Sunday in September" name no day.
// Nor does a weekday of a habit's thing: "end Saturday publication", "Friday prayers", "Sunday editions", "on Friday nights",
// nor one in a show's name ("Saturday Night Live", "DCR Friday Night Live", "Monday Night Football").
// Nor does a weekday an adjective makes generic: "on a random Tuesday", "any given Sunday", "some Friday".
const GENERIC_DAY = 'random|typical|given|normal|ordinary|average|single|particular|certain|usual|regular|busy|quiet|slow|rainy|sunny|lazy|good|bad|fine|recent';
const WEEKDAY_RE = new RegExp(`(?<!\\b(?:[Aa]n?|[Aa]ny|[Ee]very|[Ss]ome|[Tt]he)\\s(?:${GENERIC_DAY})\\s)(?<!\\b(?:[Aa]n?|[Ee]very|[Ee]ach|[Aa]ny|[Ss]ome|[Oo]ne|[Tt]he(?:\\s(?:first|second|third|fourth|final|last))?)\\s)(?<!\\b(?:[Bb]lack|[Cc]yber|Good|Super|Easter|Ash|Holy|Giving|Bloody|Patriots|Sunday)\\s)\\b(?:(next|last|this past|this coming)\\s)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\\b(?!\\s(?:publication|editions?|papers?|newspapers?|delivery|deliveries|services?|prayers?|mass|school|shifts?|hours|nights|mornings|afternoons|evenings)\\b)(?!\\s(?:Night|Morning|Evening|Afternoon)\\s[A-Z])(?!,?\\s(?:the\\s)?(?:${MONTH}\\.?,?\\s\\d|${DAY}\\s(?:of\\s)?${MONTH}\\b))`, 'g');
const SHOPPING_DAY_RE = /\b(?:[Oo]n|[Uu]ntil|[Tt]ill|[Tt]hrough|[Bb]efore|[Aa]fter|[Ss]ince|[Bb]y|[Ff]rom|[Ff]or)\s+(?:(?<rel>this|last|next)\s+)?(?<day>Black Friday|Cyber Monday)\b(?!['’]s|\s+(?:deals?|sales?|weekend|shoppers?|shopping|discounts?|offers?|promotions?|week|crowds?|traffic|spending|revenues?|doorbusters?|specials?|prices?|bargains?|events?)\b)/g;
// A weekday naming the day of a thing: "wrote Fadem in a Tuesday research report", "at a Monday meeting", "faces a
// Friday deadline" ("on a Monday", "every Friday" name no day).
const WEEKDAY_ATTRIBUTE_RE = /\b(?:[Ii]n|[Aa]t|[Dd]uring|[Ww]ith|[Ff]rom|[Ff]aces?|[Ss]et|[Mm]iss(?:ed)?|[Mm]eets?|[Mm]et)\s(?:a|an)\s(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?=(?:\s(?:morning|afternoon|evening|night))?\s(?!(?:or|and|through|to|of|in|at|on)\b)[a-z]{3,})/g;
// "today" of a state that persists ("still leaves her angry today", "continues to suffer … today"), of what people
// have or see nowadays ("the galaxies we observe today", "the business I have today"), and of a promotion ("Sign up
// today") names no day.
const TODAY_PERSISTS = /\b(?:still|continues?\sto|continued\sto)\b[^,;]*$/i;
// "the five main areas we see power meters placed today": a thing seen in a state (its participle), no act of the day.
const TODAY_STATE_BEFORE = /\b(?:we|I|you|they)\s+(?:have|know|see|observe|use|live(?:\sin)?|face|call|understand|enjoy|need|want|think|believe|experience)\s+$|\b(?:we|you|they)\s+(?:see|find|observe)\s+(?:[\w-]+\s+){1,4}[a-z]{3,}ed\s+$/i;
const DISCOURSE_AFTER = /^,?\s+(?:I|we)(?:['’](?:m|re)|\s(?:am|are|will|want\sto|['’]ll))\s+(?:going\sto\s+)?(?:talk|look|discuss|share|show|explain|explore|cover|walk|dive|build|tell|write|answer|go\sover)\b/i;
const PROMOTION = /^\W*(?:Sign up|Subscribe|Shop|Join|Book|Order|Download|Register|Click|Follow|Buy|Grab|Save)\b/;
// "today", "yesterday", and the parts of a day that name one ("last night", "tonight", "this morning").
const RELATIVE_RE = /\b(today|yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening)\b/gi;
// … and so do "the head units of today", "the power meters on the market today", "what a conference should look like today".
const NOWADAYS_BEFORE = /\b(?:exists?|is|are|remains?|stands?|seems?|lives?|looks?|than|until|till|even|still|(?<!\bas\s)of|(?:on|in)\s+the\s+market|out\s+there|in\s+(?:use|existence|circulation)|look(?:s|ed)?\s+like)\s+$/i;
const PROGRESSIVE_AFTER_TODAY = /^\s(?!being\b|becoming\b|getting\b|living\b|using\b|facing\b|seeing\b)[a-z]{3,}ing\b/;
// "at today's Apple event", "tonight's game": the day of an event the story is about.
// "today's iOS update", "today's auction", "today's big announcement", "at today's exchange rates": a thing of the day ("today's
// world", "today's smartphones" are the age's).
const TODAY_EVENT_AFTER = /^['’]s\s(?:(?:[A-Z][\w&.-]*|[a-z]+[A-Z][\w&.-]*|big|new|special|surprise|historic|final|first|second|third|last|latest|major|live|scheduled|planned|opening|closing|early|late)\s){0,3}(?:event|keynote|meeting|hearing|vote|voting|game|match|launch|announcement|briefing|press\sconference|news\sconference|session|speech|rally|debate|ceremony|summit|election|primary|show|presentation|conference|update|release|auction|episode|sale|deal|ruling|decision|verdict|race|round|broadcast|exchange\srates?|trading|strike|protest|march|walkout|outage|shutdown|attack|storm|eclipse|draw|lottery|referendum|testimony|interview|earnings|results|report|statement|tweets?|post|podcast|stream|livestream|webinar|talk|lecture|concert|performance|premiere|final|semifinal|practice|workout|training|parade|festival|celebration|opening|close|closing|news)s?\b/;
// "It seems just like yesterday", "as if it were only yesterday", "I wasn't born yesterday": idioms, no day.
const YESTERDAY_IDIOM_BEFORE = /\b(?:(?:like|as\sif|as\sthough)\s+(?:it\s+(?:was|were)\s+)?(?:only\s+|just\s+)?|born\s+)$/i;
const NOWADAYS_AFTER = /^(?:['’]s\s[a-z]|\s+to\s+(?:around\s+|about\s+)?[$€£]?\d)/;
// "today (Nov. 18)" restates the day; "today (though, that's soon changing)" is an aside, no anchor.
const TODAY_ANCHORED = new RegExp(`\\b(?:later|earlier|as of|from|until|till|starting|beginning|effective)\\s+today\\b|\\btoday\\s?\\((?=\\s*(?:${MONTH}\\b|(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\\b|\\d))`, 'i');
// A present progressive or a release's state tells the day's event in news of launches ("Foo is launching today", "Today,
// the lab is opening its API", "the app is available today"); not when what it tells is a trend of the age ("more people are
// turning to …", "companies are increasingly using …") or its subject is everyone ("we are seeing", "people are using"). "there's
// nothing of the sort today" is no progressive.
const TODAY_PROGRESSIVE = /\b(?:is|are|['’]s)\s(?:(?:now|also|officially|finally|quietly|formally|publicly|today)\s)?(?:(?!(?:no|some|any|every)?thing\b|being\b|becoming\b|getting\b|going\b|seeing\b|living\b|facing\b|using\b|trying\b|looking\b|working\b|struggling\b|having\b|doing\b|thinking\b|experiencing\b|enjoying\b|undergoing\b|changing\b|evolving\b|thriving\b|booming\b|suffering\b)[a-z]{2,}ing\b|(?:now\s)?(?:available|live|out)\b)/;
const TODAY_TREND = /\b(?:more|most|many|fewer|increasingly|growing|still|already|people|we|you|they|everyone|everybody|nobody|consumers|kids|children|users|companies|businesses|Americans)\b/i;
const AGO_COUNTS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const AGO_TODAY_BEFORE = new RegExp(`\\b(?<n>\\d{1,3}|an?|${AGO_COUNTS.join('|')})\\s+(?<u>years?|months?|weeks?|days?)\\s+ago\\s+$`, 'i');
const RELATIVE_SHIFT: Record<string, number> = { yesterday: -1, 'last night': -1, tomorrow: 1 };
// "In April", "as of October", "until at least 2021": a month or a year alone dates an event after a
// preposition or a part-of-period word ("mid-December", "early 2027"); the sentence's first word is capitalised.
const LEADS = [
  'in', 'into', 'since', 'until', 'till', 'by', 'from', 'through', 'throughout', 'during', 'before', 'after', 'of', 'for', 'early', 'mid', 'late', 'last', 'this',
  'next', 'this past', 'starting', 'beginning', 'ending', 'around', 'circa', 'vintage', 'to', 'between', 'and', 'as of', 'at least', 'as early as', 'as late as', 'as recently as', 'no later than',
  'the end of', 'the start of', 'the beginning of', 'the middle of',
];
const capitalisable = (w: string): string => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`;
const PERIOD_LEAD = `(?:\\b(?:${LEADS.map(capitalisable).join('|')})\\s(?:(?:early|mid|late)[- ])?|\\b[Mm]id-)`;
const MONTH_YEAR_RE = new RegExp(`(?:\\b(?:early|mid|late)[- ])?(?<m>${MONTH})\\.?,?\\s(?:of\\s)?(?<y>${DATE_YEAR})\\b`, 'g');
// A month coordinated with a later month-year shares its year: "in August and October of 2015", "between May or June 2020".
const SHARED_YEAR_AFTER = new RegExp(`^\\s(?:and|or|to|through|-|–)\\s(?:(?:early|mid|late)[- ])?${MONTH}\\.?,?\\s(?:of\\s)?(?<y>${DATE_YEAR})\\b`);
// ("approved in May by the Food and Drug Administration": a passive's agent after it too; not "a vote of confidence in May by the party".)
const MAY_AS_MONTH = '|May(?=\\s*[,.;]|\\s(?:and|or|to|through|when|while|after|before|as|this|last|next)\\b|\\sof\\s(?:this|last|next)\\syear\\b)|(?<!\\b(?:confidence|faith|trust|belief|support|pressure)\\s\\S+\\s)May(?=\\sby\\s(?:the|an?)\\s)|';
// "May this year", "the end of May last year": the year named in words.
// … and after a day's date: "on Oct. 17 of last year", "March 3 next year".
const DAY_YEAR_WORDS = /^(?:,?\s|\sof\s)(this|last|next)\syear\b/i;
const YEAR_WORDS = '(?:(?:,?\\s|\\sof\\s)(?<rel>this|last|next)\\syear\\b)?';
const MONTH_ALONE_RE = new RegExp(`(?<lead>${PERIOD_LEAD})(?<m>${MONTH.replace('|May|', MAY_AS_MONTH)})\\b(?!\\.?\\s\\d)${YEAR_WORDS}`, 'g');
// A month naming the time of a thing: "an October news conference", "Norway's October oil production", "the March high".
// A verb after it makes the month a name's head: "The Women’s March could pull off a similar feat".
const MONTH_ATTRIBUTE_RE = new RegExp(`(?:\\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|\\w['’]s(?<!\\b(?:[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]hat|[Hh]e|[Ss]he|[Ww]ho|[Ll]et)['’]s))\\s(?<m>${MONTH.replace('|May|', '|')})\\s(?=(?!(?:could|would|will|can|may|might|should|must|is|was|are|were|has|had|have|did|does|organi[sz]ers?|marchers?|protesters?|participants?|movement)\\b)[a-z]|IPO\\b)`, 'g');
// A month that arrives ("When February rolls around, …", "once March comes"): a time still to come.
const MONTH_ARRIVES_RE = new RegExp(`\\b(?:[Ww]hen|[Oo]nce|[Uu]ntil|[Bb]efore|[Aa]fter|[Bb]y\\sthe\\stime)\\s(?<m>${MONTH})\\s(?:rolls\\saround|comes(?:\\saround)?|arrives|hits|begins|starts)\\b`, 'g');
// A month naming a reporting period ("the September quarter", "its June-quarter results") dates no event: the period's name.
const PERIOD_NAME_AFTER = /^[\s-](?:quarter|half|fiscal)\b/i;
// Street numbers are not years: "1909 Jolinda Drive".
const STREET = '(?:\\s[A-Z][\\w.]*){1,3}\\s(?:Drive|Dr|Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Way|Place|Pl|Court|Ct|Circle|Parkway|Pkwy|Highway|Terrace|Square)\\b';
// Older years ("born in 1889") count only when no lowercase word follows, which would make them a count ("for 1800 customers").
// A function word may follow ("born in Brooklyn in 1857 to an American father").
const OLD_YEAR = '(?:1[6-8]\\d{2}(?!\\s(?!(?:to|and|or|but|when|after|before|with|as|at|in|on|by|from|until|where|while)\\b)[a-z]))';
// A year naming an edition of a ranking or a report: "the 2018 Rule of Law Index", "its 2019 World Happiness Report".
const EDITION_NAME = "(?:\\s(?:[A-Z][\\w'’&-]*|of|and|the|on|for)){1,6}\\s(?:Index|Report|Rankings?|List|Survey|Guide|Scorecard|Barometer|Indicators|Outlook|Review)\\b|\\s(?:Index|Report|Survey)\\sof\\s[A-Z]";
const YEAR_ALONE_RE = new RegExp(`(?<lead>${PERIOD_LEAD})(?:the\\s(?:year\\s)?|fiscal\\s(?:year\\s)?|calendar\\s)?(?<y>${YEAR}|${OLD_YEAR})\\b(?![-–/]\\d|\\s?[×xX]\\s?\\d|-(?:era|style|vintage)\\b|%|(?:\\s(?:or|and|to|-|–)\\s\\d{3,5})?\\s?(?:percent|million|billion|people|units|pixels|px|dpi|mAh|MHz|GHz|[KMGT]B|rpm|calories|yards|feet|miles|meters|metres|kilometers|kilometres|km|kg|lbs|tons|tonnes|bits?|bytes?)\\b|,\\d|${STREET}|\\s(?:model|models|edition|version|style|design|designs)\\b|['’]s\\s(?:best|worst|top|biggest|greatest|most)\\b|${EDITION_NAME})`, 'g');
// A year naming the time of a thing: "a 2010 rape allegation", "their 2020 session", "Holcomb's 2016
// election campaign", "a crewed 2024 moon mission" (a determiner or possessive, at most one word, the
// year, then a lowercase noun that is not a counted thing: "the 2000 employees" is a count).
const COUNTED = '(?:people|persons|employees|workers|staff|jobs|units|homes|cases|deaths|votes|members|students|users|customers|shares|troops|cars|vehicles|times|miles|feet|meters|metres|tons|tonnes|acres|words|pages|points|items|copies|dollars|euros|pounds|[a-z]+-(?:year|month|day)s?)\\b';
// Model years are names, not dates: "the 2012 through 2015 model", "a 2018 or earlier MacBook Pro".
// A security is named by its maturity: "WeWork's 2025 bond", "the 2030 notes".
const MODEL_YEAR = '(?:through|to|and|or|versus|vs|model|models|edition|version|style|design|designs|or earlier|or later|or newer|or older|bonds?|notes?|debentures?|maturity|maturities)\\b';
// A name may stand between the year and an event's noun: "his 1964 Monte Carlo victory", "their 2016 Rio campaign".
const EVENT_NOUN = '(?:victory|win|title|triumph|defeat|loss|campaign|visit|trip|tour|crash|attack|attacks|election|bid|debut|wedding|arrest|conviction|trial|final|run|launch|merger|acquisition|takeover|invasion|raid|bombing|shooting|scandal|speech|summit)\\b';
const YEAR_ATTRIBUTE_RE = new RegExp(`(?:\\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat)|\\w['’]s(?<!\\b(?:[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]hat|[Hh]e|[Ss]he|[Ww]ho|[Ll]et)['’]s))\\s(?:[a-z]+\\s)?(?<y>${YEAR})\\s(?!${COUNTED}|${MODEL_YEAR})(?=[a-z]+\\b|IPO\\b|(?:[A-Z][\\w'’-]*\\s){1,3}${EVENT_NOUN})`, 'g');
// "it's 2017", "that's May": a contracted copula, no possessive.
const DATE_ATTRIBUTE_BEFORE = /(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)|\w['’]s(?<!\b(?:[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]hat|[Hh]e|[Ss]he|[Ww]ho|[Ll]et)['’]s))\s$/;
const RANKED_BEFORE = /\b(?:best|worst|top|biggest|greatest|favou?rite)\b(?:\s+[\w-]+){0,4}\s+$/i;
const MODEL_RANGE_BEFORE = new RegExp(`\\b(?:[Tt]he|[Aa]n?)\\s${YEAR}\\s(?:through|to|and|or|-|–)\\s$`);
const MODEL_RANGE_AFTER = new RegExp(`^\\s(?:through|to|and|or|-|–)\\s${YEAR}\\s[\\w-]`);
// A possessive date names a thing: "Monday's announcement", "Thursday night's fight".
const REFERENCE_AFTER = /^(?:\s(?:morning|afternoon|evening|night))?['’]s\s/;
// A date after a noun phrase that no verb governs names that thing by its day: "In addition to its order of 30 jets
// Wednesday", "what we know about Trump's visit to Walter Reed on Saturday", "But the attack Wednesday — on a landmark —
// could …", "at the time of the call on July 25", "This attack today is meant …". The phrase opens its clause or follows a
// preposition ("told the committee on Tuesday" is the verb's day, not the committee's); none of its words is a verb's.
const NAMED_THING_BEFORE = /(?:^|[,;:(—–“"]\s*|\b(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Ii]n|[Oo]n|[Aa]t|[Oo]f|[Aa]bout|[Tt]o|[Ff]or|[Ff]rom|[Ww]ith|[Aa]fter|[Bb]efore|[Ss]ince|[Dd]uring|[Oo]ver|[Ii]nto|[Ff]ollowing|[Dd]espite|[Aa]mid|[Ll]ike)\s)(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|(?!(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day)[A-Z][\w.-]*['’]s)\s(?<np>[a-z][\w-]*(?:\s(?!(?:a|an|the|its|their|his|her|our|this|that)\s)[\w.,-]+){0,4}?)\s(?:(?:on|at)\s)?$/;
// An infinitive's "to" inside ("for the league to suspend Garrett on Thursday") makes it a clause; a preposition last leaves it open.
const NOT_IN_THING = /(?:^|\s)to\s[a-z]|\s(?:in|of|for|by|to|from|with)$/;
/** Whether the words before a date name a thing it dates (NAMED_THING_BEFORE) rather than a clause's verb. */
function namesThing(before: string): boolean {
  const np = NAMED_THING_BEFORE.exec(before.slice(-90))?.groups?.['np'];
  if (!np || NOT_IN_THING.test(np)) return false;
  // No verb in the clause up to the date: "resumed from its annual recess on Tuesday" dates the resuming.
  const clause = before.slice(Math.max(...[',', ';', ':', '(', '—', '–', '“', '"'].map((c) => before.lastIndexOf(c))) + 1);
  return !(clause.toLowerCase().match(/[a-z’']+/g) ?? []).some(isVerbWord);
}
const QUANTITY_OF = /\b(?:score|total|rating|value|price|count|number|index|level|rate|reading|tally|sum|figure|length|size|width|height|depth|capacity|resolution|weight|speed|distance)\s$/i;
// A season of a year dates by its year: "deliveries from spring 2020", "in the summer of 2019", "late fall 2018".
const SEASON_YEAR_RE = new RegExp(`\\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[- ])?(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\\s(?:of\\s)?(?<y>${YEAR})\\b(?![-–/]\\d)`, 'g');
// A year naming an occurrence of an event: "the 2008 Beijing Olympics", "at the 2019 Los Angeles Auto Show", "the 1939
// World's Fair" (a year before a product's name, "the 2020 LC 500 Convertible", is its model year).
const EVENT_NAMES = '(?:Olympics|Olympic\\sGames|Games|World\\sCup|Cup|Fair|Show|Expo|Exposition|Summit|Conference|Festival|Championships?|Open|Awards|Elections?|Convention|Congress|Forum|Exhibition|Grand\\sPrix|Marathon|Tournament|Super\\sBowl|Oscars|Grammys|Emmys|Classic|Assembly|Biennale|Week)';
const NAMED_EVENT_YEAR_RE = new RegExp(`\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|\\w['’]s)\\s(?<y>${YEAR})\\s(?:[A-Z][\\w'’.&-]*\\s){0,4}${EVENT_NAMES}\\b`, 'g');
// An event named with its year after it: "Prime Day 2019", "Black Friday 2019", "the Asian Games 2018", "WWDC 2019" (a day's name needs a
// word before "Day": "Day 2019" alone is no name). A product's year ("Office 2019", "MacBook Pro 2019") names no event.
const NAME_WORD = "(?!(?:The|On|At|In|An?|By|For|From|During|Since|Until|Before|After|And|Or|But|This|That|Its|Our|Their|His|Her)\\s)[A-Z][\\w'’&.-]*";
const NAME_THEN_YEAR_RE = new RegExp(`\\b(?<name>Black\\sFriday|Cyber\\sMonday|(?:${NAME_WORD}\\s){1,3}Day|(?:${NAME_WORD}\\s){0,3}${EVENT_NAMES}|CES|WWDC|E3|MWC|IFA|GDC|Computex)\\s(?<y>${YEAR})\\b(?![-–/.,]\\d|\\s?(?:model|models|edition|version)\\b)`, 'g');
const AGO_YEAR_RE = new RegExp(`\\b(?:ago|last\\s(?:year|winter|summer|spring|fall|autumn))\\s?\\((?<y>${YEAR})\\)`, 'g');
// "fiscal 2019", "fiscal year 2019", "FY2019" date a period wherever they stand.
const FISCAL_RE = new RegExp(`\\b(?:[Ff]iscal\\s(?:[Yy]ear\\s)?|FY\\s?)(?<y>${YEAR})\\b`, 'g');
// Page furniture that carries dates of no event: graphics and credits lines, promotions of other stories.
const FURNITURE = /^\(?(?:Graphic|Graphics|Reporting|Editing|Writing|Additional reporting|Compiled)\b|^\W*(?:Copyright\b|©|\([Cc]\)\s)|^On [\w-]+(?:\.[\w-]+)+\s*:|^(?:Read more|Related|See also|More from|Also read|Watch|Listen|Video|Photos?|Gallery|Podcast)\s*:/i;
// A photo's caption, told by its credit ("… on November 18, 2019. (Photo by Anthony Kwan/Getty Images)", "… REUTERS/Thomas
// Peter"): it dates the picture, not an event of the story.
const CAPTION_CREDIT = /\((?:Photo|Image|Picture|Credit)s?\b[^)]*\)\s*$|\b(?:REUTERS|Reuters|AP(?:\sPhoto)?|AFP|EPA(?:-EFE)?|Getty\sImages|Bloomberg|Xinhua)\s?\/\s?[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}(?:\/[\w ]+)?\s*$/;
// A reference list's entries date documents, not events: "Retrieved 17 February 2008.", "Archived from the original on …",
// "^ a b Williamson, Maurice (10 October 2013).", "… New Zealand Government, 9 December 2016, retrieved 7 March 2019",
// '[HTTP] Fielding et al., "Hypertext Transfer Protocol", RFC7231, June 2014.'
// '[WORDS] Bradner, S., "Key words for use in RFCs …", BCP 14, RFC 2119, March 1997.', "http://www.w3.org/TR/cors/, January 2013."
const CITATION = /\b[A-Z][\p{L}'’-]+,\s(?:[A-Z]\.\s?){1,3},?\s(?:and\s[^"“]{1,40}|et al\.,?\s)?["“]|\bhttps?:\/\/\S+,\s|^\s*\^|^\s*\[[\w.-]+\]\s|\bet al\.,\s*["“]|\b(?:[Rr]etrieved|[Aa]ccessed)(?:\s+on)?\s+(?:\d|[A-Z][a-z]{2})|\b[Aa]rchived from the original\b|^\s*[A-Z][\p{L}'’-]+,\s+[\p{L}.'’ -]{1,40}\s\([^()]*\d{4}\)\.?\s*$/u;
// A reference list's entry split into lines: a work's title in quotes standing alone, the stop outside them ('"Household Labour Force Survey:
// December 2010 quarter – Media Release".', '"Mozilla Releases Annual Report For 2011: …". techcrunch.com.'), or an entry's
// date in parentheses opening the line ("(April 2009) [originally published in 1966].").
const REFERENCE_TITLE = new RegExp(`^\\s*["“][^"“”]+[^.!?…,"“”]["”]\\s*[.,](?:\\s*[\\w-]+(?:\\.[\\w-]+)+\\.?)?\\s*$|^\\s*\\((?:(?:\\d{1,2}\\s)?${MONTH}\\.?\\s(?:\\d{1,2},?\\s)?)?\\d{4}\\)`);
// Timestamps are furniture too: "First published February 1, 2016: 1:28 AM ET", "Updated Nov. 19, 2019", "This article was
// first published on November 19, 2019.", "Nov 19, 2019, 6:12 PM"; so is a copyright line.
const STAMP_BEFORE = /^\W*(?:(?:Originally|First|Last|Story|Article)\s+)?(?:published|updated|posted|modified)\b.{0,80}$|^\W*This\s(?:article|story|post|piece|version)\s(?:was|has\sbeen)\s(?:first\s|originally\s|last\s)?(?:published|updated|posted|modified)\b.{0,20}$|^\W*Editor['’]s notes?\b.{0,30}$/i;
// … but not the note an update line brings, a clause after its colon ("Updated 3:15 p.m. PT: A Microsoft spokesperson confirmed the
// Band will ship on Thursday").
// (Not an editor's note that is itself the stamp: "Editor's note: This story was updated on Nov. 19, 2019.")
const UPDATE_NOTE = /^\W*(?:[Uu]pdated?|UPDATED?)\b.{0,40}?:\s+[“"]?(?!This\s(?:article|story|post|piece|version)\b)[A-Z][\w'’-]*(?:\s+\S+){3,}/;
// A correction's line dates an event of the story's own (ANNOTATING.md lists it): "Correction, Nov. 15, 2019: This article
// originally misidentified …", "Correction added Nov. 18, 2019: …".
const CORRECTION_BEFORE = /^\W*(?:Correction|Clarification)s?(?:\s(?:added|appended|made|issued|posted))?(?:,\s?|\s(?:on\s)?)$/i;
// A byline with its date: "By Arun Sai Krishnan • Nov 11, 2020", "Tuesday 15 October 2019 by Bradley M. Kuhn".
const BYLINE_BEFORE = /^\W*By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})?\s*[•|·,–—-]?\s*$/;
const BYLINE_AFTER = /^\W{0,3}by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\W*$/;
// A dateline opens a wire story: "LONDON/SANTIAGO, June 8 (Reuters) -".
const DATELINE_BEFORE = /^\s*[A-Z][A-Z .'’\/-]*(?:,\s*[A-Z][A-Za-z .'’\/-]*)?,\s*$/;
const DATELINE_AFTER = /^\s*(?:\([^)]{1,30}\))?\s*[-–—]/;
const STAMP_AFTER = /^\s*[|·•]\s*\d+\s*min(?:ute)?s?\s+read\b|^\s*[:|,]?\s*(?:at\s)?\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST|CET)\b|^(?:T|\s)\d{2}:\d{2}:\d{2}|^\s*[,|·/]?\s*(?:at\s)?\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?\s*$/;
// A dated opening line, "Feb. 23, 2015 -- Life-threatening peanut allergies …": the page's own date (a tour's list, "June 9 -- Tampa", has no year).
const DATED_LEAD_AFTER = /^\s*(?:--|—|–)\s/;
// An entry of a schedule, "June 10 -- Tampa, FL", "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre": a news
// story lists the dates of a tour, a season or a festival still to come.
const LISTING_AFTER = /^\s?(?:--|–|—)\s?(?=[A-Z@])/;
// A date restating the one just before it in parentheses: "Monday night (Nov. 18)", "published online today (Nov. 18)".
const RESTATED_BETWEEN = /^(?:\s(?:morning|afternoon|evening|night))?\s?\($/;

// A year naming a work: "the 1946 film", "their 1976 album", "1978's “What a Fool Believes”", "1972's Toulouse Street".
const WORKS = '(?:film|movie|album|LP|EP|novel|novella|book|memoir|song|single|record|documentary|musical|opera|poem|painting|sequel|remake|biopic|sitcom|anthology|hit)s?';
const WORK_AFTER = new RegExp(`^(?:['’]s\\s+(?:[“"‘]|\\p{Lu})|\\s+(?:[a-z-]+\\s+)?${WORKS}\\b)`, 'u');
const WEEKDAY_ENTRY = /\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day:\s/g;
const WEEK_ENTRY_STOP = new RegExp(`\\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day:\\s|(?:–|—|\\s-\\s)(?=\\s*(?:${MONTH}|\\d))`);
// Words a headline leaves in lower case.
const HEADLINE_SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'via', 'into', 'over', 'up', 'is', 'are', 'it', 'its']);

/**
 * Whether a line is a headline, a subheading or a caption set in title case with no sentence's end
 * ("Clinching in November", "Stadia Is Essentially A Beta Version Until 2020, But …", "7th Amsterdam Light Festival 29
 * November 2018 | 20 January 2019"): a related story's title or the page's furniture, not the article's narration.
 */
const MONTH_WORD = new RegExp(`^${MONTH}$`);
const isCalendarWord = (w: string): boolean => MONTH_WORD.test(w) || WEEKDAYS.includes(w.toLowerCase());

function headline(sentence: string): boolean {
  // An embedded post's signature ("— Robert Maguire (@RobertMaguire_) November 18, 2019") and a schedule's entries
  // ("Sept. 18 -- The Forum, Los Angeles, CA") end with no stop either, but date what they tell.
  // So does a week's log flattened into one line ("Monday: Hands-on: … Wednesday: Epson’s New ProSense … Friday: …").
  if (/[.!?…:;"”’)\]]\s*$/u.test(sentence) || /\(@\w+\)/.test(sentence) || /\d\s?(?:--|–|—)\s?[A-Z@]/.test(sentence) || (sentence.match(WEEKDAY_ENTRY) ?? []).length >= 2) return false;
  const words = (sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => !HEADLINE_SMALL.has(w.toLowerCase()));
  // A line of dates alone ("Apr 22 - Jun 5", a stat card's value) is no headline: it needs a word that is not a month or a weekday.
  if (words.length < 2 || words.every(isCalendarWord)) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}

// Every date form holds a digit, a month or weekday name, or one of these words: most sentences are ruled out at once.
const MAY_HAVE_DATE = /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|day\b|\b(?:today|yesterday|tomorrow|tonight|night|morning|afternoon|evening|century|year)\b/i;

function ym(y: number, m: number): string {
  return `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The year a story's narration stands in: the last year written out in the sentences just before ("visited his doctor
 * in November 2016. … But by December, they worsened" is December 2016), with its month when one was named.
 */
export interface NarrativeYear {
  year: number;
  month: number | null;
}

// "The next year, the Taliban released two videos": the year after the narration's.
const NEXT_YEAR_RE = /\b(?:[Tt]he\s(?:next|following|subsequent)\syear|[Aa]\syear\slater)\b/g;
// A year written out earlier in the same sentence ("In 2016 the plant closed and by December …").
const YEAR_IN_TEXT_RE = new RegExp(`(?:(?<m>${MONTH})\\.?,?\\s(?:of\\s)?|\\b)(?<y>${YEAR})\\b(?![-–/]\\d|%|\\s?(?:percent|million|billion)\\b|,\\d)`, 'g');

// A line that closes the article and opens a list of other stories ("Want more stories like this?", "Related
// articles", "More from Reuters:"): what follows are other stories' teasers, their dates none of this story's events.
const OTHER_STORIES = /^\W*(?:Want\s+more\s+stories\b|More\s+(?:stories|news|articles|coverage)\b|Related\s+(?:stories|articles|coverage|content|news|reading)\b|Recommended(?:\s+(?:stories|reading|for\s+you))?\W*$|You\s+(?:may|might)\s+also\s+(?:like|enjoy)\b|Most\s+(?:popular|read)\b|Trending(?:\s+now)?\W*$|Read\s+(?:more|next)\W*$|More\s+from\s+[\w .&'’-]{1,40}\W*$)/i;

/** Whether a page's paragraph ends the article: after it come other stories' teasers (their dates are not this story's). */
export function endsArticle(paragraph: string): boolean {
  return paragraph.length < 80 && OTHER_STORIES.test(paragraph);
}

// A teaser's summary, cut off mid-sentence: prose of a few sentences that stops on a word ("… as a writer, producer and").
const CUT_SUMMARY = /[.!?]["”’]?\s+\p{Lu}.*\p{L}[\p{L}'’]*$/su;
// The last character is tested first: most paragraphs end on a stop, and CUT_SUMMARY's `.*` backtracks across a long one.
const cutSummary = (t: string): boolean => t.length >= 150 && /[\p{L}'’]/u.test(t.slice(-1)) && CUT_SUMMARY.test(t) && !/pic\.twitter\.com|https?:\/\/|[#@]\w+$/.test(t);

/**
 * Where a stream of other stories' teasers starts: the first of three paragraphs in a row cut off mid-sentence (a
 * related-stories list under the article, each summary truncated); -1 when none. Their dates are other stories'.
 */
export function teasersStart(paragraphs: readonly string[]): number {
  for (let i = 0; i + 2 < paragraphs.length; i++) if (cutSummary(paragraphs[i]!) && cutSummary(paragraphs[i + 1]!) && cutSummary(paragraphs[i + 2]!)) return i;
  return -1;
}

// An embedded post's signature line: "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019".
const POST_SIGNATURE = /^\s*[—–-]\s*[^()]{1,80}\(@\w+\)\s*(?<date>.{6,40})$/u;
const STOPPED = /[.!?…"”’)\]]\s*$/u;

/**
 * The day each embedded post was written, by paragraph: a post's lines (those just above its signature that end with no
 * stop, or carry its picture link) say "today" and "Sunday" of that day, not of the article's (ANNOTATING.md resolves
 * relative days against the publication; a post's publication is its own). Paragraphs outside posts are left out.
 */
export function postDays(paragraphs: readonly string[]): Map<number, Date> {
  const out = new Map<number, Date>();
  paragraphs.forEach((p, j) => {
    const sig = POST_SIGNATURE.exec(p)?.groups?.['date'];
    if (!sig) return;
    const day = findDates(sig, null).find((d): d is { text: string; date: string; what: string | null } => 'date' in d && d.date.length === 10);
    if (!day) return;
    const at = new Date(`${day.date}T00:00:00Z`);
    for (let k = j - 1; k >= 0 && k >= j - 4; k--) {
      const line = paragraphs[k]!;
      if (POST_SIGNATURE.test(line)) break;
      out.set(k, at);
      // A line ending a sentence is the post's first (or a paragraph of the article) unless it carries the post's picture.
      if (STOPPED.test(line) && !/pic\.twitter\.com/.test(line)) break;
    }
  });
  return out;
}

/** Whether a page's paragraph is a photo's caption, told by its closing credit (its sentences apart do not show it). */
export function isCaption(paragraph: string): boolean {
  return CAPTION_CREDIT.test(paragraph);
}

/** Whether a page's line is nothing but its dates ("26 October 2017.", "20 May 2014 [1 October 1998]."): it dates a document, not an event. */
export function onlyDates(sentence: string, dates: readonly { text: string }[]): boolean {
  const rest = dates.reduce((t, d) => t.replace(d.text, ' '), sentence).replace(/\bpp?\./g, '');
  return dates.length > 0 && !/\p{L}{2,}/u.test(rest);
}

/** The narration's year after `text` (its last written-out year, else `before`). */
const THIS_YEAR_AFTER = /\b(?:this|so far this|earlier this|later this)\s(?:year|month)\b/i;

export function narrativeYearAfter(text: string, before: NarrativeYear | null): NarrativeYear | null {
  let last = before;
  let at = -1;
  // A year after "since" starts a span up to now, not a narration ("duties in place since July 2013").
  for (const m of text.matchAll(YEAR_IN_TEXT_RE)) {
    last = /\bsince\s$/i.test(text.slice(Math.max(0, m.index - 6), m.index)) ? null : { year: Number(m.groups!['y']), month: m.groups!['m'] ? monthIndex(m.groups!['m']) : null };
    at = m.index + m[0].length;
  }
  // "Tesla, which delivered its first Model S in June 2012, has faced several investigations this year.": the clause after the
  // year comes back to the present; "In October, …" next is this year's October.
  if (at >= 0 && THIS_YEAR_AFTER.test(text.slice(at))) return null;
  return last;
}

const COUNTERFACTUAL_OPINION = /\b(?:I|we)\s+(?:would|wouldn['’]t|might)\s+have\s+(?:said|thought|guessed|expected|bet|argued|recommended|called\s+it)\b/i;

/**
 * Returns the dates stated in one sentence, in reading order; `published` is the publication's calendar day (UTC
 * midnight of it); `narrative`, the year the sentences just before stand in, dates a month they leave without one.
 */
export function findDates(sentence: string, published: Date | null, narrative: NarrativeYear | null = null): SentenceDate[] {
  return findDatesIn(sentence, published, narrative).map(({ reference: _reference, ...d }) => d);
}

/**
 * As findDates, each date marked `reference` when it names a thing by its date rather than dating a clause:
 * "Monday's announcement", "NASA's Monday announcement", "the July 25 call" — a page's later mention of an event.
 */
export function findDatesIn(sentence: string, published: Date | null, narrative: NarrativeYear | null = null): (SentenceDate & { reference: boolean })[] {
  if (!MAY_HAVE_DATE.test(sentence) || FURNITURE.test(sentence) || CITATION.test(sentence) || REFERENCE_TITLE.test(sentence) || CAPTION_CREDIT.test(sentence) || headline(sentence)) return [];
  const found: { at: number; end: number; fact: Found | null }[] = [];
  // What a schedule's entry or a weekday's thing names ("a Tuesday research report"), by the start of its date.
  const whatAt = new Map<number, string | null>();
  const listed = new Set<number>();
  const weekdayThings = new Set<number>();
  const taken = (a: number, b: number): boolean => found.some((f) => a < f.end && b > f.at);
  const furniture = (at: number, end: number): boolean =>
    (DATELINE_BEFORE.test(sentence.slice(0, at)) && DATELINE_AFTER.test(sentence.slice(end))) ||
    BYLINE_BEFORE.test(sentence.slice(0, at)) ||
    (/^\W*(?:\w+day)?\W*$/.test(sentence.slice(0, at)) && BYLINE_AFTER.test(sentence.slice(end))) ||
    (STAMP_BEFORE.test(sentence.slice(0, at)) && !UPDATE_NOTE.test(sentence.slice(0, at))) ||
    (/^\W*$/.test(sentence.slice(0, at)) && /\d{4}$/.test(sentence.slice(at, end)) && DATED_LEAD_AFTER.test(sentence.slice(end))) ||
    STAMP_AFTER.test(sentence.slice(end, end + 30));
  // A date in furniture keeps its span, empty, so that no shorter reading of it ("October 2019" of a stamp) comes back.
  // A year naming a work ("the 1946 film", "Aciman's 2007 novel", "1972's Toulouse Street") dates no event of the story.
  const work = (end: number, fact: Found): boolean => 'date' in fact && /^\d{4}$/.test(fact.date) && WORK_AFTER.test(sentence.slice(end));
  // A question asks about a time rather than telling an event ("Who will make the Rock Hall in 2020?", "What would have
  // been the reaction in 2012 had …?"), unless it names the day in full ("Did he know on July 25, 2019 that …?").
  const question = /\?\W*$/.test(sentence);
  // A writer's counterfactual opinion ("Prior to September, I would have said Wi-Fi 6 was too new") tells no event of the month or year.
  const opinion = COUNTERFACTUAL_OPINION.test(sentence);
  const asked = (fact: Found): boolean => (question || opinion) && 'date' in fact && fact.date.length < 10;
  const add = (at: number, end: number, fact: Found): void => {
    if (!taken(at, end)) found.push({ at, end, fact: furniture(at, end) || work(end, fact) || asked(fact) ? null : fact });
  };
  const tense = (at: number, end: number): Tense => tenseAt(sentence, at, end);
  const py = published?.getUTCFullYear() ?? null;
  // A month or day left without a year, in a clause that looks back, follows on from a month of an earlier year just
  // named ("visited his doctor in November 2016. … But by December, they worsened"): within the six months after it.
  // A year named alone dates no month after it: background ("the 2016 keyboard") comes and goes in news prose.
  const narrativeYear = (mon: number, at: number, t: Tense): number | null => {
    const n = narrativeYearAfter(sentence.slice(0, at), narrative);
    if (!n || n.month === null || py === null || n.year >= py || t === 'future' || t === 'unsure') return null;
    const ahead = (mon - n.month + 12) % 12;
    if (ahead === 0 || ahead > 6) return null;
    return mon < n.month ? n.year + 1 : n.year;
  };
  const relYear = (rel: string | undefined): number | null => (!rel || py === null ? null : py + ({ this: 0, last: -1, next: 1 }[rel.toLowerCase()] ?? 0));

  for (const m of sentence.matchAll(SPAN_RE)) {
    const g = m.groups ?? {};
    const a = readOne(g);
    const b = readOne(g, '_2');
    if (!a || !b) continue;
    const connector = /\band\b/.test(m[0]) && !/^between/i.test(m[0]);
    if (connector) continue; // "July 4 and July 10" lists two dates, not a span
    const endYear = b.y ?? null;
    const end = complete(b, published);
    const startYearHint = a.y ?? (endYear !== null ? (a.m > b.m ? endYear - 1 : endYear) : end ? Number(end.slice(0, 4)) - (a.m > b.m ? 1 : 0) : null);
    const start = complete(a, published, startYearHint);
    if (!start || !end || start > end) continue;
    const text = m[0].replace(/^(?:between|from)\s/i, '');
    add(m.index + (m[0].length - text.length), m.index + m[0].length, { text, start, end });
  }
  for (const re of [SAME_MONTH_SPAN_RE, SAME_MONTH_DMY_SPAN_RE]) for (const m of sentence.matchAll(re)) {
    const g = m.groups ?? {};
    const mon = monthIndex(g['m']!);
    const a = parseInt(g['a']!, 10);
    const b = parseInt(g['b']!, 10);
    if (b <= a) continue;
    // Looking ahead ("will hold its conference June 2-6" in an October story), next year's; otherwise the nearest (a
    // listing's past-looking words say little of a span's year).
    // … unless a past copula says it is over ("A hearing was held in Atlanta on April 14 and 15").
    const t = tense(m.index, m.index + m[0].length);
    const y = g['y'] ? Number(g['y']) : resolveYear(mon, a, published, t === 'future' || (t === 'past' && /\b(?:was|were)\s+(?:\S+\s+){0,5}$/i.test(tailOf(sentence.slice(0, m.index), 80))) ? t : null);
    if (y === null || !valid(y, mon, a) || !valid(y, mon, b)) continue;
    add(m.index, m.index + m[0].length, { text: m[0], start: fmt(y, mon, a), end: fmt(y, mon, b) });
  }
  for (const m of sentence.matchAll(MONTH_SPAN_RE)) {
    const g = m.groups ?? {};
    const ma = monthIndex(g['ma']!);
    const mb = monthIndex(g['mb']!);
    let yb = g['yb'] ? Number(g['yb']) : null;
    let ya = g['ya'] ? Number(g['ya']) : null;
    if (ya === null && yb === null) {
      // Looking back, the span ended by publication ("surveyed reefs between August and May" in an
      // August story began last August); otherwise it starts from the start month's year.
      const t = tense(m.index, m.index + m[0].length);
      if (t === 'past') yb = resolveMonthYear(mb, published, '', t);
      else ya = resolveMonthYear(ma, published, '', t);
      if (ya === null && yb === null) continue;
    }
    if (yb === null) yb = mb < ma ? ya! + 1 : ya!;
    if (ya === null) ya = mb < ma ? yb - 1 : yb;
    if (ya * 12 + ma >= yb * 12 + mb) continue;
    const text = m[0].replace(/^(?:from|between)\s/i, '');
    add(m.index + m[0].length - text.length, m.index + m[0].length, { text, start: ym(ya, ma), end: ym(yb, mb) });
  }
  for (const m of sentence.matchAll(YEAR_SPAN_RE)) {
    // "it was like going from 1987 to 2002": a likeness, no span of time.
    if (FIGURATIVE_LEAP_BEFORE.test(sentence.slice(0, m.index))) {
      found.push({ at: m.index, end: m.index + m[0].length, fact: null });
      continue;
    }
    const ya = m.groups!['ya']!;
    const yb = m.groups!['yb']!;
    if (Number(yb) <= Number(ya)) continue;
    const text = m[0].replace(/^(?:from|between)\s/i, '');
    add(m.index + m[0].length - text.length, m.index + m[0].length, { text, start: ya, end: yb });
  }
  for (const m of sentence.matchAll(SEASON_EDGE_RE)) {
    const g = m.groups!;
    const y = /^(?:end|close)$/.test(g['edge']!) ? (g['b']!.length === 2 ? g['a']!.slice(0, 2) + g['b'] : g['b']!) : g['a']!;
    if (Number(y) - Number(g['a']) > 1 || Number(y) < Number(g['a'])) continue;
    add(m.index, m.index + m[0].length, { text: m[0], date: y });
  }
  for (const m of sentence.matchAll(PART_OF_YEAR_RE)) {
    const g = m.groups!;
    const y = g['y'] ? Number(g['y']) : relYear(g['rel']);
    if (y === null) continue;
    const n = ['first', 'second', 'third', 'fourth'].indexOf(g['n']!.toLowerCase()) + 1 || parseInt(g['n']!, 10);
    const len = g['part'] === 'half' ? 6 : 3;
    if (len === 6 && n > 2) continue;
    const first = (n - 1) * len;
    add(m.index, m.index + m[0].length, { text: m[0], start: ym(y, first), end: ym(y, first + len - 1) });
  }
  for (const m of sentence.matchAll(QUARTER_CODE_RE)) {
    const y = Number(m.groups!['y']);
    const first = (Number(m.groups!['n']) - 1) * 3;
    add(m.index, m.index + m[0].length, { text: m[0], start: ym(y, first), end: ym(y, first + 2) });
  }
  for (const m of sentence.matchAll(END_OF_YEAR_RE)) {
    const text = m[0].replace(/^(?:by|before|until|till)\s/i, '');
    const at = m.index + m[0].length - text.length;
    if (py === null || tense(at, m.index + m[0].length) === 'past') continue;
    add(at, m.index + m[0].length, { text, date: String(py) });
  }
  // A century is as vague as a decade ("since the 14th century", "the grand ambitions of the 20th century"): no date
  // (ANNOTATING.md: "not vague ones"), but its span is kept so that no year or number inside it is read.
  for (const m of sentence.matchAll(MONTHS_OF_YEAR_RE)) {
    const g = m.groups!;
    const n = /^\d+$/.test(g['n']!) ? Number(g['n']) : COUNT_WORDS.indexOf(g['n']!.toLowerCase()) + 1;
    if (n < 1 || n > 11) continue;
    const y = Number(g['y']);
    const [a, b] = /^first$/i.test(g['pos']!) ? [0, n - 1] : [12 - n, 11];
    add(m.index, m.index + m[0].length, { text: m[0], start: ym(y, a), end: ym(y, b) });
  }
  for (const m of sentence.matchAll(CENTURY_RE)) if (!taken(m.index, m.index + m[0].length)) found.push({ at: m.index, end: m.index + m[0].length, fact: null });
  for (const m of sentence.matchAll(ONE_RE)) {
    const v = readOne(m.groups ?? {});
    if (!v) continue;
    // The date of a thing ("questions about Trump's July 25 call", "an Oct. 26 letter") looks back with its clause,
    // but a clause looking ahead says nothing of it: then the nearest such day.
    const attribute = DATE_ATTRIBUTE_BEFORE.test(sentence.slice(0, m.index)) && /^\s[a-z]/.test(sentence.slice(m.index + m[0].length));
    // A day of the calendar that comes back ("Every year on November 11, the nation remembers", "every June 18") names no event.
    if (v.y === null && (/\b(?:every|each)\s+$/i.test(sentence.slice(0, m.index)) || /\b(?:every|each)\s+year\b|\bannually\b/i.test(sentence))) {
      add(m.index, m.index + m[0].length, { text: m[0], date: '' });
      found[found.length - 1]!.fact = null;
      continue;
    }
    const listing = v.y === null && LISTING_AFTER.test(sentence.slice(m.index + m[0].length));
    const clauseTense = v.y === null ? (listing ? 'future' : tense(m.index, m.index + m[0].length)) : null;
    // A quotation's future looks ahead from when it was said, before publication ("“GET OUT and VOTE on November 5th”" in a
    // November 19 story): the nearest such day.
    const quoted = clauseTense === 'future' && !listing && quotationAround(sentence, m.index)[1] - quotationAround(sentence, m.index)[0] < sentence.length;
    const t = (attribute && clauseTense !== 'past') || quoted ? null : clauseTense;
    // "Oct. 17 of last year", "March 3 next year": the year in words.
    const yearWords = v.y === null ? DAY_YEAR_WORDS.exec(sentence.slice(m.index + m[0].length)) : null;
    const date = complete(v, published, yearWords ? relYear(yearWords[1]) : v.y === null && !listing ? narrativeYear(v.m, m.index, t) : null, t);
    if (!date) continue;
    const stop = m.index + m[0].length + (yearWords?.[0].length ?? 0);
    add(m.index, stop, { text: sentence.slice(m.index, stop).replace(/[.,]$/, ''), date });
    if (listing) {
      listed.add(m.index);
      whatAt.set(m.index, listingEntry(sentence.slice(m.index + m[0].length)));
    } else if (/^\W*$/.test(sentence.slice(0, m.index)) && /^\s-\s(?=\p{Lu})/u.test(sentence.slice(m.index + m[0].length))) {
      // A timeline's line, "August 15, 2017 - Selected speakers and attendees will be notified": the whole entry says what.
      const entry = listingEntry(sentence.slice(m.index + m[0].length).replace(/^\s-\s/, ' — ').split(/,(?!\d)|;|\s\(/)[0]!);
      if (entry) whatAt.set(m.index, entry);
    }
  }
  for (const m of sentence.matchAll(MONTH_YEAR_RE)) {
    add(m.index, m.index + m[0].length, { text: m[0], date: ym(Number(m.groups!['y']), monthIndex(m.groups!['m']!)) });
  }
  for (const m of sentence.matchAll(MONTH_ALONE_RE)) {
    const mon = monthIndex(m.groups!['m']!);
    const lead = m.groups!['lead']!;
    const at = m.index + (/^(?:mid-|early |late |mid )/i.test(m[0]) ? 0 : lead.replace(/(?:early|mid|late)[- ]$/i, '').length);
    // A habit, or a rule of the calendar ("on the last Sunday in March"), names no month of an event.
    if (habitual(sentence, at, m.index + m[0].length) || CALENDAR_RULE_BEFORE.test(sentence.slice(0, at))) continue;
    const shared = SHARED_YEAR_AFTER.exec(sentence.slice(m.index + m[0].length))?.groups?.['y'];
    let t = tense(at, m.index + m[0].length);
    // "which as of September is now down to $399": a state reached by then, which has come (not "as of May it will …").
    if (/^as of\s/i.test(lead) && t === 'future' && !/\b(?:will|shall|['’]ll|going\sto|due|set\sto|expected)\b/i.test(sentence.slice(m.index + m[0].length))) t = 'past';
    const y = shared ? Number(shared) : relYear(m.groups!['rel']) ?? (/\b(?:last|next|this)\b/i.test(lead) ? null : narrativeYear(mon, at, t)) ?? resolveMonthYear(mon, published, lead, t);
    if (y === null) continue;
    add(at, m.index + m[0].length, { text: sentence.slice(at, m.index + m[0].length), date: ym(y, mon) });
  }
  for (const m of sentence.matchAll(MONTH_ATTRIBUTE_RE)) {
    const mon = monthIndex(m.groups!['m']!);
    const at = m.index + m[0].length - m.groups!['m']!.length - 1;
    // The month of a thing ("the December debate") is not the time of the clause's verb: the nearest such month.
    const y = resolveMonthYear(mon, published, '', null);
    if (PERIOD_NAME_AFTER.test(sentence.slice(at + m.groups!['m']!.length))) {
      if (!taken(at, at + m.groups!['m']!.length)) found.push({ at, end: at + m.groups!['m']!.length, fact: null });
      continue;
    }
    if (y === null || taken(at, at + m.groups!['m']!.length)) continue;
    add(at, at + m.groups!['m']!.length, { text: m.groups!['m']!, date: ym(y, mon) });
    // What happens then is the thing itself: "an October news conference between Trump and Liu He" → "news conference between Trump and Liu He".
    const thing = whatOf(/^[\p{L}\s-]*/u.exec(sentence.slice(at + m.groups!['m']!.length))![0].trim().split(/\s+/).slice(0, 6));
    if (thing && thing.includes(' ')) whatAt.set(at, thing);
  }
  for (const m of sentence.matchAll(MONTH_ARRIVES_RE)) {
    const at = m.index + m[0].indexOf(m.groups!['m']!, m[0].indexOf(' '));
    const mon = monthIndex(m.groups!['m']!);
    const y = resolveMonthYear(mon, published, '', 'future');
    if (y === null) continue;
    add(at, at + m.groups!['m']!.length, { text: m.groups!['m']!, date: ym(y, mon) });
    // What happens then is the clause joined to its arrival: "and those free trials are offered", ", the shop will reopen".
    const rest = sentence.slice(m.index + m[0].length).replace(/^\s*(?:,\s*)?(?:and\s+)?/, '');
    whatAt.set(at, whatOf(rest.split(/[,;:—–]/)[0]!.trim().split(/\s+/).slice(0, 7)));
  }
  for (const m of sentence.matchAll(NEXT_YEAR_RE)) {
    // "we'll see more companies join over the next year": the coming twelve months, no year of the narration.
    if (/\b(?:over|within|during|throughout)\s+$/i.test(sentence.slice(0, m.index))) continue;
    const n = narrativeYearAfter(sentence.slice(0, m.index), narrative);
    if (n && py !== null && n.year < py) add(m.index, m.index + m[0].length, { text: m[0], date: String(n.year + 1) });
  }
  // "a couple of summers ago (2014)", "at Interbike two years ago (2014)": the year of a past time restated in parentheses.
  for (const m of sentence.matchAll(AGO_YEAR_RE)) {
    const at = m.index + m[0].indexOf(m.groups!['y']!);
    if (py === null || Number(m.groups!['y']) > py) continue;
    add(at, at + 4, { text: m.groups!['y']!, date: m.groups!['y']! });
    // What happens then is told around the whole time phrase ("last year (2015) they actually said …").
    whatAt.set(at, whatHappens(sentence, m.index, m.index + m[0].length));
  }
  for (const m of sentence.matchAll(FISCAL_RE)) add(m.index, m.index + m[0].length, { text: m[0], date: m.groups!['y']! });
  for (const m of sentence.matchAll(SEASON_YEAR_RE)) add(m.index, m.index + m[0].length, { text: m[0], date: m.groups!['y']! });
  for (const m of sentence.matchAll(NAMED_EVENT_YEAR_RE)) {
    const at = m.index + m[0].indexOf(m.groups!['y']!);
    const end = m.index + m[0].length;
    add(at, end, { text: sentence.slice(at, end), date: m.groups!['y']! });
    // What happens then is the event itself when its clause says little more ("at the 1939 World's Fair in New York").
    const clause = whatHappens(sentence, at, end);
    if (!clause || clause.split(' ').length < 3) whatAt.set(at, sentence.slice(at + 5, end));
  }
  for (const m of sentence.matchAll(NAME_THEN_YEAR_RE)) {
    const at = m.index;
    const end = m.index + m[0].length;
    const name = m.groups!['name']!;
    // The shopping days after US Thanksgiving (the fourth Thursday of November) have a day of their year.
    const y = Number(m.groups!['y']);
    const shopping = /^(?:Black Friday|Cyber Monday)$/.test(name.replace(/\s/g, ' '));
    const day = new Date(Date.UTC(y, 10, 1 + ((4 - new Date(Date.UTC(y, 10, 1)).getUTCDay() + 7) % 7) + 21 + (name.startsWith('Black') ? 1 : 4)));
    add(at, end, { text: m[0], date: shopping ? fmt(y, day.getUTCMonth(), day.getUTCDate()) : String(y) });
    // What happens then is the event itself when its clause tells no deed ("back on Prime Day 2019", "I was at WWDC 2019").
    const clause = whatHappens(sentence, at, end);
    if (!clause || !clause.split(' ').some((w) => isVerbWord(w.toLowerCase()) && !/^(?:is|are|was|were|be|been|am)$/i.test(w))) whatAt.set(at, name.replace(/\s+/g, ' '));
  }
  for (const m of sentence.matchAll(YEAR_ATTRIBUTE_RE)) {
    const at = m.index + m[0].length - m.groups!['y']!.length - 1;
    add(at, at + 4, { text: m.groups!['y']!, date: m.groups!['y']! });
  }
  for (const m of sentence.matchAll(YEAR_ALONE_RE)) {
    const lead = m.groups!['lead']!;
    const keep = /(?:early|mid|late)[- ]$|^mid-/i.exec(lead);
    // "a total score of 2072" is a number, not a year.
    if (/^of\s/i.test(lead) && QUANTITY_OF.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "the Investment Company Act of 1940", "the Treaty of 1818": a year inside a name.
    if (/^of\s/i.test(lead) && /\b(?:Act|Acts|Law|Treaty|Accords?|Convention|Agreement|Protocol|Charter|Code)\s$/.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "the Class of 2020" names a cohort; "the best phones of 2019" ranks things, dating none.
    if (/^of\s/i.test(lead) && /\b[Cc]lass\s$/.test(sentence.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (/^(?:of|in)\s/i.test(lead) && RANKED_BEFORE.test(sentence.slice(Math.max(0, m.index - 60), m.index))) continue;
    // "the 2012 through 2015 design": a range of model years.
    if (MODEL_RANGE_BEFORE.test(sentence.slice(0, m.index + lead.length)) || (/\bthe\s$/.test(m[0].slice(0, -4)) && MODEL_RANGE_AFTER.test(sentence.slice(m.index + m[0].length)))) continue;
    // "someone from 2003 might look at them": a person of another age, imagined.
    if (/^from\s/i.test(lead) && /\b(?:someone|somebody|anyone|anybody|people|a\sperson|a\svisitor|a\stime[-\s]travell?er)\s$/i.test(sentence.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "more free today, in 2014, than …": the present restated by its year, no event.
    if (/^in\s/i.test(lead) && /\b(?:today|now|nowadays)\s*,\s*$/i.test(sentence.slice(0, m.index))) continue;
    let at = m.index + (keep ? lead.length - keep[0].length : lead.length);
    if (sentence.startsWith('the ', at)) at += 4;
    add(at, m.index + m[0].length, { text: sentence.slice(at, m.index + m[0].length), date: m.groups!['y']! });
  }
  const weekLog = (sentence.match(WEEKDAY_ENTRY) ?? []).length >= 2;
  if (published) {
    const weekdayOf = (name: string, at: number, end: number, ahead: boolean, rel?: string): void => {
      const wd = WEEKDAYS.indexOf(name.toLowerCase());
      let shift = weekdayShift(published.getUTCDay(), wd, ahead);
      // "last Tuesday" is the most recent Tuesday before publication (ANNOTATING.md; the annotated sets read "since last
      // Monday" on a Friday as that week's Monday, "last Friday" on a Tuesday as four days before) — never the day itself.
      if (rel === 'last' && shift === 0) shift -= 7;
      if (shift === 0 && rel && ahead) shift = 7;
      const d = new Date(published.getTime() + shift * 86_400_000);
      add(at, end, { text: sentence.slice(at, end), date: fmt(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) });
    };
    for (const m of sentence.matchAll(WEEKDAY_RE)) {
      // The most recent such weekday on or before publication (ANNOTATING.md), unless the clause looks
      // ahead ("will be away to West Ham on Saturday", "Lowe's reports earnings Wednesday"): then the
      // first on or after it. "last Tuesday" goes a week further when it is today, "next Thursday" is after publication.
      const rel = m[1]?.toLowerCase();
      // A weekday of a weekly thing ("the weekly Paris Roller events on Friday"): a habit, no day.
      const clauseStart = Math.max(...[',', ';', '(', '—', '–'].map((c) => sentence.lastIndexOf(c, m.index)));
      if (!rel && /\b(?:weekly|every\s+week|each\s+week)\b/i.test(sentence.slice(clauseStart + 1, m.index))) continue;
      // A weekday in a column's or a show's name ("Monday Moan – Let me delete …", "the column Friday Q&A", "Throwback
      // Thursday photos") names no day: it leaves its span empty so that no other reading comes back.
      if (!rel && columnName(sentence, m.index + m[0].indexOf(m[2]!), m.index + m[0].length)) {
        found.push({ at: m.index, end: m.index + m[0].length, fact: null });
        continue;
      }
      // A possessive weekday ("Monday's announcement", "Thursday night's fight") names a thing already done.
      const possessive = /^(?:\s(?:morning|afternoon|evening|night))?['’]s\b/.test(sentence.slice(m.index + m[0].length));
      // A thing from a weekday ("first up is a run from Sunday", "photos from Saturday") was done by then; not a start ("open from Monday to Friday").
      const from = /\b(?:[Aa]n?|[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hat|[Ss]ome)\s+(?:[a-z-]+\s+)?([a-z]+)\s+from\s+$/.exec(sentence.slice(0, m.index));
      const thingFrom = !rel && !!from && !isVerbWord(from[1]!) && !/^(?:starting|beginning|effective|open|available)$/.test(from[1]!) && !/^(?:\s(?:morning|afternoon|evening|night))?\s*(?:to|until|till|through|onwards?|on|-|–)(?:\s|$)/.test(sentence.slice(m.index + m[0].length));
      // An entry of a week's log ("Monday: Hands-on: … Wednesday: …"): a day gone by unless its own verb looks ahead ("Monday:
      // The Bachelor returns"; a title's capitalised words tell nothing), naming what its entry says.
      const entry = !rel && weekLog && sentence.startsWith(':', m.index + m[0].length);
      const entryRest = entry ? sentence.slice(m.index + m[0].length + 1) : '';
      const entryText = entry ? entryRest.slice(0, Math.max(0, entryRest.search(WEEK_ENTRY_STOP)) || entryRest.length) : '';
      const ahead = entry ? tenseAt(`${m[2]} ${entryText.replace(/\b\p{Lu}[\p{L}'’-]*/gu, '')}`, 0, m[2]!.length) === 'future' : (rel === 'next' || rel === 'this coming' || (!rel && !possessive && !thingFrom && ['future', 'unsure'].includes(tense(m.index, m.index + m[0].length) ?? '')));
      weekdayOf(m[2]!, rel ? m.index : m.index + m[0].indexOf(m[2]!), m.index + m[0].length, ahead, rel);
      if (entry) whatAt.set(m.index, whatOf(entryText.trim().split(/\s+/).slice(0, 8)));
    }
    // "on Black Friday", "until Cyber Monday": the shopping days after US Thanksgiving (the fourth Thursday of November) name a day
    // of their year, as a weekday does of its week; "Black Friday deals", "a strong Black Friday weekend" name the season's things.
    for (const m of sentence.matchAll(SHOPPING_DAY_RE)) {
      const rel = m.groups!['rel']?.toLowerCase();
      // A habit ("as is the case each and every year on Black Friday") or a supposition ("If you're hoping the price will drop on
      // Black Friday") names no day.
      if (habitual(sentence, m.index, m.index + m[0].length) || /\bif\b[^,;.]*$/i.test(sentence.slice(0, m.index))) continue;
      const after = m.groups!['day']!.startsWith('Black') ? 1 : 4;
      const on = (y: number): number => {
        const first = 1 + ((4 - new Date(Date.UTC(y, 10, 1)).getUTCDay() + 7) % 7);
        return Date.UTC(y, 10, first + 21 + after);
      };
      const t = published.getTime();
      const py = published.getUTCFullYear();
      const days = [on(py - 1), on(py), on(py + 1)];
      const dir = rel === 'last' ? 'past' : rel === 'next' ? 'future' : tense(m.index, m.index + m[0].length);
      // Looking back, the latest by publication ("last year" the year before's); ahead, the first from it; else, or within two weeks
      // of this season's day, the nearest ("expect record sales on Cyber Monday" four days after it).
      const nearest = days.reduce((a, b) => (Math.abs(b - t) < Math.abs(a - t) ? b : a));
      const lastYear = /\b(?:last\s+year|a\s+year\s+(?:ago|earlier))\b/i.test(sentence);
      const day = lastYear ? days.filter((d) => new Date(d).getUTCFullYear() === py - 1 && d <= t).pop()
        : dir === 'past' ? days.filter((d) => d <= t + 86_400_000).pop()
        : dir === 'future' && Math.abs(nearest - t) > 14 * 86_400_000 ? days.find((d) => d >= t - 86_400_000)
        : nearest;
      if (day === undefined) continue;
      const at = m.index + m[0].length - m.groups!['day']!.length - (rel ? rel.length + 1 : 0);
      const d = new Date(day);
      add(at, m.index + m[0].length, { text: sentence.slice(at, m.index + m[0].length), date: fmt(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) });
    }
    for (const m of sentence.matchAll(WEEKDAY_ATTRIBUTE_RE)) {
      const at = m.index + m[0].length - m[1]!.length;
      weekdayOf(m[1]!, at, at + m[1]!.length, ['future', 'unsure'].includes(tense(at, at + m[1]!.length) ?? ''));
      weekdayThings.add(at);
      // Its clause, then the thing: "wrote Fadem in a research report".
      const thing = /^[\w\s-]*/.exec(sentence.slice(at + m[1]!.length))![0].trim().split(/\s+/).slice(0, 4);
      const lead = m[0].slice(0, m[0].length - m[1]!.length).trim().split(/\s+/);
      whatAt.set(at, whatOf([...(whatHappens(sentence, m.index, at + m[1]!.length) ?? '').split(/\s+/).filter(Boolean).slice(-5), ...lead, ...thing]));
    }
    for (const m of sentence.matchAll(RELATIVE_RE)) {
      // Capitalised inside a sentence, it is a name: "USA Today", "The World of Tomorrow".
      // Set in capitals after a lower-case word, it is stressed: "The deal starts TODAY (right now)" (not "USA TODAY").
      const stressed = /^[A-Z]+(?:\s[A-Z]+)?$/.test(m[0]) && /\b[a-z][\w'’]*\s+$/.test(sentence.slice(0, m.index));
      if (/^[A-Z]/.test(m[0]) && /\p{L}/u.test(sentence.slice(0, m.index)) && !stressed) continue;
      if (PROMOTION.test(sentence)) continue;
      if (/^yesterday$/i.test(m[0]) && YESTERDAY_IDIOM_BEFORE.test(sentence.slice(0, m.index))) continue;
      // "Ten years ago today, the first article was posted": the day that many years (months, weeks) before this one.
      const ago = /^today$/i.test(m[0]) ? AGO_TODAY_BEFORE.exec(sentence.slice(0, m.index)) : null;
      if (ago) {
        const g = ago.groups!;
        const n = /^\d+$/.test(g['n']!) ? Number(g['n']) : /^an?$/i.test(g['n']!) ? 1 : AGO_COUNTS.indexOf(g['n']!.toLowerCase()) + 1;
        const unit = g['u']!.toLowerCase().replace(/s$/, '');
        const d = new Date(published.getTime());
        if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() - n);
        else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() - n);
        else d.setUTCDate(d.getUTCDate() - n * (unit === 'week' ? 7 : 1));
        add(ago.index, m.index + m[0].length, { text: sentence.slice(ago.index, m.index + m[0].length), date: fmt(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) });
        continue;
      }
      const eventOfDay = m[0] === 'today' && TODAY_EVENT_AFTER.test(sentence.slice(m.index + m[0].length));
      // A day asked about or supposed ("Can we do that tonight?", "if we could have won this game today") is no event;
      // nor is a writer's "Today, we're going to talk about …", the piece itself.
      if (/\?\W*$/.test(sentence) || /\bif\b[^,;.]*$/i.test(sentence.slice(0, m.index)) || (/^today$/i.test(m[0]) && DISCOURSE_AFTER.test(sentence.slice(m.index + m[0].length)))) continue;
      const clause = sentence.slice(Math.max(0, sentence.lastIndexOf(',', m.index) + 1, sentence.lastIndexOf(';', m.index) + 1), m.index);
      if (/^today$/i.test(m[0]) && (TODAY_PERSISTS.test(clause) || TODAY_STATE_BEFORE.test(clause))) continue;
      // "today" as the present age names no day (ANNOTATING.md): "today's landscape", "neon signs exist today",
      // "as it is today", "costs from $0.23/W today to $0.10 by 2030".
      // But "is today announcing" is a progressive with "today" inside it: the day's event.
      if (/^today$/i.test(m[0]) && !eventOfDay && ((NOWADAYS_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index)) && !PROGRESSIVE_AFTER_TODAY.test(sentence.slice(m.index + m[0].length))) || NOWADAYS_AFTER.test(sentence.slice(m.index + m[0].length)))) continue;
      // … and so does "today" with no event's verb: "Today, plague infections are rare", "the hottest gadget trends today"
      // (a day is named by "shares fell today", "launches today", "later today", "today (Nov. 18)").
      if (/^today$/i.test(m[0]) && !eventOfDay && !TODAY_ANCHORED.test(sentence.slice(Math.max(0, m.index - 12), m.index + m[0].length + 16)) && !todayHasEvent(sentence, m.index, m.index + m[0].length)) continue;
      const shift = RELATIVE_SHIFT[m[1]!.toLowerCase()] ?? 0;
      const d = new Date(published.getTime() + shift * 86_400_000);
      add(m.index, m.index + m[0].length, { text: m[0], date: fmt(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) });
    }
  }
  for (const f of found) if (f.fact && CORRECTION_BEFORE.test(sentence.slice(0, f.at))) whatAt.set(f.at, /^\W*clarif/i.test(sentence) ? 'clarification' : 'correction');
  const kept = found.filter((f): f is { at: number; end: number; fact: Found } => f.fact !== null).sort((a, b) => a.at - b.at);
  // A date in parentheses restating the one before it is one date: the written-out one, over the span of both.
  for (let i = kept.length - 1; i > 0; i--) {
    const [a, b] = [kept[i - 1]!, kept[i]!];
    if (!RESTATED_BETWEEN.test(sentence.slice(a.end, b.at)) || !/^\s?\)/.test(sentence.slice(b.end))) continue;
    const end = b.end + sentence.slice(b.end).indexOf(')') + 1;
    const fact = /\d/.test(a.fact.text) && !/\d/.test(b.fact.text) ? a.fact : b.fact;
    kept.splice(i - 1, 2, { at: a.at, end, fact: { ...fact, text: sentence.slice(a.at, end) } });
  }
  // A schedule's entry restates a day the story may have told already ("kicks off June 9" … "June 9 -- West Palm Beach").
  return kept
    .map((f) => ({ ...f.fact, what: withoutOtherDate(whatAt.has(f.at) ? whatAt.get(f.at)! : thingOfDay(sentence, f.at, f.end) ?? possessiveThing(sentence, f.at, f.end) ?? whatHappens(sentence, f.at, f.end), kept.filter((o) => o !== f).map((o) => o.fact.text)),
      // "the July 25 call", "a Nov. 5 letter" name a thing of a day already told; but a story's events mostly share a few
      // weekdays, so "a Tuesday research report" brings a new one in.
      reference: listed.has(f.at) || REFERENCE_AFTER.test(sentence.slice(f.end)) || (!weekdayThings.has(f.at) && DATE_ATTRIBUTE_BEFORE.test(sentence.slice(0, f.at)) && /^\s[a-z]/.test(sentence.slice(f.end))) || ('date' in f.fact && f.fact.date.length === 10 && namesThing(sentence.slice(0, f.at))) }));
}

/** `what` without another date of the sentence opening it ("announced on Wednesday a new plan to cut emissions by 2030": 2030's what is the plan, not "Wednesday a new plan"). */
// … nor closing on one, or on its start ("the commission said on Thursday" → not "commission said voting runs from Nov. 3").
function withoutOtherDate(what: string | null, others: readonly string[]): string | null {
  if (!what) return what;
  for (const o of others) if (what.startsWith(`${o} `)) return whatOf(what.slice(o.length + 1).split(/\s+/));
  for (const o of others) {
    const words = o.split(/\s+/);
    const head = words.slice(0, 2).join(' ');
    if (!what.includes(head)) continue;
    const at = new RegExp(`\\s(?:from|on|until|through|between)\\s${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').exec(what);
    // (only a date the what ends in: "following the 1987 share market crash" keeps its year)
    if (at && at.index > 0 && o.slice(head.length).trimStart().startsWith(what.slice(at.index + at[0].length).trim())) {
      const kept = what.slice(0, at.index).split(/\s+/);
      if (kept.length >= 2) return whatOf(kept);
    }
  }
  return what;
}

// Words that name a column, a show or a post series: "the column Friday Q&A", "his Monday Note newsletter".
const SERIES_NOUN = '(?:column|columns|show|series|segment|feature|podcast|newsletter|blog|post|posts|photos?|episode|edition|roundup|round-up|thread|hashtag)';
const SERIES_BEFORE = new RegExp(`\\b${SERIES_NOUN}\\s+$`, 'i');
const SERIES_AFTER = new RegExp(`^\\s+[A-Z][\\w&'’-]*(?:\\s[A-Z][\\w&'’-]*)?\\s+${SERIES_NOUN}\\b`);
/**
 * Whether the weekday at [at, end) opens or closes a name: a capitalised word alongside it that repeats its first letter (a
 * column's or a hashtag's alliteration: "Monday Moan", "Throwback Thursday", "Friday Five"), not followed by a verb ("Microsoft
 * Monday announced" is a day); a capitalised word after it with a series' noun before or after ("the column Friday Q&A", "his
 * Monday Note column"); or a title opening the line ("Friday Q&A 2012-01-13: …").
 */
function columnName(sentence: string, at: number, end: number): boolean {
  const day = sentence.slice(at, end);
  const before = sentence.slice(0, at);
  const after = sentence.slice(end);
  const next = /^\s([A-Z][\w&'’-]*)/.exec(after)?.[1];
  const prev = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]*)\s$/u.exec(before)?.[1];
  const isCalendar = (w: string): boolean => isCalendarWord(w.replace(/['’]s$/, ''));
  // A name opens the line or follows a determiner ("a Throwback Thursday photo", "this week's Friday Five"), not a
  // preposition or a verb ("posted on Twitter Tuesday", "on Friday Facebook said").
  const nameLead = (text: string): boolean => /^\W*$|\b(?:a|an|the|this|that|my|our|his|her|their|its|your|weekly|every|each|latest|\w+['’]s)\s+$/i.test(text);
  // … and ends on a stop, a dash or a noun it names ("Monday Moan – …", "Throwback Thursday photos"), not on a verb or a name
  // ("Monday Microsoft CEO Satya Nadella said").
  const nameEnd = (rest: string): boolean => {
    if (/^\s*(?:[-–—!?.,;]|$)/.test(rest)) return true;
    const w = /^\s+([a-z][\w'’-]*)/.exec(rest)?.[1];
    return !!w && !isVerbWord(w) && !/^[a-z]{3,}(?:ed|s)$/.test(w) && !/^(?:to|and|or|but|that|which|who|at|in|on|for|with|from|by)$/.test(w);
  };
  // … or goes on to say what series it names ("Monday Moan is our weekly column").
  const seriesSaid = new RegExp(`^\\s+(?:is|was|,)\\s+(?:[\\w'’-]+\\s+){0,3}${SERIES_NOUN}\\b`, 'i');
  if (next && !isCalendar(next) && next[0] === day[0] && nameLead(before) && (nameEnd(after.slice(1 + next.length)) || /^\s*:/.test(after.slice(1 + next.length)) || seriesSaid.test(after.slice(1 + next.length)))) return true;
  if (prev && !isCalendar(prev) && prev[0] === day[0] && nameLead(before.slice(0, before.length - prev.length - 1)) && nameEnd(after)) return true;
  if (next && !isCalendar(next) && (SERIES_BEFORE.test(before) || SERIES_AFTER.test(after))) return true;
  return !!next && !isCalendar(next) && /^\W*$/.test(before) && new RegExp(`^\\s${next.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(?:[-–—:]|\\d{4}-\\d{2}-\\d{2})`).test(after);
}

// "The day before, Portugal made it", "resigned the next day.": the day next to a day the story just named. Only when the phrase
// stands alone ("the day after Thanksgiving", "the day before the vote" count from another event, which may be undated).
// "at an event in Leuven, Belgium, the previous evening": the day before too.
// "(official announcement 2 days later)", "Three days earlier, …": that many days from it.
const NEIGHBOUR_DAY_RE = new RegExp(`\\b(?:[Tt]he\\s(?:day\\s(?<dir>before|after)|(?<next>next|following)\\sday|(?<prev>previous|preceding)\\s(?:day|evening|night|morning|afternoon))|(?<n>[2-9]|1[0-4]|${AGO_COUNTS.slice(1, 14).join('|')})\\sdays\\s(?<far>later|earlier))(?=\\s*[,.;:)—–]|\\s(?:and|but|when|as)\\b)`, 'gi');

/**
 * "the day before" / "the day after" / "the next day" in `sentence`, resolved from `anchor` (YYYY-MM-DD: the last day
 * the sentence before named; a day named earlier in the same sentence comes first).
 */
export function neighbourDays(sentence: string, anchor: string | null, own: readonly SentenceDate[] = []): SentenceDate[] {
  const out: SentenceDate[] = [];
  if (!/\b(?:day|Day|days|previous|preceding)\b/.test(sentence)) return out;
  for (const m of sentence.matchAll(NEIGHBOUR_DAY_RE)) {
    const earlier = own.filter((d): d is { text: string; date: string; what: string | null } => 'date' in d && d.date.length === 10 && sentence.indexOf(d.text) >= 0 && sentence.indexOf(d.text) < m.index).pop()?.date;
    const base = earlier ?? anchor;
    if (!base) continue;
    const g = m.groups!;
    const n = !g['n'] ? 1 : /^\d+$/.test(g['n']) ? Number(g['n']) : AGO_COUNTS.indexOf(g['n'].toLowerCase()) + 1;
    const shift = (g['dir'] === 'before' || g['prev'] || /^earlier$/i.test(g['far'] ?? '') ? -1 : 1) * n;
    const d = new Date(Date.parse(`${base}T00:00:00Z`) + shift * 86_400_000);
    // A sentence the splitter left joined to the one before ("… to win Group D. The day before, Portugal …") tells its event after.
    const opens = /[.!?]["”’]?\s+$/.test(sentence.slice(0, m.index));
    const what = opens ? whatHappens(sentence.slice(m.index), 0, m[0].length) : whatHappens(sentence, m.index, m.index + m[0].length);
    out.push({ text: m[0], date: fmt(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), what });
  }
  return out;
}

/** The span of the quotation around `at` ("“The plate is really full today,” he said." → the quoted words), else the sentence. */
export function quotationAround(sentence: string, at: number): [number, number] {
  const open = sentence.lastIndexOf('“', at);
  if (open >= 0 && open > sentence.lastIndexOf('”', at)) {
    const close = sentence.indexOf('”', at);
    return [open + 1, close >= 0 ? close : sentence.length];
  }
  // A quotation opened in a sentence before: "Matt has my Complete Endorsement. GET OUT and VOTE on November 5th!”"
  const closing = sentence.indexOf('”', at);
  if (open < 0 && closing >= 0) return [0, closing];
  const straight = sentence.slice(0, at).split('"').length - 1;
  if (straight % 2 === 1) {
    const close = sentence.indexOf('"', at);
    return [sentence.lastIndexOf('"', at) + 1, close >= 0 ? close : sentence.length];
  }
  return [0, sentence.length];
}

const TODAY_CLAUSE_EDGE = /[,;:()—–]|\s-\s/g;

/**
 * Whether "today" at [at, end) dates an event: an event's verb in its own clause ("Clarke said in a telecon with reporters
 * today", "it takes today to get"), or, when "today" stands in a leading phrase with no verb, in the clause right after it
 * ("With no significant data releases in Asia today, attention will remain focused …"). A verb outside its quotation ("“The
 * plate is really full today,” he said") or past an apposition ("technology that helped create …, one of the hottest gadget
 * trends today") is not its own.
 */
function todayHasEvent(sentence: string, at: number, end: number): boolean {
  const [qlo, qhi] = quotationAround(sentence, at);
  const span = sentence.slice(qlo, qhi);
  const a = at - qlo;
  const b = end - qlo;
  let lo = 0;
  let hi = span.length;
  let next = span.length;
  const commas: number[] = [];
  for (const m of span.matchAll(TODAY_CLAUSE_EDGE)) {
    if (m.index + m[0].length <= a) {
      lo = m.index + m[0].length;
      commas.push(m[0] === ',' ? lo : -1);
    } else if (m.index >= b && hi === span.length) hi = m.index;
    else if (m.index > hi && next === span.length) next = m.index;
  }
  const hasVerb = (clause: string): boolean => (clause.toLowerCase().match(/[a-z’']+/g) ?? []).some(isVerbWord);
  // The last item of a list ("is launching an app for the iPhone, iPad and iPod Touch today") stands in the clause of its
  // first: the list's commas part no clauses, so the clause runs back over verbless items to the verb's.
  if (/\w\s+(?:and|or)\s+\S/.test(span.slice(lo, a)) && !hasVerb(span.slice(lo, b))) {
    for (let i = commas.length - 1; i >= 0 && commas[i]! >= 0; i--) {
      const start = i > 0 ? Math.max(commas[i - 1]!, 0) : 0;
      const item = span.slice(start, commas[i]! - 1);
      lo = start;
      if (hasVerb(item) || i === 0 || commas[i - 1]! < 0) break;
    }
  }
  const progressive = (clause: string): boolean => TODAY_PROGRESSIVE.test(clause) && !TODAY_TREND.test(clause);
  // A relative clause holding "today" ("products that you can effectively take home today", "the only company that offers
  // Cycling Dynamics today", "the firmware that I just got today") is dated by its own verb alone: a present state or a
  // modal in it names no day, whatever the verb of the clause it hangs on ("We'll start with …").
  const rel = [...span.slice(lo, a).matchAll(/\b(?:that|which|who)\s+/gi)].pop();
  if (rel) {
    const from = lo + rel.index + rel[0].length;
    const inner = span.slice(from, hi);
    if (hasVerb(span.slice(from, a)) || /^[a-z]{3,}s\s/.test(inner)) {
      const t = tenseAt(inner, a - from, b - from, { stative: false });
      return t === 'past' || t === 'future' || progressive(inner);
    }
  }
  const own = tenseAt(span.slice(lo, hi), a - lo, b - lo, { stative: false });
  if (own === 'past' || own === 'future') return true;
  if (progressive(span.slice(lo, hi))) return true;
  const verbless = !hasVerb(span.slice(lo, hi));
  if (!verbless || /\p{L}/u.test(span.slice(0, lo))) return false;
  return ['past', 'future'].includes(tenseAt(span.slice(0, next), a, b, { stative: false }) ?? '') || progressive(span.slice(hi, next));
}

// A habit names no date: "wheat is typically sown mid-November", "cities are generally warmest in February".
// So does the present of a climate or a calendar: "cities are warmest in January", "the snow season is early June until early October".
const HABITUAL = /\b(?:typically|usually|generally|normally|often|always|traditionally|annually|customarily|every\s+(?:year|spring|summer|autumn|fall|winter)|each\s+year)\b|\b(?:is|are)\s+(?:the\s+)?(?:[a-z]+est|most\s+[a-z]+|least\s+[a-z]+)\b(?:\s+[a-z]+){0,2}\s+(?:in|during|from|between)\s+(?:(?:early|mid|late)[- ])?(?:the\s+)?[A-Z][a-z]+\b|\bseasons?\s+(?:is|are|runs?|lasts?)\b/i;

const CALENDAR_RULE_BEFORE = /\b(?:first|second|third|fourth|final|last)\s+(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\s+(?:in|of)\s+$/i;

/** Whether the clause around [at, end) tells of a habit. */
function habitual(sentence: string, at: number, end: number): boolean {
  const lo = Math.max(sentence.lastIndexOf(',', at), sentence.lastIndexOf(';', at)) + 1;
  const stops = [sentence.indexOf(',', end), sentence.indexOf(';', end)].filter((i) => i >= 0);
  return HABITUAL.test(sentence.slice(lo, stops.length ? Math.min(...stops) : sentence.length));
}

/**
 * The year of a month named alone: "next April", "last May" by the lead; otherwise by the tense of
 * its clause — looking back, the latest such month up to publication's; looking ahead, the first from
 * publication's on; unknown, within six months of publication leaning to the past.
 */
export function resolveMonthYear(mon: number, published: Date | null, lead: string, tense: Tense): number | null {
  if (!published) return null;
  const py = published.getUTCFullYear();
  const pm = published.getUTCMonth();
  if (/\bnext\b/i.test(lead)) return mon > pm ? py : py + 1;
  if (/\blast\b/i.test(lead)) return mon < pm ? py : py - 1;
  if (/\bpast\b/i.test(lead)) return mon <= pm ? py : py - 1;
  if (tense === 'past') return mon <= pm ? py : py - 1;
  if (tense === 'future') return mon >= pm ? py : py + 1;
  // Unknown: within about three months ahead or nine behind ("return it by January" in a November story is next January).
  return mon - pm > 2 ? py - 1 : mon - pm < -8 ? py + 1 : py;
}

// An opening quotation mark starts a clause too: 'An anonymous reader writes "On Friday, Chrome 33 was shipped …' — the
// lead-in before it tells no event of the quotation.
const CLAUSE_BREAK = /,(?!\d)|:(?!\d{2}\b)|[;()—–]|\s-\s|\b(?:and|but|while|whereas|although)\s|(?<=\b(?:writes|wrote|said|says|adds|added|explains|explained|told\s\w+)[:,]?\s)["“]/g;
// A what never ends on a function word ("on a deal on").
const WHAT_TRIM_END = /(?:^|\s+)(?:and|or|but|on|in|at|by|since|from|until|till|through|starting|beginning|before|after|as of|of|for|to|during|between|the|a|an|its|their|his|her|our|this past|this|last|next|early|late|mid|around|about|that|until|effective|as early as|as recently as|no later than|as soon as|with|into)$/i;
// … nor on an auxiliary ("Many parts of the globe may", "… has"); trimmed from the what itself only, since a clause's
// words ending on one ("the firm has this week raised") join the verb after the date.
const AUX_END = /\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|be|been)$/i;
const WHAT_TRIM_START = /^(?:that|and|but|which|who|when|where|as|so|then|also|because|while|since|after|before|until|on|in|at|by|said|says|the|a|an)\s+/i;

/** What a schedule's entry names: the words after its dash, up to the next entry's date ("Coral Sky Amphitheatre, West Palm Beach, FL"). */
function listingEntry(after: string): string | null {
  const text = after.replace(LISTING_AFTER, '');
  const next = new RegExp(ONE, 'g').exec(text);
  return whatOf(text.slice(0, next ? next.index : text.length).trim().split(/\s+/).slice(0, 8));
}

const THING_STOP = /^(?:when|that|which|who|whom|whose|where|while|and|or|but|after|before|as|because|if|since|until|was|were|is|are|will|would|has|had|have|said|says|here|there|I|I[’']\w+|we|you|he|she|they|it)$/i;
const MEASURE_OF_TIME = /^(?:levels?|highs?|lows?|peaks?|averages?|rates?|totals?|figures?|numbers?|quarter|half|period|pace|values?|prices?)$/i;
const NOT_A_THING = /^(?:and|or|to|through|until|till|of|in|at|on|for|by|from|with|is|was|were|are|will|would|has|had|have|be|-|–|—)$/i;

/**
 * What a date names when it stands before a noun as its attribute ("a July 10 meeting at the White House when …",
 * "Mr. Trump's Oct. 11 announcement", "the Nittany Lions' Nov. 9 loss at Minnesota", "a 2018 survey by …"): the thing
 * itself, up to the clause's next break or relative word; null when the date is no attribute.
 */
function thingOfDay(sentence: string, at: number, end: number): string | null {
  const before = sentence.slice(0, at);
  if (!DATE_ATTRIBUTE_BEFORE.test(before) && !/\ws['’]\s$/.test(before)) return null;
  const after = sentence.slice(end);
  const clause = after.slice(0, after.search(/[,;:()—–[]|\s--?\s|$/u)).trim().split(/\s+/).filter(Boolean);
  if (!clause.length || NOT_A_THING.test(clause[0]!) || !/^\p{L}/u.test(clause[0]!)) return null;
  // A word's stop is no part of it ("open thread here.").
  const stop = clause.findIndex((w, i) => i > 0 && THING_STOP.test(w.replace(/[.!?]+$/, '')));
  const thing = whatOf(clause.slice(0, stop < 0 ? 7 : Math.min(stop, 7)));
  // "its 2019 level", "the March high", "the December 2014 quarter": a measure or a period the clause compares, no event.
  return thing && MEASURE_OF_TIME.test(thing) ? null : thing;
}

// A preposition before a possessive date: "during Tuesday's debate", "in Tuesday night's coup", "from today's iOS update".
const POSSESSIVE_LEAD = /\b(?:in|at|on|during|after|before|from|to|since|following|of|for|into|with|amid|ahead\s+of|until|over|about|around)\s+(?:(?:last|next|this)\s+)?$/i;
// … or a reporting verb whose clause the day's thing opens ("The network said today's episode would be repeated on Saturday").
const POSSESSIVE_REPORTED = /\b(?:said|says|announced|reported|confirmed|added|that)\s+(?:(?:last|next|this)\s+)?$/i;
const POSSESSIVE_AFTER = /^(?:\s(?:morning|afternoon|evening|night))?['’]s\s+/;

/**
 * What a possessive date names inside a phrase ("posted tweets during Tuesday's debate", "fled after their homes were attacked in
 * Tuesday night's coup", "will come down to next March's Euro 2020 playoffs"): the thing of that day, not the clause around it,
 * which tells of another time. A possessive date opening its clause ("Yesterday's announcement sent shares up") is left to the clause.
 */
function possessiveThing(sentence: string, at: number, end: number): string | null {
  const own = POSSESSIVE_AFTER.exec(sentence.slice(end));
  const reported = !!own && POSSESSIVE_REPORTED.test(sentence.slice(0, at));
  if (!own || (!reported && !POSSESSIVE_LEAD.test(sentence.slice(0, at)))) return null;
  const clause = sentence.slice(end + own[0].length).split(/[,;:()—–]|\s-\s/)[0]!.trim().split(/\s+/).filter(Boolean);
  const stop = clause.findIndex((w, i) => i > 0 && (THING_STOP.test(w) || PHRASE_END.test(w) || isVerbWord(w.toLowerCase())));
  // A verb after the thing makes the phrase its subject's ("Bidding in today's auction closed at $4.2 million"): the clause tells the day's event.
  if (!reported && stop > 0 && stop < 5 && isVerbWord(clause[stop]!.toLowerCase()) && !/^(?:that|which|who)$/i.test(clause[stop]!)) return null;
  const thing = whatOf(clause.slice(0, stop < 0 ? 5 : Math.min(stop, 5)));
  return thing && !MEASURE_OF_TIME.test(thing) && !/^(?:close|closing|open|opening|settle|settlement|finish)$/i.test(thing) ? thing : null;
}

// A sentence's opening phrase that is no subject: "In the meantime, …", "After the merger, …", "However, …".
// A clause opening on the verb of saying (WHAT_TRIM_START trims it away).
const SAYING_OPENING = /^\s*(?:said|says|told|tells)\s/i;
const ADVERBIAL_OPENING = /^\W*(?:In|On|At|For|After|Before|During|With|Without|From|By|Since|Until|As|When|While|If|Though|Although|But|And|So|Yet|Meanwhile|However|Still|Also|Then|Now|Today|Instead|Later|Earlier|Once|Under|Over|Despite|Amid|Like|Unlike|According)\b/;
const PERIOD_ENDED_BEFORE = /\b(?:its|the|their|a|our)\s((?:[\w-]+\s){0,3}?(?:quarter|year|period|half|months?|weeks?))\s(ended|ending|through)\s*(?:on\s)?$/i;
const DISCOURSE_ASIDE = /^,\s(?:though|however|too|also|meanwhile|then|instead|still|again|moreover|indeed|nevertheless|nonetheless|therefore|thus|in fact|of course|for example|for instance),\s/i;

/** A few words of the date's clause saying what happens then ("Alibaba is barring its employees from using Claude Code starting July 10" → "barring its employees from using Claude Code"). */
export function whatHappens(sentence: string, at: number, end: number): string | null {
  // The weekday naming a full date's day belongs to it: "The screening is Sunday, June 4 at 5 pm".
  const dayName = /\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s+$/.exec(sentence.slice(0, at));
  if (dayName) at = dayName.index;
  // "back in March", "Today only": words of the date's own phrase, no part of what happens then.
  // ("coming back in 2020", "bring it back in May": the verb's particle stays.)
  const back = /(?:^|\s)(?<prev>[\w'’-]+\s+)?\bback\s+(?:(?:in|on|at|during|around)\s+)?$/i.exec(sentence.slice(0, at));
  const prev = back?.groups?.['prev']?.trim().toLowerCase() ?? '';
  if (back && !isVerbWord(prev) && !/ing$/.test(prev) && !PHRASAL_BACK.test(prev) && !/^(?:it|them|him|her|us|me|you|this|that)$/.test(prev)) at = back.index + back[0].search(/back/i);
  const only = /^\s+only\b/i.exec(sentence.slice(end));
  if (only) end += only[0].length;
  const listed = appositiveWhat(sentence, at, end);
  if (listed) return listed;
  let what = clauseWhat(sentence, at, end);
  // A relative clause's verb with no subject ("Police said the suspect, who was arrested Saturday in Ohio, will …" → "was arrested";
  // "Snapchat, which was founded in 2011 by …"): the noun it hangs on is the subject ("suspect was arrested", "Snapchat was founded").
  const verbFirst = what?.split(' ')[0]?.toLowerCase() ?? '';
  const relative = what && (AUX_VERB.test(verbFirst) || isVerbWord(verbFirst)) ? RELATIVE_BEFORE.exec(sentence.slice(0, at)) : null;
  if (relative) {
    // (past a reporting verb: "Police said the suspect"; never a firm's suffix alone: "U.S. Games Systems, Inc., which …")
    const words = relative[1]!.split(/\s+/).filter(Boolean);
    const noun = words.slice(words.findLastIndex((w) => /^(?:said|says|told|that)$/i.test(w)) + 1);
    if (noun.length && noun.length <= 5 && !noun.some((w) => isVerbWord(w.toLowerCase())) && !/^(?:Inc|Ltd|Co|Corp|LLC|Plc|Jr|Sr)\.?$/.test(noun.join(' '))) what = whatOf([...noun.filter((w, i) => i > 0 || !/^(?:the|a|an)$/i.test(w)), what!]);
  }
  // A place alone ("November 14th - 15th 2017 in London, England") says where, not what: the clause before the date says what.
  if (what && PLACE_ONLY.test(what) && /^\s*(?:in|at|near|outside)\s+\p{Lu}/u.test(sentence.slice(end)) && !sentence.slice(0, at).includes(what)) {
    const lo = Math.max(...[',', ';', ':', '(', '—', '–'].map((c) => sentence.lastIndexOf(c, at)));
    const before = sentence.slice(0, Math.max(lo, 0)).replace(/^[\s"“”'‘’]+/u, '').split(/\s+/).filter(Boolean);
    if (lo > 0 && before.length >= 3) return whatOf(before.slice(-7));
  }
  return what;
}
// The noun a relative clause holding the date hangs on, after a clause's start or a reporting verb: "Police said the suspect, who …".
const RELATIVE_BEFORE = /(?:^|[,;:]\s+|\b(?:said|says|told)\s+)((?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+)?[^,;:()"“”\s][^,;:()"“”]{1,40}?),\s+(?:which|who)\s+[^,;:()"“”—–]*$/u;
const PHRASAL_BACK = /^(?:come|comes|go|goes|get|gets|bring|brings|pay|pays|set|sets|cut|cuts|hold|holds|put|puts|give|gives|take|takes|turn|turns|look|looks|fight|fights|push|pushes|roll|rolls|scale|scales|step|steps|move|moves|bounce|bounces|call|calls|write|writes|send|sends|head|heads|date|dates|trace|traces|be|is|are|was|were|been|came|went|got|brought|paid|held|gave|took|fought|sent|wrote)$/;
const PLACE_ONLY = /^(?:\p{Lu}[\p{L}.'’-]*,?\s?){1,4}$/u;
// A date's place after it: "at Riveredge in Chesapeake City, MD", "in Gladstone, NJ".
const PLACE_AFTER = /^(?:\s*,?\s*(?:at|in|near|outside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*,?\s*){1,5})*/u;
// What opens an item of a list, no part of it: "and special evening reception/lecture".
const ITEM_LEAD = /^\s*(?:and|or|plus|then|also)\s+/i;

/**
 * The what of a date set off by commas after the thing it dates ("VIP meet-and-greet cocktail hour, Oct. 26, and special evening
 * reception/lecture, Oct. 27."; "ATTEND a two-day symposium with …, Oct. 28–29, at Riveredge in Chesapeake City, MD."): the
 * stretch before the comma, not the next item nor the place. Only when nothing but a place follows the date up to the next item
 * or the sentence's end ("Born in Chicago, Oct. 26, 1950, he studied …" opens a clause).
 */
function appositiveWhat(sentence: string, at: number, end: number): string | null {
  const before = sentence.slice(0, at);
  if (!/\S\s*,\s*$/.test(before)) return null;
  const rest = sentence.slice(end).slice(PLACE_AFTER.exec(sentence.slice(end))![0].length);
  if (!/^\s*(?:$|[.;!?]|,\s*(?:and|or|plus)\s|,?\s*[;:]\s)/i.test(rest)) return null;
  const head = before.replace(/\s*,\s*$/, '');
  const lo = Math.max(...[',', ';', ':', '(', '—', '–', '“', '"'].map((c) => head.lastIndexOf(c)), head.search(/[.!?]\s+\S*$/));
  // An opening clause with a subordinator or a sentence's dateline ("After the vote, …") is no thing dated.
  const w = head.slice(lo + 1).replace(ITEM_LEAD, '').replace(/^[\s"“”'‘’]+/u, '').split(/\s+/).filter(Boolean);
  if (w.length < 2 || SUBORDINATOR.test(w[0]!) || /^(?:in|on|at|by|from|since|during|as|of|for)$/i.test(w[0]!)) return null;
  const lower = w.map((x) => x.toLowerCase());
  // A thing named in the stretch: a verb's phrase when it has one ("ATTEND a two-day symposium"), else its last words.
  const v = lower.findIndex((x, i) => i <= 3 && ((isVerbWord(x) && !AUX_VERB.test(x)) || (i === 0 && /^\p{Lu}{3,}$/u.test(w[0]!))));
  // … its last words unless they cut into a coordination ("with … Steffen Peters and internationally respected dressage trainer Scott Hassler").
  if (v >= 0 && w.length > 7 && w.slice(-7).some((x) => /^(?:and|or)$/i.test(x))) return whatOf(verbPhrase(w, v));
  return whatOf(w.slice(-7));
}

function clauseWhat(sentence: string, at: number, end: number): string | null {
  // A reference mark after a stop ends a sentence the splitter left joined ("… its self-governing status.[55] In 1947 the
  // country adopted …"): the date's own sentence says what happens then.
  for (const m of sentence.matchAll(REFERENCE_STOP)) {
    const cut = m.index + m[0].length;
    if (cut <= at) return whatHappens(sentence.slice(cut), at - cut, end - cut);
    if (m.index >= end) return whatHappens(sentence.slice(0, m.index + 1), at, end);
  }
  // An embedded post's signature line: "— Robert Maguire (@RobertMaguire_) November 18, 2019".
  const post = /^\s*[—–-]\s*(.+?)\s*\(@\w+\)\s*$/u.exec(sentence.slice(0, at));
  if (post) return `${post[1]} post`;
  // A date alone in parentheses ("the annual 10K run is held much later (Dec 17th), so …") dates the clause before them.
  const open = /\(\s*$/.exec(sentence.slice(0, at));
  const close = /^\s*\)/.exec(sentence.slice(end));
  // Not when that clause has no verb ("In the last few weeks (Oct 2017) they sent out notice"): the clause after says what.
  const lead = sentence.slice(0, open?.index ?? 0).split(/[,;:—–]|\s-\s/).pop() ?? '';
  if (open && close && (lead.toLowerCase().match(/[a-z’']+/g) ?? []).some(isVerbWord)) return whatHappens(sentence, open.index, end + close[0].length);
  // … or the thing a verbless noun phrase before them names ("features the Grand Prix, a family fun day (Oct. 13) and …").
  if (open && close && /^\s*(?:and\s+)?(?:an?|the)\s+\S+/i.test(lead)) return whatOf(lead.trim().split(/\s+/).slice(-7));
  let lo = 0;
  const starts: number[] = []; // the starts of the clauses before the date's own
  let hi = sentence.length;
  let next = sentence.length; // the end of the clause after the date's own
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= at) {
      starts.push(lo);
      lo = m.index + m[0].length;
    } else if (m.index >= end && hi === sentence.length) hi = m.index;
    else if (m.index > hi && next === sentence.length && sentence.slice(hi, m.index).trim().length > 1) next = m.index;
  }
  // (`keepOpening`: the clause's opening words stay — a reporting verb and its place, "said in a tweet")
  const tidyWords = (t: string, keepOpening = false): string => {
    // A reference mark opens no what: "(now Spark) in 2011,[242] still owns the majority".
    let s = t.replace(/[\s"“”'‘’.!?(]+$/u, '').replace(/^['’]s\s/u, '').replace(/^[\s"“”'‘’,;:—–)-]+/u, '').replace(/^(?:\[\d+\]\s*)+/, '').trim();
    for (let i = 0; i < 4; i++) s = keepOpening ? s.replace(WHAT_TRIM_END, '') : s.replace(WHAT_TRIM_END, '').replace(WHAT_TRIM_START, '');
    return s;
  };
  const words = (t: string, keepOpening = false): string[] => tidyWords(t, keepOpening).split(/\s+/).filter(Boolean);
  // A thing done on the date by someone named after it ("the Arab League condemned the unilateral move announced on Monday by US
  // Secretary of State Mike Pompeo"): the agent, the participle and the thing, not the clause it hangs on.
  const agent = /^\s+by\s+(?:(?:the|a|an)\s+)?((?:[A-Z][\w'’-]*(?:\.(?=\w|\s[A-Z]))?[\w'’-]*\s?(?:of\s)?){1,7})(?=[,;.)]|\s+[a-z]|$)/.exec(sentence.slice(end));
  // ("The bill, introduced in March by Rep. Jane Smith, passed …": the participle set off by a comma after its noun too.)
  const done = agent ? /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)\s+((?:[\w-]+\s+){0,2}?[\w-]+,?\s+|)([a-z]{3,}ed)\s+(?:on\s+|in\s+|at\s+)?$/.exec(sentence.slice(0, at)) : null;
  if (done) done[1] = done[1]!.replace(/,/g, '');
  if (agent && done && !done[1]!.trim().split(/\s+/).some((w) => isVerbWord(w.toLowerCase()))) {
    // The agent's name, not its title ("US Secretary of State Mike Pompeo" → "Mike Pompeo").
    // (a title written short goes: "Rep. Jane Smith" → "Jane Smith")
    const name = agent[1]!.trim().split(/\s+/).filter((w, i, all) => i === all.length - 1 || !abbreviationDot(w) || w.length > 5);
    const afterOf = name.slice(name.lastIndexOf('of') + 1);
    return whatOf([...(name.includes('of') && afterOf.length >= 3 ? afterOf.slice(-2) : afterOf.slice(-4)), done[2]!, ...done[1]!.trim().split(/\s+/).filter(Boolean)]);
  }
  // "at his home in the early hours of Wednesday": the part of the day belongs to the date, not to what happens then.
  // … and so does a clock time just before it ("grabbed the girl at 6:38 p.m. on May 18").
  let beforeWords = words(sentence.slice(lo, at).replace(PART_OF_DAY_OF, '').replace(/\s*(?:\b(?:at|around|about|by|from|until)\s+)?\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s*(?:(?:on|of)\s*)?$/i, ' '));
  // An "and" joining two names ("will launch on iPhone and iPad on December 15", "King and Weeks were abducted … in August 2016") parts no
  // clauses: the words before it, back to the clause's start, are the date's too when those after it have no verb and the clause
  // before it has one, or when the name before it stands alone at the sentence's start.
  if (starts.length >= 1 && /[^,]\s+and\s+$/.test(sentence.slice(0, lo)) && beforeWords.length >= 1 && beforeWords.length <= 4) {
    const prev = words(sentence.slice(starts[starts.length - 1]!, lo).replace(/\s*\band\s*$/, ''));
    const joined = words(sentence.slice(starts[starts.length - 1]!, at).replace(PART_OF_DAY_OF, ''));
    const hasVerb = (ws: readonly string[]): boolean => ws.some((w) => isVerbWord(w.toLowerCase()));
    // (A clause before dated apart keeps its own: "prohibited nursery sowing before May 10 and transplanting before June 10".)
    const dated = MAY_HAVE_DATE.test(prev.join(' ')) && findDates(prev.join(' '), new Date(0)).length > 0;
    if (!hasVerb(beforeWords) && clauseVerb(prev, true) >= 0 && prev.length <= 7 && !dated && !hasStop(sentence.slice(starts[starts.length - 1]!, at))) {
      beforeWords = joined;
      lo = starts.pop()!;
    }
  }
  // "This was late last September and Rudovsky had been invited …": a pronoun and its copula tell no event; the next clause does.
  if (EMPTY_SUBJECT.test(beforeWords.join(' '))) beforeWords = [];
  // A clock time after the date tells when in the day, not what ("June 4 at 5 pm").
  let afterWords = words(sentence.slice(end, hi).replace(/^\s*(?:morning|afternoon|evening|night)\b/i, '').replace(/^\s*(?:at|from|around|by)?\s*\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?=\s|$)/i, ''));
  // "since last Monday when attackers struck …", "as recently as May when it launched …": the "when" clause tells what happened then.
  const when = WHEN_AFTER.exec(sentence.slice(end));
  if (when) {
    const clause = words(when[1]!);
    if (clause.length >= 2 && clause.some((w) => isVerbWord(w.toLowerCase()))) return whatOf(clause.slice(0, 7));
  }
  // A clause that only points ahead ("On Wednesday night I know where I'll be — playing keyboard …", "Here's what happens on
  // Monday: the polls open"): what follows the dash or the colon says what happens then.
  if (/^\s*(?:[—–:]|\s-\s)/.test(sentence.slice(hi)) && /^(?:(?:here|this)['’]?s?\s+|(?:I|we|you)\s+(?:know|see|wonder)\s+)?(?:where|what|how)\b(?:\s+[\w'’]+){0,4}\s+(?:be|do|happens?|going)$/i.test([...beforeWords, ...afterWords].join(' '))) {
    const rest = words(sentence.slice(hi).replace(/^\s*(?:[—–:]|-)\s*/, '').split(/[,;:()—–]|\s-\s/)[0]!);
    if (rest.length >= 2) return whatOf(rest.slice(0, 8));
  }
  // A date after a reporting verb ("GM said on Tuesday it had hired Anton Valukas to lead …", "the company announced on Thursday
  // that it would cut 2,000 jobs", "said Wednesday at a news conference that …"): the saying is dated, but what it says is the
  // news — the speaker, the verb and the reported clause's core ("GM said it had hired Anton Valukas").
  // … and a date between the speaker and the verb ("Facebook on Friday said it would ban the ads").
  const verbNext = /^\s+([a-z]+)\b/.exec(sentence.slice(end, hi));
  const reported = verbNext && REPORTING_VERB.test(verbNext[1]!) && beforeWords.length && !beforeWords.some((w) => isVerbWord(w.toLowerCase()))
    ? reportedWhat([...beforeWords, verbNext[1]!], sentence.slice(end + verbNext[0].length, hi), '')
    : reportedWhat(beforeWords, sentence.slice(end, hi), sentence.slice(starts[0] ?? 0, starts[1] ?? lo)) ??
      // ("Elon Musk, Tesla's chief executive, said in a tweet on Monday that …": the clause's opening words, trimmed away above,
      // are its reporting verb.)
      (SAYING_OPENING.test(sentence.slice(lo, at)) && !SAYING_OPENING.test(`${beforeWords.join(' ')} `) ? reportedWhat(words(sentence.slice(lo, at), true), sentence.slice(end, hi), sentence.slice(starts[0] ?? 0, starts[1] ?? lo)) : null);
  if (reported) return reported;
  // An attribution after the news it reports ("Titanfall has an 840MB day-one update, players said on Monday", "Three deputies … are
  // leaving, a person with knowledge of the matter said on Thursday, as …"): the clause before it is the news.
  const attributed = afterWords.length === 0 && starts.length >= 1 ? reportedBefore(beforeWords, sentence.slice(starts[starts.length - 1]!, lo), sentence.slice(0, starts[starts.length - 1]!)) : null;
  if (attributed) return attributed;
  // A date inside a verb phrase ("Gigya is today announcing the launch", "the firm has this week raised"): the subject and
  // auxiliary before it say nothing alone, so the verb and its object after it join them.
  if (beforeWords.length >= 1 && beforeWords.length <= 3 && AUXILIARY.test(beforeWords[beforeWords.length - 1]!) && afterWords.length >= 1) return whatOf([...beforeWords, ...afterWords].slice(0, 7));
  // An item of a list that leaves its verb out ("The cocktail hour is on Oct. 26, and the reception on Oct. 27"): the item itself,
  // when the clause before is dated too.
  if (beforeWords.length <= 2 && afterWords.length === 0 && starts.length >= 1 && /,\s*(?:and|or)\s+$/.test(sentence.slice(0, lo)) && !isVerbWord(beforeWords[0]!.toLowerCase()) && /^\s*(?:the|a|an|its|their|his|her)\s+\S+(?:\s+[a-z]+s)?\s+(?:on|in|at)\s+$/i.test(sentence.slice(lo, at))) {
    const prev = sentence.slice(starts.findLast((x) => x < lo && /\p{L}{2}/u.test(sentence.slice(x, lo).replace(/[,\s]*(?:and|or)\s*$/, ''))) ?? 0, lo);
    if (MAY_HAVE_DATE.test(prev) && findDates(prev, new Date(0)).length) return whatOf(beforeWords);
  }
  // The last item of a list ("is launching an app for the iPhone, iPad and iPod Touch today"): the clause of the list's
  // first item, whose verb tells the event; the list's commas and "and" part no clauses.
  if (beforeWords.length >= 1 && beforeWords.length <= 3 && /\b(?:and|or)\s+$/.test(sentence.slice(0, lo)) && !hasStop(sentence.slice(lo, at)) && !beforeWords.some((w) => isVerbWord(w.toLowerCase())) && afterWords.length < 2) {
    for (let i = starts.length - 1; i >= 1; i--) {
      const item = words(sentence.slice(starts[i], starts[i + 1] ?? lo));
      if (item.length > 3) break;
      if (item.some((w) => isVerbWord(w.toLowerCase()))) break;
      const head = words(sentence.slice(starts[i - 1], starts[i]));
      if (head.length >= 3 && head.some((w) => isVerbWord(w.toLowerCase())) && /,\s*$/.test(sentence.slice(0, starts[i]))) return whatOf(head.slice(-7));
    }
  }
  // A reporting period's end ("revenue of $42 billion for its fiscal fourth quarter ended Sept. 27"): the period itself.
  const period = PERIOD_ENDED_BEFORE.exec(sentence.slice(lo, at));
  if (period) return whatOf([...period[1]!.split(/\s+/), period[2]!]);
  // A verb alone in its clause after its subject's ("Stadia, Google's streaming platform, launches today", "The app, launched
  // in 2012, now has …"): the subject and the verb, not the next clause.
  // … with the phrase after the date that completes it ("The Gophers (9-1, 6-1) play Saturday against the Wildcats").
  // ("The study, published Wednesday in the journal Nature, followed …": the phrase as written, its preposition kept.)
  const rawAfter = sentence.slice(end, hi).trim().split(/\s+/).filter(Boolean);
  const completing = afterWords.length >= 1 && (PHRASE_END.test(afterWords[0]!) || /^(?:against|to|toward|towards|versus|vs\.?)$/i.test(afterWords[0]!)) ? afterWords : rawAfter.length >= 2 && /^(?:in|at|on|by|for|from|with)$/i.test(rawAfter[0]!) ? rawAfter : [];
  if (beforeWords.length === 1 && completing.length >= 2 && !/^(?:as|than|when|while|because|who|which|that)$/i.test(completing[0]!) && starts.length >= 1 && isVerbWord(beforeWords[0]!)) {
    const raw = sentence.slice(0, starts[1] ?? lo);
    const subject = words(raw.replace(/[,;:(\s]+$/, ''));
    if (!ADVERBIAL_OPENING.test(raw) && subject.length >= 1 && subject.length <= 4 && !subject.some(verbOfClause)) return whatOf([...subject, ...beforeWords, ...completing.slice(0, 4)]);
  }
  if (beforeWords.length === 1 && afterWords.length < 2 && starts.length >= 1 && isVerbWord(beforeWords[0]!)) {
    const raw = sentence.slice(0, starts[1] ?? lo);
    const subject = words(raw.replace(/[,;:\s]+$/, ''));
    if (!ADVERBIAL_OPENING.test(raw) && subject.length >= 1 && subject.length <= 4 && !subject.some(verbOfClause)) return whatOf([...subject, ...beforeWords]);
    // A second verb of the subject ("The deals started on Black Friday and ended on Cyber Monday"): the subject and this verb.
    const first = subject.findIndex((w, i) => i >= 1 && isVerbWord(w.toLowerCase()));
    if (!ADVERBIAL_OPENING.test(raw) && /\band\s+$/.test(sentence.slice(0, lo)) && first >= 1 && first <= 4) return whatOf([...subject.slice(0, first), ...beforeWords]);
  }
  // A date alone in its clause ("In June, the Home Secretary approved …", "But in May, when …"): the next clause says what happened.
  if (beforeWords.length < 2 && afterWords.length < 2) {
    afterWords = words(sentence.slice(end, next).replace(/^\s*(?:morning|afternoon|evening|night)\b/i, ''));
    // Two names joined by "and" open the clause ("In 2015, Attack of the Clones and Revenge of the Sith received limited 3D showings"):
    // the clause runs on to their verb.
    const joinedNames = /^\s*and\s+([^,;:()—–]+)/.exec(sentence.slice(next));
    if (joinedNames && afterWords.length >= 1 && afterWords.length <= 5 && /^\p{Lu}/u.test(afterWords[0]!) && !afterWords.some((w) => isVerbWord(w.toLowerCase())) && joinedNames[1]!.split(/\s+/).some((w) => isVerbWord(w.toLowerCase()))) {
      afterWords = words(sentence.slice(end, next + joinedNames[0].length));
    }
    // … past asides with no verb of their own ("In June, the then UK Home Secretary, Sajid Javid, formally approved …", "In
    // December 2015, shortly before voting began …, Trump released a letter", "In 1961, having programmed …, he found …").
    // Only between commas: a parenthesis or an "and" parts no aside from its clause ("4.1 in April 2014 and 4.1.1 (described as …)").
    const later = [...sentence.slice(next).matchAll(/,(?!\d)/g)].map((b) => next + b.index + 1);
    for (let i = 0, from = next; i < 3 && sentence[next] === ',' && afterWords.length >= 1 && isAside(afterWords) && from < sentence.length; i++) {
      const to = later.find((b) => b > from + 1 && sentence.slice(from, b).trim().length > 1) ?? sentence.length;
      const raw = sentence.slice(from, to);
      const more = words(raw);
      const skip = isAside(more) || RELATIVE_START.test(raw);
      if (more.length >= 2 && !skip) afterWords = more;
      from = to;
      if (!skip) break;
    }
    // A long clause after the date ("On Nov. 15, 2019, former U.S. ambassador to the Ukraine Marie Yovanovitch testified before …"):
    // the subject's last words, the verb and its object, not the subject's first seven words.
    // A past verb right after a name is the name's ("Marie Yovanovitch testified before …"), a preposition after it or not.
    const named = afterWords.findIndex((w, i) => i > 0 && /^[a-z]{3,}ed$/.test(w) && !NOT_VERB_BEFORE.test(afterWords[i - 1]!) && /^\p{Lu}\p{Ll}/u.test(afterWords[i - 1]!));
    const v = Math.min(...[clauseVerb(afterWords), named].filter((i) => i >= 0));
    if (afterWords.length > 7 && v >= 3 && v <= 10 && !/^(?:is|are|was|were|am|be|been)$/i.test(afterWords[v]!) && !afterWords.slice(0, v).some((w, i) => SUBORDINATOR.test(w) || /^(?:who|which|that)$/i.test(w) || (i > 0 && /^[a-z]{3,}s$/.test(w) && /^\p{Lu}/u.test(afterWords[i - 1]!)))) {
      // The subject's last words, back past a preposition ("Department of Social Services reported").
      let from = Math.max(0, v - 3);
      while (from > 0 && from > v - 6 && NOT_VERB_BEFORE.test(afterWords[from]!)) from--;
      // … never inside a name ("New| Zealand and China signed").
      from = nameStart(afterWords, from);
      return whatOf([...afterWords.slice(from, v), ...verbPhrase(afterWords, v).slice(v <= 3 ? v : 0)].slice(0, 9));
    }
    // A subject with a relative clause ("Come November 19, those who anted up $129 for the … Edition will receive a Stadia
    // controller"): the subject's head, the relative's first words, then the main verb after a modal and its object.
    const rel = afterWords.findIndex((w, i) => i >= 1 && i <= 3 && /^(?:who|which|that)$/i.test(w));
    const lowerAfter = afterWords.map((x) => x.toLowerCase().replace(/[^a-z’'-]/g, ''));
    const modal = lowerAfter.findIndex((x, i) => i > rel + 2 && i <= rel + 20 && /^(?:will|would|can|could|must|should|may|might|shall)$/.test(x));
    if (rel >= 1 && modal > 0 && !afterWords.slice(0, rel).some((w) => isVerbWord(w.toLowerCase())) && !afterWords.slice(rel, modal).some((w) => /[,;:]$/.test(w))) {
      const core = afterWords.slice(modal);
      return whatOf([...afterWords.slice(0, Math.min(rel + 3, modal)), ...core.slice(0, reportedEnd(core, lowerAfter.slice(modal), 0))].slice(0, 11));
    }
  }
  // "… struck a garbage truck south of Charlottesville, Virginia, on Wednesday, lawmakers said.": an attribution after the date
  // tells who said it, not what happened; the clauses before do.
  // ("In 1997, Elise wrote, she interviewed Mike …": the clause after the attribution does.)
  if (beforeWords.length < 2 && ATTRIBUTION.test(afterWords.join(' '))) {
    const rest = sentence.slice(next).replace(/^[,;:\s]+/, '');
    const stop = rest.search(/,(?!\d)|[;:()—–]|\s-\s/);
    const more = words(stop >= 0 ? rest.slice(0, stop) : rest);
    afterWords = more.length >= 2 ? more.slice(0, 7) : [];
  }
  // … past a lone discourse word between commas ("In 2024, though, cloud computing saw a sharp decrease").
  const aside = beforeWords.length < 2 ? DISCOURSE_ASIDE.exec(sentence.slice(end)) : null;
  if (aside) {
    const rest = sentence.slice(end + aside[0].length);
    const stop = rest.search(/,(?!\d)|[;:()—–]|\s-\s/);
    const more = words(stop >= 0 ? rest.slice(0, stop) : rest);
    if (more.length >= 2) afterWords = more;
  }
  // A date in an aside of light words between commas ("I was hesitant, even up to this morning, to publish the JSON Feed spec"):
  // the clause it interrupts, both sides of it.
  if (afterWords.length === 0 && beforeWords.length <= 3 && beforeWords.every((w) => LIGHT_WORD.test(w)) && starts.length >= 1 && /,\s*$/.test(sentence.slice(0, lo)) && sentence[hi] === ',') {
    const head = words(sentence.slice(starts[starts.length - 1]!, lo).replace(/[,\s]+$/, ''));
    const tail = words(sentence.slice(hi + 1, next));
    if (head.length >= 2 && tail.length >= 1 && head.some((w) => isVerbWord(w.toLowerCase()))) return whatOf([...head.slice(-5), ...tail].slice(0, 10));
  }
  // A thing after a preposition, alone before the date ("…, the firm said, after a slump in 2013"): that thing.
  if (beforeWords.length === 1 && afterWords.length === 0 && /^\s*(?:after|before|following|amid|during|despite|since)\s+(?:a|an|the|its|their|his|her)\s+[a-z][\w-]*\s+(?:in|on|of)?\s*$/i.test(sentence.slice(lo, at)) && !isVerbWord(beforeWords[0]!.toLowerCase())) return whatOf(beforeWords);
  // A name coordinated with the verb's object ("Keir Starmer met US chipmaker Nvidia and the Seattle-based coffee chain Starbucks on
  // Monday"): the clause of the verb, whose object it shares.
  if (afterWords.length === 0 && beforeWords.length >= 1 && beforeWords.length <= 6 && !beforeWords.some((w, i) => (isVerbWord(w.toLowerCase()) && !w.includes('-') && !(i > 0 && NOT_VERB_BEFORE.test(beforeWords[i - 1]!))) || (i > 0 && DETERMINER_WORD.test(w.toLowerCase()))) && starts.length >= 1 && /\b(?:and|or)\s+$/.test(sentence.slice(0, lo)) && !/,\s*(?:and|or)\s+$/.test(sentence.slice(0, lo))) {
    const prev = words(sentence.slice(starts[starts.length - 1]!, lo).replace(/\s*\b(?:and|or)\s*$/, ''));
    const v = clauseVerb(prev);
    if (v >= 1 && v <= 5 && !prev.slice(Math.max(0, v - 2), v).some((x) => /^to$/i.test(x)) && prev.length - v >= 2 && !/[,;]$/.test(sentence.slice(0, starts[starts.length - 1]!).trim())) {
      const core = prev.slice(Math.max(0, v - 2));
      const lower = core.map((x) => x.toLowerCase().replace(/[^a-z’'-]/g, ''));
      // The first object dated apart ("will overtake Medicaid in 2020 and the Defense budget in 2023"): the verb and this one.
      if (MAY_HAVE_DATE.test(prev.join(' ')) && findDates(prev.join(' '), new Date(0)).length) {
        let mv = v - Math.max(0, v - 2);
        while (mv + 1 < core.length && AUX_VERB.test(lower[mv]!)) mv++;
        return whatOf([...core.slice(0, mv + 1), ...beforeWords]);
      }
      return whatOf(core.slice(0, reportedEnd(core, lower, v - Math.max(0, v - 2))));
    }
  }
  // … else the clause before it ("The researchers observed Europa for 17 nights, from February 2016 through May 2017").
  for (let i = starts.length - 1; beforeWords.length < 2 && afterWords.length < 2 && i >= 0; i--) {
    const w = words(sentence.slice(starts[i], starts[i + 1] ?? lo));
    if (w.length >= 2 && /\p{L}{3}/u.test(w.join(' '))) return whatOf(w.slice(-7));
  }
  // "Pakistani security forces Saturday shot and killed a top al Qaeda operative", "Late-night hosts on Tuesday addressed …":
  // the subject before the date, the verb and its object after it.
  const verbAt = clauseVerb(beforeWords);
  const verbless = !beforeWords.some((w) => isVerbWord(w.toLowerCase()) && !/^[a-z]{3,}[^s]s$/.test(w));
  if (beforeWords.length >= 1 && verbless && afterWords.length >= 1 && startsWithVerb(afterWords)) {
    // The verbs may be coordinated ("shot and killed"): the clause runs on to the next stop.
    const rest = sentence.slice(end);
    const stop = rest.search(/,(?!\d)|[;:()—–]|\s-\s/);
    const clause = words(stop >= 0 ? rest.slice(0, stop) : rest);
    return whatOf([...beforeWords.slice(-5), ...(clause.length > afterWords.length ? clause : afterWords)].slice(0, 8));
  }
  // A long clause before the date ("Police dropped an investigation into disgraced former gymnastics doctor Larry Nassar in
  // 2004"): its last words are the object's modifiers; the subject, verb and object say what happened.
  // Not past a subordinator ("has avoided extradition … after seeking refuge … in 2012") nor a sentence's end the splitter missed.
  const own = beforeWords.slice(beforeWords.findLastIndex((w) => /[.!?\]]$/.test(w) && !abbreviationDot(w)) + 1);
  if (own.length > 7 && verbAt >= 0 && clauseVerb(own.slice(-7), true) < 0 && !DATING_BACK.test(sentence.slice(lo, at))) {
    const last = clauseVerb(own.slice(0, -7), false, true);
    // A copula tells nothing alone ("The last major attack … was in 2002"), but one that ranks its subject by a deed does ("Samsung
    // was the first to release AirPlay 2 support …").
    const ranked = /^(?:(?:the\s)?(?:first|last|only|latest)\s(?:[a-z]+\s)?)to\s[a-z]/i.test(own.slice(last + 1, last + 5).join(' ')) || /^[a-z]{3,}ed$/.test(own[last + 1] ?? '');
    if (last >= 0 && (ranked || !/^(?:is|are|was|were|am|be|been)$/i.test(own[last]!)) && !own.slice(last + 1).some((w) => SUBORDINATOR.test(w))) {
      // A passive ("were abducted by gunmen", "is expected to show up"): the participle's phrase, after its subject and copula.
      if (!/^(?:is|are|was|were|am|be|been)$/i.test(own[last]!) || !/^[a-z]{3,}ed$/.test(own[last + 1] ?? '')) return whatOf(verbPhrase(own, last));
      const phrase = verbPhrase(own, last + 1);
      return whatOf(last + 1 <= 3 ? phrase : [...own.slice(Math.max(0, last - 3), last + 1), ...phrase].slice(0, 10));
    }
  }
  // "The trial, which began on 4 November, is expected to last until the end of January": a clause that opens on its verb after a
  // relative clause set off by commas has the sentence's opening noun phrase as its subject.
  const opening = /^\s*((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+[^,;:()]{2,40}?),\s+(?:which|who)\s/.exec(sentence);
  // ("The merger, which was announced in March, …": a date inside that relative clause dates the subject's deed too.)
  const inRelative = !!opening && /^\s*(?:which|who)\s/.test(sentence.slice(lo, at)) && lo <= opening[0].length;
  const afterRelative = !!opening && starts.length >= 1 && lo > opening[0].length;
  if (opening && (inRelative || afterRelative) && beforeWords.length >= 1 && (AUX_VERB.test(beforeWords[0]!) || isVerbWord(beforeWords[0]!.toLowerCase()))) {
    const subject = words(opening[1]!);
    if (subject.length <= 5 && !subject.some((w) => AUX_VERB.test(w) || isVerbWord(w.toLowerCase()))) return whatOf([...subject, ...beforeWords].slice(0, 10));
  }
  return whatOf(beforeWords.length >= 2 ? beforeWords.slice(nameStart(beforeWords, beforeWords.length - 7)) : afterWords.length >= 2 ? afterWords.slice(0, nameEnd(afterWords, 7)) : [...beforeWords, ...afterWords]);
}

/** Whether `text` holds a stop the splitter missed: a word closing on . ! or ?, not an abbreviation's period ("the U.S. on Monday"). */
function hasStop(text: string): boolean {
  return /[.!?]/.test(text) && text.split(/\s+/).some((w) => /[.!?]["”’)\]]*$/.test(w) && !abbreviationDot(w));
}

// Verbs that report what someone said or decided: the clause after them is what they said.
const REPORTING_VERB = /^(?:said|says|say|announced|announces|confirmed|confirms|reported|reports|told|tells|added|adds|wrote|writes|disclosed|discloses|revealed|reveals|stated|states|warned|warns|predicted|predicts|claimed|claims|insisted|insists|acknowledged|acknowledges|admitted|admits|noted|notes|estimated|estimates|indicated|indicates|signaled|signalled|argued|argues|explained|explains|agreed|decided|decides|ruled|rules|promised|promises|pledged|pledges|vowed|vows|denied|denies|testified|testifies|alleged|alleges|concluded|found|showed|shows|unveiled|unveils|released|releases|published|publishes)$/i;
const AUX_VERB = /^(?:will|would|could|can|may|might|shall|should|must|had|has|have|was|were|is|are|be|been|being|did|does|do|['’]ll|['’]d)$/i;
const VERB_ADVERB = /^(?:not|also|now|soon|then|still|already|just|likely|probably|eventually|finally|no\s+longer)$/i;
const PREPOSITION = /^(?:in|at|on|during|via|through|after|before|to|with|from|for|by|outside|inside|ahead|amid)$/i;

/**
 * What a reported clause says, with who reported it: `before`, the date's clause up to it, ends with a reporting verb (and at
 * most a recipient or a place: "told reporters", "said in a statement"); `after`, the words after the date, holds the reported
 * clause ("that it had hired Anton Valukas to lead …", "a new plan to cut emissions"), perhaps past a place ("at a news
 * conference that …"). Null when either is missing: "Apple announced the iPhone on Tuesday at its headquarters" tells its
 * event before the date; "a person familiar with the matter said on Thursday." has no clause after it.
 */
function reportedWhat(before: readonly string[], after: string, opening: string): string | null {
  const v = before.findLastIndex((w) => REPORTING_VERB.test(w));
  if (v < 0 || before.length - v - 1 > 5 || before.slice(v + 1).some((w) => isVerbWord(w.toLowerCase()) || /[,;:]$/.test(w))) return null;
  // A thing before the date is the verb's object ("Apple announced the iPhone on Tuesday"), unless the verb tells whom or where ("told reporters", "said in a statement").
  const tail = before.slice(v + 1);
  if (tail.length && !/^(?:told|tells)$/i.test(before[v]!) && !PREPOSITION.test(tail[0]!)) return null;
  // A stop the splitter missed ("Kan reported on Wednesday.The stabbing …") ends the clause.
  if (/^\s*[.!?;:]/.test(after)) return null;
  let w = after.replace(/^[\s,]*/, '').split(/\s+/).filter(Boolean);
  // A place or an occasion between the date and the clause: "at a news conference that it would …".
  if (w.length && PREPOSITION.test(w[0]!)) {
    const that = w.findIndex((x, i) => i > 0 && i <= 7 && /^that$/i.test(x));
    if (that < 0) return null;
    w = w.slice(that + 1);
  } else if (/^that$/i.test(w[0] ?? '')) w = w.slice(1);
  // A quotation after the date ("said Tuesday: “…”") is told by the quote itself.
  if (w.length < 2 || /^[“"‘']/.test(w[0]!)) return null;
  const lower = w.map((x) => x.toLowerCase().replace(/[^a-z’'-]/g, ''));
  let m = lower.findIndex((x, i) => i <= 4 && (isVerbWord(x) || AUX_VERB.test(x)) && !(i > 0 && NOT_VERB_BEFORE.test(lower[i - 1]!)));
  // A direct object with an infinitive ("announced on Wednesday a new plan to cut emissions") counts too.
  if (m < 0) m = lower.findIndex((x, i) => i >= 1 && i <= 4 && lower[i - 1] === 'to' && /^[a-z]{2,}$/.test(x) && !DETERMINER_WORD.test(x));
  // A thing announced, after the date ("The startup announced Tuesday a $50 million Series C round led by …"): the verb and the thing.
  if (m < 0 && !/^(?:said|says|say|told|tells)$/i.test(before[v]!) && !tail.length && /^(?:a|an|the|its|their|his|her|[$€£]\S*)$/i.test(w[0]!)) {
    const stop = w.findIndex((x, i) => i >= 2 && (PHRASE_END.test(lower[i]!) || /^[a-z]{3,}ed$/.test(lower[i]!) || /[,;:]$/.test(w[i - 1]!)));
    return whatOf([...before.slice(0, v).slice(-3), before[v]!, ...w.slice(0, stop < 0 ? 6 : Math.min(stop, 6))]);
  }
  // A verb right after the date has no subject of its own: the reporting verb was a participle ("A poll released on Friday showed …").
  if (m <= 0) return null;
  const to = reportedEnd(w, lower, m);
  // The speaker's last words, back to the head of a phrase after it ("A spokeswoman for the company").
  const own = before.slice(0, v);
  let from = Math.max(0, own.length - 3);
  if (from > 0 && /^(?:for|of|at|from|with|in)$/i.test(own[from]!)) from--;
  const speaker = own.slice(from);
  // A speaker alone before its verb in the date's clause; else the sentence's opening noun phrase ("The company, which …, confirmed on Monday that").
  const subject = speaker.length ? speaker : (() => {
    const o = opening.replace(/[,;:\s]+$/, '').split(/\s+/).filter(Boolean);
    return o.length && o.length <= 4 && !o.some((x) => isVerbWord(x.toLowerCase())) ? o.filter((x) => !/^(?:the|a|an)$/i.test(x)) : [];
  })();
  // Whom they told, up to how or where ("told President Jacob Zuma by telephone").
  const told = /^(?:told|tells)$/i.test(before[v]!) ? tail.slice(0, Math.max(0, tail.findIndex((x) => PREPOSITION.test(x))) || tail.length) : [];
  // A quotation's marks cut in the middle say nothing: 'said he was "deeply concerned'.
  return whatOf([...subject, before[v]!, ...told, ...w.slice(0, to).map((x) => x.replace(/["“”]/g, ''))].slice(0, 12));
}
const DETERMINER_WORD = /^(?:a|an|the|its|his|her|their|our|this|that|these|those|some|any|no)$/;

/**
 * What an attribution closing its sentence reports ("VIENNA — The house where Adolf Hitler was born will be turned into a police
 * station, Austria's interior minister said on Tuesday"): `before`, the attribution's words up to the date (a speaker with no verb, a
 * reporting verb, at most a place after it); `clause`, the clause before it, opening the sentence or a dateline's dash; the speaker
 * when short, the verb, and the clause's subject, main verb and object ("interior minister said house will be turned into a police station").
 */
function reportedBefore(before: readonly string[], clause: string, lead: string): string | null {
  const v = before.findLastIndex((w) => /^(?:said|says|told|tells|reported|reports|announced|announces|confirmed|confirms|added|adds|wrote|writes)$/i.test(w));
  // A speaker, no relative clause ("a finding that she reported in 2009" dates the finding).
  if (v < 1 || before.length - v - 1 > 4 || before.slice(0, v).some((w) => isVerbWord(w.toLowerCase()) || /^(?:that|which|who|whom|where)$/i.test(w))) return null;
  if (before.length - v - 1 > 0 && !PREPOSITION.test(before[v + 1]!)) return null;
  if (!/,\s*$/.test(clause) || (lead.trim() && !/(?:^|\s)[—–]\s*$|:\s*$/.test(lead))) return null;
  const w = clause.replace(/^[\s"“”'‘’—–-]+/u, '').replace(/[,\s]+$/, '').split(/\s+/).filter(Boolean);
  if (w.length < 3 || /^[a-z]/.test(w[0]!) || /["“”]/.test(clause)) return null;
  const lower = w.map((x) => x.toLowerCase().replace(/[^a-z’'-]/g, ''));
  const verb = (i: number): boolean => (isVerbWord(lower[i]!) || AUX_VERB.test(lower[i]!)) && !(i > 0 && NOT_VERB_BEFORE.test(lower[i - 1]!));
  let m = lower.findIndex((_, i) => i >= 1 && verb(i));
  if (m < 0) return null;
  // A relative clause inside the subject ("The house where Adolf Hitler was born will be …"): the main verb comes after its own.
  let subjectEnd = m;
  const rel = lower.slice(0, m).findIndex((x) => /^(?:where|who|which|that|whose)$/.test(x));
  if (rel >= 1) {
    subjectEnd = rel;
    const after = lower.findIndex((_, i) => i > m + 1 && verb(i));
    if (after < 0) return null;
    m = after;
  }
  // The subject's head, before its prepositional phrase ("Three deputies to the head of …").
  const prep = lower.slice(1, subjectEnd).findIndex((x) => /^(?:of|to|in|at|for|from|with|on|by)$/.test(x));
  // Its article dropped, its first word lower-cased when a common noun ("The bridge" → "bridge", "Sales" → "sales").
  const subject = w.slice(/^(?:The|A|An)$/.test(w[0]!) ? 1 : 0, prep >= 0 ? Math.min(prep + 1, 5) : Math.min(subjectEnd, 5));
  const first = subject[0]?.toLowerCase() ?? '';
  if (subject.length && (COMMON_NOUNS.has(first) || COMMON_NOUNS.has(first.replace(/s$/, '')) || /^(?:it|they|he|she|we|there|this|these|those|its|their|his|her|our|some|many|most|all|two|three|four|five|six|seven|eight|nine|ten)$/.test(first))) subject[0] = first;
  const rest = w.slice(m);
  const core = [...subject, ...rest];
  const to = reportedEnd(core, core.map((x) => x.toLowerCase().replace(/[^a-z’'-]/g, '')), subject.length);
  // The speaker when short ("players", "Austria's interior minister"); a long one ("a person with knowledge of the matter") adds nothing.
  // A pronoun ("he said in an email") names no one.
  const speaker = before.slice(0, v).filter((x) => !/^(?:the|a|an)$/i.test(x));
  const named = speaker.length <= 3 && !/^(?:he|she|they|it|we|I)$/i.test(speaker.join(' '));
  return whatOf([...(named ? [...speaker, before[v]!] : []), ...core.slice(0, to)].slice(0, 12));
}

/** The end of a reported clause's core in `w` (`lower`, its lower-cased words), from its first verb at `m`: the main verb and its object. */
function reportedEnd(w: readonly string[], lower: readonly string[], m: number): number {
  // The main verb after its auxiliaries and adverbs: "had hired", "will not release", "had been arrested".
  while (m + 1 < w.length && AUX_VERB.test(lower[m]!) && (/^[a-z]{2,}$/.test(lower[m + 1]!) && !DETERMINER_WORD.test(lower[m + 1]!))) {
    m++;
    while (m + 1 < w.length && VERB_ADVERB.test(lower[m]!)) m++;
    if (!AUX_VERB.test(lower[m]!)) break;
  }
  // "is going to have to make a deal": the verb after the intention.
  while (m + 2 < w.length && /^(?:going|have|has|had|needs?|plans?|wants?)$/.test(lower[m]!) && lower[m + 1] === 'to') m += 2;
  // The verb and its object, up to a preposition past the first word after the verb ("filed for bankruptcy protection", "cut 2,000 jobs across Europe").
  let to = m + 1;
  // "buy back up to $2 billion", "cut as many as 2,000 jobs": a figure's qualifier is no preposition.
  let reach = m + 4;
  while (to < w.length && to <= reach && !(to > m + 1 && (PHRASE_END.test(lower[to]!) || lower[to] === 'to') && !(lower[to] === 'to' && lower[to - 1] === 'up') && !(lower[to] === 'as' && lower[to + 1] === 'many')) && !(/[,;:.!?)”"]$/.test(w[to - 1]!) && !abbreviationDot(w[to - 1]!))) {
    if (/^(?:up|many)$/.test(lower[to]!) && reach < m + 6) reach++;
    to++;
  }
  // An object cut inside its "of" phrase ("ordered the arrest of prominent …") ends before it.
  const of = w.slice(m + 2, to).findIndex((x) => /^of$/i.test(x));
  if (to < w.length && of >= 0 && to - (m + 2 + of) <= 3 && !/[,;:]$/.test(w[to - 1]!)) to = m + 2 + of;
  return to;
}

// Words of an aside that say how far, not what: "even up to this morning", "as late as Monday", "at least until May".
const LIGHT_WORD = /^(?:even|up|only|just|as|late|early|at|least|until|till|still|already|not|right|since|through|from)$/i;
// A clause with no finite verb, or one a participle or a time word opens ("having programmed …", "shortly before voting began"): an aside.
// Not a clause that names the event itself ("Since 2011, with the launch of Silk Road, anybody …").
function isAside(w: readonly string[]): boolean {
  if (/^(?:with|after|following)$/i.test(w[0] ?? '')) return false;
  return !w.some((x) => isVerbWord(x.toLowerCase())) || /^[a-z]+ing$/.test(w[0] ?? '') || /^(?:shortly|just|soon|long|even|then|now|who|which|whose|whom|where)$/i.test(w[0] ?? '');
}
const RELATIVE_START = /^[\s,;:—–]*(?:who|which|whose|whom|where)\b/i;
const REFERENCE_STOP = /[.!?]["”]?(?:\[\d+\])+\s+(?=\p{Lu})/gu;
const PART_OF_DAY_OF = /\s*(?:(?:in|on|during|at|by)\s+)?the\s+(?:(?:early|late|small|wee)\s+)?(?:hours|morning|afternoon|evening|night)\s+of\s*$/i;
const EMPTY_SUBJECT = /^(?:this|that|it|there|these|those)\s+(?:was|is|were|are|['’]s)$/i;
// An attribution alone in its clause: "lawmakers said", "the company told Reuters", "according to police".
const ATTRIBUTION = /^(?:(?:(?!(?:is|are|was|were|has|have|had|be|been|will|would)\s)[\w'’.-]+\s+){0,3}(?:said|says|say|told|reported|added|confirmed|wrote|writes)(?:\s+[\w'’.-]+){0,2}|according\s+to(?:\s+[\w'’.-]+){1,4})$/i;
// A participle after a determiner or a preposition is an adjective ("a chartered train", "into disgraced former gymnastics doctor").
const NOT_VERB_BEFORE = /^(?:a|an|the|its|his|her|their|our|my|your|this|these|those|of|in|into|on|at|by|for|from|with|to|and|or|former|newly|recently|so-called|long)$/i;
// A word of a subject that could be its verb: not the noun a determiner opens ("The study, published Wednesday …": "study" names).
function verbOfClause(w: string, i: number, all: readonly string[]): boolean {
  return isVerbWord(w.toLowerCase()) && !(i > 0 && /^(?:the|a|an|its|their|his|her|our|this|that|these|those)$/i.test(all[i - 1]!));
}
const PHRASE_END = /^(?:in|into|on|at|by|for|from|with|after|before|during|since|until|near|outside|inside|south|north|east|west|over|under|across|amid|while|when|because|as|than|who|which|that)$/i;

// Time words the tense reader counts among its cues, no verbs: "stepped into gaming earlier this year".
// "a series of attacks in South Korea dating back to 2009": the date is the series', not the main verb's.
const DATING_BACK = /\b(?:dating|going|stretching|reaching)(?:\s+back)?\s+(?:to\s+)?$/i;
const SUBORDINATOR = /^(?:after|before|when|while|because|since|until|following|whether|if|though|although)$/i;
const TIME_WORD = /^(?:ago|earlier|yesterday|previously|next|tomorrow|upcoming)$/i;
const REPORTING = /^(?:said|says|say|told|tells|reported|added|wrote|writes|announced|confirmed|noted)$/i;

/**
 * The index of the clause's first finite verb in `w`, or -1; a reporting verb ("Investigators said the code …") gives the
 * verb of what was said. A participle with a preposition right after it modifies a noun ("the code described in an agency
 * warning"), and a present verb in -s may be a plural noun ("Late-night hosts"): neither counts.
 */
function clauseVerb(w: readonly string[], plurals = false, last = false): number {
  const verb = (x: string, i: number): boolean =>
    isVerbWord(x.toLowerCase()) && !TIME_WORD.test(x) && (plurals || !/^[a-z]{3,}[^s]s$/.test(x)) && !(i > 0 && NOT_VERB_BEFORE.test(w[i - 1]!)) && !(i === 0 && /ed$/.test(x) && w.length > 1) && !(/ed$/.test(x) && PHRASE_END.test(w[i + 1] ?? ''));
  if (last) return w.findLastIndex(verb);
  const at = w.findIndex(verb);
  if (at >= 0 && REPORTING.test(w[at]!)) {
    const rest = clauseVerb(w.slice(at + 1));
    return rest < 0 ? -1 : at + 1 + rest;
  }
  return at;
}

/** Whether `w` opens with a verb ("shot and killed …", "addressed the speech"). */
function startsWithVerb(w: readonly string[]): boolean {
  const first = w[0]!.toLowerCase();
  return isVerbWord(first) && !['is', 'are', 'am', 's', 'was', 'were', 'has', 'have', 'be', 'been', 'being', 'due', 'next', 'expected'].includes(first);
}

/** The subject (when the clause opens with it), the verb at `v` and its object, up to the next preposition. */
function verbPhrase(w: readonly string[], v: number): string[] {
  const from = v <= 3 ? 0 : REPORTING.test(w[v - 3] ?? '') ? v - 2 : REPORTING.test(w[v - 4] ?? '') ? v - 3 : v;
  let to = v + 1;
  // A particle is part of the verb ("lost out on Alibaba's offering"): the object comes after it.
  const min = /^(?:out|up|down|off|back|away|over|in|on)$/i.test(w[v + 1] ?? '') ? v + 3 : v + 2;
  while (to < w.length && to - from < 9 && !(to >= min && PHRASE_END.test(w[to]!))) to++;
  return w.slice(from, nameEnd(w, to));
}

/** `from`, moved back to the start of a name a cut would split ("Super Mario| Run will launch …"), by up to three words. */
function nameStart(w: readonly string[], from: number): number {
  let start = Math.max(0, from);
  while (start > 0 && from - start < 3 && /^["“‘]?\p{Lu}/u.test(w[start]!) && /^["“‘]?\p{Lu}[^,;:.!?]*$/u.test(w[start - 1]!)) start--;
  return start;
}

/** `to`, moved past the rest of a name a cut would split ("lift the New York| Islanders", "walk the Monaco Gran|d Prix"), by up to three words. */
function nameEnd(w: readonly string[], to: number): number {
  let end = to;
  while (end < w.length && end > 0 && end - to < 3 && /^\p{Lu}/u.test(w[end]!) && /^\p{Lu}[^,;:.!?]*$/u.test(w[end - 1]!)) end++;
  return end;
}

// "expects to break even by the end (of 2014)": the edge's words belong to the date.
const EDGE_END = /\s+(?:by|at|before|until|toward|towards|near|in|from|since)\s+the\s+(?:end|start|beginning|middle|close)$/i;

// Only the restrictive "when" (no comma): after a comma it adds an aside to the main clause's event ("It first appeared in
// 2014, when refugees gathered …" dates the appearing).
const WHEN_AFTER = /^\s+when\s+([^,;:()—–]+)/;
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|['’]s)$/i;

// A clock time opening a what ("11:59PM US Eastern Time", "Starting around 7PM", "9AM Address") tells when in the day, not what.
const TIME_OPENING = /^(?:(?:at|starting|beginning|from|around|about|by)\s+){0,2}\d{1,2}(?::\d{2})?\s?[AaPp]\.?[Mm]\.?(?:\s+(?:(?:US|U\.S\.)\s+)?(?:(?:Eastern|Pacific|Central|Mountain)\s+)?(?:Time|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|GMT|UTC|BST|CET)\b)?\s*/i;

function whatOf(pick: readonly string[]): string | null {
  const joined = pick.join(' ');
  const timeless = joined.replace(TIME_OPENING, '');
  if (timeless !== joined && timeless.split(/\s+/).filter(Boolean).length < 2) return null;
  // A quotation mark left open by the cut ("still “cutting edge") is dropped.
  let balanced = (timeless.split('“').length !== timeless.split('”').length ? timeless.replace(/[“”]/g, '') : timeless).replace(/"/g, (q) => ((timeless.match(/"/g) ?? []).length % 2 ? '' : q));
  // … and so is a single mark ("of ‘2018 Welcome Daehak-ro Festival’ which will be held"): an opening ‘ with no closing one, a closing
  // ’ with no opening one that is no apostrophe ("Festival’ which"; "players’ union", "don’t" keep theirs).
  if (!balanced.includes('’') || !balanced.includes('‘')) balanced = balanced.replace(/‘/g, '').replace(/(?<=[\p{L}\d.!?])’(?=\s|$)/gu, (q, i: number) => (/s$/i.test(balanced.slice(0, i)) ? q : ''));
  // A table row's cells (" | ") and list bullets are no part of what happens: the first cell that says something stays.
  const cell = balanced.split(/\s*\|\s*/).find((c) => /\p{L}{3}/u.test(c)) ?? balanced;
  let what = cell.replace(/^[\s•·▪‣◦-]+/u, '').replace(/[\s"“”'‘’.!?,;:(–—]+$/u, '').replace(/^[\s"“”'‘’,;:)]+/u, '').replace(EDGE_END, '');
  for (let i = 0; i < 4; i++) what = what.replace(WHAT_TRIM_END, '').replace(AUX_END, '').replace(WHAT_TRIM_START, '');
  if (what.includes('‘') && !what.includes('’')) what = what.replace(/‘/g, '');
  return what.length >= 3 && /\p{L}{3}/u.test(what) ? what : null;
}

// A date opening a field of its own ("Date: Saturday, December 2nd, 2017 – Starting around 7PM.", "November 18th, 2017 at 11:59PM.")
// under a heading ("For the Open House:") or a question ("When does the sale end?") tells of what the heading names.
const FIELD_OPENING = /^\W*(?:(?:Date|Dates|When|Deadline|Time)\s*:\s*)?(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s*)?$/i;
const HEADING_LEAD = /^\W*(?:(?:For|About|Re)\s+)?(?:the\s+)?/i;
const QUESTION_LEAD = /^\W*(?:When|What\s+time|What\s+day)\s+(?:does|do|did|is|are|was|were|will)\s+(?:the\s+)?/i;

export function headingWhat(sentence: string, date: string, previous: string): string | null {
  const at = sentence.indexOf(date);
  if (at < 0 || !FIELD_OPENING.test(sentence.slice(0, at)) || previous.length > 60) return null;
  let head: string | null = null;
  if (/:\s*$/.test(previous) && !/:\s*\S/.test(previous)) head = previous.replace(HEADING_LEAD, '').replace(/\s*:\s*$/, '');
  else if (/\?\s*$/.test(previous) && QUESTION_LEAD.test(previous)) head = previous.replace(QUESTION_LEAD, '').replace(/\s*\?\s*$/, '');
  // A pronoun ("When does this end?") names nothing.
  if (!head || /^(?:this|that|it|these|those|they|he|she|we|you|I)\b/i.test(head) || head.split(/\s+/).length > 6 || !/\p{L}{3}/u.test(head)) return null;
  return head;
}
