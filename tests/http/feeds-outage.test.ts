import net, { createServer, type Server, type Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openDatabase, type Db } from '../../src/db/client.ts';
import { buildApp } from '../../src/http/app.ts';
import { createMetrics } from '../../src/metrics.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { BASE_URL, seedAnalysis, updateHeadline } from '../publish/seed.ts';

/**
 * A TCP relay to PostgreSQL that the test can cut (every connection dropped, new ones refused)
 * and restore on the same port: a database outage as the app sees it.
 */
class Relay {
  #server: Server | null = null;
  readonly #sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.#sockets.add(s);
        s.on('close', () => this.#sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as { port: number }).port;
    this.#server = server;
  }

  async cut(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    for (const s of this.#sockets) s.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

// SPEC "Bad input and security": while the database is unreachable, published feeds and pages are
// served from the last cached copy, or 503 with Retry-After — never a bare 500 (issue 13, fault 5).
describe(`feeds and pages during a database outage (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let relay: Relay | null = null;
  /** The database the app runs on: PGlite closed under it, or PostgreSQL behind the relay. */
  let appDb: Db;
  let app: FastifyInstance;
  let origin: string;
  let analysisId: number;

  beforeAll(async () => {
    t = await createTestDatabase();
    if (t.url !== null) {
      const url = new URL(t.url);
      relay = new Relay({ host: url.hostname, port: Number(url.port || 5432) });
      await relay.open();
      url.hostname = '127.0.0.1';
      url.port = String(relay.port);
      appDb = await openDatabase({ databaseUrl: url.href, dataDir: null, poolSize: 4 });
    } else {
      appDb = t.db;
    }
    analysisId = await seedAnalysis(t.db.kysely, { slug: 'outage-proof', headline: 'Outage proof', tags: ['ai'], body: 'Words. '.repeat(300), publishedAt: new Date('2026-07-04T09:30:00Z') });
    app = await buildApp({ config: loadConfig({ PULSE_BASE_URL: BASE_URL, LOG_LEVEL: 'silent' }), db: appDb, metrics: createMetrics(appDb) });
    origin = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    if (relay !== null) {
      await relay.cut();
      await appDb.close();
    }
    await t.cleanup().catch(() => undefined);
  });

  const get = (url: string, headers: Record<string, string> = {}) => fetch(`${origin}${url}`, { headers });

  it('serves the cached feeds and page with the same bytes and validators, 304 included, and 503 + Retry-After for what was never cached', async () => {
    const warm: Record<string, { body: string; etag: string; lastModified: string }> = {};
    for (const url of ['/feed.json', '/feed.xml', '/analysis/outage-proof']) {
      const res = await get(url);
      expect(res.status).toBe(200);
      warm[url] = { body: await res.text(), etag: res.headers.get('etag')!, lastModified: res.headers.get('last-modified')! };
    }
    // Through inject too: Fastify's route (a cursor page) has its own copy.
    const injectedBefore = await app.inject({ method: 'GET', url: '/feed.xml' });

    if (relay !== null) await relay.cut();
    else await appDb.close();

    expect((await get('/healthz')).status).toBe(503);
    for (const [url, before] of Object.entries(warm)) {
      for (const headers of <Record<string, string>[]>[{}, { 'accept-encoding': 'gzip' }, { 'accept-encoding': 'br' }]) {
        const res = await get(url, headers);
        expect(res.status, `${url} ${JSON.stringify(headers)}`).toBe(200);
        expect(await res.text()).toBe(before.body);
        expect(res.headers.get('last-modified')).toBe(before.lastModified);
      }
      const revalidated = await get(url, { 'if-none-match': before.etag, 'accept-encoding': 'identity' });
      expect(revalidated.status).toBe(304);
      expect((await get(url, { 'if-modified-since': before.lastModified })).status).toBe(304);
    }
    const injected = await app.inject({ method: 'GET', url: '/feed.xml' });
    expect(injected.statusCode).toBe(200);
    expect(injected.body).toBe(injectedBefore.body);

    for (const url of ['/atom.xml', '/tags/ai/feed.json', '/analysis/never-served', '/']) {
      const res = await get(url);
      expect(res.status, url).toBe(503);
      expect(res.headers.get('retry-after'), url).toBe('30');
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('database_unavailable');
    }
  });

  it.runIf(TEST_BACKEND === 'pg')('serves current renderings again once the database is back, changes included', async () => {
    await relay!.open();
    await updateHeadline(t.db.kysely, analysisId, 'Outage over', new Date('2026-07-05T10:00:00Z'));
    const res = await get('/feed.json');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Outage over');
    expect((await get('/atom.xml')).status).toBe(200);
  });
});
