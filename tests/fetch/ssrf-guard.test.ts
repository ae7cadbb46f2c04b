import { describe, expect, it } from 'vitest';
import { parseCidr, parseIp, cidrContains } from '../../src/fetch/ip-address.ts';
import {
  classifyAddress,
  parseAllowList,
  refusalMessage,
  staticAddresses,
  vetAddresses,
  type AddressClass,
} from '../../src/fetch/ssrf-guard.ts';
import { isPulseError } from '../../src/errors.ts';

describe('classifyAddress', () => {
  it.each<[string, AddressClass]>([
    // IPv4
    ['8.8.8.8', 'public'],
    ['1.1.1.1', 'public'],
    ['93.184.216.34', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['169.254.1.1', 'link-local'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.255', 'cgnat'],
    ['100.128.0.1', 'public'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['169.254.169.254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['168.63.129.16', 'metadata'],
    // IPv6
    ['2606:4700:4700::1111', 'public'],
    ['2001:4860:4860::8888', 'public'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fc00::1', 'ula'],
    ['fd12:3456::1', 'ula'],
    ['fd00:ec2::254', 'metadata'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'],
    ['100::1', 'reserved'],
    ['4000::1', 'reserved'],
    // IPv4 inside IPv6
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::ffff:169.254.1.1', 'link-local'],
    ['::ffff:8.8.8.8', 'public'],
    ['::127.0.0.1', 'loopback'],
    ['::7f00:1', 'loopback'],
    ['::8.8.8.8', 'reserved'],
    ['::ffff:0:127.0.0.1', 'loopback'],
    ['64:ff9b::127.0.0.1', 'loopback'],
    ['64:ff9b::a00:1', 'private'],
    ['64:ff9b::808:808', 'public'],
    ['64:ff9b:1::1', 'private'],
    ['2002:7f00:1::', 'loopback'],
    ['2002:c0a8:101::1', 'private'],
    ['2002:808:808::1', 'public'],
    // Teredo: server 65.54.227.120, client 127.0.0.1 obfuscated as 80ff:fffe.
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'loopback'],
    ['2001:0:4136:e378:8000:63bf:f7f7:f7f7', 'public'],
    // Teredo whose server part is private.
    ['2001:0:a00:1:8000:63bf:f7f7:f7f7', 'private'],
    ['not an address', 'reserved'],
  ])('classifies %s as %s', (address, expected) => {
    expect(classifyAddress(address).class).toBe(expected);
  });

  it('says through which embedding a forbidden IPv4 address was reached', () => {
    expect(classifyAddress('::ffff:7f00:1')).toEqual({ class: 'loopback', via: 'ipv4-mapped', embedded: '127.0.0.1' });
    expect(classifyAddress('64:ff9b::a9fe:a9fe')).toEqual({ class: 'metadata', via: 'nat64', embedded: '169.254.169.254' });
  });
});

describe('hostname literal forms, as the WHATWG URL parser hands them over', () => {
  it.each([
    ['http://2130706433/', '127.0.0.1'],
    ['http://0x7f000001/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://127.1/', '127.0.0.1'],
    ['http://0x7f.0.0.1/', '127.0.0.1'],
    ['http://0/', '0.0.0.0'],
    ['http://127.0.0.1./', '127.0.0.1'],
    ['http://%31%32%37.0.0.1/', '127.0.0.1'],
    ['http://\u2460\u2461\u2466.0.0.1/', '127.0.0.1'],
    ['http://[::1]/', '::1'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://[0:0:0:0:0:ffff:7f00:1]/', '::ffff:7f00:1'],
    ['http://LOCALHOST./', null],
  ])('%s reaches the guard as a forbidden address', (url, expectedLiteral) => {
    const hostname = new URL(url).hostname;
    const addresses = staticAddresses(hostname);
    expect(addresses).not.toBeNull();
    if (expectedLiteral) expect(addresses).toEqual([expectedLiteral]);
    for (const address of addresses ?? []) expect(classifyAddress(address).class).not.toBe('public');
  });

  it('treats localhost and *.localhost as loopback without asking DNS (RFC 6761 §6.3)', () => {
    expect(staticAddresses('localhost')).toEqual(['127.0.0.1', '::1']);
    expect(staticAddresses('feeds.localhost')).toEqual(['127.0.0.1', '::1']);
    expect(staticAddresses('example.com')).toBeNull();
  });
});

describe('ip-address', () => {
  it.each([
    ['10.0.0.0/8', '10.255.1.2', true],
    ['10.0.0.0/8', '11.0.0.1', false],
    ['172.16.0.0/12', '172.31.0.1', true],
    ['127.0.0.1', '127.0.0.1', true],
    ['127.0.0.1', '127.0.0.2', false],
    ['fd00::/8', 'fd12::1', true],
    ['::1/128', '::1', true],
    ['0.0.0.0/0', '8.8.8.8', true],
    ['10.0.0.0/8', '::ffff:10.0.0.1', false],
  ])('%s contains %s: %s', (cidr, address, expected) => {
    const block = parseCidr(cidr);
    const ip = parseIp(address);
    expect(block && ip && cidrContains(block, ip)).toBe(expected);
  });

  it.each(['10.0.0.0/33', '::/129', '1.2.3/8', 'example.com/8', '10.0.0.0/x'])('rejects the CIDR %s', (cidr) => {
    expect(parseCidr(cidr)).toBeNull();
  });

  it.each([
    ['[::1]', '::1'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['2001:DB8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['::ffff:1.2.3.4', '::ffff:102:304'],
  ])('canonicalises %s as %s', (input, text) => {
    expect(parseIp(input)?.text).toBe(text);
  });
});

describe('parseAllowList and vetAddresses', () => {
  const allow = parseAllowList(['127.0.0.1', '10.0.0.0/8', 'Feeds.Internal', '[fd00::1]', ' ', 'meta.internal']);

  it('lets public addresses through without any entry', () => {
    expect(vetAddresses('example.com', ['93.184.216.34', '2606:2800:220:1::'], parseAllowList([])).ok).toBe(true);
  });

  it.each<[string, string[], boolean]>([
    ['loopback.test', ['127.0.0.1'], true],
    ['other.test', ['127.0.0.2'], false],
    ['mapped.test', ['::ffff:127.0.0.1'], true],
    ['lan.test', ['10.20.30.40'], true],
    ['lan.test', ['192.168.0.1'], false],
    ['feeds.internal', ['192.168.0.1'], true],
    ['FEEDS.INTERNAL.', ['192.168.0.1'], true],
    ['ula.test', ['fd00::1'], true],
    ['ula.test', ['fd00::2'], false],
    // Refuse when ANY address is forbidden, even if the others are fine.
    ['mixed.test', ['93.184.216.34', '192.168.0.1'], false],
    ['mixed.test', ['127.0.0.1', '::1'], false],
    // A listed hostname does not open the metadata service; only an IP/CIDR entry could.
    ['meta.internal', ['169.254.169.254'], false],
    ['meta.internal', ['10.0.0.5'], true],
  ])('%s resolving to %j passes: %s', (hostname, addresses, ok) => {
    expect(vetAddresses(hostname, addresses, allow).ok).toBe(ok);
  });

  it('names the first forbidden address', () => {
    const result = vetAddresses('mixed.test', ['93.184.216.34', '192.168.0.1'], parseAllowList([]));
    expect(result).toMatchObject({ ok: false, address: '192.168.0.1', verdict: { class: 'private' } });
  });

  it('lets an explicit CIDR entry open a metadata address', () => {
    expect(vetAddresses('x.test', ['169.254.169.254'], parseAllowList(['169.254.169.254/32'])).ok).toBe(true);
  });

  it.each(['10.0.0.0/40', 'not a host!', 'a..b', 'http://x/'])('refuses the malformed entry %j with a config error', (entry) => {
    expect(() => parseAllowList([entry])).toThrow(/PULSE_ALLOW_HOSTS/);
    try {
      parseAllowList([entry]);
    } catch (err) {
      expect(isPulseError(err, 'config_invalid')).toBe(true);
    }
  });

  it('writes the refusal the SPEC asks for', () => {
    expect(refusalMessage('https://x.test/feed', '127.0.0.1', classifyAddress('127.0.0.1'))).toBe(
      'fetch: refused https://x.test/feed — resolves to 127.0.0.1 (loopback); add it to PULSE_ALLOW_HOSTS to allow',
    );
  });
});
