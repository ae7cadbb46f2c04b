import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, type Fetcher } from '../../src/fetch/fetcher.ts';
import { pollSource } from '../../src/sources/poll-source.ts';
import { canonicalUrl } from '../../src/stories/canonical-url.ts';
import { extractStory } from '../../src/stories/extract-story.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { articlePage, rss, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';

const BODY = [
  'Alibaba is barring staff from using Claude Code starting July 10, the company said on Tuesday, after a dispute over model distillation.',
  'Researchers found about 25,000 fake accounts that generated more than 28 million interactions, according to people familiar with the matter.',
];

describe('canonicalUrl: one key for one article (issue 10 item 6)', () => {
  it.each([
    ['https://reuters.example/world/a-1?ref=verge', 'https://reuters.example/world/a-1'],
    ['https://reuters.example/world/a-1?utm_source=x&utm_medium=rss', 'https://reuters.example/world/a-1'],
    ['https://reuters.example/world/a-1?src=twitter&fbclid=Z&gclid=Y&mc_cid=3', 'https://reuters.example/world/a-1'],
    ['https://reuters.example/world/a-1?source=rss#comments', 'https://reuters.example/world/a-1'],
    ['https://Reuters.example:443/world/a-1/', 'https://reuters.example/world/a-1'],
    ['https://reuters.example/world/a-1?id=7&ref=verge', 'https://reuters.example/world/a-1?id=7'],
    ['https://reuters.example/world/a-1?page=2', 'https://reuters.example/world/a-1?page=2'],
  ])('%s → %s', (input, key) => {
    expect(canonicalUrl(input)).toBe(key);
  });
});

describe(`dedupe across feeds and canonical links (${TEST_BACKEND})`, () => {
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

  const addSource = (path: string, name: string) => t.db.kysely.insertInto('sources').values({ url: `${server.origin}${path}`, name }).returning('id').executeTakeFirstOrThrow().then((r) => r.id);
  const feed = (path: string, items: { title: string; link: string; guid: string }[]) =>
    server.routes.set(path, (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ items })));
  const extractAll = async () => {
    const rows = await t.db.kysely.selectFrom('stories').select('id').where('status', '=', 'new').orderBy('id').execute();
    return Promise.all(rows.map((r) => extractStory(deps(), r.id, { finalAttempt: true })));
  };
  const reportsOf = (storyId: number) =>
    t.db.kysely.selectFrom('story_reports').innerJoin('sources', 'sources.id', 'story_reports.source_id').select(['sources.name', 'story_reports.url']).where('story_id', '=', storyId).orderBy('sources.name').execute();

  it('makes one story with two reports of a Reuters page linked from two feeds, one link with ?ref=verge and a #fragment', async () => {
    server.routes.set('/world/alibaba-bans-claude-code', (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(articlePage('Alibaba bans Claude Code', BODY)));
    feed('/reuters.xml', [{ title: 'Alibaba bans Claude Code', link: `${server.origin}/world/alibaba-bans-claude-code`, guid: 'reuters-1' }]);
    feed('/verge.xml', [{ title: 'Alibaba bars staff from Claude Code, Reuters reports', link: `${server.origin}/world/alibaba-bans-claude-code?ref=verge#article`, guid: 'verge-1' }]);
    const reuters = await addSource('/reuters.xml', 'Reuters');
    const verge = await addSource('/verge.xml', 'The Verge');
    expect(await pollSource(deps(), reuters)).toMatchObject({ new_stories: 1 });
    expect(await pollSource(deps(), verge)).toMatchObject({ new_stories: 0, also_reported: 1 });
    await extractAll();
    const rows = await t.db.kysely.selectFrom('stories').select(['id', 'status', 'canonical_url']).where('url', 'like', '%alibaba-bans%').execute();
    expect(rows).toEqual([{ id: expect.any(Number), status: 'ready', canonical_url: `${server.origin}/world/alibaba-bans-claude-code` }]);
    expect((await reportsOf(rows[0]!.id)).map((r) => r.name)).toEqual(['Reuters', 'The Verge']);
  });

  it('folds a story whose page names another story\'s URL as rel=canonical into it, as a second report', async () => {
    const canonical = `${server.origin}/tech/acme-raises-45-million`;
    const page = (withCanonical: boolean) =>
      articlePage('Acme raises $45 million', BODY).replace('</head>', `${withCanonical ? `<link rel="canonical" href="${canonical}">` : ''}</head>`);
    server.routes.set('/tech/acme-raises-45-million', (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(page(true)));
    server.routes.set('/amp/tech/acme-raises-45-million', (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(page(true)));
    feed('/wire.xml', [{ title: 'Acme raises $45 million', link: canonical, guid: 'wire-acme' }]);
    feed('/aggregator.xml', [{ title: 'Acme raises $45 million (AMP)', link: `${server.origin}/amp/tech/acme-raises-45-million`, guid: 'agg-acme' }]);
    const wire = await addSource('/wire.xml', 'Wire');
    const aggregator = await addSource('/aggregator.xml', 'Aggregator');
    await pollSource(deps(), wire);
    expect(await pollSource(deps(), aggregator)).toMatchObject({ new_stories: 1 });
    expect(await t.db.kysely.selectFrom('stories').select('id').where('title', 'like', 'Acme%').execute()).toHaveLength(2);
    const outcomes = await extractAll();
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['extracted', 'folded']);
    const rows = await t.db.kysely.selectFrom('stories').select(['id', 'url', 'status']).where('title', 'like', 'Acme%').execute();
    expect(rows).toEqual([{ id: expect.any(Number), url: canonical, status: 'ready' }]);
    expect(await reportsOf(rows[0]!.id)).toEqual([
      { name: 'Aggregator', url: `${server.origin}/amp/tech/acme-raises-45-million` },
      { name: 'Wire', url: canonical },
    ]);
    // Polling both feeds again changes nothing: the folded item is known by its (source, guid).
    await pollSource(deps(), aggregator);
    await pollSource(deps(), wire);
    expect(await t.db.kysely.selectFrom('stories').select('id').where('title', 'like', 'Acme%').execute()).toHaveLength(1);
  });

  it('keeps a story that an editor already built on, even when its page later names another story as canonical', async () => {
    const target = `${server.origin}/biz/widget-recall`;
    server.routes.set('/biz/widget-recall-live', (_q, r) =>
      r.writeHead(200, { 'content-type': 'text/html' }).end(articlePage('Widget recall', BODY).replace('</head>', `<link rel="canonical" href="${target}"></head>`)));
    server.routes.set('/biz/widget-recall', (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(articlePage('Widget recall', BODY)));
    feed('/biz.xml', [{ title: 'Widget recall', link: target, guid: 'biz-1' }, { title: 'Widget recall live', link: `${server.origin}/biz/widget-recall-live`, guid: 'biz-2' }]);
    const biz = await addSource('/biz.xml', 'Biz');
    await pollSource(deps(), biz);
    const live = await t.db.kysely.selectFrom('stories').select('id').where('guid', '=', 'biz-2').executeTakeFirstOrThrow();
    const a = await t.db.kysely.insertInto('analyses').values({ slug: 'widget', headline: 'Widget' }).returning('id').executeTakeFirstOrThrow();
    await t.db.kysely.insertInto('analysis_stories').values({ analysis_id: a.id, story_id: live.id }).execute();
    const outcomes = await extractAll();
    expect(outcomes.map((o) => o.kind)).toEqual(['extracted', 'extracted']);
    expect(await t.db.kysely.selectFrom('stories').select('id').where('source_id', '=', biz).execute()).toHaveLength(2);
  });
});
