import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { createLoginLimiter, pruneLoginAttempts } from '../../src/desk/login-limiter.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { deskWorld, type DeskWorld } from './fixtures.ts';

const form = (fields: Record<string, string>) => ({ payload: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
const t0 = new Date('2026-07-04T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe(`sign-in limit in the database (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let other: Db;
  beforeAll(async () => {
    t = await createTestDatabase();
    // On PostgreSQL a second pool is a second process; PGlite is one process, so both share it.
    other = TEST_BACKEND === 'pg' ? await t.openAnother() : t.db;
  });
  afterAll(() => t.cleanup());

  it('allows 10 attempts per 15 minutes per address, then says how long to wait, and reopens after the window', async () => {
    const limiter = createLoginLimiter(t.db.kysely);
    for (let i = 0; i < 10; i += 1) expect(await limiter.attempt('1.2.3.4', at(i * 1000))).toEqual({ allowed: true });
    expect(await limiter.attempt('1.2.3.4', at(60_000))).toEqual({ allowed: false, retryAfterSec: 840 });
    expect(await limiter.attempt('5.6.7.8', at(60_000))).toEqual({ allowed: true });
    expect(await limiter.attempt('1.2.3.4', at(15 * 60_000 + 1))).toEqual({ allowed: true });
    const row = await t.db.kysely.selectFrom('login_attempts').select(['window_start', 'attempts']).where('ip', '=', '1.2.3.4').executeTakeFirstOrThrow();
    expect(row).toEqual({ window_start: at(15 * 60_000 + 1), attempts: 1 });
  });

  it('counts refused attempts without growing past the limit, and keeps the window where it opened', async () => {
    const limiter = createLoginLimiter(t.db.kysely);
    for (let i = 0; i < 50; i += 1) await limiter.attempt('9.9.9.9', at(i * 1000));
    expect(await limiter.attempt('9.9.9.9', at(10 * 60_000))).toEqual({ allowed: false, retryAfterSec: 300 });
    const row = await t.db.kysely.selectFrom('login_attempts').select(['window_start', 'attempts']).where('ip', '=', '9.9.9.9').executeTakeFirstOrThrow();
    expect(row).toEqual({ window_start: t0, attempts: 11 });
  });

  it('lets exactly 10 of 30 simultaneous attempts through from two processes', async () => {
    const a = createLoginLimiter(t.db.kysely);
    const b = createLoginLimiter(other.kysely);
    const verdicts = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? a : b).attempt('7.7.7.7', at(i))));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(10);
  });

  it('prunes the windows that have passed and keeps the live ones', async () => {
    const limiter = createLoginLimiter(t.db.kysely);
    await limiter.attempt('old.example', t0);
    await limiter.attempt('live.example', at(20 * 60_000));
    await pruneLoginAttempts(t.db.kysely, at(25 * 60_000));
    const left = await t.db.kysely.selectFrom('login_attempts').select('ip').where('ip', 'in', ['old.example', 'live.example']).execute();
    expect(left).toEqual([{ ip: 'live.example' }]);
  });
});

describe(`sign-in limit across two app instances on one database (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let one: DeskWorld;
  let two: DeskWorld;
  beforeAll(async () => {
    t = await createTestDatabase();
    one = await deskWorld(t.db);
    two = await deskWorld(TEST_BACKEND === 'pg' ? await t.openAnother() : t.db);
  });
  afterAll(async () => {
    await one.app.close();
    await two.app.close();
    await t.cleanup();
  });

  const tryToken = (app: FastifyInstance, remoteAddress: string) => app.inject({ method: 'POST', url: '/desk/login', remoteAddress, ...form({ token: 'guess' }) });

  it('refuses the 11th attempt from one address with 429 and Retry-After, whichever instance got the first 10', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) statuses.push((await tryToken(i % 2 === 0 ? one.app : two.app, '10.7.7.7')).statusCode);
    expect(statuses).toEqual(Array(10).fill(403));
    for (const app of [one.app, two.app]) {
      const res = await tryToken(app, '10.7.7.7');
      expect(res.statusCode).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.body).toContain('Too many sign-in attempts');
    }
    expect((await tryToken(two.app, '10.7.7.8')).statusCode).toBe(403);
  });
});
