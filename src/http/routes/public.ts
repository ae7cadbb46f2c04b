import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable, withDeadline } from '../../db/unavailable.ts';
import { PulseError } from '../../errors.ts';
import { createFeedStateSource, createRepresentationCache, type FeedState, type Rendered, type Representation } from '../../publish/feed-cache.ts';
import { decodeCursor, encodeCursor } from '../../publish/published-analyses.ts';
import {
  feedCacheKey,
  feedPageUrl,
  notFoundResource,
  parseFeedRequest,
  renderAnalysisResource,
  renderFeedResource,
  renderIndexResource,
  renderPulseExtensionResource,
} from '../../publish/public-resources.ts';
import { planResponse, PUBLIC_MAX_AGE } from '../../publish/response-plan.ts';
import { siteFromConfig } from '../../publish/site.ts';
import type { FeedFormat } from '../../publish/types.ts';
import type { AppDeps } from '../app.ts';
import { createFastFeeds, type FastHandler } from '../fast-feeds.ts';

const FEED_FILES: [file: string, format: FeedFormat][] = [
  ['feed.xml', 'rss'],
  ['atom.xml', 'atom'],
  ['feed.json', 'json'],
];

/**
 * JSON Feed is read by browser apps on other origins: allow any origin and let them read the
 * validators (Fetch standard: ETag/Last-Modified are not CORS-safelisted response headers).
 */
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Last-Modified, Link',
};

/**
 * How long a request waits for the feed generation before treating the database as unreachable:
 * the pool's own connect timeout is 10 s, too long for a reader while a cached copy is at hand.
 */
const STATE_READ_DEADLINE_MS = 5000;

/**
 * Public routes: feeds, tag feeds, analysis pages, index (SPEC "HTTP, public"). Never rate-limited.
 * GET also answers HEAD (Fastify's exposeHeadRoutes), with the same headers and no body.
 * Returns the feeds' fast path (src/http/fast-feeds.ts), which the app's server calls first.
 */
export async function publicRoutes(app: FastifyInstance, deps: AppDeps): Promise<FastHandler> {
  const site = siteFromConfig(deps.config);
  const db = deps.db.kysely;
  const feedState = await createFeedStateSource(deps.db);
  app.addHook('onClose', async () => feedState.close());
  const readState = feedState.read;
  const cache = createRepresentationCache(db);

  async function send(request: FastifyRequest, reply: FastifyReply, rep: Representation, extraHeaders: Record<string, string> = {}): Promise<FastifyReply> {
    const plan = await planResponse(
      rep,
      {
        method: request.method,
        ifNoneMatch: request.headers['if-none-match'],
        ifModifiedSince: request.headers['if-modified-since'],
        acceptEncoding: request.headers['accept-encoding'],
      },
      { maxAge: PUBLIC_MAX_AGE, extraHeaders },
    );
    void reply.code(plan.status).headers(plan.headers);
    return reply.send(plan.body ?? undefined);
  }

  // Set while the database is unreachable: the outage is logged once, not per request.
  let outage = false;

  async function serve(request: FastifyRequest, reply: FastifyReply, key: string, persist: boolean, render: (state: FeedState) => Promise<Rendered> | Rendered, extraHeaders?: Record<string, string>): Promise<FastifyReply> {
    let rep: Representation;
    try {
      const state = await withDeadline(readState(), STATE_READ_DEADLINE_MS, 'publish: feed state');
      rep = await cache.get(key, state, async () => render(state), { persist });
      if (outage) {
        outage = false;
        request.log.info('publish: database reachable again, serving current renderings');
      }
    } catch (err) {
      // SPEC: while the database is unreachable, feeds and pages come from the last cached copy, or 503 with Retry-After.
      if (!isDatabaseUnavailable(err)) throw err;
      if (!outage) {
        outage = true;
        request.log.warn({ err: String(err) }, 'publish: database unreachable, serving the last cached copies');
      }
      const last = cache.lastGood(key);
      if (last === undefined) throw new PulseError('database_unavailable', `publish: database unreachable and ${request.url.split('?')[0]} was never rendered here`, { cause: err });
      rep = last;
    }
    return send(request, reply, rep, extraHeaders);
  }

  function feedExtraHeaders(format: FeedFormat, tag: string | null, selfUrl: string): Record<string, string> {
    const headers: Record<string, string> = format === 'json' ? { ...CORS_HEADERS } : {};
    // WebSub §4: a publisher advertises its hub and the topic's canonical URL in Link headers.
    if (site.hubUrl !== null) headers.link = `<${site.hubUrl}>; rel="hub", <${selfUrl}>; rel="self"`;
    return headers;
  }

  for (const [file, format] of FEED_FILES) {
    const handler = async (request: FastifyRequest<{ Params: { tag?: string }; Querystring: { cursor?: unknown } }>, reply: FastifyReply) => {
      const tag = request.params.tag ?? null;
      const cursor = typeof request.query.cursor === 'string' ? request.query.cursor : undefined;
      const req = parseFeedRequest(format, tag, cursor);
      if (req === null) throw new PulseError('bad_request', `publish: cursor ${JSON.stringify(cursor?.slice(0, 40))} is not a page of this feed`);
      const headers = feedExtraHeaders(format, tag, feedPageUrl(site, format, tag, req.cursor));
      return serve(request, reply, feedCacheKey(req), true, (state) => renderFeedResource(db, site, req, state), headers);
    };
    app.get(`/${file}`, handler);
    app.get(`/tags/:tag/${file}`, handler);
  }

  // CORS preflight: a reader revalidating with If-None-Match sends a non-safelisted request header.
  const preflight = async (_request: FastifyRequest, reply: FastifyReply) =>
    reply
      .code(204)
      .headers({
        ...CORS_HEADERS,
        'access-control-allow-methods': 'GET, HEAD',
        'access-control-allow-headers': 'If-None-Match, If-Modified-Since',
        'access-control-max-age': '86400',
      })
      .send();
  app.options('/feed.json', preflight);
  app.options('/tags/:tag/feed.json', preflight);

  app.get('/analysis/:slug', async (request: FastifyRequest<{ Params: { slug: string } }>, reply) => {
    const { slug } = request.params;
    return serve(request, reply, JSON.stringify(['page', slug]), false, (state) => renderAnalysisResource(db, site, slug, state));
  });

  app.get('/', async (request: FastifyRequest<{ Querystring: { cursor?: unknown } }>, reply) => {
    const raw = typeof request.query.cursor === 'string' && request.query.cursor !== '' ? request.query.cursor : null;
    const cursor = raw === null ? null : decodeCursor(raw);
    if (raw !== null && cursor === null) {
      return serve(request, reply, JSON.stringify(['not-found']), false, (state) => notFoundResource(site, state));
    }
    return serve(request, reply, JSON.stringify(['index', cursor === null ? null : encodeCursor(cursor)]), false, (state) => renderIndexResource(db, site, cursor, state));
  });

  app.get('/about/pulse-extension', async (request, reply) =>
    serve(request, reply, JSON.stringify(['pulse-extension']), false, (state) => renderPulseExtensionResource(site, state)),
  );

  return createFastFeeds({
    peekState: () => feedState.peek(),
    readState,
    peek: (key, generation) => cache.peek(key, generation),
    describe(format, tag) {
      const req = { format, tag, cursor: null };
      return { key: feedCacheKey(req), extraHeaders: feedExtraHeaders(format, tag, feedPageUrl(site, format, tag, null)) };
    },
    observer(method, route, status) {
      const child = deps.metrics.httpDuration.labels({ method, route, status: String(status) });
      return (seconds) => child.observe(seconds);
    },
  });
}
