import type { PublishedAnalysis, Site } from '../../src/publish/types.ts';

/** The site every publish test renders for. */
export const site: Site = {
  title: 'Pulse Desk',
  description: 'Analysis of the reports that matter, with the numbers up front.',
  baseUrl: 'https://pulse.example',
  hubUrl: 'https://hub.pulse.example/',
  language: 'en',
  tagDomain: 'pulse.example',
  idDate: '2026',
};

/** SPEC's reference example, as an editor would publish it. */
export function referenceAnalysis(overrides: Partial<PublishedAnalysis> = {}): PublishedAnalysis {
  return {
    id: 42,
    slug: 'alibaba-bans-claude-code',
    guid: 'tag:pulse.example,2026:analysis/42',
    headline: 'Alibaba Bans Claude Code Amid Anthropic Distillation Fight',
    dek: "Alibaba is barring staff from Anthropic's Claude Code starting July 10 after researchers found hidden telemetry & a distillation trail.",
    category: 'AI',
    highlight: 'Ban effective July 10, 2026',
    stats: [
      { value: 'July 10, 2026', label: 'Ban Effective Date' },
      { value: 'v2.1.91, April 2', label: 'Hidden Since' },
      { value: '~25,000', label: 'Alleged Fake Accounts' },
      { value: '28 million', label: 'Alleged Claude Interactions' },
      { value: 'Apr 22 - Jun 5', label: 'Distillation Window Cited' },
    ],
    rundown: [
      'Alibaba told staff to stop using Claude Code from July 10.',
      'Researchers found a hidden check shipped since v2.1.91 on April 2.',
      'Anthropic alleges ~25,000 fake accounts ran 28 million interactions.',
      'The distillation window cited runs from April 22 to June 5.',
    ],
    take: {
      title: 'Trust is the product',
      text: 'Coding agents run with the keys to the repository.\n\nWhen a vendor hides a check, the buyer notices.',
      author: 'Dana Whitfield',
    },
    bodyMarkdown: [
      'The ban follows weeks of **public sparring** between the two companies.',
      '',
      '## What changed',
      '',
      'According to [the report](https://techcrunch.com/2026/07/03/alibaba-claude-code/), the check was *hidden*.',
      '',
      '- Staff laptops',
      '- CI runners',
    ].join('\n'),
    pullQuote: 'We do not run tools that phone home without telling us.',
    watch: 'Whether other Chinese labs follow before the July 10 deadline.',
    tags: ['anthropic', 'alibaba', 'AT&T-style telemetry'],
    author: { name: 'Dana Whitfield', bio: 'Covers AI platforms.' },
    sources: [
      {
        publisher: 'TechCrunch',
        title: 'Alibaba bans Claude Code',
        url: 'https://techcrunch.com/2026/07/03/alibaba-claude-code/',
        feedUrl: 'https://techcrunch.com/feed/',
      },
    ],
    publishedAt: new Date('2026-07-04T09:30:00Z'),
    updatedAt: new Date('2026-07-04T11:00:00Z'),
    readTimeMinutes: 3,
    related: [{ slug: 'anthropic-distillation-claims', headline: 'Anthropic’s Distillation Claims, Explained' }],
    ...overrides,
  };
}

/** A second, older analysis, for multi-item feeds. */
export function olderAnalysis(overrides: Partial<PublishedAnalysis> = {}): PublishedAnalysis {
  return referenceAnalysis({
    id: 41,
    slug: 'verge-chip-export-rules',
    guid: 'tag:pulse.example,2026:analysis/41',
    headline: 'Chip Export Rules Q&A: What Changes for AT&T and Cloud Providers',
    dek: 'The rules tighten thresholds & add reporting duties.',
    category: 'Policy',
    highlight: null,
    stats: [{ value: '90 days', label: 'Compliance Window' }],
    take: null,
    pullQuote: null,
    watch: null,
    tags: ['export-controls'],
    author: { name: 'Sam Ortega', bio: null },
    sources: [
      { publisher: 'The Verge', title: null, url: 'https://www.theverge.com/2026/7/1/chips?utm=x&a=1', feedUrl: 'https://www.theverge.com/rss/index.xml' },
      { publisher: 'Reuters', title: null, url: 'https://www.reuters.com/technology/chips', feedUrl: null },
    ],
    publishedAt: new Date('2026-07-02T15:00:00Z'),
    updatedAt: new Date('2026-07-02T15:00:00Z'),
    related: [],
    ...overrides,
  });
}

export const pinnedNow = new Date('2026-07-05T00:00:00Z');
