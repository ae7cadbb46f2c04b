/**
 * Code on a page is no prose. A developer blog's listing ("208: @Test public void testIncrement() {",
 * "console.log(res.bodyUsed); // false") read as sentences gave line numbers as figures, identifiers as
 * organisations and string literals as quotes. The body keeps the code (an editor sees the page as it is);
 * facts are not read from it.
 */
import { load } from 'cheerio';
import { splitSentences } from './sentences.ts';

// Characters and tokens prose rarely uses and code is made of.
const CODE_MARK = /[{}[\];=<>$\\|]/g;
const CODE_TOKEN = /\w\.\w+\(|\w\(\)|=>|::|&&|\|\||(?:^|\s)\/\/|\b[a-z]+_[a-z_]+\b|\b[a-z]+[A-Z]\w*\(|^\d{1,4}:\s/g;
// A statement of a programming language: a call or assignment ended by ";" or "{", a keyword opening an assignment or a block.
const STATEMENT = /[)"']\s*;(?:\s|$)|\w\s*=\s*[^;=]{1,40};|\)\s*\{|\{\s*$|=>|\b(?:var|let|const|def|function|import|return|public|private|static|void|int|class|SELECT|CREATE|#include)\b[^.!?]*[=({;]/;

const normal = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** How much of a paragraph is code: code marks plus twice the code tokens, per word. */
export function codeDensity(paragraph: string): number {
  const words = paragraph.split(/\s+/).filter(Boolean).length || 1;
  return ((paragraph.match(CODE_MARK)?.length ?? 0) + 2 * (paragraph.match(CODE_TOKEN)?.length ?? 0)) / words;
}

/**
 * The texts of the body's preformatted blocks (`<pre>`), whitespace collapsed: where a page sets its listings. A body
 * that is nearly all preformatted (an RFC, a plain-text mail) is a document set in `<pre>`, not one with listings: none.
 */
export function preformattedTexts(html: string): string[] {
  if (!/<pre\b/i.test(html)) return [];
  const $ = load(html);
  const blocks = $('pre').toArray().map((el) => normal($(el).text())).filter(Boolean);
  const all = normal($.root().text()).length;
  return blocks.reduce((n, b) => n + b.length, 0) >= 0.8 * all ? [] : blocks;
}

/** The share of a paragraph's characters in sentences of prose: six words or more, nearly free of code marks. */
function proseShare(paragraph: string): number {
  let prose = 0;
  for (const s of splitSentences(paragraph)) if (s.text.split(/\s+/).length >= 6 && codeDensity(s.text) < 0.1) prose += s.text.length;
  return prose / (paragraph.length || 1);
}

/**
 * A paragraph is code when it comes from a preformatted block and reads as code (code marks or tokens, not a poem,
 * a plain-text notice or a whole document set in `<pre>` — an RFC is prose with examples), or, anywhere, when it is
 * dense with code marks and holds a statement.
 */
export function isCodeParagraph(paragraph: string, preformatted: readonly string[] = []): boolean {
  const density = codeDensity(paragraph);
  const text = normal(paragraph);
  if (text.length >= 3 && preformatted.some((b) => b.includes(text))) return (density >= 0.08 || STATEMENT.test(text)) && proseShare(text) < 0.5;
  return density >= 0.3 && STATEMENT.test(text) && proseShare(text) < 0.5;
}
