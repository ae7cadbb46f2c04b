import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/extract-facts.ts';

/**
 * Body extraction over Zyte's scrapinghub article benchmark (../shared/corpora, not in the repo):
 * a regression floor for the scorer. bench/extract.ts prints the full comparison with Readability.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.resolve(repoRoot, '../shared/corpora/articles/scrapinghub');
const present = existsSync(dir);

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function f1(extracted: string, gold: string): number {
  const counts = new Map<string, number>();
  const goldTokens = tokens(gold);
  for (const t of goldTokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  const got = tokens(extracted);
  let overlap = 0;
  for (const t of got) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(t, c - 1);
    }
  }
  const p = got.length ? overlap / got.length : 0;
  const r = goldTokens.length ? overlap / goldTokens.length : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

describe.skipIf(!present)('scrapinghub article corpus', () => {
  it('extracts article bodies with a mean token F1 of at least 0.95', () => {
    const scores = readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => {
        const gold = JSON.parse(readFileSync(path.join(dir, f.replace(/\.html$/, '.json')), 'utf8')) as { url: string; articleBody: string };
        const sheet = extractFacts(readFileSync(path.join(dir, f), 'utf8'), gold.url);
        return f1(sheet.body.paragraphs.join('\n\n'), gold.articleBody);
      });
    expect(scores.length).toBe(181);
    expect(scores.reduce((a, b) => a + b, 0) / scores.length).toBeGreaterThanOrEqual(0.95);
  }, 180_000); // a whole corpus in one check: about 4 s idle, but CI runs on a loaded 2-core machine
});

if (!present) it.skip(`scrapinghub corpus not found at ${dir} — corpus test skipped`, () => {});
