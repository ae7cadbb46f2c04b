import { PulseError } from '../errors.ts';
import { storyFeatures } from './features.ts';
import { MemoryGrouper } from './memory-grouper.ts';
import type { GroupingSettings } from './assign.ts';

/** One `pulse cluster` input item (SPEC "Events"). */
export interface ClusterItem {
  id: string | number;
  title: string;
  url?: string;
  source?: string;
  published_at?: string;
  text?: string;
}

/** Parses JSON Lines of cluster items; a bad line throws bad_request naming it. */
export function parseClusterItems(text: string): ClusterItem[] {
  const items: ClusterItem[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const where = `cluster: line ${i + 1}`;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (err) {
      throw new PulseError('bad_request', `${where}: not JSON (${(err as Error).message.split('\n')[0]})`);
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new PulseError('bad_request', `${where}: expected an object {"id", "title", …}`);
    const o = v as Record<string, unknown>;
    if (typeof o.id !== 'string' && typeof o.id !== 'number') throw new PulseError('bad_request', `${where}: "id" must be a string or a number`);
    if (typeof o.title !== 'string') throw new PulseError('bad_request', `${where}: "title" must be a string`);
    for (const k of ['url', 'source', 'published_at', 'text'] as const) {
      if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string') throw new PulseError('bad_request', `${where}: "${k}" must be a string`);
    }
    if (typeof o.published_at === 'string' && Number.isNaN(Date.parse(o.published_at))) throw new PulseError('bad_request', `${where}: "published_at" is not a date (${JSON.stringify(o.published_at)})`);
    items.push(o as unknown as ClusterItem);
  }
  return items;
}

/**
 * Groups items as the live pipeline would (same features, scoring and settings): taken in
 * `published_at` order as they would arrive (undated items after the dated ones, in input order).
 * Returns each item's event number (1, 2… in order of creation), in input order.
 */
export function clusterItems(items: readonly ClusterItem[], settings?: GroupingSettings): number[] {
  const at = items.map((it) => (it.published_at ? Date.parse(it.published_at) : null));
  const order = items.map((_, i) => i).sort((a, b) => {
    const x = at[a]!;
    const y = at[b]!;
    if (x === null || y === null) return x === null && y === null ? a - b : x === null ? 1 : -1;
    return x - y || a - b;
  });
  const grouper = new MemoryGrouper(settings);
  const labels = new Array<number>(items.length);
  for (const i of order) {
    const it = items[i]!;
    labels[i] = grouper.assign(storyFeatures({ title: it.title, text: it.text ?? null, publishedAt: at[i]! })) + 1;
  }
  return labels;
}
