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
export type SentenceDate = { text: string; date: string; what: string | null } | { text: string; start: string; end: string; what: string | null };
type Found = { text: string; date: string } | { text: string; start: string; end: string };

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d{2}';
// Month-first or day-first, year optional. Month names are capitalised in prose; "may" the verb is not.
const MDY = `(?<m1>${MONTH})\\.?\\s(?<d1>${DAY})\\b(?:,?\\s(?<y1>${YEAR})\\b)?`;
const DMY = `\\b(?<d2>${DAY})\\s(?:of\\s)?(?<m2>${MONTH})\\b\\.?(?:,?\\s(?<y2>${YEAR})\\b)?`;
const ISO = `\\b(?<iy>${YEAR})-(?<im>0[1-9]|1[0-2])-(?<id>0[1-9]|[12]\\d|3[01])\\b`;
const ONE = `(?:${MDY}|${DMY}|${ISO})`;
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

function fmt(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function readOne(g: Record<string, string | undefined>, suffix = ''): Ymd | null {
  const key = (k: string): string | undefined => g[k + suffix];
  if (key('iy')) return { y: Number(key('iy')), m: Number(key('im')) - 1, d: Number(key('id')) };
  const mName = key('m1') ?? key('m2');
  const dStr = key('d1') ?? key('d2');
  if (!mName || !dStr) return null;
  const y = key('y1') ?? key('y2');
  return { y: y ? Number(y) : null, m: monthIndex(mName), d: parseInt(dStr, 10) };
}

/** The year that puts month/day nearest the publication date (a "July 10" in a July 4 story is this July). */
function resolveYear(m: number, d: number, published: Date | null, future = true): number | null {
  if (!published) return null;
  const py = published.getUTCFullYear();
  // Past tense: a date more than two months after publication is last year's ("hidden since April 2" in a November story).
  if (!future && Date.UTC(py, m, d) - published.getTime() > 62 * 86_400_000 && valid(py - 1, m, d)) return py - 1;
  let best: number | null = null;
  let bestDist = Infinity;
  for (const y of [py - 1, py, py + 1]) {
    if (!valid(y, m, d)) continue;
    const dist = Math.abs(Date.UTC(y, m, d) - published.getTime());
    if (dist < bestDist) {
      bestDist = dist;
      best = y;
    }
  }
  return best;
}

function complete(v: Ymd, published: Date | null, yearHint?: number | null, future = true): string | null {
  const y = v.y ?? yearHint ?? resolveYear(v.m, v.d, published, future);
  if (y === null || !valid(y, v.m, v.d)) return null;
  return fmt(y, v.m, v.d);
}

function named(re: string): string {
  // The second date of a span reuses the group names with a suffix.
  return re.replace(/\?<(\w+)>/g, '?<$1_2>');
}

const SPAN_RE = new RegExp(`(?:\\b(?:[Bb]etween|[Ff]rom)\\s)?${ONE}\\s?(?:-|–|—|\\bto\\b|\\band\\b|\\bthrough\\b|\\buntil\\b)\\s?${named(ONE)}`, 'g');
const SAME_MONTH_SPAN_RE = new RegExp(`\\b(?<m>${MONTH})\\.?\\s(?<a>${DAY})\\s?(?:-|–|—|\\bto\\b|\\band\\b)\\s?(?<b>${DAY})\\b(?:,?\\s(?<y>${YEAR}))?`, 'g');
const MONTH_SPAN_RE = new RegExp(`\\b[Ff]rom\\s(?<ma>${MONTH})\\s(?:to|until|through)\\s(?<mb>${MONTH})\\b(?:\\s(?<y>${YEAR}))?`, 'g');
const ONE_RE = new RegExp(ONE, 'g');
// A weekday names a day unless it is part of a name ("Black Friday", "Super Tuesday").
const WEEKDAY_RE = /(?<!\b(?:Black|Cyber|Good|Super|Easter|Ash|Holy|Giving|Bloody|Patriots|Sunday)\s)\b(?:(next|last|this past|this coming)\s)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
// News reports the past: a year-less date or month later than publication is last year's unless the sentence looks ahead.
const FUTURE = /\b(?:will|would|plans?|planned|expects?|expected|set to|due|scheduled|aims?|intends?|next|upcoming|starting|begins?)\b/i;
const RELATIVE_RE = /\b(today|yesterday|tomorrow)\b/gi;
// A month or a year alone dates an event after a preposition or a part-of-period word: "in April", "since 2010", "mid-December", "early 2027".
const PERIOD_LEAD = '(?:\\b(?:in|since|until|till|by|from|through|throughout|during|before|after|of|for|early|mid|late|last|this|next|starting|beginning|ending|around|circa|until|to|between|and|the end of|the start of|the beginning of|the middle of)\\s(?:(?:early|mid|late)[- ])?|\\bmid-)';
const MONTH_YEAR_RE = new RegExp(`(?:\\b(?:early|mid|late)[- ])?(?<m>${MONTH})\\.?,?\\s(?<y>${YEAR})\\b`, 'g');
const MONTH_ALONE_RE = new RegExp(`(?<lead>${PERIOD_LEAD})(?<m>${MONTH.replace('|May|', '|May(?=\\s*[,.;]|\\s(?:and|or|to|through|when|while|after|before|as)\\b)|')})\\b(?!\\.?\\s\\d)`, 'g');
const YEAR_ALONE_RE = new RegExp(`(?<lead>${PERIOD_LEAD})(?:the\\s(?:year\\s)?|fiscal\\s|calendar\\s)?(?<y>${YEAR})\\b(?![-–/]\\d|%|\\s?(?:percent|million|billion|people|units)\\b|,\\d)`, 'g');

/** Returns the dates stated in one sentence, in reading order; `published` is the publication's calendar day (UTC midnight of it). */
export function findDates(sentence: string, published: Date | null): SentenceDate[] {
  const found: { at: number; end: number; fact: Found }[] = [];
  const future = FUTURE.test(sentence);
  const taken = (a: number, b: number): boolean => found.some((f) => a < f.end && b > f.at);
  const add = (at: number, end: number, fact: Found): void => {
    if (!taken(at, end)) found.push({ at, end, fact });
  };

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
  for (const m of sentence.matchAll(SAME_MONTH_SPAN_RE)) {
    const g = m.groups ?? {};
    const mon = monthIndex(g['m']!);
    const a = parseInt(g['a']!, 10);
    const b = parseInt(g['b']!, 10);
    if (b <= a) continue;
    const y = g['y'] ? Number(g['y']) : resolveYear(mon, a, published);
    if (y === null || !valid(y, mon, a) || !valid(y, mon, b)) continue;
    add(m.index, m.index + m[0].length, { text: m[0], start: fmt(y, mon, a), end: fmt(y, mon, b) });
  }
  for (const m of sentence.matchAll(MONTH_SPAN_RE)) {
    const g = m.groups ?? {};
    const ma = monthIndex(g['ma']!);
    const mb = monthIndex(g['mb']!);
    const y = g['y'] ? Number(g['y']) : resolveYear(ma, 1, published);
    if (y === null) continue;
    const yb = mb < ma ? y + 1 : y;
    const last = new Date(Date.UTC(yb, mb + 1, 0)).getUTCDate();
    const text = m[0].replace(/^from\s/i, '');
    add(m.index + 5, m.index + m[0].length, { text, start: fmt(y, ma, 1), end: fmt(yb, mb, last) });
  }
  for (const m of sentence.matchAll(ONE_RE)) {
    const v = readOne(m.groups ?? {});
    if (!v) continue;
    const date = complete(v, published, null, future);
    if (date) add(m.index, m.index + m[0].length, { text: m[0].replace(/[.,]$/, ''), date });
  }
  for (const m of sentence.matchAll(MONTH_YEAR_RE)) {
    const mon = monthIndex(m.groups!['m']!);
    add(m.index, m.index + m[0].length, { text: m[0], date: `${m.groups!['y']}-${String(mon + 1).padStart(2, '0')}` });
  }
  for (const m of sentence.matchAll(MONTH_ALONE_RE)) {
    const mon = monthIndex(m.groups!['m']!);
    const y = resolveMonthYear(mon, published, m.groups!['lead']!, future);
    if (y === null) continue;
    const at = m.index + (/^(?:mid-|early |late |mid )/i.test(m[0]) ? 0 : m.groups!['lead']!.replace(/(?:early|mid|late)[- ]$/i, '').length);
    add(at, m.index + m[0].length, { text: sentence.slice(at, m.index + m[0].length), date: `${y}-${String(mon + 1).padStart(2, '0')}` });
  }
  for (const m of sentence.matchAll(YEAR_ALONE_RE)) {
    const lead = m.groups!['lead']!;
    const keep = /(?:early|mid|late)[- ]$|^mid-/i.exec(lead);
    const at = m.index + (keep ? lead.length - keep[0].length : lead.length);
    add(at, m.index + m[0].length, { text: sentence.slice(at, m.index + m[0].length), date: m.groups!['y']! });
  }
  if (published) {
    for (const m of sentence.matchAll(WEEKDAY_RE)) {
      const wd = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      // The most recent such weekday on or before publication (ANNOTATING.md); "last Tuesday" goes a
      // week further when it is today, "next Thursday" is the one after publication.
      const rel = m[1]?.toLowerCase();
      let shift = rel === 'next' || rel === 'this coming' ? ((wd - published.getUTCDay() + 7) % 7 || 7) : -((published.getUTCDay() - wd + 7) % 7);
      if (shift === 0 && rel === 'last') shift = -7;
      const d = new Date(published.getTime() + shift * 86_400_000);
      const at = rel === 'next' || rel === 'this coming' ? m.index : m.index + m[0].indexOf(m[2]!);
      add(at, m.index + m[0].length, { text: sentence.slice(at, m.index + m[0].length), date: fmt(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) });
    }
    for (const m of sentence.matchAll(RELATIVE_RE)) {
      const shift = { today: 0, yesterday: -1, tomorrow: 1 }[m[1]!.toLowerCase() as 'today'] ?? 0;
      const d = new Date(published.getTime() + shift * 86_400_000);
      add(m.index, m.index + m[0].length, { text: m[0], date: fmt(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => ({ ...f.fact, what: whatHappens(sentence, f.at, f.end) }));
}

/**
 * The year of a month named alone: the one within six months of publication, leaning to the past
 * unless the lead says otherwise ("next April", "until May").
 */
function resolveMonthYear(mon: number, published: Date | null, lead: string, future: boolean): number | null {
  if (!published) return null;
  const py = published.getUTCFullYear();
  const pm = published.getUTCMonth();
  if (/\bnext\b/i.test(lead)) return mon > pm ? py : py + 1;
  if (/\blast\b/i.test(lead)) return mon < pm ? py : py - 1;
  const diff = mon - pm;
  if (future) return diff < -2 ? py + 1 : py;
  return diff > 2 ? py - 1 : py;
}

const CLAUSE_BREAK = /,(?!\d)|[;:()—–]|\s-\s|\b(?:and|but|while|whereas|although)\s/g;
const WHAT_TRIM_END = /\s+(?:on|in|at|by|since|from|until|till|through|starting|beginning|before|after|as of|of|for|to|during|between|the|this|last|next|early|late|mid|around|about|that|until|effective|as early as|no later than|as soon as)$/i;
const WHAT_TRIM_START = /^(?:that|and|but|which|who|when|where|as|so|then|also|because|while|since|after|before|until|on|in|at|by|said|says|the|a|an)\s+/i;

/** A few words of the date's clause saying what happens then ("Alibaba is barring its employees from using Claude Code starting July 10" → "barring its employees from using Claude Code"). */
export function whatHappens(sentence: string, at: number, end: number): string | null {
  let lo = 0;
  let hi = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= at) lo = m.index + m[0].length;
    else if (m.index >= end && hi === sentence.length) hi = m.index;
  }
  const tidyWords = (t: string): string => {
    let s = t.replace(/[\s"“”'‘’.!?]+$/u, '').replace(/^[\s"“”'‘’]+/u, '').trim();
    for (let i = 0; i < 4; i++) s = s.replace(WHAT_TRIM_END, '').replace(WHAT_TRIM_START, '');
    return s;
  };
  const beforeWords = tidyWords(sentence.slice(lo, at)).split(/\s+/).filter(Boolean);
  const afterWords = tidyWords(sentence.slice(end, hi)).split(/\s+/).filter(Boolean);
  const pick = beforeWords.length >= 2 ? beforeWords.slice(-7) : afterWords.length >= 2 ? afterWords.slice(0, 7) : [...beforeWords, ...afterWords];
  const what = tidyWords(pick.join(' '));
  return what.length >= 3 ? what : null;
}
