import { describe, expect, it } from 'vitest';
import { readTimeMinutes, renderMarkdown } from '../../src/publish/markdown.ts';
import { scriptVectors } from './xml-check.ts';

describe('renderMarkdown', () => {
  it.each([
    ['emphasis and links', 'Some **bold** and [a link](https://example.com/x).', '<p>Some <strong>bold</strong> and <a href="https://example.com/x">a link</a>.</p>'],
    ['a heading one level below the page h1', '# Title', '<h2>Title</h2>'],
    ['a list', '- one\n- two', '<ul>\n<li>one</li>\n<li>two</li>\n</ul>'],
    ['a javascript: link loses its href', '[click](javascript:alert(1))', '<p><a>click</a></p>'],
    ['raw script is dropped with its content', 'Hi <script>alert(1)</script> there', '<p>Hi  there</p>'],
    ['an onerror attribute is dropped', '<img src="https://x.example/a.png" onerror="alert(1)">', '<img src="https://x.example/a.png" />'],
  ])('renders %s', (_name, md, html) => {
    expect(renderMarkdown(md)).toBe(html);
  });

  it('resolves relative links against the base URL', () => {
    expect(renderMarkdown('[about](/about)', { baseUrl: 'https://pulse.example' })).toBe('<p><a href="https://pulse.example/about">about</a></p>');
  });

  it('keeps headings at h6 at most', () => {
    expect(renderMarkdown('###### Deep', { headingOffset: 3 })).toBe('<h6>Deep</h6>');
  });

  it('leaves no script vector in hostile Markdown', () => {
    const md = [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      '[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](data:text/html,<script>alert(1)</script>)',
      '<a href="javascript:alert(1)">a</a> <iframe src="https://evil.example"></iframe>',
      '<svg onload=alert(1)><circle/></svg> <style>body{}</style>',
      '![i](javascript:alert(1))',
    ].join('\n\n');
    expect(scriptVectors(renderMarkdown(md))).toEqual([]);
  });
});

describe('readTimeMinutes', () => {
  it.each([
    ['empty text', '', 1],
    ['a short paragraph', 'one two three', 1],
    ['230 words', Array(230).fill('word').join(' '), 1],
    ['231 words', Array(231).fill('word').join(' '), 2],
    ['690 words', Array(690).fill('word').join(' '), 3],
    ['punctuation alone does not count', '— — — …', 1],
  ])('gives %s a whole number of minutes', (_name, text, minutes) => {
    expect(readTimeMinutes(text)).toBe(minutes);
  });
});
