import { cleanUrl, resolveBase } from './clean-url.ts';
import type { ParsedEnclosure } from './types.ts';
import { attr, child, nodes, textOf, type XmlNode } from './xml-nodes.ts';
import { toCount } from './normalize.ts';

/** Images and enclosures from Media RSS, iTunes and RSS/Atom enclosures, shared by RSS and Atom. */

const IMAGE_EXT = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

function isImage(node: XmlNode, urlAttr: string): boolean {
  const medium = attr(node, 'medium');
  const type = attr(node, 'type');
  if (medium !== undefined) return medium === 'image';
  if (type !== undefined) return type.startsWith('image/');
  return IMAGE_EXT.test(attr(node, urlAttr) ?? '');
}

/** Returns the item's image: media:thumbnail, image media:content (also inside media:group), itunes:image. */
export function mediaImage(item: Record<string, unknown>, base: string): string | null {
  const groups = nodes(item['raw:media:group']);
  const thumbs = [...nodes(item['raw:media:thumbnail']), ...groups.flatMap((g) => child(g, 'media:thumbnail'))];
  for (const t of thumbs) {
    const u = cleanUrl(attr(t, 'url'), base);
    if (u) return u;
  }
  const contents = [...nodes(item['raw:media:content']), ...groups.flatMap((g) => child(g, 'media:content'))];
  for (const c of contents) {
    if (!isImage(c, 'url')) continue;
    const u = cleanUrl(attr(c, 'url'), base);
    if (u) return u;
  }
  for (const i of nodes(item['raw:itunes:image'])) {
    const u = cleanUrl(attr(i, 'href') ?? textOf(i), base);
    if (u) return u;
  }
  return null;
}

/** Returns the RSS <enclosure> elements of an item, resolved. */
export function rssEnclosures(item: Record<string, unknown>, base: string): ParsedEnclosure[] {
  const out: ParsedEnclosure[] = [];
  for (const e of nodes(item['raw:enclosure'])) {
    const url = cleanUrl(attr(e, 'url'), resolveBase(attr(e, 'xml:base'), base));
    if (url) out.push({ url, type: attr(e, 'type') ?? null, length: toCount(attr(e, 'length')) });
  }
  return out;
}

/** Returns the first enclosure that is an image, as an image URL. */
export function enclosureImage(enclosures: ParsedEnclosure[]): string | null {
  return enclosures.find((e) => e.type?.startsWith('image/') || (e.type === null && IMAGE_EXT.test(e.url)))?.url ?? null;
}
