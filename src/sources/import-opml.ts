import { sql } from 'kysely';
import type { Db } from '../db/client.ts';
import { errorMessage } from '../errors.ts';
import { parseOpml, renderOpml } from './opml.ts';
import { toSourceView, type SourceView } from './source-repository.ts';
import { normalizeInputUrl } from './subscribe.ts';

export interface ImportResult {
  added: SourceView[];
  /** URLs already subscribed. */
  existing: string[];
  invalid: { url: string; error: string }[];
}

/**
 * Subscribes every feed of an OPML document in one transaction. Feeds are not fetched here (a
 * list of hundreds would take minutes): each is polled at once by the scheduler, and a feed that
 * fails shows its error on the source like any other.
 */
export async function importOpml(db: Db, xml: string): Promise<ImportResult> {
  const subscriptions = parseOpml(xml);
  const result: ImportResult = { added: [], existing: [], invalid: [] };
  await db.kysely.transaction().execute(async (trx) => {
    for (const sub of subscriptions) {
      let url: string;
      try {
        url = normalizeInputUrl(sub.url);
      } catch (err) {
        result.invalid.push({ url: sub.url, error: errorMessage(err) });
        continue;
      }
      const name = (sub.title ?? '').trim() || new URL(url).hostname;
      const row = await trx
        .insertInto('sources')
        .values({ url, name: name.slice(0, 500), site_url: sub.htmlUrl, next_poll_at: sql`now()` })
        .onConflict((oc) => oc.column('url').doNothing())
        .returningAll()
        .executeTakeFirst();
      if (row) result.added.push(toSourceView(row));
      else result.existing.push(url);
    }
  });
  return result;
}

/** Returns every source as an OPML 2.0 document. */
export async function exportOpml(db: Db, opts: { title: string; now: Date }): Promise<string> {
  const rows = await db.kysely.selectFrom('sources').select(['url', 'name', 'site_url']).orderBy('id').execute();
  return renderOpml(
    rows.map((r) => ({ url: r.url, name: r.name, siteUrl: r.site_url })),
    opts,
  );
}
