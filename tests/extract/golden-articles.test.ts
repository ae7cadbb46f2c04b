import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import type { FactSheet } from '../../src/extract/types.ts';

/**
 * Golden fact sheets: each tests/fixtures/articles/<name>.html (written for these tests in the
 * shapes news sites use) has <name>.facts.json beside it; <name>.options.json may give the page
 * URL, the feed item's date and a feed content file. Regenerate after a deliberate change with
 * UPDATE_GOLDEN=1 npx vitest run tests/extract/golden-articles.test.ts — then read the diff.
 */
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/articles');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.html') && !f.endsWith('.feed.html'))
  .map((f) => f.slice(0, -5))
  .sort();

interface FixtureOptions {
  url?: string;
  publishedAt?: string;
  feedContentFile?: string;
}

type Golden = Omit<FactSheet, 'body_html'>;

function extract(name: string): FactSheet {
  const optionsPath = path.join(dir, `${name}.options.json`);
  let options: FixtureOptions = {};
  try {
    options = JSON.parse(readFileSync(optionsPath, 'utf8')) as FixtureOptions;
  } catch {
    /* no options: defaults */
  }
  const html = readFileSync(path.join(dir, `${name}.html`), 'utf8');
  return extractFacts(html, options.url ?? `https://news.example/${name}`, {
    publishedAt: options.publishedAt ? new Date(options.publishedAt) : null,
    feedContentHtml: options.feedContentFile ? readFileSync(path.join(dir, options.feedContentFile), 'utf8') : null,
  });
}

function golden(name: string, sheet: FactSheet): Golden {
  const file = path.join(dir, `${name}.facts.json`);
  const { body_html: _html, ...rest } = sheet;
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, JSON.stringify(rest, null, 2) + '\n');
  return JSON.parse(readFileSync(file, 'utf8')) as Golden;
}

it('has at least 12 article fixtures', () => {
  expect(names.length).toBeGreaterThanOrEqual(12);
});

describe.each(names)('%s', (name) => {
  const sheet = extract(name);
  const expected = golden(name, sheet);

  it('reads the metadata', () => {
    const pick = (s: Golden) => ({
      url: s.url, canonical_url: s.canonical_url, title: s.title, description: s.description, authors: s.authors,
      published_at: s.published_at, modified_at: s.modified_at, site_name: s.site_name, language: s.language,
      section: s.section, tags: s.tags, image: s.image, body_source: s.body_source,
    });
    expect(pick(sheet)).toEqual(pick(expected));
  });

  it('keeps the article paragraphs and nothing else', () => {
    expect(sheet.body).toEqual(expected.body);
  });

  it('finds every figure with its kind, value, hedge and label', () => {
    expect(sheet.figures.map((f) => ({ text: f.text, kind: f.kind, value: f.value, approx: f.approx, label: f.label, currency: f.currency, unit: f.unit })))
      .toEqual(expected.figures.map((f) => ({ text: f.text, kind: f.kind, value: f.value, approx: f.approx, label: f.label, currency: f.currency, unit: f.unit })));
    expect(sheet.figures).toEqual(expected.figures);
  });

  it('finds every date', () => {
    expect(sheet.dates).toEqual(expected.dates);
  });

  it('finds every quote and its speaker', () => {
    expect(sheet.quotes.map((q) => [q.text, q.speaker])).toEqual(expected.quotes.map((q) => [q.text, q.speaker]));
    expect(sheet.quotes).toEqual(expected.quotes);
  });

  it('counts the entities and lists the links', () => {
    expect(sheet.entities).toEqual(expected.entities);
    expect(sheet.links).toEqual(expected.links);
  });

  it('quotes every evidence sentence verbatim from the body', () => {
    const evidence = [...sheet.figures, ...sheet.dates, ...sheet.quotes].map((f) => f.evidence);
    for (const e of evidence) expect(sheet.body.paragraphs[e.paragraph]).toContain(e.sentence);
  });

  it('keeps body_html sanitized', () => {
    expect(sheet.body_html).not.toMatch(/<script|<style|\son\w+=|javascript:/i);
    if (sheet.body.paragraphs.length) expect(sheet.body_html.length).toBeGreaterThan(0);
  });
});
