import type { Choice, DraftField } from './types.ts';

/**
 * The editor's decisions on a stored draft (SPEC: "the desk lets the editor accept, swap or drop
 * each drafted element"). Pure: the stored draft and the analysis' current fields in, the fields
 * to change and the new draft out. Decisions are kept in the draft under `decisions`
 * ("stats.2" → "accepted" | "dropped" | "swapped").
 */
export type DraftAction = { op: 'accept' | 'drop'; field: DraftField; index: number } | { op: 'swap'; field: DraftField; index: number; candidate: number };

export type Decision = 'accepted' | 'dropped' | 'swapped';

/** The stored draft as JSON (a Draft plus `decisions` and `given`), read defensively. */
export type StoredDraft = Record<string, unknown> & { decisions?: Record<string, Decision>; candidates?: Record<string, unknown> };

/** The analysis fields a decision may change (stats as {value,label}; pull_quote as its text). */
export interface DraftedFields {
  headline: string;
  dek: string | null;
  highlight: string | null;
  category: string | null;
  stats: { value: string; label: string }[];
  rundown: string[];
  pull_quote: string | null;
  tags: string[];
}

const LIST_FIELDS = new Set<DraftField>(['stats', 'rundown', 'tags']);

/** Returns a draft element's value as the analysis stores it. */
function stored(field: DraftField, value: unknown): unknown {
  if (field === 'pull_quote') return (value as { text?: string } | null)?.text ?? null;
  if (field === 'stats') {
    const s = value as { value?: string; label?: string };
    return { value: String(s.value ?? ''), label: String(s.label ?? '') };
  }
  return value;
}

// jsonb gives keys back in its own order: compare objects key by key, not as JSON text.
const canonical = (v: unknown): string => (v && typeof v === 'object' && !Array.isArray(v) ? JSON.stringify(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]])) : JSON.stringify(v));
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** Returns the drafted elements of a field as a list (single fields as a list of zero or one). */
export function elementsOf(draft: StoredDraft, field: DraftField): Choice<unknown>[] {
  const v = draft[field];
  if (LIST_FIELDS.has(field)) return Array.isArray(v) ? (v as Choice<unknown>[]) : [];
  return v && typeof v === 'object' ? [v as Choice<unknown>] : [];
}

/** Returns the runner-up candidates of a field. */
export function candidatesOf(draft: StoredDraft, field: DraftField): Choice<unknown>[] {
  const c = draft.candidates?.[field];
  return Array.isArray(c) ? (c as Choice<unknown>[]) : [];
}

/**
 * Applies one decision. Returns the fields to write (only the one touched) and the new draft, or
 * an error message when the element or candidate does not exist.
 */
export function applyDraftAction(draft: StoredDraft, current: DraftedFields, action: DraftAction): { changes: Partial<DraftedFields>; draft: StoredDraft } | { error: string } {
  const elements = [...elementsOf(draft, action.field)];
  const element = elements[action.index];
  if (!element) return { error: `${action.field}: no drafted element ${action.index + 1}` };
  const key = `${action.field}.${action.index}`;
  const decisions = { ...(draft.decisions ?? {}) };
  const isList = LIST_FIELDS.has(action.field);
  const old = stored(action.field, element.value);
  const changes: Partial<DraftedFields> = {};
  const list = isList ? [...(current[action.field as 'stats' | 'rundown' | 'tags'] as unknown[])] : [];
  const at = isList ? list.findIndex((x) => same(x, old)) : -1;
  let next = draft;

  if (action.op === 'accept') {
    decisions[key] = 'accepted';
    if (isList && at < 0) (changes as Record<string, unknown>)[action.field] = [...list, old];
    if (!isList && !same(current[action.field], old)) (changes as Record<string, unknown>)[action.field] = old;
  } else if (action.op === 'drop') {
    decisions[key] = 'dropped';
    if (isList && at >= 0) (changes as Record<string, unknown>)[action.field] = list.filter((_, i) => i !== at);
    if (!isList && same(current[action.field], old)) (changes as Record<string, unknown>)[action.field] = action.field === 'headline' ? current.headline : null;
  } else if (action.op === 'swap') {
    const candidates = [...candidatesOf(draft, action.field)];
    const chosen = candidates[action.candidate];
    if (!chosen) return { error: `${action.field}: no candidate ${action.candidate + 1}` };
    // The swapped-out element becomes a candidate in its place, so a swap can be undone.
    candidates[action.candidate] = element;
    elements[action.index] = chosen;
    decisions[key] = 'swapped';
    const value = stored(action.field, chosen.value);
    if (isList) (changes as Record<string, unknown>)[action.field] = at >= 0 ? list.map((x, i) => (i === at ? value : x)) : [...list, value];
    else (changes as Record<string, unknown>)[action.field] = value;
    next = { ...draft, [action.field]: isList ? elements : chosen, candidates: { ...(draft.candidates ?? {}), [action.field]: candidates } };
  }
  return { changes, draft: { ...next, decisions } };
}
