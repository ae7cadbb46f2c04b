import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Db } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';

/**
 * Database tests run on PGlite (in memory) unless DATABASE_URL names a PostgreSQL server; then
 * every test file gets a database of its own, created here and dropped by `cleanup`.
 * `.ci/run` runs the suite both ways.
 */
export const TEST_BACKEND: 'pg' | 'pglite' = process.env.DATABASE_URL ? 'pg' : 'pglite';

export interface TestDatabase {
  db: Db;
  /** postgres URL of this file's own database (pg only). */
  url: string | null;
  /** Opens another handle on the same database (pg only: a second "process"). */
  openAnother(opts?: { poolSize?: number }): Promise<Db>;
  cleanup(): Promise<void>;
}

/** Returns a fresh, migrated database for one test file. */
export async function createTestDatabase(opts: { migrate?: boolean; poolSize?: number } = {}): Promise<TestDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const db = await openDatabase({ databaseUrl: null, dataDir: null });
    if (opts.migrate !== false) await migrate(db);
    return {
      db,
      url: null,
      openAnother: () => Promise.reject(new Error('PGlite is one process')),
      cleanup: () => db.close(),
    };
  }
  const name = `pulse_t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const others: Db[] = [];
  const db = await openDatabase({ databaseUrl: url.href, dataDir: null, poolSize: opts.poolSize ?? 10 });
  if (opts.migrate !== false) await migrate(db);
  return {
    db,
    url: url.href,
    async openAnother(o = {}) {
      const d = await openDatabase({ databaseUrl: url.href, dataDir: null, poolSize: o.poolSize ?? 10 });
      others.push(d);
      return d;
    },
    async cleanup() {
      await Promise.all(others.map((d) => d.close()));
      await db.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
