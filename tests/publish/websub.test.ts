import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { WEBSUB_PING_JOB, feedsChanged } from '../../src/publish/feeds-changed.ts';
import { publishHandlers } from '../../src/publish/handlers.ts';
import { siteFromConfig } from '../../src/publish/site.ts';
import { changedFeedUrls } from '../../src/publish/websub.ts';
import { createRunner } from '../../src/queue/runner.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { BASE_URL, seedAnalysis } from './seed.ts';

interface HubRequest {
  method: string;
  contentType: string | undefined;
  userAgent: string | undefined;
  form: URLSearchParams;
}

/** A loopback WebSub hub that records every request and answers with `status`. */
async function startHub(): Promise<{ server: Server; url: string; requests: HubRequest[]; setStatus(status: number): void }> {
  const requests: HubRequest[] = [];
  let status = 204;
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', contentType: req.headers['content-type'], userAgent: req.headers['user-agent'], form: new URLSearchParams(body) });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/hub`, requests, setStatus: (s) => (status = s) };
}

describe(`WebSub ping (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let hub: Awaited<ReturnType<typeof startHub>>;
  const logger = createLogger('silent');

  beforeAll(async () => {
    t = await createTestDatabase();
    hub = await startHub();
  });
  afterAll(async () => {
    await new Promise((resolve) => hub.server.close(resolve));
    await t.cleanup();
  });
  beforeEach(() => {
    hub.requests.length = 0;
    hub.setStatus(204);
  });

  async function runJobsOnce(): Promise<void> {
    const config = loadConfig({ PULSE_BASE_URL: BASE_URL, PULSE_WEBSUB_HUB: hub.url });
    const runner = createRunner({ db: t.db, handlers: publishHandlers({ config, logger }), concurrency: 1, pollIntervalMs: 20, backoffBaseMs: 60_000, logger });
    await runner.start();
    await runner.idle();
    await runner.stop();
  }

  it('enqueues one ping per change, in the publishing transaction, keyed by the new generation', async () => {
    const id = await seedAnalysis(t.db.kysely, { slug: 'first', tags: ['ai', 'policy'] }, hub.url);
    const { generation } = await t.db.kysely.selectFrom('feed_state').select('generation').executeTakeFirstOrThrow();
    const job = await t.db.kysely.selectFrom('jobs').selectAll().where('kind', '=', WEBSUB_PING_JOB).executeTakeFirstOrThrow();
    expect(job.key).toBe(`websub.ping:${generation}`);
    expect(job.max_attempts).toBe(8);
    expect(job.payload).toEqual({ hub_url: hub.url, generation, reason: 'publish', analysis_id: id, tags: ['ai', 'policy'] });
  });

  it('POSTs hub.mode=publish with each changed feed URL, form-encoded, naming Pulse', async () => {
    await runJobsOnce();
    const site = siteFromConfig(loadConfig({ PULSE_BASE_URL: BASE_URL }));
    expect(hub.requests.map((r) => r.form.get('hub.url'))).toEqual(changedFeedUrls(site, ['ai', 'policy']));
    expect(hub.requests).toHaveLength(9);
    for (const r of hub.requests) {
      expect(r.method).toBe('POST');
      expect(r.contentType).toBe('application/x-www-form-urlencoded');
      expect(r.userAgent).toMatch(/^Pulse\//);
      expect(r.form.get('hub.mode')).toBe('publish');
      expect([...r.form.keys()]).toEqual(['hub.mode', 'hub.url']);
    }
    const job = await t.db.kysely.selectFrom('jobs').select(['state', 'attempts']).where('kind', '=', WEBSUB_PING_JOB).executeTakeFirstOrThrow();
    expect(job).toEqual({ state: 'done', attempts: 1 });
  });

  it('leaves the job to be retried with backoff when the hub answers an error', async () => {
    hub.setStatus(503);
    await seedAnalysis(t.db.kysely, { slug: 'second' }, hub.url);
    await runJobsOnce();
    expect(hub.requests).toHaveLength(1);
    const job = await t.db.kysely
      .selectFrom('jobs')
      .select(['state', 'attempts', 'last_error', 'run_at'])
      .where('kind', '=', WEBSUB_PING_JOB)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(job.state).toBe('pending');
    expect(job.attempts).toBe(1);
    expect(job.last_error).toContain('websub: 503 from');
    expect(job.run_at.getTime()).toBeGreaterThan(Date.now());
  });

  it('sends no ping when no hub is configured, and nothing at all when the transaction rolls back', async () => {
    const before = await t.db.kysely.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const gen = await t.db.kysely.selectFrom('feed_state').select('generation').executeTakeFirstOrThrow();
    await seedAnalysis(t.db.kysely, { slug: 'no-hub' }, null);
    await expect(
      t.db.kysely.transaction().execute(async (trx) => {
        await feedsChanged(trx, { reason: 'update', analysisId: 1, hubUrl: hub.url });
        throw new Error('desk validation failed');
      }),
    ).rejects.toThrow('desk validation failed');
    const after = await t.db.kysely.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const genAfter = await t.db.kysely.selectFrom('feed_state').select('generation').executeTakeFirstOrThrow();
    expect(genAfter.generation).toBe(gen.generation + 1);
  });

  it('pings the tags an update removed as well as the current ones', async () => {
    const id = (await t.db.kysely.selectFrom('analyses').select('id').where('slug', '=', 'first').executeTakeFirstOrThrow()).id;
    const generation = await t.db.kysely.transaction().execute((trx) => feedsChanged(trx, { reason: 'update', analysisId: id, hubUrl: hub.url, previousTags: ['old-tag', 'ai'] }));
    const job = await t.db.kysely.selectFrom('jobs').select('payload').where('key', '=', `websub.ping:${generation}`).executeTakeFirstOrThrow();
    expect(job.payload.tags).toEqual(['ai', 'old-tag', 'policy']);
  });
});
