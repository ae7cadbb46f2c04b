import pino, { type Logger } from 'pino';
import type { LogLevel } from './config.ts';

/**
 * Structured logs (pino, JSON lines) go to stderr so that stdout stays for a command's data
 * (`--json` writes exactly one document there). Keys are stable snake_case.
 */
export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { pid: process.pid } }, pino.destination({ fd: 2, sync: true }));
}

export type { Logger };
