import { gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFetcher, type Fetcher } from '../../src/fetch/fetcher.ts';
import { claimJobs } from '../../src/queue/claim-jobs.ts';
import { enqueueDuePolls } from '../../src/sources/schedule-due.ts';
import { pollSource } from '../../src/sources/poll-source.ts';
import { subscribe } from '../../src/sources/subscribe.ts';
import { extractStory } from '../../src/stories/extract-story.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { articlePage, rss, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';

const PARAGRAPHS = [
  "Alibaba is barring staff from using Anthropic's Claude Code starting July 10, the company said on Tuesday, after a months-long dispute over model distillation.",
  'Researchers found about 25,000 fake accounts that generated more than 28 million interactions with Claude between April 22 and June 5, according to people familiar with the matter.',
  '"We take the misuse of our models seriously and will keep acting on it," said Thariq Shihipar, a spokesperson for Anthropic, in a statement to reporters.',
  'The feature had been hidden since version 2.1.91, released April 2, the company said. Its revenue grew 12% to $1.2 billion in the quarter, and it employs 3,400 people.',
];

describe(`ingestion: polling sources into stories (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let server: FeedServer;
  let fetcher: Fetcher;
  const deps = () => ({ db: t.db, fetcher });

  beforeAll(async () => {
    t = await createTestDatabase();
    server = await startFeedServer();
    fetcher = createFetcher({ userAgent: 'Pulse/test (+http://127.0.0.1/)', allowHosts: ['127.0.0.1'], timeoutMs: 3_000, connectTimeoutMs: 1_000, maxBytes: 1024 * 1024 });
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
    await t.cleanup();
  });
  beforeEach(async () => {
    await sql`delete from jobs`.execute(t.db.kysely);
    await sql`delete from sources`.execute(t.db.kysely);
    server.routes.clear();
    server.requests.length = 0;
    server.hits.clear();
  });

  const addSource = async (path: string, name = 'Test') => {
    const row = await t.db.kysely.insertInto('sources').values({ url: `${server.origin}${path}`, name }).returningAll().executeTakeFirstOrThrow();
    return row;
  };
  const source = (id: number) => t.db.kysely.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const stories = (sourceId?: number) => {
    let q = t.db.kysely.selectFrom('stories').selectAll().orderBy('id');
    if (sourceId !== undefined) q = q.where('source_id', '=', sourceId);
    return q.execute();
  };

  it('stores new items as stories, each with its extraction job, then a 304 stores nothing and sent the validators byte for byte', async () => {
    const etag = 'W/"caf\u00e9-1"'.replace('\u00e9', 'e');
    const lastModified = 'Tue, 24 Nov 2026 10:00:00 GMT';
    server.routes.set('/feed.xml', (req, res) => {
      if (req.headers['if-none-match'] === etag && req.headers['if-modified-since'] === lastModified) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag, 'last-modified': lastModified }).end(
        rss({ items: [1, 2, 3].map((i) => ({ title: `Story ${i}`, link: `${server.origin}/a/${i}?utm_source=feed&id=${i}` })) }),
      );
    });
    const s = await addSource('/feed.xml');
    const first = await pollSource(deps(), s.id);
    expect(first).toMatchObject({ status: 'updated', new_stories: 3, error: null });
    const rows = await stories(s.id);
    expect(rows.map((r) => r.url)).toEqual([1, 2, 3].map((i) => `${server.origin}/a/${i}?id=${i}`));
    expect(rows.every((r) => r.status === 'new')).toBe(true);
    const jobs = await t.db.kysely.selectFrom('jobs').select(['kind', 'key']).orderBy('id').execute();
    expect(jobs).toEqual(rows.map((r) => ({ kind: 'stories.extract', key: `extract:${r.id}` })));
    expect(await source(s.id)).toMatchObject({ etag, last_modified: lastModified, error_count: 0, status: 'active', format: 'rss' });

    const second = await pollSource(deps(), s.id);
    expect(second).toMatchObject({ status: 'not-modified', new_stories: 0 });
    expect(await stories(s.id)).toHaveLength(3);
    const last = server.requests.at(-1)!;
    expect(last.headers['if-none-match']).toBe(etag);
    expect(last.headers['if-modified-since']).toBe(lastModified);
    expect(last.headers['user-agent']).toMatch(/^Pulse\//);
  });

  it('decompresses gzip feeds and keeps no script, on* attribute or javascript: URL from items', async () => {
    const body = rss({
      items: [{ title: 'XSS <script>alert(1)</script>', link: `${server.origin}/x`, content: '<p onclick="steal()">Hi <a href="javascript:alert(1)">x</a><img src="x.png" onerror="alert(1)"><script>alert(2)</script></p>' }],
    });
    server.routes.set('/gz.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(gzipSync(body)));
    const s = await addSource('/gz.xml');
    expect(await pollSource(deps(), s.id)).toMatchObject({ status: 'updated', new_stories: 1 });
    const [story] = await stories(s.id);
    const stored = `${story!.title} ${story!.content_html} ${story!.summary_html}`;
    expect(story!.title).toBe('XSS');
    expect(stored).not.toMatch(/<script|onclick|onerror|javascript:/i);
  });

  it('dedupes repeated guids, and records a second source reporting the same story instead of a new story', async () => {
    const items = [
      { title: 'Same', link: `${server.origin}/same-story`, guid: 'g1' },
      { title: 'Same again', link: `${server.origin}/same-story`, guid: 'g1' },
    ];
    server.routes.set('/a.xml', (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ items })));
    server.routes.set('/b.xml', (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ items: [{ title: 'Other source', link: `${server.origin}/same-story/?utm_campaign=x#top`, guid: 'other-guid' }] })));
    const a = await addSource('/a.xml', 'A');
    const b = await addSource('/b.xml', 'B');
    expect(await pollSource(deps(), a.id)).toMatchObject({ new_stories: 1 });
    expect(await pollSource(deps(), b.id)).toMatchObject({ new_stories: 0, also_reported: 1 });
    expect(await stories()).toHaveLength(1);
    const reports = await t.db.kysely.selectFrom('story_reports').select(['source_id', 'guid']).orderBy('source_id').execute();
    expect(reports).toEqual([
      { source_id: a.id, guid: 'g1' },
      { source_id: b.id, guid: 'other-guid' },
    ]);
    // Polling both again changes nothing.
    await pollSource(deps(), a.id);
    await pollSource(deps(), b.id);
    expect(await stories()).toHaveLength(1);
    expect(await t.db.kysely.selectFrom('story_reports').select('guid').execute()).toHaveLength(2);
  });

  it('updates an item that changed upstream and queues it for extraction again', async () => {
    let title = 'Original title';
    server.routes.set('/c.xml', (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ items: [{ title, link: `${server.origin}/changing`, guid: 'c1' }] })));
    const s = await addSource('/c.xml');
    await pollSource(deps(), s.id);
    const [job] = await claimJobs(t.db.kysely, { workerId: 'w', limit: 1, leaseSeconds: 60, kinds: ['stories.extract'], completeIds: [] });
    await claimJobs(t.db.kysely, { workerId: 'w', limit: 0, leaseSeconds: 60, kinds: ['stories.extract'], completeIds: [job!.id] });
    title = 'Corrected title';
    expect(await pollSource(deps(), s.id)).toMatchObject({ status: 'updated', new_stories: 0, updated_stories: 1 });
    const [story] = await stories(s.id);
    expect(story!.title).toBe('Corrected title');
    const again = await t.db.kysely.selectFrom('jobs').selectAll().where('key', '=', `extract:${story!.id}`).executeTakeFirstOrThrow();
    expect(again).toMatchObject({ state: 'pending', attempts: 0 });
  });

  it('extracts a story page into a fact sheet and moves the story to ready', async () => {
    server.routes.set('/d.xml', (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ items: [{ title: 'Alibaba bans Claude Code', link: `${server.origin}/article`, date: 'Tue, 07 Jul 2026 09:00:00 GMT' }] })));
    server.routes.set('/article', (_q, r) => r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage('Alibaba bans Claude Code', PARAGRAPHS)));
    const s = await addSource('/d.xml');
    await pollSource(deps(), s.id);
    const [story] = await stories(s.id);
    const outcome = await extractStory(deps(), story!.id, { finalAttempt: false });
    expect(outcome).toMatchObject({ kind: 'extracted', bodySource: 'page', pageError: null });
    const ready = await t.db.kysely.selectFrom('stories').selectAll().where('id', '=', story!.id).executeTakeFirstOrThrow();
    expect(ready.status).toBe('ready');
    const facts = ready.facts as { body: { paragraphs: string[] }; figures: { text: string }[]; quotes: { speaker: string }[]; published_at: string };
    expect(facts.body.paragraphs.length).toBeGreaterThanOrEqual(4);
    expect(facts.figures.map((f) => f.text).join(' ')).toMatch(/25,000/);
    expect(facts.quotes[0]?.speaker).toBe('Thariq Shihipar');
    expect(facts.published_at).toBe('2026-07-07T09:00:00.000Z');
  });

  it("falls back to the feed's text when the page fails, and records the page's error on the story", async () => {
    server.routes.set('/e.xml', (_q, r) =>
      r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ items: [{ title: 'Paywalled', link: `${server.origin}/gone-page`, content: PARAGRAPHS.map((p) => `<p>${p}</p>`).join('') }] })),
    );
    const s = await addSource('/e.xml');
    await pollSource(deps(), s.id);
    const [story] = await stories(s.id);
    const outcome = await extractStory(deps(), story!.id, { finalAttempt: true });
    expect(outcome).toMatchObject({ kind: 'extracted', bodySource: 'feed' });
    const row = await t.db.kysely.selectFrom('stories').selectAll().where('id', '=', story!.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('ready');
    expect(row.last_error).toMatch(/404/);
    expect((row.facts as { body_source: string }).body_source).toBe('feed');
    // The source itself is not blamed for an article page.
    expect((await source(s.id)).last_error).toBeNull();
  });

  it.each([
    ['a 410 pauses the source and says why', (_q: unknown, r: import('node:http').ServerResponse) => r.writeHead(410).end(), { status: 'gone' }, { paused: true, status: 'paused' }],
    ['a 500 is recorded with backoff', (_q: unknown, r: import('node:http').ServerResponse) => r.writeHead(500).end('oops'), { status: 'failed' }, { paused: false, status: 'failing', error_count: 1 }],
    ['HTML that is not a feed is recorded as a parse error', (_q: unknown, r: import('node:http').ServerResponse) => r.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>hello</body></html>'), { status: 'failed' }, { status: 'failing', error_count: 1 }],
    ['a billion-laughs feed is refused', (_q: unknown, r: import('node:http').ServerResponse) => r.writeHead(200, { 'content-type': 'application/xml' }).end('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><rss version="2.0"><channel><title>&lol2;</title></channel></rss>'), { status: 'failed' }, { status: 'failing' }],
  ])('%s', async (_name, route, outcome, after) => {
    server.routes.set('/f.xml', route);
    const s = await addSource('/f.xml');
    const o = await pollSource(deps(), s.id);
    expect(o).toMatchObject(outcome);
    expect(o.error).toBeTruthy();
    const row = await source(s.id);
    expect(row).toMatchObject(after);
    expect(row.last_error).toBe(o.error);
    if (!row.paused) expect(row.next_poll_at.getTime()).toBeGreaterThan(Date.now());
  });

  it('honours Retry-After on a 429, records the cause, and skips the source until then', async () => {
    server.routes.set('/r.xml', (_q, r) => r.writeHead(429, { 'retry-after': '120' }).end());
    const s = await addSource('/r.xml');
    expect(await pollSource(deps(), s.id)).toMatchObject({ status: 'rate-limited' });
    const row = await source(s.id);
    expect(row.last_error).toMatch(/429/);
    expect(row.retry_after_until!.getTime() - Date.now()).toBeGreaterThan(100_000);
    const before = server.total();
    expect(await pollSource(deps(), s.id)).toMatchObject({ status: 'skipped' });
    expect(server.total()).toBe(before);
    await sql`update sources set next_poll_at = now() - interval '1 minute' where id = ${s.id}`.execute(t.db.kysely);
    expect(await enqueueDuePolls(t.db.kysely)).toBe(0);
  });

  it('recovers after a failure: the error clears and the source is active again', async () => {
    server.routes.set('/g.xml', (_q, r, hit) => (hit === 1 ? r.writeHead(503).end() : r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ items: [{ title: 'Back', link: `${server.origin}/back` }] }))));
    const s = await addSource('/g.xml');
    expect(await pollSource(deps(), s.id)).toMatchObject({ status: 'rate-limited' });
    await sql`update sources set retry_after_until = null where id = ${s.id}`.execute(t.db.kysely);
    expect(await pollSource(deps(), s.id)).toMatchObject({ status: 'updated', new_stories: 1 });
    expect(await source(s.id)).toMatchObject({ status: 'active', error_count: 0, last_error: null });
  });

  it('pauses a source after ten failures in a row and shows it as failing', async () => {
    server.routes.set('/h.xml', (_q, r) => r.writeHead(500).end());
    const s = await addSource('/h.xml');
    for (let i = 0; i < 10; i++) await pollSource(deps(), s.id);
    const row = await source(s.id);
    expect(row).toMatchObject({ paused: true, status: 'paused', error_count: 10 });
    expect(row.pause_reason).toMatch(/10 failures in a row/);
  });

  it('follows a permanent redirect and updates the source URL', async () => {
    server.routes.set('/old.xml', (_q, r) => r.writeHead(301, { location: '/new.xml' }).end());
    server.routes.set('/new.xml', (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ items: [] })));
    const s = await addSource('/old.xml');
    expect(await pollSource(deps(), s.id)).toMatchObject({ status: 'updated' });
    expect((await source(s.id)).url).toBe(`${server.origin}/new.xml`);
  });

  it('enqueues one poll job per due source, once, however many schedulers tick', async () => {
    const s1 = await addSource('/x1.xml');
    await addSource('/x2.xml');
    await sql`update sources set next_poll_at = now() + interval '1 hour' where id <> ${s1.id}`.execute(t.db.kysely);
    const counts = await Promise.all([enqueueDuePolls(t.db.kysely), enqueueDuePolls(t.db.kysely)]);
    expect(counts[0]! + counts[1]!).toBe(1);
    const jobs = await t.db.kysely.selectFrom('jobs').select(['kind', 'payload']).execute();
    expect(jobs).toEqual([{ kind: 'sources.poll', payload: { source_id: s1.id } }]);
  });

  describe('subscribing', () => {
    it('discovers the feed a site announces and names the source after the feed', async () => {
      server.routes.set('/', (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><link rel="alternate" type="application/rss+xml" title="News" href="/announced.xml"></head><body>Home</body></html>'));
      server.routes.set('/announced.xml', (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ title: 'Loopback Daily', items: [] })));
      const added = await subscribe(deps(), { url: `${server.origin}/` });
      expect(added).toMatchObject({ url: `${server.origin}/announced.xml`, name: 'Loopback Daily' });
      await expect(subscribe(deps(), { url: `${server.origin}/announced.xml` })).rejects.toThrow(/already subscribed/);
    });

    it('finds a feed at a common path when the page announces none', async () => {
      server.routes.set('/', (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>no links</body></html>'));
      server.routes.set('/feed', (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ title: 'Guessed', items: [] })));
      expect(await subscribe(deps(), { url: `${server.origin}/`, name: 'My name' })).toMatchObject({ url: `${server.origin}/feed`, name: 'My name' });
    });

    it('saves nothing when the URL is neither a feed nor a page that links one', async () => {
      server.routes.set('/plain', (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>nothing</body></html>'));
      await expect(subscribe(deps(), { url: `${server.origin}/plain` })).rejects.toThrow(/is not a feed/);
      expect(await t.db.kysely.selectFrom('sources').selectAll().execute()).toEqual([]);
    });

    it.each([
      ['loopback without an allowlist', 'http://127.0.0.1:PORT/feed.xml'],
      ['the decimal form of 127.0.0.1', 'http://2130706433:PORT/feed.xml'],
      ['IPv6 loopback', 'http://[::1]:PORT/feed.xml'],
      ['the IPv4-mapped IPv6 form', 'http://[::ffff:127.0.0.1]:PORT/feed.xml'],
    ])('refuses %s and sends no request', async (_name, template) => {
      const strict = createFetcher({ userAgent: 'Pulse/test', allowHosts: [] });
      const port = new URL(server.origin).port;
      server.routes.set('/feed.xml', (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ items: [] })));
      try {
        await expect(subscribe({ db: t.db, fetcher: strict }, { url: template.replace('PORT', port) })).rejects.toThrow(/refused/);
      } finally {
        await strict.close();
      }
      expect(server.total()).toBe(0);
      expect(await t.db.kysely.selectFrom('sources').selectAll().execute()).toEqual([]);
    });

    it('gives up within its time budget when the site hangs', async () => {
      server.routes.set('/slow', () => new Promise(() => undefined));
      await expect(subscribe({ ...deps(), budgetMs: 500 }, { url: `${server.origin}/slow` })).rejects.toThrow(/gave up looking for a feed at .* after 1 s/);
      expect(await t.db.kysely.selectFrom('sources').selectAll().execute()).toEqual([]);
    });

    it('refuses a redirect from an allowed host to a forbidden one', async () => {
      server.routes.set('/hop.xml', (_q, r) => r.writeHead(302, { location: `http://localhost:${new URL(server.origin).port}/feed.xml` }).end());
      await expect(subscribe(deps(), { url: `${server.origin}/hop.xml` })).rejects.toThrow(/refused/);
      expect(server.requests.map((r) => r.path)).toEqual(['/hop.xml']);
    });
  });
});
