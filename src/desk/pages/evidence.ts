/**
 * Links every figure, date and quote of a fact sheet to the sentence it was read from (SPEC "Every
 * figure, date and quote carries its evidence sentence … so an editor can check it against the
 * original"): the sentences are found in the body paragraphs and become anchored highlights.
 */

export interface EvidenceRef {
  paragraph: number;
  sentence: string;
}

/** One highlighted span of a paragraph, with its anchor id. */
export interface Mark {
  start: number;
  end: number;
  id: string;
}

export interface EvidenceMap {
  /** Per paragraph index, its highlights in order, never overlapping. */
  marks: Map<number, Mark[]>;
  /** The anchor of each evidence, by its key (evidenceKey), or absent when the sentence is not in the text. */
  anchors: Map<string, string>;
}

/** Returns the key of an evidence reference. */
export function evidenceKey(e: EvidenceRef): string {
  return `${e.paragraph}\u0000${e.sentence}`;
}

/** Finds each evidence sentence in its paragraph (or, failing that, in any paragraph) and assigns anchors `ev-<paragraph>-<offset>`. */
export function mapEvidence(paragraphs: string[], evidence: EvidenceRef[]): EvidenceMap {
  const marks = new Map<number, Mark[]>();
  const anchors = new Map<string, string>();
  for (const e of evidence) {
    const key = evidenceKey(e);
    if (anchors.has(key) || e.sentence.trim() === '') continue;
    const order = [e.paragraph, ...paragraphs.map((_, i) => i).filter((i) => i !== e.paragraph)];
    for (const p of order) {
      const start = paragraphs[p]?.indexOf(e.sentence) ?? -1;
      if (start < 0) continue;
      const end = start + e.sentence.length;
      const list = marks.get(p) ?? [];
      const same = list.find((m) => m.start === start && m.end === end);
      if (same) {
        anchors.set(key, same.id);
        break;
      }
      if (list.some((m) => start < m.end && m.start < end)) continue;
      const id = `ev-${p}-${start}`;
      list.push({ start, end, id });
      list.sort((a, b) => a.start - b.start);
      marks.set(p, list);
      anchors.set(key, id);
      break;
    }
  }
  return { marks, anchors };
}

/** Splits a paragraph into plain and marked pieces, in order. */
export function splitByMarks(text: string, marks: Mark[]): ({ text: string } | { text: string; id: string })[] {
  const out: ({ text: string } | { text: string; id: string })[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), id: m.id });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
