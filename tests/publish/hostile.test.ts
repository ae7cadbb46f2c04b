import Parser from 'rss-parser';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderAnalysisHtml } from '../../src/publish/analysis-html.ts';
import { renderAnalysisPage, renderGonePage, renderIndexPage } from '../../src/publish/pages.ts';
import { renderFeed } from '../../src/publish/render-feed.ts';
import { cleanText } from '../../src/publish/text.ts';
import { pinnedNow, site } from './fixtures.ts';
import { HOSTILE, hostileAnalysis } from './hostile.ts';
import { parseXmlStrict, scriptVectors } from './xml-check.ts';

const opts = { now: pinnedNow, selfUrl: 'https://pulse.example/feed.xml', nextUrl: null, tag: `tag ${HOSTILE}` };
const hostileSite = { ...site, title: `Site ${HOSTILE}`, description: `About ${HOSTILE}` };
const parser = new Parser();
/** Characters no output may contain: XML-illegal, discouraged controls, lone surrogates. */
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/u;
const cleanHeadline = cleanText(`Headline ${HOSTILE}`);

describe('hostile editor text', () => {
  it('cleanText keeps tab, line breaks (as LF) and surrogate pairs, and drops the rest', () => {
    expect(cleanText('a\u0000\tb\n\r\u0085\ufffe\ud800c😀\r\nd')).toBe('a\tb\n\nc😀\nd');
  });

  it.each(['rss', 'atom'] as const)('leaves %s well-formed, free of illegal characters and of raw <script', async (format) => {
    const { body } = renderFeed(format, hostileSite, [hostileAnalysis()], { ...opts, selfUrl: `https://pulse.example/${format}.xml` });
    parseXmlStrict(body);
    expect(body).not.toMatch(ILLEGAL);
    expect(body).not.toMatch(/<script/i);
    const feed = await parser.parseString(body);
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]?.title).toBe(cleanHeadline);
  });

  it('leaves no script vector in any HTML-bearing RSS field', () => {
    const { body } = renderFeed('rss', hostileSite, [hostileAnalysis()], opts);
    const doc = parseXmlStrict(body);
    const htmlFields = [...Array.from(doc.getElementsByTagName('description')).slice(1), ...Array.from(doc.getElementsByTagName('content:encoded'))];
    expect(htmlFields).toHaveLength(2);
    for (const field of htmlFields) expect(scriptVectors(field.textContent ?? '')).toEqual([]);
    expect(doc.getElementsByTagName('dc:creator')[0]?.textContent).toBe(cleanText(`Author ${HOSTILE}`));
    expect(body).not.toContain('javascript:');
  });

  it('leaves no script vector in Atom content, summary or titles', () => {
    const { body } = renderFeed('atom', hostileSite, [hostileAnalysis()], { ...opts, selfUrl: 'https://pulse.example/atom.xml' });
    const doc = parseXmlStrict(body);
    for (const el of Array.from(doc.querySelectorAll('content, summary'))) expect(scriptVectors(el.textContent ?? '')).toEqual([]);
    expect(doc.querySelector('entry > title')?.getAttribute('type')).toBe('text');
    expect(doc.querySelector('entry > title')?.textContent).toBe(cleanHeadline);
    const terms = Array.from(doc.querySelectorAll('entry > category')).map((c) => c.getAttribute('term'));
    expect(terms).toEqual([cleanText(`Category ${HOSTILE}`), cleanText(`tag ${HOSTILE}`), '<b>', 'a"b']);
    expect(body).not.toContain('javascript:');
  });

  it('keeps JSON Feed valid Unicode with safe content_html and plain text as typed', () => {
    const { body } = renderFeed('json', hostileSite, [hostileAnalysis()], { ...opts, selfUrl: 'https://pulse.example/feed.json' });
    expect(body).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i); // no lone surrogate escapes
    const doc = JSON.parse(body) as { items: { title: string; content_html: string; external_url?: string; _pulse: { rundown: string[] } }[] };
    const item = doc.items[0]!;
    expect(item.title).toBe(cleanHeadline);
    expect(item.title).not.toMatch(ILLEGAL);
    expect(item._pulse.rundown[0]).toBe(cleanText(`Point ${HOSTILE}`));
    expect(scriptVectors(item.content_html)).toEqual([]);
    expect(body).not.toContain('javascript:');
  });

  it('escapes every plain-text field in the feed HTML fragment', () => {
    const html = renderAnalysisHtml(hostileAnalysis(), hostileSite);
    expect(scriptVectors(html)).toEqual([]);
    const text = JSDOM.fragment(html).textContent ?? '';
    for (const field of ['Highlight', 'Value', 'Label', 'Point', 'Take', 'Text', 'Signed', 'Quote', 'Watch', 'Related', 'Publisher']) {
      expect(text).toContain(cleanText(`${field} ${HOSTILE}`).replace(/\s+/g, ' ').split(' | ')[4]);
    }
    expect(text).toContain('<script>alert(1)</script>'); // shown as text, not run
  });

  it('keeps the analysis page free of script except JSON-LD, which has no raw "<"', () => {
    const page = renderAnalysisPage(hostileAnalysis(), hostileSite);
    expect(page).not.toMatch(ILLEGAL);
    const dom = new JSDOM(page);
    const scripts = Array.from(dom.window.document.querySelectorAll('script'));
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
    const ld = scripts[0]!.textContent ?? '';
    expect(ld).not.toContain('<');
    expect((JSON.parse(ld) as { headline: string }).headline).toBe(cleanHeadline);
    const withoutLd = page.replace(/<script type="application\/ld\+json">[^]*?<\/script>/, '');
    expect(scriptVectors(withoutLd.replace(/^[^]*<body>|<\/body>[^]*$/g, ''))).toEqual([]);
    for (const meta of Array.from(dom.window.document.querySelectorAll('meta'))) {
      expect(meta.getAttributeNames().every((n) => ['charset', 'name', 'content', 'property'].includes(n))).toBe(true);
    }
  });

  it('keeps the index and gone pages free of script', () => {
    for (const page of [renderIndexPage(hostileSite, [hostileAnalysis()]), renderGonePage(hostileSite, { headline: `H ${HOSTILE}`, reason: `R ${HOSTILE}` })]) {
      const dom = new JSDOM(page);
      expect(dom.window.document.querySelectorAll('script')).toHaveLength(0);
      expect(scriptVectors(dom.window.document.body.innerHTML)).toEqual([]);
      expect(page).not.toMatch(ILLEGAL);
    }
  });
});
