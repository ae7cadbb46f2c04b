/**
 * Text hygiene for everything the publish stage writes. Editors may type anything (SPEC
 * "Publishing rules"), so every string is cleaned once before rendering and escaped where it lands.
 */

/**
 * Characters that may not appear in an XML 1.0 document (XML 1.0 §2.2 `Char`: C0 controls other than
 * TAB/LF/CR, U+FFFE/U+FFFF, lone surrogates) plus the ones §2.2 discourages and validators flag
 * (DEL and C1 controls U+007F–U+009F, noncharacters U+FDD0–U+FDEF). With the `u` flag the surrogate
 * range matches only unpaired halves: a valid pair is one code point.
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/gu;

/**
 * Returns `text` without characters that are illegal or discouraged in XML, keeping TAB and line
 * breaks; CR and CRLF become LF, as XML 1.0 §2.11 end-of-line handling would read them anyway
 * (so a value reads back the same from every format).
 */
export function cleanText(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/\r\n?/g, '\n');
}

/** Returns a deep copy of `value` with every string passed through cleanText (Dates kept as they are). */
export function cleanDeep<T>(value: T): T {
  return cleanValue(value) as T;
}

function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanValue);
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = cleanValue(inner);
  return out;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Returns plain text escaped for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Returns plain text escaped for HTML character data only (`&`, `<`, `>`), for HTML-bearing feed fields. */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Returns plain text escaped for XML character data and double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * Returns plain text escaped for a double-quoted XML attribute value. TAB and LF become character
 * references: XML 1.0 §3.3.3 attribute-value normalization would otherwise read them as spaces.
 */
export function escapeXmlAttr(text: string): string {
  return escapeXml(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/**
 * Returns an HTML fragment that can sit inside a CDATA section: `]]>` would close the section, so
 * its `>` becomes `&gt;`, which means the same thing to an HTML parser in text and in attribute
 * values (scripts and comments, where it would not, never survive the sanitizer).
 */
export function htmlForCdata(html: string): string {
  return html.replace(/]]>/g, ']]&gt;');
}

/**
 * Returns JSON for a `<script type="application/ld+json">` block: `<` (and `>`, `&`, U+2028/9) as
 * \u escapes, so no `</script>` or `<!--` an editor types can end the block early.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
