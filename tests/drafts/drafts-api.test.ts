import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonb } from '../../src/db/json.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { createFetcher, type Fetcher } from '../../src/fetch/fetcher.ts';
import { extractStory } from '../../src/stories/extract-story.ts';
import { deskWorld, form, seedSource, seedStory, signIn, type DeskWorld } from '../desk/fixtures.ts';
import { startLoopbackServer, type LoopbackServer } from '../fetch/helpers/loopback-server.ts';
import { REPO_ROOT } from '../helpers/cli.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';

const page = (rel: string) => readFileSync(path.join(REPO_ROOT, 'tests/fixtures', rel), 'utf8');
const TECHCRUNCH = page('articles/techcrunch-alibaba-claude.html');
const VERGE = page('drafts/verge-alibaba-claude.html');
const WIRE = page('drafts/wire-alibaba-claude.html');

describe(`drafts through the API (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let w: DeskWorld;
  let server: LoopbackServer;
  let fetcher: Fetcher;
  let techcrunchPage = TECHCRUNCH;
  const ids: Record<string, number> = {};
  let eventId: number;

  beforeAll(async () => {
    t = await createTestDatabase();
    w = await deskWorld(t.db);
    server = await startLoopbackServer({
      '/techcrunch': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(techcrunchPage);
      },
    });
    fetcher = createFetcher({ userAgent: 'Pulse/test', allowHosts: ['127.0.0.1'], timeoutMs: 5_000, connectTimeoutMs: 2_000 });
    const event = await t.db.kysely.insertInto('events').values({ title: 'Alibaba bans Claude Code' }).returning('id').executeTakeFirstOrThrow();
    eventId = event.id;
    // The reports arrive wire first; the originating one (TechCrunch, which the Verge links to) is not the first in id order.
    for (const [name, html, publisher, url, published] of [
      ['wire', WIRE, 'Reuters', 'https://wire.example/alibaba', '2026-07-05T03:45:00Z'],
      ['verge', VERGE, 'The Verge', 'https://verge.example/2026/7/4/alibaba-claude-code-distillation', '2026-07-04T17:10:00Z'],
      ['techcrunch', TECHCRUNCH, 'TechCrunch', 'https://techcrunch.example/2026/07/04/alibaba-bans-claude-code/', '2026-07-04T14:30:00Z'],
    ] as const) {
      const facts = extractFacts(html, url, { publishedAt: new Date(published) });
      ids[name] = await seedStory(t.db, await seedSource(t.db, publisher), { title: facts.title ?? name, facts: facts as unknown as Record<string, unknown>, publishedAt: published });
      await t.db.kysely.updateTable('stories').set({ event_id: eventId, url: name === 'techcrunch' ? server.url('/techcrunch') : url }).where('id', '=', ids[name]!).execute();
    }
    // Opening PGlite, migrating and extracting three pages can take a while on a loaded 2-core box.
  }, 180_000);
  afterAll(async () => {
    await w.app.close();
    await fetcher.close();
    await server.close();
    await t.cleanup();
  });

  const req = (method: 'GET' | 'POST', url: string, payload?: object) => w.app.inject({ method, url, headers: w.as(w.alice), ...(payload ? { payload } : {}) });

  it('drafts every omitted field of an analysis created from an event, from all its reports, the originating one attributed first', async () => {
    const res = await req('POST', '/api/analyses', { event_id: eventId });
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json();
    expect(a.story_ids).toEqual([ids.techcrunch, ids.verge, ids.wire]);
    expect(a.attribution).toMatch(/^Originally reported by TechCrunch/);
    expect(a.headline).toMatch(/Alibaba Bans Claude Code/);
    expect(a.dek).toMatch(/^Alibaba .*\.$/);
    expect(a.highlight).toBe('Ban effective July 10, 2026');
    expect(a.stats.map((s: { value: string }) => s.value)).toEqual(expect.arrayContaining(['~25,000', '28 million', 'July 10, 2026', 'Apr 22 - Jun 5']));
    expect(a.rundown.length).toBe(4);
    // SPEC: a pull quote with its speaker is {text, speaker}.
    expect(a.pull_quote).toEqual({ text: expect.any(String), speaker: expect.any(String) });
    expect(a.tags).toEqual(expect.arrayContaining(['Alibaba', 'Anthropic']));
    // Neither the Verge's "POST" nor the wire's "Business News" section: the desk uses no category yet.
    expect(a.category).toBeNull();
    const row = await t.db.kysely.selectFrom('analyses').select(['draft', 'drafted_at', 'event_id']).where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(row.event_id).toBe(eventId);
    expect(row.drafted_at).toBeInstanceOf(Date);
    const draft = row.draft as { rundown: { evidence: { story_id: number; sentence: string } }[]; stats: { evidence: { sentence: string } }[]; candidates: { stats: unknown[] } };
    expect(new Set(draft.rundown.map((r) => r.evidence.story_id)).size).toBeGreaterThan(1);
    expect(draft.stats.every((s) => s.evidence.sentence.length > 10)).toBe(true);
    expect(draft.candidates.stats.length).toBeGreaterThan(0);
  });

  it('never overwrites a field given, even null or empty, and picks a category only among those the desk already uses', async () => {
    await req('POST', '/api/analyses', { headline: 'A business piece', category: 'Business' });
    const res = await req('POST', '/api/analyses', { story_ids: [ids.wire, ids.verge, ids.techcrunch], headline: 'My headline', dek: null, stats: [{ value: '1', label: 'One' }], rundown: [], tags: ['Mine'] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ headline: 'My headline', dek: null, stats: [{ value: '1', label: 'One' }], rundown: [], tags: ['Mine'], highlight: 'Ban effective July 10, 2026' });
    // The wire's section "Business News" means the desk's "Business".
    expect(res.json().category).toBe('Business');
  });

  it('carries checks in GET: a figure no source states, a misattributed quote; none for figures stated in another form', async () => {
    const created = await req('POST', '/api/analyses', {
      story_ids: [ids.techcrunch],
      headline: 'Alibaba bars 30,000 fake accounts',
      dek: 'Researchers counted twenty-five thousand accounts and 28m interactions, about 12 percent.',
      pull_quote: '“We saw coordinated abuse at a scale we had not seen before” — Zhou Jingren',
      stats: [{ value: '25k', label: 'Accounts' }, { value: 'Apr 22 - Jun 5', label: 'Window' }, { value: 'July 11', label: 'Ban' }],
    });
    const res = await req('GET', `/api/analyses/${created.json().id}`);
    expect(res.statusCode).toBe(200);
    const checks = res.json().checks as { code: string; field: string; text: string }[];
    expect(checks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'unsupported-figure', field: 'headline', text: '30,000' }),
        expect.objectContaining({ code: 'unsupported-figure', field: 'stats.2', text: 'July 11' }),
        expect.objectContaining({ code: 'misattributed-quote', field: 'pull_quote' }),
      ]),
    );
    expect(checks.filter((c) => c.code === 'unsupported-figure').map((c) => c.text).sort()).toEqual(['30,000', 'July 11']);
  });

  it('flags source-changed with every changed figure once the originating story is re-extracted after drafting', async () => {
    const created = (await req('POST', '/api/analyses', { story_ids: [ids.techcrunch], headline: 'Watching the sources' })).json();
    expect((await req('GET', `/api/analyses/${created.id}`)).json().checks.filter((c: { code: string }) => c.code === 'source-changed')).toEqual([]);
    techcrunchPage = TECHCRUNCH.replace('~25,000 fake accounts', '~30,000 fake accounts').replace('roughly 3,400 engineers', 'roughly 3,900 engineers');
    await t.db.kysely.updateTable('stories').set({ facts: jsonb(extractFacts(TECHCRUNCH, server.url('/techcrunch'), {})) }).where('id', '=', ids.techcrunch!).execute();
    const outcome = await extractStory({ db: t.db, fetcher }, ids.techcrunch!, { finalAttempt: true });
    expect(outcome).toMatchObject({ kind: 'extracted', changes: true });
    const checks = (await req('GET', `/api/analyses/${created.id}`)).json().checks as { code: string; text: string; message: string }[];
    const changed = checks.filter((c) => c.code === 'source-changed');
    expect(changed.map((c) => c.text).sort()).toEqual(['3,400 → 3,900', '~25,000 → ~30,000']);
    expect(changed[0]!.message).toMatch(/TechCrunch/);
  });

  it('lets the editor swap and drop drafted elements from the desk, without JavaScript, and shows the checks', async () => {
    const a = (await req('POST', '/api/analyses', { event_id: eventId })).json();
    const { cookie, csrf } = await signIn(w.app, w.alice.token);
    const edit = await w.app.inject({ method: 'GET', url: `/desk/analyses/${a.id}`, headers: { cookie } });
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain('id="checks"');
    expect(edit.body).toContain(`action="/desk/analyses/${a.id}/draft"`);
    expect(edit.body).toContain('— TechCrunch');
    const post = (fields: Record<string, string>) => {
      const f = form({ _csrf: csrf, ...fields });
      return w.app.inject({ method: 'POST', url: `/desk/analyses/${a.id}/draft`, payload: f.payload, headers: { ...f.headers, cookie } });
    };
    const swapped = await post({ version: String(a.version), field: 'stats', index: '0', op: 'swap', candidate: '0' });
    expect(swapped.statusCode, swapped.body).toBe(303);
    const after = (await req('GET', `/api/analyses/${a.id}`)).json();
    expect(after.stats[0]).not.toEqual(a.stats[0]);
    expect(after.stats).toHaveLength(a.stats.length);
    const dropped = await post({ version: String(after.version), field: 'rundown', index: '3', op: 'drop' });
    expect(dropped.statusCode, dropped.body).toBe(303);
    const final = (await req('GET', `/api/analyses/${a.id}`)).json();
    expect(final.rundown).toEqual(a.rundown.slice(0, 3));
    const row = await t.db.kysely.selectFrom('analyses').select('draft').where('id', '=', a.id).executeTakeFirstOrThrow();
    expect((row.draft as { decisions: Record<string, string> }).decisions).toEqual({ 'stats.0': 'swapped', 'rundown.3': 'dropped' });
  });
});
