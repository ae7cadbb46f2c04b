import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { PROJECT_ROOT } from '../project-root.ts';
import { readMigrations, type Migration } from './migrate.ts';

/**
 * The embedded default on a small server (issue 13: `pulse start` on a new folder held 906 MB,
 * peak 990 MB, and took ~9 s).
 *
 * 1. PGlite's PostgreSQL keeps `shared_buffers` (128 MB by default) in WebAssembly memory from the
 *    first second. 16 MB serves Pulse's working set (an open folder: 296 → 168 MB RSS measured
 *    with the settings below); maintenance_work_mem and temp_buffers bound the other large pools.
 * 2. A new folder would run initdb inside the process (a second WebAssembly instance: ~750 MB peak,
 *    ~5 s). Instead it is filled with a copy of an empty cluster made once, at install
 *    (`npm run build`, run by `npm ci` through `prepare`), in another process; PGlite then opens
 *    it as an existing folder. PGlite's own `loadDataDir` from a dumped tarball was measured too:
 *    302 MB peak and 1.7 s (it unpacks a 39 MB tar in memory) against a plain file copy's ~180 MB.
 *    Without a template (build not run) PGlite runs initdb as before.
 * 3. Applying the migrations to that empty cluster cost another ~1.7 s of CPU and ~60 MB of RSS at
 *    every first start (session 3). The build also keeps a second copy with sql/*.sql applied,
 *    named after a hash of the migration set: a new folder is seeded from it when its hash is the
 *    current one, so `migrate` at start finds nothing to do. A changed or added migration changes
 *    the hash: that copy is then ignored (new folders fall back to the empty cluster plus
 *    migrations at start) until the next build makes the current one and drops the stale one.
 */
export const PGLITE_START_PARAMS: string[] = [
  ...PGlite.defaultStartParams,
  '-c',
  'shared_buffers=16MB',
  '-c',
  'maintenance_work_mem=16MB',
  '-c',
  'temp_buffers=2MB',
];

const PGLITE_VERSION = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version;

/** Where the empty cluster lives: under node_modules, so every install (and PGlite version) gets its own. */
export const TEMPLATE_DIR = path.join(PROJECT_ROOT, 'node_modules/.cache/pulse', `pglite-${PGLITE_VERSION}-template`);

/** The file whose presence makes a folder a cluster for PGlite (it runs initdb otherwise). */
const MARKER = 'PG_VERSION';

/** The prefix of migrated templates beside TEMPLATE_DIR: `<prefix><hash of the migration set>`. */
const MIGRATED_PREFIX = `pglite-${PGLITE_VERSION}-sql-`;

/** Returns the hash naming a migration set (names and checksums, in order). */
export function migrationSetKey(migrations: readonly Migration[]): string {
  const hash = createHash('sha256');
  for (const m of migrations) hash.update(`${m.name}\0${m.checksum}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** Where the template with `migrations` applied lives (beside the empty one). */
export function migratedTemplateDir(migrations: readonly Migration[] = readMigrations(), emptyTemplateDir: string = TEMPLATE_DIR): string {
  return path.join(path.dirname(emptyTemplateDir), `${MIGRATED_PREFIX}${migrationSetKey(migrations)}`);
}

/**
 * Returns the template a new folder is seeded from: the migrated one of the current migration
 * set when it was built, else the empty cluster (stale or missing migrated template).
 */
export function currentTemplate(migrations: readonly Migration[] = readMigrations(), emptyTemplateDir: string = TEMPLATE_DIR): string {
  const migrated = migratedTemplateDir(migrations, emptyTemplateDir);
  return existsSync(path.join(migrated, MARKER)) ? migrated : emptyTemplateDir;
}

/**
 * Fills `dataDir` from the template when it holds no cluster yet; returns true when it did. The
 * marker file is copied last, so a copy cut short is simply done again at the next start.
 */
export function seedFromTemplate(dataDir: string, templateDir: string = currentTemplate()): boolean {
  if (existsSync(path.join(dataDir, MARKER)) || !existsSync(path.join(templateDir, MARKER))) return false;
  mkdirSync(dataDir, { recursive: true });
  for (const entry of readdirSync(templateDir)) {
    if (entry !== MARKER) cpSync(path.join(templateDir, entry), path.join(dataDir, entry), { recursive: true, force: true });
  }
  cpSync(path.join(templateDir, MARKER), path.join(dataDir, MARKER));
  return true;
}

/**
 * Creates the template at `templateDir` (initdb in a scratch folder, then one rename), unless it
 * exists. Returns false when it was already there.
 */
export async function buildTemplate(templateDir: string = TEMPLATE_DIR): Promise<boolean> {
  if (existsSync(path.join(templateDir, MARKER))) return false;
  const scratch = `${templateDir}.${process.pid}.tmp`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(path.dirname(scratch), { recursive: true });
  const pglite = new PGlite(scratch, { startParams: PGLITE_START_PARAMS });
  await pglite.waitReady;
  await pglite.query('checkpoint');
  await pglite.close();
  rmSync(path.join(scratch, 'postmaster.pid'), { force: true });
  try {
    renameSync(scratch, templateDir);
  } catch (err) {
    rmSync(scratch, { recursive: true, force: true });
    // Another install built it at the same moment: theirs serves as well.
    if (!existsSync(path.join(templateDir, MARKER))) throw err;
    return false;
  }
  return true;
}

/**
 * Creates the template with `migrations` applied from the empty one at `emptyTemplateDir` (which
 * must exist), unless it exists; removes migrated templates of other migration sets (stale).
 * Returns false when it was already there.
 */
export async function buildMigratedTemplate(migrations: Migration[] = readMigrations(), emptyTemplateDir: string = TEMPLATE_DIR): Promise<boolean> {
  const target = migratedTemplateDir(migrations, emptyTemplateDir);
  const parent = path.dirname(target);
  for (const entry of existsSync(parent) ? readdirSync(parent) : []) {
    if (entry.startsWith(MIGRATED_PREFIX) && path.join(parent, entry) !== target && !entry.endsWith('.tmp')) rmSync(path.join(parent, entry), { recursive: true, force: true });
  }
  if (existsSync(path.join(target, MARKER))) return false;
  const scratch = `${target}.${process.pid}.tmp`;
  rmSync(scratch, { recursive: true, force: true });
  if (!seedFromTemplate(scratch, emptyTemplateDir)) throw new Error(`pulse: no empty PGlite cluster at ${emptyTemplateDir} to migrate`);
  // Dynamic: client.ts imports this module (it seeds new folders).
  const [{ openDatabase }, { migrate }] = await Promise.all([import('./client.ts'), import('./migrate.ts')]);
  const db = await openDatabase({ databaseUrl: null, dataDir: scratch, command: 'build' });
  try {
    await migrate(db, migrations);
    await sql`checkpoint`.execute(db.kysely);
  } finally {
    await db.close();
  }
  for (const leftover of ['postmaster.pid', 'pulse.lock']) rmSync(path.join(scratch, leftover), { force: true });
  try {
    renameSync(scratch, target);
  } catch (err) {
    rmSync(scratch, { recursive: true, force: true });
    if (!existsSync(path.join(target, MARKER))) throw err;
    return false;
  }
  return true;
}
