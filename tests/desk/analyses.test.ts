import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { publishDue } from '../../src/desk/analyses.ts';
import { deskHandlers } from '../../src/desk/handlers.ts';
import { createLogger } from '../../src/log.ts';
import type { ClaimedJob } from '../../src/queue/types.ts';
import type { Runtime } from '../../src/runtime.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { deskWorld, factSheet, seedSource, seedStory, type DeskWorld } from './fixtures.ts';

const RUNDOWN = ['Alibaba bars Claude Code from July 10.', 'Researchers cite ~25,000 fake accounts.', 'The window ran April 22 to June 5.'];
/** Everything publishing needs besides the headline (SPEC "HTTP rules": a finished piece). */
const FINISHED = { dek: 'Alibaba bars Claude Code.', rundown: RUNDOWN, take: { title: '', text: 'Procurement is the new front.', author: 'Alice' }, body: 'The ban is sweeping.' };

describe(`analyses API (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let w: DeskWorld;
  let techcrunch: number;
  let verge: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await deskWorld(t.db);
    techcrunch = await seedSource(t.db, 'TechCrunch');
    verge = await seedSource(t.db, 'The Verge');
  });
  afterAll(async () => {
    await w.app.close();
    await t.cleanup();
  });

  const req = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, who = w.alice) =>
    w.app.inject({ method, url, headers: w.as(who), ...(payload ? { payload } : {}) });
  const generation = async () => Number((await t.db.kysely.selectFrom('feed_state').select('generation').executeTakeFirstOrThrow()).generation);
  const create = async (payload: object) => {
    const res = await req('POST', '/api/analyses', payload);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  it('drafts omitted fields from the fact sheet: headline, dek, highlight, stats with card labels, rundown, pull quote, tags; no category the desk does not use', async () => {
    const story = await seedStory(t.db, techcrunch, { title: 'Alibaba bans Claude Code amid Anthropic distillation fight' });
    const a = await create({ story_ids: [story] });
    expect(a).toMatchObject({
      status: 'draft',
      version: 1,
      slug: 'alibaba-bans-claude-code-amid-anthropic-distillation-fight',
      headline: 'Alibaba Bans Claude Code Amid Anthropic Distillation Fight',
      dek: 'Alibaba is barring staff from Claude Code starting July 10.',
      highlight: 'Ban effective July 10, 2026',
      // The page's section "AI" is not a category until the desk uses one (SPEC: never a raw page section).
      category: null,
      pull_quote: null,
      author: w.alice.name,
      story_ids: [story],
      sources: [{ story_id: story, publisher: 'TechCrunch', url: expect.stringMatching(/^https:\/\/news\.example\//), title: 'Alibaba bans Claude Code amid Anthropic distillation fight' }],
      attribution: 'Originally reported by TechCrunch.',
      read_time_minutes: 1,
      url: null,
      published_at: null,
    });
    expect(a.stats).toEqual(
      expect.arrayContaining([
        { value: '~25,000', label: 'Fake Accounts' },
        { value: '28 million', label: 'Claude Interactions' },
        { value: 'July 10, 2026', label: 'Ban Effective Date' },
        { value: 'Apr 22 - Jun 5', label: 'Activity Window' },
      ]),
    );
    expect(a.rundown[0]).toBe('Alibaba is barring staff from using Claude Code starting July 10, according to an internal memo.');
    expect(a.rundown.length).toBeGreaterThanOrEqual(3);
    expect(a.tags).toContain('Alibaba');
    expect(a.created_at).toEqual(expect.any(String));
    const revisions = (await req('GET', `/api/analyses/${a.id}`)).json().revisions;
    expect(revisions).toMatchObject([{ version: 1, action: 'create', editor_id: w.alice.id, editor_name: w.alice.name }]);
  });

  it('stores given fields as given (empty stats stay empty) and joins several publishers in the attribution', async () => {
    const s1 = await seedStory(t.db, techcrunch);
    const s2 = await seedStory(t.db, verge, { facts: factSheet({ site_name: 'The Verge' }) });
    const a = await create({ story_ids: [s1, s2], headline: 'My own <b>headline</b>', stats: [], dek: null, slug: 'my-free-slug', tags: ['AI'] });
    expect(a).toMatchObject({ headline: 'My own <b>headline</b>', stats: [], dek: null, slug: 'my-free-slug', tags: ['AI'], attribution: 'Originally reported by TechCrunch and The Verge.' });
  });

  it("names the publisher by the page's site name, not by the feed it came through", async () => {
    // SPEC "Events": a publisher is a source's site name; the feed's own title ("TechCrunch » AI") is not it.
    const feed = await seedSource(t.db, 'TechCrunch » AI');
    const s = await seedStory(t.db, feed, { facts: factSheet({ site_name: 'TechCrunch' }) });
    const a = await create({ story_ids: [s], headline: 'Site names' });
    expect(a.attribution).toBe('Originally reported by TechCrunch.');
    expect(a.sources).toMatchObject([{ story_id: s, publisher: 'TechCrunch' }]);
  });

  it('makes automatic slugs unique (-2, -3) and refuses a given slug already used with 409', async () => {
    const slugs = [];
    for (let i = 0; i < 3; i += 1) slugs.push((await create({ headline: 'Same Headline, Again!' })).slug);
    expect(slugs).toEqual(['same-headline-again', 'same-headline-again-2', 'same-headline-again-3']);
    const taken = await req('POST', '/api/analyses', { headline: 'x', slug: 'same-headline-again' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.details).toEqual([{ field: 'slug', message: 'already used' }]);
  });

  it.each([
    ['no headline and no story', {}, 'headline'],
    ['an empty headline', { headline: '  ' }, 'headline'],
    ['a stat without label', { headline: 'h', stats: [{ value: '3' }] }, 'stats.0.label'],
    ['six rundown points', { headline: 'h', rundown: ['1', '2', '3', '4', '5', '6'] }, 'rundown'],
    ['a take missing its author', { headline: 'h', take: { title: 't', text: 'x' } }, 'take.author'],
    ['a bad slug', { headline: 'h', slug: 'Not A Slug' }, 'slug'],
    ['story ids as strings', { headline: 'h', story_ids: ['1'] }, 'story_ids.0'],
    ['an unknown story', { headline: 'h', story_ids: [987654] }, 'story_ids'],
    ['an unknown field', { headline: 'h', hedline: 'typo' }, 'hedline'],
    ['tags as a string', { headline: 'h', tags: 'ai' }, 'tags'],
  ])('refuses %s with 422 naming the field', async (_what, payload, field) => {
    const res = await req('POST', '/api/analyses', payload);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it.each([
    ['a JSON array body', { payload: '[1]', headers: { 'content-type': 'application/json' } }, 400],
    ['a form body', { payload: 'headline=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415],
    ['a text body', { payload: 'headline', headers: { 'content-type': 'text/plain' } }, 415],
    ['a body over 1 MiB', { payload: JSON.stringify({ headline: 'h', body: 'x'.repeat(1024 * 1024) }), headers: { 'content-type': 'application/json' } }, 413],
  ])('refuses %s with %i', async (_what, r, status) => {
    const res = await w.app.inject({ method: 'POST', url: '/api/analyses', payload: r.payload, headers: { ...w.as(w.alice), ...r.headers } });
    expect(res.statusCode).toBe(status);
  });

  it('answers a stale PATCH with 409 and the current version, changing nothing; a fresh one bumps the version and records a revision', async () => {
    const a = await create({ headline: 'Original', body: 'First body' });
    // Alice in another tab saves first.
    const otherTab = await req('PATCH', `/api/analyses/${a.id}`, { version: 1, body: 'Bob was here' });
    expect(otherTab.statusCode).toBe(200);
    expect(otherTab.json()).toMatchObject({ version: 2, body: 'Bob was here', headline: 'Original' });

    const stale = await req('PATCH', `/api/analyses/${a.id}`, { version: 1, headline: 'Alice overwrites' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details).toMatchObject({ current_version: 2, your_version: 1 });
    const now = (await req('GET', `/api/analyses/${a.id}`)).json();
    expect(now).toMatchObject({ version: 2, headline: 'Original', body: 'Bob was here' });
    expect(now.revisions.map((r: { version: number; action: string }) => [r.version, r.action])).toEqual([[2, 'update'], [1, 'create']]);

    const missing = await req('PATCH', `/api/analyses/${a.id}`, { headline: 'x' });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.details).toEqual([expect.objectContaining({ field: 'version' })]);
  });

  it('refuses to publish with fewer than 3 rundown points, then publishes: guid, published_at, stories used, feeds changed', async () => {
    const story = await seedStory(t.db, techcrunch);
    await req('POST', `/api/stories/${story}/claim`, {});
    const a = await create({ story_ids: [story], ...FINISHED, rundown: ['only one'] });
    const refused = await req('POST', `/api/analyses/${a.id}/publish`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toEqual([expect.objectContaining({ field: 'rundown' })]);

    await req('PATCH', `/api/analyses/${a.id}`, { version: 1, ...FINISHED });
    const before = await generation();
    const pub = await req('POST', `/api/analyses/${a.id}/publish`, {});
    expect(pub.statusCode).toBe(200);
    const p = pub.json();
    expect(p).toMatchObject({ status: 'published', version: 3, guid: `tag:pulse.example,${new Date().getUTCFullYear()}:analysis/${a.id}`, url: `https://pulse.example/analysis/${a.slug}` });
    expect(p.published_at).toEqual(expect.any(String));
    expect(await generation()).toBe(before + 1);
    const s = await t.db.kysely.selectFrom('stories').select(['status', 'claimed_by']).where('id', '=', story).executeTakeFirstOrThrow();
    expect(s).toEqual({ status: 'used', claimed_by: null });

    // An edit of a published analysis changes the feeds too; guid and published_at never move.
    const edited = await req('PATCH', `/api/analyses/${a.id}`, { version: 3, headline: 'Corrected headline' });
    expect(edited.json()).toMatchObject({ version: 4, headline: 'Corrected headline', guid: p.guid, published_at: p.published_at });
    expect(await generation()).toBe(before + 2);
    const shrink = await req('PATCH', `/api/analyses/${a.id}`, { version: 4, rundown: ['one'] });
    expect(shrink.statusCode).toBe(422);

    expect((await req('POST', `/api/analyses/${a.id}/publish`)).statusCode).toBe(409);
    const slugChange = await req('PATCH', `/api/analyses/${a.id}`, { version: 4, slug: 'new-url' });
    expect(slugChange.statusCode).toBe(409);
  });

  it('schedules with a future `at`, and the publish-due handler publishes it once its time has come', async () => {
    const a = await create({ headline: 'Later', ...FINISHED });
    const at = new Date(Date.now() + 3600_000).toISOString();
    const sch = await req('POST', `/api/analyses/${a.id}/publish`, { at });
    expect(sch.statusCode).toBe(200);
    expect(sch.json()).toMatchObject({ status: 'scheduled', scheduled_at: at, version: 2, guid: null });

    const rt = { db: t.db, config: loadConfig({ PULSE_BASE_URL: 'https://pulse.example' }), logger: createLogger('silent') } as unknown as Runtime;
    const handler = deskHandlers(rt)['analyses.publish-due']!;
    const job = { id: 1, kind: 'analyses.publish-due', payload: {}, key: null, attempts: 1, max_attempts: 3, locked_until: new Date() } satisfies ClaimedJob;
    const ctx = { signal: new AbortController().signal, workerId: 'test' };
    await handler(job, ctx);
    expect((await req('GET', `/api/analyses/${a.id}`)).json().status).toBe('scheduled');

    await sql`update analyses set scheduled_at = now() - interval '1 second' where id = ${a.id}`.execute(t.db.kysely);
    await handler(job, ctx);
    const done = (await req('GET', `/api/analyses/${a.id}`)).json();
    expect(done).toMatchObject({ status: 'published', version: 3, scheduled_at: null });
    expect(done.revisions[0]).toMatchObject({ version: 3, action: 'publish', editor_id: null });
    await handler(job, ctx);
    expect((await req('GET', `/api/analyses/${a.id}`)).json().version).toBe(3);
  });

  it('publishes each due analysis exactly once when several workers run publish-due together', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const a = await create({ headline: `Due ${i}`, ...FINISHED });
      await req('POST', `/api/analyses/${a.id}/publish`, { at: new Date(Date.now() + 3600_000).toISOString() });
      ids.push(a.id);
    }
    await sql`update analyses set scheduled_at = now() - interval '1 minute' where status = 'scheduled'`.execute(t.db.kysely);
    const deps = { db: t.db, config: { baseUrl: 'https://pulse.example', websubHub: null }, now: () => new Date() };
    const runs = await Promise.all([publishDue(deps), publishDue(deps), publishDue(deps)]);
    expect(runs.flat().sort((x, y) => x - y)).toEqual(ids);
    const revs = await t.db.kysely.selectFrom('analysis_revisions').select(sql<number>`count(*)::int`.as('n')).where('analysis_id', 'in', ids).where('action', '=', 'publish').executeTakeFirstOrThrow();
    expect(revs.n).toBe(5);
  });

  it('unschedules a scheduled analysis back to draft', async () => {
    const a = await create({ headline: 'Maybe', ...FINISHED });
    await req('POST', `/api/analyses/${a.id}/publish`, { at: new Date(Date.now() + 3600_000).toISOString() });
    const res = await req('POST', `/api/analyses/${a.id}/unschedule`, {});
    expect(res.json()).toMatchObject({ status: 'draft', scheduled_at: null, version: 3 });
  });

  it('retracts only a published analysis, with its reason; a retracted one is final', async () => {
    const a = await create({ headline: 'To retract', ...FINISHED });
    const draft = await req('POST', `/api/analyses/${a.id}/retract`, {});
    expect(draft.statusCode).toBe(409);
    expect(draft.json().error.message).toBe(`analysis ${a.id}: cannot retract a draft analysis: only a published analysis can be retracted`);
    await req('POST', `/api/analyses/${a.id}/publish`);
    const before = await generation();
    const r = await req('POST', `/api/analyses/${a.id}/retract`, { reason: 'Source withdrew the report' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'retracted', retract_reason: 'Source withdrew the report', version: 3, url: null });
    expect(await generation()).toBe(before + 1);
    for (const [method, url, payload] of [
      ['PATCH', `/api/analyses/${a.id}`, { version: 3, headline: 'x' }],
      ['POST', `/api/analyses/${a.id}/publish`, {}],
      ['POST', `/api/analyses/${a.id}/retract`, {}],
    ] as const) {
      const res = await req(method, url, payload);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toContain('a retracted analysis is final');
    }
  });

  it('refuses a publish `at` that is not an ISO date-time with a zone', async () => {
    const a = await create({ headline: 'When?', ...FINISHED });
    const res = await req('POST', `/api/analyses/${a.id}/publish`, { at: 'tomorrow' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toEqual([expect.objectContaining({ field: 'at' })]);
  });

  it('lists analyses by status with cursor paging', async () => {
    const drafts = (await req('GET', '/api/analyses?status=draft&limit=2')).json();
    expect(drafts.items).toHaveLength(2);
    expect(drafts.items.every((i: { status: string }) => i.status === 'draft')).toBe(true);
    const next = (await req('GET', `/api/analyses?status=draft&limit=2&cursor=${drafts.next_cursor}`)).json();
    expect(next.items[0].id).not.toBe(drafts.items[1].id);
    expect((await req('GET', '/api/analyses/424242')).statusCode).toBe(404);
  });
});
