import { PulseError } from '../errors.ts';
import { HTML4_ENTITIES } from './html-entities.ts';

/**
 * Text-level fixes applied before a feed reaches the XML parser. Each one answers a way real feeds
 * break strict XML (or abuse it) that feedparser and miniflux also handle before parsing.
 */

const DOCTYPE = /<!DOCTYPE\b/i;
const ENTITY_DECL = /<!ENTITY\b/i;

/**
 * Refuses documents whose DOCTYPE declares entities (SPEC "Bad input and security"): external
 * entities (XXE) and expansion bombs ("billion laughs") both need an `<!ENTITY` declaration, and
 * no genuine feed needs one.
 */
export function refuseEntityDeclarations(text: string): void {
  const doctypeAt = text.search(DOCTYPE);
  if (doctypeAt >= 0 && ENTITY_DECL.test(text.slice(doctypeAt))) {
    throw new PulseError('parse_failed', 'parse: DOCTYPE entity declarations are refused');
  }
}

const XML_PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
// The reference starting at an ampersand (sticky: matched exactly where the scan stands).
const REFERENCE = /&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/y;

function isXmlChar(cp: number): boolean {
  // XML 1.0 §2.2 Char production.
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** Returns what a reference (or a bare ampersand, `ref` undefined) must become for strict XML, or null to keep it. */
function fixReference(ref: string | undefined): string | null {
  if (ref === undefined) return '&amp;';
  if (ref.charCodeAt(0) === 35 /* # */) {
    const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return isXmlChar(cp) ? null : '';
  }
  if (XML_PREDEFINED.has(ref)) return null;
  const cp = HTML4_ENTITIES.get(ref);
  return cp === undefined ? `&amp;${ref};` : `&#${cp};`;
}

/**
 * Rewrites references strict XML would refuse: undeclared HTML 4 named entities (`&eacute;`) become
 * numeric references, unknown names and bare ampersands ("AT&T") become `&amp;`, references to
 * characters XML forbids are dropped. CDATA sections are left as they are. A hand-written scan
 * (indexOf jumps over CDATA) rather than one regex: this runs on every byte of every feed.
 */
export function fixEntityReferences(text: string): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  let out = '';
  let copied = 0;
  let cdata = text.indexOf('<![CDATA[');
  while (amp >= 0) {
    if (cdata >= 0 && cdata < amp) {
      const end = text.indexOf(']]>', cdata + 9);
      if (end < 0) break; // unterminated CDATA: the XML parser will report it
      if (end > amp) amp = text.indexOf('&', end + 3);
      cdata = text.indexOf('<![CDATA[', end + 3);
      continue;
    }
    REFERENCE.lastIndex = amp;
    const m = REFERENCE.exec(text);
    const replacement = fixReference(m ? m[1] : undefined);
    const length = m ? m[0].length : 1;
    if (replacement !== null) {
      out += text.slice(copied, amp) + replacement;
      copied = amp + length;
    }
    amp = text.indexOf('&', amp + length);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

// Elements whose content is text or markup-as-text: Atom text constructs (RFC 4287 §3.1, with
// inline XHTML under type="xhtml", or Atom 0.3 mode="xml"), RSS descriptions and XHTML bodies.
// When they hold naked markup (`<description><p>…</p></description>`, common in the wild and
// the norm for xhtml), xml2js would turn it into objects and lose the order of mixed content; the
// markup is kept as text instead, in a CDATA section. Prefixes other than these are excluded on
// purpose: media:content or media:title hold child elements that must stay elements.
const TEXT_ELEMENT_START = /<((?:atom:)?(?:title|subtitle|tagline|info|summary|content|rights|copyright)|description|dc:description|content:encoded|(?:xhtml:)?body|fullitem)(\s[^>]*?)?(?<!\/)>/g;

function asCdata(inner: string): string {
  // A CDATA section cannot contain "]]>": split it across two sections.
  return `<![CDATA[${inner.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** Removes namespace prefixes from tag names (`<xhtml:div>` → `<div>`) so the HTML sanitizer knows them. */
function unprefixTags(html: string): string {
  return html.replace(/<(\/?)[A-Za-z][\w.-]*:(?=[A-Za-z])/g, '<$1');
}

function wrapNakedMarkup(text: string): string {
  let out = '';
  let copied = 0;
  TEXT_ELEMENT_START.lastIndex = 0;
  for (let m = TEXT_ELEMENT_START.exec(text); m !== null; m = TEXT_ELEMENT_START.exec(text)) {
    const tag = m[1]!;
    const innerStart = m.index + m[0].length;
    const close = text.indexOf(`</${tag}`, innerStart);
    if (close < 0) break;
    const inner = text.slice(innerStart, close);
    TEXT_ELEMENT_START.lastIndex = close;
    // Plain text, escaped HTML and CDATA need nothing; only a real child element does.
    if (!/<[A-Za-z]/.test(inner) || inner.includes('<![CDATA[')) continue;
    out += `${text.slice(copied, m.index)}<${tag}${m[2] ?? ''}>${asCdata(unprefixTags(inner))}`;
    copied = close;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Returns the document ready for the strict XML parser (see the functions above). */
export function prepareXml(text: string): string {
  refuseEntityDeclarations(text);
  // sax refuses anything (a BOM, blank lines) before the XML declaration.
  const start = text.indexOf('<');
  let body = start > 0 ? text.slice(start) : text;
  // A document cut off inside its last end tag ("</rss") is otherwise complete: close it.
  if (/<\/[\w:.-]+\s*$/.test(body.slice(-200))) body = `${body.trimEnd()}>`;
  return fixEntityReferences(wrapNakedMarkup(body));
}
