// `npm run bench -- <name> [args]`: runs bench/<name>.ts, which prints its figures beside its peer's.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
const [name, ...args] = process.argv.slice(2);
const names = name === undefined || name === 'all' ? available : [name];
for (const n of names) {
  if (!available.includes(n)) {
    console.error(`bench: unknown benchmark '${n}' (available: ${available.join(', ')})`);
    process.exit(2);
  }
  console.log(`\n### bench ${n}\n`);
  const mod = (await import(path.join(here, `${n}.ts`))) as { default: (args: string[]) => Promise<void> };
  await mod.default(args);
}
process.exit(0);
