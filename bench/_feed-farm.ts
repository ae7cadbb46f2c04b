// A loopback farm of N feeds for bench/poll.ts, run in its own process so the farm's CPU does not
// count against Pulse's. /feed/<i>.xml answers 20 items with an ETag; in cycle 2, 90% of feeds
// answer 304 to their validators and 10% have new items. Prints its port on stdout.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

let cycle = 1;
const itemsFor = (i: number, c: number) =>
  Array.from({ length: 20 }, (_, k) => {
    const n = c === 2 && i % 10 === 0 ? k + 5 : k; // changed feeds shift by 5 new items
    return `<item><title>Feed ${i} story ${n}: a report with a few words in its title</title><link>http://127.0.0.1/feed/${i}/story/${n}</link><guid>f${i}-s${n}</guid><pubDate>${new Date(Date.UTC(2026, 10, 24, 12) - n * 3_600_000).toUTCString()}</pubDate><description>&lt;p&gt;Summary of story ${n} of feed ${i}, with &lt;b&gt;markup&lt;/b&gt; and a &lt;a href="/x"&gt;link&lt;/a&gt;.&lt;/p&gt;</description></item>`;
  }).join('');
const server = createServer((req, res) => {
  if (req.url === '/cycle/2') {
    cycle = 2;
    return void res.end('ok');
  }
  const m = /^\/feed\/(\d+)\.xml$/.exec(req.url ?? '');
  if (!m) return void res.writeHead(404).end();
  const i = Number(m[1]);
  const version = cycle === 2 && i % 10 === 0 ? 2 : 1;
  const etag = `"f${i}-v${version}"`;
  if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
  res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Farm feed ${i}</title><link>http://127.0.0.1/</link><description>d</description>${itemsFor(i, version)}</channel></rss>`);
});
server.listen(0, '127.0.0.1', () => console.log((server.address() as AddressInfo).port));
