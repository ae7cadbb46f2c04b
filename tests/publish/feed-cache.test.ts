import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coalescedReader, createFeedStateSource, createRepresentationCache, nextLastModified, parseFeedStatePayload, readFeedState, type Rendered } from '../../src/publish/feed-cache.ts';
import { feedsChanged } from '../../src/publish/feeds-changed.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';

/** A read whose answers the test releases one by one. */
function controlledRead(): { read: () => Promise<number>; calls: number; release(value: number): void } {
  const pending: ((v: number) => void)[] = [];
  const state = {
    calls: 0,
    read: () => {
      state.calls += 1;
      return new Promise<number>((resolve) => pending.push(resolve));
    },
    release: (value: number) => pending.shift()?.(value),
  };
  return state;
}

describe('coalescedReader', () => {
  it('shares one read among callers that arrive together', async () => {
    const c = controlledRead();
    const read = coalescedReader(c.read);
    const first = read();
    const waiting = Array.from({ length: 50 }, () => read());
    expect(c.calls).toBe(1);
    c.release(1);
    expect(await first).toBe(1);
    await Promise.resolve();
    await new Promise((r) => setImmediate(r));
    // Everyone who arrived while the first read was in flight shares exactly one later read.
    expect(c.calls).toBe(2);
    c.release(2);
    expect(await Promise.all(waiting)).toEqual(Array.from({ length: 50 }, () => 2));
  });

  it('never answers a caller with a read that started before it was called', async () => {
    const c = controlledRead();
    const read = coalescedReader(c.read);
    const early = read(); // starts read #1
    const late = read(); // must not get read #1's answer
    c.release(10);
    await new Promise((r) => setImmediate(r));
    c.release(11);
    expect(await early).toBe(10);
    expect(await late).toBe(11);
  });

  it('passes a failed read to its callers and recovers on the next call', async () => {
    let fail = true;
    const read = coalescedReader(async () => {
      if (fail) throw new Error('db down');
      return 5;
    });
    await expect(read()).rejects.toThrow('db down');
    fail = false;
    expect(await read()).toBe(5);
  });
});

describe('nextLastModified', () => {
  const prev = { etag: '"a"', lastModified: new Date('2026-07-04T10:00:00.400Z') };
  it.each([
    ['keeps the date of unchanged bytes', '"a"', '2026-07-04T12:00:00Z', '2026-07-04T10:00:00.400Z'],
    ['takes a later candidate for new bytes', '"b"', '2026-07-04T12:00:00Z', '2026-07-04T12:00:00.000Z'],
    ['moves new bytes within the same second one second on', '"b"', '2026-07-04T10:00:00.900Z', '2026-07-04T10:00:01.000Z'],
  ])('%s', (_what, etag, candidate, expected) => {
    expect(nextLastModified(prev, etag, new Date(candidate)).toISOString()).toBe(expected);
  });
});

describe(`representation cache (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const rendered = (body: string): Rendered => ({ status: 200, contentType: 'application/feed+json; charset=utf-8', body, updated: new Date('2026-07-04T09:00:00Z') });

  it('renders a key once per generation and shares the rendering with other processes through feed_cache', async () => {
    const state = await readFeedState(t.db.kysely);
    const a = createRepresentationCache(t.db.kysely);
    const b = createRepresentationCache(t.db.kysely); // another process
    let renders = 0;
    const render = async () => {
      renders += 1;
      return rendered('{"v":1}');
    };
    const [r1, r2] = await Promise.all([a.get('k', state, render, { persist: true }), a.get('k', state, render, { persist: true })]);
    expect(renders).toBe(1);
    expect(r1).toBe(r2);
    const fromTable = await b.get('k', state, render, { persist: true });
    expect(renders).toBe(1);
    expect(fromTable.etag).toBe(r1.etag);
    expect(fromTable.lastModified.getTime()).toBe(r1.lastModified.getTime());
    expect(fromTable.body.equals(r1.body)).toBe(true);
  });

  it('renders again at a new generation, keeping Last-Modified when the bytes did not change', async () => {
    const state = await readFeedState(t.db.kysely);
    const cache = createRepresentationCache(t.db.kysely);
    const first = await cache.get('same', state, async () => rendered('{"v":"same"}'), { persist: true });
    const next = { generation: state.generation + 1, changedAt: new Date(state.changedAt.getTime() + 5000) };
    let renders = 0;
    const again = await cache.get('same', next, async () => {
      renders += 1;
      return rendered('{"v":"same"}');
    }, { persist: true });
    expect(renders).toBe(1);
    expect(again.generation).toBe(next.generation);
    expect(again.lastModified.getTime()).toBe(first.lastModified.getTime());
    const changed = await cache.get('same', { ...next, generation: next.generation + 1 }, async () => rendered('{"v":"new"}'), { persist: true });
    expect(changed.etag).not.toBe(first.etag);
    expect(changed.lastModified.getTime()).toBeGreaterThan(first.lastModified.getTime());
  });

  it('knows of a committed change as soon as the publishing transaction resolves, and never of a rolled-back one', async () => {
    const source = await createFeedStateSource(t.db);
    try {
      expect(source.mode).toBe(TEST_BACKEND === 'pglite' ? 'notify' : 'query');
      const before = await source.read();
      await t.db.kysely.transaction().execute((trx) => feedsChanged(trx, { reason: 'publish', analysisId: 1, hubUrl: null }));
      const after = await source.read();
      expect(after.generation).toBe(before.generation + 1);
      expect(after.changedAt.getTime()).toBeGreaterThanOrEqual(before.changedAt.getTime());
      await expect(
        t.db.kysely.transaction().execute(async (trx) => {
          await feedsChanged(trx, { reason: 'update', analysisId: 1, hubUrl: null });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect((await source.read()).generation).toBe(after.generation);
    } finally {
      await source.close();
    }
  });

  it.each([
    ['a feedsChanged payload', '{"generation":7,"changed_at":"2026-07-04T10:00:00.123456+00:00"}', { generation: 7, changedAt: new Date('2026-07-04T10:00:00.123Z') }],
    ['garbage', 'not json', null],
    ['a payload without a generation', '{"changed_at":"2026-07-04T10:00:00Z"}', null],
  ])('reads %s from NOTIFY', (_what, payload, expected) => {
    expect(parseFeedStatePayload(payload)).toEqual(expected);
  });

  it('does not remember a failed render', async () => {
    const state = await readFeedState(t.db.kysely);
    const cache = createRepresentationCache(t.db.kysely);
    await expect(cache.get('boom', state, async () => Promise.reject(new Error('render failed')), { persist: false })).rejects.toThrow('render failed');
    const ok = await cache.get('boom', state, async () => rendered('ok'), { persist: false });
    expect(ok.body.toString()).toBe('ok');
  });

  it('keeps at most maxEntries in memory', async () => {
    const state = await readFeedState(t.db.kysely);
    const cache = createRepresentationCache(t.db.kysely, { maxEntries: 3 });
    for (let i = 0; i < 10; i += 1) await cache.get(`page-${i}`, state, async () => rendered(`p${i}`), { persist: false });
    expect(cache.size).toBe(3);
  });

  it('compresses once and hands the same bytes to every caller', async () => {
    const state = await readFeedState(t.db.kysely);
    const cache = createRepresentationCache(t.db.kysely);
    const rep = await cache.get('big', state, async () => rendered(JSON.stringify({ text: 'word '.repeat(2000) })), { persist: false });
    const [x, y] = await Promise.all([rep.encoded('br'), rep.encoded('br')]);
    expect(x).toBe(y);
    expect(x.length).toBeLessThan(rep.body.length);
  });
});
