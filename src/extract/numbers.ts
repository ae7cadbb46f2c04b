/** Reading numbers as news prose writes them: "3,400", "1.5", "two", "a dozen", with "million"/"bn"/"k" multipliers. */
import type { Qualifier } from './types.ts';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, half: 0.5,
};

// Two to ten in Spanish, Portuguese, French, Italian and German ("tres personas", "trois députés", "drei Menschen"), read only in a text
// that writes a decimal comma (WORD_NUMBER_DECIMAL_COMMA); "one" words are left out, they are mostly articles.
const CONTINENTAL_UNITS: Record<string, number> = {
  dos: 2, dois: 2, duas: 2, deux: 2, due: 2, zwei: 2, tres: 3, três: 3, trois: 3, tre: 3, drei: 3, cuatro: 4, quatro: 4, quatre: 4, quattro: 4, vier: 4,
  cinco: 5, cinq: 5, cinque: 5, fünf: 5, seis: 6, six: 6, sei: 6, sechs: 6, siete: 7, sete: 7, sept: 7, sette: 7, sieben: 7, ocho: 8, oito: 8, huit: 8,
  otto: 8, acht: 8, nueve: 9, nove: 9, neuf: 9, neun: 9, diez: 10, dez: 10, dix: 10, dieci: 10, zehn: 10,
};
for (const [w, v] of Object.entries(CONTINENTAL_UNITS)) UNITS[w] ??= v;

/** Alternation of number words for regexes ("twenty-five" is matched as two words joined by a hyphen). */
export const WORD_NUMBER =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|a half|half an?|a|an)';

/** WORD_NUMBER and the continental words for two to ten. */
export const WORD_NUMBER_DECIMAL_COMMA = `(?:${Object.keys(CONTINENTAL_UNITS).sort((a, b) => b.length - a.length).join('|')}|${WORD_NUMBER.slice(3, -1)})`;

// ("150‚000 attacks": a low single quote, U+201A, stands for the comma in some copy.)
export const DIGITS = '(?:\\d{1,3}(?:[,\\u201a]\\d{3})+|\\d+)(?:\\.\\d+)?';

const MULTIPLIERS: Record<string, number> = {
  dozen: 12, hundred: 1e2, thousand: 1e3,
  // Portuguese, Spanish, French and Italian multipliers ("R$ 3 milhões", "68.700 millones", "2,5 milliards", "30 mila"); "mil"
  // and "mila" only in a continental text (decimalCommaMultiplier), where "mil millones" is a thousand million.
  milhões: 1e6, milhão: 1e6, bilhões: 1e9, bilhão: 1e9, millón: 1e6, milliard: 1e9, milioni: 1e6, milione: 1e6, miliardi: 1e9, miliardo: 1e9,
  'mil millones': 1e9, mil: 1e3, mila: 1e3, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, tausend: 1e3, millionen: 1e6, mio: 1e6, 'mio.': 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, 'mrd.': 1e9, millions: 1e6, milliards: 1e9, millones: 1e6, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, t: 1e12,
};

const MULTIPLIER_WORDS = 'dozen|hundred|thousand|lakhs?|crores?|million|billion|trillion|Milliarden|Milliarde|Millionen|Tausend|Mio|Mrd|milliards?|millions|millones|millón|milhões|milhão|bilhões|bilhão|milioni|milione|miliardi|miliardo';
export const MULTIPLIER = `(?:${MULTIPLIER_WORDS}|mln|mn|bn|tn|m|b|k)`;
/** The multipliers of a text that writes 1,5 for one and a half: also "mil"/"mila" (a thousand) and "mil millones" (a thousand million). */
export const MULTIPLIER_DECIMAL_COMMA = `(?:${MULTIPLIER_WORDS}|mil millones|mil|mila|mln|mn|bn|tn|m|b|k)`;

/** Returns the value of a digit string or number word ("3,400" → 3400, "twenty-five" → 25), or null. */
export function parseNumber(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  // (".8": a decimal without its leading zero, as news prose writes small shares, ".8 percent".)
  if (/^(?:[\d,\u201a]+(?:\.\d+)?|\.\d+)$/.test(s)) {
    const v = Number(s.replace(/[,\u201a]/g, ''));
    return Number.isFinite(v) ? v : null;
  }
  if (s === 'a dozen') return 12;
  if (s === 'a half' || s === 'half a' || s === 'half an') return 0.5;
  const parts = s.split('-');
  let total = 0;
  for (const p of parts) {
    const v = UNITS[p];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

/** Returns the factor of a multiplier word ("million" → 1e6, "bn" → 1e9), 1 when absent. */
export function multiplierOf(raw: string | undefined): number {
  if (!raw) return 1;
  return MULTIPLIERS[raw.trim().toLowerCase().replace(/\s+/g, ' ')] ?? 1;
}

/** Rounds away float noise from multiplying decimals (1.2 × 1e9). */
export function tidy(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}


// What a sentence says about a number's precision, by the words before it (SPEC "Fact sheet":
// "over" and "upwards of" are "more than"). Longest phrases first so "just over" beats "over".
const QUALIFIER_WORDS: [string, Qualifier][] = [
  ['more than', 'more than'], ['over', 'more than'], ['upwards of', 'more than'], ['in excess of', 'more than'], ['north of', 'more than'],
  ['just over', 'more than'], ['above', 'more than'], ['mehr als', 'more than'], ['über', 'more than'], ['plus de', 'more than'], ['más de', 'more than'],
  ['less than', 'less than'], ['fewer than', 'less than'], ['under', 'less than'], ['just under', 'less than'], ['below', 'less than'], ['no more than', 'less than'],
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['approx.', 'about'], ['some', 'about'], ['an estimated', 'about'],
  ['estimated', 'about'], ['circa', 'about'], ['rund', 'about'], ['etwa', 'about'], ['environ', 'about'], ['unos', 'about'], ['or so', 'about'],
  ['up to', 'up to'], ['as many as', 'up to'], ['as much as', 'up to'], ['as high as', 'up to'], ['at most', 'up to'],
  ['at least', 'at least'], ['no fewer than', 'at least'], ['no less than', 'at least'], ['a minimum of', 'at least'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just shy of', 'nearly'],
  // "closer to six hours", "more like 300 miles": a correction towards a figure estimates it (annotators: "about"); "shy of",
  // "not quite" fall short of it as "nearly" does; "upward of" is "upwards of"; "a maximum of" caps it; "more or less",
  // "give or take", "in the region of", "an approximate" only round it.
  ['closer to', 'about'], ['more like', 'about'], ['more or less', 'about'], ['give or take', 'about'], ['in the region of', 'about'],
  ['an approximate', 'about'], ['shy of', 'nearly'], ['not quite', 'nearly'], ['upward of', 'more than'], ['a maximum of', 'up to'], ['knapp', 'nearly'], ['fast', 'nearly'], ['près de', 'nearly'], ['casi', 'nearly'],
  // The same hedges in Portuguese, Spanish, French, German and Italian.
  ['mais de', 'more than'], ['più di', 'more than'], ['oltre', 'more than'], ['menos de', 'less than'], ['moins de', 'less than'], ['weniger als', 'less than'],
  ['meno di', 'less than'], ['cerca de', 'about'], ['alrededor de', 'about'], ['aproximadamente', 'about'], ['unas', 'about'], ['ungefähr', 'about'],
  ['al menos', 'at least'], ['pelo menos', 'at least'], ['au moins', 'at least'], ['mindestens', 'at least'], ['almeno', 'at least'],
  ['bis zu', 'up to'], ['hasta', 'up to'], ['até', 'up to'], ['jusqu’à', 'up to'], ["jusqu'à", 'up to'], ['quase', 'nearly'], ['presque', 'nearly'], ['quasi', 'nearly'],
];
// ("at least a good five or so superheroes": "a good" between the hedge and the number stresses it.)
const QUALIFIER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(${QUALIFIER_WORDS.map(([w]) => w.replace(/\./g, '\\.')).sort((a, b) => b.length - a.length).join('|')})\\s+(?:a\\s+good\\s+)?$`,
  'iu',
);
const QUALIFIER_OF = new Map(QUALIFIER_WORDS);

// "the refresh rate has been bumped up to 120Hz", "ramped up to 300 engineers": "up" is the particle of a verb that changed a
// thing, the number is where it now stands, no cap ("offers up to 10 hours of battery", "can scale up to 1,000 nodes" cap it).
const PHRASAL_UP_BEFORE = /\b(?:(?:bump|ramp|scal|mov|stepp|rais|boost|jack|ratchet|crank|climb|jump|tick|inch)(?:ed)|went|gone|shot|rose|risen|grew|grown)\s+up\s+to\s+$/i;

/** Returns the qualifier the words before a number give it ("more than 1,000" → 'more than'), or null. */
export function qualifierBefore(before: string): Qualifier | null {
  const m = QUALIFIER_BEFORE.exec(before);
  if (m && /^up to$/i.test(m[1]!) && PHRASAL_UP_BEFORE.test(before)) return null;
  return m ? QUALIFIER_OF.get(m[1]!.toLowerCase())! : null;
}

/** Returns the qualifier the words right after a number give it ("1,000 or more", "200,000-plus"), or null. */
export function qualifierAfter(after: string): Qualifier | null {
  if (/^(?:-plus\b|\+|\s?or more\b)/i.test(after)) return /^\s?or more/i.test(after) ? 'at least' : 'more than';
  if (/^(?:\s?or so\b|\s?-odd\b)/i.test(after)) return 'about';
  return null;
}

const FRACTION_WORDS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };

/** Returns the value of a fraction as written: "five-and-a-half" → 5.5, "6 ½" → 6.5, "29/32" → 0.90625, "1-1/2" → 1.5, "two-thirds" → 0.666…, "a quarter" → 0.25; null otherwise. */
export function parseFraction(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  // "five-and-a-half", "6 ½": a whole number and a common fraction.
  const plus = /^(.+?)(?:[ -]and[ -]a[ -]half|\s?([½¼¾]))$/.exec(s);
  if (plus) {
    const whole = parseNumber(plus[1]!);
    return whole === null ? null : whole + (plus[2] === '¼' ? 0.25 : plus[2] === '¾' ? 0.75 : 0.5);
  }
  const mixed = /^(\d+)[ -](\d+)\/(\d+)$/.exec(s);
  if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  const plain = /^(\d+)\/(\d+)$/.exec(s);
  if (plain) return Number(plain[2]) === 0 ? null : Number(plain[1]) / Number(plain[2]);
  const words = /^(a|an|one|two|three|four|five|six|seven|eight|nine)[ -](half|halves|thirds?|quarters?|fifths?|tenths?)$/.exec(s);
  if (words) {
    const n = words[1] === 'a' || words[1] === 'an' ? 1 : parseNumber(words[1]!);
    return n === null ? null : n / FRACTION_WORDS[words[2]!]!;
  }
  return null;
}

// What a rate is "per": a unit of time, a game or season of a sport, or a head ("600 words per minute", "3 goals a game",
// "$4,000 per capita"). "A"/"an" opens a rate only before a unit of time or a game ("a year later" places a time, below).
const PER_TIME = 'second|minute|hour|day|night|week|month|year';
const RATE_RE = new RegExp(
  String.raw`^((?:\s+of)?(?:\s+(?!(?:of|the|a|an|and|or|to|in|on|at|for|from|with|by|that|which|who|was|were|is|are|has|had|have|them|those|these|it|more|less|than|per)\b)\p{Ll}[\p{Ll}-]*){0,3})` +
  String.raw`\s+(?:per\s+(${PER_TIME}|sec|min|hr|game|match|season|race|start|inning|capita|person|head|household|player|visit)\b(?!-)|an?\s+(${PER_TIME}|game|match|season|race|person|head)\b` +
  String.raw`(?!-|\s+(?:later|earlier|ago|after|before|apart|old|older|younger|long|longer|in\s+advance|into|since|from|of|or\s+(?:so|two|more))\b))`,
  'u',
);
const RATE_COMPOUND_RE = new RegExp(String.raw`^[\s-](\p{Ll}{2,})-(?:per|an?)-(${PER_TIME}|game|match|season)\b(?!-)`, 'u');
const PER_ABBREVIATION: Record<string, string> = { sec: 'second', min: 'minute', hr: 'hour' };

/**
 * The rate the words after a quantity make of it: "600 [words per minute]", "3 [goals a game]", "4 million gallons [of water a day]",
 * "60 miles [per hour]". Returns the words counted before the rate ("words", "of water", "" when the unit or noun is the figure's own),
 * the head noun among them, and what the rate is per ("minute"); null when no rate follows.
 */
export function rateAfter(rest: string): { words: string; head: string | null; per: string; compound?: string } | null {
  // "900 word-per-minute reading", "45 revolutions-per-minute", "a 900-words-per-minute app": the rate as one compound.
  const c = RATE_COMPOUND_RE.exec(rest);
  if (c) return { words: c[1]!, head: c[1]!, per: c[2]!.toLowerCase(), compound: c[0].replace(/^[\s-]+/, '') };
  const m = RATE_RE.exec(rest);
  if (!m) return null;
  const words = m[1]!.trim();
  const per = (m[2] ?? m[3])!.toLowerCase();
  const head = words.replace(/^of\s+/, '').split(/\s+/).pop() || null;
  // "of" alone ("gallons of a day") or an "of" phrase after a count's own noun is no rate of that noun.
  if (words === 'of') return null;
  return { words, head, per: PER_ABBREVIATION[per] ?? per };
}
