import { tailOf } from './sentences.ts';
import { PEOPLE_PLURAL, foreignLabel, labelFigure, nounPhraseAfter, repeatedActivity, valuationMultiple, type LabelKind } from './figure-labels.ts';
import { ENGLISH_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS } from './function-words.ts';
import { statLineFigures } from './stat-lines.ts';
import { DIGITS, MULTIPLIER, MULTIPLIER_DECIMAL_COMMA, WORD_NUMBER, WORD_NUMBER_DECIMAL_COMMA, multiplierOf, parseFraction, parseNumber, qualifierAfter, qualifierBefore, rateAfter, tidy } from './numbers.ts';
import type { Figure, FigureKind, Qualifier } from './types.ts';

/**
 * Figures in one sentence (SPEC "Fact sheet", issue 9): counts, money, percentages, durations,
 * measures, versions and ranges, each with its value as written, its qualifier ("more than",
 * "about", "up to"…) and a label (figure-labels.ts). A grammar of what is NOT a quantity comes
 * first: numbers inside names (a capitalised word or a name word like "route" right before the
 * digits: Boeing 787, S&P 500, Fortune 500, route 66; digits glued to letters or hyphens:
 * A350-900, 787-9, Covid-19), years used as dates, dates, times of day, timestamps, datelines and
 * other long digit strings, phone numbers, addresses, ordinals and scores ("won 24-17").
 */
export type SentenceFigure = Omit<Figure, 'evidence'>;

const CURRENCY_PREFIX: [RegExp, string][] = [
  // Australian and New Zealand papers put the country after the sign: "$US250", "$A1.2 billion", "$NZ40m".
  [/^\$US/, 'USD'], [/^\$AU?(?![\p{L}])/u, 'AUD'], [/^\$NZ/, 'NZD'], [/^\$HK/, 'HKD'], [/^\$S(?![\p{L}])/u, 'SGD'], [/^\$C(?![\p{L}])/u, 'CAD'],
  [/^US\$|^USD ?|^\$/i, 'USD'], [/^A\$|^AU\$|^AUD ?/i, 'AUD'], [/^C\$|^CA\$|^CAD ?/i, 'CAD'], [/^HK\$|^HKD ?/i, 'HKD'],
  [/^NZ\$/i, 'NZD'], [/^S\$|^SGD ?/i, 'SGD'], [/^R\$|^BRL ?/i, 'BRL'], [/^€|^EUR ?/i, 'EUR'], [/^£|^GBP ?/i, 'GBP'],
  [/^¥|^JPY ?/i, 'JPY'], [/^₹|^INR ?|^Rs\.? ?/i, 'INR'], [/^CHF ?/i, 'CHF'], [/^₩|^KRW ?/i, 'KRW'], [/^RMB ?|^CNY ?/i, 'CNY'],
  [/^₦|^N$/i, 'NGN'], [/^₽/, 'RUB'], [/^₺/, 'TRY'], [/^₪/, 'ILS'], [/^₱/, 'PHP'],
];
const PREFIX = '(?:(?<!\\p{L})Rs\\.? ?|US\\$ ?|\\$(?:US|AU|A|NZ|HK|S|C)(?=\\s?\\d)\\s?|A\\$|AU\\$|C\\$|CA\\$|HK\\$|NZ\\$|S\\$|R\\$ ?|\\$|€|£|¥|₹|₩|₦|₽|₺|₪|₱|(?<![\\p{L}\\d])N(?=\\d[\\d,.]*\\s?(?:m|bn|million|billion|trillion)\\b)|(?:USD|EUR|GBP|JPY|CHF|CNY|RMB|INR|AUD|CAD|HKD|SGD|KRW|BRL) ?)';
const CURRENCY_WORDS: [RegExp, string][] = [
  [/^hong kong dollars?/i, 'HKD'], [/^australian dollars?/i, 'AUD'], [/^canadian dollars?/i, 'CAD'], [/^singapore dollars?/i, 'SGD'],
  [/^new zealand dollars?/i, 'NZD'], [/^taiwan(?:ese)? dollars?/i, 'TWD'], [/^(?:us )?dollars?|^usd/i, 'USD'], [/^euros?|^eur/i, 'EUR'], [/^pounds?(?: sterling)?|^gbp/i, 'GBP'], [/^yen|^jpy/i, 'JPY'],
  [/^yuan|^renminbi|^cny|^rmb/i, 'CNY'], [/^rupees?|^inr/i, 'INR'], [/^(?:swiss )?francs?|^chf/i, 'CHF'], [/^won\b|^krw/i, 'KRW'],
  [/^naira/i, 'NGN'], [/^r[ou]?ubles?/i, 'RUB'], [/^shekels?/i, 'ILS'], [/^dirhams?/i, 'AED'], [/^riyals?/i, 'SAR'], [/^ringgit/i, 'MYR'],
  [/^d[óo]lares|^us-dollar/i, 'USD'], [/^reais/i, 'BRL'], [/^libras|^livres sterling/i, 'GBP'], [/^baht/i, 'THB'], [/^kronor|^krona/i, 'SEK'], [/^zlot/i, 'PLN'], [/^lira/i, 'TRY'], [/^hryvnias?/i, 'UAH'], [/^bitcoins?|^btc/i, 'BTC'],
];
const SUFFIX_CURRENCY = '(?:(?:US |Hong Kong |Australian |Canadian |Singapore |New Zealand |Taiwan |Taiwanese )?dollars?|[Ee]uros?|pounds?(?: sterling)?|yen|yuan|renminbi|rupees?|(?:Swiss )?francs?|cents|naira|r[ou]?ubles?|shekels?|dirhams?|riyals?|ringgit|baht|kronor|krona|zlotys?|zloties|lira|hryvnias?|bitcoins?|BTC|USD|EUR|GBP|JPY|CNY|RMB|INR|CHF)\\b|(?:de\\s|d[\\u0027’])(?:d[óo]lares|dollars|euros|reais|libras|livres sterling)(?![\\p{L}\\d])|US-Dollar\\b';
// ("46hrs", "a 24hr pass", "9-mth lows", "30 secs": the abbreviations of wire copy and blogs.)
const DURATION_UNITS = '(?:milliseconds?|ms|seconds?|secs?|minutes?|mins|hours?|hrs?|days?|weeks?|months?|mths?|years?|yrs|decades?|centuries|century)';
// The units of time of the continental languages ("25 anos", "30 años", "trois ans", "12 Monaten", "28 Tagen"), read as the English unit.
const FOREIGN_DURATION: Record<string, string> = {
  años: 'years', anos: 'years', ans: 'years', anni: 'years', jahre: 'years', jahren: 'years', meses: 'months', mois: 'months', mesi: 'months',
  monate: 'months', monaten: 'months', semanas: 'weeks', semaines: 'weeks', settimane: 'weeks', wochen: 'weeks', días: 'days', dias: 'days',
  jours: 'days', giorni: 'days', tage: 'days', tagen: 'days', horas: 'hours', heures: 'hours', stunden: 'hours',
  año: 'years', ano: 'years', mes: 'months', mês: 'months', semana: 'weeks', día: 'days', dia: 'days', jour: 'days', hora: 'hours',
  heure: 'hours', minuto: 'minutes', minutos: 'minutes', minuti: 'minutes', minuten: 'minutes', segundos: 'seconds', secondes: 'seconds', secondi: 'seconds', sekunden: 'seconds',
  // Russian genitive plurals ("почти 30 лет", "за 14 дней"); not "года"/"году", which also date a year ("2019 года").
  // German compounds: "eine 18-jährige Erfahrung" (18 years of it), "ein 12-monatiger Vertrag", "ein 3-tägiger Streik".
  jährige: 'years', jährigen: 'years', jähriger: 'years', jähriges: 'years', jährigem: 'years', monatige: 'months', monatigen: 'months', monatiger: 'months', monatiges: 'months',
  wöchige: 'weeks', wöchigen: 'weeks', wöchiger: 'weeks', tägige: 'days', tägigen: 'days', tägiger: 'days', stündige: 'hours', stündigen: 'hours', stündiger: 'hours',
  лет: 'years', месяцев: 'months', недель: 'weeks', дней: 'days', часов: 'hours', минут: 'minutes', секунд: 'seconds',
};
const FOREIGN_DURATION_UNITS = `(?:${Object.keys(FOREIGN_DURATION).join('|')})`;
const MEASURE_UNITS =
  "(?:(?:square|cubic|sq\\.?)\\s)?(?:lb-ft|pound-feet|(?<=-)pounds?|horsepower|hp|fps|FPS|cu\\.? ?ft\\.?|miles?|kilomet(?:er|re)s?|km\\/s(?:ec)?|km\\/h|km|kph|millimet(?:er|re)s?|centimet(?:er|re)s?|micromet(?:er|re)s?|microns?|nanomet(?:er|re)s?|light-years?|met(?:er|re)s?|metric tons?|metric tonnes?|feet|foot|ft|inch(?:es)?|yards?|acres?|hectares?|tons?|tonnes?|kilograms?|kgs?|grams?|lbs?|ounces?|oz|lit(?:er|re)s?|gallons?|barrels?|degrees?(?:\\s(?:Celsius|Fahrenheit|C|F)\\b)?|°[CF]?|mph|knots?|gigawatts?|megawatts?|kilowatts?|watts?|GW|MW|kW|kWh|MWh|GWh|TWh|terawatt-hours?|gigawatt-hours?|[KMGT]B\\/s(?:ec)?|[KMGT]bit\\/s(?:ec)?|[KMG]bps|(?<=\\d)W|kHz|Hz|GB|TB|MB|PB|mAh|Wh|megapixels?|pixels\\s+per\\s+inch|ppi|PPI|dBA|dBa|gigabytes?|terabytes?|megabytes?|kilobytes?|megs|gigs(?=\\s+of\\s+(?:data|storage|RAM|memory|space|bandwidth|music|video|photos)\\b)|GHz|MHz|nm|mm|cm|magnitude|basis points|percentage points?|percentage-points?|per cent points?|bps|points|pts|calories|becquerels?|Bq|(?:milli|micro)?sieverts?|mSv|[μµ]Sv|volts?|decibels?|dB|mg|ml|mL|mi|stories|storeys|PS|Nm|bpm|BPM|rpm|RPM|(?<=\\d)g(?!\\s+(?:networks?|LTE|phones?|handsets?|connections?|connectivity|coverage|signals?|speeds?|data|services?|modems?|chips?|bands?|plans?|sim|SIM|mobile|wireless|internet|rollout|technology|standard|spectrum)\\b))";
// ("1.75 pct lower", "slid 5pc": wire copy's abbreviations of percent; a "pc" only glued to its number.)
const PERCENT = '(?:\\s?%|\\s?pct\\b|(?<=\\d)pc\\b|&percnt;|[\\s-]?percent\\b(?!age)|\\s?per cent\\b(?!\\s?points?\\b)|\\sProzent\\b|\\spour cent\\b|\\spor ciento\\b|\\spor cento\\b)';
const FRACTION = '(?:(?:\\d+|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))(?:[ -]and[ -]a[ -]half\\b|\\s?[½¼¾])|\\d+[ -]\\d+/\\d+|\\d+/\\d+|\\b(?:one|two|three|four|five|six|seven|eight|nine)-(?:halves|thirds?|quarters?|fifths?|tenths?)\\b|\\b(?:a|one) (?:third|quarter|fifth|tenth)(?= of\\b)|(?<=\\bby\\s)(?:a|one) (?:third|quarter|fifth|tenth)\\b(?![-\\u2011]|\\s(?:points?|percentage|century|centuries|miles?|cups?|pounds?|hours?|inch(?:es)?|tons?|gallons?)\\b))';

// One number expression: [~][currency]number[ multiplier][-plus|+][ %|percent|currency word|duration unit|measure unit|-year-old]
// ".8 percent", "$.99", ".5 million": a decimal written without its leading zero, read only after a space, a bracket or a currency
// sign and before a percent, a multiplier or a currency word (a dot glued to letters is a file type or a domain, ".NET", ".7z").
const LEADING_POINT = '(?<=[$€£])\\.\\d\\d(?![\\d.,])|(?<![\\p{L}\\d.,])\\.\\d+(?=\\s?%|[\\s-]?percent\\b|\\sper cent\\b|\\s?(?:million|billion|trillion|bn|m)\\b|\\s(?:cents|dollars?|seconds?|minutes?|hours?|miles?|inch(?:es)?)\\b)';
const NUMBER_EXPR = `(?<tilde>~\\s?)?(?<cur>${PREFIX})?(?<num>${FRACTION}|${DIGITS}|${LEADING_POINT}|\\b${WORD_NUMBER}\\b)(?:(?<sp>[ \\u00a0-]?)(?<mult>${MULTIPLIER})(?![\\p{L}\\d]))?(?<plus>-plus\\b|\\+)?(?:(?<age>[ -]years?[ -]olds?\\b)|(?<pct>${PERCENT})|(?:\\s|(?=(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|HKD|SGD|INR|CNY|RMB)\\b))(?<curword>${SUFFIX_CURRENCY})|(?:[ \\u00a0-](?:(?:more|additional|extra|further)\\s)?|(?=(?:hrs?|mins|secs?|ms|mths?|yrs)(?![\\p{L}\\d])))(?<unit>${DURATION_UNITS}\\b|${FOREIGN_DURATION_UNITS}(?![\\p{L}\\d]))|[ \\u00a0-]?(?<measure>${MEASURE_UNITS})(?![\\p{L}\\d]))?`;
const NUMBER_RE = new RegExp(NUMBER_EXPR, 'giu');
// Languages that write 2.000 for two thousand and 1,5 for one and a half (German, French, Spanish…).
// A continental text also groups thousands with a plain space ("2 209 Français", "près de 5 500 morts").
const DIGITS_DECIMAL_COMMA = '(?:\\d{1,3}(?:[.\\u00a0\\u202f]\\d{3})+|\\d{1,3}(?: \\d{3}(?!\\d))+|\\d+)(?:,\\d+)?';
// (A text that writes a decimal comma writes no leading point.)
const NUMBER_RE_DECIMAL_COMMA = new RegExp(NUMBER_EXPR.replace(`|${LEADING_POINT}`, '').replace(DIGITS, DIGITS_DECIMAL_COMMA).replace(MULTIPLIER, MULTIPLIER_DECIMAL_COMMA).replace(`\\b${WORD_NUMBER}\\b`, `(?<![\\p{L}\\d])${WORD_NUMBER_DECIMAL_COMMA}(?![\\p{L}\\d])`), 'giu');

// Digits grouped by dots, with a decimal comma, in a text whose words are read in English (FigureOptions.thousandsDot).
const DIGITS_THOUSANDS_DOT = '(?:\\d{1,3}(?:[.\\u00a0\\u202f]\\d{3})+|\\d+)(?:,\\d+)?';
const NUMBER_RE_THOUSANDS_DOT = new RegExp(NUMBER_EXPR.replace(`|${LEADING_POINT}`, '').replace(DIGITS, DIGITS_THOUSANDS_DOT), 'giu');

// A page's numbers in digits: grouped by dots ("6.500", "1.500.000"), a decimal comma ("2,5"), and what only English digits write: a
// decimal point before other than three digits ("3.5", "12.25", "7.1") or a leading zero ("0.750"); commas before three digits
// ("4,500") outnumbering the dot groups.
const DOT_GROUPED = /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)/g;
const DECIMAL_COMMA_NUMBER = /(?<![\d.,])\d{1,3},\d{1,2}(?![\d]|[.,]\d)/;
const ENGLISH_DIGITS = /(?<![\d.,])(?:\d+\.(?:\d{1,2}|\d{4,})(?![\d])|0\.\d)/;
const COMMA_GROUPED = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d]|[.,]\d)/g;

/**
 * True when a page whose words are English or unknown writes its digits the continental way: "6.500 Redirects, davon 6.000", "auf
 * 3.000ft … 2.000ft", "1.500.000 visitors" — two dot-grouped numbers or more, or one of several groups, or one beside a decimal
 * comma, and nothing on the page written the English way (one "3.5" or "0.750", or as many "4,500" as dot groups, makes "1.500"
 * one and a half again).
 */
export function thousandsDot(text: string): boolean {
  const grouped = text.match(DOT_GROUPED) ?? [];
  if (grouped.length === 0 || ENGLISH_DIGITS.test(text)) return false;
  // ("1 NM = 1,852 km" beside fifteen "3.500ft": a comma before three digits is ambiguous, it is outweighed.)
  const commas = text.match(COMMA_GROUPED)?.length ?? 0;
  return grouped.length > 2 * commas && (grouped.length >= 2 || grouped.some((g) => g.split('.').length > 2) || DECIMAL_COMMA_NUMBER.test(text));
}

// ("the 2.8 release", "the 4.1.1 update": a dotted number naming a release is its version; three dotted groups without zero-padding,
// "as of 1.8.3", are one too — a date pads its day or month or writes its year in four digits, an IP address has four groups.)
const VERSION_RE = /\b(?:v|version\s+|ver\.\s?)(\d+(?:\.\d+)+[a-z0-9-]*)\b|\b(?:v)(\d+)\b|(?<![$€£¥\d.,]|\d\s)\b(\d+\.\d+(?:\.\d+)*)(?=\s+(?:release|update|build|beta|branch|kernel)\b)|(?<![\d.,]|\d\s)\b(\d{1,3}\.(?:0|[1-9]\d{0,2})\.(?:0|[1-9]\d{0,2}))(?![\d.]\d|\.\d|\d)|\bversion\s+(\d{1,3})\b(?![.,]\d|\s?%|\s+(?:percent|per\s+cent)\b)/gi;
const OS_NAME_BEFORE = /(?:^|[^\p{L}])(?:Windows(?:\s+(?:Phone|Server|Mobile|RT|NT))?|OS\s?X|macOS|Mac\s+OS(?:\s+X)?|iOS|iPadOS|watchOS|tvOS|Android|Chrome\s+OS|Firefox\s+OS|Ubuntu|Fedora|Debian|RHEL|CentOS|Red\s+Hat(?:\s+Enterprise\s+Linux)?)\s$/u;
const MONTHS = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
// Spans that hold digits but no figure: dates, times, ordinals, phone numbers, addresses, ranks, product names.
// Masks that can match where there is no digit (a number in words, a URL or an identifier): a sentence with no digit needs only these.
const WORDY = new Set<RegExp>();
const wordy = (re: RegExp): RegExp => (WORDY.add(re), re);

// What a slow mask cannot match without (a look-behind tried at every position, a class scanned at every letter): on a sentence
// without it the mask is not run.
const PREREQUISITE = new Map<RegExp, RegExp>();
const needs = (re: RegExp, pre: RegExp): RegExp => (PREREQUISITE.set(re, pre), re);

export const MASKS: RegExp[] = [
  // A citation's identifier, first, before a later mask blanks its head and leaves its tail ("doi:10.1016/S1040-6182(98)00067-6").
  // ("ISBN-13: 978–0692095447": the standard's length is written into the head.)
  wordy(/\b(?:doi|ISBN(?:-1[03])?|ISSN|PMID|arXiv)[:\s]\s?\S+/gi),
  // (not the year of a day-month date: "14 Oct. 15" is the 14th, the next mask takes it)
  new RegExp(`(?<!\\d\\s)\\b${MONTHS}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s\\d{4})?\\b(?:\\s?[-–—]\\s?\\d{1,2}\\b)?`, 'g'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s?[-–—]\\s?\\d{1,2})?\\s(?:of\\s)?${MONTHS}\\b(?:,?\\s\\d{4}|\\.?\\s'?\\d{2}(?=[),;]))?`, 'g'),
  new RegExp(`\\b${MONTHS}\\.?,?\\s\\d{4}\\b`, 'g'),
  /\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/g,
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g,
  /\b(?:9\/11|24\/7|365\/24)\b/g,
  // A deal named by its terms: "a 2-for-1 offer", "buy-one-get-one", "three-for-two": the numbers name the offer, they count nothing.
  wordy(/\b(?:\d|one|two|three|four|five)[-\s]for[-\s](?:\d|one|two|three|four)\b(?=[-\s](?:deals?|offers?|sales?|specials?|promotions?|discounts?|tickets?|pricing|drinks|pizzas?|burgers?|admission|entry|on)\b)/gi),
  // A time signature names a metre, it divides nothing: "a 6/8 feel", "in 3/4 time", "a 12/8 groove".
  /\b(?:[1-9]|1[0-6])\/(?:2|4|8|16)(?=\s(?:time|feel|meter|metre|rhythm|signature|time signature|groove|beat|waltz|swing|shuffle)\b)/g,
  // A span of the clock whose first end leaves out the "a.m.": "Thursdays, 10-11 a.m.", "from 9 to 11:30 am".
  /\b\d{1,2}(?:[:.]\d{2})?(?:\s?[-–]\s?|\s(?:to|until|till)\s)(?=\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b|[ap]\.m\b))/gi,
  // A live blog's minute stamp: "13 min: The impressive Lingard bursts…", "45+2 min: Booked."
  /^\s*\d{1,3}(?:\+\d{1,2})?\s?(?:min|mins|minutes?)\s*:/i,
  /\b\d{1,2}(?::\d{2})+(?:\s?[ap]\.?m\.?)?|\b\d{1,2}\s?[ap]\.m\.|\b\d{1,2}\s?[ap]m\b/gi,
  // Street addresses: "1600 Pennsylvania Avenue", "10 Downing Street", and as listings abbreviate them, "6165 Leesburg Pike",
  // "4225 Southwinds Pl.", "3950 Ferrara Dr.", "1701 14th St. NW" (before the ordinals are blanked, so a numbered street still reads).
  // ("Dr" before a capitalised name is a doctor: "the 2 Dr. Smiths".)
  /\b\d+[A-Za-z]?\s(?:(?:\p{Lu}[\p{L}.'-]*|\d+(?:st|nd|rd|th))\s){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr(?!\.?\s\p{Lu}\p{Ll})\.?|Way|Place|Pl\.?|Square|Court|Ct\.?|Circle|Cir\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Pike|Terrace|Ter\.?|Trail)\b/gu,
  /\b\d+(?:st|nd|rd|th)\b/gi,
  // "twelve o'clock", "at 6 o’clock": a time of day.
  wordy(new RegExp(`\\b(?:\\d{1,2}|${WORD_NUMBER})\\s?o['’]clock\\b`, 'gi')),
  // A footnote marker glued to a word's punctuation: "email alerts,22 and pages", "pager burnout:24", "take 5 seconds.23 If".
  /(?<=\p{L}{2}[,.:;?!])\d{1,3}(?=\s|$)/gu,
  // Dates in the languages that write their months in lower case after the day ("10 de março", "8 de abril", "5 mai", "22 aprile"),
  // and German dates ("10. März").
  /\b\d{1,2}\.?\s(?:de\s)?(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?!\p{L})/gu,
  // A day and month written with a slash, as French and Spanish pages do ("les 25/11, 30/11 et 02/12"): a day past the twelfth or a
  // zero-padded part makes it no fraction.
  /\b(?:(?:0[1-9]|1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])|\d{1,2}\/0[1-9])\b(?!\/)/g,
  /\b\d{1,2}\.\s(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?!\p{L})/gu,
  /\b\d{3,4}\s?(?:GMT|UTC|BST|CET|CEST|ET|EST|EDT|PT|PST|PDT|IST|JST|hrs)\b/g, // wire-style clock times: "by 1040 GMT"
  // "#1 enemy", "the #3 seed": a number sign marks a rank or an identifier (a \b before "#" would need a letter before it).
  // (A docket number runs on past a hyphen: "Gonzalez v. Google, No. 21-1333".)
  /(?:\b(?:No\.|Nos\.|Number)|(?<![\p{L}\d&])#)\s?\d+(?:-\d+)*\b/gu,
  /(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g,
  needs(/\b[\p{L}&]*\p{L}[\p{L}\d&]*-\d[\d.]*(?:-\d+)*\b/gu, /-\d/), // COVID-19, F-35, GPT-4, A350-900
  /\b\d+(?:\.\d+)?(?:x|X|G|D|K|nm|mp|MP|p)\b(?!\w)/g, // 5G, 3D, 4K, 10x, 1080p
  // A number glued to a capitalised number word is a name: "7-Eleven", "Seven-Eleven" (the other order, "Catch-22", is blanked above).
  wordy(needs(/\b(?:\d+|\p{Lu}\p{Ll}+)-(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty)\b/gu, /-/)),
  // "He is 5 foot 11", "a 6-foot-2 guard": the inches of a height written after its feet, no count of their own.
  /(?<=\b\d{1,2}(?:\s|-)(?:foot|feet|ft\.?)(?:\s|-))\d{1,2}\b(?!\s?(?:inch|inches|in\.|"|”|½))/g,
  // An audio channel layout names a format: "5.1 surround sound", "7.1-channel audio", "Dolby 7.1.2 speakers".
  /\b[257]\.[012](?:\.[24])?(?=[\s-](?:surround|channels?|audio|sound|speakers?|systems?|setups?)\b)/g,
  // A club of states named for its size: "the Group of 20 leaders", "Group of Seven".
  wordy(/\bGroup of (?:\d{1,2}|Seven|Eight|Twenty)\b/g),
  /\b\p{L}+\s\d+(?=\s(?:Pro|Max|Ultra|Plus|Mini|Lite|Air|Series|Edition)\b)/gu, // "iPhone 15 Pro"
  // An isotope is named by its element and mass number: "strontium 90", "caesium 137", "iodine 131" (hyphenated, "carbon-14", it is
  // blanked with the other names above).
  /\b(?:strontium\s(?:89|90)|c(?:a)?esium\s(?:134|137)|iodine\s(?:125|129|131)|cobalt\s60|uranium\s(?:233|235|238)|plutonium\s(?:238|239|240|241)|carbon\s(?:11|14)|potassium\s40|radium\s(?:224|226|228)|americium\s241|xenon\s(?:133|135)|krypton\s85|polonium\s210|technetium\s99m?|thorium\s232)\b(?!\s?%|\s(?:percent|per cent)\b)/gi,
  // Continental addresses write the number after the street's name: "corso Monforte, 15, Milan", "Via Tortona 31", "Rue de Rivoli 99",
  // "Friedrichstraße 43"; the number ends the address (a comma, the city, the end), it counts no noun.
  needs(/(?<=\b(?:[Vv]ia|[Vv]iale|[Cc]orso|[Pp]iazza(?:le)?|[Ll]argo|[Vv]icolo|[Rr]ue|[Qq]uai|[Cc]alle|[Aa]venida|[Pp]aseo|[Rr]ua|[Pp]raça|Plaza|Place|Platz|Avenue|Boulevard)\s(?:(?:d[eiaous']{0,3}|la|le|del|della|von|van)\s)?(?:\p{Lu}[\p{L}.'’-]*\s?){1,3},?\s|\b\p{Lu}\p{Ll}+(?:straße|strasse|gasse|platz|weg|allee|damm|gracht|laan|straat|vej|gatan|gata|katu)\s)\d{1,4}[a-z]?\b(?=\s*(?:[,;)/]|$|\s\p{Lu}|\s[-–]\s?\d))/gu, /(?:[Vv]ia|[Vv]iale|[Cc]orso|[Pp]iazza(?:le)?|[Ll]argo|[Vv]icolo|[Rr]ue|[Qq]uai|[Cc]alle|[Aa]venida|[Pp]aseo|[Rr]ua|[Pp]raça|Plaza|Place|Platz|Avenue|Boulevard)\s|(?:straße|strasse|gasse|platz|weg|allee|damm|gracht|laan|straat|vej|gatan|gata|katu)\s\d/),
  // An image's width and height after its file name in a media listing: "…/KakaoTalk_20181015.jpg 540 960 jdadmin".
  /\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?)(?:\s+\d{1,5}){1,2}\b/gi,
  wordy(/https?:\/\/\S+|\bwww\.\S+/g),
  // A port after a host names a service, it counts nothing: "3pp.io:4439/storage", "Host: localhost:8080" (also where a URL is
  // broken by a line continuation, "https\ ://3pp.io:4439").
  /\b(?:[\p{L}\d-]+(?:\.[\p{L}\d-]+)+|localhost):\d{2,5}\b/gu,
  // Tenors name an instrument: "the 10-year note", "30-year Treasury yields", "three-month aluminum" ("signed a two-year contract" is
  // a term of employment).
  wordy(/\b(?:\d+|one|two|three|six|nine|twelve)-(?:year|month|week)\s(?=(?:U\.S\.\s|US\s|benchmark\s|German\s)?(?:notes?|bonds?|yields?|Treasur(?:y|ies)|gilts?|bunds?|paper|securities|debt|maturit(?:y|ies)|aluminium|aluminum|copper|nickel|zinc|lead|tin|futures|(?<!\b(?:a|an)\s[\w-]+\s)contracts?|Libor|LIBOR|rates?|bills?|T-bills?)\b)/gi),
  // A mortgage rate is named by its term, and a moving average by its window: "the average 30-year mortgage rate rose to 3.1%",
  // "the 15-year fixed-rate mortgage averaged 2.4%", "trading above their 50-day moving average" ("took out a 30-year mortgage" is
  // the loan's term).
  wordy(/\b(?:\d+|fifteen|thirty)-(?:year|month)\s(?=(?:fixed[- ]rate\s+mortgages?|(?:fixed\s+|adjustable\s+)?mortgage\s+rates?|ARMs?)\b)|\b\d+-(?:day|week|month)\s(?=(?:simple\s+|exponential\s+)?moving\s+averages?\b)/gi),
  // A bond trader's tenor standing alone for the note: "we think the 10-year could hit 2%", "the 30-year fell 5 basis points" (not
  // "the 10-year plan", where a noun follows).
  wordy(needs(/(?<=\bthe\s(?:benchmark\s)?)(?:2|two|5|five|7|seven|10|ten|20|twenty|30|thirty)-year\b(?=\s+(?:could|would|will|may|might|is|was|has|had|rose|fell|climbed|dropped|slipped|jumped|hit|traded|touched|yielded|topped)\b)/gi, /-year/i)),
  // A hotline's number: "the agency's hotline, 115, received 300 calls", "call the helpline on 0800 11 11", "tip line at 311".
  needs(/(?<=\b(?:hotline|helpline|help line|tip ?line|crisis line)(?:\s+number)?(?:,|:|\s+(?:at|on|number))?\s)\d(?:[\d\s-]{0,14}\d)?\b(?=\s*(?:[,.;)]|$)|\s(?:for|to|or|and|from|if|with)\b)/gi, /line/i),
  // A golfer's score against par and the strokes after it: "won at 20-under-par 268", "finished 3 over par", "a 6-under 66" (SPEC:
  // scores are no figures; "20 under-par rounds" counts the rounds).
  wordy(needs(/\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:under|over)(?:[- ]par(?:\s\d{2,3})?\b(?![- ]\p{Ll}+s\b)|\s(?:[6-8]\d|2[5-9]\d)\b)|(?<=\b(?:even|level)[- ]par\s)\d{2,3}\b/giu, /under|over|par/i)),
  // Emergency numbers and seasons: "called 911", "911 calls", "the 2022/23 season".
  /(?<=\b(?:called|call|calling|dial(?:l?ed)?|dialing)\s)\d{3}\b|\b(?:911|999|112)(?=\s(?:calls?|dispatch\w*|operators?|emergency|system|services?|centers?)\b)/gi,
  /\b(?:19|20)\d{2}\/(?:(?:19|20)\d{2}|\d{2})\b/g, // "the 2022/23 season", "last winter (2016/2017)"
  // Three hyphenated groups are a date, a phone number or a win-loss record, never a range: "2018-10-15", "03-584-7231", "a 1-6-2 skid";
  // a leading zero marks a phone number: "0937-141993".
  /(?<![\d-])\d{1,4}-\d{1,4}-\d{1,6}(?![\d-])/g,
  /(?<![\d-])0\d{2,4}-\d{5,}(?!\d)/g,
  // Revision identifiers: "6:a360", "changeset 7:e3f9".
  /\b\d+:[0-9a-f]{4,}\b/g,
  // Chapter and verse, aspect ratios: "Psalms 119:1-2", "a 16:9 monitor".
  /\b\d{1,3}:\d{1,3}(?:[-–]\d{1,3})?\b/g,
  // International phone numbers: "+49 (0)40 890 85-433".
  /\+\d{1,3}[\s\d()./-]{6,}\d/g,
  // References and ranked lists in names: "no. 178", "40 Under 40", "top 10 Health Technology Hazards".
  /\bno\.\s?\d+\b/gi,
  /\b(\d+) (?:Under|Over) \1\b/g,
  // "all the way into the top 10", "the Democratic Party’s top 10 face off", "a top-20 finish": a rank names a place in a list, it
  // counts nothing ("the top 1% of earners" is a share; "my top 21 films of 2017" counts the films listed).
  /\b[Tt]op[ -]\d{1,3}\b(?![.,]\d|\s?%|\s(?:percent|per cent)\b|\s+(?:(?!(?:for|in|on|at|of|to|with|by|from|and|or|this|last|since|after|before)\s)\p{Ll}+\s+)?\p{Ll}{2,}s\b)/gu,
  // "The Top 10 list includes four firms", "reached the Top 40 in 14 countries": a capitalised "Top" inside a sentence names a chart
  // or a list, whatever follows.
  /(?<=[\p{L},]\s)Top[ -]\d{1,3}\b(?![.,]\d|\s?%|\s(?:percent|per cent)\b)/gu,
  // Citations and bibliographies: "1992,[207]", "[n 11]", "per shift[1]", "pp. 276–278", "pp. 71 and 73", "33 (1): 97–102", "30 (1&2): 5–22", "2015; 28: 685-690", "doi:10.1017/…",
  // and a health article's numbered sources at the end of a clause ("an average of 441 calories (34).", "emotional eating (32, 33).").
  /\[\s*(?:\p{Ll}{1,4}\s?)?\d{1,4}(?:\s?[,–-]\s?\d{1,4})*\s*\]/gu,
  /\bpp?\.\s?\d+(?:\s?(?:[–-]|,|and)\s?\d+)*/g,
  // A reference list's volume, issue and pages in APA style: "Journal of Botany, 52(7), 3977–3985".
  /\b\d{1,4}\s?\(\d{1,4}(?:[–-]\d{1,4})?\),\s?\d{1,5}\s?[–-]\s?\d{1,5}\b/g,
  /\b\d{1,4}(?:\s?\([\dA-Z&]{1,5}\))?:\s\d{1,5}(?:[–-]\d{1,5})?\b/g,
  needs(/(?<=(?:^|\s)\p{Ll}[\p{L}-]*\s?)\(\d{1,3}(?:,\s?\d{1,3})*(?:[–-]\d{1,3})?\)(?=\s*(?:[.;:,]|$|(?:and|or|but|while)\b))/gu, /\(\d/),
  // "news at 11", "film at 11": the newscaster's idiom names an hour; "not 100% sure": certainty, no share of anything.
  wordy(/\b(?:news|film)\s+at\s+(?:11|eleven)\b/gi),
  wordy(/\b(?:100\s?%|100\s(?:percent|per cent)|(?:a|one)\shundred\s(?:percent|per cent))(?=\s+(?:sure|certain|confident|convinced|positive|committed|serious|honest|behind)\b)/gi),
  // "(hazard ratio 0.78; 95% CI 0.65-0.93)", "a 95 percent confidence interval": the level of a statistical interval names how it was
  // drawn, it is no share of anything.
  /\b(?:80|90|95|99)\s?(?:%|percent\b|per cent\b)(?=\s?(?:CI|CrI|confidence\s+(?:intervals?|levels?|bands?)|credible\s+intervals?|prediction\s+intervals?)\b)/gi,
  // "0-60 mph", "zero to 100 km/h": a car's sprint benchmark names a test, it is no range of speeds.
  /\b(?:0|zero)\s?(?:-|–|to)\s?\d{2,3}\s?(?:mph|km\/h|kph)\b/gi,
  // "a 3-pointer with 55 seconds left", "two minutes to play": a game clock reads a time, not a quantity.
  wordy(new RegExp(`\\b(?:\\d{1,2}(?:\\.\\d+)?|${WORD_NUMBER})\\s(?:seconds?|minutes?)(?=\\s(?:left|remaining|to play|to go)\\b)`, 'gi')),
  // "4k streaming": a screen resolution in lower case (the upper-case "4K" is masked above); "$4k" stays money.
  /(?<![$€£¥\d.,])\b[48]k\b(?!\s+(?:runs?|races?|followers|subscribers|views|users|members|people|fans|steps)\b)/g,  // A span of years written short, and statute names: "New Zealand's Nine Provinces (1853–76)", "the 2019-20 season", "a 401(k) plan".
  /\b(?:1[5-9]|20)\d{2}\s?[–-]\s?\d{2}\b(?![\d%]|\s?(?:percent|per cent)\b)/g,
  /\b\d{3,4}\([a-zA-Z]\)/g,
  // "would one day emerge", "will one day be": "one day" after a modal is "some day", no duration.
  wordy(needs(/(?<=\b(?:will|would|could|might|may|can|should|shall|must|to)\s)one day\b/gi, /one day/i)),
  // "And then one day it did something strange", "uncover your login info one day", "I hope that one day this…": "one day" that
  // no preposition, qualifier or comparison measures is "on a certain day", no duration ("for one day", "one day later" measure).
  wordy(needs(/(?<!\b(?:for|within|in|over|than|only|just|about|nearly|almost|by|after|before|least|most|of|the|every|each|per|barely|exactly|some|lasts?|lasted|lasting|takes?|took|taking|spen[dt]|spends|spending|waits?|waited|needs?|needed|requires?|required|has|had|have|gets?|got|gives?|gave|given)\s)\bone day\b(?![-\u2011]|\s+(?:later|earlier|after|before|ago|of|per|a|an|each|left|longer|shorter|more|less|nearer|closer|early|late|off|in advance|old)\b)/gi, /one day/i)),
];
// Lower-case words after which a number is a name, not a quantity: "route 66", "section 230", "episode 4".
const NAME_NOUNS = /\b(?:ch\.|chap\.|area|route|highway|interstate|bug|ticket|section|chapter|article|episode|season|flight|gate|platform|room|page|line|level|phase|grade|model|series|bus|exit|pier|district|ward|lot|item|clause|paragraph|rule|title|part|volume|issue|act|unit|zone|stage|tier|category|class|type|week|day|game|round|lane|track|channel|terminal|suite|apartment|floor|building|block|number|code|figure|table|annex|amendment|proposition|form|jersey|squad|group)\s$/i;
// Capitalised words that may stand right before a quantity without naming it: "About 40", "The 3,400 engineers".
// Their plurals before numbers list names: "between junctions 10 and 11", "sections 3 and 4", "chapters 2 to 5" (not "weeks", "days"
// or "games", which also start a clause: "over the past weeks 5 people died").
const PLURAL_NAME_NOUNS = /\b(?:junctions|sections|chapters|articles|episodes|seasons|routes|highways|interstates|gates|platforms|pages|paragraphs|clauses|amendments|propositions|titles|volumes|exits|wards|districts|phases|stages|tiers|levels|categories|classes|types|lanes|terminals|annexes|verses|holes)\s$/i;
const NOT_NAME_BEFORE = new Set(`The A An About Around Roughly Nearly Almost Some More Over Under Fewer Less Up At Only Just Another Approximately Estimated Of In By And But
With For To From Each Its Their His Her Our After Before Since During Last Next First All Both Those These Another Just Still Yet Also Even Another Of Than Between
Top Total Exactly Precisely Barely Another Another When While If As Then Now So Or Nor Those These That This There Here Where Every Per Plus Minus Only Just Some`.split(/\s+/));

const QUALIFIER_FOR_TILDE: Qualifier = 'about';

interface Span {
  start: number;
  end: number;
}

export const WORD_MASKS = MASKS.filter((re) => WORDY.has(re));

// "a 404 error", "returns 200 OK", "a 500 status code": an HTTP status code names a response, it counts nothing. In a sentence about
// status codes or HTTP every bare code is one ("* 500 if an internal server error occurs, * 429 if …", "a 200 (success) status").
const STATUS_CODE_AFTER = /\b[1-5]\d{2}(?=\s(?:status|error|response|redirect|Not Found|OK|Forbidden|Unauthorized|Bad Request|Internal Server Error|Service Unavailable)\b)/g;
const STATUS_CONTEXT = /\bHTTP\b|\bstatus codes?\b|\bresponse codes?\b/;
const STATUS_CODE = /(?<![\d.,$€£¥])\b[1-5]\d{2}\b(?![.,]?\d|\s?%|\s(?:percent|per cent|ms|milliseconds?|seconds?|requests|users|people|servers|pages|sites)\b)/g;

// (not before a unit, "five (5) years": blanking would part the number from its unit)
const WORD_THEN_DIGITS = new RegExp(`\\b(${WORD_NUMBER})\\s\\((\\d{1,3})\\)(?!\\s*(?:${DURATION_UNITS}|${MEASURE_UNITS}|${SUFFIX_CURRENCY})(?![\\p{L}\\d])|\\s?%|\\s(?:percent|per cent)\\b)`, 'giu');

function masked(sentence: string): string {
  let s = sentence;
  for (const re of /\d/.test(sentence) ? MASKS : WORD_MASKS) {
    const pre = PREREQUISITE.get(re);
    if (pre === undefined || pre.test(s)) s = s.replace(re, (m) => ' '.repeat(m.length));
  }
  if (/\b[1-5]\d{2}\b/.test(s)) s = s.replace(STATUS_CONTEXT.test(sentence) ? STATUS_CODE : STATUS_CODE_AFTER, (m) => ' '.repeat(m.length));
  return s;
}

function blank(s: string, span: Span): string {
  return s.slice(0, span.start) + ' '.repeat(span.end - span.start) + s.slice(span.end);
}

// "de dólares", "d'euros": the preposition of a continental amount ("10 millones de dólares", "3 millions d'euros").
const FOREIGN_OF = /^(?:de\s|d['’])/i;

function currencyFromPrefix(prefix: string): string | undefined {
  for (const [re, code] of CURRENCY_PREFIX) if (re.test(prefix)) return code;
  return undefined;
}

function currencyFromWord(word: string): string | undefined {
  word = word.replace(FOREIGN_OF, '');
  for (const [re, code] of CURRENCY_WORDS) if (re.test(word)) return code;
  return undefined;
}

interface NumberMatch {
  start: number;
  end: number;
  value: number;
  currency?: string;
  pct: boolean;
  unit?: string;
  measure?: string;
  age: boolean;
  plus: boolean;
  tilde: boolean;
  multiplied: boolean;
  word: boolean;
  fraction: boolean;
  bareDigits: string | null;
}

function unitName(raw: string): string {
  const u = raw.trim().replace(/\s+/g, ' ');
  if (/^(?:percentage|per cent)[ -]points?$/i.test(u)) return 'percentage points';
  // ("At 11 megs", "twenty gigs of data": the spoken names of megabytes and gigabytes.)
  if (/^megs$/i.test(u)) return 'MB';
  if (/^gigs$/i.test(u)) return 'GB';
  if (/^(?:[A-Z]{2,}|k[WB]h?|[MGT]Wh|°[CF]?|dB|mL|bps|Nm|W|[kMG]?Hz|[KMG]bps|[KMGT][Bb](?:it)?\/s(?:ec)?|Bq|mSv|[μµ]Sv)$/.test(u)) return u;
  return u.toLowerCase();
}

const SHORT_DURATION: Record<string, string> = { ms: 'milliseconds', sec: 'seconds', secs: 'seconds', mins: 'minutes', hr: 'hours', hrs: 'hours', mth: 'months', mths: 'months', yrs: 'years' };

function readMatch(m: RegExpExecArray, decimalComma: boolean): NumberMatch | null {
  const g = m.groups ?? {};
  const num = g['num']!;
  const fraction = parseFraction(num);
  const raw = decimalComma ? num.replace(/[. \u00a0\u202f]/g, '').replace(',', '.') : num;
  const base = fraction ?? parseNumber(raw);
  if (base === null) return null;
  const mult = g['mult'];
  // "the $A lower amid Ukraine crisis", "weigh on $A": a sign before the article "A" names a currency (the Australian dollar), no sum.
  if (g['cur'] && /^an?$/i.test(num) && !mult) return null;
  // "5 m" / "5 b" / "5 k" spelled apart are too often something else; "5m", "5bn" and "5 million" count.
  if (mult && mult.length === 1 && g['sp'] !== '' && !g['cur']) return null;
  // "waterproof to 100m", "It's perhaps 200-300m long", "the 100m freestyle": a glued "m" without a currency in a context of length is
  // metres, not millions ("100m people", "220m years ago", "£3m" keep the multiplier).
  if (mult === 'm' && g['sp'] === '' && !g['cur'] && !g['curword'] && !g['pct'] && (METRES_AFTER.test(m.input.slice(m.index + m[0].length)) || METRES_BEFORE.test(m.input.slice(0, m.index)) || (METRES_SENTENCE.test(m.input) && !/[$€£¥₹]|\b(?:million|billion|people|users|viewers|subscribers)\b/i.test(m.input)))) {
    return { start: m.index, end: m.index + m[0].length, value: tidy(base), pct: false, measure: 'm', age: false, plus: g['plus'] !== undefined, tilde: g['tilde'] !== undefined, multiplied: false, word: false, fraction: fraction !== null, bareDigits: null };
  }
  // "der 18-Jährige", "einen 42-Jährigen": the capitalised German compound is a person of that age (ANNOTATING.md: an age).
  if (g['unit'] && /^Jährig/.test(g['unit']) && /^\d+$/.test(num)) {
    return { start: m.index, end: m.index + m[0].length, value: base, pct: false, age: true, plus: false, tilde: g['tilde'] !== undefined, multiplied: false, word: false, fraction: false, bareDigits: null };
  }
  const unitWord = g['unit']?.toLowerCase();
  const unit = unitWord ? FOREIGN_DURATION[unitWord] ?? SHORT_DURATION[unitWord] ?? unitWord : undefined;
  // "for one more second", "not a minute more": one more unit is rhetoric, no span.
  if (unit && /^(?:one|an?)\s+(?:more|additional|extra|further)\s/i.test(m[0].replace(/^[~\s]+/, ''))) return null;
  // "Seven decades", "more than a century", "A half century": a span of decades or centuries is stated in years (the annotation
  // sets 2–5 write "nearly three decades" as 30 years, "a half-century" as 50).
  const years = unit ? (/^decades?$/.test(unit) ? 10 : /^centur/.test(unit) ? 100 : 1) : 1;
  // "never gave us 10 cents", "50 cents a gallon": cents are hundredths of the currency unit (dollars, or euros where "€" is written).
  const cents = /^cents$/i.test(g['curword'] ?? '') ? 0.01 : 1;
  return {
    start: m.index,
    end: m.index + m[0].length,
    value: tidy(base * multiplierOf(mult) * years * cents),
    currency: g['cur'] ? currencyFromPrefix(g['cur']) : cents < 1 ? (/€|\beuros?\b/i.test(m.input) ? 'EUR' : 'USD') : g['curword'] ? currencyFromWord(g['curword']) : undefined,
    pct: g['pct'] !== undefined,
    unit: unit ? (years > 1 ? 'years' : /s$/.test(unit) ? unit : `${unit}s`) : undefined,
    measure: g['measure'] ? unitName(g['measure']) : undefined,
    age: g['age'] !== undefined,
    plus: g['plus'] !== undefined,
    tilde: g['tilde'] !== undefined,
    multiplied: mult !== undefined,
    word: !/^\d/.test(num),
    fraction: fraction !== null,
    bareDigits: /^\d+$/.test(num) && !mult ? num : null,
  };
}

const METRES_AFTER = /^\s+(?:long|wide|high|tall|deep|away|below|above|underground|underwater|in (?:length|height|width|diameter|depth)|sprint|race|dash|hurdles|freestyle|backstroke|breaststroke|butterfly|medley|relay|swim|final|world record|record|mark)\b/i;
// ("the dive-focused 100m rating", "overpressure testing at the 100m depth": a sentence about water depth measures in metres.)
const METRES_SENTENCE = /\b(?:waterproof\p{L}*|water[- ]resistan\p{L}+|depths?|dive|dives|diving|divers?|underwater|swimm\p{L}*|sprint\p{L}*)\b/iu;
const METRES_BEFORE = /\b(?:waterproof|water-resistant|water resistant|depths?|altitude|elevation|height|dive|dives|dived|diving|swam|ran)\s+(?:of\s+|to\s+|at\s+|down\s+|up\s+)?(?:about\s+|around\s+|up to\s+|nearly\s+|more than\s+)?$/i;
const WORD_SMALL = /^(?:two|three|four|five|six|seven|eight|nine|ten)$/i;

/**
 * Numbers that the number grammar reads but that state no quantity: a model or product code with a
 * glued letter ("Radeon Pro 5300M", "Block 1B", "Core i7 4790k", "2B Mindset"), a year before 1800
 * ("In 1781,"), a capitalised number word inside a name ("Ninety Mile Beach", "One-Time Passwords"),
 * an ordinal compound ("twenty-first century"), a position ("a two-on-one"), a decade ("the ’80s"),
 * a list enumerator ("10) …"), a number after a model code ("Dell G3 15", "Series 3 38mm"), and a
 * number word that points back at things already counted ("the two leaders", "these three people").
 */
/** Whether most words of a sentence start in lower case (prose, not a title-cased headline). */
function proseCase(sentence: string): boolean {
  const words = sentence.match(/\p{L}+/gu) ?? [];
  return words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > words.length;
}

const HYPERBOLE_AFTER = /^an?\s+(?:hundred|thousand|million|billion|trillion|gazillion|zillion)\s+(?:times\s+(?:better|worse|more|less|over|easier|harder|faster|smarter)\b|miles\s+(?:away|from)\b|miles\s+begins\b|words\b)/i;
const CONSOLE_ARGUMENT_BEFORE = /(?:^|\s)\p{Ll}+(?:[._]\p{Ll}+)+(?:\s+\p{Ll}+)?\s+$/u;
const READING_TIME_BEFORE = /(?:^|[^\p{L}])(?:(?:estimated\s+)?(?:reading|read)\s+time|tempo\s+(?:de|di)\s+(?:leitura|lettura)|tiempo\s+de\s+lectura|temps\s+de\s+lecture|lesezeit|lesedauer|leestijd)\s*[:：]?\s*(?:(?:about|approx\.?|ca\.|cerca\s+de|aprox\.?)\s+|~\s?)?$/iu;
const WHOLLY_BEFORE = /\b(?:suits?|suited|fits?|agreed?|agrees|trust(?:ed|s)?|believe[ds]?|give|gives|gave|giving|given)\s+(?:(?:you|him|her|them|me|us|it|this|that)\s+)?$/i;
const WHOLLY_AFTER = /^\s+(?:sure|certain|confident|convinced|honest|serious|committed|behind|right|wrong|positive|focused|dedicated|agree[sd]?)\b/i;
function notAQuantity(sentence: string, start: number, n: NumberMatch, num: string, sp: string): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(n.end);
  // "a Radeon Pro 5300M or 5500M": a glued capital letter that counts nothing after it is a model code, not millions.
  // "3M said", "shares of 3M rose", "3M and 7-Eleven": a glued capital letter on a whole number is a multiplier only when a count
  // follows it ("40M viewers", "3M downloads", "a 5M-user app"); before a verb, a conjunction or nothing it is a name.
  if (n.multiplied && sp === '' && !n.currency && !n.pct && /^\d+[MBK]$/.test(sentence.slice(start, n.end)) && !GLUED_COUNT_AFTER.test(after) && qualifierBefore(before) === null) return true;
  if (n.multiplied && sp === '' && !n.currency && /^\d/.test(num) && /^\d[\d.,]*[MBK]$|^\d[\d.,]*k$/.test(sentence.slice(start, n.end)) && (/(?:^|\s)(?:\p{Lu}[\p{L}\d&-]*|\p{L}+\d[\p{L}\d-]*)\s$/u.test(before) || /^\s\p{Lu}/u.test(after))) return true;
  // "Rule 1b", "Phase 2b trial results", "Section 4b", "Tier 1b", "rule 3b": a letter glued to a whole number after a name or a
  // name noun is a sub-clause, a phase or a tier, no billion or million ("$1b", "raised 3m", "About 3m people" count).
  if (n.multiplied && sp === '' && !n.currency && !n.pct && /^\d+[bmBM]$/.test(sentence.slice(start, n.end)) && (NAME_NOUNS.test(before) || NAME_WORD_BEFORE.test(before)) && qualifierBefore(before) === null && !NOT_NAME_BEFORE.has(/(\S+)\s$/.exec(before)?.[1] ?? '') && !MONTH_WORD.test(/(\S+)\s$/.exec(before)?.[1] ?? '')) return true;
  if (n.bareDigits && /^\d{4}$/.test(n.bareDigits) && n.value >= 1000 && n.value < 1800 && /\b(?:in|since|from|until|by|circa|year|of)\s$/i.test(before) && !levelChange(before, after)) return true;
  if (n.word && /^\p{Lu}/u.test(num) && before.trim() !== '' && !/[.!?:;"“—–-]\s*$/.test(before) && /^[\s-]\p{Lu}/u.test(after)) return true;
  // "Ninety Mile Beach", "the Six Day War": a capitalised number word with a capitalised unit inside a sentence is a name.
  if (n.word && (n.unit || n.measure) && /^\p{Lu}/u.test(num) && before.trim() !== '' && /\s\p{Lu}\p{Ll}+$/u.test(sentence.slice(start, n.end))) return true;
  if (n.word && /^-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/i.test(after)) return true;
  if (/^-on-/i.test(after)) return true;
  // "Reading time: 4 minutes", "Read time: 5 min", "Tempo de leitura: 1 minuto": the page's estimate of its own reading time is
  // furniture, whether it stands as a line or runs into the byline.
  if (READING_TIME_BEFORE.test(before)) return true;
  // "a business that suits you 100%", "I'm 100 percent sure", "I agree 100%": a full hundred per cent as a figure of speech for
  // "entirely" measures no share ("100% of the proceeds", "100% renewable", "100 percent complete information" do).
  if (n.pct && n.value === 100 && !/^\s+of\b/i.test(after) && (WHOLLY_BEFORE.test(before) || WHOLLY_AFTER.test(after))) return true;
  // "player.modav speedmult 125", "sv_cheats 1": a console command's argument after a dotted or underscored identifier.
  if (CONSOLE_ARGUMENT_BEFORE.test(before) && !/\.(?:com|org|net|co|io|gov|edu|uk|de|ru|fr|info)\s/i.test(before.slice(-40))) return true;
  // "a carrying case, 3. 5mm remote cable": a decimal the page split with a space; its value is neither 5 nor surely 3.5.
  if (/(?:^|[\s,(])\d\.\s$/.test(before) && /^\d+\p{L}/u.test(sentence.slice(start, n.end))) return true;
  // "two-stroke engines", "a four-door coupe", "a 64-bit CPU", "a seven-seater MPV", "a two-class layout", "a two-state solution", "two-factor
  // authentication", "a six-figure salary", "a five-digit code": a number compounded with a noun that names a kind of thing (an engine
  // cycle, a body style, a layout, an order of magnitude), no count.
  if (!n.unit && !n.measure && !n.pct && !n.currency && !n.multiplied && /^-(?:strokes?|doors?|seaters?|class|state|factor|way|dimensional|party|star|wheel|bit|figure|digit)\b/i.test(after)) return true;
  // "the 200 yard Individual Medley", "the 100-meter dash", "the 400m hurdles": a distance before the name of a race names the event
  // (ANNOTATING.md's not-figures), it measures nothing run or swum.
  if (n.measure && /^(?:yards?|met(?:er|re)s?|m|miles?|kilomet(?:er|re)s?|km)$/i.test(n.measure) && RACE_AFTER.test(after)) return true;
  // "a 3.5mm headphone jack", "the 2.5mm audio port": a connector's size names its kind, it measures nothing.
  if (n.measure && /^(?:mm|millimet(?:er|re)s?)$/i.test(n.measure) && CONNECTOR_AFTER.test(after)) return true;
  // "a 360-degree camera", "a 180-degree turn": a full or half turn compounded before a noun describes the thing, it measures no angle.
  if (n.measure && /^degrees?$/i.test(n.measure) && (n.value === 360 || n.value === 180) && /-degree$/i.test(sentence.slice(start, n.end)) && /^\s+\p{Ll}/u.test(after)) return true;
  // "a billion-dollar acquisition": an order of magnitude compounded before a noun, not an amount.
  if (n.multiplied && /^an?$/i.test(num) && /^-dollar\b/i.test(after)) return true;
  // "You're a million times better off", "spot it a million miles away", "not in a million years", "the journey of a thousand miles
  // begins": a round number after "a" in a figure of speech exaggerates, it measures nothing (in digits, "1 million times", it does).
  if (/^an?$/i.test(num) && !n.currency && !n.pct && /^an?\s+(?:hundred|thousand|million|billion|trillion|gazillion|zillion)\b/i.test(sentence.slice(start, n.end)) && (HYPERBOLE_AFTER.test(sentence.slice(start)) || /\bin\s+$/i.test(before) && /^\s+years\b/i.test(sentence.slice(start).replace(/^an?\s+\p{L}+/u, '')))) return true;
  // "not opening any new 365 stores": "any" or "no" takes a noun, not a cardinal; digits after them name a kind (a brand, a format).
  if (n.bareDigits && n.value >= 10 && !n.unit && !n.measure && !n.pct && !n.currency && /(?:^|[^\p{L}])(?:any|no)\s+(?:\p{Ll}+\s+)?$/iu.test(before) && !/\b(?:more|less|fewer)\s+than\s+$/i.test(before)) return true;
  // "the “one country, two systems” formula", "“Three Billboards”": a number in words inside a quotation of four words at most is a slogan or a title.
  if (n.word && inShortQuote(before, after)) return true;
  // "a 3-pointer with 55 seconds left", "two three-pointers", "an 18-wheeler": a compound noun in "-er" names a kind of thing;
  // with a noun after it, the number counts that noun's parts ("a 12-member panel").
  if (!n.unit && !n.measure && !n.pct && !n.currency && /^-\p{Ll}+ers?(?![\p{L}-])\s*(?:[,.;:!?)]|$|(?:by|with|from|in|on|at|for|to|and|or|that|which|as|of|late|early)\b)/u.test(after)) return true;
  if (/[’']$/.test(before) && n.bareDigits && n.bareDigits.length === 2) return true;
  if (before.trim() === '' && /^\)/.test(after)) return true;
  // "11." or "12.1." opening a line: a list or section number.
  if (before.trim() === '' && /^\.(?:\s|$)/.test(after) && !n.unit && !n.measure && !n.pct && !n.currency && !n.multiplied) return true;
  // "…access control.........9 10.", 'ETag: "1382694048000" 13.', "…/wiki/Using-remoteStorage 18.": a section number the sentence
  // splitter glued to the end of the line before it (a page number, a code, a URL); prose leads to a number with a word.
  if (/^\.\s*$/.test(after) && !n.unit && !n.measure && !n.pct && !n.currency && !n.multiplied && !n.word && /(?:(?:^|\s)(?:[^\p{L}\s]+|\S*[/:]\S*)|\.{3,}\s*\d+)\s$/u.test(before)) return true;
  // "For Keeps: 30 Years at the Movies", "6 Days de Toa Fraser", "80 Day Obsession": a capitalised unit inside a sentence of prose is
  // part of a title.
  // (German capitalises every noun: "nach 28 Tagen" is a span.)
  if (n.unit && /^\d/.test(num) && before.trim() !== '' && /\s\p{Lu}\p{Ll}+$/u.test(sentence.slice(start, n.end)) && !(sentence.slice(start, n.end).match(/\p{L}+$/u)![0].toLowerCase() in FOREIGN_DURATION) && proseCase(sentence)) return true;
  if (!n.currency && !n.pct && !n.multiplied && /(?:^|\s)(?:\p{L}+\d[\p{L}\d-]*|\p{Lu}[\p{L}]*\s\d+)\s$/u.test(tailOf(before, 80))) return true;
  // "a support group, Gay Men Over 50, meets", "the “Me Minus 10” challenge": a capitalised hedge between capitalised words is part of a
  // title-case name.
  if (bare(n) && n.bareDigits && /(?:^|[\s“"‘(])\p{Lu}[\p{L}’'-]*\s(?:Over|Under|Minus|Plus)\s$/u.test(before)) return true;
  // "the iPad mini 3", "an iPod touch 5": a lower-case model word after a brand names the generation, it counts nothing.
  if (bare(n) && n.bareDigits && n.value < 100 && MODEL_WORD_BEFORE.test(before)) return true;
  if (n.word && WORD_SMALL.test(num) && !n.unit && !n.measure && !n.pct && !n.currency && !n.multiplied && !/^-/.test(after) && !/^\s+(?:to|through)\s+(?:\d|\p{Ll}+\s+\p{Ll})/u.test(after) && /\b(?:the|these|those|the other|all)\s$/i.test(before) && !(/\bthe\s$/i.test(before) && (SET_DEFINED_AFTER.test(after) || LIST_OF_BEFORE.test(before)))) return true;
  return false;
}

// What a glued multiplier counts: a compound ("5M-user") or a plural noun after at most one modifier that takes no object (not "3M
// employs 90,000 people", "3M says").
// ("'Cosmos' premiere ratings: 40M first week?": a period after the number counts its audience.)
const GLUED_COUNT_AFTER = /^(?:-\p{L}|\s+(?:in\s+(?:its|the|their|a)\s+)?(?:first|opening|last|this|next)\s+(?:day|week|weekend|month|quarter|year|season)\b|\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(?!(?:says|has|is|was|does|plus|thus|as|its|his|this|us)\b)(?:\p{Ll}{2,}s|people|men|women|children|staff)\b(?!\s+(?:\d|the|a|an|its|their|his|her|our)\b))/u;
// A capitalised word right before: "Phase", "Tier", "Version" (with an optional word before, "SLS Block").
const NAME_WORD_BEFORE = /(?:^|[\s(“"‘])\p{Lu}[\p{L}’'-]*\s$/u;
const MODEL_WORD_BEFORE = /(?:^|\s)(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\d]*\s(?:mini|max|pro|air|lite|ultra|nano|touch|classic|note|edge|neo)\s$/u;

// "the three requirements for life", "the four players in front of him", "the three games remaining", "the six Democratic candidates
// in the Senate": a modifier after the noun defines the set "the N" counts, so the number states its size; bare, "the two leaders"
// points back at things already counted.
// "Of" or "in" defines the set only with a name after it ("the three leaders of the Peoples Democratic Party", "in the Senate"); before
// a common noun it mostly names parts of a thing ("the two sides of the trading relationship", "the two groups in the number").
// ("the eight games worth considering": "worth" sets the measure the set is chosen by.)
// ("the eight states with the most competitive Senate races": a superlative picks the set out.)
const SET_DEFINED_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}\p{L}[\p{L}-]*s\s+(?:(?:of|in)\s+(?:the\s+)?\p{Lu}|(?:for|between|remaining|left|in front of|still|currently|who|worth|with\s+the\s+(?:most|least|fewest|\p{Ll}{2,}est))\b)/u;
// "a list of the eight games", "our ranking of the 10 best films": a list announces how many entries it holds.
const LIST_OF_BEFORE = /\b(?:list|ranking|roundup|round-up|rundown|selection)\s+of\s+the\s$/i;

const CONNECTOR_AFTER = /^[\s-]+(?:(?:headphone|audio|stereo|microphone|mic|headset|aux|analog|analogue)\s+)?(?:jacks?|ports?|sockets?|connectors?|plugs?)\b/i;

// The names of races in swimming and athletics, after an optional word ("individual medley", "freestyle relay").
const RACE_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:freestyle|backstroke|breaststroke|butterfly|medley|IM|relay|dash|hurdles|steeplechase|sprint)\b/iu;

/** True when the words around a number sit inside a quotation of at most four words ("“one country, two systems”"). */
function inShortQuote(before: string, after: string): boolean {
  const open = /[“"]([^“”"]*)$/.exec(before);
  const close = /^([^“”"]*)[”"]/.exec(after);
  // A quotation that opens the sentence or is followed by its speaker is speech, however short: "“Forty-five years of practicing law,” he said".
  // Speech closes on its own punctuation or a comma: "… practicing law,” he said"; a term named then a verb is no speech
  // ('never used the term "three amigos" and added').
  const rest = close ? after.slice(close[0].length) : '';
  if (!open || !close || before.slice(0, open.index).trim() === '' || ((/[,.!?…]\s*$/.test(close[1]!) || /^\s*,/.test(rest)) && /^\s*,?\s*(?:[\p{L}.’'-]+\s+){0,3}(?:said|says|asked|added|told|wrote)\b/u.test(rest))) return false;
  if (before.slice(0, open.index).split(/[“"]/).length % 2 === 0 && before[open.index] === '"') return false; // a straight quote that closes one
  return `${open[1]} x ${close[1]}`.trim().split(/\s+/).length <= 4;
}

/** A number with nothing that says what it measures: no currency, percent, unit, multiplier or hedge. */
function bare(n: NumberMatch): boolean {
  return !n.currency && !n.pct && !n.unit && !n.measure && !n.multiplied && !n.tilde && !n.plus && !n.age;
}

// What makes "pounds" money rather than weight in a sentence that writes no "£".
const MONEY_WORDS = /£|\bsterling\b|\b(?:costs?|costing|paid|pay|pays|paying|price[sd]?|charged?|charges|fined?|fees?|worth|salary|salaries|wages?|earn(?:s|ed|ings)?|spen[dt]|spending|bought|sold|sell|sells|selling|budget|funding|raised?|bet|won|prize|tax|debt|loan)\b/i;

/**
 * "weighs 8.4 pounds", "lose 25 pounds", "grow to 500 pounds": a bare "N pounds" is a weight; it is money with a multiplier
 * ("5 million pounds") on a page that writes British money, with "sterling", or with a money word in the sentence. "Pounds of"
 * a noun that names no money ("of halibut") and a verb of catching or weighing make it a weight even so.
 */
function poundsOfWeight(sentence: string, curword: string | undefined, n: NumberMatch, poundSign: boolean | undefined): boolean {
  if (!curword || !/^pounds?$/i.test(curword)) return false;
  // "29.4 million pounds of halibut", "5 pounds of sugar": "of" and a noun that names no money makes it a weight, whatever the
  // sentence spends; "5 million pounds of funding", "pounds of taxpayers' money" stay money.
  const of = /^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|this\s+|that\s+)?(\p{Ll}[\p{Ll}-]+)((?:\s+\p{Ll}[\p{Ll}’'-]*){0,2})/u.exec(sentence.slice(n.end));
  if (of && !/^(?:it|them|which|these|those|what|whom|this|that|his|her|its|their|our|my|your|a|an|the)$/.test(of[1]!) && !MONEY_NOUNS.test(`${of[1]}${of[2]}`)) return true;
  // "Fishermen caught 29.4 million pounds", "the fish weighed 500 pounds": a verb of catching or weighing measures mass.
  if (/\b(?:caught|catch(?:es|ing)?|landed|harvest(?:s|ed|ing)?|hauled|weigh(?:s|ed|ing)?)\s+(?:\p{Ll}+\s+){0,3}$/iu.test(sentence.slice(0, n.start)) && !/£|\bsterling\b/i.test(sentence)) return true;
  if (n.multiplied && poundSign !== false) return false;
  return !MONEY_WORDS.test(sentence) && !(n.multiplied && /[$€¥]/.test(sentence));
}

// Nouns that money comes "of": "5 million pounds of funding", "of public money", "of taxpayers' cash".
const MONEY_NOUNS = /\b(?:money|cash|funding|funds?|investments?|debts?|revenues?|sales|savings|spending|taxpayers?[’']?|tax(?:es)?|damages|loss(?:es)?|profits?|income|assets|aid|support|contracts?|business|deals?|value|donations?|grants?|bonds?|loans?|credit|capital|budgets?|cuts|costs?|expenditure|compensation|benefits?|wages|pay|bribes?|fraud|shares|stock|equity|financing|subsid\p{Ll}*|bailouts?|fines|penalt(?:y|ies)|winnings|prize|spend|orders?|trade|exports|imports|goods|property|real|claims?|bills?|fees?|rent|premiums?)\b/iu;

// (A word joined by a hyphen is the first part of a compound noun, "one in-person meeting", "one to-do list": no preposition.)
const ONE_NOT_COUNTED = /^\s+(?:similar|particular|best|of|day|days|time|way|thing|hand|side|point|moment|another|more|last|other|such|example|reason|eye|word|step|night|morning|afternoon|evening|week|month|year|bit|or|and|to|in|on|at|for|by|as|is|was|that|who|which|another|too|less|myself|yourself|himself|herself|itself|ourselves|yourselves|themselves)\b(?!-)/i;

// What makes "one" a count of the noun after it: a hedge or a restriction ("only one company", "at least one explanation"), an
// existential ("There was just one problem") or a verb of having or finding with "one" as its object ("she would have one phone
// conversation", "has only found one drawback"), or of winning, buying, selling or owning ("bid on one lot", "won one award", "owns
// one store": the object's number is what was won or owned). A preposition ("in one case", "according to one estimate") or a subject ("One
// user wrote") makes "one" a mere "a certain", no count.
const ONE_COUNTED_BEFORE = /(?:\b(?:including|only|just|with|plus|exactly|at\s+least|maybe|perhaps|barely)|\bthere(?:\s+(?:is|was|will\s+be|would\s+be|has\s+been|had\s+been)|[’']s)(?:\s+(?:only|just))?|\b(?:have|has|had|having|found|finds|contains?|contained)(?:\s+(?:only|just))?|\b(?:won|bought|sold|acquired|bid\s+on|owns|owned)(?:\s+(?:only|just))?)\s+$/i;

/** "including one woman", "with one league game remaining", "only one company", "there will be one exhibition": "one" counting the noun after it. */
function oneCounts(before: string, after: string): boolean {
  if (!/^\s+\p{Ll}/u.test(after) || ONE_NOT_COUNTED.test(after)) return false;
  // "three cosmonauts, two NASA astronauts and one from the European Union", "two of our top charities and one standout charity":
  // "one" closing a list of counts is the last count.
  return ONE_COUNTED_BEFORE.test(before) || (ONE_CLOSES_COUNTS.test(before) && /^\s+(?:from\b|\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?\s*(?:[,.;:(]|$))/u.test(after));
}
// "the key travel is one millimeter", "one kilogram of cocaine", "one degree Celsius": "one" before a unit of measure measures one of
// it (not the units of idioms and pronouns: "one foot in the door", "at one point", "one pound coin", "one stories").
const ONE_MEASURE = /^(?:(?:milli|centi|micro|nano|kilo)?met(?:er|re)s?|(?:milli|kilo)?grams?|miles?|inch(?:es)?|lit(?:er|re)s?|gallons?|ounces?|acres?|hectares?|tonnes?|degrees?(?:\s\S+)?|°[CF]?|kilowatts?|megawatts?|gigawatts?|watts?|gigabytes?|terabytes?|megabytes?|mm|cm|km|kg|GB|TB|MB|mph|calories)$/i;
const ONE_CLOSES_COUNTS = /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?!of\s+(?:the|them)\b)[^.;]{1,80}\band\s+$/i;

// "for a week", "wore it for a year": "for" measures the span of one unit. "A minute of silence", "after a year of delicate
// back-and-forth": one unit filled with a noun (not an idiom's "a day of reckoning", nor a date's "a year of birth").
const ARTICLE_UNIT_OF = /^\s+of\s+(?!reckoning\b|birth\b|judgment\b|judgement\b|the\b|this\b|that\b|his\b|her\b|its\b|their\b|our\b|my\b|your\b)(?:\p{Ll}+\s+)?\p{Ll}[\p{Ll}-]+/u;

/** True when "a"/"an" before a unit of time measures one of it: "for a week", "a minute of silence". */
function articleDuration(before: string, unit: string, after: string): boolean {
  // ("for a second" is an ordinal or a moment: "for a second power pin", "stop for a second")
  if (!/^(?:minute|hour|day|week|month|year|decade|century)$/i.test(unit) || /^\s+time\b/i.test(after)) return false;
  // "farmers now have barely a month to clear their fields": a restriction measures the span ("only a week after" places a time).
  if (/\b(?:barely|only|just|merely)\s+$/i.test(before) && !/^\s+(?:after|before|ago|later|earlier|since|from|into|in|of)\b/i.test(after)) return true;
  return /\bfor\s+$/i.test(before) || ARTICLE_UNIT_OF.test(after);
}

function isYear(n: NumberMatch): boolean {
  return n.bareDigits !== null && /^\d{4}$/.test(n.bareDigits) && n.value >= 1800 && n.value <= 2100 && !n.currency && !n.pct && !n.unit && !n.measure;
}

/**
 * A year before 1800 after a preposition of time that counts nothing after it: "the deck dates from around 1490,", "built in 1250.",
 * "circa 1600". ("from 1200 to 1500 troops" and "in 1500 cases" count.)
 */
function olderYear(n: NumberMatch, before: string, after: string): boolean {
  return yearLike(n) && n.value < 1800 && OLDER_YEAR_BEFORE.test(before) && !COUNTED_AFTER.test(after) && !/^\s*(?:to|or|and|-|–)\s*\d/.test(after);
}

// "scores increased from 1061 to 1128", "the tally rose from 1200 to 1350": a level that changes to another number is no year
// ("ruled from 1061 to 1087" and "moved there in 1200" keep their years).
const LEVEL_CHANGE_FROM = /\b(?:increas|decreas|ris|rose|fell|fall|grew|grow|jump|climb|drop|declin|improv|surg|slipp|slid|soar|plung|shrank|shrink)\w*\s+(?:\p{Ll}+\s+)?from\s+$/iu;
function levelChange(before: string, after: string): boolean {
  return LEVEL_CHANGE_FROM.test(before) && /^\s+to\s+\d/.test(after);
}
const OLDER_YEAR_BEFORE = /\b(?:in|from|since|until|till|circa|c\.|ca\.)\s+(?:(?:around|about|approximately|roughly)\s+)?$/i;

/**
 * A year-shaped number that counts the noun after it: the second end of "between 1500 and 2000 people", "1,000 to 2000
 * marchers", or after a qualifier ("about 2000 people", "more than 1900 jobs"). A lone "in 2000 people …" stays a year.
 */
function countedYearShape(before: string, after: string): boolean {
  if (!COUNTED_AFTER.test(after)) return false;
  const first = BETWEEN_COUNT_BEFORE.exec(before);
  // "From 2010 to 2015 there were": a year to a year is a period.
  if (first) return !/^(?:1[89]\d\d|20\d\d|2100)$/.test(first[1] ?? first[2]!);
  return qualifierBefore(before) !== null && !/\b(?:by|until|till|before|after|since|in)\s+$/i.test(before);
}
// A plural noun right after a long bare number, maybe after one lower-case modifier ("150000 attacks", "14000 Feb. flights" not).
// ("the 46140 has a lot in common": a verb in -s after the number makes it a name.)
const BARE_COUNT_AFTER = /^\s+(?!(?:has|was|is|does|goes|gets|makes|takes|uses|runs|comes|this|its|his|us|as|plus|thus|less|always|perhaps|across|whereas)\b)(?:\p{Ll}[\p{Ll}-]*\s+)?(?!(?:has|was|is|does|this|its|his|us|as|plus|thus|less)\b)(?:\p{Ll}{2,}s|people|men|women|children|staff|personnel)\b/u;
const BETWEEN_COUNT_BEFORE = /(?:\bbetween\s+([\d,.]+)\s+and|([\d,.]+)\s*(?:to|or|-|–))\s*$/i;
// A plural noun (or a people noun) after the number, maybe after one modifier: "2000 people", "1900 new jobs".
const COUNTED_AFTER = /^\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(?:\p{Ll}{2,}s|people|men|women|children|staff|personnel)\b/u;

/** Four bare digits that could be a year of the last millennium ("1250", "1769", "2014"). */
function yearLike(n: NumberMatch): boolean {
  return n.bareDigits !== null && /^\d{4}$/.test(n.bareDigits) && n.value >= 1000 && n.value <= 2100 && !n.currency && !n.pct && !n.unit && !n.measure;
}

function kindOf(n: NumberMatch): FigureKind {
  if (n.currency) return 'money';
  if (n.pct) return 'percent';
  if (n.unit) return 'duration';
  if (n.measure) return 'measure';
  return 'count';
}

const NAME_OF_BEFORE = /\p{Lu}[\p{L}’'-]*\s+of\s+$/u;
const PRONOUN_BEFORE = /(?:^|[^\p{L}])(?:you|we|us|them|they)\s$/iu;

/** True when the number is part of a name: right after a capitalised word or a name noun ("Boeing 787", "S&P 500", "route 66"). */
function afterName(whole: string, n: NumberMatch, text = ''): boolean {
  if (n.currency || n.pct || n.multiplied || n.tilde || n.unit) return false;
  // (every test here reads the words right before the number: the last 120 characters, from a space, spare the regexes a long sentence)
  const before = tailOf(whole, 120);
  if (NAME_NOUNS.test(before) || PLURAL_NAME_NOUNS.test(before)) return true;
  // "Mix two tablespoons", "told CNN three people died": a name writes its number word capitalised ("Formula One", "Ocean's
  // Eleven"); a lower-case number word after a capitalised word counts the noun after it.
  // ("You two look happy": a pronoun and its number name people, no count.)
  if (n.word && /^\p{Ll}/u.test(text)) return PRONOUN_BEFORE.test(before);
  // "the Gang of Four album", "the Class of Ninety-Two reunion": a capitalised number word after a name's "of" ends the name.
  if (n.word && NAME_OF_BEFORE.test(before)) return true;
  const m = /(?:^|[\s(\[“"‘/])([\p{L}&][\p{L}\p{N}&.’'-]*)\s$/u.exec(before);
  if (!m) return false;
  // "Environ 400 Français", "Rund 50 Besucher", "Some 200": a hedge in any language says how many, it names nothing.
  if (qualifierBefore(before) !== null || AGE_SUBJECT_BEFORE.test(before)) return false;
  // "Jupiter’s 79 moons", "VW’s 20.7 cubic foot trunk": a possessor owns the things counted; a model after one ("Boeing’s 787
  // Dreamliner") is caught by MODEL_AFTER.
  if (/\p{L}[’']s$/u.test(m[1]!)) return false;
  const word = m[1]!;
  if (!/^\p{Lu}|^\p{Ll}+\p{Lu}/u.test(word) || NOT_NAME_BEFORE.has(word) || new RegExp(`^${MONTHS}\\.?$`).test(word)) return false;
  return true;
}

export interface FigureOptions {
  /** The sentence before (same paragraph, or the last of the paragraph before): what "It was down 60%" refers to. */
  previous?: string;
  /** The page's language (BCP 47). Continental languages write "2.000" and "1,5"; labels are read for English and German only. */
  language?: string | null;
  /**
   * False when the page writes no British money ("£", "GBP", "sterling") anywhere: a bare "29.4 million pounds" there is a weight
   * unless its sentence spends or prices it. Unset, "N million pounds" stays money.
   */
  poundSign?: boolean;
  /**
   * Numbers the article writes inside a name ("Xbox 360", "Boeing 787"; nameNumbers): the same digits alone later ("your entire
   * 360 library", "the 787 fleet") are that name with its brand left out, not a count.
   */
  names?: ReadonlySet<string>;
  /** True when the page, read in English, groups thousands with dots and writes a decimal comma ("6.500", "3.000ft"; thousandsDot). */
  thousandsDot?: boolean;
}

// A capitalised word and two to four digits after it, not hedged and not counting a plural noun after them: "Xbox 360", "Boeing 787".
// (Three or four digits: a name's small number, "Windows 10", recurs as a count too often. The name stands inside prose, after a
// lower-case word: a title-case headline, "Amazon Cuts 300 Jobs", capitalises its verbs too.)
const NAME_NUMBER_RE = /(?<=(?:^|[\s(])\p{Ll}[\p{L}’']*,?\s)(\p{Lu}[\p{L}&’'-]*)\s([1-9]\d{2,3})(?![\p{L}\d]|[.,:\/-]\d|\s?%|\s\d|\s(?:percent|per cent)\b)/gu;

const NAME_NUMBER_AT = new RegExp(NAME_NUMBER_RE.source, 'uy');

/** The numbers an article writes inside names (see FigureOptions.names). */
export function nameNumbers(text: string): Set<string> {
  const out = new Set<string>();
  // (NAME_NUMBER_RE's look-behind was tried at every position of the text. Its name is the whole word between the space after
  // a lower-case word and the space before the number: the regex is tried, sticky, at that word only.)
  for (const d of text.matchAll(/\s[1-9]\d\d/g)) {
    let start = d.index!;
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    if (start === d.index!) continue;
    NAME_NUMBER_AT.lastIndex = start;
    const m = NAME_NUMBER_AT.exec(text);
    if (!m) continue;
    const word = m[1]!;
    const value = Number(m[2]);
    if (NOT_NAME_BEFORE.has(word) || MONTH_WORD.test(word) || WEEKDAY_WORD.test(word) || currencyFromPrefix(`${word} `) !== undefined || qualifierBefore(`${word} `) !== null || (value >= 1800 && value <= 2100)) continue;
    out.add(m[2]!);
  }
  return out;
}
const OR_SO_NOUN_AFTER = new RegExp(`^\\s+or\\s+so(?=\\s+(?!(?:${DURATION_UNITS.slice(3, -1)})\\b)\\p{Ll}{3,}s\\b)`, 'u');
const TEMPERATURE_UNIT_AFTER = /^\s?([CF])(?![\p{L}\d'’-])/u;
const TEMPERATURE_CONTEXT = /\b(?:temperatures?|degrees|chills?|cold(?:er|est)?|heat|hot(?:ter|test)?|warm(?:er|est)?|freez\p{L}*|frost\p{L}*|thermometers?|highs?|lows?|ovens?|weather|heatwave|Celsius|Fahrenheit)\b|°/iu;
// A minus sign glued to the number after a space, or the word: "-20C", "minus 15 degrees" (not a range's dash, "10-20 degrees").
const BELOW_ZERO_BEFORE = /(?<=(?:^|[\s(]))[-−–]$|\bminus\s$/i;
const DIMENSION_BEFORE = /\d\s?(?:by|x|×)\s?$/;
const DIMENSION_AFTER = /^\s?(?:by|x|×)\s?(?!(?:1[89]|20)\d\d(?![\d,]))\d/;
// ("the notoriously bad 2600 port of Pac-Man" after "Atari 2600": an "of" before a name says which thing the named model holds.)
const SINGULAR_AFTER = /^\s+\p{Ll}[\p{Ll}-]*(?<!s)\b(?!\s+of\s+(?!\p{Lu}))/u;
const WEEKDAY_WORD = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
const MONTH_WORD = new RegExp(`^${MONTHS}\\.?$`);

/**
 * The language to read figures in: the page's declared one, unless its text is plainly English (a page template that says
 * lang="de" around an English article would otherwise read "$60,000" as sixty dollars).
 */
export function figureLanguage(text: string, declared: string | null | undefined): string | null {
  if (declared && /^en\b/i.test(declared)) return declared;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 40) return declared ?? null;
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  if (english / words.length >= 0.08) return 'en';
  if (declared) return declared;
  // A page that declares no language and whose text is plainly not English ("el 1,3% de la superficie", "438 contre 86"): the
  // language whose function words the text uses most, so continental numbers are read as such.
  let best: string | null = null;
  let most = words.length * 0.08;
  for (const [code, lexicon] of CONTINENTAL_FUNCTION_WORDS) {
    const n = words.filter((w) => lexicon.has(w)).length;
    if (n > most) [best, most] = [code, n];
  }
  return best;
}

// Function words of the continental languages that write a decimal comma, each mostly absent from the others' texts.
const CONTINENTAL_FUNCTION_WORDS: [string, ReadonlySet<string>][] = [
  ['es', new Set(['el', 'los', 'las', 'del', 'y', 'en', 'que', 'por', 'con', 'una', 'para', 'es', 'su', 'al', 'como', 'más', 'pero'])],
  ['pt', new Set(['o', 'os', 'as', 'do', 'da', 'dos', 'das', 'e', 'em', 'que', 'por', 'com', 'uma', 'para', 'no', 'na', 'não', 'mais'])],
  ['fr', new Set(['le', 'les', 'des', 'du', 'et', 'en', 'que', 'par', 'avec', 'une', 'pour', 'est', 'dans', 'sur', 'au', 'aux', 'qui', 'pas'])],
  ['it', new Set(['il', 'gli', 'della', 'dei', 'delle', 'e', 'che', 'per', 'con', 'una', 'nel', 'nella', 'è', 'non', 'di', 'sono', 'anche'])],
  ['de', GERMAN_FUNCTION_WORDS],
];

const DECIMAL_COMMA_LANGUAGES = /^(?:de|fr|es|it|nl|pt|pl|sv|da|nb|nn|no|fi|cs|sk|ru|uk|tr|ro|hu|el|id|vi)\b/i;
/** True when a page read in `language` writes a decimal comma ("2,5 Prozent"): its digits are read so already (findFigures). */
export const writesDecimalComma = (language: string | null | undefined): boolean => DECIMAL_COMMA_LANGUAGES.test(language ?? '');
const SCORE_BEFORE = /\b(?:won|win|wins|beat|beats|lost|lose|loses|defeated|drew|tied|score[sd]?|scoreline|led|leads|trailed|vote[sd]?|voting|ruled|ruling|margin|record of|split)\b[^.]{0,20}$/i;
// A plural noun right after "N to M" counts it: "won 10 to 12 seats" (not "was", "this", "plus").
// (A verb of a contest or a vote: "scores increased from 1061 to 1128" measures benchmark scores.)
const TALLY_BEFORE = /\b(?:won|wins|beat|beats|defeated|drew|tied|led|trailed|voted|ruled|split|votes? of)\b[^.]{0,20}$/i;
const TALLY_NOUN_AFTER = /^\s+(?!(?:was|has|this|thus|plus|its|his|as|is|us)\b)\p{Ll}{2,}s\b/u;
const SCORE_AFTER = /^\s*(?:vote|victory|win|loss|defeat|decision|ruling|majority|lead|split|draw|record|margin)\b/i;

type Out = SentenceFigure & { at: number; elliptic?: 'drop' | 'keep' };
// What may follow a count whose noun is left out: punctuation, "others", "of them", or a verb.
// ("sold 61 million phones last year and 100 million this year": a time after the count leaves its noun out too.)
const ELLIPSIS_AFTER = /^(?:\s*(?:[,.;:)!?—–]|$)|\s+(?:this|last|next)\s+(?:year|quarter|month|week|season)\b|\s+in\s+(?:19|20)\d\d\b|\s+(?:others?|more|of\s+(?:them|those|these|whom|which))\b|\s+(?:were|was|are|is|have|had|has|did|do|does|will|would|could|can|may|might|must|should|\p{Ll}+ed)\b)/u;

/** Operators standing alone between spaces, as typeset mathematics writes them (prose writes "2−3", "150+"). */
const FORMULA_OPERATORS = /(?<=\s)[=+−×÷π](?=\s)/g;
/** One of them that prose lists never use as a bullet ("+ Added Slime Block + Added …" is a changelog). */
const FORMULA_OPERATOR = /(?<=\s)[=−×÷π](?=\s)/;
const SHELL_PROMPT = /(?:^|\s)\$ (?:[A-Z_]+=\S*\s+)?(?:cd|ls|rm|echo|git|hg|svn|npm|pip|sudo|make|cat|cp|mv|mkdir|curl|wget|python\d?|node|docker|ssh)\b/;
const PROMO_LINE = /^(?:On\s+\S+\.(?:com|org|net|co\.uk)|Related(?: stories| coverage)?|Read more|Read also|Also read|See also|More|Watch|Listen)\s*:/i;

/**
 * The identity of a figure across an article, so a figure repeated in a later sentence is listed
 * once (ANNOTATING.md): its kind, text and value. Whether two figures of one identity are the same
 * fact is `sameFigure`'s question.
 */
export function figureIdentity(f: Pick<SentenceFigure, 'kind' | 'text' | 'value' | 'currency' | 'unit'>): string {
  // The value, not the wording: "$163 million" and later "$163M", "between 25 and 30" and "25 to 30" are one figure.
  return `${f.kind}|${JSON.stringify(f.value)}|${f.currency ?? ''}|${(f.unit ?? '').toLowerCase().replace(/s$/, '')}`;
}

// (Memoised: the figure pairs of a page weigh the same labels and sentences against each other many times; callers never change the list.)
const LABEL_WORDS = new Map<string, string[]>();
const labelWords = (label: string): string[] => {
  let out = LABEL_WORDS.get(label);
  if (out === undefined) {
    if (LABEL_WORDS.size > 4096) LABEL_WORDS.clear();
    out = label.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length > 2 && !STOP_LABEL.has(w)).map((w) => w.replace(/(?:es|s)$/, ''));
    LABEL_WORDS.set(label, out);
  }
  return out;
};
const STOP_LABEL = new Set(['the', 'and', 'of', 'in', 'on', 'for', 'per']);

/**
 * True when `b` restates figure `a` (same identity): an amount or a share is the same fact wherever it
 * recurs ("$8.8 billion", "1.8%"); a count or measure is the same fact only when it counts the same
 * thing — "30 shots" and "30 teams" are two facts, "30 Boeing jets" and "30 jets" (or, in digits, a
 * mention that names nothing) one.
 */
export function sameFigure(a: Pick<SentenceFigure, 'kind' | 'text' | 'value' | 'label' | 'currency' | 'unit'> & { qualifier?: SentenceFigure['qualifier'] }, b: Pick<SentenceFigure, 'kind' | 'text' | 'value' | 'label' | 'currency' | 'unit'> & { qualifier?: SentenceFigure['qualifier'] }): boolean {
  if (figureIdentity(a) !== figureIdentity(b)) return false;
  if (oneCombined(a.label, b.label)) return false;
  // "10 assists" in one game and later "at least 10 assists" in each of six, "150" and "over 150 samples": a figure hedged otherwise
  // states another fact. (A round amount in millions drops its hedge when restated: "more than 5 million masks", "5 million masks".)
  if ((a.qualifier ?? null) !== (b.qualifier ?? null) && typeof a.value === 'number' && a.value < 1e6) return false;
  // The same value in words and in digits ("twenty minutes", "20 minutes") restates a fact only when it names the same thing.
  if (!/\d/.test(b.text)) return sameThing(a.label, b.label);
  // Written another way ("7 days a week", "a 7-day trial"), a count, measure, share or span is the same fact only when both name one thing;
  // an amount restated ("$4k", "$4,000") mostly names its thing again in other words.
  if (a.text.toLowerCase() !== b.text.toLowerCase() && a.kind !== 'money' && a.kind !== 'range' && !(a.label && b.label && labelWords(a.label).some((w) => labelWords(b.label!).includes(w)))) return false;
  // An amount or a share restated names its thing again, mostly in other words; it is another fact only when both name
  // things and those share no word ("a deficit of nearly $1 trillion", "spending $1 trillion on infrastructure").
  // A number in words is mostly small and recurs for different things ("three titles", "three spells"): its label must agree.
  if (!/\d/.test(a.text)) return sameThing(a.label, b.label);
  if (!a.label || !b.label) return true;
  // "England appearances" and "France appearances", "30 Boeing jets" and "30 Airbus jets": different names, different facts.
  const nameOf = (l: string): string | undefined => /^(?:\p{Lu}[\p{L}&.’'-]*\s)+/u.exec(`${l} `)?.[0].trim();
  const na = nameOf(a.label);
  const nb = nameOf(b.label);
  if (na && nb && na !== nb) return false;
  const wa = labelWords(a.label);
  const wb = new Set(labelWords(b.label));
  return wa.length === 0 || wb.size === 0 || wa.some((w) => wb.has(w));
}

/**
 * Whether two labels of a number in words name one thing: the same words, or the same head noun with one label's words all in the
 * other, two words at least ("its third public hearing" and later "its third public impeachment hearings"; not "three titles" and
 * "three spells", nor "two goals" and "Anthony Duclair goals").
 */
function sameThing(a: string | null | undefined, b: string | null | undefined): boolean {
  if ((a ?? '').toLowerCase() === (b ?? '').toLowerCase()) return true;
  if (!a || !b) return false;
  const [wa, wb] = [labelWords(a), labelWords(b)];
  if (!wa.length || !wb.length || wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  // (one word is too little to tell: "two goals" and later "Anthony Duclair had two goals" are two players' goals)
  const [short, long] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  return short.length >= 2 && short.every((w) => long.has(w));
}

// "Revenue fell to $1.69 billion" and later "Analysts had expected revenue of $1.69 billion": a figure that analysts expected,
// forecast or estimated is another fact than the figure reported, though the numbers agree (ANNOTATING.md: the same number for
// another thing is listed again). The expectation word stands in the figure's clause before it.
const EXPECTATION_BEFORE = /\b(?:expect(?:s|ed|ing)?|expectations?|forecasts?|forecasted|forecasting|predict(?:s|ed|ing)?|predictions?|projected|projections?|estimated|estimates?|consensus|anticipated|polled|surveyed)\b[^,;:.!?()—–]*$/i;

const HEDGING_EXPECTATION = /\b(?:estimated|expected|projected|anticipated)\s+$/i;

/** True when the sentence gives the figure as an expectation or forecast ("analysts expected revenue of $1.69 billion"). */
export function expectedFigure(sentence: string, text: string): boolean {
  const at = sentence.indexOf(text);
  const before = sentence.slice(Math.max(0, at - 80), at);
  // ("an estimated 5,000 people", "an expected 2 million visitors": right before the number the word hedges it, the qualifier's job;
  // a later "5,000 people" restates it.)
  return at > 0 && EXPECTATION_BEFORE.test(before) && !HEDGING_EXPECTATION.test(before);
}

// "operated in 13 markets" and later "the 13 combined markets the two companies serve": a count said to be "combined" (or "joint",
// "together") adds up several owners' things; the same number without it counts one owner's, another fact.
const COMBINED = /\b(?:combined|joint|together)\b/i;
function oneCombined(a: string | null | undefined, b: string | null | undefined): boolean {
  return COMBINED.test(a ?? '') !== COMBINED.test(b ?? '');
}

/**
 * True when `b`, in digits, restates the count `a` counted a few paragraphs before under another name, or (`fromLead`, `a` in the
 * article's first paragraph) restates a span of the lead in the same words: "bringing the total to 14
 * firms" and then "The 14 companies currently in the program" (ANNOTATING.md: one mention per repeated figure). A count of ten or
 * more (in plain digits, with the same hedge) that recurs so near is the same fact in other words ("20 teams have booked their
 * spots" … "join the field of 20"); far apart, or small, the same number mostly counts other things.
 */
export function nearRestatement(a: Pick<SentenceFigure, 'kind' | 'text' | 'value' | 'label' | 'qualifier'>, b: Pick<SentenceFigure, 'kind' | 'text' | 'value' | 'label' | 'qualifier'>, paragraphs: number, fromLead = false, sentences?: { a: string; b: string }): boolean {
  // A standfirst restated by the body: "spent four years tending plants" in the lead and "over four years" two paragraphs on, "Over
  // more than two months, they told…" and "interviews conducted over more than two months". A span worded alike, hedge and all, just
  // after the lead is the lead's span.
  if (fromLead && paragraphs <= NEAR_PARAGRAPHS / 2 && a.kind === 'duration' && b.kind === 'duration' && a.text.toLowerCase() === b.text.toLowerCase() && a.qualifier === b.qualifier) return true;
  // "Hazelnut: 10 catkin/cones" and "Oak: 10 very small twigs": two counts that name different things are two facts. Another name
  // for the same things points back at them ("The 14 companies", "the field of 20") or stands in the other sentence ("unbeaten
  // streak to 15" and "extend their unbeaten streak to 15 games").
  if (a.label && b.label && sentences && !labelWords(a.label).some((w) => labelWords(b.label!).includes(w))) {
    const bBefore = sentences.b.slice(0, Math.max(0, sentences.b.indexOf(b.text)));
    const inA = new Set(labelWords(sentences.a));
    const inB = new Set(labelWords(sentences.b));
    if (!POINTS_BACK_BEFORE.test(bBefore) && !labelWords(a.label).some((w) => inB.has(w)) && !labelWords(b.label).some((w) => inA.has(w))) return false;
  }
  return paragraphs <= NEAR_PARAGRAPHS && !oneCombined(a.label, b.label) && a.kind === 'count' && b.kind === 'count' && typeof a.value === 'number' && a.value === b.value && a.value >= 10 && Number.isInteger(a.value)
    && COUNT_DIGITS.test(a.text) && COUNT_DIGITS.test(b.text) && a.qualifier === b.qualifier && a.label !== 'age' && b.label !== 'age';
}
const POINTS_BACK_BEFORE = /\b(?:the|these|those|all|its|their|his|her|our|of)\s+$/i;
/**
 * True when `b` points back at the figure `a` stated earlier in the article: a demonstrative right before the number ("nearly 150
 * Indians returned home" … "These 150 Indians had violated their visa norms"), or "the" before a count of ten or more or before an
 * amount ("bringing the total to 14 firms" … "The 14 companies currently in the program", "$53 million a week" … "the $53
 * million figure McKinley cited"). A restatement drops or changes the hedge and may stand far from the first mention; it is listed
 * once (ANNOTATING.md). A small count after "the" ("two goals" … "the two teams") mostly counts something new, and an age or a
 * figure the sentence contrasts ("the same 10", "the other 12", "the first 20") is not pointed back at.
 */
export function pointsBack(a: Pick<SentenceFigure, 'kind' | 'text' | 'value' | 'label' | 'currency' | 'unit'>, b: Pick<SentenceFigure, 'kind' | 'text' | 'value' | 'label' | 'currency' | 'unit'>, sentenceB: string): boolean {
  if (figureIdentity(a) !== figureIdentity(b) || a.label === 'age' || b.label === 'age' || oneCombined(a.label, b.label)) return false;
  if (typeof b.value !== 'number' || a.kind === 'version' || a.kind === 'range') return false;
  // "a $99 Logitech MX Master 3 mouse" and later "the $99 Logitech MX Keys keyboard": one price of two named things.
  const nameOf = (l: string | null): string | undefined => (l ? /^(?:\p{Lu}[\p{L}\d&.’'-]*\s)+/u.exec(`${l} `)?.[0].trim() : undefined);
  const [na, nb] = [nameOf(a.label), nameOf(b.label)];
  if (na && nb && na !== nb) return false;
  const at = sentenceB.indexOf(b.text);
  if (at < 0) return false;
  const before = sentenceB.slice(Math.max(0, at - 24), at);
  if (DEMONSTRATIVE_BEFORE.test(before)) return true;
  // "a baseline of 38 dBa of ambient noise" … "in the same 38 dBA room", "in that 38 dBa office environment": a measure in its unit
  // pointed at again is the one measured.
  if (b.kind === 'measure' && MEASURE_POINTED_BEFORE.test(before) && /\d/.test(a.text) && /\d/.test(b.text)) return true;
  if (!THE_BEFORE.test(before)) return false;
  return (b.kind === 'money' || (b.kind === 'count' && b.value >= 10)) && /\d/.test(a.text) && /\d/.test(b.text);
}
const DEMONSTRATIVE_BEFORE = /(?:^|[^\p{L}])(?:these|those)\s+$/iu;
const THE_BEFORE = /(?:^|[^\p{L}])the\s+$/iu;
const MEASURE_POINTED_BEFORE = /(?:^|[^\p{L}])(?:that|this|the\s+same)\s+$/iu;

const COUNT_DIGITS = /^\d{1,3}(?:,\d{3})*$|^\d+$/;
// How far apart (in paragraphs) a restated count may stand: a story's section, where one count recurs as one fact.
const NEAR_PARAGRAPHS = 6;

/** Returns the figures stated in one sentence, in reading order. */
export function findFigures(sentence: string, opts: FigureOptions = {}): SentenceFigure[] {
  const lang = (opts.language ?? 'en').toLowerCase();
  const decimalComma = writesDecimalComma(lang);
  // (A page in English words that writes its digits the continental way, "6.500 Redirects", "3.000ft": see thousandsDot.)
  const continentalDigits = decimalComma || opts.thousandsDot === true;
  const numberRe = decimalComma ? NUMBER_RE_DECIMAL_COMMA : continentalDigits ? NUMBER_RE_THOUSANDS_DOT : NUMBER_RE;
  const english = lang.startsWith('en');
  const label = (start: number, end: number, kind: LabelKind): string | null =>
    english ? labelFigure(sentence, start, end, kind, 'both', opts.previous) : foreignLabel(sentence, start, end, kind, lang);
  // A promoted link ("On HoustonChronicle.com: Car sales plunge …", "READ MORE: …") is page furniture, not the article's statement;
  // a line drawn with box characters is a table or a terminal dump, not prose.
  // A formula ("∑ k = 1 n a k b k ≤ …", "3 x − 1 + ( 1 + x ) 2") counts nothing.
  // A shell transcript ("$ hg clone public alice … 2 files updated, 0 files merged") prints a program's output, no statement.
  if (SHELL_PROMPT.test(sentence)) return [];
  // "Tolivert 25 points.", "Rockledge 14 11 6 15 — 44": a box score's tallies follow a name without a verb (stat-lines.ts).
  const stats = statLineFigures(sentence, opts.previous);
  if (stats) return stats;
  if (PROMO_LINE.test(sentence) || /[\u2500-\u257f]/.test(sentence) || (sentence.match(/[=≤≥∑∏∇∂→⋅∞±]/g)?.length ?? 0) >= 2 || FORMULA_OPERATOR.test(sentence) && (sentence.match(FORMULA_OPERATORS)?.length ?? 0) >= 2) return [];
  // "four (4) size options", "five (5) years": a contract's style writes a number in words and repeats it in digits; the figure is
  // listed once, in words, and counts the noun after the brackets (blanked so positions and evidence stay the sentence's).
  if (sentence.includes('(')) sentence = sentence.replace(WORD_THEN_DIGITS, (all, word: string, digits: string) => (parseNumber(word) === Number(digits) ? word + ' '.repeat(all.length - word.length) : all));
  const out: Out[] = [];
  let work = sentence;

  // (every version holds a digit: a sentence without one is not searched)
  for (const m of /\d/.test(sentence) ? sentence.matchAll(VERSION_RE) : []) {
    // "a 5.0-liter V8 engine", "the V8 JavaScript engine", "Kerberos V5": a capital V before bare digits names an engine layout or a
    // product; a bare version is written "v2".
    // "isolate-0x1-v8.log": a version glued into a file name or identifier is part of it.
    if (m[2] !== undefined && (m[0].startsWith('V') || /[-_./]$/.test(sentence.slice(0, m.index)))) continue;
    // "features coming in Windows Phone 8.1 and the Windows 8.1 update", "OS X 10.10": an operating system's release number is part
    // of the product's name (ANNOTATING.md: "Windows 10"), unless the text calls it a version ("iOS version 11.2").
    if (m[1] === undefined && m[5] === undefined && OS_NAME_BEFORE.test(sentence.slice(0, m.index))) continue;
    if (m[5] !== undefined && !/(?:^|\s)(?:\p{Lu}|\p{Ll}\p{Lu})[\p{L}\d]*\s$/u.test(sentence.slice(0, m.index))) continue;
    // ("Chrome version 39": a whole number the text calls a product's version is one; not "from version 1 to version 2".)
    const v = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!;
    // "Ruby 1.9.2+", "version 2.1 or later", "at least 1.8.7": a floor on the release a thing needs.
    const floor = /^(?:\+|\s+or\s+(?:later|higher|newer|above|greater)\b)/i.exec(sentence.slice(m.index + m[0].length));
    const qualifier: Qualifier | null = floor ? 'at least' : qualifierBefore(sentence.slice(0, m.index));
    const text = floor && floor[0] === '+' ? `${m[0]}+` : m[0];
    out.push({ at: m.index, text, kind: 'version', value: v, approx: qualifier !== null, qualifier, label: versionLabel(sentence, m.index, m.index + text.length) });
    work = blank(work, { start: m.index, end: m.index + text.length });
  }
  for (const f of wordQuantities(sentence, label)) {
    out.push(f);
    work = blank(work, { start: f.at, end: f.at + f.text.length });
  }
  work = masked(work);

  const matches: { m: NumberMatch; text: string; glued: boolean }[] = [];
  numberRe.lastIndex = 0;
  for (let m = numberRe.exec(work); m; m = numberRe.exec(work)) {
    if (m[0].trim() === '') {
      numberRe.lastIndex++;
      continue;
    }
    const n = readMatch(m, continentalDigits);
    if (!n) continue;
    // Portuguese "dos" is "of the" ("um dos maiores"), Spanish "dos" two.
    if (decimalComma && /^pt/.test(lang) && /^dos$/i.test(m.groups?.['num'] ?? '')) continue;
    // "the installation consists of 1.000 led lights", "mehr als 40.000 Besucher": a text read as English that writes a continental
    // thousands separator; a decimal with three zeros before a plural noun (or a German capitalised one) counts no thousandths.
    if (!continentalDigits && bare(n) && /^\d{1,3}\.000$/.test(m.groups?.['num'] ?? '') && /^\s+(?:(?:\p{Ll}+\s+)?\p{Ll}+s\b|\p{Lu}\p{Ll}{2,}(?![\p{L}\d]))/u.test(work.slice(n.end))) {
      n.value *= 1000;
    }
    if (poundsOfWeight(sentence, m.groups?.['curword'], n, opts.poundSign)) {
      n.currency = undefined;
      n.measure = 'pounds';
    }
    // "a 10-pound bag", "a 300-pound manhole cover": a pound compounded before a noun weighs it; "a 10-pound note" is money.
    if (n.measure === 'pound' || n.measure === 'pounds') {
      if (/^\s+(?:\p{Ll}+\s+)?(?:notes?|coins?|fines?|fees?|tickets?|bills?|vouchers?|prizes?|bets?|payments?|charges?|donations?|deposits?|tips?)\b/u.test(sentence.slice(n.end))) {
        n.measure = undefined;
        n.currency = 'GBP';
      } else n.measure = 'pounds';
    }
    // "a 34\" curved display", "70\" Element 4K HDTV", "22\" long": an inch mark outside a quotation is a unit.
    if (!n.currency && !n.pct && !n.unit && !n.measure && !n.multiplied && !n.word && /^\d{1,3}(?:\.\d+)?$/.test(m.groups?.['num'] ?? '') && /^["″]\s+[\p{L}\d]/u.test(work.slice(n.end)) && ((sentence.slice(0, m.index).match(/(?<!\d)"/g)?.length ?? 0) % 2 === 0 || work[n.end] === '″')) {
      n.measure = 'inches';
      n.end += 1;
      n.bareDigits = null;
    }
    // "one of four century-old schooners": a unit compounded with "-old" after a space describes the noun; the number counts it.
    if (n.unit && /^-old\b/.test(work.slice(n.end)) && /\s\p{L}+$/u.test(m[0])) {
      // The span was read in years ("four century" as 400): the number counts the noun as written.
      if (n.unit === 'years') n.value = tidy(n.value / (/^decade/i.test(m.groups?.['unit'] ?? '') ? 10 : /^centur/i.test(m.groups?.['unit'] ?? '') ? 100 : 1));
      n.unit = undefined;
      n.end = m.index + m[0].replace(/\s\p{L}+$/u, '').length;
    }
    // "Temperatures fell to -20C", "chills of -20 C", "highs of 35C": a C or F after a number is a temperature where the sentence
    // speaks of heat or cold ("30 C-suite hires" is none); "-20" and "minus 15 degrees" are below zero.
    const degree = bare(n) && !n.word ? TEMPERATURE_UNIT_AFTER.exec(work.slice(n.end)) : null;
    if (degree && TEMPERATURE_CONTEXT.test(sentence)) {
      n.measure = `°${degree[1]}`;
      n.end += degree[0].length;
      n.bareDigits = null;
    }
    if (n.measure && /^(?:°[CF]?|degrees?\b.*)$/i.test(n.measure)) {
      const sign = BELOW_ZERO_BEFORE.exec(sentence.slice(0, m.index));
      if (sign) {
        n.value = -n.value;
        n.start -= sign[0].length;
      }
    }
    // "a good five or so superheroes": "or so" hedges the number as "~" does, and the noun it counts comes after it.
    const orSo = bare(n) ? OR_SO_NOUN_AFTER.exec(work.slice(n.end)) : null;
    if (orSo) {
      n.end += orSo[0].length;
      n.tilde = true;
    }
    const prev = work[m.index - 1] ?? ' ';
    const next = work[n.end] ?? ' ';
    // Digits glued to letters or to dots/slashes belong to something else (A320, 3.5.1, 1/2).
    if (/[\p{L}\d.\/]/u.test(prev) && !m.groups?.['cur'] && !m.groups?.['tilde']) continue;
    if (/[\p{L}\d]/u.test(next) || (next === '.' && /\d/.test(work[n.end + 1] ?? '')) || (next === '/' && /\d/.test(work[n.end + 1] ?? ''))) continue;
    // "a week", "an hour", "$5 a pound": an article, not a quantity. "For a week", "a minute of silence", "a year of talks" measure
    // a time ("for a second time", "a day of reckoning" name none); "about a pound", "nearly a mile": a hedged unit is one of it.
    // "a fraction of a percent", "a tenth of a percent": a part of one percent, no percent.
    if (/^an?$/i.test(m.groups?.['num'] ?? '') && n.pct && /\bof\s+$/i.test(sentence.slice(0, m.index))) continue;
    if (/^an?$/i.test(m.groups?.['num'] ?? '') && !n.multiplied && !n.pct && !(n.currency && m.groups?.['cur']) && !((n.unit || (n.measure && /^(?:pounds?|ounces?|miles?|inch(?:es)?|foot|feet|yards?|tons?|tonnes?|gallons?|kilograms?|kilomet(?:er|re)s?|met(?:er|re)s?|lit(?:er|re)s?)$/i.test(n.measure))) && (qualifierBefore(sentence.slice(0, m.index)) !== null || (/^(?:decade|centur)/i.test(m.groups?.['unit'] ?? '') && /\b(?:within|for|over|during)\s+$/i.test(sentence.slice(0, m.index))) || articleDuration(sentence.slice(0, m.index), m.groups?.['unit'] ?? '', sentence.slice(n.end))))) continue;
    // "one" counts only compounded ("a one-game suspension") or in a count ("including one woman", "with one game left");
    // alone it is mostly a pronoun or a name ("phase one", "one of the biggest", "one day").
    if (/^one$/i.test(m.groups?.['num'] ?? '') && !n.multiplied && !n.pct && !n.currency && !n.unit && !(n.measure && ONE_MEASURE.test(n.measure)) && work[n.end] !== '-' && !oneCounts(sentence.slice(0, m.index), sentence.slice(n.end)) && !/^\s+or\s+(?:two|2)\b/i.test(sentence.slice(n.end))) continue;
    // "blow up half a city", "a cup and a half of honey", "a half-insane cyborg": a half with no unit, multiplier or currency is a
    // share of one thing or part of another number, no count ("half a million", "half a gram", "half a percentage point" keep theirs).
    if (/^(?:a half|half an?)$/i.test(m.groups?.['num'] ?? '') && bare(n)) continue;
    // Five digits or more without a separator are identifiers, datelines or timestamps, not amounts ("20194").
    // ("faced 150000 attacks per second", "dropped 14000 flights": up to seven digits, no leading zero, before a plural noun count it.)
    if (n.bareDigits && n.bareDigits.length >= 5 && !n.currency && !n.pct && !n.unit && !n.measure && !(/^[1-9]\d{4,6}$/.test(n.bareDigits) && BARE_COUNT_AFTER.test(sentence.slice(n.end)) && !/\b(?:no|id|code|zip|ref|case|order|ticket|account|phone)\.?\s+$/iu.test(sentence.slice(0, m.index)))) continue;
    if ((isYear(n) && !countedYearShape(sentence.slice(0, m.index), sentence.slice(n.end))) || olderYear(n, sentence.slice(0, m.index), sentence.slice(n.end)) || notAQuantity(sentence, m.index, n, m.groups?.['num'] ?? '', m.groups?.['sp'] ?? '')) continue;
    // A hyphen glued on the left ("787-9", "1-1"): only the second end of a range may start so.
    const glued = prev === '-' && /[\p{L}\d]/u.test(work[m.index - 2] ?? ' ');
    const text = sentence.slice(n.start, n.end).replace(/\s+$/, '');
    matches.push({ m: n, text, glued });
  }

  for (let i = 0; i < matches.length; i++) {
    const cur = matches[i]!;
    const nxt = matches[i + 1];
    const between = nxt ? work.slice(cur.m.end, nxt.m.start) : '';
    const before = sentence.slice(0, cur.m.start);
    const isBetween = nxt && /^\s+and\s+$/i.test(between) && BETWEEN.test(before);
    const tightDash = nxt && /^[-–]$/.test(between);
    // "rose from 10 to 20" is a change, not a range; a dash, "between … and" or "from … to" is a range.
    // (a typeset minus sign joins a range too, never a score: "по 16−18 см")
    const isDash = nxt && (/^\s?(?:-|–|—|−)\s?$|^-to-$/.test(between) || (/^\s+(?:to|through)\s+$/.test(between) && !CHANGE_BEFORE.test(before) && !CHANGE_EARLIER.test(before)));
    // "four or five buyers", "$50 or $100", "80 or 90 percent": two rising values joined by "or" give the bounds of one estimate
    // (ANNOTATING.md conventions: a range); ", or" restates a figure in another unit (inheritLabels).
    // "at three or four a.m." reads the clock.
    const isOr = nxt && /^\s+or\s+$/.test(between) && cur.m.value < nxt.m.value && !cur.glued && !/^\s*(?:[ap]\.?m\b|o[’']clock\b)/i.test(sentence.slice(nxt.m.end));
    // "The Senate voted 52 to 48", "beat the Celtics 112 to 107", "voted 13 to 9 along party lines": a tally or a score written
    // with "to" (as "won 24-17" with a dash) is no quantity; "won 10 to 12 seats" counts the seats after it.
    if (nxt && /^\s+to\s+$/.test(between) && bare(cur.m) && bare(nxt.m) && !cur.glued && (TALLY_BEFORE.test(before) || SCORE_AFTER.test(sentence.slice(nxt.m.end))) && !TALLY_NOUN_AFTER.test(sentence.slice(nxt.m.end))) {
      i++;
      continue;
    }
    // "lasted 11 hours and 20 minutes", "took 4 minutes, 15 seconds": a span written in two units is one duration, in the larger unit
    // (as "a year and a half" is 1.5 years); the smaller part is a remainder under one larger unit ("7 days and 24 hours" is not).
    const per = nxt && cur.m.unit && nxt.m.unit && !cur.glued ? SUBUNITS[`${cur.m.unit}>${nxt.m.unit}`] : undefined;
    if (per && nxt && bare({ ...cur.m, unit: undefined }) && bare({ ...nxt.m, unit: undefined }) && nxt.m.value < per && /^(?:\s+and|,)\s+$/.test(between) && qualifierBefore(sentence.slice(0, nxt.m.start)) === null) {
      const fig = single(sentence, before, cur.m, cur.text, label, opts.names);
      if (fig) out.push({ ...fig, text: sentence.slice(cur.m.start, nxt.m.end).replace(/\s+$/, ''), value: tidy(cur.m.value + nxt.m.value / per) });
      i++;
      continue;
    }
    if (nxt && (isBetween || isDash || isOr)) {
      // "won 24-17", "a 3-1 vote", "Boeing 737-800": scores and model numbers, not ranges.
      if (tightDash && (SCORE_BEFORE.test(before) || SCORE_AFTER.test(sentence.slice(nxt.m.end)) || afterName(before, cur.m) || !compatible(cur.m, nxt.m))) {
        i++;
        continue;
      }
      // "Sometime between 1250 and 1300, Polynesians settled": two years that count no noun after them span a period, not a quantity.
      if (yearLike(cur.m) && yearLike(nxt.m) && !/^\s+\p{Ll}/u.test(sentence.slice(nxt.m.end))) {
        i++;
        continue;
      }
      // "games worth $2,407 to 61 million users": a sum, then "to" and a number counting its own plural noun, are a gift and whom it
      // went to, no range of money ("$10 to 20 million in fines" keeps one).
      const moneyToCount = cur.m.currency !== undefined && !nxt.m.currency && /^\s+to\s+$/.test(between) && COUNTED_AFTER.test(sentence.slice(nxt.m.end));
      if (compatible(cur.m, nxt.m) && !moneyToCount && !afterName(before, cur.m, cur.text)) {
        const range = rangeFigure(sentence, before, cur.m, nxt.m, nxt.text, !!isBetween, label);
        // "At 4-7, including 2-6 in the AFC", "the Eagles (6-5, 3-4)": two bare numbers joined by a dash that name nothing are a
        // win-loss record or a score (SPEC: not figures), not a range of something.
        // "parrying one or two and blocking the rest": an estimate in words whose noun is left out names nothing.
        // ("killing 30,000–40,000 Māori": thousands are no record.)
        if (!((tightDash || (isOr && nxt.m.word)) && range.label === null && bare(cur.m) && bare(nxt.m) && nxt.m.value < 1000)) out.push(range);
        i++;
        continue;
      }
    }
    if (cur.glued) continue;
    // "rose from 40 to 50 percent", "climbed from 12 to 15%": the earlier value of a change written before the percent it reached
    // is a percent too, not a count.
    if (nxt && nxt.m.pct && bare(cur.m) && !cur.m.word && /^\s+to\s+$|^\s?[-–]\s?$/.test(between) && /\bfrom\s+$/i.test(before)) cur.m.pct = true;
    // "up from 220 to 226ppi", "cut from 10 to 5 years": so is a measure's or a span's, in the unit it reached.
    if (nxt && (nxt.m.measure || nxt.m.unit) && !nxt.m.currency && bare(cur.m) && !cur.m.word && /^\s+to\s+$/.test(between) && /\bfrom\s+$/i.test(before)) {
      cur.m.measure = nxt.m.measure;
      cur.m.unit = nxt.m.unit;
    }
    const fig = single(sentence, before, cur.m, cur.text, label, opts.names);
    if (fig) out.push(fig);
  }
  return inheritLabels(sentence, out.sort((a, b) => a.at - b.at))
    .filter((f) => f.elliptic !== 'drop' || f.label !== null)
    .map((f) => rated(sentence, f))
    .map((f) => overDuring(sentence, f))
    .map(({ at: _at, elliptic: _e, ...f }) => f);
}

// What makes "over" before a length of time "more than": a verb or preposition the length measures ("for over a decade", "took over
// three hours", "in over two years"), a word after it that dates or ages ("over 10 years ago", "over a year old"), or nothing before it.
const OVER_MORE_BEFORE = /(?:^|[,;:(—–]\s*|\b(?:for|in|within|of|after|than|took|takes|take|taking|lasted|lasts|last|lasting|spent|spend|spends|spending|waited|wait|waits|been|be|is|was|are|were|served|serving|lived|worked|run|ran|runs|running)\s+)over\s+$/i;
const OVER_SPREAD = /(?:\d[\d,.]*%?|\b(?:thousand|million|billion|trillion|percent))(?:\s+[\p{L}\d’',.-]+){0,4}\s+over\s+$|(?:^|\s)\p{Ll}{3,}ed\s+over\s+$/u;
const OVER_MORE_AFTER = /^\s*(?:ago|old|later|earlier|long|before|after|since|now|of)\b/i;

/**
 * "cut $5.1 trillion over 10 years", "stole $4 million from 1,200 investors over a decade", "testified over three days": "over" before a
 * length of time after what a clause did spreads it across the time ("during"); the length is as written, no "more than".
 */
function overDuring(sentence: string, f: Out): Out {
  if (f.kind !== 'duration' || f.qualifier !== 'more than') return f;
  const before = sentence.slice(0, f.at);
  if (!/(?:^|\s)over\s+$/i.test(before) || OVER_MORE_BEFORE.test(before) || OVER_MORE_AFTER.test(sentence.slice(f.at + f.text.length))) return f;
  // Only after an amount and its object ("$5.1 trillion over", "$4 million from 1,200 investors over") or a verb in the past ("testified
  // over"): "has over 10 years of experience", "with over a decade" keep "more than".
  if (!OVER_SPREAD.test(before)) return f;
  return { ...f, qualifier: null, approx: false };
}

// Units of length: one of them per unit of time is a speed ("60 miles per hour").
const RATE_NOUN = /\b(?:speeds?|rates?|pace|frequency|throughput|bandwidth|velocity|cadence|output|flow)\b/i;
const DISTANCE_UNIT = /^(?:miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|m|feet|foot|ft|yards?|inch(?:es)?|mi|light-years?)$/i;

/**
 * A count or a measure followed by what it is per is a rate (review rev2 F1): "600 words per minute" is a measure in words per
 * minute, not 600 words; "3 goals a game", "150,000 times per second", "4 million gallons of water a day", "60 miles per hour".
 * The label keeps the rate ("words per minute", "water per day"; a distance per unit of time is a speed). Money ("$15 an hour")
 * and shares are labelled per unit where they are read (figure-labels.ts); a span ("60 hours a week") stays a span.
 */
function rated(sentence: string, f: Out): Out {
  if ((f.kind !== 'count' && f.kind !== 'measure') || f.label === 'age' || typeof f.value !== 'number') return f;
  const rate = rateAfter(sentence.slice(f.at + f.text.length));
  if (!rate) return f;
  // The noun counted: the words before the rate, or the figure's own noun ("three times", "60 miles").
  const own = /\s([\p{L}-]+)$/u.exec(f.text)?.[1] ?? null;
  const head = f.kind === 'measure' ? f.unit ?? null : rate.head && !rate.words.startsWith('of') ? rate.head : own;
  if (!head || (f.kind === 'count' && rate.words === '' && !own)) return f;
  const per = `per ${rate.per}`;
  const unit = `${head} ${per}`;
  // ("900 word-per-minute reading": the compound the labeller took is the rate, written apart.)
  if (rate.compound && f.label?.includes(rate.compound)) return { ...f, kind: 'measure', unit, label: f.label === rate.compound ? unit : f.label.replace(rate.compound, unit) };
  const speed = f.kind === 'measure' && DISTANCE_UNIT.test(head) && /^(?:second|minute|hour|day)$/.test(rate.per);
  // ("a write speed of 2890 megabytes per second", "a frame rate of 60 frames per second": a label naming a rate already keeps it.)
  if (f.label && (RATE_NOUN.test(f.label) || new RegExp(`\\b(?:per|an?|each|every)\\s+${rate.per}\\b`, 'i').test(f.label))) return { ...f, kind: 'measure', unit };
  // ("4 million gallons of water a day": what the measure is of names it.)
  const what = (f.kind === 'measure' && rate.words.replace(/^of\s+/, '')) || head;
  const label = speed ? (f.label ? `${f.label} speed` : 'speed') : `${f.label ?? what} ${per}`;
  return { ...f, kind: 'measure', unit, label };
}

// Words between two figures that make the second another statement of the first: "fell 102.2 points, or 0.36%",
// "190 kilometers (118 miles)", "1.786%, down from 1.808%", "$39,014, up from $38,373 a year ago and from $34,410".
const RESTATES = /^(?:-\p{L}+)?\s*(?:,?\s*or|\()\s*(?:about|roughly|nearly|some|around|almost)?\s*$/iu;
const PREVIOUS_VALUE = /^[^.;:]{0,30}?\b(?:from|compared (?:with|to)|versus|vs\.?|against)\s+(?:the\s+)?(?:((?:previous|prior|earlier|initial|original)\s+(?:\p{L}+\s+){0,2})of\s+)?(?:up\s+|down\s+)?(?:about\s+|around\s+|roughly\s+)?$/iu;
// "fell to $12.3 million, or 12 cents per share, from $13.2 million": after an amount per share the "from" amount is the earlier
// value of the total before it (labelled in figure-labels.ts), not of the per-share amount.
const PER_SHARE_BETWEEN = /^\s*(?:per|a|an)\s+(?:diluted\s+|basic\s+|adjusted\s+)?share\b/i;
// "sold 303,417 new vehicles, up 4 percent": the change of what the figure before counts.
const MOVE_AFTER = /^(?:\s+[\p{L}-]+){0,4}\s*,\s*(up|down|off)\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?$/iu;

/** A figure that restates the one before it (a conversion, an "or", the value it moved from) names the same thing. */
function inheritLabels(sentence: string, out: Out[]): Out[] {
  out.forEach((cur, i) => {
    if (!cur.elliptic) return;
    // "Gallinari added 25 points, and Noel had 15": a count of points, goals or yards is a measure in this grammar.
    const antecedent = out.slice(0, i).reverse().find((f) => (f.kind === 'count' || (f.kind === 'measure' && f.label === f.unit)) && f.label && !f.elliptic && f.label !== 'age' && !/^times\b/.test(f.label));
    // What befell the antecedent is its own ("Two people died, and 200 others may have been exposed"): the noun alone is inherited.
    cur.label = antecedent?.label?.replace(/(?<=\S)\s+\p{Ll}+(?:ed|en)$|(?<=\S)\s+(?:hurt|held|hit|shot|left|lost|sold|seen|found|made|built|paid|kept|laid|cut|taken)$/u, '') ?? null;
  });
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const cur = out[i]!;
    if (!prev.label || prev.kind === 'version') continue;
    const between = sentence.slice(prev.at + prev.text.length, cur.at);
    if (RESTATES.test(between)) {
      if (between.includes('(') || cur.label === null) cur.label = prev.label;
    } else if (PREVIOUS_VALUE.test(between) && cur.kind === prev.kind && !/\d/.test(between) && !PER_SHARE_BETWEEN.test(between)) {
      // "down from previous guidance of 2.3 percent": the earlier value of the same thing, or what the sentence calls it.
      const named = PREVIOUS_VALUE.exec(between)![1]?.trim();
      cur.label = named ?? prev.label;
    } else if (MOVE_AFTER.test(between) && cur.label === null && cur.kind === 'percent' && prev.kind !== 'percent') {
      cur.label = `${prev.label} ${/^up$/i.test(MOVE_AFTER.exec(between)![1]!) ? 'rise' : 'fall'}`;
    }
  }
  return out;
}

const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };
// "its third case", "his sixth goal of the season", "the Lakers’ fifth straight victory", "a 6th fatality": an ordinal after a
// possessor counts the instances of its noun so far. After "the" an ordinal mostly ranks or places ("the fourth Star Trek film",
// "the second stop", "the second article in a series"): a rank is no quantity (SPEC "Fact sheet"). It counts only when the
// sentence says what the instances are counted by: a record so far ("the third Beijing resident to contract the disease") or a
// period ("the third botched launch in two years"); see THE_ORDINAL_COUNTS. An indefinite article makes a word ordinal mean
// "another" ("a second person briefed"), so only a digit ordinal may follow it.
// A cheap guard first: most sentences hold no ordinal.
const ORDINAL_WORD = /second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d(?:st|nd|rd|th)/iu;
const ORDINAL_NOUN_RE = /(?:\b(?:the|its|his|her|their|our|your|my)|\p{Lu}[\p{L}.-]*[’'](?:s\b)?|\b(an?)(?=\s+\d))\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,3}(?:st|nd|rd|th))\b(?![-\u2011])/giu;
// What makes "the Nth <noun>" a count of instances: an infinitive after the noun ("the seventh EV to use the platform") or a
// period the instances are counted over ("the third botched launch of a Russian spacecraft in two years", "this season", "so far").
const THE_ORDINAL_COUNTS = /^(?:\s+to\s+(?!(?:the|a|an|its|his|her|their|our|this|that|be)\b)\p{Ll}+|[^.;:,]{0,60}?\b(?:(?:in|within|over|during)\s+(?:the\s+(?:past|last|previous)\s+)?(?:[\p{L}\d-]+\s+)?(?:years?|months?|weeks?|days?|decades?|seasons?)|this\s+(?:year|season|month|week|decade|century)|so\s+far|on\s+record|in\s+history|ever)\b)/iu;
// Nouns an ordinal ranks or places rather than counts: parts of a game or a year, times and periods, positions, floors and
// grades, turns of a competition, superlatives ("the 19th freest"), idioms ("the third party", "a second chance", "the second
// person") and the nouns that number the parts of an argument ("the second thing you need", "the second step").
const ORDINAL_NOT_COUNTED = /^(?:years?|seasons?|days?|weeks?|months?|hours?|minutes?|seconds?|nights?|weekends?|decades?|centur(?:y|ies)|millenni(?:um|a)|quarters?|halfs?|halves|periods?|innings?|rounds?|readings?|sets?|legs?|stages?|phases?|terms?|generations?|editions?|anniversar(?:y|ies)|birthdays?|places?|positions?|seeds?|spots?|picks?|ranks?|floors?|grades?|levels?|tiers?|class(?:es)?|rows?|lanes?|holes?|parties|party|person|world|estate|hand|nature|thoughts?|opinions?|guess|chance|string|language|wave|coming|wife|husband|son|daughter|child|cousin|percentiles?|most(?:-\p{L}+)?|least(?:-\p{L}+)?|best|worst|straight|consecutive|successive|running|time|times|one|ones|thing|step|method|reason|point|option|way|part|question|issue|problem|aspect|factor|category|type|kind|example|paragraph|sentence|line|page|chapter|section|item|rule|principle|test|lesson|takeaway)$/iu;
// "England (Group A): 10th appearance", "Wales: Second appearance": a list entry that gives a name its ordinal counts that name's
// instances, as a possessor would ("England's 10th appearance"); the entry is the whole sentence.
const ENTRY_ORDINAL_RE = /^(\p{Lu}[^:]{0,60}):\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,3}(?:st|nd|rd|th))\s+(\p{Ll}[\p{Ll}-]*)\s*[.!]?\s*$/iu;
// A list entry that gives a name a count or an ordinal of something: "Finland (Group J): Zero appearances", "England: 10th appearance".
const ENTRY_RE = new RegExp(`^\\p{Lu}[^:]{0,60}:\\s+(?:${WORD_NUMBER}|\\d[\\d,.]*|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,3}(?:st|nd|rd|th))\\s+\\p{Ll}[\\p{Ll}-]*\\s*[.!]?\\s*$`, 'iu');

/** True when a line too short to be prose is a list entry stating a count of a name's things ("England (Group A): 10th appearance"). */
export function isCountEntry(line: string): boolean {
  return ENTRY_RE.test(line);
}
// A short line without end punctuation that reads as a statement (a bullet, a key-facts box, a sentence-case subheading): a
// lower-case verb form after its first word ("Respawn sold 840mb of day-one patches", "13 deaths reported", "Two updated iPad
// models", "Reading app clocks 600 words per minute"), most words in lower case. Not a listicle heading ("Five things we learned",
// "10 ways to save money", "The 10 best phones"), nor page furniture ("5 min read", "Updated 3 hours ago", "12 comments",
// "View all 35 photos", "Page 2 of 5", "This article is more than 2 years old", "Subscribe for $1 a week").
const STATEMENT_VERB = /^(?:\p{Ll}[\p{Ll}-]*(?:ed|[^suiy's]s)|has|had|have|is|are|was|were|will|would|could|can|may|might|sold|won|lost|hit|cut|rose|fell|grew|got|made|set|paid|put|took|gave|spent|saw|left|ran|shut|beat|led|bought|kept|met|sent|shot|struck|broke|drew|drove|flew|froze|gets|tops?|sees?|says|said)$/u;
const LISTICLE = new RegExp(`^(?:the\\s+)?(?:\\d+|${WORD_NUMBER})\\s+(?:(?:best|worst|greatest|biggest|top|key|essential|great|surprising|simple|easy|quick|new|big|must-\\p{L}+|more|other)\\b|(?:[\\p{L}-]+\\s+){0,2}?\\p{L}+s\\s+(?:we|you|I|to|that|for|from|of|about|every|everyone|which|who|worth|you[’']ll|we[’']ve|you[’']ve)\\b)`, 'iu');
const FURNITURE_LINE = /^(?:updated|posted|published|last|view|see|read|watch|show|load|click|share|page|photo|image|slide|step|part|chapter|episode|season|round|day|vol|no|figure|table|comments?)\b|\b(?:min(?:ute)?s?\s+read|ago|comments?|replies|views|followers|subscribers|likes|retweets|(?:photos|images|slides|videos)(?!\s+\p{Ll})|of\s+\d+|(?:this|the)\s+(?:article|story|post|page|video)|reading\s+time|newsletters?|subscribe|subscription|free\s+trial)\b/iu;

// A product's spec bullet that states a share of improvement: "Over 30% larger display", "Up to 2x faster performance", "40 percent
// brighter screen" — a comparative after the share says what grew.
const SPEC_LINE = /^(?:(?:over|up\s+to|nearly|almost|about|around|more\s+than|at\s+least)\s+)?\d+(?:\.\d+)?\s?(?:%|percent|x)\s+(?:larger|bigger|faster|brighter|thinner|lighter|longer|smaller|higher|lower|louder|quieter|better|more|less)\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}\s*$/iu;

/** True when a short line is a spec bullet stating a share of improvement ("Over 30% larger display"). */
export function isSpecLine(line: string): boolean {
  return SPEC_LINE.test(line);
}

/** True when a line too short and unpunctuated for prose still states a fact (see STATEMENT_VERB). */
export function isStatementLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  const lettered = words.filter((w) => /\p{L}/u.test(w));
  // (A table's row, "Revenue | 2.3 | rose", is read by its columns.)
  if (words.length < 3 || lettered.length < 2 || line.includes(' | ') || !/\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)\b/i.test(line)) return false;
  if (lettered.filter((w) => /^\p{Ll}/u.test(w)).length * 2 <= lettered.length || LISTICLE.test(line) || FURNITURE_LINE.test(line)) return false;
  return words.slice(1).some((w) => STATEMENT_VERB.test(w.replace(/[,;:]+$/, '')));
}

/** True when every number of a short line stands again in the paragraph after it: the line is that paragraph's heading. */
export function headsNext(line: string, next: string | undefined): boolean {
  const numbers = line.match(/\d[\d,.]*\d|\d/g) ?? [];
  return next !== undefined && numbers.length > 0 && numbers.every((n) => new RegExp(`(?<![\\d.,])${n.replace(/[.]/g, '\\.')}(?![\\d]|[.,]\\d)`).test(next));
}

// "more than half of", "about half the": a share written in words.
// "About half came out this year", "nearly half said": a hedged half as the subject of a verb is a share of things just named.
const HAS_HALF = /half/iu;
const HALF_RE = /(?<![\p{L}-])half(?=\s+(?:of|the|its|their|his|her|our|all)\b)|(?<=\b(?:about|nearly|almost|roughly|around|more than|less than|fewer than|over|under)\s)half(?=\s+(?:[a-z]+ed|are|were|is|was|have|had|has|will|would|say|said|came|went|saw|got|made|did|do|does)\b)/giu;
// "a seventh straight session", "the fourth consecutive month", "the fourth time": an ordinal that counts repetitions.
const ORDINAL_RE = /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))(?:\s+(straight|consecutive|successive|running)\s+(\p{L}+)|\s+(time)\b)/giu;
// "twice", "four times" (not "at times", "three times as many"); "weeklong", "hourlong".
// "three times a week", "four times this month": a rate or a period after the count of repetitions, not a multiple of an amount.
const TIMES_RE = new RegExp(`\\b(?:(twice)(?![-\u2011](?:yearly|weekly|monthly|daily|annual|annually|nightly|hourly)\\b)|(${WORD_NUMBER}|(?<![\\d,.])\\d{1,3}) times)\\b(?!\\s+(?:\\p{L}+er|as|more|less|the|that|over|a|an|what|its|their|his|her|your|our|my|this|that)\\b(?<!\\s(?:a|an|this)\\b(?=\\s+(?:day|week|month|year|season|decade|night|morning|game|quarter|century)\\b)))`, 'giu');
const THINK_TWICE_BEFORE = /\b(?:think|thinks|thinking|thought)\s+$/i;
const ONCE_RE = /\b(just|only|at least|more than|exactly)\s+once\b(?!\s+(?:again|more|the|a|an|it|he|she|they|we|you|i)\b)/giu;
// ("weighs a pound and a half", "a mile and a half from the coast": a unit of measure and a half of it too.)
const UNIT_AND_HALF_RE = /\b(?:an?|one)\s(second|minute|hour|day|week|month|year|pound|ounce|mile|inch|foot|yard|ton|tonne|gallon|kilo|kilogram|kilomet(?:er|re)|met(?:er|re)|lit(?:er|re))\sand\sa\shalf\b/giu;
const HALF_MEASURE_PLURAL: Record<string, string> = { inch: 'inches', foot: 'feet' };
const POINT_FRACTION_RE = /\b(?:a|one)\s(quarter|half)(?:\sof\sa)?[\s-](?:percentage[\s-])?point\b(?!s)/giu;
const LONG_RE = /(?<![-\p{L}\d])(hour|day|week|month|year)-?long\b/giu;
// "2.5 times greater than", "six times the value of", "twice as much water", "double the number in 2017", "more than double its
// production": a multiple of another quantity (TIMES_RE leaves these out: they count no repetitions). "three times as many fans"
// stays out (figures.test.ts): the count it multiplies is the fact.
const MULTIPLE_RE = new RegExp(`\\b(?:(twice)|(double|triple)|((?<![\\d,.])(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)|${WORD_NUMBER})(?:\\s(hundred|thousand|million|billion|trillion))? times)(?=\\s+(?:as\\s+(?!many\\b)\\p{Ll}+\\b|(?:the|its|their|his|her|our|what|that|this|these|those)\\b(?!\\s+(?:next|following|same|previous|last|first|second|other|day|week|month|year|season|game|night|morning|afternoon|evening)\\b)|(?:greater|higher|larger|bigger|faster|lower|smaller|more|less|cheaper|stronger)\\b))`, 'giu');
// "Multi-core performance has effectively doubled", "cases have more than tripled in a month": a thing grown to a multiple of itself
// (as "more than double its production"). Not the idioms ("doubled down", "doubled over", "doubles as"), nor a change the clause
// also states in numbers ("Sales doubled to $4 million": that amount is the figure).
const MULTIPLIED_RE = /(?<!\b(?:a|an|the)\s)\b(doubled|tripled|trebled|quadrupled)\b(?!\s+(?:down|up|over|back|as)\b)(?![^.;:!?—–]*\d)/giu;
const MULTIPLIED_VALUE: Record<string, number> = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4 };
const COMPARATIVE_NOUN = /^\s+(?:greater|higher|larger|bigger|faster|lower|smaller|cheaper|stronger)\s+(?!than\b)\p{Ll}{3,}/u;
// "over the last decade", "in the past quarter-century", "nearly a quarter century", "A quarter-of-a-century after the Berlin Wall
// fell": a span named without a digit.
const SPAN_RE = /(?<=\b(?:in|over|during|throughout|for|within)\s)the\s(?:past|last|previous|next|coming)\s(?:(quarter|half)[- ])?(decade|century)\b|\ba\s(quarter|half)(?:[- ]of[- ]a)?[- ](century)\b/giu;

// "eight out of ten companies", "nine in 10 Americans", "one in 100": a part of ten or a hundred states a share (ANNOTATING.md:
// a percent), not two counts.
const SHARE_RE = new RegExp(`(?<![\\p{L}\\d.,])(${DIGITS}|${WORD_NUMBER})(?:\\s+|-)(?:out(?:\\s+|-)of|in)(?:\\s+|-)(?:every\\s+)?(10|ten|100|a hundred|one hundred)\\b(?![.,]?\\d|\\s*%|\\s+(?:percent|per cent|seconds?|minutes?|hours?|days?|weeks?|months?|years?|times|cases)\\b)`, 'giu');

// "one in four Americans", "nearly 1 in 5 adults", "two out of three voters", "one in five jobs", "one in 12 children", "1 in 1,000
// births", "one in every four adults", "two-in-five workers": a part of a whole of a population states a share too (ANNOTATING.md: a percent), not a count of the whole ("five jobs"). What
// follows is the population (a plural noun, maybe after one modifier), the odds of a "chance", or nothing after "one in N" ("up from
// one in 12 a decade ago"). Not a span ("two in three years" counts what happened over three years; SHARE_RE's units), and not
// the occasions of a tally after its verb ("scored two in three games": two goals over three games). A whole above nine is read
// after "in" only: "14 out of 20 games" is a record (wholeOfPart).
const SHARE_WHOLE = '(?:two|three|four|five|six|seven|eight|nine|eleven|twelve|fifteen|twenty|fifty|a thousand|a million|[2-9](?![\\d,.])|(?!10\\b|100\\b)\\d{2,3}(?![\\d,.])|\\d{1,3}(?:,\\d{3})+(?![\\d,.]))';
const SMALL_SHARE_RE = new RegExp(`(?<![\\p{L}\\d.,])(one|two|three|four|five|six|seven|eight|nine|[1-9])(?:\\s+|-)(out(?:\\s+|-)of|in)(?:\\s+|-)(?:every\\s+)?(${SHARE_WHOLE})(?=(?:\\s+(?:(?:\\p{Ll}[\\p{Ll}-]+|U\\.S\\.)\\s+)??(\\p{Lu}\\p{Ll}+(?:ans|ians|ers|ons|ese)|\\p{Ll}{2,}s|people|men|women|children|staff|personnel|chance|odds|risk|CEOs)\\b)|(?<=\\b(?:one|1)[\\s-]in[\\s-](?:every\\s+)?\\S+)(?:\\s*[,.;:)—–]|\\s*$|\\s+(?:a|an|the|in|of|at|among|across|nationwide|worldwide|globally|overall|now|last|this|before|ago)\\b))`, 'giu');
// The population right after a share of ten or a hundred ("One out of every 10 dollars goes").
const SHARE_NOUN_AFTER = /^\s+(?:\p{Ll}[\p{Ll}-]+\s+)??(\p{Lu}\p{Ll}+(?:ans|ians|ers|ons|ese)|\p{Ll}{2,}s|people|men|women|children)\b/u;
/** A share's label ends on its population: "One in five jobs depends on tourism" → "jobs", the verb after agreeing with "one". */
function shareLabel(read: string | null, noun: string | undefined): string | null {
  const words = noun && read ? read.split(' ') : [];
  return words.includes(noun!) ? words.slice(0, words.indexOf(noun!) + 1).join(' ') : read;
}
// The spans and occasions no share is taken of (see SMALL_SHARE_RE).
const SHARE_SPAN_NOUN = /^(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|times|cases|percent)$/i;
const SHARE_OCCASION_NOUN = /^(?:games|matches|starts|outings|appearances|races|meetings|fixtures|contests|innings|seasons|tournaments|events|attempts|tries|shots|attacks|raids|strikes|incidents|visits|trips|sessions|rounds|tests|elections|polls)$/i;
// A verb right before the part makes its noun the verb's object left out ("scored two in three games").
const TALLY_VERB_BEFORE = /(?:^|[^\p{L}])(?:\p{Ll}+ed|won|lost|had|has|have|hit|got|made|scored|took|kept|shot|beat|killed|netted|saw|wins|loses|takes|makes|scores|kills)\s+$/u;

// "a woman in her 80s", "women in their mid-50s": a decade of a person's life is an age (ANNOTATING.md lists "in her 80s" as the
// range 80–89 and "mid-50s" as 55; "early" and "late" say no figure an editor would agree on).
const AGE_DECADE_RE = /\b(?:his|her|their|my|your|our)\s+(?:(mid)[- ]?)?([1-9]0)s\b/giu;

// "for the seventh year in a row", "has won three in a row": a run of repetitions, counted by an ordinal and its noun or by a
// cardinal whose noun is left out (with its noun, "three games in a row" is read as a count of games).
const IN_A_ROW_RE = new RegExp(`\\b(?:(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,3}(?:st|nd|rd|th))\\s+(\\p{Ll}+)|(${WORD_NUMBER}|\\d{1,3}))\\s+in\\s+a\\s+row\\b`, 'giu');

// "a year or two", "an hour or two": one or two of a unit, a range.
const UNIT_OR_TWO_RE = /\b(?:an?|one)\s(minute|hour|day|week|month|year|decade)\sor\stwo\b(?!\s+(?:of\s+(?:the|them|those|these)|\p{Ll}+s)\b)/giu;
// "une quinzaine de ressortissants", "una docena de casos", "una ventina di persone": a round number of the Romance languages, about that many.
const ROUND_NOUNS: Record<string, number> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100,
  decena: 10, docena: 12, quincena: 15, veintena: 20, treintena: 30, centena: 100, decina: 10, dozzina: 12, quindicina: 15, ventina: 20, trentina: 30, centinaio: 100,
};
const FRENCH_MINUTES: Record<string, string> = { minutes: 'minutes', secondes: 'seconds' };
const ROUND_NOUN_RE = new RegExp(`\\b(?:une|una|un)\\s+(${Object.keys(ROUND_NOUNS).join('|')})\\s+d(?:e\\s|['’]|i\\s)`, 'giu');

const CORES: Record<string, number> = { dual: 2, quad: 4, hexa: 6, octa: 8 };
const CORES_RE = /\b(dual|quad|hexa|octa)-core\b/giu;

/** Quantities written without a number the digit grammar reads: "more than half of", "twice", "four times", "a seventh straight session", "weeklong". */
function wordQuantities(sentence: string, label: (s: number, e: number, k: LabelKind) => string | null): Out[] {
  const out: Out[] = [];
  if (/\bin a row\b/i.test(sentence)) {
    for (const m of sentence.matchAll(IN_A_ROW_RE)) {
      const raw = (m[1] ?? m[3])!.toLowerCase();
      const value = m[1] ? ORDINALS[raw] ?? Number.parseInt(raw, 10) : parseNumber(raw);
      // ("a second time in a row" is read with the other "Nth time"s)
      if (value === null || !Number.isFinite(value) || value < 2 || m[2]?.toLowerCase() === 'time') continue;
      const text = m[1] ? m[0] : m[3]!;
      out.push({ at: m.index, text, kind: 'count', value, approx: false, qualifier: null, label: m[2] ? `${m[2].toLowerCase()}s in a row` : 'in a row' });
    }
  }
  if (/0s\b/.test(sentence)) {
    for (const m of sentence.matchAll(AGE_DECADE_RE)) {
      // "saving since his 20s", "from their 30s on": a decade of life after a preposition of time dates a period, it states no age.
      if (/\b(?:since|from|until|till|through|throughout)\s+$/i.test(sentence.slice(0, m.index))) continue;
      const decade = Number(m[2]);
      const at = m.index + m[0].length - (m[1] ? m[0].length - m[0].search(/mid/i) : m[2]!.length + 1);
      const text = sentence.slice(at, m.index + m[0].length);
      out.push(m[1] ? { at, text, kind: 'count', value: decade + 5, approx: false, qualifier: null, label: 'age' } : { at, text, kind: 'range', value: { from: decade, to: decade + 9 }, approx: false, qualifier: null, label: 'age' });
    }
  }
  if (/ or two\b/i.test(sentence)) {
    for (const m of sentence.matchAll(UNIT_OR_TWO_RE)) {
      const qualifier = qualifierBefore(sentence.slice(0, m.index));
      out.push({ at: m.index, text: m[0], kind: 'range', value: { from: 1, to: 2 }, unit: `${m[1]!.toLowerCase()}s`, approx: qualifier !== null, qualifier, label: label(m.index, m.index + m[0].length, 'duration') });
    }
  }
  if (/\bun[ea]?\s/i.test(sentence)) {
    for (const m of sentence.matchAll(ROUND_NOUN_RE)) {
      const text = m[0].replace(/\s+d(?:e|i)?\s*['’]?\s*$/iu, '');
      const noun = /^\s*(\p{Ll}[\p{Ll}’'-]{2,})/u.exec(sentence.slice(m.index + m[0].length))?.[1] ?? null;
      const value = ROUND_NOUNS[m[1]!.toLowerCase()]!;
      // "une cinquantaine de minutes": a round number of a unit of time is a span.
      const unit = noun ? FOREIGN_DURATION[noun.toLowerCase()] ?? FRENCH_MINUTES[noun.toLowerCase()] : undefined;
      out.push(unit ? { at: m.index, text, kind: 'duration', value, unit, approx: true, qualifier: 'about', label: null } : { at: m.index, text, kind: 'count', value, approx: true, qualifier: 'about', label: noun });
    }
  }
  if (/[ -](?:out[ -]of|in)[ -](?:every )?(?:[a-z]+|\d)/i.test(sentence)) {
    for (const m of sentence.matchAll(SMALL_SHARE_RE)) {
      const part = parseNumber(m[1]!);
      const whole = /^a\s/i.test(m[3]!) ? (/thousand/i.test(m[3]!) ? 1000 : 1e6) : parseNumber(m[3]!);
      if (part === null || whole === null || part >= whole) continue;
      if (whole > 9 && /^out/i.test(m[2]!)) continue;
      const noun = m[4];
      if (noun && SHARE_SPAN_NOUN.test(noun)) continue;
      if (noun && SHARE_OCCASION_NOUN.test(noun) && TALLY_VERB_BEFORE.test(sentence.slice(0, m.index)) && qualifierBefore(sentence.slice(0, m.index)) === null) continue;
      const qualifier = qualifierBefore(sentence.slice(0, m.index));
      out.push({ at: m.index, text: m[0], kind: 'percent', value: Math.round((part / whole) * 1000) / 10, unit: '%', approx: qualifier !== null, qualifier, label: shareLabel(label(m.index, m.index + m[0].length, 'percent'), noun) });
    }
  }
  // "a quad-core ARM CPU", "dual-core chips": the cores of a processor.
  if (/-core\b/i.test(sentence)) {
    for (const m of sentence.matchAll(CORES_RE)) out.push({ at: m.index, text: m[0], kind: 'count', value: CORES[m[1]!.toLowerCase()]!, approx: false, qualifier: null, label: 'cores' });
  }
  if (/\b(?:out[ -]of|in)[ -](?:every )?(?:10|ten|100|a hundred|one hundred)\b/i.test(sentence)) {
    for (const m of sentence.matchAll(SHARE_RE)) {
      const part = parseNumber(m[1]!);
      const whole = /^(?:10|ten)$/i.test(m[2]!) ? 10 : 100;
      if (part === null || part > whole || /^an?$/i.test(m[1]!)) continue;
      const qualifier = qualifierBefore(sentence.slice(0, m.index));
      const noun = SHARE_NOUN_AFTER.exec(sentence.slice(m.index + m[0].length))?.[1];
      out.push({ at: m.index, text: m[0], kind: 'percent', value: tidy((part / whole) * 100), unit: '%', approx: qualifier !== null, qualifier, label: shareLabel(label(m.index, m.index + m[0].length, 'percent'), noun) });
    }
  }
  // (Both of HALF_RE's look-behinds were tried at every position: only sentences holding "half" are read.)
  for (const m of HAS_HALF.test(sentence) ? sentence.matchAll(HALF_RE) : []) {
    const before = sentence.slice(0, m.index);
    if (/\b(?:first|second|latter|other|back|the|a|one|and|upper|lower|top|bottom|same|front|rear|left|right|northern|southern|eastern|western)\s+$/i.test(before)) continue;
    const qualifier = qualifierBefore(before);
    out.push({ at: m.index, text: m[0], kind: 'percent', value: 50, unit: '%', approx: qualifier !== null, qualifier, label: label(m.index, m.index + m[0].length, 'percent') });
  }
  for (const m of ORDINAL_WORD.test(sentence) ? sentence.matchAll(ORDINAL_RE) : []) {
    const raw = m[1]!.toLowerCase();
    const value = ORDINALS[raw] ?? Number.parseInt(raw, 10);
    if (!Number.isFinite(value) || value < 2) continue;
    // "would not declare martial law a second time", "asked a third time": after an indefinite article a word ordinal means
    // "another" (as in ORDINAL_NOUN_RE), "a second time" is "again", no tally ("for the fourth time", "a seventh straight session", "a second time in a row" count).
    if (m[4] && ORDINALS[raw] !== undefined && /(?:^|[^\p{L}])an?\s+$/iu.test(sentence.slice(0, m.index)) && !/^\s+in\s+a\s+row\b/i.test(sentence.slice(m.index + m[0].length))) continue;
    const text = m[0];
    // "the fourth time I have been deported", "the second time it was delayed": what happened that many times.
    // ("would not declare martial law a second time": the clause before says it when nothing after does)
    const done = m[4] ? /^\s+(?:that\s+)?(?:[\p{L}’'-]+\s+){0,2}(?:(?:has|have|had|was|were|is|are)\s+)?(?:been\s+)?(\p{Ll}+ed)\b/u.exec(sentence.slice(m.index + text.length))?.[1] ?? repeatedActivity(sentence.slice(0, m.index)) : undefined;
    out.push({ at: m.index, text, kind: 'count', value, approx: false, qualifier: null, label: m[4] ? (done ? `times ${done}` : 'times') : `${m[2]!.toLowerCase()} ${m[3]!.toLowerCase()}` });
  }
  for (const m of ORDINAL_WORD.test(sentence) ? sentence.matchAll(ORDINAL_NOUN_RE) : []) {
    const raw = m[2]!.toLowerCase();
    const at = m.index + m[0].length - m[2]!.length;
    if (out.some((f) => f.at === at)) continue;
    const value = ORDINALS[raw] ?? Number.parseInt(raw, 10);
    // "the Second Amendment": a capitalised ordinal is part of a name.
    if (!Number.isFinite(value) || value < 2 || (m[1] && !/^\d/.test(raw)) || m[2] !== raw) continue;
    // "Today's second hearing", "Sunday's third round": a day before the ordinal places the event in that day's order, it owns no
    // instances to count.
    if (/^(?:To(?:day|night|morrow)|Yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[’']/i.test(m[0])) continue;
    // "the third 90-day extension": a measure compounded before the noun describes it.
    const rest = sentence.slice(at + m[2]!.length).replace(/^\s+\d[\d.,]*-\p{L}+(?=\s)/u, '');
    const acronym = /^\s+(\p{Lu}{2,5}s?)\b(?!\s+\p{Lu})/u.exec(rest)?.[1];
    const phrase = acronym ?? nounPhraseAfter(rest);
    const words = phrase?.split(' ') ?? [];
    // A superlative before the noun ranks it: "the 19th freest media", "the third biggest city".
    if (!phrase || words.some((w) => ORDINAL_NOT_COUNTED.test(w)) || (words.length > 1 && /est$/.test(words[0]!))) continue;
    // The text runs to the head noun, unless a measure sits inside it: that one is a figure of its own.
    const head = words[words.length - 1]!;
    const headEnd = sentence.indexOf(head, at + m[2]!.length) + head.length;
    if (/^the\s/i.test(m[0]) && !THE_ORDINAL_COUNTS.test(sentence.slice(headEnd))) continue;
    const span = sentence.slice(at, headEnd);
    out.push({ at, text: /\d/.test(span.slice(m[2]!.length)) ? m[2]! : span, kind: 'count', value, approx: false, qualifier: null, label: phrase });
  }
  const entry = ENTRY_ORDINAL_RE.exec(sentence);
  if (entry && !ORDINAL_NOT_COUNTED.test(entry[3]!) && !out.some((f) => f.at === sentence.lastIndexOf(entry[2]!))) {
    const raw = entry[2]!.toLowerCase();
    const value = ORDINALS[raw] ?? Number.parseInt(raw, 10);
    const at = sentence.lastIndexOf(entry[2]!);
    const name = entry[1]!.replace(/\s*\(.*$/, '').trim();
    if (Number.isFinite(value) && value >= 2) out.push({ at, text: sentence.slice(at).replace(/[\s.!]+$/, ''), kind: 'count', value, approx: false, qualifier: null, label: `${name} ${entry[3]!}` });
  }
  for (const m of /twice|times/iu.test(sentence) ? sentence.matchAll(TIMES_RE) : []) {
    const before = sentence.slice(0, m.index);
    if (/\b(?:at|many|several|some|few|how|all|other|those|these|the|by|and)\s+$/i.test(before) || (!m[1] && /^(?:a|an|one)$/i.test(m[2]!))) continue;
    // "make consumers think twice", "didn't think twice about it": the idiom means to hesitate, it counts no two thoughts.
    if (m[1] && THINK_TWICE_BEFORE.test(before)) continue;
    const value = m[1] ? 2 : parseNumber(m[2]!);
    if (value === null) continue;
    // "scored three times", "won the title twice", "visited Paris four times": the verb and its object say what was done.
    const verb = repeatedActivity(before) ?? /(\p{Ll}+ed)\s+$/u.exec(before)?.[1] ?? /^\s+(\p{Ll}+ed)\b/u.exec(sentence.slice(m.index + m[0].length))?.[1];
    const qualifier = qualifierBefore(before);
    // ("trades at 13 times forward earnings": a valuation multiple, no repetition.)
    const valuation = m[2] ? valuationMultiple(sentence.slice(m.index + m[0].length)) : null;
    out.push({ at: m.index, text: m[0], kind: 'count', value, approx: qualifier !== null, qualifier, label: valuation ?? (verb ? `times ${verb}` : 'times') });
  }
  // "scored just once", "at least once": one time.
  for (const m of sentence.matchAll(ONCE_RE)) {
    const at = m.index + m[0].length - 4;
    const before = sentence.slice(0, at);
    const verb = repeatedActivity(before.slice(0, before.length - m[1]!.length - 1)) ?? /(\p{Ll}+ed)\s+(?:\p{Ll}+\s+)?$/u.exec(before.slice(0, before.length - m[1]!.length - 1))?.[1];
    const qualifier = qualifierBefore(before);
    out.push({ at, text: 'once', kind: 'count', value: 1, approx: qualifier !== null, qualifier, label: verb ? `times ${verb}` : 'times' });
  }
  // Cheap guards first: most sentences hold no multiple and no span of decades.
  const multiples = /twice|double|triple|times/i.test(sentence) ? sentence.matchAll(MULTIPLE_RE) : [];
  const spans = /decade|centur/i.test(sentence) ? sentence.matchAll(SPAN_RE) : [];
  for (const m of multiples) {
    const before = sentence.slice(0, m.index);
    // "a double the size", "the triple the …": an article before the word makes it no multiple; "double" must follow a hedge
    // or a verb's place, not a noun's ("a double room").
    // "pods that would double as cabins": the verb "double as" is "serve as".
    // "plans to double its headcount": the verb tells a plan, the figure is the headcount; hedged ("more than double its
    // production") it states the multiple itself.
    const qualifier = qualifierBefore(before);
    // "a 2.5 times greater risk": a numeral multiple compared before a noun stays one after an article.
    if ((/\b(?:an?|the)\s+$/i.test(before) && !(m[3] && /^\d/.test(m[3]) && COMPARATIVE_NOUN.test(sentence.slice(m.index + m[0].length)))) || (m[3] && /^(?:an?|one)$/i.test(m[3])) || (m[2] && /^\s+(?:as|its|their|his|her|our)\b/i.test(sentence.slice(m.index + m[0].length)) && (qualifier === null || /^\s+as\b/i.test(sentence.slice(m.index + m[0].length))))) continue;
    // ("1 million times faster": a multiple in millions is one number, no count of a million things.)
    const base = m[1] ? 2 : m[2] ? (m[2].toLowerCase() === 'double' ? 2 : 3) : parseNumber(m[3]!);
    const value = base === null ? null : tidy(base * multiplierOf(m[4]));
    if (value === null || out.some((f) => f.at === m.index)) continue;
    // "2.5 times greater than widgets and about 10 times higher than in-ad units": a multiple coordinated with another
    // multiplies the same thing.
    const previous = /\b(?:and|or)\s+(?:\p{Ll}+\s+){0,2}$/u.test(before) ? out.findLast((f) => f.unit === 'times' && f.label !== null) : undefined;
    out.push({ at: m.index, text: m[0], kind: 'measure', value, unit: 'times', approx: qualifier !== null, qualifier, label: label(m.index, m.index + m[0].length, 'multiple') ?? previous?.label ?? null });
  }
  for (const m of /(?:doubl|tripl|trebl|quadrupl)ed/i.test(sentence) ? sentence.matchAll(MULTIPLIED_RE) : []) {
    if (out.some((f) => f.at === m.index)) continue;
    const qualifier = qualifierBefore(sentence.slice(0, m.index));
    out.push({ at: m.index, text: m[0], kind: 'measure', value: MULTIPLIED_VALUE[m[1]!.toLowerCase()]!, unit: 'times', approx: qualifier !== null, qualifier, label: label(m.index, m.index + m[0].length, 'multiple') });
  }
  for (const m of spans) {
    // In years, like "Seven decades" (readMatch): "the last quarter-century" is 25 years.
    const part = (m[1] ?? m[3])?.toLowerCase();
    const value = ((m[2] ?? m[4])!.toLowerCase() === 'decade' ? 10 : 100) * (part === 'quarter' ? 0.25 : part === 'half' ? 0.5 : 1);
    const unit = 'years';
    // "over the last decade": the preposition spans the period, it hedges nothing.
    const qualifier = m[2] ? null : qualifierBefore(sentence.slice(0, m.index));
    out.push({ at: m.index, text: m[0], kind: 'duration', value, unit, approx: qualifier !== null, qualifier, label: label(m.index, m.index + m[0].length, 'span') });
  }
  // "A year and a half ago", "more than an hour and a half": a unit and a half of it (the article alone is no quantity).
  if (/ and a half\b/i.test(sentence)) {
    for (const m of sentence.matchAll(UNIT_AND_HALF_RE)) {
      const qualifier = qualifierBefore(sentence.slice(0, m.index));
      const unit = m[1]!.toLowerCase();
      if (/^(?:second|minute|hour|day|week|month|year)$/.test(unit)) out.push({ at: m.index, text: m[0], kind: 'duration', value: 1.5, unit: `${unit}s`, approx: qualifier !== null, qualifier, label: label(m.index, m.index + m[0].length, 'duration') });
      else out.push({ at: m.index, text: m[0], kind: 'measure', value: 1.5, unit: HALF_MEASURE_PLURAL[unit] ?? `${unit}s`, approx: qualifier !== null, qualifier, label: label(m.index, m.index + m[0].length, 'measure') ?? (/^(?:pound|ounce|ton|tonne|kilo|kilogram)$/.test(unit) ? 'weight' : null) });
    }
  }
  // "cut its benchmark rate by a quarter-point", "a half-point rise": a fraction of a percentage point.
  if (/point/i.test(sentence)) {
    for (const m of sentence.matchAll(POINT_FRACTION_RE)) {
      const qualifier = qualifierBefore(sentence.slice(0, m.index));
      out.push({ at: m.index, text: m[0], kind: 'measure', value: m[1]!.toLowerCase() === 'quarter' ? 0.25 : 0.5, unit: 'percentage points', approx: qualifier !== null, qualifier, label: label(m.index, m.index + m[0].length, 'measure') });
    }
  }
  for (const m of sentence.matchAll(LONG_RE)) {
    const rest = sentence.slice(m.index + m[0].length);
    const noun = /^\s+(\p{Ll}[\p{Ll}-]+)/u.exec(rest)?.[1];
    out.push({ at: m.index, text: m[0], kind: 'duration', value: 1, unit: `${m[1]!.toLowerCase()}s`, approx: false, qualifier: null, label: noun ?? null });
  }
  return out;
}

function qualifierAt(sentence: string, start: number, n: NumberMatch): Qualifier | null {
  if (n.tilde) return QUALIFIER_FOR_TILDE;
  if (n.plus) return 'more than';
  return qualifierBefore(sentence.slice(0, start)) ?? qualifierAfter(sentence.slice(n.end));
}

// A bare three-digit number before a capitalised word or a model noun is a model name: "five 787 Dreamliner sales", "the 777 program".
const MODEL_AFTER = /^\s(?:\p{Lu}[\p{L}\d]*(?<!s)\b|(?:program|series|model|family|jet|jetliner|plane|aircraft|engine|chip|processor|platform|variant|version)\b(?!s))/u;
// What MODEL_AFTER takes for a name but counts: an abbreviation or a nationality before a plural noun ("Some 200 U.S. military
// personnel", "300 British troops", "40 Syrian refugees"), and "aircraft", whose plural is its singular, unless an article or a
// demonstrative makes the number a model's ("a fleet of 270 aircraft" counts, "the 787 aircraft" names).
const COUNTED_AFTER_CAPITAL = /^\s(?:(?:\p{Lu}\.){2,}|\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)\s)\s*(?:\p{Ll}+\s+){0,2}(?:\p{Ll}{2,}s|people|personnel|staff|police|aircraft)\b/u;
const INVARIANT_PLURAL_AFTER = /^\saircraft\b/;
const MODEL_DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|this|that)|\p{Lu}[\p{L}.-]*[’']s)\s$/iu;
const MONTH_AFTER = new RegExp(`^\\s${MONTHS}\\b`);

/** True when a three-digit number names a model or a programme by what follows it ("737 Max", "the 787 aircraft"), not a count. */
function modelAfter(before: string, after: string): boolean {
  if (!MODEL_AFTER.test(after) || MONTH_AFTER.test(after) || peopleAfter(after) || COUNTED_AFTER_CAPITAL.test(after)) return false;
  return !INVARIANT_PLURAL_AFTER.test(after) || MODEL_DETERMINER_BEFORE.test(before);
}

/** True when capitalised words after a number end on a plural noun of people: "900 Pacific Islanders", "450 Dreamers". */
function peopleAfter(rest: string): boolean {
  const words = /^\s((?:\p{Lu}[\p{L}’'-]*\s){0,2}\p{Lu}[\p{L}’'-]*)/u.exec(rest)?.[1]?.split(' ') ?? [];
  return words.length > 0 && PEOPLE_PLURAL.test(words[words.length - 1]!);
}

// A number opening a title: capitalised words joined by a lower-case function word to another capitalised word ("hear 10 Things in
// Tech each morning", "20 Places to Visit", "7 Habits of Highly Effective People").
const TITLE_AFTER = /^\s(?:\p{Lu}[\p{Ll}’'-]*\s)+(?:in|of|for|to|and|on|with|about|from|at)\s(?:(?:the|a|an)\s)?\p{Lu}/u;

/**
 * True when the same digits stood earlier in the sentence inside a name: "RPMs for Red Hat 7.2, but … on that 7.2 system" — a
 * name's number repeated after a determiner still names the release, it counts nothing.
 */
function namedEarlier(before: string, n: NumberMatch, text: string): boolean {
  if (!bare(n) || !/^\d[\d.,]*$/.test(text)) return false;
  for (let i = before.indexOf(text); i > 0; i = before.indexOf(text, i + 1)) {
    const next = before[i + text.length] ?? ' ';
    if (/[\p{L}\d]/u.test(next) || (/[.,]/.test(next) && /\d/.test(before[i + text.length + 1] ?? ''))) continue;
    if (/[\p{L}\d.,]/u.test(before[i - 1]!)) continue;
    // "Aden O'Hara 2 goals, 2 assists": the earlier number counted a noun, so it was no name.
    if (afterName(before.slice(0, i), n) && !countsNounAfter(before.slice(i + text.length))) return true;
  }
  return false;
}

// "won 12 of 13", "five of six", "seven victories out of eight", "scored on three of nine attempts": a part of a whole of games or
// tries is a record (ANNOTATING.md files "12 of 13" as one figure); the whole alone is no fact of its own. A whole that counts its
// own noun stays a figure ("Ten of the 18 staffers", "one of two people who contracted it").
const PART_OF_BEFORE = new RegExp(`(?:^|[^\\p{L}\\d.,])(${DIGITS}|${WORD_NUMBER})\\s+(?:(?:\\p{Ll}+\\s+)?out\\s+of|of)\\s+(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+|our\\s+|your\\s+)?$`, 'iu');

function wholeOfPart(before: string, after: string, n: NumberMatch): boolean {
  const tail = before.slice(-60);
  if (!bare(n) || !/\bof\s+(?:\p{L}+\s+)?$/u.test(tail)) return false;
  const m = PART_OF_BEFORE.exec(tail);
  if (!m || /^an?$/i.test(m[1]!)) return false;
  const part = parseNumber(m[1]!);
  return part !== null && part <= n.value && WHOLE_OF_RECORD_AFTER.test(after);
}
const CLAUSE_AFTER = /^\s(?:The|A|An|As|I|It|He|She|We|They|When|While|But|And|If|This|That|These|Those|Then|So|His|Her|Its|Our|Their|My|Your|There)\s/;
const SIZED_SCREEN_AFTER = /^\s(?:[\p{Lu}\d][\p{L}\d+-]*\s+){1,3}(?:display|screen|touchscreen|touch\s+screen|panel|monitor|sensor)s?\b/u;
const SIZED_NAME_AFTER = /^\s(?:(?:19|20)\d\d\s)?(?:\p{Lu}|\p{Ll}{1,2}\p{Lu}|models?\b|versions?\b|variants?\b)/u;
const WHOLE_OF_RECORD_AFTER = /^(?:\s*[,.;:)!?—–]|\s*$|\s+(?:after|before|in|on|at|for|with|since|this|last|over|against|games?|matches|meetings|starts|races|fights|contests|tries|attempts|shots|chances|opportunities|appearances|outings|decisions)\b)/iu;

// "for Windows 7, 8.1 and 10", "iOS 13 and 14", "Boeing 737 and 787 jets": numbers listed after a name's number go on naming releases
// of it ("Chapter 11 and 7 other retailers" counts: "other", "more" or a hedge make a count).
const NAME_LIST_BEFORE = /(?:^|[\s(“"‘])\p{Lu}[\p{L}\p{N}&.’'-]*\s(\d+(?:\.\d+)?)(?:,\s\d+(?:\.\d+)?)*,?\s(?:and|or|&)\s$/u;
const PLURAL_NAME_LIST_BEFORE = /(\d+)(?:,\s\d+)*,?(?:\s(?:and|or|&|to|through)\s|\s?[-–]\s?)$/;
const COUNT_AFTER_LIST = /^\s+(?:other|more|additional|further|new|extra)\b/i;
function namedInList(before: string, after: string, n: NumberMatch, text: string): boolean {
  if (!bare(n) || n.word || !/^\d+(?:\.\d+)?$/.test(text) || !/(?:\s(?:and|or|&|to|through)\s|\d\s?[-–]\s?)$/.test(before)) return false;
  const tail = tailOf(before, 80);
  const plural = PLURAL_NAME_LIST_BEFORE.exec(tail);
  if (plural && PLURAL_NAME_NOUNS.test(tail.slice(0, plural.index))) return !COUNT_AFTER_LIST.test(after);
  const m = NAME_LIST_BEFORE.exec(tail);
  if (!m || COUNT_AFTER_LIST.test(after) || qualifierBefore(before) !== null) return false;
  const first = tail.indexOf(m[1]!, m.index);
  return afterName(tail.slice(0, first), n, m[1]!);
}

function single(sentence: string, before: string, n: NumberMatch, text: string, label: (s: number, e: number, k: LabelKind) => string | null, names?: ReadonlySet<string>): Out | null {
  if (afterName(before, n, text) || namedEarlier(before, n, text) || wholeOfPart(before, sentence.slice(n.end), n) || namedInList(before, sentence.slice(n.end), n, text)) return null;
  // "12 per 100,000 residents", "three deaths per 1 million people": the number after "per" is the base of a rate, no count.
  if (!n.currency && !n.pct && !n.unit && !n.measure && !n.age && /(?:^|[^\p{L}])per\s+$/iu.test(before)) return null;
  // "your entire 360 library" after "Xbox 360": a singular noun after the digits, as after the name; a count takes a plural.
  // "2,560 by 1,440 pixels", "a 10 x 12 room": the second side of a dimension (a resolution, a size) is no count of its own.
  if (!n.currency && !n.pct && (DIMENSION_BEFORE.test(before) || DIMENSION_AFTER.test(sentence.slice(n.end)))) return null;
  if (names?.has(text) && bare(n) && n.bareDigits && qualifierBefore(before) === null && SINGULAR_AFTER.test(sentence.slice(n.end))) return null;
  if (!n.currency && !n.pct && !n.unit && !n.measure && !n.multiplied && !n.age && TITLE_AFTER.test(sentence.slice(n.end)) && !peopleAfter(sentence.slice(n.end))) return null;
  // ("the $279 Xbox One S" prices the model; "over 130 Xbox One X-enhanced titles" counts: a hedge makes no model number.)
  if (n.bareDigits && n.bareDigits.length === 3 && !n.unit && !n.measure && !n.currency && !n.pct && qualifierBefore(before) === null && modelAfter(before, sentence.slice(n.end))) return null;
  // "32 As days passed on, I became…": a bare number before a capitalised function word counts nothing — a page number or list
  // marker left in the text, a clause starting after it.
  if (n.bareDigits && !n.currency && !n.pct && !n.unit && !n.measure && !n.multiplied && CLAUSE_AFTER.test(sentence.slice(n.end))) return null;
  // "the 16-inch MacBook Pro", "the 11-inch iPad Pro", "the 15-inch 2016 MacBook Pro": a size in a product's name. An engine's
  // layout is no name: "a 5.0-liter V8 engine", "a 2.0-litre I4".
  // ("a 5-inch AMOLED display", "a 5.5-inch Retina HD display": a screen's technology between its size and the screen is no name.)
  if (n.measure && /-|["″]$/.test(text) && SIZED_NAME_AFTER.test(sentence.slice(n.end)) && !/^\s[VWI]\d{1,2}\b/.test(sentence.slice(n.end)) && !SIZED_SCREEN_AFTER.test(sentence.slice(n.end))) return null;
  // "the Showtime 30-Minute Movie anthology", "Hotel 24-Hour Service": a compound whose unit is itself capitalised, before another
  // capitalised word, is a word of a title-case name, not a duration or a size.
  if ((n.unit || n.measure) && /^[\d.]+-\p{Lu}\p{Ll}/u.test(text) && /^\s\p{Lu}/u.test(sentence.slice(n.end))) return null;
  // "eight of their nine 10 games": a number word running into digits is a slip, not a quantity.
  // ("five 787 Dreamliner sales": digits before a capitalised name are the model the number word counts.)
  if (n.word && /^\s\d/.test(sentence.slice(n.end)) && !MODEL_DIGITS_AFTER.test(sentence.slice(n.end))) return null;
  const qualifier = qualifierAt(sentence, n.start, n);
  const base = { at: n.start, text, approx: qualifier !== null, qualifier };
  // "a 42-year-old", "aged 42", "Singh Jabarjung, 24, from Punjab": ages are figures (ANNOTATING.md).
  // ("at age five", "children age 12 and older": "age" before the number, as "aged" is; "At 11 megs, we'll push less data" is a size.)
  if (n.age || /\baged\s$/i.test(before) || (bare(n) && n.value < 120 && /(?<![\p{L}-])age\s$/u.test(before)) || (!n.unit && /\bages?\s+of\s+$/i.test(before)) || (n.bareDigits && !n.measure && !n.unit && n.value < 120 && /(?:^|[.;]\s)[Aa]t\s$/.test(before) && /^,/.test(sentence.slice(n.end))) || (n.bareDigits && !n.unit && !n.measure && n.value < 120 && /\p{Lu}[\p{L}'’.-]+,\s$/u.test(before) && /^,(?!\s*\p{Lu})/u.test(sentence.slice(n.end)))) {
    return { ...base, kind: 'count', value: n.value, label: 'age' };
  }
  // "I’m 74 and was tempted", "she was 16 when": a person is a bare number, an age.
  if (n.bareDigits && !n.unit && !n.measure && !n.currency && !n.pct && n.value < 120 && AGE_SUBJECT_BEFORE.test(before) && AGE_END_AFTER.test(sentence.slice(n.end))) {
    return { ...base, kind: 'count', value: n.value, label: 'age' };
  }
  // "two-thirds majority", "about one quarter of the revenue", "one-tenth of what": a fraction in words of a whole states a share
  // (ANNOTATING.md writes these as percentages, "two-thirds" → 66.7, as it writes "half" → 50).
  // "Nearly three-quarters (74%) of respondents": the exact share in brackets is the figure, the words round it.
  if (n.fraction && n.word && n.value < 1 && bare(n)) {
    if (/^\s*\(\s*\d[\d.]*\s?%\s*\)/.test(sentence.slice(n.end))) return null;
    return { ...base, kind: 'percent', value: Math.round(n.value * 1000) / 10, unit: '%', label: label(n.start, n.end, 'percent') };
  }
  const kind = kindOf(n);
  // "the yen at 108.55 per dollar", "the rupee weakened to 71.5 against the dollar": an exchange rate is the price of the dollar
  // in the currency the sentence names before it (money in that currency).
  if (kind === 'count' && !n.word && !n.multiplied && RATE_AFTER.test(sentence.slice(n.end))) {
    const named = [...before.matchAll(RATE_CURRENCY)].pop();
    const currency = named ? currencyFromWord(named[1]!) : undefined;
    if (named && currency) return { ...base, kind: 'money', value: n.value, currency, label: `${named[1]!.toLowerCase()} exchange rate` };
  }
  // "magnitude 6.2": the unit before the number.
  if (kind === 'count' && /\bmagnitude[- ]$/i.test(before)) return { ...base, kind: 'measure', value: n.value, unit: 'magnitude', label: 'earthquake magnitude' };
  const lbl = label(n.start, n.end, kind as LabelKind);
  switch (kind) {
    case 'money':
      return { ...base, kind, value: n.value, currency: n.currency!, label: lbl };
    case 'percent':
      return { ...base, kind, value: n.value, unit: '%', label: lbl };
    case 'duration':
      return { ...base, kind, value: n.value, unit: n.unit!, label: lbl };
    case 'measure':
      // ("packs 23 megapixels into its panels": a count of megapixels states a resolution, whatever the sentence names.)
      return { ...base, kind, value: n.value, unit: n.measure!, label: lbl ?? (/^megapixels?$/i.test(n.measure!) ? 'resolution' : null) };
    default:
      // Bare number words and small bare numbers are figures only when the sentence says what they count ("three operators").
      // The noun they count must follow them ("three operators", "two of the companies"), not a subject or verb elsewhere in the clause.
      // "only two committed", "three others", "Thomas is charged with three": a count whose noun is left out names what an
      // earlier count of the sentence names (inheritLabels); without one it says nothing.
      // A larger number with no label stays a figure either way ("Nerlens Noel had 15").
      // "there's seating for four", "space for five": a count of seats whose noun is left out.
      if (SEATS_BEFORE.test(before) && Number.isInteger(n.value) && n.value > 1 && /^\s*(?:[,.;:)!?—–]|$)/.test(sentence.slice(n.end))) return { ...base, kind: 'count', value: n.value, label: 'seats' };
      if (ELLIPSIS_AFTER.test(sentence.slice(n.end)) && Number.isInteger(n.value) && !/\(\s*$/.test(before) && (lbl === null || /^(?:others?|more)$/i.test(lbl))) {
        return { ...base, kind: 'count', value: n.value, label: null, elliptic: !n.multiplied && !n.fraction && (n.word || n.value < 10) ? 'drop' : 'keep' };
      }
      // "three family members and an unrelated team": a plural head right after the number, at most one word before it, closed by
      // punctuation or a function word, is what it counts even where no label was read.
      const head = lbl === null && n.word && !n.multiplied && n.value > 1 && Number.isInteger(n.value) && !n.fraction ? PLURAL_HEAD_AFTER.exec(sentence.slice(n.end))?.[1] ?? null : null;
      if (head) return { ...base, kind: 'count', value: n.value, label: head };
      if (!n.multiplied && !n.fraction && (n.word || n.value < 10) && (lbl === null || !countsNounAfter(sentence.slice(n.end)))) return null;
      if (n.fraction && lbl === null) return null;
      // "zero deaths" counts; "zero shame", "zero tolerance" is a degree of a mass noun, no count.
      if (n.value === 0 && n.word && !/s$/.test(lbl ?? '')) return null;
      return { ...base, kind: 'count', value: n.value, label: lbl };
  }
}

const RATE_AFTER = /^\s+(?:per|to\s+the|against\s+the|versus\s+the|vs\.?\s+the)\s+(?:U\.?S\.?\s+|US\s+)?(?:dollar|greenback|euro)\b/i;
const RATE_CURRENCY = /\b(yen|yuan|renminbi|rupees?|lira|won|r[ou]?ubles?|shekels?|dirhams?|riyals?|ringgit|baht|kronor|krona|zloty|hryvnias?|naira|(?:Swiss\s+)?francs?|pounds?|sterling|euros?)\b/gi;
const AGE_SUBJECT_BEFORE = /(?:^|[^\p{L}])(?:I[’']m|I\s+am|I\s+was|(?:he|she)[’']s|(?:he|she)\s+(?:is|was)|(?:you|we|they)[’']re)\s+$/iu;
const AGE_END_AFTER = /^(?:\s*[,.;!?—–]|\s*$|\s+(?:and|but|when|now|then|at\s+the\s+time)\b)/;
const SEATS_BEFORE = /\b(?:seating|seats?|room|space)\s+for\s+(?:up\s+to\s+)?$/i;
const MODEL_DIGITS_AFTER = /^\s\d{2,4}\s\p{Lu}[\p{L}\d-]*\s+\p{Ll}{3,}/u;
// (a participle may close the head too: "ten canning jars depending on their size", "five workers standing by")
const PLURAL_HEAD_AFTER = /^\s+((?:\p{Ll}{3,}\s+)?\p{Ll}{3,}(?<!ss|us|is|time)s)(?=\s*[,.;:)—–]|\s+(?:and|or|in|on|at|from|with|who|that|which|were|are|had|have|of|\p{Ll}{2,}ing)\b)/u;

/**
 * True when a noun phrase or an "of"-complement follows a small count: "three operators", "two of the companies", "three 787 jets",
 * "two-goal performance", and a term in quotation marks: 'two "choice targets"', 'three "urgent" and several "serious" threats'.
 */
function countsNounAfter(rest: string): boolean {
  if (/^\s+[“"‘]\p{L}[\p{L}’' -]{0,30}[”"’](?!\s*(?:,\s*)?(?:he|she|they|I|we|it)\s+(?:said|says|wrote|asked|added))/u.test(rest)) return true;
  return /^(?:-|\s+(?:of\s+)?(?:(?:the|its|their|his|her|our|these|those|new|more|other|additional|[\p{Lu}\d][\p{L}\d&’'.-]*|\p{Ll}+(?:ly|ed))\s+){0,3}[\p{L}][\p{L}’'-]*)/u.test(rest) && !/^\s+(?:to|and|or|in|on|at|for|from|by|with|as|than|that|who|which|was|were|is|are|had|have|has|said|says|more(?!\s+(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}{2,}s\b(?!\s+than\b))|less|percent)\b/iu.test(rest);
}

function rangeFigure(sentence: string, before: string, a: NumberMatch, b: NumberMatch, bText: string, isBetween: boolean, label: (s: number, e: number, k: LabelKind) => string | null): Out {
  // "$10-$20 million": the bare first end borrows the second's multiplier.
  const from = a.multiplied || a.pct ? a.value : tidy(a.value * (b.multiplied ? multiplierOf(multWord(bText)) : 1));
  const start = isBetween ? before.search(BETWEEN) : /\bfrom\s+$/i.test(before) ? before.search(/from\s+$/i) : a.start;
  const text = sentence.slice(start, b.end).replace(/\s+$/, '');
  const currency = a.currency ?? b.currency;
  const unit = a.pct || b.pct ? '%' : b.unit ?? a.unit ?? b.measure ?? a.measure;
  const qualifier = qualifierBefore(sentence.slice(0, start));
  const fig: Out = {
    at: start, text, kind: 'range', value: { from, to: b.value }, approx: qualifier !== null, qualifier,
    label: label(a.start, b.end, currency ? 'money' : b.unit ? 'duration' : 'range'),
  };
  if (currency) fig.currency = currency;
  if (unit) fig.unit = unit;
  return fig;
}

function multWord(text: string): string | undefined {
  return new RegExp(`(${MULTIPLIER})\\b`, 'i').exec(text.replace(/^[^\d]*[\d.,]+\s?-?/, ''))?.[1];
}

const BETWEEN = /\bbetween\s+(?:the\s+ages?\s+of\s+)?$/i;
// "increase the efficiency of multi-junction devices from 23% to 35%": a change named earlier in the clause.
const CHANGE_EARLIER = /\b(?:increas|reduc|rais|lower|grow|grew|expand|boost|shrink|improv|cut|rise|rose|fall|fell|declin|drop|doubl|tripl|halv|going|went|gone)\w*\b[^,;]{0,60}?\bfrom\s+(?:around\s+|about\s+|roughly\s+)?$/i;
const CHANGE_BEFORE = /\b(?:rose|rising|fell|falling|grew|growing|increased?|decreased?|jumped|dropped|declined|climbed|surged|cut|raised|lifted|lowered|up|down|by|changed?|moved?|went|gone|slipped|slid|gained|lost)\s+(?:from\s+)?(?:\S+\s+)?$/i;

const SUBUNITS: Record<string, number> = { 'years>months': 12, 'months>weeks': 4, 'weeks>days': 7, 'days>hours': 24, 'hours>minutes': 60, 'minutes>seconds': 60, 'seconds>milliseconds': 1000 };

function compatible(a: NumberMatch, b: NumberMatch): boolean {
  if (a.pct && !b.pct) return false;
  if (b.currency && !a.currency && !b.multiplied) return false;
  if (a.currency && b.currency && a.currency !== b.currency) return false;
  if (a.unit && b.unit && a.unit !== b.unit) return false;
  if (a.unit && !b.unit) return false;
  if (a.age || b.age) return false;
  // "$10-$20 million": the bare first end borrows the second's multiplier, so compare after that.
  return a.value < b.value || (!a.multiplied && b.multiplied);
}

function versionLabel(sentence: string, at: number, end: number): string | null {
  const before = sentence.slice(0, at);
  // ("iOS version 8": a name in camel case too, read from its first letter, never "OS".)
  const m = /(?<![\p{L}\d])((?:(?:\p{Lu}|\p{Ll}\p{Lu})[\p{L}\d]*\s){1,3})$/u.exec(before);
  // ("The 2.8 release": a capitalised article names nothing.)
  const name = m?.[1]?.trim().split(' ').filter((w) => !NOT_NAME_BEFORE.has(w)).join(' ');
  if (name) return name;
  // "version 5.3 of its password manager 1Password": what the release is of.
  const of = /^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|your\s+|my\s+|an?\s+)?((?:[\p{L}\d][\p{L}\d’'.+-]*\s?){1,4}?)(?=\s*(?:[,.;:)]|$)|\s+(?:for|on|to|in|with|is|was|are|will|adds?|brings?|includes?|that|which|and)\b)/u.exec(sentence.slice(end));
  if (of) return of[1]!.trim().replace(/[.,;:]+$/, '');
  // "The update to version 2.3", "the app's version 2.0": the thing the release is of, before it.
  const thing = /(?:^|\s)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his)\s+(?:\p{Ll}+\s+)?(\p{Ll}{3,})(?:[’']s\s+|\s+(?:to|of)\s+)$/u.exec(before);
  return thing && !/^(?:latest|new|newest|current|old|older|first|last|final|same|next|previous|beta)$/.test(thing[1]!) ? thing[1]! : null;
}
