import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../../src/db/migrate.ts';
import { currentTemplate, migratedTemplateDir } from '../../src/db/pglite-template.ts';
import { runPulse, startPulse } from '../helpers/cli.ts';
import { waitFor } from '../helpers/wait.ts';

describe('pulse CLI', { timeout: 180_000 }, () => {
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

  it('jobs lists counts and jobs as JSON, and refuses an unknown state', async () => {
    const env = { DATABASE_URL: '', PULSE_DATA_DIR: path.join(dir, 'jobs') };
    const r = await runPulse(['jobs', '--json'], env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ counts: [], jobs: [] });
    const bad = await runPulse(['jobs', '--state', 'lost'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/unknown job state "lost"/);
  });

  it('migrate creates the data folder of the embedded database', async () => {
    const r = await runPulse(['migrate', '--json'], { DATABASE_URL: '', PULSE_DATA_DIR: path.join(dir, 'fresh') });
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, 'fresh', 'PG_VERSION'))).toBe(true);
    // A new folder is copied from the build's migrated template when it matches sql/ (nothing left
    // to apply), else from the empty cluster (every migration applied now).
    const names = readMigrations().map((m) => m.name);
    const seededMigrated = currentTemplate() === migratedTemplateDir();
    expect(JSON.parse(r.stdout)).toMatchObject({ backend: 'pglite', applied: names, newly_applied: seededMigrated ? [] : names });
    const list = await runPulse(['sources', 'list', '--json'], { DATABASE_URL: '', PULSE_DATA_DIR: path.join(dir, 'fresh') });
    expect(JSON.parse(list.stdout)).toEqual([]);
  });
});

describe('commands beside a running pulse start on the embedded database', { timeout: 300_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pulse-forward-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('run inside the process that holds the folder, and a second server is refused naming the holder', async () => {
    const env = { ...process.env, DATABASE_URL: '', PULSE_DATA_DIR: path.join(dir, 'data'), PORT: '0', LOG_LEVEL: 'warn' };
    // Killed by the helper after the test even when it fails, so the folder is never left held.
    const start = startPulse(['start'], env);
    const holder = start.child;
    {
      await waitFor(() => start.stdout().includes('Press Ctrl+C') || start.child.exitCode !== null, 120_000, '`pulse start` to be ready');
      const out = start.stdout();
      expect(out).toMatch(/Pulse start is running at http:\/\/127\.0\.0\.1:\d+\//);
      const lock = JSON.parse(readFileSync(path.join(dir, 'data', 'pulse.lock'), 'utf8'));
      expect(lock).toMatchObject({ pid: holder.pid, command: 'start' });

      const list = await runPulse(['sources', 'list', '--json'], env);
      expect(list.code).toBe(0);
      expect(JSON.parse(list.stdout)).toEqual([]);
      const bad = await runPulse(['stories', 'show', '7'], env);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/story 7 does not exist/);

      const second = await runPulse(['serve'], env);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(new RegExp(`in use by \`pulse start\` \\(pid ${holder.pid}\\)`));
    }
    expect(await start.kill('SIGTERM')).toBe(0);
    // The holder released the folder on its way out.
    const after = await runPulse(['migrate', '--json'], { ...env, PORT: '8080' });
    expect(after.code).toBe(0);
  });
});
