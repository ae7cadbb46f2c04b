/**
 * The fetcher: Pulse's only network client (SPEC "Ingestion rules", "Bad input and security").
 * One fetch reads top to bottom as: check the URL → take a per-host slot → for each hop:
 * request through the pinned, guarded connector → classify the response → follow a redirect or
 * read the body under the size limit → decode the charset. Every expected outcome is a value.
 */
import { Agent, request, type Dispatcher } from 'undici';
import type { Readable } from 'node:stream';
import { readBody, parseContentEncoding } from './body-reader.ts';
import { decodeBody, type DecodeKind } from './decode.ts';
import type { CacheHints, FetchFailed, Fetcher, FetcherOptions, FetchKind, FetchRequest, FetchResult, FailureReason } from './fetch-result.ts';
import { createHostLimiter, HostBusyError } from './host-limiter.ts';
import { createPinnedConnector, errorCode, GuardRefusedError, LookupTimeoutError, ResolveError } from './pinned-connector.ts';
import { classifyResponse, headerValue, isUnsupportedContent, mediaType, type ResponseHeaders } from './response-classifier.ts';
import { parseAllowList, refusalMessage } from './ssrf-guard.ts';

export type * from './fetch-result.ts';

export const DEFAULTS = {
  connectTimeoutMs: 10_000,
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  perHostConcurrency: 2,
} as const;

/** Accept headers by what the caller wants; feeds list every feed type first (RFC 9110 §12.5.1). */
export const ACCEPT: Record<FetchKind, string> = {
  feed: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8',
  html: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.8',
  any: '*/*',
};

// What undici accepts in a header value (RFC 9110 §5.5 field-value); stored validators that are
// not are dropped rather than allowed to throw.
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Marks the whole-fetch timer firing, so the abort it causes is told apart from the caller's. */
class FetchTimeout extends Error {}

/** Returns a fetcher holding one connection pool, one SSRF guard and one per-host limiter. */
export function createFetcher(opts: FetcherOptions): Fetcher {
  const settings = {
    connectTimeoutMs: opts.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
    timeoutMs: opts.timeoutMs ?? DEFAULTS.timeoutMs,
    maxBytes: opts.maxBytes ?? DEFAULTS.maxBytes,
    maxRedirects: opts.maxRedirects ?? DEFAULTS.maxRedirects,
  };
  const allow = parseAllowList(opts.allowHosts);
  const clock = opts.clock ?? (() => new Date());
  const limiter = createHostLimiter(opts.perHostConcurrency ?? DEFAULTS.perHostConcurrency);
  const agent = new Agent({
    connect: createPinnedConnector({ allow, connectTimeoutMs: settings.connectTimeoutMs, ...(opts.lookup ? { lookup: opts.lookup } : {}) }),
    // Backstops only: the whole-fetch timer below is what ends a slow fetch.
    headersTimeout: settings.timeoutMs,
    bodyTimeout: settings.timeoutMs,
  });

  async function fetchUrl(rawUrl: string, req: FetchRequest = {}): Promise<FetchResult> {
    const start = checkUrl(rawUrl);
    if (!(start instanceof URL)) return start;

    // The slot is held for the whole fetch, redirects included, and the clock starts once it is
    // granted: waiting behind other fetches of the same host is not this fetch being slow.
    let release: () => void;
    if (req.hostBusy === 'throw') {
      const slot = limiter.tryAcquire(start.hostname);
      if (!slot) throw new HostBusyError(start.hostname);
      release = slot;
    } else {
      release = await limiter.acquire(start.hostname, req.signal);
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new FetchTimeout()), settings.timeoutMs);
    const onCallerAbort = (): void => controller.abort(req.signal?.reason);
    req.signal?.addEventListener('abort', onCallerAbort, { once: true });
    let current = start;
    try {
      return await followChain(start, req, controller.signal, (url) => {
        current = url;
      });
    } catch (err) {
      if (req.signal?.aborted) throw req.signal.reason;
      if (controller.signal.reason instanceof FetchTimeout) {
        return failed(current.href, 'timeout', `fetch: timed out after ${settings.timeoutMs} ms fetching ${current.href}`);
      }
      return failureFromError(err, current.href, settings);
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onCallerAbort);
      release();
    }
  }

  async function followChain(start: URL, req: FetchRequest, signal: AbortSignal, onHop: (url: URL) => void): Promise<FetchResult> {
    const kind = req.kind ?? 'any';
    const headers = requestHeaders(opts.userAgent, req);
    const visited = new Set([start.href]);
    let url = start;
    let permanentRedirect: string | null = null;
    let permanentSoFar = true;

    for (let redirects = 0; ; ) {
      onHop(url);
      const res = await request(url, { dispatcher: agent, method: 'GET', headers, signal });
      const resHeaders = res.headers as ResponseHeaders;
      const verdict = classifyResponse(res.statusCode, resHeaders, clock());
      const href = url.href;

      if (verdict.kind !== 'success') await discard(res.body);
      switch (verdict.kind) {
        case 'redirect': {
          if (verdict.location === null) {
            return { kind: 'http-error', url: href, status: res.statusCode, message: `fetch: ${res.statusCode} without a Location from ${href}` };
          }
          const next = resolveLocation(verdict.location, url);
          if (next === null) return failed(href, 'bad-url', `fetch: ${res.statusCode} from ${href} to a bad Location "${verdict.location}"`);
          if (!(next instanceof URL)) return { ...next, message: `${next.message} (redirected from ${href})` };
          if (visited.has(next.href)) return failed(href, 'redirect-loop', `fetch: redirect loop at ${href} → ${next.href}`);
          if (++redirects > settings.maxRedirects) {
            return failed(href, 'too-many-redirects', `fetch: more than ${settings.maxRedirects} redirects from ${start.href}`);
          }
          // Only an unbroken run of permanent hops from the start moves the subscription (RFC 9110 §15.4.2).
          permanentSoFar &&= verdict.permanent;
          if (permanentSoFar) permanentRedirect = next.href;
          visited.add(next.href);
          url = next;
          continue;
        }
        case 'not-modified':
          return {
            kind: 'not-modified',
            url: href,
            etag: headerValue(resHeaders, 'etag') ?? req.etag ?? null,
            lastModified: headerValue(resHeaders, 'last-modified') ?? req.lastModified ?? null,
            permanentRedirect,
            cache: verdict.cache,
          };
        case 'gone':
          return { kind: 'gone', url: href, status: 410, message: `fetch: 410 Gone from ${href}` };
        case 'rate-limited': {
          const wait = verdict.retryAfterSec === null ? '' : ` (retry after ${verdict.retryAfterSec} s)`;
          return {
            kind: 'rate-limited',
            url: href,
            status: verdict.status,
            retryAfterSec: verdict.retryAfterSec,
            cache: verdict.cache,
            message: `fetch: ${verdict.status} from ${href}${wait}`,
          };
        }
        case 'http-error':
          return { kind: 'http-error', url: href, status: res.statusCode, message: `fetch: ${res.statusCode} from ${href}` };
        case 'success':
          return readSuccess(res, href, kind, permanentRedirect, verdict.cache);
      }
    }
  }

  /** Reads and decodes a 2xx body, unless its type or size rules it out before reading. */
  async function readSuccess(
    res: Dispatcher.ResponseData,
    href: string,
    kind: FetchKind,
    permanentRedirect: string | null,
    cache: CacheHints,
  ): Promise<FetchResult> {
    const resHeaders = res.headers as ResponseHeaders;
    const contentType = headerValue(resHeaders, 'content-type');
    const encoding = parseContentEncoding(headerValue(resHeaders, 'content-encoding'));
    if (!encoding.ok) {
      abandon(res.body);
      return failed(href, 'unsupported-content', `fetch: unsupported Content-Encoding "${encoding.coding}" from ${href}`);
    }
    if (isUnsupportedContent(kind, contentType)) {
      abandon(res.body);
      return failed(href, 'unsupported-content', `fetch: ${href} is ${mediaType(contentType)}, not a ${kind === 'feed' ? 'feed' : 'page'}`);
    }
    const declared = Number(headerValue(resHeaders, 'content-length') ?? NaN);
    if (declared > settings.maxBytes) {
      abandon(res.body);
      return failed(href, 'too-large', `fetch: body of ${href} is over ${settings.maxBytes} bytes (Content-Length ${declared})`);
    }
    const read = await readBody(res.body, encoding.codings, settings.maxBytes, href);
    if (!read.ok) return failed(href, read.reason, read.message);
    const { text, charset } = decodeBody(read.body, contentType, decodeKind(kind, contentType));
    return {
      kind: 'ok',
      url: href,
      permanentRedirect,
      status: res.statusCode,
      contentType,
      charset,
      body: read.body,
      text,
      etag: headerValue(resHeaders, 'etag'),
      lastModified: headerValue(resHeaders, 'last-modified'),
      cache,
    };
  }

  return {
    fetch: fetchUrl,
    async close() {
      await agent.close();
    },
  };
}

/** Returns the URL when Pulse may try it (http/https, no credentials), else the failure. */
function checkUrl(raw: string): URL | FetchFailed {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return failed(raw, 'bad-url', `fetch: bad URL "${raw}"`);
  }
  return vetScheme(url);
}

function vetScheme(url: URL): URL | FetchFailed {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return failed(url.href, 'refused', `fetch: refused ${url.href} — only http: and https: URLs are fetched, not ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') {
    return failed(redact(url), 'bad-url', `fetch: bad URL ${redact(url)} — credentials in URLs are not supported`);
  }
  url.hash = '';
  return url;
}

function resolveLocation(location: string, base: URL): URL | FetchFailed | null {
  try {
    return vetScheme(new URL(location, base));
  } catch {
    return null;
  }
}

function requestHeaders(userAgent: string, req: FetchRequest): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept: req.accept ?? ACCEPT[req.kind ?? 'any'],
    'accept-encoding': 'gzip, deflate, br',
  };
  // RFC 9110 §13.1: validators go back exactly as the server sent them.
  if (req.etag && FIELD_VALUE.test(req.etag)) headers['if-none-match'] = req.etag;
  if (req.lastModified && FIELD_VALUE.test(req.lastModified)) headers['if-modified-since'] = req.lastModified;
  return headers;
}

function decodeKind(kind: FetchKind, contentType: string | null): DecodeKind {
  if (/json/.test(mediaType(contentType) ?? '')) return 'json';
  return kind;
}

async function discard(body: Readable & { dump?: (opts?: { limit: number }) => Promise<void> }): Promise<void> {
  // A short body is drained so the connection can be reused; a long one is cut off.
  try {
    if (body.dump) await body.dump({ limit: 64 * 1024 });
    else abandon(body);
  } catch {
    abandon(body);
  }
}

/** Destroys a body we will not read; undici then reports an abort we do not care about. */
function abandon(body: Readable): void {
  body.on('error', () => {});
  body.destroy();
}

function failureFromError(err: unknown, url: string, settings: { connectTimeoutMs: number }): FetchFailed {
  if (err instanceof GuardRefusedError) return failed(url, 'refused', refusalMessage(url, err.address, err.verdict));
  if (err instanceof ResolveError) return failed(url, 'network', `fetch: cannot resolve ${err.hostname} for ${url}`);
  if (err instanceof LookupTimeoutError) {
    return failed(url, 'timeout', `fetch: resolving ${err.hostname} took over ${settings.connectTimeoutMs} ms for ${url}`);
  }
  const code = errorCode(err);
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return failed(url, 'timeout', `fetch: could not connect within ${settings.connectTimeoutMs} ms to ${url}`);
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return failed(url, 'timeout', `fetch: timed out fetching ${url}`);
  if (code === 'ECONNREFUSED') return failed(url, 'network', `fetch: connection refused by ${url}`);
  // System, undici and TLS errors carry a code; anything without one is a bug and is rethrown.
  if (code !== '') {
    const detail = err instanceof Error ? (err.message.split('\n')[0] ?? code) : code;
    return failed(url, 'network', `fetch: ${detail}${detail.includes(code) ? '' : ` (${code})`} from ${url}`);
  }
  throw err;
}

function failed(url: string, reason: FailureReason, message: string): FetchFailed {
  return { kind: 'failed', url, reason, message };
}

function redact(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href;
}
