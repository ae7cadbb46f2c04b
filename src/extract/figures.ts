import { DIGITS, MULTIPLIER, WORD_NUMBER, multiplierOf, parseNumber, tidy } from './numbers.ts';
import type { Figure } from './types.ts';

/**
 * Figures in one sentence: counts, money, percentages, durations, versions and ranges, each with
 * its numeric value, whether the article hedges it ("~", "about", "more than", "-plus") and a
 * label (the noun the number counts; for money, what the money is). Years, dates, times, ordinals,
 * phone numbers and the digits inside versions or product names are not figures.
 */
export type SentenceFigure = Omit<Figure, 'evidence'>;

const CURRENCY_PREFIX: [RegExp, string][] = [
  [/^US\$|^USD ?|^\$/i, 'USD'], [/^A\$|^AU\$|^AUD ?/i, 'AUD'], [/^C\$|^CA\$|^CAD ?/i, 'CAD'], [/^HK\$|^HKD ?/i, 'HKD'],
  [/^NZ\$/i, 'NZD'], [/^S\$|^SGD ?/i, 'SGD'], [/^R\$|^BRL ?/i, 'BRL'], [/^€|^EUR ?/i, 'EUR'], [/^£|^GBP ?/i, 'GBP'],
  [/^¥|^JPY ?/i, 'JPY'], [/^₹|^INR ?|^Rs\.? ?/i, 'INR'], [/^CHF ?/i, 'CHF'], [/^₩|^KRW ?/i, 'KRW'], [/^RMB ?|^CNY ?/i, 'CNY'],
];
const PREFIX = '(?:US\\$|A\\$|AU\\$|C\\$|CA\\$|HK\\$|NZ\\$|S\\$|R\\$|\\$|€|£|¥|₹|₩|(?:USD|EUR|GBP|JPY|CHF|CNY|RMB|INR|AUD|CAD|HKD|SGD|KRW|BRL) ?)';
const CURRENCY_WORDS: [RegExp, string][] = [
  [/^(?:us )?dollars?|^usd/i, 'USD'], [/^euros?|^eur/i, 'EUR'], [/^pounds?(?: sterling)?|^gbp/i, 'GBP'], [/^yen|^jpy/i, 'JPY'],
  [/^yuan|^renminbi|^cny|^rmb/i, 'CNY'], [/^rupees?|^inr/i, 'INR'], [/^(?:swiss )?francs?|^chf/i, 'CHF'], [/^won\b|^krw/i, 'KRW'],
];
const SUFFIX_CURRENCY = '(?:(?:US )?dollars?|[Ee]uros?|pounds?(?: sterling)?|yen|yuan|renminbi|rupees?|(?:Swiss )?francs?|USD|EUR|GBP|JPY|CNY|RMB|INR|CHF)\\b';
const DURATION_UNITS = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)';
const PERCENT = '(?:\\s?%|\\s?percent\\b|\\s?per cent\\b|\\s?percentage points?\\b|\\sProzent\\b|\\spour cent\\b|\\spor ciento\\b)';

// One number expression: [~][currency]number[ multiplier][-plus|+][ %|percent|currency word|duration unit]
const NUMBER_EXPR = `(?<tilde>~\\s?)?(?<cur>${PREFIX})?(?<num>${DIGITS}|\\b${WORD_NUMBER}\\b)(?:(?<sp>[ \\u00a0-]?)(?<mult>${MULTIPLIER})\\b)?(?<plus>-plus\\b|\\+)?(?:(?<pct>${PERCENT})|\\s(?<curword>${SUFFIX_CURRENCY})|[ \\u00a0-](?<unit>${DURATION_UNITS})\\b)?`;
const NUMBER_RE = new RegExp(NUMBER_EXPR, 'gi');
// Languages that write 2.000 for two thousand and 1,5 for one and a half (German, French, Spanish…).
const DIGITS_DECIMAL_COMMA = '(?:\\d{1,3}(?:[.\\u00a0\\u202f]\\d{3})+|\\d+)(?:,\\d+)?';
const NUMBER_RE_DECIMAL_COMMA = new RegExp(NUMBER_EXPR.replace(DIGITS, DIGITS_DECIMAL_COMMA), 'gi');

const VERSION_RE = /\b(?:v|version\s+|ver\.\s?)(\d+(?:\.\d+)+[a-z0-9-]*)\b|\b(?:v)(\d+)\b/gi;
const MONTHS = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
// Spans that hold digits but no figure: dates, times, ordinals, phone numbers, ranks, product names.
const MASKS: RegExp[] = [
  new RegExp(`\\b${MONTHS}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s\\d{4})?\\b(?:\\s?[-–—]\\s?\\d{1,2}\\b)?`, 'g'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s?[-–—]\\s?\\d{1,2})?\\s(?:of\\s)?${MONTHS}\\b(?:,?\\s\\d{4})?`, 'g'),
  new RegExp(`\\b${MONTHS}\\.?,?\\s\\d{4}\\b`, 'g'),
  /\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/g,
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g,
  /\b\d{1,2}(?::\d{2})+(?:\s?[ap]\.?m\.?)?|\b\d{1,2}\s?[ap]\.m\.|\b\d{1,2}\s?[ap]m\b/gi,
  /\b\d+(?:st|nd|rd|th)\b/gi,
  /\b\d{4}\s?(?:GMT|UTC|BST|CET|CEST|ET|EST|EDT|PT|PST|PDT)\b/g, // wire-style clock times: "by 1040 GMT"
  /\b(?:No\.|Number|#)\s?\d+\b/g,
  /(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g,
  /\b[\p{L}]+-\d[\d.]*\b/gu, // COVID-19, F-35, GPT-4
  /\b\d+(?:\.\d+)?(?:x|X|G|D|nm|GB|TB|MB|GHz|mm|cm|km|kg|mph)\b(?!\w)/g, // 5G, 3D, 4K, 10x, 128GB
  /\b\p{L}+\s\d+(?=\s(?:Pro|Max|Ultra|Plus|Mini)\b)/gu, // "iPhone 15 Pro"
];

const APPROX_BEFORE = /(?:rund|etwa|knapp|fast|mehr als|über|environ|près de|plus de|unos|casi|más de|roughly|about|around|approximately|approx\.|nearly|almost|more than|over|at least|up to|some|close to|an estimated|estimated|upwards of|fewer than|less than|under|as many as|as much as|just over|just under|in excess of|north of|as few as)\s+(?:\S+\s+)?$/i;
const APPROX_AFTER = /^(?:\s?or (?:more|so)|-plus|\+|\s?-odd)\b/i;

const STOP = new Set([
  'of', 'with', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'that', 'which', 'who', 'and', 'or', 'but', 'was', 'were', 'is', 'are', 'have', 'has', 'had',
  'will', 'would', 'could', 'should', 'can', 'may', 'might', 'be', 'been', 'being', 'the', 'a', 'an', 'as', 'than', 'this', 'these', 'those', 'it', 'its', 'their',
  'his', 'her', 'our', 'into', 'over', 'under', 'after', 'before', 'since', 'during', 'between', 'per', 'each', 'a', 'ago', 'earlier', 'later', 'more', 'less',
  'fewer', 'such', 'so', 'if', 'when', 'while', 'where', 'there', 'then', 'also', 'said', 'says', 'say', 'according', 'about', 'around', 'across', 'through',
  'up', 'down', 'out', 'off', 'last', 'next', 'this', 'year', 'years', 'times', 'time', 'percent', 'cent', 'not', 'only', 'just', 'even', 'all', 'both',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'der', 'die', 'das', 'des', 'den', 'dem', 'für', 'von', 'und', 'mit', 'im', 'in',
]);
// Verbs that end a label read after the number: "12 percent of employees quit".
const VERBS_AFTER = new Set(['quit', 'say', 'said', 'use', 'want', 'think', 'believe', 'expect', 'live', 'work', 'own', 'have', 'do', 'did', 'get', 'got', 'make', 'see', 'saw', 'support', 'oppose', 'prefer', 'plan', 'agree', 'remain', 'need', 'left', 'lost', 'come', 'came', 'go', 'went', 'take', 'took']);
// Irregular participles that open a clause after the counted noun: "1.2 million inhalers sold in…".
const PARTICIPLES = new Set(['sold', 'made', 'built', 'held', 'paid', 'found', 'seen', 'given', 'taken', 'known', 'shown', 'left', 'lost', 'won', 'bought', 'sent', 'spent', 'kept', 'cut', 'put', 'set', 'run', 'hit', 'laid', 'brought', 'told', 'written', 'driven', 'flown', 'grown']);
const MONEY_LABELS: [RegExp, string][] = [
  [/\bvalu(?:ation|ed|ing)\b/i, 'valuation'], [/\b(?:raised?|raising|funding|financing|round|series [a-z]|seed)\b/i, 'funding'],
  [/\brevenues?\b|\bsales\b|\bturnover\b/i, 'revenue'], [/\b(?:net )?(?:profits?|income|earnings)\b/i, 'profit'], [/\blosse?s?\b/i, 'loss'],
  [/\bfined?\b|\bpenalt(?:y|ies)\b/i, 'fine'], [/\bsettle(?:ment|d)?\b/i, 'settlement'], [/\b(?:acquir\w+|acquisition|buy(?:out|s)?|takeover|deal)\b/i, 'acquisition'],
  [/\binvest(?:ment|ed|ing|s)?\b/i, 'investment'], [/\bsalar(?:y|ies)\b|\bpay(?:ment)?s?\b|\bcompensation\b/i, 'pay'], [/\bbudget\b/i, 'budget'],
  [/\bcontract\b/i, 'contract'], [/\bpric(?:e|ed|ing)\b/i, 'price'], [/\bcost(?:s|ing|ly)?\b/i, 'cost'], [/\bspen[dt]\w*\b|\bspending\b/i, 'spending'],
  [/\bgrants?\b/i, 'grant'], [/\bgap\b|\bshortfall\b|\bdeficit\b/i, 'shortfall'], [/\bdebt\b|\bloans?\b/i, 'debt'], [/\bmarket (?:value|cap\w*)\b/i, 'market value'],
];

interface Span {
  start: number;
  end: number;
}

function masked(sentence: string): string {
  let s = sentence;
  for (const re of MASKS) s = s.replace(re, (m) => ' '.repeat(m.length));
  return s;
}

function blank(s: string, span: Span): string {
  return s.slice(0, span.start) + ' '.repeat(span.end - span.start) + s.slice(span.end);
}

function currencyFromPrefix(prefix: string): string | undefined {
  for (const [re, code] of CURRENCY_PREFIX) if (re.test(prefix)) return code;
  return undefined;
}

function currencyFromWord(word: string): string | undefined {
  for (const [re, code] of CURRENCY_WORDS) if (re.test(word)) return code;
  return undefined;
}

function nounPhraseAfter(rest: string): string | null {
  const words = rest.replace(/^[\s-]+/, '').split(/\s+/);
  const kept: string[] = [];
  for (const raw of words) {
    const w = raw.replace(/[’']s$/, '');
    const bare = w.replace(/[.,;:!?)"”’]+$/, '');
    if (bare === '' || STOP.has(bare.toLowerCase()) || /^\d/.test(bare)) break;
    if (!/^[\p{L}][\p{L}\-’']*$/u.test(bare)) break;
    // A proper noun may lead ("Claude interactions") but the phrase must end on a common noun.
    // A participle after the head noun starts a clause: "people signed up", "accounts created".
    if (kept.length > 0 && (/(?:ed|ing)$/i.test(bare) || PARTICIPLES.has(bare.toLowerCase()) || VERBS_AFTER.has(bare.toLowerCase())) && !/^(?:\p{Lu})/u.test(bare)) break;
    kept.push(bare);
    if (bare !== w.replace(/[’']s$/, '') || kept.length === 3) break;
    if (raw !== bare) break; // punctuation closes the phrase
  }
  while (kept.length && /^\p{Lu}/u.test(kept[kept.length - 1]!) && kept.length > 1) kept.pop();
  if (!kept.length) return null;
  const phrase = kept.join(' ');
  if (/^\p{Lu}/u.test(phrase) && kept.length === 1) return null;
  return phrase;
}

function labelBefore(before: string): string | null {
  // "revenue rose 12%", "a stake of 5%", "the number of users reached 3,400"
  const m = /(?:the )?(?:number|count|share|proportion|percentage|total) of ([\p{L}\- ]{3,40}?)\s+(?:rose|fell|grew|jumped|dropped|reached|hit|was|is|stood|climbed|increased|decreased|declined|surged|topped)(?:\s(?:by|to|at))?\s*$/iu.exec(before)
    ?? /\b([\p{L}][\p{Ll}\-]{2,30}) (?:rose|fell|grew|jumped|dropped|reached|hit|climbed|increased|decreased|declined|surged|slid|slumped|soared|topped|was|were|is|are|stood)(?:\s(?:by|to|at))?\s*(?:about |roughly |nearly |almost |some |around )?$/u.exec(before)
    ?? /\b([\p{Ll}][\p{Ll}\-]{2,30}) of\s*(?:about |roughly |nearly |almost |some |around )?$/u.exec(before);
  const word = m?.[1]?.trim();
  if (!word || STOP.has(word.toLowerCase())) return null;
  return /^\p{Lu}\p{Ll}*$/u.test(word) ? word.toLowerCase() : word;
}

function moneyLabel(sentence: string, span: Span): string | null {
  // The keyword nearest the figure wins: "raised $50 million at a $1 billion valuation".
  let best: { label: string; dist: number } | null = null;
  for (const [re, label] of MONEY_LABELS) {
    const g = new RegExp(re.source, 'gi');
    for (let m = g.exec(sentence); m; m = g.exec(sentence)) {
      const dist = m.index >= span.end ? m.index - span.end : m.index + m[0].length <= span.start ? span.start - (m.index + m[0].length) : 0;
      if (!best || dist < best.dist) best = { label, dist };
    }
  }
  return best && best.dist < 40 ? best.label : null;
}

interface NumberMatch {
  start: number;
  end: number;
  value: number;
  currency?: string;
  pct: boolean;
  unit?: string;
  plus: boolean;
  tilde: boolean;
  multiplied: boolean;
  word: boolean;
}

function readMatch(m: RegExpExecArray, decimalComma: boolean): NumberMatch | null {
  const g = m.groups ?? {};
  const raw = decimalComma ? g['num']!.replace(/[.\u00a0\u202f]/g, '').replace(',', '.') : g['num']!;
  const base = parseNumber(raw);
  if (base === null) return null;
  const mult = g['mult'];
  // "5 m" / "5 b" / "5 k" spelled apart are too often something else; "5m", "5bn" and "5 million" count.
  if (mult && mult.length === 1 && g['sp'] !== '' && !g['cur']) return null;
  const word = !/^\d/.test(g['num']!);
  const value = tidy(base * multiplierOf(mult));
  const unit = g['unit']?.toLowerCase();
  return {
    start: m.index,
    end: m.index + m[0].length,
    value,
    currency: g['cur'] ? currencyFromPrefix(g['cur']) : g['curword'] ? currencyFromWord(g['curword']) : undefined,
    pct: g['pct'] !== undefined,
    unit: unit ? (unit.endsWith('s') ? unit : `${unit}s`) : undefined,
    plus: g['plus'] !== undefined,
    tilde: g['tilde'] !== undefined,
    multiplied: mult !== undefined,
    word,
  };
}

function isYear(text: string, n: NumberMatch): boolean {
  return /^\d{4}$/.test(text.trim()) && n.value >= 1800 && n.value <= 2100 && !n.currency && !n.pct && !n.multiplied;
}

function kindOf(n: NumberMatch): 'money' | 'percent' | 'duration' | 'count' {
  if (n.currency) return 'money';
  if (n.pct) return 'percent';
  if (n.unit) return 'duration';
  return 'count';
}

export interface FigureOptions {
  /** The page's language (BCP 47). Continental languages write "2.000" and "1,5"; labels are read for English and German only. */
  language?: string | null;
}

const DECIMAL_COMMA_LANGUAGES = /^(?:de|fr|es|it|nl|pt|pl|sv|da|nb|nn|no|fi|cs|sk|ru|uk|tr|ro|hu|el|id|vi)\b/i;

/** Returns the figures stated in one sentence, in reading order. */
export function findFigures(sentence: string, opts: FigureOptions = {}): SentenceFigure[] {
  const lang = (opts.language ?? 'en').toLowerCase();
  const decimalComma = DECIMAL_COMMA_LANGUAGES.test(lang);
  const numberRe = decimalComma ? NUMBER_RE_DECIMAL_COMMA : NUMBER_RE;
  const labels: LabelReader = lang.startsWith('de') ? germanLabel : lang.startsWith('en') ? labelFor : () => null;
  const out: (SentenceFigure & { at: number })[] = [];
  let work = sentence;

  for (const m of sentence.matchAll(VERSION_RE)) {
    const v = m[1] ?? m[2]!;
    out.push({ at: m.index, text: m[0], kind: 'version', value: v, approx: false, label: versionLabel(sentence, m.index) });
    work = blank(work, { start: m.index, end: m.index + m[0].length });
  }
  work = masked(work);

  const matches: { m: NumberMatch; text: string }[] = [];
  numberRe.lastIndex = 0;
  for (let m = numberRe.exec(work); m; m = numberRe.exec(work)) {
    if (m[0].trim() === '') {
      numberRe.lastIndex++;
      continue;
    }
    const n = readMatch(m, decimalComma);
    if (!n) continue;
    const prev = work[m.index - 1] ?? ' ';
    const next = work[n.end] ?? ' ';
    // Digits glued to letters or to dots/slashes belong to something else (A320, 3.5.1, 1/2).
    if (/[\p{L}\d.\/]/u.test(prev) && !m.groups?.['cur'] && !m.groups?.['tilde']) continue;
    if (/[\p{L}\d]/u.test(next) || (next === '.' && /\d/.test(work[n.end + 1] ?? ''))) continue;
    // Bare number words ("one", "a") are only figures with a multiplier, unit, percent or currency.
    if (n.word && !n.multiplied && !n.unit && !n.pct && !n.currency) continue;
    // "a week", "an hour": an article, not a number.
    if (/^an?$/i.test(m.groups?.['num'] ?? '') && !n.multiplied) continue;
    const text = sentence.slice(m.index, n.end).replace(/\s+$/, '');
    if (isYear(m.groups?.['num'] ?? '', n)) continue;
    matches.push({ m: n, text });
  }

  for (let i = 0; i < matches.length; i++) {
    const cur = matches[i]!;
    const nxt = matches[i + 1];
    const between = nxt ? work.slice(cur.m.end, nxt.m.start) : '';
    const before = sentence.slice(0, cur.m.start);
    const isBetween = nxt && /^\s+and\s+$/i.test(between) && /\bbetween\s+$/i.test(before);
    // "rose from 10 to 20" is a change, not a range; a dash or "between … and" is a range.
    const isDash = nxt && (/^\s?(?:-|–|—)\s?$/.test(between) || (/^\s+to\s+$/.test(between) && !CHANGE_BEFORE.test(before)));
    if (nxt && (isBetween || isDash) && compatible(cur.m, nxt.m)) {
      const lo = cur.m.multiplied || cur.m.pct ? cur.m.value : tidy(cur.m.value * (nxt.m.multiplied ? multiplierOf(multWord(nxt.text)) : 1));
      const hi = nxt.m.value;
      const start = isBetween ? before.search(/between\s+$/i) : cur.m.start;
      const text = sentence.slice(start, nxt.m.end).replace(/\s+$/, '');
      const currency = cur.m.currency ?? nxt.m.currency;
      const unit = nxt.m.pct || cur.m.pct ? '%' : nxt.m.unit ?? cur.m.unit;
      const fig: SentenceFigure & { at: number } = {
        at: start, text, kind: 'range', value: lo, min: lo, max: hi,
        approx: APPROX_BEFORE.test(sentence.slice(0, start)), label: currency ? moneyLabel(sentence, { start, end: nxt.m.end }) : labels(sentence, nxt.m, 'count'),
      };
      if (currency) fig.currency = currency;
      if (unit) fig.unit = unit;
      out.push(fig);
      i++;
      continue;
    }
    const kind = kindOf(cur.m);
    const approx = cur.m.tilde || cur.m.plus || APPROX_BEFORE.test(before) || APPROX_AFTER.test(sentence.slice(cur.m.end));
    const fig: SentenceFigure & { at: number } = { at: cur.m.start, text: cur.text, kind, value: cur.m.value, approx, label: null };
    if (kind === 'money') {
      fig.currency = cur.m.currency!;
      fig.label = moneyLabel(sentence, cur.m);
    } else if (kind === 'percent') {
      fig.unit = '%';
      fig.label = labels(sentence, cur.m, kind);
    } else if (kind === 'duration') {
      fig.unit = cur.m.unit!;
      fig.label = durationLabel(sentence, cur.m);
      if (/^-?\s*old\b/i.test(sentence.slice(cur.m.end))) continue; // "a 45-year-old": an age
    } else {
      fig.label = labels(sentence, cur.m, kind);
      // A number after a capitalised word with nothing it counts is a name ("Windows 11", "Galaxy 24").
      if (fig.label === null && /\p{Lu}[\p{L}]*\s$/u.test(before) && !/^\s*$/.test(before.slice(0, -1).replace(/\S+$/, '')) && !cur.m.multiplied) continue;
      // A lone small number with nothing it counts is noise ("one of 3").
      if (fig.label === null && !cur.m.multiplied && cur.m.value < 10) continue;
    }
    out.push(fig);
  }
  return out.sort((a, b) => a.at - b.at).map(({ at: _at, ...f }) => f);
}

function multWord(text: string): string | undefined {
  return new RegExp(`(${MULTIPLIER})\\b`, 'i').exec(text.replace(/^[^\d]*[\d.,]+\s?-?/, ''))?.[1];
}

const CHANGE_BEFORE = /\b(?:from|rose|rising|fell|falling|grew|growing|increased?|decreased?|jumped|dropped|declined|climbed|surged|cut|raised|lifted|lowered|up|down|by)\s+(?:\S+\s+)?$/i;

function compatible(a: NumberMatch, b: NumberMatch): boolean {
  if (a.pct && !b.pct) return false;
  if (b.currency && !a.currency) return false;
  if (a.currency && b.currency && a.currency !== b.currency) return false;
  if (a.unit && b.unit && a.unit !== b.unit) return false;
  if (a.unit && !b.unit) return false;
  // "$10-$20 million": the bare first end borrows the second's multiplier, so compare after that.
  return a.value <= b.value || (!a.multiplied && b.multiplied);
}

type LabelReader = (sentence: string, n: NumberMatch, kind: 'count' | 'percent') => string | null;

/** German capitalises nouns: the label runs to the first capitalised word ("2.000 zusätzliche Fachkräfte"), articles skipped. */
function germanLabel(sentence: string, n: NumberMatch): string | null {
  const words = sentence.slice(n.end).trim().split(/\s+/).map((w) => w.replace(/[.,;:!?)"“”„]+$/, ''));
  const kept: string[] = [];
  for (const w of words.slice(0, 4)) {
    if (/^(?:der|die|das|des|dem|den|ein|eine|einer|eines)$/.test(w) && kept.length === 0) continue;
    if (!/^[\p{L}-]+$/u.test(w)) break;
    kept.push(w);
    if (/^\p{Lu}/u.test(w)) return kept.join(' ');
  }
  return null;
}

function labelFor(sentence: string, n: NumberMatch, kind: 'count' | 'percent'): string | null {
  const rest = sentence.slice(n.end).replace(/^(?:\s?or (?:more|so)|\s?-odd)/i, '');
  if (kind === 'percent') {
    const of = /^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(.*)$/i.exec(rest);
    if (of?.[1]) return nounPhraseAfter(of[1]);
    return nounPhraseAfter(rest) ?? labelBefore(sentence.slice(0, n.start));
  }
  return nounPhraseAfter(rest) ?? labelBefore(sentence.slice(0, n.start));
}

function durationLabel(sentence: string, n: NumberMatch): string | null {
  // "a 90-day window" names what lasts; "for 18 months" usually does not.
  const text = sentence.slice(n.start, n.end);
  if (/-\s?\w+s?$/.test(text) || /-(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i.test(text)) {
    return nounPhraseAfter(sentence.slice(n.end));
  }
  return null;
}

function versionLabel(sentence: string, at: number): string | null {
  const m = /((?:\p{Lu}[\p{L}\d]*\s){1,3})$/u.exec(sentence.slice(0, at));
  return m?.[1]?.trim() ?? null;
}
