import { createHash } from 'node:crypto';
import type { FactSheet, Figure } from './types.ts';

export interface FigureChange {
  before: Figure;
  after: Figure;
}

export interface FiguresDiff {
  added: Figure[];
  removed: Figure[];
  changed: FigureChange[];
}

/**
 * A figure's identity across two extractions of the same story: its kind and what it counts
 * (label, else currency/unit), so "25,000 fake accounts" → "30,000 fake accounts" is a change,
 * not a removal plus an addition. Unlabelled figures fall back to their evidence sentence's
 * opening words.
 */
function identity(f: Figure): string {
  const what = f.label ?? f.currency ?? f.unit ?? f.evidence.sentence.split(/\s+/).slice(0, 4).join(' ').toLowerCase();
  return `${f.kind}|${what.toLowerCase()}`;
}

function sameValue(a: Figure, b: Figure): boolean {
  return JSON.stringify(a.value) === JSON.stringify(b.value) && a.qualifier === b.qualifier && a.currency === b.currency;
}

/** Returns the figures added, removed and changed (same identity, other value) between two extractions of a story (SPEC "Ingestion rules"). */
export function diffFigures(before: readonly Figure[], after: readonly Figure[]): FiguresDiff {
  const pending = new Map<string, Figure[]>();
  for (const f of before) pending.set(identity(f), [...(pending.get(identity(f)) ?? []), f]);
  const added: Figure[] = [];
  const changed: FigureChange[] = [];
  for (const f of after) {
    const list = pending.get(identity(f));
    if (!list?.length) {
      added.push(f);
      continue;
    }
    // Prefer the exact same figure, else pair with the first of that identity.
    const i = list.findIndex((b) => sameValue(b, f));
    const [old] = list.splice(i >= 0 ? i : 0, 1);
    if (i < 0) changed.push({ before: old!, after: f });
  }
  const removed = [...pending.values()].flat();
  return { added, removed, changed };
}

/** Returns a SHA-256 (hex) of the sheet's body text — paragraphs with whitespace collapsed — to tell a changed upstream story. */
export function bodyHash(sheet: Pick<FactSheet, 'body'>): string {
  const text = sheet.body.paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).join('\n');
  return createHash('sha256').update(text).digest('hex');
}
