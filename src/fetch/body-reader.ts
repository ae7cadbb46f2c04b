/**
 * Reads a response body through its Content-Encoding decoders with a byte limit that holds both
 * on the wire and after decompression (SPEC "Ingestion rules": 10 MiB after decompression).
 * We decode ourselves rather than let a client do it so the limit sees decoded bytes: a 1 MiB
 * gzip of 1 GiB of zeros stops after `maxBytes`. Node's zlib streams honour backpressure inside
 * one input chunk (they wait for `_read` before inflating further), and the pipeline is torn down
 * as soon as the limit is passed, so memory stays near `maxBytes` plus one zlib buffer.
 */
import { Readable, Writable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

export type BodyReadResult =
  | { readonly ok: true; readonly body: Buffer }
  | { readonly ok: false; readonly reason: 'too-large' | 'unsupported-content'; readonly message: string };

type Coding = 'gzip' | 'deflate' | 'br';

/** Returns the content codings of a Content-Encoding header in the order they were applied, or the first unsupported one. */
export function parseContentEncoding(header: string | null): { ok: true; codings: Coding[] } | { ok: false; coding: string } {
  const codings: Coding[] = [];
  for (const raw of (header ?? '').split(',')) {
    const coding = raw.trim().toLowerCase();
    if (coding === '' || coding === 'identity') continue;
    if (coding === 'gzip' || coding === 'x-gzip') codings.push('gzip');
    else if (coding === 'deflate') codings.push('deflate');
    else if (coding === 'br') codings.push('br');
    else return { ok: false, coding };
  }
  return { ok: true, codings };
}

class TooLargeError extends Error {
  constructor(readonly stage: 'wire' | 'decoded') {
    super(`body over the limit (${stage})`);
  }
}

/**
 * Returns the decoded body, or why it could not be read. `body` is consumed (or destroyed).
 * Network errors and aborts propagate as exceptions for the caller to classify.
 */
export async function readBody(
  body: Readable,
  codings: readonly Coding[],
  maxBytes: number,
  url: string,
): Promise<BodyReadResult> {
  const iterator = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let wireBytes = 0;
  const first = await iterator.next();
  const head: Buffer | null = first.done ? null : first.value;

  async function* wire(): AsyncGenerator<Buffer> {
    try {
      let chunk: Buffer | null = head;
      while (chunk !== null) {
        wireBytes += chunk.length;
        if (wireBytes > maxBytes) throw new TooLargeError('wire');
        yield chunk;
        const next = await iterator.next();
        chunk = next.done ? null : next.value;
      }
    } finally {
      if (!body.readableEnded) {
        body.on('error', () => {}); // undici reports our own hang-up as an abort
        body.destroy();
      }
    }
  }

  const chunks: Buffer[] = [];
  let decodedBytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      decodedBytes += chunk.length;
      if (decodedBytes > maxBytes) return callback(new TooLargeError('decoded'));
      chunks.push(chunk);
      callback();
    },
  });

  // Content-Encoding lists codings in the order applied; undo them last-first (RFC 9110 §8.4).
  const decoders = [...codings].reverse().map((coding, i) => decoderFor(coding, i === 0 ? head : null));
  try {
    await pipeline([Readable.from(wire(), { objectMode: false }), ...decoders, sink]);
  } catch (err) {
    if (err instanceof TooLargeError) {
      const where = err.stage === 'wire' ? '' : ' after decompression';
      return { ok: false, reason: 'too-large', message: `fetch: body of ${url} is over ${maxBytes} bytes${where}` };
    }
    if (isZlibError(err)) {
      return {
        ok: false,
        reason: 'unsupported-content',
        message: `fetch: cannot decode the ${codings.join(', ')} body of ${url}: ${(err as Error).message}`,
      };
    }
    throw err;
  }
  return { ok: true, body: Buffer.concat(chunks, decodedBytes) };
}

function decoderFor(coding: Coding, firstBytes: Buffer | null): Transform {
  // Lenient about a missing end of stream, as browsers and curl are (truncated gzip is common).
  const flush = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  switch (coding) {
    case 'gzip':
      return zlib.createGunzip(flush);
    case 'br':
      return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    case 'deflate':
      // RFC 9110 §8.4.1.2 says zlib-wrapped, but some servers send raw DEFLATE; the header tells.
      return firstBytes && !hasZlibHeader(firstBytes) ? zlib.createInflateRaw(flush) : zlib.createInflate(flush);
  }
}

/** Returns true when the bytes start with a zlib header (RFC 1950 §2.2: CM=8 and the FCHECK multiple of 31). */
function hasZlibHeader(bytes: Buffer): boolean {
  if (bytes.length < 2) return true;
  const cmf = bytes[0] ?? 0;
  const flg = bytes[1] ?? 0;
  return (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
}

// zlib reports Z_DATA_ERROR and friends; brotli reports ERR__ERROR_FORMAT_… codes.
function isZlibError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' && /^(Z_|ERR__|ERR_BROTLI|ERR_ZLIB)/.test(err.code);
}
