import { describe, expect, it } from 'vitest';
import { chooseEncoding } from '../../src/publish/accept-encoding.ts';

describe('chooseEncoding', () => {
  it.each([
    ['no header', undefined, 'identity'],
    ['an empty header', '', 'identity'],
    ['gzip only', 'gzip', 'gzip'],
    ['the browser default', 'gzip, deflate, br, zstd', 'br'],
    ['gzip preferred by q-value', 'br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br preferred by q-value', 'gzip;q=0.5, br', 'br'],
    ['a tie, which br wins', 'gzip;q=0.7, br;q=0.7', 'br'],
    ['br refused', 'br;q=0, gzip', 'gzip'],
    ['both refused', 'br;q=0, gzip;q=0', 'identity'],
    ['the wildcard', '*', 'br'],
    ['the wildcard with gzip refused', '*;q=0.5, br;q=0', 'gzip'],
    ['x-gzip', 'x-gzip', 'gzip'],
    ['odd spacing and case', ' GZip ; Q=0.9 ,BR;q=0.1', 'gzip'],
    ['identity only', 'identity', 'identity'],
    ['an unknown coding', 'compress', 'identity'],
  ] as const)('answers %s (%s) with %s', (_what, header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});
