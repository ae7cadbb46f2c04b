import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { buildApp } from '../../src/http/app.ts';
import { createMetrics } from '../../src/metrics.ts';
import { enqueue } from '../../src/queue/enqueue.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';

describe(`HTTP skeleton (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await createTestDatabase();
    app = await buildApp({ config: loadConfig({}), db: t.db, metrics: createMetrics(t.db) });
    app.post('/api/echo-test', async (request) => request.body);
  });
  afterAll(async () => {
    await app.close();
    await t.cleanup();
  });

  it('answers /healthz after pinging the database', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'ok', backend: TEST_BACKEND });
  });

  it('serves Prometheus metrics with jobs by kind and state and the request histogram', async () => {
    await enqueue(t.db.kysely, 'demo.metric', {});
    await app.inject({ method: 'GET', url: '/healthz' });
    const res = await app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain('pulse_jobs{kind="demo.metric",state="pending"} 1');
    expect(res.body).toMatch(/pulse_http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\} \d+/);
    expect(res.body).toContain('# TYPE pulse_jobs_processed_total counter');
  });

  it('answers unknown routes with the JSON error shape', async () => {
    const res = await app.inject({ method: 'GET', url: '/nowhere?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'no route for GET /nowhere' } });
  });

  it.each([
    ['a body over 1 MiB', { payload: JSON.stringify({ big: 'x'.repeat(1024 * 1024 + 10) }), headers: { 'content-type': 'application/json' } }, 413, 'payload_too_large'],
    ['malformed JSON', { payload: '{"oops":', headers: { 'content-type': 'application/json' } }, 400, 'bad_request'],
    ['an unsupported media type', { payload: '<x/>', headers: { 'content-type': 'application/x-unknown' } }, 415, 'unsupported_media_type'],
  ])('refuses %s with the right status', async (_what, req, status, code) => {
    const res = await app.inject({ method: 'POST', url: '/api/echo-test', ...req });
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
  });

  it('hides the details of 5xx errors', async () => {
    const local = await buildApp({ config: loadConfig({}), db: t.db, metrics: createMetrics(t.db) });
    local.get('/boom', async () => {
      throw new Error('secret connection string postgres://u:p@h');
    });
    const res = await local.inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'internal', message: 'internal error' } });
    await local.close();
  });

  it('serves the same routes over a real listen on an ephemeral port', async () => {
    const local = await buildApp({ config: loadConfig({}), db: t.db, metrics: createMetrics(t.db) });
    const address = await local.listen({ host: '127.0.0.1', port: 0 });
    try {
      const res = await fetch(`${address}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok' });
    } finally {
      await local.close();
    }
  });
});
