/**
 * What a fetch can come to. Expected outcomes are values (STYLE habit 3); the caller switches on
 * `kind` exhaustively. Only a caller's own abort, or a bug, makes `Fetcher.fetch` reject.
 */
import type { CacheHints } from './response-classifier.ts';

export type { CacheHints } from './response-classifier.ts';

export type FetchKind = 'feed' | 'html' | 'any';

export type FailureReason =
  | 'refused'
  | 'timeout'
  | 'too-large'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'network'
  | 'bad-url'
  | 'unsupported-content';

export interface FetchOk {
  readonly kind: 'ok';
  /** The final URL, after redirects. */
  readonly url: string;
  /** The new URL when the first hop(s) were 301/308: the caller updates the source URL to it. */
  readonly permanentRedirect: string | null;
  readonly status: number;
  readonly contentType: string | null;
  /** The charset the text was decoded with (WHATWG name, e.g. "windows-1252"). */
  readonly charset: string;
  /** The body after Content-Encoding decoding (gzip/deflate/br), before charset decoding. */
  readonly body: Buffer;
  /** The body as text, BOM stripped. */
  readonly text: string;
  /** The ETag header, exactly as received; send it back byte for byte. */
  readonly etag: string | null;
  /** The Last-Modified header, exactly as received; send it back byte for byte. */
  readonly lastModified: string | null;
  readonly cache: CacheHints;
}

export interface FetchNotModified {
  readonly kind: 'not-modified';
  readonly url: string;
  /** The 304's validators when it sent any, else the ones the request carried. */
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly permanentRedirect: string | null;
  readonly cache: CacheHints;
}

export interface FetchGone {
  readonly kind: 'gone';
  readonly url: string;
  readonly status: 410;
  readonly message: string;
}

export interface FetchRateLimited {
  readonly kind: 'rate-limited';
  readonly url: string;
  readonly status: 429 | 503;
  readonly retryAfterSec: number | null;
  readonly cache: CacheHints;
  readonly message: string;
}

export interface FetchHttpError {
  readonly kind: 'http-error';
  readonly url: string;
  readonly status: number;
  /** e.g. "fetch: 500 from https://…" */
  readonly message: string;
}

export interface FetchFailed {
  readonly kind: 'failed';
  readonly url: string;
  readonly reason: FailureReason;
  readonly message: string;
}

export type FetchResult = FetchOk | FetchNotModified | FetchGone | FetchRateLimited | FetchHttpError | FetchFailed;

export interface FetchRequest {
  /** The stored ETag, sent as If-None-Match byte for byte. */
  readonly etag?: string | null;
  /** The stored Last-Modified, sent as If-Modified-Since byte for byte. */
  readonly lastModified?: string | null;
  /** Overrides the Accept header chosen by `kind`. */
  readonly accept?: string;
  /** What is wanted: sets Accept, the charset rules and which content types are refused. Default 'any'. */
  readonly kind?: FetchKind;
  /** Aborting it makes `fetch` reject with the signal's reason. */
  readonly signal?: AbortSignal;
  /**
   * When every per-host slot is taken: 'wait' (default) queues for one; 'throw' rejects at once with
   * HostBusyError, so a queue job can give its worker slot back instead of waiting in it.
   */
  readonly hostBusy?: 'wait' | 'throw';
}

export interface Fetcher {
  /** Fetches `url` following redirects under the SSRF guard and limits; resolves to an outcome, never a thrown fetch error. */
  fetch(url: string, req?: FetchRequest): Promise<FetchResult>;
  /** Closes pooled connections; waits for fetches in flight (each bounded by timeoutMs). */
  close(): Promise<void>;
}

export interface FetcherOptions {
  /** Sent as User-Agent; must name Pulse (SPEC "Fetch politely"). */
  readonly userAgent: string;
  /** PULSE_ALLOW_HOSTS: hostnames (exact, case-insensitive), IPs or CIDRs the guard lets through. Empty = none. */
  readonly allowHosts: readonly string[];
  /** Per connection attempt, DNS included. Default 10 000. */
  readonly connectTimeoutMs?: number;
  /** The whole fetch: every hop, headers and body. Default 30 000. */
  readonly timeoutMs?: number;
  /** Body limit on the wire and after decompression. Default 10 MiB. */
  readonly maxBytes?: number;
  /** Default 5. */
  readonly maxRedirects?: number;
  /** Default 2. */
  readonly perHostConcurrency?: number;
  /** The clock Retry-After dates are measured against. Default: the system clock. */
  readonly clock?: () => Date;
  /** Replaces DNS (tests); must return every address of the name. */
  readonly lookup?: (hostname: string) => Promise<readonly { address: string; family: number }[]>;
}
