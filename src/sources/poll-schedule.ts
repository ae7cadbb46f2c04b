/**
 * When to poll a source next (pure; SPEC "Fetch politely"). The next poll is the latest of the
 * source's interval, the feed's `<ttl>`, `Cache-Control: max-age`, `Expires` and `Retry-After`;
 * sources that post often are polled more often (entry-frequency scheduling, as Miniflux's
 * `POLLING_SCHEDULER=entry_frequency`), within bounds; failures back off exponentially.
 */
/** Floor of the adaptive (entry-frequency) shortening only: an interval the user chose is never lengthened to it (issue 13, fault 4). */
export const MIN_INTERVAL_SEC = 5 * 60;
/**
 * The scheduler ticks every minute at this second (jobs/poll-sources.ts). A next poll is rounded
 * down to the last tick at or before it, so a source polled a moment after a tick is due again one
 * interval later and not one tick after that (issue 13: "undated feeds land just after the tick":
 * a 1-minute source polled at 12:00:30.4 was due at 12:01:30.4, missed the 12:01:30 tick and ran
 * every 2 minutes).
 */
export const POLL_TICK_SECOND = 30;
export const MAX_INTERVAL_SEC = 24 * 60 * 60;
/** Hints from a feed or server are honoured up to this long, so one bad header cannot silence a source for weeks. */
export const MAX_HINT_SEC = 24 * 60 * 60;
/** Consecutive failures after which a source is paused and shown as failing. */
export const MAX_CONSECUTIVE_FAILURES = 10;

export interface ScheduleInput {
  now: Date;
  /** The source's configured interval. */
  intervalSec: number;
  /** Recent posting rate (items per day), or null when unknown. */
  itemsPerDay: number | null;
  ttlSec?: number | null;
  maxAgeSec?: number | null;
  expiresAt?: Date | null;
  retryAfterSec?: number | null;
  /** Consecutive failures including this poll's (0 after a success). */
  errorCount?: number;
}

/**
 * Returns the effective base interval: shorter for sources that post often, but the shortening
 * never goes below MIN_INTERVAL_SEC, and an interval chosen below that floor is kept as chosen.
 */
export function effectiveInterval(intervalSec: number, itemsPerDay: number | null): number {
  if (!itemsPerDay || itemsPerDay <= 0 || !Number.isFinite(itemsPerDay)) return intervalSec;
  // Expect about one new item per poll: a source posting 96 times a day is polled every 15 min.
  const byFrequency = Math.max(MIN_INTERVAL_SEC, Math.round(86_400 / itemsPerDay));
  return Math.min(intervalSec, byFrequency);
}

/** Returns the time of the next poll. */
export function nextPollAt(input: ScheduleInput): Date {
  const now = input.now.getTime();
  const errors = input.errorCount ?? 0;
  let delaySec = effectiveInterval(input.intervalSec, input.itemsPerDay);
  if (errors > 0) delaySec = Math.min(MAX_INTERVAL_SEC, input.intervalSec * 2 ** Math.min(errors - 1, 10));
  const hints = [input.ttlSec, input.maxAgeSec, input.retryAfterSec]
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0)
    .map((v) => Math.min(v, MAX_HINT_SEC));
  if (input.expiresAt) {
    const sec = (input.expiresAt.getTime() - now) / 1000;
    if (sec > 0) hints.push(Math.min(sec, MAX_HINT_SEC));
  }
  // The source's own cadence is rounded down to the scheduler's tick; a feed's or server's hint is
  // honoured to the second (never polled before it asked).
  const byCadence = lastTickAtOrBefore(now + delaySec * 1000);
  const byHints = hints.length > 0 ? now + Math.round(Math.max(...hints) * 1000) : 0;
  return new Date(Math.max(byCadence, byHints, now + 1000));
}

/** Returns the time (ms) of the last scheduler tick at or before `ms`. */
function lastTickAtOrBefore(ms: number): number {
  const offset = POLL_TICK_SECOND * 1000;
  return Math.floor((ms - offset) / 60_000) * 60_000 + offset;
}

/** Returns the posting rate (items per day) of a feed's items over the last 30 days, or null with too few dated items. */
export function itemsPerDay(dates: readonly (Date | null)[], now: Date): number | null {
  const windowMs = 30 * 86_400_000;
  const recent = dates
    .filter((d): d is Date => d instanceof Date && !Number.isNaN(d.getTime()))
    .map((d) => d.getTime())
    .filter((t) => t <= now.getTime() + 3_600_000 && t >= now.getTime() - windowMs)
    .sort((a, b) => a - b);
  if (recent.length < 3) return null;
  const spanDays = Math.max((now.getTime() - recent[0]!) / 86_400_000, 1 / 24);
  return recent.length / spanDays;
}

/** Parses an interval such as "15m", "2h", "1d", "900" (seconds) or "30s"; returns seconds or null. */
export function parseInterval(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d)?\s*$/i.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? 's').toLowerCase();
  const factor = unit.startsWith('s') ? 1 : unit.startsWith('m') ? 60 : unit.startsWith('h') ? 3600 : 86_400;
  const sec = Math.round(n * factor);
  return sec > 0 ? sec : null;
}
