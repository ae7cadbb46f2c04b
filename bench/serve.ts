/**
 * `npm run bench -- serve [seconds] [pglite|pg]`: Pulse's /feed.json (50 published analyses) under
 * 100 connections of autocannon, beside a plain node:http server answering the same bytes from
 * memory — a 200 without and with gzip, and a 304 revalidation (If-None-Match), each. Prints req/s, p50/p99 latency
 * and Pulse's ratio to the static server. Aim (issue 13): 304s ≥ 0.70× and 200s ≥ 0.85× the static
 * server's req/s, p99 < 50 ms. Pulse answers cached feeds on its fast path (src/http/fast-feeds.ts);
 * `fastify` as an argument adds the same scenarios through the Fastify route (HEAD-less requests
 * with a query string, which the fast path leaves to Fastify) for comparison.
 * The database is PGlite in memory, or a fresh PostgreSQL database when DATABASE_URL is set (or
 * `pg` is given; default server postgres://postgres@127.0.0.1:5432/postgres).
 */
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../src/config.ts';
import { openDatabase, type Db } from '../src/db/client.ts';
import { jsonb } from '../src/db/json.ts';
import { migrate } from '../src/db/migrate.ts';
import { scratchDatabase } from './_scratch-database.ts';
import { buildApp } from '../src/http/app.ts';
import { createMetrics } from '../src/metrics.ts';
import { feedsChanged } from '../src/publish/feeds-changed.ts';
import { analysisGuid } from '../src/publish/urls.ts';

const BASE_URL = 'https://pulse.example';
const CONNECTIONS = 100;
const ANALYSES = 50;

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number; average: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  statusCodeStats?: Record<string, { count: number }>;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
// autocannon ships no types; its programmatic API is documented in its README.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export default async function run(args: string[]): Promise<void> {
  const seconds = Number(args.find((a) => /^\d+$/.test(a)) ?? 10);
  const usePg = args.includes('pg') || (Boolean(process.env.DATABASE_URL) && !args.includes('pglite'));
  const database = await openBenchDatabase(usePg);
  const config = loadConfig({ PULSE_BASE_URL: BASE_URL, LOG_LEVEL: 'silent' });
  const app = await buildApp({ config, db: database.db, metrics: createMetrics(database.db) });
  let staticServer: Server | null = null;
  try {
    await seed(database.db);
    const pulseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    const first = await fetch(`${pulseUrl}/feed.json`);
    const body = Buffer.from(await first.arrayBuffer());
    const etag = first.headers.get('etag') ?? '';
    const contentType = first.headers.get('content-type') ?? '';
    const items = (JSON.parse(body.toString('utf8')) as { items: unknown[] }).items.length;
    staticServer = await startStaticServer(body, gzipSync(body, { level: 9 }), etag, contentType);
    const staticUrl = `http://127.0.0.1:${(staticServer.address() as AddressInfo).port}`;

    console.log(`serve: ${database.backend} holding ${ANALYSES} published analyses; /feed.json (first page, ${items} items) = ${body.length} bytes; ${CONNECTIONS} connections, ${seconds} s per run, ${cpus().length} CPUs shared with the load generator`);
    const scenarios = [
      { name: '200 identity', headers: {} as Record<string, string>, expect: 200 },
      { name: '200 gzip', headers: { 'accept-encoding': 'gzip' }, expect: 200 },
      { name: '304 If-None-Match', headers: { 'if-none-match': etag }, expect: 304 },
    ];
    const rows: string[] = [];
    const paths = args.includes('fastify') ? [['', '/feed.json'], [' (Fastify route)', '/feed.json?via=fastify']] : [['', '/feed.json']];
    for (const s of scenarios.flatMap((sc) => paths.map(([label, path]) => ({ ...sc, name: `${sc.name}${label}`, path: path! })))) {
      // Warm both (connections, JIT, Pulse's memo) before measuring.
      await load(`${staticUrl}/feed.json`, s.headers, 2);
      await load(`${pulseUrl}${s.path}`, s.headers, 2);
      const st = await load(`${staticUrl}/feed.json`, s.headers, seconds);
      const pu = await load(`${pulseUrl}${s.path}`, s.headers, seconds);
      checkStatuses('static', s.name, st, s.expect);
      checkStatuses('pulse', s.name, pu, s.expect);
      rows.push(
        `| ${s.name} | ${fmt(st.requests.average)} | ${st.latency.p50} / ${st.latency.p99} | ${fmt(pu.requests.average)} | ${pu.latency.p50} / ${pu.latency.p99} | ${(pu.requests.average / st.requests.average).toFixed(2)} | ${pu.latency.p99 < 50 ? 'yes' : 'NO'} |`,
      );
    }
    console.log('\n| scenario | static req/s | static p50/p99 ms | Pulse req/s | Pulse p50/p99 ms | Pulse/static | Pulse p99 < 50 ms |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const r of rows) console.log(r);
    console.log('\ntargets (issue 13): 304 ≥ 0.70×, 200 ≥ 0.85× the static server, p99 < 50 ms');
  } finally {
    if (staticServer) await new Promise((resolve) => staticServer!.close(resolve));
    await app.close();
    await database.close();
  }
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

async function load(url: string, headers: Record<string, string>, seconds: number): Promise<AutocannonResult> {
  // Two worker threads drive the load, so the client does not share the servers' event loop.
  return autocannon({ url, connections: CONNECTIONS, duration: seconds, headers, workers: 2 });
}

function checkStatuses(who: string, scenario: string, r: AutocannonResult, expected: number): void {
  const bad = r.errors + r.timeouts + (expected === 200 ? r.non2xx : r['2xx']);
  if (bad > 0) console.warn(`serve: ${who} ${scenario}: ${bad} answers were not ${expected} (errors ${r.errors}, timeouts ${r.timeouts})`);
}

/** The peer: node:http answering the same bytes (and a gzip of them) and validators from memory, nothing else. */
async function startStaticServer(body: Buffer, gzipped: Buffer, etag: string, contentType: string): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag, 'cache-control': 'public, max-age=300' }).end();
      return;
    }
    const gz = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const bytes = gz ? gzipped : body;
    res
      .writeHead(200, { 'content-type': contentType, 'content-length': bytes.length, etag, 'cache-control': 'public, max-age=300', ...(gz ? { 'content-encoding': 'gzip' } : {}) })
      .end(bytes);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function openBenchDatabase(usePg: boolean): Promise<{ db: Db; backend: string; close(): Promise<void> }> {
  if (!usePg) {
    const db = await openDatabase({ databaseUrl: null, dataDir: null });
    await migrate(db);
    return { db, backend: 'PGlite (in memory)', close: () => db.close() };
  }
  const scratch = await scratchDatabase('serve');
  const db = await openDatabase({ databaseUrl: scratch.url, dataDir: null, poolSize: 10 });
  await migrate(db);
  return {
    db,
    backend: 'PostgreSQL',
    async close() {
      await db.close();
      await scratch.drop();
    },
  };
}

const PARAGRAPH =
  'Alibaba told staff to stop using the coding agent from July 10, after researchers found a hidden check that had shipped since v2.1.91 on April 2. The vendor alleges that about 25,000 fake accounts ran 28 million interactions between April 22 and June 5, which it describes as a distillation campaign.';

/** Inserts ANALYSES published analyses with realistic fields, each with two sources, as the desk would. */
async function seed(db: Db): Promise<void> {
  await db.kysely.transaction().execute(async (trx) => {
    const tc = await trx.insertInto('sources').values({ url: 'https://techcrunch.com/feed/', name: 'TechCrunch' }).returning('id').executeTakeFirstOrThrow();
    const verge = await trx.insertInto('sources').values({ url: 'https://www.theverge.com/rss/index.xml', name: 'The Verge' }).returning('id').executeTakeFirstOrThrow();
    await trx.insertInto('editors').values({ name: 'Dana Whitfield', bio: 'Covers AI platforms.' }).execute();
    for (let i = 0; i < ANALYSES; i += 1) {
      const publishedAt = new Date(Date.UTC(2026, 5, 1) + i * 3_600_000);
      const { id } = await trx
        .insertInto('analyses')
        .values({
          slug: `analysis-${i}`,
          headline: `Alibaba Bans Claude Code Amid Anthropic Distillation Fight, part ${i}`,
          dek: "Alibaba is barring staff from Anthropic's Claude Code starting July 10 after researchers found hidden telemetry.",
          category: 'AI',
          highlight: 'Ban effective July 10, 2026',
          stats: jsonb([{ value: 'July 10, 2026', label: 'Ban Effective Date' }, { value: '~25,000', label: 'Alleged Fake Accounts' }, { value: '28 million', label: 'Alleged Claude Interactions' }]),
          rundown: jsonb(['Alibaba told staff to stop using Claude Code from July 10.', 'Researchers found a hidden check shipped since v2.1.91.', 'Anthropic alleges ~25,000 fake accounts.']),
          take: jsonb({ title: 'Trust is the product', text: 'Coding agents run with the keys to the repository.', author: 'Dana Whitfield' }),
          body: Array.from({ length: 6 }, (_, p) => `${p === 2 ? '## What changed\n\n' : ''}${PARAGRAPH} (${i}.${p})`).join('\n\n'),
          pull_quote: 'We do not run tools that phone home without telling us.',
          watch: 'Whether other labs follow before the deadline.',
          tags: jsonb(['ai', i % 2 === 0 ? 'alibaba' : 'anthropic', `series-${i % 5}`]),
          author: 'Dana Whitfield',
          status: 'published',
          guid: `pending-${i}`,
          published_at: publishedAt,
          updated_at: publishedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.updateTable('analyses').set({ guid: analysisGuid(BASE_URL, id, publishedAt) }).where('id', '=', id).execute();
      for (const [position, sourceId] of [tc.id, verge.id].entries()) {
        const story = await trx
          .insertInto('stories')
          .values({ source_id: sourceId, guid: `s-${i}-${position}`, url: `https://news.example/${i}/${position}`, title: `Report ${i}.${position}`, item_hash: `h-${i}-${position}`, status: 'used' })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx.insertInto('analysis_stories').values({ analysis_id: id, story_id: story.id, position }).execute();
      }
    }
    await feedsChanged(trx, { reason: 'publish', analysisId: 1, hubUrl: null });
  });
}
