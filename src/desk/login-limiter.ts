import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor } from '../queue/types.ts';

/**
 * Failed sign-in attempts per client address and per attempted token (SPEC "rate-limited login",
 * "Sign-in limits count failed attempts only"): 10 failures per 15 minutes, then 429 with
 * Retry-After; a successful sign-in is refunded, so signing in never locks an editor out. The count lives in PostgreSQL (sql/002_desk_limits.sql), not in
 * process memory, so N server processes allow 10 attempts in all, not N×10 (SPEC "every
 * coordination between processes goes through PostgreSQL").
 *
 * A window opens at an address's first attempt and lasts 15 minutes; every attempt, refused ones
 * included, is counted by ONE upsert, so two processes counting at once cannot both see 9.
 * Like any fixed window, an address can spend its 10 at the end of one window and 10 more at the
 * start of the next; the unauthenticated write per attempt is the price of a shared limit.
 */
export type LoginVerdict = { allowed: true } | { allowed: false; retryAfterSec: number };

export interface LoginLimiter {
  /** Records an attempt by `key`; resolves to whether it may proceed, or how long to wait. */
  attempt(key: string, now: Date): Promise<LoginVerdict>;
  /**
   * Takes back the attempt just recorded for `key` (a sign-in that succeeded): only failures stay
   * counted (SPEC "Sign-in limits count failed attempts only"). Counting first and refunding on
   * success keeps the limit atomic: N simultaneous guesses cannot all pass a read-only check.
   */
  refund(key: string): Promise<void>;
}

/** Returns the limiter key of an attempted token: a hash prefix, never the token (SPEC "hashed tokens"). */
export function tokenKey(token: string): string {
  return `token:${createHash('sha256').update(token).digest('hex').slice(0, 32)}`;
}

export interface LoginLimits {
  max: number;
  windowMs: number;
}

/** SPEC: 10 sign-in attempts per 15 minutes per address. */
export const LOGIN_LIMITS: LoginLimits = Object.freeze({ max: 10, windowMs: 15 * 60 * 1000 });

/** Returns the verdict for an address whose window opened at `window_start` and holds `attempts` (this one included). */
export function loginVerdict(window: { window_start: Date; attempts: number }, now: Date, limits: LoginLimits = LOGIN_LIMITS): LoginVerdict {
  if (window.attempts <= limits.max) return { allowed: true };
  const reopensAt = window.window_start.getTime() + limits.windowMs;
  return { allowed: false, retryAfterSec: Math.max(1, Math.ceil((reopensAt - now.getTime()) / 1000)) };
}

/** Returns a limiter counting attempts in the `login_attempts` table of `db`. */
export function createLoginLimiter(db: Executor, limits: LoginLimits = LOGIN_LIMITS): LoginLimiter {
  return {
    async attempt(key, now) {
      const expired = new Date(now.getTime() - limits.windowMs);
      // In SET, `login_attempts.*` is the row before this update: a passed window restarts at 1;
      // a live one counts on, capped at max+1 so a hammering client cannot grow the number.
      const row = await db
        .insertInto('login_attempts')
        .values({ ip: key.slice(0, 200) || 'unknown', window_start: now, attempts: 1 })
        .onConflict((oc) =>
          oc.column('ip').doUpdateSet({
            window_start: sql`case when login_attempts.window_start <= ${expired}::timestamptz then excluded.window_start else login_attempts.window_start end`,
            attempts: sql`case when login_attempts.window_start <= ${expired}::timestamptz then 1 else least(login_attempts.attempts + 1, ${limits.max + 1}::int) end`,
          }),
        )
        .returning(['window_start', 'attempts'])
        .executeTakeFirstOrThrow();
      return loginVerdict(row, now, limits);
    },
    async refund(key) {
      const k = key.slice(0, 200) || 'unknown';
      await db.deleteFrom('login_attempts').where('ip', '=', k).where('attempts', '<=', 1).execute();
      await db.updateTable('login_attempts').set({ attempts: sql`attempts - 1` }).where('ip', '=', k).where('attempts', '>', 1).execute();
    },
  };
}

/** Deletes the windows that have passed by `now` (run by 'maintenance.prune'); returns how many. */
export async function pruneLoginAttempts(db: Executor, now: Date, limits: LoginLimits = LOGIN_LIMITS): Promise<number> {
  const r = await db.deleteFrom('login_attempts').where('window_start', '<=', new Date(now.getTime() - limits.windowMs)).executeTakeFirst();
  return Number(r.numDeletedRows);
}
