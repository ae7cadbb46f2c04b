/**
 * Tells "the database cannot be reached" from every other failure, so that the public routes can
 * serve their last cached copy (or 503 with Retry-After) during an outage instead of a bare 500
 * (SPEC "Bad input and security"; issue 13, fault 5). A query error (a bug, a constraint) is not
 * an outage and stays a 500.
 */

/** SQLSTATEs of a lost or refused server: class 08 (connection exception), 57P01–57P03 (shutdown, crash, starting up). */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123])$/;
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** What pg, kysely and PGlite say when the connection or the engine is gone (they carry no code). */
const UNAVAILABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|connection error and is not queryable|Client was closed and is not queryable|Cannot use a pool after calling end|driver has already been destroyed|PGlite is clos(ed|ing)|database unreachable/i;

/** Returns true when `err` (or one of its causes) says the database is unreachable. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e !== null && e !== undefined && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    if (typeof e !== 'object') return false;
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    // Node's AggregateError (e.g. ECONNREFUSED on both ::1 and 127.0.0.1) carries the code on its errors.
    if (Array.isArray((e as { errors?: unknown }).errors) && (e as { errors: unknown[] }).errors.some((x) => isDatabaseUnavailable(x))) return true;
  }
  return false;
}

/** Resolves like `promise`, or rejects as unreachable after `ms` (a server that swallows packets answers nothing). */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: database unreachable (no answer within ${ms} ms)`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
