import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { deskWorld, seedSource, seedStory, type DeskWorld } from './fixtures.ts';
import type { NewEditor } from '../../src/desk/editors.ts';

describe(`analyses respect story claims (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let w: DeskWorld;
  let source: number;
  let clock = new Date('2026-07-04T10:00:00Z');
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await deskWorld(t.db, { now: () => clock });
    source = await seedSource(t.db);
  });
  afterAll(async () => {
    await w.app.close();
    await t.cleanup();
  });

  const req = (who: NewEditor, method: 'POST' | 'PATCH', url: string, payload: object) => w.app.inject({ method, url, headers: w.as(who), payload });
  const claim = async (who: NewEditor, id: number) => expect((await w.app.inject({ method: 'POST', url: `/api/stories/${id}/claim`, headers: w.as(who) })).statusCode).toBe(200);
  const analysisCount = async () => Number((await t.db.kysely.selectFrom('analyses').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

  it('refuses to build an analysis on a story another editor holds, with 409 naming the holder, and stores nothing', async () => {
    const story = await seedStory(t.db, source);
    await claim(w.alice, story);
    const before = await analysisCount();
    const res = await req(w.bob, 'POST', '/api/analyses', { story_ids: [story] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('conflict');
    expect(res.json().error.message).toContain(`story ${story} is claimed by ${w.alice.name}`);
    expect(res.json().error.details).toEqual({ held: [{ story_id: story, holder: { id: w.alice.id, name: w.alice.name }, expires_at: expect.any(String) }] });
    expect(await analysisCount()).toBe(before);
  });

  it('refuses when any one of several stories is held by someone else', async () => {
    const free = await seedStory(t.db, source);
    const held = await seedStory(t.db, source);
    await claim(w.alice, held);
    const res = await req(w.bob, 'POST', '/api/analyses', { story_ids: [free, held] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain(w.alice.name);
  });

  it.each([
    ['a story the editor holds', 'own'],
    ['an unclaimed ready story', 'ready'],
    ['a story whose claim by someone else has lapsed', 'lapsed'],
  ])('allows building on %s', async (_what, kind) => {
    const story = await seedStory(t.db, source);
    if (kind === 'own') await claim(w.bob, story);
    if (kind === 'lapsed') {
      await claim(w.alice, story);
      clock = new Date(clock.getTime() + 31 * 60_000);
    }
    const res = await req(w.bob, 'POST', '/api/analyses', { story_ids: [story] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().story_ids).toEqual([story]);
  });

  it('refuses a PATCH that adds a story someone else holds, but not one that keeps an already linked story claimed later', async () => {
    const mine = await seedStory(t.db, source);
    const created = await req(w.bob, 'POST', '/api/analyses', { story_ids: [mine] });
    expect(created.statusCode, created.body).toBe(201);
    const { id, version } = created.json();
    const theirs = await seedStory(t.db, source);
    await claim(w.alice, theirs);
    const adding = await req(w.bob, 'PATCH', `/api/analyses/${id}`, { version, story_ids: [mine, theirs] });
    expect(adding.statusCode).toBe(409);
    expect(adding.json().error.message).toContain(`story ${theirs} is claimed by ${w.alice.name}`);
    await claim(w.alice, mine);
    const keeping = await req(w.bob, 'PATCH', `/api/analyses/${id}`, { version, story_ids: [mine], headline: 'Still mine to edit' });
    expect(keeping.statusCode, keeping.body).toBe(200);
  });
});
