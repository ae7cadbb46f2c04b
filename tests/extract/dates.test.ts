import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.ts';

// Publication day of SPEC's reference story: Saturday, July 4, 2026.
const published = new Date('2026-07-04T00:00:00Z');

// The dates without their `what`, which has its own tests below.
const dates = (sentence: string, pub: Date | null = published) => findDates(sentence, pub).map(({ what: _what, ...d }) => d);

describe('findDates', () => {
  it.each([
    ['a month-first date with a year', 'The ban takes effect July 10, 2026.', [{ text: 'July 10, 2026', date: '2026-07-10' }]],
    ['a day-first date', 'It was announced on 10 July 2026.', [{ text: '10 July 2026', date: '2026-07-10' }]],
    ['an ISO date', 'The filing is dated 2026-07-10.', [{ text: '2026-07-10', date: '2026-07-10' }]],
    ['a year-less date, resolved to the publication year', 'It starts July 10 for all staff.', [{ text: 'July 10', date: '2026-07-10' }]],
    ['a year-less date in the past', 'It has been hidden since April 2.', [{ text: 'April 2', date: '2026-04-02' }]],
    ['an abbreviated month', 'It has been hidden since Apr. 2.', [{ text: 'Apr. 2', date: '2026-04-02' }]],
    ['a "between … and …" span', 'The window ran between April 22 and June 5.', [{ text: 'April 22 and June 5', start: '2026-04-22', end: '2026-06-05' }]],
    ['a dashed span', 'Apr 22 - Jun 5 is the window cited.', [{ text: 'Apr 22 - Jun 5', start: '2026-04-22', end: '2026-06-05' }]],
    ['a same-month span', 'Talks ran April 22-25, 2026 in Geneva.', [{ text: 'April 22-25, 2026', start: '2026-04-22', end: '2026-04-25' }]],
    ['a month span', 'Sales ran from March to May.', [{ text: 'March to May', start: '2026-03-01', end: '2026-05-31' }]],
    ['a span across the new year', 'Between Dec 20 and Jan 5 it rose.', [{ text: 'Dec 20 and Jan 5', start: '2025-12-20', end: '2026-01-05' }]],
    ['a weekday, as the one on or before publication', 'The company said on Tuesday it would appeal.', [{ text: 'Tuesday', date: '2026-06-30' }]],
    ['"yesterday"', 'Shares fell yesterday.', [{ text: 'yesterday', date: '2026-07-03' }]],
    ['two dates joined by "and" as two dates', 'They met on July 1 and July 3.', [{ text: 'July 1', date: '2026-07-01' }, { text: 'July 3', date: '2026-07-03' }]],
  ])('reads %s', (_name, sentence, expected) => {
    expect(dates(sentence)).toEqual(expected);
  });

  it('reads a bare weekday as the most recent one on or before publication (ANNOTATING.md) and "next Thursday" as the one after', () => {
    expect(dates('Emirates announced the order Wednesday.')).toEqual([{ text: 'Wednesday', date: '2026-07-01' }]);
    expect(dates('Talks resume next Thursday.')).toEqual([{ text: 'next Thursday', date: '2026-07-09' }]);
    expect(dates('Black Friday sales were strong.')).toEqual([]);
  });

  it.each([
    ['a year that dates an event', 'The company was founded in 2010.', [{ text: '2010', date: '2010' }]],
    ['a month that dates an event', 'It went public in April.', [{ text: 'April', date: '2026-04' }]],
    ['a later month in a past-tense sentence, as last year', 'It went public in November.', [{ text: 'November', date: '2025-11' }]],
    ['"mid-December"', 'Deliveries begin in mid-December.', [{ text: 'mid-December', date: '2026-12' }]],
    ['"early 2027"', 'It ships in early 2027.', [{ text: 'early 2027', date: '2027' }]],
    ['a month and year', 'It crashed in March 2019.', [{ text: 'March 2019', date: '2019-03' }]],
  ])('reads %s', (_name, sentence, expected) => {
    expect(dates(sentence)).toEqual(expected);
  });

  it('says what happens on each date', () => {
    expect(findDates('Alibaba is barring staff from using Claude Code starting July 10, and shares fell yesterday.', published).map((d) => d.what)).toEqual([
      'is barring staff from using Claude Code',
      'shares fell',
    ]);
  });

  it('picks the nearest year for a year-less date near the new year', () => {
    expect(dates('The vote is on Jan. 3.', new Date('2026-12-28T00:00:00Z'))).toEqual([{ text: 'Jan. 3', date: '2027-01-03' }]);
  });

  it.each([
    ['"may" the verb', 'Prices may 5 times exceed costs.'],
    ['an impossible date', 'It happened on February 30, 2026.'],
    ['a month as a name', 'April Smith pulled the product.'],
    ['a year as a quantity', 'It sold 2019 units.'],
  ])('ignores %s', (_name, sentence) => {
    expect(dates(sentence)).toEqual([]);
  });

  it('leaves year-less dates and weekdays alone without a publication date', () => {
    expect(dates('It starts July 10 and was said on Tuesday.', null)).toEqual([]);
  });
});
