/**
 * Bytes → text for fetched bodies (SPEC "Ingestion rules": decode by HTTP charset, then XML
 * declaration / <meta charset>, then sniffing). Order, first hit wins:
 *   1. a byte-order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE) — WHATWG "decode" lets the BOM override everything;
 *   2. the Content-Type charset parameter;
 *   3. the XML declaration's encoding (feeds and any XML);
 *   4. <meta charset> / <meta http-equiv="Content-Type"> in the first 16 KiB (pages; WHATWG's
 *      prescan reads 1 KiB, but real pages put the tag after long inline scripts);
 *   5. sniffing: NUL patterns → UTF-16/32 without BOM (XML 1.0 Appendix F); valid UTF-8 → utf-8;
 *      otherwise windows-1252.
 * An unknown label falls through to the next rule. Legacy charsets go through iconv-lite because
 * Node 20's TextDecoder('windows-1252') maps 0x80–0x9F to C1 controls (see STACK.md). Pure.
 */
import iconv from 'iconv-lite';
import { charsetForLabel, isWideUnicode, UTF16BE, UTF16LE, UTF32BE, UTF32LE, UTF8, WINDOWS_1252, type Charset } from './charset-labels.ts';

export type DecodeKind = 'feed' | 'html' | 'json' | 'any';

export interface DecodedBody {
  readonly text: string;
  /** The charset actually used, by its WHATWG name (e.g. "windows-1252" for a latin1 label). */
  readonly charset: string;
}

const META_SCAN_BYTES = 16 * 1024;
const XML_DECL_SCAN_BYTES = 1024;

/** Returns the body decoded to text (BOM stripped) and the charset used. */
export function decodeBody(body: Buffer, contentType: string | null, kind: DecodeKind): DecodedBody {
  const bom = sniffBom(body);
  if (bom) return decodeWith(body.subarray(bom.length), bom.charset);

  const declared = charsetFromContentType(contentType);
  if (declared) {
    // "utf-16" names no byte order; without a BOM, the NUL pattern tells (RFC 2781 §4.3 says BE,
    // WHATWG says LE; the bytes beat both).
    const charset = isWideUnicode(declared) ? (sniffWideUnicode(body) ?? declared) : declared;
    return decodeWith(body, charset);
  }

  const wide = sniffWideUnicode(body);
  if (wide) return decodeWith(body, wide);

  if (kind !== 'json') {
    // A "feed" URL may answer with an HTML page (discovery), so pages are recognised by their start.
    const readMeta = kind !== 'feed' || looksLikeHtml(body);
    const inDocument = charsetFromXmlDeclaration(body) ?? (readMeta ? charsetFromMeta(body) : null);
    // A declaration we could read as ASCII cannot truthfully say UTF-16/32 (WHATWG prescan rule).
    if (inDocument) return decodeWith(body, isWideUnicode(inDocument) ? UTF8 : inDocument);
  }

  // RFC 8259 §8.1: JSON is UTF-8; other content is UTF-8 when it validates, else windows-1252.
  return decodeWith(body, kind === 'json' || isValidUtf8(body) ? UTF8 : WINDOWS_1252);
}

/** Returns the charset named by a Content-Type header's charset parameter, or null. */
export function charsetFromContentType(contentType: string | null): Charset | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*("([^"]*)"|[^;\s]*)/i.exec(contentType);
  const label = match?.[2] ?? match?.[1];
  return label ? charsetForLabel(label) : null;
}

/** Returns the charset of an `<?xml … encoding="…"?>` declaration at the start of the body, or null. */
export function charsetFromXmlDeclaration(body: Buffer): Charset | null {
  const head = body.subarray(0, XML_DECL_SCAN_BYTES).toString('latin1');
  const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(head);
  return match?.[1] ? charsetForLabel(match[1]) : null;
}

/** Returns the charset of the first `<meta charset>` or `<meta http-equiv=Content-Type content=…charset=…>`, or null. */
export function charsetFromMeta(body: Buffer): Charset | null {
  const head = body
    .subarray(0, META_SCAN_BYTES)
    .toString('latin1')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const tag of head.matchAll(/<meta\b([^>]*)>/gi)) {
    const attrs = parseAttributes(tag[1] ?? '');
    const direct = attrs.get('charset');
    if (direct !== undefined) {
      const charset = charsetForLabel(direct);
      if (charset) return charset;
      continue;
    }
    const content = attrs.get('content');
    if (attrs.get('http-equiv')?.toLowerCase() === 'content-type' && content !== undefined) {
      const charset = charsetFromContentType(content.includes(';') ? content : `x;${content}`);
      if (charset) return charset;
    }
  }
  return null;
}

/** Returns the BOM's charset and length, or null (UTF-8 EF BB BF, UTF-32 before UTF-16 since FF FE 00 00 starts with FF FE). */
export function sniffBom(body: Buffer): { charset: Charset; length: number } | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { charset: UTF8, length: 3 };
  if (body[0] === 0x00 && body[1] === 0x00 && body[2] === 0xfe && body[3] === 0xff) return { charset: UTF32BE, length: 4 };
  if (body[0] === 0xff && body[1] === 0xfe && body[2] === 0x00 && body[3] === 0x00) return { charset: UTF32LE, length: 4 };
  if (body[0] === 0xff && body[1] === 0xfe) return { charset: UTF16LE, length: 2 };
  if (body[0] === 0xfe && body[1] === 0xff) return { charset: UTF16BE, length: 2 };
  return null;
}

/**
 * Returns UTF-32/UTF-16 LE/BE when the first bytes look like BOM-less wide Unicode text: markup
 * and Latin text put NUL in three of four bytes for UTF-32 (`<\0\0\0` is LE, `\0\0\0<` BE)
 * and in every other byte for UTF-16 (`<\0?\0` LE, `\0<\0?` BE); else null.
 */
export function sniffWideUnicode(body: Buffer): Charset | null {
  if (body.length >= 4) {
    if (body[0] === 0 && body[1] === 0 && body[2] === 0 && body[3] !== 0) return UTF32BE;
    if (body[0] !== 0 && body[1] === 0 && body[2] === 0 && body[3] === 0) return UTF32LE;
  }
  return sniffUtf16(body);
}

function sniffUtf16(body: Buffer): Charset | null {
  const n = Math.min(body.length, 512) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (body[i] === 0) evenNul++;
    if (body[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // Mostly-ASCII UTF-16 has a NUL in nearly every pair on one side and almost none on the other.
  if (oddNul >= pairs * 0.6 && evenNul <= pairs * 0.1) return UTF16LE;
  if (evenNul >= pairs * 0.6 && oddNul <= pairs * 0.1) return UTF16BE;
  return null;
}

/** Returns true when the bytes are well-formed UTF-8. */
export function isValidUtf8(body: Buffer): boolean {
  try {
    FATAL_UTF8.decode(body);
    return true;
  } catch {
    return false;
  }
}

const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeWith(bytes: Buffer, charset: Charset): DecodedBody {
  if (charset.codec === 'utf-8') {
    // ignoreBOM: a second BOM after a declared charset is content, but a leading one never is.
    const text = bytes.toString('utf8');
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, charset: charset.name };
  }
  const text = iconv.decode(bytes, charset.codec, { stripBOM: true });
  return { text, charset: charset.name };
}

function looksLikeHtml(body: Buffer): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head)\b/i.test(body.subarray(0, 1024).toString('latin1'));
}

function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
    const name = m[1]?.toLowerCase();
    if (name && !attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}
