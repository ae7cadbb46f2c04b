import { mkdirSync } from 'node:fs';
import type { Config } from './config.ts';
import { openDatabase, type Db } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { createLogger, type Logger } from './log.ts';
import { createMetrics, type Metrics } from './metrics.ts';

/** What every command that touches the database holds: config, logger, database (migrated), metrics. */
export interface Runtime {
  config: Config;
  logger: Logger;
  db: Db;
  metrics: Metrics;
  /** Migrations this open applied (empty when the schema was current). */
  migrationsApplied: string[];
  close(): Promise<void>;
}

/**
 * Opens the database for `command` — creating PGlite's folder when needed — and applies pending
 * migrations first (SPEC "CLI rules"). Returns the runtime.
 */
export async function openRuntime(config: Config, command: string, logger: Logger = createLogger(config.logLevel)): Promise<Runtime> {
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? null : config.dataDir,
    command,
    poolSize: Math.max(10, config.workers + 4),
  });
  let applied: string[];
  try {
    applied = await migrate(db);
    if (applied.length > 0) logger.info({ migrations: applied }, 'database: migrations applied');
  } catch (err) {
    await db.close();
    throw err;
  }
  const metrics = createMetrics(db);
  return {
    config,
    logger,
    db,
    metrics,
    migrationsApplied: applied,
    async close() {
      await db.close();
    },
  };
}
