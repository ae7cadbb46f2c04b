import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Ajv } from 'ajv';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { buildApp } from '../../src/http/app.ts';
import { createMetrics } from '../../src/metrics.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { HOSTILE } from '../publish/hostile.ts';
import { BASE_URL, retract, seedAnalysis, updateHeadline } from '../publish/seed.ts';
import { parseXmlStrict, scriptVectors } from '../publish/xml-check.ts';

const HUB = 'https://hub.pulse.example/';
const FEEDS = ['/feed.xml', '/atom.xml', '/feed.json'] as const;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schemaPath = path.resolve(repoRoot, '../shared/corpora/jsonfeed-schema/schema-v1.1.json');
const haveSchema = existsSync(schemaPath);
if (!haveSchema) console.warn(`skipping JSON Feed schema checks: ${schemaPath} not found (../shared/corpora is absent)`);

function jsonFeedValidator(): (doc: unknown) => unknown[] {
  if (!haveSchema) return () => [];
  const ajv = new Ajv({ allErrors: true });
  const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? addFormatsModule) as unknown as FormatsPlugin;
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  return (doc) => (validate(doc) ? [] : [...(validate.errors ?? [])]);
}

interface JsonFeedDoc {
  items: { id: string; title: string; url: string }[];
  next_url?: string;
}

/** Item titles of any of the three feeds, newest first. */
function titles(path: string, body: string): string[] {
  if (path.endsWith('.json')) return (JSON.parse(body) as JsonFeedDoc).items.map((i) => i.title);
  const doc = parseXmlStrict(body);
  const tag = path.endsWith('atom.xml') ? 'entry' : 'item';
  return Array.from(doc.getElementsByTagName(tag)).map((el) => el.getElementsByTagName('title')[0]?.textContent ?? '');
}

/** Item ids of any of the three feeds. */
function ids(path: string, body: string): string[] {
  if (path.endsWith('.json')) return (JSON.parse(body) as JsonFeedDoc).items.map((i) => i.id);
  const doc = parseXmlStrict(body);
  const [tag, idTag] = path.endsWith('atom.xml') ? ['entry', 'id'] : ['item', 'guid'];
  return Array.from(doc.getElementsByTagName(tag)).map((el) => el.getElementsByTagName(idTag)[0]?.textContent ?? '');
}

describe(`public routes (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  const validateJsonFeed = jsonFeedValidator();

  beforeAll(async () => {
    t = await createTestDatabase();
    app = await buildApp({ config: loadConfig({ PULSE_BASE_URL: BASE_URL, PULSE_WEBSUB_HUB: HUB }), db: t.db, metrics: createMetrics(t.db) });
  });
  afterAll(async () => {
    await app.close();
    await t.cleanup();
  });

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  it.each([
    ['/feed.xml', 'application/rss+xml; charset=utf-8'],
    ['/atom.xml', 'application/atom+xml; charset=utf-8'],
    ['/feed.json', 'application/feed+json; charset=utf-8'],
  ])('serves %s empty before anything is published, with cache headers and the WebSub links', async (url, type) => {
    const res = await get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers.expires).toBeUndefined();
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(String(res.headers['last-modified'])).getTime()).not.toBeNaN();
    expect(res.headers.link).toBe(`<${HUB}>; rel="hub", <${BASE_URL}${url}>; rel="self"`);
    expect(titles(url, res.body)).toEqual([]);
  });

  it('changes every feed at once on publish: new ETag, old ETag no longer answers 304', async () => {
    const before = await Promise.all(FEEDS.map((u) => get(u)));
    await seedAnalysis(t.db.kysely, {
      slug: 'alibaba-bans-claude-code',
      headline: 'Alibaba Bans Claude Code',
      dek: 'Staff are barred from July 10.',
      category: 'AI',
      tags: ['anthropic', 'alibaba'],
      author: 'Dana Whitfield',
      body: 'The ban follows weeks of **public sparring**.',
      sources: [{ publisher: 'TechCrunch', feedUrl: 'https://techcrunch.com/feed/', url: 'https://techcrunch.com/2026/07/03/alibaba/', title: 'Alibaba bans Claude Code' }],
      publishedAt: new Date('2026-07-04T09:30:00Z'),
    });
    for (const [i, url] of FEEDS.entries()) {
      const old = before[i]!;
      const res = await get(url);
      expect(res.headers.etag).not.toBe(old.headers.etag);
      expect(titles(url, res.body)).toEqual(['Alibaba Bans Claude Code']);
      const revalidate = await get(url, { 'if-none-match': String(old.headers.etag) });
      expect(revalidate.statusCode).toBe(200);
    }
  });

  it.each(FEEDS)('answers 304 to If-None-Match (strong and weak), If-Modified-Since and HEAD on %s', async (url) => {
    const first = await get(url);
    const etag = String(first.headers.etag);
    const lastModified = String(first.headers['last-modified']);
    const conditionals: Record<string, string>[] = [{ 'if-none-match': etag }, { 'if-none-match': `W/${etag}` }, { 'if-none-match': `"other", ${etag}` }, { 'if-modified-since': lastModified }];
    for (const headers of conditionals) {
      const res = await get(url, headers);
      expect(res.statusCode).toBe(304);
      expect(res.body).toBe('');
      expect(res.headers.etag).toBe(etag);
      expect(res.headers['cache-control']).toBe('public, max-age=300');
      expect(res.headers.vary).toBe('Accept-Encoding');
    }
    // If-None-Match decides when present (RFC 9110 §13.1.3), even with a matching date.
    expect((await get(url, { 'if-none-match': '"stale"', 'if-modified-since': lastModified })).statusCode).toBe(200);
    expect((await get(url, { 'if-modified-since': new Date(Date.parse(lastModified) - 1000).toUTCString() })).statusCode).toBe(200);
    const head = await app.inject({ method: 'HEAD', url });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers.etag).toBe(etag);
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(first.body)));
    const head304 = await app.inject({ method: 'HEAD', url, headers: { 'if-none-match': etag } });
    expect(head304.statusCode).toBe(304);
  });

  it.each(FEEDS)('compresses %s with gzip and br to the same bytes, honouring q-values', async (url) => {
    const plain = await get(url);
    const gz = await get(url, { 'accept-encoding': 'gzip' });
    const br = await get(url, { 'accept-encoding': 'gzip;q=0.5, br' });
    const preferGzip = await get(url, { 'accept-encoding': 'br;q=0.2, gzip;q=0.9' });
    const refused = await get(url, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(preferGzip.headers['content-encoding']).toBe('gzip');
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(gz.rawPayload).toString('utf8')).toBe(plain.body);
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(br.headers['content-length']).toBe(String(br.rawPayload.length));
    // The compressed bytes carry the weak form of the same validator, which still revalidates.
    expect(gz.headers.etag).toBe(`W/${String(plain.headers.etag)}`);
    expect((await get(url, { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) })).statusCode).toBe(304);
    expect((await get(url, { 'if-none-match': String(br.headers.etag) })).statusCode).toBe(304);
  });

  it('sends CORS headers on JSON Feed and answers its preflight', async () => {
    const res = await get('/feed.json', { origin: 'https://reader.example' });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(String(res.headers['access-control-expose-headers'])).toMatch(/ETag.*Last-Modified/);
    const notModified = await get('/feed.json', { 'if-none-match': String(res.headers.etag) });
    expect(notModified.headers['access-control-allow-origin']).toBe('*');
    const preflight = await app.inject({ method: 'OPTIONS', url: '/feed.json', headers: { origin: 'https://reader.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(String(preflight.headers['access-control-allow-headers'])).toMatch(/If-None-Match/);
    expect((await get('/feed.xml')).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the analysis page with its sources, the index and the extension page', async () => {
    const page = await get('/analysis/alibaba-bans-claude-code');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('Alibaba Bans Claude Code');
    expect(page.body).toContain('https://techcrunch.com/2026/07/03/alibaba/');
    expect(page.body).toContain('TechCrunch');
    expect((await get('/analysis/alibaba-bans-claude-code', { 'if-none-match': String(page.headers.etag) })).statusCode).toBe(304);
    const index = await get('/');
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('/analysis/alibaba-bans-claude-code');
    const about = await get('/about/pulse-extension');
    expect(about.statusCode).toBe(200);
    expect(about.body).toContain('_pulse');
  });

  it.each([
    ['an unknown slug', '/analysis/no-such-analysis'],
    ['a slug the desk could never create', '/analysis/..%2F..%2Fetc'],
  ])('answers the HTML 404 page for %s', async (_what, url) => {
    const res = await get(url);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('Page not found');
  });

  it('keeps the item id when a published analysis is edited, and shows the new headline at once', async () => {
    const before = await Promise.all(FEEDS.map((u) => get(u)));
    const id = (await t.db.kysely.selectFrom('analyses').select('id').where('slug', '=', 'alibaba-bans-claude-code').executeTakeFirstOrThrow()).id;
    await updateHeadline(t.db.kysely, id, 'Alibaba Bans Claude Code, Effective July 10', new Date('2026-07-05T08:00:00Z'));
    for (const [i, url] of FEEDS.entries()) {
      const res = await get(url);
      expect(ids(url, res.body)).toEqual(ids(url, before[i]!.body));
      expect(ids(url, res.body)).toEqual([`tag:pulse.example,2026:analysis/${id}`]);
      expect(titles(url, res.body)).toEqual(['Alibaba Bans Claude Code, Effective July 10']);
      expect((await get(url, { 'if-none-match': String(before[i]!.headers.etag) })).statusCode).toBe(200);
    }
    expect((await get('/analysis/alibaba-bans-claude-code')).body).toContain('Effective July 10');
  });

  it('serves tag feeds with only the analyses carrying the tag', async () => {
    await seedAnalysis(t.db.kysely, { slug: 'chip-export-rules', headline: 'Chip Export Rules', tags: ['export-controls', 'alibaba'], publishedAt: new Date('2026-07-06T10:00:00Z') });
    for (const file of ['feed.xml', 'atom.xml', 'feed.json']) {
      const url = `/tags/export-controls/${file}`;
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expect(titles(url, res.body)).toEqual(['Chip Export Rules']);
      expect(res.headers.link).toBe(`<${HUB}>; rel="hub", <${BASE_URL}${url}>; rel="self"`);
      expect(titles(`/tags/alibaba/${file}`, (await get(`/tags/alibaba/${file}`)).body)).toEqual(['Chip Export Rules', 'Alibaba Bans Claude Code, Effective July 10']);
      expect(titles(url, (await get(`/tags/nothing-here/${file}`)).body)).toEqual([]);
    }
    const json = JSON.parse((await get('/tags/export-controls/feed.json')).body) as { feed_url: string; title: string };
    expect(json.feed_url).toBe(`${BASE_URL}/tags/export-controls/feed.json`);
  });

  it.each([['a/b'], ['café & co'], ['C++']])('serves the feed of tag %j at its percent-encoded URL', async (tag) => {
    await seedAnalysis(t.db.kysely, { slug: `tagged-${Buffer.from(tag).toString('hex')}`, headline: `Tagged ${tag}`, tags: [tag], publishedAt: new Date('2026-06-01T00:00:00Z') });
    const url = `/tags/${encodeURIComponent(tag)}/feed.json`;
    const doc = JSON.parse((await get(url)).body) as { feed_url: string; items: { title: string }[] };
    expect(doc.items.map((i) => i.title)).toEqual([`Tagged ${tag}`]);
    expect(doc.feed_url).toBe(`${BASE_URL}${url}`);
  });

  it('lists related analyses (shared tags) on the page', async () => {
    const page = await get('/analysis/chip-export-rules');
    expect(page.body).toContain('/analysis/alibaba-bans-claude-code');
  });

  it('removes a retracted analysis from every feed at once and answers 410 for its page', async () => {
    const id = (await t.db.kysely.selectFrom('analyses').select('id').where('slug', '=', 'chip-export-rules').executeTakeFirstOrThrow()).id;
    const before = await Promise.all([...FEEDS, '/tags/export-controls/feed.json'].map((u) => get(u)));
    await retract(t.db.kysely, id, 'The export figures were misread.');
    for (const [i, url] of [...FEEDS, '/tags/export-controls/feed.json'].entries()) {
      const res = await get(url);
      expect(titles(url, res.body)).not.toContain('Chip Export Rules');
      const lm = String(before[i]!.headers['last-modified']);
      // Neither validator of the old version may answer 304: the retraction made no item newer.
      expect((await get(url, { 'if-none-match': String(before[i]!.headers.etag) })).statusCode).toBe(200);
      expect((await get(url, { 'if-modified-since': lm })).statusCode).toBe(200);
    }
    const gone = await get('/analysis/chip-export-rules');
    expect(gone.statusCode).toBe(410);
    expect(gone.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(gone.body).toContain('Chip Export Rules');
    expect(gone.body).toContain('The export figures were misread.');
    expect((await get('/')).body).not.toContain('chip-export-rules');
  });

  it.skipIf(!haveSchema)('serves /feed.json valid against the JSON Feed 1.1 schema', async () => {
    const doc: unknown = JSON.parse((await get('/feed.json')).body);
    expect(validateJsonFeed(doc)).toEqual([]);
  });

  it('keeps hostile editor text harmless from the database to every feed and page', async () => {
    // PostgreSQL text cannot hold NUL nor jsonb a lone surrogate, so the desk strips them before
    // storing; everything else goes in as typed.
    const hostile = HOSTILE.replace(/\u0000|[\ud800-\udfff]/gu, '');
    await seedAnalysis(t.db.kysely, {
      slug: 'hostile-text',
      headline: `Headline ${hostile}`,
      dek: `Dek ${hostile}`,
      category: `Category ${hostile}`,
      highlight: `Highlight ${hostile}`,
      stats: [{ value: `Value ${hostile}`, label: `Label ${hostile}` }],
      rundown: [`Point ${hostile}`],
      take: { title: `Take ${hostile}`, text: `Text ${hostile}`, author: `Signed ${hostile}` },
      body: `Body ${hostile}\n\n[click](javascript:alert(1)) <img src=x onerror=alert(1)> <script>alert(1)</script>\n\n\`\`\`\n]]> in code\n\`\`\``,
      pullQuote: `Quote ${hostile}`,
      watch: `Watch ${hostile}`,
      tags: [`tag ${hostile}`, '<b>'],
      author: `Author ${hostile}`,
      sources: [{ publisher: `Publisher ${hostile}`.slice(0, 400), feedUrl: 'https://evil.example/feed?a=1&b=<2>', url: 'https://evil.example/story?x="1"&y=<2>' }],
      publishedAt: new Date('2026-07-07T10:00:00Z'),
    });
    for (const url of ['/feed.xml', '/atom.xml', '/tags/%3Cb%3E/feed.xml', '/tags/%3Cb%3E/atom.xml']) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      const doc = parseXmlStrict(res.body);
      expect(res.body).not.toContain('<script>');
      const contents = Array.from(doc.getElementsByTagName(url.endsWith('atom.xml') ? 'content' : 'content:encoded')).map((c) => c.textContent ?? '');
      expect(contents.length).toBeGreaterThan(0);
      for (const html of contents) expect(scriptVectors(html)).toEqual([]);
    }
    for (const url of ['/feed.json', '/tags/%3Cb%3E/feed.json']) {
      const doc = JSON.parse((await get(url)).body) as { items: { title: string; content_html: string }[] };
      expect(validateJsonFeed(doc)).toEqual([]);
      expect(doc.items[0]!.title).toContain('<script>alert(1)</script>');
      for (const item of doc.items) expect(scriptVectors(item.content_html)).toEqual([]);
    }
    const page = await get('/analysis/hostile-text');
    expect(page.statusCode).toBe(200);
    const withoutJsonLd = page.body.replace(/<script type="application\/ld\+json">[^<]*<\/script>/, '');
    expect(scriptVectors(withoutJsonLd.replace(/^[\s\S]*<body[^>]*>/, '').replace(/<\/body>[\s\S]*$/, ''))).toEqual([]);
    expect(page.body).not.toMatch(/<script>alert/);
  });

  it('refuses a cursor that is not one of ours with 400', async () => {
    const res = await get('/feed.json?cursor=not-a-cursor');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad_request');
  });
});
