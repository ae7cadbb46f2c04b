import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEditor, disableEditor, type NewEditor } from '../../src/desk/editors.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { seedEvent } from '../helpers/events.ts';
import { deskWorld, seedSource, seedStory, type DeskWorld } from './fixtures.ts';

describe(`events API: the desk queue of events and their claims (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let w: DeskWorld;
  let techcrunch: number;
  let verge: number;
  let reuters: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await deskWorld(t.db);
    techcrunch = await seedSource(t.db, 'TechCrunch');
    verge = await seedSource(t.db, 'The Verge');
    reuters = await seedSource(t.db, 'Reuters');
  });
  afterAll(async () => {
    await w.app.close();
    await t.cleanup();
  });
  beforeEach(async () => {
    await sql`delete from analyses`.execute(t.db.kysely);
    await sql`delete from stories`.execute(t.db.kysely);
    await sql`delete from events`.execute(t.db.kysely);
  });

  const get = (url: string, who = w.alice) => w.app.inject({ method: 'GET', url, headers: w.as(who) });
  const post = (url: string, payload: object = {}, who: NewEditor = w.alice) => w.app.inject({ method: 'POST', url, headers: w.as(who), payload });
  /** An event of three reports: TechCrunch first, then The Verge and Reuters. */
  const threeReports = async (title = 'Alibaba bans Claude Code', score = 5) => {
    const ids = [
      await seedStory(t.db, techcrunch, { title, publishedAt: '2026-07-04T08:00:00Z' }),
      await seedStory(t.db, verge, { title: `${title}, The Verge says`, publishedAt: '2026-07-04T09:00:00Z' }),
      await seedStory(t.db, reuters, { title: `${title} (Reuters)`, publishedAt: '2026-07-04T10:00:00Z' }),
    ];
    return { eventId: await seedEvent(t.db, ids, { title, score }), storyIds: ids };
  };
  const storyRows = (eventId: number) => t.db.kysely.selectFrom('stories').select(['id', 'status', 'claimed_by']).where('event_id', '=', eventId).orderBy('id').execute();

  it('lists events ranked by score, one per event with its stories, publishers (first reporter first) and fact counts, paged by cursor', async () => {
    const big = await threeReports('Big news', 9);
    const small = await seedEvent(t.db, [await seedStory(t.db, verge, { title: 'Small news' })], { score: 2 });
    const middle = await seedEvent(t.db, [await seedStory(t.db, reuters, { title: 'Middle news' })], { score: 4 });
    const res = await get('/api/events');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((e: { id: number }) => e.id)).toEqual([big.eventId, middle, small]);
    expect(body.next_cursor).toBeNull();
    expect(body.items[0]).toMatchObject({
      id: big.eventId,
      title: 'Big news',
      status: 'open',
      story_count: 3,
      source_count: 3,
      sources: ['TechCrunch', 'The Verge', 'Reuters'],
      first_reported: { story_id: big.storyIds[0], source: 'TechCrunch', published_at: '2026-07-04T08:00:00.000Z' },
      score: 9,
      claim: null,
      dismissed: null,
      reports: 3,
      publishers: ['TechCrunch', 'The Verge', 'Reuters'],
      fact_counts: { figures: 6, dates: 6, quotes: 3 },
    });
    expect(body.items[0].stories.map((s: { id: number }) => s.id)).toEqual(big.storyIds);
    const page1 = (await get('/api/events?limit=2')).json();
    expect(page1.items.map((e: { id: number }) => e.id)).toEqual([big.eventId, middle]);
    const page2 = (await get(`/api/events?limit=2&cursor=${page1.next_cursor}`)).json();
    expect(page2).toMatchObject({ items: [{ id: small }], next_cursor: null });
    expect((await get('/api/events?q=middle')).json().items.map((e: { id: number }) => e.id)).toEqual([middle]);
    // A story's own headline finds its event too.
    expect((await get('/api/events?q=the%20verge%20says')).json().items.map((e: { id: number }) => e.id)).toEqual([big.eventId]);
  });

  it('shows one event with its stories; 404 for an unknown one, 400 for a bad id or a forged cursor, 422 for a bad status', async () => {
    const { eventId, storyIds } = await threeReports();
    const res = await get(`/api/events/${eventId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().stories).toEqual(storyIds.map((id) => expect.objectContaining({ id, status: 'ready', fact_counts: { figures: 2, dates: 2, quotes: 1 } })));
    const missing = await get('/api/events/999999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: { code: 'not_found', message: 'event 999999 not found' } });
    expect((await get('/api/events/abc')).statusCode).toBe(400);
    expect((await get('/api/events?cursor=bm9wZQ')).json().error.details).toEqual([{ field: 'cursor', message: 'invalid cursor' }]);
    const bad = await get('/api/events?status=nope');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details[0].field).toBe('status');
    expect((await post('/api/events/999999/claim')).statusCode).toBe(404);
    expect((await w.app.inject({ method: 'GET', url: '/api/events' })).statusCode).toBe(401);
  });

  it('lets exactly one of many editors claiming one event at once win; the others get 409 naming the holder; its stories follow', async () => {
    const { eventId } = await threeReports();
    const who = [w.alice, w.bob, w.admin, w.alice, w.bob, w.admin];
    const results = await Promise.all(who.map((e) => post(`/api/events/${eventId}/claim`, {}, e)));
    const winners = new Set(results.flatMap((r, i) => (r.statusCode === 200 ? [who[i]!.id] : [])));
    expect(winners.size).toBe(1);
    const [winnerId] = [...winners];
    const winner = who.find((e) => e.id === winnerId)!;
    for (const r of results.filter((x) => x.statusCode !== 200)) {
      expect(r.statusCode).toBe(409);
      expect(r.json().error).toMatchObject({ code: 'conflict', details: { event_id: eventId, holder: { id: winner.id, name: winner.name } } });
      expect(r.json().error.message).toContain(`claimed by ${winner.name}`);
    }
    expect(await storyRows(eventId)).toEqual((await storyRows(eventId)).map((s) => ({ ...s, status: 'claimed', claimed_by: winner.id })));
  });

  it('lets one of two editors win when one claims story A and the other story B of the same event at once', async () => {
    for (let round = 0; round < 5; round++) {
      const { eventId, storyIds } = await threeReports(`Round ${round}`);
      const [ra, rb] = await Promise.all([post(`/api/stories/${storyIds[0]}/claim`, {}, w.alice), post(`/api/stories/${storyIds[2]}/claim`, {}, w.bob)]);
      expect([ra.statusCode, rb.statusCode].sort()).toEqual([200, 409]);
      const winner = ra.statusCode === 200 ? w.alice : w.bob;
      const loser = ra.statusCode === 200 ? rb : ra;
      expect(loser.json().error.details.holder).toEqual({ id: winner.id, name: winner.name });
      const event = (await get(`/api/events/${eventId}`)).json();
      expect(event).toMatchObject({ status: 'claimed', claim: { editor_id: winner.id, editor_name: winner.name } });
      // The story answers with the event's claim: every story of the event is held by the winner.
      for (const id of storyIds) expect((await get(`/api/stories/${id}`)).json()).toMatchObject({ status: 'claimed', event_id: eventId, claim: { editor_id: winner.id } });
    }
  });

  it('counts an expired lease as open: listed open, claimable by another editor; renewing keeps when it was first taken', async () => {
    const { eventId } = await threeReports();
    const first = (await post(`/api/events/${eventId}/claim`)).json();
    expect((await get('/api/events')).json().items).toEqual([]);
    expect((await get('/api/events?status=claimed')).json().items.map((e: { id: number }) => e.id)).toEqual([eventId]);
    await sql`update events set claim_expires_at = claim_expires_at - interval '20 minutes' where id = ${eventId}`.execute(t.db.kysely);
    const renewed = (await post(`/api/events/${eventId}/claim`)).json();
    expect(renewed.claim.claimed_at).toBe(first.claim.claimed_at);
    expect(Date.parse(renewed.claim.expires_at)).toBeGreaterThan(Date.parse(first.claim.expires_at));
    await sql`update events set claim_expires_at = now() - interval '1 minute' where id = ${eventId}`.execute(t.db.kysely);
    expect((await get('/api/events')).json().items).toMatchObject([{ id: eventId, status: 'open', claim: null }]);
    const taken = await post(`/api/events/${eventId}/claim`, {}, w.bob);
    expect(taken.statusCode).toBe(200);
    expect(taken.json().claim.editor_id).toBe(w.bob.id);
  });

  it('releases my claim, refuses someone else\'s (409), refuses force to an editor (403) and lets an admin break a lease', async () => {
    const { eventId } = await threeReports();
    await post(`/api/events/${eventId}/claim`, {}, w.alice);
    expect((await post(`/api/events/${eventId}/release`, {}, w.bob)).statusCode).toBe(409);
    const forced = await post(`/api/events/${eventId}/claim`, { force: true }, w.bob);
    expect(forced.statusCode).toBe(403);
    expect(forced.json().error.code).toBe('forbidden');
    const broken = await post(`/api/events/${eventId}/claim`, { force: true }, w.admin);
    expect(broken.json()).toMatchObject({ status: 'claimed', claim: { editor_id: w.admin.id } });
    expect((await post(`/api/events/${eventId}/release`, {}, w.admin)).json()).toMatchObject({ status: 'open', claim: null });
    expect((await storyRows(eventId)).every((s) => s.status === 'ready' && s.claimed_by === null)).toBe(true);
    await post(`/api/stories/${(await storyRows(eventId))[1]!.id}/claim`, {}, w.alice);
    expect((await post(`/api/events/${eventId}/release`, { force: true }, w.admin)).json().status).toBe('open');
  });

  it('dismisses with a reason, lists it under dismissed with who, when and why, and lets only the dismisser or an admin restore it', async () => {
    const { eventId, storyIds } = await threeReports();
    await post(`/api/events/${eventId}/claim`, {}, w.alice);
    expect((await post(`/api/events/${eventId}/dismiss`, { reason: 'rumour' }, w.bob)).statusCode).toBe(409);
    const res = await post(`/api/stories/${storyIds[1]}/dismiss`, { reason: 'Only a rumour so far' }, w.alice);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'dismissed', dismissed_reason: 'Only a rumour so far', claim: null });
    expect((await get('/api/events')).json().items).toEqual([]);
    const listed = (await get('/api/events?status=dismissed')).json().items;
    expect(listed).toMatchObject([{ id: eventId, status: 'dismissed', dismissed: { by: { id: w.alice.id, name: w.alice.name }, reason: 'Only a rumour so far', at: expect.any(String) } }]);
    expect((await post(`/api/events/${eventId}/claim`, {}, w.bob)).json().error.message).toMatch(/is dismissed; only open events can be claimed/);
    const notYours = await post(`/api/events/${eventId}/restore`, {}, w.bob);
    expect(notYours.statusCode).toBe(403);
    expect(notYours.json().error).toMatchObject({ code: 'forbidden', details: { dismissed_by: { id: w.alice.id, name: w.alice.name } } });
    const restored = await post(`/api/events/${eventId}/restore`, {}, w.alice);
    expect(restored.json()).toMatchObject({ status: 'open', dismissed: null });
    expect((await storyRows(eventId)).every((s) => s.status === 'ready')).toBe(true);
    expect((await post(`/api/events/${eventId}/restore`, {}, w.alice)).statusCode).toBe(409);
    // An admin may undo anyone's dismissal; a dismissal without a reason is recorded too.
    await post(`/api/events/${eventId}/dismiss`, {}, w.bob);
    expect((await get(`/api/events/${eventId}`)).json().dismissed).toMatchObject({ by: { id: w.bob.id }, reason: null });
    expect((await post(`/api/events/${eventId}/restore`, {}, w.admin)).json().status).toBe('open');
    expect((await post(`/api/events/${eventId}/restore`, { now: true }, w.admin)).statusCode).toBe(422);
  });

  it('creates an analysis from an event with all its stories (originating report first), claiming the event for its creator', async () => {
    const { eventId, storyIds } = await threeReports();
    const res = await post('/api/analyses', { event_id: eventId }, w.alice);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().story_ids).toEqual(storyIds);
    expect(res.json().attribution).toMatch(/^Originally reported by TechCrunch/);
    expect((await get(`/api/events/${eventId}`)).json()).toMatchObject({ status: 'claimed', claim: { editor_id: w.alice.id } });
    // A colleague building on any of its stories, or on the event, gets 409 naming the holder.
    for (const payload of [{ story_ids: [storyIds[2]] }, { event_id: eventId }]) {
      const refused = await post('/api/analyses', payload, w.bob);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toContain(`claimed by ${w.alice.name}`);
    }
    expect((await post('/api/analyses', { event_id: 999999 }, w.bob)).statusCode).toBe(422);
  });

  it('creating an analysis on one story of an event nobody holds claims the whole event; publishing marks the event and all its stories used', async () => {
    const { eventId, storyIds } = await threeReports();
    const created = await post('/api/analyses', { story_ids: [storyIds[1]], rundown: ['One.', 'Two.', 'Three.'], dek: 'D', take: { title: '', text: 'T', author: 'A' }, body: 'B' }, w.bob);
    expect(created.statusCode, created.body).toBe(201);
    expect((await get(`/api/events/${eventId}`)).json().claim).toMatchObject({ editor_id: w.bob.id });
    const published = await post(`/api/analyses/${created.json().id}/publish`, {}, w.bob);
    expect(published.statusCode, published.body).toBe(200);
    expect((await get(`/api/events/${eventId}`)).json()).toMatchObject({ status: 'used', claim: null });
    expect((await storyRows(eventId)).map((s) => s.status)).toEqual(['used', 'used', 'used']);
    expect((await get('/api/events?status=used')).json().items.map((e: { id: number }) => e.id)).toEqual([eventId]);
  });

  it('two editors creating analyses on the same event at once: one gets it, the other 409', async () => {
    const { eventId } = await threeReports();
    const [a, b] = await Promise.all([post('/api/analyses', { event_id: eventId }, w.alice), post('/api/analyses', { event_id: eventId }, w.bob)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
  });

  it('keeps the story-level lease for a story not grouped into an event yet', async () => {
    const id = await seedStory(t.db, techcrunch);
    expect((await post(`/api/stories/${id}/claim`, {}, w.alice)).json()).toMatchObject({ status: 'claimed', event_id: null });
    expect((await post(`/api/stories/${id}/claim`, {}, w.bob)).statusCode).toBe(409);
  });

  it('hands a disabled editor\'s event claims back to the queue, with their stories', async () => {
    const { eventId } = await threeReports();
    const carol = await createEditor(t.db.kysely, { name: 'Carol Leaving', role: 'editor' });
    expect((await post(`/api/events/${eventId}/claim`, {}, carol)).statusCode).toBe(200);
    expect(await disableEditor(t.db.kysely, carol.name, new Date())).toMatchObject({ claims_released: 1 });
    expect((await get(`/api/events/${eventId}`)).json()).toMatchObject({ status: 'open', claim: null });
    expect((await storyRows(eventId)).every((s) => s.status === 'ready' && s.claimed_by === null)).toBe(true);
  });
});
