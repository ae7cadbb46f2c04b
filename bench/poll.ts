/**
 * `npm run bench -- poll [feeds]`: one poll cycle over a loopback farm of 1,000 feeds (20 items
 * each), then a second cycle where 90% answer 304; prints wall time and Pulse's peak RSS for
 * each. Storage is PGlite (on disk, in a temporary folder) unless DATABASE_URL is set. Extraction of the stories is not
 * part of the cycle (its own benchmark is `extract`). Pulse runs in a child process
 * (bench/_poll-cycles.mjs), from dist/ when it is current, as bin/pulse.js runs it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { scratchDatabase } from './_scratch-database.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

export default async function run(args: string[]): Promise<void> {
  const feeds = Number(args[0] ?? 1000);
  const farm = spawn(process.execPath, ['--import', 'tsx', path.join(here, '_feed-farm.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve) => farm.stdout!.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))));
  const origin = `http://127.0.0.1:${port}`;

  let dbUrl: string | null = null;
  let dropDb: (() => Promise<void>) | null = null;
  if (process.env.DATABASE_URL) {
    const scratch = await scratchDatabase('poll');
    dbUrl = scratch.url;
    dropDb = scratch.drop;
  }
  // PGlite on disk, as `pulse start` runs it (in memory, the data itself would count as RSS).
  const dataDir = dbUrl ? null : mkdtempSync(path.join(tmpdir(), 'pulse-bench-poll-'));
  try {
    // Pulse polls in a process of its own, run as bin/pulse.js runs it (dist/ when current): the
    // bench's tsx loader and code are not Pulse's memory. Its peak is sampled inside it.
    const child = spawn(process.execPath, [path.join(here, '_poll-cycles.mjs'), origin, String(feeds), dataDir ?? '-', dbUrl ?? '-'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout! });
    const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
    let second = Infinity;
    for await (const text of lines) {
      const r = JSON.parse(text) as CycleLine | { backend: string; loader: string };
      if ('backend' in r) {
        console.log(`poll: ${feeds} loopback feeds × 20 items on ${r.backend}, 16 polls in flight, Pulse in its own process (${r.loader})`);
        continue;
      }
      const mb = (n: number) => (n / 1048576).toFixed(0);
      console.log(`  ${r.label}: ${r.seconds.toFixed(2)} s wall, peak RSS ${mb(r.peak)} MB — ${r.updated} updated, ${r.notModified} not modified, ${r.failed} failed, ${r.stories} new stories (${(feeds / r.seconds).toFixed(0)} feeds/s)`);
      console.log(`    at the peak: V8 heap ${mb(r.at.heapUsed)} used of ${mb(r.at.heapTotal)} MB, array buffers ${mb(r.at.arrayBuffers)} MB, other external (PGlite's WebAssembly memory as reserved) ${mb(r.at.external - r.at.arrayBuffers)} MB`);
      if (r.label.startsWith('cycle 2')) second = r.seconds;
    }
    const code = await exited;
    if (code !== 0) throw new Error(`bench poll: the polling process exited with ${code}`);
    console.log(`  aim: cycle 2 under 20 s → ${second < 20 ? 'met' : 'missed'}`);
  } finally {
    await dropDb?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    farm.kill();
  }
}

interface CycleLine {
  label: string;
  seconds: number;
  peak: number;
  at: NodeJS.MemoryUsage;
  updated: number;
  notModified: number;
  failed: number;
  stories: number;
}
