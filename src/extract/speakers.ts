import { COMMON_NOUNS } from './common-nouns.ts';
import { GAZETTEER_ORGANIZATIONS, GAZETTEER_PLACES } from './gazetteer.ts';
import { genderOfGivenName, isGivenName, pronounGenderOfGivenName } from './given-names.ts';
import { LEADING_KIND, NAME_PARTICLES, nameRuns, stripTitles } from './names.ts';

/**
 * Who a quote's attribution means (issue 9): the people an article names in full, with the roles
 * and ages it gives them, so that a surname ("Zoghlin"), a pronoun ("she said"), a description
 * ("the president", "the 56-year-old"), an acronym ("the DEA") or "it"/"they" resolves to the
 * full name the article gives; and the check that what is left is a name, not a fragment.
 */

// Words that make a clause a role rather than a name: "spokesperson", "chief executive", "analyst at".
export const ROLE_WORDS = /\b(?:spokes(?:person|man|woman|people)|representatives?|officials?|executives?|chief|head|director|manager|president|chair(?:man|woman)?|founder|co-founder|CEO|CFO|CTO|COO|analysts?|economists?|strategists?|researchers?|engineers?|professor|lawyer|attorneys?|prosecutors?|minister|secretary|governor|mayor|senator|spokesperson|partner|adviser|advisor|officer|leader|member|editor|reporter|correspondent|commissioner|ambassador|general|deputy|vice|senior|lead|owner|investor|trader|statement|source)s?\b/i;
// The tail of a capitalised run that names an organisation, not a person: "Public Prosecution", "Emirates Airline".
export const ORG_WORD = /^(?:Inc|Corp|Corporation|Ltd|Co|LLC|PLC|AG|SA|GmbH|NV|Group|Holdings|Company|Bank|Airlines?|Airways|Airshow|Aviation|Agency|Authority|Ministry|Department|Office|Council|Commission|Committee|Court|Police|Prosecution|Prosecutors?|University|Institute|Association|Federation|Union|Party|Government|Administration|Board|Bureau|Service|Services|Systems|Technologies|Labs|Motors|Energy|Capital|Partners|Securities|Research|News|Times|Post|Journal|Reuters|Exchange|Fund|Foundation|Center|Centre|Network|Media|Games|Studios|Entertainment|Pharmaceuticals|Therapeutics|Health|Hospital|Army|Navy|Force|Forces|Guard|Reserve|Treasury|Parliament|Congress|Senate|House|Assembly|Cabinet|Council|Secretariat|Organization|Organisation|Alliance|Coalition|Club|League|Team|Airport|Port|Railways?|Rail|Telecom|Communications|Electric|Oil|Gas|Petroleum|Steel|Mining|Insurance|Financial|Investments|Ventures|Industries|Enterprises|Productions|Directorate|Laboratory|Laboratories|System|Systems|Program|Programme|Project|Mission|Station|Stadium|Theater|Theatre|Museum|Road|Street|Avenue|Bridge|Track|Magazine|Psychiatry|Medicine|Review|Daily|Weekly|Store|Stores|Market|Markets)$/;
// Capitalised words that open a sentence or qualify a name without being part of it ("Because Dempsey", "Unlike Musk", "Australian Timothy Weeks",
// "Says Logan Green, …:" — a verb of speech set before its subject).
// (with the conjunctions and adverbs that open a sentence in Spanish, French, German, Italian: "Pero si fuera …, le dijo")
export const LEAD_WORDS = new Set(`That This These Those Later Earlier Then When While As Because Although Though If After Before Since Until Talking Speaking Asked Writing Meanwhile However
Still Yet Also Even So And But Or Nor For With Without From In On At By To Of About Over Under Australian American British Chinese Canadian French German Indian Irish Italian
Japanese Russian Spanish Swedish Ukrainian Israeli Iranian Mexican Brazilian Korean Dutch Pakistani Afghan Former Then-President Incoming Outgoing Acting Interim Senior Junior
Republican Democratic Democrat Conservative Labour Liberal Independent Sen Rep Gov Lt Col Gen Dr Mr Mrs Ms Prof Rev Ah Oh Alas Hey Yes Well
Unlike Like Despite Besides Including Against Among Amid Amidst Alongside Behind Beyond Toward Towards Through Throughout Within Upon Into Onto Except Per Via
Following Regarding Unless Whereas Whether Once Across Around Between Beneath Versus
Says Said Adds Added Writes Wrote Explains Explained Recalls Recalled Counters Countered
Pero Aunque Cuando Porque Pues Sino Mais Donc Alors Quand Puis Aber Doch Dann Wenn Però Quando Perché`.split(/\s+/));
export const ARTICLE = /^(?:The|A|An|In|On|At|But|And|Mr|Ms|Mrs|Dr|Its|His|Her|Their)\.?$/;

// A joiner that keeps "Sonya A. Zoghlin" and "James Kennedy Jr." one capitalised run (a combining mark, so a name character).
const JOIN = '\u034F';
const INITIAL = /(?<![\p{L}.])(\p{Lu})\.\s+(?=\p{Lu}\p{Ll})/gu;
const SUFFIX = /,?\s+(Jr|Sr)\.?(?=[\s,;:)]|$)/g;
const GLUED_INITIAL = new RegExp(`^\\p{Lu}\\.${JOIN}`, 'u');

/** Glues middle initials and Jr./Sr. to the name around them, so a run of name words keeps them. */
export function glueInitials(text: string): string {
  // (Memoised: articlePeople glues each paragraph twice, and the quote reader glues the same sentences again.)
  let out = GLUED.get(text);
  if (out === undefined) {
    if (GLUED.size > 4096) GLUED.clear();
    out = text.replace(INITIAL, `$1.${JOIN}`).replace(SUFFIX, `${JOIN}$1`);
    GLUED.set(text, out);
  }
  return out;
}
const GLUED = new Map<string, string>();

/** Undoes glueInitials on a name taken from glued text. */
export function unglue(name: string): string {
  return name.includes(JOIN) ? name.replace(GLUED_SUFFIX, ' $1.').replace(JOINS, ' ') : name;
}
const GLUED_SUFFIX = new RegExp(`${JOIN}(Jr|Sr)\\.?`, 'g');
const JOINS = new RegExp(JOIN, 'g');

// A dot that ends no sentence: "U.S.", "Jr.", a middle initial. Masked in attribution windows so "[.!?]" finds only real ends.
const DOT_MASK = '\u2024';
/** Masks abbreviation dots ("U.S.", "Sonya A. Zoghlin", "Jr.") so sentence-end patterns skip them. */
// The quote reader masks the same paragraphs again for each quote it weighs: the last few hundred results are kept.
const masked = new Map<string, string>();
export function maskAbbreviations(text: string): string {
  let out = masked.get(text);
  if (out !== undefined) return out;
  out = maskText(text);
  if (masked.size >= 512) masked.clear();
  masked.set(text, out);
  return out;
}
function maskText(text: string): string {
  return text
    .replace(/\b(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, DOT_MASK))
    .replace(/(?<![\p{L}.])(\p{Lu})\.(?=\s+\p{Lu}\p{Ll})/gu, `$1${DOT_MASK}`)
    .replace(/\b(Jr|Sr|Inc|Corp|Co|Ltd|St|No)\.(?=\s*[,\p{Ll}]|\s+(?:said|says|told|added)\b)/gu, `$1${DOT_MASK}`)
    // "Sen. Elizabeth Warren, D-Mass., said", "of Sacramento, Calif., said": a dot right before a comma ends an abbreviation, never a sentence.
    .replace(/(?<=\p{L})\.(?=,)/gu, DOT_MASK)
    // "Tesla Inc. Chief Executive Officer Elon Musk said": a firm's legal form before its officer's title ends no sentence.
    .replace(/\b(Inc|Corp|Co|Ltd)\.(?=\s+(?:Chief|CEO|CFO|COO|CTO|President|Vice|Chair(?:man|woman)?|Executive|Senior|Director|Head|Founder|Co-founder|Spokes(?:man|woman|person)|Managing|Deputy|General Counsel)\b)/gu, `$1${DOT_MASK}`)
    // "Mrs. Thatcher": a title before a name.
    .replace(/\b(Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev)\.(?=\s+\p{Lu})/gu, `$1${DOT_MASK}`)
    // "on Oct. 31 that": an abbreviated month before its day.
    .replace(/\b(Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.(?=\s+\d)/g, `$1${DOT_MASK}`);
}

export function unmask(text: string): string {
  return text.replace(new RegExp(DOT_MASK, 'g'), '.');
}

/** Splits a capitalised run into the role words before it and the person's name at its end ("Director of Public Prosecution Eva-Marie Persson"). */
export function personAtEnd(run: string): { name: string; before: string } | null {
  // "Rep. Brian Babin (R-TX)": the party-state tag follows the name without being part of it.
  const words = stripTitles(run).replace(/\s+[RDI]-[A-Z]{2}$/, '').split(' ');
  const tail: string[] = [];
  // ("the habits of Turkey I had": the writer's "I" after a name is no part of it)
  // (a title of office never ends a name: "Governor Paul Dean", "Rev. John Bishop" — a surname that is also a title is still a surname)
  const stops = (w: string, i: number): boolean => w === 'I' || NAME_PARTICLES.has(w) || ORG_WORD.test(w) || ARTICLE.test(w) || /^\p{Lu}{2,}$/u.test(w) || LEAD_WORDS.has(w) || ROLE_WORDS.test(w) || (OFFICE.test(w) && !(i === words.length - 1 && i > 0 && genderOfGivenName(words[i - 1]!) !== null));
  let counted = 0; // name words, particles not counted
  for (let i = words.length - 1; i >= 0 && counted < 3; i--) {
    const w = words[i]!;
    // "James Van Der Beek", "Mohammed bin Salman", "Juan de la Cruz": a particle inside a surname, between a name word before it and the surname after.
    if (tail.length && SURNAME_PARTICLE.test(w) && i > 0 && (SURNAME_PARTICLE.test(words[i - 1]!) || !stops(words[i - 1]!, i - 1))) {
      tail.unshift(w);
      continue;
    }
    if (stops(w, i)) break;
    tail.unshift(w);
    counted++;
    // "Stuart R. Kaplan": a given name, a middle initial and a surname are the whole name; the word before ("Enter") is not part of it.
    if (counted === 2 && GLUED_INITIAL.test(tail[1]!)) break;
  }
  while (tail.length && SURNAME_PARTICLE.test(tail[0]!) && tail.length > 1 && !/^\p{Lu}/u.test(tail[0]!)) tail.shift();
  // Three capitalised words before an organisation word ("Public Prosecution Eva-Marie Persson"): keep the last two as the name.
  // (not after a title, which a name of three follows whole: "Prime Minister Michael Joseph Savage")
  const prev = words[words.length - tail.length - 1];
  if (counted === 3 && prev !== undefined && stripTitles(`${prev} X`) !== 'X') {
    tail.shift();
    while (tail.length > 2 && SURNAME_PARTICLE.test(tail[0]!)) tail.shift();
  }
  if (tail.length < 2) return null;
  // "Federal Reserve Bank of New York", "University of North Carolina": the words after an institution's "of" complete its name.
  const at = words.length - tail.length;
  if (words[at - 1] === 'of' && at >= 2 && ORG_WORD.test(words[at - 2]!)) return null;
  const name = tail.join(' ');
  return { name, before: run.slice(0, run.lastIndexOf(name)).trim() };
}

// Particles inside a surname, capitalised or not ("Van Der Beek", "de la Cruz", "bin Salman"); never "of" ("Martin Taylor of Aberdeenshire").
const SURNAME_PARTICLE = /^(?:[Vv]an|[Vv]on|[Dd]er|[Dd]en|[Dd]e|[Dd]el|[Dd]ella|[Dd]a|[Dd]i|[Dd]u|[Ll]a|[Ll]e|bin|bint|ibn|al|el|dos|das|ter|ten)$/;

// Titles of office before a name that names.ts does not strip ("Superintendent Jennifer McCormick").
const OFFICE = /^(?:Cmdr|Cdr|Adm|Maj|Cpl|Pvt|Insp|Supt|Det|Superintendent|Sheriff|Coach|Detective|Inspector|Constable|Trooper|Councilman|Councilwoman|Councillor|Councilor|Assemblyman|Assemblywoman|Congressman|Congresswoman|Dean|Principal|Bishop|Archbishop|Cardinal|Father|Rabbi|Imam|Pastor|Sister|Brother|Chef|Agent|Officer|Deputy|Sergeant|Corporal|Private|Marshal|Commander|Premier|Chancellor|Provost|Auditor|Treasurer|Comptroller|Magistrate|Lawmaker|Legislator|Delegate|Alderman|Supervisor)$/;

// A preposition right before a capitalised run: its first word is the preposition's object ("envoy to Ukraine Kurt Volker").
const AFTER_PREPOSITION = /\b(?:to|for|of|in|from|at|with|across|into|throughout)\s+$/;

/**
 * The person a capitalised run names, without an office, a sentence opener the article writes in
 * lowercase ("Both Johnson" → none, "Hosting Cook" → none) or a place the run follows a
 * preposition with ("envoy to Ukraine Kurt Volker" → Kurt Volker, when the article names Ukraine alone).
 */
export function namedPerson(run: string, people: People, textBefore = ''): { name: string; before: string } | null {
  const person = personAtEnd(run);
  if (!person) return null;
  const pw = person.name.split(' ');
  const shift = (): { name: string; before: string } => ({ name: pw.slice(1).join(' '), before: `${person.before} ${pw[0]}`.trim() });
  if (pw.length >= 3 && (OFFICE.test(pw[0]!) || openerOnly(pw[0]!, people))) return shift();
  if (pw.length >= 3 && person.before === '' && AFTER_PREPOSITION.test(textBefore) && people.runSet.has(pw[0]!)) return shift();
  if (OFFICE.test(pw[0]!)) return null;
  if (openerOnly(pw[0]!, people) && !midSentence(unglue(person.name), people)) return null;
  return person;
}

// English words that open sentences and are never a name's first word.
export const FUNCTION_WORDS: readonly string[] = 'both neither either each every many most some several few all any no not nor yet so but and or if when while whether once after before since until because although though as at by for from in into of on onto over to under with without about this that these those there here then now today yesterday tomorrow what whatever which who whom whose why how where also even still just only already again perhaps maybe instead meanwhile however accordingly thus hence'.split(' ');

interface Mention {
  name: string;
  at: number; // paragraph * 1e6 + offset
  role: string; // the words that describe them where they are named ("CPUC President", "chief executive of Full Fact")
  age: number | null;
  vocative: boolean; // called by in someone's words (“Wahai Aslam, …”, “…, Bartleby?”), not named by the article
}

/** The people an article names in full, in reading order, with their roles and ages; and the words it writes in lowercase. */
export interface People {
  mentions: Mention[];
  lowercase: Set<string>;
  runs: string[]; // every capitalised run, for acronyms and longer forms of organisations
  paragraphs: readonly string[];
  runSet: Set<string>;
  text: string; // the paragraphs joined, for a quick test before a scan
  midCache: Map<string, boolean>;
  speaksCache: Map<string, boolean>;
  subjectGenders: Map<string, Gender | null>; // a surname's gender read from "Patel …, and he …", once per surname
  genders: Map<string, Gender>; // learned where a "he"/"she" quote resolved to a name that marks no gender ("Jo Walton" … "she said")
}

export const pos = (pi: number, offset: number): number => pi * 1e6 + offset;

const LOWER_WORD = /(\p{Ll}[\p{L}'’-]*)|[\p{L}\p{N}]+/gu;

/** Reads the people, roles and ages of an article. */
export function articlePeople(paragraphs: readonly string[], known: readonly string[] = []): People {
  const mentions: Mention[] = known.map((name) => ({ name, at: -1, role: '', age: null, vocative: false }));
  const lowercase = new Set<string>();
  const runs: string[] = [];
  for (const w of FUNCTION_WORDS) lowercase.add(w);
  // (The words /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu finds, read without its look-behind: a word opening with another letter or a
  // digit is passed over whole, so a lower-case letter is only tried where no letter or digit stands before it; 1.6× faster.)
  for (const paragraph of paragraphs) for (const m of paragraph.matchAll(LOWER_WORD)) if (m[1] !== undefined) lowercase.add(m[1].toLowerCase());
  const people: People = { mentions, lowercase, runs, paragraphs, text: paragraphs.join('\n'), midCache: new Map(), speaksCache: new Map(), subjectGenders: new Map(), genders: new Map(), runSet: new Set() };
  // Page furniture glues names together ("Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor"): read the pieces apart too, for names not met otherwise.
  // A given name in brackets names a person the speaker calls by title ("Coach (Frank) Vogel"): read it without them too.
  const unglued = paragraphs.map((p) => {
    const glued = /\p{Ll}{2}\p{Lu}\p{Ll}{2}/u.test(p);
    const bracketed = /\(\p{Lu}\p{Ll}+\) \p{Lu}\p{Ll}/u.test(p);
    if (!glued && !bracketed) return null;
    return p.replace(/(\p{Lu}\p{Ll}{2,})(?=\p{Lu}\p{Ll}{2})/gu, '$1 · ').replace(/\((\p{Lu}\p{Ll}+)\) (?=\p{Lu}\p{Ll})/gu, '· $1 ');
  });
  // Every run first, so that whether a word stands alone anywhere in the article is known while reading the mentions.
  paragraphs.forEach((paragraph, pi) => {
    for (const text of [paragraph, unglued[pi]]) {
      if (!text) continue;
      for (const run of nameRuns(glueInitials(text))) {
        runs.push(unglue(run));
        people.runSet.add(unglue(run));
      }
    }
  });
  paragraphs.forEach((paragraph, pi) => {
    readMentions(paragraph, pi, people);
    if (unglued[pi]) readMentions(unglued[pi]!, pi, people, true);
  });
  return people;
}

function readMentions(paragraph: string, pi: number, people: People, onlyNew = false): void {
  const { mentions } = people;
  {
    const glued = glueInitials(paragraph);
    let from = 0;
    for (const run of nameRuns(glued)) {
      // A run is not always verbatim text ("Robert Aderholt (R-AL)" gives "Robert Aderholt R-AL"): find it by its first word then.
      const idx = glued.includes(run, from) ? glued.indexOf(run, from) : glued.indexOf(run.split(' ')[0]!, from);
      if (idx < 0) continue;
      from = idx + run.split(' ')[0]!.length;
      const person = namedPerson(run, people, glued.slice(Math.max(0, idx - 20), idx)) ?? personBeforeOf(run, people);
      if (!person || /\b[RDI]-[A-Z]{2}\b/.test(person.name)) continue;
      if (onlyNew && mentions.some((m) => m.name === unglue(person!.name))) continue;
      const before = glued.slice(Math.max(0, idx - 60), idx).split(/[.;:!?"“”]/).pop()!.trim().split(/\s+/).slice(-3).join(' ');
      const after = /^[’']?s?,\s+((?:the\s+|a\s+|an\s+)?[^,;.()"“”]{2,80}?)(?=[,;.]|$)/u.exec(glued.slice(idx + run.length));
      const age = after && /^\d{1,3}$/.test(after[1]!) ? Number(after[1]) : null;
      const role = [person.before, /[\p{Ll}]/u.test(before) ? before : '', after && age === null ? after[1]! : ''].join(' ').trim();
      mentions.push({ name: unglue(person.name), at: pos(pi, idx), role, age, vocative: vocative(glued, idx, run) });
    }
  }
}

// Where a name someone is called by stands in their words: opening the quote or after a comma, before a comma or the sentence's end.
const VOCATIVE_BEFORE = /(?:[“"«]|,)\s*(?:\p{Lu}\p{Ll}+\s+)?$/u;
const VOCATIVE_AFTER = /^[,!?]|^\.?\s*[”"»]/u;

/** Whether the name at `at` is one a speaker calls someone by (“Wahai Aslam, janganlah …”, “Will you tell me, Bartleby, where …”), inside a quotation. */
function vocative(text: string, at: number, run: string): boolean {
  return VOCATIVE_AFTER.test(text.slice(at + run.length, at + run.length + 3)) && VOCATIVE_BEFORE.test(text.slice(Math.max(0, at - 12), at)) && insideQuote(text, at);
}

/** Whether an article writes a name only as one its speakers call someone by ("Wahai Aslam"): then it is no longer form of the name it gives. */
export function calledOnly(name: string, paragraphs: readonly string[]): boolean {
  let seen = false;
  for (const p of paragraphs) {
    for (let at = p.indexOf(name); at >= 0; at = p.indexOf(name, at + name.length)) {
      if (!vocative(p, at, name)) return false;
      seen = true;
    }
  }
  return seen;
}

/** Whether offset `at` of a paragraph lies inside a quotation: after an opening curly mark or guillemet not yet closed, or an odd number of straight marks. */
function insideQuote(text: string, at: number): boolean {
  const curly = text.lastIndexOf('“', at);
  if (curly >= 0 && curly > text.lastIndexOf('”', at)) return true;
  const guillemet = text.lastIndexOf('«', at);
  if (guillemet >= 0 && guillemet > text.lastIndexOf('»', at)) return true;
  let straight = 0;
  for (let i = text.indexOf('"'); i >= 0 && i < at; i = text.indexOf('"', i + 1)) straight++;
  return straight % 2 === 1;
}

/** "Martin Taylor of Aberdeenshire": the person before an "of" that names their place or employer. */
function personBeforeOf(run: string, people: People): { name: string; before: string } | null {
  const at = run.lastIndexOf(' of ');
  if (at < 0) return null;
  const head = run.slice(0, at);
  const person = namedPerson(head, people);
  // (a title before the name is no part of it either: "Senator Maria Cantwell of Washington")
  return person && (person.before === '' || stripTitles(head) === person.name) && !ORG_WORD.test(head.split(' ').pop()!) ? person : null;
}

/**
 * The full name a short form means ("Zoghlin" → "Sonya A. Zoghlin", "Eriksson Ek" → "Joel Eriksson
 * Ek"): the latest person named before `at` whose name ends or starts with it, else the first named after.
 */
export function fullName(name: string, people: People, at: number): string {
  const words = name.split(' ');
  const fits = (full: string): boolean => {
    if (full === name) return false;
    const parts = full.replace(/\s+(?:Jr|Sr)\.?$|\s+(?:II|III|IV)$/, '').split(' ');
    if (parts.length <= words.length) return full.split(' ').length > words.length && parts.join(' ') === name;
    const tail = parts.slice(-words.length).join(' ');
    const head = parts.slice(0, words.length).join(' ');
    // ("Te Kaurinui" → "Te Kaurinui Robert Parata": a name the article later shortens to its first words)
    return tail === name || head === name || (parts[0] === words[0] && parts[parts.length - 1] === words[words.length - 1]);
  };
  const before: string[] = [];
  const beforeAt: number[] = [];
  let after: string | null = null;
  for (const m of people.mentions) {
    // (a longer form a speaker calls someone by, "Wahai Aslam, …", is no name the article gives them)
    if (m.vocative || !fits(m.name)) continue;
    if (m.at <= at) {
      before.push(m.name);
      beforeAt.push(m.at);
    } else {
      after = m.name;
      break;
    }
  }
  const latest = before[before.length - 1];
  if (latest) {
    // Two people of one surname ("Hori Parata", later "his son, Te Kaurinui Robert Parata"): the surname alone is the one the article
    // already called by it before the other was named — news style calls the second by a given name.
    if (words.length === 1 && before[0] !== latest && !latest.includes(before[0]!) && !before[0]!.includes(latest)) {
      const introduced = beforeAt[before.indexOf(latest)]!;
      if (bareUse(name, people, beforeAt[0]!, introduced)) return before[0]!;
    }
    // The same person named twice ("Kristi Noem", "Kristi Lynn Noem"): the form the article introduced first.
    const first = (w: string): string => w.split(' ')[0]!;
    const last = (w: string): string => w.split(' ').pop()!;
    // ("Joshua Apte" introduced, "Josh Apte" in an embedded post: a given name and its short form are one person's)
    const sameGiven = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a)));
    return before.find((n) => sameGiven(first(n), first(latest)) && last(n) === last(latest)) ?? latest;
  }
  if (after) return after;
  // "the DEA": the organisation whose initials it is ("Drug Enforcement Administration").
  if (/^\p{Lu}{2,6}$/u.test(name)) {
    const full = people.runs.find((r) => {
      const ws = r.split(' ').filter((w) => !NAME_PARTICLES.has(w) && w !== 'and' && w !== '&' && !ARTICLE.test(w));
      return ws.length === name.length && ws.map((w) => w[0]).join('') === name;
    });
    if (full) return full.replace(/^(?:The|A|An)\s+/, '');
  }
  return name;
}

/** Whether the article writes `surname` alone (no capitalised word right before or after it) between two positions. */
function bareUse(surname: string, people: People, from: number, to: number): boolean {
  for (let p = Math.floor(from / 1e6); p <= Math.floor(to / 1e6) && p < people.paragraphs.length; p++) {
    const text = people.paragraphs[p]!;
    for (let i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + 1)) {
      const at = pos(p, i);
      if (at <= from || at >= to) continue;
      const before = text.slice(Math.max(0, i - 40), i);
      const after = text.slice(i + surname.length, i + surname.length + 40);
      if (/\p{L}$/u.test(before) || /^\p{L}/u.test(after)) continue;
      if (/\p{Lu}[\p{L}.’'-]*\)?\s$/u.test(before) || /^\s\p{Lu}/u.test(after)) continue;
      return true;
    }
  }
  return false;
}

// Nouns that describe no one person the article titled so: anyone at all, institutions, documents, spokespeople.
const NOT_A_TITLE = /^(?:man|woman|person|people|boy|girl|child|patient|user|resident|victim|doctor|officer|source|office|company|firm|department|agency|ministry|government|court|police|group|team|club|campaign|statement|report|release|letter|message|email|e-mail|memo|note|post|tweet|notice|spokes(?:person|man|woman)|representative|official|administration|service|board|council|committee|commission|bureau|authority|union|party|network|website|site|platform|forum|blog|app|newspaper|paper|embassy|military|army|navy|foundation|university|school|hospital|league|federation|association|organi[sz]ation|charity|institute|center|centre|lab|studio|brand|business|store|account|channel|show|outlet|media|press|family|families|relatives?|parents|couple|crew|staff|family members|neighbou?rs|friends|lawyers|attorneys|researchers|scientists|authors|organi[sz]ers|protesters|witnesses|investigators|prosecutors|officials|workers|employees|fans|players)s?$/;

// A person named by their nation, as sports and foreign news write a player or a leader on second mention ("the Argentine said"):
// a closed class of nouns, never a name of its own.
export const DEMONYM = /^(?:Argentine|Argentinian|Brazilian|Uruguayan|Colombian|Chilean|Peruvian|Ecuadorian|Paraguayan|Venezuelan|Mexican|American|Canadian|Jamaican|Portuguese|Spaniard|Frenchman|Frenchwoman|Dutchman|Dutchwoman|Englishman|Englishwoman|Scot|Scotsman|Welshman|Welshwoman|Irishman|Irishwoman|German|Italian|Belgian|Croatian|Croat|Serbian|Serb|Slovenian|Slovakian|Bosnian|Albanian|Greek|Turk|Swede|Norwegian|Dane|Finn|Icelander|Pole|Czech|Austrian|Hungarian|Romanian|Bulgarian|Ukrainian|Russian|Georgian|Israeli|Iranian|Iraqi|Syrian|Lebanese|Egyptian|Moroccan|Algerian|Tunisian|Nigerian|Ghanaian|Senegalese|Cameroonian|Ivorian|Kenyan|Ethiopian|South African|Australian|Aussie|New Zealander|Kiwi|Japanese|Korean|South Korean|Chinese|Indian|Pakistani|Bangladeshi|Afghan|Filipino|Indonesian|Thai|Vietnamese)$/;

// Offices a description names its holder by ("the mayor", "the senator", "the chief executive"): unlike "the Spaniard" or
// "the 56-year-old", a person the article introduced in another office does not hold it.
const HELD_OFFICE = /^(?:mayor|president|vice president|senator|governor|minister|prime minister|secretary|chancellor|premier|ceo|chief executive|chairman|chairwoman|chair|director|spokes(?:person|man|woman)|coach|manager|judge|sheriff|commissioner|congress(?:man|woman)|representative|council(?:man|woman|lor|or| member)|attorney general|prosecutor|ambassador|general|superintendent|principal|dean|founder|owner)$/;

/**
 * The person a title points back to, unless the article introduced that person in another office: "Council member Dave
 * Johnson … “…,” added the mayor" is not Johnson speaking. A person introduced with no role, or with one that names the
 * office, may hold it ("Mayor Karen Bass … the mayor said").
 */
export function holdsTitle(description: string, name: string | null, people: People): string | null {
  if (!name) return null;
  const words = description.trim().toLowerCase().replace(/^the\s+/, '').split(/\s+/);
  const office = [words.slice(-2).join(' '), words[words.length - 1]!].find((w) => HELD_OFFICE.test(w));
  if (!office) return name;
  const roles = people.mentions.filter((m) => m.name === name && m.role.trim() !== '').map((m) => m.role.toLowerCase());
  if (!roles.length) return name;
  const last = office.split(' ').pop()!;
  return roles.some((r) => r.includes(last) || (office === 'ceo' && r.includes('chief executive')) || (office === 'chief executive' && /\bceo\b/.test(r))) ? name : null;
}

/** An office written as initials in lowercase ("the Apple CEO" → "the Apple ceo"), so a description reads as the title it is. */
export function lowerTitles(description: string): string {
  return description.replace(/\b(?:CEO|CFO|COO|CTO|CIO|CMO|CISO)\b/g, (t) => t.toLowerCase());
}

/** Whether a definite description titles one person ("the singer and guitarist", "the striker", "the 25-year-old", "the Argentine"), not anyone ("the man"), a group or an institution. */
export function personTitle(description: string): boolean {
  const nation = /^[Tt]he\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)$/u.exec(description.trim());
  if (nation) return DEMONYM.test(nation[1]!);
  if (/^[Tt]he\s+\d{1,3}-year-old$/.test(description.trim())) return true;
  // ("the former Chelsea manager", "the England captain": a title with the name of where it is held)
  const m = /^(?:[Tt]he)\s+(?:(?:former|then|new|current|interim|outgoing|incoming)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}([\p{Ll}\s-]{2,40})$/u.exec(description.trim());
  const last = m?.[1]!.trim().split(/\s+/).pop() ?? '';
  return !!m && !NOT_A_TITLE.test(last) && !/(?:[^s]s|ers)$/.test(last) && !/\b(?:of|for|at|in|with|who|that)\b/.test(m[1]!);
}

const DESCRIPTION = /^(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[\p{L}’'-]+[’']s\s+)?([\p{Ll}\p{N}\s-]{2,40})$/u;

/** The person a description means: "the president" → the latest person the article titled so; "the 56-year-old" → the person it gave that age. */
export function describedPerson(description: string, people: People, at: number): string | null {
  const m = DESCRIPTION.exec(description.trim());
  // ("said a former executive who asked not to be named": an indefinite description brings in someone new, never one named before)
  if (!m || /^[Aa]n?\s/.test(description.trim())) return null;
  const words = m[1]!.trim().toLowerCase().split(/\s+/);
  // "the prosecutor's office", "the company": an institution, never a person the article titled so.
  if (NOT_A_TITLE.test(words[words.length - 1]!)) return null;
  const age = /^(\d{1,3})-year-old$/.exec(words[words.length - 1]!);
  // ("the nurses", "the physicians": a plural names a group, never the one person the article titled so)
  if (/[^siu]s$/.test(words[words.length - 1]!)) return null;
  const head = words.slice(-2).join(' ');
  const last = words[words.length - 1]!;
  // "the union's president", "the company's chief executive": someone's title in an institution the possessive names — only a person
  // the article tied to an institution ("chief executive of Acme", "Acme's CEO") or to that noun holds it, never a head of state
  // titled "President" alone.
  const owner = /^(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(\p{Ll}+)[’']s\s/u.exec(description.trim())?.[1];
  const tied = (role: string): boolean => !owner || /^(?:country|nation|state)$/.test(owner) || INSTITUTION_TIE.test(role) || new RegExp(`\\b${escapeRe(owner)}\\b`, 'i').test(role);
  let found: string | null = null;
  for (const p of people.mentions) {
    if (p.at > at) break;
    if (!tied(p.role)) continue;
    if (age ? p.age === Number(age[1]) : new RegExp(`\\b(?:${escapeRe(head)}|${escapeRe(last)})\\b`, 'i').test(p.role) || (/^(?:chief executive|ceo)$/.test(head) && /\b(?:CEO|chief executive)\b/i.test(p.role))) found = p.name;
  }
  // "the 56-year-old" where the article gives no age: the person it names most.
  if (!found && age) found = mostNamed(people, at, Number(age[1]));
  return found;
}

// A role that ties its holder to a named institution: "chief executive of Acme Corp", "Acme's CEO", "a partner at Greylock".
const INSTITUTION_TIE = /\b(?:of|at|for|with)\s+(?:the\s+)?\p{Lu}|\p{Lu}[\p{L}.&-]*[’']s?\s+\p{Ll}/u;

/** The person named most often (by surname) before a point of the article. */
function mostNamed(people: People, at: number, age: number | null = null): string | null {
  const counts = new Map<string, number>();
  // (not someone the article gave another age: "Maria Gonzalez, 45" is not "the 71-year-old")
  const aged = new Set(people.mentions.filter((m) => age !== null && m.age !== null && m.age !== age).map((m) => m.name));
  for (const m of people.mentions) if (m.at <= at && !aged.has(m.name)) counts.set(m.name, 0);
  for (const name of counts.keys()) {
    const last = name.split(' ').pop()!;
    counts.set(name, people.runs.filter((r) => r.split(' ').includes(last)).length);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (!best || n > counts.get(best)!) best = name;
  return best && counts.get(best)! >= 3 ? best : null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Removes quoted spans from a text (the speaker of a pronoun is named outside them). */
function unquoted(text: string): string {
  return text.replace(/[“"«„][^”"»“]*(?:[”"»“]|$)/g, ' · ');
}

/** The sentences before a point of the article, latest first, quotes removed: this paragraph's, then earlier ones (at most `paragraphs` back). */
function sentencesBefore(people: People, pi: number, offset: number, paragraphs = 3): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  for (let p = pi; p >= 0 && p > pi - paragraphs; p--) {
    let text = people.paragraphs[p]!;
    if (p === pi) {
      // The sentence holding the quote names its speaker by the pronoun itself: start before it.
      const head = maskAbbreviations(text.slice(0, offset));
      const cut = Math.max(head.search(/[.!?]["”’]?\s+(?=[^.!?]*$)/), -1);
      text = cut >= 0 ? text.slice(0, cut + 1) : '';
    }
    // (quotes out before the split: the sentences inside a quote are the speaker's words, not the article's)
    const parts = maskAbbreviations(unquoted(text)).split(/(?<=[.!?]["”’]?)\s+/).map(unmask).reverse();
    for (const s of parts) out.push({ text: s.trim(), at: pos(p, 0) });
  }
  return out;
}

// People named by their tie to someone: a closed class of nouns.
export const KIN = String.raw`(?:father|mother|son|daughter|brother|sister|wife|husband|widow|widower|uncle|aunt|cousin|nephew|niece|grand(?:father|mother|son|daughter)|parents|stepfather|stepmother|fianc[ée]e?|girlfriend|boyfriend|friend|neighbou?r)`;
// A relative named by a given name alone, in apposition: "Her husband, Tom,", "Smith's sister, Ana,".
// (or one the article was only given: "who gave her name only as Linda", "identified only as Maria")
const KIN_APPOSITION = new RegExp(String.raw`(?:(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}'’-]*[’']s)\s+(?:[\p{Ll}-]+\s+)?${KIN},|\b(?:gave\s+(?:his|her|their)\s+(?:first\s+)?name|identified\s+(?:(?:himself|herself|themselves)\s+)?)\s+(?:only\s+)?as)\s*$`, 'u');

export type Gender = 'female' | 'male';

/** The grammatical gender of a person the article names: by given name ("Fiona Parry"), else by the honorific it gives the surname ("Mrs Parry"). */
export function genderOf(name: string, people: People): Gender | null {
  const words = name.split(' ');
  const given = words.length > 1 ? pronounGenderOfGivenName(words[0]!) : null;
  if (given) return given;
  const learned = people.genders.get(name);
  if (learned) return learned;
  const last = words[words.length - 1]!;
  if (!people.text.includes(last)) return null;
  const m = new RegExp(`\\b(Mr|Mrs|Ms|Miss)\\.?\\s+(?:\\p{Lu}\\S*\\s+)?${escapeRe(last)}(?![\\p{L}])`, 'u').exec(people.text);
  return m ? (m[1] === 'Mr' ? 'male' : 'female') : pronounOfSubject(last, people);
}

/**
 * The gender of a name the lexicon does not know ("Raj Patel", "Maya Goldberg"), from a sentence it opens whose next clause goes on
 * with "he"/"she" and no other name between: "Patel was in the business school, and he had already started a company" → male.
 */
function pronounOfSubject(last: string, people: People): Gender | null {
  const known = people.subjectGenders.get(last);
  if (known !== undefined) return known;
  const m = new RegExp(`(?:^|[.!?]["”’]?\\s+)(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}${escapeRe(last)}\\s+[^.!?;:"“”\\p{Lu}]{1,120}?,\\s+(?:and|but|so|where|until)\\s+(he|she)\\s`, 'mu').exec(people.text);
  const gender = m ? pronounGender(m[1]!) : null;
  people.subjectGenders.set(last, gender);
  return gender;
}

/** The gender "he" or "she" marks. */
export function pronounGender(pronoun: string): Gender | null {
  return /^he$/i.test(pronoun) ? 'male' : /^she$/i.test(pronoun) ? 'female' : null;
}

/**
 * The person a "he"/"she" means: the first person named in the latest sentence before the quote that names one,
 * passing over people whose name marks the other gender ("she said" after "Fiona Parry … the Food Standards Agency … Mark Smith").
 */
export function personAntecedent(people: People, pi: number, offset: number, paragraphs = 3, gender: Gender | null = null, speakers?: ReadonlySet<string>): string | null {
  const fits = (name: string | null): name is string => !!name && (!gender || (genderOf(name, people) ?? gender) === gender);
  for (const s of sentencesBefore(people, pi, offset, paragraphs).slice(0, 8)) {
    // "She gave me an email address for Ford's sister, Martha Fry.": a sentence whose subject is the pronoun
    // itself is about the same person; the names in it are its objects, so the antecedent is further back.
    if (/^(?:(?:But|And|Then|Still|Later|Now|So|Yet)\s+(?:[Hh]e|[Ss]he)|He|She)\s/.test(s.text)) continue;
    // (after an opening phrase that names no one: "On July 27, 2006, he emailed Gaiman about …")
    const opener = PRONOUN_AFTER_OPENER.exec(s.text)?.[1];
    if (opener && opener.split(/\s+/).slice(1).every((w) => !/^\p{Lu}/u.test(w) || CALENDAR_WORD.test(w.replace(/\W+$/, '')))) continue;
    const desc = /^(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}’'-]+[’']s\s+)?[\p{Ll}\p{N}-]+(?:\s+(?!also\b|then\b|later\b)[\p{Ll}-]+)?(?=\s+(?:also\s+|then\s+|later\s+)?\p{Ll}+(?:ed|s)\b)/u.exec(s.text);
    const described = desc ? describedPerson(desc[0], people, s.at + 999999) : null;
    if (fits(described)) return described;
    const glued = glueInitials(s.text);
    let from = 0;
    const picked: { name: string; idx: number; end: number }[] = [];
    for (const run of nameRuns(glued)) {
      const idx = glued.indexOf(run, from);
      from = idx < 0 ? from : idx + run.length;
      // (with the quote's speakers known, every person of the sentence is read, to choose among them below)
      // (a possessive only determines the subject, "Mr. Jobs's successor, Timothy D. Cook, took …": read on for the person it determines)
      if (picked.length && !speakers && !(picked.length === 1 && OWNER_OF_NEXT.test(glued.slice(picked[0]!.end, idx)))) break;
      // "a wider campaign against Islamists": a name governed by a preposition is not the sentence's actor.
      const lead = /^(\S+) (?=\S)/.exec(run)?.[1] ?? '';
      // ("which I came to think of as Iceberg Passages", "a method known as Deep Blue": a name given to a thing)
      if (idx >= 0 && (GOVERNED.test(glued.slice(Math.max(0, idx - 16), idx)) || GOVERNED.test(`${lead} `) || NAMED_AS.test(glued.slice(Math.max(0, idx - 24), idx)))) continue;
      // ("Senator Maria Cantwell of Washington questioned …": the person before an "of" that names their place or employer)
      const person = namedPerson(run, people, glued.slice(Math.max(0, idx - 20), Math.max(0, idx))) ?? personBeforeOf(run, people);
      // A person, not a product or a place: named again by surname, or the subject of the sentence ("Lakshiwnder Singh, another deportee, said").
      const name = person ? unglue(person.name) : '';
      const subject = person && followedBy(glued, run, SUBJECT_AFTER);
      const apposition = person && new RegExp(`${escapeRe(run)}${APPOSITION.source}`, 'u').test(glued);
      // (a subject whose first word is a known given name is a person too: "Fiona Parry issued a plea")
      // (or, for a "she"/"he", a full name whose given name marks that gender: "When Ford visited his editor Teresa Nielsen Hayden …, …" → she)
      // ("Chelsea boss Mauricio Pochettino was less happy": a full name a lowercase title opens is a person's)
      // ("Nintendo Senior Director of Corporate Communications Charlie Scibetta wants …": a capitalised title of role words that
      // the run opens with titles the full name at its end just the same)
      const titled = person && name.includes(' ') && idx >= 0 && (person.before === '' ? TITLE_BEFORE.test(glued.slice(Math.max(0, idx - 30), idx)) : ROLE_WORDS.test(person.before));
      // (or a full name that opens with a given name of either sex, "Mark Jones ran …", or that speaks, "Sundar Pichai said …", and
      // names no organisation or place)
      const speaker = person && name.includes(' ') && followedBy(glued, run, SPEECH_AFTER) && !name.split(' ').some((w) => ORG_WORD.test(w)) && !GAZETTEER_ORGANIZATIONS.has(name.toLowerCase()) && !GAZETTEER_PLACES.has(name.toLowerCase());
      const personLike = person && (apposition || titled || (subject && (isPerson(name, people) || fullName(name, people, s.at + 999999) !== name || isGivenName(name.split(' ')[0]!) || speaker)) || people.runSet.has(name.split(' ').pop()!) || (!!gender && name.includes(' ') && pronounGenderOfGivenName(name.split(' ')[0]!) === gender));
      if (personLike && !/^\p{Lu}\p{Ll}+ing$/u.test(name.split(' ')[0]!)) {
        const full = fullName(name, people, s.at + 999999);
        if (fits(full)) picked.push({ name: full, idx, end: idx + run.length });
        continue;
      }
      const single = stripTitles(run).replace(/^(\S+)\s(?=\S+$)/, (m, w: string) => (LEAD_WORDS.has(w) || (people.lowercase.has(w.toLowerCase()) && !midSentence(m, people)) ? '' : m)); // "When Patrick walked in", "Once Fetter arrived" → Patrick, Fetter
      // ("which I came to think of": the writer's "I" is no one's name)
      // (a surname that is also a month, "May was less optimistic" after "Theresa May", acting as its sentence's subject)
      const calendarSurname = CALENDAR_WORD.test(single) && followedBy(glued, run, SUBJECT_HERE_AFTER) && people.mentions.some((m) => m.at >= 0 && m.name.endsWith(` ${single}`) && m.name.split(' ').length === 2);
      if (!single.includes(' ') && (!CALENDAR_WORD.test(single) || calendarSurname) && single.length > 1) {
        // "Cooke said" → "Doug Cooke": a surname stands for the full name ending in it — never "Stadia" for "Stadia Pro".
        const full = fullName(single, people, s.at + 999999);
        // ("Chelsea boss Mauricio Pochettino": a word before a full name titles it, it is no verb)
        const subjectHere = followedBy(glued, run, SUBJECT_HERE_AFTER);
        if (full !== single && (full.endsWith(` ${single}`) || subjectHere) && people.mentions.some((m) => m.name === full)) {
          if (fits(full)) picked.push({ name: full, idx, end: idx + run.length });
          continue;
        }
        // "Serrano said.", "says Buser": a surname that speaks anywhere in the article is a person even when the article never gave the full name.
        // "Mrs. Thatcher", "Dr. Lee": an honorific makes a surname a person's.
        const titled = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s/.test(run) || /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s$/.test(glued.slice(Math.max(0, idx - 6), Math.max(0, idx)));
        // "Tommy — who only goes by his first name online — retired": a given name alone, the sentence's subject, is the person's whole name here.
        // ("Her husband, Tom, said …": a given name in apposition to a relative is that relative's name)
        // (a name set off by commas after "her husband" is a given name even when the lexicon does not know it: "Her husband, Mykola, said")
        const kinNamed = idx >= 0 && KIN_APPOSITION.test(glued.slice(Math.max(0, idx - 40), idx));
        const givenSubject = full === single && ((genderOfGivenName(single) !== null && (subjectHere || new RegExp(`${escapeRe(run)}\\s*[,—–]\\s*who\\b`, 'u').test(glued) || kinNamed)) || (kinNamed && /^\p{Lu}\p{Ll}{2,}$/u.test(single) && glued.startsWith(',', idx + run.length)));
        if ((titled || givenSubject || speaks(single, people)) && !LEAD_WORDS.has(single) && !people.lowercase.has(single.toLowerCase()) && fits(full)) picked.push({ name: full, idx, end: idx + run.length });
      }
    }
    if (picked.length) return chosenAntecedent(picked, glued, speakers);
  }
  return null;
}

// What may stand before a sentence's subject: a conjunction, an opening phrase closed by a comma ("On Monday, Smith …").
const SUBJECT_START = /^(?:(?:But|And|So|Yet|Then|Still|Now|Later|Meanwhile|However),?\s+)?(?:[^,"“”]{1,80},\s+)?$/u;

/**
 * Which of the people a sentence names a "he"/"she" means: the one that opens the sentence as its subject ("Smith met Jones.
 * “…,” he said" is Smith's); else, when the first person named is no subject ("The site's draw is how Klein writes, a style
 * Bankoff sees as key. “…,” he said"), the one already quoted in the article — a piece's speaker goes on speaking while others
 * are only mentioned around their words.
 */
function chosenAntecedent(picked: readonly { name: string; idx: number; end: number }[], sentence: string, speakers?: ReadonlySet<string>): string {
  const first = picked[0]!;
  // ("Mr. Jobs's successor, Timothy D. Cook, took …": the owner only determines the subject, the person in apposition is it)
  if (picked[1] && OWNER_OF_NEXT.test(sentence.slice(first.end, picked[1].idx))) return picked[1].name;
  // ("While John Smith was at Google, Mark Jones ran the rival team": the subject of the main clause, after the subordinate one)
  const opener = SUBORDINATE_OPENER.exec(sentence);
  const main = opener && first.idx < opener[0].length ? picked.find((p) => p.idx >= opener[0].length && /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(sentence.slice(opener[0].length, p.idx))) : undefined;
  if (main && (!speakers || !speakers.has(first.name) || speakers.has(main.name))) return main.name;
  if (!speakers || picked.length === 1 || speakers.has(first.name) || SUBJECT_START.test(sentence.slice(0, Math.max(0, first.idx)))) return first.name;
  return picked.find((p) => speakers.has(p.name))?.name ?? first.name;
}

// A subordinate clause that opens a sentence, up to its comma: "While John Smith was at Google,", "After Smith left,".
// ("Speaking to the BBC's Laura Kuenssberg, Housing Minister Angela Rayner insisted": a participle's phrase naming whom one spoke to, likewise)
const SUBORDINATE_OPENER = /^(?:While|When|Whenever|After|Before|Although|Though|Even though|As|Because|Since|Once|Until|If|Whereas|(?:Speaking|Talking|Writing|Responding|Replying|Appearing)\s+(?:to|with|on|in|at)|(?:Asked|Interviewed|Questioned)\s+by|In\s+(?:an?\s+)?(?:interview|conversation|exchange)\s+with)\s[^,;:"“”]{3,120},\s*/u;

// What stands between a possessive name and the person it determines: "Mr. Jobs's successor, Timothy D. Cook", "Apple's chief
// executive Tim Cook" (the owner's noun, a comma, perhaps a title).
const OWNER_OF_NEXT = /^[’']s?\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,?\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

// A sentence whose subject is "he"/"she" after an opening phrase: "On July 27, 2006, he emailed …".
const PRONOUN_AFTER_OPENER = /^([^.!?"“”]{1,80}?),\s+(?:he|she)\s/u;

// Past tenses that end in neither "-ed" nor "-s": "Forrest Jones made a discovery" makes him the sentence's subject all the same.
export const IRREGULAR_PAST = 'said|told|wrote|made|took|gave|went|came|got|had|did|was|knew|thought|felt|found|saw|met|kept|left|ran|won|lost|led|began|became|brought|bought|built|held|sent|spent|spoke|taught|sat|stood|grew|drew|threw|chose|wore|rode|drove|fought|caught|sought|heard|paid|sold|meant|put|set|let|read|quit|hit|cut|shut|split|spread';

// Capitalised words of the calendar, which "said Tuesday" puts where a speaker's name goes.
const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tomorrow)$/;

// A preposition right before a name: the name is its object ("against Islamists", "to Britain") — but "according to" names a source.
// ("Unlike Musk, Jim Farley thinks …": a name a sentence sets against its subject is no actor either)
const GOVERNED = /\b(?:against|(?<!\baccording\s)to|with|at|about|into|over|under|than|like|unlike|despite|besides|except|alongside|among|amid|versus|beyond|including)\s+(?:the\s+)?$/i;
// What names a thing rather than a person's act: "known as", "think of as", "dubbed".
const NAMED_AS = /\b(?:(?:known|referred to|thought of|think of|described|billed|styled)\s+as|dubbed|nicknamed|titled|entitled)\s+(?:the\s+)?$/;
// A comma after a person that opens an apposition ("Lakshiwnder Singh, another deportee,"), not a new clause ("Iceberg Passages, after the novelist…").
const APPOSITION = /,\s+(?!(?:after|before|when|while|as|because|since|until|and|but|or|so|which|where|if|though|although|then)\b)/u;
// What makes a name the subject of its sentence, tried right after the name (sticky): its verb, maybe after adverbs or an apposition.
const SUBJECT_AFTER = new RegExp(`(?:[’']s)?(?:${APPOSITION.source}|(?:\\s+(?:also|then|later|even|still|never|just|only|once|again|first|\\p{Ll}+ly))*\\s+(?:${IRREGULAR_PAST}|\\p{Ll}+(?:ed|s))\\b)`, 'uy');
// (not "Chelsea boss Mauricio Pochettino": a verb-shaped word before a full name titles it)
const SUBJECT_HERE_AFTER = new RegExp(`\\s+(?:also\\s+|then\\s+|later\\s+)?(?:${IRREGULAR_PAST}|\\p{Ll}+(?:ed|s))\\b(?!\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu})`, 'uy');
// A speech verb after a word ("Serrano said"), or before it ("says Buser"), tried where the word is found.
const SPEECH_AFTER = /\s+(?:said|says|told|tells|added|wrote|tweeted|asked)\b/uy;
const SPEECH_BEFORE = /(?<=\b(?:said|says|added|wrote|asked)\s+)/uy;
const POSSESSIVE_AFTER = /^[’']s?(?!\p{L})/u;

/**
 * Whether `text` writes `literal` with the sticky `after` matching right after it: the test of
 * `new RegExp(escapeRe(literal) + after.source, 'u')` without compiling a RegExp per literal (one with a
 * Unicode property class costs ~1 ms to compile, and V8 reuses only identical sources).
 */
function followedBy(text: string, literal: string, after: RegExp): boolean {
  for (let i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
    after.lastIndex = i + literal.length;
    if (after.test(text)) return true;
  }
  return false;
}

/** Whether the article makes a word speak: "Serrano said", "says Buser". */
function speaks(word: string, people: People): boolean {
  const cached = people.speaksCache.get(word);
  if (cached !== undefined) return cached;
  const text = people.text;
  let found = false;
  for (let i = text.indexOf(word); i >= 0 && !found; i = text.indexOf(word, i + 1)) {
    SPEECH_AFTER.lastIndex = i + word.length;
    SPEECH_BEFORE.lastIndex = i;
    // ("Stanton says Twitter's deal is good": a possessive after "says" opens the reported clause, whose owner says nothing)
    found = (!LETTER_BEFORE.test(text.slice(Math.max(0, i - 2), i)) && SPEECH_AFTER.test(text)) || (SPEECH_BEFORE.test(text) && !LETTER_AFTER.test(text.slice(i + word.length, i + word.length + 2)) && !POSSESSIVE_AFTER.test(text.slice(i + word.length, i + word.length + 3)));
  }
  people.speaksCache.set(word, found);
  return found;
}

// (an apposition may part the name from its verb: "Customs and Border Protection, part of Homeland Security, did not accept")
const ORG_VERB = /(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+|&\s+|and\s+|the\s+|for\s+)*\p{Lu}[\p{L}\p{N}&.'’-]*)*)(?:,\s+\p{Ll}[^,.;"“”]{1,60},)?,?\s+(?:also\s+|today\s+|yesterday\s+|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:said|says|say|have|has|had|is|are|was|were|will|would|did|does|denies|denied|issued|announced|added|stated|told|released|published|confirmed|declined|wrote|argued|insisted|claimed|pointed|warned|responded|\p{Ll}{3,}ed|reports|plans|expects|lost|made|sold|bought|cut|fell|rose|grew|won|began|shed|faces|owns|operates|makes|sells|offers)\b/gu;

/** "Customs and Border Protection" is one name; "Big Machine and Dick Clark Productions" two, the last of which the article also names alone. */
function oneOrg(run: string, people: People): string {
  const at = run.lastIndexOf(' and ');
  if (at < 0) return run;
  const count = (t: string): number => people.text.split(t).length - 1;
  const last = run.slice(at + 5);
  return count(last) > count(run) ? last : run;
}

/** The organisation an "it"/"they" means: the one that last acted as a sentence's subject before the quote. */
export function orgAntecedent(people: People, pi: number, offset: number, paragraphs = 2, sentences = 4, organisations = false): string | null {
  for (const s of sentencesBefore(people, pi, offset, paragraphs).slice(0, sentences)) {
    // ("Heitz said" after "Paris prosecutor Remy Heitz": a surname acting is the person it is short for, no organisation)
    const found = actingOrgs(s.text, people, organisations).map((o) => fullName(o, people, s.at + 999999)).filter((full) => !(organisations && (isPerson(full, people) || personNamed(full, people) || /^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dame)\.?\s/.test(full))));
    if (found.length) return found[found.length - 1]!;
  }
  return null;
}

/**
 * The organisations a sentence makes act as a subject, in order — and the people the article never named as such (a letter, a
 * statement speaks for either), unless only `organisations` are wanted.
 */
function actingOrgs(sentence: string, people: People, organisations = false): string[] {
  // ("The software, known as Trojan.Volgmer, is described as …": a name given to a thing in an apposition is not the sentence's subject)
  // ("Hackers demanded a ransom": a plural noun of agents that opens the sentence, written nowhere else with its capital, names no one)
  // ("Revenue rose 5%.", "Shares fell.": a common noun opening its sentence, capitalised there only, names no one either)
  return [...sentence.matchAll(ORG_VERB)].filter((m) => !NAMED_AS.test(sentence.slice(Math.max(0, m.index - 24), m.index)) && !CALENDAR_WORD.test(m[1]!) && !(m.index === 0 && (AGENT_PLURAL.test(m[1]!) || openingNoun(m[1]!, people)) && !midSentence(m[1]!, people))).map((m) => oneOrg(m[1]!.replace(/^(?:The|A|An|Now|Then|But|And)\s+/, ''), people)).filter((r) => !isPerson(r, people) && !(organisations && personNamed(r, people)) && !LEAD_WORDS.has(r) && !ARTICLE.test(r) && isName(r, people));
}

/**
 * Whether a full name is a person's by the way the article names it: a given name that marks a gender ("Xavier Becerra"), or a
 * title in apposition ("California's attorney general, Xavier Becerra") — unless an organisation's word or name ("Charles River
 * Laboratories", "Wells Fargo").
 */
export function personNamed(name: string, people: People): boolean {
  // ("Senator Bernie Sanders": a title of a person before the name)
  const bare = stripTitles(name);
  const words = bare.split(' ');
  if (words.length < 2 || words.length > 3 || words.some((w) => ORG_WORD.test(w)) || GAZETTEER_ORGANIZATIONS.has(bare.toLowerCase())) return false;
  return bare !== name || genderOfGivenName(words[0]!) !== null || people.mentions.some((m) => m.name === bare && ROLE_WORDS.test(m.role));
}

const AGENT_PLURAL = /^\p{Lu}\p{Ll}+(?:ers|ists|ians|ants|ents|ors)$/u;

/**
 * Whether one word opening a sentence, which the article capitalises nowhere else, is a common noun rather than an organisation's
 * name: a noun of the lexicon ("Analyst", "Growth"), a plural ("Shares", "Sales", "Profits" — not "Airbus", "Lexus") or a
 * measure of a business ("Revenue rose 5%") — unless a known organisation, or one the article makes speak ("Barclays said").
 */
function openingNoun(word: string, people: People): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || GAZETTEER_ORGANIZATIONS.has(word.toLowerCase()) || speaks(word, people)) return false;
  const lower = word.toLowerCase();
  return COMMON_NOUNS.has(lower) || /[^siu]s$/.test(lower) || MEASURE_NOUN.test(word);
}
// Nouns of what a business measures that the noun lexicon lacks.
const MEASURE_NOUN = /^(?:Revenue|Profit|Income|Turnover|Output|Spending|Inflation|Unemployment|Demand|Traffic|Ridership|Attendance|Production|Debt|Volume|Margin|Value|Cost|Price|Share|Stock)$/;

/** How often the article writes a name, as whole words. */
function timesNamed(name: string, people: People): number {
  let n = 0;
  for (let i = people.text.indexOf(name); i >= 0; i = people.text.indexOf(name, i + name.length)) {
    if (!LETTER_BEFORE.test(people.text.slice(Math.max(0, i - 2), i)) && !LETTER_AFTER.test(people.text.slice(i + name.length, i + name.length + 2))) n++;
  }
  return n;
}

/**
 * The organisation "the company" (or an "it" going on from it) means: the one that acted in the two sentences before; further
 * back, the one the article is about rather than one it mentioned on the way — an organisation that acted before and that the
 * article names at least twice as often as the last one that acted ("Stripe has raised …. Its rival Adyen reported …. The deal is
 * expected …. “…,” the company said" → Stripe).
 */
export function companyAntecedent(people: People, pi: number, offset: number, paragraphs: number, sentences: number): string | null {
  const near = orgAntecedent(people, pi, offset, Math.min(paragraphs, 2), 2, true);
  if (near) return near;
  const far = orgAntecedent(people, pi, offset, paragraphs, sentences, true);
  return far ? articleOrg(people, pi, offset, far) ?? far : null;
}

/**
 * The organisation an article is about, up to a point: of those that acted as a sentence's subject before it, the one it names
 * most — twice at least, and at least twice as often as `rival` when given.
 */
export function articleOrg(people: People, pi: number, offset: number, rival?: string): string | null {
  let main: string | null = null;
  let most = rival ? 2 * timesNamed(rival, people) - 1 : 1;
  for (const s of sentencesBefore(people, pi, offset, pi + 1)) {
    for (const org of actingOrgs(s.text, people, true)) {
      const full = fullName(org, people, s.at + 999999);
      // (a person, "Cristina Gil Lladanosa", is no organisation, however often named)
      if (people.mentions.some((m) => m.name === full) || genderOfGivenName(full.split(' ')[0]!) !== null) continue;
      const n = full === rival ? 0 : timesNamed(full, people);
      if (n > most) [main, most] = [full, n];
    }
  }
  return main;
}

/** Whether the article writes a phrase somewhere other than at the start of a sentence (so its first word is capitalised as a name, not as an opener). */
export function midSentence(phrase: string, people: People): boolean {
  const cached = people.midCache.get(phrase);
  if (cached !== undefined) return cached;
  const found = scanMidSentence(phrase, people);
  people.midCache.set(phrase, found);
  return found;
}

// (the phrase found by indexOf with a letter test on each side, as a `(?<!\p{L})phrase(?!\p{L})` RegExp would, without compiling one per phrase)
const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AFTER = /^\p{L}/u;
const SENTENCE_START_BEFORE = /(?:^|[.!?:]["”’']*\s+|^["“‘'(]|\s["“‘'(])$/u;

function scanMidSentence(phrase: string, people: People): boolean {
  if (!people.text.includes(phrase)) return false;
  const end = phrase.length || 1;
  for (const p of people.paragraphs) {
    for (let i = p.indexOf(phrase); i >= 0; ) {
      if (LETTER_BEFORE.test(p.slice(Math.max(0, i - 2), i)) || LETTER_AFTER.test(p.slice(i + phrase.length, i + phrase.length + 2))) {
        i = p.indexOf(phrase, i + 1);
        continue;
      }
      if (i > 0 && !SENTENCE_START_BEFORE.test(p.slice(Math.max(0, i - 6), i))) return true;
      i = p.indexOf(phrase, i + end);
    }
  }
  return false;
}

/** A capitalised word that opens sentences but names nothing: the article writes it in lowercase, or capitalised only at sentence starts. */
function openerOnly(word: string, people: People): boolean {
  // ("Haunted Izuku on the drive home": a past tense opening its sentence, unless it is a given name — "Alfred", "Mohammed")
  return people.lowercase.has(word.toLowerCase()) || ((/^\p{Lu}\p{Ll}{3,}(?:ing|ly)$/u.test(word) || (/^\p{Lu}\p{Ll}{3,}ed$/u.test(word) && genderOfGivenName(word) === null)) && !midSentence(word, people));
}

/** Whether a name is a person's: a full name whose surname the article also uses alone ("Persson"), so not "Big Machine". */
export function isPerson(name: string, people: People): boolean {
  return !!personAtEnd(name) && people.runSet.has(name.split(' ').pop()!);
}

/** Whether a run can be a name: not a common word of the article written with a capital ("There", "Whatever", "Border"). */
function isName(run: string, people: People): boolean {
  const words = run.split(' ').filter((w) => !NAME_PARTICLES.has(w));
  return words.some((w) => !people.lowercase.has(w.toLowerCase()) && !/^(?:I|You|We|He|She|It|They|Not|There|Here|What|Whatever|Today|Yesterday)$/.test(w));
}


// A lowercase title right before a name: "manager Jurgen Klopp", "Arsenal midfielder Declan Rice", "boss Mauricio Pochettino".
const TITLE_BEFORE = new RegExp(`(?:${ROLE_WORDS.source}|\\b(?:${LEADING_KIND.source.slice(4, -2).toLowerCase()}|boss|captain|skipper|winger|forward|coach|star|teammate|player|driver|rider|champion|head coach|quarterback|pitcher|batter|bowler|batsman|guard|centre|center))\\s+$`, 'u');

/**
 * An institution named by whose it is and what it is, in lowercase as news style writes it ("the French
 * foreign ministry", "the Chinese government", "the U.S. military"): an organisation that speaks, under that name.
 */
export const INSTITUTION_PHRASE = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.’'-]*\s+){1,3}(?:(?:foreign|defen[cs]e|interior|health|finance|economy|trade|justice|education|environment|energy|transport|agriculture|labou?r|culture|home|state|federal|national|military|central|city|county|local|regional|provincial|royal|presidential|press|public)\s+){0,2}(?:ministry|government|military|army|navy|air force|armed forces|coast guard|embassy|consulate|police|department|agency|regulator|central bank|presidency|cabinet|parliament|state media|news agency|office|authorities|authority|administration|prosecutors?|prosecutor’s office|prosecutor's office|fire service|fire department|health service|foreign office))$/u;

// A given name in a case of a Slavic language's masculine declension ("Declana", "Declanu"), and the endings only that declension
// gives ("Declanem", "Declanovi"): a feminine "Jana" has none of the latter.
const CASE_ENDING = /^(\p{Lu}\p{Ll}{2,})(?:a|u|e)$/u;

/** "Declana Rice" → "Declan Rice" where the article also writes "Declanem": the name as it is given, not in the case a sentence put it in. */
function nominative(name: string, people: People): string {
  const space = name.indexOf(' ');
  if (space < 0) return name;
  const stem = CASE_ENDING.exec(name.slice(0, space))?.[1];
  if (!stem || !['em', 'ovi', 'om'].some((e) => people.text.includes(stem + e)) || !new RegExp(`(?<![\\p{L}])${stem}(?:em|ovi|om)(?![\\p{L}])`, 'u').test(people.text)) return name;
  return `${stem}${name.slice(space)}`;
}

/**
 * A speaker that is a name, or null (issue 9: "no fragment as a speaker"): drops words the article
 * writes in lowercase that open it ("Whether Bartleby" → "Bartleby"), a party-state tag ("R-TX"),
 * an "of" place after a person ("Martin Taylor of Aberdeenshire"); refuses pronouns, initials,
 * role words alone and lowercase fragments.
 */
// "le ministère des Affaires étrangères", "el ministerio de Salud": in a Romance language an institution is a lowercase noun and a
// capitalised complement, which together are its name (not "Affaires" alone); the article before it is no part of the name.
const ROMANCE_NAME = String.raw`(\p{Ll}[\p{L}-]+(?:\s+\p{Ll}[\p{L}-]+)?\s+(?:des|de|du|del|della|dello|degli|di)\s+(?:la\s+|l[’'])?\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,3})`;
export const ROMANCE_INSTITUTION = new RegExp(`^(?:le|la|les|l[’']|el|los|las|il|lo|gli)\\s*${ROMANCE_NAME}$`, 'u');
const ROMANCE_BARE = new RegExp(`^${ROMANCE_NAME}$`, 'u');

export function cleanSpeaker(speaker: string | null, people: People): string | null {
  if (!speaker) return null;
  if (ROMANCE_BARE.test(speaker.trim())) return speaker.trim();
  // A user's handle ("@bigfan99", "u/spez", "throwaway_99") is the name they go by, however it is written.
  if (/^(?:@[\p{L}\p{N}_.]{2,31}|u\/[\p{L}\p{N}_-]{2,30}|[\p{L}\p{N}.-]*_[\p{L}\p{N}_.-]*|[\p{L}.-]*\p{Ll}[\p{L}.-]*\p{N}+)$/u.test(speaker.trim())) return speaker.trim();
  const institution = INSTITUTION_PHRASE.exec(speaker.trim());
  if (institution && !/^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|When|While|As|But|And|Then|Now)\s/.test(institution[1]!)) return institution[1]!;
  let s = speaker.trim().replace(/\s+\(?[RDI]-[A-Z]{2}\)?$/, '').replace(/[’']s$/, '');
  if (/^[RDI]-\p{Lu}/u.test(s)) return null; // "R-Neb": a party-state tag
  let words = s.split(' ');
  // "Developer Valve", "Singer Ally Brooke": a common noun that opens the sentence titles the name after it.
  if (words.length > 1 && LEADING_KIND.test(words[0]!) && /^\p{Lu}/u.test(words[1]!)) words = words.slice(1);
  // A sentence opener glued to a name: a common word of the article, or a place before a person's two names.
  while (words.length > 1 && (/^(?:Ah|Oh|Alas|Hey|Yes|Well|No)$/.test(words[0]!) || (openerOnly(words[0]!, people) && !midSentence(words.join(' '), people) && people.runSet.has(words.slice(1).join(' '))) || (words.length >= 3 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[0]!)))) words.shift();
  // "Twitter Gary Lineker", "Chelsea Frank Lampard": words before a given name and a surname are where the person spoke or
  // what they belong to, not their name.
  // what they belong to (a name the lexicon knows), not their name ("Farhan Aziz Haq", "C. Eugene Steuerle" keep theirs).
  while (words.length >= 3 && words.length <= 4 && genderOfGivenName(words[0]!) === null && genderOfGivenName(words[words.length - 2]!) !== null
    && (GAZETTEER_ORGANIZATIONS.has(words.slice(0, -2).join(' ').toLowerCase()) || GAZETTEER_PLACES.has(words.slice(0, -2).join(' ').toLowerCase()))) words = words.slice(-2);
  s = words.join(' ');
  const of = /^(\p{Lu}\S*(?:\s\p{Lu}\S*)?)\s+of\s+\p{Lu}/u.exec(s);
  // (not "Guardians of Peace": a single plural word, no given name, that the article never writes alone heads a group's name with "of";
  // "Nick of Arachnid Labs" is Nick)
  const ofWhole = of && /^\p{Lu}\p{Ll}+[^s]s$/u.test(of[1]!) && genderOfGivenName(of[1]!) === null && !people.runSet.has(of[1]!);
  if (of && !ofWhole && !ORG_WORD.test(of[1]!.split(' ').pop()!) && !ROLE_WORDS.test(of[1]!) && !people.lowercase.has(of[1]!.split(' ')[0]!.toLowerCase())) s = of[1]!;
  s = s.replace(/[^\p{L}\p{N}.)]+$/u, '');
  s = nominative(s, people);
  if (/^(?:he|she|they|it|we|i|you)$/i.test(s)) return null;
  if (/\.\p{Lu}$/u.test(s)) return null; // "U.S" from "the U.S. attorney's office"
  if (!s.includes(' ') && (LEAD_WORDS.has(s) || /-\p{Ll}+$/u.test(s) || /[’'](?:re|m|ll|ve|d)$|n[’']t$/.test(s) || CALENDAR_WORD.test(s))) return null;
  if (/(?:^|\s)\p{Lu}\.?$/u.test(s) && !/^\p{Lu}{2,}$/u.test(s)) return null; // "U", "William G": a name cut at an initial
  // ("Center on Poverty and Inequality", "Council on Foreign Relations": an institution "on" its subject)
  if (/\s\p{Ll}/u.test(s.replace(/\s(?:of|and|de|van|von|der|den|da|di|del|la|le|bin|al|the|for)\s/g, ' ').replace(/\b(Center|Centre|Council|Committee|Commission|Institute|Conference|Panel|Forum|Board|Office) on (?=\p{Lu})/gu, '$1 '))) return null;
  if (!/^\p{Lu}|^\p{Ll}+\p{Lu}/u.test(s)) return null;
  if (!s.includes(' ') && (ROLE_WORDS.test(s) || !isName(s, people))) return null;
  if (s.includes(' ') && s.split(' ').every((w) => ROLE_WORDS.test(w) || NAME_PARTICLES.has(w))) return null;
  // "Prince Andrew", "Pope Francis": royalty and popes go by a title and a given name, which together are the name the article gives.
  if (!s.includes(' ') && people.text.includes(` ${s}`)) {
    const royal = new RegExp(`(?<![\\p{L}])(?:King|Queen|Prince|Princess|Pope|Emperor|Empress|Sheikh) ${escapeRe(s)}(?![\\p{L}])`, 'u').exec(people.text);
    if (royal) return royal[0];
    // "Dr. Feel": a one-word name the article only ever writes after "Dr." is a pseudonym with its title, not a surname.
    const all = people.text.split(new RegExp(`(?<![\\p{L}])${escapeRe(s)}(?![\\p{L}])`, 'u'));
    if (all.length > 1 && all.slice(0, -1).every((before) => /\bDr\.?\s$/.test(before))) return `Dr. ${s}`;
  }
  return s;
}

/**
 * Whether a longer name that opens with a one-word speaker names another thing than the speaker in full — a product, a service, an
 * arm ("Apple" → "Apple Music", "Amazon" → "Amazon Web Services", "Sony" → "Sony Pictures"): its words after the speaker's are
 * common nouns (words the article writes in lowercase, or of the noun lexicon). A given name opens its bearer's full name
 * ("Jose" → "Jose Mourinho"), and a name of other words is the speaker's own ("Tottenham" → "Tottenham Hotspur").
 */
export function namesAnotherThing(short: string, full: string, writesLower: (word: string) => boolean): boolean {
  if (short.includes(' ') || !full.startsWith(`${short} `) || genderOfGivenName(short) !== null) return false;
  // (a particle of a surname is none of them: "Umar bin Al-Khaththab")
  return full.slice(short.length + 1).split(' ').some((w) => {
    if (!/^\p{Lu}\p{Ll}/u.test(w) || SURNAME_PARTICLE.test(w) || NAME_PARTICLES.has(w)) return false;
    const lower = w.toLowerCase();
    const singular = lower.replace(/(?<=[^s])s$/, '');
    return COMMON_NOUNS.has(lower) || COMMON_NOUNS.has(singular) || writesLower(lower) || writesLower(singular);
  });
}

/**
 * The full name of an organisation that speaks under its first word ("Tottenham said in a statement"), where the page gives that
 * full name — in its text, its title or a caption ("… manager of Tottenham Hotspur"): a known organisation's name that opens with
 * the word, the only one; not when the word alone is an organisation or a place the gazetteer knows ("Sony", "Manchester").
 */
export function organisationInFull(short: string, texts: readonly string[]): string | null {
  if (!/^\p{Lu}[\p{L}’'-]+$/u.test(short) || GAZETTEER_ORGANIZATIONS.has(short.toLowerCase()) || GAZETTEER_PLACES.has(short.toLowerCase())) return null;
  const found = new Set<string>();
  for (const text of texts) {
    for (let i = text.indexOf(`${short} `); i >= 0; i = text.indexOf(`${short} `, i + 1)) {
      if (LETTER_BEFORE.test(text.slice(Math.max(0, i - 2), i))) continue;
      const words = text.slice(i).split(/\s+/, 5);
      for (let n = words.length; n >= 2; n--) {
        const name = words.slice(0, n).join(' ').replace(/[^\p{L}\p{N}]+$/u, '');
        if (GAZETTEER_ORGANIZATIONS.has(name.toLowerCase())) {
          found.add(name);
          break;
        }
      }
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
