import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createEditor } from '../../src/desk/editors.ts';
import { createFetcher, type Fetcher } from '../../src/fetch/fetcher.ts';
import { buildApp } from '../../src/http/app.ts';
import { createMetrics } from '../../src/metrics.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { rss, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';

describe(`/api/sources (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let server: FeedServer;
  let fetcher: Fetcher;
  let editor: string;
  let admin: string;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await createTestDatabase();
    server = await startFeedServer({
      '/feed.xml': (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ title: 'API Feed', items: [{ title: 'One', link: `${server.origin}/one` }] })),
      '/other.xml': (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ title: 'Other', items: [] })),
    });
    fetcher = createFetcher({ userAgent: 'Pulse/test', allowHosts: ['127.0.0.1'] });
    app = await buildApp({ config: loadConfig({}), db: t.db, metrics: createMetrics(t.db), fetcher });
    editor = (await createEditor(t.db.kysely, { name: 'Ed', role: 'editor' })).token;
    admin = (await createEditor(t.db.kysely, { name: 'Ada', role: 'admin' })).token;
  });
  afterAll(async () => {
    await app.close();
    await fetcher.close();
    await server.close();
    await t.cleanup();
  });

  it('requires a token (401) and the admin role to delete (403)', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/sources' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/sources', headers: auth('nope') })).statusCode).toBe(401);
    const del = await app.inject({ method: 'DELETE', url: '/api/sources/1', headers: auth(editor) });
    expect(del.statusCode).toBe(403);
    expect(del.json().error.code).toBe('forbidden');
  });

  it('subscribes, lists, reads, patches, polls, exports and deletes', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/sources', headers: auth(editor), payload: { url: `${server.origin}/feed.xml`, interval: '30m' } });
    expect(created.statusCode).toBe(201);
    const source = created.json();
    expect(source).toMatchObject({ url: `${server.origin}/feed.xml`, name: 'API Feed', poll_interval_seconds: 1800 });

    const list = await app.inject({ method: 'GET', url: '/api/sources', headers: auth(editor) });
    expect(list.json()).toMatchObject({ items: [{ id: source.id }], next_cursor: null });

    const polled = await app.inject({ method: 'POST', url: `/api/sources/${source.id}/poll`, headers: auth(editor) });
    expect(polled.json()).toMatchObject({ status: 'updated', new_stories: 1 });

    const paused = await app.inject({ method: 'PATCH', url: `/api/sources/${source.id}`, headers: auth(editor), payload: { paused: true, name: 'Renamed' } });
    expect(paused.json()).toMatchObject({ paused: true, status: 'paused', name: 'Renamed' });
    const skipped = await app.inject({ method: 'POST', url: `/api/sources/${source.id}/poll`, headers: auth(editor) });
    expect(skipped.json()).toMatchObject({ status: 'skipped' });
    const resumed = await app.inject({ method: 'PATCH', url: `/api/sources/${source.id}`, headers: auth(editor), payload: { paused: false } });
    expect(resumed.json()).toMatchObject({ paused: false, status: 'active', error_count: 0 });

    const opml = await app.inject({ method: 'GET', url: '/api/sources/export', headers: auth(editor) });
    expect(opml.headers['content-type']).toMatch(/^text\/x-opml/);
    expect(opml.body).toContain(`xmlUrl="${server.origin}/feed.xml"`);

    const imported = await app.inject({
      method: 'POST',
      url: '/api/sources/import',
      headers: { ...auth(editor), 'content-type': 'text/x-opml' },
      payload: opml.body.replace('</body>', `<outline type="rss" text="Other" xmlUrl="${server.origin}/other.xml"/></body>`),
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json().added.map((s: { url: string }) => s.url)).toEqual([`${server.origin}/other.xml`]);

    const del = await app.inject({ method: 'DELETE', url: `/api/sources/${source.id}`, headers: auth(admin) });
    expect(del.json()).toMatchObject({ id: source.id, removed: true });
    expect((await app.inject({ method: 'GET', url: `/api/sources/${source.id}`, headers: auth(editor) })).statusCode).toBe(404);
  });

  it.each([
    [{}, 422, 'validation_failed'],
    [{ url: 'ftp://x.test/feed' }, 400, 'bad_request'],
    [{ url: `http://127.0.0.2:1/feed.xml` }, 422, 'fetch_refused'],
    [{ url: 'http://127.0.0.1:1/feed.xml', interval: 5 }, 422, 'validation_failed'],
  ])('refuses %j with %i', async (payload, status, code) => {
    const res = await app.inject({ method: 'POST', url: '/api/sources', headers: auth(editor), payload });
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
  });

  it('refuses unknown fields on PATCH naming them', async () => {
    const res = await app.inject({ method: 'PATCH', url: '/api/sources/1', headers: auth(editor), payload: { colour: 'red' } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toEqual([{ field: 'colour', message: 'not a source field' }]);
  });
});
