import { describe, expect, it } from 'vitest';
import { nameDateSubjects } from '../../src/extract/date-subjects.ts';
import type { DateFact, Entity } from '../../src/extract/types.ts';

const person = (name: string, aliases: string[] = []): Entity => ({ name, type: 'person', mentions: 2, aliases });
const org = (name: string): Entity => ({ name, type: 'organization', mentions: 2, aliases: [] });
const dated = (paragraphs: string[], p: number, sentence: string, what: string): DateFact[] => [{ text: '1961', date: '1961', what, evidence: { paragraph: p, sentence } }];
const whats = (paragraphs: string[], dates: DateFact[], entities: Entity[]) => nameDateSubjects(dates, paragraphs, entities).map((d) => d.what);

describe('nameDateSubjects', () => {
  it('names the person a "he" or "she" opening a date’s what means: the one named last before it', () => {
    const paragraphs = ['Edward Lorenz was a meteorologist at MIT. Margaret Hamilton wrote his programs.', 'Lorenz kept at it. In 1961, he found that tiny differences mattered.'];
    const entities = [person('Edward Lorenz', ['Lorenz']), person('Margaret Hamilton', ['Hamilton'])];
    expect(whats(paragraphs, dated(paragraphs, 1, 'In 1961, he found that tiny differences mattered.', 'he found that tiny differences'), entities)).toEqual(['Edward Lorenz found that tiny differences']);
    const she = ['Margaret Hamilton joined the lab.', 'In 1961, she headed the software team.'];
    expect(whats(she, dated(she, 1, 'In 1961, she headed the software team.', 'she headed the software team'), entities)).toEqual(['Margaret Hamilton headed the software team']);
  });

  it('leaves the pronoun when the last name does not tell its gender, names another gender, is too far back, or it stands in a quotation', () => {
    const entities = [person('Edward Lorenz'), person('Big Machine'), person('Margaret Hamilton')];
    // (a name-like label the entity reader typed a person: "Big Machine, says she …" is Taylor Swift's)
    const label = ['Taylor Swift has a row with her label.', 'Her label, Big Machine, says she will play on Sunday.'];
    expect(whats(label, dated(label, 1, label[1]!, 'she will play'), entities)).toEqual(['she will play']);
    const other = ['Margaret Hamilton joined the lab.', 'In 1961, he found that tiny differences mattered.'];
    expect(whats(other, dated(other, 1, other[1]!, 'he found that tiny differences'), entities)).toEqual(['he found that tiny differences']);
    const far = ['Edward Lorenz joined the lab.', 'The lab grew.', 'It moved.', 'It grew again.', 'In 1961, he found that tiny differences mattered.'];
    expect(whats(far, dated(far, 4, far[4]!, 'he found that tiny differences'), entities)).toEqual(['he found that tiny differences']);
    const quoted = ['Edward Lorenz spoke.', '“He sent me to Mexico in 1961,” Lorenz said.'];
    expect(whats(quoted, dated(quoted, 1, quoted[1]!, 'He sent me to Mexico'), entities)).toEqual(['He sent me to Mexico']);
    // (an organisation is no "he")
    const company = ['Apple Inc. grew.', 'In 1961, he found that tiny differences mattered.'];
    expect(whats(company, dated(company, 1, company[1]!, 'he found that tiny differences'), [org('Apple Inc.')])).toEqual(['he found that tiny differences']);
  });
});
