import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { buildApp } from '../../src/http/app.ts';
import { createMetrics } from '../../src/metrics.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { BASE_URL, retract, seedAnalysis, updateHeadline } from '../publish/seed.ts';

const HUB = 'https://hub.pulse.example/';
const FEEDS = ['/feed.xml', '/atom.xml', '/feed.json', '/tags/ai/feed.json'] as const;
/** Headers node:http or the connection adds, which differ between two answers by nature. */
const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

// Cached feeds are answered from node:http's request event before Fastify (src/http/fast-feeds.ts):
// every answer must be the one the Fastify route gives (app.inject), and a change must show at once.
describe(`feeds' fast path over a real server (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let origin: string;
  /** Requests that reached Fastify's routing (the fast path bypasses it). */
  let routed = 0;
  let analysisId: number;

  beforeAll(async () => {
    t = await createTestDatabase();
    app = await buildApp({ config: loadConfig({ PULSE_BASE_URL: BASE_URL, PULSE_WEBSUB_HUB: HUB }), db: t.db, metrics: createMetrics(t.db) });
    app.addHook('onRequest', async () => {
      routed += 1;
    });
    origin = await app.listen({ host: '127.0.0.1', port: 0 });
    analysisId = await seedAnalysis(t.db.kysely, {
      slug: 'first-take',
      headline: 'First take',
      tags: ['ai'],
      // Long enough to be compressed (response-plan: bodies under 1 KiB go as they are).
      body: 'A paragraph about the news of the day. '.repeat(60),
      publishedAt: new Date('2026-07-04T09:30:00Z'),
    });
  });
  afterAll(async () => {
    await app.close();
    await t.cleanup();
  });

  async function fetchRaw(url: string, method: 'GET' | 'HEAD', headers: Record<string, string>): Promise<Answer> {
    // undici would decode the body: ask with an explicit Accept-Encoding and read the bytes sent.
    const res = await fetch(`${origin}${url}`, { method, headers: { 'accept-encoding': 'identity', ...headers } });
    const body = Buffer.from(await res.arrayBuffer());
    const out: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      if (!TRANSPORT.has(k)) out[k] = v;
    });
    // fetch decodes content-encoding; compare the coding announced and the decoded bytes' length instead.
    if (out['content-encoding'] !== undefined) delete out['content-length'];
    return { status: res.status, headers: out, body };
  }

  async function injected(url: string, method: 'GET' | 'HEAD', headers: Record<string, string>): Promise<Answer> {
    const res = await app.inject({ method, url, headers: { 'accept-encoding': 'identity', ...headers } });
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.headers)) if (!TRANSPORT.has(k) && v !== undefined) out[k] = String(v);
    if (out['content-encoding'] !== undefined) delete out['content-length'];
    return { status: res.statusCode, headers: out, body: res.rawPayload };
  }

  it.each(FEEDS.flatMap((url) => (['GET', 'HEAD'] as const).flatMap((method) => ['identity', 'gzip', 'br'].map((coding) => [url, method, coding] as const))))(
    '%s %s (%s) answers exactly what the Fastify route answers, without going through Fastify once cached',
    async (url, method, coding) => {
      const headers = { 'accept-encoding': coding };
      // The first answer is sent once its compressed bytes exist, so from then on they are at hand.
      await fetchRaw(url, 'GET', headers);
      const before = routed;
      const fast = await fetchRaw(url, method, headers);
      expect(routed).toBe(before);
      const slow = await injected(url, method, headers);
      expect(fast.status).toBe(200);
      expect(fast.headers).toEqual(slow.headers);
      if (coding !== 'identity') expect(fast.headers['content-encoding']).toBe(coding);
      if (method === 'GET' && coding === 'identity') expect(fast.body.equals(slow.body)).toBe(true);
      if (method === 'HEAD') expect(fast.body.length).toBe(0);
      if (url.endsWith('.json')) expect(fast.headers['access-control-allow-origin']).toBe('*');
      expect(fast.headers.link).toContain('rel="hub"');
    },
  );

  it('answers 304 on If-None-Match (strong or weak, in a list) and on If-Modified-Since, with the cache headers repeated', async () => {
    const first = await fetchRaw('/feed.json', 'GET', {});
    const etag = first.headers.etag!;
    const lastModified = first.headers['last-modified']!;
    for (const validators of <Record<string, string>[]>[{ 'if-none-match': etag }, { 'if-none-match': `W/${etag}` }, { 'if-none-match': `"other", ${etag}` }, { 'if-modified-since': lastModified }]) {
      const before = routed;
      const res = await fetchRaw('/feed.json', 'GET', validators);
      expect(routed).toBe(before);
      expect(res.status).toBe(304);
      expect(res.body.length).toBe(0);
      expect(res.headers).toMatchObject({ etag, 'last-modified': lastModified, 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' });
      expect(res.headers).toEqual((await injected('/feed.json', 'GET', validators)).headers);
    }
    expect((await fetchRaw('/feed.json', 'GET', { 'if-none-match': '"stale"' })).status).toBe(200);
  });

  it('shows a PATCH and a retraction at once: the old ETag stops answering 304', async () => {
    const before = await fetchRaw('/feed.json', 'GET', {});
    expect(before.body.toString()).toContain('First take');
    await updateHeadline(t.db.kysely, analysisId, 'Second take', new Date('2026-07-05T10:00:00Z'));
    const after = await fetchRaw('/feed.json', 'GET', { 'if-none-match': before.headers.etag! });
    expect(after.status).toBe(200);
    expect(after.body.toString()).toContain('Second take');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    await retract(t.db.kysely, analysisId, 'Wrong figures');
    const gone = await fetchRaw('/feed.json', 'GET', { 'if-none-match': after.headers.etag! });
    expect(gone.status).toBe(200);
    expect(gone.body.toString()).not.toContain('Second take');
  });

  it('leaves what it does not know to Fastify: cursors, encoded tags, other methods', async () => {
    const before = routed;
    expect((await fetch(`${origin}/feed.json?cursor=nonsense`)).status).toBe(400);
    expect((await fetch(`${origin}/tags/a%20i/feed.json`)).status).toBe(200);
    expect((await fetch(`${origin}/feed.json`, { method: 'OPTIONS' })).status).toBe(204);
    expect(routed).toBe(before + 3);
  });
});
