/**
 * Sign-in attempts per client address in a sliding window (SPEC "rate-limited login"): 10 attempts
 * per 15 minutes, then 429 with Retry-After. Kept in process memory: a limit per process is still
 * a limit, and the alternative (a table) would put an unauthenticated write on every attempt.
 */
export interface LoginLimiter {
  /** Records an attempt by `key`; returns whether it may proceed, or how long to wait. */
  attempt(key: string, now: Date): { allowed: true } | { allowed: false; retryAfterSec: number };
}

/** Returns a limiter allowing `max` attempts per `windowMs` per key. */
export function createLoginLimiter(max = 10, windowMs = 15 * 60 * 1000): LoginLimiter {
  const hits = new Map<string, number[]>();
  return {
    attempt(key, now) {
      const t = now.getTime();
      const recent = (hits.get(key) ?? []).filter((h) => h > t - windowMs);
      if (recent.length >= max) {
        hits.set(key, recent);
        return { allowed: false, retryAfterSec: Math.max(1, Math.ceil((recent[0]! + windowMs - t) / 1000)) };
      }
      recent.push(t);
      hits.set(key, recent);
      // Forget idle keys now and then so the map stays bounded by the clients of one window.
      if (hits.size > 10_000) for (const [k, v] of hits) if (v.every((h) => h <= t - windowMs)) hits.delete(k);
      return { allowed: true };
    },
  };
}
