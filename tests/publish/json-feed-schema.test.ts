import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { renderFeed } from '../../src/publish/render-feed.ts';
import { hostileAnalysis } from './hostile.ts';
import { olderAnalysis, pinnedNow, referenceAnalysis, site } from './fixtures.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schemaPath = path.resolve(repoRoot, '../shared/corpora/jsonfeed-schema/schema-v1.1.json');
const haveSchema = existsSync(schemaPath);
if (!haveSchema) console.warn(`skipping JSON Feed schema tests: ${schemaPath} not found (../shared/corpora is absent)`);

describe.skipIf(!haveSchema)('JSON Feed 1.1 schema', () => {
  // The schema declares draft-07, Ajv's default dialect; formats (uri, date-time) come from ajv-formats.
  const schema = haveSchema ? (JSON.parse(readFileSync(schemaPath, 'utf8')) as object) : {};
  const ajv = new Ajv({ allErrors: true });
  // ajv-formats is CommonJS: under NodeNext its default import is the module object.
  const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? addFormatsModule) as unknown as FormatsPlugin;
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const opts = { now: pinnedNow, selfUrl: 'https://pulse.example/feed.json', nextUrl: 'https://pulse.example/feed.json?before=41', tag: null };

  it.each([
    ['two analyses with hub and next page', [referenceAnalysis(), olderAnalysis()], site],
    ['an empty feed without hub', [], { ...site, hubUrl: null }],
    ['an analysis without dek, tags or sources', [referenceAnalysis({ dek: null, tags: [], category: null, sources: [], take: null })], site],
    ['hostile editor text in every field', [hostileAnalysis()], site],
  ])('accepts %s', (_name, analyses, s) => {
    const doc: unknown = JSON.parse(renderFeed('json', s, analyses, opts).body);
    const valid = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects an item without an id (the validator is live)', () => {
    const doc = JSON.parse(renderFeed('json', site, [referenceAnalysis()], opts).body) as { items: Record<string, unknown>[] };
    delete doc.items[0]!.id;
    expect(validate(doc)).toBe(false);
  });
});
