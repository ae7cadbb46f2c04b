import iconv from 'iconv-lite';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/fetch/fetcher.ts';
import type { Fetcher } from '../../src/fetch/fetch-result.ts';
import { startLoopbackServer, type LoopbackServer } from './helpers/loopback-server.ts';

const MAX = 1024 * 1024; // 1 MiB limit for these tests
const SMART = '“Smart” quotes cost €5 — café…';
const RUSSIAN = 'Новости дня: рынок вырос на 5%';
const JAPANESE = '日本語のフィード「速報」';
const CHINESE = '中文订阅 𠀀 €';
const rss = (title: string, decl = '<?xml version="1.0"?>'): string => `${decl}<rss version="2.0"><channel><title>${title}</title></channel></rss>`;
const FEED = rss('Compressed ' + 'x'.repeat(5000));

/** 1 GiB of zeros, generated as it is read (never held in memory). */
function zeros(totalBytes = 1024 ** 3): Readable {
  const block = Buffer.alloc(64 * 1024);
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= totalBytes) return void this.push(null);
      sent += block.length;
      this.push(block);
    },
  });
}

let server: LoopbackServer;
let fetcher: Fetcher;
let bombBytesServed = 0;

const serve = (body: Buffer, headers: Record<string, string>) => (_req: unknown, res: import('node:http').ServerResponse) =>
  void res.writeHead(200, headers).end(body);

beforeAll(async () => {
  server = await startLoopbackServer({
    '/win1252': serve(iconv.encode(rss(SMART), 'windows-1252'), { 'content-type': 'application/rss+xml; charset=windows-1252' }),
    '/latin1': serve(iconv.encode(rss('Café crème — “ok”'), 'windows-1252'), { 'content-type': 'text/xml; charset=ISO-8859-1' }),
    '/win1251': serve(iconv.encode(rss(RUSSIAN), 'windows-1251'), { 'content-type': 'application/rss+xml; charset=windows-1251' }),
    '/utf16': serve(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rss(SMART, '<?xml version="1.0" encoding="UTF-16"?>'), 'utf16le')]), {
      'content-type': 'application/xml',
    }),
    '/sjis': serve(iconv.encode(rss(JAPANESE), 'shift_jis'), { 'content-type': 'application/rss+xml; charset=Shift_JIS' }),
    '/gb18030': serve(iconv.encode(rss(CHINESE), 'gb18030'), { 'content-type': 'application/rss+xml; charset=gb18030' }),
    '/xml-decl-only': serve(iconv.encode(rss(RUSSIAN, '<?xml version="1.0" encoding="windows-1251"?>'), 'windows-1251'), { 'content-type': 'application/rss+xml' }),
    '/meta-only': serve(iconv.encode(`<!doctype html><html><head><meta charset="shift_jis"><title>x</title></head><body>${JAPANESE}</body></html>`, 'shift_jis'), {
      'content-type': 'text/html',
    }),
    '/gzip': serve(zlib.gzipSync(FEED), { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }),
    '/deflate': serve(zlib.deflateSync(FEED), { 'content-type': 'application/rss+xml', 'content-encoding': 'deflate' }),
    '/deflate-raw': serve(zlib.deflateRawSync(FEED), { 'content-type': 'application/rss+xml', 'content-encoding': 'deflate' }),
    '/br': serve(zlib.brotliCompressSync(FEED), { 'content-type': 'application/rss+xml', 'content-encoding': 'br' }),
    '/gzip-then-br': serve(zlib.brotliCompressSync(zlib.gzipSync(FEED)), { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip, br' }),
    '/gzip-win1252': serve(zlib.gzipSync(iconv.encode(rss(SMART), 'windows-1252')), {
      'content-type': 'application/rss+xml; charset=windows-1252',
      'content-encoding': 'gzip',
    }),
    '/gzip-truncated': serve(zlib.gzipSync(FEED).subarray(0, -8), { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }),
    '/gzip-corrupt': serve(Buffer.from('this is not gzip at all'), { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }),
    '/br-corrupt': serve(Buffer.from('this is not brotli at all'), { 'content-type': 'application/rss+xml', 'content-encoding': 'br' }),
    '/deflate-corrupt': serve(Buffer.from('xx not deflate'), { 'content-type': 'application/rss+xml', 'content-encoding': 'deflate' }),
    '/gzip-empty': serve(Buffer.alloc(0), { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }),
    '/zstd': serve(Buffer.from('whatever'), { 'content-type': 'application/rss+xml', 'content-encoding': 'zstd' }),
    '/gzip-bomb': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
      const gzip = zlib.createGzip({ level: 1 });
      gzip.on('data', (chunk: Buffer) => (bombBytesServed += chunk.length));
      zeros().pipe(gzip).pipe(res);
    },
    '/br-bomb': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'br' });
      zeros().pipe(zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } })).pipe(res);
    },
    '/big-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      zeros(16 * MAX).pipe(res);
    },
    '/big-declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(2 * MAX) });
      zeros(2 * MAX).pipe(res);
    },
    '/exactly-max': serve(Buffer.alloc(MAX, 0x61), { 'content-type': 'text/plain' }),
    '/image': serve(Buffer.alloc(1000), { 'content-type': 'image/png' }),
    '/json': serve(Buffer.from(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: SMART })), { 'content-type': 'application/feed+json' }),
  });
  fetcher = createFetcher({ userAgent: 'Pulse/test', allowHosts: ['127.0.0.1'], maxBytes: MAX });
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

describe('charsets over HTTP', () => {
  it.each([
    ['windows-1252 smart quotes and €', '/win1252', 'windows-1252', SMART],
    ['an ISO-8859-1 label (decoded as windows-1252)', '/latin1', 'windows-1252', 'Café crème — “ok”'],
    ['windows-1251', '/win1251', 'windows-1251', RUSSIAN],
    ['UTF-16 with a BOM', '/utf16', 'utf-16le', SMART],
    ['Shift_JIS', '/sjis', 'shift_jis', JAPANESE],
    ['GB18030', '/gb18030', 'gb18030', CHINESE],
    ['a charset only in the XML declaration', '/xml-decl-only', 'windows-1251', RUSSIAN],
    ['a charset only in <meta>', '/meta-only', 'shift_jis', JAPANESE],
    ['JSON Feed', '/json', 'utf-8', SMART],
  ])('decodes %s', async (_name, path, charset, expected) => {
    const result = await fetcher.fetch(server.url(path), { kind: path === '/meta-only' ? 'html' : 'feed' });
    expect(result).toMatchObject({ kind: 'ok', charset });
    expect(result.kind === 'ok' && result.text).toContain(expected);
  });
});

describe('content encodings', () => {
  it.each(['/gzip', '/deflate', '/deflate-raw', '/br', '/gzip-then-br', '/gzip-truncated'])('decodes %s', async (path) => {
    const result = await fetcher.fetch(server.url(path), { kind: 'feed' });
    expect(result).toMatchObject({ kind: 'ok', text: FEED });
    expect(result.kind === 'ok' && result.body.length).toBe(Buffer.byteLength(FEED));
  });

  it('decompresses before decoding the charset', async () => {
    expect(await fetcher.fetch(server.url('/gzip-win1252'), { kind: 'feed' })).toMatchObject({ kind: 'ok', charset: 'windows-1252' });
    const result = await fetcher.fetch(server.url('/gzip-win1252'), { kind: 'feed' });
    expect(result.kind === 'ok' && result.text).toContain(SMART);
  });

  it('accepts an empty gzip body', async () => {
    expect(await fetcher.fetch(server.url('/gzip-empty'))).toMatchObject({ kind: 'ok', text: '' });
  });

  it.each(['/gzip-corrupt', '/br-corrupt', '/deflate-corrupt'])('answers %s, not what its Content-Encoding says, with unsupported-content', async (path) => {
    expect(await fetcher.fetch(server.url(path))).toMatchObject({ kind: 'failed', reason: 'unsupported-content' });
  });

  it('answers an unknown Content-Encoding with unsupported-content', async () => {
    const result = await fetcher.fetch(server.url('/zstd'));
    expect(result).toMatchObject({ kind: 'failed', reason: 'unsupported-content' });
    expect(result.kind === 'failed' && result.message).toContain('"zstd"');
  });

  it('refuses an image when a feed was asked for', async () => {
    const result = await fetcher.fetch(server.url('/image'), { kind: 'feed' });
    expect(result).toMatchObject({ kind: 'failed', reason: 'unsupported-content' });
    expect(await fetcher.fetch(server.url('/image'), { kind: 'any' })).toMatchObject({ kind: 'ok' });
  });
});

describe('size limits', () => {
  it('stops a gzip bomb (1 GiB of zeros) after maxBytes of decompressed output', async () => {
    bombBytesServed = 0;
    const result = await fetcher.fetch(server.url('/gzip-bomb'));
    expect(result).toMatchObject({ kind: 'failed', reason: 'too-large' });
    expect(result.kind === 'failed' && result.message).toContain('after decompression');
    // The server had compressed only a sliver of its gigabyte when the client hung up.
    expect(bombBytesServed).toBeLessThan(64 * MAX);
  });

  it('stops a brotli bomb too', async () => {
    expect(await fetcher.fetch(server.url('/br-bomb'))).toMatchObject({ kind: 'failed', reason: 'too-large' });
  });

  it('stops a plain body over maxBytes as it streams', async () => {
    expect(await fetcher.fetch(server.url('/big-chunked'))).toMatchObject({ kind: 'failed', reason: 'too-large' });
  });

  it('refuses a declared Content-Length over maxBytes before reading', async () => {
    const result = await fetcher.fetch(server.url('/big-declared'));
    expect(result).toMatchObject({ kind: 'failed', reason: 'too-large' });
    expect(result.kind === 'failed' && result.message).toContain('Content-Length');
  });

  it('accepts a body of exactly maxBytes', async () => {
    const result = await fetcher.fetch(server.url('/exactly-max'));
    expect(result.kind === 'ok' && result.body.length).toBe(MAX);
  });

  it('keeps serving after limits were hit (no leaked slots or sockets)', async () => {
    expect(await fetcher.fetch(server.url('/gzip'))).toMatchObject({ kind: 'ok' });
  });
});
