import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import { PGLITE_START_PARAMS, seedFromTemplate } from './pglite-template.ts';
import type { Database } from './schema.ts';

/**
 * The database handle passed down through Pulse: kysely on `pg` when DATABASE_URL is set, on an
 * embedded PGlite otherwise (SPEC "Runtime shape"). The same SQL serves both.
 */
export interface Db {
  readonly kysely: Kysely<Database>;
  readonly backend: 'pg' | 'pglite';
  /**
   * Subscribes to NOTIFY on `channel`; returns the unsubscribe function. On PostgreSQL a lost
   * listening connection is re-established with backoff, then `onNotify('')` is called once (a
   * NOTIFY may have been missed meanwhile).
   */
  listen(channel: string, onNotify: (payload: string) => void, events?: ListenEvents): Promise<() => Promise<void>>;
  /** Closes the pool (and PGlite, releasing its folder lock). */
  close(): Promise<void>;
}

/** What a listener reports about its connection (for logs). */
export interface ListenEvents {
  /** The listening connection failed or was lost; a new one is tried in `retryInMs`. */
  onLost?: (err: unknown, retryInMs: number) => void;
  /** LISTEN is in place again after a loss. */
  onRestored?: () => void;
}

/** Backoff of LISTEN reconnections: 250 ms doubling to 30 s. */
export function listenRetryDelay(attempt: number): number {
  return Math.min(30_000, 250 * 2 ** Math.min(attempt, 7));
}

export interface OpenOptions {
  /** PostgreSQL URL; null opens PGlite. */
  databaseUrl: string | null;
  /** PGlite's folder; null keeps PGlite in memory (tests). */
  dataDir: string | null;
  /** The pulse command holding the folder, named in the lock. */
  command?: string;
  /** Pool size for pg. */
  poolSize?: number;
  /** Session settings applied to every pg connection (e.g. synchronous_commit for the queue's pool). */
  sessionSettings?: Record<string, string>;
}

// int8 (ids, counts) as numbers, not strings (STACK.md: "int8 comes back as a string"). Ids stay
// far below 2^53.
const INT8_OID = 20;
pg.types.setTypeParser(INT8_OID, (v: string) => Number(v));

/** Opens the database described by `options`. */
export async function openDatabase(options: OpenOptions): Promise<Db> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : openPGlite(options);
}

async function openPostgres(databaseUrl: string, options: OpenOptions): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    application_name: `pulse ${options.command ?? ''}`.trim(),
  });
  const settings = Object.entries(options.sessionSettings ?? {});
  if (settings.length > 0) {
    pool.on('connect', (client) => {
      for (const [name, value] of settings) void client.query(`SET ${name} = ${value}`).catch(() => undefined);
    });
  }
  // An idle client losing its server must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  // Nor may a checked-out one: pg-pool removes its error listener while a client is lent out, and a
  // server gone mid-query then emits an 'error' nobody hears (an uncaught exception) besides
  // failing the query. The query's own rejection is the report; the pool drops the dead client.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const listeners: pg.Client[] = [];
  return {
    kysely,
    backend: 'pg',
    async listen(channel, onNotify, events = {}) {
      // Issue 13, fault 3: the listening connection used to swallow its errors, so after a
      // PostgreSQL restart the worker silently fell back to polling. Now a lost connection is
      // reported and replaced, with backoff, until unsubscribed.
      let current: pg.Client | null = null;
      let closed = false;
      let attempt = 0;
      let timer: NodeJS.Timeout | null = null;
      const connect = async (): Promise<pg.Client> => {
        const client = new pg.Client({ connectionString: databaseUrl, application_name: 'pulse listen' });
        client.on('error', (err) => lost(client, err));
        client.on('end', () => lost(client, new Error('the listening connection ended')));
        client.on('notification', (msg) => {
          if (msg.channel === channel) onNotify(msg.payload ?? '');
        });
        try {
          await client.connect();
          await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        } catch (err) {
          await client.end().catch(() => undefined);
          throw err;
        }
        return client;
      };
      const lost = (client: pg.Client, err: unknown) => {
        if (closed || client !== current) return;
        current = null;
        const i = listeners.indexOf(client);
        if (i >= 0) listeners.splice(i, 1);
        void client.end().catch(() => undefined);
        retry(err);
      };
      const retry = (err: unknown) => {
        const delay = listenRetryDelay(attempt++);
        events.onLost?.(err, delay);
        timer = setTimeout(() => {
          timer = null;
          if (closed) return;
          connect().then(
            (client) => {
              if (closed) return void client.end().catch(() => undefined);
              current = client;
              listeners.push(client);
              attempt = 0;
              events.onRestored?.();
              onNotify('');
            },
            (e: unknown) => {
              if (!closed) retry(e);
            },
          );
        }, delay);
        timer.unref();
      };
      current = await connect();
      listeners.push(current);
      return async () => {
        closed = true;
        if (timer) clearTimeout(timer);
        const client = current;
        current = null;
        if (!client) return;
        const i = listeners.indexOf(client);
        if (i >= 0) listeners.splice(i, 1);
        await client.end().catch(() => undefined);
      };
    },
    async close() {
      await Promise.all(listeners.splice(0).map((c) => c.end().catch(() => undefined)));
      await kysely.destroy();
    },
  };
}

async function openPGlite(options: OpenOptions): Promise<Db> {
  const release = options.dataDir ? lockDataDir(options.dataDir, options.command ?? 'pulse') : () => undefined;
  let pglite: PGlite;
  try {
    if (options.dataDir) seedFromTemplate(options.dataDir);
    pglite = new PGlite(options.dataDir ?? undefined, { parsers: { [INT8_OID]: (v: string) => Number(v) }, startParams: PGLITE_START_PARAMS });
    await pglite.waitReady;
  } catch (err) {
    release();
    throw err;
  }
  const kysely = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    kysely,
    backend: 'pglite',
    async listen(channel, onNotify) {
      const unsubscribe = await pglite.listen(channel, onNotify);
      return async () => {
        if (!pglite.closed) await unsubscribe();
      };
    },
    async close() {
      await kysely.destroy();
      release();
    },
  };
}

/** Returns true when the database answers a trivial query. */
export async function pingDatabase(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db.kysely);
    return true;
  } catch {
    return false;
  }
}
