import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createFetcher, type Fetcher } from '../../src/fetch/fetcher.ts';
import { findFeed } from '../../src/sources/subscribe.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { rss, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { deskWorld, form, seedSource, seedStory, type DeskWorld } from './fixtures.ts';

/** Issue 11: editors cannot hurt each other or themselves, and are never locked out by signing in. */

const FINISHED = {
  dek: 'Alibaba bars Claude Code.',
  rundown: ['Alibaba bars Claude Code from July 10.', 'Researchers cite ~25,000 fake accounts.', 'The window ran April 22 to June 5.'],
  take: { text: 'Procurement is the new front.', author: 'Alice' },
  body: 'The ban is sweeping.',
};

describe(`ownership, publish checks, pull quotes and stats (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let w: DeskWorld;
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await deskWorld(t.db);
  });
  afterAll(async () => {
    await w.app.close();
    await t.cleanup();
  });
  const req = (method: 'GET' | 'POST' | 'PATCH', url: string, payload: object | undefined, who = w.alice) =>
    w.app.inject({ method, url, headers: w.as(who), ...(payload ? { payload } : {}) });

  it('lets a colleague read but not change, publish, schedule or retract, with 403 naming the owner; the owner and an admin may', async () => {
    const a = (await req('POST', '/api/analyses', { headline: 'Alice’s piece', ...FINISHED })).json();
    expect(a.owner).toEqual({ id: w.alice.id, name: w.alice.name });
    expect((await req('GET', `/api/analyses/${a.id}`, undefined, w.bob)).statusCode).toBe(200);
    const attempts = [
      ['PATCH', `/api/analyses/${a.id}`, { version: 1, headline: 'Bob’s headline' }],
      ['POST', `/api/analyses/${a.id}/publish`, {}],
      ['POST', `/api/analyses/${a.id}/publish`, { at: '2099-01-01T00:00:00Z' }],
    ] as const;
    for (const [method, url, payload] of attempts) {
      const res = await req(method, url, payload, w.bob);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error.message).toContain(`belongs to ${w.alice.name}`);
      expect(res.json().error.details.owner).toEqual({ id: w.alice.id, name: w.alice.name });
    }
    const stored = (await req('GET', `/api/analyses/${a.id}`, undefined)).json();
    expect(stored).toMatchObject({ version: 1, headline: 'Alice’s piece', status: 'draft' });

    // The admin may act on it; then only the owner or an admin may retract it.
    const published = await req('POST', `/api/analyses/${a.id}/publish`, {}, w.admin);
    expect(published.statusCode).toBe(200);
    expect(published.json().revisions).toBeUndefined();
    const retract = await req('POST', `/api/analyses/${a.id}/retract`, { reason: 'mine now' }, w.bob);
    expect(retract.statusCode).toBe(403);
    expect(retract.json().error.message).toContain(w.alice.name);
  });

  it('hands an analysis over (admin only), recording a revision; the new owner may publish it, the old one no longer may', async () => {
    const a = (await req('POST', '/api/analyses', { headline: 'To hand over', ...FINISHED })).json();
    const byEditor = await req('POST', `/api/analyses/${a.id}/handover`, { editor: w.bob.name });
    expect(byEditor.statusCode).toBe(403);
    const unknown = await req('POST', `/api/analyses/${a.id}/handover`, { editor: 'Nobody at all' }, w.admin);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.details).toEqual([expect.objectContaining({ field: 'editor' })]);
    const handed = await req('POST', `/api/analyses/${a.id}/handover`, { editor: w.bob.name }, w.admin);
    expect(handed.statusCode).toBe(200);
    expect(handed.json()).toMatchObject({ version: 2, owner: { id: w.bob.id, name: w.bob.name }, created_by: w.bob.id });
    const history = (await req('GET', `/api/analyses/${a.id}`, undefined)).json().revisions;
    expect(history.map((r: { action: string; editor_name: string }) => [r.action, r.editor_name])).toEqual([['handover', w.admin.name], ['create', w.alice.name]]);
    expect((await req('PATCH', `/api/analyses/${a.id}`, { version: 2, headline: 'Alice again' })).statusCode).toBe(403);
    expect((await req('POST', `/api/analyses/${a.id}/publish`, {}, w.bob)).statusCode).toBe(200);
  });

  it('refuses to publish or schedule an unfinished piece with 422 naming every missing field; a draft may be anything', async () => {
    const draft = await req('POST', '/api/analyses', { headline: 'x', rundown: ['x', 'x', 'x'] });
    expect(draft.statusCode).toBe(201);
    const a = draft.json();
    for (const payload of [{}, { at: '2099-01-01T00:00:00Z' }]) {
      const res = await req('POST', `/api/analyses/${a.id}/publish`, payload);
      expect(res.statusCode).toBe(422);
      expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual(['dek', 'rundown', 'take', 'body']);
      expect(res.json().error.message).toMatch(/dek.*rundown.*take.*body/);
    }
    const feed = await w.app.inject({ method: 'GET', url: '/feed.json' });
    expect(feed.json().items.map((i: { title: string }) => i.title)).not.toContain('x');
    // A scheduled piece cannot be emptied by a PATCH either.
    const b = (await req('POST', '/api/analyses', { headline: 'Scheduled', ...FINISHED })).json();
    expect((await req('POST', `/api/analyses/${b.id}/publish`, { at: '2099-01-01T00:00:00Z' })).statusCode).toBe(200);
    const emptied = await req('PATCH', `/api/analyses/${b.id}`, { version: 2, body: '', take: null });
    expect(emptied.statusCode).toBe(422);
    expect(emptied.json().error.details.map((d: { field: string }) => d.field)).toEqual(['take', 'body']);
  });

  it('stores a pull quote with its speaker (string or {text, speaker}) and renders it quoted once; stats keep their evidence', async () => {
    const plain = (await req('POST', '/api/analyses', { headline: 'Plain quote', pull_quote: 'Just words' })).json();
    expect(plain.pull_quote).toBe('Just words');
    const story = await seedStory(t.db, await seedSource(t.db, 'TechCrunch'));
    const a = await req('POST', '/api/analyses', {
      headline: 'Quoted',
      ...FINISHED,
      story_ids: [story],
      pull_quote: { text: '"We are watching closely."', speaker: 'Wu Lan' },
      stats: [{ value: '~25,000', label: 'Fake accounts', evidence: { story_id: story, sentence: 'Researchers found about 25,000 fake accounts.' } }, { value: '3', label: 'Custom' }],
      take: { text: 'Untitled take.', author: 'Alice' },
    });
    expect(a.statusCode, a.body).toBe(201);
    const view = a.json();
    expect(view.pull_quote).toEqual({ text: 'We are watching closely.', speaker: 'Wu Lan' });
    expect(view.take.title).toBe('');
    expect(view.stats[0].evidence).toEqual({ story_id: story, sentence: 'Researchers found about 25,000 fake accounts.' });
    expect(view.stats[1]).toEqual({ value: '3', label: 'Custom' });
    expect((await req('POST', `/api/analyses/${view.id}/publish`, {})).statusCode).toBe(200);
    const page = await w.app.inject({ method: 'GET', url: `/analysis/${view.slug}` });
    expect(page.body).toContain('<p>“We are watching closely.”</p><footer class="pull-quote-speaker">— Wu Lan</footer>');
    expect(page.body).not.toContain('“"');
    expect(page.body).not.toContain('take-title');
    const feed = (await w.app.inject({ method: 'GET', url: '/feed.json' })).json();
    const item = feed.items.find((i: { title: string }) => i.title === 'Quoted');
    expect(item._pulse.pull_quote).toEqual({ text: 'We are watching closely.', speaker: 'Wu Lan' });
    expect(item._pulse.stats[0]).toEqual({ value: '~25,000', label: 'Fake accounts' });
  });

  it('prints the site name once on the public index', async () => {
    const index = await w.app.inject({ method: 'GET', url: '/' });
    const body = index.body.replace(/<head>[\s\S]*<\/head>/, '');
    expect(body.split('>Pulse<').length - 1).toBe(1);
  });
});

describe(`sign-in limits count failures only (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let w: DeskWorld;
  let proxied: DeskWorld;
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await deskWorld(t.db);
    proxied = await deskWorld(t.db, { env: { PULSE_TRUST_PROXY: '10.0.0.1' } });
  });
  afterAll(async () => {
    await w.app.close();
    await proxied.app.close();
    await t.cleanup();
  });

  /** One sign-in through the form from `ip` (optionally via a proxy's X-Forwarded-For); returns the status. */
  const signInFrom = async (app: DeskWorld['app'], token: string, remoteAddress: string, forwardedFor?: string) => {
    const headers = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {};
    const page = await app.inject({ method: 'GET', url: '/desk/login', remoteAddress, headers });
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const f = form({ _csrf: csrf, token, next: '/desk' });
    const res = await app.inject({ method: 'POST', url: '/desk/login', remoteAddress, ...f, headers: { ...f.headers, ...headers, cookie } });
    return res.statusCode;
  };

  it('never counts successful sign-ins: 25 in a row from one address all succeed', async () => {
    const statuses = [];
    for (let i = 0; i < 25; i += 1) statuses.push(await signInFrom(w.app, w.alice.token, '10.1.1.1'));
    expect(statuses).toEqual(Array(25).fill(303));
  });

  it('refuses an address after 10 failures, even with a good token, while other addresses sign in', async () => {
    for (let i = 0; i < 10; i += 1) expect(await signInFrom(w.app, `wrong-token-${i}-${'x'.repeat(40)}`, '10.2.2.2')).toBe(401);
    expect(await signInFrom(w.app, w.alice.token, '10.2.2.2')).toBe(429);
    expect(await signInFrom(w.app, w.alice.token, '10.2.2.3')).toBe(303);
  });

  it('refuses a token after 10 failures from many addresses', async () => {
    const guess = `stolen-and-revoked-${'y'.repeat(40)}`;
    for (let i = 0; i < 10; i += 1) expect(await signInFrom(w.app, guess, `10.3.3.${i + 1}`)).toBe(401);
    expect(await signInFrom(w.app, guess, '10.3.3.200')).toBe(429);
    expect(await signInFrom(w.app, w.bob.token, '10.3.3.201')).toBe(303);
  });

  it('ignores X-Forwarded-For by default (one client cannot pose as many), and believes it from a configured proxy', async () => {
    // Off: every failure counts against the peer address, whatever the header says.
    for (let i = 0; i < 10; i += 1) expect(await signInFrom(w.app, `bad-${i}-${'z'.repeat(40)}`, '10.4.4.4', `198.51.100.${i}`)).toBe(401);
    expect(await signInFrom(w.app, w.alice.token, '10.4.4.4', '198.51.100.99')).toBe(429);
    // Behind the trusted proxy 10.0.0.1: the newsroom's editors are told apart by X-Forwarded-For.
    for (let i = 0; i < 10; i += 1) expect(await signInFrom(proxied.app, `bad-${i}-${'w'.repeat(40)}`, '10.0.0.1', '203.0.113.7')).toBe(401);
    expect(await signInFrom(proxied.app, proxied.alice.token, '10.0.0.1', '203.0.113.7')).toBe(429);
    expect(await signInFrom(proxied.app, proxied.alice.token, '10.0.0.1', '203.0.113.8')).toBe(303);
    // A peer that is not the trusted proxy is counted by its own address.
    expect(await signInFrom(proxied.app, proxied.alice.token, '10.9.9.9', '203.0.113.7')).toBe(303);
  });
});

describe('discovery under the given path (loopback server)', () => {
  let server: FeedServer;
  let fetcher: Fetcher;
  beforeAll(async () => {
    server = await startFeedServer({
      '/verge/': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>The Verge</title></head><body>No feed link here.</body></html>'),
      '/verge/rss/index.xml': (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss({ title: 'The Verge', items: [{ title: 'One', link: 'https://example.com/1' }] })),
    });
    fetcher = createFetcher({ userAgent: 'Pulse/test', allowHosts: ['127.0.0.1'] });
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
  });

  it('finds /verge/rss/index.xml for a site at /verge/ that announces no feed', async () => {
    const found = await findFeed({ db: null as never, fetcher }, `${server.origin}/verge/`);
    expect(found.feedUrl).toBe(`${server.origin}/verge/rss/index.xml`);
    expect(found.feed.title).toBe('The Verge');
    // The folder's paths are tried before the host root's.
    const firstRootProbe = server.requests.findIndex((r) => !r.path.startsWith('/verge/'));
    expect(firstRootProbe).toBe(-1);
  });
});

describe('PULSE_TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['2', 2],
    ['10.0.0.1, 192.168.0.0/16,::1', ['10.0.0.1', '192.168.0.0/16', '::1']],
  ] as const)('reads %j as %j', (raw, expected) => {
    const env: Record<string, string> = raw === undefined ? {} : { PULSE_TRUST_PROXY: raw };
    expect(loadConfig(env).trustProxy).toEqual(expected);
  });

  it('refuses an entry that is no address or CIDR, naming it', () => {
    expect(() => loadConfig({ PULSE_TRUST_PROXY: '10.0.0.1,proxy.local,10.0.0.0/99' })).toThrow(/PULSE_TRUST_PROXY entry "proxy\.local" is not an IP address or CIDR[\s\S]*"10\.0\.0\.0\/99"/);
  });
});
