import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../src/extract/body.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';

const para = (n: number) => `Paragraph ${n} of the story carries enough words, commas, and detail to read as prose, which is what a news article body is made of.`;
const bodyOf = (html: string) => extractBody(() => load(html, { xml: { xmlMode: false } } as never)).paragraphs;

describe('extractBody', () => {
  it('keeps paragraphs, headings, lists and blockquotes in order and drops the page furniture', () => {
    const html = `<html><body>
      <nav><a href="/">Home</a><a href="/news">News</a></nav>
      <div class="share-bar"><a href="https://twitter.com/share">Share on X</a></div>
      <article><div class="article-body">
        <p>${para(1)}</p><h2>A subheading</h2><p>${para(2)}</p>
        <ul><li>First point of the list</li><li>Second point of the list</li></ul>
        <blockquote>A quoted passage from a report, kept as part of the story.</blockquote>
        <div class="newsletter-signup"><p>Sign up for our newsletter to get the news every morning in your inbox.</p></div>
        <p>${para(3)}</p>
      </div></article>
      <section class="related-stories"><h2>Related</h2><ul><li><a href="/x">Another story entirely different</a></li></ul></section>
      <div id="comments"><p>A reader comment that is long enough to look like a paragraph of prose, with commas, too.</p></div>
      <footer><p>© 2026 Example News. All rights reserved.</p></footer>
    </body></html>`;
    expect(bodyOf(html)).toEqual([para(1), 'A subheading', para(2), 'First point of the list', 'Second point of the list', 'A quoted passage from a report, kept as part of the story.', para(3)]);
  });

  it('keeps a link blog\'s lead-in to the quotation it posts, however much of it is a link', () => {
    const quoted = `<blockquote><p>${para(1)}</p><p>${para(2)}</p></blockquote>`;
    const html = `<html><body><div class="entry"><p>Great piece by <a href="https://example.com/a">Ben Thompson</a> on the deal:</p>${quoted}</div></body></html>`;
    expect(bodyOf(html)).toEqual(['Great piece by Ben Thompson on the deal:', para(1), para(2)]);
    expect(bodyOf(`<html><body><div class="entry"><p><a href="https://example.com/b">Matt Birchler</a>:</p>${quoted}</div></body></html>`)[0]).toBe('Matt Birchler:');
    // A short line that introduces nothing stays out.
    expect(bodyOf(`<html><body><div class="entry"><p><a href="https://example.com/c">Read the full story</a></p>${quoted}</div></body></html>`)).toEqual([para(1), para(2)]);
  });

  it('trusts schema.org articleBody over a longer container', () => {
    const html = `<html><body><div class="content"><div itemprop="articleBody"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div>
      <div class="promo-rail"><p>${para(9)}</p></div></div></body></html>`;
    expect(bodyOf(html)).toEqual([para(1), para(2), para(3)]);
  });

  it('takes the story, not the page, when a stream of teaser <article>s under it outweighs it', () => {
    const teaser = (n: number) => `<article class="fp-story"><div class="grid"><div class="col"><header><h1><a href="/s${n}">Headline ${n}</a></h1></header>
      <div class="description"><p>Teaser ${n} sums up another story in a sentence or two, with a comma, for the stream.</p></div></div></div></article>`;
    const story = [1, 2, 3, 4, 5, 6, 7, 8].map(para);
    const html = `<html><body><section><article class="single-story"><div class="content">${story.map((p) => `<blockquote><p>${p}</p></blockquote>`).join('')}</div></article></section>
      <section class="wrapper">${Array.from({ length: 40 }, (_, i) => teaser(i)).join('\n')}</section></body></html>`;
    expect(bodyOf(html)).toEqual(story);
  });

  it('keeps every post of a page of equal <article>s (a live blog), with no one story among them', () => {
    const posts = [1, 2, 3, 4, 5, 6].map((n) => `<article class="post"><p>${para(n)}</p><p>${para(n + 10)}</p></article>`);
    const body = bodyOf(`<html><body><main class="live-blog">${posts.join('')}</main></body></html>`);
    expect(body).toEqual(expect.arrayContaining([para(1), para(6), para(16)]));
    // An <article> holding only the headline and a standfirst, the text in a div beside it, is no story among teasers.
    const comment = (n: number) => `<article class="comment"><p>Comment ${n}: nice piece.</p></article>`;
    const split = `<html><body><div class="page"><article class="head"><p>${para(0)}</p></article><div class="text">${[1, 2, 3, 4, 5, 6].map((n) => `<p>${para(n)}</p>`).join('')}</div>${[1, 2, 3].map(comment).join('')}</div></body></html>`;
    expect(bodyOf(split)).toEqual(expect.arrayContaining([para(1), para(6)]));
  });

  it('reads text written straight into a container with <br><br> breaks as paragraphs', () => {
    const html = `<html><body><div class="post-text">${para(1)}<br><br>${para(2)}<br><br>${para(3)}</div></body></html>`;
    expect(bodyOf(html)).toEqual([para(1), para(2), para(3)]);
  });

  it('counts each <br><br> run written straight into a container as a paragraph, so a blog post outweighs the code table it holds', () => {
    // The shape of a Blogger post (Google Testing Blog): prose parted by <br><br>, two listings side by side in a table.
    const code = (n: number) => Array.from({ length: 12 }, (_, i) => `v${n}_${i} = call(request, options)`).join('<br>');
    const runs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(para);
    const html = `<html><body><article><h1>Title</h1>${runs.slice(0, 2).join('<br><br>')}<br><br><table><tr><td><pre>${code(1)}</pre></td><td><pre>${code(2)}</pre></td></tr></table><br><br>${runs.slice(2).join('<br><br>')}</article></body></html>`;
    const body = bodyOf(html);
    expect(body.filter((p) => p.startsWith('Paragraph '))).toEqual(runs);
    expect(body.indexOf(runs[2]!)).toBeGreaterThan(body.findIndex((p) => p.startsWith('v1_0')));
  });

  it('drops a company card set into the article (a "Learn more" link under a cut-off blurb or labelled fields), even when its class says body', () => {
    const card = (blurb: string) => `<div class="module-card"><h2><a href="https://db.example/">Company database</a></h2>
      <div class="panel"><div class="info"><span class="label">Company:</span> <span><a href="https://db.example/acme">Acme</a></span>
      <span class="label">Funding:</span> <span>$10M</span></div><div class="body-copy"><p>${blurb}</p></div>
      <a class="more" href="https://db.example/acme">Learn more</a></div></div>`;
    const cutOff = 'Acme is a global company, with offices in many countries, a large audience, and a suite of products. On March 13, 2008, Acme announced plans to buy Bebo for $850 million in cash. History of Acme: Acme was...';
    const html = `<html><body><article><h1>Acme reports earnings</h1><p>Acme reported earnings, and revenue was down 6 percent.</p>
      <p>The company swung to a loss, losing $2.6 million, or $0.02 per share.</p><p>${para(1)}</p>${card(cutOff)}</article></body></html>`;
    expect(bodyOf(html)).toEqual(['Acme reported earnings, and revenue was down 6 percent.', 'The company swung to a loss, losing $2.6 million, or $0.02 per share.', para(1)]);
    const long = `<html><body><article><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p>${card('Acme is a web application that keeps teams in sync.')}</article></body></html>`;
    expect(bodyOf(long)).toEqual([para(1), para(2), para(3)]);
  });

  it('keeps a "Learn more" link that closes an article paragraph', () => {
    const html = `<html><body><article><p>${para(1)}</p><p>${para(2)}</p><div class="note"><p>The agency's new rules start next year... <a href="/rules">Learn more</a></p></div></article></body></html>`;
    expect(bodyOf(html)).toContain(para(2));
  });

  it('keeps a page wrapped in one ASP.NET <form>', () => {
    const html = `<html><body><form id="aspnetForm"><div class="story"><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></div></form></body></html>`;
    expect(bodyOf(html)).toEqual([para(1), para(2), para(3)]);
  });
});

describe('readParagraphs: tables and lines', () => {
  const page = (inner: string) => `<html><body><article><p>${para(1)}</p>${inner}<p>${para(2)}</p></article></body></html>`;

  it('reads a data row of a table as one paragraph, its cells joined by " | ", a value in a div of its own kept', () => {
    const table = `<table><tr><th>Category</th><th>% of tests that are flaky</th></tr>
      <tr><td>Java WebDriver</td><td><div style="text-align: right;">10.45%</div></td></tr>
      <tr><td>Android emulator</td><td>25.46%</td></tr></table>`;
    expect(bodyOf(page(table))).toEqual([para(1), 'Category | % of tests that are flaky', 'Java WebDriver | 10.45%', 'Android emulator | 25.46%', para(2)]);
  });

  it('reads a layout table (one cell, or a cell of several paragraphs, or code) as blocks', () => {
    expect(bodyOf(page(`<table><tr><td><p>${para(3)}</p></td></tr></table>`))).toEqual([para(1), para(3), para(2)]);
    const twoColumns = `<table><tr><td><p>${para(3)}</p><p>${para(4)}</p><p>${para(5)}</p><p>${para(6)}</p></td><td>Menu</td></tr></table>`;
    expect(bodyOf(page(twoColumns))).toEqual([para(1), para(3), para(4), para(5), para(6), 'Menu', para(2)]);
    const code = '<table><tr><td><pre>x = 1\n\ny = 2</pre></td><td><pre>z = 3</pre></td></tr></table>';
    expect(bodyOf(page(code))).not.toContain('x = 1 y = 2 | z = 3');
  });

  it('gives each line of a list written with <br>s its own paragraph', () => {
    const list = '<p>Monday: <a href="/a">Hands-on: Garmin’s New Descent MK1</a><br>Wednesday: <a href="/b">Epson’s New ProSense watches<br></a>Thursday: <a href="/c">In The Queue: Samsung Gear Sport</a><br>Friday: The DCR Cave Open House–December 2nd, 2017</p>';
    expect(bodyOf(page(list))).toEqual([para(1), 'Monday: Hands-on: Garmin’s New Descent MK1', 'Wednesday: Epson’s New ProSense watches', 'Thursday: In The Queue: Samsung Gear Sport', 'Friday: The DCR Cave Open House–December 2nd, 2017', para(2)]);
  });

  it('keeps a sentence wrapped by hand whole: one <br>, a line ending mid-phrase, a next line in lower case', () => {
    const once = '<p>The author would like to thank Andrea Marchesini, Anne van Kesteren and Ben<br>Kelly for helping with the specification.</p>';
    expect(bodyOf(page(once))).toEqual([para(1), 'The author would like to thank Andrea Marchesini, Anne van Kesteren and Ben Kelly for helping with the specification.', para(2)]);
    const wrapped = '<p>Fetch introduces 3 interfaces. These are Headers, Request and<br>Response. They map to the underlying HTTP concepts,<br>but have<br>certain visibility filters in place.</p>';
    expect(bodyOf(page(wrapped))).toEqual([para(1), 'Fetch introduces 3 interfaces. These are Headers, Request and Response. They map to the underlying HTTP concepts, but have certain visibility filters in place.', para(2)]);
  });
});

describe('extractFacts: body source', () => {
  const shell = '<html><head><title>App</title></head><body><div id="root"></div><script>boot()</script></body></html>';
  const feed = `<p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p><p>${para(4)}</p><p>${para(5)}</p>`;

  it('falls back to the feed content when the page yields no body', () => {
    const sheet = extractFacts(shell, 'https://news.example/a', { feedContentHtml: feed });
    expect([sheet.body_source, sheet.body.paragraphs.length]).toEqual(['feed', 5]);
  });

  it('keeps the page body when it has one', () => {
    const page = `<html><body><article>${feed}</article></body></html>`;
    expect(extractFacts(page, 'https://news.example/a', { feedContentHtml: '<p>Teaser.</p>' }).body_source).toBe('page');
  });

  it('returns an empty body, not an error, for a shell page without feed content', () => {
    const sheet = extractFacts(shell, 'https://news.example/a');
    expect([sheet.body_source, sheet.body.word_count]).toEqual(['page', 0]);
  });

  it('lists body links resolved, http(s) only, deduplicated', () => {
    const page = `<html><body><article><p>${para(1)} <a href="/one">one</a> <a href="/one">again</a> <a href="javascript:alert(1)">bad</a> <a href="mailto:x@example.com">mail</a> <a href="#top">top</a></p><p>${para(2)}</p></article></body></html>`;
    expect(extractFacts(page, 'https://news.example/a').links).toEqual([{ url: 'https://news.example/one', text: 'one' }]);
  });
});
