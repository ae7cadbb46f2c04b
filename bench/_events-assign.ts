import { readFileSync } from 'node:fs';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../src/db/schema.ts';
import { openDatabase } from '../src/db/client.ts';
import { jsonb } from '../src/db/json.ts';
import { migrate } from '../src/db/migrate.ts';
import { lookupKeys, postsKey, profileKeys } from '../src/events/assign.ts';
import { assignStoryToEvent } from '../src/events/assign-story.ts';
import { candidateProfilesQuery, loadTermStats, refreshNormsOfAll } from '../src/events/event-index.ts';
import { storyFeatures } from '../src/events/features.ts';
import { scratchDatabase } from './_scratch-database.ts';

/** A deterministic pseudo-random sequence (mulberry32), so every run stores the same stories. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYL = ['ka', 'lo', 'mi', 'ru', 'ta', 'ne', 'so', 'vi', 'do', 'pa', 'zu', 'fe', 'gi', 'ho', 'ju', 'be'];
/** A made-up word per index: stable, alphabetic, never a stop word. */
function word(i: number): string {
  let s = 'x';
  let n = i;
  do {
    s += SYL[n % SYL.length];
    n = Math.floor(n / SYL.length);
  } while (n > 0);
  return `${s}q`;
}

/** CPU time (user + system, ms) of the connection's server process, when the server runs on this machine; else null. */
async function backendCpuMs(db: Kysely<Database>): Promise<number | null> {
  const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]!.pid;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export interface AssignBench {
  stored: number;
  events: number;
  samples: number;
  joined: number;
  created: number;
  p50: number;
  p95: number;
  max: number;
  /** The same without BEGIN and COMMIT (the caller's transaction: extraction commits once for all it writes). */
  inP50: number;
  inP95: number;
  loadMs: number;
}

/**
 * Stores `stored` synthetic stories in ~stored/5 events over 30 days on a scratch PostgreSQL
 * database (their grouping state built in bulk, as the live path would have left it), then times
 * assignStoryToEvent for `samples` new stories (half of them new reports of recent events).
 */
export async function benchAssign(stored: number, samples: number): Promise<AssignBench> {
  const { url, drop } = await scratchDatabase('events');
  const db = await openDatabase({ databaseUrl: url, dataDir: null, poolSize: 4 });
  const t0 = performance.now();
  try {
    await migrate(db);
    const rand = rng(10);
    const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
    // Common words follow a Zipf-like law; topic words are rare, a handful per event.
    const common = Array.from({ length: 3000 }, (_, i) => word(i));
    const zipf = () => common[Math.min(common.length - 1, Math.floor(Math.pow(rand(), 2.2) * common.length))]!;
    let nextTopic = 3000;
    const topic = () => Array.from({ length: 8 }, () => word(nextTopic++));
    const end = Date.parse('2026-07-31T00:00:00Z');
    const start = end - 30 * 24 * 3_600_000;
    const story = (words: string[], at: number) => {
      const title = [...Array.from({ length: 4 }, () => pick(words)), zipf(), zipf(), zipf()].join(' ');
      const body = [...Array.from({ length: 10 }, () => pick(words)), ...Array.from({ length: 30 }, zipf)].join(' ');
      return { title, body, at };
    };

    const source = await db.kysely.insertInto('sources').values({ url: 'https://bench.example/feed.xml', name: 'Bench' }).returning('id').executeTakeFirstOrThrow();
    const events: { words: string[]; at: number }[] = [];
    const stories: { title: string; body: string; at: number; event: number }[] = [];
    while (stories.length < stored) {
      const e = { words: topic(), at: start + rand() * (end - start - 12 * 3_600_000) };
      events.push(e);
      const n = 1 + Math.floor(rand() * 9);
      for (let i = 0; i < n && stories.length < stored; i++) stories.push({ ...story(e.words, e.at + rand() * 12 * 3_600_000), event: events.length });
    }

    // events 1..E with the ids given, then their stories, profiles, terms and document frequencies.
    const E = events.length;
    for (let i = 0; i < E; i += 10_000) {
      const ids = Array.from({ length: Math.min(10_000, E - i) }, (_, k) => i + k + 1);
      await sql`insert into events (id, title, story_count, source_count) overriding system value
        select id, 'bench', 1, 1 from unnest(${ids}::bigint[]) as id`.execute(db.kysely);
    }
    await sql`select setval(pg_get_serial_sequence('events', 'id'), ${E})`.execute(db.kysely);
    const terms = new Map<string, number>(); // `${event} ${key}` → count
    const df = new Map<string, number>();
    const profiles = new Map<number, { n: number; bodied: number; last: number }>();
    for (let i = 0; i < stories.length; i += 5_000) {
      const batch = stories.slice(i, i + 5_000);
      await sql`insert into stories (source_id, guid, url, title, item_hash, status, published_at, event_id)
        select ${source.id}::bigint, g, 'https://bench.example/' || g, t, g, 'new', p, e
        from unnest(${batch.map((_, k) => `s${i + k}`)}::text[], ${batch.map((s) => s.title)}::text[], ${batch.map((s) => new Date(s.at).toISOString())}::timestamptz[], ${batch.map((s) => s.event)}::bigint[]) as u(g, t, p, e)`.execute(db.kysely);
    }
    for (const s of stories) {
      const f = storyFeatures({ title: s.title, text: s.body, publishedAt: s.at });
      for (const [k, c] of profileKeys(f)) {
        const key = `${s.event} ${k}`;
        terms.set(key, (terms.get(key) ?? 0) + c);
        if (k[0] === 't' || k[0] === 'b') df.set(k, (df.get(k) ?? 0) + 1);
      }
      const p = profiles.get(s.event) ?? { n: 0, bodied: 0, last: 0 };
      p.n += 1;
      p.bodied += 1;
      p.last = Math.max(p.last, s.at);
      profiles.set(s.event, p);
    }
    const pe = [...profiles.entries()];
    for (let i = 0; i < pe.length; i += 10_000) {
      const b = pe.slice(i, i + 10_000);
      await sql`insert into event_profiles (event_id, n, bodied, last_at)
        select * from unnest(${b.map(([id]) => id)}::bigint[], ${b.map(([, p]) => p.n)}::int[], ${b.map(([, p]) => p.bodied)}::int[], ${b.map(([, p]) => new Date(p.last).toISOString())}::timestamptz[])`.execute(db.kysely);
    }
    const te = [...terms.entries()].map(([k, c]) => ({ event: Number(k.slice(0, k.indexOf(' '))), key: k.slice(k.indexOf(' ') + 1), count: c }));
    // Posted as the live path posts them (assign.ts postsKey()), under the final statistics.
    const finalStats = { docs: stories.length, df: (field: 'title' | 'body', t: string) => df.get(`${field === 'title' ? 't' : 'b'}:${t}`) ?? 0 };
    const posted = te.filter((t) => postsKey(t.key, finalStats));
    for (let i = 0; i < posted.length; i += 50_000) {
      const b = posted.slice(i, i + 50_000);
      await sql`insert into event_terms (event_id, key) select * from unnest(${b.map((t) => t.event)}::bigint[], ${b.map((t) => t.key)}::text[])`.execute(db.kysely);
    }
    const centroids = new Map<number, Record<string, number>>();
    for (const t of te) {
      const c = centroids.get(t.event) ?? {};
      c[t.key] = t.count;
      centroids.set(t.event, c);
    }
    const ce = [...centroids.entries()];
    for (let i = 0; i < ce.length; i += 5_000) {
      const b = ce.slice(i, i + 5_000);
      await sql`insert into event_centroids (event_id, terms) select * from unnest(${b.map(([id]) => id)}::bigint[], ${b.map(([, c]) => jsonb(c))}::jsonb[])`.execute(db.kysely);
    }
    const de = [...df.entries()];
    for (let i = 0; i < de.length; i += 50_000) {
      const b = de.slice(i, i + 50_000);
      await sql`insert into event_term_stats (key, df) select * from unnest(${b.map(([k]) => k)}::text[], ${b.map(([, c]) => c)}::int[])`.execute(db.kysely);
    }
    await sql`update event_term_stats set df = ${stories.length} where key = ''`.execute(db.kysely);
    await refreshNormsOfAll(db.kysely);
    // VACUUM as autovacuum would have on a live database: it sets the visibility map, so the
    // candidate lookup reads event_terms_key_idx alone (an index-only scan), not 2,000+ heap pages.
    await sql`vacuum analyze`.execute(db.kysely);
    const loadMs = performance.now() - t0;

    // Timed: new stories at the end of the timeline, half of them new reports of recent events.
    const recent = events.map((e, i) => ({ ...e, id: i + 1 })).filter((e) => e.at > end - 3 * 24 * 3_600_000);
    const times: number[] = [];
    const inside: number[] = [];
    // BENCH_TRACE=1: the timed assignments run on a connection that logs each statement's time.
    const trace = new Map<string, number[]>();
    const timed = process.env.BENCH_TRACE
      ? new Kysely<Database>({
          dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1, idleTimeoutMillis: 0 }) }),
          log: (e) => {
            const key = e.query.sql.replace(/\s+/g, ' ').trim().slice(0, 60);
            const l = trace.get(key) ?? [];
            l.push(e.queryDurationMillis);
            trace.set(key, l);
          },
        })
      : db.kysely;
    const cpuBefore = timed === db.kysely ? null : await backendCpuMs(timed);
    let joined = 0;
    let created = 0;
    for (let i = 0; i < samples; i++) {
      const words = i % 2 === 0 ? pick(recent).words : topic();
      const s = story(words, end - rand() * 6 * 3_600_000);
      const facts = { title: s.title, body: { paragraphs: [s.body], word_count: 40 }, entities: [], figures: [], dates: [], quotes: [], links: [] };
      const row = await db.kysely
        .insertInto('stories')
        .values({ source_id: source.id, guid: `n${i}`, url: `https://bench.example/n${i}`, title: s.title, item_hash: `n${i}`, status: 'ready', facts: jsonb(facts), published_at: new Date(s.at) })
        .returning('id')
        .executeTakeFirstOrThrow();
      const a0 = performance.now();
      const res = await timed.transaction().execute(async (trx) => {
        const b0 = performance.now();
        const r = await assignStoryToEvent(trx, row.id);
        inside.push(performance.now() - b0);
        return r;
      });
      times.push(performance.now() - a0);
      if (process.env.BENCH_EXPLAIN && i === samples - 1) {
        // The candidate statement as assignStoryToEvent runs it (its keys under the current statistics).
        const f = storyFeatures({ title: s.title, text: s.body, publishedAt: s.at });
        const keys = [...profileKeys(f).keys()];
        const stats = await loadTermStats(db.kysely, keys);
        const plan = await sql<{ 'QUERY PLAN': string }>`explain analyze ${candidateProfilesQuery(lookupKeys(f, stats), f.at, keys)}`.execute(db.kysely);
        console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
      }
      if (res?.created) created++;
      else joined++;
    }
    if (timed !== db.kysely) {
      const med = (l: number[]) => [...l].sort((a, b) => a - b)[Math.floor(l.length / 2)]!;
      for (const [k, l] of trace) console.log(`  ${l.length} × median ${med(l).toFixed(2)} ms, max ${Math.max(...l).toFixed(1)} ms: ${k}`);
      // Less dependent on the machine's load than the timings: statements sent and the server's CPU per story.
      const cpuAfter = await backendCpuMs(timed);
      const statements = [...trace.values()].reduce((n, l) => n + l.length, 0) - 2; // the two CPU reads
      const cpu = cpuBefore === null || cpuAfter === null ? 'n/a' : `${((cpuAfter - cpuBefore) / samples).toFixed(2)} ms`;
      console.log(`  per story: ${(statements / samples).toFixed(2)} statements, server CPU ${cpu} (its backend's /proc time, 10 ms ticks)`);
      await timed.destroy();
    }
    const q = (l: number[], p: number) => [...l].sort((a, b) => a - b)[Math.min(l.length - 1, Math.floor(p * l.length))]!;
    return { stored: stories.length, events: E, samples, joined, created, p50: q(times, 0.5), p95: q(times, 0.95), max: Math.max(...times), inP50: q(inside, 0.5), inP95: q(inside, 0.95), loadMs };
  } finally {
    await db.close();
    if (process.env.BENCH_KEEP) console.log(`kept ${url} (BENCH_KEEP)`);
    else await drop();
  }
}
