import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { PulseError } from '../errors.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import type { Db } from './client.ts';

/** The repository's sql/ folder, where numbered migrations live. */
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'sql');

// Any constant shared by every Pulse process: pg_advisory_xact_lock(MIGRATION_LOCK) serialises
// migrations across processes and machines (a second process waits, then finds nothing to do).
const MIGRATION_LOCK = 7_231_004_117;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

/** Returns the migrations of `dir` (files named NNN_name.sql) in order. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      return { name, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    });
}

/** Applies pending migrations in one transaction under an advisory lock; returns the names applied. */
export async function migrate(db: Db, migrations: Migration[] = readMigrations()): Promise<string[]> {
  return db.kysely.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    await sql`create table if not exists schema_migrations (
      name text primary key,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`.execute(trx);
    const applied = new Map((await trx.selectFrom('schema_migrations').select(['name', 'checksum']).execute()).map((r) => [r.name, r.checksum]));
    const done: string[] = [];
    for (const m of migrations) {
      const known = applied.get(m.name);
      if (known !== undefined) {
        if (known !== m.checksum) {
          throw new PulseError('internal', `migrate: ${m.name} changed after it was applied (migrations are frozen; add a new file instead)`);
        }
        continue;
      }
      try {
        await sql.raw(m.sql).execute(trx);
      } catch (err) {
        throw new PulseError('internal', `migrate: ${m.name} failed: ${(err as Error).message}`, { cause: err });
      }
      await trx.insertInto('schema_migrations').values({ name: m.name, checksum: m.checksum }).execute();
      done.push(m.name);
    }
    return done;
  });
}
