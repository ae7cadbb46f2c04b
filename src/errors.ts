/**
 * Pulse's few error classes. Each carries a stable `code` (snake_case, also the HTTP error code),
 * a message that says where and what ("fetch: 503 from https://…"), and the cause when there is one.
 * Errors are mapped to HTTP statuses in exactly one place (src/http/errors.ts).
 */
export type ErrorCode =
  | 'bad_request'
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'gone'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'fetch_failed'
  | 'fetch_refused'
  | 'parse_failed'
  | 'config_invalid'
  | 'database_locked'
  | 'database_unavailable'
  | 'internal';

export class PulseError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PulseError';
    this.code = code;
    this.details = options.details;
  }
}

/** Returns true when `err` is a PulseError with one of the given codes. */
export function isPulseError(err: unknown, ...codes: ErrorCode[]): err is PulseError {
  return err instanceof PulseError && (codes.length === 0 || codes.includes(err.code));
}

/** Returns a one-line message for any thrown value (no stack trace). */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message.split('\n')[0] ?? err.name;
  return String(err);
}
