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

const STOP = new Set([
  'of', 'with', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'that', 'which', 'who', 'and', 'or', 'but', 'was', 'were', 'is', 'are', 'have', 'has', 'had',
  'will', 'would', 'could', 'should', 'can', 'may', 'might', 'be', 'been', 'being', 'the', 'a', 'an', 'as', 'than', 'this', 'these', 'those', 'it', 'its', 'their',
  'his', 'her', 'our', 'into', 'over', 'under', 'after', 'before', 'since', 'during', 'between', 'per', 'each', 'ago', 'earlier', 'later', 'more', 'less',
  'fewer', 'such', 'so', 'if', 'when', 'while', 'where', 'there', 'then', 'also', 'said', 'says', 'say', 'according', 'about', 'around', 'across', 'through',
  'up', 'down', 'out', 'off', 'last', 'next', 'year', 'years', 'times', 'time', 'percent', 'cent', 'not', 'only', 'just', 'even', 'all', 'both',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'der', 'die', 'das', 'des', 'den', 'dem', 'für', 'von', 'und', 'mit', 'im',
  // Words that sit next to numbers without naming what they count (issue 9: "eking", "late", "versus", "higher").
  'higher', 'lower', 'greater', 'bigger', 'smaller', 'larger', 'versus', 'vs', 'late', 'early', 'ahead', 'behind', 'compared', 'against', 'respectively',
  'apiece', 'annually', 'overall', 'below', 'above', 'year-on-year', 'yoy', 'too', 'alone', 'instead', 'again', 'already', 'yet', 'still', 'now', 'here',
  'today', 'yesterday', 'tomorrow', 'last', 'this', 'that', 'what', 'whom', 'whose', 'how', 'why', 'either', 'neither', 'nor', 'plus', 'minus', 'via',
  'mostly', 'most', 'much', 'many', 'some', 'any', 'no', 'other', 'another', 'own', 'same', 'new', 'old', 'total', 'less', 'least', 'ended', 'ending',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night', 'week', 'weeks', 'month', 'months',
  'day', 'days', 'quarter', 'points', 'point', 'pct', 'apart', 'away', 'back', 'more', 'each', 'every', 'among', 'amid', 'despite', 'until', 'within', 'without',
]);
// Verbs that end a label read after the number: "12 percent of employees quit".
const VERBS = new Set(['quit', 'say', 'said', 'use', 'want', 'think', 'believe', 'expect', 'live', 'work', 'own', 'have', 'do', 'did', 'get', 'got', 'make', 'see', 'saw', 'support', 'oppose', 'prefer', 'plan', 'agree', 'remain', 'need', 'left', 'lost', 'come', 'came', 'go', 'went', 'take', 'took', 'die', 'died', 'rise', 'fall', 'rose', 'fell', 'were', 'are', 'is', 'was']);
// Irregular participles that open a clause after the counted noun: "1.2 million inhalers sold in…".
const PARTICIPLES = new Set(['sold', 'made', 'built', 'held', 'paid', 'found', 'seen', 'given', 'taken', 'known', 'shown', 'left', 'lost', 'won', 'bought', 'sent', 'spent', 'kept', 'cut', 'put', 'set', 'run', 'hit', 'laid', 'brought', 'told', 'written', 'driven', 'flown', 'grown']);
// Adjectives that may open a phrase but never stand as its head: "1.2 million new users".
const LEADING_ONLY = /^(?:new|additional|extra|more|fewer|other|former|current|active|total|annual|monthly|weekly|daily|net|gross|full-time|part-time|alleged|suspected|estimated|potential|registered|confirmed|possible|unique|global|domestic|foreign|average|median|so-called)$/i;

const CHANGE_VERBS: Record<string, string> = {
  rose: 'rise', rise: 'rise', rises: 'rise', risen: 'rise', rising: 'rise', climbed: 'rise', climbs: 'rise', gained: 'gain', gains: 'gain', added: 'gain',
  jumped: 'jump', jumps: 'jump', surged: 'surge', surges: 'surge', soared: 'rise', rallied: 'rally', advanced: 'gain', grew: 'growth', grows: 'growth', grown: 'growth',
  increased: 'increase', increases: 'increase', fell: 'fall', falls: 'fall', fallen: 'fall', falling: 'fall', dropped: 'drop', drops: 'drop', declined: 'decline',
  declines: 'decline', slid: 'fall', slipped: 'fall', sank: 'fall', tumbled: 'fall', plunged: 'fall', plummeted: 'fall', slumped: 'fall', lost: 'loss', shed: 'loss',
  decreased: 'decrease', eased: 'fall', dipped: 'dip', reached: '', hit: '', topped: '', totaled: '', totalled: '', stood: '', was: '', were: '', is: '', are: '', averaged: '',
};
const CHANGE_RE = new RegExp(
  `((?:[\\p{L}\\p{N}’'&.-]+\\s+){0,5}?)(?:has\\s+|have\\s+|had\\s+)?(${Object.keys(CHANGE_VERBS).join('|')})(?:\\s+(?:by|to|at|from|nearly|about|almost|some|around|roughly|as much as|as high as|more than|over|just|another|an?))*\\s*$`,
  'iu',
);

const MONEY_LABELS: [RegExp, string][] = [
  [/\bvalu(?:ation|ed|ing)\b/i, 'valuation'], [/\b(?:raised?|raising|funding|financing|round|series [a-z]|seed)\b/i, 'funding'],
  [/\brevenues?\b|\bsales\b|\bturnover\b/i, 'revenue'], [/\b(?:net )?(?:profits?|income|earnings)\b/i, 'profit'], [/\blosse?s?\b/i, 'loss'],
  [/\bfined?\b|\bpenalt(?:y|ies)\b/i, 'fine'], [/\bsettle(?:ment|d)?\b/i, 'settlement'], [/\b(?:acquir\w+|acquisition|buy(?:out|s)?|takeover|deal)\b/i, 'acquisition'],
  [/\binvest(?:ment|ed|ing|s)?\b/i, 'investment'], [/\bsalar(?:y|ies)\b|\bpay(?:ment)?s?\b|\bcompensation\b/i, 'pay'], [/\bbudget\b/i, 'budget'],
  [/\bcontract\b/i, 'contract'], [/\borders?\b/i, 'order value'], [/\bpric(?:e|ed|ing)\b/i, 'price'], [/\bcost(?:s|ing|ly)?\b/i, 'cost'], [/\bspen[dt]\w*\b|\bspending\b/i, 'spending'],
  [/\bgrants?\b/i, 'grant'], [/\bgap\b|\bshortfall\b|\bdeficit\b/i, 'shortfall'], [/\bdebt\b|\bloans?\b/i, 'debt'], [/\bmarket (?:value|cap\w*)\b/i, 'market value'],
];

export type LabelKind = 'count' | 'money' | 'percent' | 'duration' | 'measure' | 'range';

function bareWord(raw: string): string {
  return raw.replace(/^[("“‘'\[]+/, '').replace(/[’']s$/, '').replace(/[.,;:!?)"”’\]]+$/, '');
}

/** The noun phrase opening `rest` ("fake accounts that…" → "fake accounts"), or null. At most four words, ending on a common noun. */
export function nounPhraseAfter(rest: string): string | null {
  const words = rest.replace(/^[\s-]+/, '').split(/\s+/);
  const kept: string[] = [];
  for (const raw of words) {
    const bare = bareWord(raw);
    const lower = bare.toLowerCase();
    if (bare === '' || STOP.has(lower) || /^\d/.test(bare)) break;
    if (!/^[\p{L}][\p{L}\-’']*$/u.test(bare)) break;
    const proper = /^\p{Lu}/u.test(bare);
    // Adverbs, gerunds and verbs never open a label ("1.8%, eking out", "5% lower"); after the head they open a clause.
    if (!proper && (/ly$/.test(lower) || VERBS.has(lower) || (kept.length === 0 && /ing$/.test(lower) && !/(?:thing|ling|ring|ding|ting)s?$/.test(lower)))) break;
    if (kept.length > 0 && !proper && (/ed$/.test(lower) || /ing$/.test(lower) || PARTICIPLES.has(lower))) break;
    kept.push(bare);
    if (kept.length === 4 || raw !== bare) break; // punctuation or a possessive closes the phrase
  }
  while (kept.length > 1 && (/^\p{Lu}/u.test(kept[kept.length - 1]!) || LEADING_ONLY.test(kept[kept.length - 1]!))) kept.pop();
  if (!kept.length || LEADING_ONLY.test(kept[0]!) && kept.length === 1) return null;
  if (kept.length === 1 && /^\p{Lu}/u.test(kept[0]!)) return null;
  return kept.join(' ');
}

/** The head of the noun phrase that ends `before` ("Shares of Alibaba" → "shares", "the company's order" → "order"). */
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

function moneyKeyword(sentence: string, start: number, end: number): string | null {
  // The keyword nearest the figure wins: "raised $50 million at a $1 billion valuation".
  let best: { label: string; dist: number } | null = null;
  for (const [re, label] of MONEY_LABELS) {
    const g = new RegExp(re.source, 'gi');
    for (let m = g.exec(sentence); m; m = g.exec(sentence)) {
      const dist = m.index >= end ? m.index - end : m.index + m[0].length <= start ? start - (m.index + m[0].length) : 0;
      if (!best || dist < best.dist) best = { label, dist };
    }
  }
  return best && best.dist < 40 ? best.label : null;
}

/** Returns the label of the figure at [start, end) of `sentence`, or null when the sentence does not say what it counts. */
export function labelFigure(sentence: string, start: number, end: number, kind: LabelKind): string | null {
  // The sentence's first word is capitalised by position, not as a name: "Uptime was 99%".
  const before = sentence.slice(0, start).replace(/^(\p{Lu})(\p{Ll}+\s)/u, (_, a: string, b: string) => a.toLowerCase() + b);
  let rest = sentence.slice(end).replace(/^(?:\s?or (?:more|so)|\s?-odd|-plus|\+)/i, '');
  // "30 787-9 Dreamliner jets": a model name between the number and the noun it counts.
  if (kind === 'count') rest = rest.replace(/^\s+(?:[\p{Lu}\d][\p{L}\d&-]*\s+){1,3}(?=\p{Ll}[\p{Ll}-]+s\b)/u, ' ');
  if (kind === 'money') rest = rest.replace(/^\s+(?:in|of|worth of)\s+(?:new\s+)?(?=\p{Ll})/u, ' ');
  const ofMatch = /^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+|his\s+|her\s+|our\s+)?(.*)$/i.exec(rest);

  if (kind === 'duration') {
    // "a 90-day window" names what lasts; "sentenced to five years" is a prison sentence; "for 18 months" says nothing.
    if (/-$/.test(sentence.slice(start, end).replace(/\S+$/, '')) || /^-/.test(rest) || /-\p{L}+$/u.test(sentence.slice(start, end))) {
      const after = nounPhraseAfter(rest);
      if (after) return after;
    }
    if (/\b(?:sentenced?|prison|jail|imprison\w*|custody)\b/i.test(sentence)) return 'prison sentence';
    if (ofMatch?.[1]) return nounPhraseAfter(ofMatch[1]);
    const verb = /\b(delay(?:ed)?|extend(?:ed)?|ban(?:ned)?|suspend(?:ed)?|strike|lockdown|wait(?:ed)?|trial|contract|deal|lease|term|warranty|shutdown|outage|closure)\b[^.]{0,30}$/i.exec(before);
    if (verb) return verb[1]!.toLowerCase().replace(/(?:ed|ned)$/, '').replace(/^delay$/, 'delay');
    return null;
  }
  if ((kind === 'percent' || kind === 'count' || kind === 'measure' || kind === 'range') && ofMatch?.[1]) {
    const of = nounPhraseAfter(ofMatch[1]);
    if (of) return of;
  }
  const after = nounPhraseAfter(rest);
  if (after) return after;

  // "a stake of 5%", "revenue of $3bn", "an unemployment rate of 4%"
  const ofBefore = /\b((?:[\p{Ll}-]+\s){0,2}[\p{Ll}-]{3,})\s+of\s+(?:about |roughly |nearly |almost |some |around |up to |more than |over |just |as much as )?$/u.exec(before);
  if (ofBefore) {
    const head = headBefore(ofBefore[1]!);
    if (head) return head;
  }
  // "an order valued at $8.8 billion", "a deal worth $2m"
  const valued = /^(.*?)\s*,?\s*(?:valued at|worth|priced at|estimated at|totall?ing|amounting to)\s+(?:about |roughly |nearly |almost |some |around |up to |more than |over |just |as much as )?$/i.exec(before);
  if (valued) {
    const head = headBefore(valued[1]!.replace(/\s+(?:was|is|were|are|has been|had been|be|been)$/i, ''));
    if (head) return /value|valuation|price|cost/i.test(head) ? head : `${head} value`;
    if (kind === 'money') return moneyKeyword(sentence, start, end) ?? 'value';
  }
  // "Alibaba shares rose 1.8%", "revenue fell by $2bn", "the index lost 200 points"
  const change = CHANGE_RE.exec(before);
  if (change) {
    const head = headBefore(change[1]!);
    const noun = CHANGE_VERBS[change[2]!.toLowerCase()] ?? '';
    if (head) return noun ? `${head} ${noun}` : head;
    if (noun && kind !== 'count') return noun;
  }
  if (kind === 'money' || kind === 'range') return moneyKeyword(sentence, start, end);
  return null;
}
