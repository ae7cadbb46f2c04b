import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDraftAction } from '../../src/drafts/draft-actions.ts';
import { draftAnalysis } from '../../src/drafts/draft.ts';
import { dateValue } from '../../src/drafts/date-value.ts';
import { dateLabel, figureLabel, figureValue } from '../../src/drafts/label-stat.ts';
import { cutAtWord, isWholeSentence, titleCase } from '../../src/drafts/text.ts';
import type { DraftSource } from '../../src/drafts/types.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import type { DateFact, Figure } from '../../src/extract/types.ts';
import { REPO_ROOT } from '../helpers/cli.ts';

const read = (rel: string) => readFileSync(path.join(REPO_ROOT, 'tests/fixtures', rel), 'utf8');
function source(id: number, rel: string, url: string, publisher: string, published: string): DraftSource {
  const facts = extractFacts(read(rel), url, { publishedAt: new Date(published) });
  return { story_id: id, publisher, url, title: facts.title, published_at: published, facts };
}
const techcrunch = () => source(1, 'articles/techcrunch-alibaba-claude.html', 'https://techcrunch.example/2026/07/04/alibaba-bans-claude-code/', 'TechCrunch', '2026-07-04T14:30:00Z');
const verge = () => source(2, 'drafts/verge-alibaba-claude.html', 'https://verge.example/2026/7/4/alibaba-claude-code-distillation', 'The Verge', '2026-07-04T17:10:00Z');
const wire = () => source(3, 'drafts/wire-alibaba-claude.html', 'https://wire.example/alibaba', 'Reuters', '2026-07-05T03:45:00Z');
const textOf = (s: DraftSource) => [s.title ?? '', s.facts?.description ?? '', ...(s.facts?.body?.paragraphs ?? [])].join('\n');

describe('the drafter', () => {
  it('drafts at least four of the reference example’s five stats from its source report', () => {
    const d = draftAnalysis([techcrunch()]);
    const values = d.stats.map((s) => s.value.value);
    // Reference: July 10, 2026 | v2.1.91, April 2 | ~25,000 | 28 million | Apr 22 - Jun 5.
    const reference = [['July 10, 2026'], ['April 2, 2026', 'v2.1.91'], ['~25,000'], ['28 million'], ['Apr 22 - Jun 5']];
    expect(reference.filter((alts) => alts.some((v) => values.includes(v))).length).toBeGreaterThanOrEqual(4);
    expect(d.stats).toHaveLength(5);
    expect(d.stats.find((s) => s.value.value === '~25,000')!.value.label).toBe('Alleged Fake Accounts');
    expect(d.stats.find((s) => s.value.value === 'July 10, 2026')!.value.label).toBe('Ban Effective Date');
    expect(d.highlight!.value).toBe('Ban effective July 10, 2026');
    expect(new Set(d.stats.map((s) => s.value.value)).size).toBe(d.stats.length);
  });

  it('keeps the evidence of every element, verbatim from its report', () => {
    const sources = [techcrunch(), verge(), wire()];
    const d = draftAnalysis(sources);
    const elements = [d.headline, d.dek, d.highlight, ...d.stats, ...d.rundown, d.pull_quote, ...d.tags, ...d.candidates.stats, ...d.candidates.rundown];
    for (const e of elements) {
      expect(e?.evidence, JSON.stringify(e)).toBeTruthy();
      const from = sources.find((s) => s.story_id === e!.evidence!.story_id)!;
      expect(textOf(from)).toContain(e!.evidence!.sentence);
    }
  });

  it('drafts one event from three reports: the originating one (linked to by another) attributed first, a rundown of four distinct points from more than one report', () => {
    const d = draftAnalysis([wire(), verge(), techcrunch()]);
    expect(d.origin_story_id).toBe(1);
    expect(d.attribution).toMatch(/^Originally reported by TechCrunch/);
    expect(d.rundown).toHaveLength(4);
    expect(d.rundown[0]!.evidence!.story_id).toBe(1);
    expect(new Set(d.rundown.map((r) => r.evidence!.story_id)).size).toBeGreaterThan(1);
    expect(new Set(d.rundown.map((r) => r.value)).size).toBe(4);
    expect(d.pull_quote?.value.speaker).toMatch(/Shihipar|Zhou Jingren/);
  });

  it('never takes a raw page section as category, and picks one the desk uses that means it', () => {
    expect(draftAnalysis([verge()]).category).toBeNull();
    expect(draftAnalysis([verge()], { categories: ['AI', 'Science'] }).category).toBeNull();
    expect(draftAnalysis([wire()], { categories: ['AI', 'Business'] }).category?.value).toBe('Business');
    expect(draftAnalysis([techcrunch()], { categories: ['Artificial Intelligence', 'Business'] }).category?.value).toBe('Artificial Intelligence');
  });

  it('never uses a feed summary cut mid-word as dek: the report’s lead sentence stands in', () => {
    const d = draftAnalysis([wire()]);
    expect(d.dek!.value).not.toMatch(/…|\.\.\.$/);
    expect(isWholeSentence(d.dek!.value)).toBe(true);
  });

  it('drafts the same thing twice from the same reports (no clock, no randomness)', () => {
    expect(draftAnalysis([wire(), verge(), techcrunch()])).toEqual(draftAnalysis([wire(), verge(), techcrunch()]));
  });

  it('drafts from headlines alone, and nothing from nothing', () => {
    const bare: DraftSource = { story_id: 9, publisher: 'X', url: 'https://x.example/', title: 'Quake hits coast', published_at: null, facts: null };
    const d = draftAnalysis([bare]);
    expect(d.headline?.value).toBe('Quake Hits Coast');
    expect(d.stats).toEqual([]);
    expect(d.rundown).toEqual([]);
    expect(draftAnalysis([]).headline).toBeNull();
  });
});

const ev = (sentence: string) => ({ paragraph: 0, sentence });
const fig = (text: string, sentence: string, extra: Partial<Figure> = {}): Figure => ({ text, kind: 'count', value: 0, approx: false, qualifier: null, label: null, evidence: ev(sentence), ...extra }) as unknown as Figure;

describe('stat values and labels', () => {
  it.each([
    ['keeps "~25,000"', fig('~25,000', 'They found ~25,000 fake accounts.'), '~25,000'],
    ['writes "roughly 3,400" as "~3,400"', fig('3,400', 'Roughly 3,400 engineers used it.', { approx: true }), '~3,400'],
    ['writes "more than 500" as "500+"', fig('500', 'More than 500 staff left.'), '500+'],
    ['keeps "up to" in words', fig('five years', 'They face up to five years in prison.'), 'Up to five years'],
    ['keeps an exact figure as stated', fig('28 million', 'It made 28 million calls.'), '28 million'],
  ])('%s', (_name, f, value) => expect(figureValue(f)).toBe(value));

  it.each([
    ['keeps the claim as "Alleged"', fig('~25,000', 'Anthropic said researchers found ~25,000 fake accounts.', { label: 'fake accounts' }), 'Alleged Fake Accounts'],
    ['keeps a plan as "Planned"', fig('2,000', 'The company plans to hire 2,000 engineers.', { label: 'engineers' }), 'Planned Engineers'],
    ['keeps a forecast as "Expected"', fig('$4 billion', 'Revenue is expected to reach $4 billion.', { kind: 'money', label: 'revenue' }), 'Expected Revenue'],
    ['names a version', fig('v2.1.91', 'Claude Code v2.1.91 was hidden.', { kind: 'version', label: 'Claude Code' }), 'Claude Code Version'],
    ['falls back on the kind', fig('10 days', 'Staff have 10 days to move.', { kind: 'duration' }), 'Duration'],
    ['ends a cut label on a word that names something', fig('Twenty years', 'Twenty years ago we saw an explosion of websites.', { kind: 'duration', label: 'years since we saw an explosion' }), 'Years Since We Saw'],
  ])('%s', (_name, f, label) => expect(figureLabel(f)).toBe(label));

  const date = (text: string, iso: string | [string, string], sentence: string): DateFact =>
    (typeof iso === 'string' ? { text, date: iso, what: null, evidence: ev(sentence) } : { text, start: iso[0], end: iso[1], what: null, evidence: ev(sentence) }) as unknown as DateFact;
  it.each([
    ['an effective date', date('July 10, 2026', '2026-07-10', 'Alibaba is barring staff from Claude Code starting July 10, 2026.'), 'July 10, 2026', 'Ban Effective Date'],
    ['"since"', date('April 2', '2026-04-02', 'The tool has been hidden from the portal since April 2.'), 'April 2, 2026', 'Hidden Since'],
    ['a span', date('April 22 and June 5', ['2026-04-22', '2026-06-05'], 'The accounts ran between April 22 and June 5.'), 'Apr 22 - Jun 5', 'Activity Window'],
    ['a notification', date('June 12', '2026-06-12', 'Anthropic had notified Alibaba on June 12.'), 'June 12, 2026', 'Notification Date'],
    ['a deadline', date('Friday', '2026-07-03', 'Bids must be filed by Friday.'), 'July 3, 2026', 'Filing Deadline'],
    ['a month', date('March 2026', '2026-03', 'The plant opened in March 2026.'), 'March 2026', 'Start Date'],
  ])('labels %s', (_name, d, value, label) => {
    expect(dateValue(d)).toBe(value);
    expect(dateLabel(d)).toBe(label);
  });

  it.each([
    ['alleged fake accounts', 'Alleged Fake Accounts'],
    ['share of the market', 'Share of the Market'],
    ['iPhone sales in AI', 'iPhone Sales in AI'],
  ])('title-cases %s', (text, title) => expect(titleCase(text)).toBe(title));

  it('cuts a phrase at a word boundary, never mid-word', () => {
    expect(cutAtWord('Ban effective July 10, 2026 for every engineer in the group', 30)).toBe('Ban effective July 10, 2026');
  });
});

describe('draft decisions', () => {
  const draft = {
    headline: { value: 'A', evidence: null },
    stats: [{ value: { value: '1', label: 'One' }, evidence: null }, { value: { value: '2', label: 'Two' }, evidence: null }],
    rundown: [{ value: 'P1.', evidence: null }],
    candidates: { stats: [{ value: { value: '3', label: 'Three' }, evidence: null }], headline: [{ value: 'B', evidence: null }] },
  };
  const current = { headline: 'A', dek: null, highlight: null, category: null, stats: [{ label: 'One', value: '1' }, { label: 'Two', value: '2' }], rundown: ['P1.'], pull_quote: null, tags: [] };

  it.each([
    ['swaps a stat in place, the old one becoming the candidate', { op: 'swap' as const, field: 'stats' as const, index: 1, candidate: 0 }, { stats: [{ label: 'One', value: '1' }, { value: '3', label: 'Three' }] }],
    ['drops a rundown point', { op: 'drop' as const, field: 'rundown' as const, index: 0 }, { rundown: [] }],
    ['swaps the headline', { op: 'swap' as const, field: 'headline' as const, index: 0, candidate: 0 }, { headline: 'B' }],
    ['accepts what is already there without a change', { op: 'accept' as const, field: 'stats' as const, index: 0 }, {}],
  ])('%s', (_name, action, changes) => {
    const r = applyDraftAction(draft, current, action);
    expect('error' in r ? r.error : r.changes).toEqual(changes);
  });

  it('refuses an element or candidate that does not exist', () => {
    expect(applyDraftAction(draft, current, { op: 'swap', field: 'stats', index: 0, candidate: 5 })).toEqual({ error: 'stats: no candidate 6' });
    expect(applyDraftAction(draft, current, { op: 'drop', field: 'tags', index: 0 })).toEqual({ error: 'tags: no drafted element 1' });
  });
});
