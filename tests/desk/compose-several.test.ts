import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeStoryIds, distinctOffers, valuesFromStories } from '../../src/desk/pages/compose-form.ts';
import { deskStatOffers } from '../../src/desk/stat-offers.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { deskWorld, factSheet, form, seedSource, seedStory, signIn, type DeskWorld } from './fixtures.ts';

const verge = factSheet({
  title: 'Anthropic answers Alibaba',
  section: 'Tech',
  figures: [{ text: '$4 billion', kind: 'money', value: 4e9, approx: false, label: 'funding', evidence: { paragraph: 0, sentence: 'Anthropic raised $4 billion.' } }],
  dates: [],
});

describe('composing from several stories (pure)', () => {
  it.each([
    ['one story', { story: '3' }, [3]],
    ['the queue checkboxes (a repeated key)', { story: ['3', '5'] }, [3, 5]],
    ['a comma list', { story_ids: '5,3,5' }, [5, 3]],
    ['nothing', {}, []],
  ])('reads the story ids of %s', (_what, query, ids) => {
    expect(composeStoryIds(query)).toEqual(ids);
  });

  it.each([
    ['a bad id', { story: 'x' }, /story must be a positive integer/],
    ['too many stories', { story: Array.from({ length: 21 }, (_, i) => String(i + 1)) }, /at most 20 stories/],
  ])('refuses %s with bad_request', (_what, query, message) => {
    expect(() => composeStoryIds(query)).toThrow(message);
  });

  it('links every story, takes headline and dek from the first, and offers the stats of all, each once', () => {
    const a = { id: 1, title: 'Alibaba bans Claude Code', facts: factSheet({ section: null }) };
    const b = { id: 2, title: 'Anthropic answers Alibaba', facts: verge };
    const offers = distinctOffers([...deskStatOffers(1, a.facts), ...deskStatOffers(2, b.facts), ...deskStatOffers(1, a.facts)]);
    const v = valuesFromStories([a, b], offers, 'Alice');
    expect(v.story_ids).toEqual([1, 2]);
    expect(v.headline).toBe('Alibaba bans Claude Code');
    expect(v.category).toBe('Tech');
    expect(v.stats.filter((r) => r.value !== '').map((r) => r.value)).toEqual(['~25,000', '28 million', 'July 10', 'April 22 and June 5', '$4 billion']);
    expect(v.stats.filter((r) => r.value !== '').every((r) => !r.on)).toBe(true);
  });
});

describe(`the queue composes one analysis of several stories (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let w: DeskWorld;
  let first: number;
  let second: number;
  let bobs: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await deskWorld(t.db);
    const tc = await seedSource(t.db, 'TechCrunch');
    const vg = await seedSource(t.db, 'The Verge');
    first = await seedStory(t.db, tc, { title: 'Alibaba bans Claude Code' });
    second = await seedStory(t.db, vg, { title: 'Anthropic answers Alibaba', facts: verge });
    bobs = await seedStory(t.db, tc, { title: 'A story Bob holds' });
    expect((await w.app.inject({ method: 'POST', url: `/api/stories/${bobs}/claim`, headers: w.as(w.bob) })).statusCode).toBe(200);
  });
  afterAll(async () => {
    await w.app.close();
    await t.cleanup();
  });

  it('offers a checkbox for free stories only, then composes with all the picked ones and saves them linked', async () => {
    const { cookie, csrf } = await signIn(w.app, w.alice.token, '10.2.2.2');
    // Stories not grouped into events yet are listed apart on the open queue, each pickable.
    const queue = await w.app.inject({ method: 'GET', url: '/desk', headers: { cookie } });
    expect(queue.body).toContain('<form id="compose-several" method="get" action="/desk/compose">');
    for (const id of [first, second]) expect(queue.body).toContain(`name="story" value="${id}" form="compose-several"`);
    expect(queue.body).not.toContain(`name="story" value="${bobs}"`);

    const compose = await w.app.inject({ method: 'GET', url: `/desk/compose?story=${first}&story=${second}`, headers: { cookie } });
    expect(compose.statusCode).toBe(200);
    expect(compose.body).toContain(`name="story_ids" value="${first},${second}"`);
    expect(compose.body).toContain('Based on: Alibaba bans Claude Code · Anthropic answers Alibaba');
    expect(compose.body).toContain('value="~25,000"');
    expect(compose.body).toContain('value="$4 billion"');
    expect(compose.body).toContain('Anthropic raised $4 billion.');

    const saved = await w.app.inject({
      method: 'POST',
      url: '/desk/compose',
      ...form({ _csrf: csrf, story_ids: `${first},${second}`, headline: 'Alibaba and Anthropic', stat_0_on: '1', stat_0_value: '$4 billion', stat_0_label: 'Funding', action: 'save' }),
      headers: { ...form({}).headers, cookie },
    });
    expect(saved.statusCode, saved.body).toBe(303);
    const id = Number(/\/desk\/analyses\/(\d+)/.exec(String(saved.headers.location))![1]);
    const links = await t.db.kysely.selectFrom('analysis_stories').select('story_id').where('analysis_id', '=', id).orderBy('position').execute();
    expect(links.map((l) => l.story_id)).toEqual([first, second]);
  });

  it('refuses to save an analysis of a story another editor holds, naming them, with the form kept', async () => {
    const { cookie, csrf } = await signIn(w.app, w.alice.token, '10.2.2.3');
    const res = await w.app.inject({
      method: 'POST',
      url: '/desk/compose',
      ...form({ _csrf: csrf, story_ids: `${first},${bobs}`, headline: 'Kept headline', action: 'save' }),
      headers: { ...form({}).headers, cookie },
    });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain(`claimed by ${w.bob.name}`);
    expect(res.body).toContain('value="Kept headline"');
  });
});
