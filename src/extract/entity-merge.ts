import { genderOfGivenName } from './given-names.ts';
import { hasOrgWord } from './entity-types.ts';

/**
 * One entity under its fullest name (issue 9, SPEC "Fact sheet": each once, shorter forms in
 * aliases). The forms an article uses for one name are folded into it, with their mentions:
 * - a person's variants: "Pat Carlineo", "Patrick W. Carlineo" → "Patrick Carlineo Jr.";
 * - the tail of a longer name: "Eriksson Ek" → "Joel Eriksson Ek", "Bin Laden" → "Osama bin Laden";
 * - a name without its corporate suffix: "Sierra Nevada" → "Sierra Nevada Corporation";
 * - one word of a longer name: "Assange" → "Julian Assange", "Disney" → "Walt Disney Co";
 * - an acronym: "FDA" → "Food and Drug Administration", or the name it followed in brackets.
 */
const CORPORATE = /^(?:Inc|Corp|Corporation|Co|Company|Ltd|LLC|PLC|AG|SA|GmbH|NV|Group|Holdings|Systems|Technologies|Labs|International|Airline|Airlines|Airways|Motors|Pharma|Pharmaceuticals)\.?$/;
// What follows a short name in its institution's full name: "Harvard University", "Fortress Investment Group".
const INSTITUTION = /^(?:[\p{Lu}][\p{L}-]* )?(?:University|College|Institute|Group|Bank|Foundation|Corporation|Company|Inc|Corp|Co|Ltd|LLC|PLC|Holdings|Media|Networks|Entertainment|Studios|Ventures|Capital|Technologies|Pharmaceuticals|Therapeutics)\.?$/u;
// A given name of a shape the lexicon of given names does not hold: hyphenated or with an inner capital ("Rose-Lynn",
// "LeBron", "DeAndre", "Jean-Luc").
const COMPOUND_GIVEN = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$|^\p{Lu}\p{Ll}{1,2}\p{Lu}\p{Ll}{2,}$/u;
// (And an investor's trade: "Tiger Global" of "Tiger Global Management", "Founders Fund", "General Catalyst Partners".)
const INSTITUTION_TAIL = /^(?:Market|Records|Project|Foundation|Department|Council|University|College|Institute|Society|Trust|Fund|Center|Centre|Network|Studios?|Management|Partners|Ventures|Capital|Investments|Advisors|Advisers)$/;
const BARE_DOMAIN = /^(\p{Lu}[\p{L}\p{N}-]+)\.(?:com|net|org|co\.uk|io)$/u;
const GENERATION = /^(?:Jr|Sr|II|III|IV)\.?$/;
const PERSON_WORD = /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|\p{Lu}\.\p{Lu}\.|(?:de|di|du|van|von|der|den|da|dos|das|ter|ten|zu|bin|ibn|al|la|le)|(?:de|du|van|von|ter)\p{Lu}\p{Ll}+|(?:al|el|ad|ar|as|ash|at|az|an|ud)-\p{Lu}[\p{Ll}'’]+)$/u;
// The Arabic article written onto a surname: "Assad" of "Bashar al-Assad", "Sisi" of "Abdel Fattah el-Sisi".
const ARTICLE_SURNAME = /^(?:al|el|ad|ar|as|ash|at|az|an|ud)-(.+)$/;

export type Aliases = Map<string, Set<string>>;

/** Folds every shorter form of `counts` into its fullest name; returns the aliases of each name kept. */
export function mergeForms(
  counts: Map<string, number>,
  bracketed: ReadonlyMap<string, string>,
  isPlace: (name: string) => boolean,
  isLowerWord: (word: string) => boolean = () => false,
  isTitled: (name: string) => boolean = () => false,
  isSpeaker: (name: string) => boolean = () => false,
): Aliases {
  const aliases: Aliases = new Map();
  const fold = (short: string, full: string): void => {
    counts.set(full, (counts.get(full) ?? 0) + (counts.get(short) ?? 0));
    counts.delete(short);
    const set = aliases.get(full) ?? new Set<string>();
    set.add(short);
    for (const a of aliases.get(short) ?? []) set.add(a);
    aliases.delete(short);
    aliases.set(full, set);
  };
  const fullest = (forms: string[]): string =>
    [...forms].sort((a, b) => b.split(' ').length - a.split(' ').length || counts.get(b)! - counts.get(a)! || a.localeCompare(b))[0]!;

  // A person's variants, then the tails and the suffix-less forms of longer names.
  const people = [...counts.keys()].filter(isPersonShaped);
  const groups = new Map<string, string[]>();
  for (const name of people) {
    const key = personKey(name);
    if (key) groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  for (const forms of groups.values()) {
    const full = fullest(forms);
    for (const f of forms) if (f !== full && sameOrNickname(f, full)) fold(f, full);
  }
  for (const short of [...counts.keys()].filter((n) => n.includes(' '))) {
    // A place is no short form of a longer name that ends with it ("South Dakota" of "New South Dakota").
    const longer = isPlace(short) ? [] : [...counts.keys()].filter((n) => n !== short && isLongerForm(short, n));
    if (longer.length === 1 && counts.has(short)) fold(short, longer[0]!);
  }

  // "Shihipar" → "Thariq Shihipar"; "Voltaero" → "Voltaero Systems" when exactly one longer form appears.
  const names = [...counts.keys()];
  for (const short of names) {
    if (short.includes(' ') || isPlace(short)) continue;
    // A first name ("Kylie" of "Kylie Jenner") when it is not the more written form ("Disney" beside one "Disney Channel").
    // A given name alone is the person's however often it is written: a profile calls "Samantha Bielefeld" "Samantha" throughout.
    // (A company is no short form of its regional arm: "Nintendo" beside "Nintendo of America", entities.ts isRegionalArm.)
    let full = names.filter((n) => n !== short && counts.has(n) && !(n.startsWith(`${short} of `) && isPlace(n.slice(short.length + 4))) && (containsWord(n, short) || (n.startsWith(`${short} `) && (counts.get(short)! <= counts.get(n)! || INSTITUTION.test(n.slice(short.length + 1)) || (isPersonShaped(n) && genderOfGivenName(short) !== null) || (COMPOUND_GIVEN.test(short) && n.split(' ').length === 2 && PERSON_WORD.test(n.slice(short.length + 1))) || isSurnameFirst(short, n, isLowerWord, isTitled(n))))));
    // A surname beside a person and an organisation named after them ("Peter Chernin", "the Chernin Group"), when the person
    // speaks in the article ("Chernin said", a quote's speaker): the person's, as news names a speaker by surname alone.
    const person = full.length > 1 ? full.filter((n) => isPersonShaped(n) && n.endsWith(` ${short}`) && isSpeaker(n)) : [];
    if (person.length === 1) full = person;
    // Several longer forms ("Julian Assange", "Kylie Jenner", "Coty-Kylie Jenner"): the most mentioned one, when it leads clearly.
    if (full.length > 1) {
      const ranked = [...full].sort((a, b) => counts.get(b)! - counts.get(a)!);
      if (counts.get(ranked[0]!)! > counts.get(ranked[1]!)!) full = [ranked[0]!];
    }
    // A common word the article also writes in lower case ("Training", "Post", "Time", "Black") is no short form of a
    // longer name ("Clever Training", "DCR Post", "US Eastern Time", "Black In-Depth Review") but the word capitalised, unless
    // the longer name is a person's, named from a given name ("Cook" of "Tim Cook").
    if (full.length === 1 && isLowerWord(short) && genderOfGivenName(short) === null && genderOfGivenName(full[0]!.split(' ')[0]!) === null) continue;
    if (full.length === 1) fold(short, full[0]!);
  }
  // "Snopes" of "Snopes.com": a site's name without its domain.
  for (const name of [...counts.keys()]) {
    const bare = BARE_DOMAIN.exec(name)?.[1];
    if (bare && counts.has(bare)) fold(bare, name);
  }
  // An acronym of a longer name ("FDA" for "Food and Drug Administration") is one of its aliases.
  // Written with stops too: "U.S." for "United States".
  for (const acro of [...counts.keys()].filter((n) => /^(?:\p{Lu}\.?){2,6}$/u.test(n))) {
    const pair = bracketed.get(acro);
    const letters = acro.replace(/\./g, '');
    // ("GM" of "General Motors Co": the initials of a name without its legal form too. Of two names of those initials, none:
    // "MR" beside "Meta Ridley" was the author's, "Mama Robotnik".)
    const full = pair && counts.has(pair) ? [pair] : [...counts.keys()].filter((n) => n.includes(' ') && (initials(n) === letters || initials(withoutLegalForm(n)) === letters));
    if (full.length === 1) fold(acro, full[0]!);
  }
  return aliases;
}

// The given name of an East Asian name written surname first: "Jae-myung", "Dong-hoon" or "Suk Yeol", "Jong Un"
// (two words only when neither is a word the article writes in lower case: not "Honey Pear Jam", "Apple News Web").
const SURNAME_FIRST_GIVEN = /^(?:\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,6}|\p{Lu}\p{Ll}{1,3} \p{Lu}\p{Ll}{1,3})$/u;
// A Chinese given name written as one word after a surname of two to four letters, in a name written after a title
// ("President Xi Jinping", "Premier Li Keqiang"): not "Wyze Sense", "Nabi Islam".
const ONE_WORD_GIVEN = /^\p{Lu}\p{Ll}{4,7}$/u;
/** "Yoon" of "Yoon Suk Yeol", "Lee" of "Lee Jae-myung", "Xi" of "Xi Jinping" (`titled`: the name followed a title): a short surname (no given name) opening a name written surname first. */
function isSurnameFirst(short: string, long: string, isLowerWord: (word: string) => boolean, titled = false): boolean {
  const given = long.slice(short.length + 1);
  return /^\p{Lu}\p{Ll}{1,4}$/u.test(short) && genderOfGivenName(short) === null && (SURNAME_FIRST_GIVEN.test(given) || (titled && short.length <= 4 && ONE_WORD_GIVEN.test(given) && genderOfGivenName(given) === null)) && !isLowerWord(short) && !given.split(' ').some(isLowerWord);
}

/** "General Motors Co" → "General Motors": a company's name without the legal form after it. */
function withoutLegalForm(name: string): string {
  return name.replace(/,? (?:Inc|Corp|Co|Ltd|LLC|PLC|AG|SA|GmbH|NV)\.?$/, '');
}

/** Initials of a name's capitalised words: "Food and Drug Administration" → "FDA". */
export function initials(name: string): string {
  return name.split(' ').filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

function isPersonShaped(name: string): boolean {
  const words = name.split(' ').filter((w) => !GENERATION.test(w));
  return words.length >= 2 && words.length <= 4 && words.every((w) => PERSON_WORD.test(w)) && !CORPORATE.test(words[words.length - 1]!);
}

// Surname and initial of the first name: "Patrick W. Carlineo Jr." and "Pat Carlineo" share "carlineo p".
function personKey(name: string): string | null {
  const words = name.split(' ').filter((w) => !GENERATION.test(w));
  const first = words[0]!;
  if (/^\p{Lu}\.$/u.test(first)) return null;
  return `${words[words.length - 1]!.toLowerCase()} ${first[0]!.toLowerCase()}`;
}

/**
 * Two forms of one person: the same first name or one the other begins with ("Pat", "Patrick"),
 * the middle words of one among the other's, and not a father and son ("Donald Trump" / "Donald Trump Jr.").
 */
function sameOrNickname(a: string, b: string): boolean {
  const core = (n: string): string[] => n.split(' ').filter((w) => !GENERATION.test(w));
  const [wa, wb] = [core(a), core(b)];
  if (wa.join(' ') === wb.join(' ')) return false;
  const [fa, fb] = [wa[0]!, wb[0]!];
  if (!(fa === fb || (fa.length >= 3 && fb.startsWith(fa)) || (fb.length >= 3 && fa.startsWith(fb)))) return false;
  const [ma, mb] = [wa.slice(1, -1), wb.slice(1, -1)];
  return ma.every((w) => mb.includes(w)) || mb.every((w) => wa.includes(w));
}

// "Eriksson Ek" of "Joel Eriksson Ek", "Bin Laden" of "Osama bin Laden", "Sierra Nevada" of "Sierra Nevada Corporation",
// "Whole Foods" of "Whole Foods Market".
const COUNTRY_INITIALS = /^(?:US|U\.S\.|UK|U\.K\.|EU|UN|U\.N\.)$/;
function isLongerForm(short: string, long: string): boolean {
  long = withoutLegalComma(long);
  if (long.toLowerCase().endsWith(` ${short.toLowerCase()}`) && long.split(' ').length > short.split(' ').length && isPersonShaped(long)) return true;
  // "U.S. Customs and Border Protection", "UK Competition and Markets Authority": the country's initials before an institution.
  if (long.endsWith(` ${short}`) && COUNTRY_INITIALS.test(long.slice(0, -short.length - 1)) && hasOrgWord(short)) return true;
  if (!long.startsWith(`${short} `)) return false;
  const tail = long.slice(short.length + 1).split(' ');
  if (tail.every((w) => CORPORATE.test(w))) return true;
  // "Whole Foods" of "Whole Foods Market", "Raspberry Pi" of "Raspberry Pi Foundation": a name of two words or more and a
  // word naming an institution (not "Apple TV Channels", "Oklahoma City Thunder", "Stack Overflow Jobs").
  return short.includes(' ') && tail.length === 1 && (INSTITUTION_TAIL.test(tail[0]!) || hasOrgWord(tail[0]!));
}

// "Assange" in "Julian Assange"; "Voltaero" in "Voltaero Systems"; "Disney" in "Walt Disney Co".
function containsWord(long: string, short: string): boolean {
  long = withoutLegalComma(long);
  if (!long.includes(' ') || !long.includes(short)) return false;
  const words = long.split(' ');
  while (words.length > 1 && (CORPORATE.test(words[words.length - 1]!) || GENERATION.test(words[words.length - 1]!))) words.pop();
  const core = words.join(' ');
  return core === short || core.endsWith(` ${short}`) || ARTICLE_SURNAME.exec(words[words.length - 1]!)?.[1] === short;
}

/** "U.S. Games Systems, Inc." → "U.S. Games Systems Inc.": a company's legal form read as after a space. */
function withoutLegalComma(name: string): string {
  return name.includes(', ') ? name.replace(LEGAL_COMMA, ' ') : name;
}
const LEGAL_COMMA = /, (?=(?:Inc|Ltd|LLC|Corp|Co|PLC|LLP)\.?$)/;
