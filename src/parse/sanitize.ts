import { Parser } from 'htmlparser2';
import { HtmlStream, type HtmlStreamHandler } from './html-stream.ts';
import { isCanonicalHttpUrl, stripTrackingParams } from './clean-url.ts';
import { HTML4_ENTITIES } from './html-entities.ts';

/**
 * The one HTML allowlist of Pulse (SPEC "Bad input and security"): feed item content, article
 * bodies kept for the desk, and editors' rendered Markdown all pass through it before they are
 * stored for display or republished. Anything not listed is dropped; `script`, `style` and other
 * non-text elements are dropped with their content; only http(s)/mailto links and http(s) images
 * survive, so no `on*` attribute or `javascript:` URL can get through.
 *
 * The output is built only from allowlisted tag names and attributes, with every attribute value
 * re-escaped and every `<`, `>` and stray `&` of text escaped, on htmlparser2's tokenizer (the
 * parser sanitize-html uses). It replaced sanitize-html here because that library's per-tag
 * bookkeeping made sanitizing ~2.5× the cost of the XML parse itself on corpora/real-feeds
 * (bench/parse.ts); the policy is the same. Character references in text are passed through
 * rather than decoded and re-encoded (half the tokenizer's time): in text they cannot form markup.
 * The tokenizer's events reach the sanitizer through html-stream.ts, which applies htmlparser2
 * Parser's element rules (implied and void closes) and hands over only the attributes the
 * allowlist may keep.
 */
const ALLOWED_TAGS = new Set([
  'p', 'br', 'hr', 'a', 'b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup',
  'blockquote', 'q', 'cite', 'abbr', 'code', 'pre', 'kbd', 'samp', 'var',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'figure', 'figcaption', 'img', 'picture', 'source',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'colgroup', 'col',
  'div', 'span', 'section', 'article', 'aside', 'header', 'footer', 'details', 'summary', 'time',
]);

const ALLOWED_ATTRIBUTES: Record<string, ReadonlySet<string>> = {
  a: new Set(['href', 'title', 'hreflang']),
  img: new Set(['src', 'alt', 'title', 'width', 'height']),
  source: new Set(['srcset', 'type', 'media']),
  blockquote: new Set(['cite']),
  q: new Set(['cite']),
  time: new Set(['datetime']),
  abbr: new Set(['title']),
  td: new Set(['colspan', 'rowspan']),
  th: new Set(['colspan', 'rowspan', 'scope']),
  ol: new Set(['start', 'reversed']),
};
const GLOBAL_ATTRIBUTES = new Set(['lang', 'dir']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/** Elements dropped together with everything inside them. */
const NON_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math']);
/** HTML void elements: written as `<br />`, never closed. */
const VOID_TAGS = new Set(['br', 'hr', 'img', 'source', 'col', 'wbr']);

/** What the allowlist says of a tag name, looked up once per tag instead of once per set. */
interface TagPolicy {
  nonText: boolean;
  allowed: boolean;
  attributes: ReadonlySet<string> | undefined;
  isVoid: boolean;
  /** The start tag written when no attribute is kept (`<p>`, `<br />`), and the end tag (`</p>`). */
  open: string;
  close: string;
}
const OTHER_TAG: TagPolicy = { nonText: false, allowed: false, attributes: undefined, isVoid: false, open: '', close: '' };
const TAG_POLICIES = new Map<string, TagPolicy>();
for (const name of new Set([...ALLOWED_TAGS, ...NON_TEXT_TAGS, ...VOID_TAGS])) {
  TAG_POLICIES.set(name, {
    nonText: NON_TEXT_TAGS.has(name),
    allowed: ALLOWED_TAGS.has(name),
    attributes: ALLOWED_ATTRIBUTES[name],
    isVoid: VOID_TAGS.has(name),
    open: VOID_TAGS.has(name) ? `<${name} />` : `<${name}>`,
    close: `</${name}>`,
  });
}

export interface SanitizeOptions {
  /** Base URL against which relative `href`/`src` values are resolved. */
  baseUrl?: string | undefined;
  /** Also remove click-tracking parameters (utm_*, fbclid…) from links (clean-url.ts). */
  stripTracking?: boolean | undefined;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

// In raw (undecoded) text: an ampersand that starts a character reference is kept, any other is escaped.
const RAW_TEXT_SPECIALS = /&(?!#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)|[<>]/g;

function escapeRawText(s: string): string {
  return /[&<>]/.test(s) ? s.replace(RAW_TEXT_SPECIALS, (c) => ESCAPES[c]!) : s;
}

/**
 * Decodes the character references of a raw attribute value: numeric ones, the XML five and the
 * HTML 4 names. Anything else stays literal and is re-escaped on output, so an unknown name can
 * never turn into a character that changes the URL's meaning (e.g. a scheme's colon).
 */
function decodeAttribute(value: string): string {
  if (!value.includes('&')) return value;
  // Numeric references decode without their semicolon too, as browsers do; named ones need it.
  return value.replace(/&(?:(#[0-9]+|#[xX][0-9a-fA-F]+);?|([A-Za-z][A-Za-z0-9]*);)/g, (whole, num: string | undefined, name: string | undefined) => {
    const ref = num ?? name!;
    if (ref.charCodeAt(0) === 35) {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
    }
    const named = XML_NAMED[ref] ?? HTML4_ENTITIES.get(ref);
    return named === undefined ? whole : typeof named === 'string' ? named : String.fromCodePoint(named);
  });
}
/** The XML five, plus the HTML5 names of URL punctuation that script-injection tricks spell out (`javascript&colon;`). */
const XML_NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', Tab: '\t', NewLine: '\n', sol: '/', bsol: '\\',
  lpar: '(', rpar: ')', period: '.', comma: ',', excl: '!', quest: '?', num: '#', percnt: '%', equals: '=', plus: '+',
  lowbar: '_', semi: ';', commat: '@', dollar: '$', ast: '*', midast: '*', grave: '`', Hat: '^', lsqb: '[', rsqb: ']',
};

function escapeAttribute(s: string): string {
  return /[&<>"]/.test(s) ? s.replace(/[&<>"]/g, (c) => ESCAPES[c]!) : s;
}

/**
 * Returns the URL to keep for an href/src/cite value, or undefined to drop the attribute: resolved
 * against the base when there is one, and only with an allowed scheme. Without a base a relative
 * URL is kept as it is (but never a protocol-relative one, whose host the page would choose).
 */
function safeUrl(value: string, baseUrl: string | undefined, schemes: ReadonlySet<string>, strip: boolean): string | undefined {
  // A feed repeats its links and image hosts across items: WHATWG URL parsing was ~10 % of
  // sanitizing in bench/parse's profile. The answer depends only on these four inputs; the memo is
  // keyed by base first so that a lookup hashes only the (short) value, not a base+value string.
  // Links already in canonical http(s) form (most of them) need neither: they come out as they are.
  if (isCanonicalHttpUrl(value)) return strip ? stripTrackingParams(value) : value;
  const memo = memoFor(schemes === IMAGE_SCHEMES ? (strip ? 3 : 2) : strip ? 1 : 0, baseUrl ?? '');
  const known = memo.get(value);
  if (known !== undefined) return known === REFUSED ? undefined : known;
  const safe = resolveSafeUrl(value, baseUrl, schemes, strip);
  memo.set(value, safe ?? REFUSED);
  memoEntries += 1;
  if (memoEntries >= SAFE_URL_MEMO_MAX) clearSafeUrlMemos();
  return safe;
}

/** The memos hold at most this many answers in all (then start over). */
const SAFE_URL_MEMO_MAX = 4096;
let memoEntries = 0;
/** Stands for "attribute dropped" in the memo (no URL is the empty string's NUL). */
const REFUSED = '\u0000';
/** One memo per (schemes, strip) combination, each keyed by base URL, then by attribute value. */
const safeUrlMemos: Array<Map<string, Map<string, string>>> = [new Map(), new Map(), new Map(), new Map()];
// The last base asked for, per combination: consecutive calls come from the same feed item.
const lastBase: string[] = ['\u0000', '\u0000', '\u0000', '\u0000'];
const lastMemo: Array<Map<string, string>> = [new Map(), new Map(), new Map(), new Map()];

function clearSafeUrlMemos(): void {
  for (let kind = 0; kind < 4; kind += 1) {
    safeUrlMemos[kind]!.clear();
    lastBase[kind] = '\u0000';
  }
  memoEntries = 0;
}

function memoFor(kind: number, base: string): Map<string, string> {
  if (lastBase[kind] === base) return lastMemo[kind]!;
  const byBase = safeUrlMemos[kind]!;
  let memo = byBase.get(base);
  if (memo === undefined) {
    memo = new Map();
    byBase.set(base, memo);
  }
  lastBase[kind] = base;
  lastMemo[kind] = memo;
  return memo;
}

function resolveSafeUrl(value: string, baseUrl: string | undefined, schemes: ReadonlySet<string>, strip: boolean): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let url: URL | undefined;
  try {
    url = baseUrl ? new URL(trimmed, baseUrl) : new URL(trimmed);
  } catch {
    url = undefined;
  }
  if (url === undefined) {
    if (baseUrl) return undefined;
    // Relative and unresolvable: refuse anything that carries a scheme or starts with "//" once
    // the control characters and spaces browsers ignore are removed.
    const squeezed = trimmed.replace(/[\u0000-\u0020]+/g, '');
    if (/^[a-z][a-z0-9+.-]*:/i.test(squeezed) || squeezed.startsWith('//') || squeezed.startsWith('\\')) return undefined;
    return trimmed;
  }
  if (!schemes.has(url.protocol)) return undefined;
  return strip ? stripTrackingParams(url.href) : url.href;
}

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);

function safeSrcset(value: string, baseUrl: string | undefined): string | undefined {
  const candidates = value.split(',').map((c) => c.trim()).filter((c) => c !== '');
  const out: string[] = [];
  for (const candidate of candidates) {
    const [url = '', ...descriptor] = candidate.split(/\s+/);
    const safe = safeUrl(url, baseUrl, IMAGE_SCHEMES, false);
    if (safe === undefined) return undefined;
    out.push([safe, ...descriptor].join(' '));
  }
  return out.length > 0 ? out.join(', ') : undefined;
}

/** Returns the value of the first attribute named `name`, or undefined. */
function firstValue(names: readonly string[], values: readonly string[], name: string): string | undefined {
  const at = names.indexOf(name);
  return at < 0 ? undefined : values[at];
}

/**
 * Returns the attribute text of an allowlisted start tag (` name="value"`…), or null when the tag
 * must be dropped. `names`/`values` hold the tag's wanted attributes in document order, first
 * occurrence of each name only.
 */
function attributesOf(tag: string, names: readonly string[], values: readonly string[], opts: SanitizeOptions): string | null {
  const { baseUrl } = opts;
  let out = '';
  if (tag === 'img') {
    // Lazy-loading pages keep the real image in data-src; an image without a usable src is dropped.
    const src = safeUrl(decodeAttribute(firstValue(names, values, 'src') || firstValue(names, values, 'data-src') || ''), baseUrl, IMAGE_SCHEMES, false);
    if (src === undefined) return null;
    out += ` src="${escapeAttribute(src)}"`;
  }
  for (let i = 0; i < names.length; i += 1) {
    const name = names[i]!;
    if (tag === 'img' && (name === 'src' || name === 'data-src')) continue;
    let value: string | undefined = decodeAttribute(values[i]!);
    if (URL_ATTRIBUTES.has(name)) value = safeUrl(value, baseUrl, tag === 'source' ? IMAGE_SCHEMES : LINK_SCHEMES, name === 'href' && opts.stripTracking === true);
    else if (name === 'srcset') value = safeSrcset(value, baseUrl);
    if (value === undefined) continue;
    out += ` ${name}="${escapeAttribute(value)}"`;
  }
  return out;
}

/** What each open element did: written, dropped with its text kept, inside a non-text element, or a non-text element. */
const enum Kind { Emit, Drop, Skip, NonText }

/**
 * One sanitizing pass over a fragment: the HtmlStream events → the allowlisted output.
 *
 * Most of a feed's HTML comes out as it went in (text without stray `<` `>` `&`, plain `<p>`,
 * `</em>`…). Output equal to the input at the place it was read from is not copied piece by
 * piece: it extends a span of the input, copied in one slice when something else must be written.
 * Building the output from every text run and tag (a rope of tens of thousands of small strings
 * per feed, flattened afterwards) cost more than the tokenizer itself (bench/parse.ts).
 */
class Sanitizer implements HtmlStreamHandler {
  private out = '';
  /** The input span [spanStart, spanEnd) that the output continues with, not yet copied to `out`. */
  private spanStart = 0;
  private spanEnd = 0;
  /** Offsets of the next `&`, `<` and `>` at or after the last text run looked at (html.length: none). */
  private nextAmp = -1;
  private nextLt = -1;
  private nextGt = -1;
  private skipDepth = 0;
  private readonly kinds: Kind[] = [];
  private allowed: ReadonlySet<string> | undefined = undefined;
  private isImg = false;
  /** The policy of the start tag being read (between onopentagname and onopentag). */
  private policy: TagPolicy = OTHER_TAG;
  private readonly names: string[] = [];
  private readonly values: string[] = [];

  constructor(
    private readonly html: string,
    private readonly options: SanitizeOptions,
  ) {}

  /** Returns the output. */
  finish(): string {
    this.flush();
    return this.out;
  }

  private flush(): void {
    if (this.spanEnd > this.spanStart) this.out += this.html.slice(this.spanStart, this.spanEnd);
    this.spanStart = this.spanEnd = 0;
  }

  /** Writes the input from `start` to `end` unchanged. */
  private copy(start: number, end: number): void {
    if (start !== this.spanEnd || this.spanEnd === this.spanStart) {
      this.flush();
      this.spanStart = start;
    }
    this.spanEnd = end;
  }

  /** Writes `piece`, which may equal the input at offset `at` (-1: it was not read from the input). */
  private write(piece: string, at: number): void {
    if (at >= 0 && this.html.startsWith(piece, at)) {
      this.copy(at, at + piece.length);
    } else {
      this.flush();
      this.out += piece;
    }
  }

  onopentagname(name: string): boolean {
    if (this.names.length > 0) {
      this.names.length = 0;
      this.values.length = 0;
    }
    const policy = TAG_POLICIES.get(name) ?? OTHER_TAG;
    this.policy = policy;
    if (this.skipDepth > 0 || policy.nonText || !policy.allowed) return false;
    this.allowed = policy.attributes;
    this.isImg = name === 'img';
    return true;
  }

  wantsAttribute(name: string): boolean {
    return this.allowed?.has(name) === true || GLOBAL_ATTRIBUTES.has(name) || (this.isImg && name === 'data-src');
  }

  onattribute(name: string, value: string): void {
    // As in htmlparser2's attribute objects, the first occurrence of a name wins.
    if (this.names.includes(name)) return;
    this.names.push(name);
    this.values.push(value);
  }

  onopentag(name: string, at: number): void {
    // onopentagname(name) came just before (with only attributes between), so its policy holds.
    const policy = this.policy;
    if (policy.nonText) {
      this.skipDepth += 1;
      this.kinds.push(Kind.NonText);
      return;
    }
    if (this.skipDepth > 0 || !policy.allowed) {
      this.kinds.push(this.skipDepth > 0 ? Kind.Skip : Kind.Drop);
      return;
    }
    const attrs = this.names.length === 0 && name !== 'img' ? '' : attributesOf(name, this.names, this.values, this.options);
    if (attrs === null) {
      this.kinds.push(Kind.Drop);
      return;
    }
    this.write(attrs === '' ? policy.open : policy.isVoid ? `<${name}${attrs} />` : `<${name}${attrs}>`, at);
    this.kinds.push(Kind.Emit);
  }

  onclosetag(name: string, at: number): void {
    const kind = this.kinds.pop();
    if (kind === Kind.NonText) this.skipDepth -= 1;
    else if (kind === Kind.Emit) {
      const policy = TAG_POLICIES.get(name) ?? OTHER_TAG;
      if (!policy.isVoid) this.write(policy.close, at);
    }
  }

  ontext(start: number, end: number): void {
    if (this.skipDepth > 0) return;
    const html = this.html;
    if (this.nextAmp < start) this.nextAmp = indexOrEnd(html, '&', start);
    if (this.nextLt < start) this.nextLt = indexOrEnd(html, '<', start);
    if (this.nextGt < start) this.nextGt = indexOrEnd(html, '>', start);
    if (this.nextAmp >= end && this.nextLt >= end && this.nextGt >= end) this.copy(start, end);
    else this.write(escapeRawText(html.slice(start, end)), start);
  }
}

/** Returns the offset of `char` in `s` from `from`, or the length of `s` when there is none. */
function indexOrEnd(s: string, char: string, from: number): number {
  const at = s.indexOf(char, from);
  return at < 0 ? s.length : at;
}

// One tokenizer serves every call (its construction is not free); a nested call gets its own.
let idleStream: HtmlStream | null = new HtmlStream();

/** Returns `html` reduced to Pulse's allowlist, with relative links resolved against `baseUrl`. */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): string {
  // Fast path: text without markup or references only needs escaping (most titles, many summaries).
  if (!html.includes('<') && !html.includes('&')) return html.replace(/>/g, '&gt;');
  const stream = idleStream ?? new HtmlStream();
  idleStream = null;
  const sanitizer = new Sanitizer(html, options);
  try {
    stream.run(html, sanitizer);
  } finally {
    idleStream = stream;
  }
  return sanitizer.finish();
}

/**
 * Runs of ASCII whitespace other than a single space (two or more characters, or one tab, newline
 * or form feed): replaced by one space, they collapse whitespace as /[ \t\n\r\f]+/g does without
 * matching every space between two words.
 */
export const WHITESPACE_RUNS = /[ \t\n\r\f]{2,}|[\t\n\r\f]/g;

const TEXT_SKIP_TAGS = new Set(['script', 'style', 'textarea', 'option', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'svg', 'math']);
const BLOCK_TAGS = new Set([
  'p', 'br', 'hr', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre',
  'table', 'tr', 'td', 'th', 'figure', 'figcaption', 'section', 'article', 'aside', 'header', 'footer', 'details', 'summary',
]);

/** Returns the plain text of an HTML fragment: markup removed, `script`/`style` content dropped, whitespace collapsed. */
export function htmlToText(html: string): string {
  let text: string;
  if (!html.includes('<') && !html.includes('&')) {
    text = html;
  } else {
    text = '';
    let skipDepth = 0;
    const parser = new Parser(
      {
        onopentag(name) {
          if (TEXT_SKIP_TAGS.has(name)) skipDepth += 1;
          else if (BLOCK_TAGS.has(name)) text += ' ';
        },
        onclosetag(name) {
          if (TEXT_SKIP_TAGS.has(name)) skipDepth -= 1;
          else if (BLOCK_TAGS.has(name)) text += ' ';
        },
        ontext(chunk) {
          if (skipDepth === 0) text += chunk;
        },
      },
      { decodeEntities: true, lowerCaseTags: true },
    );
    parser.write(html);
    parser.end();
  }
  // ASCII whitespace only: a no-break or em space is content, not layout.
  const t = text.replace(WHITESPACE_RUNS, ' ');
  const start = t.charCodeAt(0) === 32 ? 1 : 0;
  const end = t.length > start && t.charCodeAt(t.length - 1) === 32 ? t.length - 1 : t.length;
  return t.slice(start, end);
}
