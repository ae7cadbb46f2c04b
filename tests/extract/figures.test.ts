import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/extract/figures.ts';

type Expected = { text: string; kind: string; value: number | string; approx: boolean; label: string | null; currency?: string; unit?: string };

const one = (sentence: string, language?: string): Expected[] =>
  findFigures(sentence, { language: language ?? 'en' }).map((f) => {
    const out: Expected = { text: f.text, kind: f.kind, value: f.value, approx: f.approx, label: f.label };
    if (f.currency) out.currency = f.currency;
    if (f.unit) out.unit = f.unit;
    return out;
  });

describe('findFigures: counts', () => {
  it.each([
    ['a multiplier word', 'It logged 28 million interactions with Claude.', { text: '28 million', kind: 'count', value: 28_000_000, approx: false, label: 'interactions' }],
    ['a tilde as a hedge', 'Researchers found ~25,000 fake accounts.', { text: '~25,000', kind: 'count', value: 25_000, approx: true, label: 'fake accounts' }],
    ['"-plus" as a hedge', 'It has 200,000-plus users.', { text: '200,000-plus', kind: 'count', value: 200_000, approx: true, label: 'users' }],
    ['a plain count', 'The company employs 3,400 engineers.', { text: '3,400', kind: 'count', value: 3_400, approx: false, label: 'engineers' }],
    ['"bn" glued to the number', 'The app has 1.5bn downloads.', { text: '1.5bn', kind: 'count', value: 1_500_000_000, approx: false, label: 'downloads' }],
    ['a number word with a multiplier', 'About two million people signed up.', { text: 'two million', kind: 'count', value: 2_000_000, approx: true, label: 'people' }],
    ['"more than" as a hedge', 'More than 1,000 staff were cut.', { text: '1,000', kind: 'count', value: 1_000, approx: true, label: 'staff' }],
    ['"nearly" as a hedge', 'Nearly 40 stores will close.', { text: '40', kind: 'count', value: 40, approx: true, label: 'stores' }],
    ['a participle that ends the label', 'It recalled 1.2 million inhalers sold in May.', { text: '1.2 million', kind: 'count', value: 1_200_000, approx: false, label: 'inhalers' }],
  ])('reads %s', (_name, sentence, expected) => {
    expect(one(sentence)).toEqual([expected]);
  });
});

describe('findFigures: money', () => {
  it.each([
    ['dollars with a multiplier, labelled as funding', 'The startup raised $1.2 billion from investors.', { text: '$1.2 billion', kind: 'money', value: 1_200_000_000, approx: false, label: 'funding', currency: 'USD' }],
    ['euros with "m"', 'It took on €300m in debt.', { text: '€300m', kind: 'money', value: 300_000_000, approx: false, label: 'debt', currency: 'EUR' }],
    ['pounds', 'The regulator imposed a £45,000 fine.', { text: '£45,000', kind: 'money', value: 45_000, approx: false, label: 'fine', currency: 'GBP' }],
    ['"US$"', 'Tickets cost US$5 each.', { text: 'US$5', kind: 'money', value: 5, approx: false, label: 'cost', currency: 'USD' }],
    ['a currency word after the number', 'The city received 5 million euros in grants.', { text: '5 million euros', kind: 'money', value: 5_000_000, approx: false, label: 'grant', currency: 'EUR' }],
    ['a valuation', 'Investors valued the company at $10 billion.', { text: '$10 billion', kind: 'money', value: 10_000_000_000, approx: false, label: 'valuation', currency: 'USD' }],
    ['revenue', 'Annual revenue reached $5.3 billion.', { text: '$5.3 billion', kind: 'money', value: 5_300_000_000, approx: false, label: 'revenue', currency: 'USD' }],
    ['yen', 'The deal is worth ¥120 billion.', { text: '¥120 billion', kind: 'money', value: 120_000_000_000, approx: false, label: 'acquisition', currency: 'JPY' }],
  ])('reads %s', (_name, sentence, expected) => {
    expect(one(sentence)).toEqual([expected]);
  });

  it('labels each amount by the nearest keyword', () => {
    expect(one('It raised $50 million at a $1 billion valuation.').map((f) => f.label)).toEqual(['funding', 'valuation']);
  });
});

describe('findFigures: percentages, durations, versions, ranges', () => {
  it.each([
    ['"%"', 'Uptime was 99% last quarter.', { text: '99%', kind: 'percent', value: 99, approx: false, label: 'uptime', unit: '%' }],
    ['"percent" with an "of" label', 'Roughly 12 percent of employees quit.', { text: '12 percent', kind: 'percent', value: 12, approx: true, label: 'employees', unit: '%' }],
    ['"per cent"', 'Cover rose to 38 per cent.', { text: '38 per cent', kind: 'percent', value: 38, approx: false, label: 'cover', unit: '%' }],
    ['days', 'Staff have 10 days to switch.', { text: '10 days', kind: 'duration', value: 10, approx: false, label: null, unit: 'days' }],
    ['a number word with a unit', 'The review takes two weeks.', { text: 'two weeks', kind: 'duration', value: 2, approx: false, label: null, unit: 'weeks' }],
    ['months', 'The plant is delayed by 18 months.', { text: '18 months', kind: 'duration', value: 18, approx: false, label: null, unit: 'months' }],
    ['a hyphenated duration naming what lasts', 'They set a 90-day window.', { text: '90-day', kind: 'duration', value: 90, approx: false, label: 'window', unit: 'days' }],
    ['"v" versions', 'Claude Code v2.1.91 was hidden.', { text: 'v2.1.91', kind: 'version', value: '2.1.91', approx: false, label: 'Claude Code' }],
    ['"version" versions', 'It shipped version 2.1.91 today.', { text: 'version 2.1.91', kind: 'version', value: '2.1.91', approx: false, label: null }],
    ['a money range sharing its multiplier', 'The deal is worth $10-$20 million.', { text: '$10-$20 million', kind: 'range', value: 10_000_000, approx: false, label: 'acquisition', currency: 'USD' }],
    ['"between … and …"', 'There were between 5 and 10 bidders.', { text: 'between 5 and 10', kind: 'range', value: 5, approx: false, label: 'bidders' }],
  ])('reads %s', (_name, sentence, expected) => {
    expect(one(sentence)).toEqual([expected]);
  });

  it('gives a range its two ends', () => {
    const [range] = findFigures('The deal is worth $10-$20 million.');
    expect([range?.min, range?.max]).toEqual([10_000_000, 20_000_000]);
  });

  it('reads "rose from 10 to 20" as two figures, not a range', () => {
    expect(one('Prices rose from 10 to 20 dollars.').map((f) => f.kind)).not.toContain('range');
  });
});

describe('findFigures: what is not a figure', () => {
  it.each([
    ['a year', 'The company was founded in 2026.'],
    ['a date', 'The ban starts July 10, 2026.'],
    ['a day-first date', 'It launched on 10 July.'],
    ['a clock time', 'Trading closed at 4:30 p.m.'],
    ['a wire-style clock time', 'It traded at that level by 1040 GMT.'],
    ['an ordinal', 'It ranked 3rd in the survey.'],
    ['a rank', 'It is No. 3 in the market.'],
    ['a phone number', 'Call 555-123-4567 for details.'],
    ['a product name', 'The iPhone 15 Pro and COVID-19 and the F-35 and GPT-4.'],
    ['the digits inside a version', 'Version 2.1.91 shipped.'],
    ['an age', 'A 45-year-old man was arrested.'],
    ['an article read as "one"', 'It happens three times a week.'],
  ])('skips %s', (name, sentence) => {
    const kinds = one(sentence).filter((f) => f.kind !== 'version');
    expect(kinds, name).toEqual([]);
  });
});

describe('findFigures: continental number formats', () => {
  it('reads "2.000" as two thousand and "1,5 Milliarden Euro" as money in German', () => {
    expect(one('Die Bahn will 2.000 zusätzliche Fachkräfte einstellen und rund 1,5 Milliarden Euro investieren.', 'de-DE')).toEqual([
      { text: '2.000', kind: 'count', value: 2000, approx: false, label: 'zusätzliche Fachkräfte' },
      { text: '1,5 Milliarden Euro', kind: 'money', value: 1_500_000_000, approx: true, label: null, currency: 'EUR' },
    ]);
  });
});
