#!/usr/bin/env node
// Pulse runs from its TypeScript sources through tsx's loader: no build step between
// `npm ci` and `npm start`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
