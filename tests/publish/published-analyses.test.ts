import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAnalysisBySlug, loadPublishedPage } from '../../src/publish/published-analyses.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { seedAnalysis } from './seed.ts';

describe(`published analyses (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    const db = t.db.kysely;
    await db.insertInto('editors').values([{ name: 'Dana Whitfield', bio: 'Covers AI platforms.' }, { name: 'Sam Ortega' }]).execute();
    await seedAnalysis(db, {
      slug: 'main',
      headline: 'Main',
      author: 'Dana Whitfield',
      tags: ['ai', 'chips', 'policy'],
      body: Array.from({ length: 300 }, () => 'word').join(' '),
      stats: [{ value: '28 million', label: 'Interactions' }],
      rundown: ['One.', 'Two.'],
      take: { title: 'Take', text: 'Text', author: 'Dana Whitfield' },
      sources: [
        { publisher: 'TechCrunch', feedUrl: 'https://techcrunch.com/feed/', url: 'https://techcrunch.com/a', title: 'First report' },
        { publisher: 'The Verge', feedUrl: 'https://www.theverge.com/rss/index.xml', url: 'https://www.theverge.com/b' },
      ],
      publishedAt: new Date('2026-07-10T00:00:00Z'),
    });
    await seedAnalysis(db, { slug: 'shares-one', tags: ['ai'], publishedAt: new Date('2026-07-09T00:00:00Z') });
    await seedAnalysis(db, { slug: 'shares-two', tags: ['ai', 'policy'], publishedAt: new Date('2026-07-01T00:00:00Z') });
    await seedAnalysis(db, { slug: 'shares-three', tags: ['policy', 'chips', 'ai'], publishedAt: new Date('2026-06-01T00:00:00Z') });
    await seedAnalysis(db, { slug: 'shares-one-newer', tags: ['chips'], publishedAt: new Date('2026-07-09T12:00:00Z') });
    await seedAnalysis(db, { slug: 'shares-none', tags: ['sports'], publishedAt: new Date('2026-07-08T00:00:00Z') });
    await seedAnalysis(db, { slug: 'draft-sharing', tags: ['ai', 'chips', 'policy'], status: 'draft' });
    await seedAnalysis(db, { slug: 'gone', headline: 'Gone', tags: ['ai', 'chips', 'policy'], status: 'retracted', retractReason: 'Wrong figures.' });
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('maps a published analysis with sources in order, the author bio and a read time from the body', async () => {
    const found = await loadAnalysisBySlug(t.db.kysely, 'main');
    if (found.kind !== 'published') throw new Error(`expected published, got ${found.kind}`);
    const a = found.analysis;
    expect(a.guid).toBe(`tag:pulse.example,2026:analysis/${a.id}`);
    expect(a.author).toEqual({ name: 'Dana Whitfield', bio: 'Covers AI platforms.' });
    expect(a.sources).toEqual([
      { publisher: 'TechCrunch', title: 'First report', url: 'https://techcrunch.com/a', feedUrl: 'https://techcrunch.com/feed/' },
      { publisher: 'The Verge', title: null, url: 'https://www.theverge.com/b', feedUrl: 'https://www.theverge.com/rss/index.xml' },
    ]);
    expect(a.stats).toEqual([{ value: '28 million', label: 'Interactions' }]);
    expect(a.rundown).toEqual(['One.', 'Two.']);
    expect(a.take).toEqual({ title: 'Take', text: 'Text', author: 'Dana Whitfield' });
    expect(a.readTimeMinutes).toBe(2);
    expect(a.publishedAt.toISOString()).toBe('2026-07-10T00:00:00.000Z');
  });

  it('lists related published analyses, most shared tags first, then newest, at most three', async () => {
    const found = await loadAnalysisBySlug(t.db.kysely, 'main');
    if (found.kind !== 'published') throw new Error('expected published');
    expect(found.analysis.related.map((r) => r.slug)).toEqual(['shares-three', 'shares-two', 'shares-one-newer']);
  });

  it.each([
    ['a draft', 'draft-sharing', { kind: 'not-found' }],
    ['an unknown slug', 'nope', { kind: 'not-found' }],
    ['a retraction', 'gone', { kind: 'retracted', headline: 'Gone', reason: 'Wrong figures.' }],
  ])('answers %s at its slug', async (_what, slug, expected) => {
    expect(await loadAnalysisBySlug(t.db.kysely, slug)).toEqual(expected);
  });

  it('falls back to the creating editor when the byline is empty, without a bio', async () => {
    const sam = await t.db.kysely.selectFrom('editors').select('id').where('name', '=', 'Sam Ortega').executeTakeFirstOrThrow();
    await t.db.kysely.updateTable('analyses').set({ created_by: sam.id, author: null }).where('slug', '=', 'shares-none').execute();
    const found = await loadAnalysisBySlug(t.db.kysely, 'shares-none');
    if (found.kind !== 'published') throw new Error('expected published');
    expect(found.analysis.author).toEqual({ name: 'Sam Ortega', bio: null });
  });

  it('pages newest first by tag without losing analyses published within the same millisecond', async () => {
    const db = t.db.kysely;
    await seedAnalysis(db, { slug: 'micro-a', tags: ['micro'] });
    await seedAnalysis(db, { slug: 'micro-b', tags: ['micro'] });
    await seedAnalysis(db, { slug: 'micro-c', tags: ['micro'] });
    // Microseconds apart: a cursor built from a JS Date (milliseconds) would skip or repeat these.
    await sql`update analyses set published_at = '2026-08-01 00:00:00.000003+00' where slug = 'micro-a'`.execute(db);
    await sql`update analyses set published_at = '2026-08-01 00:00:00.000001+00' where slug = 'micro-b'`.execute(db);
    await sql`update analyses set published_at = '2026-08-01 00:00:00.000002+00' where slug = 'micro-c'`.execute(db);
    const slugs: string[] = [];
    let cursor = null;
    for (let i = 0; i < 5; i += 1) {
      const page: Awaited<ReturnType<typeof loadPublishedPage>> = await loadPublishedPage(db, { tag: 'micro', cursor, limit: 1 });
      slugs.push(...page.analyses.map((a) => a.slug));
      cursor = page.next;
      if (cursor === null) break;
    }
    expect(slugs).toEqual(['micro-a', 'micro-c', 'micro-b']);
  });

  it('leaves drafts and retractions out of every page', async () => {
    const page = await loadPublishedPage(t.db.kysely, { tag: 'ai', cursor: null, limit: 50 });
    expect(page.analyses.map((a) => a.slug)).toEqual(['main', 'shares-one', 'shares-two', 'shares-three']);
    expect(page.next).toBeNull();
  });
});
