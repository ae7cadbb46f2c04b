#!/usr/bin/env node
// Pulse runs from its compiled copy in dist/ when `npm run build` (run by `npm ci`) made one that
// is newer than every source file; otherwise from its TypeScript sources through tsx's loader, so
// an edit never runs stale code and no build step is needed between a checkout and `npm start`.
// (issue 13: tsx compiling at every start cost ~35 MB of RSS and part of the start time.)
import { distIsCurrent } from './dist-current.js';

let main;
if (distIsCurrent()) {
  ({ main } = await import('../dist/src/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
