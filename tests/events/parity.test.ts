import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { assignStoryToEvent } from '../../src/events/assign-story.ts';
import { storyFeatures, storyInputFromFacts } from '../../src/events/features.ts';
import { MemoryGrouper } from '../../src/events/memory-grouper.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { factSheet, seedSource, seedStory } from '../desk/fixtures.ts';

// The live path (PostgreSQL: statistics, profiles and norms kept in SQL) and `pulse cluster`'s
// memory grouper must group alike (SPEC "Events": the same grouping and settings). A fresh
// database, so the document frequencies start from nothing on both sides.
let t: TestDatabase;
let db: Db;
beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
}, 60_000);
afterAll(async () => {
  await t?.cleanup();
});

const BASE = Date.parse('2026-09-01T08:00:00Z');
const at = (minutes: number) => new Date(BASE + minutes * 60_000).toISOString();

// [minutes after BASE, headline, body paragraphs (none: a headline alone)]
const STORIES: [number, string, string[]][] = [
  [0, 'Nordwind Air grounds its fleet after a software fault', ['Nordwind Air grounded all 42 of its aircraft on Monday after a fault in its flight-planning software, stranding thousands.']],
  [2, 'Software glitch forces Nordwind to ground every plane', ['A fault in flight-planning software led Nordwind Air to ground its 42 aircraft on Monday.']],
  [3, 'Harbor City council approves new tram line budget', []],
  [4, 'Thousands stranded as Nordwind Air halts all flights', []],
  [9, 'Tram line to Harbor City airport gets council go-ahead', []],
  [30, 'Kestrel Labs raises $80 million for battery recycling', ['Kestrel Labs, a battery recycling start-up, raised $80 million in a round led by Granite Ventures.']],
  [31, 'Battery recycler Kestrel Labs lands $80M Series B', ['Granite Ventures led an $80 million Series B in Kestrel Labs, which recycles lithium batteries.']],
  [33, 'Nordwind Air says flights will resume on Tuesday', []],
  [240, 'Harbor City tram budget faces legal challenge', []],
  [241, 'Kestrel Labs opens its first recycling plant in Ohio', ['Kestrel Labs opened its first battery recycling plant in Ohio, months after raising $80 million.']],
  [600, 'Nordwind Air resumes flights after fleet grounding', []],
];

function partition(labels: readonly (number | string)[]): number[][] {
  const groups = new Map<string, number[]>();
  labels.forEach((l, i) => {
    const g = groups.get(String(l)) ?? [];
    g.push(i);
    groups.set(String(l), g);
  });
  return [...groups.values()].sort((a, b) => a[0]! - b[0]!);
}

describe(`live grouping matches pulse cluster's (${TEST_BACKEND})`, () => {
  it('puts the same stories together, in SQL and in memory', async () => {
    const source = await seedSource(db, 'Wire');
    const sheets = STORIES.map(([, title, paragraphs]) =>
      factSheet({ title, description: null, body: { paragraphs, word_count: paragraphs.join(' ').split(/\s+/).length }, figures: [], dates: [], quotes: [], entities: [] }),
    );
    const ids: number[] = [];
    for (const [i, [minutes, title]] of STORIES.entries()) ids.push(await seedStory(db, source, { title, publishedAt: at(minutes), facts: sheets[i] }));
    const live: number[] = [];
    for (const id of ids) live.push((await db.kysely.transaction().execute((trx) => assignStoryToEvent(trx, id)))!.eventId);
    // afterwards, as stored: one event per label
    const stored = await db.kysely.selectFrom('stories').select(['id', 'event_id']).where('id', 'in', ids).execute();
    expect(ids.map((id) => stored.find((s) => s.id === id)!.event_id)).toEqual(live);

    const grouper = new MemoryGrouper();
    const memory = STORIES.map(([minutes, title], i) => grouper.assign(storyFeatures(storyInputFromFacts(title, sheets[i] as never, at(minutes)))));
    expect(partition(live)).toEqual(partition(memory));
    // not a trivial partition: some stories joined, some started events
    expect(new Set(live).size).toBeGreaterThan(2);
    expect(new Set(live).size).toBeLessThan(STORIES.length);

    // the joined events' summaries count their stories
    const events = await db.kysely.selectFrom('events').select(['id', 'story_count']).where('id', 'in', [...new Set(live)]).execute();
    for (const e of events) expect(e.story_count).toBe(live.filter((l) => l === e.id).length);
  });
});
