/**
 * `npm run bench -- poll [feeds]`: one poll cycle over a loopback farm of 1,000 feeds (20 items
 * each), then a second cycle where 90% answer 304; prints wall time and Pulse's peak RSS for
 * each. Storage is PGlite (on disk, in a temporary folder) unless DATABASE_URL is set. Extraction of the stories is not
 * part of the cycle (its own benchmark is `extract`).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { createFetcher } from '../src/fetch/fetcher.ts';
import { mapWithConcurrency } from '../src/concurrency.ts';
import { pollSource } from '../src/sources/poll-source.ts';
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
  const db = await openDatabase({ databaseUrl: dbUrl, dataDir, poolSize: 10 });
  await migrate(db);
  await sql`insert into sources (url, name) select ${origin} || '/feed/' || g || '.xml', 'Farm ' || g from generate_series(1, ${feeds}) g`.execute(db.kysely);
  const ids = (await db.kysely.selectFrom('sources').select('id').orderBy('id').execute()).map((r) => r.id);
  // The farm is one host: lift the per-host limit that protects real publishers.
  const fetcher = createFetcher({ userAgent: 'Pulse/bench', allowHosts: ['127.0.0.1'], perHostConcurrency: 16 });

  const cycle = async (label: string) => {
    let peak = process.memoryUsage().rss;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
    const started = performance.now();
    const outcomes = await mapWithConcurrency(ids, 16, (id) => pollSource({ db, fetcher }, id));
    const seconds = (performance.now() - started) / 1000;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    const count = (s: string) => outcomes.filter((o) => o.status === s).length;
    const stories = outcomes.reduce((n, o) => n + o.new_stories, 0);
    console.log(`  ${label}: ${seconds.toFixed(2)} s wall, peak RSS ${(peak / 1048576).toFixed(0)} MB — ${count('updated')} updated, ${count('not-modified')} not modified, ${count('failed')} failed, ${stories} new stories (${(feeds / seconds).toFixed(0)} feeds/s)`);
    return seconds;
  };

  console.log(`poll: ${feeds} loopback feeds × 20 items on ${db.backend}, 16 polls in flight`);
  await cycle('cycle 1 (all new)');
  await fetch(`${origin}/cycle/2`);
  const second = await cycle('cycle 2 (90% 304)');
  console.log(`  aim: cycle 2 under 20 s → ${second < 20 ? 'met' : 'missed'}`);
  await fetcher.close();
  await db.close();
  await dropDb?.();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  farm.kill();
}
