import { describe, expect, it } from 'vitest';
import { bodyHash, diffFigures } from '../../src/extract/diff-figures.ts';
import type { Figure } from '../../src/extract/types.ts';

const fig = (text: string, value: number, label: string | null, kind: Figure['kind'] = 'count'): Figure => ({
  text, kind, value, approx: false, qualifier: null, label, evidence: { paragraph: 0, sentence: `${text} ${label ?? ''}` },
});

describe('diffFigures', () => {
  it('reports a figure whose value moved as changed, not removed and added', () => {
    const before = [fig('25,000', 25_000, 'fake accounts'), fig('28 million', 28e6, 'interactions')];
    const after = [fig('30,000', 30_000, 'fake accounts'), fig('28 million', 28e6, 'interactions')];
    expect(diffFigures(before, after)).toEqual({ added: [], removed: [], changed: [{ before: before[0], after: after[0] }] });
  });

  it('reports new and dropped figures', () => {
    const before = [fig('3,400', 3_400, 'engineers')];
    const after = [fig('12%', 12, 'software staff', 'percent')];
    expect(diffFigures(before, after)).toEqual({ added: after, removed: before, changed: [] });
  });

  it('reports nothing for the same figures', () => {
    const figures = [fig('3,400', 3_400, 'engineers')];
    expect(diffFigures(figures, [...figures])).toEqual({ added: [], removed: [], changed: [] });
  });
});

describe('bodyHash', () => {
  it('is stable across whitespace and changes with the text', () => {
    const a = bodyHash({ body: { paragraphs: ['One  two.', 'Three.'], word_count: 3 } });
    expect(a).toBe(bodyHash({ body: { paragraphs: [' One two. ', 'Three.'], word_count: 3 } }));
    expect(a).not.toBe(bodyHash({ body: { paragraphs: ['One two.', 'Four.'], word_count: 3 } }));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});
