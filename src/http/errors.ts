import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { PulseError, type ErrorCode } from '../errors.ts';

/** Retry-After of a 503: a restarting PostgreSQL is usually back within half a minute. */
export const RETRY_AFTER_UNAVAILABLE_SEC = 30;

/** The one place errors become HTTP statuses (STYLE habit 7). */
const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  fetch_failed: 422,
  fetch_refused: 422,
  parse_failed: 422,
  config_invalid: 500,
  database_locked: 503,
  database_unavailable: 503,
  internal: 500,
};

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad_request',
  FST_ERR_VALIDATION: 'bad_request',
  FST_ERR_RATE_LIMIT: 'rate_limited',
};

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** Returns the status and SPEC's JSON error body for any thrown value; 5xx details are hidden. */
export function toHttpError(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof PulseError) {
    const status = STATUS[err.code];
    if (status >= 500) return { status, body: { error: { code: err.code, message: 'internal error' } } };
    return { status, body: { error: { code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) } } };
  }
  const fe = err as Partial<FastifyError> & { statusCode?: number };
  const mapped = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (mapped) return { status: STATUS[mapped], body: { error: { code: mapped, message: fe.message ?? mapped } } };
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code = (Object.keys(STATUS) as ErrorCode[]).find((c) => STATUS[c] === fe.statusCode) ?? 'bad_request';
    return { status: fe.statusCode, body: { error: { code, message: fe.message ?? code } } };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'internal error' } } };
}

/** Fastify error handler: logs 5xx with their cause, answers SPEC's shape. */
export function errorHandler(err: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = toHttpError(err);
  if (status >= 500) request.log.error({ err }, 'request failed');
  if (status === 429 && !reply.hasHeader('retry-after')) reply.header('retry-after', '60');
  // A 503 is temporary (the database is away or the folder busy): say when to come back (RFC 9110 §10.2.3).
  if (status === 503 && !reply.hasHeader('retry-after')) reply.header('retry-after', String(RETRY_AFTER_UNAVAILABLE_SEC));
  void reply.status(status).type('application/json; charset=utf-8').send(body);
}
