/**
 * `npm run bench -- faults [--feeds 300] [--period 30s] [--window 10] [--outage 15s]
 * [--kill-every 20s] [--embedded-feeds 30] [--only pg|embedded] [--keep-logs]`: a fault-injection
 * run (issue 13). Loopback feeds (bench/_rotating-farm.ts) each publish an item every `period`
 * and serve their last `window` items; every source is polled with `--interval 1m`. Pulse runs as
 * an operator runs it, from dist/ when current (`npm run build` first):
 *
 * - PostgreSQL (a private cluster of the bench's own, so it may be restarted; never the machine's
 *   server): one `pulse serve` and three `pulse worker`s. Faults: (1) a source's poll job ending
 *   dead (the workers holding it killed twice, its feed hung meanwhile); (6) 30 feeds of one host
 *   hanging 30 s in the same tick; kill -9 of a random worker every `kill-every` meanwhile; then
 *   (3) a PostgreSQL restart after `outage` seconds down, while (5) /feed.json, /feed.xml and
 *   /atom.xml are requested throughout; (4) the spacing of polls of the undisturbed feeds.
 * - PGlite: (2) `pulse start` killed -9 while holding poll jobs (their feeds hung), restarted.
 *
 * Per fault: recovery (from the fault cleared to the first new item stored, for every affected
 * feed: first and last feed) and items lost (items a feed served that never became stories: once
 * rotations stop, every feed is polled once more and every item from its first answer to its last
 * must be a story), duplicates (should be 0). An item is lost only when its feed goes unpolled for
 * window × period, so shrink both (--period 5s) for a sharper test. Both backends run at once.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { parseInterval, POLL_TICK_SECOND } from '../src/sources/poll-schedule.ts';
import { freePort } from './_free-port.ts';
import { startPrivatePostgres } from './_private-postgres.ts';
import { runPulseCommand, startPulseProcess, type PulseProcess } from './_pulse-process.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const started = Date.now();
const INTERVAL_SEC = 60;

interface Options {
  feeds: number;
  periodMs: number;
  window: number;
  outageMs: number;
  killEveryMs: number;
  embeddedFeeds: number;
  only: string | undefined;
}

/** One line of the figures table. */
interface Row {
  fault: string;
  recovery: string;
  lost: number | string;
  duplicates: number | string;
  notes: string;
}

/** What the farm says of one feed. */
interface FeedStats {
  feed: number;
  firstLow: number | null;
  newest: number;
  held: number;
  requests: [number, number][];
}

/** A feed of the run: its number on the farm and its URL (the host decides its per-host limit). */
interface Feed {
  i: number;
  url: string;
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const progress = (what: string) => console.log(`  [+${((Date.now() - started) / 1000).toFixed(0)} s, load ${load()}] ${what}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const secs = (ms: number | null) => (ms === null ? 'never' : `${(ms / 1000).toFixed(1)} s`);
const range = (from: number, n: number) => Array.from({ length: n }, (_, k) => from + k);

/** The next scheduler tick (second POLL_TICK_SECOND of a minute) at least `leadMs` from now. */
function nextTick(leadMs: number): number {
  const t = Date.now() + leadMs;
  const tick = Math.floor((t - POLL_TICK_SECOND * 1000) / 60_000) * 60_000 + POLL_TICK_SECOND * 1000;
  return tick >= t ? tick : tick + 60_000;
}

/** Waits until `check` returns a value other than null (checked every `everyMs`), or returns null after `timeoutMs`. */
async function until<T>(check: () => Promise<T | null>, timeoutMs: number, everyMs = 500): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check().catch(() => null);
    if (v !== null) return v;
    if (Date.now() > deadline) return null;
    await sleep(everyMs);
  }
}

export default async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      feeds: { type: 'string', default: '300' },
      period: { type: 'string', default: '30s' },
      window: { type: 'string', default: '10' },
      outage: { type: 'string', default: '15s' },
      'kill-every': { type: 'string', default: '20s' },
      'embedded-feeds': { type: 'string', default: '30' },
      only: { type: 'string' },
      'keep-logs': { type: 'boolean', default: false },
    },
  });
  const seconds = (name: string, v: string) => {
    const s = parseInterval(v);
    if (s === null) throw new Error(`--${name} must look like 30s or 1m (got ${v})`);
    return s * 1000;
  };
  const o: Options = {
    feeds: Math.max(20, Number(values.feeds)),
    periodMs: seconds('period', values.period),
    window: Math.max(2, Number(values.window)),
    outageMs: seconds('outage', values.outage),
    killEveryMs: seconds('kill-every', values['kill-every']),
    embeddedFeeds: Math.max(6, Number(values['embedded-feeds'])),
    only: values.only,
  };
  const work = mkdtempSync(path.join(tmpdir(), 'pulse-bench-faults-'));
  // Interrupted (Ctrl+C, a timeout): the private cluster, the Pulse processes and the folder go too.
  const cleanups: (() => Promise<unknown>)[] = [async () => rmSync(work, { recursive: true, force: true })];
  const onSignal = () => void Promise.allSettled(cleanups.map((f) => f())).then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // Feeds 0…feeds-1 are PostgreSQL's, the next embeddedFeeds PGlite's; each group on hosts of its own.
  const pgLayout = postgresLayout(o.feeds);
  const embeddedLayout = { first: o.feeds, hung: 3 };
  const hosts = ['127.0.0.1', ...range(1, 10).map((h) => `127.0.1.${h}`), '127.0.2.1', '127.0.3.1', ...range(1, 3).map((h) => `127.0.4.${h}`), ...range(10, embeddedLayout.hung).map((h) => `127.0.4.${h}`)];
  const farmProcess = spawn(process.execPath, ['--import', 'tsx', path.join(here, '_rotating-farm.ts'), String(o.periodMs), String(o.window), ...hosts], { stdio: ['ignore', 'pipe', 'inherit'] });
  const farmPort = await new Promise<number>((resolve) => farmProcess.stdout!.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))));
  const farm = async <T>(p: string): Promise<T> => (await fetch(`http://127.0.0.1:${farmPort}${p}`)).json() as Promise<T>;
  cleanups.push(async () => farmProcess.kill());
  const ctx: Ctx = { o, work, farm, feedUrl: (host, i) => `http://${host}:${farmPort}/feed/${i}.xml`, atExit: (f) => cleanups.unshift(f) };
  console.log(`faults: ${o.feeds} loopback feeds on PostgreSQL (1 serve + 3 workers) and ${o.embeddedFeeds} on PGlite (pulse start), a new item every ${o.periodMs / 1000} s per feed, the last ${o.window} served (an item is lost after ${(o.window * o.periodMs) / 1000} s unpolled), --interval 1m; load average at start ${load()}`);
  const rows: Row[] = [];
  try {
    const results = await Promise.all([
      o.only === 'embedded' ? [] : postgresRun(ctx, pgLayout),
      o.only === 'pg' ? [] : embeddedRun(ctx, embeddedLayout),
    ]);
    rows.push(...results.flat());
  } finally {
    farmProcess.kill();
    if (values['keep-logs']) console.log(`  logs kept in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  console.log(`\n| fault | recovery | items lost | duplicates | notes |\n| --- | --- | ---: | ---: | --- |`);
  for (const r of rows) console.log(`| ${r.fault} | ${r.recovery} | ${r.lost} | ${r.duplicates} | ${r.notes} |`);
  console.log(`\nload average at the end ${load()} (1, 5, 15 min); run took ${((Date.now() - started) / 1000).toFixed(0)} s. Aim: each recovery within one poll interval (60 s) after the next tick, 0 lost, 0 duplicates, no answer other than 200/304/503 while the database is down.`);
}

interface Ctx {
  o: Options;
  work: string;
  farm: <T>(path: string) => Promise<T>;
  feedUrl: (host: string, i: number) => string;
  /** Registers what an interrupted run must still undo. */
  atExit(f: () => Promise<unknown>): void;
}

/** PostgreSQL's feeds: D (a dead poll job) on 127.0.2.1, H (hanging host) on 127.0.3.1, the rest over 127.0.1.1–10. */
function postgresLayout(n: number) {
  const dead = Math.min(5, Math.max(2, Math.floor(n / 60)));
  const hung = Math.min(30, Math.max(3, Math.floor(n / 10)));
  return { n, dead: range(0, dead), hung: range(dead, hung), other: range(dead + hung, n - dead - hung) };
}

/** Items a farm feed served (from its first answer to its newest) that are not among `stored` guids; and stored guids it never served. */
function compare(stats: FeedStats[], stored: Map<number, Set<string>>): { lost: Map<number, number>; unexpected: number } {
  const lost = new Map<number, number>();
  let unexpected = 0;
  for (const f of stats) {
    const have = stored.get(f.feed) ?? new Set<string>();
    if (f.firstLow === null) {
      lost.set(f.feed, NaN);
      continue;
    }
    let missing = 0;
    const expected = new Set<string>();
    for (let n = f.firstLow; n <= f.newest; n++) {
      expected.add(`f${f.feed}-s${n}`);
      if (!have.has(`f${f.feed}-s${n}`)) missing++;
    }
    if (missing > 0) lost.set(f.feed, missing);
    for (const g of have) if (!expected.has(g)) unexpected++;
  }
  return { lost, unexpected };
}

const sumLost = (lost: Map<number, number>, feeds: number[]) => feeds.reduce((s, i) => s + (lost.get(i) ?? 0), 0);

/** Counts log lines at level error or fatal and mentions of unhandled errors. */
function logTrouble(file: string): string {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return 'no log';
  }
  const errors = text.split('\n').filter((l) => /"level":(50|60)/.test(l));
  const unhandled = text.split('\n').filter((l) => /unhandled|uncaught/i.test(l)).length;
  const kinds = new Map<string, number>();
  for (const l of errors) {
    const msg = /"msg":"([^"]*)"/.exec(l)?.[1] ?? 'error';
    kinds.set(msg, (kinds.get(msg) ?? 0) + 1);
  }
  return `${errors.length} error lines${kinds.size ? ` (${[...kinds].map(([m, c]) => `${c}× ${m}`).join('; ')})` : ''}, ${unhandled} unhandled`;
}

/** The PostgreSQL run: serve + 3 workers on a private cluster; faults 1, 3, 4, 5, 6 and random kills. */
async function postgresRun(c: Ctx, layout: ReturnType<typeof postgresLayout>): Promise<Row[]> {
  const { o } = c;
  const cluster = await startPrivatePostgres('faults');
  const logFile = path.join(c.work, 'pg-pulse.log');
  const procs: PulseProcess[] = [];
  c.atExit(async () => {
    await Promise.all(procs.map((p) => p.kill('SIGKILL')));
    await cluster.remove();
  });
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query('create database pulse_faults');
  await admin.end();
  const dbUrl = cluster.adminUrl.replace(/\/postgres$/, '/pulse_faults');
  const db = new pg.Pool({ connectionString: dbUrl, max: 3 });
  db.on('error', () => undefined); // the restart drops idle connections
  const env = { DATABASE_URL: dbUrl, PULSE_ALLOW_HOSTS: '127.0.0.0/8', LOG_LEVEL: 'warn', HOST: '127.0.0.1' };
  const feeds: Feed[] = range(0, layout.n).map((i) => ({
    i,
    url: c.feedUrl(layout.dead.includes(i) ? '127.0.2.1' : layout.hung.includes(i) ? '127.0.3.1' : `127.0.1.${1 + (i % 10)}`, i),
  }));
  try {
    await runPulseCommand(['migrate'], env, logFile);
    const inserted = await db.query<{ id: number; url: string }>(
      `insert into sources (url, name, poll_interval_seconds) select u, 'Loopback ' || n, $2 from unnest($1::text[]) with ordinality as t(u, n) returning id::int, url`,
      [feeds.map((f) => f.url), INTERVAL_SEC],
    );
    const sourceOf = new Map(inserted.rows.map((r) => [feeds.find((f) => f.url === r.url)!.i, r.id]));
    const feedOf = new Map([...sourceOf].map(([i, id]) => [id, i]));
    const ids = (group: number[]) => group.map((i) => sourceOf.get(i)!);

    const servePort = await freePort();
    const serve = startPulseProcess(['serve'], { ...env, PORT: String(servePort) }, logFile);
    procs.push(serve);
    const workers = range(0, 3).map(() => startPulseProcess(['worker'], env, logFile));
    procs.push(...workers);
    await Promise.all([serve.line(/is running at/), ...workers.map((w) => w.line(/is running \(/))]);
    const base = `http://127.0.0.1:${servePort}`;
    progress(`pg: serve + 3 workers up on a private cluster (port ${cluster.port}); ${layout.n} sources at 1 min`);

    // Feed load on `serve` all along; statuses counted apart while the database is down.
    const serving = serveLoad(base);

    /** Per source of `sourceIds`, the time of its first story stored after `since` (ms), or null. */
    const firstStoriesAfter = async (sourceIds: number[], since: number) => {
      const r = await db.query<{ source_id: number; first: Date }>(
        'select source_id::int, min(created_at) as first from stories where source_id = any($1) and created_at > $2 group by source_id',
        [sourceIds, new Date(since)],
      );
      return new Map(r.rows.map((x) => [x.source_id, x.first.getTime()]));
    };
    /** Waits until every source of `group` stored an item after `since`; returns the first and last delays (ms), or null when some never did. */
    const recovery = async (group: number[], since: number, timeoutMs: number) => {
      const sourceIds = ids(group);
      let firsts = new Map<number, number>();
      await until(async () => {
        firsts = await firstStoriesAfter(sourceIds, since);
        return firsts.size === sourceIds.length ? true : null;
      }, timeoutMs, 1000);
      const delays = [...firsts.values()].map((t) => t - since);
      return { first: delays.length ? Math.min(...delays) : null, last: firsts.size === sourceIds.length ? Math.max(...delays) : null, stalled: sourceIds.length - firsts.size };
    };

    // Warm-up: the first tick polls every feed.
    const warm = await until(async () => {
      const r = await db.query<{ n: number }>('select count(distinct source_id)::int as n from stories');
      return r.rows[0]!.n === layout.n ? true : null;
    }, 200_000, 1000);
    if (warm === null) throw new Error('pg: not every feed had stories 200 s after start');
    progress('pg: every feed has its first stories');

    // Kill -9 of workers: each records the jobs its victim held; they must be finished by others.
    const kills: { at: number; held: number[]; why: string }[] = [];
    let killing = Promise.resolve();
    const killWorker = (slot: number, why: string) =>
      (killing = killing.then(async () => {
        const victim = workers[slot]!;
        const held = await db.query<{ id: number }>(`select id::int from jobs where state = 'running' and locked_by like $1`, [`%:${victim.pid}:%`]);
        await victim.kill('SIGKILL');
        kills.push({ at: Date.now(), held: held.rows.map((r) => r.id), why });
        const next = startPulseProcess(['worker'], env, logFile);
        workers[slot] = next;
        procs.push(next);
      }));
    let randomKills = true;
    const randomKiller = (async () => {
      while (randomKills) {
        await sleep(o.killEveryMs);
        if (randomKills) await killWorker(Math.floor(Math.random() * workers.length), 'random');
      }
    })();

    // Faults 1 and 6 in the same tick. D: the poll handler throws on both attempts (every story
    // insert of D's sources is refused, as tests/ingest/stalled-source.test.ts does), so the jobs
    // end dead; then storage heals. Killing the holders twice is the other way to a dead job, but
    // on a loaded machine the fetch timeout often settles the job first. H: one host hangs 30 s.
    const tick = nextTick(5_000);
    const hangStart = tick - 2_000;
    const hangEnd = tick + 28_000;
    await db.query(`create function faults_refuse() returns trigger language plpgsql as $$ begin raise exception 'injected: storage refused'; end $$`);
    await db.query(`create trigger faults_refuse before insert on stories for each row when (new.source_id = any('{${ids(layout.dead).join(',')}}'::bigint[])) execute function faults_refuse()`);
    await c.farm(`/control/hang?from=${layout.hung[0]}&to=${layout.hung.at(-1)}&start=${hangStart}&end=${hangEnd}`);
    progress(`pg: the polls of ${layout.dead.length} feeds (D) throw until their jobs are dead; ${layout.hung.length} feeds of one host (H) hang 30 s at the next tick`);
    const deadJobs = new Set<number>();
    const deadOk = await until(async () => {
      const r = await db.query<{ id: number; state: string }>(
        `select id::int, state from jobs where kind = 'sources.poll' and (payload->>'source_id')::bigint = any($1) and updated_at > $2 and state <> 'done'`,
        [ids(layout.dead), new Date(hangStart - 30_000)],
      );
      for (const j of r.rows) deadJobs.add(j.id);
      return r.rows.filter((j) => j.state === 'dead').length >= layout.dead.length ? true : null;
    }, 150_000, 500);
    await db.query('drop trigger faults_refuse on stories');
    const deadCleared = Date.now();
    progress(`pg: D's poll jobs ${deadOk ? 'are dead' : 'did NOT all end dead'} (${deadJobs.size} jobs); storage of D's items heals`);
    const deadRecovery = recovery(layout.dead, deadCleared, 180_000);

    await sleep(Math.max(0, hangEnd - Date.now()));
    progress('pg: H stops hanging');
    const hungRecovery = await recovery(layout.hung, hangEnd, 120_000);
    const dead = await deadRecovery;
    randomKills = false;
    await randomKiller;
    await killing;
    progress(`pg: D recovered (${secs(dead.last)}), H recovered (${secs(hungRecovery.last)}); ${kills.length} kills`);

    // Fault 3 (and 5): PostgreSQL down `outage`, then up again. It goes down 2 s after a tick,
    // while that tick's polls are running: their jobs are the ones a restart could strand.
    await sleep(nextTick(3_000) + 2_000 - Date.now());
    const listeners = async () => (await db.query<{ n: number }>(`select count(*)::int as n from pg_stat_activity where application_name = 'pulse listen'`)).rows[0]!.n;
    const listenBefore = await listeners();
    serving.outage(true);
    const down = Date.now();
    await cluster.stop('fast');
    progress(`pg: PostgreSQL stopped for ${o.outageMs / 1000} s, 2 s after a tick`);
    await sleep(o.outageMs);
    await cluster.start();
    const up = Date.now();
    progress('pg: PostgreSQL up again');
    const listenBack = await until(async () => ((await listeners()) >= listenBefore ? Date.now() - up : null), 90_000, 500);
    await sleep(3_000);
    serving.outage(false);
    const restartRecovery = await recovery([...layout.other, ...layout.hung, ...layout.dead], up, 180_000);
    progress(`pg: after the restart every feed stored a new item (last after ${secs(restartRecovery.last)})`);

    // The end: rotations stop; every feed is polled once more; then the books are compared.
    const frozen = (await c.farm<{ at: number }>(`/control/freeze?from=0&to=${layout.n - 1}`)).at;
    const allPolled = await until(async () => {
      const r = await db.query<{ n: number }>('select count(*)::int as n from sources where last_success_at > $1', [new Date(frozen + 1000)]);
      return r.rows[0]!.n === layout.n ? true : null;
    }, 150_000, 1000);
    await sleep(2_000); // the last polls' stories are committed with the poll
    const loadAfter = serving.stop();
    const stats = await c.farm<FeedStats[]>(`/stats?from=0&to=${layout.n - 1}`);
    const storedRows = await db.query<{ source_id: number; guid: string; url: string }>('select source_id::int, guid, url from stories');
    const stored = new Map<number, Set<string>>();
    let sameGuid = 0;
    for (const s of storedRows.rows) {
      const feed = feedOf.get(s.source_id)!;
      const set = stored.get(feed) ?? new Set<string>();
      if (set.has(s.guid)) sameGuid++;
      set.add(s.guid);
      stored.set(feed, set);
    }
    const sameUrl = storedRows.rows.length - new Set(storedRows.rows.map((s) => s.url)).size;
    const { lost, unexpected } = compare(stats, stored);
    const dups = sameGuid + sameUrl + unexpected;
    const jobStates = await db.query<{ kind: string; state: string; n: number }>(`select kind, state, count(*)::int as n from jobs where state = 'dead' group by 1, 2`);
    const deadNote = jobStates.rows.map((r) => `${r.n} ${r.kind} dead`).join(', ') || 'no job left dead';
    const failing = await db.query<{ n: number; msg: string | null }>(`select count(*)::int as n, min(last_error) as msg from sources where error_count > 0 or last_error is not null`);
    const failNote = failing.rows[0]!.n > 0 ? `${failing.rows[0]!.n} sources with a poll error left (e.g. ${failing.rows[0]!.msg})` : 'no source left failing';

    // Kills: when the jobs each victim held were finished by another worker.
    const killRecoveries: number[] = [];
    let unfinished = 0;
    for (const k of kills.filter((x) => x.why === 'random')) {
      if (k.held.length === 0) continue;
      const r = await db.query<{ n: number; last: Date | null }>(
        `select count(*) filter (where state not in ('done', 'dead'))::int as n, max(finished_at) as last from jobs where id = any($1) and not (id = any($2))`,
        [k.held, [...deadJobs]],
      );
      if (r.rows[0]!.n > 0) unfinished++;
      else if (r.rows[0]!.last) killRecoveries.push(r.rows[0]!.last.getTime() - k.at);
    }
    killRecoveries.sort((a, b) => a - b);
    const held = kills.filter((x) => x.why === 'random').reduce((s, k) => s + k.held.length, 0);

    // Fault 4: spacing of the polls of feeds no fault touched, outside the outage.
    const gaps: number[] = [];
    for (const f of stats.filter((s) => layout.other.includes(s.feed))) {
      const times = f.requests.map(([t]) => t).filter((t) => t < frozen);
      for (let k = 1; k < times.length; k++) if (times[k - 1]! > up + 60_000 || times[k]! < down) gaps.push(times[k]! - times[k - 1]!);
    }
    gaps.sort((a, b) => a - b);
    const q = (p: number) => (gaps.length ? gaps[Math.min(gaps.length - 1, Math.floor(p * gaps.length))]! : NaN);
    // Fault 6: how soon the other hosts' feeds were polled at the hung tick, beside the tick before.
    const reach = (t: number) => {
      const delays = stats
        .filter((s) => layout.other.includes(s.feed))
        .map((s) => s.requests.find(([rt]) => rt >= t - 1_000 && rt < t + 60_000)?.[0])
        .map((rt) => (rt === undefined ? Infinity : rt - t))
        .sort((a, b) => a - b);
      return `${layout.other.length - delays.filter((d) => d === Infinity).length}/${layout.other.length} polled, 95% within ${secs(delays[Math.floor(0.95 * (delays.length - 1))] ?? null)}`;
    };

    const fmt = (r: { first: number | null; last: number | null; stalled: number }) =>
      r.stalled > 0 ? `**${r.stalled} feeds never resumed**` : `${secs(r.first)} first / ${secs(r.last)} all feeds`;
    return [
      {
        fault: `1. poll job ending dead (PG; ${layout.dead.length} feeds, handler throwing twice)`,
        recovery: fmt(dead),
        lost: sumLost(lost, layout.dead),
        duplicates: '—',
        notes: `${deadOk ? `all ${deadJobs.size} jobs ended dead` : `**NOT all ${deadJobs.size} jobs ended dead**`}; from storage healing (the dead poll backs off one interval, then the next tick runs it again)`,
      },
      {
        fault: `3. PostgreSQL restart (${o.outageMs / 1000} s down)`,
        recovery: fmt(restartRecovery),
        lost: sumLost(lost, layout.other),
        duplicates: '—',
        notes: `stopped 2 s after a tick; from the server up again; LISTEN connections ${listenBefore} before, back ${listenBack === null ? '**never**' : `after ${secs(listenBack)}`}`,
      },
      {
        fault: '4. `--interval 1m` honoured (undisturbed feeds)',
        recovery: '—',
        lost: '—',
        duplicates: '—',
        notes: `gap between polls: median ${secs(q(0.5))}, p95 ${secs(q(0.95))}, max ${secs(q(1))} (${gaps.length} gaps)`,
      },
      {
        fault: '5. feeds served while the database is down',
        recovery: '—',
        lost: '—',
        duplicates: '—',
        notes: `during the outage: ${loadAfter.outage}; otherwise: ${loadAfter.normal}`,
      },
      {
        fault: `6. ${layout.hung.length} feeds of one host hang 30 s`,
        recovery: fmt(hungRecovery),
        lost: sumLost(lost, layout.hung),
        duplicates: '—',
        notes: `from the hang's end; other hosts at the hung tick: ${reach(tick)}; at the tick before: ${reach(tick - 60_000)}`,
      },
      {
        fault: `kill -9 of a random worker every ${o.killEveryMs / 1000} s (${kills.length} kills)`,
        recovery: killRecoveries.length ? `held jobs finished by others after median ${secs(killRecoveries[Math.floor(killRecoveries.length / 2)]!)}, max ${secs(killRecoveries.at(-1)!)}` : '—',
        lost: '—',
        duplicates: '—',
        notes: `${held} jobs held by the victims${unfinished ? `, **${unfinished} kills' jobs never finished**` : ''}`,
      },
      {
        fault: 'PostgreSQL run, all feeds',
        recovery: allPolled === null ? '**not every feed was polled after the rotations stopped**' : 'every feed polled after the rotations stopped',
        lost: [...lost.values()].reduce((s, n) => s + n, 0),
        duplicates: dups,
        notes: `${storedRows.rows.length} stories; ${deadNote}; ${failNote}; ${logTrouble(logFile)}`,
      },
    ];
  } finally {
    await Promise.all(procs.map((p) => p.kill('SIGKILL')));
    await db.end().catch(() => undefined);
    await cluster.remove();
  }
}

/** Requests the public feeds of `base` every 100 ms (every 20 ms during an outage), half as revalidations; counts statuses apart for the outage. */
function serveLoad(base: string) {
  const counts = { normal: new Map<string, number>(), outage: new Map<string, number>() };
  const etags = new Map<string, string>();
  let inOutage = false;
  let running = true;
  const paths = ['/feed.json', '/feed.xml', '/atom.xml'];
  const loop = (async () => {
    for (let k = 0; running; k++) {
      const p = paths[k % paths.length]!;
      const headers: Record<string, string> = {};
      const etag = etags.get(p);
      if (etag && k % 2 === 0) headers['if-none-match'] = etag;
      let status: string;
      try {
        const res = await fetch(base + p, { headers, signal: AbortSignal.timeout(10_000) });
        await res.arrayBuffer();
        status = String(res.status);
        const e = res.headers.get('etag');
        if (e) etags.set(p, e);
      } catch (err) {
        status = `error (${(err as Error).name})`;
      }
      const m = inOutage ? counts.outage : counts.normal;
      m.set(status, (m.get(status) ?? 0) + 1);
      await sleep(inOutage ? 20 : 100);
    }
  })();
  const show = (m: Map<string, number>) => {
    const bad = [...m].filter(([s]) => !['200', '304', '503'].includes(s)).reduce((s, [, n]) => s + n, 0);
    return `${[...m].map(([s, n]) => `${n}× ${s}`).join(', ') || 'none'} → ${bad === 0 ? '0 bad' : `**${bad} bad**`}`;
  };
  return {
    outage(on: boolean) {
      inOutage = on;
    },
    stop() {
      running = false;
      void loop;
      return { normal: show(counts.normal), outage: show(counts.outage) };
    },
  };
}

/** The PGlite run: `pulse start`, killed -9 while it holds the poll jobs of hung feeds, restarted (fault 2). */
async function embeddedRun(c: Ctx, layout: { first: number; hung: number }): Promise<Row[]> {
  const { o } = c;
  const dataDir = path.join(c.work, 'pglite');
  const logFile = path.join(c.work, 'pglite-pulse.log');
  const n = o.embeddedFeeds;
  const all = range(layout.first, n);
  const hung = all.slice(0, layout.hung);
  // Each hung feed on a host of its own, so each holds a job (per-host limit) at the kill.
  const feeds: Feed[] = all.map((i, k) => ({ i, url: c.feedUrl(k < layout.hung ? `127.0.4.${10 + k}` : `127.0.4.${1 + (k % 3)}`, i) }));
  // The folder is prepared in this process (no `pulse` holds it yet): sources at 1 min, an admin token for /api.
  const { openDatabase } = await import('../src/db/client.ts');
  const { migrate } = await import('../src/db/migrate.ts');
  const { createEditor } = await import('../src/desk/editors.ts');
  const prep = await openDatabase({ databaseUrl: null, dataDir, command: 'bench faults' });
  let token: string;
  try {
    await migrate(prep);
    await prep.kysely.insertInto('sources').values(feeds.map((f) => ({ url: f.url, name: `Loopback ${f.i}`, poll_interval_seconds: INTERVAL_SEC }))).execute();
    token = (await createEditor(prep.kysely, { name: 'bench', role: 'admin' })).token;
  } finally {
    await prep.close();
  }
  const port = await freePort();
  // A fetch timeout longer than the wait for every hung poll to be held at once.
  const env = { PULSE_DATA_DIR: dataDir, PULSE_ALLOW_HOSTS: '127.0.0.0/8', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), PULSE_FETCH_TIMEOUT_MS: '180000' };
  const base = `http://127.0.0.1:${port}`;
  interface SourceView {
    url: string;
    stories: number;
    last_success_at: string | null;
  }
  const sources = async () => {
    const res = await fetch(`${base}/api/sources`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new Error(`GET /api/sources: ${res.status}`);
    const byFeed = new Map<number, SourceView>();
    for (const s of ((await res.json()) as { items: SourceView[] }).items) byFeed.set(feeds.find((f) => f.url === s.url)!.i, s);
    return byFeed;
  };
  let pulse = startPulseProcess(['start'], env, logFile);
  c.atExit(() => pulse.kill('SIGKILL'));
  try {
    await pulse.line(/is running at/);
    progress(`embedded: pulse start up; ${n} sources at 1 min`);
    const warm = await until(async () => ([...(await sources()).values()].every((s) => s.stories > 0) ? true : null), 200_000, 1000);
    if (warm === null) throw new Error('embedded: not every feed had stories 200 s after start');
    progress('embedded: every feed has its first stories');
    await c.farm(`/control/hang?from=${hung[0]}&to=${hung.at(-1)}`);
    // Killed once every hung feed's poll is held (or, after 150 s, with those that are).
    const heldNow = async () => (await c.farm<FeedStats[]>(`/stats?from=${hung[0]}&to=${hung.at(-1)}`)).filter((f) => f.held > 0).map((f) => f.feed);
    const holding = await until(async () => ((await heldNow()).length === hung.length ? true : null), 150_000, 250);
    const held = holding ? hung : await heldNow();
    const before = await sources();
    await pulse.kill('SIGKILL');
    await c.farm(`/control/clear?from=${hung[0]}&to=${hung.at(-1)}`);
    const restarted = Date.now();
    progress(`embedded: pulse start killed -9 while polling ${held.length} of the ${hung.length} hung feeds; restarted`);
    pulse = startPulseProcess(['start'], env, logFile);
    await pulse.line(/is running at/);
    const healthy = Date.now() - restarted;
    const firsts = new Map<number, number>();
    await until(async () => {
      const now = await sources();
      for (const i of held) if (!firsts.has(i) && now.get(i)!.stories > before.get(i)!.stories) firsts.set(i, Date.now() - restarted);
      return firsts.size === held.length ? true : null;
    }, 400_000, 500);
    progress(`embedded: the feeds whose polls were held stored new items after the restart (${[...firsts.values()].map((t) => secs(t)).join(', ')})`);

    const frozen = (await c.farm<{ at: number }>(`/control/freeze?from=${layout.first}&to=${layout.first + n - 1}`)).at;
    const allPolled = await until(async () => ([...(await sources()).values()].every((s) => s.last_success_at !== null && Date.parse(s.last_success_at) > frozen + 1000) ? true : null), 150_000, 1000);
    await sleep(2_000);
    await pulse.kill('SIGTERM');
    const stats = await c.farm<FeedStats[]>(`/stats?from=${layout.first}&to=${layout.first + n - 1}`);
    const after = await openDatabase({ databaseUrl: null, dataDir, command: 'bench faults' });
    const stored = new Map<number, Set<string>>();
    let sameGuid = 0;
    let count = 0;
    try {
      const rows = await after.kysely.selectFrom('stories').innerJoin('sources', 'sources.id', 'stories.source_id').select(['sources.url', 'stories.guid']).execute();
      count = rows.length;
      for (const r of rows) {
        const feed = feeds.find((f) => f.url === r.url)!.i;
        const set = stored.get(feed) ?? new Set<string>();
        if (set.has(r.guid)) sameGuid++;
        set.add(r.guid);
        stored.set(feed, set);
      }
    } finally {
      await after.close();
    }
    const { lost, unexpected } = compare(stats, stored);
    const stalled = held.length - firsts.size;
    return [
      {
        fault: `2. embedded restart (PGlite; pulse start killed -9 holding ${held.length} poll jobs)`,
        recovery: stalled > 0 ? `**${stalled} feeds never resumed**` : `${secs(Math.min(...firsts.values()))} first / ${secs(Math.max(...firsts.values()))} all feeds`,
        lost: sumLost(lost, held),
        duplicates: sameGuid + unexpected,
        notes: `from the restart; answering after ${secs(healthy)}; all ${n} feeds: ${[...lost.values()].reduce((s, x) => s + x, 0)} lost, ${count} stories${allPolled === null ? ', **not every feed polled after the rotations stopped**' : ''}; ${logTrouble(logFile)}`,
      },
    ];
  } finally {
    await pulse.kill('SIGKILL');
  }
}
