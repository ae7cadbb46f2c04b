/**
 * Calendar dates in one sentence: absolute ("July 10, 2026", "10 July 2026", "2026-07-10"),
 * year-less ("July 10", "Apr. 2") resolved against the publication date (SPEC: "Dates without a
 * year resolve against the story's publication date" — the nearest such date), spans ("between
 * April 22 and June 5", "Apr 22 - Jun 5", "from March to May") and, only when a publication date
 * is known, weekdays ("on Tuesday" → the Tuesday on or before publication), "today", "yesterday".
 */
export type SentenceDate = { text: string; date: string } | { text: string; start: string; end: string };

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
function resolveYear(m: number, d: number, published: Date | null): number | null {
  if (!published) return null;
  const py = published.getUTCFullYear();
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

function complete(v: Ymd, published: Date | null, yearHint?: number | null): string | null {
  const y = v.y ?? yearHint ?? resolveYear(v.m, v.d, published);
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
const WEEKDAY_RE = /\b(?:on|last|this past|since)\s(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
const FUTURE = /\b(?:will|would|plans? to|is set to|are set to|is due to|are due to|is expected to|are expected to|is scheduled|are scheduled|next)\b/i;
const RELATIVE_RE = /\b(today|yesterday|tomorrow)\b/gi;

/** Returns the dates stated in one sentence, in reading order; `published` is the publication's calendar day (UTC midnight of it). */
export function findDates(sentence: string, published: Date | null): SentenceDate[] {
  const found: { at: number; end: number; fact: SentenceDate }[] = [];
  const taken = (a: number, b: number): boolean => found.some((f) => a < f.end && b > f.at);
  const add = (at: number, end: number, fact: SentenceDate): void => {
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
    const date = complete(v, published);
    if (date) add(m.index, m.index + m[0].length, { text: m[0].replace(/[.,]$/, ''), date });
  }
  if (published) {
    for (const m of sentence.matchAll(WEEKDAY_RE)) {
      const wd = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      // News reports past events: the most recent such weekday on or before publication ("last
      // Tuesday" goes a week further when it is today). A sentence in the future tense ("will
      // meet on Thursday") means the next one on or after it.
      const lead = sentence.slice(0, m.index);
      const future = /^on/i.test(m[0]) && FUTURE.test(lead) && !/\b(?:said|announced|told|reported|confirmed|wrote)\s*$/i.test(lead);
      let shift = future ? (wd - published.getUTCDay() + 7) % 7 : -((published.getUTCDay() - wd + 7) % 7);
      if (shift === 0 && /^last/i.test(m[0])) shift = -7;
      const d = new Date(published.getTime() + shift * 86_400_000);
      add(m.index + m[0].indexOf(m[1]!), m.index + m[0].length, { text: m[1]!, date: fmt(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) });
    }
    for (const m of sentence.matchAll(RELATIVE_RE)) {
      const shift = { today: 0, yesterday: -1, tomorrow: 1 }[m[1]!.toLowerCase() as 'today'] ?? 0;
      const d = new Date(published.getTime() + shift * 86_400_000);
      add(m.index, m.index + m[0].length, { text: m[0], date: fmt(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.fact);
}
