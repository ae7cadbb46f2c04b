/**
 * Charset labels → the decoder to use, following the WHATWG Encoding Standard's label table
 * (https://encoding.spec.whatwg.org/#names-and-labels) where it differs from the label's
 * literal meaning: latin1/ISO-8859-1/US-ASCII decode as windows-1252, GB2312/GBK as GB18030,
 * EUC-KR as windows-949, Big5 as Big5-HKSCS, "utf-16" as UTF-16LE. Other labels go to iconv-lite
 * when it knows them. Pure.
 */
import iconv from 'iconv-lite';

export interface Charset {
  /** The name reported to callers, e.g. "windows-1252", "shift_jis", "utf-8". */
  readonly name: string;
  /** The iconv-lite codec that decodes it ("utf-8" is decoded natively). */
  readonly codec: string;
}

const GROUPS: ReadonlyArray<readonly [Charset, readonly string[]]> = [
  [{ name: 'utf-8', codec: 'utf-8' }, ['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8']],
  [
    { name: 'windows-1252', codec: 'windows-1252' },
    ['windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'iso-8859-1', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1',
      'cp819', 'ibm819', 'iso-ir-100', 'csisolatin1', 'us-ascii', 'ascii', 'ansi_x3.4-1968'],
  ],
  [{ name: 'windows-1254', codec: 'windows-1254' }, ['windows-1254', 'cp1254', 'x-cp1254', 'iso-8859-9', 'iso8859-9', 'iso88599', 'iso_8859-9', 'iso_8859-9:1989', 'l5', 'latin5', 'iso-ir-148', 'csisolatin5']],
  [{ name: 'windows-874', codec: 'windows-874' }, ['windows-874', 'dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620']],
  [
    { name: 'gb18030', codec: 'gb18030' },
    ['gb18030', 'gbk', 'x-gbk', 'gb2312', 'gb_2312', 'gb_2312-80', 'chinese', 'csgb2312', 'csiso58gb231280', 'iso-ir-58', 'cp936', 'windows-936', 'ms936'],
  ],
  [{ name: 'big5', codec: 'big5hkscs' }, ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5']],
  [
    { name: 'shift_jis', codec: 'shift_jis' },
    ['shift_jis', 'shift-jis', 'sjis', 'ms_kanji', 'csshiftjis', 'x-sjis', 'windows-31j', 'ms932', 'cp932'],
  ],
  [{ name: 'euc-jp', codec: 'euc-jp' }, ['euc-jp', 'cseucpkdfmtjapanese', 'x-euc-jp']],
  [
    { name: 'euc-kr', codec: 'cp949' },
    ['euc-kr', 'cseuckr', 'csksc56011987', 'iso-ir-149', 'korean', 'ks_c_5601-1987', 'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949', 'cp949', 'uhc'],
  ],
  [{ name: 'utf-16le', codec: 'utf-16le' }, ['utf-16le', 'utf-16', 'unicode', 'ucs-2', 'csunicode', 'iso-10646-ucs-2', 'unicodefeff']],
  [{ name: 'utf-16be', codec: 'utf-16be' }, ['utf-16be', 'unicodefffe']],
  // UTF-32 is no web encoding (WHATWG), but XML 1.0 Appendix F allows it and feeds are XML.
  [{ name: 'utf-32le', codec: 'utf-32le' }, ['utf-32le', 'utf-32', 'ucs-4', 'iso-10646-ucs-4']],
  [{ name: 'utf-32be', codec: 'utf-32be' }, ['utf-32be']],
  [{ name: 'macintosh', codec: 'macintosh' }, ['macintosh', 'mac', 'csmacintosh', 'x-mac-roman']],
  [{ name: 'koi8-u', codec: 'koi8-u' }, ['koi8-u', 'koi8-ru']],
];

const BY_LABEL = new Map<string, Charset>();
for (const [charset, labels] of GROUPS) for (const label of labels) BY_LABEL.set(label, charset);

// Labels iconv-lite accepts but that are not text charsets a page may declare: Node's internal
// buffer encodings and UTF-7 (a classic XSS vector, excluded by WHATWG).
const REFUSED = new Set(['base64', 'base64url', 'hex', 'binary', 'utf7', 'utf7imap', 'unicode11utf7', 'csunicode11utf7', 'cesu8']);

/** Returns the charset for a label (case-insensitive, quotes and spaces ignored), or null when unknown. */
export function charsetForLabel(label: string): Charset | null {
  const normalised = label.trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
  if (normalised === '') return null;
  const known = BY_LABEL.get(normalised);
  if (known) return known;
  if (REFUSED.has(normalised.replace(/[^a-z0-9]/g, ''))) return null;
  if (!/^[a-z0-9][a-z0-9._:-]*$/.test(normalised) || !iconv.encodingExists(normalised)) return null;
  return { name: normalised, codec: normalised };
}

/** Returns true for the UTF-16 and UTF-32 charsets (which an ASCII-readable declaration cannot truthfully name). */
export function isWideUnicode(charset: Charset): boolean {
  return ['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'].includes(charset.name);
}

export const UTF8: Charset = { name: 'utf-8', codec: 'utf-8' };
export const WINDOWS_1252: Charset = { name: 'windows-1252', codec: 'windows-1252' };
export const UTF16LE: Charset = { name: 'utf-16le', codec: 'utf-16le' };
export const UTF16BE: Charset = { name: 'utf-16be', codec: 'utf-16be' };
export const UTF32LE: Charset = { name: 'utf-32le', codec: 'utf-32le' };
export const UTF32BE: Charset = { name: 'utf-32be', codec: 'utf-32be' };
