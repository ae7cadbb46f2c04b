import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Returns the folder holding Pulse's package.json, walking up from this file: the same answer
 * whether Pulse runs from src/ (tsx) or from its compiled copy in dist/src/ (bin/pulse.js).
 */
function findProjectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('pulse: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

/** Pulse's installation folder (package.json, sql/, node_modules/). */
export const PROJECT_ROOT = findProjectRoot();
