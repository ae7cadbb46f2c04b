/**
 * The label of a figure: the noun phrase naming what is counted, read from the sentence's
 * structure (issue 9), in this order of trust:
 *   1. the head noun after the number ("4,000 engineers", "a $8.8 billion order", "$5m in funding");
 *   2. an "of"-complement after it ("12 percent of employees", "10 years of experience");
 *   3. a noun the number completes before it ("a stake of 5%", "revenue of $3bn", "valued at $8bn"
 *      → "order value", "worth $2m" → "deal value");
 *   4. the subject of a change verb ("Alibaba shares rose 1.8%" → "shares rise");
 *   5. for money, the nearest money keyword ("raised" → funding); for durations, a sentence noun.
 * Never a stray neighbouring word: comparatives, adverbs, gerunds and prepositions ("higher",
 * "late", "eking", "versus") end a phrase before it starts.
 */

import { tailOf } from './sentences.ts';
import { GAZETTEER_ORGANIZATIONS } from './gazetteer.ts';
import { genderOfGivenName } from './given-names.ts';

const STOP = new Set([
  'of', 'with', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'that', 'which', 'who', 'and', 'or', 'but', 'was', 'were', 'is', 'are', 'have', 'has', 'had',
  'will', 'would', 'could', 'should', 'can', 'may', 'might', 'be', 'been', 'being', 'the', 'a', 'an', 'as', 'than', 'this', 'these', 'those', 'it', 'its', 'their',
  'his', 'her', 'our', 'into', 'over', 'under', 'after', 'before', 'since', 'during', 'between', 'per', 'each', 'ago', 'earlier', 'later', 'more', 'less',
  'fewer', 'such', 'so', 'if', 'when', 'while', 'where', 'there', 'then', 'also', 'said', 'says', 'say', 'according', 'about', 'around', 'across', 'through',
  'up', 'down', 'out', 'off', 'last', 'next', 'year', 'years', 'times', 'time', 'percent', 'cent', 'not', 'only', 'just', 'even', 'all', 'both',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'der', 'die', 'das', 'des', 'den', 'dem', 'für', 'von', 'und', 'mit', 'im',
  // Words that sit next to numbers without naming what they count (issue 9: "eking", "late", "versus", "higher").
  'higher', 'lower', 'greater', 'bigger', 'smaller', 'larger', 'versus', 'vs', 'late', 'early', 'ahead', 'behind', 'compared', 'against', 'respectively',
  'they', 'we', 'you', 'he', 'she', 'i', 'them', 'us', 'apiece', 'annually', 'overall', 'below', 'above', 'year-on-year', 'yoy', 'too', 'alone', 'instead', 'again', 'already', 'yet', 'still', 'now', 'here',
  'today', 'yesterday', 'tomorrow', 'last', 'this', 'that', 'what', 'whom', 'whose', 'how', 'why', 'either', 'neither', 'nor', 'plus', 'minus', 'via',
  'mostly', 'most', 'much', 'many', 'some', 'any', 'no', 'other', 'another', 'own', 'same', 'old', 'less', 'least', 'ended', 'ending',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night', 'week', 'weeks', 'month', 'months',
  'something', 'anything', 'nothing', 'toward', 'towards', 'onto', 'upon', 'throughout', 'beyond', 'near', 'like', 'unlike', 'besides', 'except', 'year-to-date', 'ytd', 'day', 'days', 'quarter', 'points', 'point', 'pct', 'apart', 'away', 'back', 'closer', 'along', 'however', 'thereafter', 'more', 'each', 'every', 'among', 'amid', 'despite', 'until', 'within', 'without',
  // Conjunctions open a clause, they name nothing: "This is 100% because Apple doesn't…".
  'because', 'although', 'though', 'unless', 'whether', 'whereas',
]);
// Nouns among the stop words, which a compound may still end on: "a five-game point streak".
const NOUN_STOPS = new Set(['point', 'points', 'time', 'times', 'year', 'years', 'day', 'days', 'week', 'weeks', 'month', 'months', 'quarter']);
// Verbs that end a label read after the number: "12 percent of employees quit".
const VERBS = new Set(['must', 'shall', 'met', 'meet', 'quit', 'say', 'said', 'use', 'want', 'think', 'believe', 'expect', 'live', 'work', 'own', 'have', 'do', 'did', 'get', 'got', 'make', 'see', 'saw', 'support', 'oppose', 'prefer', 'plan', 'agree', 'remain', 'need', 'left', 'lost', 'come', 'came', 'go', 'went', 'take', 'took', 'die', 'died', 'rise', 'fall', 'rose', 'fell', 'were', 'are', 'is', 'was']);
// Irregular participles that open a clause after the counted noun: "1.2 million inhalers sold in…".
const PARTICIPLES = new Set(['sold', 'made', 'built', 'held', 'paid', 'found', 'seen', 'given', 'taken', 'known', 'shown', 'left', 'lost', 'won', 'bought', 'sent', 'spent', 'kept', 'cut', 'put', 'set', 'run', 'hit', 'laid', 'brought', 'told', 'written', 'driven', 'flown', 'grown']);
// Adjectives that may open a phrase but never stand as its head: "1.2 million new users".
const LEADING_ONLY = /^(?:new|additional|extra|more|fewer|other|former|current|active|total|annual|monthly|weekly|daily|net|gross|full-time|part-time|alleged|suspected|estimated|potential|registered|confirmed|possible|unique|global|domestic|foreign|average|median|so-called)$/i;

// Without a prototype, so that words such as "constructor" are no keys.
const CHANGE_VERBS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  rose: 'rise', rise: 'rise', rises: 'rise', risen: 'rise', rising: 'rise', climbed: 'rise', climbs: 'rise', gained: 'gain', gains: 'gain', added: 'gain',
  jumped: 'jump', jumps: 'jump', surged: 'surge', surges: 'surge', soared: 'rise', rallied: 'rally', advanced: 'gain', grew: 'growth', grows: 'growth', grown: 'growth',
  increased: 'increase', increases: 'increase', fell: 'fall', falls: 'fall', fallen: 'fall', falling: 'fall', dropped: 'drop', drops: 'drop', declined: 'decline',
  declines: 'decline', slid: 'fall', slipped: 'fall', sank: 'fall', tumbled: 'fall', plunged: 'fall', plummeted: 'fall', slumped: 'fall', lost: 'loss', shed: 'loss',
  peaked: 'peak', peaking: 'peak', bottomed: 'low', doubled: 'rise', tripled: 'rise', halved: 'fall', shrank: 'fall', contracted: 'fall', expanded: 'growth',
  decreased: 'decrease', eased: 'fall', dipped: 'dip', hitting: '', touching: '', reaching: '',
  widened: 'widening', widens: 'widening', widen: 'widening', narrowed: 'narrowing', narrows: 'narrowing', narrow: 'narrowing',
  // Base forms, after a modal or "to": "the yield will climb to 4.2 percent", "inflation is expected to fall to 2 percent".
  climb: 'rise', fall: 'fall', drop: 'drop', grow: 'growth', increase: 'increase', decrease: 'decrease', decline: 'decline', jump: 'jump', surge: 'surge',
  gain: 'gain', sink: 'fall', slide: 'fall', shrink: 'fall', soar: 'rise', plunge: 'fall', tumble: 'fall', slip: 'fall', dip: 'dip', rebound: 'rebound', climbing: 'rise', gaining: 'gain', jumping: 'jump', dropping: 'drop', sliding: 'fall', soaring: 'rise',
  slumping: 'fall', plunging: 'fall', tumbling: 'fall', sinking: 'fall', sinks: 'fall', shrinking: 'fall', growing: 'growth', increasing: 'increase', decreasing: 'decrease', declining: 'decline', strengthened: 'rise', weakened: 'fall', firmed: 'rise', retreated: 'fall', rebounded: 'rebound',
  trades: '', trading: '', remain: '', remains: '', stay: '', stays: '', reach: '', reaches: '', total: '', totals: '', top: '', tops: '', exceed: '', exceeds: '', exceeded: '', stands: '', stand: '',
  // "Q3 comps would have been closer to 5%": after a modal, "been" states the level as "was" does.
  closed: '', ended: '', finished: '', settled: '', opened: '', traded: '', stayed: '', remained: '', be: '', reached: '', hit: '', topped: '', totaled: '', totalled: '', stood: '', was: '', were: '', is: '', are: '', been: '', averaged: '',
});
const BASE_CHANGE = new Set(['climb', 'fall', 'drop', 'grow', 'increase', 'decrease', 'decline', 'jump', 'surge', 'gain', 'sink', 'slide', 'shrink', 'soar', 'plunge', 'tumble', 'slip', 'dip', 'rebound']);
const CHANGE_RE = new RegExp(
  `((?:[\\p{L}\\p{N}’'&.-]+\\s+){0,5}?)(?:has\\s+|have\\s+|had\\s+)?(?<![\\p{L}])(${Object.keys(CHANGE_VERBS).join('|')})(?:\\s+(?:by|to|towards?|at|from|nearly|about|almost|some|around|roughly|as much as|as high as|more than|less than|at least|close to|over|under|below|above|well|just|another|an?|regularly|usually|typically|generally|normally|often|consistently|currently|now))*\\s*$`,
  'iu',
);

const MONEY_LABELS: [RegExp, string][] = [
  [/\bvalu(?:ation|ed|ing)\b/i, 'valuation'], [/\b(?:raised?|raising|funding|financing|round|series [a-z]|seed)\b/i, 'funding'],
  [/\brevenues?\b|\bsales\b|\bturnover\b/i, 'revenue'], [/\b(?:net )?(?:profits?|income)\b/i, 'profit'], [/\bearn(?:ed|s|ings)?\b/i, 'earnings'], [/\blosse?s?\b/i, 'loss'],
  [/\bfined?\b|\bpenalt(?:y|ies)\b/i, 'fine'], [/\bsettle(?:ment|d)?\b/i, 'settlement'], [/\b(?:buy(?:s|ing)?\s+back|bought\s+back|buybacks?|buy-backs?|repurchas\w*)\b/i, 'share buyback'], [/\b(?:pa(?:y|ys|id|ying)\s+back|repa(?:y|ys|id|ying|yment))\b/i, 'repayment'], [/\b(?:acquir\w+|acquisition|buy(?:out|s)?|takeover|deal)\b/i, 'acquisition'],
  [/\binvest(?:ment|ed|ing|s)?\b|\b(?:pour|pump|inject|plow)(?:s|ed|ing)?\s+(?:in\s+)?(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?[$€£¥]/i, 'investment'], [/\bborrow(?:s|ed|ing)?\b/i, 'borrowing'], [/\bsalar(?:y|ies)\b|\bpay(?:ment)?s?\b|\bcompensation\b/i, 'pay'], [/\bbudget(?:ed|s)?\b/i, 'budget'],
  [/\bcontract\b/i, 'contract'], [/\borders?\b/i, 'order value'], [/\bpric(?:e|ed|ing)\b/i, 'price'], [/\bcost(?:s|ing|ly)?\b/i, 'cost'], [/\bspen[dt]\w*\b|\bspending\b/i, 'spending'],
  // "stole more than $4 million from investors", "set aside $400 million to compensate victims".
  [/\b(?:stole|stolen|steal(?:s|ing)?|theft)\b/i, 'amount stolen'], [/\bembezzl\w*/i, 'amount embezzled'], [/\blaunder(?:s|ed|ing)\b/i, 'amount laundered'],
  [/\b(?:set(?:s|ting)?\s+aside|earmark(?:s|ed|ing)?|allocat(?:e|es|ed|ing))\b/i, 'funds set aside'],
  [/\bgrants?\b/i, 'grant'], [/\bdeficits?\b/i, 'deficit'], [/\bgap\b|\bshortfall\b/i, 'shortfall'], [/\bdebt\b|\bloans?\b/i, 'debt'], [/\bmarket (?:value|cap\w*)\b/i, 'market value'],
];

// 'multiple' is a measure in "times" ("twice the CTR"), 'span' a period named in words ("over the past decade").
export type LabelKind = 'count' | 'money' | 'percent' | 'duration' | 'measure' | 'range' | 'multiple' | 'span';

function bareWord(raw: string): string {
  // "two evil powers-- ambition": a dash glued to a word ends it as a comma does.
  // "population.[271]": a reference mark after a word is no part of it.
  return raw.replace(/^[("“‘'\[]+/, '').replace(/(?:\[(?:\d+|[a-z]|n \d+)\])+$/, '').replace(/[’']s$/, '').replace(/(?:[.,;:!?)"”’\]—–]|-{2,})+$/, '');
}

// Plural nouns of people written with a capital: "450 Dreamers", "600,000 Israelis", "70 percent of Americans", "8,000 Pacific Islanders".
// An acronym in the plural is a common noun too: "two standardized APIs", "40 CEOs".
export const PEOPLE_PLURAL = /^(?:\p{Lu}\p{Ll}+(?:ans|ians|is|ites|ists|ers|ats|ics|ims|ons|iks|ards|ites)|\p{Lu}{2,}s)$/u;
// Comparatives that may open a phrase when a noun follows ("two smaller organisations"), never stand alone ("5% higher").
const COMPARATIVES = new Set(['higher', 'lower', 'greater', 'bigger', 'smaller', 'larger']);

function isPhraseWord(raw: string | undefined): boolean {
  if (raw === undefined) return false;
  const bare = bareWord(raw);
  return /^\p{Ll}[\p{Ll}\-’']*$/u.test(bare) && (!STOP.has(bare) || COMPARATIVES.has(bare)) && !VERBS.has(bare);
}

// Adjectives by their suffix: "public", "annual", "previous", "active", "private".
const ADJECTIVE_SHAPE = /^\p{Ll}+(?:ic|al|ous|ive|ate|ful|less|ble|ary|ory|ern|ish|ent|ant)$/u;

const WORTH_AMOUNT = /^(?:[$€£¥₹]|\d|about$|around$|roughly$|nearly$|up$|more$|over$|some$|an?$|at$|US\$|Rs)/;
const NOUN_TOO = /^(?:average|median|total)$/;
// Nouns in "-ing" that head a phrase after their modifier ("government spending", "affordable housing").
const ING_NOUNS = new Set(['spending', 'funding', 'financing', 'housing', 'pricing', 'building', 'marketing', 'advertising', 'training', 'lending', 'borrowing', 'shipping', 'manufacturing', 'banking', 'mining', 'farming', 'fishing', 'clothing', 'parking', 'recycling', 'polling', 'testing', 'screening', 'staffing', 'hiring', 'warming', 'heating', 'cooling', 'seating', 'licensing', 'planning', 'processing', 'engineering', 'accounting', 'consulting', 'nursing', 'catering', 'printing', 'publishing', 'broadcasting', 'streaming', 'computing', 'gaming', 'betting', 'gambling', 'smoking', 'drinking', 'logging', 'wiring', 'plumbing', 'lighting', 'policing', 'schooling', 'ridership', 'bookings', 'earnings', 'savings', 'holdings', 'findings', 'listings', 'ratings', 'rankings']);
const ARTICLE = /^(?:the|a|an|its|their|his|her|our|my|your)$/i;
// "two short summonings a year", "$5 a share": an article before a unit of time or a measure opens a rate, not a verb's object.
const RATE_AFTER = /^(?:year|month|week|day|night|hour|minute|second|season|game|share|piece|head|person|pound|gallon|barrel|ounce|ton|tonne)s?$/i;

/** Whether the word at `i` is a verb taking the article after it as its object ("cities join the network"), not a rate ("a year"). */
function beforeObject(words: readonly string[], i: number): boolean {
  return ARTICLE.test(words[i + 1] ?? '') && !RATE_AFTER.test(bareWord(words[i + 2] ?? ''));
}
// Present participles that stand as adjectives before a noun ("paying customers", "remaining shares", "working mothers").
const PARTICIPLE_ADJECTIVES = new Set(['paying', 'remaining', 'working', 'missing', 'participating', 'returning', 'competing', 'operating', 'voting', 'living', 'visiting', 'recurring', 'upcoming', 'pending', 'leading', 'emerging', 'contributing', 'supporting', 'serving', 'developing', 'surviving', 'attending', 'commuting', 'subscribing', 'graduating', 'incoming', 'outgoing', 'ongoing', 'rising', 'growing', 'increasing', 'declining']);
const ADJECTIVAL_PARTICIPLES = new Set(['advertised', 'refried', 'suggested', 'listed', 'quoted', 'discounted', 'subsidized', 'subsidised', 'fried', 'dried', 'smoked', 'roasted', 'grilled', 'baked', 'steamed', 'canned', 'frozen', 'shredded', 'chopped', 'sliced', 'diced', 'grated', 'whipped', 'skimmed', 'refurbished', 'unlocked']);
const GLUED_DASH = /(?<=\p{L})[—–](?=\p{L})/gu;
// Degree words that never end a phrase: the adjective they grade comes with them ("feeling very tired").
const US_NAME = /^US$/;
const SLASHED_NAMES = /^\s+\p{Lu}[\p{L}\d&-]*(?:\/[\p{L}\d&-]+)+\s+(?=\p{Ll})/u;
const SLASHED_WORD = /^[\p{L}][\p{L}\-’']*(?:\/[\p{L}][\p{L}\-’']*)*$/u;
// Negated auxiliaries a feed's markup may cut at the apostrophe: "didn" of "didn't".
const NEGATED_AUX = /^(?:didn|doesn|don|isn|wasn|aren|weren|hasn|haven|hadn|couldn|shouldn|wouldn)$/;
// A plural head noun: "nations", "lawmakers" (not "business", "status", "analysis").
const PLURAL_HEAD = /^\p{Ll}{2,}(?<![su]s|is)s$/u;
const INTENSIFIER = /^(?:very|so|too|really|quite|extremely|increasingly|utterly)$/;

/** The noun phrase opening `rest` ("fake accounts that…" → "fake accounts"), or null. At most four words, ending on a common noun. */
export function nounPhraseAfter(rest: string): string | null {
  // "two main landmasses—the North Island": a dash between words ends the first as a space and a comma would.
  const words = rest.replace(/^[\s-]+/, '').replace(GLUED_DASH, '$& ').split(/\s+/);
  const kept: string[] = [];
  let adverb = false;
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const bare = bareWord(raw);
    const lower = bare.toLowerCase();
    // "U.S. population": an abbreviation with dots is a name inside the phrase.
    if (/^(?:\p{Lu}\.){2,}$/u.test(raw)) {
      kept.push(raw);
      continue;
    }
    // "two highly critical reports", "two smaller organisations": an adverb or a comparative before an adjective and a noun.
    if (kept.length === 0 && !adverb && raw === bare && /^\p{Ll}+ly$/u.test(bare) && !STOP.has(lower) && isPhraseWord(words[i + 1]) && isPhraseWord(words[i + 2])) {
      adverb = true;
      continue;
    }
    if (kept.length === 0 && COMPARATIVES.has(lower) && raw === bare && isPhraseWord(words[i + 1]) && !/(?:ly|ed|ing)$/.test(bareWord(words[i + 1]!))) {
      kept.push(bare);
      continue;
    }
    // "more than 90 other publications", "two more people": "other" and "more" before the noun set it apart, they name nothing.
    if (kept.length === 0 && !adverb && raw === bare && /^(?:other|more|such)$/.test(lower) && (isPhraseWord(words[i + 1]) || (lower === 'such' && /^\p{Lu}\p{Ll}/u.test(words[i + 1] ?? '')))) continue;
    // "his season-high 31 points": a noun among the stop words may end a phrase a modifier opened.
    if (kept.length > 0 && NOUN_STOPS.has(lower) && /-/.test(kept[kept.length - 1]!) && !/^(?:to|and|or)-/.test(kept[kept.length - 1]!)) {
      kept.push(bare);
      break;
    }
    // "half of US military sites": the country written in capitals is a name, not the pronoun "us".
    if (bare === '' || (STOP.has(lower) && !(bare === raw && US_NAME.test(bare) && isPhraseWord(words[i + 1]))) || /^\d/.test(bare)) break;
    // "a two-year contract worth $40 million": "worth" before an amount opens its value, it is no part of the phrase.
    if (kept.length > 0 && lower === 'worth' && raw === bare && WORTH_AMOUNT.test(words[i + 1] ?? '')) break;
    // "three months of feeling very tired": a degree word after the head grades the adjective after it.
    const graded = kept.length > 0 && raw === bare && INTENSIFIER.test(lower) ? bareWord(words[i + 1] ?? '') : '';
    if (graded) {
      if (/^\p{Ll}{3,}$/u.test(graded) && !STOP.has(graded)) kept.push(bare, graded);
      break;
    }
    // "120 miles north of Denver": a direction opens a place, not a noun phrase.
    if (/^(?:north|south|east|west|northeast|northwest|southeast|southwest)$/.test(lower) && /^of$/i.test(words[i + 1] ?? '')) break;
    // "11 Cogent/Verizon peering connections": names joined by a slash are one modifier.
    if (!SLASHED_WORD.test(bare)) break;
    // "the second core we’d need": a contracted pronoun and auxiliary open a clause.
    if (/[’'](?:d|ll|re|ve|m)$/i.test(bare)) break;
    // "20-piece chicken nuggets didn't sell", "Twenty workers haven't been paid": a negated auxiliary opens the clause.
    if (/n[’']t$/i.test(bare) || NEGATED_AUX.test(lower)) break;
    const proper = /^\p{Lu}/u.test(bare);
    // "Four nations urge U.S. gas exports", "five lawmakers ask Congress to act": after a plural head, a bare word before a name
    // is the clause's verb (not "three tech giants Apple", where the name follows the head itself).
    if (kept.length > 0 && !proper && raw === bare && /^\p{Ll}{3,}$/u.test(lower) && !/s$/.test(lower) && !ADJECTIVE_SHAPE.test(lower) && PLURAL_HEAD.test(kept[kept.length - 1]!) && /^(?:(?:\p{Lu}\.){2,}|\p{Lu}\p{Ll}+)/u.test(words[i + 1] ?? '')) break;
    // "3,000 paying users", "the 12 remaining games", "40 voting members": a participle English uses as an adjective opens the
    // phrase when a plural noun follows it (a gerund elsewhere: "3,000 paying for it").
    if (kept.length === 0 && raw === bare && PARTICIPLE_ADJECTIVES.has(lower) && /^\p{Ll}{3,}s$/u.test(bareWord(words[i + 1] ?? '')) && !/(?:ss|us|ing|ings)$/.test(bareWord(words[i + 1]!))) {
      kept.push(bare);
      continue;
    }
    // Adverbs, gerunds and verbs never open a label ("1.8%, eking out", "5% lower"); after the head they open a clause.
    // A hyphenated "-ing" word is an adjective ("three high-ranking insurgents"), not a gerund.
    if (!proper && ((/ly$/.test(lower) && !LEADING_ONLY.test(lower)) || VERBS.has(lower) || (kept.length === 0 && /ing$/.test(lower) && !/-/.test(lower) && !/(?:thing|ling|ring|ding|ting)s?$/.test(lower)))) break;
    // After an adjective, an "-ing" word before a preposition or the phrase's end is the noun: "three public hearings",
    // "its third public hearing on", "a new building in"; after a noun it opens a clause ("5 employees working in").
    const ingNoun = /ing$/.test(lower) && kept.length > 0 && ADJECTIVE_SHAPE.test(kept[kept.length - 1]!) && raw === bare && (words[i + 1] === undefined || /^(?:of|on|in|at|for|with|into|about|over|against|from|to|by)$/i.test(words[i + 1]!));
    // "a 22 kW second on-board charging device", "two new operating systems": after a modifier (not a noun: "one woman wearing
    // cucumbers"), a gerund before a noun that ends the phrase compounds with it.
    const next = bareWord(words[i + 1] ?? '');
    const modifier = kept[kept.length - 1] ?? '';
    const ingCompound = /ing$/.test(lower) && kept.length > 0 && (/-/.test(modifier) || ADJECTIVE_SHAPE.test(modifier) || LEADING_ONLY.test(modifier) || /^(?:first|second|third|main|single|double|big|small|large)$/.test(modifier)) && raw === bare && isPhraseWord(words[i + 1]) && !/(?:ly|ed|ing)$/.test(next) && (words[i + 2] === undefined || words[i + 1] !== next || STOP.has(bareWord(words[i + 2]!).toLowerCase()));
    // "government spending,", "ad spending in": an "-ing" word that is a mass noun heads the phrase.
    const massNoun = kept.length > 0 && ING_NOUNS.has(lower) && (raw !== bare || words[i + 1] === undefined || STOP.has(bareWord(words[i + 1]!).toLowerCase()));
    // "three different sized tips", "two additional armored vehicles": after an adjective, a participle before a plural noun modifies it.
    const edCompound = /ed$/.test(lower) && kept.length === 1 && (ADJECTIVE_SHAPE.test(modifier) || LEADING_ONLY.test(modifier)) && raw === bare && isPhraseWord(words[i + 1]) && /\p{Ll}{2,}s$/u.test(next) && !/(?:ly|ed|ing|ss|us)$/.test(next);
    // "the typical $165 holiday advertised rate", "two tablespoons of vegetarian refried beans": a participle of the few that
    // modify a noun as adjectives do, before that noun.
    const adjectival = kept.length > 0 && raw === bare && ADJECTIVAL_PARTICIPLES.has(lower) && isPhraseWord(words[i + 1]) && /^\p{Ll}{3,}$/u.test(next) && !/(?:ly|ed|ing)$/.test(next) && !STOP.has(next);
    if (kept.length > 0 && !proper && !ingNoun && !ingCompound && !massNoun && !edCompound && !adjectival && (/ed$/.test(lower) || /ing$/.test(lower) || PARTICIPLES.has(lower))) break;
    // "28 cities join the network", "a four-cylinder engine replaces the previous one": a word before an article after the head
    // is the clause's verb.
    if (kept.length > 0 && !proper && raw === bare && beforeObject(words, i)) break;
    // "70 mph knocked down", "two committed to", "30% led to": a verb in the past opens the clause, it names nothing
    // (an irregular participle may be a noun: "a 0.8-inch cut in headroom", "a $75 billion hit on growth").
    if (kept.length === 0 && !proper && (/ed$/.test(lower) || lower === 'led') && (raw !== bare || words[i + 1] === undefined || STOP.has(bareWord(words[i + 1]!).toLowerCase()))) break;
    // "a cell meant for 35 held 155 adult males": a verb before another number opens the clause.
    if (kept.length === 0 && !proper && raw === bare && (/ed$/.test(lower) || PARTICIPLES.has(lower)) && /^\d/.test(words[i + 1] ?? '')) break;
    kept.push(bare);
    if (kept.length === 4 || raw !== bare) break; // punctuation or a possessive closes the phrase
  }
  // "the national average": a noun-adjective after a modifier is the head.
  while (kept.length > 1 && ((/^\p{Lu}/u.test(kept[kept.length - 1]!) && !PEOPLE_PLURAL.test(kept[kept.length - 1]!)) || (LEADING_ONLY.test(kept[kept.length - 1]!) && !NOUN_TOO.test(kept[kept.length - 1]!)))) kept.pop();
  // "the prior 12-month average of 15.2 percent": an adjective that is also a noun heads the phrase before its "of".
  if (kept.length === 1 && NOUN_TOO.test(kept[0]!) && /^of$/i.test(words[1] ?? '')) return kept[0]!;
  if (!kept.length || LEADING_ONLY.test(kept[0]!) && kept.length === 1) return null;
  // "$15 million payable to Verizon", "5% available for": an adjective with its complement names nothing.
  if (kept.length === 1 && /(?:able|ible)$/.test(kept[0]!) && /^(?:to|by|on|in|for|within|from|at)$/i.test(words[1] ?? '')) return null;
  if (kept.length === 1 && (/^\p{Lu}/u.test(kept[0]!) && !PEOPLE_PLURAL.test(kept[0]!) || COMPARATIVES.has(kept[0]!))) return null;
  if (adverb && kept.length < 2) return null;
  return kept.join(' ');
}

/** The head of the noun phrase that ends `before` ("Shares of Alibaba" → "shares", "the company's order" → "order"). */
// Verbs a company states an amount with, before the noun of that amount.
const REPORTED = /^(?:reported|reports|posted|posts|recorded|records|booked|books|generated|generates|logged|logs|registered|announced|disclosed|delivered|raised|raises)$/;
function headBefore(before: string): string | null {
  const words = before.trim().split(/\s+/).map(bareWord).filter((w) => w !== '');
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 3; i--) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    if (lower === 'of' && kept.length) {
      // "shares of Alibaba", "the value of the order": the noun before "of" is the head.
      kept.length = 0;
      continue;
    }
    // "the prior 12-month average of 15.2 percent": a number joined to its unit modifies the head.
    if (kept.length && /^\d+(?:\.\d+)?-\p{Ll}+$/u.test(w)) {
      kept.unshift(w);
      break;
    }
    // "The bank reported revenue of $2 billion", "posted net income of": the verb that states the amount is no part of its noun.
    if (kept.length && REPORTED.test(lower)) break;
    if (STOP.has(lower) || /^\d/.test(w) || !/^[\p{L}][\p{L}\-’']*$/u.test(w) || /ly$/.test(lower)) break;
    if (/^\p{Lu}/u.test(w) && !/^\p{Lu}\p{Ll}+$/u.test(w)) break; // an acronym or name ends it
    kept.unshift(w);
  }
  const common = kept.filter((w) => !/^\p{Lu}/u.test(w) || kept.length === 1);
  while (common.length && /^\p{Lu}/u.test(common[0]!)) common.shift();
  if (!common.length) return null;
  const phrase = common.join(' ');
  return LEADING_ONLY.test(phrase) ? null : phrase;
}

// Tickers and codes between a name and its verb: ".DJI", "US10YT=RR", "CLc1", "(KOSPI)", "XAU=".
const TICKER = /^(?:\([^\s()]+\)|[^\s=]*=[^\s=]*|\.[A-Z][\w.]*|[A-Z]{1,6}[a-z]?\d[\dA-Z]*)[,;:]?$/;
// Words after the head of a subject that open a modifier, not part of what is named: "shares outside Japan".
const SUBJECT_PREPS = new Set(['outside', 'inside', 'in', 'on', 'at', 'for', 'from', 'across', 'with', 'excluding', 'including', 'among', 'near', 'versus', 'against', 'since', 'during', 'to', 'into', 'by']);
// Words that open a clause: the subject starts after them.
const CLAUSE_OPENERS = new Set(['while', 'and', 'but', 'as', 'which', 'that', 'who', 'when', 'where', 'whereas', 'although', 'though', 'because', 'if', 'after', 'before', 'said', 'says', 'meanwhile', 'so', 'since', 'even', 'than']);
// Auxiliaries and adverbs between a subject and its verb: "the 30-year bond last rose", "was last trading up".
// "the cost of interest is on track to hit", "the deficit is expected to total": the predicate's modal words too.
const BETWEEN_SUBJECT_AND_VERB = /^(?:nowadays|usually|typically|generally|normally|often|last|also|has|have|had|was|were|is|are|been|being|now|currently|already|still|just|only|then|initially|later|briefly|trading|traded|too|have|had|will|would|could|may|might|should|to|expected|set|likely|poised|due|projected|forecast|estimated|track|on)$/i;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'these', 'those', 'that', 'some', 'each', 'every', 'all', 'both', 'peer', 'rival']);

/**
 * The subject of the clause that ends `before` — the thing whose change or level the next figure
 * states — with its names kept (the stat card needs them): "the Dow Jones Industrial Average .DJI"
 * → "Dow Jones Industrial Average", "Shares of Alibaba" → "Alibaba shares", "Japan's Nikkei 225"
 * → "Nikkei 225", "Truck and SUV sales" → "Truck and SUV sales". Null when no noun phrase ends there.
 */
const COMMON_SHAPE = /^\p{Lu}\p{Ll}+(?:al|ic|ive|ous|ly|er|or|ed|tion|sion|ment|ness|ity|ance|ence|age|ure|ime|ue|ies|ings|ers|ors|res|ts|ds)$/u;

export function subjectBefore(before: string): string | null {
  const found = subjectBeforeWords(before);
  // "revenue in the quarter, which ended on Sept. 30, rose 12%", "Same-store sales, a key measure of retail performance, fell 2.4%": a
  // relative clause or an apposition set off by commas between the subject and its verb is skipped.
  // ("Revenue in the third quarter rose": a period after the subject places it, and names nothing counted.)
  // ("Pretax profit for the six months to June 30 was": a date ending the period is no subject.)
  if ((found !== null && !MONTH_DAY.test(found)) || !/[,\p{L}\d]\s*$/u.test(before)) return found;
  let text = before.replace(QUAL_AT_END, '');
  const inserted = /,\s*$/.test(text) ? INSERTED.exec(tailOf(text, 150)) : null;
  if (inserted) text = text.slice(0, text.length - inserted[0].length);
  const period = PERIOD_AFTER.exec(tailOf(text, 80));
  if (period) text = text.slice(0, text.length - period[0].length);
  return text === before ? null : subjectBeforeWords(text);
}
const MONTH_DAY = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}$/;
const QUAL_AT_END = /\s+(?:more\s+than|less\s+than|nearly|almost|about|roughly|just|only)\s*$/i;
const PERIOD_AFTER = /\s+(?:(?:in|for|during|over|through)\s+(?:the\s+|its\s+|this\s+|last\s+)?|(?:this|last|next)\s+)(?:(?:first|second|third|fourth|final|fiscal|latest|past|same|previous|current|full|holiday|three|six|nine|twelve|\d{1,2}|(?:19|20)\d\d)[\s-]+){0,2}(?:quarter|year|month|week|period|half)s?(?:\s+(?:to|ended|ending|through)\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d{1,2})?)?\s*$/i;
const INSERTED = /,\s+(?:which|who|whose|an?|the|one|or|including|excluding|both|each|itself|themselves|also|known|seen|measured)\s[^,;:()“”"]{1,110},\s*$/i;

function subjectBeforeWords(before: string): string | null {
  const raw = before.trim().split(/\s+/).filter(Boolean);
  let i = raw.length - 1;
  // "the keyboard's metal surface routinely hit": an adverb before the verb is no part of the subject either.
  while (i >= 0 && (BETWEEN_SUBJECT_AND_VERB.test(raw[i]!) || TICKER.test(raw[i]!) || (i === raw.length - 1 && /^\p{Ll}{3,}ly$/u.test(raw[i]!) && !LEADING_ONLY.test(raw[i]!)))) i--;
  const kept: string[] = [];
  for (; i >= 0 && kept.length < 8; i--) {
    const w = raw[i]!;
    if (TICKER.test(w) && kept.length) continue;
    // "products.[218] Exports": a reference mark after a full stop ends the sentence before.
    if (/[,;:—–)]$/.test(w) || /^[—–-]$/.test(w) || /[”"]$/.test(w) || /[.!?,;:](?:\[[^\]]*\])+$/.test(w)) break;
    const bare = bareWord(w);
    const lower = bare.toLowerCase();
    if (bare === '' || CLAUSE_OPENERS.has(lower) && !(lower === 'and' && kept.length && /^\p{Lu}/u.test(kept[0]!) && /^\p{Lu}/u.test(raw[i - 1] ?? ''))) break;
    // Inside a modifier after the head ("in the Houston area", "sold locally in October", "in 2019") the phrase goes on.
    const inModifier = kept.length > 0 && (SUBJECT_PREPS.has(kept[0]!.toLowerCase()) || (SUBJECT_PREPS.has(kept[1]?.toLowerCase() ?? '') && DETERMINERS.has(lower)));
    const afterPrep = SUBJECT_PREPS.has(bareWord(raw[i - 1] ?? '').toLowerCase()) || (/^of$/i.test(raw[i - 1] ?? '') && kept.length > 0);
    if (DETERMINERS.has(lower) && !afterPrep) break;
    if (DETERMINERS.has(lower)) continue;
    // Digits belong to a name ("S&P 500", "Nikkei 225"), a tenor ("10-year notes") or a modifier ("in 2019"), nothing else.
    // ("Sales of the iPhone 15": a name in camel case, "iPhone", "eBay", holds its number too.)
    if (/^\d/.test(bare) && !(/^\d+-\p{L}+$/u.test(bare) || /^\p{Lu}|^\p{Ll}+\p{Lu}/u.test(bareWord(raw[i - 1] ?? '')) || afterPrep)) break;
    if (!/^[\p{L}\d][\p{L}\d&\-’'.]*$/u.test(bare) && bare !== '&') break;
    const common = !/^\p{Lu}/u.test(bare) && !/^\d/.test(bare);
    const joins = lower === 'and' || lower === '&';
    // ("doubled its support to 11.4%": after a determiner a word that could be a verb is the noun.)
    if (common && !joins && !inModifier && ((VERBS.has(lower) && !(kept.length === 0 && /^(?:its|their|his|her|our)$/i.test(raw[i - 1] ?? ''))) || /ly$/.test(lower) || CHANGE_VERBS[lower] !== undefined || STOP.has(lower) && !SUBJECT_PREPS.has(lower) && lower !== 'of')) break;
    if (common && inModifier && (VERBS.has(lower) || STOP.has(lower) && !SUBJECT_PREPS.has(lower) && lower !== 'of' && !/ly$/.test(lower))) break;
    kept.unshift(/[’']s$/.test(w.replace(/[.,;:]+$/, '')) ? `${bare}’s` : bare);
  }
  // A possessor before a name is not the subject ("Japan's Nikkei 225"); before a common noun it is ("MSCI's broadest index").
  const poss = kept.findIndex((w) => w.endsWith('’s'));
  if (poss >= 0 && kept.slice(poss + 1).some((w) => /^\p{Lu}/u.test(w))) kept.splice(0, poss + 1);
  else if (poss >= 0) kept[poss] = kept[poss]!.replace(/’s$/, '');
  // A modifier after the head is dropped: "Asia-Pacific shares outside Japan".
  const prep = kept.findIndex((w, j) => j > 0 && SUBJECT_PREPS.has(w.toLowerCase()));
  if (prep > 0) kept.length = prep;
  while (kept.length && (SUBJECT_PREPS.has(kept[0]!.toLowerCase()) || kept[0]!.toLowerCase() === 'of')) kept.shift();
  // The sentence's first word is capitalised by position: a common word there is lower-cased ("Annual revenue", "Shares of"), a name is not
  // (nor one shaped like a common word that the gazetteer or the given names know: "Twitter grew 30 percent", "Walter earned $5").
  if (i < 0 && kept.length && COMMON_SHAPE.test(kept[0]!) && !GAZETTEER_ORGANIZATIONS.has(kept[0]!.toLowerCase()) && genderOfGivenName(kept[0]!) === null) kept[0] = kept[0]!.toLowerCase();
  const of = kept.findIndex((w) => w.toLowerCase() === 'of');
  let words = kept;
  if (of > 0) {
    const a = kept.slice(0, of);
    let b = kept.slice(of + 1);
    const clause = b.findIndex((w, j) => j > 0 && /^\p{Ll}/u.test(w) && (/(?:ed|ly)$/.test(w) || PARTICIPLES.has(w)));
    if (clause > 0) b = b.slice(0, clause);
    // "Shares of Alibaba" → "Alibaba shares"; "the total of commercial providers" stays.
    words = b.length && b.length <= 3 && b.every((w) => /^\p{Lu}/u.test(w)) ? [...b, ...a] : b.length ? [...a, 'of', ...b] : a;
  }
  if (!words.length || words.every((w) => LEADING_ONLY.test(w))) return null;
  if (words.length === 1 && (STOP.has(words[0]!.toLowerCase()) || /^(?:it|they|he|she|we|i|you|there|which)$/i.test(words[0]!))) return null;
  return words.slice(-6).join(' ');
}

// The money keywords compiled once for a scan of every occurrence.
const MONEY_LABELS_G: [RegExp, string][] = MONEY_LABELS.map(([re, label]) => [new RegExp(re.source, 'gi'), label]);

function moneyKeyword(sentence: string, start: number, end: number): string | null {
  // The keyword nearest the figure wins: "raised $50 million at a $1 billion valuation".
  let best: { label: string; dist: number } | null = null;
  for (const [g, label] of MONEY_LABELS_G) {
    g.lastIndex = 0;
    for (let m = g.exec(sentence); m; m = g.exec(sentence)) {
      const dist = m.index >= end ? m.index - end : m.index + m[0].length <= start ? start - (m.index + m[0].length) : 0;
      if (!best || dist < best.dist) best = { label, dist };
    }
  }
  return best && best.dist < 40 ? best.label : null;
}

/** The subject opening the clause in `text` ("The population in the Rukban camp has fluctuated and currently" → "population"). */
function clauseSubject(text: string): string | null {
  const clause = text.slice(Math.max(text.lastIndexOf(';'), text.lastIndexOf(':'), text.lastIndexOf('—'), text.lastIndexOf('–'), text.lastIndexOf(' - ')) + 1);
  // Only a clause opened by its subject's determiner: "The population in the camp has …".
  if (!/^\s*(?:the|a|an|its|their|his|her|our)\s/i.test(clause)) return null;
  const verb = /\s(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|\p{Ll}{3,}ed)\s/u.exec(` ${clause} `);
  return verb ? subjectBefore(` ${clause} `.slice(0, verb.index)) : null;
}

/** What a relative clause stating the figure is about: "The celebration, which typically runs five days" → "celebration". */
function relativeAntecedent(before: string, rest: string): string | null {
  const relative = /^(.*?\p{L})\s*,?\s+(?:which|that)\s+(?:\p{Ll}+ly\s+)?(?:runs|ran|run|lasts|lasted|totals|totaled|totalled|is|was|are|were|stood|stands|amounts to|amounted to|reached|reaches)\s+(?:about |roughly |nearly |almost |some |around |more than |over |just |only )?$/u.exec(before);
  // Not "units, which are 20% less profitable": a comparison says how much more, not of what.
  const head = relative && !/^\s+(?:more|less|fewer|\p{Ll}+er)\b/u.test(rest) ? phraseBefore(relative[1]!) : null;
  // "pipes that are more than a century old", "a moon that is 1,900 miles wide": the age or the dimension of it.
  const adjective = head ? /^\s+(old|long|wide|high|tall|deep|thick)\b/.exec(rest)?.[1] : undefined;
  return head && adjective ? `${head} ${adjective === 'old' ? 'age' : DIMENSIONS[adjective]}` : head;
}

/** Which neighbours joined by "and"/"or" a label may be read from: both, or only those after (before) the figure. */
export type Coordination = 'both' | 'forward' | 'back';

// A rate joined to an amount by hyphens: "-a-year", "-per-month".
// A sentence served outside prison, after a duration: "of probation", "supervised release", "of community service".
const SERVED_OUTSIDE = /^\s+(?:of\s+)?(?:(?:un)?supervised\s+)?(probation|parole|house\s+arrest|home\s+(?:confinement|detention)|supervised\s+release|community\s+service|(?:unpaid|community)\s+work|electronic\s+monitoring)\b/i;
// "5 million times" as repetitions, not "10,000 times faster" nor "100 times the size" (multiples).
const OF_THE_PEOPLE = /^\s+of\s+the\s+(injured|dead|wounded|missing|sick|elderly|homeless|unemployed|accused|deceased|displaced|evacuated|arrested|detained|rescued|hospitali[sz]ed|infected|vaccinated|poor|young|old)\b(?!\s+\p{Ll}{3,}\b(?<!were|was|are|is|had|have|has|and|who|in|at|on|from))/iu;
const VALUATION_MULTIPLE = /^\s+(?:its\s+|their\s+|the\s+(?:company's\s+|group's\s+|firm's\s+)?|\p{Lu}[\p{L}&.-]*[’']s\s+)?((?:(?:forward|trailing|expected|estimated|projected|prospective|current|historical|annual|core|adjusted|underlying|next\s+year's|this\s+year's|last\s+year's|12-month|one-year)\s+)*(?:earnings|EBITDA|ebitda|sales|revenue|book\s+value|cash\s+flow|profits?))\b/u;
/** The valuation a multiple states, from the words after "N times": " forward earnings" → "forward earnings multiple". */
export function valuationMultiple(afterTimes: string): string | null {
  const m = /^\s+\S/.test(afterTimes) ? VALUATION_MULTIPLE.exec(afterTimes) : null;
  return m ? `${m[1]!.replace(/\s+/g, ' ')} multiple` : null;
}
const TIMES_AFTER = /^\s+times\b(?!\s+(?:\p{L}+er|as|more|less|the|that|over|what|its|their|his|her|your|our|this)\b)/u;
// Acts counted by a noun of their own: "downloaded" → "downloads", "viewed" → "views".
const COUNTED_ACT = /^(download|view|stream|play|install|visit|click|retweet|like)(?:ed|d)$/;
// A round of venture funding named by its series: "Series B", "Series A-2", "Series C round".
const FUNDING_SERIES = /^\s+(Series\s+[A-H](?:-?\d)?)(?:\s+(round|funding|financing|extension))?\b/;
// A subject and the copula or verb of price before an amount per unit of time: "The basic plan is", "Spotify Premium costs".
const RATE_SUBJECT = /^(.*?\S)\s+(?:(?:now|still|only|currently|also|will|would)\s+)*(?:is|are|was|were|costs?|runs?|starts?\s+at|goes\s+for|sells\s+for)\s+(?:just\s+|only\s+|about\s+|around\s+|roughly\s+)?$/i;
const MARGIN_BEFORE = /\b(?:beat(?:s|ing|en)?|won|wins?|winning|defeat(?:s|ed|ing)?|lead(?:s|ing)?|led|trail(?:s|ed|ing)?|lost|los(?:e|es|ing))\b[^.;:]{0,40}\bby\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|just\s+|only\s+)?$/i;
const RATE_COMPOUND = /^-(?:a|an|per)-(year|month|week|day|night|hour)\b-?\s*/i;
// Units a player's tally counts, and a person's name (given name and surname) with the move a change verb named.
const TALLY_UNIT = /^(?:points|rebounds|assists|goals|saves|yards|touchdowns|strikeouts|runs|hits|tackles|steals|blocks)$/;
const PERSON_MOVE = /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}’'-]+)\s+(?:gain|rise)$/u;
// A name filling an "of"-complement, up to the clause's next lower-case word or punctuation: "of Amazon Music Unlimited for just $1".
const OF_NAME = /^((?:\p{Lu}[\p{L}\d&’'+-]*\s?){1,4})(?=[,.;:)]|\s+\p{Ll}|$)/u;
// A gerund compounded with a modifier, then "and": "ad serving and media group clients".
const GERUND_AND = /^\s+\p{Ll}+ing\s+and\s/u;
// A player's other tallies beside the one labelled: "added 25 points and 10 rebounds".
const TALLY_OTHER = /\b(?:points|rebounds|assists|goals|saves|touchdowns|strikeouts|tackles|steals|blocks|carries|receptions)\b/;
const TALLY_OTHER_G = new RegExp(TALLY_OTHER.source, 'g');
/** Whether the sentence counts a tally other than `unit` ("25 points and 10 rebounds"), not the same unit again ("fell 102.2 points"). */
function otherTally(sentence: string, unit: string): boolean {
  for (const m of sentence.matchAll(TALLY_OTHER_G)) if (m[0] !== unit) return true;
  return false;
}
// The plays a gain in yards is made by ("passes for 210 yards") and the gerund that names those yards.
const PLAY_GERUND: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, { threw: 'passing', ran: 'rushing', caught: 'receiving', passes: 'passing', carries: 'rushing', rushes: 'rushing', receptions: 'receiving', catches: 'receiving', returns: 'return', punts: 'punting' });
// "threw for 320 yards", "ran for 95 yards": a past form without "-ed" that PLAY_GERUND names too.
const PLAYED_FOR = /\b(threw|ran|caught)\s+for\s+(?:about\s+|a\s+career-high\s+|a\s+season-high\s+)?$/i;
const PLAY_FOR = /\b(passes|carries|rushes|receptions|catches|returns|punts)\s+for\s+(?:about\s+|a\s+career-high\s+|a\s+season-high\s+)?$/i;
// "20-of-24 passing", "7-of-12 shooting", "3-of-5 from three": made of attempted.
const MADE_OF = /^-of-\d+\s+(passing|shooting|from\s+the\s+field|from\s+three|from\s+the\s+line|on\s+field\s+goals)\b/i;
const MADE_OF_LABEL: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, { passing: 'passes completed', shooting: 'shots made', 'from the field': 'field goals made', 'from three': 'three-pointers made', 'from the line': 'free throws made', 'on field goals': 'field goals made' });
// "five time NBA champion", "two time Olympic gold medalist": a title held that many times.
const TIME_TITLE = /^[\s-]time\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}(?:\p{Ll}+\s+)?(?:champions?|winners?|medall?ists?|all-stars?|All-Stars?|MVPs?|pro\s+bowlers?|finalists?))\b/u;
// Hedges and idioms before a figure that name nothing: "close to", "to the tune of".
const CLOSE_TO = /\s+(?:close|closer)\s+to\s+$/i;
const TUNE_OF = /\s*,?\s*to\s+the\s+tune\s+of\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|around\s+|more\s+than\s+|over\s+)?$/i;
// A noun of a change after the figure, whose "in"-complement says what changes; the article before the figure makes it a noun.
const CHANGE_IN = /^\s+(rise|increase|decrease|cut|drop|fall|decline|gain|jump|growth|reduction|boost|hike|surge|dip|slump|spike|improvement|change|loss)\s+in\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(.*)$/iu;
const CHANGE_NOUN = /^\s+(rise|increase|decrease|drop|fall|decline|gain|jump|growth|reduction|boost|hike|surge|dip|slump|spike|improvement|change|loss)\b(?!\s+(?:in|of)\b)/i;
const DETERMINED = /\b(?:a|an|the|its|their|his|her|this|that)\s+(?:[\p{L}-]+\s+)?$/iu;
// The thing an amount modifies, up to the clause's verb or punctuation: names and model numbers, then up to three lower-case words
// ending on the noun ("charging brick", "Logitech MX Master 3 advanced mouse").
const NAMED_PRODUCT = /^\s+(?:\d[\d.]*(?:W|GB|TB|mAh|-inch|in)\s+)*((?:\p{Lu}[\p{L}\d&.+-]*\s+){2,5})(?=(?:is|was|are|were|will|would|can|could|has|had|goes|went|regularly|costs?|sells?|comes|offers)\b)/u;
const PRICED_ITEM = /^\s+((?:[\p{Lu}\d][\p{L}\d&.+/-]*\s+){0,5}(?:\p{Ll}[\p{Ll}-]+\s+){0,2}\p{Ll}[\p{Ll}-]{2,})(?=\s*(?:[,.;:)!?]|$)|\s+(?:is|was|are|were|will|would|can|could|that|which|with|for|from|in|on|at|to|has|had|goes|went|regularly|costs?|sells?)\b)/u;
// A whole the sentence opens with, before the share's clause: "Of these speakers, 64% …".
const FRONTED_OF = /^\s*Of\s+(?:the\s+|these\s+|those\s+|all\s+|its\s+|their\s+)?([^,;:]{3,60}),\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|only\s+|just\s+)?$/;
// A common-noun possessor opening an "of"-complement before the noun it owns: "the state’s school districts", "the company’s shares".
const OF_POSSESSOR = /^(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}[\p{Ll}-]{2,}[’']s?\s+(?=(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}{3,})/u;
const SCALE = '(?:thousand|million|billion|trillion|bn|mn|m|k|b)';
const SCALE_WORD = new RegExp(`\\b${SCALE}\\b`, 'gi');

/** A pattern for another figure written like `text`: "71 kWh" → any number then " kWh", "$12 million" → "$" any number and scale. */
function figureShape(text: string): string | null {
  if (!/\d/.test(text)) return null;
  const parts = text.split(/(\d[\d,]*(?:\.\d+)?)/);
  return parts.map((p, i) => (i % 2 ? '\\d[\\d.,]*' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(SCALE_WORD, SCALE).replace(/\s+/g, '\\s?'))).join('');
}

/**
 * The label of a figure joined by "and"/"or" to another figure written alike, which names what both count: "71 kWh and 95 kWh of
 * battery capacity", "a 20% and 16% improvement" (forward); "a net worth of $17 million (or $12 million or $6 million)" (back).
 */
function coordinated(sentence: string, at: number, text: string, kind: LabelKind, dir: 'forward' | 'back'): string | null {
  if (kind === 'duration' || kind === 'range') return null;
  // Cheap necessary tests first (an "and"/"or" right beside the figure): the patterns below are built per call.
  // "300, 400 and 500 engineers": a list joined by commas before its last "and" too.
  if (dir === 'forward' ? !/^\s*(?:,\s*)?(?:and|or)\s|^,\s*[$€£¥]?\d/i.test(sentence.slice(at, at + 16)) : !/(?:(?:and|or)\s+(?:up\s+|down\s+)?|\d[%\p{L}]*,\s*)$/iu.test(sentence.slice(Math.max(0, at - 24), at))) return null;
  const shape = figureShape(text);
  if (!shape) return null;
  if (dir === 'forward') {
    const m = new RegExp(`^(\\s*(?:,\\s*)?(?:and|or)\\s+(?:up\\s+|down\\s+)?|,\\s*)(${shape})(?![\\p{L}\\d])`, 'iu').exec(sentence.slice(at));
    if (!m) return null;
    const s2 = at + m[1]!.length;
    // A comma alone joins a list only when the next figure goes on with it ("400 and 500 engineers"), not "300, 400 of them".
    if (!/\b(?:and|or)\b/i.test(m[1]!) && !new RegExp(`^(?:\\s*,?\\s*(?:and|or)\\s+|,\\s*)${shape}(?![\\p{L}\\d])`, 'iu').test(sentence.slice(s2 + m[2]!.length))) return null;
    return labelFigure(sentence, s2, s2 + m[2]!.length, kind, 'forward');
  }
  const m = new RegExp(`(?<![\\d.,])(${shape})(\\s*(?:,\\s*|\\(\\s*)?(?:and|or)\\s+(?:up\\s+|down\\s+)?|,\\s*)$`, 'iu').exec(sentence.slice(0, at));
  if (!m) return null;
  // "rose 3%, 4% and 5%": a comma alone joins a list only when the list goes on to its "and" after this figure.
  if (!/\b(?:and|or)\b/i.test(m[2]!) && !new RegExp(`^(?:\\s*,?\\s*(?:and|or)\\s+|,\\s*)${shape}(?![\\p{L}\\d])`, 'iu').test(sentence.slice(at + text.length))) return null;
  return labelFigure(sentence, m.index, m.index + m[1]!.length, kind, 'back');
}

/**
 * "four national security and diplomatic officials", "computing and math-related jobs": the modifier phrase read first, joined by "and"
 * to a second phrase with a plural head, shares that head; null when `rest` does not go on so.
 */
function joinedModifiers(first: string, rest: string): string | null {
  if (/s$/.test(first) || !rest.trimStart().startsWith(`${first} `)) return null;
  // "100 ad serving and media group clients": a gerund compounded with the first modifier goes with it.
  const m = /^((?:\s+\p{Ll}+ing)?)\s+and\s+(.*)$/u.exec(rest.trimStart().slice(first.length));
  const second = m ? nounPhraseAfter(` ${m[2]}`) : null;
  const modifier = `${first}${m?.[1] ?? ''}`;
  return second && /s$/.test(second) && `${modifier} ${second}`.split(' ').length <= 6 ? `${modifier} and ${second}` : null;
}

/** The label `sentence` alone gives the figure at [start, end). */
// The "of"-complement after a figure ("12 percent of employees", "30 of the embattled jets"); after a measure or a share also one
// an indefinite article opens ("half a gram of a substance", "5% of a company").
const OF_COMPLEMENT = /^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+|his\s+|her\s+|our\s+|these\s+|those\s+)?(?:(?:most|least)\s+(?=\p{Ll}{3,}\s+\p{Ll}))?(?:total\s+(?=\p{L}+\s+\p{Ll}))?(.*)$/iu;
const OF_COMPLEMENT_INDEFINITE = /^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+|his\s+|her\s+|our\s+|these\s+|those\s+|an?\s+(?=\p{Ll}))?(?:total\s+(?=\p{L}+\s+\p{Ll}))?(.*)$/iu;

function labelInSentence(sentence: string, start: number, end: number, kind: LabelKind, coord: Coordination): string | null {
  // "a 2.5 times greater risk": the comparative says how, the noun what is multiplied.
  // "the three deaths … are nine times higher than the expected death rate": what is compared with what.
  const versus = kind === 'multiple' ? comparedWith(sentence, start, end) : null;
  if (versus) return versus;
  if (kind === 'multiple') return labelFigure(sentence, start, end, 'measure', coord)?.replace(/^(?:greater|higher|larger|bigger|faster|lower|smaller|more|less|cheaper|stronger)\s+(?=\p{L})/u, '') ?? multipleLabel(sentence, start, end);
  if (kind === 'span') return spanLabel(sentence.slice(0, start), sentence.slice(end)) ?? labelFigure(sentence, start, end, 'duration', coord);
  if (kind === 'measure') {
    const compared = comparedNoun(sentence.slice(0, start), sentence.slice(end));
    if (compared) return compared;
    // "a 2.5GHz quad-core Snapdragon 805 processor", "Under the hood is a 2.3GHz chip": a frequency is a chip's clock speed, whatever
    // the clause's subject or the chip's name.
    if (/\d\s?[GMk]Hz$/i.test(sentence.slice(start, end)) && /^\s+(?:(?:single|dual|quad|hexa|octa|\d{1,2})-core\s+)?(?:[\p{Lu}\d][\p{L}\d-]*\s+){0,3}(?:processors?|chips?|chipsets?|CPUs?|SoCs?|cores?)\b/u.test(sentence.slice(end))) return 'clock speed';
    // "will pass within 745,000 miles of Earth", "came within 50 feet of the house": how near it comes to the place.
    const near = /\bwithin\s+(?:about\s+|around\s+|roughly\s+|some\s+|just\s+|only\s+)?$/i.test(sentence.slice(0, start)) && DISTANCE_UNITS.test(/\s?(\p{L}+)$/u.exec(sentence.slice(start, end))?.[1] ?? '') ? /^\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'-]*\s?){1,3}|\p{Ll}{3,}(?=\s*(?:[,.;:]|$)))/u.exec(sentence.slice(end)) : null;
    if (near) return `distance from ${near[1]!.trim()}`;
    // "SPACE VIZZION is – at 195-inches – about as long as a VW Atlas": the dimension the comparison names.
    const asLong = AS_LONG_AS.exec(sentence.slice(end));
    if (asLong) return DIMENSIONS[asLong[1]!.toLowerCase()]!;
  }
  const unitOf = /\s(\p{L}+)$/u.exec(sentence.slice(start, end))?.[1]?.toLowerCase() ?? null;
  // The sentence's first word is capitalised by position, not as a name: "Uptime was 99%".
  // "It was close to $2,000": "close to" hedges the figure (its qualifier), it names nothing.
  // "The average cost … was a whopping $1,200", "revenue of a record $4 billion": an article and a word of size or
  // surprise before the figure grade it; the copula or "of" before them still links it to what it measures.
  const rawBefore = sentence.slice(0, start).replace(CLOSE_TO, ' ').replace(GRADED_FIGURE, ' ');
  // "drained the battery to the tune of 4%": the idiom says "amounting to"; what amounts to it is the clause before.
  const tune = TUNE_OF.exec(rawBefore);
  if (tune) return activityBefore(rawBefore.slice(0, tune.index)) ?? (kind === 'money' ? moneyKeyword(sentence, start, end) : null);
  const before = rawBefore.replace(/^(\p{Lu})(\p{Ll}+\s)/u, (_, a: string, b: string) => a.toLowerCase() + b);
  let rest = sentence.slice(end).replace(/^(?:\s?or (?:more|so)\b|\s?-odd\b|-plus\b|\+)/i, '');
  // "more than 1 million (up from 820,000) paid memberships": a bracketed earlier value or comparison stands between the figure and
  // the noun it counts; the noun still counts the figure.
  if (kind !== 'duration') rest = rest.replace(PAREN_COMPARISON, '');
  // "30 787-9 Dreamliner jets": a model name between the number and the noun it counts.
  // "18 Northern and central California counties": names and adjectives joined by "and" before it too.
  // "11 Cogent/Verizon peering connections": names joined by a slash, before a modifier too.
  if (kind === 'count') rest = rest.replace(/^\s+(?:[\p{Lu}\d][\p{L}\d&/-]*\s+(?:and\s+\p{Ll}+\s+(?=\p{Lu}))?){1,3}(?=\p{Ll}[\p{Ll}-]+s\b)/u, ' ').replace(SLASHED_NAMES, ' ');
  // "a 5.5-inch 1080p display", "a 13-inch 4K screen": a resolution between a size and the screen is its modifier.
  if (kind === 'measure') rest = rest.replace(/^\s+(?:\d{3,4}[pi]|[248]K|\d{3,4}\s?x\s?\d{3,4})(?=\s+\p{Ll})/u, '');
  const figText = sentence.slice(start, end);
  // "beating his rival by 12 points", "lost by five-and-a-half points", "leads by five points": a margin of victory or of a lead.
  if ((kind === 'measure' || kind === 'count') && unitOf && /^(?:points|pts|votes|strokes|goals|runs|lengths)$/.test(unitOf) && MARGIN_BEFORE.test(rawBefore)) return 'margin';
  // "$62.4 million in cash and about 2.7 million in shares": a bare count in a security is a number of those securities.
  const security = kind === 'count' ? IN_SECURITIES.exec(rest)?.[1] : undefined;
  if (security) return security.toLowerCase();
  // "retire at 62", "Medicare kicks in at 65", "died at 87", "when you turn 70": a life stage reached at a number of years is an age.
  if (kind === 'count' && /^\d{2,3}$/.test(figText) && Number(figText) >= 14 && Number(figText) <= 120 && AGE_AT.test(rawBefore) && !/^\s*(?:[-–]|percent|per\b|%)/.test(rest)) return 'age';
  // "trades at about 13 times forward earnings", "priced at 14 times Brightwell's expected EBITDA": a valuation multiple names the
  // measure of earnings the price is a multiple of.
  const valuation = (kind === 'count' || kind === 'range' || kind === 'measure') && (/times$/i.test(figText) || /^\s+times\s/.test(rest)) ? valuationMultiple(rest.replace(/^\s+times(?=\s)/, '')) : null;
  if (valuation) return valuation;
  // "25 to 30 times your annual expenses": a multiple of what follows "times".
  const timesOf = kind === 'range' || kind === 'count' ? TIMES_OF.exec(rest) : null;
  const multipleOf = timesOf ? nounPhraseAfter(` ${timesOf[1]}`) : null;
  if (multipleOf) return `multiple of ${multipleOf}`;
  // "downloaded over 5 million times", "viewed 10,000 times": a count in digits too large for TIMES_RE counts repetitions of the verb
  // before it; the verbs whose acts are counted by a noun of their own ("downloads", "views") name them so.
  if (kind === 'count' && TIMES_AFTER.test(rest)) {
    const verb = repeatedActivity(rawBefore);
    const act = verb ? COUNTED_ACT.exec(verb)?.[1] : undefined;
    return act ? `${act.toLowerCase()}s` : verb ? `times ${verb}` : null;
  }
  // "Brianne Randall-Gay was 17 when she was treated", "He was 38.": a person who was a bare number then is that old.
  const aged = kind === 'count' && /^\d{1,3}$/.test(figText) && Number(figText) >= 2 && Number(figText) <= 120 && /^\s*(?:when\b|[.;]|$)/.test(rest) ? PERSON_WAS.exec(rawBefore) : null;
  if (aged && (aged[1] || genderOfGivenName(aged[2]!) !== null)) return 'age';
  // "until age 5", "children ages 6 to 11": an age, whatever follows.
  if ((kind === 'count' || kind === 'range') && /\bage[sd]?\s+(?:of\s+|between\s+|from\s+)?$/i.test(before)) return 'age';
  // "11 of the injured", "two of the dead": an adjective standing for the people it describes is what is counted.
  const people = kind === 'count' ? OF_THE_PEOPLE.exec(rest)?.[1] : undefined;
  if (people) return people.toLowerCase();
  // "The former star, 42, was voted off": a number set off by commas after a person is the person's age.
  if (kind === 'count' && /^\d{1,2}$/.test(figText) && /(?:^|\s)\p{Ll}{3,}[”"’]?,\s*$/u.test(rawBefore) && /^,\s+(?:who|was|is|has|had|said|says|\p{Ll}+ed)\b/u.test(rest)) return 'age';
  // "the Lakers, who have won 12 of 13", "having lost eight of their last 10 games": a record of wins or losses.
  const record = kind === 'count' ? RECORD.exec(before) : null;
  const played = record ? RECORD_OF.exec(rest) : null;
  if (record && played) return `${/^w/i.test(record[1]!) ? 'wins' : 'losses'} in ${played[1]} ${played[2] ?? 'games'}`;
  // "Danilo Gallinari added 25 points, and Nerlens Noel had 15": a bare tally ending its clause counts what the tally before it did.
  const tally = kind === 'count' && /^\s*(?:[.,;:)]|$)/.test(rest) && TALLY_VERB.test(before) ? [...before.matchAll(TALLY_BEFORE)].pop()?.[1] : undefined;
  if (tally && !TIME_UNIT.test(tally) && (!STOP.has(tally) || NOUN_STOPS.has(tally))) return tally;
  // "$12 million worth of Bitcoin": a name after "worth of" is what the money buys.
  const worthOf = kind === 'money' ? /^\s+worth\s+of\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?=\s*(?:[.,;:)]|$))/u.exec(rest)?.[1] : undefined;
  if (worthOf) return worthOf;
  // ("rose 6% to $53.20 in extended trading": a session of trading is when, not what.)
  if (kind === 'money') rest = rest.replace(/^\s+(?:in|of|worth of)\s+(?:new\s+)?(?=[“"‘]?\p{L})(?!(?:extended|after-hours|after-market|pre-market|premarket|early|late|morning|afternoon|midday|heavy|light|thin|overnight)\s+(?:trading|trade|deals|dealings)\b)/u, ' ');
  // "Amazon’s $119-a-year shipping program", "a $10-a-month subscription": the rate joined to the amount says how often, the noun after
  // it what is paid for.
  const rate = kind === 'money' ? RATE_COMPOUND.exec(rest) : null;
  if (rate) {
    // "Amazon’s $119-a-year shipping and media-subscription program": gerund and noun modifiers joined before one head.
    const joinedHead = /^\s*\p{Ll}+\s+and\s+(.*)$/u.exec(rest.slice(rate[0].length))?.[1];
    const bought = nounPhraseAfter(rest.slice(rate[0].length)) ?? (joinedHead ? nounPhraseAfter(` ${joinedHead}`) : null);
    return bought ? `${bought} price` : `price per ${rate[1]!.toLowerCase()}`;
  }
  // "spent Rs 40 lakh on advocacy", "gave $5.9 million toward Holcomb's 2016 campaign": what the money went to.
  const spentOn = kind === 'money' && SPENT.test(rawBefore) ? (GIVES.test(rawBefore) ? SPENT_ON_TO : SPENT_ON).exec(rest) : null;
  // A conversion in brackets or an "or" restatement sits between a measure and its "of"-complement: "2 inches (50.8 millimeters) of rain".
  if (kind === 'measure' || kind === 'count' || kind === 'percent') rest = rest.replace(/^\s*\([^)]*\)(?=\s+of\s)|^,\s+or\s+(?:[^,]|,(?=\d{3})){1,30},(?=\s+of\s)/, '');
  // "1,000 bugs (264 of which are potential security vulnerabilities)": the part named after "of which" is what is counted;
  // "300 failures (~75% of which got fixed)": else the whole before it, with what became of the part.
  const ofWhich = kind === 'count' || kind === 'percent' ? OF_WHICH.exec(rest) : null;
  if (ofWhich) {
    const part = ofWhich[1] ? nounPhraseAfter(` ${ofWhich[1]}`) : null;
    if (part) return part;
    const whole = headBefore(rawBefore.replace(/[\s(,;:—–-]+$/, '').replace(/\s+(?:about|around|roughly|nearly|some|over|more\s+than|less\s+than|up\s+to|~)$/i, ''));
    if (whole) return ofWhich[2] ? `${whole} ${ofWhich[2].toLowerCase()}` : whole;
  }
  const ofMatch = (kind === 'measure' || kind === 'percent' ? OF_COMPLEMENT_INDEFINITE : OF_COMPLEMENT).exec(rest);
  // "30 of Boeing 's 787-9 Dreamliner jets", "60 of the embattled 737 Max jet": the owner and the model number are not what is counted.
  // "half of its four chances", "12 percent of 500 employees": the whole's own count is not what is counted.
  // "half of the state’s school districts", "80 percent of the region’s total pollution": a common possessor owns the whole, it is not it.
  if (ofMatch?.[1]) ofMatch[1] = ofMatch[1].replace(/^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|millions)\s+(?=\p{Ll}{3,})/u, '').replace(/^(?:\p{Lu}[\p{L}&.-]*\s?)+[’']s\s+/u, '').replace(OF_POSSESSOR, (m: string) => (STOP.has(m.split(/\s+/)[0]!) ? m : '')).replace(/(?:^|\s)[$€£¥]?[\p{Lu}\d]*\d[\p{L}\d-]*(?=\s+\p{L})/gu, '').trimStart();

  if (kind === 'duration') {
    // "The flight took 2 hours and 15 minutes": the smaller unit's part of a length in two units measures what the larger part does.
    const head = COMPOUND_HEAD.exec(rawBefore);
    if (head && unitOf && UNIT_RANK.indexOf(unitOf.replace(/s$/, '')) >= 0 && UNIT_RANK.indexOf(unitOf.replace(/s$/, '')) < UNIT_RANK.indexOf(head[2]!.toLowerCase().replace(/s$/, ''))) {
      const at = head.index + head[0].indexOf(head[1]!);
      // "7 hours and 40 minutes of sleep" → "hours of sleep" for the hours, "sleep" for the minutes.
      const larger = labelFigure(sentence, at, at + head[1]!.length, 'duration', coord)?.replace(/^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:of\s+)?(?=\p{L})/u, '') ?? null;
      // Not the larger part's unit alone ("2 minutes and 38 seconds" → "minutes"): that names nothing the smaller part measures.
      return larger && !TIME_UNIT.test(larger) ? larger : null;
    }
    // "in 2010 and the nine months ended September 30, 2011": a span of months closing on a date is a company's reporting period.
    if (unitOf && /^(?:months|weeks|quarters)$/.test(unitOf) && PERIOD_ENDED.test(rest)) return 'reporting period';
    // "a bunch of forty-year-olds": people that old.
    if (/^-olds?\b/i.test(rest)) return 'age';
    rest = rest.replace(/^-long\b/i, ''); // "a 53-day-long festival"
    // "7 hours and 40 minutes of sleep", "two years and three months in prison": one length in two units; the smaller unit's part
    // stands between the larger and what they measure, so the larger reads on past it.
    rest = rest.replace(COMPOUND_TAIL, '');
    // "a 90-day window" names what lasts; "sentenced to five years" is a prison sentence; "for 18 months" says nothing.
    // "a 48 hour hold", "a five year timescale": a unit in the singular makes the duration a modifier of the noun after it.
    if (/-$/.test(sentence.slice(start, end).replace(/\S+$/, '')) || /^-/.test(rest) || /-\p{L}+$/u.test(sentence.slice(start, end)) || /\s(?:second|minute|hour|day|week|month|year|decade)$/iu.test(sentence.slice(start, end)) && !/^(?:one|a|an|1)\s/i.test(sentence.slice(start, end))) {
      const after = nounPhraseAfter(rest);
      if (after) return after;
      // "a 13-year, $325m contract extension", "the 10-year, $275m deal": a second modifier after a comma, then the noun both modify.
      const second = /^\s*,\s+(?:[$€£¥]\s?[\d.,]+\s?(?:bn|m|k|million|billion)?|\p{Ll}[\p{Ll}-]+)\s+(?=\p{Ll})/u.exec(rest);
      const both = second ? nounPhraseAfter(` ${rest.slice(second[0].length)}`) : null;
      if (both) return both;
    }
    // "in federal custody in the past two years", "Three weeks before he died, Epstein had been found in his jail cell": a period
    // that places events in time is no term served.
    const places = /\b(?:the|its|his|her|their)\s+(?:past|last|previous|next|coming|first|final)\s+(?:\S+\s+)?$/i.test(rawBefore) || /^\s*,?\s*(?:before|after|ago|later|earlier|since)\b/i.test(rest);
    // "three years of probation", "18 months probation", "200 hours of community service": a sentence served outside prison names
    // itself; only a term without one is a prison sentence.
    const served = SERVED_OUTSIDE.exec(rest)?.[1];
    if (served) return served.toLowerCase().replace(/\s+/g, ' ');
    // ("ordered to pay back £1.1m within three months or face a further four years": a time allowed is no term served.)
    if (!places && !/\bwithin\s+(?:\p{Ll}+\s+)?$/u.test(rawBefore) && /\b(?:sentenced?|prison|jail|imprison\w*|custody)\b/i.test(sentence)) return 'prison sentence';
    // "Viewing age of 48 months and above", "children aged 6 months": an age.
    if (/\bage[sd]?\s+(?:of\s+|from\s+|between\s+)?(?:about\s+|over\s+|under\s+)?$/i.test(before)) return 'age';
    const limit = rawBefore.includes('within') ? deadlineLabel(rawBefore) : null;
    if (limit) return limit;
    // "12 years of waiting", "25 years of management experience": the card reads "years of" what fills them.
    const filled = ofMatch?.[1] ? nounPhraseAfter(ofMatch[1]) : null;
    // Not "by 11 months of age" (an age) nor "within 24 hours of the onset" (a time from an event).
    if (filled) return unitOf && TIME_UNIT.test(unitOf) && !TIME_UNIT.test(filled.split(' ').pop()!) && !/^age\b/.test(filled) && !/\bwithin\s+(?:\S+\s+)?$/i.test(rawBefore) ? `${unitNoun(unitOf, /^(?:an?|one|1)\s/i.test(figText))} of ${filled}` : filled;
    // "three months of Stadia Pro", "4 months of Amazon Music Unlimited": a name fills the time.
    const named = ofMatch?.[1] ? OF_NAME.exec(ofMatch[1])?.[1] : undefined;
    if (named && unitOf && TIME_UNIT.test(unitOf)) return `${unitNoun(unitOf, /^(?:an?|one|1)\s/i.test(figText))} of ${named.trim()}`;
    if (ofMatch?.[1]) return durationComplement(unitOf, rest);
    // "Bassi, 43 years a fisherman,": the years as what the person has been.
    const been = unitOf && TIME_UNIT.test(unitOf) ? /^\s+an?\s+(\p{Ll}{3,})\s*(?:[,;.)—–]|$)/u.exec(rest) : null;
    if (been && !STOP.has(been[1]!)) return `${unitNoun(unitOf, false)} as ${been[1]}`;
    // "some portions dating more than a century", "houses that date back 300 years": how old they are.
    if (DATING.test(rawBefore)) return 'age';
    const verb = /\b(delay(?:ed)?|extend(?:ed)?|ban(?:ned)?|suspend(?:ed)?|strike|lockdown|wait(?:ed)?|trial|contract|deal|lease|term|warranty|shutdown|outage|closure)\b[^.]{0,30}$/i.exec(before);
    if (verb) return verb[1]!.toLowerCase().replace(/(?:ed|ned)$/, '').replace(/^delay$/, 'delay');
    // "from zero to 60 mph in 5.8 seconds", "0-62 mph in 6.6 seconds": the acceleration time.
    const sprint = /\b(?:from\s+)?(?:0|zero)\s?(?:-|–|to)\s?(\d{2,3})\s?(mph|km\/h|kph)\b/i.exec(sentence);
    if (sprint && /seconds?$/i.test(sentence.slice(start, end))) return `0-${sprint[1]} ${sprint[2]!.toLowerCase()} time`;
    // "… lasts about two days on a charge, though with GPS on it lasted closer to six hours": in a sentence about a battery or its
    // charge, what "it" lasts is that battery's life too.
    if (ON_A_CHARGE.test(rest) || BATTERY_LASTS.test(rawBefore) || (PRONOUN_LASTS.test(rawBefore) && BATTERY_WORDS.test(sentence))) return 'battery life';
    const lasts = relativeAntecedent(before, rest);
    if (lasts) return lasts;
    return durationActivity(rawBefore, rest.replace(/^\s*,\s*(?:he|she|they|it|we|I|\p{Lu}\p{Ll}+)\s+(?:said|says|added|wrote|noted)\s*(?=,)/u, ''), unitOf, /^(?:an?|one|1)\s/i.test(figText) || /^the\s+(?:\p{L}+\s+)?\p{L}+[^s]$/iu.test(figText)) ?? durationComplement(unitOf, rest)
      // "a period of 12 hours", "battery life of 30 minutes": the noun the time completes; "Life expectancy … was 84 years": the subject it is.
      // Not "in six days' time": the period is a possessor.
      ?? nounCompleted(before) ?? durationSubject(rawBefore) ?? (/^[’']/.test(rest) ? null : periodEvent(rawBefore, unitNoun(unitOf, /^(?:an?|one|1|the\s+\p{L}+)\s/iu.test(figText) && !/s$/.test(figText))))
      ?? elapsed(rest, unitOf, figText)
      // "And all this only took them four months.": a pronoun subject points at work the sentences before told; the figure is the
      // time that work took.
      ?? (POINTED_TOOK.test(rawBefore) ? 'time taken' : null)
      ?? spanPlacing(rawBefore, figText)
      ?? durationFrame(rawBefore, rest, unitNoun(unitOf, /^(?:an?|one|1)\s/i.test(figText) && !/s$/.test(figText)))
      ?? timeDone(rawBefore, rest, unitNoun(unitOf, false));
  }
  // "only half of the $850 million that BuzzFeed is worth": a share of an amount is a share of what that amount is.
  const ofAmount = kind === 'percent' ? OF_AMOUNT.exec(rest) : null;
  if (ofAmount) {
    const at = end + ofAmount[0].length - ofAmount[1]!.length;
    const whole = labelFigure(sentence, at, at + ofAmount[1]!.length, 'money', 'forward');
    if (whole) return `share of ${whole}`;
  }
  // "1,000 alarms per shift, even though 99% of those do not …", "eight of them": a part of a pronoun is a part of the plural noun
  // counted before it in the sentence.
  const ofThose = (kind === 'percent' || kind === 'count') && OF_PRONOUN.test(rest) ? [...rawBefore.matchAll(COUNTED_BEFORE)].pop()?.[1] : undefined;
  if (ofThose && !STOP.has(ofThose) && !TIME_UNIT.test(ofThose)) return ofThose;
  if ((kind === 'percent' || kind === 'count' || kind === 'measure' || kind === 'range') && ofMatch?.[1]) {
    const first = nounPhraseAfter(ofMatch[1]);
    // "27 percent of computing and math-related jobs": modifiers joined by "and" before one plural head.
    const of = first && kind === 'percent' ? joinedModifiers(first, ` ${ofMatch[1]}`) ?? first : first;
    // "Exports account for 24% of its output", "Tourism is critical, accounting for 15 percent of its GDP": the share is the subject's.
    const holder = of && kind !== 'measure' ? shareHolder(rawBefore) : null;
    if (holder) return `${holder} share of ${of}`;
    // "74% of respondents … said they wanted to consolidate their toolchain": a share of people is named by what they said.
    // "a major shareholder of Tribune, with 24.4% of the company": a share of a company someone holds is a stake in it.
    if (of && kind === 'percent' && COMPANY.test(of) && HOLDS.test(rawBefore)) return `stake in ${of}`;
    // "Microsoft owned about 17 percent of Nook Media": a share of a named owner-held thing is a stake in it.
    const ownedName = !of && kind === 'percent' && OWNS.test(rawBefore) ? OF_NAME.exec(ofMatch[1])?.[1]?.trim() : undefined;
    if (ownedName) return `stake in ${ownedName}`;
    if (of) return kind === 'percent' ? sayingLabel(of, ofMatch[1]) : of;
    // "half a gram of MDMA", "8GB of RAM": a measure of a named substance or part; not of a place ("40 million square kilometres of the South Pacific").
    const named = kind === 'measure' && !/^\s+of\s+the\s/i.test(rest) ? OF_NAME.exec(ofMatch[1])?.[1] : undefined;
    if (named) return named.trim();
  }
  // "$2.53 per diluted share", "$55.12 per barrel", "$0.23/W": a price per unit.
  const perUnit = kind === 'money' ? PER_UNIT.exec(rest) : null;
  // "the $0.06/kWh benchmark": a rate that modifies a noun is that noun.
  const rated = perUnit && /^\//.test(rest.trimStart()) ? nounPhraseAfter(rest.slice(perUnit[0].length)) : null;
  if (rated) return rated;
  if (perUnit) {
    const unit = perUnit[1]!.toLowerCase();
    // "The company lost 7 cents per share", "a net loss of 12 cents a share": a loss per share, not a price.
    if (/^shares?$/.test(unit) && LOST_BEFORE.test(before)) return 'loss per share';
    // "cut its interim dividend by a third to 2.1 pence a share": a dividend per share.
    if (/^shares?$/.test(unit) && /\bdividends?\b/i.test(tailOf(before, 80))) return 'dividend per share';
    if (/^shares?$/.test(unit)) return /\b(?:earn\w*|profits?|EPS|income|expect\w*|predict\w*|estimat\w*|forecast\w*|analysts?)\b/i.test(sentence) ? 'earnings per share' : 'price per share';
    // "costing it about $40 million a day": an amount per unit of time is a rate of what the sentence names.
    if (/^(?:hour|night|month|year|week|day)$/.test(unit)) {
      // "a reduction in U.S. real income of $1.4 billion per month": the noun the amount completes names it.
      const of = /\b((?:[\p{Ll}-]+\s){0,2}[\p{Ll}-]{3,})\s+of\s+(?:about |roughly |nearly |almost |some |around |up to |more than |over |just )?$/u.exec(before);
      const head = of ? headBefore(of[1]!) : null;
      // "$4 billion per month in extra tariffs": what the amount is in; "increase its exports to $30 billion a year": what reaches it.
      const inWhat = head ? null : /^\s+in\s+(.*)$/u.exec(rest.slice(perUnit[0].length))?.[1];
      const reached = head || inWhat || !ENDS_TO.test(before) ? null : LEVEL_TO.exec(before);
      const named = (inWhat ? nounPhraseAfter(` ${inWhat}`) : null) ?? (reached && !/\d/.test(reached[3]!) ? subjectBefore(reached[3]!) : null);
      // "Netflix's basic plan is $7.99 a month", "Spotify Premium costs $9.99 a month": the price of the clause's subject.
      const priced = head || named ? null : RATE_SUBJECT.exec(rawBefore);
      // ("plan" is a verb to subjectBefore: the head noun before the verb reads it.)
      const plan = priced ? subjectBefore(priced[1]!) ?? headBefore(priced[1]!) : null;
      if (plan && !PRONOUN_OBJECT.test(plan) && !/^(?:it|they|which|that|this)$/i.test(plan)) return MONEY_NOUN.test(plan) ? `${plan} per ${unit}` : `${plan} price per ${unit}`;
      const saved = /\bsav(?:e|es|ed|ing)\s+(?:\S+\s+){0,3}$/i.test(rawBefore) ? 'savings' : null;
      // "wages had fallen by £1,600 a year": the change of the clause's subject.
      const moved = head ?? named ?? saved ? null : changeLabel(before, rest, kind);
      return `${head ?? named ?? saved ?? (moved && !GENERIC_LABEL.test(moved) ? moved : null) ?? moneyKeyword(sentence, start, end) ?? 'amount'} per ${unit}`;
    }
    const subject = levelSubject(rawBefore);
    return `${subject ? `${subject} ` : ''}price per ${unit}`;
  }
  if (kind === 'percent') {
    // "20% less profitable than", "15% more efficient": the comparison is the label.
    const compared = /^\s+(more|less)\s+(\p{Ll}{4,})\b/u.exec(rest);
    if (compared && (ADJECTIVE_SHAPE.test(compared[2]!) || /(?:able|ible)$/.test(compared[2]!))) return `${compared[1]} ${compared[2]}`;
    // "WordPress’ code base is currently 59% PHP": a share of a composition, named after the number.
    const part = /^\s+(\p{Lu}[\p{L}+#.]*)(?=\s+and\b|\s*[,.;]|$)/u.exec(rest);
    if (part && /\b(?:is|are|was|were)\s+(?:\p{Ll}+ly\s+)?$|(?:%|percent)\s+\p{Lu}[\p{L}+#.]*,?\s+(?:and\s+)?$/u.test(before)) return `${part[1]!.replace(/\.$/, '')} share`;
    // "92.8% of them were male": what the part is.
    const are = /^\s+of\s+(?:them|those|these|whom)\s+(?:were|are|was|is)\s+(\p{Ll}{3,})\b/u.exec(rest);
    if (are && !STOP.has(are[1]!)) return are[1]!;
    // "55% of respondents said …, and 49% said they fear": a share that says or thinks is a share of the people named before.
    if (/^\s+(?:said|say|says|told|reported|agreed|believe[sd]?|think|thought|want(?:ed)?|expect(?:ed)?|fear(?:ed)?|plan(?:ned)?)\b/.test(rest)) {
      const of = [...before.matchAll(/(?:%|percent|per cent|half|third|quarter)\)?\s+of\s+(?:the\s+|all\s+)?([\p{L}-]+(?:\s+[\p{L}-]+){0,2})/gu)].pop();
      const people = of ? nounPhraseAfter(of[1]!) : null;
      if (people) return people;
    }
    // "35% off", "save up to 32 percent on cables": a discount.
    if (/^\s*off\b/i.test(rest)) return 'discount';
    if (/\bsav(?:e|es|ed|ing)\s+(?:you\s+)?(?:up\s+to\s+|about\s+|around\s+|over\s+|nearly\s+)?$/i.test(before)) return 'savings';
    // "half the space", "less than half the cost": a share of what follows the article.
    if (/^half$/i.test(sentence.slice(start, end))) {
      const of = nounPhraseAfter(rest.replace(/^\s+(?:the|its|their|his|her|our|all)\s+/i, ' '));
      if (of) return of;
    }
    // "native ad units (38%), followed by in-feed units (30%)": the share of the phrase the brackets follow.
    // "Over half (55%) of respondents": a share restated in brackets is of the "of"-complement after them.
    const ofAfter = /\(\s*$/.test(rawBefore) ? /^\s*\)\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(.*)$/.exec(rest) : null;
    const whole = ofAfter ? nounPhraseAfter(ofAfter[1]!) : null;
    if (whole) return sayingLabel(whole, ofAfter![1]!);
    if (/\(\s*$/.test(rawBefore) && /^\s*\)/.test(rest)) {
      const named = phraseBefore(before.replace(/\s*\(\s*$/, ''));
      if (named) return named;
      // "Roman Catholicism (10.1%), Anglicanism (6.8%)": a list entry's share is of the name it follows.
      const entry = /(?:^|[,;:]\s*|\b(?:and|or|by)\s+)((?:\p{Lu}[\p{L}’'-]*\s){0,2}\p{Lu}[\p{L}’'-]*)\s*\(\s*$/u.exec(rawBefore);
      if (entry) return `${entry[1]} share`;
    }
  }
  // "top-20 in both run defense (75.5) and tackling grade (77.4)": a bare number in brackets after a noun phrase is its value.
  const bracketed = kind === 'count' && /\(\s*$/.test(rawBefore) && /^\s*\)/.test(rest) ? phraseBefore(before.replace(/\s*\(\s*$/, '')) : null;
  if (bracketed && !/\d/.test(bracketed)) return bracketed;
  // "Glass was 20-of-24 passing", "went 7-of-12 shooting": the made part of attempts.
  const madeOf = kind === 'count' ? MADE_OF.exec(rest) : null;
  if (madeOf) return MADE_OF_LABEL[madeOf[1]!.toLowerCase()] ?? `${madeOf[1]} made`;
  // "home of five time NBA champion Tim Duncan": how many times the person won the title.
  const titled = kind === 'count' ? TIME_TITLE.exec(rest) : null;
  if (titled) return `times ${titled[1]}`;
  // "four straight years", "a third consecutive quarter": the run, with what it counts.
  const run = kind === 'count' ? /^\s+(straight|consecutive|successive)(\s+(\p{Ll}+).*)$/u.exec(rest) : null;
  if (run) return `${run[1]} ${nounPhraseAfter(run[2]!) ?? run[3]}`;
  // "A 50-strong commission", "a 10-part English language TV series": the compound counts the members (parts) of the noun after it.
  const body = kind === 'count' ? /^-(strong|part)\s+(.*)$/i.exec(rest) : null;
  const ofBody = body ? nounPhraseAfter(` ${body[2]}`) : null;
  if (ofBody) return `${ofBody} ${/^strong$/i.test(body![1]!) ? 'members' : 'parts'}`;
  // "a three-game winning streak", "a 12-member panel", "the 30-date run": a count compounded with a noun modifies the noun
  // after it; the label keeps both ("game winning streak", "member panel").
  const compound = kind === 'count' ? /^-(\p{Ll}{3,})((?:\s+\p{Ll}[\p{Ll}-]*){1,3})/u.exec(rest) : null;
  // Not "a one-off bonus", "a one-time payment", "a 10-point lead": those compounds count no noun.
  if (compound && !STOP.has(compound[1]!)) {
    const words: string[] = [];
    const parts = compound[2]!.trim().split(/\s+/);
    for (const [j, w] of parts.entries()) {
      if ((STOP.has(w) && !NOUN_STOPS.has(w)) || VERBS.has(w) || PARTICIPLES.has(w) || NEGATED_AUX.test(w) || /ly$/.test(w) || (words.length > 0 && /ed$/.test(w))) break;
      // "a four-cylinder engine replaces the previous one": a word before an article is the clause's verb.
      if (words.length > 0 && beforeObject(parts, j)) break;
      words.push(w);
    }
    if (words.length) return `${compound[1]} ${words.join(' ')}`;
    // "the 30-date run": the compounded noun is what is counted.
    if (!/(?:s|ing|ed|ly)$/.test(compound[1]!)) return `${compound[1]}s`;
  }
  // "a 55-kilometer “de-confliction zone”": quotation marks around the noun phrase do not end it.
  if (/^\s+[“"‘][^”"’]{2,40}[”"’]/.test(rest)) rest = rest.replace(/^(\s+)[“"‘]/, '$1');
  // "The Sportback 50 has 120 kW charging.": a gerund alone after a measure is what it measures.
  const gerund = kind === 'measure' ? /^\s+(\p{Ll}{3,}ing)\s*(?:[.,;:]|$)/u.exec(rest) : null;
  if (gerund) return gerund[1]!;
  // "a 0.8-inch cut in headroom", "a 5% rise in quarterly sales", "a 12% increase in the number of users": a change is of what
  // follows "in".
  const changeIn = DETERMINED.test(before) ? CHANGE_IN.exec(rest) : null;
  const changedWhat = changeIn ? nounPhraseAfter(` ${changeIn[2]}`) : null;
  const scaled = changedWhat && SCALE_NOUN.test(changedWhat) ? /^\S+\s+of\s+(?:the\s+|its\s+|their\s+)?(.*)$/u.exec(changeIn![2]!) : null;
  const changedOf = scaled ? nounPhraseAfter(` ${scaled[1]}`) : null;
  if (changedWhat) return `${changedOf ?? changedWhat} ${changeIn![1]!.toLowerCase()}`;
  // "Revenue was $2.1 billion, a 20 percent rise over the same period": a change noun with no "in" after it changes what the clause
  // before states, its subject ("Revenue rise"); alone, the change itself.
  const changeNoun = !changeIn && kind === 'percent' && DETERMINED.test(before) ? CHANGE_NOUN.exec(rest)?.[1] : undefined;
  if (changeNoun) {
    const subject = levelSubject(rawBefore);
    return subject ? `${subject} ${changeNoun.toLowerCase()}` : changeNoun.toLowerCase();
  }
  // "the $20 reportedly demanded by Ferro", "the $5 billion sought by the company": the amount that the participle says befell it.
  const befellAmount = kind === 'money' && DETERMINED.test(before) ? AMOUNT_PARTICIPLE.exec(rest) : null;
  if (befellAmount) return `amount ${befellAmount[1]!.toLowerCase()}`;
  const nextPhrase = nounPhraseAfter(rest);
  // "Sales of $3 billion beat forecasts", "Revenue of $4 billion pleased investors": after "X of" the amount closes the subject;
  // a verb after it opens the predicate, it names nothing.
  const verbAfterOf = nextPhrase !== null && (kind === 'money' || kind === 'percent') && OF_AMOUNT_END.test(before) && (isPastVerb(nextPhrase.split(' ')[0]!) || PREDICATE_VERB.test(nextPhrase.split(' ')[0]!));
  const after = (verbAfterOf ? null : nextPhrase) ?? (coord !== 'back' ? coordinated(sentence, end, figText, kind, 'forward') : null);
  if (after && kind === 'count' && (after.includes(' ') || (rest.trimStart().startsWith(`${after} `) && GERUND_AND.test(rest.trimStart().slice(after.length))))) {
    const both = joinedModifiers(after, rest);
    if (both) return both;
  }
  // "four members of the security forces": a one-word head takes its "of"-complement along.
  if (after && kind === 'count' && /^[\p{L}-]+$/u.test(after)) {
    // "10 milligrams of a substance": after a unit of measure an indefinite article opens what fills it too.
    const of = new RegExp(`^\\s+${after}\\s+of\\s+(?:the\\s+|its\\s+|their\\s+${MEASURE_NOUN.test(after) ? '|an?\\s+' : ''})?(.*)$`, 'u').exec(rest);
    const tail = of ? nounPhraseAfter(of[1]!) : null;
    if (tail) return `${after} of ${tail}`;
  }
  // "About 50 other people were wounded", "375,000 customers affected by": a participle after the counted noun says what
  // befell them, and the stat card needs it ("people wounded", "engineers affected").
  // Not after a preposition: in "106 protesters in 21 cities have been killed" the participle is the protesters'.
  if (after && kind === 'count' && !/\b(?:in|at|from|across|of|for|to|on|by|with|among|between)\s+(?:\p{L}+\s+)?$/iu.test(before)) {
    const last = after.split(' ').pop()!;
    const i = rest.indexOf(last);
    // "300 workers could be affected", "200 others may have been exposed": after a modal too.
    const befell = i >= 0 ? /^\s+(?:(?:were|was|have been|had been|has been|are|is|being|(?:may|might|could|would|will|should|must|can)\s+(?:have\s+been|be))\s+)?(?:\p{Ll}+ly\s+)?(\p{Ll}+ed|killed|hurt|held|taken|hit|shot|left|lost|sold|seen|found|made|built|paid|kept|laid|cut)\b(?=\s+(?:in|by|at|on|from|during|since|after|over|across|as|when|while|to|and)\b|\s*[,.;:—–)]|\s*$)/u.exec(rest.slice(i + last.length)) : null;
    if (befell && !/^(?:based|needed|used|called|named|compared|related|owned|aged|dated|estimated|expected|reported|said|involved|concerned|included|listed|mentioned|believed|thought|alleged|understood|feared|presumed|rumored|rumoured|supposed|considered|deemed)$/.test(befell[1]!)) return `${after} ${befell[1]}`;
  }
  // "16 feet long", "a 1,900-mile-wide moon": the dimension a measure gives, as a noun.
  if (after && kind === 'measure' && DIMENSIONS[after]) return DIMENSIONS[after]!;
  if (spentOn) {
    // "on housing", "on lobbying": after "on" an "-ing" word is a noun.
    const what = nounPhraseAfter(` ${spentOn[1]}`) ?? /^(\p{Ll}+ing)\b/u.exec(spentOn[1]!)?.[1] ?? null;
    const keyword = moneyKeyword(sentence, start, end);
    if (what && /^\s+to\s/.test(rest)) return `paid to ${what}`;
    if (what) return keyword && !what.includes(keyword) ? `${keyword} on ${what}` : what;
  }
  // "estimated the value of the cash and share deal at about $125 million", "put the cost of the project at $2bn": the value (cost,
  // size) of what the estimate names.
  const estimate = kind === 'money' ? ESTIMATED_AT.exec(rawBefore) : null;
  const estimated = estimate ? headBefore(estimate[2]!) ?? phraseBefore(estimate[2]!) : null;
  if (estimated) return `${estimated} ${estimate![1]!.toLowerCase()}`;
  const bought = kind === 'money' ? boughtLabel(rawBefore, rest) : null;
  if (bought) return bought;
  // "the One X costs $500", "The kit will cost about $40": the subject's price (a name's) or cost (a common noun's).
  const costs = kind === 'money' ? COSTS_BEFORE.exec(rawBefore) : null;
  const costly = costs ? subjectBefore(costs[1]!) : null;
  // A capital that opens the sentence is positional, no name ("Retail sales cost").
  const named = costly ? costly.split(' ').some((w, j) => /^\p{Lu}/u.test(w) && (j > 0 || !rawBefore.trimStart().startsWith(costly))) : false;
  // ("The iPhone 6 Plus costs $299": a model's number inside a name is the name's; a bare number is another figure.)
  if (costly && !PRONOUN_OBJECT.test(costly) && (!/\d/.test(costly) || /^(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}-]*\s\d/u.test(costly))) return `${costly} ${named ? 'price' : 'cost'}`;
  // "contribute up to $19,000 pretax to a 401(k) and $6,000 to a traditional IRA": a contribution, to what the "to" names.
  const gave = kind === 'money' ? CONTRIBUTED.exec(rawBefore) : null;
  if (gave) {
    const to = CONTRIBUTED_TO.exec(rest.split(/[$€£¥]\s?\d|\s(?:and|or)\s+\d/)[0]!);
    const noun = /^don/i.test(gave[1]!) ? 'donation' : /^pledg/i.test(gave[1]!) ? 'pledge' : 'contribution';
    const whom = to ? trimStops(to[1]!.split(/\s+/)).join(' ') : '';
    return whom ? `${noun} to ${whom}` : noun;
  }
  // "230 million light-years wide": the dimension the phrase gives.
  const dimension = after && after.includes(' ') ? DIMENSIONS[after.split(' ').pop()!] : undefined;
  if (dimension) return dimension;
  if (after) return after;
  if (kind === 'money') {
    // "raised a $19 million Series B led by Accel", "a $40 million Series C in June": a funding round, no product's price.
    const series = FUNDING_SERIES.exec(rest);
    if (series) return `${series[1]} ${series[2]?.toLowerCase() ?? 'round'}`;
    // "the $1,000 Meta Quest Pro": the price of the product it names.
    const product = /^\s+((?:\p{Lu}[\p{L}\d’'-]*\s?){1,4})(?=[,.;:)]|\s+\p{Ll}|$)/u.exec(rest);
    if (product && /\b(?:the|an?|its|their|his|her)\s+$/i.test(before)) return `${product[1]!.trim()} price`;
    // "The $49 charging brick regularly goes on sale", "an even better reviewed $99 Logitech MX Master 3 advanced mouse": the price
    // of the thing the amount modifies, its name and model number included.
    const item = /(?:\b(?:the|an?|its|their|his|her|this|that)|[’']s)\s+(?:\p{Ll}+\s+){0,3}$/iu.test(before) ? PRICED_ITEM.exec(rest) : null;
    // Not "$10 off coupon", "$60 less", "50 Euro per sample": a function word is no part of a thing; an adverb after it ends it.
    const itemWords = item ? item[1]!.trim().split(/\s+/) : [];
    while (itemWords.length > 1 && /^\p{Ll}+ly$/u.test(itemWords[itemWords.length - 1]!)) itemWords.pop();
    // Not "The typical fee of $90 surprised nobody": a verb in the past after the amount opens the predicate.
    if (itemWords.length && !(OF_AMOUNT_END.test(before) && isPastVerb(itemWords[0]!)) && itemWords.every((w) => !STOP.has(w) && !VERBS.has(w)) && /^\p{Ll}/u.test(itemWords[itemWords.length - 1]!) && !/ly$/.test(itemWords[itemWords.length - 1]!)) return `${itemWords.join(' ')} price`;
    // "Satechi’s awesome $29 72W USB-C PD Car Charger is the first…": a product's name as the subject of the clause, after its specs.
    const named = /(?:\b(?:the|an?|its|their|his|her|this|that)|[’']s)\s+(?:\p{Ll}+\s+){0,3}$/iu.test(before) ? NAMED_PRODUCT.exec(rest) : null;
    if (named) return `${named[1]!.trim()} price`;
    // "charge $10 for a Diet Coke", "pay Rs 300 for fresh air": the price of what it buys.
    // "anted up $129 for the Google Stadia Founder's Edition": a phrasal verb of paying too.
    const buys = PAYS_BEFORE.test(before) ? /^\s+for\s+(?:a|an|one|each|every|the(?=\s+\p{Lu}))?\s*(.*)$/u.exec(rest) : null;
    // Not "charge Rs 299 for fifteen minutes": a time bought is no thing.
    const bought = buys && !/^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty|sixty|a few|several|half)\b)/iu.test(buys[1]!) ? nounPhraseAfter(buys[1]!) ?? /^((?:\p{Lu}[\p{L}’'-]*\s?){1,4})(?=[,.;:!?”"]|\s+\p{Ll}|$)/u.exec(buys[1]!)?.[1]?.trim() ?? null : null;
    if (bought) return `${bought} price`;
  }
  // "a cell meant for 35", "a stadium built to hold 50,000": what the count is the capacity of.
  const holds = kind === 'count' ? CAPACITY_FOR.exec(before) : null;
  if (holds && !STOP.has(holds[1]!) && !VERBS.has(holds[1]!)) return `${holds[1]} capacity`;
  // "About 23,000 die.", "as many as 200 have been killed": a count of people that the verb names.
  if (kind === 'count' && /^\s+(?:die|died|dies)\b/.test(rest)) return 'deaths';
  const befell = kind === 'count' ? /^\s+(?:have|had|has|were|was)\s+(?:been\s+)?(killed|injured|wounded|hurt|arrested|detained|evacuated|displaced|rescued|infected|hospitalized|hospitalised)\b/.exec(rest) : null;
  if (befell) return befell[1]!;
  // "the number of Americans killed since 9/11 by terrorism, it's less than 100": what the number counts.
  const numberOf = kind === 'count' && !/\bof\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$/i.test(before) ? /\bthe number of\s+(.*)$/i.exec(before) : null;
  const counted = numberOf ? nounPhraseAfter(numberOf[1]!) : null;
  if (counted) return counted;
  // "The celebration, which typically runs five days", "retail sales, which totaled $726 billion": what the relative clause is about.
  const antecedent = relativeAntecedent(before, rest);
  if (antecedent) return antecedent;
  // "people age 12 and older", "between the ages of 25 and 54"
  if (/\bage[sd]?\s+(?:of\s+)?$/i.test(before)) return 'age';
  // "the Wild's 4-1 win in front of 15,522": the crowd.
  if (kind === 'count' && /\bin front of\s+(?:a crowd of\s+|about\s+|some\s+|more than\s+|nearly\s+)?$/i.test(before)) return 'crowd';
  if (kind === 'measure') {
    // "16GB DDR3 RAM", "512GB NVMe SSD": a part named by an acronym after a capacity, its model letters before it.
    const acronym = DATA_SIZE.test(figText) ? PART_ACRONYM.exec(rest) : null;
    if (acronym) return acronym[1]!;
    const measured = measureLabel(before, rest, unitOf ?? /\d([\p{L}]+)$/u.exec(figText)?.[1]?.toLowerCase() ?? null);
    if (measured) return measured;
  }

  // "a stake of 5%", "revenue of $3bn", "an unemployment rate of 4%" — not "in front of", "instead of", "out of", "ahead of".
  const completed = nounCompleted(before);
  if (completed) return completed;
  // "which would value it at over $600 million", "the round values the company at $3 billion": the verb values a thing; the amount is its valuation.
  if (kind === 'money' && VALUES_AT.test(rawBefore)) return 'valuation';
  // "an order valued at $8.8 billion", "a deal worth $2m"
  const valued = /^(.*?)\s*,?\s*(?:valued at|worth|priced at|estimated at|totall?ing|amounting to)\s+(?:about |roughly |nearly |almost |some |around |up to |more than |over |just |as much as )?$/i.exec(before);
  if (valued) {
    // "a lifeline from investor SoftBank worth $8 billion": who gives it is no part of what is worth it.
    // ("its largest to date, valued at $450 million": an adverb of time closing the phrase names nothing valued, and a superlative
    // whose noun is left out leaves the amount to the sentence's money word.)
    const np = valued[1]!.replace(/\s+(?:was|is|were|are|has been|had been|be|been)$/i, '').replace(/\s+(?:from|by|with)\s+(?:\p{Ll}+\s+)?(?:\p{Lu}[\p{L}&.’'-]*\s*)+$/u, '').replace(/\s+(?:to\s+date|so\s+far|yet|ever|in\s+(?:its|their|the\s+company’s|the\s+company's)\s+history)$/i, '');
    const found = headBefore(np) ?? (/(?:^|\s)(?:is|are|was|were)$/i.test(valued[1]!) ? clauseSubject(np) : null);
    const superlative = found !== null && /^\p{Ll}+est$/u.test(found);
    const head = superlative ? [...np.matchAll(/\b(acquisition|deal|purchase|takeover|merger|buyout|investment|contract|order|sale)s?\b/gi)].pop()?.[1]?.toLowerCase() ?? null : found;
    if (head && kind === 'money' && (COMPANY.test(head) || VALUED_NAME.test(rawBefore))) return 'valuation';
    // "versions priced at $649 and $699": what is priced at an amount has that price, not a value.
    const noun = /priced at\s+(?:\S+\s+)*$/i.test(before.slice(valued[1]!.length)) ? 'price' : 'value';
    if (head) return /value|valuation|price|cost/i.test(head) ? head : `${head} ${noun}`;
    if (kind === 'money') return moneyKeyword(sentence, start, end) ?? noun;
  }
  // "puts the figure at about $44 million": what the estimate is of.
  const put = /\b(?:puts?|putting|pegs?|pegged|pegging)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?((?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)\s+at\s+(?:about |roughly |nearly |almost |some |around |more than |over |just )?$/u.exec(before);
  const putHead = put ? headBefore(put[1]!) : null;
  if (putHead) return putHead;
  // "Of these speakers, 64% use Māori at home": a share of the whole the sentence opens with.
  const fronted = kind === 'percent' ? FRONTED_OF.exec(rawBefore) : null;
  const whole = fronted ? nounPhraseAfter(` ${fronted[1]!.replace(/^[\d,.]+\s+/, '')}`) : null;
  if (whole) return whole;
  // "Herbert Walker, 49, of Frederick has lost more than 51 pounds": a weight a person loses or gains is body weight, whatever place
  // the subject's name carries.
  const weighed = kind === 'measure' && unitOf && WEIGHT_UNIT.test(unitOf) ? WEIGHT_CHANGE.exec(rawBefore)?.[1] : undefined;
  if (weighed) return /^(?:gain|put)/i.test(weighed) ? 'weight gained' : 'weight lost';
  const moved = changeLabel(rawBefore, rest, kind);
  // "Danilo Gallinari added 25 points": a person's gain in a tally unit is the person's tally, no market move.
  const player = moved && unitOf && TALLY_UNIT.test(unitOf) ? PERSON_MOVE.exec(moved) : null;
  if (player && genderOfGivenName(player[1]!) !== null) return `${player[1]} ${player[2]} ${unitOf}`;
  // "Jones added 25 points and 10 rebounds": a name whose gain a player's other tally joins is the player's tally.
  const scorer = moved && unitOf && TALLY_UNIT.test(unitOf) && / (?:gain|rise)$/.test(moved) && /^\p{Lu}/u.test(moved) && otherTally(sentence, unitOf) ? moved.replace(/ (?:gain|rise)$/, '') : null;
  if (scorer) return `${scorer} ${unitOf}`;
  if (moved) return moved;
  // "showed Yoon’s approval rating at 13%": the level of the noun phrase before "at".
  const atLevel = kind === 'percent' ? /^(.*\S)\s+at\s+(?:about |around |roughly |nearly |just |only |over |under )?$/.exec(before) : null;
  const levelOf = atLevel ? phraseBefore(atLevel[1]!) : null;
  // Not "We recommend at 100%": one word must be a noun after a determiner or a possessor.
  if (levelOf && (levelOf.includes(' ') || (!/ing$/.test(levelOf) && /(?:\b(?:the|a|an|its|their|his|her|our)|[’']s)\s+\S+$/.test(atLevel![1]!)))) return levelOf;
  // "production operations ranging from 30-600 MW": what ranges.
  const ranging = /^(.*\S)\s+(?:ranging|ranged|ranges|range|varying|varied|varies)\s+(?:from\s+|between\s+)?$/.exec(before);
  const ranged = ranging ? phraseBefore(ranging[1]!) : null;
  if (ranged) return ranged;
  // "increase solar module efficiency from around 20% now to 24%": the earlier level of what changes.
  const changedFrom = /\b(?:increase|increased|increasing|raise|raised|raising|boost|boosted|improve|improved|cut|reduce|reduced|lower|lowered|grow|grew)\s+((?:the\s+|its\s+|their\s+)?[^,;]{1,60}?)\s+from\s+(?:about |around |roughly |nearly |some )?$/i.exec(before);
  const changed = changedFrom ? subjectBefore(changedFrom[1]!) : null;
  if (changed) return changed;
  // "temperatures ranging from 10 °C (50 °F) in the south to 16 °C": the other end of what the first end names.
  const toEnd = coord === 'both' && /\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$/i.test(before) ? figureShape(figText) : null;
  if (toEnd) {
    const from = [...before.matchAll(new RegExp(`\\bfrom\\s+(?:about\\s+|around\\s+)?(${toEnd})(?![\\p{L}\\d])`, 'giu'))].pop();
    const was = from ? labelFigure(sentence, from.index! + from[0].length - from[1]!.length, from.index! + from[0].length, kind, 'back') : null;
    if (was) return was;
  }
  // "70% of respondents …, up from 66% in 2023": the earlier value of the same thing as the figure before.
  // "more than 1 million (up from 820,000) paid memberships": a bracket opens the earlier value too.
  // "in 175 local markets …, compared to 170 as of August": the figure a comparison sets against the one before counts the same thing.
  const earlier = coord === 'both' ? EARLIER_VALUE.exec(before) ?? COMPARED_VALUE.exec(before) : null;
  const shape = earlier ? figureShape(figText) : null;
  if (earlier && shape) {
    // Not a year ("sales of 5,000 in 2019, compared with 4,000"): a date is no figure of the same thing.
    // "more than 2 million (up from 900,000)": the earlier figure whole, its scale word included.
    const prev = [...before.slice(0, earlier.index).matchAll(new RegExp(`(?<![\\d.,])${shape}(?:\\s(?:thousand|million|billion|trillion)\\b)?(?![\\p{L}\\d])`, 'giu'))].filter((p) => !/^(?:1[89]|20)\d\d$/.test(p[0])).pop();
    const was = prev ? labelFigure(sentence, prev.index!, prev.index! + prev[0].length, kind, 'back') : null;
    if (was) return was;
  }
  // "Net income fell to $12.3 million, or 12 cents per share, from $13.2 million": the level a change started from is the level of
  // what changed to the figure of the same shape before it.
  const fromLevel = coord === 'both' && FROM_LEVEL.test(before) ? figureShape(figText) : null;
  const toLevel = fromLevel ? [...before.matchAll(new RegExp(`\\bto\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+)?(${fromLevel})(?![\\p{L}\\d])`, 'giu'))].pop() : undefined;
  if (toLevel) {
    const at = toLevel.index! + toLevel[0].length - toLevel[1]!.length;
    // The level before the change is the thing's level, not its change: "Net income fall" → "Net income".
    const was = labelFigure(sentence, at, at + toLevel[1]!.length, kind, 'back')?.replace(/(?<=\S)\s+(?:rise|fall|gain|drop|decline|increase|decrease|close|level)$/, '');
    if (was) return was;
  }
  const joinedBefore = coord !== 'forward' ? coordinated(sentence, start, figText, kind, 'back') : null;
  if (joinedBefore) return joinedBefore;
  // "rushed for 101 yards", "passing for 235 yards": the measure of what the verb did.
  const did = kind === 'measure' ? /(?:^|\s)(\p{Ll}+(?:ed|ing))\s+(?:for|to)\s+$/u.exec(before) : null;
  if (did && unitOf) return `${unitOf} ${did[1]}`;
  // "18 of 25 passes for 210 yards", "22 carries for 120 yards": the yards a play's noun gained are its gerund's yards.
  const play = kind === 'measure' && unitOf === 'yards' ? PLAY_FOR.exec(before) ?? PLAYED_FOR.exec(before) : null;
  if (play) return `${PLAY_GERUND[play[1]!.toLowerCase()]} yards`;
  // "swung to a loss in terms of net income, losing $2.6 million", "the unit lost $40 million": an amount lost is a loss, whatever
  // money word stands nearer (not "lost $5 million in sales", which the noun after names above).
  if (kind === 'money' && LOSING_AMOUNT.test(before)) return 'loss';
  // "half of the $850 million that BuzzFeed is currently worth": what a name is worth is its valuation.
  const worthName = kind === 'money' ? WORTH_RELATIVE.exec(rest)?.[1] : undefined;
  if (worthName) return `${worthName.trim().replace(/[.’']+$/, '')} valuation`;
  // "BuzzFeed grabbed $50 million from Andreessen Horowitz": money a company takes in from a named investor is funding from it.
  const backer = kind === 'money' && TOOK_IN.test(before) ? FROM_NAME.exec(rest)?.[1] : undefined;
  if (backer) return `funding from ${backer.trim().replace(/[.’']+$/, '')}`;
  const listed = kind === 'money' && /(?:^|[:;,.]\s*|\s[–—-]\s*)$/.test(rawBefore) ? LISTED_NAME.exec(rest)?.[1] : undefined;
  if (listed && /\p{Lu}/u.test(listed)) return `${listed.trim()} price`;
  if (kind === 'money' || kind === 'range') {
    // "at a price that's quite comparable ($999 for base model)": what the money buys names a price better than the word "price".
    const keyword = moneyKeyword(sentence, start, end);
    if (keyword === 'price' && kind === 'money') return purposeLabel(before, rest) ?? keyword;
    return keyword ?? (kind === 'money' ? priceLabel(before, rest) ?? purposeLabel(before, rest) : null);
  }
  // "Rondo had eight points": points that no change or level names are what is counted.
  if (kind === 'measure' && unitOf && /^(?:points|pts)$/.test(unitOf)) return 'points';
  if (kind !== 'measure') return null;
  const quantity = unitQuantity(figText, rest, sentence);
  // "a Core i7 CPU running at 4GHz", "memory clocked at 3,200MHz": the quantity of the part that runs at it.
  const part = quantity ? RUNNING_AT.exec(rawBefore)?.[1] : undefined;
  if (part && !STOP.has(part.toLowerCase()) && !VERBS.has(part.toLowerCase())) return `${part} ${quantity}`;
  // "a TV above 50-inches", "screens of 13 inches": the size of the thing a length bounds.
  const sized = !quantity && /(?:^|[\d\s-])(?:inch|inches|in\.)$/i.test(figText) ? SIZED_THING.exec(rawBefore)?.[1] : undefined;
  if (sized && !STOP.has(sized.toLowerCase()) && !VERBS.has(sized.toLowerCase())) return `${sized} size`;
  return quantity;
}
const EARLIER_VALUE = /(?:,\s*|\(\s*|\b(?:is|are|was|were|still)\s+)(?:up|down)\s+(?:(?:about\s+|around\s+|roughly\s+|nearly\s+)?[\d.,]+\s?(?:%|percent|per\s+cent)\s+)?from\s+(?:the\s+)?(?:about\s+|around\s+|roughly\s+)?$/i;
const COMPARED_VALUE = /(?:,\s*|\(\s*|\s)(?:compared\s+(?:to|with)|versus|vs\.?)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+|only\s+)?$/i;
const FROM_LEVEL = /(?:,\s*|\s)from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$/i;
const LOSING_AMOUNT = /\b(?:losing|lost|loses|lose)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|just\s+|only\s+|another\s+|a\s+further\s+)?$/i;
const ESTIMATED_AT = /\b(?:estimat(?:e|es|ed|ing)|put|puts|putting|peg(?:s|ged|ging)?|calculat(?:e|es|ed|ing)|reckon(?:s|ed|ing)?|assess(?:es|ed|ing)?|set|sets|setting)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:total\s+)?(value|cost|price|size|worth)\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|this\s+|that\s+|a\s+|an\s+)?([^,;:()]{2,60}?)\s+at\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|just\s+|up\s+to\s+|as\s+much\s+as\s+|less\s+than\s+|under\s+)?$/i;
const OBJECT_PLACE = /\s+(?:for|in|at|on|across|within|from|among|to)\s.*$/;
const WORTH_RELATIVE = /^\s+(?:that|which)\s+((?:\p{Lu}[\p{L}\d&.’'-]*\s+){1,3})(?:is|was|are|were|has\s+been)\s+(?:now\s+|currently\s+|reportedly\s+|still\s+|already\s+)?worth\b/u;
const TOOK_IN = /\b(?:grabb(?:ed|ing)|grabs?|land(?:ed|s|ing)|secur(?:ed|es|ing)|snag(?:s|ged|ging)|nab(?:s|bed|bing)|rak(?:ed|es|ing)\s+in|pull(?:ed|s|ing)\s+in|took\s+in|takes\s+in|bagg(?:ed|ing)|received|receives|gets|got|won)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|another\s+|a\s+further\s+|an\s+additional\s+)?$/i;
const FROM_NAME = /^\s+(?:in\s+(?:new\s+)?(?:funding|financing|investment|capital)\s+)?from\s+(?:investors?\s+|backers?\s+|firms?\s+)?((?:\p{Lu}[\p{L}\d&.’'-]*\s?){1,4})(?=[,.;:)]|\s+(?:and|at|in|to|as|which|who|that|for|with|led|last|this|earlier)\b|$)/u;
const OF_AMOUNT = /^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|this\s+|that\s+)?([$€£¥]\s?\d[\d,.]*(?:\s(?:thousand|million|billion|trillion))?)(?![\d,.])/;
const POINTED_TOOK = /(?:^|[,;:]\s*|\b(?:and|but|so|yet)\s+)(?:all\s+)?(?:this|that|it|these|those)\s+(?:(?:only|just|also|still|already|\p{Ll}+ly)\s+)*(?:(?:will|would|could|should|might|may|can|has|had|have)\s+)?(?:took|takes|take|taken|lasted|lasts)\s+(?:(?:me|us|him|her|them|you)\s+)?(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|less\s+than\s+|more\s+than\s+|over\s+|under\s+)?$/iu;
const PERIOD_ENDED = /^\s+(?:ended|ending)\s+(?:on\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d/;
const IN_SECURITIES = /^\s+in\s+(?:new\s+|common\s+|preferred\s+|restricted\s+)?(shares|stock|stock\s+options|options|warrants|units)\b/i;
// ("sold 78.1 million smartphones in the third quarter, down 8.6%": a time or place after the noun only sets it.)
const COUNT_THEN_NOUN = /(?<![\p{L}\d$€£¥.,])\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]+s)(?:\s+(?:in|during|over|across|worldwide|globally)(?:\s+(?:the|its|this|last)\s+(?:first|second|third|fourth|final|latest|past)?\s*(?:quarter|year|month|week|period|U\.S\.|US|world)|\s+(?:Q[1-4]|(?:19|20)\d\d|\p{Lu}\p{Ll}+)))?\s*$/u;
const PAREN_COMPARISON = /^\s*\((?:up|down|from|compared\s+(?:to|with)|versus|vs\.?)\s[^()]{1,40}\)(?=\s+\p{L})/u;
const GRADED_FIGURE = /(?<=\b(?:is|are|was|were|be|been|being|of|to|at)\s+)an?\s+(?:whopping|staggering|hefty|mere|modest|healthy|massive|cool|paltry|respectable|impressive|eye-watering|jaw-dropping|remarkable|astonishing|astounding|record|record-high|record-low|princely|measly|meager|meagre|robust|solid|sizeable|sizable|considerable|substantial)\s+$/i;
const OF_AMOUNT_END = /\p{Ll}{3,}\s+of\s+(?:about |roughly |nearly |almost |some |around |up to |more than |over |just |as much as )?$/u;
const PREDICATE_VERB = /^(?:beat|beats|tops|topped|missed|misses|exceeds?|exceeded|lifts?|lifted|boosts?|boosted|helps?|helped|pushe[sd]|push|pleases?|pleased|surpass(?:es|ed)?)$/;
const LOST_BEFORE = /\b(?:lost|loses|lose|losing|loss(?:es)?)\b(?:\s+(?!(?:and|but|to|at|from|closed?|closing|trading|traded|ground)\b)\S+){0,3}\s+$/i;
// "Uber is valued at $50 billion", "the startup was valued at $2 billion": a company's value is its valuation.
const VALUED_NAME = /(?:^|[\s(])\p{Lu}[\p{L}&.’'-]*\s+(?:(?:is|was|are|were|has|had|been|now|currently|reportedly|last)\s+)*valued\s+at\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|just\s+|up\s+to\s+|as\s+much\s+as\s+)?$/u;
const OWNS = /\b(?:owns?|owned|owning|holds?|held|holding|controls?|controlled|stakes?|acquir(?:e|es|ed|ing)|bought|buys?|sold|sells?|selling)\b[^,;:.]{0,30}$/i;
const VALUES_AT = /\bvalu(?:e|es|ing)\s+(?:it|them|him|her|us|(?:the|its|their|this|that)\s+(?:\S+\s+){0,2}?\S+|\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2})\s+at\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|just\s+|up\s+to\s+|as\s+much\s+as\s+|less\s+than\s+|under\s+)?$/iu;
const SIZED_THING = /(?:^|\s)(?:an?|the|any|one|each|every|its|their|your|his|her)\s+([\p{L}][\p{L}\d-]*)\s+(?:above|over|under|below|of|at|larger\s+than|smaller\s+than|bigger\s+than)\s+(?:about\s+|around\s+)?$/u;
const RUNNING_AT = /(?:^|\s)([\p{L}][\p{L}\d-]*)\s+(?:running|clocked|runs|run|clocking|operating|boosting)\s+(?:at\s+)?(?:up\s+to\s+|about\s+|around\s+)?$/u;

const PAYS_BEFORE = /\b(?:charg\w*|pay|pays|paid|paying|sell\w*|sold|cost\w*|(?:shell|fork|splash|cough|ante|pony|ponie)(?:s|d|ed|ing)?\s+(?:out|up|over))\s+(?:\S+\s+){0,2}$/i;
const COSTS_BEFORE = /^(.*?\S)\s+(?:(?:now|still|only|currently|also|will|would|could|should|may|might|does|did|typically|usually)\s+)*(?:costs?|costing|retails?\s+for|retailing\s+for)\s+(?:just\s+|only\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|under\s+|over\s+|less\s+than\s+|more\s+than\s+|up\s+to\s+|at\s+least\s+)?$/i;
const CONTRIBUTED = /\b(contribut(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|pledg(?:e|es|ed|ing))\b[^.;:!?]{0,80}$/i;
// What a contribution goes to, up to the clause's next preposition or punctuation: "to a traditional IRA for which …".
// A possessor name before it is no part of it ("to New Zealand’s total GDP" → "total GDP").
const CONTRIBUTED_TO = /^[^,;:]{0,30}?\bto\s+(?:a|an|the|your|their|his|her|its|our|my)?\s*(?:(?:\p{Lu}[\p{L}&.-]*\s)*\p{Lu}[\p{L}&.-]*[’']s\s+)?([^\s,;:.]+(?:\s+(?!(?:for|and|or|in|on|at|by|with|which|that|who|if|so|but|because)\b)[^\s,;:.]+){0,3})/u;
const PART_ACRONYM = /^\s+((?:[\p{Lu}\d][\p{L}\d-]*\s+){0,2}\p{Lu}{2,5})(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|with|for|in|on|of|at|to|that|which)\b)/u;
const DATA_SIZE = /(?:\d|\s)(?:[KMGTP]B|[KMGTP]i?B|(?:kilo|mega|giga|tera|peta)bytes?)$/i;
const PERSON_WAS = /(?:(?:^|\s)([Hh]e|[Ss]he|I)|(?:^|\s)(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}’'-]+)\s+(?:was|is|were|turned|turns)\s+(?:only\s+|just\s+|still\s+)?$/u;
const AGE_AT = /(?:\b(?:retir(?:e|es|ed|ing|ement)|died|dies|dying|passed\s+away|eligib(?:le|ility)|kicks?\s+in|kicked\s+in|kicking\s+in)\b[^,;:.\d]{0,30}?\s+at|\bturn(?:s|ed|ing)?)\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?$/i;
const TIMES_OF = /^\s+times\s+(?:the\s+|your\s+|its\s+|their\s+|his\s+|her\s+|our\s+|my\s+)(.*)$/i;
const OF_WHICH = /^\s+of\s+(?:which|whom)\s+(?:(?:are|were|was|is|have\s+been|had\s+been|became|become)\s+(?!\p{Ll}+ed\b)(?:also\s+|now\s+|still\s+)?(?:an?\s+|the\s+)?(.*)|(?:got|get|were|are|was|have\s+been|had\s+been)\s+(\p{Ll}{3,}ed)\b)/iu;
// "$149 – ProSense 57: GPS and HR": a price before a dash and a name in a list is the named product's price.
const LISTED_NAME = /^\s*[–—-]\s+((?:[\p{Lu}\d][\p{L}\d&.+'’-]*)(?:\s+[\p{Lu}\d][\p{L}\d&.+'’-]*){0,3})\s*(?:[:(]|$)/u;
// "receive $1,000 for initial integration": what the money pays for.
const FOR_PURPOSE = /^\s*(?:USD|EUR|GBP|CAD|AUD)?\s+for\s+(?:the\s+|an?\s+|each\s+|every\s+|its\s+|their\s+|your\s+)?(.*)$/u;
const DEALT = /\b(?:paid|pay|pays|paying|spent|spend|spends|spending|bought|buy|buys|buying|acquir\w+|sold|sell|sells|selling|offer\w*|bid|bids)\b[^.;]{0,40}$/i;
const REWARDED = /\b(?:receiv\w*|earn\w*|win|wins|won|award\w*|get|gets|got|getting|reward\w*|bount\w*|bonus\w*|pay\s+(?:out|you)|paid\s+out)\b[^.;]{0,80}$/i;
const OF_PRONOUN = /^\s+of\s+(?:those|them|these)\b(?!\s+(?:of|who|which|that|in|at|on|with|from)\b)/i;
// A plural noun a number counts, with at most one modifier between: "1,000 alarms", "24 new countries".
const COUNTED_BEFORE = /(?<![\p{L}])\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+(?:\p{Ll}[\p{Ll}-]+\s+)?(\p{Ll}{3,}s)\b/gu;
const MEASURE_NOUN = /^(?:milligrams?|grams?|kilograms?|kilos?|tons?|tonnes?|pounds?|ounces?|litres?|liters?|gallons?|barrels?|cups?|tablespoons?|teaspoons?|pints?|bottles?|bags?|boxes|crates?|cans?|doses?|pieces?|slices?|sheets?|acres?|hectares?)$/;
const COMPANY = /^(?:company|firm|business|group|startup|carrier|bank|airline|club|team|venture|utility|chain|publisher|conglomerate|insurer|lender|retailer|maker|automaker|developer|operator)$/;
const HOLDS = /\b(?:shareholders?|stakes?|owns?|owned|owning|holds?|held|holding|with|controls?|controlled|acquir\w+|bought|buys?|sold|sells?|selling)\b/i;
// The noun a figure completes with "of": "a stake of 5%", "a period of 12 hours" — not "in front of", "instead of", "out of", "ahead of".
const PER_UNIT_OF = /(?:\b(\p{Ll}{3,})\s+per\s+(?:diluted\s+)?(\p{Ll}{3,})|\bEPS)\s+of\s+(?:about |roughly |nearly |almost |some |around |up to |more than |over |just )?(?:an? )?$/u;
const OF_BEFORE = /(?<![\p{L}\d’'-])((?:[\p{Ll}\d-]+\s){0,2}[\p{Ll}-]{3,})\s+of\s+(?:about |roughly |nearly |almost |some |around |up to |more than |over |just |as much as |up |down )?(?:an? )?$/u;
const WEIGHT_UNIT = /^(?:pounds?|lbs?|kilos?|kilograms?|kg|stone)$/i;
const WEIGHT_CHANGE = /\b(lost|lose|loses|losing|shed|sheds|shedding|dropped|gained|gain|gains|gaining|put\s+on|puts\s+on)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|just\s+|only\s+|another\s+|a\s+further\s+|an\s+additional\s+)?$/i;
const NOT_COMPLETED = /\b(?:front|top|instead|because|out|ahead|most|many|none|short|shy|north|south|east|west|upwards|excess)$/i;

function nounCompleted(before: string): string | null {
  // "earnings per share of $6.53", "an EPS of $6.35": a rate per unit is named whole, not by its unit ("share").
  const rate = PER_UNIT_OF.exec(before);
  if (rate) return rate[1] ? `${rate[1].toLowerCase()} per ${rate[2]!.toLowerCase()}` : 'earnings per share';
  const m = OF_BEFORE.exec(before);
  const head = m && !NOT_COMPLETED.test(m[1]!) ? headBefore(m[1]!) : null;
  // "Speaking of one year ago": a gerund opening the sentence is no noun.
  return head && /ing$/.test(head) && /^\s*\S+\s+of\s/.test(before) ? null : head;
}


function durationSubject(before: string): string | null {
  const m = DURATION_IS.exec(before);
  return m ? subjectBefore(m[1]!) : null;
}

/**
 * The event a period places in time, when nothing else names it: "the region’s population has boomed by more than 7 million people in
 * the past decade" → "decade in which the region’s population has boomed" — the clause's subject, past verb and object before the period.
 */
/**
 * "200,000 children in federal custody in the past two years", "newly installed capacity for the first seven months": a period the
 * sentence places a state or a tally in ("the past", "the next", "the first") is the period of the noun phrase it follows.
 * Not after an amount ("$28 billion over the past two years": the amount's own words) nor after another time ("over multiple days").
 */
function spanPlacing(before: string, figText: string): string | null {
  const m = SPAN_PLACING.exec(before);
  if (!m || !(m[2] || SPAN_WORD.test(figText))) return null;
  const head = m[1]!;
  // "to about 400 employees over the next 18 months": a noun another figure counts is that figure's; the period is of the change.
  if (/\d[\d,.]*(?:\s+[^\s,;:]+){0,2}\s*$/.test(head)) return null;
  const what = phraseBefore(head);
  if (!what || TIME_UNIT.test(what.split(' ').pop()!) || SCALE_WORD_ONLY.test(what.split(' ').pop()!)) return null;
  return `period of ${what}`;
}
function periodEvent(before: string, units: string): string | null {
  const m = PLACING_PERIOD.exec(before);
  if (!m) return null;
  // The last clause before it: "… have also increased as the region’s population has boomed" → "the region’s population has boomed".
  const clause = m[1]!.split(/[,;:—–(]|\s(?:as|while|when|because|although|though|whereas|and|but|that|which|who|so)\s/u).pop()!;
  const event = clauseEvent(clause);
  // Not "$1.4 billion budgeted": an amount is no subject.
  const at = event ? clause.indexOf(event.split(' ')[0]!) : -1;
  // A pronoun opening the sentence is capitalised by position only.
  return event && at >= 0 && !/\d\S*\s+$/.test(clause.slice(0, at)) ? `${units} in which ${event.replace(/^(?:She|He|They|We|It|You|The|A|An)\b/, (w) => w.toLowerCase())}` : null;
}

// Without a prototype: a word such as "constructor" or "toString" is no key ("a two argument constructor").
// A verb that makes its subject a part of a whole: "account for", "make up", "represent", "comprise".
const PART_OF = /(?:^|\s)(?:account(?:s|ed|ing)?\s+for|ma(?:de|kes?|king)\s+up|represent(?:s|ed|ing)?|compris(?:e|es|ed|ing))\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|around\s+|more\s+than\s+|over\s+|less\s+than\s+|just\s+|only\s+)?$/i;
// The verb or auxiliary that ends a clause's subject: "Tourism is critical …" → "Tourism".
const SUBJECT_END = /\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|remains?|remained)\s/;

/** Whose share a part-of verb states: its subject, or for a participle after a comma the subject of the clause before. */
function shareHolder(before: string): string | null {
  const m = PART_OF.exec(before);
  if (!m) return null;
  const head = before.slice(0, m.index);
  if (!/,\s*$/.test(head)) return subjectBefore(head.replace(/\s+(?:alone|together|combined|now|currently|still|also)$/i, ''));
  if (!/ing\s+/i.test(m[0])) return null;
  const clause = head.replace(/,\s*$/, '').split(/[,;:—–]/).pop()!;
  const verb = SUBJECT_END.exec(` ${clause} `);
  return verb ? subjectBefore(` ${clause} `.slice(0, verb.index)) : null;
}

const DIMENSIONS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, { long: 'length', wide: 'width', high: 'height', tall: 'height', deep: 'depth', thick: 'thickness' });
const TRAVELLED = /\b(flown|flew|driven|drove|travell?ed|walked|run|ran|hiked|cycled|biked|sailed|swum|swam|covered|logged)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|less\s+than\s+|just\s+|only\s+|at\s+least\s+|a\s+total\s+of\s+)?$/i;
const PARTICIPLE_OF: Record<string, string> = { flew: 'flown', drove: 'driven', ran: 'run', swam: 'swum' };
const DATA_UNIT = /^(?:[kmgtp]i?b|(?:kilo|mega|giga|tera|peta)bytes?)$/i;
const DISTANCE_UNITS = /^(?:miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot|ft|yards?)$/i;

/**
 * What a measure measures when no noun names it: a distance from a place ("3,600 kilometers east of Moscow"),
 * a weight ("weighs 8.4 pounds"), a range on one charge ("go 300 miles on a single charge"), or the quantity
 * its unit stands for (horsepower, torque, speed).
 */
function measureLabel(before: string, rest: string, unit: string | null): string | null {
  const u = unit ?? '';
  if (DISTANCE_UNITS.test(u)) {
    const from = /^\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:\s+of)?|away\s+from|from|off)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'-]*\s?){1,3})/u.exec(rest);
    if (from) return `distance from ${from[1]!.trim()}`;
    if (/^\s*(?:\([^)]*\)\s*)?away\b/i.test(rest)) return 'distance';
    // "floats about 20 km above the ground", "2,000 feet below sea level": a height or a depth.
    if (/^\s+above\s+sea\s+level\b/.test(rest)) return 'elevation';
    if (/^\s+below\s+sea\s+level\b/.test(rest)) return 'elevation below sea level';
    if (/^\s+above\s+(?:the\s+)?(?:ground|surface|earth|Earth)\b/.test(rest)) return 'altitude';
    if (/^\s+below\s+(?:the\s+)?(?:ground|surface|seabed|sea\s+floor)\b/.test(rest)) return 'depth';
    // "The balloons have flown more than 3 million kilometers", "has driven 700,000 miles": the distance travelled so.
    const travelled = TRAVELLED.exec(before);
    if (travelled) return `distance ${PARTICIPLE_OF[travelled[1]!.toLowerCase()] ?? travelled[1]!.toLowerCase()}`;
    if (/\b(?:on\s+(?:a|one)\s+(?:single\s+|full\s+)?(?:battery\s+)?(?:charge|tank)|battery\s+power|per\s+charge|of\s+range|range)\b/i.test(rest) || /\brange\b[^.]{0,30}$/i.test(before)) return 'range';
  }
  if (/^(?:pounds?|lbs?|kilograms?|kgs?|tons?|tonnes?|metric tons?|metric tonnes?|ounces?|oz|grams?)$/i.test(u) && /\bweigh(?:s|ed|ing|t)?\b[^.]{0,30}$/i.test(before)) return 'weight';
  // "The update weighs in at 22MB", "brings the app's size down to 14 MB": the size of a file, of what weighs it or owns the size.
  if (DATA_UNIT.test(u)) {
    const weighs = /^(.*?)\s+(?:now\s+|only\s+|just\s+)?weigh(?:s|ed|ing)?(?:\s+in)?(?:\s+at)?\s+(?:just\s+|only\s+|about\s+|around\s+|roughly\s+|nearly\s+|under\s+|over\s+)?$/i.exec(before);
    const owner = weighs ? subjectBefore(weighs[1]!) : null;
    if (weighs) return owner && !PRONOUN_OBJECT.test(owner) ? `${owner} size` : 'size';
    const sized = /(?:\b(?:the|its|their)\s+|(\p{Ll}{3,})[’']s\s+)(?:(download|file|install|installation)\s+)?size\s+(?:(?:down|up)\s+)?(?:to|of|is|was|at)\s+(?:just\s+|only\s+|about\s+|around\s+|under\s+)?$/u.exec(before);
    if (sized) return [sized[1], sized[2], 'size'].filter(Boolean).join(' ');
  }
  // "Storage starts at 16GB and goes up to 128GB": the subject whose smallest (and largest) option it is.
  const starts = /^(.*?\S)\s+(?:starts?|starting|begins?)\s+at\s+(?:(?:just|only|about|around)\s+)?(?:\S+\s+and\s+(?:goes|go|runs?|tops?\s+out|maxes\s+out)\s+(?:up\s+)?(?:to|at)\s+)?$/i.exec(before);
  const option = starts ? subjectBefore(starts[1]!) : null;
  if (option && !PRONOUN_OBJECT.test(option) && !/^(?:it|they|which|that|this)$/i.test(option)) return option;
  if (/^(?:horsepower|hp)$/i.test(u)) return 'horsepower';
  if (/^(?:lb-ft|pound-feet)$/i.test(u)) return 'torque';
  if (/^(?:mph|kph|km\/h|knots?)$/i.test(u)) return /\bwinds?\b|\bgust/i.test(before) ? 'wind speed' : 'speed';
  return null;
}

/**
 * The last resort for a measure: a unit that measures one quantity only names it — "games at 4k and 60fps" → frame rate,
 * "a 1.2GHz CPU" → clock speed, "300 kW (402 hp)" → power, "the most beautiful 87 square miles" → area, "at 243 pounds" → weight,
 * "a 2.0-liter … engine" → engine displacement. The unit may be glued to the number or hold a slash or dots ("50 km/h").
 */
function unitQuantity(figText: string, rest: string, sentence: string): string | null {
  const u = /(?:[\d\s-])([\p{L}°][\p{L}/.°-]*)$/u.exec(figText)?.[1]?.replace(/\.$/, '').toLowerCase() ?? '';
  if ((/^km$/.test(u) && /^\/h\b/.test(rest)) || /^(?:km\/h|kph|mph)$/.test(u)) return 'speed';
  if (/^fps$/.test(u)) return 'frame rate';
  if (/^[gmk]hz$/.test(u)) return 'clock speed';
  if (/^(?:celsius|fahrenheit|°[cf])$/.test(u)) return 'temperature';
  if (/^(?:kw|kilowatts?|ps|bhp|watts?)$/.test(u)) return 'power';
  if (/^(?:mw|gw|megawatts?|gigawatts?)$/.test(u)) return 'capacity';
  if (/^(?:acres?|hectares?)$/.test(u) || /\b(?:square|sq\.?)\s+\p{L}+$/u.test(figText)) return 'area';
  // Not "8-ounce jelly jars": a unit compounded with a hyphen describes the noun after it.
  // Nor "2,750 tons, or 2,500 metric tons, of water": an "of"-complement after a restatement names what weighs that much.
  if (/^(?:pounds?|lbs?|kilograms?|kgs?|tons?|tonnes?|metric tons?|metric tonnes?|ounces?|oz|grams?|mg)$/.test(u) && !/-\p{L}+$/u.test(figText) && !/^\s*[,)]\s*of\s/.test(rest)) return 'weight';
  if (/^-?lit(?:er|re)s?$/.test(u) && /\bengines?\b/i.test(sentence)) return 'engine displacement';
  return null;
}

// "Rakuten offers the latest Apple AirPods with wireless charging case for $150", "U.S. Games sells new decks for $20": what a seller
// offers or a buyer gets for the amount, up to a preposition that opens its details.
const OFFERED_FOR = /\b(?:offer(?:s|ed|ing)?|sell(?:s|ing)?|sold|get|gets|getting|grab|buy|buys|buying|bought|find|listing|lists|listed)\s+(?:(?:the|an?|its|their|his|her|this|these|those|latest|new|brand-new|refurbished|used)\s+)*([^,;:()"“”]{2,80}?)\s+for\s+(?:just\s+|only\s+|about\s+|around\s+|under\s+)?$/iu;
const SOLD_FOR = /^(.*\S)\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:sold|resold|went|fetched|auctioned)(?:\s+(?:at|in|on)\s+(?:auction|sale|\p{Lu}[\p{L}’'-]*))?\s+for\s+(?:just\s+|only\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$/u;
const ITEM_END = /^(?:with|from|at|in|on|via|through|by|and|or|to|that|which|who|when|as|plus|including)$/i;

/** The price of the thing offered for an amount: a name and model ("Apple AirPods price") or a plain noun ("price of decks"); null for a pronoun. */
function offeredItem(before: string): string | null {
  // "The painting sold at auction for $450 million": what sold is the clause's subject.
  const sold = SOLD_FOR.exec(before);
  const seller = sold ? subjectBefore(sold[1]!) : null;
  if (seller && !PRONOUN_OBJECT.test(seller) && !/^\p{Lu}[\p{L}&.’'-]*$/u.test(seller)) return `${seller} price`;
  const m = OFFERED_FOR.exec(before);
  if (!m) return null;
  const words: string[] = [];
  for (const raw of m[1]!.split(/\s+/)) {
    const w = bareWord(raw);
    // "the Apple iPad Pro 12.9-inch 64GB Wi-Fi": a size or capacity after the name is a detail of it.
    if (ITEM_END.test(w) || (/\d/.test(w) && words.length >= 2) || w === '') break;
    words.push(w);
    if (w !== raw || words.length === 4) break;
  }
  if (!words.length || PRONOUN_OBJECT.test(words[0]!) || words.some((w) => STOP.has(w.toLowerCase()) || VERBS.has(w.toLowerCase()))) return null;
  const last = words[words.length - 1]!;
  // The thing ends on a noun or a name, not on an adverb or a participle ("sells them cheaply").
  if (/^\p{Ll}+(?:ly|ed|ing)$/u.test(last) || /^\d/.test(words[0]!)) return null;
  // "new decks for $20": a plural thing is priced each ("price of decks"), a name or a single thing as itself ("Apple AirPods price").
  if (/^\p{Ll}/u.test(last) && /[^s]s$/.test(last)) return `price of ${words.join(' ')}`;
  return `${words.join(' ')} price`;
}

/**
 * A money amount with no money word near it is mostly a price: "for $139 (Originally $159)", "Now $549",
 * "starts at $44,000", "save $31", "$10 off".
 */

/** What money "for" a noun phrase pays or prices: "receive $1,000 for initial integration" → "initial integration reward". */
function purposeLabel(before: string, rest: string): string | null {
  // Not "It paid $30 million for the land": a payment in a deal is the deal's amount, which "the $30 million deal" restates.
  if (DEALT.test(before)) return null;
  const m = FOR_PURPOSE.exec(rest);
  const bought = m ? nounPhraseAfter(` ${m[1]}`) : null;
  if (!bought || TIME_UNIT.test(bought.split(' ').pop()!)) return null;
  return `${bought} ${REWARDED.test(before) ? 'reward' : 'price'}`;
}

function priceLabel(before: string, rest: string): string | null {
  // "devices that retail for less than $250": the price they sell at in shops.
  if (/\bretail(?:s|ed|ing)?\s+(?:for|at)\s+(?:just\s+|only\s+|about\s+|around\s+|under\s+|less\s+than\s+|more\s+than\s+|over\s+)?$/i.test(before)) return 'retail price';
  if (/^\s*off\b/i.test(rest)) return 'discount';
  if (/\bsav(?:e|es|ed|ing)\s+(?:you\s+|shoppers\s+|buyers\s+)?(?:up\s+to\s+|about\s+|around\s+|over\s+|nearly\s+)?$/i.test(before)) return 'savings';
  if (/\bstart(?:s|ed|ing)?\s+at\s+(?:just\s+|only\s+|about\s+|around\s+)?$/i.test(before)) return 'starting price';
  if (/\b(?:originally|orig\.|regular(?:ly)?|usually|normally|list)\s+(?:at\s+|for\s+)?$/i.test(before)) return 'original price';
  if (/\bdonat(?:e|ed|es|ing|ion)\b[^.]{0,20}$/i.test(before)) return 'donation';
  // Not "sells a similar mat for $60 less": a difference in price is no price of the thing.
  const offered = /\bfor\s+(?:just\s+|only\s+|about\s+|around\s+|under\s+)?$/i.test(before) && !/^\s+(?:less|more|cheaper|extra|off)\b/i.test(rest) ? offeredItem(before) : null;
  if (offered) return offered;
  if (/\bcharg(?:e|es|ed|ing)\b[^.]{0,25}$/.test(before)) return 'charge';
  if (/(?:^|\b(?:for|now|at|just|only|from|down\s+to|as\s+low\s+as|as\s+little\s+as)\s+)(?:just\s+|only\s+|about\s+|around\s+|over\s+)?$/i.test(before)) return 'price';
  return null;
}

const AUXILIARIES = /^(?:has|have|had|been|was|were|is|are|be|will|would|could|should|may|might|must|also|then|still|already|not|never)$/i;
// A subject pronoun ("so I boiled mine") opens the clause whose verb is the activity: it and what comes before it are no part of it.
const ACTIVITY_STOP = new Set(['who', 'which', 'that', 'while', 'and', 'but', 'albeit', 'or', 'as', 'when', 'where', 'because', 'although', 'though', 'if', 'since', 'said', 'says', 'according', 'so', 'i', 'we', 'he', 'she', 'they']);

/**
 * The verb phrase of a clause whose object is another figure, before that figure: "That would reduce federal revenue by an additional
 * $631 billion (over 10 years)" → "reduce federal revenue", "raised spending by $300 billion" → "raised spending". Only a verb opens it:
 * a past form, or a base form after a modal ("to the tune of $28 billion" names nothing).
 */
function activityBeforeFigure(text: string): string | null {
  const m = /^(.*\S)\s+\S*\d\S*(?:\s+(?:thousand|million|billion|trillion|bn|m|percent|per cent|%))?$/iu.exec(text.trim());
  if (!m) return null;
  const cut = m[1]!.replace(/(?:\s+(?:by|of|to|at|for|from|with|in|on|about|around|roughly|nearly|almost|some|more|than|less|over|under|up|an?|the|another|additional|extra|further|just|only|its|their|his|her))+$/i, '');
  if (cut === m[1] || /\d/.test(cut.split(/\s+/).pop()!)) return null;
  const activity = activityBefore(cut);
  if (!activity) return null;
  const first = activity.split(' ')[0]!;
  const words = cut.split(/\s+/).map((w) => bareWord(w).toLowerCase());
  const modal = /^(?:would|will|could|can|may|might|should|must|to)$/.test(words[words.lastIndexOf(first.toLowerCase()) - 1] ?? '');
  return isPastVerb(first) || (modal && !DETERMINERS.has(first.toLowerCase()) && !STOP.has(first.toLowerCase())) ? activity : null;
}

/** The clause's verb phrase before a preposition ("has avoided extradition to Sweden for seven years" → "avoided extradition to Sweden"). */
function activityBefore(text: string, withFigures = false): string | null {
  const raw = text.trim().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  let joined = false;
  let adjunct = false;
  for (let i = raw.length - 1; i >= 0 && kept.length < 6; i--) {
    const w = raw[i]!;
    adjunct = /,$/.test(w);
    if (/[,;:—–(]$/.test(w) || /^[—–-]$/.test(w) || /[”"]$/.test(w)) break;
    const bare = bareWord(w);
    // The clause holds another figure: its words are that figure's — unless the caller reads a whole activity that lasts.
    if (/\d/.test(bare) && !withFigures) return null;
    joined = /^(?:and|or)$/i.test(bare);
    if (bare === '' || ACTIVITY_STOP.has(bare.toLowerCase())) break;
    kept.unshift(bare);
    if (bare !== w.replace(/[’']s$/, '') && kept.length > 1) break;
  }
  // "Assange has avoided extradition": the subject before the auxiliary is not the activity.
  const aux = kept.findIndex((w, j) => j > 0 && AUXILIARIES.test(w) && !/^(?:also|then|still|already|not|never)$/i.test(w));
  // A passive names its subject: "no inmate checks were conducted" → "inmate checks conducted".
  const passive = aux > 0 && /^(?:was|were|is|are|been|be)$/i.test(kept[aux]!) && /^\p{Ll}+(?:ed|en)$|^(?:held|paid|made|built|kept|sold|found|seen|run|spent|left|lost|won|set|put|cut|hit|laid|told)$/u.test(kept[aux + 1] ?? '') && /^\p{Ll}/u.test(kept[aux - 1]!);
  if (passive) kept.splice(aux, 1);
  else if (aux > 0 && aux < kept.length - 1) kept.splice(0, aux + 1);
  while (passive && kept.length && /^(?:no|the|a|an|all|some|its|their|his|her|these|those)$/i.test(kept[0]!)) kept.shift();
  while (kept.length && (AUXILIARIES.test(kept[0]!) || DETERMINERS.has(kept[0]!.toLowerCase()) || STOP.has(kept[0]!.toLowerCase()))) kept.shift();
  let pronoun = false;
  while (kept.length && STOP.has(kept[kept.length - 1]!.toLowerCase()) && !/^(?:to|in|off|out|up|down)$/i.test(kept[kept.length - 1]!)) pronoun = /^(?:it|them|him|her|us|me|this|that)$/i.test(kept.pop()!) || pronoun;
  if (!kept.some((w) => !STOP.has(w.toLowerCase()) && !AUXILIARIES.test(w))) return null;
  // "with the military and opposition": after "and" a noun alone is a conjunct, no activity; "after they wore it": a verb whose
  // object is a pronoun names nothing the card can show.
  if (joined && !kept.some((w) => isPastVerb(w) || /\p{Ll}ing$/u.test(w) || VERBS.has(w.toLowerCase()))) return null;
  if (pronoun && kept.length === 1) return null;
  // "…of torque, lasting for eight seconds": a participle set off by a comma modifies the clause before, it is no activity.
  if (adjunct && kept.length === 1 && /\p{Ll}ing$/u.test(kept[0]!)) return null;
  return kept.join(' ');
}

// Past forms that no "-ed" ending shows: the verb of a clause that dates a duration ("Apple made the wrong decision five years ago").
const IRREGULAR_PAST = new Set([
  'made', 'began', 'became', 'saw', 'won', 'took', 'went', 'came', 'got', 'gave', 'told', 'found', 'left', 'lost', 'sold', 'bought', 'wrote', 'ran',
  'held', 'met', 'built', 'sent', 'spent', 'brought', 'thought', 'felt', 'knew', 'fell', 'rose', 'grew', 'drew', 'broke', 'chose', 'spoke',
  'stood', 'woke', 'flew', 'threw', 'drove', 'led', 'paid', 'heard', 'kept', 'meant', 'sat', 'struck', 'taught', 'overthrew', 'shot', 'caught',
  'fought', 'sought', 'sank', 'sang', 'ate', 'hid', 'shook', 'forgot', 'fled', 'withdrew', 'undertook', 'overtook', 'wore', 'swore', 'beat', 'split',
]);
const TIME_UNIT = /^(?:second|minute|hour|day|night|week|month|year|decade|century|centuries|season|quarter)s?$/;

/** The noun of a duration's unit ("years", "a decade" → "decade"), or "time" when the figure names none. */
// A period that dates what it tells from what went before: "Seven decades later, …", "almost a decade later".
const LATER = /^\s+(later|earlier)\b/i;
// The larger unit's part before the smaller one's: "(2 hours and) 15 minutes"; group 1 the figure, group 2 its unit.
const COMPOUND_HEAD = /(?:^|\s)((?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(seconds?|minutes?|hours?|days?|weeks?|months?|years?))\s*(?:,?\s+and|,)\s+$/i;
const UNIT_RANK = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'];
// The smaller unit's part of a length stated in two units: "(7 hours) and 40 minutes", "(two years), three months".
const COMPOUND_TAIL = /^(?:,?\s+and|,)\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\b/i;

/** "Seven decades later" → "decades later": the time elapsed, when nothing else in the sentence names what the period counts. */
function elapsed(rest: string, unit: string | null, figText: string): string | null {
  const later = LATER.exec(rest);
  if (!later || !unit || !TIME_UNIT.test(unit)) return null;
  return `${unitNoun(unit, /^(?:an?|one|1)\s/i.test(figText) && !/s$/.test(figText))} ${later[1]!.toLowerCase()}`;
}

function unitNoun(unit: string | null, one: boolean): string {
  if (!unit || !TIME_UNIT.test(unit)) return 'time';
  const singular = unit.replace(/ies$/, 'y').replace(/s$/, '');
  return one ? singular : singular === 'century' ? 'centuries' : `${singular}s`;
}

function isPastVerb(w: string): boolean {
  return IRREGULAR_PAST.has(w) || (/^\p{Ll}{2,}ed$/u.test(w) && !/(?:eed|hundred)$/.test(w));
}

function hasPastVerb(clause: string): boolean {
  return !/\bdid\b/.test(clause) && clause.split(/\s+/).some(isPastVerb);
}

/** Whether `before` ends where a clause may start: nothing, a comma or dash, or a conjunction. */
function opensClause(before: string): boolean {
  return /(?:^|[,;:—–(]|\b(?:and|but|so)\s)\s*$/u.test(before.replace(TRAILING_QUAL, ''));
}

const PREPOSITIONS = new Set(['of', 'about', 'in', 'on', 'at', 'for', 'with', 'to', 'from', 'by', 'after', 'before', 'like', 'over', 'into', 'during', 'than', 'through']);
const CLAUSE_END = new Set(['of', 'about', 'in', 'on', 'at', 'for', 'with', 'to', 'from', 'by', 'after', 'before', 'like', 'over', 'into', 'during', 'than', 'because', 'as', 'since', 'while', 'when', 'where', 'that', 'which', 'who', 'and', 'but', 'or', 'if', 'until', 'through']);

/**
 * The event a clause states, as its subject, past verb and object: ", over breakfast, my friend Helen handed me a novel about a quest"
 * → "my friend Helen handed me a novel"; "he died of natural causes" → "he died". Null when no part before a comma has a past verb.
 */
function clauseEvent(text: string): string | null {
  for (const part of text.replace(/\([^()]*\)/g, ' ').split(/[,;:—–()]/u).slice(0, 3)) {
    const words = part.trim().split(/\s+/).map(bareWord).filter((w) => w !== '');
    // "the third botched launch", "the updated machine": a past form after a determiner or an ordinal is an adjective.
    const v = words.findIndex((w, i) => i > 0 && isPastVerb(w) && !/^(?:the|a|an|this|that|its|their|his|her|our|my|your|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/iu.test(words[i - 1]!));
    if (v < 0) continue;
    // The subject: up to four words before the verb, after any conjunction or preposition ("the Melvin and Howard star woke").
    // A noun after a preposition is no subject ("cut loose from Oracle and found a new home"): that part names no event.
    let from = Math.max(0, v - 4);
    let afterPreposition = false;
    for (let i = v - 1; i >= from; i--) {
      const w = words[i]!;
      const joinsNames = /^(?:and|or)$/i.test(w) && /^\p{Lu}/u.test(words[i - 1] ?? '') && /^\p{Lu}/u.test(words[i + 1] ?? '');
      if (/\d/.test(w) || (CLAUSE_END.has(w.toLowerCase()) && !joinsNames)) {
        afterPreposition = PREPOSITIONS.has(w.toLowerCase()) || /^(?:and|or|but)$/i.test(w);
        from = i + 1;
        break;
      }
    }
    if (from >= v || afterPreposition) continue;
    const kept = words.slice(from, v + 1);
    // "we saw an explosion of websites": an "of" and the noun after it complete the object.
    for (const [j, w] of words.slice(v + 1, v + 5).entries()) {
      const next = words[v + 2 + j] ?? '';
      const ofNoun = w.toLowerCase() === 'of' && j > 0 && /^\p{L}/u.test(next) && !STOP.has(next.toLowerCase()) && !DETERMINERS.has(next.toLowerCase());
      if ((CLAUSE_END.has(w.toLowerCase()) && !ofNoun) || /\d/.test(w)) break;
      kept.push(w);
    }
    // "Lladanosa and Espinosa work has offered": a conjunction left at the subject's start joins nothing.
    while (kept.length > 2 && /^(?:and|or|but)$/i.test(kept[0]!)) kept.shift();
    while (kept.length > 2 && (STOP.has(kept[kept.length - 1]!.toLowerCase()) || DETERMINERS.has(kept[kept.length - 1]!.toLowerCase()))) kept.pop();
    return kept.join(' ');
  }
  return null;
}

/**
 * What a duration measures when no noun names it: what follows "after/before/since" ("21 months after
 * privately reporting the bug"), what is "left" ("18 months left in power"), or the activity that lasts
 * ("has avoided extradition to Sweden for seven years", "deliberated for less than 10 minutes").
 */
// A verb in the past right before a duration, hedged or not: "played 41 minutes", "logged more than 3.5 billion hours".
const DONE_FOR = /(?:^|\s)(\p{Ll}{3,})\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|only\s+|just\s+|more\s+than\s+|less\s+than\s+|over\s+|under\s+|at\s+least\s+|a\s+total\s+of\s+|an\s+average\s+of\s+)?$/u;
// Past verbs whose object a time is not (a date, a period or a change): "ended 10 years of", "rose 3 days", "lost two years".
const NOT_DONE_FOR = /^(?:ended|closed|finished|started|began|rose|fell|gained|dropped|lost|added|cut|extended|delayed|postponed|shortened|reduced|increased|decreased|raised|lowered|marked|celebrated|turned|aged|dated|needed|wanted|asked|required|expected|estimated|predicted|projected|planned|received|given|granted|sentenced|jailed|served|spent|took|lasted|made|got|gave|won|saw|found|kept|held|had|used|allowed|offered|promised)$/;
/**
 * The last resort for a duration: "James played 41 minutes", "those who walked 30 minutes a day", "players have logged 3.5 billion
 * hours" — a time that is the object of a verb of doing is the time done so ("minutes played"); not after the verbs a period only
 * places or changes ("ended", "rose", "lost"), nor a time before or after an event.
 */
function timeDone(before: string, rest: string, units: string): string | null {
  if (/^\s*(?:ago|later|earlier|before|after|since|into|old|long)\b/i.test(rest)) return null;
  const done = DONE_FOR.exec(before);
  return done && isPastVerb(done[1]!) && !NOT_DONE_FOR.test(done[1]!) ? `${units} ${done[1]}` : null;
}

function durationActivity(before: string, rest: string, unit: string | null, one: boolean): string | null {
  const units = unitNoun(unit, one);
  const left = /^\s*(left|remaining|to go)\b(\s+(?:in|of|on|at)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?\p{L}[\p{L}-]*)?/iu.exec(rest);
  if (left) return `${left[1]!.toLowerCase()}${left[2] ?? ''}`;
  // "world stock markets … to their highest in nearly two years", "the yen hit its weakest level in six months": the time since
  // the subject was last so high or low; "for the first time in 25 years": since the clause last happened.
  const superlative = SUPERLATIVE_IN.exec(before);
  if (superlative) {
    const head = before.slice(0, superlative.index).replace(/\s+(?:has\s+|have\s+|had\s+)?(?:\p{Ll}+ed|fell|rose|grew|sank|hit|hits|drove|sent|pushed|to)(?:\s+(?:at|to))?\s*$/u, '');
    const first = /^first$/i.test(superlative[1]!);
    // "made 165 executive-level promotions, the lowest number in at least four years": an appositive superlative describes the
    // noun phrase before its comma.
    const subject = first ? activityBefore(head.replace(/\s+for$/i, '')) : subjectBefore(head) ?? (/,\s*$/.test(head) ? phraseBefore(head.replace(/,\s*$/, '')) : null);
    if (subject) return first ? `${units} since last ${subject}` : `${subject} ${superlative[1]!.toLowerCase()} in ${units}`;
  }
  // "fewer than the PlayStation 4 sold in its first nine months", "the app reached a million users in its first three weeks": a
  // possessive period belongs to the clause's subject, whose own first (or last) stretch it is.
  const owned = OWN_PERIOD.exec(before);
  const ownerClause = owned ? SUBJECT_OF_LAST_VERB.exec(owned[1]!.split(/[,;:—–(]/u).pop()!) : null;
  const owner = ownerClause ? subjectBefore(ownerClause[1]!) : null;
  if (owned && owner && !STOP.has(owner.toLowerCase())) return `${owner.replace(/^(?:The|A|An)\s+/, '')}’s ${owned[2]!.toLowerCase()} ${units}`;
  // "more than a year and a half into the biggest trade war": the time elapsed of what it is into.
  const into = /^\s+into\s+(?:the|a|an|its|their|his|her|our|this)\s+(.*)$/iu.exec(rest);
  const intoWhat = into ? nounPhraseAfter(` ${into[1]}`) : null;
  if (intoWhat) return `${units} into ${intoWhat}`;
  // "spent 14 years doing drug analysis", "spending three days at Epstein’s mansion": the time spent on what follows, not who spent it.
  const spentOn = SPENT_TIME.test(before) ? SPENT_DOING.exec(rest) : null;
  const spentWords = spentOn ? spentOn[1]!.split(/\s+/).map((w) => w.replace(/[’'!?]+$/, '')).filter((w) => w !== '') : [];
  const clauseWord = spentWords.findIndex((w, i) => i > 0 && STOP.has(w.toLowerCase()) && !(i === 1 && /^(?:the|an?)$/i.test(w)));
  const spentWhat = trimStops(clauseWord > 0 ? spentWords.slice(0, clauseWord) : spentWords);
  if (spentWhat.length) return `time ${spentWhat.join(' ')}`;
  // "For the last 10 months the lab has offered a testing service", "In six months, Smith completed the work": a period opening
  // its clause spans what the clause after it did.
  // Only the clause up to a semicolon or dash, and not when the period is measured from something ("in the three years since …").
  const opening = SPAN_OPENS.test(before) && !/^\s*,?\s*(?:since|before|after|ago|later|earlier|from|of|to|in|on|at|by|with|for)\b/i.test(rest) ? clauseEvent(rest.split(/[;:—–]/u)[0]!) : null;
  if (opening) return `${units} in which ${opening}`;
  // "21 months after privately reporting the bug", "over the past six years since I joined the company": the time from or to the
  // event after it, which the card names with the units ("months after …", "years since …"), before any activity of the clause.
  // "a chaotic six hours from the time Yoon declared martial law", "two hours until police arrived": from or to an event too.
  const after = /^\s*,?\s*(after|before|since|later than|from the time|until)\s+([^,;.:()—–]{3,80})/i.exec(rest);
  const afterWords = after ? trimStops(after[2]!.trim().split(/\s+/).slice(0, 6)) : [];
  const fromEvent = afterWords.length ? `${units} ${after![1]!.toLowerCase()} ${afterWords.join(' ')}` : null;
  // "over half a century ago": a time before or after an event is no span the clause lasts.
  const prep = /^\s+(?:ago|later)\b/i.test(rest) ? null : DURATION_PREP.exec(before);
  // "I walked 10,000 steps a day for two weeks", "ran 20 tests for six hours": what lasts "for" the time is the whole activity, the
  // count inside it included (it is that activity's object, not a rival noun for the label).
  // Not an amount paid: "pay Rs 300 for fresh air for 15 minutes" — what lasts is what was bought, not the paying.
  const activity = prep ? activityBefore(prep[1]!) ?? activityBeforeFigure(prep[1]!) ?? (FOR_PERIOD.test(before) && COUNTED_OBJECT.test(prep[1]!) && !PAID_AMOUNT.test(prep[1]!) ? activityBefore(prep[1]!, true) : null) : null;
  // "she enjoyed a meteoric rise through the ranks of the party in the last two years": a period that places the clause (not one it
  // lasts "for") is named by the clause's event, whose words before the period are often only the tail of its object.
  const placed = !fromEvent && activity && !FOR_PERIOD.test(before) ? periodEvent(before, units) : null;
  if (placed) return placed;
  // "deliberated for less than 10 minutes before convicting": what lasts "for" the time is named before the event after it.
  if (activity && (!fromEvent || FOR_PERIOD.test(before))) return activity;
  if (fromEvent) return fromEvent;
  const taken = timeTaken(before);
  if (taken) return taken;
  // "The law takes effect in 90 days", "the ban will expire in two weeks": a time from now until the event the clause states.
  const due = / in\s/.test(before) ? EVENT_IN.exec(before) : null;
  // "the third botched launch of a Russian spacecraft in two years": after a determiner or an adjective, or before "of", it is a noun.
  if (due && !NOUN_BEFORE.test(due[1]!) && !/^\s*of\b/i.test(due[3]!)) {
    const subject = subjectBefore(due[1]!.replace(/\s+(?:will|would|is|are|was|were|set|due|expected|scheduled|to)(?=\s|$)/gi, ' ').trim());
    // "returns to court in six weeks": where or what to, unless it is a place "in" or "at" ("meet again in Oklahoma City").
    const to = due[3]!.trim();
    const object = to && !/^(?:in|at|on|near|for|after|before|within)\b/i.test(to) && to.split(/\s+/).length <= 3 ? ` ${to}` : '';
    const verb = due[2]!.replace(/\s+/g, ' ').toLowerCase();
    // Without a subject the verb reads in its base form: "time until return to court".
    return subject ? `time until ${subject} ${verb}${object}` : `time until ${baseForm(verb)}${object}`;
  }
  // "it takes 15 seconds to fold the roof", "took 18 months to answer": the time to do what follows.
  const toDo = /^\s+to\s+((?:\p{Ll}[\p{Ll}’'-]*\s+){0,3}\p{Ll}[\p{Ll}’'-]*)/u.exec(rest);
  if (toDo && TAKES.test(before)) return `time to ${trimStops(toDo[1]!.split(/\s+/)).join(' ')}`;
  // "farmers now have barely a month to clear their fields", "gave the company 30 days to respond": the time allowed to do it.
  const allowed = toDo && HAS_TIME.test(before) && !DETERMINERS.has(toDo[1]!.split(/\s+/)[0]!) ? trimStops(toDo[1]!.split(/\s+/)) : [];
  if (allowed.length) return `time to ${allowed.join(' ')}`;
  // "developer onboarding typically takes less than a month": the time the subject takes.
  const takes = /^\s*(?:[.,;:)]|$)/.test(rest) ? TAKES_ALONE.exec(before) : null;
  const taker = takes ? phraseBefore(takes[1]!) : null;
  if (taker) return `${taker} time`;
  const lasted = LASTED.exec(before);
  // "…, lasting for eight seconds": the participle alone names nothing.
  if (lasted) return activityBefore(before.slice(0, lasted.index)) ?? relativeHead(before.slice(0, lasted.index)) ?? (/ing$/i.test(lasted[1]!) ? null : lasted[1]!.toLowerCase());
  // "Apple released it nearly five years ago", "We moved here two years ago": the years since what the clause did.
  if (/^\s+ago\b/i.test(rest)) {
    const clause = before.replace(TRAILING_QUAL, ' ');
    const since = activityBefore(clause);
    const antecedent = clause.slice(0, Math.max(0, clause.length - (since?.length ?? 0) - 1));
    const head = relativeHead(antecedent);
    // "the Magic Keyboard that Apple released nearly five years ago": a name the relative clause hangs on is what was done.
    const named = !head && since && isPastVerb(since.split(' ').pop()!) ? NAMED_ANTECEDENT.exec(antecedent.trimEnd())?.[1] : undefined;
    if (named && hasPastVerb(since!)) return `${units} since ${since} the ${named}`;
    // Only a clause that did something dates the figure ("Apple released", "we moved"), not "than they did" or a bare name.
    // "began 10 years ago, when the star woke up after surgery": a "when"-clause after it says what happened then.
    const when = /^\s+ago\s*,?\s+when\s+(.*)$/i.exec(rest);
    const then = when ? clauseEvent(when[1]!) : null;
    if (then) return `${units} since ${then}`;
    if (since && hasPastVerb(since)) return `${units} since ${head ? `${head} ` : ''}${since}`;
    // "After debuting the all-new Juke two months ago": the time since what the gerund did.
    const did = /(?:^|\s)(?:after|since)\s+(\p{Ll}+ing(?:\s+[\p{L}’'-]+){1,4})\s*$/iu.exec(clause);
    if (did) return `${units} since ${did[1]!.replace(/^(?:the|a|an)\s+/i, '')}`;
    // "Since its introduction over a year ago": the time since the event a noun names.
    const event = /(?:^|\s)(?:after|since)\s+(?:its|the|his|her|their|our|my)\s+(\p{Ll}{3,}(?:\s+\p{Ll}{3,})?)\s*$/u.exec(clause.toLowerCase().replace(/\s+$/, ''));
    if (event && !STOP.has(event[1]!.split(' ').pop()!)) return `${units} since ${event[1]}`;
    // "Three years ago, over breakfast, my friend Helen handed me a novel": a figure opening the clause dates the clause after it.
    const opened = opensClause(before) ? clauseEvent(rest.replace(/^\s+ago\b/i, '')) : null;
    if (opened) return `${units} since ${opened}`;
  }
  // "When Smith died 16 years later", "Two months later, he died": the time until what the clause (or the one after) did.
  if (/^\s+later\b/i.test(rest)) {
    const until = activityBefore(before.replace(TRAILING_QUAL, ' '));
    if (until && hasPastVerb(until)) return `${units} until ${until}`;
    const then = opensClause(before) ? clauseEvent(rest.replace(/^\s+later\b/i, '')) : null;
    if (then) return `${units} until ${then}`;
  }
  return null;
}


/**
 * The time an action takes, done "in" it after a modal or "to": "drivers can operate the soft-top to close in just 16 seconds" →
 * "time to operate the soft-top to close". Not a past or present clause ("meet again in three days"): only a base verb says what takes it.
 */
function timeTaken(before: string): string | null {
  const m = IN_TIME.exec(before);
  // "will tour together for the first time in 25 years": the time since it last happened, not the time it takes.
  const activity = m && !/\btimes?$/i.test(m[1]!) ? activityBefore(m[1]!) : null;
  if (!activity) return null;
  const first = activity.split(' ')[0]!.toLowerCase();
  const words = m![1]!.split(/\s+/).map((w) => bareWord(w).toLowerCase());
  const modal = /^(?:would|will|could|can|may|might|should|must|to)$/.test(words[words.lastIndexOf(first) - 1] ?? '');
  return modal && !DETERMINERS.has(first) && !STOP.has(first) && !AUXILIARIES.test(first) ? `time to ${activity}` : null;
}

/**
 * The deadline a time limit sets: "ordered the striking doctors to return to work within 48 hours" → "deadline to return to work",
 * "requires payment within 10 days" → "payment deadline". Null when nothing is ordered or required ("had an effect within two days").
 */
function deadlineLabel(before: string): string | null {
  const m = WITHIN.exec(before);
  if (!m) return null;
  const clause = m[1]!.slice(Math.max(m[1]!.lastIndexOf(','), m[1]!.lastIndexOf(';')) + 1);
  const toDo = ORDERED_TO.exec(clause);
  if (toDo) return `deadline to ${trimStops(toDo[1]!.split(/\s+/).filter((w) => !/\d/.test(w))).join(' ')}`;
  const required = /\b(?:requir(?:e|es|ed|ing)|demand(?:s|ed|ing)?)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?((?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}[\p{Ll}-]{2,})$/u.exec(clause);
  if (required && !STOP.has(required[1]!.split(' ').pop()!)) return `${required[1]} deadline`;
  return null;
}

/**
 * A duration that no noun, verb or clause names is named by the phrase its unit heads: "five-and-a-half years in charge",
 * "Forty-five years of practicing law", "52 weeks in a year", "72 hours in custody".
 */
function durationComplement(unit: string | null, rest: string): string | null {
  if (!unit || !/^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))$/.test(unit)) return null;
  const m = /^\s+(in|of|as|behind|without)\s+((?:(?:the|a|an|his|her|its|their|our)\s+)?(?:\p{Ll}[\p{Ll}’'-]*\s+){0,2}\p{Ll}[\p{Ll}’'-]*)/u.exec(rest);
  if (!m) return null;
  const all = m[2]!.split(/\s+/);
  // The phrase ends before the clause's verb: "5 minutes of charging gives", "the first seven months of the year reached".
  const verbAt = all.findIndex((w, i) => i > 0 && (VERBS.has(w) || /ed$/.test(w) || (/ing$/.test(all[i - 1]!) && /[^s]s$/.test(w))));
  const words = trimStops(verbAt > 0 ? all.slice(0, verbAt) : all);
  // "two years in a row", "three years in total", "seven months of the year": the phrase qualifies the time, it names nothing.
  if (!words.length || /^(?:row|total|all|time|advance|prison|jail|years?|months?|weeks?|days?|seasons?|decades?|centur(?:y|ies))$/.test(words[words.length - 1]!)) return null;
  return `${unit} ${m[1]} ${words.join(' ')}`;
}

// "achieved three years early", "two weeks behind schedule": how far ahead of (or behind) its schedule an event came.
const SCHEDULE = /^\s+(early|late|overdue|ahead\s+of\s+schedule|behind\s+schedule)\b/i;
// "The next two months were tough.": a period that is the subject of a copula and an adjective; group 1 the adjective.
const PERIOD_WAS = /^\s+(?:were|was|have\s+been|had\s+been|will\s+be|are|is)\s+(?:very\s+|really\s+|particularly\s+|especially\s+|extremely\s+|incredibly\s+|pretty\s+)?(\p{Ll}{3,})\s*(?:[.;,!]|$)/u;
// "shaved 3.2 years from the life expectancies", "added two years to his sentence": a time taken off or added to what follows.
const TAKEN_OFF = /(?:^|\s)(?:shav|cut|knock|trimm?|slash|shorten|shave|add|tack)(?:e|es|ed|s|ing|ping|ting)?(?:\s+(?:off|on))?\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|up\s+to\s+|more\s+than\s+|an\s+average\s+of\s+)?$/i;
const OFF_OF = /^\s+(off\s+(?:of\s+)?|from\s+|to\s+)(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|a\s+|an\s+|many\s+|most\s+|some\s+|all\s+)?(.*)$/iu;

/**
 * A duration that no noun, verb or clause before names yet, read from how it frames what it is told with: a time ahead of or behind
 * schedule, a period that is "tough" ("tough months"), a time cut from or added to something ("life expectancies"), and a period in
 * which a noun phrase counts ("the third botched launch of a Russian spacecraft in two years" → "period of botched launch").
 */
function durationFrame(before: string, rest: string, units: string): string | null {
  const schedule = SCHEDULE.exec(rest);
  if (schedule) return `${units} ${schedule[1]!.toLowerCase().replace(/\s+/g, ' ')}`;
  // Only a period the sentence opens with ("The next two months", "Those three days") and no other figure.
  const adjective = /^\s*(?:the|those|these|my|his|her|their|our|its)\s+(?:next|last|past|first|final|following|previous)?\s*$/i.test(before) ? PERIOD_WAS.exec(rest)?.[1] : undefined;
  if (adjective && !STOP.has(adjective) && !/(?:ly|ing)$/.test(adjective) && !VERBS.has(adjective) && !/^(?:spent|gone|over|up|done)$/.test(adjective)) return `${adjective} ${units}`;
  if (TAKEN_OFF.test(before)) {
    const off = OFF_OF.exec(rest);
    const what = off ? nounPhraseAfter(` ${off[2]}`) : null;
    if (what && !TIME_UNIT.test(what.split(' ').pop()!)) return /^to/i.test(off![1]!) ? `time added to ${what}` : `time cut from ${what}`;
  }
  // "recommend holding people no longer than 72 hours", "waiting 20 minutes": a gerund whose adverb of time the figure is.
  // Not "targeting no more than 9 hours aggregate downtime": a noun after the figure is what it measures.
  const doing = !/^\s+\p{Ll}/u.test(rest) || /^\s+(?:per|a|an|each|every|in|on|at|for|before|after|while|when|and|or|but|to|from|with|without|until|since|because)\b/.test(rest) ? GERUND_FOR.exec(before) : null;
  if (doing && !ING_NOUNS.has(doing[1]!.toLowerCase()) && !/^(?:during|according|including|following|lasting|spanning|serving|totalling|totaling|\p{Ll}*thing|morning|evening|meeting|hearing|wedding|spring|string|ceiling|ending|beginning|offering|building|king|ring|wing)$/iu.test(doing[1]!)) {
    const object = (doing[2] ?? '').trim().split(/\s+/).filter((w) => w !== '' && !STOP.has(w.toLowerCase()) && !/^(?:the|an?|roughly|nearly|almost|some|just|only|well|exactly|precisely|much)$/i.test(w) && !/ly$/.test(w));
    return `time ${[doing[1]!.toLowerCase(), ...object].join(' ')}`;
  }
  // "had a transformative effect within 2 days": the time until what the noun phrase before names (not "within 24 hours of …").
  const within = WITHIN_AFTER.exec(before);
  const until = within && !/^\s+of\b/i.test(rest) ? phraseBefore(within[1]!) : null;
  if (until && !TIME_UNIT.test(until.split(' ').pop()!)) return `time to ${until}`;
  const placed = NOUN_IN_PERIOD.exec(before);
  // Not a clause: no verb but the "This is" that presents the phrase (a past form after a determiner is an adjective: "the third botched").
  const phrase = placed ? placed[1]!.split(/[,;:—–(]/u).pop()!.replace(/^\s*(?:this|that|it)\s+(?:is|was)\s+/i, '') : '';
  const words = phrase.trim().split(/\s+/).map((w) => bareWord(w).toLowerCase());
  const verb = words.some((w, i) => (isPastVerb(w) && !/^(?:the|a|an|its|their|his|her|this|that|first|second|third|fourth|fifth|last|\d+\p{L}*)$/u.test(words[i - 1] ?? '')) || /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|should|must|do|does|did)$/.test(w) || /ing$/.test(w));
  if (placed && !verb && /^\s*(?:the|an?|this|that|its|their|his|her)\s/i.test(phrase)) {
    // "the third botched launch of a Russian spacecraft": the head before its "of"-complement is what the period counts.
    const clause = placed[1]!.split(/[,;:—–(]/u).pop()!;
    // "the first win for the team": the head before its complement.
    const head = /^(.*?\S)\s+(?:of|for|by|at|on|in|with|from|to|among|against|between)\s/.exec(clause)?.[1] ?? clause;
    const what = phraseBefore(head);
    const named = what?.replace(/^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last)\s+(?=\S)/, '');
    if (!named || TIME_UNIT.test(named.split(' ').pop()!) || /\d/.test(named)) return null;
    // "the first win for the team in two years": the time since the last one; "the biggest drop in five years", "the most deadly
    // attack in a decade": the superlative over that time.
    const lead = head.trimEnd().slice(0, head.trimEnd().length - named.length);
    if (/\bfirst\s+(?:\S+\s+){0,2}$/i.test(lead) || /^first\s/.test(what!)) return `${units} since last ${named}`;
    const most = /\b(most|least)\s+(?:\S+\s+){0,2}$/i.exec(lead)?.[1]?.toLowerCase();
    if (most || /^\p{Ll}{3,}est\s/u.test(named)) return `${most ? `${most} ` : ''}${named} in ${/s$/.test(units) ? units : `a ${units}`}`;
    return `period of ${named}`;
  }
  return null;
}

/** The noun phrase that ends `text`, up to three words, stopping at a determiner, a stop word or punctuation: "form of native ad units" → "native ad units". */
function phraseBefore(text: string): string | null {
  const raw = text.trim().split(/\s+/);
  const kept: string[] = [];
  for (let i = raw.length - 1; i >= 0 && kept.length < 3; i--) {
    const w = raw[i]!;
    const bare = bareWord(w);
    if (bare !== w.replace(/^[("“]+/, '') && kept.length) break;
    if (bare === '' || STOP.has(bare.toLowerCase()) || DETERMINERS.has(bare.toLowerCase()) || !/^[\p{L}][\p{L}\-’']*$/u.test(bare) || VERBS.has(bare.toLowerCase())) break;
    kept.unshift(bare);
  }
  while (kept.length && /^\p{Lu}/u.test(kept[0]!) && kept.length > 1) kept.shift();
  if (!kept.length || /^\p{Lu}/u.test(kept[kept.length - 1]!) || /(?:ly|ed)$/.test(kept[kept.length - 1]!)) return null;
  return kept.join(' ');
}

// Verbs that hand money to someone: "had given Rs 25 lakh to an agent".
const GIVES = /\b(?:gave|give[sn]?|giving|paid|pays?|paying|donat\w+|sent|send)\b[^.;]{0,40}$/i;
// What money went to: "spent Rs 40 lakh on advocacy"; after a verb of giving also "to" a named recipient ("gave $5.9 million to the campaign").
const spentOnPattern = (to: boolean): RegExp => new RegExp(`^\\s+(?:on|toward|towards${to ? '|to(?=\\s+(?:the|an?|his|her|its|their)\\s)' : ''})\\s+(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+|a\\s+|an\\s+)?(?:(?:[\\p{L}.&-]+\\s){0,2}[\\p{L}.&-]+[’']s\\s+)?(?:\\d{4}\\s+)?(.*)$`, 'u');
const SPENT_ON = spentOnPattern(false);
const SPENT_ON_TO = spentOnPattern(true);
// Verbs that send money somewhere, before the amount: "spent … on", "gave … toward".
const SPENT = /\b(?:spen[dt]|spending|invest(?:s|ed|ing)?|gave|give[sn]?|giving|donat\w+|allocat\w+|paid|pays?|put|puts|direct(?:s|ed)?|commit(?:s|ted)?|earmark(?:s|ed)?|pour(?:s|ed)?|plow(?:s|ed)?|budget(?:s|ed)?)\b[^.;]{0,40}$/i;

// A capitalised name before "that"/"which" at the end of a text: "the Bluetooth-enabled Magic Keyboard that".
const NAMED_ANTECEDENT = /(?:^|\s)(?:the|a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)\s*,?\s+(?:that|which)$/u;

/** The noun a relative clause hangs on: "a costly conflict that has lasted" → "conflict", "the fixes that I recommended" → "fixes". */
function relativeHead(text: string): string | null {
  const m = /(?:^|\s)(\p{Ll}[\p{Ll}-]{2,})\s*,?\s+(?:that|which|who)\s+(?:[\p{L}’'-]+\s+){0,3}$/u.exec(text.trimEnd() + ' ');
  const noun = m?.[1];
  return noun && !STOP.has(noun) && !VERBS.has(noun) && !/(?:ly|ed|ing)$/.test(noun) ? noun : null;
}

function trimStops(words: string[]): string[] {
  while (words.length && STOP.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return words;
}

const QUAL = '(?:about |roughly |nearly |almost |some |around |up to |more than |less than |fewer than |at least |at most |no more than |no less than |no longer than |close to |over |well |under |below |above |just |only |exactly |precisely |as much as |as high as |as low as |as many as |a further |another |much )*';
// A gerund with its object right before a duration: "holding people no longer than", "waiting about"; group 1 the gerund, 2 its object.
const GERUND_FOR = new RegExp(`(?:^|\\s)(\\p{Ll}{3,}ing)((?:\\s+(?:the|an?|\\p{Ll}{2,})){0,2})\\s+${QUAL}$`, 'u');
// A noun phrase before "within": "a transformative effect within"; group 1 the phrase.
const WITHIN_AFTER = new RegExp(`((?:^|\\s)(?:the|an?|its|their|his|her)\\s+(?:\\p{Ll}[\\p{Ll}-]+\\s+){0,2}\\p{Ll}[\\p{Ll}-]+)\\s+within\\s+${QUAL}$`, 'u');
// "two catastrophic crashes of its 737 Max jet in less than five months": a noun phrase (no verb) a period counts in.
const NOUN_IN_PERIOD = new RegExp(`^(.*?\\S)\\s+in\\s+${QUAL}$`, 'i');
// A duration a copula states of its subject: "Life expectancy for New Zealanders in 2012 was 84 years".
const DURATION_IS = new RegExp(`^(.*\\S)\\s+(?:is|was|are|were|averaged|averages)\\s+${QUAL}$`, 'i');
// A qualifier run ending a text, stripped before reading the clause before it.
const TRAILING_QUAL = new RegExp(`\\s*(?:a little |a bit |just )?${QUAL}$`, 'i');
// "it takes developers in their organization more than a month to onboard", "would take a single processor system 15,000 years to
// compute": whom or what it takes, up to five words without a figure or a stop, sits between the verb and the time.
const TAKES_ALONE = new RegExp(`^(.*?\\S)\\s+(?:\\p{Ll}+ly\\s+)?(?:takes|take|took)\\s+${QUAL}$`, 'iu');
const TAKES = new RegExp(`\\b(?:take|takes|took|taking|taken)\\s+(?:[\\p{L}’'-]+\\s+){0,5}?(?:just\\s+|only\\s+)?${QUAL}$`, 'iu');
// "dating more than a century", "date back 300 years": the age of what dates so.
const DATING = new RegExp(`\\bdat(?:ing|e|es|ed)\\s+(?:back\\s+)?${QUAL}$`, 'i');
// "the $20 reportedly demanded by Ferro": a participle after an amount, before its agent or source.
const AMOUNT_PARTICIPLE = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{3,}ed|sought|paid|offered|spent|raised|owed|lent|given|won|lost|bid)\s+(?:by|from)\s/u;
// A noun and the purpose it was made to hold a count for: "a cell meant for 35", "a hall built to seat 2,000".
const CAPACITY_FOR = new RegExp(`(?:^|\\s)(\\p{Ll}{3,})\\s+(?:(?:that|which)\\s+(?:is|was|are|were)\\s+)?(?:meant|designed|built|intended|made|rated|licensed|certified|approved)\\s+(?:for|to\\s+(?:hold|house|seat|carry|accommodate|fit|sleep))\\s+(?:up\\s+to\\s+)?${QUAL}$`, 'u');
/** The base form of a phrase's first verb in the third person: "takes effect" → "take effect", "launches" → "launch", "goes" → "go". */
function baseForm(phrase: string): string {
  return phrase.replace(/^\p{Ll}+/u, (w: string) => (w === 'goes' ? 'go' : /(?:ch|sh|ss|x)es$/.test(w) ? w.slice(0, -2) : /[^s]s$/.test(w) ? w.slice(0, -1) : w));
}

const NOUN_BEFORE = /(?:^|\s)(?:the|a|an|its|their|his|her|our|this|that|first|second|third|fourth|fifth|last|next|\p{Ll}+ed|\d+\p{L}*)$/iu;
// An event the clause puts a time ahead of: "takes effect in 90 days", "will expire in two weeks", "meet again in … in three days".
const EVENT_IN = new RegExp(`^(.*?\\S)\\s+((?:takes?|taking|goes|go|comes?)\\s+(?:into\\s+)?(?:effect|force)|expires?|ends?|begins?|starts?|opens?|reopens?|closes?|launch(?:es)?|arrives?|resumes?|meets?\\s+again|returns?)((?:\\s+[^\\s,;:\\d]+){0,4}?)\\s+in\\s+(?:just\\s+|only\\s+)?${QUAL}$`, 'i');
// A time someone has or is given, before what it is for: "have barely a month to", "gave the company 30 days to".
const HAS_TIME = new RegExp(`\\b(?:have|has|had|having|get|gets|got|given|give|gives|gave|allow(?:s|ed)?)\\s+(?:(?:him|her|them|us|me|you|it|the\\s+\\p{Ll}+|\\p{Lu}\\p{Ll}+)\\s+)?(?:barely\\s+|only\\s+|just\\s+|still\\s+)?${QUAL}$`, 'iu');
// A price per unit right after the amount: "$55.12 per barrel", "$1,472.19 an ounce", "$2.52 a share", "$0.23/W".
const PER_UNIT = /^\s*(?:(?:a|an|per)\s+(?:diluted\s+|basic\s+|adjusted\s+|metric\s+|square\s+)?|\/)(shares?|barrel|ounce|tonne|ton|gallon|pound|kilogram|kg|litre|liter|bushel|megawatt-hour|kilowatt-hour|kWh|MWh|W|watt|hour|night|month|year|week|day|person|head|unit|seat|ticket|foot|metre|meter|mile)\b(?!\s+(?:ago|earlier|before|later|prior)\b)/i;
const LEVEL_VERBS = 'closed|ended|finished|settled|opened|stood|was|were|is|are|traded|trading|rose|fell|gained|lost|added|dropped|declined|climbed|jumped|slipped|slid|eased|firmed|strengthened|weakened|advanced|rallied|tumbled|sank|surged|edged|hit|reached|touched|widened|narrowed';
// Subjects that are amounts of money themselves: their level is no price.
// ("Bail was set at $1 million": a sum a court or a law sets is money by name too.)
const MONEY_NOUN = /price|value|cost|rate|revenue|sales|profit|income|earnings|budget|debt|deficit|spending|fund|worth|assets|pay|salar|\b(?:bail|bond|fines?|fees?|rewards?|bount(?:y|ies)|damages|penalt(?:y|ies)|settlements?|tax(?:es)?|tariffs?|wages?|rent|tuition|loans?|grants?)\b/i;
const LEVEL_AT = new RegExp(`\\b(${LEVEL_VERBS}|last)\\b([^,;]{0,50}?)\\s+at\\s+${QUAL}$`, 'i');
// "The stock was down a little, about 3 percent": a degree word between the move and the amount only grades it.
const UP_DOWN = new RegExp(`(?:\\b(?:is|are|was|were|been|be|closed|ended|finished|settled|trading|traded|now|currently|too|last|stock|shares)\\s+|^\\s*|(,)\\s*)(up|down|off|higher|lower)\\s+(?:(?:[a-z]+ly|a\\s+(?:little|bit|touch|tad))\\s*,?\\s+)?(?:by\\s+)?${QUAL}$`, 'i');
const WITH_MOVE = new RegExp(`\\b(?:with|and)\\s+((?:the\\s+)?[^,;\\s]+(?:\\s+[^,;\\s]+){0,4}?)\\s+(up|down|off|higher|lower)\\s+(?:by\\s+)?${QUAL}$`, 'i');
const VERB_NOUNS: Record<string, string> = { expand: 'expansion', expanded: 'expansion', reduce: 'reduction', reduced: 'reduction', cut: 'cut', cutting: 'cut', raise: 'increase', raised: 'increase', increase: 'increase', increased: 'increase', boost: 'increase', boosted: 'increase', lower: 'cut', lowered: 'cut', grow: 'growth', shrink: 'cut', lift: 'increase', lifted: 'increase', trim: 'cut', trimmed: 'cut', slash: 'cut', slashed: 'cut', hike: 'increase', hiked: 'increase', extend: 'extension',
  // "while lowering wages by 0.16 percent": the gerund changes its object as the finite verb does.
  expanding: 'expansion', reducing: 'reduction', raising: 'increase', increasing: 'increase', boosting: 'increase', lowering: 'cut', growing: 'growth',
  shrinking: 'cut', lifting: 'increase', trimming: 'cut', slashing: 'cut', hiking: 'increase', extending: 'extension',
  // "decreased the number of calories consumed by 13%", "reduces costs by a fifth".
  decrease: 'decrease', decreased: 'decrease', decreases: 'decrease', decreasing: 'decrease', reduces: 'reduction', increases: 'increase',
  // "adjust its height by a total of 3 inches": the object's adjustment.
  adjust: 'adjustment', adjusts: 'adjustment', adjusted: 'adjustment', adjusting: 'adjustment' };

const FIRST_LEVEL = new RegExp(`(?:^|\\s)(?:has\\s+|have\\s+|had\\s+)?(?:${LEVEL_VERBS}|started|began|slumped|plunged|grew|shrank|soared|rocketed|dipped)\\b`, 'i');
const LAST_LEVEL = new RegExp(`(?:^|\\s)(?:has\\s+|have\\s+|had\\s+)?(?:${LEVEL_VERBS})\\b`, 'gi');
const LEVEL_TO = new RegExp(`^(.*)\\b(${LEVEL_VERBS}|risen|fallen|grown|grew|shrank|expanded|contracted|increased|decreased|raised|lowered|cut|boosted|brought|bringing|brings|bring|doubled|tripled|halved|took|taking|pushed|lifted|increase|raise|boost|reduce|lower|improve|improved|extend|extended|extends|extending|up|down|off)\\b(.{0,60}?)\\s+to\\s+${QUAL}$`, 'i');
const CHANGED_BY = new RegExp(`^.*\\b(${Object.keys(VERB_NOUNS).join('|')})\\s+((?:the\\s+|its\\s+|their\\s+)?[^,;]{1,90}?)\\s+by\\s+(?:(?:a\\s+total|an\\s+average)\\s+of\\s+)?${QUAL}$`, 'iu');
// "within 48 hours", "within the next 10 days": a time limit, when something is ordered or required within it.
const WITHIN = new RegExp(`^(.*?)\\s+within\\s+(?:the\\s+)?(?:next\\s+)?${QUAL}$`, 'i');
// Who orders it, up to five words, then what is to be done: "ordered the country’s striking doctors to return to work".
const ORDERED_TO = /\b(?:order(?:s|ed)?|requir(?:e|es|ed|ing)|demand(?:s|ed)?|told|tells?|ask(?:s|ed)?|given|gave|urg(?:e|es|ed)|instruct(?:s|ed)?|direct(?:s|ed)|must|deadline|ultimatum)(?:\s+[^\s,;]+){0,5}?\s+to\s+(\p{Ll}[\p{Ll}’'-]*(?:\s+(?:[^\s,;\d]+|[$€£¥][\d.,]+(?:bn|m|k)?)){0,3})$/iu;

// "acquired Fitbit for $2.1 billion", "Soon-Shiong’s purchase of The Times for $500 million": what was bought, before "for".
const BOUGHT_FOR = new RegExp(`\\b(acquir(?:e|ed|es|ing)|acquisition|bought|buys?|buying|purchas(?:e|ed|es|ing))\\s+(?:of\\s+)?([^,;:()\\d—–]{1,60}?)\\s+for\\s+${QUAL}$`, 'iu');
// "Meetup, which it acquired for $200 million": the name the relative clause hangs on.
const WHICH_BOUGHT = new RegExp(`(\\p{Lu}[\\p{L}&.’'-]*(?:\\s+\\p{Lu}[\\p{L}&.’'-]*){0,3}),\\s+which\\s+(?:\\p{Ll}+\\s+){0,2}?(acquired|bought|purchased)\\s+for\\s+${QUAL}$`, 'u');
// "spent a total of $15 million to remaster", "pay $10 to get everything": the money's purpose, read after it.
const SPENT_TO = /\b(spen[dt]|spends|spending|pay|pays|paid|paying|invest(?:s|ed|ing)?|(?:shell|fork|splash|cough|ante|pony|ponie)(?:s|d|ed|ing)?\s+(?:out|up|over))\s+(?:[^\s,;]+\s+){0,3}?$/i;
// "raise up to $12.9bn (£10bn) from its second listing": where the money is raised.
const RAISED = new RegExp(`\\b(?:raise[sd]?|raising)\\s+${QUAL}$`, 'i');
const BUYS_IN = /\b(?:buyout|acquisition|acquir(?:e|ed|es|ing)|bought|buy|buys|buying|purchas(?:e|ed|es|ing)|takeover)\b/i;
const PRONOUN_OBJECT = /^(?:it|them|him|her|us|me|you|this|that|these|those|one|some|all|shares|stock)$/i;

/** The label of an amount paid for a thing, spent to do something, or raised from a source; null when the sentence names none. */
function boughtLabel(before: string, rest: string): string | null {
  if (before.includes(' for ')) {
    const which = WHICH_BOUGHT.exec(before);
    if (which) return `${which[1]} acquisition`;
    const m = BOUGHT_FOR.exec(before);
    if (m) {
      const words = m[2]!.replace(/\s+(?:and|or|from|in|at|with)\s.*$/i, '').split(/\s+/).filter((w) => !DETERMINERS.has(w.toLowerCase()) && !/^(?:entire|whole)$/i.test(w));
      const what = words.slice(-4).join(' ');
      const noun = /^acq/i.test(m[1]!) ? 'acquisition' : 'purchase';
      if (what && words.length <= 5 && !PRONOUN_OBJECT.test(what) && !STOP.has(what)) return `${what} ${noun}`;
    }
  }
  const spent = /^\s+to\s/.test(rest) ? SPENT_TO.exec(before) : null;
  const toDo = spent ? /^\s+to\s+(?!(?:the|a|an|his|her|its|their|my|our|your|him|them|us|me|you|it|be)\b)(\p{Ll}{2,}(?:\s+[^\s,;:.()—–]+){0,3})/u.exec(rest) : null;
  // "will pay $2.5 billion to settle the claims": money paid to settle is a settlement.
  if (spent && toDo && /^(?:settle|resolve)$/.test(toDo[1]!.split(' ')[0]!)) return 'settlement';
  if (spent && toDo && !/(?:ed|ing|s)$/.test(toDo[1]!.split(' ')[0]!)) {
    const noun = /^(?:pa|shell|fork|splash|cough|ante|pon)/i.test(spent[1]!) ? 'price' : /^inv/i.test(spent[1]!) ? 'investment' : 'spending';
    const words = trimStops(toDo[1]!.split(/\s+/));
    while (words.length > 1 && /^(?:right|away|now|again|back|instead|\p{Ll}+ly)$/u.test(words[words.length - 1]!)) words.pop();
    return `${noun} to ${words.join(' ')}`;
  }
  const source = RAISED.test(before) ? /^\s*(?:\([^()]*\)\s*)?from\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+|an\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]{3,})(?=\s+(?:in|on|at|of|to|by|with|and|or)\b|\s*[,.;:]|$)/u.exec(rest) : null;
  if (source && !STOP.has(source[1]!.split(' ').pop()!)) return `funding from ${source[1]}`;
  // "a $3 billion buyout …, including $1 billion for some of Neumann’s shares": what a payment in a deal is for.
  const paidFor = BUYS_IN.test(before) ? /^\s+for\s+(?:(?:some|part|all|most|half)\s+of\s+)?(?:the\s+|its\s+|their\s+|his\s+|her\s+)?((?:\p{Lu}[\p{L}.&-]*\s+){0,2}\p{Lu}[\p{L}.&-]*[’']s\s+)?(.*)$/u.exec(rest) : null;
  const what = paidFor ? nounPhraseAfter(` ${paidFor[2]}`) : null;
  if (what) return `payment for ${paidFor![1] ?? ''}${what}`;
  return null;
}

const SAID_THEY = /\b(?:said|say|says|told us)\s+(?:that\s+)?they\s+(\p{Ll}+(?:\s+[^\s,;.()]+){1,4})/u;
/** A share of people named by what they said, read in the same clause: "respondents saying they wanted to consolidate their toolchain". */
function sayingLabel(people: string, text: string): string {
  const said = SAID_THEY.exec(text.split(/[,;:]/)[0]!);
  return said ? `${people} saying they ${trimStops(said[1]!.split(/\s+/)).join(' ')}` : people;
}

// Cheap tests that let the costly patterns run only where they can match.
const ENDS_TO = new RegExp(`\\bto\\s+${QUAL}$`, 'i');
const ENDS_BY = new RegExp(`\\bby\\s+(?:(?:a\\s+total|an\\s+average)\\s+of\\s+)?${QUAL}$`, 'i');
const SPAN = '(?:past|last|next|first|previous|coming|following|final|entire)\\s+';
// A superlative or "the first time" measured back over a period: "to their highest in nearly two years", "its weakest level in six months".
const SUPERLATIVE_IN = new RegExp(`(?:^|\\s)(?:the|its|their|his|her|a)\\s+(\\p{Ll}{3,}est|first|worst|best)(?:\\s+(?:level|rate|point|reading|close|pace|time|number|count|total|amount|figure|tally))?\\s+(?:in|since)\\s+(?:the\\s+)?(?:${SPAN})?${QUAL}$`, 'iu');
// A period that places a clause's event: "in the past decade", "over the next five years", "within two days".
// "in its first nine months", "over their last three seasons": a possessive spans the period as "the" does.
const PLACING_PERIOD = new RegExp(`^(.*?)\\s+(?:in|over|during|within|throughout)\\s+(?:(?:the|its|their|his|her)\\s+(?=${SPAN})|the\\s+)?(?:${SPAN})?${QUAL}$`, 'i');
// "for/over N years" is how long something lasts; "in two years" is a point in time unless "the past/last/first" spans it.
const DURATION_PREP = new RegExp(`^(.*?)\\s(?:(?:for|over|during|throughout)\\s+(?:the\\s+|a\\s+)?(?:${SPAN})?|(?:in|within)\\s+(?:(?:the|its|their|his|her)\\s+)?${SPAN})${QUAL}$`, 'i');
// A period something lasts: "for about ten minutes", "for the past two years".
const FOR_PERIOD = new RegExp(`\\bfor\\s+(?:the\\s+|a\\s+)?(?:${SPAN})?${QUAL}$`, 'i');
const SPAN_PLACING = new RegExp(`^(.*?\\S)\\s+(?:in|over|during|for|within|throughout)\\s+(?:the\\s+(${SPAN})?)?${QUAL}$`, 'i');
const SPAN_WORD = /^(?:the\s+)?(?:past|last|next|first|previous|coming|following)\s/i;
const SCALE_WORD_ONLY = /^(?:thousand|million|billion|trillion|percent)$/i;
const RECORD = /\b(won|lost|winning|losing)\s+(?:just\s+|only\s+)?$/i;
const RECORD_OF = /^\s+of\s+(?:their|the|its|his|her|our)?\s*(?:last\s+|past\s+|first\s+|previous\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?:\s+\d+)?(?:\s+(games|matches|meetings|starts|races|contests|outings|fights|series)\b|(?=\s*(?:[.,;:)]|$)|\s+(?:after|since|in|on|at|this|despite|before|with|and|but|following|to|for)\b))/i;
// A tally of a player's game or a company's year, after a coordinated clause: "…, and Nerlens Noel had 15".
const TALLY_VERB = /(?:,\s*|\b(?:and|while|with)\s+)(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}(?:had|added|scored|grabbed|contributed|made|recorded|finished\s+with|chipped\s+in)\s+$/u;
const TALLY_BEFORE = /\b\d[\d,.]*\s+(\p{Ll}{3,}s)\b/gu;
const IN_TIME = new RegExp(`^(.*?\\S)\\s+in\\s+(?:just |only |under |as little as |a mere )?${QUAL}$`, 'i');
// "Users spend an average of 40 minutes a day on the app": an average spent is spent too.
const SPENT_TIME = new RegExp(`\\b(?:spend|spends|spent|spending)\\s+(?:an\\s+average\\s+of\\s+|on\\s+average\\s+)?${QUAL}$`, 'i');
// What the time is spent on: a gerund phrase or a place, up to the clause's end ("doing drug analysis", "at Epstein’s orgy mansion").
// A rate may come first: "40 minutes a day on the app", "two hours per week in meetings".
const SPENT_DOING = /^(?:\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|night|session|visit))?\s+((?:\p{Ll}{2,}ing|(?:at|in|on|with)(?:\s+(?:the|an?))?)(?:\s+[^\s,;:.()—–“”"]+){1,3})/u;
// A period that opens a sentence or clause: "For the last 10 months", "In six months,", "Over the past decade,".
const SPAN_OPENS = new RegExp(`(?:^|[,;:—–(]\\s*|\\b(?:and|but|so)\\s+)(?:for|over|in|during|within|throughout)\\s+(?:the\\s+)?(?:${SPAN})?${QUAL}$`, 'i');
// "… in its first nine months", "over their last three seasons": a period of the subject's own, before the figure; group 1 the clause.
const OWN_PERIOD = new RegExp(`^(.*?\\S)\\s+(?:in|over|during|within|throughout)\\s+(?:its|their|his|her)\\s+(first|last|final|past)\\s+${QUAL}$`, 'i');
// The words before a clause's last verb: "fewer than the PlayStation 4 sold" → "fewer than the PlayStation 4".
const SUBJECT_OF_LAST_VERB = /^(.*\S)\s+(?:(?:has|have|had|was|were|is|are|will|would)\s+)?(?:\p{Ll}{2,}ed|sold|made|grew|won|lost|drew|took|got|saw|hit|ran|became|brought|had|did|sells|makes|grows|wins|loses|gets|sees|has)(?:\s+.*)?$/u;
// A count and the plural noun it counts inside an activity ("walked 10,000 steps a day"); an amount of money in it.
const COUNTED_OBJECT = /\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+\p{Ll}{3,}s\b/u;
const PAID_AMOUNT = /(?:[$€£¥₹]|\b(?:Rs|USD|EUR|GBP|US\$)\.?\s?)\d/;
const LASTED = new RegExp(`(?:^|\\s)(lasted|lasting|lasts|spent|spanning|spanned|took|serving|served)\\s+${QUAL}$`, 'i');
// "lasts about two days on a charge", "gets 10 hours per charge", "runs eight hours between charges": what lasts on one charge is a
// battery, the figure its battery life.
const ON_A_CHARGE = /^\s+(?:on\s+(?:a|one|each|every|its)\s+(?:single\s+|full\s+|fresh\s+)?charge|per\s+charge|between\s+charges|of\s+(?:continuous\s+)?(?:use|usage|playback|talk\s+time|video\s+playback|web\s+browsing)\s+on\s+(?:a|one)\s+(?:single\s+|full\s+)?charge)\b/i;
// "it lasted closer to six hours", "The tablet lasted 9 hours in our battery test": a time lasted, in a sentence about a battery.
const PRONOUN_LASTS = new RegExp(`\\b(?:lasts?|lasted)\\s+${QUAL}$`, 'i');
const BATTERY_WORDS = /\b(?:batter(?:y|ies)|(?:a|one|single|full|per|each)\s+charge|between\s+charges|recharg\w*)\b/i;
// "The battery lasts about 10 hours", "its battery is rated at 12 hours": a battery that lasts, runs or is rated for a time.
const BATTERY_LASTS = new RegExp(`\\bbatter(?:y|ies)(?:\\s+life)?\\s+(?:(?:will|would|can|could|should|now|also|still|only|easily|reportedly)\\s+)*(?:lasts?|lasted|lasting|runs?|ran|(?:is|was)\\s+rated\\s+(?:at|for)|rated\\s+(?:at|for)|(?:is|was)\\s+good\\s+for|(?:is|was))\\s+(?:for\\s+)?(?:a\\s+full\\s+|a\\s+)?${QUAL}$`, 'i');

// A subject that points back at the sentence before: "It was down 60%", "That figure rose to 58.4", "This represents 12%",
// "The stuff costs $30", "Last year, that figure rose to …" (after a short opening phrase).
const REFERRING_SUBJECT = /^((?:[^,;:\d]{1,40},\s+)?(?:(?:and|but|so|yet)\s+)?)(?:(?:the|that|this)\s+(?:figure|number|amount|total|sum|stuff|thing|tally|count)|(it|this|that|they|these|those))\s+/i;
// The pointing subject's predicate is the figure itself: a level, a change, a price or a share stated of it — not "It features 12GB of RAM".
const POINTED_PREDICATE = new RegExp(`^(?:(?:has|have|had|is|was|are|were|will|would|could|can|may|might|now|also|still|then|just|only|already|since|\\p{Ll}+ly)\\s+)*(?:${LEVEL_VERBS}|be|been|stands|totals?|totall?ed|number(?:s|ed)?|amounts?\\s+to|amounted\\s+to|costs?|costing|represents?|represented|accounts?\\s+for|accounted\\s+for|makes?\\s+up|made\\s+up|grew|grows|increased|increases|decreased|decreases|rises|falls|drops|climbs|jumps|reaches|hits|came\\s+(?:in\\s+)?(?:to|at)|comes\\s+(?:in\\s+)?(?:to|at)|equals|equaled|equalled)(?:\\s+(?:up|down|higher|lower|off|by|to|at|from|of|in\\s+at))*\\s+${QUAL}$`, 'iu');
// A label that names nothing of its own: the pointing word itself, or only how the figure moved.
const GENERIC_LABEL = /^(?:(?:it|this|that|figure|number|amount|total|sum|stuff|thing|tally|count)\s+)?(?:it|this|that|figure|number|amount|total|sum|stuff|thing|tally|count|rise|fall|gain|drop|decline|increase|decrease|close|cost|price|level|change|share)$/i;
const OPENING_VERB = /\s(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|\p{Ll}{3,}ed)\s/u;

/**
 * The subject opening `text` ("Retail sales in the region slumped in March." → "Retail sales"), null when the sentence opens
 * with a pronoun or with anything but its subject ("On the day that Samsung announced …").
 */
function openingSubject(text: string): string | null {
  const padded = ` ${text} `;
  const verb = OPENING_VERB.exec(padded)?.index ?? -1;
  const level = FIRST_LEVEL.exec(padded)?.index ?? -1;
  const at = verb < 0 ? level : level < 0 ? verb : Math.min(verb, level);
  if (at <= 0) return null;
  const head = padded.slice(0, at);
  const subject = subjectBefore(head);
  if (!subject) return null;
  // The subject must open the sentence: only a determiner may come before its first word.
  // ("The bank's stock" → "bank stock": the possessor's "'s" is no part of the word.)
  const key = (w: string): string => w.toLowerCase().replace(/[’']s$/, '').replace(/[^\p{L}\p{N}]/gu, '');
  const first = key(subject.split(' ')[0]!);
  return head.trim().split(/\s+/).slice(0, 2).some((w) => key(w) === first) ? subject : null;
}

const PLURAL_AFTER_OF = /\b(?:of|many|several|dozens|hundreds|thousands|millions)\s+([\p{Ll}-]{3,}s)\b/gu;
// A topic the sentence opens with, before the clause that states the figure: "As for range, … up to 590 km", "When it comes to
// battery life, …".
const TOPIC = /^\s*(?:as\s+(?:for|to|regards)|when\s+it\s+comes\s+to|in\s+terms\s+of|regarding|on\s+the\s+subject\s+of)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?([^,;:]{2,40}),\s/i;

/** The topic a sentence opens with names a figure after it that names nothing itself ("As for range, … 590 km" → "range"). */
// "good code coverage (>80%)", "the waiting list (about 300)": a bracket opening on the figure after a noun.
const BRACKET_AFTER_NOUN = /(?:^|\s)(\p{Ll}[\p{Ll}-]{2,})\s*\(\s*(?:[~>≈<]|about\s+|around\s+|roughly\s+|nearly\s+|up\s+to\s+|over\s+|more\s+than\s+|less\s+than\s+|some\s+)?$/u;
const CURRENCY_WORD = /^(?:dollars?|euros?|pounds?|yen|yuan|renminbi|francs?|rupees?|pesos?|rubles?|roubles?|won|lira|krona|kronor|krone|kroner|rand|reais|real|dinars?|dirhams?|riyals?|shekels?|zloty|baht|ringgit)$/;
// "Fifty-one percent say that…": a share opening its clause before a verb of opinion is a share of those asked.
const OPINION_VERB = /^\s+(?:say|said|believe|believed|think|thought|support|supported|oppose|opposed|agree|agreed|disagree|disagreed|approve|approved|disapprove|disapproved|favou?r|favou?red|prefer|preferred|feel|felt|expect|expected|want|wanted|worry|worried)\b/i;
const CLAUSE_START = /(?:^|[,;:]\s*|\b(?:and|but|while|whereas|said|says|found|shows?|showed|that)\s+)(?:only\s+|just\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|over\s+|fewer\s+than\s+|less\s+than\s+)?$/i;
// "…on track to hit $390 billion next year, nearly 50 percent more than in 2017": a share more than before grows the amount before it.
const MORE_THAN = /^\s+(more|higher|greater|bigger|larger|less|lower|smaller|fewer)\s+than\b/i;

/** A label from the figure's attachment when the sentence's grammar gave none: a bracket after a noun, a share of respondents, a share more than before. */
function attachedLabel(sentence: string, start: number, end: number, kind: LabelKind): string | null {
  const before = sentence.slice(0, start);
  const rest = sentence.slice(end);
  // Not an amount ("their estimate ($6 million in both cases)"): an amount is restated elsewhere with its own label, and a second
  // label keeps the restatement apart from it.
  const bracket = kind === 'money' ? null : BRACKET_AFTER_NOUN.exec(before);
  // Not "7.40 miles (about 11.90KM)": a unit after a number is a figure's own, the bracket restates it.
  if (bracket && !/\d[\d,.]*\s*-?$/.test(before.slice(0, bracket.index + bracket[0].indexOf(bracket[1]!))) && !STOP.has(bracket[1]!) && !VERBS.has(bracket[1]!) && !(bracket[1]! in CHANGE_VERBS) && !/(?:ed|ly)$/.test(bracket[1]!)) {
    const phrase = before.slice(0, bracket.index + bracket[0].indexOf(bracket[1]!) + bracket[1]!.length);
    const head = CURRENCY_WORD.test(bracket[1]!) ? null : headBefore(phrase);
    // Not "long and narrow (over 1,600 kilometres)", "available at launch (more than 60)": a phrase after "and" or a preposition
    // is no noun the bracket completes.
    const opener = head ? phrase.slice(0, phrase.length - head.length).trim().split(/\s+/).pop()?.toLowerCase() ?? '' : '';
    if (head && !PREPOSITIONS.has(opener) && !/^(?:and|or|nor|but|than|as)$/.test(opener)) return head;
  }
  if (kind === 'percent' && OPINION_VERB.test(rest) && CLAUSE_START.test(before)) return 'share of respondents';
  const more = kind === 'percent' ? MORE_THAN.exec(rest) : null;
  if (more && /,\s*(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|just\s+)?$/.test(before)) {
    const amount = [...before.matchAll(/[$€£¥]\s?\d[\d,.]*(?:\s(?:thousand|million|billion|trillion))?/g)].pop();
    // "will hire 100,000 seasonal workers this year, 20% more than last year": a count before it is what grows too.
    const count = amount ? undefined : [...before.matchAll(/(?<![\p{L}\d$€£¥.,])\d[\d,.]*(?:\s(?:thousand|million|billion))?(?=\s+\p{Ll})/gu)].pop();
    const what = amount ? labelInSentence(sentence, amount.index!, amount.index! + amount[0].length, 'money', 'back') : count ? labelInSentence(sentence, count.index!, count.index! + count[0].length, 'count', 'back') : null;
    const up = /^(?:more|higher|greater|bigger|larger)$/i.test(more[1]!);
    if (what) return `${what} ${up ? 'increase' : 'decrease'}`;
  }
  return null;
}

function topicLabel(sentence: string, start: number): string | null {
  const m = TOPIC.exec(sentence);
  return m && m[0].length <= start ? nounPhraseAfter(m[1]!) : null;
}

/**
 * Returns the label of the figure at [start, end) of `sentence`, or null when the sentence does not say what it counts.
 * `previous`, the sentence before, names what a pointing subject stands for when the figure is its predicate: "Retail sales
 * slumped. It was down 60% from a year earlier" → "Retail sales fall".
 */
export function labelFigure(sentence: string, start: number, end: number, kind: LabelKind, coord: Coordination = 'both', previous?: string): string | null {
  // "1.21 billion pounds", "640 million euros", "2.1 pence a share": an amount in a currency written as a word is money, whatever
  // kind its unit gave it ("pounds" also weigh); a label that is only the currency word read the amount as a count of it.
  // ("capped at 29.4 million pounds" of halibut: pounds are money only where the sentence speaks of money.)
  const amountText = sentence.slice(Math.max(start, end - 40), end);
  const asMoney = (kind === 'measure' || kind === 'count') && CURRENCY_AMOUNT.test(amountText) && (!/pounds$/i.test(amountText) || MONEY_CONTEXT.test(sentence));
  let raw = rawLabel(sentence, start, end, asMoney ? 'money' : kind, coord, previous);
  if (raw !== null && kind !== 'money' && CURRENCY_NAME.test(raw)) {
    const word = /^\s+(\p{L}+)/u.exec(sentence.slice(end, end + 16));
    raw = word && CURRENCY_NAME.test(word[1]!) && (!/^pounds?$/i.test(word[1]!) || MONEY_CONTEXT.test(sentence)) ? rawLabel(sentence, start, end + word[0].length, 'money', coord, previous) : null;
    if (raw !== null && CURRENCY_NAME.test(raw)) raw = null;
  }
  // "Saudi Arabia pumps about 9.7 million bpd", "a cut of up to 2 million bpd": a rate of barrels names the flow it measures.
  const found = raw !== null && OIL_RATE.test(raw) ? oilFlow(sentence.slice(0, start)) : raw !== null && POINTS_UNIT.test(raw) ? pointsAdded(sentence.slice(end)) ?? raw : raw;
  if (found === null) return kind === 'count' && /^\d/.test(sentence.slice(start, end)) && SCORED_A.test(sentence.slice(0, start)) ? 'score' : null;
  return tidyLabel(found, sentence, start, end);
}
const CURRENCY_NAME = /^(?:pounds?|pence|euros?|cents?|yen|yuan|renminbi|dollars?|francs?|rupees?|roubles?|rubles?|pesos?|krona|kronor|kroner|crowns?|sterling|lira|rand|reais|ringgit|baht|dinars?|dirhams?|riyals?)$/i;
const MONEY_CONTEXT = /\b(?:profits?|revenues?|sales|income|earnings|costs?|prices?|funds?|funding|pay|paid|spen[dt]|spending|loans?|lending|bank|tax(?:es)?|budget|deal|fees?|shares|dividends?|debt|invest\w*|borrow\w*|deficit|savings|charges|sterling|bonus|salary|wages|fine|worth|valued|value|market|capital|deposits|assets|mortgages?|bid|offer)\b/i;
const CURRENCY_AMOUNT = /\d(?:\s+(?:thousand|million|billion|trillion)|bn|m)\s+(?:pounds|pounds\s+sterling|euros?|yen|yuan|renminbi|francs|rupees|roubles|rubles|pesos|kronor|kroner|crowns|rand|reais|ringgit|baht|dinars|dirhams|riyals)$|\d\s+(?:pence|euros?|yen|yuan|rupees|roubles|rubles|pesos|kronor|kroner|cents)$/i;
// "adds about 0.2 percentage points to global growth", "knocked 1.5 points off inflation": points count in what they move.
const POINTS_UNIT = /^(?:(?:percentage|basis)\s+)?points?$/i;
function pointsAdded(rest: string): string | null {
  const m = /^\s+(?:to|off|from)\s+(?:the\s+|its\s+|their\s+|annual\s+)?(\p{L}.*)$/u.exec(rest);
  return m ? nounPhraseAfter(` ${m[1]}`) : null;
}
const OIL_RATE = /^(?:million\s+)?(?:bpd|b\/d|barrels?\s+(?:per|a)\s+day|barrels\s+daily)$/i;
const OIL_FLOW = /\b(export(?:s|ed|ing)?|import(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing|tion)|curb(?:s|ed|ing)?|increase[sd]?|boost(?:s|ed|ing)?|rais(?:e|es|ed|ing)|capacity|demand|consum(?:e|es|ed|ption)|refin(?:e|es|ed|ing)|process(?:es|ed|ing)?|target|quota|ceiling|production|output|pump(?:s|ed|ing)?|produc(?:e|es|ed|ing)|supply|supplies)\b(?![\s\S]*\b(?:export|import|cut|reduc|curb|increase|boost|rais|capacity|demand|consum|refin|process|target|quota|ceiling|production|output|pump|produc|supply|supplies))/i;
const FLOW_NAMES: [RegExp, string][] = [[/^export/i, 'oil exports'], [/^import/i, 'oil imports'], [/^(?:cut|reduc|curb)/i, 'output cut'], [/^(?:increase|boost|rais)/i, 'output increase'], [/^capacity/i, 'production capacity'], [/^(?:demand|consum)/i, 'oil demand'], [/^(?:refin|process)/i, 'refining'], [/^(?:target|quota|ceiling)/i, 'output target']];

/** The flow a rate in barrels a day measures, by the last word of flow before it: output unless it names exports, a cut, demand… */
function oilFlow(before: string): string {
  const word = OIL_FLOW.exec(tailOf(before, 80))?.[1];
  return (word && FLOW_NAMES.find(([re]) => re.test(word))?.[1]) ?? 'oil output';
}

// "the new machine scored a 129", "managed only a 13919", "earned an 86 on the test": a number after a verb of scoring and an
// article is a score.
const SCORED_A = /\b(?:scored|scores|scoring|managed|manages|earned|earns|posted|posts)\s+(?:only\s+|just\s+)?an?\s+$/i;

// Words of the page or of the writer that name nothing counted: "RRP: £23.99 More info", "Like we've been saying for nearly four
// years", "the 10 best … deals".
const PAGE_WORD_LABEL = /^(?:info|information|details|more|here|below|above|saying|said|says|best|top|click|read)$/i;
// A verb that ends a label read into the clause: "The 180 page coffee-table publication comes with", "a 5-minute charge gives you",
// "asked to speak twice" → "times speak".
// ("a 12-ounce bag sells for $7.99": a verb of price or weight is never a noun.)
const TRAILING_VERB = /\s(?:comes|came|gives|gave|goes|went|makes|takes|took|gets|got|has|had|is|was|are|were|does|did|lets|speak|speaks|spoke|say|says|said|seems|brings|allows|helps|provides|includes|becomes|remains|sells|retails|weighs)$/i;
// A determiner in capitals inside a label: a sentence ran on without its period ("Final Cut was updated The previous generation took
// 4 minutes") and the label took both.
const RUN_ON = /^(?:\p{Ll}[\p{L}-]*\s+)+(?:The|This|These|Those|Its|Their|A|An)\s+(?=\p{Ll})/u;
// An adverb before a verb in the past opens the clause's predicate: "30 minutes before a meal significantly decreased hunger",
// "the power adapter still drained the battery".
const PREDICATE_IN_LABEL = /\s+(?:\p{Ll}{2,}(?:al|ent|ant|ive|ous|ful|ic|ar|ed|ly|ual|ble|ate|ar|ite|ct)ly|still|also|just|then|actually|quickly|simply|only|largely|mostly|nearly|clearly|sharply|slightly|greatly|recently)\s+\p{Ll}+ed\b.*$/u;
const TRAILING_FUNCTION = /\s+(?:de|du|des|del|della|da|of|the|a|an|and|or|to|for|with|in|on|at|by|from|la|le|von|van|nach|für|mit|bei|zum|zur)$/i;
// "so I boiled mine for 20 minutes": a verb and a pronoun for its object name nothing an editor could title.
const VERB_AND_PRONOUN = /^\p{Ll}+\s+(?:mine|yours|ours|theirs|hers|it|them)$/u;

/**
 * A label cut to the noun phrase naming the thing: never a page word, nor a clause's verb or object, nor a dangling preposition
 * or modifier at its end ("sizes of soft" of "Three sizes of soft, tapered silicone tips"; "Grand Prix de" of "the $132,000
 * Grand Prix de Penn National").
 */
export function tidyLabel(label: string, sentence: string, start: number, end: number): string | null {
  let out = label;
  if (PAGE_WORD_LABEL.test(out) || VERB_AND_PRONOUN.test(out)) return null;
  const runOn = RUN_ON.exec(out);
  if (runOn) out = out.slice(runOn[0].length);
  // (Only in a label read on from the figure: "The dock still drained the battery to the tune of 4%" is said of its subject.)
  const head = out.split(' ')[0]!;
  const at = sentence.indexOf(head, Math.max(0, start - 1));
  if (at >= 0 && at <= end + 2) out = out.replace(PREDICATE_IN_LABEL, '');
  // "minute of time and write": after "and", a bare verb (no plural, no name) opens a second predicate.
  // ("time to onboard and become productive": infinitives joined by "and" are one activity.)
  out = out.replace(/^((?:\S+\s+){2,}\S+)\s+and\s+\p{Ll}+(?<!s)(?:\s.*)?$/u, (all, head: string) => (all.split(/\s+/).length >= 5 && !/\bto\s/.test(head) ? head : all));
  if (out.split(' ').length >= 2) out = out.replace(TRAILING_VERB, '');
  // "Its 64GB version costs $749": after a singular noun "costs" is the verb ("energy costs", "labor costs" stay nouns).
  if (/\scosts$/.test(out) && /\scosts\s+(?:just\s+|only\s+|about\s+|around\s+|roughly\s+)?(?:[$€£¥]|US\$|Rs)/.test(sentence.slice(end))) out = out.replace(/^(.*\p{Ll}(?<![sy]))\s+costs$/u, '$1');
  // "two tablespoons of vegetarian refried beans" read as "tablespoons of vegetarian": an "of" phrase cut inside its noun phrase
  // (a participle follows, modifying the noun still to come) names half a thing; the head before "of" names it.
  const cut = /^(.+?)\s+of\s+(\p{Ll}[\p{Ll}-]*)$/u.exec(out);
  if (cut) {
    const at = sentence.indexOf(` of ${cut[2]}`, end);
    const next = at >= 0 ? /^,?\s+(\p{Ll}[\p{Ll}-]*)/u.exec(sentence.slice(at + 4 + cut[2]!.length))?.[1] : undefined;
    if (next && /ed$/.test(next) && !STOP.has(next)) out = cut[1]!;
  }
  while (TRAILING_FUNCTION.test(out)) out = out.replace(TRAILING_FUNCTION, '');
  return out.trim() === '' || PAGE_WORD_LABEL.test(out) ? null : out;
}

function rawLabel(sentence: string, start: number, end: number, kind: LabelKind, coord: Coordination, previous?: string): string | null {
  const expected = kind === 'money' || kind === 'count' || kind === 'percent' ? expectedLabel(sentence, start, end, kind, previous) : null;
  if (expected) return expected;
  // "came second with 29.7%", "finished third with 11%": a placing's share is the share the figure before it states.
  const placed = kind === 'percent' && /\swith\s+(?:\S+\s+){0,2}$/.test(sentence.slice(Math.max(0, start - 24), start)) ? PLACED_WITH.exec(tailOf(sentence.slice(0, start), 80)) : null;
  const earlier = placed ? LAST_PERCENT.exec(sentence.slice(0, start - placed[0].length)) : null;
  const share = earlier ? labelInSentence(sentence, earlier.index, earlier.index + earlier[0].length, 'percent', 'both') : null;
  if (share && !GENERIC_LABEL.test(share)) return share;
  // "above the 6.4 billion average over the last 20 days": an average after the amount is what it is.
  if (kind === 'count' && /^\s+average\b(?!\s+\p{Ll}{3,}(?<!over|for|and|in|of|from|since|during)\b)/u.test(sentence.slice(end, end + 24))) {
    const counted = [...sentence.slice(Math.max(0, start - 200), start).matchAll(COUNTED_BEFORE)].pop()?.[1];
    return counted && !STOP.has(counted) && !TIME_UNIT.test(counted) ? `${counted} average` : 'average';
  }
  // "Online sales, which make up about 15% of the total", "It accounts for 30% of the whole": a share of a total is its subject's.
  const part = kind === 'percent' && /^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:total|whole|overall)\s*(?:[,.;:)]|$)/i.test(sentence.slice(end, end + 24)) ? SHARE_OF_TOTAL.exec(tailOf(sentence.slice(0, start), 200)) : null;
  const partOf = part ? subjectBefore(part[1]!.replace(/,?\s*(?:which|that|who)$/i, ',').replace(/,$/, '')) : null;
  if (partOf) return `${partOf} share`;
  // "Brent fell $6.50 a barrel, or 8.4%, to $71.25", "settled down $1.85, or 2.6%": a share after ", or" restates the amount before
  // it; it is read in that amount's place.
  const restated = kind === 'percent' && /,\s+or\s+(?:\p{Ll}+\s+)?$/u.test(sentence.slice(Math.max(0, start - 16), start)) ? RESTATED.exec(tailOf(sentence.slice(0, start), 80)) : null;
  if (restated) {
    const cut = start - restated[0].length;
    const read = labelInSentence(`${sentence.slice(0, cut)} ${sentence.slice(start)}`, cut + 1, cut + 1 + end - start, kind, coord);
    if (read && !GENERIC_LABEL.test(read)) return read;
  }
  const found = labelInSentence(sentence, start, end, kind, coord) ?? attachedLabel(sentence, start, end, kind) ?? topicLabel(sentence, start) ?? (kind === 'duration' ? statedDuration(sentence.slice(0, start)) : null);
  // "She wrote hundreds of songs … and sent 12 of the best ones": "ones" stands for the plural noun counted before.
  const ones = found && /(?:^|\s)ones$/.test(found) ? [...sentence.slice(0, start).matchAll(PLURAL_AFTER_OF)].pop()?.[1] : undefined;
  const own = ones ? found!.replace(/ones$/, ones) : found;
  // "… listing 4,000 stores. It said it would close 1,100 of them": a part of a pronoun is a part of what the sentence before counted.
  const ofThem = own === null && previous && (kind === 'count' || kind === 'percent') && OF_PRONOUN.test(sentence.slice(end)) ? [...previous.matchAll(COUNTED_BEFORE)].pop()?.[1] : undefined;
  if (ofThem && !STOP.has(ofThem) && !TIME_UNIT.test(ofThem)) return ofThem;
  if (!previous || (own !== null && !GENERIC_LABEL.test(own))) return own;
  const pointer = REFERRING_SUBJECT.exec(sentence);
  if (!pointer || pointer[0].length > start || !POINTED_PREDICATE.test(sentence.slice(pointer[0].length, start))) return own;
  const subject = pointedAntecedent(previous, pointer[2]?.toLowerCase(), kind);
  if (!subject) return own;
  // Read the sentence as if it named the subject itself: "Retail sales were down 60%".
  const lead = pointer[1]!;
  const shift = subject.length + 1 - (pointer[0].length - lead.length);
  const read = labelInSentence(`${lead}${subject} ${sentence.slice(pointer[0].length)}`, start + shift, end + shift, kind, coord);
  if (read && !GENERIC_LABEL.test(read)) return read;
  // "The stuff costs $30": the subject and what the sentence says of it ("cost").
  const said = read ?? own;
  return said && !/^(?:it|this|that|figure|number|amount|total|sum|stuff|thing|tally|count)$/i.test(said) ? `${subject} ${said.split(' ').pop()}` : subject;
}

const PLACED_WITH = /\b(?:came|comes|finished|finishes|placed|ended|was|is)\s+(?:a\s+(?:distant|close|strong)\s+)?(?:first|second|third|fourth|fifth|sixth|last|runner-up)\s+with\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+|only\s+|over\s+|more\s+than\s+|less\s+than\s+)?$/i;
const LAST_PERCENT = /\d[\d.,]*\s?(?:%|percent|per\s+cent)(?![\s\S]*\d[\d.,]*\s?(?:%|percent|per\s+cent))/;
const SHARE_OF_TOTAL = new RegExp(`^(.*?\\S)\\s+(?:(?:now|currently|still|also|together|alone)\\s+)?(?:mak(?:e|es|ing)\\s+up|made\\s+up|account(?:s|ed|ing)?\\s+for|represent(?:s|ed|ing)?|comprise[sd]?)\\s+${QUAL}$`, 'i');
const RESTATED = /\s+(?:[$€£¥]\s?)?\d[\d,.]*(?:\s*(?:thousand|million|billion|trillion|bn|mn|m|points?|cents?|pence|p|yen|euros?|pounds|dollars|a\s+barrel|an\s+ounce|a\s+share|per\s+share|basis\s+points))*\s*,\s+or\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$/;
// "Analysts on average had expected $3.95 billion", "the $6.45 billion Wall Street expected": what forecasters expected.
const FORECASTERS = /\b(?:analysts?|economists?|Wall\s+Street|consensus|forecasters?|strategists?|traders?|the\s+market|markets)\b/i;
const EXPECTED_BEFORE = new RegExp(`\\b(?:had\\s+|have\\s+|has\\s+)?(?:been\\s+)?(?:expect(?:ed|ing)|forecast(?:ed|ing)?|predict(?:ed|ing)|estimat(?:ed|ing)|anticipat(?:ed|ing)|project(?:ed|ing)|look(?:ed|ing)\\s+for|pencill?ed\\s+in)\\s+(?:an?\\s+)?${QUAL}$`, 'i');
const ADJECTIVAL_EXPECTED = /\b(?:an?|the|its|their)\s+(?:\p{Ll}+ly\s+)?(?:expected|estimated|forecast|predicted|anticipated|projected)\s+(?:\p{Ll}+\s+)?$/u;
const EXPECTED_AFTER = /^\s+(?:that\s+)?(?:analysts?|economists?|Wall\s+Street|forecasters?|strategists?|the\s+market)\b(?:\s+[\p{L},-]+){0,4}?\s+(?:had\s+|have\s+)?(?:been\s+)?(?:expect(?:ed|ing)|forecast(?:ed|ing)?|predict(?:ed|ing)|estimat(?:ed|ing)|anticipat(?:ed|ing)|project(?:ed|ing)|pencill?ed\s+in)\b/iu;

/**
 * A figure forecasters expected: "expected" and the measure the last figure before it states, in the sentence or the sentence
 * before ("revenue rose to $4.1 billion. Analysts had expected $3.95 billion" → "expected revenue"), else "estimate".
 */
function expectedLabel(sentence: string, start: number, end: number, kind: LabelKind, previous?: string): string | null {
  const before = tailOf(sentence.slice(0, start), 160);
  // ("expecting $2.52 a share": a rate after the amount names it; "an estimated $12 million": the participle only hedges.)
  if (/^\s+(?:a|an|per)\s+(?:share|barrel|ounce|unit|month|year|week|day|hour|head|person)\b/.test(sentence.slice(end, end + 20)) || ADJECTIVAL_EXPECTED.test(before)) return null;
  const cued = /(?:expect|forecast|predict|estimat|anticipat|project|look|pencil)\w*\s+(?:\S+\s+){0,3}$/i.test(before) ? EXPECTED_BEFORE.exec(before) !== null && FORECASTERS.test(before) : /^\s+(?:that\s+)?\p{L}/u.test(sentence.slice(end, end + 6)) && EXPECTED_AFTER.test(sentence.slice(end, end + 120));
  if (!cued) return null;
  const shape = (text: string): LabelKind => (/^[$€£¥]/.test(text) ? 'money' : /%|cent$/.test(text) ? 'percent' : 'count');
  const measured = (text: string, at: number, figure: string): string | null => {
    const fact = labelInSentence(text, at, at + figure.length, shape(figure), 'both')?.replace(/\s(?:rise|fall|growth|gain|drop|decline|increase|decrease|close|level)$/, '');
    return fact && !GENERIC_LABEL.test(fact) && fact.split(' ').length <= 4 && !/^(?:expected|estimate)\b/.test(fact) ? fact : null;
  };
  // The figure before it in the sentence, of the same kind.
  const head = sentence.slice(0, start);
  const own = LAST_FIGURE.exec(head);
  const ownText = own?.[0].trimEnd();
  const inSentence = own && ownText && shape(ownText) === kind ? measured(sentence, own.index, ownText) : null;
  if (inSentence) return `expected ${inSentence}`;
  const last = previous ? LAST_FIGURE.exec(previous) : null;
  const lastText = last?.[0].trimEnd();
  const before2 = last && lastText && shape(lastText) === kind ? measured(previous!, last.index, lastText) : null;
  return before2 ? `expected ${before2}` : 'estimate';
}

// "The average wait for a routine operation is now 9.5 weeks": a duration the copula states is its subject's.
const DURATION_COPULA = new RegExp(`^(.*?\\S)\\s+(?:is|was|are|were|stands\\s+at|stood\\s+at|remains|remained)\\s+(?:now\\s+|currently\\s+|still\\s+|typically\\s+|usually\\s+)?${QUAL}$`, 'i');
function statedDuration(before: string): string | null {
  const m = /\s(?:is|was|are|were|at|remains|remained)\s+(?:\S+\s+){0,3}$/i.test(before) ? DURATION_COPULA.exec(tailOf(before, 160)) : null;
  const subject = m ? subjectBefore(m[1]!) : null;
  return subject && !/^(?:it|he|she|they|this|that|which|who|there)$/i.test(subject) ? subject : null;
}

// An amount a sentence states: money, or a count in thousands or millions.
const AMOUNT = /[$€£¥]\s?\d|\d\s(?:million|billion|trillion)\b|\b\d{1,3},\d{3}\b/;
// The last figure of a sentence, by its shape: an amount, a share or a plain number.
const LAST_FIGURE = /(?:[$€£¥]\s?)?\d[\d,.]*\d?(?:\s?(?:%|percent|per cent))?(?:\s(?:thousand|million|billion|trillion))?(?!.*\d)/su;
// A noun of money the sentence before names: "approved the new budget" — what "It totals $3.4 million" stands for.
const MONEY_ANTECEDENT = /\b(?:the|its|their|his|her|a|an|this)\s+((?:[\p{Ll}-]+\s+){0,2}(?:budget|revenue|revenues|sales|profit|cost|costs|price|deal|contract|bill|package|fund|loan|salary|fee|fine|settlement|offer|bid|payout|debt|deficit|spending|investment|valuation|award|grant|bonus|donation|tab))\b(?![\s\S]*\b(?:the|its|their|his|her|a|an|this)\s+(?:[\p{Ll}-]+\s+){0,2}(?:budget|revenue|revenues|sales|profit|cost|costs|price|deal|contract|bill|package|fund|loan|salary|fee|fine|settlement|offer|bid|payout|debt|deficit|spending|investment|valuation|award|grant|bonus|donation|tab)\b)/u;

/**
 * What a pointing subject stands for in the sentence before: an amount's "it" a noun of money ("approved the new budget. It totals
 * $3.4 million" → "new budget"); a bare "this"/"that" the fact its last figure states ("reported revenue of $4.2 billion. That was
 * up 12%" → "revenue"); otherwise the subject it opens with ("Retail sales slumped. It was down 60%").
 */
function pointedAntecedent(previous: string, word: string | undefined, kind: LabelKind): string | null {
  const money = kind === 'money' && word !== undefined ? MONEY_ANTECEDENT.exec(previous)?.[1] : undefined;
  if (money) return money;
  // "Netflix added 8.8 million subscribers. They now number 222 million": a plural pointer stands for the things the last count
  // counted.
  if ((word === 'they' || word === 'these' || word === 'those') && kind === 'count') {
    const last = LAST_FIGURE.exec(previous);
    const text = last?.[0].trimEnd();
    const fact = last && text && /^\d/.test(text) && !/%|cent$/.test(text) ? labelInSentence(previous, last.index, last.index + text.length, 'count', 'both') : null;
    if (fact && !GENERIC_LABEL.test(fact) && fact.split(' ').length <= 4) return fact;
  }
  // ("Apple reported iPhone revenue of $43.8 billion. It was up 3%": a change of "it" after an amount is the amount's change, the
  // thing last named with a figure.)
  if (word === 'this' || word === 'that' || (word === 'it' && kind === 'percent' && AMOUNT.test(previous) && !/%|\bper\s?cent\b|\bpercent\b/i.test(previous))) {
    const last = LAST_FIGURE.exec(previous);
    const text = last?.[0].trimEnd();
    const shape: LabelKind = !text ? 'count' : /^[$€£¥]/.test(text) ? 'money' : /%|cent$/.test(text) ? 'percent' : 'count';
    const fact = last && text ? labelInSentence(previous, last.index, last.index + text.length, shape, 'both') : null;
    // ("grew to $4.2 billion. It was up 28%": the change is the sentence's own, the thing is "revenue", not "revenue growth".)
    const thing = word === 'it' ? fact?.replace(/\s(?:rise|fall|growth|gain|drop|decline|increase|decrease)$/, '') : fact;
    if (thing && !GENERIC_LABEL.test(thing) && thing.split(' ').length <= 4) return thing;
  }
  return openingSubject(previous);
}

/** The subject of the sentence's first clause that states a level or a change ("Hang Seng Index (HSI) started in the red, but was last trading up"). */
function firstSubject(text: string): string | null {
  const m = FIRST_LEVEL.exec(text);
  return m ? subjectBefore(text.slice(0, m.index)) : null;
}

/** The subject of the last clause in `text` that states a level or a change ("Brent LCOc1 was last at $60.73" → "Brent"). */
function levelSubject(text: string): string | null {
  let last: RegExpExecArray | null = null;
  const re = LAST_LEVEL;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last ? subjectBefore(text.slice(0, last.index)) : null;
}

/**
 * A figure that states a change or a level of something the sentence names: the subject of "rose/fell
 * by" ("Alibaba shares rose 1.8%" → "Alibaba shares rise"), "up/down 2%" ("Truck and SUV sales are down
 * 2.6 percent" → "Truck and SUV sales fall"), the level reached ("fell 3.38% to $55.12" → "U.S. crude
 * price"), "closed at $185.25" → "Alibaba shares close", and the object of "cut/expand … by" ("expand
 * the Emirates fleet by 30%" → "Emirates fleet expansion").
 */
// "with exports to China in the first half of 2019 sinking to $1.3 billion": an absolute "with" clause whose noun moves by a gerund.
const WITH_CHANGING = new RegExp(`\\bwith\\s+(?:the\\s+|its\\s+|their\\s+)?([^,;:()]{1,60}?)\\s+(\\p{Ll}+ing)\\s+(?:by\\s+|to\\s+|towards?\\s+)?${QUAL}$`, 'iu');

function changeLabel(before: string, rest: string, kind: LabelKind): string | null {
  const changing = /\bwith\s/i.test(before) ? WITH_CHANGING.exec(before) : null;
  const changed = changing && CHANGE_VERBS[changing[2]!.toLowerCase()] ? subjectBefore(` ${changing[1]}`) ?? nounPhraseAfter(changing[1]!) : null;
  if (changed) return `${changed} ${CHANGE_VERBS[changing![2]!.toLowerCase()]}`;
  // (CHANGE_RE ends at the text's end and reaches five words back: tried on the last 240 characters only, from a word's start,
  // rather than from every position of a long sentence)
  // (and only when one of the last words is a change verb: most figures have none, and the regex is dear to fail; then from seven
  // words before the first such verb, as far as its five words and an auxiliary reach)
  const words = tailOf(before, 240).split(' ');
  const verbAt = words.findIndex((w, i) => i >= words.length - 12 && w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '') in CHANGE_VERBS);
  const tail = verbAt < 0 ? '' : verbAt > 7 ? ` ${words.slice(verbAt - 7).join(' ')}` : words.join(' ');
  const found = verbAt < 0 ? null : CHANGE_RE.exec(tail);
  const change = found && tail !== before ? Object.assign(found, { index: found.index + before.length - tail.length }) : found;
  if (change) {
    const verb = change[2]!.toLowerCase();
    let noun = CHANGE_VERBS[verb] ?? '';
    if (/^(?:closed|ended|finished|settled)$/.test(verb)) noun = 'close';
    if (noun === '' && /^\s*(?:higher|up)\b/i.test(rest)) noun = 'rise';
    if (noun === '' && /^\s*(?:lower|down)\b/i.test(rest)) noun = 'fall';
    const head = before.slice(0, change.index + change[1]!.length);
    // "WeWork's 2025 bond has weakened sharply, hitting 16.057%": a participle clause takes the sentence's subject.
    const subject = subjectBefore(head) ?? (/,\s*$/.test(head) ? firstSubject(head) ?? (/ing$/i.test(verb) ? phraseBefore(head.replace(/,\s*$/, '')) : null) : null);
    // "Shares traded at $14.50": what a thing trades at is its price.
    if (subject && !noun && kind === 'money' && /^trad(?:ed|ing|es)$/.test(verb) && !MONEY_NOUN.test(subject)) return `${subject.replace(/\bshares$/i, 'share')} price`;
    if (subject) return noun ? `${subject} ${noun}` : subject;
    // "a fish that can grow to 500 pounds": a base form names no change without its subject (the measure reads as a size).
    if (noun && kind !== 'count' && !BASE_CHANGE.has(verb)) return noun;
  }
  // "fleet sales were up from 13.2 percent": the earlier level of the subject.
  const upFrom = /\b(?:is|are|was|were|been|be)\s+(?:up|down)\s+from\s+(?:about\s+|around\s+|roughly\s+)?$/i.exec(before);
  const fromSubject = upFrom ? subjectBefore(before.slice(0, upFrom.index)) : null;
  if (fromSubject) return fromSubject;
  // "The dollar index rose 0.05%, with the euro EUR= up 0.05%": the noun the absolute "with" clause moves.
  const withMove = /\bwith\s/i.test(before) ? WITH_MOVE.exec(before) : null;
  // (set off by a mark, so that the name's first word does not read as a sentence's capitalised opener: "and Royal Dutch Shell off 3.7%")
  const moved = withMove ? subjectBefore(`; ${withMove[1]!}`) : null;
  if (moved) return `${moved} ${/^(?:up|higher)$/i.test(withMove![2]!) ? 'rise' : 'fall'}`;
  const upDown = UP_DOWN.exec(before);
  if (upDown) {
    const noun = /^(?:up|higher)$/i.test(upDown[2]!) ? 'rise' : 'fall';
    const head = before.slice(0, upDown.index);
    // "properties saw 107 million average monthly unique users, up 1 percent": after a comma the change is of what the count just
    // before it counts, not of the clause's subject.
    const countedNoun = upDown[1] ? COUNT_THEN_NOUN.exec(head)?.[1] : undefined;
    const counted = countedNoun ? nounPhraseAfter(` ${countedNoun}`) : null;
    if (counted) return `${counted} ${noun}`;
    const subject = (upDown[1] ? levelSubject(head) : subjectBefore(head) ?? levelSubject(head)) ?? firstSubject(head);
    if (subject) return `${subject} ${noun}`;
    // "1.8 million people attended A&E units in the period, up 3.5%": after a comma, the change of what the last count counted.
    const last = upDown[1] && kind === 'percent' ? LAST_FIGURE.exec(tailOf(head, 160)) : null;
    const lastText = last?.[0].trimEnd();
    const lastAt = last ? head.length - tailOf(head, 160).length + last.index : -1;
    const lastCounted = last && lastText && /^\d/.test(lastText) && !/%|cent$/.test(lastText) ? labelInSentence(head, lastAt, lastAt + lastText.length, 'count', 'both') : null;
    if (lastCounted && !GENERIC_LABEL.test(lastCounted) && lastCounted.split(' ').length <= 4) return `${lastCounted} ${noun}`;
  }
  const at = LEVEL_AT.exec(before);
  if (at && !/\d/.test(at[2]!)) {
    const subject = subjectBefore(before.slice(0, at.index));
    // ("Bail was set at $1 million", "The fine stood at $500": a sum named by its noun is that sum, no level of it.)
    if (subject && kind === 'money' && MONEY_NOUN.test(subject) && !/^(?:closed|ended|finished|settled)$/i.test(at[1]!)) return subject;
    if (subject) return `${subject} ${/^(?:closed|ended|finished|settled)$/i.test(at[1]!) ? 'close' : kind === 'money' && !MONEY_NOUN.test(subject) ? 'price' : 'level'}`;
  }
  // "fell 3.38% to $55.12", "increased the total of commercial providers to 14"
  const to = ENDS_TO.test(before) ? LEVEL_TO.exec(before) : null;
  if (to) {
    const middle = to[3]!;
    // "cut their forecast for Brent next year to $83", "raised its 2015 growth forecast to 1.0%": the forecast of what.
    const forecast = /\b(?:forecast|estimate|outlook|guidance|target|projection|prediction)s?\b/i.test(middle) ? FORECAST_OF.exec(middle) : null;
    if (forecast) return `${forecast[2]!.replace(/^(?:the|its|their)\s+/i, '')} ${forecast[1]!.toLowerCase()}`;
    // "increase solar module efficiency from around 20% now to 24%": the object before "from".
    const object = /\d/.test(middle) && /^(?:increase|raise|boost|reduce|lower|improve|cut|grow)/i.test(to[2]!) ? /^(.*?)\s+from\s/.exec(middle)?.[1] : undefined;
    // "the yield … has risen by half a percentage point, to 3.1 percent": after the change, the level of the verb's subject.
    const subject = object ? subjectBefore(object) : /\d/.test(middle) ? subjectBefore(to[1]!) : subjectBefore(middle) ?? (/^\s*by\s/i.test(middle) ? subjectBefore(to[1]!) : null);
    if (subject) return kind === 'money' && /\d/.test(middle) && !/price|value|cost|rate|revenue|sales|profit|income|earnings|budget|debt|spending|lending|loans|deposits|assets|reserves|borrowing|charges|funds|capital|investment|turnover|fees|payroll|wages|pay\b/i.test(subject) ? `${subject} price` : subject;
  }
  if (/\byield(?:s|ed|ing)?\s+(?:of\s+)?$/i.test(before)) {
    const head = before.replace(/\s*\b(?:to\s+)?yield\w*\s+(?:of\s+)?$/i, '');
    const subject = levelSubject(head) ?? subjectBefore(head);
    return subject ? `${subject} yield` : 'yield';
  }
  // "expand the Emirates fleet by 30%", "reduce coal-fired fine dusts by 90%"
  const by = ENDS_BY.test(before) ? CHANGED_BY.exec(before) : null;
  if (by) {
    // "reduce executive-level positions for its mobile communications business by 25 percent": the object is the noun phrase before
    // the first preposition that places it; what it is for or where only narrows it.
    // ("decreased the number of calories consumed by 13%": the number of a thing changes as the thing does.)
    const object = (subjectBefore(by[2]!) ?? subjectBefore(by[2]!.replace(OBJECT_PLACE, '')))?.replace(/^(?:number|amount)\s+of\s+(?=\S)/i, '');
    const noun = VERB_NOUNS[by[1]!.toLowerCase()]!;
    return object ? `${object} ${noun}` : noun;
  }
  return null;
}


const FORECAST_OF = /^\s*(?:its|their|his|her|the|our|a)\s+(?:(?:full-year|annual|official|previous|own)\s+)?(forecast|estimate|outlook|guidance|target|projection|prediction)s?\s+(?:for|of)\s+((?:(?:19|20)\d\d\s+)?(?:the\s+)?(?:[\p{L}&.-]+\s+){0,2}?[\p{L}&.-]+?)(?:\s+(?:next|this|last)\s+(?:year|quarter|month|week)|\s+in\s+(?:19|20)\d\d)?$/iu;

// A noun that only scales what its "of"-complement names: "18 times the number of tuft cells".
const SCALE_NOUN = /^(?:number|amount|level|rate|value|size|volume|quantity|total|share|figure)$/;
const COMPARATIVE = /^\s+(?:greater|higher|larger|bigger|faster|lower|smaller|more|less|cheaper|stronger)\b/i;

/**
 * What a multiple multiplies, when the sentence gives it no subject: "twice the CTR of native ads" → "CTR", "25 times their annual
 * expenses" → "annual expenses", "twice as much water" → "water", "2.5 times greater risk" → "risk"; after a comma, the phrase the
 * comparison describes ("the highest CTR, 2.5 times greater than …" → "CTR").
 */
function multipleLabel(sentence: string, start: number, end: number): string | null {
  const rest = sentence.slice(end);
  const owned = /^\s+(?:the|its|their|his|her|our)\s+(.*)$/iu.exec(rest.replace(/\[\d+\]/g, ''))?.[1] ?? /^\s+as\s+(?:much|many)\s+(.*)$/iu.exec(rest)?.[1] ?? (COMPARATIVE.test(rest) ? rest.replace(COMPARATIVE, '').replace(/^\s+than\b.*$/, '') : null);
  if (owned) {
    const acronym = /^\s*(\p{Lu}{2,6}s?)\b(?!\s+\p{Lu})/u.exec(owned)?.[1];
    const phrase = acronym ?? nounPhraseAfter(owned);
    if (phrase && SCALE_NOUN.test(phrase)) {
      const of = /^\s*\S+\s+of\s+(?:the\s+|its\s+|their\s+)?(.*)$/u.exec(owned);
      return (of ? nounPhraseAfter(of[1]!) : null) ?? phrase;
    }
    if (phrase) return phrase;
  }
  if (COMPARATIVE.test(rest)) {
    const head = sentence.slice(0, start).replace(/,\s*\S*\s*$/, '');
    const described = /,\s*(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|over\s+)?$/.test(sentence.slice(0, start)) ? phraseOrAcronymBefore(head) : null;
    // "the highest CTR and user engagement, 2.5 times greater": the comparison describes both coordinated phrases.
    const first = described ? /\s+and\s+$/.exec(head.slice(0, head.length - described.length)) : null;
    const other = first ? phraseOrAcronymBefore(head.slice(0, first.index)) : null;
    if (described) return other ? `${other} and ${described}` : described;
  }
  return null;
}

/** The noun phrase or the acronym ("the highest CTR") that ends `text`. */
function phraseOrAcronymBefore(text: string): string | null {
  return phraseBefore(text) ?? /(?:^|\s)(\p{Lu}{2,6}s?)$/u.exec(text.trimEnd())?.[1] ?? null;
}

const THAN = /^\s+(?:higher|greater|larger|bigger|more|faster|lower|smaller|less|slower|cheaper|stronger|longer|heavier|deadlier|likelier|costlier)\s+than\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|that\s+of\s+(?:the\s+)?)?(.*)$/iu;
const COPULA_END = /^(.*\S)\s+(?:is|are|was|were|been|be|remains?|remained)\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|up\s+to\s+|at\s+least\s+)?$/i;
// A participle clause after a subject's head: "deaths of detained children attributed to complications from the flu".
const TRAILING_PARTICIPLE = /\s+\p{Ll}+ed\s+(?:to|by|from|in|with|for|at|on)\b[^,;:]*$/u;

/** "X are nine times higher than Y" → "X vs Y": a multiple stated of a subject against what it is compared with. */
function comparedWith(sentence: string, start: number, end: number): string | null {
  const than = THAN.exec(sentence.slice(end));
  const other = than ? nounPhraseAfter(` ${than[1]}`) : null;
  const copula = other ? COPULA_END.exec(sentence.slice(0, start)) : null;
  const subject = copula ? subjectBefore(copula[1]!.replace(TRAILING_PARTICIPLE, '')) : null;
  return subject && subject.split(' ').length <= 5 && !GENERIC_LABEL.test(subject) ? `${subject} vs ${other}` : null;
}

/** What happened over a period named in words: "prices rose over the past decade" → "prices rose". */
function spanLabel(before: string, rest: string): string | null {
  void rest;
  // "an observer — ranging from prisons to welfare offices — for the past half-century": an aside ends before the period.
  if (/[—–)]\s*(?:(?:in|over|during|throughout|for|within)\s+)?$/u.test(before)) return null;
  // "managed successfully, particularly over the last quarter-century", "tour together in nearly a quarter century": the
  // preposition, a hedge and a trailing adverb are no part of what happened.
  const clause = before.replace(/[,;:—–]?\s*(?:\b\p{Ll}+ly\s+)?(?:\b(?:in|over|during|throughout|for|within)\s+)?(?:\b[Aa] (?:little|bit)\s+)?(?:(?:nearly|almost|about|around|roughly|more than|over|some)\s+)?$/u, '').replace(/^.*[,;:—–]\s*/u, '');
  return activityBefore(clause);
}

const AS_LONG_AS = /^\s*[–—-]?\s*(?:about\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?as\s+(long|wide|high|tall|deep|thick)\s+as\b/i;
const COMPARED = /(?:^|\s)(\p{Ll}[\p{Ll}-]{2,})\s+(?:smaller|larger|bigger|shorter|longer|thinner|thicker|wider|narrower|heavier|lighter|deeper|taller|higher|lower|faster|slower)\s+than\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+)?$/u;

/**
 * "particles smaller than 2.5 microns in diameter" → "particle diameter", "fish longer than 30 inches" → "fish": a measure that
 * bounds a comparison measures the noun the comparison describes, in the dimension the sentence names.
 */
function comparedNoun(before: string, rest: string): string | null {
  const noun = COMPARED.exec(before.replace(/^(\p{Lu})(?=\p{Ll}+\s)/u, (c: string) => c.toLowerCase()))?.[1];
  if (!noun || STOP.has(noun) || VERBS.has(noun) || PARTICIPLES.has(noun) || /(?:ly|ed)$/.test(noun)) return null;
  const dimension = /^\s+(?:in\s+)?(diameter|length|width|height|depth|size|thickness|weight|length|wavelength)\b/i.exec(rest)?.[1];
  return dimension ? `${noun.replace(/(?<=[^s])s$/, '')} ${dimension.toLowerCase()}` : noun;
}

const TIMES_QUALIFIER_TAIL = /(?:\s+(?:just|only|exactly|about|around|roughly|nearly|almost|some|more|less|than|at|least|most|over|under|up|to|two|three|or|a|an|the|for|another))+\s*$/i;
const MODAL_OR_TO = /^(?:would|will|could|can|may|might|should|must|to|did|does|do)$/;
const PARTICIPLE = /^(?:gone|done|seen|been|beaten|taken|given|driven|written|eaten|chosen|spoken|ridden|flown|shown|known|grown|thrown|drawn)$/;
const NOT_ING = new Set(['during', 'including', 'nothing', 'something', 'anything', 'everything', 'thing', 'morning', 'evening', 'king', 'ring', 'spring', 'string', 'building', 'according', 'regarding', 'concerning', 'following', 'being']);
const TIMES_CLAUSE_END = /[,;:—–()"“”]$/;

/**
 * What was done that many times, from the clause before "N times"/"twice"/"once": its nearest verb and that verb's object
 * ("scored four times" → "scored", "won the UEFA Champions League twice" → "won UEFA Champions League",
 * "to speak twice" → "speak"). Null when no verb comes within six words of the count.
 */
export function repeatedActivity(before: string): string | null {
  const raw = before.replace(TIMES_QUALIFIER_TAIL, '').trim().split(/\s+/).filter(Boolean);
  for (let i = raw.length - 1, n = 0; i >= 0 && n < 6; i--, n++) {
    const w = raw[i]!;
    if (TIMES_CLAUSE_END.test(w)) return null;
    const bare = bareWord(w);
    const lower = bare.toLowerCase();
    // (the clause holds another figure: "a service targeting 99.9% availability more than once" — its words are that figure's)
    if ((ACTIVITY_STOP.has(lower) && lower !== 'said') || /\d/.test(bare)) return null;
    // ("would not declare", "to never visit": a negation between the modal and the verb)
    const back = i > 1 && /^(?:not|never|n[’']t)$/i.test(bareWord(raw[i - 1]!)) ? 2 : 1;
    const prev = i >= back ? bareWord(raw[i - back]!).toLowerCase() : '';
    const verb = bare === lower && !AUXILIARIES.test(lower) && !DETERMINERS.has(lower) && !STOP.has(lower) &&
      (isPastVerb(lower) || PARTICIPLE.test(lower) || (/^\p{Ll}{3,}ing$/u.test(lower) && !NOT_ING.has(lower) && (!prev || ((STOP.has(prev) || AUXILIARIES.test(prev)) && !DETERMINERS.has(prev)))) || MODAL_OR_TO.test(prev));
    if (!verb) continue;
    const object = raw.slice(i + 1).map(bareWord).filter((o) => o && !DETERMINERS.has(o.toLowerCase()) && !/^(?:them|him|her|it|us|me|you)$/i.test(o)).slice(0, 3);
    while (object.length && STOP.has(object[object.length - 1]!.toLowerCase())) object.pop();
    return [lower, ...object].join(' ');
  }
  return null;
}

// ---- French, Spanish, Portuguese, Italian and German ----------------------------------------------------------------------------

const ROMANCE_LANG = /^(?:es|fr|pt|it|ca|ro)\b/;
// Words of the Romance languages that stand after a number without being what it counts (articles, prepositions, conjunctions).
const ROMANCE_FUNCTION_WORDS = new Set('de des del della delle dei di du da do dos das la le les los las lo el il gli et y e o ou en em au aux al para pour per por con avec com que qui che sur sous sin sans entre contre contra sobre ans fois veces vezes volte'.split(' '));
// Possessives and demonstratives before the noun a measure measures: "al reducir a 3MB su peso".
const ROMANCE_DETERMINERS = new Set('su sus son sa ses leur leurs seu sua seus suas suo sue suoi nuestro nuestra notre nos ce cette ces este esta estos estas este esse essa'.split(' '));
// Adjectives that stand before the noun they modify: "24 nuevos países", "deux nouvelles lignes".
const ROMANCE_PRENOMINAL = /^(?:nuev[oa]s?|nouve(?:au|aux|lle|lles|l)|nuov[oaie]|nov[oa]s?|otr[oa]s|autres|altr[ie]|outr[oa]s|primer[oa]s|premi(?:er|ère)s|derni(?:er|ère)s|últim[oa]s|ultim[ie]|grand(?:e|es|s)?|petit(?:e|es|s)?|pequeñ[oa]s|principal(?:es|i)?|principaux|mejores|meilleur(?:e|es|s)?|jeunes|jóvenes|giovani|vieux|viejos)$/iu;
// "d’habitants", "l’année": an elided article or preposition glued to the noun.
const ELIDED = /^(?:d|l|dell|dall|nell|sull|all)[’']/iu;
// "n’ont", "qu’il", "s’est": an elided negation, conjunction or pronoun opens a clause, no noun.
const ELIDED_CLAUSE = /^(?:n|qu|s|j|m|t|c)[’']/iu;
// A capitalised plural before the clause's next word, as French and Spanish write nationalities: "2 209 Français ont été localisés".
const NATIONALITY = /^\p{Lu}\p{Ll}+s$/u;
// "11 de ellos", "trois d’entre eux", "dont 11": a part of a pronoun is a part of what was counted before.
const ROMANCE_OF_THEM = /^\s+(?:de\s+(?:ellos|ellas|eux|elles|ustedes|estos|estas|esos|esas)|d[’']entre\s+(?:eux|elles)|dont|di\s+(?:loro|questi|queste)|deles|delas|dessas|desses)\b/iu;
const ROMANCE_COUNTED_BEFORE = /(?<![\p{L}\d])\d[\d\s.,]*\s+(\p{Ll}[\p{Ll}’'-]{2,})(?:\s+(\p{Ll}[\p{Ll}’'-]{2,}))?/gu;

// The auxiliary a count's verb opens with: "ont", "n’ont", "sont", "han", "fueron", "foram", "sono", "hanno".
const ROMANCE_AUXILIARY = /^(?:n[’'])?(?:ont|sont|avaient|étaient|seront|auront|han|habían|fueron|son|eran|serán|foram|são|eram|têm|sono|hanno|erano|furono)$/iu;
const ROMANCE_PARTICIPLE = /^\p{Ll}{3,}(?:é|és|ée|ées|is|ise|ises|us|ue|ues|ts|te|tes|ado|ados|ada|adas|ido|idos|ida|idas|ato|ati|ata|ate|uto|uti|ito|iti)$/u;
const ROMANCE_ADVERBS = new Set('plus tous jamais mais depuis puis alors encore toujours déjà aussi todavía nunca ainda também ancora tutti todos todas muito molto'.split(' '));

function romanceParticiple(words: readonly string[]): string | null {
  for (const raw of words.slice(0, 5)) {
    const w = raw.replace(/[.,;:!?)»”"]+$/u, '');
    if (ROMANCE_PARTICIPLE.test(w) && !ROMANCE_ADVERBS.has(w)) return w;
    if (w !== raw) return null;
  }
  return null;
}

function romanceWord(raw: string | undefined): string | null {
  if (!raw) return null;
  const w = raw.replace(/^[«“"‘(]+/, '').replace(/[.,;:!?)»”"’]+$/u, '');
  if (ELIDED_CLAUSE.test(w)) return null;
  const bare = w.replace(ELIDED, '');
  return /^\p{Ll}[\p{Ll}’'-]{2,}$/u.test(bare) && !ROMANCE_FUNCTION_WORDS.has(bare) ? bare : null;
}

/** The noun a number counts in a Romance sentence: the word after it, past quotes, "de" after a unit, a possessive and a prenominal adjective. */
function romanceLabel(sentence: string, start: number, end: number): string | null {
  const rest = sentence.slice(end).replace(/^[\s»”"’]+/u, ' ');
  if (ROMANCE_OF_THEM.test(rest)) {
    const before = [...sentence.slice(0, start).matchAll(ROMANCE_COUNTED_BEFORE)].pop();
    const counted = before ? (ROMANCE_PRENOMINAL.test(before[1]!) ? romanceWord(before[2]) : romanceWord(before[1])) : null;
    if (counted) return counted;
  }
  const words = rest.trim().split(/\s+/).slice(0, 4);
  let i = 0;
  // "25 tonnes de matériel", "28 millions d’habitants": after a unit or a scale, "de" opens what is measured.
  const unit = /\p{L}$/u.test(sentence.slice(start, end));
  if (unit && /^(?:de|di|do|da)$/i.test(words[0] ?? '')) i = 1;
  if (ROMANCE_DETERMINERS.has((words[i] ?? '').toLowerCase())) i++;
  const first = words[i];
  // Not "As 5 Etapas para Alfabetizar seus Filhos": in a title written with capitals the words after it are capitalised too.
  const next = sentence.slice(end).trim().split(/\s+/).slice(i + 1, i + 4);
  if (first && NATIONALITY.test(first.replace(/[.,;:!?)»”"]+$/u, '')) && /^\p{Ll}/u.test(next[0] ?? '') && next.every((w) => !/^\p{Lu}/u.test(w))) return first.replace(/[.,;:!?)»”"]+$/u, '');
  // "393 n’ont pas encore pu être joints", "40 han sido detenidos": a count that is the subject of a passive or a perfect is named
  // by its participle.
  if (ROMANCE_AUXILIARY.test(first ?? '')) return romanceParticiple(sentence.slice(end).trim().split(/\s+/).slice(i + 1, i + 7));
  const head = romanceWord(first);
  if (!head) return null;
  if (ROMANCE_PRENOMINAL.test(head) && !/[,;:.]$/.test(first!)) {
    const noun = romanceWord(words[i + 1]);
    if (noun) return `${head} ${noun}`;
  }
  return head;
}

// German prepositions and adverbs that open a phrase after an amount, not the noun it counts: "50 Euro im Mac App Store" ("in"
// stays: "1,5 Milliarden Euro in seine Werke" names where the money goes).
const GERMAN_PREPOSITION = /^(?:im|am|an|auf|aus|bei|für|mit|nach|seit|von|vom|vor|zu|zum|zur|um|über|unter|pro|je|bis|gegen|ab|als|und|oder)$/;
// "1Password kostet aktuell knapp 50 Euro": the price of the clause's subject.
const GERMAN_COSTS = /(?:^|[,;:]\s*|\b(?:und|aber|oder|denn|doch)\s+)((?:\p{Lu}[\p{L}\d-]*|\d\p{L}[\p{L}\d-]*)(?:\s+\p{Lu}[\p{L}\d-]*){0,2})\s+(?:kostet|kosten|kostete|kosteten)\s+(?:\p{Ll}+\s+){0,3}$/u;

/** German capitalises nouns: the label runs to the first capitalised word ("2.000 zusätzliche Fachkräfte"), articles skipped. */
function germanLabel(sentence: string, start: number, end: number, kind: LabelKind): string | null {
  const costs = kind === 'money' ? GERMAN_COSTS.exec(sentence.slice(0, start)) : null;
  if (costs && !/^(?:Das|Die|Der|Es|Er|Sie|Dies|Diese|Dieser|Dieses|Man)$/.test(costs[1]!)) return `${costs[1]} Preis`;
  const words = sentence.slice(end).trim().split(/\s+/).map((w) => w.replace(/[.,;:!?)"“”„]+$/, ''));
  const kept: string[] = [];
  for (const w of words.slice(0, 4)) {
    if (/^(?:der|die|das|des|dem|den|ein|eine|einer|eines)$/.test(w) && kept.length === 0) continue;
    if (kept.length === 0 && GERMAN_PREPOSITION.test(w)) return null;
    if (!/^[\p{L}-]+$/u.test(w)) break;
    kept.push(w);
    if (/^\p{Lu}/u.test(w)) return kept.join(' ');
  }
  return null;
}

/** The label of a figure on a page in another language than English: German by its capitalised nouns, the Romance languages by the noun after the number. */
export function foreignLabel(sentence: string, start: number, end: number, kind: LabelKind, language: string): string | null {
  const lang = language.toLowerCase();
  // ("bei 12-monatiger Nichtnutzung nach 28 Tagen": a preposition closing the label opens the next phrase.)
  if (lang.startsWith('de')) return germanLabel(sentence, start, end, kind)?.replace(/\s+(?:nach|von|vor|mit|bei|für|aus|zu|zum|zur|im|in|an|am|auf|und|oder|der|die|das|des|den|dem)$/i, '') || null;
  return ROMANCE_LANG.test(lang) ? romanceLabel(sentence, start, end) : null;
}

/**
 * A table's header row ("County | Unemployment rate | Jobs added", "Item | 2019 | 2020"): its cells, when every one is in words
 * or a year that names a column; null for a data row (columnLabel).
 */
export function headerCells(row: string): string[] | null {
  const cells = row.split(' | ');
  return cells.every((c) => !/\d/.test(c) || /^(?:FY\s?|Q[1-4]\s)?(?:19|20)\d{2}$/.test(c.trim())) ? cells : null;
}

/**
 * The label of a figure in a table's data row (body.ts joins a row's cells with " | "): the column's header where the table's
 * header row names it ("County | Unemployment rate | Jobs added" over "Harris | 4.1% | 12,400" → "unemployment rate"), after the
 * row's name where a cell before names one ("Harris unemployment rate"); where the header names no column in words (years,
 * "Q3"), the row's name alone ("Revenue | $4.2bn | $3.9bn" → "Revenue"). `at` is the figure's place in `row`, `text` the figure,
 * which must fill its cell.
 */
export function columnLabel(row: string, at: number, header: readonly string[] | null, text = ''): string | null {
  const cells = row.split(' | ');
  let end = 0;
  let i = 0;
  for (; i < cells.length; i++) {
    end += cells[i]!.length + 3;
    if (at < end) break;
  }
  if (i === 0 || i >= cells.length) return null;
  // Only a cell that is the figure names nothing but its column: a figure inside a cell of prose ("needs to obtain 100,000
  // Deutschmarks in twenty minutes") is read from its own words.
  const cell = cells[i]!.trim();
  if (text && (cell.length > text.length + 12 || (cell.match(/\p{L}+/gu)?.length ?? 0) > 2)) return null;
  // The row's name: the nearest cell before in a few words and no digits ("DL | Larry Ogunjobi | 63" → "Larry Ogunjobi").
  const rowName = cells.slice(0, i).map((c) => c.trim()).reverse().find((c) => c !== '' && /\p{L}{2}/u.test(c) && !/\d/.test(c) && c.split(/\s+/).length <= 5) ?? null;
  const column = header && header.length === cells.length ? header[i]!.trim() : null;
  const named = column && /\p{L}{2}/u.test(column) && !/\d/.test(column) && column.split(/\s+/).length <= 5 ? column.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()) : null;
  if (named) return rowName ? `${rowName} ${named}` : named;
  return rowName;
}
