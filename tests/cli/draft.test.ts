import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runPulse } from '../helpers/cli.ts';

const fixture = (rel: string) => path.join(REPO_ROOT, 'tests/fixtures', rel);

describe('pulse draft', () => {
  it('prints the draft of three pages taken as one event, storing nothing: evidence names each file, the originating report attributed first', async () => {
    const files = [fixture('drafts/wire-alibaba-claude.html'), fixture('drafts/verge-alibaba-claude.html'), fixture('articles/techcrunch-alibaba-claude.html')];
    const r = await runPulse(['draft', ...files, '--json'], { PULSE_DATA_DIR: '/nonexistent/never-created' });
    expect(r.code, r.stderr).toBe(0);
    const d = JSON.parse(r.stdout) as {
      headline: string;
      dek: string;
      highlight: string;
      category: string | null;
      stats: { value: string; label: string; evidence: { file: string; sentence: string } }[];
      rundown: { text: string; evidence: { file: string; sentence: string } }[];
      pull_quote: { text: string; speaker: string; evidence: { file: string } } | null;
      tags: string[];
      attribution: string;
    };
    expect(Object.keys(d)).toEqual(['headline', 'dek', 'highlight', 'category', 'stats', 'rundown', 'pull_quote', 'tags', 'attribution']);
    expect(d.attribution).toMatch(/^Originally reported by TechCrunch/);
    expect(d.highlight.length).toBeLessThanOrEqual(60);
    expect(d.stats).toHaveLength(5);
    expect(d.stats.every((s) => files.includes(s.evidence.file) && s.evidence.sentence.length > 0)).toBe(true);
    expect(d.rundown).toHaveLength(4);
    expect(new Set(d.rundown.map((p) => p.evidence.file)).size).toBeGreaterThan(1);
    expect(d.pull_quote?.speaker).toBeTruthy();
  }, 120_000);

  it('prints a readable draft of one page, with --source naming its publisher', async () => {
    const r = await runPulse(['draft', fixture('articles/techcrunch-alibaba-claude.html'), '--source', 'TC Daily', '--published', '2026-07-04T14:30:00Z']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\[~25,000 \| Alleged Fake Accounts\]/);
    expect(r.stdout).toMatch(/THE RUNDOWN/);
    expect(r.stdout).toMatch(/Originally reported by TC Daily\./);
  }, 120_000);

  it('exits 1 naming a file it cannot read, and 2 on a bad option', async () => {
    const missing = await runPulse(['draft', fixture('drafts/nope.html')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.html.*ENOENT/);
    expect((await runPulse(['draft', fixture('drafts/verge-alibaba-claude.html'), '--published', 'soon'])).code).toBe(2);
  }, 120_000);
});
