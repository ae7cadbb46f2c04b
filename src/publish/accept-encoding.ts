import type { ContentCoding } from './feed-cache.ts';

/**
 * Content-coding negotiation (RFC 9110 §12.5.3). Pure: the route passes the Accept-Encoding header in.
 */

/**
 * Returns the coding to send: the acceptable one (q > 0) with the highest q-value among br and gzip
 * (`x-gzip` counts as gzip, §8.4.1.3; `*` covers codings not listed), br on a tie since it is
 * smaller; 'identity' when neither is acceptable or the header is absent (identity is always sent
 * rather than answering 406).
 */
export function chooseEncoding(header: string | undefined): ContentCoding | 'identity' {
  if (header === undefined) return 'identity';
  // Clients send a handful of distinct headers over and over: remember the answers (bench/serve).
  let coding = remembered.get(header);
  if (coding === undefined) {
    coding = negotiate(header);
    if (remembered.size >= REMEMBERED_MAX) remembered.clear();
    remembered.set(header, coding);
  }
  return coding;
}

const REMEMBERED_MAX = 256;
const remembered = new Map<string, ContentCoding | 'identity'>();

function negotiate(header: string): ContentCoding | 'identity' {
  if (header.trim() === '') return 'identity';
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [rawName, ...params] = part.split(';');
    const name = (rawName ?? '').trim().toLowerCase();
    if (name === '') continue;
    let weight = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9](?:\.[0-9]{0,3})?)\s*$/i.exec(p);
      if (m) weight = Math.min(1, Number(m[1]));
    }
    const key = name === 'x-gzip' ? 'gzip' : name;
    // A coding listed twice keeps its best weight.
    q.set(key, Math.max(q.get(key) ?? 0, weight));
  }
  const star = q.get('*');
  const weightOf = (coding: ContentCoding): number => q.get(coding) ?? star ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br <= 0 && gz <= 0) return 'identity';
  return br >= gz ? 'br' : 'gzip';
}
