/**
 * Times as editors read them (issue 11: "the claim conflict shows a raw ISO time"): a clock time
 * in UTC (the desk's zone, said once) with how far away it is. Pure: `now` is passed in.
 */

/** Returns "in 12 min", "in 2 h 5 min", "3 min ago", "just now". */
export function relativeTime(at: Date, now: Date): string {
  const minutes = Math.round((at.getTime() - now.getTime()) / 60_000);
  const abs = Math.abs(minutes);
  if (abs === 0) return 'just now';
  const text = abs < 60 ? `${abs} min` : `${Math.floor(abs / 60)} h${abs % 60 === 0 ? '' : ` ${abs % 60} min`}`;
  return minutes > 0 ? `in ${text}` : `${text} ago`;
}

/** Returns "14:32 UTC (in 12 min)" — with the date in front when it is not today's. */
export function humanTime(iso: string | Date, now: Date): string {
  const at = typeof iso === 'string' ? new Date(iso) : iso;
  const sameDay = at.toISOString().slice(0, 10) === now.toISOString().slice(0, 10);
  const day = sameDay ? '' : `${at.toLocaleString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' })}, `;
  return `${day}${at.toISOString().slice(11, 16)} UTC (${relativeTime(at, now)})`;
}
