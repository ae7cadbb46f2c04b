import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetForLabel } from '../../src/fetch/charset-labels.ts';
import { decodeBody, type DecodeKind } from '../../src/fetch/decode.ts';

const SMART = '“Smart” quotes cost €5 — café…';
const RUSSIAN = 'Новости дня: рынок вырос на 5%';
const JAPANESE = '日本語のフィード「速報」';
// 𠀀 (U+20000) and € are outside GB2312: only a GB18030 decoder gets them back.
const CHINESE = '中文订阅 𠀀 €';

const rss = (body: string, decl = '<?xml version="1.0"?>'): string => `${decl}\n<rss version="2.0"><channel><title>${body}</title></channel></rss>`;
const html = (head: string, body: string): string => `<!doctype html><html><head>${head}<title>x</title></head><body><p>${body}</p></body></html>`;
const enc = (text: string, charset: string): Buffer => iconv.encode(text, charset);

interface Case {
  name: string;
  body: Buffer;
  contentType: string | null;
  kind: DecodeKind;
  charset: string;
  contains: string;
}

const cases: Case[] = [
  { name: 'UTF-8 with a charset header', body: Buffer.from(rss(SMART)), contentType: 'application/rss+xml; charset=utf-8', kind: 'feed', charset: 'utf-8', contains: SMART },
  { name: 'windows-1252 smart quotes and €', body: enc(rss(SMART), 'windows-1252'), contentType: 'application/rss+xml; charset=windows-1252', kind: 'feed', charset: 'windows-1252', contains: SMART },
  // WHATWG: the ISO-8859-1 label decodes as windows-1252, so 0x80–0x9F are € ’ “ ” …, not C1 controls.
  { name: 'an ISO-8859-1 label with 0x80–0x9F bytes', body: enc(rss(SMART), 'windows-1252'), contentType: 'text/xml; charset=ISO-8859-1', kind: 'feed', charset: 'windows-1252', contains: SMART },
  { name: 'a quoted latin1 label', body: enc(rss('café'), 'latin1'), contentType: 'text/xml; charset="latin1"', kind: 'feed', charset: 'windows-1252', contains: 'café' },
  { name: 'windows-1251', body: enc(rss(RUSSIAN), 'windows-1251'), contentType: 'application/rss+xml; charset=windows-1251', kind: 'feed', charset: 'windows-1251', contains: RUSSIAN },
  { name: 'KOI8-R', body: enc(rss(RUSSIAN), 'koi8-r'), contentType: 'text/xml; charset=KOI8-R', kind: 'feed', charset: 'koi8-r', contains: RUSSIAN },
  { name: 'Shift_JIS', body: enc(rss(JAPANESE), 'shift_jis'), contentType: 'application/rss+xml; charset=Shift_JIS', kind: 'feed', charset: 'shift_jis', contains: JAPANESE },
  { name: 'GB18030', body: enc(rss(CHINESE), 'gb18030'), contentType: 'application/rss+xml; charset=GB18030', kind: 'feed', charset: 'gb18030', contains: CHINESE },
  { name: 'a GB2312 label decoded as GB18030', body: enc(rss(CHINESE), 'gb18030'), contentType: 'text/xml; charset=gb2312', kind: 'feed', charset: 'gb18030', contains: CHINESE },
  { name: 'EUC-KR', body: enc(rss('한국어 뉴스'), 'euc-kr'), contentType: 'text/xml; charset=euc-kr', kind: 'feed', charset: 'euc-kr', contains: '한국어 뉴스' },
  { name: 'UTF-16LE with a BOM', body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rss(SMART, '<?xml version="1.0" encoding="UTF-16"?>'), 'utf16le')]), contentType: 'application/xml', kind: 'feed', charset: 'utf-16le', contains: SMART },
  { name: 'UTF-16BE with a BOM', body: Buffer.concat([Buffer.from([0xfe, 0xff]), enc(rss(JAPANESE, '<?xml version="1.0" encoding="UTF-16"?>'), 'utf-16be')]), contentType: null, kind: 'feed', charset: 'utf-16be', contains: JAPANESE },
  { name: 'UTF-16LE without a BOM (NUL pattern)', body: Buffer.from(rss(SMART, '<?xml version="1.0" encoding="UTF-16"?>'), 'utf16le'), contentType: null, kind: 'feed', charset: 'utf-16le', contains: SMART },
  { name: 'UTF-16BE without a BOM (NUL pattern)', body: enc(rss(SMART), 'utf-16be'), contentType: 'text/xml', kind: 'feed', charset: 'utf-16be', contains: SMART },
  { name: 'UTF-32LE with a BOM', body: Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), enc(rss(JAPANESE), 'utf-32le')]), contentType: null, kind: 'feed', charset: 'utf-32le', contains: JAPANESE },
  { name: 'UTF-32BE without a BOM (XML 1.0 Appendix F)', body: enc(rss(SMART), 'utf-32be'), contentType: 'application/xml', kind: 'feed', charset: 'utf-32be', contains: SMART },
  // A BOM outranks the header (WHATWG decode).
  { name: 'a UTF-8 BOM over a wrong header', body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rss(SMART))]), contentType: 'text/xml; charset=windows-1252', kind: 'feed', charset: 'utf-8', contains: SMART },
  { name: 'charset only in the XML declaration', body: enc(rss(SMART, '<?xml version="1.0" encoding="ISO-8859-1"?>'), 'windows-1252'), contentType: 'application/rss+xml', kind: 'feed', charset: 'windows-1252', contains: SMART },
  { name: 'windows-1251 only in the XML declaration', body: enc(rss(RUSSIAN, "<?xml version='1.0' encoding='windows-1251' ?>"), 'windows-1251'), contentType: null, kind: 'feed', charset: 'windows-1251', contains: RUSSIAN },
  { name: 'the header over the XML declaration', body: enc(rss(RUSSIAN, '<?xml version="1.0" encoding="utf-8"?>'), 'windows-1251'), contentType: 'text/xml; charset=windows-1251', kind: 'feed', charset: 'windows-1251', contains: RUSSIAN },
  { name: 'an unknown header label falls through to the declaration', body: enc(rss(SMART, '<?xml version="1.0" encoding="windows-1252"?>'), 'windows-1252'), contentType: 'text/xml; charset=x-klingon', kind: 'feed', charset: 'windows-1252', contains: SMART },
  { name: 'a UTF-16 declaration in ASCII-readable bytes means UTF-8', body: Buffer.from(rss(SMART, '<?xml version="1.0" encoding="UTF-16"?>')), contentType: null, kind: 'feed', charset: 'utf-8', contains: SMART },
  { name: 'charset only in <meta charset>', body: enc(html('<meta charset="windows-1251">', RUSSIAN), 'windows-1251'), contentType: 'text/html', kind: 'html', charset: 'windows-1251', contains: RUSSIAN },
  { name: 'charset only in <meta http-equiv>', body: enc(html('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', JAPANESE), 'shift_jis'), contentType: 'text/html', kind: 'html', charset: 'shift_jis', contains: JAPANESE },
  { name: '<meta> with unquoted attributes in any order', body: enc(html("<meta content='text/html;charset=gb2312' http-equiv=content-type>", CHINESE), 'gb18030'), contentType: null, kind: 'any', charset: 'gb18030', contains: CHINESE },
  { name: '<meta> after 4 KiB of inline script', body: enc(html(`<script>${'x'.repeat(6000)}</script><meta charset="windows-1252">`, SMART), 'windows-1252'), contentType: 'text/html', kind: 'html', charset: 'windows-1252', contains: SMART },
  { name: 'a <meta> inside a comment is ignored', body: Buffer.from(html('<!-- <meta charset="windows-1251"> -->', SMART)), contentType: 'text/html', kind: 'html', charset: 'utf-8', contains: SMART },
  { name: 'an HTML page fetched as a feed still reads its <meta>', body: enc(html('<meta charset="windows-1251">', RUSSIAN), 'windows-1251'), contentType: 'text/html', kind: 'feed', charset: 'windows-1251', contains: RUSSIAN },
  { name: 'sniffing: valid UTF-8 without any declaration', body: Buffer.from(rss(JAPANESE)), contentType: null, kind: 'feed', charset: 'utf-8', contains: JAPANESE },
  { name: 'sniffing: invalid UTF-8 is windows-1252', body: enc(rss(SMART), 'windows-1252'), contentType: 'application/xml', kind: 'feed', charset: 'windows-1252', contains: SMART },
  { name: 'JSON is UTF-8 whatever it contains', body: Buffer.from(JSON.stringify({ title: SMART })), contentType: 'application/feed+json', kind: 'json', charset: 'utf-8', contains: SMART },
  { name: 'UTF-7 is never honoured', body: Buffer.from(rss('+ADw-script+AD4-')), contentType: 'text/xml; charset=utf-7', kind: 'feed', charset: 'utf-8', contains: '+ADw-script+AD4-' },
  { name: 'a Node buffer encoding name is not a charset', body: Buffer.from(rss('plain')), contentType: 'text/xml; charset=base64', kind: 'feed', charset: 'utf-8', contains: 'plain' },
];

describe('decodeBody', () => {
  it.each(cases)('decodes $name as $charset', ({ body, contentType, kind, charset, contains }) => {
    const decoded = decodeBody(body, contentType, kind);
    expect(decoded.charset).toBe(charset);
    expect(decoded.text).toContain(contains);
  });

  it.each([
    ['UTF-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss/>')])],
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<rss/>', 'utf16le')])],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('<rss/>', 'utf-16be')])],
  ])('strips a %s BOM from the text', (_name, body) => {
    expect(decodeBody(body, null, 'feed').text).toBe('<rss/>');
  });

  it('strips a UTF-8 BOM when the header names the charset', () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')]);
    expect(decodeBody(body, 'application/json; charset=utf-8', 'json').text).toBe('{"a":1}');
  });

  it('decodes an empty body', () => {
    expect(decodeBody(Buffer.alloc(0), null, 'any')).toEqual({ text: '', charset: 'utf-8' });
  });
});

describe('charsetForLabel', () => {
  it.each([
    ['UTF8', 'utf-8'],
    [' "utf-8" ', 'utf-8'],
    ['ISO-8859-1', 'windows-1252'],
    ['us-ascii', 'windows-1252'],
    ['iso-8859-9', 'windows-1254'],
    ['GBK', 'gb18030'],
    ['x-sjis', 'shift_jis'],
    ['windows-31j', 'shift_jis'],
    ['ks_c_5601-1987', 'euc-kr'],
    ['big5', 'big5'],
    ['utf-16', 'utf-16le'],
    ['UTF-32', 'utf-32le'],
    ['ISO-8859-2', 'iso-8859-2'],
    ['windows-1250', 'windows-1250'],
  ])('maps %j to %s', (label, name) => {
    expect(charsetForLabel(label)?.name).toBe(name);
  });

  it.each(['', 'x-klingon', 'utf-7', 'UTF7', 'base64', 'hex', 'binary', '../etc'])('does not know %j', (label) => {
    expect(charsetForLabel(label)).toBeNull();
  });
});
