import { createServer } from 'node:http';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Fetcher } from '../fetch/fetcher.ts';
import { pingDatabase } from '../db/client.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from '../metrics.ts';
import { errorHandler } from './errors.ts';
import type { FastHandler } from './fast-feeds.ts';
import { deskRoutes } from './routes/desk.ts';
import { publicRoutes } from './routes/public.ts';
import { sourcesRoutes } from './routes/sources.ts';

export interface AppDeps {
  config: Config;
  db: Db;
  metrics: Metrics;
  logger?: Logger | undefined;
  /** The process's fetcher (sources API); one is created from the config when absent. */
  fetcher?: Fetcher | undefined;
  /** The clock (tests pin it). */
  now?: () => Date;
}

/** SPEC: "The API refuses bodies over 1 MiB with 413." */
export const BODY_LIMIT = 1024 * 1024;

/** Returns Config.trustProxy as Fastify takes it (a hop count as the function proxy-addr would build). */
function fastifyTrustProxy(tp: Config['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof tp === 'number') return (_address, hop) => hop < tp;
  return typeof tp === 'boolean' ? tp : [...tp];
}

/** Builds the Fastify app without listening (tests call `app.inject`; the CLI calls `listen`). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  // Cached feeds are answered before Fastify sees the request (src/http/fast-feeds.ts); inject()
  // (tests) goes through the Fastify routes, which make the same decisions.
  let fast: FastHandler | null = null;
  const app = Fastify({
    serverFactory: (handler) =>
      createServer((req, res) => {
        if (fast === null || !fast(req, res, handler)) handler(req, res);
      }),
    loggerInstance: (deps.logger?.child({ component: "http" }) ?? undefined) as FastifyBaseLogger | undefined,
    bodyLimit: BODY_LIMIT,
    // One log line per request would drown the decisions worth logging; the histogram counts them.
    logController: new LogController({ disableRequestLogging: true }),
    // X-Forwarded-For is believed only from the configured proxies (PULSE_TRUST_PROXY; off by default).
    trustProxy: fastifyTrustProxy(deps.config.trustProxy),
    routerOptions: { ignoreTrailingSlash: true, caseSensitive: true },
  });
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ error: { code: 'not_found', message: `no route for ${request.method} ${request.url.split('?')[0]}` } });
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    deps.metrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  app.get('/healthz', async (_request, reply) => {
    const ok = await pingDatabase(deps.db);
    void reply.header('cache-control', 'no-store');
    if (!ok) return reply.status(503).send({ status: 'unavailable', database: 'unreachable', backend: deps.db.backend });
    return { status: 'ok', database: 'ok', backend: deps.db.backend };
  });

  app.get('/metrics', async (_request, reply) => {
    const text = await deps.metrics.registry.metrics();
    return reply.header('cache-control', 'no-store').type(deps.metrics.registry.contentType).send(text);
  });

  fast = await publicRoutes(app, deps);
  await sourcesRoutes(app, deps);
  await deskRoutes(app, deps);
  return app;
}
