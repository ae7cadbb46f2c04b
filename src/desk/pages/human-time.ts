/**
 * Times and counts as an editor reads them (issue 11 points 9 and 13): "2 h ago", "in 12 min",
 * "14:32 UTC", "Jul 4" (with the year only when it is not the current one), "1 date", no
 * "0 quotes". Pure: the clock is passed in. The desk shows UTC, the zone of every stored time.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Returns "1 date" / "3 dates"; `many` defaults to `one` + "s". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Returns the fact counts worth showing ("2 figures · 1 date"), zeros left out; "" when there are none. */
export function factSummary(c: { figures: number; dates: number; quotes: number }): string {
  return [
    c.figures > 0 ? plural(c.figures, 'figure') : null,
    c.dates > 0 ? plural(c.dates, 'date') : null,
    c.quotes > 0 ? plural(c.quotes, 'quote') : null,
  ].filter((x) => x !== null).join(' · ');
}

function span(ms: number): string {
  if (ms < MINUTE) return 'under a minute';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)} h`;
  return plural(Math.floor(ms / DAY), 'day');
}

/** Returns how long ago `iso` was ("just now", "5 min ago", "2 h ago", "3 days ago"), or the date after a week. */
export function ago(iso: string | null, now: Date): string {
  if (!iso) return '—';
  const ms = now.getTime() - Date.parse(iso);
  if (ms < 0) return `in ${span(-ms)}`;
  if (ms < MINUTE) return 'just now';
  if (ms >= 7 * DAY) return dateLabel(iso, now);
  return `${span(ms)} ago`;
}

/** Returns how long until `iso` ("in 12 min", "in 1 h"), "now" once passed. */
export function until(iso: string, now: Date): string {
  const ms = Date.parse(iso) - now.getTime();
  return ms <= 0 ? 'now' : `in ${span(ms)}`;
}

/** Returns the time of day in UTC ("14:32 UTC"), with the date when it is not today ("Jul 5, 14:32 UTC"). */
export function clock(iso: string, now: Date): string {
  const d = new Date(iso);
  const time = `${d.toISOString().slice(11, 16)} UTC`;
  return d.toISOString().slice(0, 10) === now.toISOString().slice(0, 10) ? time : `${dateLabel(iso, now)}, ${time}`;
}

/** Returns "Jul 4", or "Jul 4, 2025" when the year is not the current one. */
export function dateLabel(iso: string, now: Date): string {
  const d = new Date(iso);
  const sameYear = d.getUTCFullYear() === now.getUTCFullYear();
  return d.toLocaleString('en-US', { month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }), timeZone: 'UTC' });
}

/** Returns how a live claim reads: "Held by Alice until 14:32 UTC (in 12 min)" ("you" for the reader's own). */
export function heldLine(claim: { editor_name: string; expires_at: string }, mine: boolean, now: Date): string {
  return `Held by ${mine ? 'you' : claim.editor_name} until ${clock(claim.expires_at, now)} (${until(claim.expires_at, now)})`;
}

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
