import { sql } from 'kysely';
import type { Db } from '../db/client.ts';
import { PulseError, errorMessage } from '../errors.ts';
import type { Fetcher } from '../fetch/fetcher.ts';
import { parseFeed } from '../parse/parse-feed.ts';
import type { ParsedFeed } from '../parse/types.ts';
import { discoverFeedLinks, feedPathGuesses } from './discover-links.ts';
import { toSourceView, type SourceView } from './source-repository.ts';

export interface SubscribeInput {
  url: string;
  name?: string | null;
  intervalSec?: number | null;
}

export interface SubscribeDeps {
  db: Db;
  fetcher: Fetcher;
  /** Overall budget for the fetches of discovery (SPEC: `sources add` returns within 45 s). */
  budgetMs?: number;
}

interface Found {
  feedUrl: string;
  feed: ParsedFeed;
}

/** Returns the http(s) URL the user typed, with a scheme added to a bare host ("techcrunch.com"); throws bad_request. */
export function normalizeInputUrl(input: string): string {
  const text = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    throw new PulseError('bad_request', `not a URL: ${JSON.stringify(input)}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new PulseError('bad_request', `only http and https feeds can be subscribed (got ${u.protocol})`);
  return u.href;
}

/**
 * Fetches `url` once: a feed is subscribed as it is; a page is searched for the feeds it
 * announces (<link rel=alternate>), then the common feed paths under its folder and at its site's
 * root, and the first that
 * parses is subscribed. Nothing is saved unless a feed was found; the refusal says why.
 */
export async function findFeed(deps: SubscribeDeps, inputUrl: string): Promise<Found> {
  const budgetMs = deps.budgetMs ?? 40_000;
  // One budget for every fetch of the search (SPEC: `sources add` returns within 45 s).
  const signal = AbortSignal.timeout(budgetMs);
  try {
    return await searchFeed(deps, inputUrl, signal);
  } catch (err) {
    if (signal.aborted && !(err instanceof PulseError)) throw new PulseError('fetch_failed', `gave up looking for a feed at ${inputUrl} after ${Math.round(budgetMs / 1000)} s`);
    throw err;
  }
}

async function searchFeed(deps: SubscribeDeps, inputUrl: string, signal: AbortSignal): Promise<Found> {
  const first = await deps.fetcher.fetch(inputUrl, { kind: 'feed', signal });
  if (first.kind !== 'ok') throw new PulseError(first.kind === 'failed' && first.reason === 'refused' ? 'fetch_refused' : 'fetch_failed', first.kind === 'not-modified' ? `fetch: unexpected 304 from ${inputUrl}` : first.message);
  const subscribedUrl = first.permanentRedirect ?? inputUrl;
  let parseError: string;
  try {
    return { feedUrl: subscribedUrl, feed: await parseFeed(first.text, { feedUrl: first.url, contentType: first.contentType }) };
  } catch (err) {
    parseError = errorMessage(err);
  }
  const announced = discoverFeedLinks(first.text, first.url);
  const guesses = feedPathGuesses(first.url);
  const candidates = [...new Set([...announced, ...guesses])].filter((c) => c !== first.url && c !== inputUrl);
  const tried: string[] = [];
  for (const candidate of candidates) {
    if (signal.aborted) break;
    // The page's own announcements are worth a refusal message; guessed paths fail quietly.
    const res = await deps.fetcher.fetch(candidate, { kind: 'feed', signal });
    if (res.kind !== 'ok') {
      if (announced.includes(candidate)) tried.push(`${candidate}: ${res.kind === 'not-modified' ? '304' : res.message}`);
      continue;
    }
    try {
      const feed = await parseFeed(res.text, { feedUrl: res.url, contentType: res.contentType });
      return { feedUrl: res.permanentRedirect ?? candidate, feed };
    } catch (err) {
      if (announced.includes(candidate)) tried.push(`${candidate}: ${errorMessage(err)}`);
    }
  }
  const detail = announced.length > 0 ? `; the feeds it announces failed: ${tried.join('; ')}` : ' and announces no feed, nor is one at the usual paths';
  throw new PulseError('parse_failed', `${inputUrl} is not a feed (${parseError})${detail}`);
}

/** Subscribes to the feed at (or announced by) `input.url`; returns the new source. Throws conflict when already subscribed. */
export async function subscribe(deps: SubscribeDeps, input: SubscribeInput): Promise<SourceView> {
  const url = normalizeInputUrl(input.url);
  const existingInput = await deps.db.kysely.selectFrom('sources').select('id').where('url', '=', url).executeTakeFirst();
  if (existingInput) throw new PulseError('conflict', `already subscribed: ${url} is source ${existingInput.id}`, { details: { source_id: existingInput.id } });
  const { feedUrl, feed } = await findFeed(deps, url);
  const name = (input.name ?? '').trim() || feed.title.trim() || new URL(feedUrl).hostname;
  const row = await deps.db.kysely
    .insertInto('sources')
    .values({
      url: feedUrl,
      name: name.slice(0, 500),
      site_url: feed.homePageUrl,
      format: feed.format,
      feed_ttl_seconds: feed.ttlSeconds ?? feed.updatePeriodSeconds,
      ...(input.intervalSec ? { poll_interval_seconds: input.intervalSec } : {}),
      next_poll_at: sql`now()`,
    })
    .onConflict((oc) => oc.column('url').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row) {
    const other = await deps.db.kysely.selectFrom('sources').select('id').where('url', '=', feedUrl).executeTakeFirst();
    throw new PulseError('conflict', `already subscribed: ${feedUrl} is source ${other?.id ?? '?'}`, { details: { source_id: other?.id ?? null } });
  }
  return toSourceView(row);
}
