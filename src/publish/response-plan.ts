import { chooseEncoding } from './accept-encoding.ts';
import { isCompressible, type ContentCoding, type Representation } from './feed-cache.ts';
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
  const coding = codingFor(rep, req.acceptEncoding);
  if (isNotModifiedFor(rep, req)) return { status: 304, headers: answerHeaders(rep, coding, 304, opts), body: null };
  const body = coding === 'identity' ? rep.body : await rep.encoded(coding);
  return { status: rep.status, headers: { ...answerHeaders(rep, coding, rep.status, opts), 'content-length': String(body.length) }, body };
}

/**
 * planResponse without waiting, for the fast path (src/http/fast-feeds.ts): the same decision, with
 * the headers built once per (representation, coding, status) and kept in `memo`. Returns null when
 * the body in the chosen coding is not compressed yet (the caller takes the ordinary path).
 */
export function planResponseNow(rep: Representation, req: PlanRequest, opts: PlanOptions, memo: PreparedHeaders): ResponsePlan | null {
  const coding = codingFor(rep, req.acceptEncoding);
  if (isNotModifiedFor(rep, req)) return { status: 304, headers: memo.get(rep, coding, 304, () => answerHeaders(rep, coding, 304, opts)), body: null };
  const body = coding === 'identity' ? rep.body : rep.encodedNow(coding);
  if (body === undefined) return null;
  return { status: rep.status, headers: memo.get(rep, coding, rep.status, () => ({ ...answerHeaders(rep, coding, rep.status, opts), 'content-length': String(body.length) })), body };
}

/** Headers built once per representation, coding and status (one store per route: its extra headers are fixed). */
export class PreparedHeaders {
  readonly #byRep = new WeakMap<Representation, Map<string, Record<string, string>>>();

  get(rep: Representation, coding: string, status: number, build: () => Record<string, string>): Record<string, string> {
    let forRep = this.#byRep.get(rep);
    if (forRep === undefined) {
      forRep = new Map();
      this.#byRep.set(rep, forRep);
    }
    const key = `${coding} ${status}`;
    let headers = forRep.get(key);
    if (headers === undefined) {
      headers = build();
      forRep.set(key, headers);
    }
    return headers;
  }
}

function codingFor(rep: Representation, acceptEncoding: string | undefined): ContentCoding | 'identity' {
  return isCompressible(rep) ? chooseEncoding(acceptEncoding) : 'identity';
}

/** RFC 9110 §13.2.1: preconditions apply to a 2xx answer only. */
function isNotModifiedFor(rep: Representation, req: PlanRequest): boolean {
  return rep.status === 200 && isNotModified({ ifNoneMatch: req.ifNoneMatch, ifModifiedSince: req.ifModifiedSince }, rep);
}

/** Returns the headers of the answer with `status` (304 repeats the cache headers, RFC 9110 §15.4.5), without content-length. */
function answerHeaders(rep: Representation, coding: ContentCoding | 'identity', status: number, opts: PlanOptions): Record<string, string> {
  // A strong ETag names exact bytes (RFC 9110 §8.8.3): a compressed body gets the weak form of the
  // identity body's tag, as nginx does, and If-None-Match's weak comparison matches either form.
  const headers: Record<string, string> = {
    'cache-control': `public, max-age=${rep.status === 404 ? NOT_FOUND_MAX_AGE : opts.maxAge}`,
    vary: 'Accept-Encoding',
    'x-content-type-options': 'nosniff',
    ...opts.extraHeaders,
  };
  if (rep.status === 200) {
    headers.etag = coding === 'identity' ? rep.etag : `W/${rep.etag}`;
    headers['last-modified'] = httpDate(rep.lastModified);
  }
  if (status === 304) return headers;
  headers['content-type'] = rep.contentType;
  if (coding !== 'identity') headers['content-encoding'] = coding;
  return headers;
}
