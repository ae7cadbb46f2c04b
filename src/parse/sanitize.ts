import sanitize from 'sanitize-html';

/**
 * The one HTML allowlist of Pulse (SPEC "Bad input and security"): feed item content, article
 * bodies kept for the desk, and editors' rendered Markdown all pass through it before they are
 * stored for display or republished. Anything not listed is dropped; `script`, `style` and other
 * non-text elements are dropped with their content; only http(s)/mailto links and http(s) images
 * survive, so no `on*` attribute or `javascript:` URL can get through.
 */
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'a', 'b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup',
  'blockquote', 'q', 'cite', 'abbr', 'code', 'pre', 'kbd', 'samp', 'var',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'figure', 'figcaption', 'img', 'picture', 'source',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'colgroup', 'col',
  'div', 'span', 'section', 'article', 'aside', 'header', 'footer', 'details', 'summary', 'time',
];

export interface SanitizeOptions {
  /** Base URL against which relative `href`/`src` values are resolved. */
  baseUrl?: string | undefined;
}

function absolutize(value: string | undefined, baseUrl: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  try {
    return baseUrl ? new URL(trimmed, baseUrl).href : new URL(trimmed).href;
  } catch {
    return baseUrl ? undefined : trimmed;
  }
}

/** Returns `html` reduced to Pulse's allowlist, with relative links resolved against `baseUrl`. */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): string {
  const { baseUrl } = options;
  return sanitize(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title', 'hreflang'],
      img: ['src', 'alt', 'title', 'width', 'height', 'srcset'],
      source: ['srcset', 'type', 'media'],
      blockquote: ['cite'],
      q: ['cite'],
      time: ['datetime'],
      abbr: ['title'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan', 'scope'],
      ol: ['start', 'reversed'],
      '*': ['lang', 'dir'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'], source: ['http', 'https'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'srcset'],
    allowProtocolRelative: false,
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math'],
    transformTags: {
      a: (tagName, attribs) => {
        const href = absolutize(attribs.href, baseUrl);
        const out: Record<string, string> = { ...attribs };
        if (href === undefined) delete out.href;
        else out.href = href;
        return { tagName, attribs: out };
      },
      img: (tagName, attribs) => {
        const src = absolutize(attribs.src ?? attribs['data-src'], baseUrl);
        const out: Record<string, string> = { ...attribs };
        if (src === undefined) delete out.src;
        else out.src = src;
        delete out.srcset;
        return { tagName, attribs: out };
      },
    },
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  });
}

/** Returns the plain text of an HTML fragment: markup removed, `script`/`style` content dropped, whitespace collapsed. */
export function htmlToText(html: string): string {
  const text = sanitize(html, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'head', 'title'],
  });
  // ASCII whitespace only: a no-break or em space is content, not layout.
  return decodeEntities(text).replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ent: string) => {
    if (ent[0] === '#') {
      const code = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ent.toLowerCase()] ?? whole;
  });
}
