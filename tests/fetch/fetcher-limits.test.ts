import type { ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/fetch/fetcher.ts';
import type { Fetcher, FetcherOptions } from '../../src/fetch/fetch-result.ts';
import { startLoopbackServer, type LoopbackServer } from './helpers/loopback-server.ts';

let server: LoopbackServer;
const opened: Fetcher[] = [];
const held: ServerResponse[] = [];
let inFlight = 0;
let maxInFlight = 0;

function fetcherWith(options: Partial<FetcherOptions>): Fetcher {
  const fetcher = createFetcher({ userAgent: 'Pulse/test', allowHosts: ['127.0.0.1'], ...options });
  opened.push(fetcher);
  return fetcher;
}

beforeAll(async () => {
  server = await startLoopbackServer({
    // Accepts the request and never answers.
    '/hang': () => {},
    // Sends headers, then nothing.
    '/stall-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.write('<rss>');
    },
    // Drips a byte every 20 ms forever: per-read timeouts never fire, the whole-fetch limit must.
    '/drip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      const timer = setInterval(() => res.write('x'), 20);
      res.on('close', () => clearInterval(timer));
    },
    // Holds the response until the test releases it, counting concurrent requests.
    '/held': (_req, res) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      res.on('close', () => inFlight--);
      held.push(res);
    },
    '/ok': (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'),
  });
});

afterEach(async () => {
  for (const res of held.splice(0)) res.end('done');
  await Promise.all(opened.splice(0).map((f) => f.close()));
});

afterAll(async () => {
  await server.close();
});

const until = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((r) => setTimeout(r, 5));
};

describe('timeouts', () => {
  it.each(['/hang', '/stall-body', '/drip'])('ends %s as a timeout within the whole-fetch limit', async (path) => {
    const fetcher = fetcherWith({ timeoutMs: 300 });
    const result = await fetcher.fetch(server.url(path));
    expect(result).toEqual({
      kind: 'failed',
      url: server.url(path),
      reason: 'timeout',
      message: `fetch: timed out after 300 ms fetching ${server.url(path)}`,
    });
  });

  it('bounds name resolution by the connect timeout', async () => {
    const fetcher = fetcherWith({ connectTimeoutMs: 100, timeoutMs: 10_000, lookup: () => new Promise(() => {}) });
    const result = await fetcher.fetch('http://slow-dns.example/feed');
    expect(result).toMatchObject({ kind: 'failed', reason: 'timeout' });
    expect(result.kind === 'failed' && result.message).toContain('resolving slow-dns.example took over 100 ms');
  });

  it('still serves after a timeout', async () => {
    const fetcher = fetcherWith({ timeoutMs: 300 });
    await fetcher.fetch(server.url('/hang'));
    expect(await fetcher.fetch(server.url('/ok'))).toMatchObject({ kind: 'ok', text: 'ok' });
  });
});

describe('per-host concurrency', () => {
  it('keeps at most perHostConcurrency requests in flight to one host', async () => {
    maxInFlight = 0;
    const fetcher = fetcherWith({ perHostConcurrency: 2 });
    const results = Array.from({ length: 5 }, () => fetcher.fetch(server.url('/held')));
    await until(() => held.length === 2);
    // Release one at a time; each release lets exactly one waiter in.
    for (let released = 0; released < 5; released++) {
      await until(() => held.length > 0);
      held.shift()?.end('done');
    }
    expect((await Promise.all(results)).every((r) => r.kind === 'ok')).toBe(true);
    expect(maxInFlight).toBe(2);
  });

  it('does not hold one host back for another', async () => {
    const fetcher = fetcherWith({ perHostConcurrency: 1, lookup: async () => [{ address: '127.0.0.1', family: 4 }] });
    const blocked = fetcher.fetch(`http://a.example.test:${server.port}/held`);
    await until(() => held.length === 1);
    expect(await fetcher.fetch(`http://b.example.test:${server.port}/ok`)).toMatchObject({ kind: 'ok' });
    held.shift()?.end('done');
    expect(await blocked).toMatchObject({ kind: 'ok' });
  });

  it('frees the slot after a failure', async () => {
    const fetcher = fetcherWith({ perHostConcurrency: 1, timeoutMs: 200 });
    expect(await fetcher.fetch(server.url('/hang'))).toMatchObject({ kind: 'failed', reason: 'timeout' });
    expect(await fetcher.fetch(server.url('/ok'))).toMatchObject({ kind: 'ok' });
  });
});

describe('caller cancellation', () => {
  it("rejects with the caller's abort reason", async () => {
    const fetcher = fetcherWith({});
    const controller = new AbortController();
    const pending = fetcher.fetch(server.url('/hang'), { signal: controller.signal });
    await until(() => server.requests.some((r) => r.path === '/hang'));
    controller.abort(new Error('shutting down'));
    await expect(pending).rejects.toThrow('shutting down');
  });

  it('rejects at once for an already aborted signal', async () => {
    const fetcher = fetcherWith({});
    await expect(fetcher.fetch(server.url('/ok'), { signal: AbortSignal.abort(new Error('stop')) })).rejects.toThrow('stop');
  });
});
