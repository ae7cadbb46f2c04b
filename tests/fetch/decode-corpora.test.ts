import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { charsetForLabel } from '../../src/fetch/charset-labels.ts';
import { decodeBody } from '../../src/fetch/decode.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpora = path.resolve(repoRoot, '../shared/corpora');
const present = existsSync(path.join(corpora, 'real-feeds')) && existsSync(path.join(corpora, 'feedparser-tests/INDEX.tsv'));
if (!present) console.warn(`decode-corpora: ${corpora} is absent — skipping the corpus conformance tests`);

const countReplacement = (text: string): number => (text.match(/\uFFFD/g) ?? []).length;

describe.skipIf(!present)('decodeBody on the real-feeds corpus', () => {
  const dir = path.join(corpora, 'real-feeds');
  const rows = present
    ? readFileSync(path.join(dir, 'MANIFEST.tsv'), 'utf8')
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split('\t'))
    : [];

  it.each(rows.map(([file, , xmlEncoding]) => [file ?? '', xmlEncoding ?? '']))(
    'decodes %s by its declared encoding %j without replacement characters',
    (file, xmlEncoding) => {
      const decoded = decodeBody(readFileSync(path.join(dir, file)), null, file.endsWith('.json') ? 'json' : 'feed');
      expect(decoded.charset).toBe(xmlEncoding ? charsetForLabel(xmlEncoding)?.name : 'utf-8');
      expect(countReplacement(decoded.text)).toBe(0);
      expect(decoded.text.trimStart()).toMatch(/^[<{]/);
    },
  );
});

// feedparser names charsets its own way and follows RFC 3023, where text/* without a charset
// means us-ascii. RFC 7303 §3 (which obsoletes it) reads the XML declaration instead, as we do;
// those expectations are checked against the declaration's charset rather than us-ascii.
describe.skipIf(!present)('decodeBody on the feedparser encoding tests', () => {
  const dir = path.join(corpora, 'feedparser-tests');
  const cases = present
    ? readFileSync(path.join(dir, 'INDEX.tsv'), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('encoding/'))
        .map((line) => line.split('\t'))
        .map(([file, , , , expectation, headers]) => ({
          file: file ?? '',
          expected: /encoding == '([^']+)'/.exec(expectation ?? '')?.[1] ?? null,
          bozo: !/^not bozo/.test(expectation ?? ''),
          contentType: /Content-type:(.*)/i.exec(headers ?? '')?.[1]?.trim() ?? null,
        }))
        .filter((c) => c.expected !== null)
    : [];

  it.each(cases)('decodes $file as feedparser expects ($expected)', ({ file, expected, bozo, contentType }) => {
    const body = readFileSync(path.join(dir, file));
    const decoded = decodeBody(body, contentType, 'feed');
    const rfc3023Default = expected === 'us-ascii' && /^text\//i.test(contentType ?? '') && !/charset\s*=/i.test(contentType ?? '');
    const want = rfc3023Default ? decodeBody(body, 'application/xml', 'feed').charset : charsetForLabel(expected ?? '')?.name;
    expect(decoded.charset).toBe(want);
    if (!bozo) expect(countReplacement(decoded.text)).toBe(0);
    expect(decoded.text.trimStart().startsWith('<')).toBe(true);
  });
});
