import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/extract/entities.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

const entities = (paragraphs: string[], trusted: string[] = []) => findEntities(paragraphs.map(splitSentences), trusted);

describe('findEntities', () => {
  it('counts organisations and people, most mentioned first', () => {
    expect(entities(['Alibaba banned the tool. Staff at Alibaba must switch, and OpenAI declined to comment.', 'Alibaba said so.'])).toEqual([
      { name: 'Alibaba', type: 'organization', mentions: 3, aliases: [] },
      { name: 'OpenAI', type: 'organization', mentions: 1, aliases: [] },
    ]);
  });

  it('merges a surname into the full name introduced earlier', () => {
    expect(entities(['A spokesperson for Anthropic, Thariq Shihipar, confirmed it.', 'Shihipar said the accounts were closed, and Shihipar added more.'])).toEqual([
      { name: 'Thariq Shihipar', type: 'person', mentions: 3, aliases: ['Shihipar'] },
      { name: 'Anthropic', type: 'organization', mentions: 1, aliases: [] },
    ]);
  });

  it('keeps company suffixes and joins institutions named with "and"', () => {
    expect(entities(['The deal between Acme Corp. and the Food and Drug Administration was signed.']).map((e) => e.name)).toEqual(['Acme Corp', 'Food and Drug Administration']);
  });

  it.each([
    ['sentence-initial common words', 'However, the plan failed. Some staff left.'],
    ['months and weekdays', 'It happened in March, on a Tuesday in July.'],
    ['demonyms', 'The Chinese company and its American rival.'],
    ['"-based" adjectives', 'A London-based start-up.'],
  ])('leaves out %s', (_name, paragraph) => {
    expect(entities([paragraph])).toEqual([]);
  });

  it('lists trusted JSON-LD names even when the text spells them rarely', () => {
    expect(entities(['The company shipped.'], ['Anthropic'])).toEqual([{ name: 'Anthropic', type: 'organization', mentions: 1, aliases: [] }]);
  });

  it('merges surface forms under the fullest name and types people and places (issue 9)', () => {
    expect(entities(['Julian Assange spoke in London. Assange left.', 'Assange said Interior Minister Wolfgang Peschorn agreed.'])).toEqual([
      { name: 'Julian Assange', type: 'person', mentions: 3, aliases: ['Assange'] },
      { name: 'London', type: 'place', mentions: 1, aliases: [] },
      { name: 'Wolfgang Peschorn', type: 'person', mentions: 1, aliases: [] },
    ]);
  });

  it.each([
    ['page furniture', 'Published Wed 10 AM ESTUpdated. NEW YORK Reuters reported it.'],
    ['section names', 'Emerging markets fell. Global stocks fell too.'],
    ['a generic head before "of"', 'Shares of Alibaba rose.'],
  ])('keeps no %s', (_name, paragraph) => {
    expect(entities([paragraph]).map((e) => e.name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/Updated|Published|NEW YORK|^Emerging$|^Global$|Shares/)]));
  });
});
