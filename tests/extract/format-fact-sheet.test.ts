import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { formatFactSheet } from '../../src/extract/format-fact-sheet.ts';
import type { FactSheet } from '../../src/extract/types.ts';

const golden = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/articles/techcrunch-alibaba-claude.facts.json');

it('renders the reference story as readable plain text', () => {
  const sheet = { ...JSON.parse(readFileSync(golden, 'utf8')), body_html: '' } as FactSheet;
  const text = formatFactSheet(sheet);
  expect(text.split('\n')[0]).toBe('Alibaba bans Claude Code for staff after Anthropic flags distillation campaign');
  for (const line of [
    'Site       TechCrunch',
    'By         Maya Lindqvist',
    '~25,000 (count: about 25,000, fake accounts)',
    '28 million (count: 28,000,000, interactions)',
    'v2.1.91 (version: v2.1.91, Claude Code)',
    'July 10, 2026 → 2026-07-10',
    'April 22 and June 5 → 2026-04-22 – 2026-06-05',
    '— Thariq Shihipar',
  ]) expect(text).toContain(line);
  expect(text).not.toMatch(/<\/?(?:p|a|div|span|script|figure)\b/i);
});
