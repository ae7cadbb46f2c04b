import path from 'node:path';
import type { Choice, DraftSource } from '../../drafts/types.ts';
import { errorMessage } from '../../errors.ts';
import type { FactSheet } from '../../extract/types.ts';
import { createFetcherFromConfig } from '../../runtime.ts';
import { UsageError, writeJson, type Command } from '../command.ts';
import { isUrl, publishedOption, readFactSheet } from './extract.ts';

/**
 * `pulse draft FILE|URL...` (SPEC "Drafts and checks"): the draft Pulse would write from those
 * pages taken as reports of one event, storing nothing. Pages are read exactly as `pulse extract`
 * reads them; each stands for a story numbered by its position, so evidence names its file or URL.
 */
export const draftCommand: Command = {
  name: 'draft',
  usage: 'FILE|URL... [--url PAGE_URL] [--published ISO] [--source NAME] [--json]',
  summary: 'draft an analysis from article pages taken as reports of one event, storing nothing',
  usesDatabase: false,
  options: { url: { type: 'string' }, published: { type: 'string' }, source: { type: 'string' }, json: { type: 'boolean' } },
  positionals: [1, 50],
  async run({ config, positionals, values, stdout }) {
    const published = publishedOption(values.published);
    if (values.url !== undefined && !isUrl(String(values.url))) throw new UsageError(`--url must be an http(s) URL (got ${JSON.stringify(values.url)})`);
    if (values.url !== undefined && positionals.length > 1) throw new UsageError('--url names the address of one page: give it with one FILE only');
    const fetcher = positionals.some(isUrl) ? createFetcherFromConfig(config) : null;
    const sheets: FactSheet[] = [];
    try {
      for (const input of positionals) {
        try {
          sheets.push(await readFactSheet(input, { fetcher, pageUrl: values.url !== undefined ? String(values.url) : null, published }));
        } catch (err) {
          throw new Error(`${input}: ${errorMessage(err)}`, { cause: err });
        }
      }
    } finally {
      await fetcher?.close();
    }
    const sources: DraftSource[] = sheets.map((facts, i) => ({
      story_id: i + 1,
      publisher: (i === 0 && values.source !== undefined ? String(values.source) : null) ?? facts.site_name ?? hostOf(facts.url),
      url: facts.url,
      title: facts.title,
      published_at: facts.published_at,
      facts,
    }));
    const { draftAnalysis } = await import('../../drafts/draft.ts');
    const draft = draftAnalysis(sources);
    const where = (c: Choice<unknown> | null): { file?: string; url?: string; sentence: string } | null => {
      if (!c?.evidence) return null;
      const input = positionals[c.evidence.story_id - 1]!;
      return { ...(isUrl(input) ? { url: input } : { file: input }), sentence: c.evidence.sentence };
    };
    const out = {
      headline: draft.headline?.value ?? null,
      dek: draft.dek?.value ?? null,
      highlight: draft.highlight?.value ?? null,
      category: draft.category?.value ?? null,
      stats: draft.stats.map((s) => ({ value: s.value.value, label: s.value.label, evidence: where(s) })),
      rundown: draft.rundown.map((r) => ({ text: r.value, evidence: where(r) })),
      pull_quote: draft.pull_quote ? { text: draft.pull_quote.value.text, speaker: draft.pull_quote.value.speaker, evidence: where(draft.pull_quote) } : null,
      tags: draft.tags.map((t) => t.value),
      attribution: draft.attribution,
    };
    if (values.json) {
      writeJson(stdout, out);
      return 0;
    }
    const lines = [
      [out.category, out.highlight].filter(Boolean).join(' · '),
      out.headline ?? '(no headline)',
      out.dek ?? '',
      out.stats.map((s) => `[${s.value} | ${s.label}]`).join(' '),
      'THE RUNDOWN',
      ...out.rundown.map((r, i) => `  ${i + 1} ${r.text}  (${path.basename(r.evidence?.file ?? r.evidence?.url ?? '')})`),
      out.pull_quote ? `“${out.pull_quote.text}” — ${out.pull_quote.speaker}` : '',
      out.tags.length ? `Tags: ${out.tags.join(', ')}` : '',
      out.attribution ?? '',
    ];
    stdout.write(`${lines.filter((l) => l !== '').join('\n')}\n`);
    return 0;
  },
};

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'file:' ? null : u.hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
