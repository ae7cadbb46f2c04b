import { describe, expect, it } from 'vitest';
import { codeDensity, isCodeParagraph, preformattedTexts } from '../../src/extract/code-text.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';

describe('code paragraphs (code-text.ts)', () => {
  it('takes a listing from a preformatted block as code', () => {
    const listing = '208: @Test public void testIncrement_existingKey() { 209: counter.increment("a"); 210: assertEquals(2, counter.get("a")); }';
    expect(isCodeParagraph(listing, [listing])).toBe(true);
    const short = 'age += hibernate ? kSevenMonths : kSevenHours';
    expect(isCodeParagraph(short, [short])).toBe(true);
  });
  it('takes dense code outside <pre> as code only when it holds a statement', () => {
    expect(isCodeParagraph('var res = new Response("one time use"); console.log(res.bodyUsed); // false')).toBe(true);
    expect(isCodeParagraph('int main() { printf("hello, world!\\n"); return 0; }')).toBe(true);
    // Prose with brackets, a wiki heading, a time zone: no statement.
    expect(isCodeParagraph('UTC+13 (NZDT[n 6])')).toBe(false);
    expect(isCodeParagraph('Mozilla Developer Network[edit]')).toBe(false);
  });
  it('leaves prose alone, in <pre> or not', () => {
    const prose = 'The company said on Tuesday that it would cut 4,000 jobs; analysts had expected fewer (about 2,500).';
    expect(isCodeParagraph(prose)).toBe(false);
    expect(isCodeParagraph(prose, [prose])).toBe(false);
    const poem = 'Whose woods these are I think I know. His house is in the village though;';
    expect(isCodeParagraph(poem, [poem])).toBe(false);
    expect(codeDensity(prose)).toBeLessThan(0.1);
  });
  it('reads a page set wholly in <pre> (an RFC, a plain-text mail) as prose', () => {
    const doc = `<pre>${'Servers MUST reply with 200 when the folder exists. '.repeat(20)}</pre>`;
    expect(preformattedTexts(doc)).toEqual([]);
    expect(preformattedTexts(`<p>${'Some prose here. '.repeat(20)}</p><pre>x = f(1);</pre>`)).toEqual(['x = f(1);']);
  });
  it('keeps a listing in the body and reads no facts from it', () => {
    const code = 'for (int i = 0; i &lt; 100; i++) {\n  counter.add("Reuters", 250);\n}';
    const html = `<html><head><title>Loops</title></head><body><article><h1>Loops</h1>
      <p>Google engineers wrote 3,000 tests last year to check the counter, Jane Smith said.</p>
      <pre><code>${code}</code></pre>
      <p>The suite now runs in 12 minutes on every change.</p></article></body></html>`;
    const s = extractFacts(html, 'http://example.com/a.html', { publishedAt: new Date('2020-01-01T00:00:00Z') });
    expect(s.body.paragraphs.some((p) => p.includes('counter.add'))).toBe(true);
    expect(s.figures.map((f) => f.text)).toEqual(['3,000', '12 minutes']);
    expect(s.entities.map((e) => e.name)).not.toContain('Reuters');
  });
});
