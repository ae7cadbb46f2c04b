import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { jsonb } from '../db/json.ts';
import type { ParsedItem } from '../parse/types.ts';
import { enqueue, enqueueMany } from '../queue/enqueue.ts';
import type { Executor } from '../queue/types.ts';
import { canonicalUrl } from './canonical-url.ts';

/** The job that fetches a story's page and extracts its fact sheet. */
export const EXTRACT_JOB = 'stories.extract';
export const extractJobKey = (storyId: number): string => `extract:${storyId}`;

export interface StoreResult {
  /** Stories created by this feed. */
  created: number[];
  /** Known stories whose item changed upstream (re-queued for extraction). */
  updated: number[];
  /** Items that another source had already reported (recorded in story_reports). */
  alsoReported: number;
  /** Items without a usable http(s) link. */
  skipped: number;
}

/** Returns the hash that tells whether a feed item changed upstream. */
export function itemHash(item: ParsedItem): string {
  return createHash('sha256')
    .update(JSON.stringify([item.title, item.url, item.summaryHtml, item.contentHtml, item.publishedAt?.toISOString() ?? null, item.updatedAt?.toISOString() ?? null]))
    .digest('hex');
}

/** The story columns a feed item describes (written on insert, and again when the item changes upstream). */
function itemColumns(item: ParsedItem, hash: string) {
  return {
    title: item.title,
    summary_html: item.summaryHtml,
    content_html: item.contentHtml,
    authors: jsonb(item.authors),
    categories: jsonb(item.categories),
    published_at: item.publishedAt,
    upstream_updated_at: item.updatedAt,
    item_hash: hash,
  };
}

/**
 * Stores a feed's items as stories inside the caller's transaction (SPEC "Deduplicate"): a known
 * (source, guid) is updated and re-queued when its content or dates changed; a new item whose
 * canonical URL another story already has is recorded as also reported by this source; any other
 * item becomes a story together with its extraction job. Unique keys and ON CONFLICT decide races
 * with other workers, never a select-then-insert.
 */
export async function storeItems(trx: Executor, sourceId: number, items: readonly ParsedItem[]): Promise<StoreResult> {
  const result: StoreResult = { created: [], updated: [], alsoReported: 0, skipped: 0 };
  const seen = new Set<string>();
  const unique = items.filter((i) => (seen.has(i.guid) ? false : (seen.add(i.guid), true)));
  if (unique.length === 0) return result;

  const known = new Map(
    (
      await trx
        .selectFrom('story_reports')
        .innerJoin('stories', 'stories.id', 'story_reports.story_id')
        .select(['story_reports.guid', 'stories.id', 'stories.guid as story_guid', 'stories.item_hash', 'stories.source_id', 'stories.status'])
        .where('story_reports.source_id', '=', sourceId)
        .where('story_reports.guid', 'in', unique.map((i) => i.guid))
        .execute()
    ).map((r) => [r.guid, r]),
  );

  const fresh: { item: ParsedItem; url: string; canonical: string; hash: string }[] = [];
  for (const item of unique) {
    const url = item.url ?? item.externalUrl;
    const canonical = canonicalUrl(url);
    if (!url || !canonical) {
      result.skipped++;
      continue;
    }
    const hash = itemHash(item);
    const existing = known.get(item.guid);
    if (!existing) {
      fresh.push({ item, url, canonical, hash });
      continue;
    }
    // Only the first reporter's item describes the story; another source's copy changing is noise,
    // and so is another item of this feed folded into it (src/stories/fold-story.ts).
    if (existing.source_id !== sourceId || existing.story_guid !== item.guid || existing.item_hash === hash) continue;
    await trx
      .updateTable('stories')
      .set({
        ...itemColumns(item, hash),
        status: sql`case when status = 'failed' then 'new' else status end`,
        updated_at: sql`now()`,
      })
      .where('id', '=', existing.id)
      .execute();
    await enqueue(trx, EXTRACT_JOB, { story_id: existing.id, reason: 'changed' }, { key: extractJobKey(existing.id), rerunFinished: true, maxAttempts: 4 });
    result.updated.push(existing.id);
  }

  // New items: one multi-row INSERT per chunk (bench/poll.ts: a 20-item feed went from ~60 round
  // trips to 3), then their reports and extraction jobs in one statement each.
  for (let i = 0; i < fresh.length; i += 500) {
    const chunk = fresh.slice(i, i + 500);
    const inserted = await trx
      .insertInto('stories')
      .values(
        chunk.map(({ item, url, canonical, hash }) => ({ source_id: sourceId, guid: item.guid, url, canonical_url: canonical, ...itemColumns(item, hash) })),
      )
      .onConflict((oc) => oc.doNothing())
      .returning(['id', 'guid', 'url'])
      .execute();
    if (inserted.length > 0) {
      await trx.insertInto('story_reports').values(inserted.map((r) => ({ story_id: r.id, source_id: sourceId, guid: r.guid, url: r.url }))).execute();
      await enqueueMany(trx, inserted.map((r) => ({ kind: EXTRACT_JOB, payload: { story_id: r.id }, key: extractJobKey(r.id), maxAttempts: 4 })));
      result.created.push(...inserted.map((r) => r.id));
    }
    // The rest lost to a unique key: the same canonical URL from another source (or from this
    // feed under another guid, or a concurrent poll of this one). Record this source's report.
    const won = new Set(inserted.map((r) => r.guid));
    for (const { item, url, canonical } of chunk) {
      if (won.has(item.guid)) continue;
      const same =
        (await trx.selectFrom('stories').select('id').where('canonical_url', '=', canonical).executeTakeFirst()) ??
        (await trx.selectFrom('stories').select('id').where('source_id', '=', sourceId).where('guid', '=', item.guid).executeTakeFirst());
      if (!same) continue;
      const report = await trx
        .insertInto('story_reports')
        .values({ story_id: same.id, source_id: sourceId, guid: item.guid, url })
        .onConflict((oc) => oc.doNothing())
        .returning('story_id')
        .executeTakeFirst();
      if (report) result.alsoReported++;
    }
  }
  return result;
}
