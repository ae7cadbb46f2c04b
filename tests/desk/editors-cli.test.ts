import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPulse } from '../helpers/cli.ts';

// Every test adds the editors it needs under names of its own, so each runs alone (`-t`) and in any
// order; each command starts a process that opens PGlite: generous timeouts for a loaded machine.
describe('pulse editors add', { timeout: 300_000 }, () => {
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
  ])('%j exits %i with a one-line message', async (args, code, message) => {
    const r = await runPulse(args, env);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
  });

  it('refuses a second editor of the same name with a one-line message', async () => {
    expect((await runPulse(['editors', 'add', 'Dora'], env)).code).toBe(0);
    const r = await runPulse(['editors', 'add', 'Dora'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/an editor named "Dora" already exists/);
  });

  it('lists editors with their role, live tokens and last use (--json)', async () => {
    expect((await runPulse(['editors', 'add', 'Erin', '--role', 'admin'], env)).code).toBe(0);
    expect((await runPulse(['editors', 'add', 'Eve'], env)).code).toBe(0);
    const r = await runPulse(['editors', 'list', '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    const list = (JSON.parse(r.stdout) as { name: string }[]).filter((e) => e.name === 'Erin' || e.name === 'Eve');
    expect(list).toEqual([
      { id: expect.any(Number), name: 'Erin', role: 'admin', disabled: false, tokens: 1, last_used_at: null, created_at: expect.any(String) },
      { id: expect.any(Number), name: 'Eve', role: 'editor', disabled: false, tokens: 1, last_used_at: null, created_at: expect.any(String) },
    ]);
  });

  it('disables an editor: their tokens are revoked, and the list says so', async () => {
    expect((await runPulse(['editors', 'add', 'Frank'], env)).code).toBe(0);
    expect((await runPulse(['editors', 'add', 'Grace', '--role', 'admin'], env)).code).toBe(0);
    const r = await runPulse(['editors', 'disable', 'Frank', '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ id: expect.any(Number), name: 'Frank', role: 'editor', disabled: true, tokens_revoked: 1, sessions_ended: 0, claims_released: 0 });
    const list = await runPulse(['editors', 'list'], env);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/^id\s+name\s+role\s+tokens\s+last used\s+state\n/);
    expect(list.stdout).toMatch(/\bFrank\s+editor\s+0\s+never\s+disabled\n/);
    expect(list.stdout).toMatch(/\bGrace\s+admin\s+1\s+never\s+active\n/);
  });

  it.each([
    [['editors', 'disable', 'Nobody'], 1, /no editor named "Nobody"/],
    [['editors', 'disable'], 2, /./],
    [['editors', 'list', 'extra'], 2, /./],
  ])('%j exits %i with a message', async (args, code, message) => {
    const r = await runPulse(args, env);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
  });
});
