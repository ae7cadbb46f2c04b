import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disableEditor, listEditors } from '../../src/desk/editors.ts';
import { hashSecret } from '../../src/desk/secrets.ts';
import { createSession } from '../../src/desk/sessions.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { deskWorld, seedSource, seedStory, type DeskWorld } from './fixtures.ts';

describe(`editorial API access (${TEST_BACKEND})`, () => {
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

  it.each([
    ['no Authorization header', {}],
    ['a token nobody was given', { authorization: `Bearer ${'x'.repeat(43)}` }],
    ['a malformed token', { authorization: 'Bearer not a token' }],
    ['another scheme', { authorization: 'Basic YWxpY2U6cHc=' }],
  ])('answers 401 with WWW-Authenticate for %s', async (_what, headers) => {
    for (const url of ['/api/stories', '/api/analyses']) {
      const res = await w.app.inject({ method: 'GET', url, headers });
      expect(res.statusCode).toBe(401);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer realm="pulse"/);
      expect(res.json().error.code).toBe('unauthorized');
    }
  });

  it('checks authentication before reading the body (401, not 422 or 415)', async () => {
    const res = await w.app.inject({ method: 'POST', url: '/api/analyses', payload: 'plain', headers: { 'content-type': 'text/plain' } });
    expect(res.statusCode).toBe(401);
  });

  it('refuses POST /api/editors to an editor with 403, before validating the body', async () => {
    const res = await w.app.inject({ method: 'POST', url: '/api/editors', headers: w.as(w.alice), payload: { nonsense: true } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'forbidden' });
  });

  it('lets an admin create an editor whose token then works, stored only as its sha256', async () => {
    const res = await w.app.inject({ method: 'POST', url: '/api/editors', headers: w.as(w.admin), payload: { name: 'Carol', role: 'editor' } });
    expect(res.statusCode).toBe(201);
    const carol = res.json();
    expect(carol).toMatchObject({ name: 'Carol', role: 'editor' });
    expect(carol.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await t.db.kysely.selectFrom('editor_tokens').select('token_hash').where('editor_id', '=', carol.id).execute();
    expect(stored).toEqual([{ token_hash: hashSecret(carol.token) }]);
    const list = await w.app.inject({ method: 'GET', url: '/api/stories', headers: { authorization: `Bearer ${carol.token}` } });
    expect(list.statusCode).toBe(200);
  });

  it.each([
    ['a missing name', { role: 'editor' }, 'name'],
    ['an unknown role', { name: 'Dan', role: 'owner' }, 'role'],
    ['an unknown field', { name: 'Dan', email: 'd@x' }, 'email'],
  ])('refuses %s with 422 naming the field', async (_what, payload, field) => {
    const res = await w.app.inject({ method: 'POST', url: '/api/editors', headers: w.as(w.admin), payload });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('answers 409 for a name already taken', async () => {
    const res = await w.app.inject({ method: 'POST', url: '/api/editors', headers: w.as(w.admin), payload: { name: w.bob.name } });
    expect(res.statusCode).toBe(409);
  });

  it('refuses a revoked token', async () => {
    await t.db.kysely.updateTable('editor_tokens').set({ revoked_at: new Date() }).where('editor_id', '=', w.bob.id).execute();
    const res = await w.app.inject({ method: 'GET', url: '/api/stories', headers: w.as(w.bob) });
    expect(res.statusCode).toBe(401);
  });

  it('marks a token used when it authenticates, at most once a minute', async () => {
    const lastUsed = async () => (await t.db.kysely.selectFrom('editor_tokens').select('last_used_at').where('editor_id', '=', w.alice.id).executeTakeFirstOrThrow()).last_used_at;
    await t.db.kysely.updateTable('editor_tokens').set({ last_used_at: null }).where('editor_id', '=', w.alice.id).execute();
    expect((await w.app.inject({ method: 'GET', url: '/api/stories', headers: w.as(w.alice) })).statusCode).toBe(200);
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    expect((await w.app.inject({ method: 'GET', url: '/api/stories', headers: w.as(w.alice) })).statusCode).toBe(200);
    expect(await lastUsed()).toEqual(first);
    // Once the last mark is over a minute old, the next request marks it again.
    await t.db.kysely.updateTable('editor_tokens').set({ last_used_at: new Date('2026-01-01T00:00:00Z') }).where('editor_id', '=', w.alice.id).execute();
    expect((await w.app.inject({ method: 'GET', url: '/api/stories', headers: w.as(w.alice) })).statusCode).toBe(200);
    expect((await lastUsed())!.getTime()).toBeGreaterThan(new Date('2026-01-01T00:00:00Z').getTime());
  });
});

describe(`disabling an editor (${TEST_BACKEND})`, () => {
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

  it('shuts them out at once: token refused, sessions ended, claims back in the queue; others unaffected', async () => {
    const storyId = await seedStory(t.db, await seedSource(t.db));
    expect((await w.app.inject({ method: 'POST', url: `/api/stories/${storyId}/claim`, headers: w.as(w.bob) })).statusCode).toBe(200);
    await createSession(t.db.kysely, w.bob.id, new Date());
    const done = await disableEditor(t.db.kysely, w.bob.name, new Date());
    expect(done).toEqual({ id: w.bob.id, name: w.bob.name, role: 'editor', disabled: true, tokens_revoked: 1, sessions_ended: 1, claims_released: 1 });
    expect((await w.app.inject({ method: 'GET', url: '/api/stories', headers: w.as(w.bob) })).statusCode).toBe(401);
    expect((await w.app.inject({ method: 'GET', url: '/api/stories', headers: w.as(w.alice) })).statusCode).toBe(200);
    const story = await t.db.kysely.selectFrom('stories').select(['status', 'claimed_by']).where('id', '=', storyId).executeTakeFirstOrThrow();
    expect(story).toEqual({ status: 'ready', claimed_by: null });
    const listed = (await listEditors(t.db.kysely)).find((e) => e.id === w.bob.id);
    expect(listed).toMatchObject({ disabled: true, tokens: 0 });
  });

  it('refuses an unknown name with not_found', async () => {
    await expect(disableEditor(t.db.kysely, 'Nobody at all', new Date())).rejects.toMatchObject({ code: 'not_found' });
  });
});
