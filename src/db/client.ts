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
  /** Subscribes to NOTIFY on `channel`; returns the unsubscribe function. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  /** Closes the pool (and PGlite, releasing its folder lock). */
  close(): Promise<void>;
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
    async listen(channel, onNotify) {
      const client = new pg.Client({ connectionString: databaseUrl, application_name: 'pulse listen' });
      client.on('error', () => undefined);
      await client.connect();
      client.on('notification', (msg) => {
        if (msg.channel === channel) onNotify(msg.payload ?? '');
      });
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      listeners.push(client);
      return async () => {
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
