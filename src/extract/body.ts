import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/**
 * Boilerplate removal: find the element that holds the article text and read its paragraphs in
 * order. The approach follows Mozilla Readability (node_modules/@mozilla/readability/Readability.js:
 * score paragraphs, credit their ancestors, weigh class/id hints, penalise link density, merge
 * related siblings) on cheerio's tree, with one pass of cached text statistics instead of
 * repeated textContent reads — the main reason it runs many times faster than jsdom + Readability
 * on bench/extract.ts.
 */
export interface ExtractedBody {
  paragraphs: string[];
  /** The kept elements' outer HTML, unsanitized (the caller sanitizes). */
  html: string;
  /** Anchors inside the kept elements, href as written. */
  anchors: { href: string; text: string }[];
}

const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'object', 'embed', 'button', 'input',
  'select', 'textarea', 'option', 'nav', 'footer', 'aside', 'dialog', 'link', 'meta', 'audio', 'video', 'map',
  'figcaption', 'head', 'title',
]);
const DROP_ROLES = /^(?:navigation|complementary|banner|contentinfo|dialog|alertdialog|menu|menubar|search|toolbar|alert)$/i;

// Readability's REGEXPS.unlikelyCandidates / okMaybeItsACandidate, widened with the boxes news pages add.
const UNLIKELY = /-ad-|\bads?\b|ad-slot|adslot|advert|ai2html|banner|breadcrumb|combx|comment|community|cookie|consent|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|newsletter|subscribe|signup|sign-up|share|sharing|toolbar|trending|most-?popular|recommend|outbrain|taboola|promo|modal|overlay|byline|dateline|author-?bio|tags|taglist|print|skip|jump|masthead|widget|rail|paywall-prompt|read-?more|see-?also|more-?stories|nav\b|navbar|navigation|caption|credit|disclaimer|toc\b|timestamp/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow|story|entry|post-?text|text/i;
const BYLINE_LIKE = /\b(?:byline|by-line|dateline|author|autor|timestamp|credits?|caption|tags|tag-list|posted-on|published|pubdate)\b/i;
const IMAGE_BOX = /\b(?:image|img|photo|picture|media|gallery|caption|figure|lead-art|leadart|hero)\b|img[A-Z]|image-/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text/i;
const NEGATIVE = /-ad-|\bads?\b|advert|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|taboola|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|subscribe|social|cookie|nav|recommend|byline|author|caption|credit/i;

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'figure', 'hr', 'address', 'center', 'details',
  'summary', 'body', 'html', 'caption', 'fieldset', 'picture',
]);
const SCORE_TAGS = new Set(['p', 'pre', 'td', 'h2', 'h3', 'h4', 'h5', 'h6', 'section']);
const BOILERPLATE_LINE = /^(?:\((?:reporting|writing|additional reporting|editing) by .*\)|advertisement|sponsored|ad|story continues below(?: advertisement)?|continue reading(?: below)?|read more:?|related:?|share(?: this)?(?: article| story)?|click here.*|sign up.*newsletter.*|subscribe(?: now)?|follow us.*|image:? .*|photo:? .*|getty images|reuters|ap photo.*)$/i;

interface Stats {
  text: number;
  link: number;
  commas: number;
}

function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

function tagOf(n: Element): string {
  // The document root (a page without <body>, e.g. an empty one) has no name.
  return (n.name ?? '').toLowerCase();
}

function hints(el: Element): string {
  return `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`;
}

function isHidden(el: Element): boolean {
  const style = el.attribs['style'];
  return (
    el.attribs['hidden'] !== undefined ||
    el.attribs['aria-hidden'] === 'true' ||
    (style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style))
  );
}

/** Removes elements that never hold article text; `strict` also removes class/id "unlikely" boxes. */
function prune(root: Element, strict: boolean): void {
  const doomed: Element[] = [];
  const visit = (node: Element): void => {
    for (const child of node.children) {
      if (child.type === 'comment' || child.type === 'directive') {
        doomed.push(child as unknown as Element);
        continue;
      }
      if (!isElement(child)) continue;
      const tag = tagOf(child);
      if (DROP_TAGS.has(tag) || (child.type !== 'tag')) {
        doomed.push(child);
        continue;
      }
      const role = child.attribs['role'];
      if ((role && DROP_ROLES.test(role)) || isHidden(child)) {
        doomed.push(child);
        continue;
      }
      // Bylines, datelines and tag lists written as short paragraphs are page furniture, not body.
      if (strict && (tag === 'p' || tag === 'span' || tag === 'time' || tag === 'div') && BYLINE_LIKE.test(hints(child)) && textOf(child).length < 150) {
        doomed.push(child);
        continue;
      }
      if (strict && tag !== 'body' && tag !== 'article' && tag !== 'main' && tag !== 'a' && tag !== 'p') {
        const h = hints(child);
        if (h.trim() !== '' && UNLIKELY.test(h) && !MAYBE.test(h) && !/articlebody/i.test(child.attribs['itemprop'] ?? '')) {
          doomed.push(child);
          continue;
        }
      }
      // ASP.NET pages wrap the whole page in one <form>; only forms without paragraphs are boxes.
      if ((tag === 'form' || (strict && tag === 'header')) && !hasParagraphs(child)) {
        doomed.push(child);
        continue;
      }
      visit(child);
    }
  };
  visit(root);
  for (const el of doomed) detach(el);
}

// A profile or teaser box set into an article (TechCrunch's "Crunchbase" company card, an author card): a "Learn more"
// link under a blurb cut off ("… AOL was...") or under a card of labelled fields ("Company: Asana", "Funding: $10.2M"). It describes a company or person, not this story, and its facts
// (founding years, old acquisitions) would read as the story's own.
const PROFILE_LINK = /^(?:learn more|full profile|view (?:full )?profile|see (?:full )?profile)\W*$/i;
const CUT_OFF = /(?:\.\.\.|…)\s*$/;
const FIELD_LABEL = /^\p{Lu}[\p{L} ]{0,24}:$/u;

/** The boxes holding a "Learn more" link and a cut-off blurb or labelled fields: small (≤ 1,500 characters, at most half the page). */
function profileBoxes(root: Element): Element[] {
  const links: Element[] = [];
  const findLinks = (el: Element): void => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (tagOf(c) === 'a' && PROFILE_LINK.test(textOf(c).replace(/\s+/g, ' ').trim())) links.push(c);
      else findLinks(c);
    }
  };
  findLinks(root);
  if (links.length === 0) return [];
  const pageText = textOf(root).replace(/\s+/g, ' ').length;
  const boxes = new Set<Element>();
  for (const link of links) {
    let box: Element | null = null;
    for (let a = link.parent as Element | null; a && a.type === 'tag' && a !== root; a = a.parent as Element | null) {
      const tag = tagOf(a);
      if (tag === 'body' || tag === 'article' || tag === 'main') break;
      const len = textOf(a).replace(/\s+/g, ' ').length;
      if (len > 1500 || len * 2 > pageText) break;
      if (tag === 'div' || tag === 'section' || tag === 'aside') box = a;
    }
    if (box && (hasCutOffText(box) || fieldLabels(box) >= 2)) boxes.add(box);
  }
  return [...boxes];
}

/** Elements whose whole text is a field's label ("Company:", "Launch Date:"). */
function fieldLabels(el: Element): number {
  let n = 0;
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (FIELD_LABEL.test(textOf(c).replace(/\s+/g, ' ').trim())) n++;
    else n += fieldLabels(c);
  }
  return n;
}

function hasCutOffText(el: Element): boolean {
  for (const c of el.children) {
    if (c.type === 'text' && CUT_OFF.test((c as unknown as { data: string }).data)) return true;
    if (isElement(c) && tagOf(c) !== 'a' && hasCutOffText(c)) return true;
  }
  return false;
}

function hasParagraphs(el: Element): boolean {
  let n = 0;
  const walk = (e: Element): void => {
    for (const c of e.children) if (isElement(c)) { if (tagOf(c) === 'p') n++; walk(c); }
  };
  walk(el);
  return n >= 3;
}

function detach(el: AnyNode): void {
  const parent = el.parent;
  if (!parent) return;
  const i = parent.children.indexOf(el as never);
  if (i >= 0) parent.children.splice(i, 1);
  if (el.prev) el.prev.next = el.next;
  if (el.next) el.next.prev = el.prev;
  el.parent = null;
  el.prev = null;
  el.next = null;
}

/** Computes text length, link-text length and comma count of every element, bottom-up, once. */
function measure(root: Element): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  const walk = (el: Element, inLink: boolean): Stats => {
    const s: Stats = { text: 0, link: 0, commas: 0 };
    const link = inLink || tagOf(el) === 'a';
    for (const c of el.children) {
      if (c.type === 'text') {
        const t = c.data.replace(/\s+/g, ' ');
        const len = t.trim() === '' ? 0 : t.length;
        s.text += len;
        if (link) s.link += len;
        s.commas += occurrences(t, ',') + occurrences(t, '\uff0c');
      } else if (isElement(c)) {
        const cs = walk(c, link);
        s.text += cs.text;
        s.link += cs.link;
        s.commas += cs.commas;
      }
    }
    stats.set(el, s);
    return s;
  };
  walk(root, false);
  return stats;
}

function classWeight(el: Element): number {
  let w = 0;
  for (const v of [el.attribs['class'], el.attribs['id']]) {
    if (!v) continue;
    if (NEGATIVE.test(v)) w -= 25;
    if (POSITIVE.test(v)) w += 25;
  }
  const itemprop = el.attribs['itemprop'] ?? '';
  if (/articleBody/i.test(itemprop)) w += 50;
  return w;
}

function baseScore(el: Element): number {
  switch (tagOf(el)) {
    case 'div': case 'article': case 'main': return 5;
    case 'pre': case 'td': case 'blockquote': case 'section': return 3;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': return -5;
    default: return 0;
  }
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => isElement(c) && BLOCK.has(tagOf(c)));
}

/** Length of the text sitting directly in `el` outside its block children (a div used as a paragraph). */
function inlineTextLength(el: Element, stats: Map<Element, Stats>): number {
  let n = 0;
  for (const c of el.children) {
    if (c.type === 'text') n += c.data.trim().length;
    else if (isElement(c) && !BLOCK.has(tagOf(c))) n += stats.get(c)?.text ?? 0;
  }
  return n;
}

/**
 * The paragraphs of text written straight into a container, set apart by two or more <br>s (a blog post
 * with no <p>s): each one's length and commas, as Readability scores the <p>s it makes of such runs.
 */
function brParagraphs(el: Element, stats: Map<Element, Stats>): { len: number; commas: number }[] {
  const out: { len: number; commas: number }[] = [];
  let cur = { len: 0, commas: 0 };
  let brs = 0;
  const close = (): void => {
    if (cur.len > 0) out.push(cur);
    cur = { len: 0, commas: 0 };
  };
  for (const c of el.children) {
    if (isElement(c) && tagOf(c) === 'br') {
      brs++;
      continue;
    }
    if (isElement(c) && BLOCK.has(tagOf(c))) {
      close();
      brs = 0;
      continue;
    }
    const len = c.type === 'text' ? c.data.trim().length : isElement(c) ? stats.get(c)?.text ?? 0 : 0;
    if (len === 0) continue;
    if (brs >= 2) close();
    brs = 0;
    cur.len += len;
    cur.commas += c.type === 'text' ? (c.data.match(/[,，]/g)?.length ?? 0) : isElement(c) ? stats.get(c)?.commas ?? 0 : 0;
  }
  close();
  return out;
}

/** Scores candidate containers; returns the best one and the score map. */
function score(root: Element, stats: Map<Element, Stats>): { top: Element | null; scores: Map<Element, number> } {
  const scores = new Map<Element, number>();
  const init = (el: Element): void => {
    if (!scores.has(el)) scores.set(el, baseScore(el) + classWeight(el));
  };
  const credit = (el: Element, len: number, commas: number): void => creditScore(el, 1 + commas + Math.min(Math.floor(len / 100), 3));
  const creditScore = (el: Element, contentScore: number): void => {
    let ancestor = el.parent as Element | null;
    for (let level = 0; ancestor && ancestor.type === 'tag' && level < 5; level++) {
      init(ancestor);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, scores.get(ancestor)! + contentScore / divider);
      ancestor = ancestor.parent as Element | null;
    }
  };
  const walk = (el: Element): void => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      const tag = tagOf(c);
      const s = stats.get(c)!;
      if (SCORE_TAGS.has(tag) || (tag === 'div' && !hasBlockChild(c))) {
        if (s.text >= 25) credit(c, s.text, s.commas);
        if (tag === 'p' || tag === 'pre' || tag === 'div') continue;
      } else if (tag === 'div' || tag === 'article' || tag === 'section' || tag === 'main') {
        const inline = inlineTextLength(c, stats);
        if (inline >= 25) {
          // Text written straight into a container counts as one paragraph of it; when <br><br>s part it into
          // several, each counts as a paragraph would (a blog post of 20 such runs outscores the one table it holds).
          const runs = brParagraphs(c, stats).filter((r) => r.len >= 25);
          const own = runs.length > 1 ? runs.reduce((sum, r) => sum + 1 + r.commas + Math.min(Math.floor(r.len / 100), 3), 0) : 1 + Math.min(Math.floor(inline / 100), 3);
          init(c);
          scores.set(c, scores.get(c)! + own);
          creditScore(c, own);
        }
      }
      walk(c);
    }
  };
  walk(root);

  let top: Element | null = null;
  let best = -Infinity;
  for (const [el, raw] of scores) {
    const s = stats.get(el);
    if (!s) {
      scores.delete(el); // above the scored root (<html>)
      continue;
    }
    const density = s.text === 0 ? 0 : s.link / s.text;
    const final = raw * (1 - density);
    scores.set(el, final);
    if (final > best) {
      best = final;
      top = el;
    }
  }
  if (top) top = promote(commonAncestor(top, scores), scores, stats);
  return { top, scores };
}

/**
 * Readability's alternative-candidate rule: when the article is split into sibling sections, the
 * best-scored elements (within 75% of the top) share an ancestor; the deepest ancestor of the top
 * candidate that holds at least three of them is the article.
 */
function commonAncestor(top: Element, scores: Map<Element, number>): Element {
  const topScore = scores.get(top) ?? 0;
  const close = [...scores.entries()]
    .filter(([el, sc]) => el !== top && sc >= topScore * 0.75)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([el]) => el);
  if (close.length < 3) return top;
  for (let a = top.parent as Element | null; a && a.type === 'tag' && tagOf(a) !== 'body'; a = a.parent as Element | null) {
    let inside = 0;
    for (const c of close) {
      for (let p = c.parent as Element | null; p; p = p.parent as Element | null) {
        if (p === a) {
          inside++;
          break;
        }
      }
    }
    if (inside >= 3) {
      if (!scores.has(a)) scores.set(a, topScore);
      return a;
    }
  }
  return top;
}

/** Readability's step up: when the parent holds much of the same text and scores close, the article is the parent. */
function promote(top: Element, scores: Map<Element, number>, stats: Map<Element, Stats>): Element {
  let current = top;
  const topScore = scores.get(top) ?? 0;
  let parent = current.parent as Element | null;
  while (parent && parent.type === 'tag' && tagOf(parent) !== 'body' && tagOf(parent) !== 'html') {
    const ps = scores.get(parent);
    if (ps === undefined) break;
    if (ps >= topScore * 0.9 || (stats.get(parent)!.text < stats.get(current)!.text * 1.15 && ps > topScore / 3)) {
      current = parent;
      parent = current.parent as Element | null;
      continue;
    }
    break;
  }
  return current;
}

/**
 * Climbs out of wrapper chains (a div whose parent holds nothing else with text), so the sibling
 * pass sees the sections an article is split into rather than the inside of one of them.
 */
function unwrap(top: Element, stats: Map<Element, Stats>, scores: Map<Element, number>): Element {
  let current = top;
  for (let parent = current.parent as Element | null; parent && parent.type === 'tag' && tagOf(parent) !== 'body'; parent = current.parent as Element | null) {
    const withText = parent.children.filter((c) => isElement(c) && (stats.get(c)?.text ?? 0) > 0);
    const ownText = parent.children.some((c) => c.type === 'text' && c.data.trim() !== '');
    if (withText.length !== 1 || ownText) break;
    if (!scores.has(parent)) scores.set(parent, scores.get(current) ?? 0);
    else scores.set(parent, Math.max(scores.get(parent)!, scores.get(current) ?? 0));
    current = parent;
  }
  // Only worth it when the wrapper's own siblings carry article text too (a split article).
  const topScore = scores.get(top) ?? 0;
  const siblings = (current.parent?.children ?? []).filter((c): c is Element => isElement(c) && c !== current);
  return current !== top && siblings.some((c) => (scores.get(c) ?? 0) >= topScore * 0.5) ? current : top;
}

function linkDensity(el: Element, stats: Map<Element, Stats>): number {
  const s = stats.get(el);
  return !s || s.text === 0 ? 0 : s.link / s.text;
}

function nextElement(el: Element): Element | null {
  for (let n = el.next; n; n = n.next) if (isElement(n)) return n;
  return null;
}

/** Siblings of the top candidate that belong to the article (Readability's sibling pass). */
function gatherSiblings(top: Element, scores: Map<Element, number>, stats: Map<Element, Stats>, $: CheerioAPI): Element[] {
  const parent = top.parent as Element | null;
  if (!parent || parent.type !== 'tag') return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attribs['class'] ?? '';
  const kept: Element[] = [];
  for (const sib of parent.children) {
    if (!isElement(sib)) continue;
    if (sib === top) {
      kept.push(sib);
      continue;
    }
    let bonus = 0;
    if (topClass !== '' && sib.attribs['class'] === topClass) bonus += topScore * 0.2;
    const s = scores.get(sib);
    if (s !== undefined && s + bonus >= threshold) {
      kept.push(sib);
      continue;
    }
    if (tagOf(sib) === 'p') {
      const len = stats.get(sib)!.text;
      const density = linkDensity(sib, stats);
      const text = $(sib).text();
      if ((len > 80 && density < 0.25) || (len > 0 && len <= 80 && density === 0 && /\.( |$)/.test(text))) kept.push(sib);
      // A link blog's lead-in to the quotation the article is ("Great piece by Ben Thompson on Amazon's acquisition of Whole
      // Foods:", "Matt Birchler:" — often all link): it names who is quoted, so it stays whatever its links.
      else if (tagOf(top) === 'blockquote' && nextElement(sib) === top && len > 0 && len <= 300 && /:\s*$/.test(text)) kept.push(sib);
    }
  }
  return kept;
}

/** Readability's _cleanConditionally: drops boxes inside the article that look like boilerplate. */
function cleanInside(container: Element, stats: Map<Element, Stats>, scores: Map<Element, number>): void {
  const doomed: Element[] = [];
  const visit = (el: Element, inCell: boolean): void => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      const tag = tagOf(c);
      // A table cell's value set in a div of its own ("<td><div style=…>25.46%</div></td>") is the table's data, however short.
      if (inCell && tag === 'div' && !hasBlockChild(c)) continue;
      if (tag === 'h1') {
        doomed.push(c); // the headline is metadata, not body
        continue;
      }
      if (['div', 'section', 'ul', 'ol', 'table', 'dl', 'figure', 'header', 'aside', 'center'].includes(tag) && shouldDrop(c, stats, scores)) {
        doomed.push(c);
        continue;
      }
      // A heading that is all link ("More News from Sci-Tech") titles a list of other stories.
      if (/^h[2-6]$/.test(tag) && linkDensity(c, stats) > 0.9) {
        doomed.push(c);
        continue;
      }
      // An image box with a short caption paragraph: the photo's caption and credit, not body.
      if ((tag === 'div' || tag === 'figure' || tag === 'span') && IMAGE_BOX.test(hints(c)) && containsTag(c, 'img') && (stats.get(c)?.text ?? 0) < 400) {
        doomed.push(c);
        continue;
      }
      if ((tag === 'p' || tag === 'li' || tag === 'span' || tag === 'strong') && isBoilerplateLine(c, stats)) {
        doomed.push(c);
        continue;
      }
      visit(c, inCell || tag === 'td' || tag === 'th');
    }
  };
  visit(container, false);
  for (const el of doomed) detach(el);
}

function isBoilerplateLine(el: Element, stats: Map<Element, Stats>): boolean {
  const s = stats.get(el)!;
  if (s.text > 120) return false;
  const t = textOf(el).trim();
  return BOILERPLATE_LINE.test(t) || (s.text > 0 && s.link / s.text > 0.9 && /^(?:read|see|watch|more|related|also)\b/i.test(t));
}

function shouldDrop(el: Element, stats: Map<Element, Stats>, scores: Map<Element, number>): boolean {
  const s = stats.get(el)!;
  const weight = classWeight(el);
  const tag = tagOf(el);
  if (weight + (scores.get(el) ?? 0) < 0) return true;
  if (s.text === 0) return !containsTag(el, 'img');
  const density = s.link / s.text;
  let p = 0, li = 0, img = 0, input = 0, heads = 0;
  const count = (e: Element): void => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      const t = tagOf(c);
      if (t === 'p') p++;
      else if (t === 'li') li++;
      else if (t === 'img') img++;
      else if (t === 'input') input++;
      else if (/^h[1-6]$/.test(t)) heads++;
      count(c);
    }
  };
  count(el);
  const isList = tag === 'ul' || tag === 'ol';
  if (isList && density > 0.5 && s.text < 1000) return true;
  if (isList && teaserList(el, stats)) return true;
  if (isList) return false;
  if (s.commas >= 10) return false;
  if (img > 1 && p / img < 0.5 && s.text < 200) return true;
  if (li > p + 10 && density > 0.3) return true;
  if (input > Math.floor(p / 3)) return true;
  if (s.text < 25 && (img === 0 || img > 2) && heads === 0) return true;
  if (weight < 25 && density > 0.2 && s.text < 300 && p < 2) return true;
  if (weight >= 25 && density > 0.5) return true;
  return false;
}

/**
 * A stream of other stories: most items of the list open on a headline that is all link, with the story's summary under it
 * ("'Growing Pains' Star Alan Thicke Dead at 69" over "Alan Thicke, the actor best-known for …"). The summaries are long
 * and unlinked, so link density alone keeps the list.
 */
function teaserList(list: Element, stats: Map<Element, Stats>): boolean {
  let items = 0;
  let teasers = 0;
  for (const c of list.children) {
    if (!isElement(c) || tagOf(c) !== 'li') continue;
    items++;
    if (linkedHeading(c, stats, 0)) teasers++;
  }
  return teasers >= 3 && teasers * 2 >= items;
}

function linkedHeading(el: Element, stats: Map<Element, Stats>, depth: number): boolean {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    const tag = tagOf(c);
    if (/^h[2-6]$/.test(tag)) {
      if ((stats.get(c)?.text ?? 0) > 0 && linkDensity(c, stats) > 0.9) return true;
    } else if (depth < 4 && (tag === 'div' || tag === 'article' || tag === 'header' || tag === 'section')) {
      if (linkedHeading(c, stats, depth + 1)) return true;
    }
  }
  return false;
}

function containsTag(el: Element, name: string): boolean {
  for (const c of el.children) if (isElement(c) && (tagOf(c) === name || containsTag(c, name))) return true;
  return false;
}

function textOf(el: AnyNode): string {
  if (el.type === 'text') return (el as unknown as { data: string }).data;
  if (!isElement(el)) return '';
  let out = '';
  for (const c of el.children) out += textOf(c);
  return out;
}

const PARA_BREAK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'dt', 'dd', 'tr', 'div', 'section', 'article', 'figure', 'table', 'ul', 'ol', 'dl', 'header', 'address', 'center', 'hr', 'td', 'th', 'main', 'details', 'summary', 'caption']);

const DATE_IN_LINE = /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b/;

/** Short lines that are page furniture: clock stamps, "By X - 11/18/19", "Updated at…", "Tags …", copyright notices, "You may also like". */
function isFurniture(t: string): boolean {
  if (BOILERPLATE_LINE.test(t)) return true;
  // A bare clock time is a live blog's entry stamp, not prose.
  if (/^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?$/i.test(t)) return true;
  if (t.length < 100 && /^(?:by|updated|published|posted|last updated|first published)\b/i.test(t) && DATE_IN_LINE.test(t)) return true;
  if (t.length < 70 && DATE_IN_LINE.test(t) && !/[.!?]$/.test(t) && t.split(/\s+/).length <= 9 && /\d{1,2}:\d{2}/.test(t)) return true;
  if (/^tags?\b\s*:?\s/i.test(t) && t.length < 400) return true;
  if (t.length < 250 && /©|\(c\) \d{4}|all rights reserved/i.test(t)) return true;
  return /^(?:you (?:may|might) also like|more from|more stories|recommended(?: for you)?|read next|most popular|related (?:articles|stories|coverage))\b/i.test(t) && t.length < 60;
}

/**
 * Reads paragraphs in document order: each block element, and each run of inline text between blocks, is one. A table's data
 * row is one paragraph ("Price | $249 | $279"), and a line set off by a <br> is its own when it reads as a new line (below).
 */
export function readParagraphs(roots: AnyNode[]): string[] {
  return paragraphsOf(roots, true);
}

// Lines set off by single <br>s ("Monday: Hands-on: …<br>Wednesday: Epson’s …<br>Thursday: …"): a list, a schedule or an address
// written as lines, each its own paragraph so a date or a name stays with its line. A line that stops mid-phrase ("said,", "(",
// "passed to the", "Anne van Kesteren and") goes on, as does one whose next line opens in lower case; and a paragraph broken
// once is a sentence wrapped by hand, read whole.
const LINE = '\uE000';
const LINE_START = /^[\s"'“‘(\[]*[\p{Lu}\p{N}•·▪■►*+–—-]/u;
const OPEN_LINE_END = /(?:[,;:(\[{–—-]|\b(?:the|a|an|and|or|but|nor|of|to|in|on|at|by|for|from|with|via|as|than|that|which|who|whose|is|are|was|were|be|been|has|have|had|its|their|his|her|our|your|my|this|these|those|into|onto|over|under|about|after|before|between|through|during|except|without|within|per|if|when|while|because|not)|\b(?:and|or|of|the|to) \p{Lu}\p{L}*)$/u;

function splitLines(text: string): string[] {
  const lines = text.split(LINE).filter((l) => l.trim() !== '');
  if (lines.length < 3) return [lines.join(' ')];
  const out: string[] = [];
  let cur = lines[0]!;
  for (const next of lines.slice(1)) {
    if (LINE_START.test(next) && !OPEN_LINE_END.test(cur.trim())) {
      out.push(cur);
      cur = next;
    } else cur += ' ' + next;
  }
  out.push(cur);
  return out;
}

function paragraphsOf(roots: AnyNode[], dropFurniture: boolean): string[] {
  const out: string[] = [];
  let buf = '';
  let brs = 0;
  const flush = (): void => {
    for (const line of splitLines(buf)) {
      const t = line.replace(/\s+/g, ' ').trim();
      if (t !== '' && !(dropFurniture && isFurniture(t))) out.push(t);
    }
    buf = '';
  };
  const walk = (n: AnyNode): void => {
    if (n.type === 'text') {
      const d = (n as unknown as { data: string }).data;
      if (d.trim() !== '') brs = 0;
      buf += d.replaceAll(LINE, ' ');
      return;
    }
    if (!isElement(n)) return;
    const tag = tagOf(n);
    if (n.type !== 'tag' || DROP_TAGS.has(tag)) return;
    if (tag === 'br') {
      brs++;
      if (brs >= 2) flush();
      else buf += LINE;
      return;
    }
    if (tag === 'tr') {
      const row = rowLine(n);
      if (row !== null) {
        flush();
        brs = 0;
        buf = row;
        flush();
        return;
      }
    }
    if (PARA_BREAK.has(tag)) {
      flush();
      brs = 0;
      for (const c of n.children) walk(c);
      flush();
      return;
    }
    if (tag === 'img') return;
    for (const c of n.children) walk(c);
    if (tag === 'td' || tag === 'th') buf += ' ';
  };
  for (const r of roots) walk(r);
  flush();
  return out;
}

/**
 * A data row of a table as one line, its cells joined by " | " ("Price | $249 | $279/279EUR", "Android emulator | 25.46% | 11.9%"):
 * read cell by cell, a row's name and its numbers and dates would fall apart. A row of one cell, or one whose cell holds a page's
 * paragraphs (a page laid out in a table, code beside code), is not data: null, and its cells read as blocks.
 */
function rowLine(tr: Element): string | null {
  const cells: string[] = [];
  for (const c of tr.children) {
    if (!isElement(c)) continue;
    const tag = tagOf(c);
    if (tag !== 'td' && tag !== 'th') continue;
    if (containsTag(c, 'table') || containsTag(c, 'pre')) return null;
    const ps = paragraphsOf(c.children, false);
    const text = ps.join(' ');
    if (ps.length > 3 || text.length > 300) return null;
    if (text !== '') cells.push(text);
  }
  return cells.length >= 2 ? cells.join(' | ') : null;
}

function findArticleBody($: CheerioAPI, stats: Map<Element, Stats>): Element | null {
  const nodes = $('[itemprop~="articleBody"], [itemprop~="articlebody"]').toArray() as Element[];
  let best: Element | null = null;
  for (const n of nodes) {
    const s = stats.get(n);
    if (s && s.text >= 250 && s.link / s.text < 0.5 && (!best || s.text > stats.get(best)!.text)) best = n;
  }
  return best;
}

/**
 * A page that lists other stories under the article (a stream of teasers, each its own <article> with a headline and a
 * summary) can score the whole page above the story: fifty short summaries outweigh one long text. When the top candidate
 * holds several <article> elements, one of which outweighs each other one many times, and little text lies outside them,
 * that one is the story and the rest are teasers. A page of equal posts (a live blog, an archive) has no such article: null.
 */
function storyAmongTeasers(top: Element, stats: Map<Element, Stats>): Element | null {
  if (tagOf(top) === 'article') return null;
  const articles: Element[] = [];
  const visit = (el: Element): void => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (tagOf(c) === 'article') articles.push(c);
      else visit(c);
    }
  };
  visit(top);
  if (articles.length < 3) return null;
  const text = (el: Element): number => stats.get(el)?.text ?? 0;
  const story = articles.reduce((a, b) => (text(b) > text(a) ? b : a));
  const rest = articles.filter((a) => a !== story);
  // The story outweighs each teaser many times, and what lies outside every <article> is less than the story (an
  // <article> holding only the headline, the text in a div beside it, is no story).
  const outside = text(top) - articles.reduce((n, a) => n + text(a), 0);
  return rest.every((a) => text(a) * 5 <= text(story)) && outside < text(story) ? story : null;
}

function attempt($: CheerioAPI, strict: boolean): ExtractedBody {
  const body = ($('body').get(0) ?? $.root().get(0)) as Element | undefined;
  if (!body) return { paragraphs: [], html: '', anchors: [] };
  prune(body, strict);
  for (const box of profileBoxes(body)) detach(box);
  let stats = measure(body);
  const schemaBody = findArticleBody($, stats);
  let parts: Element[];
  let scores: Map<Element, number>;
  if (schemaBody) {
    // schema.org articleBody is the publisher naming the article text itself; trust it.
    scores = score(schemaBody, stats).scores;
    parts = [schemaBody];
  } else {
    let scored = score(body, stats);
    const story = scored.top && storyAmongTeasers(scored.top, stats);
    if (story) scored = score(story, stats);
    scores = scored.scores;
    if (!scored.top) return { paragraphs: [], html: '', anchors: [] };
    parts = gatherSiblings(unwrap(scored.top, stats, scores), scores, stats, $);
  }
  for (const p of parts) cleanInside(p, stats, scores);
  stats = measure(body);
  const paragraphs = readParagraphs(parts).filter((t) => t.length > 1);
  const html = parts.map((p) => $.html(p)).join('\n');
  const anchors = $(parts).find('a[href]').toArray().map((a) => ({ href: (a as Element).attribs['href'] ?? '', text: $(a).text().replace(/\s+/g, ' ').trim() }));
  return { paragraphs, html, anchors };
}

function totalLength(paragraphs: string[]): number {
  return paragraphs.reduce((n, p) => n + p.length, 0);
}

/**
 * Returns the article's paragraphs (plain text, in order) and the kept HTML. `load` must return a
 * fresh document each call: a second, lenient attempt (Readability's flag retry) runs on an
 * unpruned copy when the strict pass keeps less than 250 characters.
 */
export function extractBody(load: () => CheerioAPI): ExtractedBody {
  const strict = attempt(load(), true);
  if (totalLength(strict.paragraphs) >= 250) return strict;
  const lenient = attempt(load(), false);
  return totalLength(lenient.paragraphs) > totalLength(strict.paragraphs) ? lenient : strict;
}

/** How many times `ch` occurs in `text` (indexOf skips ahead faster than a loop over every character). */
function occurrences(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
