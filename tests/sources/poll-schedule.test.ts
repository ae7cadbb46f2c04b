import { describe, expect, it } from 'vitest';
import { effectiveInterval, MIN_INTERVAL_SEC, nextPollAt, POLL_TICK_SECOND } from '../../src/sources/poll-schedule.ts';

const at = (iso: string) => new Date(iso);

describe('effectiveInterval', () => {
  it.each([
    ['a chosen 1-minute interval stays one minute (no floor lengthens it)', 60, null, 60],
    ['a chosen 1-minute interval stays one minute even for a busy source', 60, 1_000, 60],
    ['a chosen 3-minute interval stays three minutes for a quiet source', 180, 2, 180],
    ['an undated feed keeps its interval', 900, null, 900],
    ['a source posting 96 a day is shortened to 15 min', 3_600, 96, 900],
    ['the adaptive shortening stops at the floor', 3_600, 10_000, MIN_INTERVAL_SEC],
    ['a quiet source is never lengthened beyond its interval', 900, 1, 900],
  ])('%s', (_name, intervalSec, perDay, expected) => {
    expect(effectiveInterval(intervalSec, perDay)).toBe(expected);
  });
});

describe('nextPollAt', () => {
  it('has the tick the scheduler runs on', () => expect(POLL_TICK_SECOND).toBe(30));

  it.each([
    ['1-minute source polled just after a tick is due at the next tick', '2026-12-03T12:00:30.400Z', 60, null, '2026-12-03T12:01:30.000Z'],
    ['1-minute source polled late in the minute is due one tick later', '2026-12-03T12:01:25.000Z', 60, null, '2026-12-03T12:01:30.000Z'],
    ['15-minute undated source polled after a tick is due 15 ticks later', '2026-12-03T12:00:31.200Z', 900, null, '2026-12-03T12:15:30.000Z'],
    ['a busy source with a 1-hour interval is polled every 15 min', '2026-12-03T12:00:30.500Z', 3_600, 96, '2026-12-03T12:15:30.000Z'],
  ])('%s', (_name, now, intervalSec, perDay, expected) => {
    expect(nextPollAt({ now: at(now), intervalSec, itemsPerDay: perDay }).toISOString()).toBe(expected);
  });

  it.each([
    ['a <ttl> longer than the interval is honoured to the second', { ttlSec: 1_800 }, '2026-12-03T12:30:30.400Z'],
    ['Retry-After is honoured to the second', { retryAfterSec: 90 }, '2026-12-03T12:02:00.400Z'],
    ['max-age shorter than the interval does not shorten it', { maxAgeSec: 30 }, '2026-12-03T12:01:30.000Z'],
  ])('%s', (_name, hints, expected) => {
    expect(nextPollAt({ now: at('2026-12-03T12:00:30.400Z'), intervalSec: 60, itemsPerDay: null, ...hints }).toISOString()).toBe(expected);
  });

  it('backs off exponentially from the chosen interval after failures', () => {
    const now = at('2026-12-03T12:00:30.400Z');
    expect(nextPollAt({ now, intervalSec: 60, itemsPerDay: null, errorCount: 1 }).toISOString()).toBe('2026-12-03T12:01:30.000Z');
    expect(nextPollAt({ now, intervalSec: 60, itemsPerDay: null, errorCount: 3 }).toISOString()).toBe('2026-12-03T12:04:30.000Z');
  });

  it('is always in the future', () => {
    const now = at('2026-12-03T12:00:29.999Z');
    expect(nextPollAt({ now, intervalSec: 60, itemsPerDay: null }).getTime()).toBeGreaterThan(now.getTime());
  });
});
