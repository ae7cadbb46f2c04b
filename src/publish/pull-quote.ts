/**
 * The pull quote (SPEC "Analysis": `pull_quote` is a string, or `{text, speaker}`). Editors often
 * type the quotation marks themselves; the page adds its own, so the text is stored and rendered
 * without them (issue 11: `“"We are…" — Wu Lan”` printed doubled marks).
 */
export interface PullQuote {
  text: string;
  speaker: string | null;
}

// Straight, curly, low-9, guillemets and CJK corner brackets, opening and closing.
const OPEN = `"'“‘„‚«‹「『`;
const CLOSE = `"'”’“‘»›」』`;

/** Returns `text` trimmed, without one pair of quotation marks wrapping it whole. */
export function unquote(text: string): string {
  let t = text.trim();
  if (t.length >= 2 && OPEN.includes(t[0]!) && CLOSE.includes(t[t.length - 1]!)) {
    const inner = t.slice(1, -1);
    // "A" said "B" keeps its marks: only strip when the inner text has no other mark of the opening kind.
    if (!inner.includes(t[0]!) || t[0] === '“') t = inner.trim();
  }
  return t;
}

/** Returns the pull quote given in any accepted form, normalised (text unquoted; blank → null). */
export function toPullQuote(input: string | { text: string; speaker?: string | null | undefined } | null | undefined): PullQuote | null {
  if (input === null || input === undefined) return null;
  const raw = typeof input === 'string' ? { text: input, speaker: null } : { text: input.text, speaker: input.speaker ?? null };
  const text = unquote(raw.text);
  if (text === '') return null;
  const speaker = raw.speaker === null ? null : raw.speaker.trim().replace(/^[—–-]\s*/, '') || null;
  return { text, speaker };
}

/** Returns the API form: the plain string when there is no speaker (compatible with older clients), else {text, speaker}. */
export function pullQuoteWire(text: string | null, speaker: string | null): string | PullQuote | null {
  if (text === null || text.trim() === '') return null;
  return speaker ? { text, speaker } : text;
}
