import { PulseError } from '../errors.ts';

/** What the first bytes of a document say it is: JSON, or XML with a given root element. */
export type DetectedFormat =
  | { kind: 'json' }
  | { kind: 'rss'; rootAttrs: string }
  | { kind: 'rdf'; rootAttrs: string }
  | { kind: 'atom'; rootAttrs: string };

// The first element after the prolog (XML declaration, comments, processing instructions, DOCTYPE).
// Every alternative consumes a distinct construct (single whitespace characters, comments and
// PIs that cannot swallow their own terminator, no nested brackets), so a hostile prolog cannot
// make the regex backtrack exponentially.
const ROOT = /^(?:\s|<\?(?:[^?]|\?(?!>))*\?>|<!--(?:[^-]|-(?!->))*-->|<!DOCTYPE[^\[>]*(?:\[[^\]]*\][^>]*)?>)*<([A-Za-z_][\w:.-]*)([^>]*)>/i;

function notAFeed(why: string): PulseError {
  return new PulseError('parse_failed', `parse: not a feed (${why})`);
}

/**
 * Returns the feed format of `text`, judged from its content only (SPEC "Detect the format from
 * the content, not the URL"), or throws PulseError('parse_failed') saying what it looks like instead.
 */
export function detectFormat(text: string): DetectedFormat {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = s.trimStart();
  if (trimmed === '') throw notAFeed('empty document');
  const first = trimmed[0];
  if (first === '{') return { kind: 'json' };
  if (first === '[') throw notAFeed('a JSON array, not a JSON Feed object');
  if (first !== '<') throw notAFeed('neither XML nor JSON');
  const m = ROOT.exec(trimmed.slice(0, 64 * 1024));
  if (!m) {
    if (/^<!DOCTYPE\s+html/i.test(trimmed)) throw notAFeed('looks like HTML');
    throw notAFeed('no XML root element found');
  }
  const name = m[1]!;
  const rootAttrs = m[2] ?? '';
  const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
  switch (local.toLowerCase()) {
    case 'rss':
      return { kind: 'rss', rootAttrs };
    case 'rdf':
      return { kind: 'rdf', rootAttrs };
    case 'feed':
      return { kind: 'atom', rootAttrs };
    case 'html':
    case 'head':
    case 'body':
      throw notAFeed('looks like HTML');
    case 'opml':
      throw notAFeed('an OPML subscription list; import it as OPML');
    default:
      throw notAFeed(`root element <${name}> is not rss, rdf:RDF or feed`);
  }
}

/** Returns the value of attribute `name` in a start tag's attribute text, or null. */
export function readAttribute(attrs: string, name: string): string | null {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?:^|\\s)${escaped}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[1] ?? m[2] ?? null) : null;
}
