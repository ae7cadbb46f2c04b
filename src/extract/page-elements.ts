import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/**
 * The page's elements by tag name, in document order, from one walk of the parsed page (kept for as long as the page is).
 * Metadata reads a dozen tags (title, h1, meta, script, time, link…); a selector per tag walked the whole page each time.
 * The index is of the page as first read: a reader that removes or adds elements must not rely on it afterwards.
 */
interface TagIndex {
  byTag: Map<string, Element[]>;
  order: Map<Element, number>;
}

const indexes = new WeakMap<AnyNode, TagIndex>();

function indexOf($: CheerioAPI): TagIndex {
  const root = $.root()[0]!;
  let index = indexes.get(root);
  if (index) return index;
  index = { byTag: new Map(), order: new Map() };
  const stack: AnyNode[] = [root];
  let n = 0;
  while (stack.length) {
    const node = stack.pop()!;
    if ((node.type === 'tag' || node.type === 'script') && INDEXED.has((node as Element).name)) {
      const el = node as Element;
      const list = index.byTag.get(el.name);
      if (list) list.push(el);
      else index.byTag.set(el.name, [el]);
      index.order.set(el, n++);
    }
    const children = (node as { children?: AnyNode[] }).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  indexes.set(root, index);
  return index;
}

/** The tags indexed: those metadata reads (an index of every element would double the page's garbage). */
const INDEXED = new Set(['html', 'title', 'meta', 'link', 'script', 'time', 'h1', 'h2']);

/** Every element of one of `tags` (lowercase names, among INDEXED), in document order. */
export function elementsByTag($: CheerioAPI, ...tags: string[]): Element[] {
  for (const t of tags) if (!INDEXED.has(t)) throw new Error(`elementsByTag: <${t}> is not indexed`);
  const index = indexOf($);
  if (tags.length === 1) return index.byTag.get(tags[0]!) ?? [];
  return tags.flatMap((t) => index.byTag.get(t) ?? []).sort((a, b) => index.order.get(a)! - index.order.get(b)!);
}
