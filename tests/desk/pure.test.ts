import { describe, expect, it } from 'vitest';
import { loginVerdict } from '../../src/desk/login-limiter.ts';
import { nearDuplicates, titleOverlap, titleTokens } from '../../src/desk/near-duplicates.ts';
import { attributionLine, prefillFromStories, statOffers } from '../../src/desk/prefill.ts';
import { slugify } from '../../src/desk/slug.ts';
import { publishProblems, transitionRefusal } from '../../src/desk/transitions.ts';
import { factSheet } from './fixtures.ts';

describe('slugify', () => {
  it.each([
    ['Alibaba Bans Claude Code Amid Anthropic Distillation Fight', 'alibaba-bans-claude-code-amid-anthropic-distillation-fight'],
    ['Café déjà vu: Nvidia’s $5B bet', 'cafe-deja-vu-nvidias-5b-bet'],
    ['  --- !!! ---  ', 'analysis'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['日本語だけ', 'analysis'],
  ])('turns %j into %j', (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
  });

  it('cuts long headlines at a word, within 80 characters', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('near-duplicate headlines', () => {
  it.each([
    ['Alibaba bans Claude Code amid Anthropic distillation fight', 'Alibaba bans Claude Code amid distillation fight with Anthropic', true],
    ['Apple unveils the new iPhone 18 Pro', 'Apple unveils new iPhone 18 Pro at event', true],
    ['Apple unveils the new iPhone 18 Pro', 'Samsung unveils the new Galaxy S30', false],
    ['Big news', 'Big news', false],
  ])('%j vs %j → %s', (a, b, same) => {
    expect(titleOverlap(titleTokens(a), titleTokens(b)) >= 0.8).toBe(same);
  });

  it('never lists a story as its own duplicate', () => {
    const t = { id: 1, title: 'Alibaba bans Claude Code amid fight' };
    expect(nearDuplicates([t], [t, { id: 2, title: t.title }]).get(1)).toEqual([2]);
  });
});

describe('pre-filling from fact sheets', () => {
  it('offers labelled figures, then dates, then unlabelled figures, each with its evidence sentence', () => {
    const offers = statOffers(factSheet({ figures: [...(factSheet().figures as object[]), { text: '12%', kind: 'percent', value: 12, approx: false, label: null, evidence: { paragraph: 0, sentence: 'Up 12%.' } }] }));
    expect(offers.map((o) => [o.value, o.label, o.ref])).toEqual([
      ['~25,000', 'Fake accounts', 'figure-0'],
      ['28 million', 'Claude interactions', 'figure-1'],
      ['July 10', 'Date', 'date-0'],
      ['April 22 and June 5', 'Period', 'date-1'],
      ['12%', 'Percent', 'figure-2'],
    ]);
    expect(offers[0]!.sentence).toMatch(/25,000 fake accounts/);
  });

  it('reads a malformed fact sheet without throwing', () => {
    expect(statOffers({ figures: 'nope', dates: [null, 3, { text: '' }] })).toEqual([]);
    expect(prefillFromStories([{ id: 1, title: '', facts: null }])).toEqual({ headline: null, dek: null, category: null, stats: [] });
  });

  it.each([
    [['TechCrunch'], 'Originally reported by TechCrunch.'],
    [['TechCrunch', 'The Verge'], 'Originally reported by TechCrunch and The Verge.'],
    [['TechCrunch', 'The Verge', 'Reuters', 'TechCrunch'], 'Originally reported by TechCrunch, The Verge and Reuters.'],
    [[], null],
  ])('attributes %j as %j', (publishers, line) => {
    expect(attributionLine(publishers)).toBe(line);
  });
});

describe('analysis transitions', () => {
  it.each([
    ['draft', 'publish', true],
    ['draft', 'schedule', true],
    ['draft', 'retract', false],
    ['draft', 'unschedule', false],
    ['scheduled', 'publish', true],
    ['scheduled', 'unschedule', true],
    ['published', 'update', true],
    ['published', 'publish', false],
    ['published', 'retract', true],
    ['retracted', 'update', false],
    ['retracted', 'publish', false],
  ] as const)('%s → %s allowed: %s', (status, action, allowed) => {
    expect(transitionRefusal(status, action) === null).toBe(allowed);
  });

  const finished = { headline: 'h', dek: 'd', rundown: ['a', 'b', 'c'], take: { text: 't' }, body: 'b' };
  it('needs 3 to 5 distinct rundown points to publish', () => {
    expect(publishProblems({ ...finished, rundown: ['a', 'b'] })).toEqual([{ field: 'rundown', message: '3 to 5 rundown points are needed to publish (it has 2)' }]);
    expect(publishProblems(finished)).toEqual([]);
    expect(publishProblems({ ...finished, rundown: ['x', 'X.', ' x '] }).map((p) => p.field)).toEqual(['rundown']);
    expect(publishProblems({ ...finished, rundown: ['a', 'b', 'c', 'd', 'e', 'f'] }).map((p) => p.field)).toEqual(['rundown']);
  });
  it('names every missing field at once', () => {
    expect(publishProblems({ headline: ' ', dek: null, rundown: ['x', 'x', 'x'], take: null, body: '' }).map((p) => p.field)).toEqual(['headline', 'dek', 'rundown', 'take', 'body']);
    expect(publishProblems({ ...finished, take: { text: '  ' } }).map((p) => p.field)).toEqual(['take']);
  });
});

describe('sign-in verdict', () => {
  const opened = new Date('2026-07-04T10:00:00Z');
  it.each([
    ['the first attempt', 1, 0, { allowed: true }],
    ['the 10th attempt', 10, 60_000, { allowed: true }],
    ['the 11th attempt, a minute in', 11, 60_000, { allowed: false, retryAfterSec: 840 }],
    ['the 11th attempt, a second before the window reopens', 11, 15 * 60_000 - 1000, { allowed: false, retryAfterSec: 1 }],
    ['the 11th attempt, half a second before it reopens (never 0)', 11, 15 * 60_000 - 500, { allowed: false, retryAfterSec: 1 }],
  ])('decides %s', (_what, attempts, elapsedMs, verdict) => {
    expect(loginVerdict({ window_start: opened, attempts }, new Date(opened.getTime() + elapsedMs))).toEqual(verdict);
  });
});
