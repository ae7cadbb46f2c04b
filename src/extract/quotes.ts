import { NAME_PARTICLES, nameRuns, resolveSurname, stripTitles } from './names.ts';
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
const AFTER_VERB_SPEAKER = new RegExp(`^[\\s,.—–-]*(?:${VERBS.replace(/\|told\|tells/, '')})\\s+(?<who>[^.!?;"“”]{1,120})`, 'i');
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

/** A speaker and the role the attribution gives them. */
export interface Speaker {
  speaker: string;
  role: string | null;
}

// Words that make a clause a role rather than a name: "spokesperson", "chief executive", "analyst at".
const ROLE_WORDS = /\b(?:spokes(?:person|man|woman|people)|representatives?|officials?|executives?|chief|head|director|manager|president|chair(?:man|woman)?|founder|co-founder|CEO|CFO|CTO|COO|analysts?|economists?|strategists?|researchers?|engineers?|professor|lawyer|attorneys?|prosecutors?|minister|secretary|governor|mayor|senator|spokesperson|partner|adviser|advisor|officer|leader|member|editor|reporter|correspondent|commissioner|ambassador|general|deputy|vice|senior|lead|owner|investor|trader|statement|source)s?\b/i;
// The tail of a capitalised run that names an organisation, not a person: "Public Prosecution", "Emirates Airline".
const ORG_WORD = /^(?:Inc|Corp|Corporation|Ltd|Co|LLC|PLC|AG|SA|GmbH|NV|Group|Holdings|Company|Bank|Airlines?|Airways|Airshow|Aviation|Agency|Authority|Ministry|Department|Office|Council|Commission|Committee|Court|Police|Prosecution|Prosecutors?|University|Institute|Association|Federation|Union|Party|Government|Administration|Board|Bureau|Service|Services|Systems|Technologies|Labs|Motors|Energy|Capital|Partners|Securities|Research|News|Times|Post|Journal|Reuters|Exchange|Fund|Foundation|Center|Centre|Network|Media|Games|Studios|Entertainment|Pharmaceuticals|Therapeutics|Health|Hospital|Army|Navy|Force|Forces|Guard|Reserve|Treasury|Parliament|Congress|Senate|House|Assembly|Cabinet|Council|Secretariat|Organization|Organisation|Alliance|Coalition|Club|League|Team|Airport|Port|Railways?|Rail|Telecom|Communications|Electric|Oil|Gas|Petroleum|Steel|Mining|Insurance|Financial|Investments|Ventures|Industries|Enterprises)$/;
// Capitalised words that open an attribution without naming anyone: numbers, demonyms, generic plurals.
const NOT_SPEAKER = /^(?:(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundreds|Thousands|Dozens|Half|Most|Many|Some|Several|Few|All|Both|Others?)(?:-\w+)?|Americans|Britons|Europeans|Chinese|Canadians|Australians|Germans|People|Voters|Residents|Critics|Experts|Analysts|Officials|Police|Sources|Observers|Supporters|Opponents|Democrats|Republicans)$/u;
// Capitalised words that open a sentence or qualify a name without being part of it ("Because Dempsey", "Australian Timothy Weeks").
const LEAD_WORDS = new Set(`That This These Those Later Earlier Then When While As Because Although Though If After Before Since Until Talking Speaking Asked Writing Meanwhile However
Still Yet Also Even So And But Or Nor For With Without From In On At By To Of About Over Under Australian American British Chinese Canadian French German Indian Irish Italian
Japanese Russian Spanish Swedish Ukrainian Israeli Iranian Mexican Brazilian Korean Dutch Pakistani Afghan Former Then-President Incoming Outgoing Acting Interim Senior Junior
Republican Democratic Democrat Conservative Labour Liberal Independent Sen Rep Gov Lt Col Gen Dr Mr Mrs Ms Prof Rev`.split(/\s+/));
const ARTICLE = /^(?:The|A|An|In|On|At|But|And|Mr|Ms|Mrs|Dr|Its|His|Her|Their)\.?$/;

/** Splits a capitalised run into the role words before it and the person's name at its end ("Director of Public Prosecution Eva-Marie Persson"). */
function personAtEnd(run: string): { name: string; before: string } | null {
  const words = stripTitles(run).split(' ');
  const tail: string[] = [];
  for (let i = words.length - 1; i >= 0 && tail.length < 3; i--) {
    const w = words[i]!;
    if (NAME_PARTICLES.has(w) || ORG_WORD.test(w) || ARTICLE.test(w) || /^\p{Lu}{2,}$/u.test(w) || LEAD_WORDS.has(w) || ROLE_WORDS.test(w)) break;
    tail.unshift(w);
  }
  // Three capitalised words before an organisation word ("Public Prosecution Eva-Marie Persson"): keep the last two as the name.
  if (tail.length === 3 && words.length > 3) tail.shift();
  if (tail.length < 2) return null;
  const name = tail.join(' ');
  return { name, before: run.slice(0, run.lastIndexOf(name)).trim() };
}

function cleanRole(role: string): string | null {
  if (!ROLE_WORDS.test(role)) return null;
  const r = role.replace(/^(?:,|\s|and|the|a|an|said|says|told|who is|who was)+\s*/i, '').replace(/[\s,]+$/, '').replace(/\s+(?:said|says|told|added)$/i, '').trim();
  return r.length >= 2 && /\p{L}/u.test(r) ? r : null;
}

/**
 * Picks the speaker out of an attribution clause (issue 9): "Anthropic spokesperson Thariq
 * Shihipar" → Thariq Shihipar (role "Anthropic spokesperson"); "Steve Clarke, deputy administrator
 * at NASA" → Steve Clarke (role "deputy administrator at NASA"); "a spokesperson for Boeing" →
 * Boeing (role "spokesperson"); "An Anthropic spokesperson" → Anthropic; "the company" → no name,
 * role "the company" (resolved to the article's main organisation by the caller).
 */
export function speakerOf(clause: string): Speaker | null {
  const c = clause.trim().replace(/^[,\s]+|[,\s]+$/g, '').replace(/\s+(?:when|after|before|because|while|as|in an? (?:interview|statement|email|post|tweet)|on (?:Twitter|Facebook|X))\b.*$/i, '');
  if (c === '') return null;
  if (PRONOUN_LIKE.test(c)) return { speaker: c.toLowerCase(), role: null };
  // "a spokesperson for Boeing", "an analyst at Jefferies", "the head of research at Baltic Bank"
  const forOrg = /^(?:an?|the|one|another)\s+((?:[\p{Ll}-]+\s){0,3}?(?:spokes\w+|representatives?|officials?|executives?|analysts?|economists?|lawyers?|attorneys?|sources?|engineers?|researchers?|employees?|members?|adviser|advisor|manager|director|partner|strategist|head of [\p{Ll}\s]+?))\s+(?:for|at|of|from|with)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s(?:of\s|&\s)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,4})/u.exec(c);
  if (forOrg) return { speaker: forOrg[2]!.replace(/[’']s$/, ''), role: forOrg[1]!.trim() };
  const parts = c.split(/,\s*/);
  let orgFallback: Speaker | null = null;
  for (let pi = 0; pi < parts.length; pi++) {
    const part = parts[pi]!;
    const runs = nameRuns(part).filter((r) => !new RegExp(`${escape(r)}[’']s\\b`).test(part) || ROLE_WORDS.test(part.slice(part.indexOf(r) + r.length)));
    for (let ri = runs.length - 1; ri >= 0; ri--) {
      const run = runs[ri]!;
      const person = personAtEnd(run);
      if (person) {
        const inPart = part.slice(0, part.indexOf(run)) + person.before;
        const others = parts.filter((_, i) => i !== pi).join(', ');
        const role = cleanRole(inPart.trim() ? `${inPart.trim()}` : others) ?? cleanRole(others);
        return { speaker: person.name, role };
      }
    }
    // No full name: an organisation or a single name ("Acme", "Shihipar"), with any role words around it.
    const single = runs.map((r) => stripTitles(r).split(' ').filter((w) => !ARTICLE.test(w) && !LEAD_WORDS.has(w)).join(' ')).filter((r) => r !== '' && !ARTICLE.test(r));
    if (single.length && !orgFallback) {
      // "a WeWork spokesperson when contacted by Reuters": the name the role word follows speaks.
      const beforeRole = single.find((r) => new RegExp(`${escape(r)}(?:[’']s)?\\s+(?:\\p{Ll}+\\s+){0,2}${ROLE_WORDS.source.replace(/^\\b/, '')}`, 'iu').test(part));
      const name = (beforeRole ?? single[0]!).replace(/[’']s?$/, '');
      const role = cleanRole(part.replace(new RegExp(`^.*?${escape(name)}(?:[’']s)?`), '')) ?? cleanRole(parts.filter((_, i) => i !== pi).join(', '));
      orgFallback = { speaker: name, role };
    }
  }
  if (orgFallback && !NOT_SPEAKER.test(orgFallback.speaker)) return orgFallback;
  // "the company", "a spokesperson", "officials": a role with no name.
  const head = c.split(',')[0]!.trim();
  const m = /^(?:the|a|an|its|their|his|her)\s+[\p{Ll}\s-]{2,40}$/u.exec(head) ?? /^(?:officials|police|analysts|critics|researchers|investigators|prosecutors)$/i.exec(head);
  return m ? { speaker: '', role: m[0] } : null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// "Dr. Alicia Moreno": the title's period is not a sentence end for the attribution patterns.
const TITLE_DOT = /\b(Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|St|Lt|Col|Sgt|Capt|Gov|Supt|Det|Rev|Hon)\.\s/g;
// `X told Reuters the union would stay out "as long as it takes."`: the sentence's subject speaks.
const BEFORE_IN_SENTENCE = new RegExp(`(?:^|[.!?]\\s|,\\s)(?<who>[^.!?"“”,]{1,60}?)\\s+(?:${VERBS})\\b[^.!?"“”]*$`, 'i');

/** The speaker named around a quote, and whether the attribution follows the quote directly (`…," X said`). */
function attribution(paragraph: string, q: RawQuote): (Speaker & { after: boolean }) | null {
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
    if (s) return { ...s, after: true };
  }
  const before = paragraph.slice(Math.max(0, q.open - 200), q.open).replace(TITLE_DOT, '$1 ');
  for (const re of [BEFORE_ACCORDING, BEFORE_SPEAKER_VERB, BEFORE_IN_SENTENCE]) {
    const who = re.exec(before)?.groups?.['who'];
    if (!who) continue;
    // "Later, in remarks at the party headquarters, Esper said": the part nearest the verb speaks.
    const nearest = who.split(/,\s*/).pop()!;
    const s = (nearest !== who ? speakerOf(nearest) : null) ?? speakerOf(who);
    if (s) return { ...s, after: false };
  }
  return null;
}

/** Returns the quotes of an article, given its paragraphs and their sentences. */
export function findQuotes(paragraphs: readonly string[], sentences: readonly Sentence[][], knownNames: readonly string[] = []): Quote[] {
  const out: Quote[] = [];
  const names: string[] = [...knownNames];
  const roles = new Map<string, string>();
  let lastSpeaker: string | null = null;
  paragraphs.forEach((paragraph, pi) => {
    const spans = quotedSpans(paragraph);
    // Names introduced in this paragraph ("Northwind partner Daniel Osei … Osei said") resolve its own surnames.
    for (const run of nameRuns(paragraph)) {
      const person = personAtEnd(run);
      if (person) names.push(person.name);
    }
    for (const q of spans) {
      const prevQuote = out[out.length - 1];
      const found = attribution(paragraph, q);
      let speaker: string | null = found?.speaker || null;
      let role = found?.role ?? null;
      const words = wordCount(q.text);
      if (speaker && PRONOUN.test(speaker)) {
        // "she said" before any named speaker: the person the article last named in full.
        const recent = prevQuote && prevQuote.evidence.paragraph >= pi - 1 ? lastSpeaker : null;
        speaker = recent ?? (/^(?:he|she)$/i.test(speaker) ? subjectBefore(paragraphs, pi, q.open, names) : null) ?? lastSpeaker;
        role = speaker ? roles.get(speaker) ?? null : null;
      } else if (speaker === 'it') speaker = null;
      else if (speaker && /^\p{Lu}/u.test(speaker)) {
        speaker = resolveSurname(speaker, names);
        role = role ?? roles.get(speaker) ?? null;
      }
      // A second quote in the same paragraph with no attribution of its own shares the first one's.
      const prev = out[out.length - 1];
      if (!speaker && !role && prev && prev.evidence.paragraph === pi) ({ speaker, speaker_role: role } = prev);
      // A quote opening a paragraph right after an attributed one continues it (news style).
      if (!speaker && !role && q.open === 0 && words > 3 && prev && prev.evidence.paragraph === pi - 1) ({ speaker, speaker_role: role } = prev);
      // A scare quote or a quoted term ("optimistic" projections) — unless it is a whole utterance:
      // "No comment." or `"We will appeal," Roe said`.
      if (words <= 3 && !/[.!?]$/.test(q.text) && !found?.after) continue;
      if (words < 2) continue;
      const evidence = sentenceAt(sentences[pi] ?? [], q.open + 1, paragraph);
      out.push({ text: q.text, speaker, speaker_role: role, evidence: { paragraph: pi, sentence: evidence } });
      if (speaker && role && !roles.has(speaker)) roles.set(speaker, role);
      // Pronouns point at people: only a full name (two words or more) becomes their antecedent.
      if (speaker && /^\p{Lu}\S* \S/u.test(speaker)) lastSpeaker = speaker;
    }
  });
  return out;
}

/** The person a pronoun most likely means: the name opening the latest sentence before the quote (this paragraph, then the one before). */
function subjectBefore(paragraphs: readonly string[], pi: number, offset: number, names: readonly string[]): string | null {
  for (const [p, end] of [[pi, offset], [pi - 1, Infinity]] as const) {
    const text = paragraphs[p]?.slice(0, end);
    if (!text) continue;
    const sentences = text.split(/(?<=[.!?]["”]?)\s+/).reverse();
    for (const s of sentences) {
      const run = nameRuns(s.replace(/^["“]/, ''))[0];
      if (!run || !s.replace(/^["“]/, '').replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s/, '').startsWith(stripTitles(run).split(' ')[0]!)) continue;
      const person = personAtEnd(run) ?? (run.includes(' ') || LEAD_WORDS.has(run) || ARTICLE.test(run) ? null : { name: run, before: '' });
      if (person) return resolveSurname(person.name, names);
    }
  }
  return null;
}

function sentenceAt(sentences: readonly Sentence[], offset: number, paragraph: string): string {
  let found = sentences[0]?.text ?? paragraph;
  for (const s of sentences) if (s.start <= offset) found = s.text;
  return found;
}
