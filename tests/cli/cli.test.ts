import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPulse } from '../helpers/cli.ts';

describe('pulse CLI', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pulse-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--help lists every command and exits 0', async () => {
    const r = await runPulse(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['start', 'serve', 'worker', 'migrate']) expect(r.stdout).toMatch(new RegExp(`pulse ${c}\\b`));
  });

  it('--version prints the package version', async () => {
    const r = await runPulse(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['migrate', '--frob'], /Unknown option '--frob'/],
    [['migrate', 'extra'], /unexpected argument 'extra'/],
  ])('%j is a usage error: clear message, exit 2', async (args, message) => {
    const r = await runPulse(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('a bad configuration exits 1 naming every problem', async () => {
    const r = await runPulse(['migrate'], { PORT: 'eighty', PULSE_WORKERS: '0' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PORT="eighty" is not a whole number');
    expect(r.stderr).toContain('PULSE_WORKERS=0 is out of range');
  });

  it('migrate creates the data folder of the embedded database', async () => {
    const r = await runPulse(['migrate', '--json'], { DATABASE_URL: '', PULSE_DATA_DIR: path.join(dir, 'fresh') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ backend: 'pglite', newly_applied: ['001_init.sql'] });
  });
});
