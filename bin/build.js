#!/usr/bin/env node
// `npm run build`, also run by `npm ci` (the `prepare` script). Two optional speed-ups for the
// embedded default (issue 13), each skipped with a note when it cannot be made — Pulse runs
// without them (through tsx, and with initdb on a new folder):
//   1. dist/: the TypeScript compiled to JavaScript (needs the typescript dev dependency);
//      bin/pulse.js runs it while it is newer than every source file.
//   2. an empty PGlite cluster under node_modules/.cache/pulse, copied into new data folders
//      instead of running initdb inside `pulse start` (src/db/pglite-template.ts), and a copy of it
//      with sql/*.sql applied, named after their hash, so a first start has no migration to run
//      either (a stale one, after sql/ changed, is replaced here and ignored by `pulse start`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);

function run(args, what) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) console.warn(`pulse build: ${what} failed (exit ${result.status}); Pulse still runs without it`);
  return result.status === 0;
}

if (!existsSync(`${root}src`)) {
  console.log('pulse build: no src/ yet, nothing to build');
  process.exit(0);
}

let compiled = false;
let tsc = null;
try {
  tsc = require.resolve('typescript/bin/tsc');
} catch {
  console.log('pulse build: typescript is not installed (npm ci --omit=dev): Pulse runs from its sources through tsx');
}
if (tsc !== null) {
  rmSync(`${root}dist`, { recursive: true, force: true });
  compiled = run([tsc, '-p', 'tsconfig.build.json'], 'compiling to dist/');
  if (compiled) {
    mkdirSync(`${root}dist`, { recursive: true });
    writeFileSync(`${root}dist/.built`, `${new Date().toISOString()}\n`);
  }
}

const templateModule = compiled ? `${root}dist/src/db/pglite-template.js` : `${root}src/db/pglite-template.ts`;
run(
  [...(compiled ? [] : ['--import', 'tsx']), '--input-type=module', '-e', `const m = await import(${JSON.stringify(templateModule)}); console.log(await m.buildTemplate() ? 'pulse build: empty PGlite cluster made at ' + m.TEMPLATE_DIR : 'pulse build: PGlite template present'); console.log(await m.buildMigratedTemplate() ? 'pulse build: migrated PGlite cluster made at ' + m.migratedTemplateDir() : 'pulse build: migrated PGlite template present');`],
  'making the PGlite template',
);
