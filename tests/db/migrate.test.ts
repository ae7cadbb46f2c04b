import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../src/db/migrate.ts';
import { runPulse } from '../helpers/cli.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';

describe(`migrations (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ migrate: false });
  });
  afterAll(() => t.cleanup());

  it('applies every migration in order, then a second run is a no-op', async () => {
    const names = readMigrations().map((m) => m.name);
    expect(await migrate(t.db)).toEqual(names);
    expect(await migrate(t.db)).toEqual([]);
    const rows = await t.db.kysely.selectFrom('schema_migrations').select('name').orderBy('name').execute();
    expect(rows.map((r) => r.name)).toEqual(names);
  });

  it('creates the whole vocabulary of SPEC', async () => {
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public' order by table_name`.execute(t.db.kysely);
    expect(tables.rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(['sources', 'stories', 'story_reports', 'jobs', 'editors', 'editor_tokens', 'editor_sessions', 'analyses', 'analysis_revisions', 'analysis_stories', 'feed_cache', 'feed_state']),
    );
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const [first] = readMigrations();
    await expect(migrate(t.db, [{ ...first!, checksum: 'tampered' }])).rejects.toThrow(/changed after it was applied/);
  });

  it.each([
    ['a story status outside the life cycle', sql`with s as (insert into sources (url, name) values ('https://s.test/feed', 'S') returning id)
      insert into stories (source_id, guid, url, item_hash, status) select id, 'g', 'https://x.test/', 'h', 'weird' from s`],
    ['a job state outside the life cycle', sql`insert into jobs (kind, state) values ('x', 'lost')`],
    ['a running job without a lease', sql`insert into jobs (kind, state) values ('x', 'running')`],
    ['a dead job without its error', sql`insert into jobs (kind, state, finished_at) values ('x', 'dead', now())`],
    ['a source URL that is not http(s)', sql`insert into sources (url, name) values ('file:///etc/passwd', 'x')`],
    ['an analysis slug with spaces', sql`insert into analyses (slug, headline) values ('a b', 'h')`],
  ])('the schema refuses %s', async (_what, statement) => {
    await expect(statement.execute(t.db.kysely)).rejects.toThrow(/check constraint/);
  });
});

describe(`two processes migrating at once (${TEST_BACKEND})`, { timeout: 300_000 }, () => {
  let dir: string;
  let t: TestDatabase | null = null;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'pulse-migrate-'));
    if (TEST_BACKEND === 'pg') t = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t?.cleanup();
  });

  it('end with one schema', async () => {
    const env = TEST_BACKEND === 'pg' ? { DATABASE_URL: t!.url! } : { DATABASE_URL: '', PULSE_DATA_DIR: path.join(dir, 'data') };
    const [a, b] = await Promise.all([runPulse(['migrate', '--json'], env), runPulse(['migrate', '--json'], env)]);
    const results = [a, b];
    if (TEST_BACKEND === 'pg') {
      // Both succeed: the advisory lock makes the second wait, then find nothing to apply.
      expect(results.map((r) => r.code)).toEqual([0, 0]);
      const applied = results.map((r) => (JSON.parse(r.stdout) as { newly_applied: string[] }).newly_applied);
      expect(applied.flat()).toEqual(readMigrations().map((m) => m.name));
    } else {
      // PGlite opens its folder from one process: the other either waited its turn (it ran after
      // the first released the folder) or stopped with a message naming the holder.
      for (const r of results) {
        if (r.code !== 0) expect(r.stderr).toMatch(/is in use by `pulse migrate` \(pid \d+|is being opened by another pulse process/);
      }
      expect(results.some((r) => r.code === 0)).toBe(true);
    }
    const after = await runPulse(['migrate', '--json'], env);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout)).toMatchObject({ applied: readMigrations().map((m) => m.name), newly_applied: [] });
  });
});
