import { chooseEncoding } from './accept-encoding.ts';
import { isCompressible, type Representation } from './feed-cache.ts';
import { httpDate, isNotModified } from './http-cache.ts';

/**
 * Decides the answer to a GET/HEAD of a cached representation: status, headers, body. The only
 * HTTP-caching logic of the public routes; the route copies the plan onto the reply.
 */

export interface PlanRequest {
  method: string;
  ifNoneMatch?: string | undefined;
  ifModifiedSince?: string | undefined;
  acceptEncoding?: string | undefined;
}

export interface PlanOptions {
  /** Seconds a reader or proxy may reuse the answer (SPEC: `Cache-Control: max-age`, never `Expires: 0`). */
  maxAge: number;
  /** Headers added to every answer, 304 included (CORS, WebSub Link). */
  extraHeaders?: Record<string, string>;
}

export interface ResponsePlan {
  status: number;
  headers: Record<string, string>;
  /** null for 304. HEAD gets the body too: Fastify's HEAD route drops it after taking its length. */
  body: Buffer | null;
}

/** Freshness for feeds and pages (SPEC "Publishing rules": Cache-Control max-age). */
export const PUBLIC_MAX_AGE = 300;
/** A missing page may appear soon (a slug about to be published): keep it briefly. */
export const NOT_FOUND_MAX_AGE = 60;

/** Returns the status, headers and body for `rep` under the request's validators and Accept-Encoding. */
export async function planResponse(rep: Representation, req: PlanRequest, opts: PlanOptions): Promise<ResponsePlan> {
  const coding = isCompressible(rep) ? chooseEncoding(req.acceptEncoding) : 'identity';
  // A strong ETag names exact bytes (RFC 9110 §8.8.3): a compressed body gets the weak form of the
  // identity body's tag, as nginx does, and If-None-Match's weak comparison matches either form.
  const etag = coding === 'identity' ? rep.etag : `W/${rep.etag}`;
  const headers: Record<string, string> = {
    'cache-control': `public, max-age=${rep.status === 404 ? NOT_FOUND_MAX_AGE : opts.maxAge}`,
    vary: 'Accept-Encoding',
    'x-content-type-options': 'nosniff',
    ...opts.extraHeaders,
  };
  if (rep.status === 200) {
    headers.etag = etag;
    headers['last-modified'] = httpDate(rep.lastModified);
    // RFC 9110 §13.2.1: preconditions apply to a 2xx answer only; 304 repeats the cache headers (§15.4.5).
    if (isNotModified({ ifNoneMatch: req.ifNoneMatch, ifModifiedSince: req.ifModifiedSince }, rep)) {
      return { status: 304, headers, body: null };
    }
  }
  headers['content-type'] = rep.contentType;
  if (coding !== 'identity') headers['content-encoding'] = coding;
  const body = coding === 'identity' ? rep.body : await rep.encoded(coding);
  headers['content-length'] = String(body.length);
  return { status: rep.status, headers, body };
}
