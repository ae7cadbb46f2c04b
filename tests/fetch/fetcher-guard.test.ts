import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/fetch/fetcher.ts';
import type { Fetcher, FetcherOptions } from '../../src/fetch/fetch-result.ts';
import { startLoopbackServer, type LoopbackServer } from './helpers/loopback-server.ts';

let server: LoopbackServer;
const opened: Fetcher[] = [];

function fetcherWith(options: Partial<FetcherOptions>): Fetcher {
  const fetcher = createFetcher({ userAgent: 'Pulse/test', allowHosts: [], ...options });
  opened.push(fetcher);
  return fetcher;
}

beforeAll(async () => {
  server = await startLoopbackServer({
    '/feed.xml': (req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(`host=${req.headers.host}`),
    '/to/*': (req, res) => {
      const target = decodeURIComponent(req.url?.slice('/to/'.length) ?? '');
      res.writeHead(302, { location: target.replace('PORT', String(server.port)) }).end();
    },
  });
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((f) => f.close()));
});

afterAll(async () => {
  await server.close();
});

/** Fetches and returns the result with how many connections and requests reached the server meanwhile. */
async function attempt(fetcher: Fetcher, url: string) {
  const connections = server.connections;
  const requests = server.requests.length;
  const result = await fetcher.fetch(url);
  return { result, connections: server.connections - connections, requests: server.requests.length - requests };
}

describe('the SSRF guard refuses forbidden addresses before any request is sent', () => {
  const port = (): number => server.port;
  it.each([
    ['127.0.0.1 without an allowlist', () => `http://127.0.0.1:${port()}/feed.xml`, '127.0.0.1 (loopback)'],
    ['decimal 2130706433', () => `http://2130706433:${port()}/feed.xml`, '127.0.0.1 (loopback)'],
    ['hex 0x7f000001', () => `http://0x7f000001:${port()}/feed.xml`, '127.0.0.1 (loopback)'],
    ['octal 0177.0.0.1', () => `http://0177.0.0.1:${port()}/feed.xml`, '127.0.0.1 (loopback)'],
    ['short 127.1', () => `http://127.1:${port()}/feed.xml`, '127.0.0.1 (loopback)'],
    ['[::1]', () => `http://[::1]:${port()}/feed.xml`, '::1 (loopback)'],
    ['[::ffff:127.0.0.1]', () => `http://[::ffff:127.0.0.1]:${port()}/feed.xml`, '::ffff:7f00:1 (loopback, IPv4-mapped IPv6 of 127.0.0.1)'],
    ['[::ffff:7f00:1]', () => `http://[::ffff:7f00:1]:${port()}/feed.xml`, '(loopback, IPv4-mapped IPv6 of 127.0.0.1)'],
    ['0.0.0.0 (which Linux routes to localhost)', () => `http://0.0.0.0:${port()}/feed.xml`, '0.0.0.0 (unspecified)'],
    ['localhost', () => `http://localhost:${port()}/feed.xml`, '(loopback)'],
    ['a *.localhost name', () => `http://feeds.localhost:${port()}/feed.xml`, '(loopback)'],
  ])('refuses %s', async (_name, url, resolvesTo) => {
    const fetcher = fetcherWith({});
    const { result, connections, requests } = await attempt(fetcher, url());
    expect(result).toMatchObject({ kind: 'failed', reason: 'refused' });
    expect(result.kind === 'failed' && result.message).toContain(resolvesTo);
    expect(result.kind === 'failed' && result.message).toMatch(/^fetch: refused http:\/\/.* — resolves to .*; add it to PULSE_ALLOW_HOSTS to allow$/);
    expect(connections).toBe(0);
    expect(requests).toBe(0);
  });

  it('writes the refusal message of the SPEC', async () => {
    const url = `http://127.0.0.1:${server.port}/feed.xml`;
    expect((await attempt(fetcherWith({}), url)).result).toEqual({
      kind: 'failed',
      url,
      reason: 'refused',
      message: `fetch: refused ${url} — resolves to 127.0.0.1 (loopback); add it to PULSE_ALLOW_HOSTS to allow`,
    });
  });

  it('lets an allowlisted address through', async () => {
    const { result, requests } = await attempt(fetcherWith({ allowHosts: ['127.0.0.1'] }), server.url('/feed.xml'));
    expect(result).toMatchObject({ kind: 'ok' });
    expect(requests).toBe(1);
  });

  // Controls: the same literal forms reach the server once listed, so the zero counts above mean something.
  it.each([
    ['[::1]', '::1', (p: number) => `http://[::1]:${p}/feed.xml`],
    ['[::ffff:127.0.0.1] via its IPv4 entry', '127.0.0.1', (p: number) => `http://[::ffff:127.0.0.1]:${p}/feed.xml`],
    ['2130706433', '127.0.0.1', (p: number) => `http://2130706433:${p}/feed.xml`],
    ['localhost by name', 'localhost', (p: number) => `http://localhost:${p}/feed.xml`],
  ])('reaches the server for %s once %s is listed', async (_name, entry, url) => {
    if (entry !== '127.0.0.1' && !server.dualStack) return; // no IPv6 loopback on this machine
    const { result, requests } = await attempt(fetcherWith({ allowHosts: [entry] }), url(server.port));
    expect(result).toMatchObject({ kind: 'ok' });
    expect(requests).toBe(1);
  });

  it('lets an allowlisted CIDR through', async () => {
    expect((await attempt(fetcherWith({ allowHosts: ['127.0.0.0/8'] }), server.url('/feed.xml'))).result).toMatchObject({ kind: 'ok' });
  });

  it.each([
    ['127.0.0.2 (same /8, not listed)', 'http://127.0.0.2:PORT/feed.xml', '127.0.0.2'],
    ['[::1]', 'http://[::1]:PORT/feed.xml', '::1'],
    ['localhost (whose ::1 is not listed)', 'http://localhost:PORT/feed.xml', '::1'],
    ['169.254.169.254', 'http://169.254.169.254/latest/meta-data/', '169.254.169.254 (cloud metadata)'],
  ])('refuses a redirect from an allowed host to %s, after only the first request', async (_name, target, resolvesTo) => {
    const fetcher = fetcherWith({ allowHosts: ['127.0.0.1'] });
    const { result, requests } = await attempt(fetcher, server.url(`/to/${encodeURIComponent(target)}`));
    expect(result).toMatchObject({ kind: 'failed', reason: 'refused' });
    expect(result.kind === 'failed' && result.message).toContain(`resolves to ${resolvesTo}`);
    expect(result.kind === 'failed' && result.url).toBe(new URL(target.replace('PORT', String(server.port))).href);
    expect(requests).toBe(1);
  });
});

describe('names are vetted after DNS, and the connection is pinned to the vetted address', () => {
  it('refuses a public-looking name that resolves to a private address, without connecting', async () => {
    const fetcher = fetcherWith({ allowHosts: ['127.0.0.1'], lookup: async () => [{ address: '10.1.2.3', family: 4 }] });
    const { result, connections } = await attempt(fetcher, 'http://feeds.example.com/rss');
    expect(result).toEqual({
      kind: 'failed',
      url: 'http://feeds.example.com/rss',
      reason: 'refused',
      message: 'fetch: refused http://feeds.example.com/rss — resolves to 10.1.2.3 (private); add it to PULSE_ALLOW_HOSTS to allow',
    });
    expect(connections).toBe(0);
  });

  it('refuses a name when any one of its addresses is forbidden', async () => {
    const fetcher = fetcherWith({
      allowHosts: [],
      lookup: async () => [
        { address: '93.184.216.34', family: 4 },
        { address: '::ffff:169.254.169.254', family: 6 },
      ],
    });
    const { result } = await attempt(fetcher, 'https://mixed.example.com/feed');
    expect(result).toMatchObject({ kind: 'failed', reason: 'refused' });
    expect(result.kind === 'failed' && result.message).toContain('cloud metadata');
  });

  it('connects to the vetted address and keeps the name in the Host header', async () => {
    const lookups: string[] = [];
    const fetcher = fetcherWith({
      allowHosts: ['127.0.0.1'],
      lookup: async (hostname) => {
        lookups.push(hostname);
        return [{ address: '127.0.0.1', family: 4 }];
      },
    });
    const { result, requests } = await attempt(fetcher, `http://feeds.example.test:${server.port}/feed.xml`);
    expect(result).toMatchObject({ kind: 'ok', url: `http://feeds.example.test:${server.port}/feed.xml`, text: `host=feeds.example.test:${server.port}` });
    expect(requests).toBe(1);
    // Resolved once, by the guard: nothing re-resolves the name between the check and the connect.
    expect(lookups).toEqual(['feeds.example.test']);
  });

  it('lets a listed hostname reach its private address', async () => {
    const fetcher = fetcherWith({ allowHosts: ['feeds.internal'], lookup: async () => [{ address: '127.0.0.1', family: 4 }] });
    expect((await attempt(fetcher, `http://FEEDS.internal:${server.port}/feed.xml`)).result).toMatchObject({ kind: 'ok' });
  });

  it('does not let a listed hostname reach a metadata address', async () => {
    const fetcher = fetcherWith({ allowHosts: ['feeds.internal'], lookup: async () => [{ address: '169.254.169.254', family: 4 }] });
    expect((await attempt(fetcher, 'http://feeds.internal/feed.xml')).result).toMatchObject({ kind: 'failed', reason: 'refused' });
  });

  it('answers a name that does not resolve with a network failure', async () => {
    const fetcher = fetcherWith({
      lookup: async () => {
        throw Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.test'), { code: 'ENOTFOUND' });
      },
    });
    expect((await attempt(fetcher, 'http://nowhere.test/feed')).result).toEqual({
      kind: 'failed',
      url: 'http://nowhere.test/feed',
      reason: 'network',
      message: 'fetch: cannot resolve nowhere.test for http://nowhere.test/feed',
    });
  });

  it('answers a refused connection with a network failure', async () => {
    const closed = await startLoopbackServer({});
    const url = closed.url('/feed.xml');
    await closed.close();
    const result = (await attempt(fetcherWith({ allowHosts: ['127.0.0.1'] }), url)).result;
    expect(result).toMatchObject({ kind: 'failed', reason: 'network', message: `fetch: connection refused by ${url}` });
  });
});
