import { describe, expect, it } from 'vitest';
import { abbreviationDot, MAX_SENTENCE, splitSentences, tailOf } from '../../src/extract/sentences.ts';

const split = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['keeps "U.S." inside a sentence', 'Sales in the U.S. rose 5% last year.', ['Sales in the U.S. rose 5% last year.']],
    ['ends a sentence at "U.S." when a new one starts', 'It is made in the U.S. The parts come from Mexico.', ['It is made in the U.S.', 'The parts come from Mexico.']],
    ['keeps "Inc." and "Corp." before a lower-case word', 'Acme Inc. said it would buy Widget Corp. for cash.', ['Acme Inc. said it would buy Widget Corp. for cash.']],
    ['keeps "Mr." and "Dr." with the name', 'Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['keeps version numbers whole', 'Claude Code v2.1.91 was hidden. Users noticed.', ['Claude Code v2.1.91 was hidden.', 'Users noticed.']],
    ['keeps decimals in money', 'It raised $1.2 billion. Investors cheered.', ['It raised $1.2 billion.', 'Investors cheered.']],
    ['keeps "No. 3"', 'The firm is No. 3 in the market. Rivals lead.', ['The firm is No. 3 in the market.', 'Rivals lead.']],
    ['keeps abbreviated months', 'The ban starts Jan. 5 for all staff.', ['The ban starts Jan. 5 for all staff.']],
    ['keeps initials', 'J. K. Rowling wrote it. It sold well.', ['J. K. Rowling wrote it.', 'It sold well.']],
    ['splits after an ellipsis before a capital', 'He paused... Then he spoke.', ['He paused...', 'Then he spoke.']],
    ['keeps an ellipsis before a lower-case word', 'It was… fine, really.', ['It was… fine, really.']],
    ['ends a sentence after a closing quote', 'He said “no.” Then he left.', ['He said “no.”', 'Then he left.']],
    ['does not split a question inside a quote before its attribution', '“Is it over?” she asked. “Yes.”', ['“Is it over?” she asked.', '“Yes.”']],
    ['ends on "no." as a word', 'The answer was no. Everyone left.', ['The answer was no.', 'Everyone left.']],
    ['keeps a decimal split by a space before a number glued to its unit', 'It comes with a case, 3. 5mm cable and a charger.', ['It comes with a case, 3. 5mm cable and a charger.']],
    ['ends a sentence on a digit before a number without a unit', 'The vote was 5 to 3. 12 members abstained.', ['The vote was 5 to 3.', '12 members abstained.']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('reports each sentence with its offset in the paragraph', () => {
    const text = 'One two. Three four.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});

describe('abbreviationDot', () => {
  it('knows an abbreviation’s, an initial’s and a dotted acronym’s period from a stop', () => {
    expect(['Nov.', 'Inc.', 'U.S.', 'J.', 'Sept.'].map(abbreviationDot)).toEqual([true, true, true, true, true]);
    expect(['runs.', 'Nov', 'today.', '10.'].map(abbreviationDot)).toEqual([false, false, false, false]);
  });
});

describe('splitSentences on a paragraph that never stops', () => {
  it('cuts an overlong run at clause breaks into verbatim pieces no longer than MAX_SENTENCE, offsets kept', () => {
    const paragraph = Array(2000).fill('Mr. John Smith, 42, said $1.5 million on Monday, Nov. 3, 2014').join(' ');
    const pieces = splitSentences(paragraph);
    expect(pieces.length).toBeGreaterThan(50);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(paragraph.slice(p.start, p.start + p.text.length)).toBe(p.text);
    }
    // every word kept, in order
    expect(pieces.map((p) => p.text).join(' ')).toBe(paragraph);
    // (each piece ends at a clause break: after a comma)
    expect(pieces.slice(0, -1).every((p) => p.text.endsWith(','))).toBe(true);
  });

  it('leaves prose sentences whole, however long a real one runs', () => {
    const long = `In 1788 Captain Arthur Phillip assumed the position of Governor, ${'and the colony grew, '.repeat(60)}and it prospered.`;
    expect(long.length).toBeLessThan(MAX_SENTENCE);
    expect(splitSentences(long).map((s) => s.text)).toEqual([long]);
  });
});

describe('tailOf', () => {
  it('keeps the end of a text from a space within its last n characters, whole words only', () => {
    expect(tailOf('short text', 40)).toBe('short text');
    expect(tailOf('the company said that Boeing 787', 12)).toBe(' Boeing 787');
    expect(tailOf('abcdefghij', 4)).toBe('ghij');
  });
});
