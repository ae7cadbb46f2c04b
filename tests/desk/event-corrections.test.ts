import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { NewEditor } from '../../src/desk/editors.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { seedEvent } from '../helpers/events.ts';
import { deskWorld, form, seedSource, seedStory, signIn, type DeskWorld } from './fixtures.ts';
import { CLOCK } from '../helpers/clock-pattern.ts';

describe(`merge and move on the desk: corrections respect claims (${TEST_BACKEND})`, () => {
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
    await sql`delete from events`.execute(t.db.kysely);
  });

  const get = (url: string, who = w.alice) => w.app.inject({ method: 'GET', url, headers: w.as(who) });
  const post = (url: string, payload: object = {}, who: NewEditor = w.alice) => w.app.inject({ method: 'POST', url, headers: w.as(who), payload });
  const twoEvents = async () => {
    const a = [await seedStory(t.db, techcrunch, { title: 'Acme raises $45 million' }), await seedStory(t.db, verge, { title: 'Acme gets $45M in Series B' })];
    const b = [await seedStory(t.db, verge, { title: 'Acme funding round led by Example Ventures' })];
    return { a: { id: await seedEvent(t.db, a, { score: 5 }), stories: a }, b: { id: await seedEvent(t.db, b, { score: 2 }), stories: b } };
  };

  it('merges event B into A: its stories join A, B is gone, the correction is kept and the stories pinned', async () => {
    const { a, b } = await twoEvents();
    const res = await post(`/api/events/${a.id}/merge`, { event_id: b.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().stories.map((s: { id: number }) => s.id).sort()).toEqual([...a.stories, ...b.stories].sort());
    expect(res.json().story_count).toBe(3);
    expect((await get(`/api/events/${b.id}`)).statusCode).toBe(404);
    const corrections = await t.db.kysely.selectFrom('event_corrections').select(['kind', 'event_id', 'from_event_id', 'editor_id']).execute();
    expect(corrections).toEqual([{ kind: 'merge', event_id: a.id, from_event_id: b.id, editor_id: w.alice.id }]);
    const pinned = await t.db.kysely.selectFrom('stories').select('event_pinned').where('event_id', '=', a.id).execute();
    expect(pinned.every((p) => p.event_pinned)).toBe(true);
  });

  it('refuses to merge an event a colleague holds (409 naming the holder); the holder and an admin may; the merged stories take the target\'s claim', async () => {
    const { a, b } = await twoEvents();
    await post(`/api/events/${b.id}/claim`, {}, w.bob);
    const refused = await post(`/api/events/${a.id}/merge`, { event_id: b.id }, w.alice);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'conflict', details: { event_id: b.id, holder: { id: w.bob.id, name: w.bob.name } } });
    expect((await get(`/api/events/${b.id}`)).statusCode).toBe(200);
    await post(`/api/events/${a.id}/claim`, {}, w.bob);
    const merged = await post(`/api/events/${a.id}/merge`, { event_id: b.id }, w.bob);
    expect(merged.json()).toMatchObject({ status: 'claimed', claim: { editor_id: w.bob.id } });
    const rows = await t.db.kysely.selectFrom('stories').select(['status', 'claimed_by']).where('event_id', '=', a.id).execute();
    expect(rows).toEqual(rows.map(() => ({ status: 'claimed', claimed_by: w.bob.id })));
  });

  it.each([
    ['into itself', 'self', 422],
    ['an unknown event', 999999, 404],
    ['without an event_id', undefined, 422],
  ])('refuses a merge %s', async (_what, target, status) => {
    const { a } = await twoEvents();
    const res = await post(`/api/events/${a.id}/merge`, target === undefined ? {} : { event_id: target === 'self' ? a.id : target });
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(status === 404 ? 'not_found' : 'validation_failed');
  });

  it('moves a story out to an event of its own, and into another event; a story moved out of my claim is free', async () => {
    const { a, b } = await twoEvents();
    await post(`/api/events/${a.id}/claim`, {}, w.alice);
    const out = await post(`/api/stories/${a.stories[1]}/move`, { event_id: null });
    expect(out.statusCode, out.body).toBe(200);
    const own = out.json().event_id as number;
    expect([a.id, b.id]).not.toContain(own);
    expect(out.json()).toMatchObject({ status: 'ready', claim: null });
    expect((await get(`/api/events/${own}`)).json().stories.map((s: { id: number }) => s.id)).toEqual([a.stories[1]]);
    expect((await get(`/api/events/${a.id}`)).json()).toMatchObject({ story_count: 1, status: 'claimed' });
    const back = await post(`/api/stories/${a.stories[1]}/move`, { event_id: a.id });
    expect(back.json()).toMatchObject({ event_id: a.id, status: 'claimed', claim: { editor_id: w.alice.id } });
    expect((await post(`/api/stories/${b.stories[0]}/move`, { event_id: a.id }, w.bob)).statusCode).toBe(409);
    expect((await post(`/api/stories/${b.stories[0]}/move`, {}, w.bob)).statusCode).toBe(422);
    expect((await post('/api/stories/999999/move', { event_id: null })).statusCode).toBe(404);
    expect((await post(`/api/stories/${b.stories[0]}/move`, { event_id: 999999 })).statusCode).toBe(404);
  });

  it('merges and moves from the HTML desk with 303 redirects; a colleague\'s event sends the editor to its page, told who holds it', async () => {
    const { a, b } = await twoEvents();
    const alice = await signIn(w.app, w.alice.token);
    const desk = (url: string, fields: Record<string, string>, who = alice) => w.app.inject({ method: 'POST', url, headers: { cookie: who.cookie, ...form(fields).headers }, payload: form({ _csrf: who.csrf, ...fields }).payload });
    const moved = await desk(`/desk/stories/${a.stories[0]}/move`, { event_id: '' });
    expect(moved.statusCode).toBe(303);
    expect(moved.headers.location).toMatch(/^\/desk\/events\/\d+\?notice=moved$/);
    const merged = await desk(`/desk/events/${b.id}/merge`, { into: `#${a.id}` });
    expect(merged.statusCode).toBe(303);
    expect(merged.headers.location).toBe(`/desk/events/${a.id}?notice=merged`);
    expect((await get(`/api/events/${a.id}`)).json().stories.map((s: { id: number }) => s.id).sort()).toEqual([a.stories[1], b.stories[0]].sort());
    await post(`/api/events/${a.id}/claim`, {}, w.bob);
    const own = Number(/events\/(\d+)/.exec(String(moved.headers.location))![1]);
    const refused = await desk(`/desk/events/${own}/merge`, { into: String(a.id) });
    expect(refused.headers.location).toBe(`/desk/events/${a.id}?notice=held`);
    const page = await w.app.inject({ method: 'GET', url: String(refused.headers.location), headers: { cookie: alice.cookie } });
    expect(page.body).toMatch(new RegExp(`${w.bob.name} got there first\\. Held by ${w.bob.name} until ${CLOCK}`));
  });

  it('opens compose on an event with all its stories, the originating report first', async () => {
    const { a } = await twoEvents();
    const alice = await signIn(w.app, w.alice.token);
    const res = await w.app.inject({ method: 'GET', url: `/desk/compose?event=${a.id}`, headers: { cookie: alice.cookie } });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/desk/compose?story=${a.stories[0]}&story=${a.stories[1]}`);
    expect((await w.app.inject({ method: 'GET', url: '/desk/compose?event=999999', headers: { cookie: alice.cookie } })).statusCode).toBe(404);
  });
});
