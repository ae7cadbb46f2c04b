// The loopback publishers of `npm run bench -- faults`, in a process of their own (as
// bench/_feed-farm.ts is for the poll bench) so their CPU does not count against Pulse's. Feed i
// publishes a new item every `periodMs` (staggered per feed) and serves its last `window` items,
// so an item left unpolled for window × period is gone from the feed: a lost item. The bench
// drives faults through /control/… and reads what was served from /stats.
// argv: periodMs window host… (the loopback addresses to listen on, one port for all). Prints the port.
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { articlePage, rss } from '../tests/helpers/feed-server.ts';

const [periodArg, windowArg, ...hosts] = process.argv.slice(2);
const periodMs = Number(periodArg);
const windowSize = Number(windowArg);
const t0 = Date.now();

interface FeedState {
  /** Lowest item number in the first answer with a body: where the feed's history starts for the bench. */
  firstLow: number | null;
  /** Frozen at this time (no new items after it), or null. */
  frozenAt: number | null;
  /** Requests held from `hangFrom` until `hangUntil` (Infinity: until cleared). */
  hangFrom: number;
  hangUntil: number;
  releases: (() => void)[];
  /** [time, status] of every answered request. */
  requests: [number, number][];
}
const feeds = new Map<number, FeedState>();
const feed = (i: number): FeedState => {
  let f = feeds.get(i);
  if (!f) feeds.set(i, (f = { firstLow: null, frozenAt: null, hangFrom: 0, hangUntil: 0, releases: [], requests: [] }));
  return f;
};

/** Feeds publish at staggered moments so a poll tick does not meet every rotation at once. */
const offset = (i: number) => (i * 7919) % periodMs;
/** Number of feed i's newest item at time t. */
const newest = (i: number, t: number) => Math.floor((t - t0 + offset(i)) / periodMs) + windowSize;
const publishedAt = (i: number, n: number) => t0 - offset(i) + (n - windowSize) * periodMs;

function answerFeed(i: number, req: IncomingMessage, res: ServerResponse, host: string): void {
  const f = feed(i);
  const now = Date.now();
  const top = newest(i, f.frozenAt ?? now);
  const etag = `"f${i}-${top}"`;
  if (req.headers['if-none-match'] === etag) {
    f.requests.push([now, 304]);
    return void res.writeHead(304, { etag }).end();
  }
  const items = [];
  for (let n = top; n > top - windowSize; n--) {
    items.push({
      title: `Feed ${i} item ${n}: a report on the ${n}th matter of loopback feed ${i}`,
      link: `http://${host}/story/${i}/${n}`,
      guid: `f${i}-s${n}`,
      description: `Summary of item ${n} of feed ${i}.`,
      date: new Date(publishedAt(i, n)).toUTCString(),
    });
  }
  f.firstLow ??= top - windowSize + 1;
  f.requests.push([now, 200]);
  res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rss({ title: `Loopback feed ${i}`, items }));
}

/** Parses from/to (inclusive feed numbers) of a control request. */
function range(q: URLSearchParams): number[] {
  const from = Number(q.get('from'));
  const to = Number(q.get('to'));
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}

function control(op: string, q: URLSearchParams, res: ServerResponse): void {
  const now = Date.now();
  if (op === 'hang') {
    // start/end in ms since the epoch; end 0 holds until /control/clear.
    const start = Number(q.get('start') ?? now);
    const end = Number(q.get('end') ?? 0);
    for (const i of range(q)) Object.assign(feed(i), { hangFrom: start, hangUntil: end > 0 ? end : Infinity });
  } else if (op === 'clear') {
    for (const i of range(q)) {
      const f = feed(i);
      f.hangUntil = 0;
      for (const release of f.releases.splice(0)) release();
    }
  } else if (op === 'freeze') {
    for (const i of range(q)) feed(i).frozenAt = now;
  } else return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ at: now }));
}

function stats(q: URLSearchParams, res: ServerResponse): void {
  const out = range(q).map((i) => {
    const f = feed(i);
    return { feed: i, firstLow: f.firstLow, newest: newest(i, f.frozenAt ?? Date.now()), held: f.releases.length, requests: f.requests };
  });
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out));
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://farm');
  const host = req.headers.host ?? '127.0.0.1';
  let m = /^\/feed\/(\d+)\.xml$/.exec(url.pathname);
  if (m) {
    const i = Number(m[1]);
    const f = feed(i);
    const now = Date.now();
    if (now >= f.hangFrom && now < f.hangUntil) {
      // Hung: answer when the hang ends (or is cleared); a client that gave up meanwhile is gone.
      let done = false;
      const release = () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        const k = f.releases.indexOf(release);
        if (k >= 0) f.releases.splice(k, 1);
        if (!res.destroyed) answerFeed(i, req, res, host);
      };
      const timer = setTimeout(release, Math.min(f.hangUntil - now, 2 ** 31 - 1));
      f.releases.push(release);
      res.on('close', () => {
        if (!done) {
          done = true;
          clearTimeout(timer);
          const k = f.releases.indexOf(release);
          if (k >= 0) f.releases.splice(k, 1);
        }
      });
      return;
    }
    return answerFeed(i, req, res, host);
  }
  m = /^\/story\/(\d+)\/(\d+)$/.exec(url.pathname);
  if (m) {
    const title = `Feed ${m[1]} item ${m[2]}: a report`;
    return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage(title, [`Item ${m[2]} of loopback feed ${m[1]} says that 12 people met on Tuesday.`, 'A second paragraph gives the page a body long enough to be extracted by Pulse.']));
  }
  m = /^\/control\/(\w+)$/.exec(url.pathname);
  if (m) return control(m[1]!, url.searchParams, res);
  if (url.pathname === '/stats') return stats(url.searchParams, res);
  res.writeHead(404).end();
}

const listen = (server: Server, port: number, host: string) =>
  new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
let port = 0;
for (const host of hosts) port = await listen(createServer(handle), port, host);
console.log(port);
