import { describe, expect, it } from 'vitest';
import { checkAnalysis, sourceChanges } from '../../src/drafts/checks.ts';
import { supported, textQuantities } from '../../src/drafts/quantities.ts';
import type { DraftSource } from '../../src/drafts/types.ts';

const PUBLISHED = new Date('2026-07-04T14:30:00Z');
const agree = (editor: string, source: string) => {
  const known = textQuantities(source, [PUBLISHED]);
  const written = textQuantities(editor, [PUBLISHED]);
  expect(written.length, `no quantity read in ${JSON.stringify(editor)}`).toBeGreaterThan(0);
  return written.every((q) => supported(q, known));
};

describe('comparing values, not strings', () => {
  it.each([
    ['25k', 'They found 25,000 fake accounts.'],
    ['twenty-five thousand accounts', 'They found 25,000 fake accounts.'],
    ['~25,000', 'They found roughly 25,000 fake accounts.'],
    ['$1.2bn', 'The deal is worth 1.2 billion dollars.'],
    ['1.2 billion dollars', 'It paid $1.2bn for the unit.'],
    ['28m interactions', 'The accounts made 28 million interactions.'],
    ['12 percent', 'About 12% of its staff used it.'],
    ['July 10', 'The ban starts July 10, 2026.'],
    ['July 10, 2026', 'The ban starts on July 10.'],
    ['Apr 22 - Jun 5', 'It ran between April 22 and June 5.'],
    ['April 22', 'It ran between April 22 and June 5.'],
    ['in 2026', 'The ban starts July 10, 2026.'],
    ['since 2019', 'The company has sold it since 2019.'],
    ['v2.1.91', 'Claude Code v2.1.91 was hidden.'],
    ['10 days', 'Employees have 10 days to move.'],
  ])('"%s" agrees with "%s"', (editor, source) => expect(agree(editor, source)).toBe(true));

  it.each([
    ['30,000 accounts', 'They found 25,000 fake accounts.'],
    ['$1.2 million', 'The deal is worth $1.2 billion.'],
    ['12 percent', 'It has 12 offices.'],
    ['July 11', 'The ban starts July 10, 2026.'],
    ['in 2025', 'The ban starts July 10, 2026.'],
    ['2,026 engineers', 'The ban starts July 10, 2026.'],
    ['15%', 'About 12% of its staff used it.'],
    ['v2.1.92', 'Claude Code v2.1.91 was hidden.'],
  ])('"%s" does not agree with "%s"', (editor, source) => expect(agree(editor, source)).toBe(false));
});

const source = (paragraphs: string[], quotes: { text: string; speaker: string }[] = []): DraftSource => ({
  story_id: 7,
  publisher: 'TechCrunch',
  url: 'https://techcrunch.example/a',
  title: 'Alibaba bans Claude Code',
  published_at: PUBLISHED.toISOString(),
  facts: {
    body: { paragraphs, word_count: 0 },
    figures: [],
    dates: [],
    quotes: quotes.map((q) => ({ ...q, speaker_role: null, evidence: { paragraph: 0, sentence: q.text } })),
    entities: [],
  } as unknown as DraftSource['facts'],
});

describe('checks of an analysis', () => {
  const tc = source(
    ['Anthropic said researchers found ~25,000 fake accounts that made 28 million interactions between April 22 and June 5.', '“We saw coordinated abuse at a scale we had not seen before,” Thariq Shihipar said.'],
    [{ text: 'We saw coordinated abuse at a scale we had not seen before', speaker: 'Thariq Shihipar' }],
  );

  it('flags a figure no source states, in the field where it was written, and nothing stated in another form', () => {
    const checks = checkAnalysis({ headline: 'Alibaba bans 30,000 accounts', dek: 'Twenty-five thousand accounts, 28m interactions.', stats: [{ value: '25k', label: 'Accounts' }, { value: 'Apr 22 - Jun 5', label: 'Window' }], rundown: ['It ran from April 22.', 'It made 29 million calls.'], take: { text: 'In 2026 this matters.' }, body: 'See [the memo](https://x.example/2024/55).', watch: 'Watch July 10.' }, [tc]);
    expect(checks.map((c) => [c.code, c.field, c.text])).toEqual([
      ['unsupported-figure', 'headline', '30,000'],
      ['unsupported-figure', 'rundown.1', '29 million'],
      ['unsupported-figure', 'watch', 'July 10'],
    ]);
  });

  it.each([
    ['a pull quote given to someone else', { pull_quote: '“We saw coordinated abuse at a scale we had not seen before” — Zhou Jingren' }, 1],
    ['a pull quote given to its speaker by surname', { pull_quote: { text: 'We saw coordinated abuse at a scale we had not seen before', speaker: 'Shihipar' } }, 0],
    ['a body quote given to someone else', { body: '“We saw coordinated abuse at a scale we had not seen before,” said Zhou Jingren.' }, 1],
    ['a quote no source has', { pull_quote: '“Something entirely different was said here today” — Zhou Jingren' }, 0],
  ])('misattributed-quote: %s', (_name, analysis, n) => {
    expect(checkAnalysis(analysis, [tc]).filter((c) => c.code === 'misattributed-quote')).toHaveLength(n);
  });

  it('warns nothing about figures when the analysis has no source', () => {
    expect(checkAnalysis({ headline: '30,000 accounts' }, [])).toEqual([]);
  });

  it('flags every figure a source changed, added or removed after drafting', () => {
    const checks = sourceChanges([
      {
        story_id: 7,
        publisher: 'TechCrunch',
        detected_at: '2026-07-05T10:00:00.000Z',
        changes: {
          body_changed: true,
          changed: [{ before: { text: '~25,000', label: 'fake accounts' }, after: { text: '~30,000', label: 'fake accounts' } }, { before: { text: '3,400' }, after: { text: '3,900' } }],
          added: [{ text: '$2 million', label: 'fine' }],
          removed: [{ text: '12%' }],
        },
      },
      { story_id: 8, publisher: 'Reuters', detected_at: '2026-07-05T11:00:00.000Z', changes: { body_changed: true, changed: [], added: [], removed: [] } },
    ]);
    expect(checks.map((c) => c.text)).toEqual(['~25,000 → ~30,000', '3,400 → 3,900', '+ $2 million', '- 12%', 'Reuters (story 8)']);
    expect(checks[0]!.message).toMatch(/TechCrunch \(story 7\) changed .* fake accounts ~25,000 → ~30,000/);
  });
});
