import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

/** Locations of the shared corpora (../shared/corpora beside the repository) and loaders for them. */

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const corporaDir = path.resolve(repoRoot, '../shared/corpora');
export const realFeedsDir = path.join(corporaDir, 'real-feeds');
export const feedparserDir = path.join(corporaDir, 'feedparser-tests');

export interface CorpusFeed {
  file: string;
  text: string;
  bytes: number;
}

/**
 * Returns every feed of real-feeds/ decoded to a string with the charset MANIFEST.tsv names
 * (charset decoding belongs to src/fetch; here the manifest stands in for it).
 */
export function loadRealFeeds(): CorpusFeed[] {
  if (!existsSync(realFeedsDir)) return [];
  const encodings = new Map<string, string>();
  const manifest = readFileSync(path.join(realFeedsDir, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1);
  for (const line of manifest) {
    const [file, , enc] = line.split('\t');
    if (file) encodings.set(file, enc || 'utf-8');
  }
  return readdirSync(realFeedsDir)
    .filter((f) => /\.(rss|atom|rdf|json)$/.test(f) && !f.startsWith('MANIFEST'))
    .sort()
    .map((file) => {
      const buf = readFileSync(path.join(realFeedsDir, file));
      const enc = encodings.get(file) ?? 'utf-8';
      return { file, text: iconv.decode(buf, iconv.encodingExists(enc) ? enc : 'utf-8'), bytes: buf.length };
    });
}
