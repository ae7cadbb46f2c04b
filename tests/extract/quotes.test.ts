import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/extract/quotes.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

const quotes = (paragraphs: string[]): [string, string | null][] =>
  findQuotes(paragraphs, paragraphs.map(splitSentences)).map((q) => [q.text, q.speaker]);

describe('findQuotes: attribution', () => {
  it.each([
    ['"…," X said', ['“We will appeal,” Jane Roe said.'], [['We will appeal', 'Jane Roe']]],
    ['"…," said X', ['"We will appeal," said Jane Roe, the chief executive.'], [['We will appeal', 'Jane Roe']]],
    ['X says', ['“Prices will fall,” Jane Roe says.'], [['Prices will fall', 'Jane Roe']]],
    ['according to X', ['“The deal is done,” according to Jane Roe.'], [['The deal is done', 'Jane Roe']]],
    ['X told Reuters', ['“There is no sign of a deal,” Ewa Nowak, head of research at Baltic Bank, told Reuters.'], [['There is no sign of a deal', 'Ewa Nowak']]],
    ['X wrote', ['"We grew faster than our revenue did," Meera Pillai wrote.'], [['We grew faster than our revenue did', 'Meera Pillai']]],
    ['X said in a statement', ['“We take this seriously,” Acme said in a statement.'], [['We take this seriously', 'Acme']]],
    ['X added', ['“And we will keep going,” Jane Roe added.'], [['And we will keep going', 'Jane Roe']]],
    ['X said: before the quote', ['Alibaba said in a statement: “Employees must stop using the tool.”'], [['Employees must stop using the tool.', 'Alibaba']]],
    ['a role before the name', ['“We saw coordinated abuse,” Anthropic spokesperson Thariq Shihipar said.'], [['We saw coordinated abuse', 'Thariq Shihipar']]],
    ['a possessive owner before the name', ['“Please do not travel,” said Coastline Rail’s operations chief, Imogen Hart.'], [['Please do not travel', 'Imogen Hart']]],
    ['a title', ['“The reef can bounce back,” said Dr. Alicia Moreno, who led the survey.'], [['The reef can bounce back', 'Alicia Moreno']]],
    ['a role without a name as no speaker', ['“We are reviewing the report,” a spokesperson told Reuters.'], [['We are reviewing the report', null]]],
    ['German quotation marks and verb', ['„Ohne gute Züge gibt es keinen Verkehr“, sagte Jana Hoffmann.'], [['Ohne gute Züge gibt es keinen Verkehr', 'Jana Hoffmann']]],
  ])('reads %s', (_name, paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });
});

describe('findQuotes: speakers are names, roles apart (issue 9)', () => {
  const who = (paragraph: string) => findQuotes([paragraph], [splitSentences(paragraph)]).map((q) => [q.speaker, q.speaker_role]);
  it.each([
    ['a title with "of" before the name', '“We will look at all the evidence before deciding,” said Director of Public Prosecution Eva-Marie Persson.', ['Eva-Marie Persson', 'Director of Public Prosecution']],
    ['an organisation\'s spokesperson', '“We saw coordinated abuse at a scale we had not seen,” an Anthropic spokesperson said.', ['Anthropic', 'spokesperson']],
    ['"a spokesperson for" an organisation', '“We are pleased with the order and the partnership,” a spokesperson for Boeing said.', ['Boeing', 'spokesperson']],
    ['a role after the name', '“This is an important step for the whole industry,” said Steve Clarke, deputy administrator at NASA.', ['Steve Clarke', 'deputy administrator at NASA']],
    ['a role before the name', 'Emirates Airline President Tim Clark told Reuters: “We have been working on this for a long time now.”', ['Tim Clark', 'Emirates Airline President']],
    ['the subject, not the outlet told', '“We received an inquiry from the office and are cooperating,” a WeWork spokesperson told Reuters.', ['WeWork', 'spokesperson']],
  ])('reads %s', (_name, paragraph, expected) => {
    expect(who(paragraph)).toEqual([expected]);
  });

  it('never takes a number or a sentence opener for a speaker', () => {
    expect(who('Fifty-one percent said, “President Trump’s actions were wrong and he should be removed.”').map(([s]) => s)).toEqual([null]);
  });
});

describe('findQuotes: resolution and scare quotes', () => {
  it('resolves a surname to the full name introduced earlier', () => {
    expect(quotes(['Anthropic spokesperson Thariq Shihipar confirmed the ban.', '“It had to stop,” Shihipar said.'])).toEqual([['It had to stop', 'Thariq Shihipar']]);
  });

  it('resolves "he said" to the last named speaker', () => {
    expect(quotes(['“We acted fast,” said Steve Clarke.', '“This is based on our objectives,” he said.'])).toEqual([
      ['We acted fast', 'Steve Clarke'],
      ['This is based on our objectives', 'Steve Clarke'],
    ]);
  });

  it('keeps a multi-sentence quote whole and gives a second quote in the paragraph the same speaker', () => {
    expect(quotes(['“We saw abuse. It was large,” Jane Roe said. “It had to stop.”'])).toEqual([
      ['We saw abuse. It was large', 'Jane Roe'],
      ['It had to stop.', 'Jane Roe'],
    ]);
  });

  it('attributes a partial quote to the subject of its sentence', () => {
    expect(quotes(['Rodrigo Salinas leads the union.', 'Salinas told Reuters the union would stay out “as long as it takes.”'])).toEqual([
      ['as long as it takes.', 'Rodrigo Salinas'],
    ]);
  });

  it.each([
    ['a scare-quoted term', 'The so-called "distillation" attacks are growing.'],
    ['a quoted adjective inside reported speech', 'Becker said the plan relied on “optimistic” fare projections.'],
    ['a short quoted title', 'She starred in "The Quiet Year" last spring.'],
  ])('skips %s', (_name, paragraph) => {
    expect(quotes([paragraph])).toEqual([]);
  });

  it('cites the sentence where the quote opens as evidence', () => {
    const paragraphs = ['The firm spoke. “We will appeal,” Jane Roe said.'];
    const [q] = findQuotes(paragraphs, paragraphs.map(splitSentences));
    expect(q?.evidence).toEqual({ paragraph: 0, sentence: '“We will appeal,” Jane Roe said.' });
  });
});
