/**
 * The SSRF guard (SPEC "Bad input and security"): which addresses Pulse may connect to.
 * Everything here is pure; the DNS lookup and the pinned connection live in pinned-connector.ts,
 * which calls `vetAddresses` for every connection it opens (so every redirect hop is checked).
 *
 * Policy for names with several addresses: REFUSE if ANY resolved address is forbidden, rather
 * than connecting to the allowed subset. A name that mixes public and private records is the
 * shape of a DNS-rebinding or split-horizon attack, and quietly dropping the bad records would
 * let such a name pass while hiding the misconfiguration from the operator.
 */
import { PulseError } from '../errors.ts';
import { cidrContains, ipv4At, parseCidr, parseIp, prefixMatches, type CidrBlock, type IpAddress } from './ip-address.ts';

export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'ula'
  | 'unspecified'
  | 'multicast'
  | 'broadcast'
  | 'metadata'
  | 'reserved';

/** How an IPv4 address was carried inside an IPv6 one, when it was. */
export type Embedding = 'ipv4-mapped' | 'ipv4-compatible' | 'ipv4-translated' | 'nat64' | '6to4' | 'teredo';

export interface AddressVerdict {
  readonly class: AddressClass;
  /** Set when the verdict is that of an IPv4 address embedded in this IPv6 address. */
  readonly via: Embedding | null;
  /** The embedded IPv4 address the verdict was taken from, when `via` is set. */
  readonly embedded: string | null;
}

interface Range {
  readonly block: CidrBlock;
  readonly class: AddressClass;
}

function range(cidr: string, cls: AddressClass): Range {
  const block = parseCidr(cidr);
  if (!block) throw new Error(`ssrf-guard: bad built-in range ${cidr}`);
  return { block, class: cls };
}

/**
 * Cloud metadata services, refused even when a hostname allow entry would lift the guard.
 * AWS/GCP/Azure/OpenStack 169.254.169.254, AWS IPv6 fd00:ec2::254, Alibaba 100.100.100.200,
 * Azure WireServer 168.63.129.16 (a public address, hence listed by itself), AWS ECS 169.254.170.2.
 */
const METADATA = ['169.254.169.254', '169.254.170.2', '100.100.100.200', '168.63.129.16', 'fd00:ec2::254'].map((a) =>
  range(a, 'metadata'),
);

// IANA IPv4 Special-Purpose Address Registry (RFC 6890 and updates); first match wins.
const IPV4_RANGES: Range[] = [
  ...METADATA.filter((r) => r.block.family === 4),
  range('0.0.0.0/8', 'unspecified'), // "this network", RFC 1122 §3.2.1.3; 0.0.0.0 reaches localhost on Linux
  range('10.0.0.0/8', 'private'), // RFC 1918
  range('100.64.0.0/10', 'cgnat'), // RFC 6598
  range('127.0.0.0/8', 'loopback'), // RFC 1122
  range('169.254.0.0/16', 'link-local'), // RFC 3927
  range('172.16.0.0/12', 'private'), // RFC 1918
  range('192.0.0.0/24', 'reserved'), // IETF protocol assignments, RFC 6890
  range('192.0.2.0/24', 'reserved'), // TEST-NET-1, RFC 5737
  range('192.88.99.0/24', 'reserved'), // 6to4 relay anycast, RFC 7526
  range('192.168.0.0/16', 'private'), // RFC 1918
  range('198.18.0.0/15', 'reserved'), // benchmarking, RFC 2544
  range('198.51.100.0/24', 'reserved'), // TEST-NET-2
  range('203.0.113.0/24', 'reserved'), // TEST-NET-3
  range('224.0.0.0/4', 'multicast'), // RFC 5771
  range('255.255.255.255/32', 'broadcast'), // RFC 919
  range('240.0.0.0/4', 'reserved'), // RFC 1112 "future use"
];

// IANA IPv6 Special-Purpose Address Registry; the embedding prefixes are handled before these.
const IPV6_RANGES: Range[] = [
  ...METADATA.filter((r) => r.block.family === 6),
  range('::/128', 'unspecified'),
  range('::1/128', 'loopback'),
  range('64:ff9b:1::/48', 'private'), // local-use NAT64, RFC 8215
  range('100::/64', 'reserved'), // discard-only, RFC 6666
  range('2001:db8::/32', 'reserved'), // documentation, RFC 3849
  range('fc00::/7', 'ula'), // RFC 4193
  range('fe80::/10', 'link-local'), // RFC 4291
  range('fec0::/10', 'private'), // deprecated site-local, RFC 3879
  range('ff00::/8', 'multicast'),
];

const GLOBAL_UNICAST = range('2000::/3', 'public');

interface EmbeddingRule {
  readonly block: CidrBlock;
  readonly via: Embedding;
  /** Offsets of the IPv4 address (or addresses) carried; all are checked. */
  readonly offsets: readonly { offset: number; xor: number }[];
}

function embedding(cidr: string, via: Embedding, offsets: { offset: number; xor: number }[]): EmbeddingRule {
  const block = parseCidr(cidr);
  if (!block) throw new Error(`ssrf-guard: bad built-in range ${cidr}`);
  return { block, via, offsets };
}

const EMBEDDINGS: EmbeddingRule[] = [
  embedding('::ffff:0:0/96', 'ipv4-mapped', [{ offset: 12, xor: 0 }]), // RFC 4291 §2.5.5.2
  embedding('::ffff:0:0:0/96', 'ipv4-translated', [{ offset: 12, xor: 0 }]), // SIIT, RFC 2765
  embedding('64:ff9b::/96', 'nat64', [{ offset: 12, xor: 0 }]), // RFC 6052
  embedding('2002::/16', '6to4', [{ offset: 2, xor: 0 }]), // RFC 3056
  // Teredo (RFC 4380 §4): server IPv4 in bits 32–63, client IPv4 obfuscated (XOR) in bits 96–127.
  embedding('2001::/32', 'teredo', [
    { offset: 4, xor: 0 },
    { offset: 12, xor: 0xff },
  ]),
];
// IPv4-compatible ::a.b.c.d (RFC 4291 §2.5.5.1, deprecated) — everything in ::/96 except :: and ::1.
const IPV4_COMPATIBLE = embedding('::/96', 'ipv4-compatible', [{ offset: 12, xor: 0 }]);

/** Returns the class of an address literal; anything that is not a public unicast address is forbidden. */
export function classifyAddress(address: IpAddress | string): AddressVerdict {
  const ip = typeof address === 'string' ? parseIp(address) : address;
  if (!ip) return { class: 'reserved', via: null, embedded: null };
  if (ip.family === 4) return { class: classifyIpv4(ip), via: null, embedded: null };

  for (const r of IPV6_RANGES) {
    if (r.class === 'metadata' && cidrContains(r.block, ip)) return { class: r.class, via: null, embedded: null };
  }
  const isUnspecifiedOrLoopback = ['::', '::1'].includes(ip.text);
  const rules = isUnspecifiedOrLoopback ? EMBEDDINGS : [...EMBEDDINGS, IPV4_COMPATIBLE];
  for (const rule of rules) {
    if (!cidrContains(rule.block, ip)) continue;
    // The worst of the carried IPv4 addresses decides.
    for (const { offset, xor } of rule.offsets) {
      const v4 = ipv4At(ip.bytes, offset, xor);
      const cls = classifyIpv4(v4);
      if (cls !== 'public') return { class: cls, via: rule.via, embedded: v4.text };
    }
    if (rule.via === 'ipv4-compatible' || rule.via === 'ipv4-translated') {
      // Deprecated forms no public service uses; there is no reason to dial them.
      return { class: 'reserved', via: rule.via, embedded: ipv4At(ip.bytes, 12).text };
    }
    return { class: 'public', via: rule.via, embedded: null };
  }
  for (const r of IPV6_RANGES) {
    if (cidrContains(r.block, ip)) return { class: r.class, via: null, embedded: null };
  }
  // Outside 2000::/3 nothing is assigned for global unicast (RFC 4291 §2.4).
  if (!cidrContains(GLOBAL_UNICAST.block, ip)) return { class: 'reserved', via: null, embedded: null };
  return { class: 'public', via: null, embedded: null };
}

function classifyIpv4(ip: IpAddress): AddressClass {
  for (const r of IPV4_RANGES) if (prefixMatches(ip.bytes, r.block.bytes, r.block.prefix)) return r.class;
  return 'public';
}

/** The parsed PULSE_ALLOW_HOSTS: hostnames (exact, case-insensitive) and IP/CIDR blocks. */
export interface AllowList {
  readonly hosts: ReadonlySet<string>;
  readonly blocks: readonly CidrBlock[];
}

/** Returns the allow list for the given entries; throws PulseError('config_invalid') for a malformed entry. */
export function parseAllowList(entries: readonly string[]): AllowList {
  const hosts = new Set<string>();
  const blocks: CidrBlock[] = [];
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry.includes('/') || parseIp(entry)) {
      const block = parseCidr(entry);
      if (!block) throw new PulseError('config_invalid', `PULSE_ALLOW_HOSTS: "${raw}" is not a valid IP address or CIDR block`);
      blocks.push(block);
      continue;
    }
    if (!/^[a-z0-9_.-]+$/.test(entry) || entry.startsWith('.') || entry.includes('..')) {
      throw new PulseError('config_invalid', `PULSE_ALLOW_HOSTS: "${raw}" is not a hostname, IP address or CIDR block`);
    }
    hosts.add(normaliseHostname(entry));
  }
  return { hosts, blocks };
}

/** Returns the hostname in the form allow entries are compared in (lower case, no trailing dot, no brackets). */
export function normaliseHostname(hostname: string): string {
  let h = hostname.trim().toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  return h.endsWith('.') ? h.slice(0, -1) : h;
}

/** Returns true when an IP/CIDR allow entry covers `ip` (an IPv4 entry also covers its IPv4-mapped form). */
export function allowListCoversAddress(allow: AllowList, ip: IpAddress): boolean {
  const candidates = [ip];
  const verdict = ip.family === 6 ? classifyAddress(ip) : null;
  if (verdict?.via === 'ipv4-mapped' && verdict.embedded) {
    const v4 = parseIp(verdict.embedded);
    if (v4) candidates.push(v4);
  }
  return allow.blocks.some((block) => candidates.some((c) => cidrContains(block, c)));
}

export type VetResult =
  | { readonly ok: true; readonly addresses: readonly IpAddress[] }
  | { readonly ok: false; readonly address: string; readonly verdict: AddressVerdict };

/**
 * Returns the addresses Pulse may connect to for `hostname`, or the first forbidden one.
 * A forbidden address passes when an IP/CIDR entry covers it, or when the hostname itself is
 * listed — except metadata addresses, which only an IP/CIDR entry can lift (a listed name whose
 * DNS later points at 169.254.169.254 must not reach the metadata service).
 */
export function vetAddresses(hostname: string, addresses: readonly string[], allow: AllowList): VetResult {
  const hostListed = allow.hosts.has(normaliseHostname(hostname));
  const vetted: IpAddress[] = [];
  for (const text of addresses) {
    const ip = parseIp(text);
    if (!ip) return { ok: false, address: text, verdict: { class: 'reserved', via: null, embedded: null } };
    const verdict = classifyAddress(ip);
    const allowed =
      verdict.class === 'public' ||
      allowListCoversAddress(allow, ip) ||
      (hostListed && verdict.class !== 'metadata');
    if (!allowed) return { ok: false, address: ip.text, verdict };
    vetted.push(ip);
  }
  return { ok: true, addresses: vetted };
}

/** Returns the human description of a verdict, e.g. "loopback" or "loopback, IPv4-mapped IPv6 of 127.0.0.1". */
export function describeVerdict(verdict: AddressVerdict): string {
  const names: Record<AddressClass, string> = {
    public: 'public',
    loopback: 'loopback',
    private: 'private',
    'link-local': 'link-local',
    cgnat: 'carrier-grade NAT',
    ula: 'unique local',
    unspecified: 'unspecified',
    multicast: 'multicast',
    broadcast: 'broadcast',
    metadata: 'cloud metadata',
    reserved: 'reserved',
  };
  const vias: Record<Embedding, string> = {
    'ipv4-mapped': 'IPv4-mapped IPv6',
    'ipv4-compatible': 'IPv4-compatible IPv6',
    'ipv4-translated': 'IPv4-translated IPv6',
    nat64: 'NAT64',
    '6to4': '6to4',
    teredo: 'Teredo',
  };
  const base = names[verdict.class];
  if (!verdict.via) return base;
  return verdict.embedded ? `${base}, ${vias[verdict.via]} of ${verdict.embedded}` : `${base}, ${vias[verdict.via]}`;
}

/** Returns the refusal message the SPEC asks for: "fetch: refused URL — resolves to IP (class); add it to PULSE_ALLOW_HOSTS to allow". */
export function refusalMessage(url: string, address: string, verdict: AddressVerdict): string {
  return `fetch: refused ${url} — resolves to ${address} (${describeVerdict(verdict)}); add it to PULSE_ALLOW_HOSTS to allow`;
}

/**
 * Returns the addresses a hostname stands for without asking DNS, when it is an IP literal or a
 * `localhost` name (RFC 6761 §6.3: always loopback, whatever a resolver says); otherwise null.
 */
export function staticAddresses(hostname: string): string[] | null {
  const h = normaliseHostname(hostname);
  const ip = parseIp(h);
  if (ip) return [ip.text];
  if (h === 'localhost' || h.endsWith('.localhost')) return ['127.0.0.1', '::1'];
  return null;
}
