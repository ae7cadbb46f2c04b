import { renderMarkdown } from './markdown.ts';
import { unquote } from './pull-quote.ts';
import { cleanDeep, escapeHtml } from './text.ts';
import type { AnalysisSource, PublishedAnalysis, Site } from './types.ts';
import { analysisUrl, httpUrlOrNull } from './urls.ts';

/**
 * The parts of an analysis as HTML fragments, shared by the feed content (renderAnalysisHtml) and
 * the page (pages.ts), so both say the same thing. Every plain-text field is escaped here; the
 * Markdown body goes through renderMarkdown (the sanitizer). Inputs are expected to be cleaned
 * (text.ts cleanDeep) by the caller.
 */

const e = escapeHtml;

/** Returns "July 4, 2026" for a date, in UTC so every render of the same data is identical. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** Returns the kicker line: "AI · Ban effective July 10, 2026" (either part may be missing). */
export function kickerHtml(a: PublishedAnalysis): string {
  const parts = [a.category, a.highlight].filter((p): p is string => p !== null && p.trim() !== '');
  if (parts.length === 0) return '';
  return `<p class="kicker">${parts.map((p, i) => `<span class="${i === 0 && a.category ? 'category' : 'highlight'}">${e(p)}</span>`).join(' · ')}</p>`;
}

/** Returns the stat cards as a description list (value, then its label). */
export function statsHtml(a: PublishedAnalysis): string {
  if (a.stats.length === 0) return '';
  const cards = a.stats.map((s) => `<div class="stat"><dt>${e(s.label)}</dt><dd>${e(s.value)}</dd></div>`).join('');
  return `<dl class="stats">${cards}</dl>`;
}

/** Returns THE RUNDOWN as a numbered list. */
export function rundownHtml(a: PublishedAnalysis, headingLevel: number): string {
  if (a.rundown.length === 0) return '';
  const h = `h${headingLevel}`;
  return `<section class="rundown"><${h}>The Rundown</${h}><ol>${a.rundown.map((p) => `<li>${e(p)}</li>`).join('')}</ol></section>`;
}

/** Returns THE TAKE, the editor's signed commentary. */
export function takeHtml(a: PublishedAnalysis, headingLevel: number): string {
  if (a.take === null) return '';
  const h = `h${headingLevel}`;
  // No default title: "The take" under the heading THE TAKE said it twice (issue 11).
  const title = a.take.title.trim() === '' || a.take.title.trim().toLowerCase() === 'the take' ? '' : `<p class="take-title"><strong>${e(a.take.title)}</strong></p>`;
  const paragraphs = a.take.text.split(/\n\s*\n/).filter((p) => p.trim() !== '').map((p) => `<p>${e(p.trim())}</p>`).join('');
  const author = a.take.author.trim() === '' ? '' : `<p class="take-author">— ${e(a.take.author)}</p>`;
  return `<section class="take"><${h}>The Take</${h}>${title}<blockquote>${paragraphs}</blockquote>${author}</section>`;
}

/** Returns the Markdown body, rendered and sanitized. */
export function bodyHtml(a: PublishedAnalysis, site: Site, headingOffset: number): string {
  const html = renderMarkdown(a.bodyMarkdown, { baseUrl: site.baseUrl, headingOffset });
  return html === '' ? '' : `<div class="body">${html}</div>`;
}

/** Returns the pull quote, quoted once whatever marks the editor typed: “…” — Speaker (issue 11). */
export function pullQuoteHtml(a: PublishedAnalysis): string {
  const text = a.pullQuote === null ? '' : unquote(a.pullQuote);
  if (text === '') return '';
  const speaker = a.pullQuoteSpeaker?.trim() ? `<footer class="pull-quote-speaker">— ${e(a.pullQuoteSpeaker.trim())}</footer>` : '';
  return `<blockquote class="pull-quote"><p>“${e(text)}”</p>${speaker}</blockquote>`;
}

/** Returns "What to watch". */
export function watchHtml(a: PublishedAnalysis, headingLevel: number): string {
  if (a.watch === null || a.watch.trim() === '') return '';
  const h = `h${headingLevel}`;
  return `<section class="watch"><${h}>What to Watch</${h}><p>${e(a.watch)}</p></section>`;
}

/** Returns the publishers, each linking its first original report: "TechCrunch", "A and B", "A, B and C". */
export function publishersHtml(sources: AnalysisSource[]): string {
  const seen = new Map<string, AnalysisSource>();
  for (const s of sources) if (!seen.has(s.publisher)) seen.set(s.publisher, s);
  const links = [...seen.values()].map((s) => {
    const href = httpUrlOrNull(s.url);
    return href === null ? e(s.publisher) : `<a href="${e(href)}">${e(s.publisher)}</a>`;
  });
  if (links.length <= 1) return links.join('');
  return `${links.slice(0, -1).join(', ')} and ${links[links.length - 1]}`;
}

/** Returns the attribution line SPEC asks for: "Originally reported by TechCrunch. Analysis and editorial commentary by <site>." */
export function attributionHtml(a: PublishedAnalysis, site: Site): string {
  const reported = a.sources.length === 0 ? '' : `Originally reported by ${publishersHtml(a.sources)}. `;
  return `<p class="attribution">${reported}Analysis and editorial commentary by ${e(site.title)}.</p>`;
}

/** Returns "Read next" links to related analyses. */
export function readNextHtml(a: PublishedAnalysis, site: Site, headingLevel: number): string {
  if (a.related.length === 0) return '';
  const h = `h${headingLevel}`;
  const items = a.related.map((r) => `<li><a href="${e(analysisUrl(site, r.slug))}">${e(r.headline)}</a></li>`).join('');
  return `<nav class="read-next" aria-label="Read next"><${h}>Read Next</${h}><ul>${items}</ul></nav>`;
}

/**
 * Returns the whole analysis as one HTML fragment for feed content (RSS `content:encoded`, Atom
 * `content`, JSON Feed `content_html`): kicker, stats, rundown, take, body, pull quote, what to
 * watch, attribution, read next. The headline and dek travel in their own feed fields.
 */
export function renderAnalysisHtml(analysis: PublishedAnalysis, site: Site): string {
  const a = cleanDeep(analysis);
  const s = cleanDeep(site);
  return [
    kickerHtml(a),
    statsHtml(a),
    rundownHtml(a, 2),
    takeHtml(a, 2),
    bodyHtml(a, s, 1),
    pullQuoteHtml(a),
    watchHtml(a, 2),
    attributionHtml(a, s),
    readNextHtml(a, s, 2),
  ]
    .filter((part) => part !== '')
    .join('\n');
}
