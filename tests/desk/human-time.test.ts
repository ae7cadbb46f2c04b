import { describe, expect, it } from 'vitest';
import { ago, clock, dateLabel, factSummary, heldLine, plural, until } from '../../src/desk/pages/human-time.ts';

const now = new Date('2026-07-04T14:20:00Z');

describe('desk times and counts, as an editor reads them', () => {
  it.each([
    [0, 'figure', '0 figures'],
    [1, 'date', '1 date'],
    [2, 'quote', '2 quotes'],
  ])('plural(%i, %s) → %s', (n, one, expected) => expect(plural(n, one)).toBe(expected));

  it.each([
    [{ figures: 2, dates: 1, quotes: 0 }, '2 figures · 1 date'],
    [{ figures: 0, dates: 0, quotes: 1 }, '1 quote'],
    [{ figures: 0, dates: 0, quotes: 0 }, ''],
  ])('factSummary(%j) → %j (no zero noise)', (c, expected) => expect(factSummary(c)).toBe(expected));

  it.each([
    ['2026-07-04T14:19:40Z', 'just now'],
    ['2026-07-04T14:08:00Z', '12 min ago'],
    ['2026-07-04T12:05:00Z', '2 h ago'],
    ['2026-07-01T14:20:00Z', '3 days ago'],
    ['2026-06-03T09:00:00Z', 'Jun 3'],
    ['2025-12-30T09:00:00Z', 'Dec 30, 2025'],
    [null, '—'],
  ])('ago(%s) → %s', (iso, expected) => expect(ago(iso, now)).toBe(expected));

  it.each([
    ['2026-07-04T14:32:00Z', 'in 12 min'],
    ['2026-07-04T15:25:00Z', 'in 1 h'],
    ['2026-07-04T14:00:00Z', 'now'],
  ])('until(%s) → %s', (iso, expected) => expect(until(iso, now)).toBe(expected));

  it('gives the clock time in UTC, with the date when it is another day, and the year only when it is another year', () => {
    expect(clock('2026-07-04T14:32:00Z', now)).toBe('14:32 UTC');
    expect(clock('2026-07-05T00:10:00Z', now)).toBe('Jul 5, 00:10 UTC');
    expect(dateLabel('2026-01-02T00:00:00Z', now)).toBe('Jan 2');
    expect(dateLabel('2024-01-02T00:00:00Z', now)).toBe('Jan 2, 2024');
  });

  it('tells a claim humanly', () => {
    const claim = { editor_name: 'Alice', expires_at: '2026-07-04T14:32:00Z' };
    expect(heldLine(claim, false, now)).toBe('Held by Alice until 14:32 UTC (in 12 min)');
    expect(heldLine(claim, true, now)).toBe('Held by you until 14:32 UTC (in 12 min)');
  });
});
