/**
 * The undici connector that enforces the SSRF guard at the moment a connection is opened:
 * resolve the hostname once, vet EVERY address (ssrf-guard.ts), then dial the vetted IP itself —
 * never the name — with TLS SNI and certificate checks still using the hostname. Because the
 * socket goes to the address that was checked, there is no DNS-rebinding window (SPEC "Bad input
 * and security": fetches pin the vetted IP). undici opens a connection per origin, so every
 * redirect hop to a new host passes through here; a refused connection sends no byte.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import type { Socket } from 'node:net';
import { buildConnector } from 'undici';
import { isIpLiteral } from './ip-address.ts';
import { normaliseHostname, staticAddresses, vetAddresses, type AddressVerdict, type AllowList } from './ssrf-guard.ts';

/** Resolves a hostname to all its addresses (the FetcherOptions `lookup` hook has this shape). */
export type LookupFn = (hostname: string) => Promise<readonly { address: string; family: number }[]>;

/** Thrown (through undici) when the guard refuses every way to reach a host. */
export class GuardRefusedError extends Error {
  readonly code = 'PULSE_FETCH_REFUSED';
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly verdict: AddressVerdict,
  ) {
    super(`refused ${hostname}: resolves to ${address} (${verdict.class})`);
    this.name = 'GuardRefusedError';
  }
}

/** Thrown when the hostname does not resolve (or resolves to nothing). */
export class ResolveError extends Error {
  readonly code = 'PULSE_FETCH_DNS';
  constructor(
    readonly hostname: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot resolve ${hostname}`, options);
    this.name = 'ResolveError';
  }
}

/** Thrown when resolving the name takes longer than the connect timeout. */
export class LookupTimeoutError extends Error {
  readonly code = 'PULSE_CONNECT_TIMEOUT';
  constructor(readonly hostname: string) {
    super(`resolving ${hostname} timed out`);
    this.name = 'LookupTimeoutError';
  }
}

export interface PinnedConnectorOptions {
  readonly allow: AllowList;
  readonly connectTimeoutMs: number;
  readonly lookup?: LookupFn;
}

// Errors after which the next vetted address is worth a try (the host may have several).
const TRY_NEXT = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'EADDRNOTAVAIL']);

/** Returns an undici connector that resolves, vets and dials the vetted IP. */
export function createPinnedConnector(options: PinnedConnectorOptions): buildConnector.connector {
  const base = buildConnector({ timeout: options.connectTimeoutMs });
  const lookup: LookupFn = options.lookup ?? ((hostname) => dnsLookup(hostname, { all: true, verbatim: true }));

  async function connectPinned(connectOptions: buildConnector.Options): Promise<Socket> {
    const hostname = connectOptions.hostname;
    const addresses = staticAddresses(hostname) ?? (await resolveWithin(lookup, hostname, options.connectTimeoutMs));
    const vet = vetAddresses(hostname, addresses, options.allow);
    if (!vet.ok) throw new GuardRefusedError(hostname, vet.address, vet.verdict);

    // SNI and certificate identity keep the name; an IP literal gets no SNI (RFC 6066 §3).
    const servername = isIpLiteral(hostname) ? undefined : normaliseHostname(hostname);
    let lastError: unknown = new ResolveError(hostname);
    for (const ip of vet.addresses) {
      try {
        return await dial(base, { ...connectOptions, hostname: ip.text, ...(servername ? { servername } : {}) });
      } catch (err) {
        lastError = err;
        if (!TRY_NEXT.has(errorCode(err))) break;
      }
    }
    throw lastError;
  }

  return (connectOptions, callback) => {
    connectPinned(connectOptions).then(
      (socket) => callback(null, socket),
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), null),
    );
  };
}

async function resolveWithin(lookup: LookupFn, hostname: string, timeoutMs: number): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LookupTimeoutError(hostname)), timeoutMs);
  });
  try {
    const answers = await Promise.race([lookup(hostname), timeout]);
    if (answers.length === 0) throw new ResolveError(hostname);
    return answers.map((a) => a.address);
  } catch (err) {
    if (err instanceof LookupTimeoutError || err instanceof ResolveError) throw err;
    throw new ResolveError(hostname, { cause: err });
  } finally {
    clearTimeout(timer);
  }
}

function dial(base: buildConnector.connector, connectOptions: buildConnector.Options): Promise<Socket> {
  return new Promise((resolve, reject) => {
    base(connectOptions, (err, socket) => (err ? reject(err) : resolve(socket as Socket)));
  });
}

/** Returns the `code` of an error-like value, or ''. */
export function errorCode(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') return err.code;
  return '';
}
