import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonb } from '../../src/db/json.ts';
import type { Db } from '../../src/db/client.ts';
import { profileKeys } from '../../src/events/assign.ts';
import { assignStoryToEvent } from '../../src/events/assign-story.ts';
import type { StoryFeatures } from '../../src/events/features.ts';
import { mergeEvents, moveStory } from '../../src/events/corrections.ts';
import { listDeskEvents } from '../../src/desk/event-queue.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { factSheet, seedSource, seedStory } from '../desk/fixtures.ts';

let t: TestDatabase;
let db: Db;
beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
}, 60_000);
afterAll(async () => {
  await t?.cleanup();
});

const assign = (id: number, on: Db = db) => on.kysely.transaction().execute((trx) => assignStoryToEvent(trx, id));
const eventOf = async (id: number) => (await db.kysely.selectFrom('stories').select('event_id').where('id', '=', id).executeTakeFirstOrThrow()).event_id;
const event = (id: number) => db.kysely.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

function sheet(title: string, paragraphs: string[], extra: Record<string, unknown> = {}) {
  return factSheet({ title, body: { paragraphs, word_count: paragraphs.join(' ').split(/\s+/).length }, figures: [], dates: [], quotes: [], entities: [], ...extra });
}

const ALIBABA = [
  'Alibaba is barring its staff from using Anthropic’s Claude Code starting July 10, according to an internal memo seen by reporters.',
  'Researchers found about 25,000 fake accounts that made 28 million Claude interactions to distill the model between April and June.',
];
const EARNINGS = [
  'Alibaba said on Thursday that quarterly revenue rose 7% to 243 billion yuan, beating analyst estimates.',
  'Its cloud computing unit grew 26%, helped by demand for AI services, and the company expanded its share buyback.',
];

async function newsroom(at = '2026-07-04T09:00:00Z') {
  const tc = await seedSource(db, 'TechCrunch');
  const tcAi = await seedSource(db, 'TechCrunch AI');
  const verge = await seedSource(db, 'The Verge');
  const reuters = await seedSource(db, 'Reuters');
  const base = Date.parse(at);
  const time = (min: number) => new Date(base + min * 60_000).toISOString();
  const original = await seedStory(db, tc, { title: 'Alibaba bans Claude Code amid Anthropic distillation fight', publishedAt: time(30), facts: sheet('x', ALIBABA, { site_name: 'TechCrunch', entities: [{ name: 'Alibaba', mentions: 3 }, { name: 'Anthropic', mentions: 2 }] }) });
  const tcUrl = (await db.kysely.selectFrom('stories').select('url').where('id', '=', original).executeTakeFirstOrThrow()).url;
  const linkPost = await seedStory(db, verge, {
    title: 'Chinese tech giant cuts off staff access to an AI coding tool',
    publishedAt: time(10),
    facts: sheet('x', [`As TechCrunch reports, ${ALIBABA[0]}`, ALIBABA[1]!], { site_name: 'The Verge', links: [{ url: `${tcUrl}?utm_source=verge`, text: 'TechCrunch' }], entities: [{ name: 'Alibaba', mentions: 2 }] }),
  });
  const sameOutlet = await seedStory(db, tcAi, { title: 'Anthropic’s Claude Code banned inside Alibaba from July 10', publishedAt: time(45), facts: sheet('x', ALIBABA, { site_name: 'TechCrunch' }) });
  const earnings = await seedStory(db, reuters, { title: 'Alibaba quarterly revenue beats estimates as cloud unit grows', publishedAt: time(20), facts: sheet('x', EARNINGS, { site_name: 'Reuters', entities: [{ name: 'Alibaba', mentions: 2 }] }) });
  return { original, linkPost, sameOutlet, earnings };
}

describe(`live grouping (${TEST_BACKEND})`, () => {
  it('puts several publishers’ reports of one news item in one event, names the linked original first, keeps other news apart', async () => {
    const s = await newsroom();
    for (const id of [s.linkPost, s.earnings, s.original, s.sameOutlet]) await assign(id);
    const ev = await eventOf(s.original);
    expect(ev).not.toBeNull();
    expect(await eventOf(s.linkPost)).toBe(ev);
    expect(await eventOf(s.sameOutlet)).toBe(ev);
    expect(await eventOf(s.earnings)).not.toBe(ev);
    const row = await event(ev!);
    expect(row.story_count).toBe(3);
    expect(row.source_count).toBe(2); // TechCrunch's two feeds count once
    expect(row.sources[0]).toBe('TechCrunch');
    expect(row.first_story_id).toBe(s.original); // the Verge post came earlier but links to TechCrunch
    expect(row.score).toBeGreaterThan((await event((await eventOf(s.earnings))!)).score);
  });

  it('moves a re-extracted story whose news changed, unless an editor pinned it', async () => {
    const s = await newsroom('2026-07-15T09:00:00Z');
    for (const id of [s.original, s.linkPost, s.earnings]) await assign(id);
    const alibabaBan = await eventOf(s.original);
    const earningsEvent = await eventOf(s.earnings);
    // upstream, the Verge post now tells the earnings news
    await db.kysely.updateTable('stories').set({ title: 'Alibaba revenue beats estimates; cloud computing unit grows 26%', facts: jsonb(sheet('x', EARNINGS, { site_name: 'The Verge' })) }).where('id', '=', s.linkPost).execute();
    await assign(s.linkPost);
    expect(await eventOf(s.linkPost)).toBe(earningsEvent);
    expect((await event(alibabaBan!)).story_count).toBe(1);
    // an editor puts it back; re-extraction never undoes that
    await db.kysely.transaction().execute((trx) => moveStory(trx, s.linkPost, alibabaBan!, null));
    await assign(s.linkPost);
    expect(await eventOf(s.linkPost)).toBe(alibabaBan);
    const corrections = await db.kysely.selectFrom('event_corrections').selectAll().where('story_id', '=', s.linkPost).execute();
    expect(corrections.map((c) => [c.kind, c.event_id, c.from_event_id])).toEqual([['move', alibabaBan, earningsEvent]]);
  });

  it('moves a story into an event of its own, and merges two events for good', async () => {
    const s = await newsroom('2026-07-25T09:00:00Z');
    for (const id of [s.original, s.linkPost, s.sameOutlet, s.earnings]) await assign(id);
    const ban = (await eventOf(s.original))!;
    const moved = await db.kysely.transaction().execute((trx) => moveStory(trx, s.sameOutlet, null, null));
    expect(moved.fromEventId).toBe(ban);
    expect(moved.eventId).not.toBe(ban);
    expect((await event(moved.eventId)).story_count).toBe(1);
    expect((await event(ban)).story_count).toBe(2);

    const earnings = (await eventOf(s.earnings))!;
    await db.kysely.transaction().execute((trx) => mergeEvents(trx, ban, earnings, null));
    expect(await db.kysely.selectFrom('events').select('id').where('id', '=', earnings).executeTakeFirst()).toBeUndefined();
    expect(await eventOf(s.earnings)).toBe(ban);
    const merged = await event(ban);
    expect(merged.story_count).toBe(3);
    expect(merged.source_count).toBe(3);
    // re-extraction never splits what an editor merged
    await assign(s.earnings);
    expect(await eventOf(s.earnings)).toBe(ban);
    await expect(db.kysely.transaction().execute((trx) => mergeEvents(trx, ban, ban, null))).rejects.toThrow(/itself/);
  });

  it('keeps each event’s centroid, postings and story count equal to what its stories add, through re-extraction, moves and merges', async () => {
    // The tests above re-extracted, moved and merged; every event's grouping state must be exactly
    // the sum of its stories' keys (a story taken back leaves nothing behind).
    const stories = await sql<{ event_id: number; features: StoryFeatures | string }>`
      select s.event_id, f.features from stories s join story_event_features f on f.story_id = s.id where s.event_id is not null`.execute(db.kysely);
    const want = new Map<number, { terms: Record<string, number>; n: number; bodied: number }>();
    for (const r of stories.rows) {
      const f = (typeof r.features === 'string' ? JSON.parse(r.features) : r.features) as StoryFeatures;
      const e = want.get(Number(r.event_id)) ?? { terms: {}, n: 0, bodied: 0 };
      for (const [k, c] of profileKeys(f)) e.terms[k] = (e.terms[k] ?? 0) + c;
      e.n += 1;
      if (Object.keys(f.body).length > 0) e.bodied += 1;
      want.set(Number(r.event_id), e);
    }
    expect(want.size).toBeGreaterThan(3);
    const got = await sql<{ event_id: number; n: number; bodied: number; terms: Record<string, number> | string | null; posted: string[] | null }>`
      select p.event_id, p.n, p.bodied, c.terms, (select array_agg(t.key order by t.key) from event_terms t where t.event_id = p.event_id) as posted
      from event_profiles p left join event_centroids c on c.event_id = p.event_id`.execute(db.kysely);
    const byId = new Map(got.rows.map((r) => [Number(r.event_id), r]));
    for (const [id, e] of want) {
      const row = byId.get(id)!;
      const terms = (typeof row.terms === 'string' ? JSON.parse(row.terms) : row.terms) ?? {};
      expect({ id, n: row.n, bodied: row.bodied, terms }).toEqual({ id, n: e.n, bodied: e.bodied, terms: e.terms });
      // every key but figures (which look nothing up) is posted: none is common in a store this small
      expect(row.posted ?? []).toEqual(Object.keys(e.terms).filter((k) => !k.startsWith('f:')).sort());
    }
    // an event whose stories all left keeps no terms
    for (const r of got.rows.filter((x) => !want.has(Number(x.event_id)))) expect([r.n, r.posted]).toEqual([0, null]);
  });

  it('ranks by score as of the listing: a fresh single report leads now, the news more publishers told leads a day later', async () => {
    const now = Date.now();
    const iso = (hoursAgo: number) => new Date(now - hoursAgo * 3_600_000).toISOString();
    const [x, y, z] = [await seedSource(db, 'Gazette X'), await seedSource(db, 'Gazette Y'), await seedSource(db, 'Gazette Z')];
    const bare = (site: string) => sheet('x', [], { description: null, site_name: site });
    const fresh = await seedStory(db, x, { title: 'Volcano on Isla Brava erupts, flights diverted', publishedAt: iso(0), facts: bare('Gazette X') });
    const older = [
      await seedStory(db, y, { title: 'Port strike in Valmera halts container traffic', publishedAt: iso(10), facts: bare('Gazette Y') }),
      await seedStory(db, z, { title: 'Valmera port strike stops container shipping', publishedAt: iso(10 - 1 / 60), facts: bare('Gazette Z') }),
    ];
    for (const id of [...older, fresh]) await assign(id);
    const [a, b] = [(await eventOf(fresh))!, (await eventOf(older[0]!))!];
    expect(await eventOf(older[1]!)).toBe(b);
    // the port strike's reports arrived ten hours ago (their growth is over)
    await db.kysely.updateTable('stories').set({ created_at: new Date(iso(10)) }).where('id', 'in', older).execute();
    const order = async (at: number) =>
      (await listDeskEvents(db.kysely, { status: 'all', limit: null }, new Date(at))).items.filter((e) => e.id === a || e.id === b).map((e) => [e.id, e.score] as const);
    const nowOrder = await order(now);
    expect(nowOrder.map(([id]) => id)).toEqual([a, b]);
    const later = await order(now + 24 * 3_600_000);
    expect(later.map(([id]) => id)).toEqual([b, a]);
    // the volcano's score falls as it ages; the port strike's stored score (written while its
    // reports were arriving) is stale by now: the listing's is lower
    expect(later.find(([id]) => id === a)![1]).toBeLessThan(nowOrder.find(([id]) => id === a)![1]);
    expect(nowOrder.find(([id]) => id === b)![1]).toBeLessThan((await event(b)).score);
  });

  it.skipIf(TEST_BACKEND !== 'pg')('two workers assigning two reports of one news item at once make one event', async () => {
    const other = await t.openAnother({ poolSize: 2 });
    const a = await seedSource(db, 'Wire A');
    const b = await seedSource(db, 'Wire B');
    const at = '2026-08-07T09:00:00Z';
    const ids = await Promise.all([
      seedStory(db, a, { title: 'Sbarro files for bankruptcy protection for the second time', publishedAt: at, facts: sheet('x', ['Pizza chain Sbarro filed for Chapter 11 bankruptcy protection on Monday, its second filing in three years.']) }),
      seedStory(db, b, { title: 'Pizza chain Sbarro files for Chapter 11 again', publishedAt: at, facts: sheet('x', ['Sbarro, the pizza chain, filed for Chapter 11 bankruptcy protection for the second time in three years on Monday.']) }),
    ]);
    await Promise.all([assign(ids[0]!, db), assign(ids[1]!, other)]);
    expect(await eventOf(ids[0]!)).toBe(await eventOf(ids[1]!));
  });
});
