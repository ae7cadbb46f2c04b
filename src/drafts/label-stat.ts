import type { DateFact, Figure } from '../extract/types.ts';
import { titleCase } from './text.ts';

/**
 * Stat values and card labels (SPEC "Drafts and checks": each `value` the figure as the article
 * states it or a compact form — "~25,000", "28 million" —, each `label` a short title saying what
 * is counted or what happens then — "Alleged Fake Accounts", "Ban Effective Date", "Hidden Since" —,
 * keeping the sentence's qualifiers: alleged, planned, expected).
 */

// The sentence hedges the fact as a claim, a plan or a forecast: the card says so.
const QUALIFIERS: [RegExp, string][] = [
  [/\b(?:alleged(?:ly)?|suspected|purported(?:ly)?|accused|claims?|claimed)\b|\bsaid (?:its |that )?(?:researchers |investigators |it )?(?:had )?(?:found|traced|detected|identified|uncovered)\b/i, 'Alleged'],
  [/\b(?:plans?|planned|planning|intends?|will|aims? to|proposed|scheduled)\b/i, 'Planned'],
  [/\b(?:expected|expects?|forecasts?|projected|projects|anticipated|estimates?|estimated)\b/i, 'Expected'],
];

/** Returns the qualifier word the card should keep ("Alleged", "Planned", "Expected"), or null. */
export function qualifierOf(sentence: string): string | null {
  for (const [re, word] of QUALIFIERS) if (re.test(sentence)) return word;
  return null;
}

const APPROX_BEFORE: [RegExp, (n: string) => string][] = [
  [/(?:about|roughly|around|approximately|approx\.|some|an estimated|estimated|close to|~)\s*$/i, (n) => `~${n}`],
  [/(?:more than|over|upwards of|at least|in excess of|north of|just over)\s*$/i, (n) => `${n}+`],
  [/(?:nearly|almost|just under)\s*$/i, (n) => `Nearly ${n}`],
  [/(?:up to|as many as|as much as)\s*$/i, (n) => `Up to ${n}`],
  [/(?:less than|fewer than|under)\s*$/i, (n) => `Under ${n}`],
];

/** Returns a figure's stat value: its text as stated, its hedge kept compact ("~3,400", "500+", "Up to 5 years"). */
export function figureValue(f: Figure): string {
  const text = f.text.trim();
  if (/^~|^(?:about|nearly|more than|up to|over|at least|roughly|around)\b/i.test(text) || /\+$|-plus$/.test(text)) return text.replace(/^roughly\s+|^about\s+|^around\s+/i, '~');
  const sentence = f.evidence.sentence;
  const at = sentence.indexOf(text);
  const before = at >= 0 ? sentence.slice(Math.max(0, at - 30), at) : '';
  const q = (f as { qualifier?: unknown }).qualifier;
  if (typeof q === 'string' && q) {
    for (const [re, fmt] of APPROX_BEFORE) if (re.test(`${q} `)) return fmt(text);
  }
  for (const [re, fmt] of APPROX_BEFORE) if (re.test(before)) return fmt(text);
  return text;
}

const FALLBACK_BY_KIND: Record<string, string> = { money: 'Amount', percent: 'Share', duration: 'Duration', version: 'Version', range: 'Range', count: 'Count', measure: 'Measure' };

/** Returns a figure's card label: what it counts, title-cased, with the sentence's qualifier ("Alleged Fake Accounts"). */
export function figureLabel(f: Figure): string {
  const what = typeof f.label === 'string' && f.label.trim() ? f.label.trim() : null;
  if (!what) return FALLBACK_BY_KIND[f.kind] ?? 'Figure';
  let label = what;
  if (f.kind === 'version' && !/\bversion\b/i.test(label)) label = `${label} version`;
  const q = qualifierOf(f.evidence.sentence);
  if (q && !new RegExp(`^${q}`, 'i').test(label)) label = `${q} ${label}`;
  // A card holds five words; one cut after a function word ends on the last word that names something ("Years Since We Saw").
  const words = label.split(/\s+/).slice(0, 5);
  while (words.length > 1 && /^(?:a|an|the|of|to|in|on|at|for|from|by|with|and|or|his|her|its|their|our|my|your|me|us|them)$/i.test(words[words.length - 1]!)) words.pop();
  return titleCase(words.join(' '));
}

// The news act a date stamps, read from the sentence's verbs: "barring … starting July 10" → Ban.
const ACTS: [RegExp, string][] = [
  [/\b(?:bans?|banned|banning|bars?|barred|barring|prohibit\w*|block\w*)\b/i, 'Ban'],
  [/\b(?:launch\w*)\b/i, 'Launch'], [/\b(?:releas\w*|ships?|shipped|shipping)\b/i, 'Release'], [/\bannounc\w*/i, 'Announcement'],
  [/\bnotif\w*/i, 'Notification'], [/\b(?:filed|files|filing)\b/i, 'Filing'], [/\bpublish\w*/i, 'Publication'], [/\bsign(?:s|ed|ing)\b/i, 'Signing'],
  [/\b(?:clos(?:e|es|ed|ing)|shut\w*)\b/i, 'Closure'], [/\bvot\w*/i, 'Vote'], [/\bhearing\b/i, 'Hearing'], [/\bexpir\w*/i, 'Expiry'],
  [/\barrest\w*/i, 'Arrest'], [/\belect\w*/i, 'Election'], [/\b(?:acquir\w*|acquisition)\b/i, 'Acquisition'], [/\b(?:rais\w*|funding)\b/i, 'Funding'],
  [/\bsentenc\w*/i, 'Sentencing'], [/\b(?:charg\w*|indict\w*)\b/i, 'Charges'], [/\b(?:list(?:s|ed|ing)|IPO)\b/i, 'Listing'], [/\bmeet\w*|\bmet\b/i, 'Meeting'],
  [/\b(?:report\w*)\b/i, 'Report'], [/\b(?:deadline|due)\b/i, 'Deadline'], [/\b(?:disclos\w*)\b/i, 'Disclosure'], [/\b(?:start\w*|begin\w*|began|open\w*)\b/i, 'Start'],
];

function actOf(text: string): string | null {
  for (const [re, noun] of ACTS) if (re.test(text)) return noun;
  return null;
}

/**
 * Returns a date's card label: what happens then ("Ban Effective Date", "Hidden Since",
 * "Notification Date", "Activity Window"). The words around the date decide first; the fact
 * sheet's own `what` (issue 9) names it when they only give a generic title, unless it is a
 * clause fragment ("I boarded a flight", "via USA").
 */
export function dateLabel(d: DateFact): string {
  const label = labelFromSentence(d);
  const what = (d as { what?: unknown }).what;
  if (/^(?:Planned )?Key Date$|^Activity Window$/.test(label) && typeof what === 'string' && what.trim() && !/^(?:i|he|she|we|they|you|it|its|their|but|and|via|as|so|or)\b|\d/i.test(what.trim())) {
    return titleCase(what.trim().split(/\s+/).slice(0, 5).join(' '));
  }
  return label;
}

function labelFromSentence(d: DateFact): string {
  const sentence = d.evidence.sentence;
  const at = sentence.indexOf(d.text);
  const before = (at >= 0 ? sentence.slice(0, at) : sentence).replace(/\s+$/, '');
  const tail = before.toLowerCase();
  const planned = /\b(?:will|plans? to|scheduled|expected)\b/i.test(sentence) ? 'Planned ' : '';
  if ('start' in d) {
    // Only the words leading to the span name its act: "the report says" after it is not what happened then.
    const act = actOf(before);
    return titleCase(`${act && act !== 'Start' && act !== 'Report' ? act : 'Activity'} window`);
  }
  if (/\b(?:starting|effective|from|beginning|as of|takes? effect|go(?:es)? into effect|come into force)(?: on)?$/.test(tail)) {
    const act = actOf(before);
    return titleCase(`${act && act !== 'Start' ? act : ''} effective date`.trim());
  }
  if (/\bsince$/.test(tail)) {
    const participle = /\b(\w+(?:ed|en|wn))\b(?!.*\b\w+(?:ed|en|wn)\b)/i.exec(before.split(/,/).pop() ?? before)?.[1];
    return titleCase(participle ? `${participle} since` : 'since');
  }
  if (/\b(?:by|until|before|no later than)$/.test(tail)) return titleCase(`${actOf(before) ?? ''} deadline`.trim());
  const act = actOf(before.split(/\s+/).slice(-8).join(' ')) ?? actOf(sentence);
  return titleCase(`${planned}${act ?? 'Key'} date`);
}
