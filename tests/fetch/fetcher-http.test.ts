import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, createFetcher } from '../../src/fetch/fetcher.ts';
import type { Fetcher } from '../../src/fetch/fetch-result.ts';
import { startLoopbackServer, type LoopbackServer } from './helpers/loopback-server.ts';

// A weak ETag holding a raw 0xE9 byte and an oddly spaced date: both must come back unchanged.
const ETAG = 'W/"caf\u00e9-42"';
const LAST_MODIFIED = 'Tue,  1 Jul 2025 10:00:00 GMT';
const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback</title></channel></rss>';

let server: LoopbackServer;
let fetcher: Fetcher;

beforeAll(async () => {
  server = await startLoopbackServer({
    '/feed.xml': (req, res) => {
      if (req.headers['if-none-match'] === ETAG) {
        res.writeHead(304, { etag: ETAG, 'cache-control': 'max-age=900' }).end();
        return;
      }
      res.writeHead(200, {
        'content-type': 'application/rss+xml; charset=utf-8',
        etag: ETAG,
        'last-modified': LAST_MODIFIED,
        'cache-control': 'public, max-age=600',
      });
      res.end(FEED);
    },
    '/lm-only.xml': (req, res) => {
      if (req.headers['if-modified-since'] === LAST_MODIFIED) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/xml', 'last-modified': LAST_MODIFIED, expires: 'Sat, 04 Jul 2099 12:30:00 GMT' });
      res.end(FEED);
    },
    '/gone': (_req, res) => void res.writeHead(410).end('gone'),
    '/busy': (_req, res) => void res.writeHead(429, { 'retry-after': '120' }).end(),
    '/maintenance': (_req, res) => void res.writeHead(503, { 'retry-after': 'Sat, 04 Jul 2026 13:00:00 GMT' }).end(),
    '/unavailable': (_req, res) => void res.writeHead(503).end(),
    '/broken': (_req, res) => void res.writeHead(500).end('oops'),
    '/missing': (_req, res) => void res.writeHead(404).end(),
    '/moved': (_req, res) => void res.writeHead(301, { location: '/feed.xml' }).end(),
    '/moved-twice': (_req, res) => void res.writeHead(308, { location: '/moved' }).end(),
    '/temporary': (_req, res) => void res.writeHead(302, { location: '/feed.xml' }).end(),
    '/moved-then-temporary': (_req, res) => void res.writeHead(301, { location: '/temporary' }).end(),
    '/temporary-then-moved': (_req, res) => void res.writeHead(307, { location: '/moved' }).end(),
    '/loop-a': (_req, res) => void res.writeHead(302, { location: '/loop-b' }).end(),
    '/loop-b': (_req, res) => void res.writeHead(302, { location: '/loop-a' }).end(),
    '/self': (_req, res) => void res.writeHead(301, { location: '/self' }).end(),
    '/chain/*': (req, res) => {
      const n = Number(req.url?.split('/').pop());
      if (n === 0) return void res.writeHead(200, { 'content-type': 'application/xml' }).end(FEED);
      res.writeHead(302, { location: `/chain/${n - 1}` }).end();
    },
    '/no-location': (_req, res) => void res.writeHead(302).end(),
    '/to-ftp': (_req, res) => void res.writeHead(302, { location: 'ftp://127.0.0.1/feed.xml' }).end(),
    '/to-file': (_req, res) => void res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/echo': (req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(req.headers)),
  });
  fetcher = createFetcher({ userAgent: 'Pulse/0.1 (+https://pulse.example/about)', allowHosts: ['127.0.0.1'] });
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

describe('conditional GET', () => {
  it('returns the body with its validators, then a 304 when they are sent back byte for byte', async () => {
    const first = await fetcher.fetch(server.url('/feed.xml'), { kind: 'feed' });
    expect(first).toMatchObject({
      kind: 'ok',
      status: 200,
      url: server.url('/feed.xml'),
      permanentRedirect: null,
      contentType: 'application/rss+xml; charset=utf-8',
      charset: 'utf-8',
      text: FEED,
      etag: ETAG,
      lastModified: LAST_MODIFIED,
      cache: { maxAgeSec: 600, expiresAt: null, retryAfterSec: null },
    });
    if (first.kind !== 'ok') return;

    const second = await fetcher.fetch(server.url('/feed.xml'), { kind: 'feed', etag: first.etag, lastModified: first.lastModified });
    expect(second).toEqual({
      kind: 'not-modified',
      url: server.url('/feed.xml'),
      etag: ETAG,
      lastModified: LAST_MODIFIED,
      permanentRedirect: null,
      cache: { maxAgeSec: 900, expiresAt: null, retryAfterSec: null },
    });
    const sent = server.requests.at(-1);
    const raw = (name: string): Buffer => {
      const i = sent?.rawHeaders.findIndex((h, j) => j % 2 === 0 && h.toLowerCase() === name) ?? -1;
      return Buffer.from(sent?.rawHeaders[i + 1] ?? '', 'latin1');
    };
    expect(raw('if-none-match')).toEqual(Buffer.from([...Buffer.from('W/"caf'), 0xe9, ...Buffer.from('-42"')]));
    expect(raw('if-modified-since')).toEqual(Buffer.from(LAST_MODIFIED, 'latin1'));
  });

  it('keeps the request validators when a 304 sends none back', async () => {
    const result = await fetcher.fetch(server.url('/lm-only.xml'), { lastModified: LAST_MODIFIED, etag: null });
    expect(result).toMatchObject({ kind: 'not-modified', etag: null, lastModified: LAST_MODIFIED });
  });

  it('reads Expires as a cache hint', async () => {
    const result = await fetcher.fetch(server.url('/lm-only.xml'));
    expect(result.kind === 'ok' && result.cache.expiresAt?.toISOString()).toBe('2099-07-04T12:30:00.000Z');
  });

  it('sends User-Agent, Accept by kind and Accept-Encoding, and no validators when none are stored', async () => {
    const result = await fetcher.fetch(server.url('/echo'), { kind: 'feed' });
    expect(result.kind).toBe('ok');
    const headers = result.kind === 'ok' ? (JSON.parse(result.text) as Record<string, string>) : {};
    expect(headers['user-agent']).toBe('Pulse/0.1 (+https://pulse.example/about)');
    expect(headers.accept).toBe(ACCEPT.feed);
    expect(headers.accept).toContain('application/feed+json');
    expect(headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(headers['if-none-match']).toBeUndefined();
    expect(headers['if-modified-since']).toBeUndefined();
  });

  it('lets the caller override Accept', async () => {
    const result = await fetcher.fetch(server.url('/echo'), { accept: 'text/html' });
    expect(result.kind === 'ok' && (JSON.parse(result.text) as Record<string, string>).accept).toBe('text/html');
  });
});

describe('statuses', () => {
  it('answers 410 with gone', async () => {
    expect(await fetcher.fetch(server.url('/gone'))).toEqual({
      kind: 'gone',
      url: server.url('/gone'),
      status: 410,
      message: `fetch: 410 Gone from ${server.url('/gone')}`,
    });
  });

  it('answers 429 with Retry-After seconds as rate-limited', async () => {
    expect(await fetcher.fetch(server.url('/busy'))).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      retryAfterSec: 120,
      cache: { retryAfterSec: 120 },
      message: `fetch: 429 from ${server.url('/busy')} (retry after 120 s)`,
    });
  });

  it('answers 503 with a Retry-After HTTP-date as rate-limited, measured on the given clock', async () => {
    const pinned = createFetcher({ userAgent: 'Pulse/test', allowHosts: ['127.0.0.1'], clock: () => new Date('2026-07-04T12:00:00Z') });
    try {
      expect(await pinned.fetch(server.url('/maintenance'))).toMatchObject({
        kind: 'rate-limited',
        status: 503,
        retryAfterSec: 3600,
        message: `fetch: 503 from ${server.url('/maintenance')} (retry after 3600 s)`,
      });
    } finally {
      await pinned.close();
    }
  });

  it('answers 503 without Retry-After as rate-limited with no wait', async () => {
    expect(await fetcher.fetch(server.url('/unavailable'))).toMatchObject({ kind: 'rate-limited', status: 503, retryAfterSec: null });
  });

  it.each([
    ['/broken', 500],
    ['/missing', 404],
  ])('answers %s with an http-error naming the status', async (path, status) => {
    expect(await fetcher.fetch(server.url(path))).toEqual({
      kind: 'http-error',
      url: server.url(path),
      status,
      message: `fetch: ${status} from ${server.url(path)}`,
    });
  });
});

describe('redirects', () => {
  it.each([
    ['a 301', '/moved', '/feed.xml', '/feed.xml'],
    ['308 then 301', '/moved-twice', '/feed.xml', '/feed.xml'],
    ['a 302', '/temporary', '/feed.xml', null],
    ['301 then 302 (only the permanent hop moves the source)', '/moved-then-temporary', '/feed.xml', '/temporary'],
    ['307 then 301', '/temporary-then-moved', '/feed.xml', null],
  ])('follows %s and reports the permanent move', async (_name, path, finalPath, permanent) => {
    const result = await fetcher.fetch(server.url(path));
    expect(result).toMatchObject({
      kind: 'ok',
      url: server.url(finalPath),
      permanentRedirect: permanent === null ? null : server.url(permanent),
      text: FEED,
    });
  });

  it('reports a permanent move on a 304 too', async () => {
    const result = await fetcher.fetch(server.url('/moved'), { etag: ETAG });
    expect(result).toMatchObject({ kind: 'not-modified', permanentRedirect: server.url('/feed.xml') });
  });

  it.each(['/loop-a', '/self'])('detects the redirect loop at %s', async (path) => {
    const result = await fetcher.fetch(server.url(path));
    expect(result).toMatchObject({ kind: 'failed', reason: 'redirect-loop' });
  });

  it('follows five redirects', async () => {
    expect(await fetcher.fetch(server.url('/chain/5'))).toMatchObject({ kind: 'ok', url: server.url('/chain/0') });
  });

  it('stops after more than five redirects', async () => {
    const before = server.requests.length;
    const result = await fetcher.fetch(server.url('/chain/6'));
    expect(result).toMatchObject({
      kind: 'failed',
      reason: 'too-many-redirects',
      message: `fetch: more than 5 redirects from ${server.url('/chain/6')}`,
    });
    expect(server.requests.length - before).toBe(6);
  });

  it('honours a smaller maxRedirects', async () => {
    const strict = createFetcher({ userAgent: 'Pulse/test', allowHosts: ['127.0.0.1'], maxRedirects: 1 });
    try {
      expect(await strict.fetch(server.url('/chain/1'))).toMatchObject({ kind: 'ok' });
      expect(await strict.fetch(server.url('/chain/2'))).toMatchObject({ kind: 'failed', reason: 'too-many-redirects' });
    } finally {
      await strict.close();
    }
  });

  it('answers a redirect without Location with an http-error', async () => {
    expect(await fetcher.fetch(server.url('/no-location'))).toMatchObject({ kind: 'http-error', status: 302 });
  });

  it.each(['/to-ftp', '/to-file'])('refuses a redirect to another scheme (%s)', async (path) => {
    const result = await fetcher.fetch(server.url(path));
    expect(result).toMatchObject({ kind: 'failed', reason: 'refused' });
    expect(result.kind === 'failed' && result.message).toMatch(/only http: and https: URLs are fetched/);
  });
});

describe('bad URLs', () => {
  it.each([
    ['not a url', 'bad-url'],
    ['/relative/feed.xml', 'bad-url'],
    ['ftp://example.com/feed.xml', 'refused'],
    ['file:///etc/passwd', 'refused'],
    ['javascript:alert(1)', 'refused'],
    ['http://user:secret@127.0.0.1/feed.xml', 'bad-url'],
  ])('answers %j with %s and sends nothing', async (url, reason) => {
    const before = server.connections;
    const result = await fetcher.fetch(url);
    expect(result).toMatchObject({ kind: 'failed', reason });
    expect(result.kind === 'failed' && result.message).not.toContain('secret');
    expect(server.connections).toBe(before);
  });
});
