import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runPulse } from '../helpers/cli.ts';

const fixture = (name: string) => path.join(REPO_ROOT, 'tests/fixtures/articles', name);

describe('pulse extract', { timeout: 180_000 }, () => {
  it('prints one JSON line per file, in input order, each with its file', async () => {
    const files = [fixture('techcrunch-alibaba-claude.html'), fixture('reuters-wire.html')];
    const r = await runPulse(['extract', ...files, '--json', '--published', '2026-07-04T12:00:00Z']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; title: string; figures: unknown[]; body: { word_count: number } });
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines[0]!.title).toMatch(/Alibaba/);
    expect(lines.every((l) => l.body.word_count > 100 && l.figures.length > 0)).toBe(true);
  });

  it('prints a readable sheet for one file, with the page URL given', async () => {
    const r = await runPulse(['extract', fixture('techcrunch-alibaba-claude.html'), '--url', 'https://techcrunch.example/2026/07/04/alibaba/']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Alibaba/);
    expect(r.stdout).toMatch(/25,000/);
  });

  it('keeps going past a missing file, reports it, and exits 1', async () => {
    const r = await runPulse(['extract', fixture('nope.html'), fixture('reuters-wire.html'), '--json']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; error?: string });
    expect(lines[0]).toMatchObject({ file: fixture('nope.html'), error: expect.stringMatching(/cannot read .*ENOENT/) });
    expect(lines[1]!.error).toBeUndefined();
  });
});
