/**
 * Feed dates as they occur in the wild → Date (UTC) or null. Never returns an invalid Date.
 *
 * Covered: RFC 822 / RFC 5322 (2-digit years, missing seconds, missing or wrong weekday, named US
 * zones, military letters, numeric offsets with or without colon, `GMT+0200`), RFC 3339 / ISO 8601
 * (extended and basic, fractional seconds, no zone = UTC), W3CDTF partial dates (`2004`, `2004-05`),
 * "Month D, YYYY [h:mm[:ss] [AM|PM]] [zone]", asctime ("Sun Jan  4 16:29:06 PST 2004"), and
 * `D-Mon-YYYY` (as in Netscape cookies). Unknown zone names count as UTC, as feedparser does.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
  // Frequent non-English abbreviations in hand-written pubDates (German, French, Spanish, Dutch).
  mär: 3, mrz: 3, mai: 5, okt: 10, dez: 12, janv: 1, févr: 2, fevr: 2, avr: 4, juin: 6, juil: 7, août: 8,
  aout: 8, déc: 12, ene: 1, abr: 4, ago: 8, dic: 12, mei: 5, maa: 3,
};

const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*/i;

/** Zone names in offset minutes east of UTC. RFC 822 §5 names plus common ones seen in feeds. */
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360,
  pst: -480, pdt: -420, akst: -540, akdt: -480, hst: -600, wet: 0, west: 60, bst: 60, cet: 60,
  cest: 120, met: 60, mest: 120, eet: 120, eest: 180, msk: 180, ist: 330, jst: 540, kst: 540,
  hkt: 480, sgt: 480, awst: 480, acst: 570, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

/** Offset in minutes for a zone token, null when the token is not a zone. */
function zoneOffset(token: string): number | null {
  const t = token.trim();
  if (t === '') return 0;
  const numeric = /^(?:(?:gmt|utc|ut)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(t);
  if (numeric) {
    const [, sign, hh, mm] = numeric;
    const minutes = Number(hh) * 60 + Number(mm ?? 0);
    if (Number(hh) > 23 || Number(mm ?? 0) > 59) return null;
    return sign === '-' ? -minutes : minutes;
  }
  if (!/^[a-z]{1,5}$/i.test(t)) return null;
  const named = ZONES[t.toLowerCase()];
  if (named !== undefined) return named;
  // RFC 5322 §4.3: the military single letters of RFC 822 had their signs reversed and "SHOULD
  // all be considered equivalent to -0000"; other unknown names are taken as UTC too.
  return 0;
}

interface Parts {
  year: number; month: number; day: number; hour: number; minute: number; second: number; ms: number; offset: number;
}

function build(p: Parts): Date | null {
  const { year, month, day, hour, minute, second, ms, offset } = p;
  if (![year, month, day, hour, minute, second, ms, offset].every(Number.isFinite)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  // 24:00:00 is allowed by ISO 8601 as the end of the day; 60 seconds as a leap second.
  if (hour > 24 || minute > 59 || second > 60 || (hour === 24 && (minute > 0 || second > 0))) return null;
  const t = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), ms) - offset * 60_000;
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? null : d;
}

function fullYear(y: string): number {
  const n = Number(y);
  // RFC 5322 §4.3: two-digit years 00–49 are 20xx, 50–99 are 19xx; three digits add 1900.
  if (y.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  if (y.length === 3) return 1900 + n;
  return n;
}

function fraction(f: string | undefined): number {
  return f ? Math.round(Number(`0.${f}`) * 1000) : 0;
}

const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?|(?:UTC|GMT|UT)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Za-z]{3,4})?$/i;
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})(?:[Tt](\d{2})(\d{2})(?:(\d{2})(?:[.,](\d+))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function parseIso(s: string): Date | null {
  const m = ISO.exec(s) ?? ISO_BASIC.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  const offset = zoneOffset(zone ?? '');
  if (offset === null) return null;
  return build({
    year: Number(y), month: Number(mo ?? 1), day: Number(d ?? 1), hour: Number(h ?? 0), minute: Number(mi ?? 0),
    second: Number(sec ?? 0), ms: fraction(frac), offset,
  });
}

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s*([ap])\.?m\.?)?`;
const ZONE = String.raw`(?:\s*\(?((?:GMT|UTC|UT)?\s*[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{1,5})\)?(?:\s*\([^)]*\))?)?`;
const MON = String.raw`([A-Za-zéèûä]{3,9})\.?`;
// "07 Sep 2002 00:00:01 GMT", "7-Sep-02 00:00", "07 Sep 2002"
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})[\s-]+${MON}[\s-]+(\d{2,4})(?:,?\s+${TIME}${ZONE})?$`, 'i');
// "Sep 07, 2002 00:00:01 GMT", "September 7 2002", "Sep 07 2002 at 1:00 pm"
const MONTH_DAY_YEAR = new RegExp(String.raw`^${MON}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?${TIME}${ZONE})?$`, 'i');
// asctime / Date.toString: "Jan  4 16:29:06 PST 2004", "Jan 4 2004 16:29:06 GMT+0100"
const ASCTIME = new RegExp(String.raw`^${MON}\s+(\d{1,2})\s+${TIME}${ZONE}\s+(\d{4})$`, 'i');

function hour24(h: string, ampm: string | undefined): number {
  const n = Number(h);
  if (!ampm) return n;
  if (n < 1 || n > 12) return NaN;
  const pm = ampm.toLowerCase() === 'p';
  return (n % 12) + (pm ? 12 : 0);
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase()] ?? NaN;
}

function parseRfc822Like(input: string): Date | null {
  const s = input.replace(WEEKDAY, '');
  let m = DAY_MONTH_YEAR.exec(s);
  if (m) {
    const [, d, mon, y, h, mi, sec, frac, ampm, zone] = m;
    return fromParts(fullYear(y!), monthNumber(mon!), Number(d), h, mi, sec, frac, ampm, zone);
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m) {
    const [, mon, d, y, h, mi, sec, frac, ampm, zone] = m;
    return fromParts(Number(y), monthNumber(mon!), Number(d), h, mi, sec, frac, ampm, zone);
  }
  m = ASCTIME.exec(s);
  if (m) {
    const [, mon, d, h, mi, sec, frac, ampm, zone, y] = m;
    return fromParts(Number(y), monthNumber(mon!), Number(d), h, mi, sec, frac, ampm, zone);
  }
  return null;
}

function fromParts(
  year: number, month: number, day: number, h: string | undefined, mi: string | undefined, sec: string | undefined,
  frac: string | undefined, ampm: string | undefined, zone: string | undefined,
): Date | null {
  const offset = zoneOffset(zone ?? '');
  if (offset === null) return null;
  return build({
    year, month, day, hour: h === undefined ? 0 : hour24(h, ampm), minute: Number(mi ?? 0),
    second: Number(sec ?? 0), ms: fraction(frac), offset,
  });
}

/** Returns the instant a feed date string denotes, or null when it is not a date we can read. */
export function parseDate(input: string | null | undefined): Date | null {
  if (typeof input !== 'string') return null;
  const s = input.trim().replace(/\s+/g, ' ');
  if (s === '' || s.length > 100) return null;
  return /^\d{4}/.test(s) ? parseIso(s) : parseRfc822Like(s);
}
