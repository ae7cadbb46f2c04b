import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';
import { openDatabase, type Db } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { releaseAllRunningJobs } from './queue/worker-presence.ts';
import { createFetcher, type Fetcher } from './fetch/fetcher.ts';
import { createLogger, type Logger } from './log.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { PROJECT_ROOT } from './project-root.ts';

const PULSE_VERSION = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** What every command that touches the database holds: config, logger, database (migrated), metrics. */
export interface Runtime {
  config: Config;
  logger: Logger;
  db: Db;
  metrics: Metrics;
  /** The one fetcher of the process (SSRF guard, limits, per-host concurrency). */
  fetcher: Fetcher;
  /** Migrations this open applied (empty when the schema was current). */
  migrationsApplied: string[];
  close(): Promise<void>;
}

/**
 * Opens the database for `command` — creating PGlite's folder when needed — and applies pending
 * migrations first (SPEC "CLI rules"). Returns the runtime.
 */
export async function openRuntime(config: Config, command: string, logger: Logger = createLogger(logLevelFor(config, command))): Promise<Runtime> {
  // A command forwarded to the process holding PGlite's folder runs on that process's runtime.
  if (shared) return { ...shared, async close() {} };
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
    // This process holds PGlite's folder alone: jobs still running were held by a dead predecessor
    // and are freed now, not after their lease (issue 13, fault 2; SPEC "Nothing stalls for good").
    if (!config.databaseUrl) {
      const freed = await releaseAllRunningJobs(db.kysely);
      if (freed > 0) logger.warn({ freed }, 'queue: freed the jobs a previous process held on this data folder');
    }
  } catch (err) {
    await db.close();
    throw err;
  }
  const metrics = createMetrics(db);
  const fetcher = createFetcherFromConfig(config);
  return {
    config,
    logger,
    db,
    metrics,
    migrationsApplied: applied,
    fetcher,
    async close() {
      await fetcher.close();
      await db.close();
    },
  };
}

let shared: Runtime | null = null;

/**
 * Makes `rt` the runtime of every command run in this process from now on (null to stop): the
 * process holding PGlite's folder runs other `pulse` commands for them (src/cli/forward.ts).
 */
export function shareRuntime(rt: Runtime | null): void {
  shared = rt;
}

const LONG_RUNNING = new Set(['start', 'serve', 'worker']);

/** Long-running commands log at LOG_LEVEL (default info); one-shot commands only warnings unless LOG_LEVEL is set. */
export function logLevelFor(config: Config, command: string): Config['logLevel'] {
  return LONG_RUNNING.has(command) || config.logLevelSet ? config.logLevel : 'warn';
}

/** The User-Agent of every Pulse fetch (SPEC "Fetch politely"). */
export function userAgent(config: Config): string {
  return `Pulse/${PULSE_VERSION} (+${config.baseUrl})`;
}

/** Returns a fetcher configured from `config` (limits, allowlist, User-Agent). */
export function createFetcherFromConfig(config: Config): Fetcher {
  return createFetcher({
    userAgent: userAgent(config),
    allowHosts: config.allowHosts,
    connectTimeoutMs: config.fetch.connectTimeoutMs,
    timeoutMs: config.fetch.timeoutMs,
    maxBytes: config.fetch.maxBytes,
  });
}
