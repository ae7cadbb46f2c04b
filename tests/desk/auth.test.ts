import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../src/desk/secrets.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { deskWorld, type DeskWorld } from './fixtures.ts';

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
});
