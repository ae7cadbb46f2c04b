import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';

/**
 * Author names out of bylines, whichever source gave them (JSON-LD, <meta>, the visible page):
 * the "By"/"Posted by" prefix, dates, roles, degrees, e-mails, handles and "Follow" buttons that
 * publishers glue to a name are cut away, and "A and B" / "A, B" / "A (avec B et C)" are split.
 */

// A byline's lead-in, in the languages of the corpora ("Par", "Por", "Door", "Von"); "de"/"da" are
// left alone because they also start surnames (De Niro, Da Silva), and "Von" needs two words after
// it (Von Miller).
const PREFIX = /^(?:(?:authors?|autor(?:in|es)?|auteurs?|reporter|text|texte|[Тт]екст|[Аа]втор)\s*:\s*)?(?:(?:(?:written|posted|reported|story|words|text|compiled|published|report|analysis|commentary|opinion|review|interview|posté|publié|escrito|geschrieben)\s+)?(?:by|par|por|door|von(?=\s+\S+\s+\S))\b\s*:?\s*)?/i;

// Everything from one of these on is not a name: update notes, credits for other roles, contact
// and social links, and list separators that sites put between the name and a date.
const TAIL = /\s*(?:[|·•]|\b(?:last\s+updated|updated|published|posted|edited\s+by|photo(?:graph)?s?\s+by|illustrations?\s+by|video\s+by|additional\s+reporting|on\s+twitter|twitter|e-?mail|follow|contact|read\s+more|more\s+by|see\s+all|view\s+(?:all|profile|my)|mis\s+à\s+jour|actualizado|aktualisiert)\b).*$/i;

const MONTH_OR_DAY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|on|am|le|el)[.,]?$/i;

// Academic and professional post-nominals ("Brenda Goodman, MA"): not part of the name.
const DEGREE = /^(?:MA|MS|MSc|BSc|BA|MD|DO|PhD|Ph\.D\.?|RN|RD|RDN|LD|LDN|CDN|CDE|NP|APRN|BSN|MSN|DNP|LCSW|MSW|PsyD|MPA|MEd|MPH|MBA|JD|LLB|LLM|DDS|CPA|FACP|FACS|FAAP|Esq\.?|MFA|EdD|PharmD|DVM)$/;

// A job title after the name ("Ben Silverman Games Editor", "Jane Doe, Senior Correspondent").
const ROLE = /^(?:editor(?:-at-large|-in-chief)?|reporter|correspondent|writer|columnist|contributor|producer|photographer|journalist|analyst|critic|blogger|intern|fellow|anchor|host|redakteur(?:in)?|journaliste|rédacteur|rédactrice|periodista|redactor(?:a)?)s?$/i;
const ROLE_MODIFIER = /^(?:senior|staff|chief|managing|contributing|deputy|associate|executive|special|foreign|political|politics|science|technology|tech|games|gaming|business|sports?|health|news|entertainment|features?|opinion|editorial|digital|social|media|video|photo|data|investigative|national|international|local|legal|education|environment(?:al)?|travel|food|culture|arts?|music|film|movies?|world|economics?|economy|markets?|finance|weather|crime|courts?|white|house|washington|europe|asia|africa|correspondent|assistant|lead|principal|freelance|guest|regular|the|a|an)$/i;

// Words of a newsroom credit that names no one ("Our Foreign Staff", "Staff Reports", "Editorial",
// "The Editorial Board"): a byline made only of these and of job titles is not an author's name.
const CREDIT = /^(?:our|from|staff|reports?|editorial|board|desk|team|wires?|services?|bureau|reporters|writers|correspondents)$/i;

// Lower-case words that belong inside a name ("Michiel de Jong", "Ludwig van Beethoven", "Valéry d'Estaing").
const PARTICLE = /^(?:de|del|della|der|den|di|da|das|dos|du|des|la|le|van|von|vom|zu|zum|ter|ten|y|e|i|bin|ibn|al|el|af|av|st\.?|[dl]['’]\S*)$/;
// Prepositions and verbs that follow an author's name in a byline or bio ("for", "in", "is", "writes").
const AFTER_NAME = /^(?:for|in|at|from|of|is|was|has|writes|covers|reports|via)$/;

// The head nouns of a publication's name: after a comma, "Bloomberg News", "Associated Press",
// "The Washington Post" are where the author writes, not another author.
const ORG_HEAD = /^(?:news|press|times|post|journal|media|network|agency|magazine|group|services?|wire|business|daily|herald|tribune|gazette|radio|tv|television|newspapers?|reports?|online|digital|channel|broadcasting|insider|today)$/i;

// Strings that sit in author boxes but name nobody.
const NON_NAME = /^(?:(?:sign|log)\s?(?:in|up|out)|subscribe|follow|share|view|more|read|comments?|reply|updated|published|posted|last|by|authors?|admin(?:istrator)?|anonymous|unknown|null|undefined|none|staff|guest|editors?|home|menu|search|profile)$/i;

// "and" in the languages of the corpora; split only where both sides read as names (see splitList).
const CONJUNCTION = /\s+(?:and|&|et|und|y|e|en|og|och|i)\s+|\s*&\s*/i;
// These also join the parts of one name ("José Ortega y Gasset"): split on them only between full names.
const NAME_JOINING = /\s(?:y|e|en|og|och|i)\s/i;

/** Options for {@link bylineNames}. */
export interface BylineOptions {
  /** The value follows Dublin Core's / Highwire's "Surname, Given" convention ("Jong, Michiel de"). */
  lastFirst?: boolean;
  /** The site's or publisher's name: after a comma it is the author's affiliation ("Jill Disis, CNN Business"), not a second author. */
  siteName?: string | null;
}

/** Returns the author names in one byline or metadata value; lines are separate fields, and the first that names anyone wins. */
export function bylineNames(raw: string, options: BylineOptions = {}): string[] {
  for (const segment of segments(raw)) {
    const found = segmentNames(segment, options);
    if (found === null) continue; // a line of dates or update notes: look at the next
    return dedupeNames(found).slice(0, 10); // the first line with words decides: "Sign In" is not followed to "My WebMD"
  }
  return [];
}

/** Returns true for an account name rather than a person's name ("@jdoe", "CC7567", "mcupdate"). */
export function looksLikeHandle(name: string): boolean {
  return /^@/.test(name) || (!/\s/.test(name) && /^[\w.-]+$/.test(name) && (/[\d_]/.test(name) || /^[a-z.-]+$/.test(name)));
}

/**
 * Lines of a byline, re-joined where a line only leads into the next ("By" / "Written by" alone,
 * a trailing "and" or comma): "By\nScott Cunningham" is one field, "Kelli Miller\nWebMD Health News" two.
 */
function segments(raw: string): string[] {
  const lines = raw.replace(/[\u00a0\u2009\u202f]/g, ' ').split(/\s*\n\s*/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const out: string[] = [];
  let cur = '';
  for (const line of lines) {
    const leadsOn = cur === '' || /(?:^|\s)(?:by|par|por|door|von|and|et|und|with|avec|mit|con)\s*:?$|[,&:]$/i.test(cur) || PREFIX.exec(cur)?.[0] === cur;
    if (leadsOn || /^(?:and|&|et|und|,)(?:\s|$)/i.test(line)) cur = cur ? `${cur} ${line}` : line;
    else {
      out.push(cur);
      cur = line;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** The names in one line of a byline; null when nothing but dates, digits and update notes was there. */
function segmentNames(segment: string, options: BylineOptions): string[] | null {
  const whole = segment.trim();
  // A lone account name (JSON-LD "creator": "CC7567") is kept whole; looksLikeHandle lets callers rank it.
  if (/^@?[\w.-]+$/.test(whole) && /[\d_]/.test(whole) && /\p{L}/u.test(whole)) return [whole.replace(/^@/, '')];

  let s = whole
    .replace(/<[^>]*>/g, ' ')
    .replace(/\(\s*(?:with|avec|mit|con|com|met|med)\s+([^)]*)\)/gi, ', $1') // "A (avec B et C)": co-authors
    .replace(/\([^)]*(?:https?:|www\.|@|\d)[^)]*\)/gi, ' ') // "(http://ebb.org/bkuhn/)", "(@jdoe)"
    .replace(/\S+@\S+\.[a-z]{2,}\b/gi, ' ') // e-mail addresses
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+/gi, ' ')
    .replace(/(?:^|\s)@\w+/g, ' ') // Twitter/X handles beside the name
    .replace(/\s+/g, ' ')
    .trim();
  s = s.replace(PREFIX, '');
  s = s.replace(TAIL, '');
  // A name has no digits: the first digit starts a date, a time, a phone number or a counter, and
  // the month or weekday words before it go too ("Joe Wee Monday, February 29" — but a two-word
  // remainder is kept whole, so "Theresa May 12" stays "Theresa May").
  const digit = s.search(/\d/);
  if (digit >= 0) {
    const words = s.slice(0, digit).split(/[\s,]+/).filter(Boolean);
    while (words.length > 2 && MONTH_OR_DAY.test(words[words.length - 1]!)) words.pop();
    if (words.length && words.every((w) => MONTH_OR_DAY.test(w))) words.length = 0;
    s = words.join(' ');
  }
  if (!/\p{L}/u.test(s)) return null;
  return splitList(s, options).map(tidyName).filter((n): n is string => n !== null);
}

/** "A, B", "A; B", "A and B" / "A et B" — but "Mac & i" and "Food and Drug Administration"-like pairs stay whole. */
function splitList(s: string, options: BylineOptions): string[] {
  // "Finian Cunningham. Sputnik International": a full stop after a name of two words or more
  // (not after an initial or "Prof.") ends the byline; co-authors are listed with commas or "and".
  const stop = /^(\S+\s+[^.]*?\p{L}{3})\.\s+\S/u.exec(s);
  if (stop) s = stop[1]!;
  // 、，； are CJK list commas; "A, Senior Reporter, and B": the conjunction after a comma only joins.
  let parts = s.split(/\s*[,;/、，；]\s*/).map((p) => p.trim().replace(/^(?:and|&|et|und)\s+/i, '')).filter(Boolean);
  // Degrees after a comma belong to the name before them.
  parts = parts.filter((p) => !DEGREE.test(p));
  if (options.lastFirst && parts.length === 2 && !/\s/.test(parts[0]!) && readsAsName(parts[1]!)) {
    parts = [`${parts[1]} ${parts[0]}`];
  }
  const out: string[] = [];
  for (let [i, p] of parts.entries()) {
    // "Harry Connick, Jr.": a generational suffix after a comma stays with its name.
    const suffix = /^(Jr|Sr|II|III|IV)(\.?)(?:\s+(?:and|&)\s+|\s*$)/.exec(p);
    if (i > 0 && out.length && suffix) {
      out[out.length - 1] += ` ${suffix[1]}${suffix[2]}`;
      p = p.slice(suffix[0].length);
      if (!p) continue;
    }
    // After the first comma, a part holding a job title is the title of the name before it
    // ("TOM KRISHER, AP Auto Writer"), not another author.
    if (i > 0 && (p.split(/\s+/).some((w) => ROLE.test(w)) || isSite(p, options.siteName))) continue;
    // "Sandee LaMotte, CNN", "Victor Tangermann, Futurism": one Latin word after a full name is
    // where the name was published, not a second person (scripts without case are left alone).
    if (i > 0 && /\s/.test(parts[0]!) && !/\s/.test(p) && /^\p{Lu}/u.test(p)) continue;
    // "Jane Doe, The Washington Post", "Jane Doe, Bloomberg News": a publication's name is an affiliation.
    if (i > 0 && /\s/.test(parts[0]!) && (/^the\s/i.test(p) || ORG_HEAD.test(p.split(/\s+/).pop()!))) continue;
    const pieces = p.split(CONJUNCTION).map((x) => stripSite(x.trim(), options.siteName));
    const split = pieces.length > 1 && pieces.every(readsAsName) && (!NAME_JOINING.test(p) || pieces.every((x) => /\s/.test(x)));
    out.push(...(split ? pieces : [stripSite(p, options.siteName)]));
    // "A and B, Associated Press": a list closed by "and" is over; what follows the comma is their affiliation.
    if (split && /\s(?:and|&|et|und)\s/i.test(p)) break;
  }
  return out;
}

/** "Kevin McCoy USA TODAY" → "Kevin McCoy": the site's name glued after a name of two words or more. */
function stripSite(name: string, siteName: string | null | undefined): string {
  if (!siteName || siteName.length < 2) return name;
  const tail = ` ${siteName.toLowerCase()}`;
  const rest = name.slice(0, name.length - tail.length);
  return name.toLowerCase().endsWith(tail) && /\S\s+\S/.test(rest) ? rest : name;
}

function isSite(part: string, siteName: string | null | undefined): boolean {
  const key = (x: string): string => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const p = key(part);
  const site = siteName ? key(siteName) : '';
  return p.length > 1 && site.length > 1 && (p.includes(site) || site.includes(p));
}

/** Starts like a name: a capital letter, or a script without case (CJK, Arabic, Hebrew…), and is not one letter. */
function readsAsName(s: string): boolean {
  if (s.length < 2) return false;
  const c = s.charAt(0);
  return c !== c.toLowerCase() || (c === c.toUpperCase() && /\p{L}/u.test(c));
}

function tidyName(part: string): string | null {
  let trimmed = part.replace(/^[\s"'“”‘’«»\[\-–—:,.]+|[\s"'“”‘’«»\]\-–—:,]+$/g, '');
  // An unbalanced parenthesis at an edge is debris; "Bruno (Henrique Zecchin) Rodrigues" keeps its pair.
  if (!trimmed.includes(')')) trimmed = trimmed.replace(/^\(+\s*/, '').replace(/\s*\(+$/, '');
  if (!trimmed.includes('(')) trimmed = trimmed.replace(/^\)+\s*/, '').replace(/\s*\)+$/, '');
  let words = trimmed.split(/\s+/).filter(Boolean);
  while (words.length && DEGREE.test(words[words.length - 1]!.replace(/,$/, ''))) words.pop();
  words = words.map((w) => w.replace(/,$/, ''));
  const role = words.findIndex((w, i) => i > 0 && ROLE.test(w));
  if (role > 0) {
    let cut = role;
    while (cut > 0 && ROLE_MODIFIER.test(words[cut - 1]!)) cut--;
    if (cut < 2) return null; // "BuzzFeed News Reporter", "Senior Editor at Wired": a title, no name left
    words = words.slice(0, cut);
  }
  // A preposition or verb after a capitalised name of two words or more starts what is said about
  // the author ("Jane Doe for The Guardian", "Jane Doe is a staff writer"); "Bank of America" keeps its "of".
  const lower = words.findIndex((w, i) => i >= 2 && AFTER_NAME.test(w));
  if (lower >= 2 && words.slice(0, lower).every((w) => /^\P{Ll}/u.test(w) || PARTICLE.test(w))) words = words.slice(0, lower);
  const name = words.join(' ').replace(/[\s,:;\-–—]+$/, '');
  if (name.length < 2 || name.length > 60 || !/\p{L}/u.test(name)) return null;
  if (words.length > 5 || NON_NAME.test(name)) return null;
  if (words.every((w) => CREDIT.test(w) || ROLE.test(w) || ROLE_MODIFIER.test(w))) return null;
  if (/\.(?:com|org|net|html?|php)\b|\/|:\/\//i.test(name)) return null; // profile links, not names
  if (words.length > 1 && /^[a-z\s.'-]+$/.test(name)) return null; // "view my complete profile"
  return name;
}

function dedupeNames(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = x.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// Readability's byline pattern, except "authorization"/"authorize" (login boxes) and "authority".
const BYLINE_HINT = /byline|author(?!i[sz]|ity|ities)|dateline|writtenby|p-author/i;
const BLOCK = /^(?:address|article|aside|blockquote|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|section|table|tbody|td|th|tr|ul)$/;
const SKIP = /^(?:script|style|noscript|template|svg|button|select|option|input|textarea|form)$/;

/** Text with a line break at each <br> and block element, so a name and the role or date under it stay apart. */
function blockText(node: AnyNode): string {
  if (node.type === 'text') return node.data.replace(/\s+/g, ' ');
  if (node.type !== 'tag') return '';
  if (node.name === 'br') return '\n';
  if (SKIP.test(node.name)) return '';
  const inner = node.children.map(blockText).join('');
  return BLOCK.test(node.name) ? `\n${inner}\n` : inner;
}

/**
 * The visible byline: the first element in document order marked as one (rel=author,
 * itemprop=author, a byline/author class or id) whose text is under 100 characters and names
 * someone, as Readability picks it; an [itemprop=name] inside it is read first.
 */
export function visibleByline($: CheerioAPI, siteName: string | null = null): string[] {
  let found: string[] = [];
  $('body *').each((_, el) => {
    if (el.type !== 'tag') return;
    const attrs = el.attribs;
    const hinted = attrs['rel'] === 'author' || (attrs['itemprop'] ?? '').includes('author') || BYLINE_HINT.test(`${attrs['class'] ?? ''} ${attrs['id'] ?? ''}`);
    if (!hinted || /^(?:script|style|meta|link|img|svg|time|form|input|button|article|body|main)$/.test(el.name)) return;
    const node = $(el);
    if (node.closest('[class*="comment"],[id*="comment"],footer,[hidden],[aria-hidden="true"],[style*="display:none"],[style*="display: none"]').length) return;
    const t = node.text().replace(/\s+/g, ' ').trim();
    if (t.length === 0 || t.length >= 100) return;
    // A name marked inside it is read first: [itemprop=name], else an author-marked element with
    // text ("<div class=byline><span class=author>Tom Davies</span> <span>Associated Press</span>").
    const nameNode = node.find('[itemprop~="name"]').first();
    if (nameNode.length) found = bylineNames(blockText(nameNode[0]!), { siteName });
    else {
      for (const inner of node.find('[rel="author"], [itemprop~="author"], [class*="author" i]').toArray()) {
        found = bylineNames(blockText(inner), { siteName });
        if (found.length) break;
      }
      if (!found.length) found = bylineNames(blockText(el), { siteName });
    }
    if (found.length) return false;
    return undefined;
  });
  return found;
}
