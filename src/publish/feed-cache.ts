import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { sql } from 'kysely';
import type { Db } from '../db/client.ts';
import type { Executor } from '../queue/types.ts';
import { FEEDS_CHANNEL } from './feeds-changed.ts';
import { etagFor } from './http-cache.ts';

/**
 * The cache in front of every public representation (feeds, pages). SPEC "Publishing rules": "a
 * publish, update or retraction changes the feeds at once (no stale cache)" — in every process. So
 * the source of truth is feed_state.generation, bumped by feedsChanged() in the publishing
 * transaction; a representation is valid only for the generation it was rendered at.
 *
 * Per request: one `select generation` (coalesced, see createFeedStateReader), then
 *   1. the in-process memo, keyed by (key, generation), holding the body and its gzip/br bytes;
 *   2. feeds only: the feed_cache table (shared by every process), at the same generation;
 *   3. otherwise render, upsert into feed_cache, memoise.
 */

export interface FeedState {
  generation: number;
  /** When the last publish/update/retraction committed (dates an empty feed; bounds Last-Modified). */
  changedAt: Date;
}

/** Where a process learns the current feed generation. */
export interface FeedStateSource {
  /** Resolves with the feed state as of (at least) the moment of the call. */
  read(): Promise<FeedState>;
  /** The feed state without waiting when this source keeps it current ('notify'), else undefined. */
  peek(): FeedState | undefined;
  /** 'query': a coalesced read per request; 'notify': kept current by NOTIFY (PGlite). */
  readonly mode: 'query' | 'notify';
  close(): Promise<void>;
}

/**
 * Returns the feed-state source for `db`, choosing by backend:
 * - PostgreSQL: other processes publish, and their NOTIFY reaches this one only some time after
 *   their commit, so every request reads feed_state (createFeedStateReader: one shared query per
 *   round trip under load) — a commit that finished before the request arrived is always seen.
 * - PGlite: the data folder is locked to one process (src/db/data-dir-lock.ts), so every publish
 *   runs in this process; PGlite runs the NOTIFY callback in a microtask while it parses the COMMIT
 *   result, before the publishing transaction's promise resolves. Keeping the generation from
 *   NOTIFY is therefore exact and saves a query per request (bench/serve: the per-request query on
 *   PGlite's single-threaded engine capped 304s at ~3,500/s).
 */
export async function createFeedStateSource(db: Db): Promise<FeedStateSource> {
  if (db.backend !== 'pglite') {
    return { read: createFeedStateReader(db.kysely), peek: () => undefined, mode: 'query', close: async () => undefined };
  }
  let current = await readFeedState(db.kysely);
  let currentPromise = Promise.resolve(current);
  const advance = (next: FeedState): void => {
    if (next.generation > current.generation) {
      current = next;
      currentPromise = Promise.resolve(next);
    }
  };
  const unlisten = await db.listen(FEEDS_CHANNEL, (payload) => {
    const next = parseFeedStatePayload(payload);
    if (next !== null) advance(next);
  });
  // A bump between the first read and LISTEN would otherwise go unseen.
  advance(await readFeedState(db.kysely));
  return { read: () => currentPromise, peek: () => current, mode: 'notify', close: unlisten };
}

/** Returns the feed state a feedsChanged NOTIFY carries, or null when the payload is not one. */
export function parseFeedStatePayload(payload: string): FeedState | null {
  try {
    const value = JSON.parse(payload) as { generation?: unknown; changed_at?: unknown };
    const generation = Number(value.generation);
    const changedAt = new Date(String(value.changed_at));
    return Number.isSafeInteger(generation) && !Number.isNaN(changedAt.getTime()) ? { generation, changedAt } : null;
  } catch {
    return null;
  }
}

/**
 * Returns a reader of feed_state that never answers from before the call: each call waits for a
 * query that *starts* after it was made, so a change committed before a request arrived is always
 * seen (read-your-writes across processes). Concurrent callers share that query: under load there
 * is about one query per round trip, not one per request.
 */
export function createFeedStateReader(db: Executor): () => Promise<FeedState> {
  return coalescedReader(() => readFeedState(db));
}

/**
 * Returns `read` made shareable without ever answering from before the call: a call waits for a
 * read that starts after it; calls made while one read is in flight share the next read.
 */
export function coalescedReader<T>(read: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const p = read().finally(() => {
      if (inFlight === p) inFlight = null;
    });
    inFlight = p;
    return p;
  };
  return () => {
    if (inFlight === null) return start();
    // The read in flight may have started before this call: wait for the next one.
    queued ??= inFlight.then(noop, noop).then(() => {
      queued = null;
      return start();
    });
    return queued;
  };
}

/** Returns feed_state's row (one indexed single-row read). */
export async function readFeedState(db: Executor): Promise<FeedState> {
  const row = await db.selectFrom('feed_state').select(['generation', 'changed_at']).executeTakeFirstOrThrow();
  return { generation: Number(row.generation), changedAt: row.changed_at };
}

function noop(): void {}

/** What a renderer produces for one key. */
export interface Rendered {
  /** 200, or 404/410 for pages. */
  status: number;
  contentType: string;
  body: string;
  /** When the content last changed (feeds: newest updatedAt); Last-Modified is never older than this. */
  updated: Date;
}

export type ContentCoding = 'gzip' | 'br';

/** A cached representation, ready to send. */
export interface Representation {
  status: number;
  contentType: string;
  body: Buffer;
  /** Strong ETag of the identity body (etagFor). */
  etag: string;
  lastModified: Date;
  generation: number;
  /** Returns the body in `coding`, compressed once per representation (in the libuv pool, off the event loop). */
  encoded(coding: ContentCoding): Promise<Buffer>;
  /** The body in `coding` when encoded() has already finished making it, else undefined (the fast path, src/http/fast-feeds.ts). */
  encodedNow(coding: ContentCoding): Buffer | undefined;
}

export interface CacheOptions {
  /** Store in feed_cache, shared by every process (feeds); pages stay in the process memo. */
  persist: boolean;
}

export interface RepresentationCache {
  /** Returns the representation of `key` at `state.generation`, rendering it at most once per process. */
  get(key: string, state: FeedState, render: () => Promise<Rendered>, opts: CacheOptions): Promise<Representation>;
  /**
   * Returns the representation of `key` at `generation` when it is already rendered, without
   * waiting or querying (src/http/fast-feeds.ts), else undefined.
   */
  peek(key: string, generation: number): Representation | undefined;
  /**
   * Returns the last representation of `key` this process rendered, whatever its generation:
   * what is served while the database is unreachable (SPEC "Bad input and security"; issue 13,
   * fault 5). Undefined when the key was never served.
   */
  lastGood(key: string): Representation | undefined;
  /** Entries held in memory (tests, metrics). */
  readonly size: number;
}

/** Bodies smaller than this go uncompressed: the coding would cost more than it saves. */
const MIN_COMPRESS_BYTES = 1024;
/** In-process entries kept (oldest inserted dropped first): bounds memory against crawlers of tags and cursors. */
const DEFAULT_MEMO_ENTRIES = 2000;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

interface MemoEntry {
  generation: number;
  representation: Promise<Representation>;
  /** Set once `representation` resolves. */
  ready?: Representation;
}

/** Returns the two-level cache (process memo, then feed_cache) over `db`. */
export function createRepresentationCache(db: Executor, opts: { maxEntries?: number } = {}): RepresentationCache {
  const maxEntries = opts.maxEntries ?? DEFAULT_MEMO_ENTRIES;
  const memo = new Map<string, MemoEntry>();
  // The last resolved representation of each key, kept when a newer render fails (bounded like memo).
  const good = new Map<string, Representation>();
  let prunedBelow = 0;

  async function load(key: string, state: FeedState, render: () => Promise<Rendered>, options: CacheOptions, previous: Representation | null): Promise<Representation> {
    if (options.persist) {
      const row = await db
        .selectFrom('feed_cache')
        .select(['content_type', 'body', 'etag', 'last_modified'])
        .where('cache_key', '=', key)
        .where('generation', '=', state.generation)
        .executeTakeFirst();
      if (row !== undefined) return representation(200, row.content_type, row.body, row.etag, row.last_modified, state.generation);
    }
    const rendered = await render();
    const etag = etagFor(rendered.body);
    // Last-Modified: unchanged bytes keep the date they were first served with; changed bytes get
    // the later of their newest item and the change that produced them — a retraction removes an
    // item without making any remaining one newer, and If-Modified-Since must still miss.
    const candidate = new Date(Math.max(rendered.updated.getTime(), state.changedAt.getTime()));
    let lastModified = previous === null ? candidate : nextLastModified(previous, etag, candidate);
    if (options.persist && rendered.status === 200) {
      lastModified = await storeFeed(db, key, state.generation, rendered, etag, candidate);
      if (state.generation > prunedBelow) {
        prunedBelow = state.generation;
        // Renderings of older generations are never served again; a day's grace keeps the previous
        // Last-Modified of feeds still being read (hostile tag/cursor keys still go away).
        await sql`delete from feed_cache where generation < ${state.generation} and created_at < now() - interval '1 day'`.execute(db);
      }
    }
    return representation(rendered.status, rendered.contentType, rendered.body, etag, lastModified, state.generation);
  }

  return {
    get size() {
      return memo.size;
    },
    peek(key, generation) {
      const hit = memo.get(key);
      return hit !== undefined && hit.generation === generation ? hit.ready : undefined;
    },
    lastGood(key) {
      return good.get(key);
    },
    async get(key, state, render, options) {
      const hit = memo.get(key);
      if (hit !== undefined && hit.generation === state.generation) return hit.representation;
      // A request that read an older generation than the memo holds (another request already saw a
      // later change) renders for itself and leaves the newer entry alone.
      if (hit !== undefined && hit.generation > state.generation) return load(key, state, render, options, null);
      // Set synchronously, so concurrent misses share one render.
      const pending = (async () => load(key, state, render, options, hit === undefined ? null : await hit.representation.catch(() => null)))();
      const entry: MemoEntry = { generation: state.generation, representation: pending };
      memo.delete(key);
      memo.set(key, entry);
      if (memo.size > maxEntries) {
        const oldest = memo.keys().next().value;
        if (oldest !== undefined) memo.delete(oldest);
      }
      void pending.then((rep) => {
        entry.ready = rep;
        const kept = good.get(key);
        if (kept === undefined || kept.generation <= rep.generation) {
          good.delete(key);
          good.set(key, rep);
          if (good.size > maxEntries) {
            const oldest = good.keys().next().value;
            if (oldest !== undefined) good.delete(oldest);
          }
        }
      }, noop);
      // A failed render is not remembered: the next request tries again.
      pending.catch(() => {
        if (memo.get(key)?.representation === pending) memo.delete(key);
      });
      return pending;
    },
  };
}

/**
 * Upserts a rendered feed at `generation` and returns its Last-Modified, decided against the stored
 * row as nextLastModified does (so every process agrees). A row of a newer generation
 * (written by a process that saw a later change) is left alone.
 */
async function storeFeed(db: Executor, key: string, generation: number, rendered: Rendered, etag: string, candidate: Date): Promise<Date> {
  const result = await sql<{ last_modified: Date }>`
    insert into feed_cache as c (cache_key, generation, content_type, body, etag, last_modified)
    values (${key}, ${generation}, ${rendered.contentType}, ${rendered.body}, ${etag}, ${candidate})
    on conflict (cache_key) do update set
      generation = excluded.generation, content_type = excluded.content_type, body = excluded.body,
      last_modified = case when c.etag = excluded.etag then c.last_modified
                           else greatest(excluded.last_modified, date_trunc('second', c.last_modified) + interval '1 second') end,
      etag = excluded.etag, created_at = now()
    where c.generation <= excluded.generation
    returning last_modified`.execute(db);
  const stored = result.rows[0]?.last_modified;
  return stored === undefined ? candidate : new Date(stored);
}

/**
 * Returns the Last-Modified of a new rendering given the previous one of the same key: kept when
 * the bytes are the same, else `candidate` but at least one whole second after the previous value
 * — HTTP dates have one-second resolution (RFC 9110 §5.6.7), so two versions within one second
 * would otherwise share a date and If-Modified-Since would answer 304 for the older one.
 */
export function nextLastModified(previous: { etag: string; lastModified: Date }, etag: string, candidate: Date): Date {
  if (previous.etag === etag) return previous.lastModified;
  const afterPrevious = Math.floor(previous.lastModified.getTime() / 1000) * 1000 + 1000;
  return new Date(Math.max(candidate.getTime(), afterPrevious));
}

function representation(status: number, contentType: string, text: string, etag: string, lastModified: Date, generation: number): Representation {
  const body = Buffer.from(text, 'utf8');
  const codings = new Map<ContentCoding, Promise<Buffer>>();
  const done = new Map<ContentCoding, Buffer>();
  return {
    status,
    contentType,
    body,
    etag,
    lastModified,
    generation,
    encoded(coding) {
      let bytes = codings.get(coding);
      if (bytes === undefined) {
        bytes = body.length < MIN_COMPRESS_BYTES ? Promise.resolve(body) : compress(body, coding);
        codings.set(coding, bytes);
        void bytes.then((b) => done.set(coding, b), noop);
      }
      return bytes;
    },
    encodedNow(coding) {
      return body.length < MIN_COMPRESS_BYTES ? body : done.get(coding);
    },
  };
}

/** True when `encoded()` returns the identity bytes (the body is too small to be worth a coding). */
export function isCompressible(rep: Representation): boolean {
  return rep.body.length >= MIN_COMPRESS_BYTES;
}

function compress(body: Buffer, coding: ContentCoding): Promise<Buffer> {
  // Once per generation, so the densest settings pay off (235 KB JSON Feed: br q11 ≈ 22 ms, gzip 9 ≈ 1 ms).
  return coding === 'br'
    ? brotliAsync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length, [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT } })
    : gzipAsync(body, { level: 9 });
}
