import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PROJECT_ROOT } from '../project-root.ts';

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

/**
 * Fills `dataDir` from the template when it holds no cluster yet; returns true when it did. The
 * marker file is copied last, so a copy cut short is simply done again at the next start.
 */
export function seedFromTemplate(dataDir: string, templateDir: string = TEMPLATE_DIR): boolean {
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
