// The Pulse side of `npm run bench -- poll`, run in a process of its own as Pulse runs: from the
// compiled dist/ when it is newer than every source file (what bin/pulse.js runs), else from the
// TypeScript sources through tsx. Until session 3 the cycle ran inside the bench's own tsx
// process, whose loader (~35-40 MB) and bench code counted in "Pulse's" peak RSS.
// argv: origin feeds dataDir|- databaseUrl|-. Prints one JSON line per cycle on stdout.
import { distIsCurrent } from '../bin/dist-current.js';

const root = new URL('../', import.meta.url);
const [origin, feedsArg, dataDirArg, dbUrlArg] = process.argv.slice(2);
const feeds = Number(feedsArg);

const fromDist = distIsCurrent();
if (!fromDist) (await import('tsx/esm/api')).register();
const load = (p) => import(new URL(fromDist ? `dist/src/${p}.js` : `src/${p}.ts`, root).href);
const [{ openDatabase }, { migrate }, { createFetcher }, { mapWithConcurrency }, { pollSource }, { sql }] = await Promise.all([
  load('db/client'),
  load('db/migrate'),
  load('fetch/fetcher'),
  load('concurrency'),
  load('sources/poll-source'),
  import('kysely'),
]);

const db = await openDatabase({ databaseUrl: dbUrlArg === '-' ? null : dbUrlArg, dataDir: dataDirArg === '-' ? null : dataDirArg, poolSize: 10 });
await migrate(db);
await sql`insert into sources (url, name) select ${origin} || '/feed/' || g || '.xml', 'Farm ' || g from generate_series(1, ${feeds}) g`.execute(db.kysely);
const ids = (await db.kysely.selectFrom('sources').select('id').orderBy('id').execute()).map((r) => r.id);
// The farm is one host: lift the per-host limit that protects real publishers.
const fetcher = createFetcher({ userAgent: 'Pulse/bench', allowHosts: ['127.0.0.1'], perHostConcurrency: 16 });

const cycle = async (label) => {
  // The peak and what held it: V8's heap, buffers, and the rest (PGlite's WebAssembly memory, code).
  let at = process.memoryUsage();
  let peak = at.rss;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peak) {
      peak = m.rss;
      at = m;
    }
  };
  const timer = setInterval(sample, 25);
  const started = performance.now();
  const outcomes = await mapWithConcurrency(ids, 16, (id) => pollSource({ db, fetcher }, id));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  sample();
  const count = (s) => outcomes.filter((o) => o.status === s).length;
  const line = {
    label,
    seconds,
    peak,
    at,
    updated: count('updated'),
    notModified: count('not-modified'),
    failed: count('failed'),
    stories: outcomes.reduce((n, o) => n + o.new_stories, 0),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
};

process.stdout.write(`${JSON.stringify({ backend: db.backend, loader: fromDist ? 'dist' : 'tsx' })}\n`);
await cycle('cycle 1 (all new)');
await fetch(`${origin}/cycle/2`);
await cycle('cycle 2 (90% 304)');
await fetcher.close();
await db.close();
