import { readTimeMinutes } from '../publish/markdown.ts';
import { renderAnalysisPage } from '../publish/pages.ts';
import { escapeHtml } from '../publish/text.ts';
import type { AnalysisSource, PublishedAnalysis, Site } from '../publish/types.ts';
import { toPullQuote } from '../publish/pull-quote.ts';

/** What a preview needs: the analysis fields as the API takes them (a form's input or a stored view). */
export interface PreviewInput {
  id?: number | null;
  slug?: string | null;
  headline: string;
  dek: string | null;
  category: string | null;
  highlight: string | null;
  stats: { value: string; label: string }[];
  rundown: string[];
  take: { title?: string; text: string; author?: string } | null;
  body: string;
  pull_quote: string | { text: string; speaker?: string | null } | null;
  watch: string | null;
  tags: string[];
  author: string | null;
}

/**
 * Returns the analysis as its public page will show it (issue 11 point 5: the preview IS the
 * public page): the same renderer as GET /analysis/:slug, with a banner saying it is a preview.
 */
export function renderPreviewPage(input: PreviewInput, sources: AnalysisSource[], site: Site, opts: { now: Date; authorFallback: string; publishedAt?: Date | null }): string {
  const quote = toPullQuote(input.pull_quote);
  const a: PublishedAnalysis = {
    id: input.id ?? 0,
    slug: input.slug || 'preview',
    guid: 'preview',
    headline: input.headline.trim() === '' ? '(no headline yet)' : input.headline,
    dek: input.dek,
    category: input.category,
    highlight: input.highlight,
    stats: input.stats.map((s) => ({ value: s.value, label: s.label })),
    rundown: input.rundown,
    take: input.take === null ? null : { title: input.take.title ?? '', text: input.take.text, author: input.take.author ?? '' },
    bodyMarkdown: input.body,
    pullQuote: quote?.text ?? null,
    pullQuoteSpeaker: quote?.speaker ?? null,
    watch: input.watch,
    tags: input.tags,
    author: { name: input.author?.trim() ? input.author : opts.authorFallback, bio: null },
    sources,
    publishedAt: opts.publishedAt ?? opts.now,
    updatedAt: opts.publishedAt ?? opts.now,
    readTimeMinutes: readTimeMinutes(input.body),
    related: [],
  };
  const banner = `<div role="note" style="background:#fff3b0;color:#1b1b1b;padding:.6rem 1rem;font:14px/1.4 system-ui,sans-serif;border-bottom:2px solid #b38f00">Preview of “${escapeHtml(a.headline)}” — this is the public page as readers will see it. Nothing here is published; close this tab to go back to the form.</div>`;
  return renderAnalysisPage(a, site).replace('<body>', `<body>\n${banner}`);
}
