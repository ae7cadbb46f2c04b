import { PulseError } from '../errors.ts';
import type { WebSubPingPayload } from './feeds-changed.ts';
import type { Site } from './types.ts';
import { feedUrls } from './urls.ts';

/**
 * Tells the WebSub hub that feeds changed, so it fetches them and pushes to subscribers
 * (W3C WebSub §6: how a publisher notifies its hub is hub-specific; `hub.mode=publish` with
 * `hub.url` form-encoded is the convention every public hub accepts). The hub URL is operator
 * configuration, not user input, so it is called with plain fetch (no SSRF guard).
 */

/** A hub that does not answer within this time is retried later by the queue. */
export const WEBSUB_TIMEOUT_MS = 10_000;

/** Returns the topic URLs a change touches: the three site feeds and the three feeds of each tag. */
export function changedFeedUrls(site: Site, tags: readonly string[]): string[] {
  const urls: string[] = [];
  for (const tag of [null, ...tags]) {
    const f = feedUrls(site, tag);
    urls.push(f.rss, f.atom, f.json);
  }
  return urls;
}

export interface PingOptions {
  userAgent: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * POSTs `hub.mode=publish&hub.url=<topic>` to the hub, one request per topic (some hubs take only
 * one hub.url per request). Throws on a network error, a timeout or any non-2xx answer, so the
 * queue retries the job with backoff.
 */
export async function pingHub(hubUrl: string, topics: readonly string[], opts: PingOptions): Promise<void> {
  for (const topic of topics) {
    const signals = [AbortSignal.timeout(opts.timeoutMs ?? WEBSUB_TIMEOUT_MS), ...(opts.signal ? [opts.signal] : [])];
    let res: Response;
    try {
      res = await fetch(hubUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': opts.userAgent },
        body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': topic }).toString(),
        signal: AbortSignal.any(signals),
        redirect: 'error',
      });
    } catch (err) {
      throw new PulseError('fetch_failed', `websub: ping of ${hubUrl} for ${topic} failed`, { cause: err });
    }
    // Drain the body so the connection is reused.
    await res.arrayBuffer().catch(() => undefined);
    if (res.status < 200 || res.status > 299) {
      throw new PulseError('fetch_failed', `websub: ${res.status} from ${hubUrl} for ${topic}`);
    }
  }
}

/** Returns the payload of a 'websub.ping' job, or throws when it is not one. */
export function parsePingPayload(payload: Record<string, unknown>): WebSubPingPayload {
  const { hub_url, generation, reason, analysis_id, tags } = payload;
  if (typeof hub_url !== 'string' || typeof generation !== 'number' || typeof analysis_id !== 'number' || !Array.isArray(tags)) {
    throw new PulseError('bad_request', `websub: malformed ping payload ${JSON.stringify(payload).slice(0, 200)}`);
  }
  const why = reason === 'update' || reason === 'retract' ? reason : 'publish';
  return { hub_url, generation, reason: why, analysis_id, tags: tags.filter((t): t is string => typeof t === 'string') };
}
