import pg from 'pg';

/** The server benchmarks use: DATABASE_URL, or the local PostgreSQL. */
export const BENCH_ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Creates a fresh database named after `label` on the bench server; returns its URL and the function
 * that drops it. BENCH_DB_PREFIX (default `pulse_bench_`) tells apart the scratch databases of
 * several people benchmarking on one shared server.
 */
export async function scratchDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const prefix = process.env.BENCH_DB_PREFIX ?? 'pulse_bench_';
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new Error(`BENCH_DB_PREFIX must be a lower-case SQL identifier prefix, got '${prefix}'`);
  const name = `${prefix}${label}_${process.pid}`;
  const run = async (statement: string) => {
    const c = new pg.Client({ connectionString: BENCH_ADMIN_URL });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  };
  await run(`drop database if exists ${name} with (force)`);
  await run(`create database ${name}`);
  const url = new URL(BENCH_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => run(`drop database if exists ${name} with (force)`) };
}
