import { quotationAround } from './dates.ts';
import { pronounGenderOfGivenName } from './given-names.ts';
import type { DateFact, Entity } from './types.ts';

// How far back a "he" or "she" reaches for the person it means: its own paragraph and the two before.
const REACH = 2;

/**
 * Dates whose `what` opens on "he" or "she" ("In 1961, he found that tiny differences …") with the pronoun named: the person the
 * article named last before it, within its paragraph or the two before, and of the pronoun's gender when the given name tells
 * one ("Edward Lorenz found that tiny differences …"). Out of its sentence, "he found" tells an editor nothing. Pure.
 */
export function nameDateSubjects(dates: readonly DateFact[], paragraphs: readonly string[], entities: readonly Entity[]): DateFact[] {
  const people = entities.filter((e) => e.type === 'person' && e.name.includes(' '));
  if (!people.length) return [...dates];
  return dates.map((d) => {
    const pronoun = /^(he|she)\s+(?=\p{Ll})/iu.exec(d.what ?? '');
    if (!pronoun) return d;
    const p = d.evidence.paragraph;
    const paragraph = paragraphs[p] ?? '';
    const sentenceAt = paragraph.indexOf(d.evidence.sentence);
    // The pronoun's place: the what's first two words in its sentence.
    const opening = d.what!.split(/\s+/).slice(0, 2).join(' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const within = sentenceAt < 0 ? -1 : d.evidence.sentence.search(new RegExp(`(?<![\\p{L}])${opening}(?![\\p{L}])`, 'iu'));
    // (not inside a quotation: "“He sent me to Mexico on May 2,” he said" — the speaker's "he" is someone else)
    if (within < 0) return d;
    const [from, to] = quotationAround(d.evidence.sentence, within);
    if (to - from < d.evidence.sentence.length) return d;
    const before = [...paragraphs.slice(Math.max(0, p - REACH), p), paragraph.slice(0, sentenceAt + within)].join('\n');
    const gender = pronoun[1]!.toLowerCase() === 'he' ? 'male' : 'female';
    const named = lastNamed(before, people);
    if (!named) return d;
    // (only a name that tells the pronoun's gender: "Big Machine, says she will …" is Taylor Swift's, whatever a name-like label before it)
    if (genderOfName(named.name) !== gender) return d;
    return { ...d, what: `${named.name} ${d.what!.slice(pronoun[0].length)}` };
  });
}

// Titles that tell a gender: "Prince Andrew", "Queen Elizabeth", "Sir Tim Berners-Lee".
const MALE_TITLE = /^(?:Mr|Sir|Lord|King|Prince|Duke|Father|Brother|Pope)\.?$/;
const FEMALE_TITLE = /^(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess|Duchess|Sister)\.?$/;

/** The gender a person's name tells by its given name or its title, if any. */
function genderOfName(name: string): 'male' | 'female' | null {
  const first = name.split(' ')[0]!;
  return MALE_TITLE.test(first) ? 'male' : FEMALE_TITLE.test(first) ? 'female' : pronounGenderOfGivenName(first);
}

/** The person whose name, or a shorter form of it, comes last in `text`. */
function lastNamed(text: string, people: readonly Entity[]): Entity | null {
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of people) {
    const surname = e.name.split(' ').pop()!;
    for (const form of [e.name, ...e.aliases, surname]) {
      const at = lastWordAt(text, form);
      if (at > bestAt) {
        bestAt = at;
        best = e;
      }
    }
  }
  return best;
}

/** The last place `word` stands in `text` as a whole word, or -1. */
function lastWordAt(text: string, word: string): number {
  for (let at = text.lastIndexOf(word); at >= 0; at = at ? text.lastIndexOf(word, at - 1) : -1) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) return at;
  }
  return -1;
}
