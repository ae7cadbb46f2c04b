import { createHash } from 'node:crypto';
import { WHITESPACE_RUNS, htmlToText, sanitizeHtml } from './sanitize.ts';
import { HTML4_ENTITIES } from './html-entities.ts';

/** Small pure helpers shared by the RSS, Atom and JSON Feed normalizers. */

const MARKUP = /<[A-Za-z!/?]|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** Collapses runs of whitespace and trims. */
export function collapse(s: string): string {
  // ASCII whitespace only (HTML's definition): a no-break or em space in a title is content.
  // Only runs that are not already one space are replaced: /[ \t\n\r\f]+/g matched (and
  // rewrote) every space between two words, ~3× the cost on item texts (bench/parse.ts).
  const t = s.replace(WHITESPACE_RUNS, ' ');
  const start = t.charCodeAt(0) === 32 ? 1 : 0;
  const end = t.length > start && t.charCodeAt(t.length - 1) === 32 ? t.length - 1 : t.length;
  return start === 0 && end === t.length ? t : t.slice(start, end);
}

/**
 * Returns a plain-text title. `declared` says what the feed declared: 'text' (Atom type="text",
 * JSON Feed) is taken as it is; 'html' is reduced to text; 'guess' (RSS, where titles are often
 * HTML-escaped in practice) is reduced only when it contains markup or a character reference.
 */
export function plainText(value: string, declared: 'text' | 'html' | 'guess'): string {
  if (declared === 'text') return collapse(value);
  if (declared === 'guess' && !MARKUP.test(value)) return collapse(value);
  return htmlToText(value);
}

/** Returns sanitized HTML for a non-empty payload, or null. */
export function cleanHtml(html: string | null | undefined, baseUrl: string): string | null {
  // /\S/ stops at the first visible character; trim() would copy the whole payload to say the same.
  if (typeof html !== 'string' || !/\S/.test(html)) return null;
  const out = sanitizeHtml(html, { baseUrl, stripTracking: true }).trim();
  return out === '' ? null : out;
}

/** Escapes plain text for an HTML context. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Returns plain text as HTML paragraphs (blank lines separate paragraphs). */
export function textToHtml(text: string): string | null {
  const paras = text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '');
  return paras.length === 0 ? null : paras.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br />')}</p>`).join('\n');
}

const BLOCK_BOUNDARY = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|th|table|figure|figcaption|section|article|pre|hr|dd|dt)\b[^>]*>/gi;
/** The element names BLOCK_BOUNDARY lists: their tags read as a word break, not as nothing. */
const BOUNDARY_NAMES = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'td', 'th', 'table',
  'figure', 'figcaption', 'section', 'article', 'pre', 'hr', 'dd', 'dt',
]);

/** Whether the tag from `lt` ('<') to `gt` ('>') is one BLOCK_BOUNDARY matches: `<` `/`? a listed name, then a non-word character. */
function isBoundaryTag(html: string, lt: number, gt: number): boolean {
  let start = lt + 1;
  if (html.charCodeAt(start) === 47 /* / */) start += 1;
  let end = start;
  for (; end < gt; end += 1) {
    const c = html.charCodeAt(end);
    // \b's word characters: [A-Za-z0-9_].
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95)) break;
  }
  return end > start && BOUNDARY_NAMES.has(html.slice(start, end).toLowerCase());
}

/**
 * Returns the plain text of HTML that already went through sanitizeHtml: its output is well
 * formed and holds no script/style, so stripping tags and decoding references is exact and
 * avoids a second HTML parse per item (bench/parse.ts).
 */
export function sanitizedToText(html: string): string {
  // One scan from tag to tag (indexOf), with the result of the two regex passes
  // `replace(BLOCK_BOUNDARY, ' ').replace(/<[^>]*>/g, '')`: that pair copied each item's text
  // twice. In sanitized HTML every `<` opens a tag that ends at the next `>`; a `<` inside a tag
  // (possible only in other input) makes the passes disagree with a plain scan, so it takes them.
  let lt = html.indexOf('<');
  let out = '';
  let copied = 0;
  while (lt >= 0) {
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const next = html.indexOf('<', lt + 1);
    if (next >= 0 && next < gt) return collapse(decodeReferences(html.replace(BLOCK_BOUNDARY, ' ').replace(/<[^>]*>/g, '')));
    out += isBoundaryTag(html, lt, gt) ? `${html.slice(copied, lt)} ` : html.slice(copied, lt);
    copied = gt + 1;
    lt = next;
  }
  return collapse(decodeReferences(copied === 0 ? html : out + html.slice(copied)));
}

function decodeReferences(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    switch (ref) {
      case 'amp': return '&';
      case 'lt': return '<';
      case 'gt': return '>';
      case 'quot': return '"';
      case 'apos': return "'";
    }
    const cp = HTML4_ENTITIES.get(ref);
    return cp === undefined ? whole : String.fromCodePoint(cp);
  });
}

/**
 * Returns a short plain text for the item: its summary, else the start of its content, at most
 * `max` characters. Only the head of the HTML is converted (4 characters of markup per character
 * of text is ample), which keeps long bodies from costing a full pass (bench/parse.ts).
 */
export function summaryTextOf(summaryHtml: string | null, contentHtml: string | null, max = 1000): string | null {
  for (const html of [summaryHtml, contentHtml]) {
    if (html === null) continue;
    const head = html.length > max * 4 ? html.slice(0, max * 4).replace(/<[^>]*$/, '') : html;
    const t = sanitizedToText(head);
    if (t !== '') return truncateWords(t, max);
  }
  return null;
}

/** Returns `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Returns the person's name from an RSS author field: "jane@example.com (Jane Doe)" → "Jane Doe",
 * "Jane Doe <jane@example.com>" → "Jane Doe"; a bare e-mail address stays as it is (it is all we have).
 */
export function authorName(value: string): string | null {
  // Bounded input: the patterns below are polynomial in the length of hostile strings.
  const s = collapse(value.length > 300 ? value.slice(0, 300) : value);
  if (s === '') return null;
  const paren = /^(\S+@\S+)\s*\((.+)\)$/.exec(s);
  if (paren) return collapse(paren[2]!) || paren[1]!;
  const angle = /^(.*?)\s*<([^>]+@[^>]+)>$/.exec(s);
  if (angle) return collapse(angle[1]!.replace(/^"|"$/g, '')) || angle[2]!;
  const nameFirst = /^(.+?)\s*\((\S+@\S+)\)$/.exec(s);
  if (nameFirst) return nameFirst[1]!;
  return s.replace(/^mailto:/i, '');
}

/** Returns the values without duplicates (first occurrence kept) and without empty strings. */
export function uniq(values: Iterable<string | null | undefined>): string[] {
  const seen = new Set<string>();
  for (const v of values) if (v) seen.add(v);
  return [...seen];
}

/**
 * Returns the item's stable id: its guid/id, else its link, else a SHA-256 of title and date
 * (prefixed `sha256:`), so that items without any id still deduplicate across polls.
 */
export function stableGuid(id: string | null, url: string | null, title: string, dateText: string | null): string {
  if (id) return id;
  if (url) return url;
  return `sha256:${createHash('sha256').update(`${title}\n${dateText ?? ''}`).digest('hex')}`;
}

/** Returns a title for an item that has none: the start of its text, else its URL, else ''. */
export function fallbackTitle(summaryText: string | null, url: string | null): string {
  if (summaryText) return truncateWords(summaryText, 100);
  return url ?? '';
}

/** Returns a BCP 47 language tag from the forms feeds use ("en_US" → "en-US"), or null. */
export function languageTag(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const t = value.trim().replace(/_/g, '-');
  return t === '' ? null : t;
}

/** Parses a non-negative integer, or null. */
export function toCount(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : null;
}
