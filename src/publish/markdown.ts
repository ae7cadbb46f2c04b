import { Marked, type Token } from 'marked';
import { sanitizeHtml } from '../parse/sanitize.ts';
import { cleanText } from './text.ts';

// One private instance: options set on the global `marked` would leak into other callers.
const marked = new Marked({ gfm: true, breaks: false, async: false });

export interface MarkdownOptions {
  /** Resolves relative links and images (the site's base URL). */
  baseUrl?: string | undefined;
  /**
   * Added to every heading level (capped at h6), so an editor's `#` sits below the page's h1 and
   * the document keeps its heading order (WCAG 1.3.1). Defaults to 1.
   */
  headingOffset?: number;
}

/**
 * Returns editor Markdown as sanitized HTML: marked renders it, then the one allowlist
 * (src/parse/sanitize.ts) removes what an editor's raw HTML or `javascript:` links would smuggle in.
 */
export function renderMarkdown(md: string, options: MarkdownOptions = {}): string {
  const offset = options.headingOffset ?? 1;
  const tokens = marked.lexer(cleanText(md));
  marked.walkTokens(tokens, (token: Token) => {
    if (token.type === 'heading') token.depth = Math.min(6, Math.max(1, token.depth + offset));
  });
  const html = marked.parser(tokens);
  return sanitizeHtml(html, { baseUrl: options.baseUrl }).trim();
}

/** Reading speed for news prose; 230 words a minute is the usual adult silent-reading median. */
const WORDS_PER_MINUTE = 230;

/** Returns the read time of plain text in whole minutes (at least 1). */
export function readTimeMinutes(text: string): number {
  const words = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
