import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/extract/figures.ts';

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
  });
});
