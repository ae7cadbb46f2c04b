/**
 * IP address literals as bytes, and CIDR prefixes over them. Pure; no DNS.
 * Only the canonical textual forms are accepted here (dotted-quad IPv4, RFC 4291 §2.2 IPv6):
 * URL hostnames reach us already normalised by the WHATWG URL parser (which turns
 * `2130706433`, `0x7f000001` and `0177.0.0.1` into `127.0.0.1`), and DNS answers are canonical.
 */
import { isIPv4, isIPv6 } from 'node:net';

export interface IpAddress {
  readonly family: 4 | 6;
  /** 4 or 16 bytes, network order. */
  readonly bytes: Uint8Array;
  /** The canonical text (IPv6 compressed, lower case, no zone). */
  readonly text: string;
}

export interface CidrBlock {
  readonly family: 4 | 6;
  readonly bytes: Uint8Array;
  readonly prefix: number;
}

/** Returns the address for an IPv4/IPv6 literal (brackets and an IPv6 zone id allowed), or null. */
export function parseIp(input: string): IpAddress | null {
  let text = input.trim();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  const zone = text.indexOf('%');
  if (zone !== -1) text = text.slice(0, zone);
  if (isIPv4(text)) {
    const bytes = Uint8Array.from(text.split('.').map(Number));
    return { family: 4, bytes, text: bytes.join('.') };
  }
  if (isIPv6(text)) {
    const bytes = parseIpv6(text);
    return bytes ? { family: 6, bytes, text: formatIpv6(bytes) } : null;
  }
  return null;
}

/** Returns true when `text` is an IP literal (with or without brackets). */
export function isIpLiteral(text: string): boolean {
  return parseIp(text) !== null;
}

/** Returns the CIDR block for `a.b.c.d/n` or `x::y/n` (a bare address is a full-length prefix), or null. */
export function parseCidr(input: string): CidrBlock | null {
  const slash = input.indexOf('/');
  const address = parseIp(slash === -1 ? input : input.slice(0, slash));
  if (!address) return null;
  const max = address.family === 4 ? 32 : 128;
  if (slash === -1) return { family: address.family, bytes: address.bytes, prefix: max };
  const prefixText = input.slice(slash + 1).trim();
  if (!/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  if (prefix > max) return null;
  return { family: address.family, bytes: address.bytes, prefix };
}

/** Returns true when `address` lies inside `block` (same family only). */
export function cidrContains(block: CidrBlock, address: IpAddress): boolean {
  if (block.family !== address.family) return false;
  return prefixMatches(address.bytes, block.bytes, block.prefix);
}

/** Returns true when the first `prefix` bits of `a` and `b` are equal. */
export function prefixMatches(a: Uint8Array, b: Uint8Array, prefix: number): boolean {
  const whole = Math.floor(prefix / 8);
  for (let i = 0; i < whole; i++) if (a[i] !== b[i]) return false;
  const rest = prefix % 8;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return ((a[whole] ?? 0) & mask) === ((b[whole] ?? 0) & mask);
}

/** Returns the IPv4 address held in four bytes of `bytes` starting at `offset`, optionally XORed. */
export function ipv4At(bytes: Uint8Array, offset: number, xor = 0): IpAddress {
  const v4 = Uint8Array.from([0, 1, 2, 3].map((i) => ((bytes[offset + i] ?? 0) ^ xor) & 0xff));
  return { family: 4, bytes: v4, text: v4.join('.') };
}

function parseIpv6(text: string): Uint8Array | null {
  let head = text;
  const tailV4: number[] = [];
  // An embedded dotted-quad tail (RFC 4291 §2.2 form 3), e.g. ::ffff:127.0.0.1.
  const lastColon = head.lastIndexOf(':');
  const tail = head.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIPv4(tail)) return null;
    tailV4.push(...tail.split('.').map(Number));
    head = head.slice(0, lastColon + 1) + '0:0';
  }
  const doubleColon = head.indexOf('::');
  const parseGroups = (part: string): number[] =>
    part === '' ? [] : part.split(':').map((g) => Number.parseInt(g, 16));
  let groups: number[];
  if (doubleColon === -1) {
    groups = parseGroups(head);
  } else {
    const left = parseGroups(head.slice(0, doubleColon));
    const right = parseGroups(head.slice(doubleColon + 2));
    const missing = 8 - left.length - right.length;
    if (missing < 0) return null;
    groups = [...left, ...new Array<number>(missing).fill(0), ...right];
  }
  if (groups.length !== 8 || groups.some((g) => !Number.isInteger(g) || g < 0 || g > 0xffff)) return null;
  const bytes = new Uint8Array(16);
  groups.forEach((g, i) => {
    bytes[i * 2] = g >> 8;
    bytes[i * 2 + 1] = g & 0xff;
  });
  if (tailV4.length === 4) bytes.set(tailV4, 12);
  return bytes;
}

/** RFC 5952 canonical text: lower case, longest run (≥2) of zero groups compressed. */
function formatIpv6(bytes: Uint8Array): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart === -1) return hex.join(':');
  const left = hex.slice(0, bestStart).join(':');
  const right = hex.slice(bestStart + bestLength).join(':');
  return `${left}::${right}`;
}
