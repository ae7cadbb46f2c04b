import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, withDeadline } from '../../src/db/unavailable.ts';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a reset connection', withCode('ECONNRESET')],
    ['pg losing its server mid-query', new Error('Connection terminated unexpectedly')],
    ['the pool timing out on connect', new Error('timeout exceeded when trying to connect')],
    ['PostgreSQL shutting down (57P01)', withCode('57P01', 'terminating connection due to administrator command')],
    ['PostgreSQL starting up (57P03)', withCode('57P03', 'the database system is starting up')],
    ['a connection exception (08006)', withCode('08006')],
    ['PGlite closed under the app', new Error('PGlite is closed')],
    ['kysely after destroy', new Error('driver has already been destroyed')],
    ['the cause of a wrapping error', new Error('publish: render failed', { cause: withCode('ECONNREFUSED') })],
    ['one of an AggregateError (::1 and 127.0.0.1)', new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')])],
  ])('says yes for %s', (_name, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error', withCode('42601', 'syntax error at or near "selec"')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'rows')")],
    ['a non-error value', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('says no for %s', (_name, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
});

describe('withDeadline', () => {
  it('passes the answer through, and rejects as unreachable when none comes', async () => {
    await expect(withDeadline(Promise.resolve(7), 1000, 'test')).resolves.toBe(7);
    const never = new Promise<never>(() => undefined);
    const late = withDeadline(never, 10, 'feed state');
    await expect(late).rejects.toThrow(/feed state: database unreachable/);
    await late.catch((err: unknown) => expect(isDatabaseUnavailable(err)).toBe(true));
  });
});
