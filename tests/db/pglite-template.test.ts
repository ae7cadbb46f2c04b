import { existsSync, mkdtempSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { buildTemplate, seedFromTemplate } from '../../src/db/pglite-template.ts';

// The embedded default's new folder comes from a copied empty cluster (issue 13). PGlite only.
describe('PGlite data folder template', () => {
  let root: string;
  let template: string;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'pulse-template-test-'));
    template = path.join(root, 'template');
    expect(await buildTemplate(template)).toBe(true);
  }, 120_000);

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('is built once: a second build leaves it alone and no scratch folder is left', async () => {
    expect(await buildTemplate(template)).toBe(false);
    expect(readdirSync(root)).toEqual(['template']);
    expect(existsSync(path.join(template, 'postmaster.pid'))).toBe(false);
  });

  it('seeds a new folder that opens, migrates and keeps its data across a reopen; an existing cluster is never overwritten', async () => {
    const dataDir = path.join(root, 'data-a');
    expect(seedFromTemplate(dataDir, template)).toBe(true);
    let db = await openDatabase({ databaseUrl: null, dataDir });
    try {
      expect((await migrate(db)).length).toBeGreaterThan(0);
      await db.kysely.insertInto('sources').values({ url: 'https://a.example/feed', name: 'A' }).execute();
      // PGLITE_START_PARAMS: the small-server settings apply to every open.
      expect((await sql<{ shared_buffers: string }>`show shared_buffers`.execute(db.kysely)).rows[0]?.shared_buffers).toBe('16MB');
    } finally {
      await db.close();
    }
    expect(seedFromTemplate(dataDir, template)).toBe(false);
    db = await openDatabase({ databaseUrl: null, dataDir });
    try {
      expect(await migrate(db)).toEqual([]);
      expect((await db.kysely.selectFrom('sources').select('name').execute()).map((r) => r.name)).toEqual(['A']);
    } finally {
      await db.close();
    }
  }, 120_000);

  it('copies again over a copy cut short (no PG_VERSION yet), and does nothing without a template', async () => {
    const dataDir = path.join(root, 'data-b');
    expect(seedFromTemplate(dataDir, template)).toBe(true);
    unlinkSync(path.join(dataDir, 'PG_VERSION'));
    expect(seedFromTemplate(dataDir, template)).toBe(true);
    expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
    expect(seedFromTemplate(path.join(root, 'data-c'), path.join(root, 'no-template'))).toBe(false);
    expect(existsSync(path.join(root, 'data-c'))).toBe(false);
  });
});
