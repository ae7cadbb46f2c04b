// Whether the compiled copy in dist/ may run instead of the TypeScript sources: `npm run build`
// (run by `npm ci`) stamps dist/.built, and the copy is current while no file under src/ or jobs/
// is newer than that stamp. PULSE_TSX=1 forces the sources. Shared by bin/pulse.js and the
// bench's own Pulse processes (bench/_poll-cycles.mjs), so both run what an operator runs.
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

/** True when dist/ is built and newer than every source file, and PULSE_TSX is not 1. */
export function distIsCurrent() {
  if (process.env.PULSE_TSX === '1') return false;
  let built;
  try {
    built = statSync(new URL('dist/.built', root)).mtimeMs;
  } catch {
    return false;
  }
  return newestMtime(new URL('src/', root)) <= built && newestMtime(new URL('jobs/', root)) <= built;
}
