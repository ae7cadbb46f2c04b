import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FeedState, Representation } from '../publish/feed-cache.ts';
import { planResponseNow, PreparedHeaders, PUBLIC_MAX_AGE } from '../publish/response-plan.ts';
import type { FeedFormat } from '../publish/types.ts';

/**
 * The feeds' fast path (issue 13: 304 revalidations of /feed.json ran at 0.45× a bare node:http
 * server, 200s at 0.80×). A GET/HEAD of a feed whose current rendering is already in the process
 * memo is answered straight from node:http's request event — before Fastify's routing, hooks and
 * reply machinery — with headers built once per representation. The decision is the same function
 * the Fastify route uses (src/publish/response-plan.ts), so every publishing rule holds on both
 * paths. Anything else (a cursor, a percent-encoded tag, a miss, a body still being compressed, a
 * generation that must be queried first and is unknown) goes on to Fastify untouched.
 */

/** What the HTTP server calls first; returns true when it took the request (answered, or will hand it to `next`). */
export type FastHandler = (req: IncomingMessage, res: ServerResponse, next: (req: IncomingMessage, res: ServerResponse) => void) => boolean;

export interface FastFeedsDeps {
  /** The current feed state without waiting (PGlite, kept by NOTIFY), or undefined when it must be read. */
  peekState(): FeedState | undefined;
  /** Reads the feed state (PostgreSQL: the coalesced per-request query). */
  readState(): Promise<FeedState>;
  /** The rendered representation of `key` at `generation`, when the memo holds it. */
  peek(key: string, generation: number): Representation | undefined;
  /** The cache key and extra headers of a feed (the Fastify route's own). */
  describe(format: FeedFormat, tag: string | null): { key: string; extraHeaders: Record<string, string> };
  /** Returns what records one answer's duration, like the app's onResponse hook (the request histogram); called once per method, route and status. */
  observer(method: string, route: string, status: number): (seconds: number) => void;
}

const FILES: Record<string, FeedFormat> = { 'feed.xml': 'rss', 'atom.xml': 'atom', 'feed.json': 'json' };
/** Tags the fast path takes as they are; others (percent-encoded…) go to Fastify's router. */
const PLAIN_TAG = /^[A-Za-z0-9._~-]{1,100}$/;
/** Feed routes remembered (tag feeds are many): bounds memory against crawlers of tags. */
const MAX_ROUTES = 1000;

interface FastRoute {
  key: string;
  extraHeaders: Record<string, string>;
  /** Fastify's route pattern, the metrics label. */
  pattern: string;
  prepared: PreparedHeaders;
}

/** Returns the fast handler for the public feed routes. */
export function createFastFeeds(deps: FastFeedsDeps): FastHandler {
  const routes = new Map<string, FastRoute>();
  const observers = new Map<string, (seconds: number) => void>();

  function observe(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${status} ${route}`;
    let observer = observers.get(key);
    if (observer === undefined) {
      observer = deps.observer(method, route, status);
      if (observers.size >= MAX_ROUTES) observers.clear();
      observers.set(key, observer);
    }
    observer(seconds);
  }

  function routeFor(url: string): FastRoute | null {
    const known = routes.get(url);
    if (known !== undefined) return known;
    const route = parseRoute(url);
    if (route === null) return null;
    if (routes.size >= MAX_ROUTES) routes.clear();
    routes.set(url, route);
    return route;
  }

  function parseRoute(url: string): FastRoute | null {
    const parts = url.split('/');
    let format: FeedFormat | undefined;
    let tag: string | null = null;
    if (parts.length === 2) format = FILES[parts[1]!];
    else if (parts.length === 4 && parts[1] === 'tags' && PLAIN_TAG.test(parts[2]!)) {
      format = FILES[parts[3]!];
      tag = parts[2]!;
    }
    if (format === undefined) return null;
    const file = tag === null ? parts[1]! : parts[3]!;
    return { ...deps.describe(format, tag), pattern: tag === null ? `/${file}` : `/tags/:tag/${file}`, prepared: new PreparedHeaders() };
  }

  function answer(req: IncomingMessage, res: ServerResponse, route: FastRoute, state: FeedState, started: number): boolean {
    const rep = deps.peek(route.key, state.generation);
    if (rep === undefined) return false;
    const h = req.headers;
    const plan = planResponseNow(rep, { method: req.method!, ifNoneMatch: h['if-none-match'], ifModifiedSince: h['if-modified-since'], acceptEncoding: h['accept-encoding'] }, { maxAge: PUBLIC_MAX_AGE, extraHeaders: route.extraHeaders }, route.prepared);
    if (plan === null) return false;
    res.writeHead(plan.status, plan.headers);
    if (plan.body === null || req.method === 'HEAD') res.end();
    else res.end(plan.body);
    observe(req.method!, route.pattern, plan.status, (performance.now() - started) / 1000);
    return true;
  }

  return (req, res, next) => {
    const method = req.method;
    const url = req.url;
    if ((method !== 'GET' && method !== 'HEAD') || url === undefined || url.includes('?')) return false;
    const route = routeFor(url);
    if (route === null) return false;
    const started = performance.now();
    const now = deps.peekState();
    if (now !== undefined) return answer(req, res, route, now, started);
    deps.readState().then(
      (state) => {
        if (!answer(req, res, route, state, started)) next(req, res);
      },
      // The Fastify route decides what an unreachable database means (the last copy, or 503).
      () => next(req, res),
    );
    return true;
  };
}
