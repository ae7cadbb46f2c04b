import { PulseError } from '../errors.ts';

/** A keyset position: the sort time exactly as PostgreSQL holds it (µs, UTC text) and the row id. */
export interface Keyset {
  at: string;
  id: number;
}

const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Returns the opaque, URL-safe cursor for a keyset position. */
export function encodeKeyset(k: Keyset): string {
  return Buffer.from(JSON.stringify([k.at, k.id])).toString('base64url');
}

/** Returns the keyset a cursor stands for, or throws bad_request naming `cursor`. */
export function decodeKeyset(text: string): Keyset {
  const bad = () => new PulseError('bad_request', 'cursor is not one this server issued', { details: [{ field: 'cursor', message: 'invalid cursor' }] });
  if (!/^[A-Za-z0-9_-]{1,300}$/.test(text)) throw bad();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(value) || value.length !== 2) throw bad();
  const [at, id] = value as unknown[];
  if (typeof at !== 'string' || !AT.test(at) || typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) throw bad();
  return { at, id };
}
