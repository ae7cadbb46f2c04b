/**
 * Readers for xml2js nodes as rss-parser hands them over through `customFields` with
 * `keepArray`: every element is an array of nodes; a node is a string (text only), '' (empty), or
 * an object with `_` (text) and `$` (attributes) and child arrays.
 */
export type XmlNode = string | XmlElement;
export interface XmlElement {
  _?: string;
  $?: Record<string, string>;
  [child: string]: unknown;
}

/** Returns the element arrays found under `key`, or an empty array. */
export function nodes(value: unknown): XmlNode[] {
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

/** Returns the first node of an element array. */
export function firstNode(value: unknown): XmlNode | undefined {
  return Array.isArray(value) ? (value[0] as XmlNode | undefined) : undefined;
}

/** Returns the text content of a node, trimmed ('' when it has none). */
export function textOf(node: XmlNode | undefined): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string') return node.trim();
  return typeof node._ === 'string' ? node._.trim() : '';
}

/** Returns the untrimmed text of a node (HTML payloads keep their whitespace). */
export function rawTextOf(node: XmlNode | undefined): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string') return node;
  return typeof node._ === 'string' ? node._ : '';
}

/** Returns the text of the first node under `key` (trimmed), or null when absent or empty. */
export function firstText(value: unknown): string | null {
  const t = textOf(firstNode(value));
  return t === '' ? null : t;
}

/** Returns attribute `name` of a node, or undefined. */
export function attr(node: XmlNode | undefined, name: string): string | undefined {
  if (node === undefined || node === null || typeof node === 'string') return undefined;
  const v = node.$?.[name];
  return typeof v === 'string' ? v : undefined;
}

/** Returns child element array `name` of a node. */
export function child(node: XmlNode | undefined, name: string): XmlNode[] {
  if (node === undefined || node === null || typeof node === 'string') return [];
  return nodes(node[name]);
}
