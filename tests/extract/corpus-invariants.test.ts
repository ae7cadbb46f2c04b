import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/extract-facts.ts';

/**
 * Issue 9's "Done when", checked on every article page of ../shared/corpora (the blind held-out sets 6 and 8 left
 * out, so a failure never shows their items): no number from a name as a figure, no fragment or role as a speaker.
 * The checks are written from SPEC's list of what is not a figure and not a speaker, independently of the
 * extractor's own rules, so a rule that breaks lets a name through here.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const articles = path.resolve(repoRoot, '../shared/corpora/articles');
const blind = new Set(
  ['facts-heldout6', 'facts-heldout9'].flatMap((d) => {
    const dir = path.join(repoRoot, 'tests/fixtures', d);
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)) : [];
  }),
);

// The words before a number that make it part of a name (SPEC: Boeing 787, A350-900, iPhone 15, S&P 500, Covid-19,
// Fortune 500, route 66; ANNOTATING: models, indices, rankings, routes, chapters, episodes, seasons, jersey numbers).
const NAME_BEFORE =
  /(?:\b(?:S&P|STOXX|Stoxx|FTSE|Fortune|Russell|Nikkei|DAX|CAC|Nasdaq|Boeing|Airbus|Windows|Android|iOS|macOS|Model|Route|route|Highway|Interstate|Chapter|chapter|Episode|episode|Season|season|Section|section|Apollo|Type|Galaxy|Pixel|Xbox|PlayStation|PS|Series|Class|Gen|No\.|Number|number|jersey|Covid|COVID|Article|article)\s|\b[a-z]+[A-Z][A-Za-z]*\s)$/;
// Glued to letters or to another number by a hyphen: "A350-900", "787-9", "Covid-19", "F-35", "G7".
const GLUED_BEFORE = /[\p{L}\d]-$|\p{L}$/u;
const GLUED_AFTER = /^(?:-\d|\p{L}\d)/u;

// A speaker is a name, never a fragment ("of Public Prosecution Eva-Marie Persson", "An Anthropic") nor a bare role.
const FRAGMENT_START = /^(?:a|an|of|for|according|and|but|or|said|says|to|in|on|at|by|with|from|as|that|this|who)\s/i;
const ROLE_ONLY = /^(?:(?:a|an|the)\s)?(?:spokes(?:man|woman|person)|officials?|analysts?|sources?|executives?|representatives?|statement|aviation|police|company|ministry|government|minister|president|director|chief|manager|lawyer|attorney)$/i;

interface Page { id: string; html: string; url: string }
function pages(): Page[] {
  const out: Page[] = [];
  for (const corpus of ['scrapinghub', 'readability-testpages']) {
    const dir = path.join(articles, corpus);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.html') && !n.endsWith('.expected.html')).sort()) {
      const id = f.slice(0, -5);
      if (!blind.has(id)) out.push({ id, html: readFileSync(path.join(dir, f), 'utf8'), url: `http://fakehost/test/${id}.html` });
    }
  }
  return out;
}

describe.skipIf(!existsSync(articles))('fact sheets of every corpus page (issue 9, "Done when")', () => {
  it('offer no number from a name as a figure and no fragment or role as a speaker', () => {
    const all = pages();
    expect(all.length).toBeGreaterThan(250);
    const names: string[] = [];
    const speakers: string[] = [];
    for (const p of all) {
      const sheet = extractFacts(p.html, p.url);
      for (const f of sheet.figures) {
        const s = f.evidence.sentence;
        const at = s.indexOf(f.text);
        if (at < 0 || !/^\d/.test(f.text)) continue;
        const before = s.slice(Math.max(0, at - 16), at);
        const after = s.slice(at + f.text.length, at + f.text.length + 3);
        if (NAME_BEFORE.test(before) || GLUED_BEFORE.test(before) || GLUED_AFTER.test(after)) names.push(`${p.id}: …${before}[${f.text}]${after}…`);
      }
      for (const q of sheet.quotes) {
        const sp = q.speaker;
        if (sp === null) continue;
        const words = sp.split(/\s+/);
        // A forum handle ("jayk1984", "elmo666") is the name a commenter goes by, whatever its case; a French
        // institution starts lower-case ("ministère des Affaires étrangères") but holds a capital.
        const handle = words.length === 1 && /[\d_]|\p{Ll}\p{Lu}/u.test(sp);
        const fragment = FRAGMENT_START.test(sp) || ROLE_ONLY.test(sp) || words.length > 8 || (words.length > 1 && /\d/.test(sp)) || (!handle && !/[\p{Lu}\p{Lo}]/u.test(sp));
        if (fragment) speakers.push(`${p.id}: ${sp}`);
      }
    }
    expect(names, 'numbers from names offered as figures').toEqual([]);
    expect(speakers, 'fragments or roles offered as speakers').toEqual([]);
  }, 300_000); // ~260 pages in one check: about 10 s idle, but CI runs on a loaded 2-core machine
});

if (!existsSync(articles)) it.skip(`corpus not found at ${articles}: corpus invariants skipped`, () => {});
