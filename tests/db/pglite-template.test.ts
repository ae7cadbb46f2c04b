import { existsSync, mkdtempSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { migrate, readMigrations, type Migration } from '../../src/db/migrate.ts';
import { buildMigratedTemplate, buildTemplate, currentTemplate, migratedTemplateDir, migrationSetKey, seedFromTemplate } from '../../src/db/pglite-template.ts';

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

  it('keeps a migrated copy keyed by the migration set: a new folder seeded from it has nothing to migrate', async () => {
    const migrations = readMigrations();
    const migrated = migratedTemplateDir(migrations, template);
    expect(path.basename(migrated)).toContain(migrationSetKey(migrations));
    expect(currentTemplate(migrations, template)).toBe(template);
    expect(await buildMigratedTemplate(migrations, template)).toBe(true);
    expect(await buildMigratedTemplate(migrations, template)).toBe(false);
    expect(currentTemplate(migrations, template)).toBe(migrated);
    for (const leftover of ['postmaster.pid', 'pulse.lock']) expect(existsSync(path.join(migrated, leftover))).toBe(false);

    const dataDir = path.join(root, 'data-m');
    expect(seedFromTemplate(dataDir, currentTemplate(migrations, template))).toBe(true);
    const db = await openDatabase({ databaseUrl: null, dataDir });
    try {
      expect(await migrate(db, migrations)).toEqual([]);
      await db.kysely.insertInto('sources').values({ url: 'https://m.example/feed', name: 'M' }).execute();
      expect((await db.kysely.selectFrom('sources').select('name').execute()).map((r) => r.name)).toEqual(['M']);
    } finally {
      await db.close();
    }
  }, 120_000);

  it('falls back to the empty cluster when the migration set changed, and a rebuild replaces the stale copy', async () => {
    const migrations = readMigrations();
    const changed: Migration[] = [...migrations, { name: '999_extra.sql', sql: 'create table extra_table (id int primary key);', checksum: 'x' }];
    expect(migrationSetKey(changed)).not.toBe(migrationSetKey(migrations));
    const edited: Migration[] = migrations.map((m, i) => (i === 0 ? { ...m, checksum: `${m.checksum}-edited` } : m));
    expect(migrationSetKey(edited)).not.toBe(migrationSetKey(migrations));
    await buildMigratedTemplate(migrations, template);
    // Stale: a new folder starts from the empty cluster and applies every migration at open.
    expect(currentTemplate(changed, template)).toBe(template);
    const dataDir = path.join(root, 'data-s');
    expect(seedFromTemplate(dataDir, currentTemplate(changed, template))).toBe(true);
    const db = await openDatabase({ databaseUrl: null, dataDir });
    try {
      expect(await migrate(db, changed)).toEqual(changed.map((m) => m.name));
    } finally {
      await db.close();
    }
    // The next build makes the current one and drops the stale one.
    expect(await buildMigratedTemplate(changed, template)).toBe(true);
    expect(currentTemplate(changed, template)).toBe(migratedTemplateDir(changed, template));
    expect(existsSync(migratedTemplateDir(migrations, template))).toBe(false);
  }, 180_000);
});
