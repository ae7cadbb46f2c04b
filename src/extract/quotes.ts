import { nameRuns, resolveSurname, stripTitles } from './names.ts';
import type { Sentence } from './sentences.ts';
import type { Quote } from './types.ts';

/**
 * Direct quotations and who said them. A quotation is a span in straight or curly double quotes
 * (possibly several sentences, possibly left open at the paragraph's end as news style does for
 * quotes running into the next paragraph). The speaker comes from the attribution right after
 * the quote ("…," Shihipar said / said X / X told Reuters) or right before it (X said: "…";
 * according to X), with pronouns resolved to the last named speaker and surnames to the full name
 * introduced earlier. Short quoted terms (1–3 words) without attribution are scare quotes, not quotes.
 */
const VERBS = 'sagte|sagt|erklärte|betonte|so|a déclaré|a dit|dijo|said|says|say|added|adds|wrote|writes|told|tells|explained|explains|noted|notes|continued|stated|states|argued|argues|asked|tweeted|posted|declared|warned|warns|insisted|acknowledged|acknowledges|replied|recalled|claimed|claims|cautioned|emphasized|emphasised|stressed|admitted|confirmed|announced|conceded|predicted|remarked|observed|commented|responded|suggested';
const PRONOUN = /^(?:he|she|they|we|i)$/i;
const PRONOUN_LIKE = /^(?:he|she|they|we|i|it)$/i;
const AFTER_SPEAKER_VERB = new RegExp(`^[\\s,.—–-]*(?<who>[^.!?"“”]{1,140}?)\\s+(?:${VERBS})\\b`, 'i');
const AFTER_VERB_SPEAKER = new RegExp(`^[\\s,.—–-]*(?:${VERBS})\\s+(?<who>[^.!?;"“”]{1,120})`, 'i');
const AFTER_ACCORDING = /^[\s,.—–-]*according to\s+(?<who>[^.!?;"“”]{1,120})/i;
const BEFORE_SPEAKER_VERB = new RegExp(`(?:^|[.!?]\\s|,\\s|\\band\\s|\\bbut\\s)(?<who>[^.!?"“”]{1,140}?)\\s+(?:${VERBS}|called (?:it|them|this|that)|described (?:it|them|this) as)(?:\\s+(?:in|on|at|to|during|via|through|after|from|by)\\s+[^:"“”]{1,60}?|\\s+\\p{Lu}[\\p{L}]+(?:\\s\\p{Lu}[\\p{L}]+)?|\\s+(?:reporters|journalists|the\\s+[\\p{L}\\s]{1,40}?))?[,:]?\\s*$`, 'iu');
const BEFORE_ACCORDING = /according to\s+(?<who>[^.!?;"“”]{1,120}?),?\s*$/i;

interface RawQuote {
  text: string;
  open: number;
  close: number; // index after the closing mark (or paragraph end)
}

/** Finds the quoted spans in a paragraph, pairing curly marks and alternating straight ones. */
export function quotedSpans(paragraph: string): RawQuote[] {
  const out: RawQuote[] = [];
  let i = 0;
  while (i < paragraph.length) {
    const ch = paragraph[i]!;
    if (ch === '“' || ch === '"' || ch === '„' || ch === '«') {
      const closer = ch === '“' ? /[”"]/g : ch === '„' ? /[“”]/g : ch === '«' ? /»/g : /"|”/g;
      closer.lastIndex = i + 1;
      const m = closer.exec(paragraph);
      const end = m ? m.index : paragraph.length;
      const text = paragraph.slice(i + 1, end).trim().replace(/[,\s]+$/, '');
      out.push({ text, open: i, close: m ? end + 1 : end });
      i = m ? end + 1 : paragraph.length;
      continue;
    }
    i++;
  }
  return out;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Picks the speaker out of an attribution clause: "Anthropic spokesperson Thariq Shihipar",
 * "Steve Clarke, deputy administrator at NASA", "Coastline Rail's operations chief, Imogen Hart",
 * "the company". The first comma-separated part holding a name that is not a possessive owner
 * wins; within it a full name (two words or more) beats an organisation word before it.
 */
function speakerOf(clause: string): string | null {
  const c = clause.trim().replace(/^[,\s]+|[,\s]+$/g, '');
  if (c === '') return null;
  if (PRONOUN_LIKE.test(c)) return c.toLowerCase();
  for (const part of c.split(/,\s*/)) {
    const runs = nameRuns(part)
      .filter((r) => !new RegExp(`${escape(r)}[’']s\\b`).test(part))
      .map(stripTitles)
      .filter((r) => !/^(?:The|A|An|In|On|At|But|And|Mr|Ms|Mrs|Dr)\.?$/.test(r));
    if (!runs.length) continue;
    const full = runs.filter((r) => r.includes(' '));
    return full.length ? full[full.length - 1]! : runs[runs.length - 1]!;
  }
  // "the company", "a spokesperson", "officials": keep a short descriptive speaker.
  const head = c.split(',')[0]!.trim();
  const m = /^(?:the|a|an|its|their|his|her)\s+[\p{Ll}\s-]{2,40}$/u.exec(head) ?? /^(?:officials|police|analysts|critics|researchers|investigators|prosecutors)$/i.exec(head);
  return m ? m[0] : null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// "Dr. Alicia Moreno": the title's period is not a sentence end for the attribution patterns.
const TITLE_DOT = /\b(Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|St|Lt|Col|Sgt|Capt|Gov|Supt|Det|Rev|Hon)\.\s/g;
// `X told Reuters the union would stay out "as long as it takes."`: the sentence's subject speaks.
const BEFORE_IN_SENTENCE = new RegExp(`(?:^|[.!?]\\s)(?<who>[^.!?"“”,]{1,60}?)\\s+(?:${VERBS})\\b[^.!?"“”]*$`, 'i');

/** The speaker named around a quote, and whether the attribution follows the quote directly (`…," X said`). */
function attribution(paragraph: string, q: RawQuote): { speaker: string; after: boolean } | null {
  const after = paragraph.slice(q.close, q.close + 200).replace(TITLE_DOT, '$1 ');
  for (const re of [AFTER_ACCORDING, AFTER_VERB_SPEAKER, AFTER_SPEAKER_VERB]) {
    const m = re.exec(after);
    const who = m?.groups?.['who'];
    if (!who) continue;
    // The clause must start right after the quote: `…," X said` — not a later sentence.
    if (re === AFTER_SPEAKER_VERB && /[.!?]\s*$/.test(paragraph.slice(q.open, q.close).replace(/["”]$/, '')) && /^\s+\p{Lu}/u.test(after) && !/^\s+(?:he|she|they)\b/i.test(after)) {
      // `"… done." Smith said.` still attributes; `"… done." The market fell, analysts said` does not.
      if (wordCount(who) > 4) continue;
    }
    const s = speakerOf(who.replace(/\s(?:who|which|in a|at a|on a)\s.*$/, ''));
    if (s) return { speaker: s, after: true };
  }
  const before = paragraph.slice(Math.max(0, q.open - 200), q.open).replace(TITLE_DOT, '$1 ');
  for (const re of [BEFORE_ACCORDING, BEFORE_SPEAKER_VERB, BEFORE_IN_SENTENCE]) {
    const who = re.exec(before)?.groups?.['who'];
    if (!who) continue;
    const s = speakerOf(who);
    if (s) return { speaker: s, after: false };
  }
  return null;
}

/** Returns the quotes of an article, given its paragraphs and their sentences. */
export function findQuotes(paragraphs: readonly string[], sentences: readonly Sentence[][], knownNames: readonly string[] = []): Quote[] {
  const out: Quote[] = [];
  const names: string[] = [...knownNames];
  let lastSpeaker: string | null = null;
  paragraphs.forEach((paragraph, pi) => {
    const spans = quotedSpans(paragraph);
    // Names introduced in this paragraph ("Northwind partner Daniel Osei … Osei said") resolve its own surnames.
    for (const run of nameRuns(paragraph)) if (run.includes(' ')) names.push(stripTitles(run));
    for (const q of spans) {
      const found = attribution(paragraph, q);
      let speaker = found?.speaker ?? null;
      const words = wordCount(q.text);
      if (speaker && PRONOUN.test(speaker)) speaker = lastSpeaker;
      else if (speaker === 'it') speaker = null;
      else if (speaker && /^\p{Lu}/u.test(speaker)) speaker = resolveSurname(speaker, names);
      // A second quote in the same paragraph with no attribution of its own shares the first one's.
      const prev = out[out.length - 1];
      if (!speaker && prev && prev.evidence.paragraph === pi) speaker = prev.speaker;
      // A quote opening a paragraph right after an attributed one continues it (news style).
      if (!speaker && q.open === 0 && words > 3 && out.length && out[out.length - 1]!.evidence.paragraph === pi - 1) speaker = out[out.length - 1]!.speaker;
      // A scare quote or a quoted term ("optimistic" projections) — unless it is a whole utterance:
      // "No comment." or `"We will appeal," Roe said`.
      if (words <= 3 && !/[.!?]$/.test(q.text) && !found?.after) continue;
      if (words < 1) continue;
      const evidence = sentenceAt(sentences[pi] ?? [], q.open + 1, paragraph);
      out.push({ text: q.text, speaker, evidence: { paragraph: pi, sentence: evidence } });
      // Pronouns point at people: only a full name (two words or more) becomes their antecedent.
      if (speaker && /^\p{Lu}\S* \S/u.test(speaker)) lastSpeaker = speaker;
    }
  });
  return out;
}

function sentenceAt(sentences: readonly Sentence[], offset: number, paragraph: string): string {
  let found = sentences[0]?.text ?? paragraph;
  for (const s of sentences) if (s.start <= offset) found = s.text;
  return found;
}
