/**
 * Sentence splitting for news prose. A boundary is a terminator (. ! ? …) followed by optional
 * closing quotes/brackets, whitespace and a capital, digit or opening quote — unless the word
 * before the period is an abbreviation ("Mr.", "Inc.", "Jan.", "No."), an initial ("J. K."), or a
 * dotted acronym ("U.S.") that the next word does not show to be a sentence end.
 */
export interface Sentence {
  text: string;
  /** Offset of the sentence in its paragraph. */
  start: number;
}

// Words that, followed by a period, almost never end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'inc', 'corp', 'ltd', 'co', 'bros', 'plc', 'llc',
  'gov', 'sen', 'rep', 'reps', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'pres', 'supt', 'det', 'insp', 'rev', 'hon', 'fr',
  'no', 'nos', 'vs', 'v', 'e.g', 'i.e', 'approx', 'est', 'fig', 'figs', 'vol', 'vols', 'ed', 'eds', 'pp', 'p', 'ch', 'chap', 'art', 'sec', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'a.m', 'p.m', 'ph.d', 'cf', 'al',
]);
const WORD_ABBREVIATIONS = new Set(['no', 'nos', 'art', 'sec', 'fig', 'figs', 'vol', 'vols', 'ch', 'chap', 'p', 'pp', 'est', 'ed', 'eds', 'v', 'co', 'al']);
// After "U.S." or "p.m.", these words show a new sentence began.
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'But', 'And', 'In', 'On', 'At',
  'For', 'If', 'As', 'When', 'While', 'After', 'Before', 'Its', 'His', 'Her', 'Their', 'Our', 'There', 'Some', 'Many', 'Most', 'Still', 'Yet', 'However', 'Meanwhile',
]);

const CLOSERS = '"”’\')]»';

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[^\s"“(\[]/.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

function nextWord(text: string, from: number): string {
  const m = /^[\s"“‘'(\[«]*([^\s]+)/.exec(text.slice(from));
  return m?.[1]?.replace(/[^\p{L}\p{N}]+$/u, '') ?? '';
}

function isBoundary(text: string, dot: number, after: number): boolean {
  const ch = text[dot]!;
  const next = text[after] ?? '';
  // The next sentence opens with a capital, a digit or an opening quote/bracket.
  if (!/[\p{Lu}\p{N}"“‘'(\[«]/u.test(next)) return false;
  if (ch !== '.') return true;
  // "..." handled by the caller as one terminator; a period after an ellipsis-like run counts as one.
  const word = wordBefore(text, dot);
  // ("UPDATE 2-Mt. Gox files": a wire's slug glued to the abbreviation.)
  const bare = word.replace(/^[^\p{L}\p{N}]+/u, '').replace(/^\d{1,2}-(?=\p{Lu})/u, '');
  const lower = bare.toLowerCase();
  // Abbreviations that are also words ("no.", "art.", "est.") only hold before a digit: "No. 3".
  if (WORD_ABBREVIATIONS.has(lower)) return !/\d/.test(text[after] ?? '');
  if (ABBREVIATIONS.has(lower)) {
    // "No. 3", "Jan. 5", "Mr. Smith": never a boundary; "Inc." / "Co." end sentences when a starter follows.
    if (['inc', 'corp', 'ltd', 'co', 'plc', 'llc', 'bros', 'a.m', 'p.m', 'al', 'est', 'jr', 'sr'].includes(lower)) {
      return SENTENCE_STARTERS.has(nextWord(text, after));
    }
    return false;
  }
  // "a carrying case, 3. 5mm remote cable": a decimal split by a space before a number glued to its unit, no sentence end.
  if (/^\d$/.test(bare) && /^\d{1,3}(?:mm|cm|in|GHz|MHz|GB|TB|mAh|kg|ml|oz|lbs?|["″])(?![\p{L}\d])/u.test(text.slice(after))) return false;
  // A single capital is an initial: "J. K. Rowling".
  if (/^\p{Lu}$/u.test(bare)) return false;
  // Dotted acronyms: "U.S.", "U.K.", "E.U."
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return SENTENCE_STARTERS.has(nextWord(text, after));
  return true;
}

/**
 * Whether a word's closing period is an abbreviation's ("Nov.", "Inc.", "U.S.", "J."), not a stop: a phrase read word by word runs on
 * past it ("Voting runs from Nov. 3").
 */
export function abbreviationDot(word: string): boolean {
  const bare = word.replace(/^[^\p{L}\p{N}]+/u, '');
  if (!bare.endsWith('.')) return false;
  const stem = bare.slice(0, -1);
  return ABBREVIATIONS.has(stem.toLowerCase()) || /^\p{Lu}$/u.test(stem) || /^(?:\p{L}\.)+\p{L}$/u.test(stem);
}

/** Splits a paragraph into sentences, keeping their offsets. */
export function splitSentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  const text = paragraph;
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i;
      // A run of terminators ("?!", "...") is one.
      while (j + 1 < text.length && /[.!?…]/.test(text[j + 1]!)) j++;
      let k = j + 1;
      while (k < text.length && CLOSERS.includes(text[k]!)) k++;
      if (k < text.length && /\s/.test(text[k]!)) {
        let after = k;
        while (after < text.length && /\s/.test(text[after]!)) after++;
        // A quote closing right after the terminator with an opener-like char is ambiguous; the
        // straight quote after a space is an opener of the next sentence.
        const terminator = j > i ? '…' : ch;
        if (after < text.length && (terminator === '…' ? /[\p{Lu}"“]/u.test(text[after]!) : isBoundary(text, i, after))) {
          push(out, text, start, k);
          start = after;
          i = after;
          continue;
        }
      }
      i = j + 1;
      continue;
    }
    i++;
  }
  push(out, text, start, text.length);
  return out;
}

// The longest stretch read as one sentence. Prose runs far shorter (the corpus's longest, a run of Wikipedia sentences its
// reference marks glue together, is 1,478 characters); a page whose paragraph never stops — a repeated line, a flattened table —
// would otherwise make each fact reader's look around a number or a date scan the whole paragraph, minutes on one page.
export const MAX_SENTENCE = 2000;

function push(out: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  let t = raw.trim();
  let at = start + lead;
  // An overlong run is cut at its last clause break before the limit ("; ", ", ", else a space), each piece verbatim.
  while (t.length > MAX_SENTENCE) {
    const head = t.slice(0, MAX_SENTENCE);
    const cut = [head.lastIndexOf('; '), head.lastIndexOf(', '), head.lastIndexOf(' ')].find((c) => c > MAX_SENTENCE / 2) ?? MAX_SENTENCE - 1;
    const piece = t.slice(0, cut + 1).trimEnd();
    out.push({ text: piece, start: at });
    const rest = t.slice(cut + 1);
    const gap = rest.length - rest.trimStart().length;
    at += cut + 1 + gap;
    t = rest.trimStart();
  }
  if (t !== '') out.push({ text: t, start: at });
}

/**
 * The end of `text` from the first space within its last `n` characters (the whole when shorter): all that a regex anchored at the
 * end and reaching a few words back reads, without being tried at every position of a long sentence.
 */
export function tailOf(text: string, n: number): string {
  if (text.length <= n) return text;
  const at = text.indexOf(' ', text.length - n);
  return at < 0 ? text.slice(text.length - n) : text.slice(at);
}
