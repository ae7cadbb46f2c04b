import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PulseError, errorMessage } from '../../errors.ts';
import { formatFactSheet } from '../../extract/format-fact-sheet.ts';
import type { FactSheet } from '../../extract/types.ts';
import { decodeBody } from '../../fetch/decode.ts';
import type { Fetcher } from '../../fetch/fetcher.ts';
import { createFetcherFromConfig } from '../../runtime.ts';
import { UsageError, type Command } from '../command.ts';

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Returns the fact sheet of one page: a URL fetched through the guarded fetcher, or a file read from disk (`pageUrl` stands for its address). */
export async function readFactSheet(input: string, opts: { fetcher: Fetcher | null; pageUrl: string | null; published: Date | null }): Promise<FactSheet> {
  let html: string;
  let pageUrl: string;
  if (isUrl(input)) {
    const res = await opts.fetcher!.fetch(input, { kind: 'html' });
    if (res.kind !== 'ok') throw new PulseError('fetch_failed', res.kind === 'not-modified' ? `fetch: unexpected 304 from ${input}` : res.message);
    html = res.text;
    pageUrl = res.url;
  } else {
    let buf: Buffer;
    try {
      buf = readFileSync(input);
    } catch (err) {
      throw new PulseError('bad_request', `cannot read ${input}: ${(err as NodeJS.ErrnoException).code ?? errorMessage(err)}`);
    }
    html = decodeBody(buf, null, 'html').text;
    pageUrl = opts.pageUrl ?? pathToFileURL(path.resolve(input)).href;
  }
  // Loaded on use: cheerio and the extractors are not part of every command's start (issue 13).
  const { extractFacts } = await import('../../extract/extract-facts.ts');
  return extractFacts(html, pageUrl, { publishedAt: opts.published });
}

/** Returns `--published` as a Date (null when absent), or throws a usage error. */
export function publishedOption(value: unknown): Date | null {
  if (value === undefined) return null;
  const published = new Date(String(value));
  if (Number.isNaN(published.getTime())) throw new UsageError(`--published must be an ISO date (got ${JSON.stringify(value)})`);
  return published;
}

export const extractCommand: Command = {
  name: 'extract',
  usage: 'FILE|URL... [--url PAGE_URL] [--published ISO] [--json]',
  summary: 'print the fact sheet of article pages, storing nothing',
  usesDatabase: false,
  options: { url: { type: 'string' }, published: { type: 'string' }, json: { type: 'boolean' } },
  positionals: [1, 10_000],
  async run({ config, positionals, values, stdout, stderr }) {
    const published = publishedOption(values.published);
    if (values.url !== undefined && !isUrl(String(values.url))) throw new UsageError(`--url must be an http(s) URL (got ${JSON.stringify(values.url)})`);
    const fetcher = positionals.some(isUrl) ? createFetcherFromConfig(config) : null;
    const many = positionals.length > 1;
    let failures = 0;
    try {
      for (const input of positionals) {
        let sheet: FactSheet;
        try {
          sheet = await readFactSheet(input, { fetcher, pageUrl: values.url !== undefined ? String(values.url) : null, published });
        } catch (err) {
          failures++;
          if (!many) throw err;
          if (values.json) stdout.write(`${JSON.stringify({ file: input, error: errorMessage(err) })}\n`);
          else stderr.write(`pulse extract: ${input}: ${errorMessage(err)}\n`);
          continue;
        }
        if (values.json) stdout.write(many ? `${JSON.stringify({ file: input, ...sheet })}\n` : `${JSON.stringify({ file: input, ...sheet }, null, 2)}\n`);
        else stdout.write(`${many ? `== ${input}\n` : ''}${formatFactSheet(sheet)}\n`);
      }
    } finally {
      await fetcher?.close();
    }
    return failures > 0 ? 1 : 0;
  },
};
