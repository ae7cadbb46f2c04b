import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { elementsByTag } from '../../src/extract/page-elements.ts';

describe('elementsByTag', () => {
  const $ = load('<html><head><title>T</title><script type="application/ld+json">{}</script><style>p{}</style></head><body><h2>b</h2><div><h1>a</h1></div><h2>c</h2><svg><title>icon</title></svg></body></html>', { xml: { xmlMode: false, decodeEntities: true } });

  it('lists one tag in document order, scripts too; a tag it does not index is an error', () => {
    expect(elementsByTag($, 'title').map((e) => $(e).text())).toEqual(['T', 'icon']);
    expect(elementsByTag($, 'script')).toHaveLength(1);
    expect(() => elementsByTag($, 'style')).toThrow(/not indexed/);
  });

  it('merges several tags in document order, as a selector group does', () => {
    expect(elementsByTag($, 'h1', 'h2').map((e) => $(e).text())).toEqual(['b', 'a', 'c']);
    expect(elementsByTag($, 'h1', 'h2').map((e) => $(e).text())).toEqual($('h1, h2').toArray().map((e) => $(e).text()));
  });

  it('gives none for a tag the page lacks', () => {
    expect(elementsByTag($, 'time')).toEqual([]);
  });
});
