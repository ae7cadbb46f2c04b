import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { findFigures, headsNext, isStatementLine, thousandsDot, writesDecimalComma } from '../../src/extract/figures.ts';

const read = (sentence: string): [string, string, unknown, string | null, string | undefined][] =>
  findFigures(sentence, { language: 'en' }).map((f) => [f.text, f.kind, f.value, f.label, f.unit]);

describe('findFigures: a letter glued to a number is a multiplier only where it counts (review rev1 kind 9)', () => {
  it.each([
    ['a sub-clause, a phase, a section', 'Under Rule 1b of the agreement, the company must disclose Phase 2b trial results. Section 4b sets a fine.'],
    ['a tier, a version, a draft, a lower-case rule', 'Draft 2b of the bill, Version 3b and Tier 1b rules were published, and rule 3b still applies.'],
    ['the company 3M', '3M said on Tuesday it would cut jobs, and 3M and 7-Eleven signed the deal.'],
    ['the company 3M after "of", before a verb', 'Shares of 3M rose after 3M reported its results.'],
  ])('reads no figure in %s', (_what, sentence) => {
    expect(findFigures(sentence, { language: 'en' }).filter((f) => /\d[bBmM]$/.test(f.text))).toEqual([]);
  });
  it('keeps amounts and counts with a glued multiplier', () => {
    expect(read('The startup raised $3M, and the bank lent it $1b more; the club paid £3bn and $40m.').map((f) => f[2])).toEqual([3e6, 1e9, 3e9, 4e7]);
    expect(read('The app has 1.2B users, the video drew 40M viewers and the series reached 3M downloads.').map((f) => [f[0], f[2]])).toEqual([['1.2B', 1.2e9], ['40M', 4e7], ['3M', 3e6]]);
    expect(read('About 3m people live there, and some 2M households were affected.').map((f) => f[2])).toEqual([3e6, 2e6]);
    expect(read('It is a 5M-user service.').map((f) => f[2])).toEqual([5e6]);
    expect(read("'Cosmos' premiere ratings: 40M first week?").map((f) => f[2])).toEqual([4e7]);
  });
});

describe('findFigures: a quantity per unit of time, game or head is a rate (review rev2 F1)', () => {
  it('reads a count or a measure followed by "per"/"a" as a measure with the rate as its unit and in its label', () => {
    expect(read('The app lets users read 600 words per minute.')).toEqual([['600', 'measure', 600, 'words per minute', 'words per minute']]);
    expect(read('Hackers hit the exchange 150,000 times per second.')).toEqual([['150,000', 'measure', 150000, 'times per second', 'times per second']]);
    expect(read('The striker has averaged 3 goals a game this season.')).toEqual([['3', 'measure', 3, 'goals per game', 'goals per game']]);
    expect(read('The plant uses 4 million gallons of water a day.')).toEqual([['4 million gallons', 'measure', 4e6, 'water per day', 'gallons per day']]);
    expect(read('The train runs at 200 kilometers per hour.')).toEqual([['200 kilometers', 'measure', 200, 'speed', 'kilometers per hour']]);
    expect(read('The service has 97 million unique users per month.')).toEqual([['97 million', 'measure', 97e6, 'unique users per month', 'users per month']]);
  });
  it('reads a rate written as one compound ("900 word-per-minute", "45 revolutions-per-minute")', () => {
    expect(read('The app promises 900 word-per-minute reading.')).toEqual([['900', 'measure', 900, 'word per minute', 'word per minute']]);
    expect(read('Singles play at 45 revolutions-per-minute.')).toEqual([['45', 'measure', 45, 'revolutions per minute', 'revolutions per minute']]);
    expect(read('It is a $10-a-month plan.').map((f) => [f[1], f[3]])).toEqual([['money', 'price per month']]);
  });
  it('keeps a label that names a rate already, and money per unit as money', () => {
    expect(read('We saw a write speed of 2890 megabytes per second.')).toEqual([['2890 megabytes', 'measure', 2890, 'write speed', 'megabytes per second']]);
    expect(read('The minimum wage rises to $15 an hour.').map((f) => [f[1], f[2]])).toEqual([['money', 15]]);
  });
  it('reads no rate in a time placed by "a year later", "a day before", a span a week, or "of them a year"', () => {
    expect(read('The firm hired 20 people a year later.')).toEqual([['20', 'count', 20, 'people', undefined]]);
    expect(read('They sold 500 cars a day before the strike.')).toEqual([['500', 'count', 500, 'cars', undefined]]);
    expect(read('He worked 60 hours a week.').map((f) => [f[1], f[4]])).toEqual([['duration', 'hours']]);
    expect(read('The drug cut deaths by 20 percent a year.').map((f) => [f[1], f[4]])).toEqual([['percent', '%']]);
  });
});

describe('isStatementLine: a short unpunctuated line that states a fact (review rev2 F2)', () => {
  it.each([
    'Respawn sold 840mb of day-one patches',
    '13 deaths reported',
    'Two updated iPad models',
    'Reading app clocks 600 words per minute',
    'Regulators dismissed defect tied to 13 deaths',
  ])('reads "%s" as a statement', (line) => {
    expect(isStatementLine(line)).toBe(true);
  });
  it.each([
    'Five things we learned',
    '10 ways to save money',
    'The 10 best phones',
    '5 great moments from Episode 1',
    'Updated 3 hours ago',
    '5 min read',
    'View all 35 photos',
    'Page 2 of 5',
    '12 comments',
    'Share this article',
    'Sales rose | 12 | 14',
    'This article is more than 2 years old',
    'Get our newsletter for 3 months free',
  ])('reads "%s" as a heading or page furniture', (line) => {
    expect(isStatementLine(line)).toBe(false);
  });
  it('keeps the figures of a key-facts list whose lines have no full stop', () => {
    const html = `<html lang="en"><body><article><p>Respawn published the key numbers for the launch on its blog on Monday, and players quickly shared them.</p><p>Respawn sold 840mb of day-one patches</p><p>13 deaths reported</p><p>Five things we learned</p><p>12 comments</p></article></body></html>`;
    expect(extractFacts(html, 'http://example.com/a').figures.map((f) => f.text)).toEqual(['840mb', '13']);
  });
  it('leaves a short line whose numbers the next paragraph restates to that paragraph (a heading)', () => {
    const html = `<html lang="en"><body><article><p>The storm made landfall near Port Merrin on Monday morning, forecasters said, and the winds are still rising.</p><p>Power cut to 60,000 homes</p><p>Western Grid says more than 60,000 homes are now without power, up from 41,000 an hour ago.</p></article></body></html>`;
    expect(extractFacts(html, 'http://example.com/a').figures.map((f) => [f.text, f.evidence.paragraph])).toEqual([['60,000', 2], ['41,000', 2]]);
  });
});

describe('thousandsDot: a page that groups thousands with dots though its words read as English (review rev1 kind 14)', () => {
  it('reads "6.500" and "3.000ft" as thousands when the page writes its digits the continental way', () => {
    expect(thousandsDot('Nichts ist schlimmer, als in einem Wust von 6.500 Redirects, ob nicht 6.000 Regeln weg können.')).toBe(true);
    expect(thousandsDot('Die Flughöhe soll 3.000ft nicht überschreiten, 1.000ft über Grund; 1 NM = 1,852 km; 2.000ft und 4.500ft.')).toBe(true);
    expect(thousandsDot('A town of 1.500.000 people.')).toBe(true);
    expect(findFigures('Der Pilot stieg auf 3.000ft.', { language: null, thousandsDot: true }).map((f) => f.value)).toEqual([3000]);
    expect(findFigures('A town of 1.500.000 people and 6.500 lights.', { language: 'en', thousandsDot: true }).map((f) => f.value)).toEqual([1500000, 6500]);
  });
  it('leaves "1.500" one and a half where the page writes English decimals or only one such number', () => {
    expect(thousandsDot('The barrel is 1.500 inches wide, and the stock closed at 3.5 dollars, 2.125 percent up.')).toBe(false);
    expect(thousandsDot('The bore measured 0.750 inches and the barrel 1.500 inches.')).toBe(false);
    expect(thousandsDot('The barrel is 1.500 inches wide.')).toBe(false);
    expect(thousandsDot('It sold 4,500 units and 6,200 more, of 1.500 and 2.250 grade.')).toBe(false);
    expect(findFigures('The barrel is 1.500 inches wide.', { language: 'en' }).map((f) => f.value)).toEqual([1.5]);
  });
  it('reads a low single quote between digit groups as a thousands comma', () => {
    expect(read('MtGox faced 150‚000 attacks a second.').map((f) => f[2])).toEqual([150000]);
  });
});

describe('short lines and decimal commas', () => {
  it('a short line whose numbers the next paragraph restates heads it', () => {
    expect(headsNext('Power cut to 60,000 homes', 'About 60,000 homes lost power on Sunday night.')).toBe(true);
    expect(headsNext('13 deaths reported', 'The storm moved north on Monday.')).toBe(false);
    expect(headsNext('Power cut', 'About 60,000 homes lost power.')).toBe(false);
  });

  it('knows the languages that write a decimal comma', () => {
    expect(writesDecimalComma('de-DE')).toBe(true);
    expect(writesDecimalComma('fr')).toBe(true);
    expect(writesDecimalComma('en-US')).toBe(false);
    expect(writesDecimalComma(null)).toBe(false);
  });
});
