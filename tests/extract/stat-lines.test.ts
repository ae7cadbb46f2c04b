import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { findFigures } from '../../src/extract/figures.ts';
import { isStatLine, statLineFigures } from '../../src/extract/stat-lines.ts';

const brief = (sentence: string, previous?: string) => findFigures(sentence, { language: 'en', previous }).map((f) => [f.text, f.value, f.label]);

describe('box-score lines (stat-lines.ts)', () => {
  it('reads a team record line with one player tally', () => {
    expect(brief('Oakdale (2-1): Marlow 21 points.')).toEqual([['21 points', 21, 'Marlow points']]);
  });
  it('reads several tallies of one player, joined by commas and "and"', () => {
    expect(brief('Jonah Pettit 2 goals, 1 assist and 4 saves.')).toEqual([['2 goals', 2, 'Jonah Pettit goals'], ['1 assist', 1, 'Jonah Pettit assist'], ['4 saves', 4, 'Jonah Pettit saves']]);
  });
  it('reads a single tally after another box-score line', () => {
    expect(brief('R. Quill 9 rebounds.', 'Eastfield (0-3): T. Varga 12 points.')).toEqual([['9 rebounds', 9, 'R. Quill rebounds']]);
  });
  it('reads a list line without a full stop, with a colon after the name', () => {
    expect(brief('Dana Whitcombe: 31 points, 12 rebounds')).toEqual([['31 points', 31, 'Dana Whitcombe points'], ['12 rebounds', 12, 'Dana Whitcombe rebounds']]);
  });
  it('reads a line score whose periods add up to the total', () => {
    expect(statLineFigures('Westbrook 10 12 9 20 — 51')?.map((f) => [f.value, f.label])).toEqual([[10, 'Westbrook first-period points'], [12, 'Westbrook second-period points'], [9, 'Westbrook third-period points'], [20, 'Westbrook fourth-period points']]);
  });
  it('leaves numbers after a name alone when nothing marks a box score', () => {
    expect(statLineFigures('Windows 10 users.')).toBeNull();
    expect(statLineFigures('Route 66 travellers 3 days')).toBeNull();
    expect(statLineFigures('Channel 4 2 12 — 90')).toBeNull();
    expect(isStatLine('Apple 3 billion')).toBe(false);
  });
  it('lists every player of a roundup, even with the same tally', () => {
    const html = '<html><body><article><p>Oakdale d. Eastfield 61-40</p><p>Eastfield 10 12 8 10 — 40</p><p>Oakdale (2-1): Marlow 21 points. Quint 10 points. Abara 10 points.</p></article></body></html>';
    const figures = extractFacts(html, 'http://example.com/roundup').figures.map((f) => [f.text, f.label]);
    expect(figures).toEqual([['10', 'Eastfield first-period points'], ['12', 'Eastfield second-period points'], ['8', 'Eastfield third-period points'], ['10', 'Eastfield fourth-period points'], ['21 points', 'Marlow points'], ['10 points', 'Quint points'], ['10 points', 'Abara points']]);
  });
});
