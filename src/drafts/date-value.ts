import type { DateFact } from '../extract/types.ts';

/** Stat values for dates, as the reference example writes them: "July 10, 2026", "Apr 22 - Jun 5", "March 2026". */

const LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso: string): { y: string; m: number | null; d: number | null } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  return { y: m[1]!, m: m[2] ? Number(m[2]) - 1 : null, d: m[3] ? Number(m[3]) : null };
}

/** Returns "July 10, 2026" for 2026-07-10, "March 2026" for 2026-03, "2026" for 2026. */
export function longDate(iso: string): string {
  const p = parts(iso);
  if (!p) return iso;
  if (p.m === null) return p.y;
  if (p.d === null) return `${LONG[p.m]} ${p.y}`;
  return `${LONG[p.m]} ${p.d}, ${p.y}`;
}

function shortDay(iso: string): string {
  const p = parts(iso);
  if (!p || p.m === null) return p?.y ?? iso;
  return p.d === null ? `${SHORT[p.m]} ${p.y}` : `${SHORT[p.m]} ${p.d}`;
}

/** Returns a date fact's stat value: a single day in full, a span compact ("Apr 22 - Jun 5", the year added when the ends differ in year). */
export function dateValue(d: DateFact): string {
  if ('date' in d) return longDate(d.date);
  const sameYear = d.start.slice(0, 4) === d.end.slice(0, 4);
  if (sameYear) return `${shortDay(d.start)} - ${shortDay(d.end)}`;
  return `${shortDay(d.start)}, ${d.start.slice(0, 4)} - ${shortDay(d.end)}, ${d.end.slice(0, 4)}`;
}

/** Returns the identity of a date fact ("2026-07-10" or "2026-04-22/2026-06-05") for de-duplication. */
export function dateKey(d: DateFact): string {
  return 'date' in d ? d.date : `${d.start}/${d.end}`;
}
