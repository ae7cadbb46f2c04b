import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { PulseError } from './errors.ts';

/**
 * Pulse's configuration, read once from the environment (SPEC "Configuration"), validated with
 * every problem reported at once, frozen, and passed down: deep modules never read process.env.
 */
export interface Config {
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  readonly host: string;
  readonly port: number;
  readonly baseUrl: string;
  readonly siteTitle: string;
  readonly siteDescription: string;
  readonly allowHosts: readonly string[];
  /**
   * Which proxies' X-Forwarded-For is believed (Fastify `trustProxy`): false (the peer address is
   * the client), true (any), a hop count, or a list of addresses/CIDRs. Off by default, so a client
   * cannot pick its own address for the sign-in limit (issue 11).
   */
  readonly trustProxy: boolean | number | readonly string[];
  readonly websubHub: string | null;
  readonly workers: number;
  /** How long a claimed job is held before another worker may take it over. */
  readonly jobLeaseSeconds: number;
  readonly logLevel: LogLevel;
  /** Whether LOG_LEVEL was set: one-shot commands log only warnings unless it was. */
  readonly logLevelSet: boolean;
  readonly fetch: {
    readonly connectTimeoutMs: number;
    readonly timeoutMs: number;
    readonly maxBytes: number;
  };
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** One documented variable: its name, default and meaning (the README's table is generated from the same list). */
export interface VariableDoc {
  name: string;
  default: string;
  meaning: string;
}

export const VARIABLES: readonly VariableDoc[] = [
  { name: 'DATABASE_URL', default: '(unset)', meaning: 'postgres://… to use PostgreSQL; unset runs on embedded PGlite' },
  { name: 'PULSE_DATA_DIR', default: './data', meaning: "PGlite's folder (only without DATABASE_URL)" },
  { name: 'HOST', default: '127.0.0.1', meaning: 'address the HTTP server listens on' },
  { name: 'PORT', default: '8080', meaning: 'HTTP port (0 picks a free one)' },
  { name: 'PULSE_BASE_URL', default: 'http://HOST:PORT', meaning: 'public URL used in feeds and links' },
  { name: 'PULSE_SITE_TITLE', default: 'Pulse', meaning: 'title of the published feeds and pages' },
  { name: 'PULSE_SITE_DESCRIPTION', default: 'News analysis', meaning: 'description of the published feeds' },
  { name: 'PULSE_ALLOW_HOSTS', default: '(empty)', meaning: 'comma list of hosts/CIDRs that may be fetched although private or loopback' },
  { name: 'PULSE_TRUST_PROXY', default: 'false', meaning: 'believe X-Forwarded-For only from these proxies: false, true (any), a hop count, or a comma list of addresses/CIDRs' },
  { name: 'PULSE_WEBSUB_HUB', default: '(unset)', meaning: 'WebSub hub URL announced in feeds and pinged on every change' },
  { name: 'PULSE_WORKERS', default: '4', meaning: 'concurrent job slots per worker process' },
  { name: 'PULSE_JOB_LEASE_SECONDS', default: '300', meaning: "a job's lease: a hung worker's jobs are taken over after it (a killed worker's at once)" },
  { name: 'LOG_LEVEL', default: 'info', meaning: LOG_LEVELS.join(' | ') },
  { name: 'PULSE_FETCH_CONNECT_TIMEOUT_MS', default: '10000', meaning: 'connect timeout of every fetch' },
  { name: 'PULSE_FETCH_TIMEOUT_MS', default: '30000', meaning: 'whole-fetch timeout' },
  { name: 'PULSE_FETCH_MAX_BYTES', default: '10485760', meaning: 'body limit, also after decompression' },
];

type Env = Record<string, string | undefined>;

/** Returns the validated, frozen Config for `env`, or throws one PulseError listing every problem. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const problems: string[] = [];
  const get = (name: string): string | undefined => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw)) {
      problems.push(`${name}=${JSON.stringify(raw)} is not a whole number`);
      return fallback;
    }
    const n = Number(raw);
    if (n < min || n > max) {
      problems.push(`${name}=${raw} is out of range (${min}–${max})`);
      return fallback;
    }
    return n;
  };

  const url = (name: string, protocols: string[]): string | null => {
    const raw = get(name);
    if (raw === undefined) return null;
    try {
      const u = new URL(raw);
      if (!protocols.includes(u.protocol)) {
        problems.push(`${name} must use ${protocols.join(' or ')} (got ${u.protocol})`);
        return null;
      }
      return raw;
    } catch {
      problems.push(`${name}=${JSON.stringify(raw)} is not a valid URL`);
      return null;
    }
  };

  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:']);
  const dataDir = path.resolve(cwd, get('PULSE_DATA_DIR') ?? './data');
  const host = get('HOST') ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:\-[\]]+$/.test(host)) problems.push(`HOST=${JSON.stringify(host)} is not a host name or address`);
  const port = integer('PORT', 8080, 0, 65535);
  const baseUrlRaw = url('PULSE_BASE_URL', ['http:', 'https:']);
  const displayHost = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  const baseUrl = (baseUrlRaw ?? `http://${displayHost === '0.0.0.0' ? '127.0.0.1' : displayHost}:${port}`).replace(/\/+$/, '');
  const websubHub = url('PULSE_WEBSUB_HUB', ['http:', 'https:']);
  const workers = integer('PULSE_WORKERS', 4, 1, 256);
  const jobLeaseSeconds = integer('PULSE_JOB_LEASE_SECONDS', 300, 1, 86_400);

  const allowHosts = (get('PULSE_ALLOW_HOSTS') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const entry of allowHosts) {
    if (!/^[A-Za-z0-9.:\-_[\]]+(\/\d{1,3})?$/.test(entry)) problems.push(`PULSE_ALLOW_HOSTS entry ${JSON.stringify(entry)} is not a host, address or CIDR`);
  }

  const trustProxy = parseTrustProxy(get('PULSE_TRUST_PROXY'), problems);

  const logLevelRaw = (get('LOG_LEVEL') ?? 'info').toLowerCase();
  const logLevel = (LOG_LEVELS as readonly string[]).includes(logLevelRaw) ? (logLevelRaw as LogLevel) : 'info';
  if (logLevel !== logLevelRaw) problems.push(`LOG_LEVEL=${JSON.stringify(logLevelRaw)} must be one of ${LOG_LEVELS.join(', ')}`);

  const fetch = {
    connectTimeoutMs: integer('PULSE_FETCH_CONNECT_TIMEOUT_MS', 10_000, 100, 600_000),
    timeoutMs: integer('PULSE_FETCH_TIMEOUT_MS', 30_000, 100, 3_600_000),
    maxBytes: integer('PULSE_FETCH_MAX_BYTES', 10 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
  };

  if (problems.length > 0) {
    throw new PulseError('config_invalid', `configuration: ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n  - ${problems.join('\n  - ')}`, {
      details: problems,
    });
  }

  return Object.freeze({
    databaseUrl,
    dataDir,
    host,
    port,
    baseUrl,
    siteTitle: get('PULSE_SITE_TITLE') ?? 'Pulse',
    siteDescription: get('PULSE_SITE_DESCRIPTION') ?? 'News analysis',
    allowHosts: Object.freeze(allowHosts),
    trustProxy: Array.isArray(trustProxy) ? Object.freeze(trustProxy) : trustProxy,
    websubHub,
    workers,
    jobLeaseSeconds,
    logLevel,
    logLevelSet: get('LOG_LEVEL') !== undefined,
    fetch: Object.freeze(fetch),
  });
}

/** Loads `.env` from `cwd` into process.env when present (existing variables win), as SPEC asks. */
export function loadDotEnv(cwd: string = process.cwd()): void {
  const file = path.join(cwd, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

/**
 * Returns PULSE_TRUST_PROXY as Fastify's `trustProxy` takes it: unset/false/0 → false, true → true,
 * a whole number → that many hops, else a comma list of IPv4/IPv6 addresses or CIDRs (each checked;
 * a bad entry is reported in `problems`).
 */
export function parseTrustProxy(raw: string | undefined, problems: string[]): boolean | number | string[] {
  if (raw === undefined) return false;
  const text = raw.trim().toLowerCase();
  if (text === '' || text === 'false' || text === 'off' || text === 'no' || text === '0') return false;
  if (text === 'true' || text === 'on' || text === 'yes') return true;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 32) problems.push(`PULSE_TRUST_PROXY=${raw} hops is out of range (1–32)`);
    return Math.min(hops, 32);
  }
  const entries = raw.split(',').map((e) => e.trim()).filter((e) => e !== '');
  for (const entry of entries) {
    if (!isAddressOrCidr(entry)) problems.push(`PULSE_TRUST_PROXY entry ${JSON.stringify(entry)} is not an IP address or CIDR (use false, true, a hop count, or e.g. 10.0.0.1,192.168.0.0/16)`);
  }
  return entries;
}

function isAddressOrCidr(entry: string): boolean {
  const [addr, bits, extra] = entry.split('/');
  if (extra !== undefined || addr === undefined) return false;
  const v = isIP(addr);
  if (v === 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (v === 4 ? 32 : 128);
}
