import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPulse } from '../helpers/cli.ts';

describe('pulse editors add', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pulse-editors-'));
  const env = { DATABASE_URL: '', PULSE_DATA_DIR: path.join(dir, 'data') };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints {id, name, role, token} once with --json', async () => {
    const r = await runPulse(['editors', 'add', 'Alice', '--role', 'admin', '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual({ id: expect.any(Number), name: 'Alice', role: 'admin', token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
  });

  it('prints a readable line with the token, role editor by default', async () => {
    const r = await runPulse(['editors', 'add', 'Bob'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Created editor Bob \(editor \d+\)\.\nAPI token \(shown once, keep it secret\): [A-Za-z0-9_-]{43}\n/);
  });

  it.each([
    [['editors', 'add', 'Carol', '--role', 'owner'], 2, /--role must be editor or admin/],
    [['editors', 'add', 'Bob'], 1, /an editor named "Bob" already exists/],
  ])('%j exits %i with a one-line message', async (args, code, message) => {
    const r = await runPulse(args, env);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
  });
});
