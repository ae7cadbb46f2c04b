#!/usr/bin/env node
// Pulse runs from its compiled copy in dist/ when `npm run build` (run by `npm ci`) made one that
// is newer than every source file; otherwise from its TypeScript sources through tsx's loader, so
// an edit never runs stale code and no build step is needed between a checkout and `npm start`.
// (issue 13: tsx compiling at every start cost ~35 MB of RSS and part of the start time.)
import { readdirSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);

/** Returns the newest mtime (ms) of the files under `dir`, 0 when it does not exist. */
function newestMtime(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const child = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(child) : statSync(child).mtimeMs);
  }
  return newest;
}

function distIsCurrent() {
  if (process.env.PULSE_TSX === '1') return false;
  let built;
  try {
    built = statSync(new URL('dist/.built', root)).mtimeMs;
  } catch {
    return false;
  }
  return newestMtime(new URL('src/', root)) <= built && newestMtime(new URL('jobs/', root)) <= built;
}

let main;
if (distIsCurrent()) {
  ({ main } = await import('../dist/src/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
