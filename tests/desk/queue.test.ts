import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { deskWorld, seedSource, seedStory, type DeskWorld } from './fixtures.ts';

describe(`desk queue API (${TEST_BACKEND})`, () => {
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
  beforeEach(async () => {
    await sql`delete from stories`.execute(t.db.kysely);
  });

  const get = (url: string, who = w.alice) => w.app.inject({ method: 'GET', url, headers: w.as(who) });
  const post = (url: string, payload: object = {}, who = w.alice) => w.app.inject({ method: 'POST', url, headers: w.as(who), payload });

  it('lists ready stories newest first with source, fact counts, other reporting sources and near-duplicate headlines', async () => {
    const older = await seedStory(t.db, techcrunch, { title: 'Alibaba bans Claude Code amid Anthropic distillation fight', publishedAt: '2026-07-04T08:00:00Z' });
    const newer = await seedStory(t.db, verge, { title: 'Alibaba bans Claude Code amid distillation fight with Anthropic', publishedAt: '2026-07-04T10:00:00Z' });
    await seedStory(t.db, verge, { title: 'Not on the desk yet', status: 'new' });
    await t.db.kysely.insertInto('story_reports').values({ story_id: older, source_id: verge, guid: 'verge-copy', url: 'https://verge.example/copy' }).execute();

    const res = await get('/api/stories');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.next_cursor).toBeNull();
    expect(body.items.map((i: { id: number }) => i.id)).toEqual([newer, older]);
    const first = body.items[1];
    expect(first).toMatchObject({
      id: older,
      status: 'ready',
      source: { id: techcrunch, name: 'TechCrunch' },
      fact_counts: { figures: 2, dates: 2, quotes: 1 },
      claim: null,
      also_reported_by: [{ source_id: verge, name: 'The Verge', url: 'https://verge.example/copy' }],
    });
    expect(first.near_duplicates).toEqual([{ id: newer, title: 'Alibaba bans Claude Code amid distillation fight with Anthropic', source_name: 'The Verge' }]);
  });

  it('filters by status, source and text, with LIKE wildcards taken literally, and pages with a cursor', async () => {
    const a = await seedStory(t.db, techcrunch, { title: 'Prices rise 50% in a year' });
    const b = await seedStory(t.db, techcrunch, { title: 'Prices rise 500 in a year' });
    const c = await seedStory(t.db, verge, { title: 'Something used', status: 'used' });
    const ids = async (url: string) => (await get(url)).json().items.map((i: { id: number }) => i.id);
    expect(await ids('/api/stories?q=50%25')).toEqual([a]);
    expect(await ids(`/api/stories?source=${verge}`)).toEqual([]);
    expect(await ids(`/api/stories?source=${verge}&status=used`)).toEqual([c]);
    expect(await ids('/api/stories?status=all')).toEqual([c, b, a]);
    const page1 = (await get('/api/stories?status=all&limit=2')).json();
    expect(page1.items.map((i: { id: number }) => i.id)).toEqual([c, b]);
    const page2 = (await get(`/api/stories?status=all&limit=2&cursor=${page1.next_cursor}`)).json();
    expect(page2).toMatchObject({ items: [{ id: a }], next_cursor: null });
  });

  it.each([
    ['an unknown status', '/api/stories?status=nope', 422, 'status'],
    ['a bad source id', '/api/stories?source=abc', 422, 'source'],
    ['a forged cursor', '/api/stories?cursor=bm90LWEtY3Vyc29y', 400, 'cursor'],
  ])('refuses %s naming the parameter', async (_what, url, status, field) => {
    const res = await get(url);
    expect(res.statusCode).toBe(status);
    expect(res.json().error.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('shows one story with its fact sheet', async () => {
    const id = await seedStory(t.db, techcrunch);
    const res = await get(`/api/stories/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().facts.figures[0]).toMatchObject({ text: '~25,000', label: 'fake accounts' });
    expect((await get('/api/stories/999999')).statusCode).toBe(404);
    expect((await get('/api/stories/abc')).statusCode).toBe(400);
  });

  it('lets exactly one of two editors claiming at once win; the other gets 409 naming the holder', async () => {
    const id = await seedStory(t.db, techcrunch);
    const [ra, rb] = await Promise.all([post(`/api/stories/${id}/claim`, {}, w.alice), post(`/api/stories/${id}/claim`, {}, w.bob)]);
    const statuses = [ra.statusCode, rb.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = ra.statusCode === 200 ? w.alice : w.bob;
    const loser = ra.statusCode === 200 ? rb : ra;
    expect(loser.json().error.message).toContain(`claimed by ${winner.name}`);
    expect(loser.json().error.details.holder).toEqual({ id: winner.id, name: winner.name });
    const row = await t.db.kysely.selectFrom('stories').select(['status', 'claimed_by']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'claimed', claimed_by: winner.id });
  });

  it('runs many concurrent claims on one story with exactly one winner', async () => {
    const id = await seedStory(t.db, techcrunch);
    const who = [w.alice, w.bob, w.admin, w.alice, w.bob, w.admin];
    const results = await Promise.all(who.map((e) => post(`/api/stories/${id}/claim`, {}, e)));
    const winners = new Set(results.map((r, i) => (r.statusCode === 200 ? who[i]!.id : null)).filter((x) => x !== null));
    expect(winners.size).toBe(1);
    expect(results.every((r) => r.statusCode === 200 || r.statusCode === 409)).toBe(true);
  });

  it('renews my own claim, keeping when I first took it, and shows me as the holder', async () => {
    const id = await seedStory(t.db, techcrunch);
    const first = (await post(`/api/stories/${id}/claim`)).json();
    await sql`update stories set claim_expires_at = claim_expires_at - interval '20 minutes' where id = ${id}`.execute(t.db.kysely);
    const again = await post(`/api/stories/${id}/claim`);
    expect(again.statusCode).toBe(200);
    expect(again.json().claim).toMatchObject({ editor_id: w.alice.id, editor_name: w.alice.name, claimed_at: first.claim.claimed_at });
    expect(Date.parse(again.json().claim.expires_at)).toBeGreaterThan(Date.now() + 25 * 60_000);
    const listed = (await get('/api/stories?status=claimed')).json().items;
    expect(listed.map((i: { id: number }) => i.id)).toEqual([id]);
    expect((await get('/api/stories')).json().items).toEqual([]);
  });

  it('returns a story whose lease expired to the queue: listed as ready and claimable by another editor', async () => {
    const id = await seedStory(t.db, techcrunch);
    expect((await post(`/api/stories/${id}/claim`, {}, w.alice)).statusCode).toBe(200);
    expect((await post(`/api/stories/${id}/claim`, {}, w.bob)).statusCode).toBe(409);
    await sql`update stories set claim_expires_at = now() - interval '1 minute' where id = ${id}`.execute(t.db.kysely);
    const listed = (await get('/api/stories')).json().items;
    expect(listed).toMatchObject([{ id, status: 'ready', claim: null }]);
    const taken = await post(`/api/stories/${id}/claim`, {}, w.bob);
    expect(taken.statusCode).toBe(200);
    expect(taken.json().claim.editor_id).toBe(w.bob.id);
  });

  it('releases my claim, refuses to release someone else\'s, and lets an admin break a lease with force', async () => {
    const id = await seedStory(t.db, techcrunch);
    await post(`/api/stories/${id}/claim`, {}, w.alice);
    expect((await post(`/api/stories/${id}/release`, {}, w.bob)).statusCode).toBe(409);
    expect((await post(`/api/stories/${id}/claim`, { force: true }, w.bob)).statusCode).toBe(403);
    const broken = await post(`/api/stories/${id}/claim`, { force: true }, w.admin);
    expect(broken.statusCode).toBe(200);
    expect(broken.json().claim.editor_id).toBe(w.admin.id);
    expect((await post(`/api/stories/${id}/release`, {}, w.admin)).json()).toMatchObject({ status: 'ready', claim: null });
    await post(`/api/stories/${id}/claim`, {}, w.alice);
    expect((await post(`/api/stories/${id}/release`, { force: true }, w.admin)).json().status).toBe('ready');
  });

  it('dismisses a story with a reason; a dismissed story cannot be claimed', async () => {
    const id = await seedStory(t.db, techcrunch);
    await post(`/api/stories/${id}/claim`, {}, w.alice);
    expect((await post(`/api/stories/${id}/dismiss`, { reason: 'duplicate' }, w.bob)).statusCode).toBe(409);
    const res = await post(`/api/stories/${id}/dismiss`, { reason: 'duplicate' }, w.alice);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'dismissed', dismissed_reason: 'duplicate', claim: null });
    const claim = await post(`/api/stories/${id}/claim`, {}, w.bob);
    expect(claim.statusCode).toBe(409);
    expect(claim.json().error.message).toMatch(/is dismissed; only ready stories can be claimed/);
  });

  it('refuses unknown fields and non-JSON bodies on claim', async () => {
    const id = await seedStory(t.db, techcrunch);
    const unknown = await post(`/api/stories/${id}/claim`, { forever: true });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.details).toEqual([{ field: 'forever', message: 'unknown field' }]);
    const text = await w.app.inject({ method: 'POST', url: `/api/stories/${id}/claim`, headers: { ...w.as(w.alice), 'content-type': 'text/plain' }, payload: 'claim' });
    expect(text.statusCode).toBe(415);
  });
});
