import { describe, expect, it } from 'vitest';
import { chooseEvent, GROUPING, requiredSimilarity } from '../../src/events/assign.ts';
import { eventScore, originatingReport, representativeTitle, distinctPublishers, type ReportSummary } from '../../src/events/event-summary.ts';
import { storyFeatures, type StoryInput } from '../../src/events/features.ts';
import { MemoryGrouper } from '../../src/events/memory-grouper.ts';
import { terms } from '../../src/events/text.ts';

const H = 3_600_000;
const T0 = Date.parse('2026-07-04T09:00:00Z');

function group(items: StoryInput[]): number[] {
  const g = new MemoryGrouper();
  return items.map((i) => g.assign(storyFeatures(i)));
}

const body = (...sentences: string[]) => sentences.join(' ');

describe('terms', () => {
  it.each([
    ['Mt. Gox files for US bankruptcy', ['mt', 'gox', 'file', 'us', 'bankruptcy']],
    ["McDonald's sales declined", ['mcdonald', 'sale', 'declin']],
    ['Apple releases iOS 7.1', ['appl', 'releas', 'ios', '7.1']],
  ])('%s', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });
});

describe('online grouping', () => {
  it('joins the same news told under different headlines by its bodies, and keeps other news of that company apart even in the same minute', () => {
    const alibaba = body(
      'Alibaba is barring its staff from using Anthropic’s Claude Code starting July 10, according to an internal memo.',
      'Researchers found about 25,000 fake accounts that made 28 million Claude interactions to distill the model.',
    );
    const labels = group([
      { title: 'Alibaba bans Claude Code amid Anthropic distillation fight', text: alibaba, entities: ['Alibaba', 'Anthropic'], figures: ['count:25000'], publishedAt: T0 },
      { title: 'Chinese tech giant cuts off staff access to AI coding tool', text: `Alibaba Group told employees they can no longer use Claude Code from July 10. ${alibaba}`, entities: ['Alibaba Group', 'Anthropic'], figures: ['count:25000'], publishedAt: T0 + 2 * H },
      { title: 'Alibaba reports quarterly revenue up 7% as cloud unit grows', text: body('Alibaba said on Thursday that revenue rose 7% in the quarter to June.', 'Its cloud computing unit grew 26%, helped by demand for AI services, and the company raised its buyback.'), entities: ['Alibaba'], figures: ['percent:7'], publishedAt: T0 + 2 * H + 60_000 },
    ]);
    expect(labels[1]).toBe(labels[0]);
    expect(labels[2]).not.toBe(labels[0]);
  });

  it('joins reworded headlines of one news burst and keeps two headlines about one company hours apart apart', () => {
    const labels = group([
      { title: 'Mt. Gox files for US bankruptcy protection', publishedAt: T0 },
      { title: 'Bitcoin exchange Mt. Gox seeks bankruptcy relief in Texas', publishedAt: T0 + 60_000 },
      { title: 'Mt Gox files US bankruptcy, opponents call it a ruse', publishedAt: T0 + 120_000 },
      { title: 'Apple releases iOS 7.1 with CarPlay support', publishedAt: T0 + 10 * H },
      { title: 'Apple faces lawsuit over iPhone patents in Texas court', publishedAt: T0 + 14 * H },
      { title: 'iOS 7.1 update from Apple adds CarPlay and Siri controls', publishedAt: T0 + 10 * H + 120_000 },
    ]);
    expect(new Set(labels.slice(0, 3)).size).toBe(1);
    expect(labels[5]).toBe(labels[3]);
    expect(labels[4]).not.toBe(labels[3]);
    expect(labels[3]).not.toBe(labels[0]);
  });

  it('groups headlines without times on their words alone, neither all apart nor all together', () => {
    // No published_at: no burst discount and no time decay; the untimed threshold applies.
    const labels = group([
      { title: 'Mt. Gox files for US bankruptcy protection', publishedAt: null },
      { title: 'Apple releases iOS 7.1 with CarPlay support', publishedAt: null },
      { title: 'Bitcoin exchange Mt. Gox seeks bankruptcy relief in Texas', publishedAt: null },
      { title: 'Fed holds interest rates steady as inflation cools', publishedAt: null },
      { title: 'iOS 7.1 update from Apple adds CarPlay and Siri controls', publishedAt: null },
      { title: 'Mt Gox files US bankruptcy, opponents call it a ruse', publishedAt: null },
    ]);
    expect(labels[2]).toBe(labels[0]);
    expect(labels[5]).toBe(labels[0]);
    expect(labels[4]).toBe(labels[1]);
    expect(new Set([labels[0], labels[1], labels[3]]).size).toBe(3);
    expect(requiredSimilarity(null, T0, false)).toBe(GROUPING.untimedThreshold);
    expect(requiredSimilarity(T0, null, false)).toBe(GROUPING.untimedThreshold);
  });

  it('is deterministic: the same input gives the same labels', () => {
    const items: StoryInput[] = ['Fed holds rates steady', 'Fed keeps interest rates unchanged', 'ECB cuts rates', 'Fed leaves rates on hold'].map((title, i) => ({ title, publishedAt: T0 + i * 60_000 }));
    expect(group(items)).toEqual(group(items));
  });

  it('does not depend on arrival order for clear-cut news', () => {
    const items: StoryInput[] = [
      { title: 'Sbarro files for bankruptcy protection again', publishedAt: T0 },
      { title: 'Pizza chain Sbarro files for Chapter 11 bankruptcy', publishedAt: T0 },
      { title: 'Elephants can tell human voices apart, study finds', publishedAt: T0 },
      { title: 'Study: elephants judge threat from human voices', publishedAt: T0 },
    ];
    const a = group(items);
    const b = group([...items].reverse()).reverse();
    const partition = (l: number[]) => l.map((x) => l.map((y) => x === y));
    expect(partition(a)).toEqual(partition(b));
    expect(a[0]).toBe(a[1]);
    expect(a[2]).toBe(a[3]);
    expect(a[0]).not.toBe(a[2]);
  });

  it('asks more of a headline the older the event it would join', () => {
    const near = requiredSimilarity(T0, T0, false);
    const hour = requiredSimilarity(T0 + H, T0, false);
    const days = requiredSimilarity(T0 + 48 * H, T0, false);
    expect(near).toBeCloseTo(GROUPING.burstThreshold);
    expect(hour).toBeGreaterThan(near);
    expect(days).toBeGreaterThan(hour);
  });

  it('starts an event when no candidate comes close', () => {
    const g = new MemoryGrouper();
    expect(chooseEvent(storyFeatures({ title: 'Anything', publishedAt: null }), [], g).kind).toBe('new');
  });
});

const report = (over: Partial<ReportSummary> & { id: number }): ReportSummary => ({
  title: 'x',
  url: `https://site${over.id}.example/a`,
  altUrls: [],
  publishedAt: T0 + over.id * 60_000,
  seenAt: T0 + over.id * 60_000,
  publisher: `Site ${over.id}`,
  links: [],
  facts: 0,
  ...over,
});

describe('event summary', () => {
  it('names the earliest report first, unless the others link to one as their source', () => {
    const tc = report({ id: 3, url: 'https://techcrunch.example/story?utm_source=rss', publisher: 'TechCrunch' });
    const early = report({ id: 1, links: ['https://techcrunch.example/story'] });
    const other = report({ id: 2, links: ['https://techcrunch.example/story#more'] });
    expect(originatingReport([early, other, tc])!.id).toBe(3);
    expect(originatingReport([report({ id: 2 }), report({ id: 1 })])!.id).toBe(1);
  });

  it('counts one outlet once across its feeds', () => {
    expect(distinctPublishers([report({ id: 1, publisher: 'The Verge' }), report({ id: 2, publisher: 'the verge' }), report({ id: 3, publisher: 'Reuters' })])).toEqual(['The Verge', 'Reuters']);
  });

  it('picks the headline the others share most', () => {
    const t = representativeTitle([
      report({ id: 1, title: 'Both ways' }),
      report({ id: 2, title: 'Sbarro files for bankruptcy protection' }),
      report({ id: 3, title: 'Pizza chain Sbarro files for bankruptcy' }),
      report({ id: 4, title: 'Sbarro bankruptcy: second time' }),
    ]);
    expect(t).toMatch(/Sbarro/);
  });

  it.each([
    ['more publishers', { publishers: 5, recentReports: 5, lastStoryAt: T0, facts: 0 }, { publishers: 1, recentReports: 5, lastStoryAt: T0, facts: 0 }],
    ['faster growth', { publishers: 2, recentReports: 8, lastStoryAt: T0, facts: 0 }, { publishers: 2, recentReports: 1, lastStoryAt: T0, facts: 0 }],
    ['fresher', { publishers: 2, recentReports: 0, lastStoryAt: T0, facts: 0 }, { publishers: 2, recentReports: 0, lastStoryAt: T0 - 24 * H, facts: 0 }],
    ['richer in facts', { publishers: 2, recentReports: 0, lastStoryAt: T0, facts: 8 }, { publishers: 2, recentReports: 0, lastStoryAt: T0, facts: 0 }],
  ])('ranks higher with %s', (_, a, b) => {
    expect(eventScore(a, T0)).toBeGreaterThan(eventScore(b, T0));
  });
});
