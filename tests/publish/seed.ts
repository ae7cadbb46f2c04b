import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { jsonb } from '../../src/db/json.ts';
import type { Database } from '../../src/db/schema.ts';
import { feedsChanged } from '../../src/publish/feeds-changed.ts';
import { analysisGuid } from '../../src/publish/urls.ts';

/**
 * Database fixtures for publish tests: analyses are inserted with SQL, as the desk would leave
 * them after a publish (guid assigned, feedsChanged called in the same transaction).
 */

export const BASE_URL = 'https://pulse.example';

export interface SeedAnalysis {
  slug: string;
  headline?: string;
  dek?: string | null;
  category?: string | null;
  highlight?: string | null;
  stats?: { value: string; label: string }[];
  rundown?: string[];
  take?: { title: string; text: string; author: string } | null;
  body?: string;
  pullQuote?: string | null;
  watch?: string | null;
  tags?: string[];
  author?: string | null;
  status?: 'draft' | 'published' | 'retracted';
  publishedAt?: Date;
  retractReason?: string | null;
  /** Stories to attribute, each from a source (created on demand by name). */
  sources?: { publisher: string; feedUrl: string; url: string; title?: string }[];
}

let storySeq = 0;

/** Inserts an analysis (published by default) with its sources, bumping the feeds as the desk does; returns its id. */
export async function seedAnalysis(db: Kysely<Database>, a: SeedAnalysis, hubUrl: string | null = null): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const status = a.status ?? 'published';
    const publishedAt = a.publishedAt ?? new Date('2026-07-04T09:30:00Z');
    const inserted = await trx
      .insertInto('analyses')
      .values({
        slug: a.slug,
        status: 'draft',
        headline: a.headline ?? `Headline of ${a.slug}`,
        dek: a.dek ?? null,
        category: a.category ?? null,
        highlight: a.highlight ?? null,
        stats: jsonb(a.stats ?? []),
        rundown: jsonb(a.rundown ?? []),
        take: a.take === undefined || a.take === null ? null : jsonb(a.take),
        body: a.body ?? 'Some words about the story.',
        pull_quote: a.pullQuote ?? null,
        watch: a.watch ?? null,
        tags: jsonb(a.tags ?? []),
        author: a.author ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = inserted.id;
    for (const [position, s] of (a.sources ?? []).entries()) {
      const source = await trx
        .insertInto('sources')
        .values({ url: s.feedUrl, name: s.publisher })
        .onConflict((oc) => oc.column('url').doUpdateSet({ name: s.publisher }))
        .returning('id')
        .executeTakeFirstOrThrow();
      storySeq += 1;
      const story = await trx
        .insertInto('stories')
        .values({ source_id: source.id, guid: `g-${storySeq}-${s.url}`, url: s.url, title: s.title ?? '', item_hash: createHash('sha256').update(s.url).digest('hex'), status: 'used' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('analysis_stories').values({ analysis_id: id, story_id: story.id, position }).execute();
    }
    if (status !== 'draft') {
      await trx
        .updateTable('analyses')
        .set({
          status,
          guid: analysisGuid(BASE_URL, id, publishedAt),
          published_at: publishedAt,
          updated_at: publishedAt,
          ...(status === 'retracted' ? { retracted_at: publishedAt, retract_reason: a.retractReason ?? null } : {}),
        })
        .where('id', '=', id)
        .execute();
      await feedsChanged(trx, { reason: 'publish', analysisId: id, hubUrl });
    }
    return id;
  });
}

/** Edits a published analysis' headline as a PATCH would (new updated_at, feeds bumped in the same transaction). */
export async function updateHeadline(db: Kysely<Database>, id: number, headline: string, updatedAt: Date, hubUrl: string | null = null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('analyses').set({ headline, updated_at: updatedAt, version: (eb) => eb('version', '+', 1) }).where('id', '=', id).execute();
    await feedsChanged(trx, { reason: 'update', analysisId: id, hubUrl });
  });
}

/** Retracts a published analysis as the desk would. */
export async function retract(db: Kysely<Database>, id: number, reason: string, hubUrl: string | null = null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('analyses').set({ status: 'retracted', retracted_at: new Date(), retract_reason: reason }).where('id', '=', id).execute();
    await feedsChanged(trx, { reason: 'retract', analysisId: id, hubUrl });
  });
}
