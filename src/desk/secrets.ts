import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Returns a new random secret: 32 bytes as base64url (43 characters), for API tokens, sessions and CSRF tokens. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Returns the sha256 of `secret` as 64 hex characters: the only form a token or session is stored in. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Returns true when `secret` has the shape newSecret() produces (checked before hashing anything a client sent). */
export function looksLikeSecret(secret: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(secret);
}

/** Compares two strings in constant time (CSRF tokens), false when lengths differ. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
