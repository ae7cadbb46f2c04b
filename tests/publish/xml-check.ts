import { JSDOM } from 'jsdom';

const { DOMParser } = new JSDOM('').window;

/** Returns the XML document, or throws with the parser's message when `xml` is not well-formed (jsdom's strict saxes parser). */
export function parseXmlStrict(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error !== undefined) throw new Error(`not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

/** Returns the HTML of a fragment parsed as a browser would (for "no script survives" checks). */
export function parseHtmlFragment(html: string): DocumentFragment {
  return JSDOM.fragment(html);
}

/** Returns what in an HTML fragment could run script: script elements, on* attributes, javascript: URLs. */
export function scriptVectors(html: string): string[] {
  const found: string[] = [];
  const fragment = parseHtmlFragment(html);
  for (const el of Array.from(fragment.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'style', 'svg', 'math'].includes(tag)) found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.toLowerCase().startsWith('on')) found.push(`${tag}[${attr.name}]`);
      if (/^\s*(javascript|vbscript|data):/i.test(attr.value)) found.push(`${tag}[${attr.name}=${attr.value}]`);
    }
  }
  return found;
}
