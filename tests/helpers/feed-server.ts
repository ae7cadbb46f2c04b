import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse, hit: number) => unknown;

/** A loopback HTTP server for ingestion tests: routes by path, counts every request per path. */
export interface FeedServer {
  url: string;
  origin: string;
  routes: Map<string, Route>;
  hits: Map<string, number>;
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  total(): number;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 (or another loopback address, e.g. 127.0.0.2 for a second host) with an ephemeral port. */
export async function startFeedServer(routes: Record<string, Route> = {}, opts: { host?: string } = {}): Promise<FeedServer> {
  const host = opts.host ?? '127.0.0.1';
  const map = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const requests: FeedServer['requests'] = [];
  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('#')[0]!;
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    requests.push({ path, headers: req.headers });
    const route = map.get(path) ?? map.get(path.split('?')[0]!);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      await route(req, res, n);
    } catch (err) {
      if (!res.headersSent) res.writeHead(500).end(String(err));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    url: `${origin}/`,
    origin,
    routes: map,
    hits,
    requests,
    total: () => requests.length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Returns an RSS 2.0 document with `items` (title, link, guid, description, date). */
export function rss(opts: { title?: string; link?: string; ttl?: number; items: { title: string; link: string; guid?: string; description?: string; content?: string; date?: string }[] }): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const items = opts.items
    .map(
      (i) => `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link><guid isPermaLink="false">${esc(i.guid ?? i.link)}</guid>` +
        `${i.description !== undefined ? `<description>${esc(i.description)}</description>` : ''}` +
        `${i.content !== undefined ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : ''}` +
        `<pubDate>${i.date ?? 'Tue, 24 Nov 2026 10:00:00 GMT'}</pubDate></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>${esc(opts.title ?? 'Test Feed')}</title><link>${esc(opts.link ?? 'http://127.0.0.1/')}</link><description>test</description>
${opts.ttl ? `<ttl>${opts.ttl}</ttl>` : ''}
${items}
</channel></rss>`;
}

/** Returns a small article page with a body long enough to be extracted. */
export function articlePage(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Loopback News"></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>© Loopback News</footer></body></html>`;
}
