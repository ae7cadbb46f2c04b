import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { GAZETTEER_ORGANIZATIONS, GAZETTEER_PLACES } from './gazetteer.ts';
import { genderOfGivenName, isGivenName, pronounGenderOfGivenName } from './given-names.ts';
import { nameRuns, stripTitles } from './names.ts';
import {
  ARTICLE, DEMONYM, FUNCTION_WORDS, KIN, ROMANCE_INSTITUTION, INSTITUTION_PHRASE, LEAD_WORDS, ORG_WORD, ROLE_WORDS, articleOrg, articlePeople, cleanSpeaker, companyAntecedent, describedPerson, fullName, glueInitials, maskAbbreviations,
  genderOf, holdsTitle, IRREGULAR_PAST, lowerTitles, isPerson, midSentence, namesAnotherThing, orgAntecedent, personNamed, personAntecedent, personAtEnd, personTitle, pos, pronounGender, unglue, unmask, type Gender, type People,
} from './speakers.ts';
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
const VERBS = 'sagte|sagt|erklärte|betonte|a déclaré|a dit|dijo|said|says|say|added|adds|wrote|writes|told|tells|explained|explains|written|noted|notes|continued|stated|states|argued|argues|asked|tweeted|posted|declared|warned|warns|insisted|acknowledged|acknowledges|replied|recalled|claimed|claims|cautioned|emphasized|emphasised|stressed|admitted|confirmed|announced|conceded|predicted|remarked|observed|commented|comments|responded|suggested|testified|testifies|reported|reports|asks|alleged|alleges|cautions|recounted|recalls|concluded|concludes|put it|puts it|related|weighed in|responds|respond|replies|answered|answers|sings|sang|joked|jokes|quipped|quips|exclaimed|insists|continues|tweets|mused|muses|boasted|boasts|bragged|brags|reads|counters|countered|concedes|admits|laments|lamented|confides|confided|read';
const PRONOUN = /^(?:he|she|they|we|i)$/i;
const PRONOUN_LIKE = /^(?:he|she|they|we|i|it)$/i;
// Where a body is based, before its noun: "Cupertino, California-based ", "London-based ".
const BASED_IN = "(?:\\p{Lu}[\\p{L}.'’]*,?\\s+){0,3}\\p{Lu}[\\p{L}.'’]*-based\\s+";
const BASED_DESCRIPTION = new RegExp(`^((?:[Tt]he|[Aa]n?)\\s+)${BASED_IN}([\\p{Ll}\\s-]{2,30})$`, 'u');
const AFTER_SPEAKER_VERB = new RegExp(`^[\\s,.—–-]*(?<who>[^.!?"“”]{1,220}?)\\s+(?:${VERBS})\\b`, 'i');
// German "„…“, so Müller" puts "so" where "said" goes; only there, never in "doing so" after a clause.
const AFTER_VERB_SPEAKER = new RegExp(`^[\\s,.—–-]*(?:so|${VERBS.replace(/\|told\|tells/, '').replace(/\|read$/, '')})\\s+(?<who>[^.!?;"“”]{1,120})`, 'i');
// ("selon", "según", "secondo", "segundo": "according to" in French, Spanish, Italian, Portuguese)
// `“…,” as one newspaper put it.`, `“…,” as Smith wrote in 2019.`: the one whose words they are, after "as" (which opens no attribution otherwise).
const AFTER_AS = /^[\s,.—–-]*as\s+(?<who>[^.!?;,"“”]{1,80}?)\s+(?:put it|puts it|said|says|wrote|writes|noted|notes|observed|observes|called it|calls it|described it|describes it)(?=[\s.,;]|$)/iu;
const AFTER_ACCORDING = /^[\s,.—–-]*(?:according to|selon|según|secondo|segundo)\s+(?<who>[^.!?;"“”]{1,120})/i;
const BEFORE_SPEAKER_VERB = new RegExp(`(?:^|[.!?]\\s|,\\s|\\band\\s|\\bbut\\s)(?<who>[^.!?"“”]{1,200}?)\\s+(?:${VERBS}|called (?:it|them|this|that)|described (?:it|them|this) as)(?:\\s+(?:in|on|at|to|during|via|through|after|from|by)\\s+(?:(?!,\\s+(?:and|but)\\s)[^:"“”.!?—–]|[.!?](?!\\s)){1,60}?|\\s+\\p{Lu}[\\p{L}]+(?:\\s\\p{Lu}[\\p{L}]+)?|\\s+(?:reporters|journalists|the\\s+[\\p{L}\\s]{1,40}?))?[,:]?\\s*$`, 'iu');
const BEFORE_ACCORDING = /(?:according to|\b[Ss]elon|\b[Ss]egún)\s+(?<who>[^.!?;"“”]{1,120}?),?\s*$/i;
const IN_WORDS = /(?:^|[.!?,;:]\s+)(?:[Ii]n\s+(?:the\s+(?:\p{Ll}+\s+)?words\s+of\s+(?<of>[^.!?;,"“”]{2,100})|(?<own>[^.!?;,"“”]{2,80}?)[’'](?:s)?\s+(?:own\s+)?words)|[Tt]o\s+quote\s+(?<quote>[^.!?;,"“”]{2,100})),?\s*:?\s*$/u;

// A clause that ends on a conjunction: the verb after it is the second of its sentence's subject.
const COORDINATED = /\s(?:and|but|or)\s*$/;

interface RawQuote {
  text: string;
  open: number;
  close: number; // index after the closing mark (or paragraph end)
  unclosed?: boolean; // left open at the paragraph's end: the quotation runs on into the next paragraph
  // Nested in another quotation (a submitter's block, an excerpt, a quoted letter): the offsets of that quotation's words, between its marks.
  within?: [number, number];
  single?: boolean; // in single marks: 'Did you sign this letter?' Kimmel asked.
}

// A call closed and ended or opening a block, an arrow function, a declaration: program text.
const CODE_LIKE = /\)\s*[;{]|=>|\b(?:function|var|const|let)\s+[\w$]+\s*[=(]/;

/** Finds the quoted spans in a paragraph: quotations read as nested where their marks nest, else marks paired one after another. */
export function quotedSpans(paragraph: string): RawQuote[] {
  // Source code ("console.log(\"Cannot pretend to be a bank!\");") quotes string literals, not people.
  if (CODE_LIKE.test(paragraph) && (paragraph.match(/[{}]/g)?.length ?? 0) >= 2) return [];
  return nestedSpans(paragraph) ?? pairedSpans(paragraph);
}

/** The quoted spans of a paragraph, pairing curly marks and alternating straight ones. */
function pairedSpans(paragraph: string): RawQuote[] {
  const out: RawQuote[] = [];
  let i = 0;
  while (i < paragraph.length) {
    const ch = paragraph[i]!;
    // (a straight mark right after a number is inches, "a 34\" monitor", not an opening quote)
    if (ch === '"' && i > 0 && /\p{N}/u.test(paragraph[i - 1]!)) {
      i++;
      continue;
    }
    if (ch === '“' || ch === '"' || ch === '„' || ch === '«') {
      const closer = ch === '“' ? /[”"]|’’|''/g : ch === '„' ? /[“”]/g : ch === '«' ? /»/g : /"|”/g;
      closer.lastIndex = i + 1;
      const m = closer.exec(paragraph);
      const end = m ? m.index : paragraph.length;
      const text = paragraph.slice(i + 1, end).trim().replace(/[,\s]+$/, '');
      const closeAt = m ? end + m[0].length : end;
      out.push({ text, open: i, close: closeAt, unclosed: !m });
      i = m ? closeAt : paragraph.length;
      continue;
    }
    i++;
  }
  return out;
}

// Where a mark opens a quotation: after the paragraph's start, a space, a bracket, a dash, a colon or another opening mark, and before a word.
const OPENS_AFTER = /[\s([{—–:“‘'"/]/u;
const OPENS_BEFORE = /[^\s,.;:!?)\]}]/u;
// Where a mark closes one: after a word or punctuation, and before a space, punctuation, another mark or the paragraph's end.
const CLOSES_BEFORE = /[\s,.;:!?)\]}—–"”'’-]/u;
// Words an apostrophe cuts short, which are no quotation: "rock 'n' roll", "'em", "'til", "'90s".
const ELISION = /^(?:n|em|til|cause|cos|tis|twas|bout|round|s)(?![\p{L}])|^\p{N}/iu;

interface OpenMark {
  at: number;
  mark: string;
  single: boolean;
  depth: number;
}

/**
 * Quotations read as nested (issue: a submitter's block, an excerpt, a quoted letter hold quotations of their own — `writes "… 'The
 * deployment means …,' says Eun-A Park. …"`): curly marks open and close as drawn, straight marks by where they stand (an opening
 * mark after a space and before a word, a closing one after a word); single marks only where they open after a space and close
 * before one — an apostrophe inside a word ("aren't") or after a plural ("the players' union") closes nothing. Null when the marks
 * do not nest cleanly (a quotation inside another left open), for the paired reading.
 */
function nestedSpans(paragraph: string): RawQuote[] | null {
  // (curly double marks open and close as drawn, which the paired reading follows already: on the dev sets, reading quotations
  // nested in curly ones offered more words nobody annotated than it found)
  if (/[“”]/.test(paragraph)) return null;
  const spans: (RawQuote & { depth: number; outer: number })[] = [];
  const stack: OpenMark[] = [];
  const close = (o: OpenMark, at: number, length: number) => {
    const text = paragraph.slice(o.at + 1, at).trim().replace(/[,\s]+$/, '');
    const outer = stack.length ? stack[stack.length - 1]!.at : -1;
    spans.push({ text, open: o.at, close: at + length, depth: o.depth, outer, ...(o.single ? { single: true } : {}) });
  };
  /** Closes the innermost double quotation (the single ones opened inside it and left open were apostrophes). */
  const closeDouble = (at: number, length: number): boolean => {
    const k = stack.findLastIndex((o) => !o.single);
    if (k < 0) return false;
    const o = stack[k]!;
    stack.length = k;
    close(o, at, length);
    return true;
  };
  let singles = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i]!;
    const before = i > 0 ? paragraph[i - 1]! : ' ';
    const after = paragraph[i + 1] ?? ' ';
    const opens = OPENS_AFTER.test(before) && OPENS_BEFORE.test(after);
    const depth = stack.length;
    if (ch === '“') {
      // („…“: the German closing mark)
      const top = stack.findLast((o) => !o.single);
      if (top?.mark === '„' && !opens) closeDouble(i, 1);
      else stack.push({ at: i, mark: ch, single: false, depth });
    } else if (ch === '„' || ch === '«') {
      stack.push({ at: i, mark: ch, single: false, depth });
    } else if (ch === '”' || ch === '»') {
      closeDouble(i, 1);
    } else if (ch === '"') {
      // (a straight mark right after a number is inches, "a 34\" monitor", not a quotation mark)
      if (/\p{N}/u.test(before)) continue;
      if (opens) stack.push({ at: i, mark: ch, single: false, depth });
      else if (!closeDouble(i, 1) && OPENS_BEFORE.test(after)) stack.push({ at: i, mark: ch, single: false, depth }); // `said,"We …`
    } else if (ch === '‘' || ch === "'" || ch === '’') {
      // ('' and ’’: a double closing mark typed as two single ones)
      if ((ch === "'" || ch === '’') && paragraph[i + 1] === ch && stack.some((o) => !o.single)) {
        closeDouble(i, 2);
        i++;
        continue;
      }
      const word = paragraph.slice(i + 1, i + 8);
      if (ch !== '’' && opens && /^\p{L}/u.test(after) && !ELISION.test(word)) {
        stack.push({ at: i, mark: ch, single: true, depth });
        singles++;
        continue;
      }
      const top = stack[stack.length - 1];
      // (a closing single mark after a plural, before a lowercase word, is a possessive: "'The players' union says …'")
      if (ch !== '‘' && top?.single && /[^\s]/u.test(before) && !/['’]n$/.test(paragraph.slice(i - 2, i)) && CLOSES_BEFORE.test(after) && !(/s/.test(before) && /^\s+\p{Ll}/u.test(paragraph.slice(i + 1, i + 3)))) {
        stack.pop();
        close(top, i, 1);
      }
    }
  }
  // A quotation left open at the paragraph's end runs on into the next paragraph (news style) — only the outermost may.
  const open = stack.filter((o) => !o.single);
  if (open.length > 1 || (open.length === 1 && open[0]!.depth > 0)) return null;
  if (open.length === 1) {
    const o = open[0]!;
    spans.push({ text: paragraph.slice(o.at + 1).trim().replace(/[,\s]+$/, ''), open: o.at, close: paragraph.length, unclosed: true, depth: 0, outer: -1 });
  }
  if (singles === 0 && spans.every((s) => s.depth === 0)) return null; // nothing nested, nothing single: the paired reading, as ever
  spans.sort((a, b) => a.open - b.open);
  const byOpen = new Map(spans.map((s) => [s.open, s]));
  return spans.map(({ depth: _d, outer, ...s }) => {
    const o = byOpen.get(outer);
    return o ? { ...s, within: [o.open + 1, o.unclosed ? paragraph.length : o.close - 1] } : s;
  });
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

// People named by their tie to someone: a closed class of nouns.
const RELATIVE_OF = new RegExp(String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}[’']s\s+(?:[\p{Ll}-]+\s+){0,2}${KIN}$`, 'u');
const KIN_WORD = new RegExp(`^${KIN}$`);

/** A speaker and the role the attribution gives them. */
export interface Speaker {
  speaker: string;
  role: string | null;
}

// Capitalised words that open an attribution without naming anyone: numbers, demonyms, generic plurals.
const NOT_SPEAKER = /^(?:(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundreds|Thousands|Dozens|Half|Most|Many|Some|Several|Few|All|Both|Others?)(?:-\w+)?|Americans|Britons|Europeans|Chinese|Canadians|Australians|Germans|People|Voters|Residents|Critics|Experts|Analysts|Officials|Police|Sources|Observers|Supporters|Opponents|Democrats|Republicans)$/u;

const RECEIVED_MESSAGE = /^(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}-]+\s+)?(message|email|e-mail|letter|note|memo|text)\s+(?:(?:received|obtained|seen|reviewed|read|opened)\s+by|(?:sent|addressed|delivered|forwarded|mailed|shown)\s+to)\s/u;

// Titles written short before a name, spelled out as the role ("Sen. Elizabeth Warren" → "Senator").
const SHORT_TITLE: Record<string, string> = { Sen: 'Senator', Rep: 'Representative', Gov: 'Governor', 'Lt. Gov': 'Lieutenant Governor', Gen: 'General', Adm: 'Admiral', Col: 'Colonel', Sgt: 'Sergeant', Capt: 'Captain', Supt: 'Superintendent', Insp: 'Inspector', Det: 'Detective', Cmdr: 'Commander', Prof: 'Professor', Amb: 'Ambassador' };
const SHORT_TITLE_RE = /^(Lt\.\s?Gov|Sen|Rep|Gov|Gen|Adm|Col|Sgt|Capt|Supt|Insp|Det|Cmdr|Prof|Amb)\.?$/;
// Words that say who someone is, beyond the offices ROLE_WORDS knows: "the nation's top infectious disease expert", "a Democrat".
const DESCRIBED_AS = /\b(?:experts?|specialists?|scientists?|physicians?|doctors?|surgeons?|nurses?|lawmakers?|legislators?|candidates?|Democrats?|Republicans?|activists?|advocates?|historians?|authors?|novelists?|journalists?|columnists?|commentators?|consultants?|entrepreneurs?|billionaires?|pilots?|veterans?|judges?|justices?|detectives?|inspectors?|sheriffs?|coaches?|captains?|players?|singers?|actors?|actresses|artists?|musicians?|athletes?)\b/;

function cleanRole(role: string): string | null {
  const short = SHORT_TITLE_RE.exec(role.trim());
  if (short) return SHORT_TITLE[short[1]!.replace(/\.\s?/, '. ')] ?? SHORT_TITLE[short[1]!] ?? null;
  // (a word of who someone is heads a noun phrase, "a clinical psychologist and jail suicide expert", not a clause, "gave his players a pep talk")
  if (!ROLE_WORDS.test(role) && !(DESCRIBED_AS.test(role) && /^[\s,]*(?:(?:a|an|the|his|her|their|its)\s|\p{Lu}|[\p{L}-]+[’']s\s)/u.test(role))) return null;
  // Whole words only: "analysts" keeps its "a", "Australian Prime Minister" its "A". A trailing title or pronoun ("Senior author Dr", "…officer, she") goes.
  // (a conjunction that opened the clause, "but General Mark Milley", and a clause of when or where after the role, "…, during a hearing last week", go)
  const r = unglue(role)
    .replace(/^(?:(?:,|\s)+|(?:and|but|or|yet|so|the|a|an|said|says|told|who is|who was)\b)+\s*/i, '')
    // ("the company's other co-founder", "the agency's chairman": an owner the article names only by a common noun tells nothing)
    .replace(/^(?:company|firm|agency|startup|start-up|group|organi[sz]ation|department|business|team|club|city|state)[’']s\s+(?=\p{Ll})/u, '')
    .replace(/,\s+(?:during|when|while|after|before|speaking|writing|testifying|according|in|on|via|to\s+(?:reporters|journalists|the\s+\p{Ll}+))\b.*$/su, '')
    // ("In a blog post published on Tuesday, Google's head of security": the phrase of where or when that opens the sentence goes too)
    .replace(/^(?:In|On|At|During|After|Before|Speaking|Writing|Later|Earlier|Asked|Pressed|Questioned|Responding|Reacting|Commenting)\b[^,]{0,80},\s+(?=\S)/u, '')
    .replace(/[\s,]+$/, '')
    .replace(/(?:,?\s+(?:said|says|told|added|he|she|they|has|have|had|is|was|Dr|Mr|Mrs|Ms|Prof)\.?)+$/, '')
    .trim();
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
  // (pure, and asked the same clause again and again by the readers of a paragraph's quotes: remembered; frozen so no caller changes it)
  const known = spoken.get(clause);
  if (known !== undefined) return known;
  const read = readSpeaker(clause);
  if (spoken.size >= 1024) spoken.clear();
  spoken.set(clause, read && Object.freeze(read));
  return read;
}
const spoken = new Map<string, Speaker | null>();

function readSpeaker(clause: string): Speaker | null {
  const c = glueInitials(clause).trim().replace(/^[,\s]+|[,\s]+$/g, '').replace(/\s+(?:when|after|before|because|while|as|in an? (?:interview|statement|email|post|tweet)|on (?:Twitter|Facebook|X))\b.*$/i, '');
  if (c === '') return null;
  // "the Cupertino, California-based company": where it is based describes the company, which speaks unnamed (not "Cupertino").
  const based = BASED_DESCRIPTION.exec(c);
  if (based) {
    const bare = speakerOf(`${based[1]}${based[2]}`);
    if (bare && !bare.speaker) return { speaker: '', role: c };
  }
  // "the Argentine", "the Dutchman": a person named by their nation, whom the caller resolves like any title.
  const nation = /^[Tt]he\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)$/u.exec(c);
  if (nation && DEMONYM.test(nation[1]!)) return { speaker: '', role: c };
  if (PRONOUN_LIKE.test(c)) return { speaker: c.toLowerCase(), role: null };
  if (HANDLE.test(c)) return { speaker: c, role: null }; // "elmo666": a handle alone
  // "le ministère des Affaires étrangères", "el ministerio de Salud": in a Romance language an institution is a lowercase noun and a
  // capitalised complement, which together are its name (not "Affaires" alone).
  const romance = ROMANCE_INSTITUTION.exec(c);
  if (romance) return { speaker: romance[1]!, role: null };
  // "a spokesperson for Boeing", "an analyst at Jefferies", "the head of research at Baltic Bank"
  const forOrg = /^(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+((?:[\p{Ll}-]+\s){0,3}?(?:spokes\w+|representatives?|officials?|executives?|analysts?|economists?|lawyers?|attorneys?|sources?|engineers?|researchers?|employees?|members?|adviser|advisor|manager|director|partner|strategist|head of [\p{Ll}\s]+?))\s+(?:for|at|of|from|with)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s(?:of\s|&\s)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,4})/u.exec(c);
  if (forOrg) {
    // ("the deputy director of Public Prosecution, Eva-Marie Persson": a full name in apposition after the role is the one who speaks)
    const named = /^,\s+(\p{Lu}[\p{L}.'’\u034F-]*(?:\s+\p{Lu}[\p{L}.'’\u034F-]*){1,3})(?:,|$)/u.exec(c.slice(forOrg.index + forOrg[0].length))?.[1];
    const person = named ? personAtEnd(named) : null;
    if (person && person.name === named && !ORG_WORD.test(person.name.split(' ').pop()!)) return { speaker: unglue(person.name), role: cleanRole(forOrg[0]) ?? forOrg[0] };
    return { speaker: forOrg[2]!.replace(/[’']s$/, ''), role: forOrg[1]!.trim() };
  }
  // "one Reddit user, @bigfan99", "Reddit user throwaway_99", "u/spez": on a forum or a network, a handle is the name a user goes by.
  const handle = /(?:^|[\s,(])(@[\p{L}\p{N}_.]{2,30}[\p{L}\p{N}_]|u\/[\p{L}\p{N}_-]{2,30})(?![\p{L}\p{N}_])/u.exec(c) ??
    /\b(?:users?|commenters?|posters?|redditors?|members?|username|handle|account)\s+(?:named\s+|called\s+)?([\p{L}\p{N}.-]*[\p{N}_][\p{L}\p{N}_.-]*[\p{L}\p{N}_])(?![\p{L}\p{N}_])/u.exec(c);
  if (handle && !/^@?\p{N}+$/u.test(handle[1]!)) {
    const rest = c.replace(handle[1]!, '').replace(/^[\s,]+|[\s,]+$/g, '').trim();
    // "Elon Musk (@elonmusk)", "Musk (@elonmusk)": a handle in brackets after a name is that person's — the name speaks.
    const owner = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*\(\s*\)$/u.exec(rest)?.[1];
    if (owner) return { speaker: owner, role: null };
    return { speaker: handle[1]!, role: rest && /\p{L}/u.test(rest) ? rest.replace(/^(?:one|an?|another)\s+/, '') : null };
  }
  // "the message received by some Acme employees", "a letter sent to the mayor": the names after it are who got the message, not who
  // wrote it — the message speaks for its sender, whom the caller looks for.
  const received = RECEIVED_MESSAGE.exec(c);
  if (received) return { speaker: '', role: `the ${received[1]}` };
  // "The tweet from Vulture magazine", "a 2019 report by the Pew Research Center": a written text speaks for who wrote it.
  const doc = /^(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:(?:[\p{Ll}\p{N}-]+|January|February|March|April|May|June|July|August|September|October|November|December)\s+){0,3}?(report|study|survey|statement|tweet|post|letter|description|release|analysis|paper|poll|filing|complaint|lawsuit|memo|email|notice|message|blog post|press release|guidance|document|ruling|decision|order|findings|review|audit|announcement|advisory|warning|caption|website|page|account)\s+(?:from|by|of|on|published by|released by|issued by|written by)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s(?:of\s|for\s|on\s|&\s|and\s|the\s)*\p{Lu}[\p{L}\p{N}&.'’-]*){0,6})/u.exec(c);
  if (doc) {
    // (its author read as any attribution: "a survey by Penelope Muse Abernathy of the University of North Carolina" → the person)
    const author = speakerOf(c.slice(doc.index + doc[0].length - doc[2]!.length));
    if (author?.speaker) return author;
  }
  // "Aviation analysts", "Wall Street economists": people of a kind, named by what they follow — no one speaks by name.
  const kind = /^(?:(?:the|some|many|other)\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,3}(?:analysts|experts|economists|observers|critics|traders|investors|watchers|strategists|scientists|researchers|residents|voters|fans|users|workers|students|doctors|lawyers|commentators)$/u.exec(c);
  if (kind) return { speaker: '', role: kind[0] };
  // "one Weibo commenter", "an Amazon customer": someone who uses or follows a name, not someone who speaks for it.
  const user = /^(?:one|an?|another|some)\s+(?:\p{Lu}[\p{L}\p{N}.&'’-]*\s+){1,3}(?:commenters?|users?|fans?|customers?|viewers?|readers?|listeners?|followers?|subscribers?|shoppers?|passengers?|drivers?|riders?|players?|gamers?|members?|supporters?|voters?|residents?|visitors?|guests?|patients?|students?|parents?|teachers?|workers?|employees?|staffers?|veterans?|alumni|alumnus|owners?|buyers?|sellers?|investors?|shareholders?|traders?|tourists?)$/u.exec(c);
  if (user) return { speaker: '', role: user[0] };
  // "Ford's now-deceased father", "Smith's widow": a relative of someone named, who is not that someone — a role with no name.
  if (RELATIVE_OF.test(c)) return { speaker: '', role: c };
  // "Mr. Macron's office", "Warren's spokeswoman": the one whose office or voice it is speaks through it, as "a spokesperson for
  // Boeing" is Boeing — not "Mr Macron's office" as a name.
  const voice = OWNED_VOICE.exec(c);
  if (voice) {
    const owner = speakerOf(voice[1]!);
    if (owner?.speaker && !PRONOUN_LIKE.test(owner.speaker)) return { speaker: owner.speaker, role: voice[2]! };
  }
  // "the French foreign ministry", "the U.S. military": an institution speaks under the name the article gives it.
  const institution = INSTITUTION_PHRASE.exec(c);
  if (institution) return { speaker: institution[1]!, role: null };
  // "Apple and Google said", "Mark Warner and Marco Rubio wrote": two names that speak together are the speaker together
  // ("Procter & Gamble", "Customs and Border Protection": one name, kept whole the same way); the caller resolves each half.
  const joint = JOINT.exec(c);
  if (joint) {
    const halves = [joint[1]!, joint[3]!].map((h) => {
      const run = nameRuns(h)[0] ?? h;
      return unglue(personAtEnd(run)?.name ?? run.replace(/^(?:(?:The|But|And|So|Then|Now|Both|Meanwhile|Later)\s+)+/, ''));
    });
    if (halves.every((h) => h && !NOT_SPEAKER.test(h) && !ARTICLE.test(h) && !LEAD_WORDS.has(h) && !/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(h))) return { speaker: `${halves[0]} ${joint[2]} ${halves[1]}`, role: null };
  }
  // "the former Chelsea manager", "the England captain": a person described by a title held somewhere, whom the caller resolves —
  // not the organisation speaking, as "a Chelsea spokesperson" is.
  // ("the CEO", "the Apple CFO": an office written as initials is a title all the same)
  const titled = lowerTitles(c);
  if (/^[Tt]he\s+(?:(?:former|then|new|current|interim|outgoing|incoming)\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?$/u.test(titled) && personTitle(titled)) return { speaker: '', role: c };
  if (titled !== c && /^[Tt]he\s+(?:(?:former|then|new|current|interim|outgoing|incoming)\s+)?[\p{Ll}\s-]+$/u.test(titled)) return { speaker: '', role: c };
  const parts = c.split(/,\s*/);
  let orgFallback: Speaker | null = null;
  for (let pi = 0; pi < parts.length; pi++) {
    const part = parts[pi]!;
    const runs = joinedByFor(part, nameRuns(part)).flatMap((r) => {
      const p = personBeforeOfRun(r);
      return p ? [p.name, r.slice(p.name.length + 4)] : [r];
    }).filter((r) => !new RegExp(`${escape(r)}[’']s\\b`).test(part) || ROLE_WORDS.test(part.slice(part.indexOf(r) + r.length)));
    // "chief inspector Jennifer Mattinson from the West Mercia police": a name after a preposition is where the speaker works, not who speaks.
    const free = runs.filter((r, i) => i === 0 || !GOVERNED_RUN.test(part.slice(0, part.indexOf(r))));
    for (let ri = free.length - 1; ri >= 0; ri--) {
      const run = free[ri]!;
      const person = / for /.test(run) ? null : personAtEnd(run); // joined by "for": an office or an institution
      if (person) {
        const inPart = part.slice(0, part.indexOf(run)) + person.before;
        // (an apposition follows the name: "In a letter to the president in May, Zippy Duvall, the president of the American Farm Bureau" —
        // the parts after it describe the person; the parts before only when none follow, "Sweden's deputy director …, Eva-Marie Persson")
        const others = parts.slice(pi + 1).join(', ') || parts.slice(0, pi).join(', ');
        // (a title written short before the name, "Cmdr.", gives way to an apposition that says more: ", spokesperson for …")
        const role = SHORT_TITLE_RE.test(inPart.trim()) ? cleanRole(others) ?? cleanRole(inPart.trim()) : cleanRole(inPart.trim() ? `${inPart.trim()}` : others) ?? cleanRole(others);
        return { speaker: unglue(person.name), role };
      }
    }
    // No full name: an organisation or a single name ("Acme", "Shihipar"), with any role words around it.
    const single = runs.map(leadStripped).filter((r) => r !== '' && !ARTICLE.test(r));
    if (single.length && !orgFallback) {
      // "a WeWork spokesperson when contacted by Reuters": the name the role word follows speaks.
      const beforeRole = single.find((r) => roleAfter(r, part));
      // "Environmental group ClientEarth", "Boeing rival Airbus": a capitalised word, lowercase words of a kind, then the name that
      // ends the clause — that name is the subject, the word before only says what kind of body it is.
      const kindThenName = !beforeRole && single.length === 2 && new RegExp(`^${escape(single[0]!)}\\s+(?:(?!(?:and|or|of|for|the|de|del|da|du|van|von|y|e)\\s)\\p{Ll}[\\p{Ll}-]*\\s+){1,2}${escape(single[1]!)}$`, 'u').test(part.trim());
      const bare = (beforeRole ?? (kindThenName ? single[1]! : single[0]!)).replace(/[’']s?$/, '');
      // "the People's Daily": a possessive that opens the name belongs to it when no other name is left.
      const owner = single.length === 1 && ORG_WORD.test(bare) ? new RegExp(`(\\p{Lu}[\\p{L}]*[’']s)\\s+${escape(bare)}`, 'u').exec(part) : null;
      // ("Pacific Gas and Electric", "Texas Oil and Gas": a trade's word joined by "and" ends the firm's name, no second speaker)
      const andWord = new RegExp(`${escape(bare)} and (\\p{Lu}\\p{Ll}+)\\b`, 'u').exec(part)?.[1];
      const name = owner && single.length === 1 && ORG_WORD.test(bare) ? `${owner[1]} ${bare}` : andWord && ORG_WORD.test(andWord) ? `${bare} and ${andWord}` : bare;
      const role = cleanRole(part.replace(new RegExp(`^.*?${escape(name)}(?:[’']s)?`), '')) ?? cleanRole(parts.filter((_, i) => i !== pi).join(', '));
      orgFallback = { speaker: unglue(name), role };
      // "said Mr. Reeves, a senior fellow at the … Center for Health and Human Rights": a part that is only a name is the speaker; what follows describes them.
      if (runs.length === 1 && part.trim() === runs[0] && !NOT_SPEAKER.test(orgFallback.speaker)) return orgFallback;
    }
  }
  if (orgFallback && !NOT_SPEAKER.test(orgFallback.speaker)) return orgFallback;
  // "the company", "a spokesperson", "officials": a role with no name.
  const head = c.split(',')[0]!.trim();
  // ("one analyst", "another economist", "two officials": one or a few unnamed people of a kind — a role, never the last speaker going on)
  const m = /^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[\p{L}’'-]+[’']s\s+)?[\p{Ll}\p{N}\s-]{2,40}$/u.exec(head) ?? /^(?:officials|police|officers|analysts|critics|researchers|investigators|prosecutors|witnesses|residents|protesters|experts|scientists|doctors)$/i.exec(head) ?? UNNAMED_FEW.exec(head);
  return m ? { speaker: '', role: m[0] } : null;
}

// A body inside an institution the possessive names ("the company's board", "its board", "the party's national committee"): not the
// institution itself, nor any other one the article made act — a role, whose speaker the article does not name.
const OWNED_BODY = /^(?:(?:the|a|an)\s+\p{Ll}+[’']s|its|their|his|her|our)\s+(?:[\p{Ll}-]+\s+){0,2}(?:board|committee|council)$/iu;

const BYLINE = /^\s*By\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}(?:\s*(?:,|$|\sand\s))/u;
// An interview's answer label opening a paragraph: "A: “…”", "Answer: “…”".
const ANSWER_LABEL = /^\s*(?:A|Answer)\s*[:.]\s*$/;

/**
 * Who answers in a Q&A interview: the one person the article names before its first question ("Jordan Ellis, the new head coach,
 * sat down with us …" then "Q: …" / "A: “…”") — no one when the introduction names two or more.
 */
function interviewee(paragraphs: readonly string[], pi: number, people: People): ReturnType<typeof attribution> {
  const first = paragraphs.findIndex((p) => /^\s*(?:Q|Question)\s*[:.]\s/.test(p));
  if (first < 1 || first >= pi) return null;
  // (people by a given name the lexicon knows, or with a role in apposition — "Jordan Ellis, the new head coach of the Portland
  // Timbers": "Portland Timbers" is no one)
  // (or whom the article calls by surname alone, as a person: "Satya Nadella has run Microsoft since 2014. … Nadella: “…”")
  // (not the reporter a byline names: "By Tom Eldridge, BBC News health correspondent")
  const named = new Set(people.mentions.filter((m) => m.at >= 0 && m.at < pos(first, 0) && !m.vocative && !BYLINE.test(paragraphs[Math.floor(m.at / 1e6)] ?? '') && (genderOfGivenName(m.name.split(' ')[0]!) !== null || (/^(?:the|an?)\s/.test(m.role) && ROLE_WORDS.test(m.role)) || isPerson(m.name, people))).map((m) => m.name));
  if (named.size !== 1) return null;
  const [name] = named;
  return { speaker: name!, role: null, after: false };
}

// A named owner's office or voice: "Mr. Macron's office", "Sen. Warren's press secretary", "Biden's spokesman".
const OWNED_VOICE = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})[’']s?\s+((?:press\s+)?office|spokes(?:person|man|woman)|press secretary|representatives?)$/u;

const VOICE_ROLE = /^(?:(?:press\s+)?office|spokes(?:person|man|woman)|press secretary|representatives?)$/;

// A few people of a kind whom no name is given: "one analyst", "another senior official", "two people familiar with the matter".
export const UNNAMED_FEW = /^(?:[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther)\s+(?:[\p{Ll}-]+\s+){0,2}(?:analysts?|economists?|strategists?|officials?|executives?|investors?|traders?|experts?|sources?|lawmakers?|legislators?|senators?|diplomats?|people|persons?|witness(?:es)?|residents?|employees?|colleagues?|co-workers?|coworkers?|friends?|workers?|staffers?|members?|insiders?|observers?|critics?|researchers?|scientists?|doctors?|nurses?|lawyers?|attorneys?|advisers?|advisors?|aides?|managers?|directors?|engineers?|teachers?|parents?|students?|voters?|users?|customers?|protesters?|officers?|agents?|soldiers?|fans?|players?)(?:\s+(?:who|familiar|close|with|at|in|from|on|briefed|involved|knowledgeable)\b[^,]{0,60})?$/u;

// Role words right after a name ("WeWork spokesperson", "Acme's chief executive"), tried where the name is found: one
// compiled pattern for every name (a per-name RegExp of ROLE_WORDS under /iu compiled ~0.6 ms a call).
const ROLE_AFTER_NAME = new RegExp(`(?:[’']s)?\\s+(?:\\p{Ll}+\\s+){0,2}${ROLE_WORDS.source.replace(/^\\b/, '')}`, 'iuy');

/** Whether `text` writes `name` (any case) with role words right after it. */
function roleAfter(name: string, text: string): boolean {
  const at = new RegExp(escape(name), 'giu');
  for (let m = at.exec(text); m; at.lastIndex = m.index + 1, m = at.exec(text)) {
    ROLE_AFTER_NAME.lastIndex = m.index + m[0].length;
    if (ROLE_AFTER_NAME.test(text)) return true;
  }
  return false;
}

// Two capitalised names joined by "and" or "&", and nothing else: "Apple and Google", "the FBI and the Justice Department".
const JOINT_HALF = String.raw`(?:the\s+)?(\p{Lu}[\p{L}\p{N}.'’\u034F-]*(?:\s\p{Lu}[\p{L}\p{N}.'’\u034F-]*){0,3})`;
const JOINT = new RegExp(`^${JOINT_HALF}\\s+(and|&)\\s+${JOINT_HALF}$`, 'u');

/** "Rosaly Lopes of NASA" (read apart as "Rosaly Lopes" and "NASA"): the person named before an "of", unless the words before it name an organisation ("Bank of America"). */
function personBeforeOfRun(run: string): { name: string; before: string } | null {
  const at = run.indexOf(' of ');
  if (at < 0) return null;
  const head = run.slice(0, at);
  if (ORG_WORD.test(head.split(' ').pop()!) || ROLE_WORDS.test(head)) return null;
  const person = personAtEnd(head);
  return person && person.name === head ? person : null;
}

// A preposition (and article) right before a name.
const GOVERNED_RUN = /\b(?:from|at|of|for|with|in|to|by)\s+(?:the\s+)?$/;

/** Joins runs an organisation's name links with "for": "United Nations High Commissioner" + "Human Rights". */
function joinedByFor(part: string, runs: string[]): string[] {
  const out: string[] = [];
  let from = 0;
  let prevEnd = -1;
  for (const run of runs) {
    const at = part.indexOf(run, from);
    if (at < 0) {
      out.push(run);
      continue;
    }
    const gap = prevEnd >= 0 ? part.slice(prevEnd, at) : '';
    // ("Centre for Economic Policy Research": a single word that names an institution takes its "for" too)
    if (out.length && /^ for (?:the )?$/.test(gap) && (/\s/.test(out[out.length - 1]!) || ORG_WORD.test(out[out.length - 1]!))) out[out.length - 1] = `${out[out.length - 1]}${gap}${run}`;
    else out.push(run);
    from = prevEnd = at + run.length;
  }
  return out;
}

/** A run without the sentence openers and titles before it; a demonym stays before an organisation ("Swedish Prosecution Authority"). */
function leadStripped(run: string): string {
  const words = stripTitles(run).split(' ');
  const org = ORG_WORD.test(words[words.length - 1]!);
  while (words.length > 1 && (ARTICLE.test(words[0]!) || (LEAD_WORDS.has(words[0]!) && !(org && /(?:an|ish|ese|ch|i)$/.test(words[0]!))))) words.shift();
  return words.filter((w) => !ARTICLE.test(w)).join(' ');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The end of a sentence that names who said it: `…, Dempsey said.`, `…, he added.`
// (with where or when it was said after the verb: `…, Noem said in the campaign's announcement.`)
const TRAILING_ATTRIBUTION = /,\s+((?:he|she|they|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}))\s+(?:said|says|added|noted|wrote|argued|explained)(?:\s+(?:in|on|at|during|to|via|after|before|from|last|this|earlier|later|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;"“”]{0,80})?\.$/u;
// …or names them after the verb: `…, said another witness in the probe, former adviser Fiona Hill.`, `…, according to the Department of Conservation.`
const TRAILING_SAID = /,\s+(?:said|says|added|wrote|according to)\s+([^"“”]{2,160})\.$/u;

// "Dr. Alicia Moreno": the title's period is not a sentence end for the attribution patterns.
const TITLE_DOT = /\b(Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|St|Lt|Col|Sgt|Capt|Gov|Supt|Det|Rev|Hon|Cmdr|Cdr|Adm|Maj|Cpl|Pvt|Insp|Fr|Atty|Amb|Pres|Sec)\.\s/g;
// A speech verb in the infinitive, whose subject is the sentence's or the object of the verb before it: "Smith was keen to stress that", "… allowed Mosseri to claim that".
const INFINITIVE = String.raw`to\s+(?:stress|say|add|claim|insist|argue|note|point out|explain|warn|admit|declare|assert|emphasi[sz]e|concede|acknowledge)`;
// What stands between such a subject and "to": "was keen", "has been quick", "wanted", "went on".
const INFINITIVE_LEAD = /\s+(?:(?:was|is|were|are|has been|had been|have been|seemed|seems|appeared|appears)\s+)?(?:keen|quick|careful|eager|happy|willing|anxious|ready|at pains|wanted|wants|tried|tries|sought|seeks|went on|goes on|hastened|rushed|moved|continued|continues|decided|chose|refused|declined|seemed|appeared|seems|appears|used|has|had)$/u;
// A verb that makes its object speak: "… allowed Mosseri", "… prompted the company" (the object is the speaker).
const CAUSER = /^.*\b(?:allowed|allows|led|leads|prompted|prompts|forced|forces|caused|causes|enabled|enables|pushed|pushes|urged|asked|invited|encouraged|compelled)\s+(?=\S)/u;
// Verbs that attribute a quote later in the same sentence: `X told Reuters the union would stay out "as long as it takes."`, `X issued a statement warning that "…"`.
const IN_SENTENCE_VERBS = `${VERBS}|reiterated|reiterating|repeated|maintained|contended|saying|adding|warning|noting|urged|urging|pointed out|issued (?:a|an)(?:\\s+[a-z]+)?\\s+statement|wrote in|remembered|recalling|remembering|stating|telling|arguing|insisting|claiming|explaining|proclaim(?:ed|ing)|begged|pleaded|implored|vowed|promised|described|(?:describ(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|referr(?:ed|ing) to|refers? to)\\s[^"“”,.;]{1,60}?\\sas(?:\\s+an?)?|(?<!-)(?:called|dubbed|branded|labell?ed)(?:\\s[^"“”,.;]{1,40})?(?:\\s+an?)?|${INFINITIVE}`;
const IN_SENTENCE_VERB = new RegExp(`\\b(?:${IN_SENTENCE_VERBS})\\b`, 'gi');
// (in lowercase only, as a verb is: not "Mark Read")
const SPEECH_VERB_IN = new RegExp(`\\b(?:${IN_SENTENCE_VERBS})\\b`);
// Words that open a clause after a quote but name nobody: `"…" at the hostages' release, adding that Weeks' family had asked`.
const NOT_ATTRIBUTION_START = /^[\s,.—–-]*(?:at|in|on|for|to|from|with|by|of|and|but|as|while|because|when|if|after|before|since|than|that|which|is|are|was|were|has|have|had)\b/i;

/** The window before a quote in its sentence, with earlier quoted spans blanked: `Mr Obama said it was "distressing" not to have made progress "even…"`. */
function windowBefore(paragraph: string, q: RawQuote): string {
  const raw = paragraph.slice(Math.max(0, q.open - 320), q.open);
  // (a quoted sentence that ends before a new one keeps its end: `… reads, "… supporter." Emery retweeted it, saying, "…"`)
  return maskAbbreviations(raw.replace(TITLE_DOT, '$1 ')).replace(/[“"][^“”"]{0,60}[”"](?=(\s+\p{Lu})?)/gu, (m, next: string | undefined, at: number, text: string) => {
    const bare = m.replace(/[“”"]/g, '');
    // (a scare-quoted term between a determiner and its noun is no part of a role: "our “America first” president declared" → "our president")
    if (/\p{Ll}/u.test(bare) && TERM_DETERMINER.test(text.slice(Math.max(0, at - 6), at)) && /^\s+\p{Ll}/u.test(text.slice(at + m.length))) return '';
    return next && /[.!?]$/.test(bare) ? `${bare.slice(0, -1).replace(/[.!?]/g, '')}.` : bare.replace(/[.!?]/g, '');
  }).replace(/ {2,}/g, ' ');
}

// Lowercase title words, maybe with a capitalised body among them, then a name, with no article or preposition: "former Treasury official Gene Pardo".
const ROLE_THEN_NAME = /^(?!(?:an?|the|another|his|her|its|their|our)\s)\p{Ll}[\p{L}.'’-]*(?:\s+(?!(?:of|at|for|to|with|from|by|in|on|and|or)\s)[\p{L}.'’-]+){1,5}$/u;

// A part that describes rather than names: "a spokesperson for …", "the U.S. military operation in …" (not "the Electoral Commission").
const DESCRIPTION_PART = /^(?:an?|the|another)\s+(?:\S+\s+){0,2}\p{Ll}{3,}/u;

/** Whether a comma-separated part describes the person named at the end of the part before it: "Eswar Prasad" + "a trade professor at Cornell". */
function describes(description: string, before: string): boolean {
  if (!/^(?:an?|the|another|his|her|\d{1,3}$)\s|^\p{Ll}/u.test(description) && !ROLE_WORDS.test(description.split(' ')[0]!)) return false;
  // ("In an interview with CNBC's Closing Bell, former Treasury official Gene Pardo said": a title before a full name is that
  // name's, not a description of the part before it — but "the wife of John Smith" still describes someone)
  if (ROLE_THEN_NAME.test(description)) {
    const run = nameRuns(glueInitials(description)).pop();
    if (run && description.endsWith(run) && personAtEnd(run)?.name === run && run.includes(' ')) return false;
  }
  // (a description is not the person another describes: "a spokesperson for Inherent Resolve" + "the operation in Iraq")
  if (DESCRIPTION_PART.test(before.trim())) return false;
  const glued = glueInitials(unmask(before).trim());
  const run = nameRuns(glued).pop();
  // ("Mr. Warner, the Virginia Democrat": a titled surname is a person too)
  return !!run && glued.endsWith(run) && (!!personAtEnd(run) || /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gov)\.?\s+\p{Lu}[\p{L}'’-]+$/u.test(run));
}

// Adverbs and auxiliaries between a subject and its verb: "Noem later tweeted", "Obama has admitted".
// (nouns ending in "-ly" are no adverbs: "the family said", "an ally said", "the assembly said")
const ADVERBS_AT_END = /(?:\s+(?:later|also|then|again|once|still|soon|never|even|often|first|last|just|only|previously|recently|has|had|have|would|will|could|did|does|(?!(?:family|ally|assembly|supply|monopoly|anomaly|bully|belly|jelly|rally|tally|folly|lily|holly|molly|polly|reply|assembly|fly|butterfly|dragonfly|homily|italy|emily|kelly|sally|billy|wally)\b)\p{Ll}+ly))+$/u;
// Nouns that end a subject which speaks without a name: "the prosecutor's office said", "the study says".
const SPEAKING_NOUN = /^(?:the|a|an|its|their|his|her)\s+(?:[\p{L}’'-]+\s+){0,2}(?:office|company|firm|department|agency|ministry|government|police|court|group|union|board|committee|campaign|team|website|newspaper|embassy|council|club|service|authorities|authority|administration|regulator|watchdog|commission|people|residents|experts|critics|study|survey|report|letter|statement|release|post|lawsuit|complaint|filing)$/iu;

/** Whether a clause can be the subject right before a verb: a noun phrase ending in a name, a role or a pronoun ("Smith", "a Boeing spokesperson", "the company") — not "the US of meddling in the country's affairs". */
function endsAsSubject(who: string): boolean {
  const last = who.split(/\s+/).pop()!.replace(/[’']s?$/, '');
  // ("the doctors said they …": people named by a plural noun speak as a group)
  return /^\p{Lu}/u.test(last) || ROLE_WORDS.test(last) || KIN_WORD.test(last) || /^(?:he|she|they|it|we|i|officials|police|analysts|experts|critics)$/i.test(last) || SPEAKING_NOUN.test(who) || /^(?:the|The)\s+(?:\p{Ll}+\s+)?\p{Ll}{3,}(?:ers|ians|ists|ors|ents|ants|ees)$/u.test(who);
}

// A conjunction or adverb opening a sentence before its subject: "But he said", "And then she added".
const OPENING_CONJUNCTION = /^(?:(?:But|And|So|Yet|Still|Then|Now|Instead)\s+)+(?=(?:he|she|they|we|I|it)\s*$)/;

// A conjunction that opens a clause before its subject: "As the report states:", "Like Smith said".
const SUBORDINATOR = /^(?:[Aa]s|[Ll]ike|[Jj]ust as)\s+(?=the\s|\p{Lu})/u;

/** The subject of the last speech verb before the quote in its sentence (`That said, the DEA says that … "`). */
// "with" and a name, right before a participle: the participle's own subject ("with Prime Minister Michael Joseph Savage").
const WITH_SUBJECT = /\bwith\s+((?:the\s+)?(?:[\p{L}-]+\s+){0,3}?\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,4})\s+$/u;
export function subjectOfLastVerb(before: string): string | null {
  // (a sentence starts with a capital or a quote: "on Nov. that the claim" goes on)
  const sentence = before.split(/[.!?]["”’]?\s+(?=[\p{Lu}\p{N}"“‘'(]|$)/u).pop() ?? '';
  if (/["“”]/.test(sentence)) return null;
  // ("In 2016, the site surveyed 56,000 developers but noted that": a verb joined to the first by "but"/"and" shares its subject)
  const shared = COORDINATED_SPEECH.exec(sentence)?.[1];
  if (shared && speakerOf(unmask(shared))) return shared;
  const all = [...sentence.matchAll(IN_SENTENCE_VERB)];
  // `… declared war on Germany with Prime Minister Michael Joseph Savage proclaiming, "…"`: after "with", the participle has a subject
  // of its own, the name right before it.
  const last = all[all.length - 1];
  if (last && /ing$/.test(last[0])) {
    const own = WITH_SUBJECT.exec(sentence.slice(0, last.index))?.[1];
    if (own && speakerOf(unmask(own))?.speaker) return own;
  }
  // `Liu said that the army could be deployed, warning: "…"`: a participle's subject is the main verb's.
  const verbs = all.filter((v, i) => i === 0 || !/ing$/.test(v[0])).reverse();
  for (const v of verbs) {
    // The clause nearest the verb that names someone: `the Electoral Commission, which regulates …, issued a statement warning that "…"`.
    // (a verb right after a comma ends a chain of appositions, whose "and" joins nouns, not clauses: "…, the operation in Iraq and Syria, told")
    const head = sentence.slice(0, v.index);
    // ("Apple and Google said that": two names joined by "and" right before the verb speak together)
    const joint = head.split(/,\s*/).pop()!.trim().replace(ADVERBS_AT_END, '');
    if (!/ing$/.test(v[0]) && JOINT.test(joint)) return joint;
    const pieces = head.split(/,\s*$/.test(head) ? /(,\s*)/ : /(,\s*|\band\s|\bbut\s|\bthat\s|\bwhen\s)/);
    const parts = pieces.filter((_, i) => i % 2 === 0).map((p) => p.trim()).reverse();
    const commaBefore = pieces.filter((_, i) => i % 2 === 1).map((sep) => sep.startsWith(',')).reverse(); // commaBefore[i]: a comma opens parts[i]
    for (let i = 0; i < parts.length; i++) {
      // ("As the report states:", "Like Smith said": the subordinator opens the clause, the subject follows it)
      // ("Smith was keen to stress that": the subject of "was keen"; "… allowed Mosseri to claim that": the object of "allowed")
      // ("But he said …, rather “…”": a conjunction opening the sentence is no part of its subject)
      const who = (/^to\s/i.test(v[0]) ? parts[i]!.replace(SUBORDINATOR, '').replace(INFINITIVE_LEAD, '').replace(CAUSER, '') : parts[i]!.replace(SUBORDINATOR, '')).replace(OPENING_CONJUNCTION, '');
      // ("Sen. Ben Sasse, R-Neb., called": a party-state tag is no subject)
      if (who === '' || /^(?:which|who|whose|where)\b/.test(who) || /^[RDI]-\p{Lu}[\p{L}.\u2024]*$/u.test(who)) continue;
      // ("the company’s board issued a statement that said, in part:": a clause with a verb of speech of its own is no subject — that
      // verb's subject, read next, is)
      if (SPEECH_VERB_IN.test(who)) break;
      // "Eswar Prasad, a trade professor at Cornell, said": the person the description follows speaks, not Cornell.
      if (parts[i + 1] !== undefined && describes(who, parts[i + 1]!)) return `${parts[i + 1]}, ${who}`;
      // "…, the U.S. military operation in Iraq and Syria, told": a description between commas, with more before it, is an apposition.
      // (not after an opening clause that names no one: "As we’ve noted, a study by X, a think tank, concluded")
      if (i > 0 && parts[i + 1] !== undefined && commaBefore[i] && commaBefore[i - 1] && DESCRIPTION_PART.test(who) && endsAsSubject(parts[i + 1]!.replace(ADVERBS_AT_END, ''))) continue;
      // "the People's Daily, the mouthpiece of the Communist party, warned": a description between commas is not the subject
      // (a participle's clause is the main clause, whose subject opens it: "Yoon apologized for …, saying").
      if (!/ing$/.test(v[0]) && !endsAsSubject(who.replace(ADVERBS_AT_END, ''))) {
        if (/^(?:the|a|an|another)\s/.test(who) && commaBefore[i] && (i === 0 || commaBefore[i - 1])) continue;
        break;
      }
      if (who.length > 80 || !speakerOf(unmask(who))) break;
      return who;
    }
  }
  return null;
}

// A sentence's subject and its verb, then a verb of speech joined to it by "but"/"and", with nothing but the object between:
// "In 2016, the site surveyed more than 56,000 developers but noted that", "Smith joined the firm in May and said that".
const COORDINATED_SPEECH = new RegExp(String.raw`^(?:[^,"“”]{1,40},\s+)?([Tt]he\s+\p{Ll}{3,}|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+(?:\p{Ll}{3,}ed|${IRREGULAR_PAST})\b(?:[^,;"“”]|,(?=\d)){0,120}?\s(?:but|and)\s+(?:also\s+|later\s+)?(?:noted|said|added|warned|argued|claimed|wrote|acknowledged|admitted|conceded|insisted|stated)\s+(?:that\s+)?(?:[^"“”,;]{0,80}\s)?$`, 'u');

// "judge Inaba", "singer Ally Brooke": lowercase words that title the name after them (not a clause's opening word: "despite Smith").
const ROLE_BEFORE_NAME = /^(?!(?:despite|although|though|even|because|unless|until|whereas|whether|once|so|yet|nor|or|and|but|while|when|where|after|before|since|as|if|than|then|now|also|not|just|only|like|unlike|per|via|plus|minus|including|except|said|says|told)\s)(?:\p{Ll}[\p{Ll}-]*\s+){1,2}\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** The speaker named around a quote, and whether the attribution follows the quote directly (`…," X said`). */
// A user's handle in lowercase: letters with digits or underscores ("elmo666", "dark_vendor").
const HANDLE = /^\p{Ll}[\p{L}\p{N}.-]*(?:\p{N}|_)[\p{L}\p{N}_.-]*$/u;
// A signature after a quote: a dash and a name, running to the paragraph's end ("— Maria Lopez, director of the agency").
const AFTER_DASH = /^\s*[—–―]\s*(\p{Lu}[^.!?"“”\n]{1,150})[.]?\s*$/u;
// The handle and date after the name that signs an embedded tweet: " (@janesmith) November 12, 2019".
const TWEET_SIGNATURE_TAIL = /\s*\(@[\p{L}\p{N}_]{1,30}\)\s*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})?\s*$/u;
// A sentence after a quote that names its speaker: "That was how Lopez put it", "That's according to X", "The remark came from X".
// ("That is how Jo Lee, the head of Acme, describes her company": the thing described may be named, by a possessive or an article)
const NEXT_SENTENCE = /^\s+(?:(?:That|This)(?:[’']s|\s+(?:is|was))\s+(?:according\s+to\s+(?<acc>[^.!?;"“”]{2,120})|how\s+(?<how>[^.!?;"“”]{2,100}?)\s+(?:put|puts|described|describes|explained|explains|summed|sums|characteri[sz]ed|characteri[sz]es|summari[sz]ed|summari[sz]es|framed|frames|pitched|pitches|sees|saw|views|viewed)\s+(?:up\s+)?(?:it|things|them|this|that|(?:the|his|her|their|its|our)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?:\s+up)?(?=[\s,.])|what\s+(?<what>[^.!?;"“”]{2,100}?)\s+(?:said|says|told|tells|wrote|writes|argued|argues|believes|believed|thinks|thought|hopes|hoped|wants|wanted|(?:has|have|had)\s+been\s+(?:saying|telling|arguing|asking))\b)|(?:So|Thus)\s+(?:said|says)\s+(?<so>[^.!?;"“”]{2,120})|(?:The|Those|These)\s+(?:words?|remarks?|comments?|warning|assessment|message)\s+(?:came|come|were|was)\s+from\s+(?<from>[^.!?;"“”]{2,120})|(?:That|This|Those|These|Such)(?:[’']s|\s+(?:is|was|were|are))\s+the\s+(?:\p{Ll}+\s+)?(?:words?|verdict|view|assessment|message|warning|advice|conclusion|reaction|response|take|opinion|prediction|promise|plea|diagnosis|argument)\s+(?:of|from)\s+(?<of>[^.!?;"“”]{2,120}))/u;
const AFTER_HOW = /^\s*,?\s+(?:was|is|were|are)\s+how\s+(?<who>[^.!?;"“”]{2,100}?)\s+(?:put|puts|described|describes|explained|explains|summed|sums|summari[sz]ed|characteri[sz]ed|framed|frames)\s+(?:it|things|them|this|that|the\s+\p{Ll}+)\b/u;
// A name that opens its sentence as the subject of a finite verb, perhaps with an aside between: "Grisham, by her own accounting, has given"
// (and no second clause before the quote: not "Marco has earned his success …, but he seems to imagine himself as “…”").
const SENTENCE_SUBJECT = new RegExp(String.raw`^(?<who>\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})(?:,\s+[^,"“”]{2,60},)?\s+(?:(?:has|had|have|also|then|still|\p{Ll}+ly)\s+)*(?:${IRREGULAR_PAST}|\p{Ll}{2,}(?:ed|s)|given|made|done|seen|known|taken)\b(?:(?!\s(?:but|and|while|although|though|because|as)\s)[^"“”,;:])*$`, 'u');
// A name and a colon opening a paragraph, right before the quote: "Lopez:", "Maria Lopez:".
// ("Jane Doe, CEO of Acme:": with the role a transcript gives them after a comma)
const SPEAKER_PREFIX = /^\s*(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})(?:,\s+([^:"“”,]{2,80}))?\s*:\s*$/u;
// What follows the comma after such a name when it is a clause, not a role: a pronoun or a verb of speech ("she said", "Smith added").
const PREFIX_CLAUSE = new RegExp(`^(?:he|she|they|we|i|it)\\b|\\b(?:${VERBS})$`, 'i');
// Labels that open a paragraph with a colon without naming a speaker.
const LABEL = /^(?:Q|A|Question|Answer|Update|Updated|Note|Editor|Photo|Source|Sources|Credit|Watch|Read|Related|See|Warning|Caption|Transcript|Quote|Headline|Title|Example|Translation|Summary|Conclusion|Verdict|Tip|Step|Disclosure|Correction|Clarification|Background|Context|Lyrics|Text|Statement|Bottom Line|Pros|Cons|Image|Video|Audio|Listen|Sign|Subscribe|Share|Tags?|Topics?|Also|Plus|Bonus|Fact|Facts|Claim|Rating|Result|Results|Reason|Why|What|How|When|Where|Who)$/i;

// A title in quotation marks inside an attribution: `the "Pose" actor said on "DWTS."` — a name, read without its marks.
const QUOTED_TITLE = /[“"](\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&-]*){0,3})[”"]/gu;

// A digest's lead-in (Slashdot and other aggregators): a submitter's handle, whatever its case, before "writes" at the paragraph's
// start — `coondoggie writes "…"`, `First time accepted submitter ssasa writes "…"`, `Nerval's Lobster writes "…"` — or after "Adds
// reader" (`Adds reader Trailrunner7: "…"`). The handle is the name they go by, not "First" or "Lobster".
const SUBMITTER = /^\s*(?:(?:(?:First[- ]time(?:\s+accepted)?|New|Long-?time|Frequent)\s+)?submitter\s+)?(?<who>[^\s"“”,:;]{2,40}(?:[’']s\s+\p{Lu}[\p{L}\p{N}]*)?)\s+(?:writes|adds|notes|asks|shares)(?:\s+(?:with|in)\s[^"“”]{0,80})?\s*:?\s*$/u;
const ADDS_READER = /(?:^|[.!?]["”’]?\s+)(?:Adds|Writes|Notes)\s+(?:reader|submitter|user)\s+(?<who>[^\s"“”,:;]{2,40}):?\s*$/u;
// "kc123 writes with this excerpt from Bloomberg News:": the words are the publication's.
const EXCERPT_FROM = /\b(?:excerpt|passage|extract)\s+(?:from|in|of)\s+(?:the\s+)?(?<from>\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})\s*:\s*$/u;

// A colon after a statement named by whose it is: "Here is the full statement from Instagram head Adam Mosseri:", "In a statement
// provided to TechCrunch by Acme, which reads:".
const STATEMENT_FROM = /\b(?:statement|comment|comments|response|reply|remarks|note|memo|e-?mail|letter|message|post|tweet|announcement)\s+(?:(?:sent|provided|given|issued|released|emailed|shared)\s+(?:to\s+\p{Lu}[\p{L}]*\s+)?)?(?:from|by)\s+(?<who>[^.!?;:"“”]{2,120}?)(?:,?\s+(?:which\s+)?(?:reads|read|said|says|in full|below))?\s*:\s*$/u;
// "Here’s what Smith told TechCrunch:": the one whose words follow.
// "An Evernote spokesperson sent TechCrunch the following statement:", "Smith gave us this comment:": the sender's words.
const SENT_STATEMENT = /(?:^|[.!?:]\s+)(?<who>[^.!?;:"“”]{2,120}?)\s+(?:sent|gave|provided|emailed|issued|shared|offered)\s+(?:(?:\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?|us|me|reporters)\s+)?(?:the\s+following|this|a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:statement|comment|response|reply)(?:\s+to\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)?\s*:\s*$/u;
const STATEMENT_COLON = /\b(?:statement|comment|response|reply)(?:\s+to\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)?\s*:\s*$/u;
// ("Here is how Smith put it to investors:", "This is how Jones explained it:": the one whose words they are, too)
const HERE_WHAT = /\b(?:[Hh]ere[’']?s|[Hh]ere\s+is|[Tt]his\s+is)\s+(?:what\s+(?<who>[^.!?;:"“”]{2,100}?)\s+(?:said|says|told|tells|wrote|writes|had to say|has to say)|how\s+(?<how>[^.!?;:"“”]{2,100}?)\s+(?:put|puts|explained|explains|described|describes|summed|sums|framed|frames)\s+(?:it|things|this|that|them))\b[^.!?:"“”]{0,60}:\s*$/u;

export function attribution(paragraph: string, q: RawQuote): (Speaker & { after: boolean; prefix?: boolean; tag?: boolean; handle?: boolean }) | null {
  const after = maskAbbreviations(paragraph.slice(q.close, q.close + 300).replace(TITLE_DOT, '$1 ').replace(QUOTED_TITLE, '$1'));
  for (const re of [AFTER_ACCORDING, AFTER_AS, AFTER_VERB_SPEAKER, AFTER_SPEAKER_VERB]) {
    const m = re.exec(after);
    const who = m?.groups?.['who'];
    if (!who) continue;
    // (`"…" the legal footing for a peace deal and said`: a clause that ends on "and" joins a second verb to the sentence's own subject)
    if (re === AFTER_SPEAKER_VERB && (NOT_ATTRIBUTION_START.test(after) || COORDINATED.test(who))) continue;
    // `"…" despite being the envoy, said …`: an attribution after the quote opens with a name, a determiner or a pronoun.
    // ("elmo666 wrote", "dark_vendor said": a user's handle is a name, whatever its case)
    const plain = re === AFTER_SPEAKER_VERB && /^\p{Ll}/u.test(who.trim()) && !/^(?:the|a|an|his|her|its|their|our|one|another|he|she|they|it|we|i|officials|police|analysts|experts|critics|sources|prosecutors|investigators|residents|researchers|officers|doctors|scientists)\b/.test(who.trim()) && !HANDLE.test(who.trim().replace(ADVERBS_AT_END, '')) && !UNNAMED_FEW.test(who.trim().replace(ADVERBS_AT_END, ''));
    // The clause must start right after the quote: `…," X said` — not a later sentence.
    if (re === AFTER_SPEAKER_VERB && /[.!?]\s*$/.test(paragraph.slice(q.open, q.close).replace(/["”’']+$/, '')) && /^\s+\p{Lu}/u.test(after)) {
      // `"… done." Smith said.` still attributes; `"… done." The market fell, analysts said` does not.
      if (wordCount(who) > 4 && !/^\s+(?:he|she|they)\b/i.test(after)) continue;
      // `"… inconvenience." She said residents …`: a new sentence that reports, not an attribution of the quote.
      const rest = after.slice(m!.index + m![0].length);
      if (!/^\s*(?:[.,;]|$|\s+\p{Ll}+ing\b|\s+(?:me|us)\b|\s+(?:in|on|at|to|during|via|after|before|ahead|earlier|yesterday|today|of|from|later|then|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/u.test(rest)) continue;
    }
    // ("she later wrote", "Smith also said": the adverb is no part of the speaker)
    const s = speakerOf(unmask(who.replace(/\s(?:who|which|in a|at a|on a)\s.*$/, '').replace(ADVERBS_AT_END, '')));
    // …unless a role before a full name ("company CEO Andy Vesey said").
    // …or a role word or two before a name ("judge Inaba noted", "singer Ally Brooke said").
    if (plain && !(s && / /.test(s.speaker)) && !(s?.speaker && ROLE_BEFORE_NAME.test(who.trim().replace(ADVERBS_AT_END, '')))) continue;
    if (s) return { ...s, after: true };
    // (`“…,” as one newspaper put it`: someone the article does not name — still not the one named before the quote)
    if (re === AFTER_AS) return { speaker: '', role: who.trim(), after: true };
  }
  // `"…," Izuku grinned`, `"…?" Alden whispered back`, `"…," whispered Haoyu`: a quote cut off by a comma, a question mark or an
  // exclamation mark goes on into its sentence, whose name and verb right after it are the speaker and the way they spoke.
  // (a quote that opens its sentence: not a phrase the sentence uses, `For "best performance," Google recommends`, `In his book "…," Smith writes`)
  if ((/[,?!]["”’»]?$/.test(paragraph.slice(q.open, q.close).trim()) || /^\s*,/.test(after)) && /(?:^|[.!?:]["”’»]?)\s*$/.test(paragraph.slice(0, q.open))) {
    const tag = DIALOGUE_TAG.exec(after) ?? DIALOGUE_TAG_INVERTED.exec(after);
    const who = tag?.groups?.['who'];
    // ("…," Smith called it: a name given, not a call)
    if (tag && who && !NOT_TAG_VERB.test(tag.groups!['verb']!) && !(tag.groups!['verb'] === 'called' && /^\s*(?:it|him|her|them|this|that|\p{Lu})/u.test(after.slice(tag.index + tag[0].length))) && !ARTICLE.test(who) && !LEAD_WORDS.has(who.split(' ')[0]!)) {
      const s = speakerOf(unmask(who));
      if (s?.speaker) return { ...s, after: true, tag: true };
    }
  }
  // `… to "take really detailed histories" of the patients, Dempsey said.`: a sentence that ends ", X said." attributes its quote.
  const rest = after.split(/(?<=[.!?])["”’]?\s+(?=\p{Lu}|["“])/u)[0] ?? '';
  const tail = TRAILING_ATTRIBUTION.exec(rest) ?? TRAILING_SAID.exec(rest);
  if (tail && !/[.!?]["”’]?$/.test(paragraph.slice(q.open, q.close))) {
    const s = speakerOf(unmask(tail[1]!));
    if (s) return { ...s, after: false };
  }
  // `"…" — Maria Lopez, director of the agency`: a dash after the quote, at the end of its paragraph, signs it.
  // ("— Jane Smith (@janesmith) November 12, 2019": an embedded tweet signs with the name, then the handle and the date)
  const signed = AFTER_DASH.exec(after.replace(TWEET_SIGNATURE_TAIL, ''));
  if (signed) {
    const s = speakerOf(unmask(signed[1]!));
    // (what follows the name's comma in a signature is its role, whatever its words: "— Dan D’Lyon, Plant Expert")
    const titled = s?.speaker && !s.role ? new RegExp(`^${escape(s.speaker)},\\s+([^,]{2,80})$`).exec(unglue(signed[1]!.trim()))?.[1] : undefined;
    if (s?.speaker) return { ...s, role: s.role ?? titled ?? null, after: true };
  }
  // `"…," was how Ford described it to friends.`: the quote is the subject of a clause that names its speaker.
  const how = AFTER_HOW.exec(after)?.groups?.['who'];
  if (how) {
    const s = speakerOf(unmask(how));
    if (s) return { ...s, after: true };
  }
  // `"…" That was how Lopez put it.`, `"…" The remark came from Maria Lopez.`: the next sentence names who said it.
  if (/^\s+\p{Lu}/u.test(after)) {
    const next = NEXT_SENTENCE.exec(after)?.groups;
    const who = next?.['acc'] ?? next?.['how'] ?? next?.['what'] ?? next?.['so'] ?? next?.['from'] ?? next?.['of'];
    const s = who ? speakerOf(unmask(who)) : null;
    if (s) return { ...s, after: false };
  }
  // `Lopez: "…"`: an interview's or a transcript's speaker, named before a colon that opens the paragraph.
  const prefix = SPEAKER_PREFIX.exec(paragraph.slice(0, q.open));
  // ("Later, she said:", "Then, Smith added:": an opening adverb and a clause that speaks — no transcript's speaker and role)
  if (prefix && !LABEL.test(prefix[1]!) && !LEAD_WORDS.has(prefix[1]!) && !(prefix[2] && PREFIX_CLAUSE.test(prefix[2]))) {
    // ("SWISHER:", "DOE:": a transcript's speaker in capitals is the name the article gives in letters of both cases)
    const named = /^\p{Lu}{3,}(?:\s+\p{Lu}{3,})*$/u.test(prefix[1]!) ? prefix[1]!.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase()) : prefix[1]!;
    // (not a dateline, "NEW DELHI:", "LONDON, March 5:")
    const s = GAZETTEER_PLACES.has(named.toLowerCase()) ? null : speakerOf(named);
    const role = prefix[2] && !/^(?:in|on|at|to|via|during|from|by|for|with|\p{Lu}\p{Ll}+\s+\d)/u.test(prefix[2]) ? cleanRole(prefix[2]) : null;
    if (s?.speaker) return { ...s, role: s.role ?? role, after: false, prefix: true };
  }
  const lead = paragraph.slice(0, q.open);
  const excerpt = EXCERPT_FROM.exec(lead)?.groups?.['from'];
  if (excerpt) return { speaker: excerpt, role: null, after: false };
  // `Here is the full statement from Instagram head Adam Mosseri: "…"`, `Here’s what Smith told us:`: whose statement it is.
  const statementGroups = (STATEMENT_FROM.exec(maskAbbreviations(lead)) ?? HERE_WHAT.exec(maskAbbreviations(lead)) ?? (STATEMENT_COLON.test(lead) ? SENT_STATEMENT.exec(maskAbbreviations(lead)) : null))?.groups;
  const statementBy = statementGroups?.['who'] ?? statementGroups?.['how'];
  if (statementBy) {
    const s = speakerOf(unmask(statementBy));
    if (s?.speaker || s?.role) return { ...s, after: false };
  }
  const submitter = (SUBMITTER.exec(lead) ?? ADDS_READER.exec(lead))?.groups?.['who'];
  if (submitter && !PRONOUN_LIKE.test(submitter) && !ENGLISH_FUNCTION_WORDS.has(submitter.toLowerCase())) return { speaker: submitter, role: null, after: false, handle: true };
  const before = windowBefore(paragraph, q);
  // `The company's annual report, published in February, had … warned that “…”`: the company's own document speaks for it.
  const ownDoc = COMPANY_DOC_SUBJECT.exec(before.split(/[.!?]["”’]?\s+(?=\p{Lu})/u).pop() ?? '');
  if (ownDoc) return { speaker: '', role: `the ${ownDoc[1]}`, after: false };
  // (`Macron said — Merkel, however, was firm — "…"`: the judged clause nearest the quote speaks, not the verb of speech before it)
  if (DASH_AFTER_JUDGING.test(before)) {
    const s = colonIntroduced(before);
    if (s) return s;
  }
  // `"Bartleby," said I, "when …"`: the writer speaks.
  // (however the writer said it: `"Bartleby," said I, in the kindest tone I could assume, "will you …"`)
  if (/\b(?:said|says|asked|replied|cried|rejoined|answered|exclaimed) (?:I|we)(?:,[^.!?;"“”]{0,160})?,?\s*$/.test(before)) return { speaker: 'i', role: null, after: false };
  // `In Dr. Shadlen's words, "…"`, `in the words of one resident: "…"`, `To quote Smith, "…"`: whose words they are.
  const words = IN_WORDS.exec(before)?.groups;
  const wordsOf = words?.['of'] ?? words?.['own'] ?? words?.['quote'];
  if (wordsOf) {
    const s = speakerOf(unmask(wordsOf));
    if (s) return { ...s, after: false };
  }
  // `has drawn the ire of privacy activist Lauren Weinstein as “one of the most alarming Internet proposals”`, `was hailed by The
  // Times as “…”`: the one by whom or of whom a thing is called so calls it that.
  const byAs = BY_AS.exec(before)?.groups?.['who'];
  if (byAs) {
    const s = speakerOf(unmask(byAs));
    if (s?.speaker ? /^\p{Lu}/u.test(s.speaker) : s?.role) return { ...s!, after: false };
  }
  const according = BEFORE_ACCORDING.exec(before)?.groups?.['who'];
  // ("Update: A spokesperson for Twitter told TechCrunch:": a label and its colon open no one's name)
  for (const found of [according, BEFORE_SPEAKER_VERB.exec(before)?.groups?.['who']?.replace(LABEL_COLON, '').replace(SUBORDINATOR, ''), subjectOfLastVerb(before)]) {
    if (!found) continue;
    // ("Merkel said; Macron replied that “…”", "Merkel said — Macron replied that": a clause that spoke, then a semicolon or a
    // dash, opens a new clause, whose own subject is the one who speaks here)
    const who = found === according ? found : found.replace(SPOKEN_CLAUSE_BEFORE, '');
    // "according to X, the firm's practice has been to": X is the source, whatever clause follows it.
    if (who === according) {
      const s = speakerOf(unmask(who));
      if (s) return { ...s, after: false };
      continue;
    }
    // "where we called it": the pronoun right before the verb is its subject, whatever names come earlier
    // ("she later wrote", "he’d respond": adverbs, auxiliaries and a contracted "would" part it from the verb).
    const pronoun = /(?:^|\s)(he|she|they|we|i|it)(?:[’']d|[’']ll)?$/i.exec(who.trim().replace(ADVERBS_AT_END, ''));
    if (pronoun) return { speaker: pronoun[1]!.toLowerCase(), role: null, after: false };
    // "Later, in remarks at the party headquarters, Esper said": the part nearest the verb speaks —
    // unless it describes the person named before it ("Ian Hamilton, an expert … at the Department of Health Sciences, told").
    // ("The UK foreign secretary has said": the auxiliary is no part of the subject, whose role then reads whole)
    const parts = who.replace(ADVERBS_AT_END, '').split(/,\s*/);
    let nearest = parts.pop()!;
    // ("But the inventor, who famously said, “…”": the verb is the relative clause's, whose antecedent is the one who speaks)
    if (/^(?:who|which)\b/.test(nearest) && parts.length) nearest = parts.pop()!.replace(/^(?:But|And|So|Yet|Still|Then|Now)\s+/, '');
    // ("Asked about it, Roe, who founded the firm in 2010, said:": a relative clause between the name and its verb is no subject)
    else if (nearest === '' && parts.length > 1 && RELATIVE_PART.test(parts[parts.length - 1]!)) {
      while (parts.length && RELATIVE_PART.test(parts[parts.length - 1]!)) parts.pop();
      nearest = parts.pop() ?? '';
    } else if (nearest === '' && parts.length > 1 && HANDLE.test(parts[parts.length - 1]!)) {
      // ("As one buyer on the market, elmo666, wrote to me": a user's handle set off by commas is the subject)
      nearest = parts.pop()!;
    }
    const named = parts[parts.length - 1];
    const clause = named !== undefined && describes(nearest, named) ? `${named}, ${nearest}` : nearest;
    const s = (clause !== who ? speakerOf(unmask(clause)) : null) ?? speakerOf(unmask(who));
    if (s) return { ...s, after: false };
  }
  // `According to a 2018 survey by Penelope Abernathy of the University of North Carolina, the firm's practice has been to "…"`:
  // a sentence that opens with its source gives it every quote it holds; a study's author is its source.
  const opening = /(?:^|[.!?]["”’]?\s+)According to\s+(?:(?:an?|the|his|her|their|its)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:survey|study|report|analysis|poll|paper|book|review|audit|investigation)\s+(?:by|from|of)\s+)?([^,.!?;"“”]{2,120}),[^.!?"“”]*$/u.exec(before);
  if (opening) {
    const s = speakerOf(unmask(opening[1]!));
    if (s?.speaker) return { ...s, after: false };
  }
  // `Umar bin Al-Khaththab ra berkata, “…”`: in any language, a sentence that is only a name and a few lowercase words (its verb)
  // before a comma and the quote introduces that name's words — English speech verbs having been read above.
  const introduced = INTRODUCED.exec(before);
  // (not English: "Wheezingly he spoke,", "Whenever a programmer thinks,": an adverb or a conjunction, then a clause of its own)
  const opener = introduced?.[1]!.split(' ')[0] ?? '';
  if (introduced && !introduced[2]!.trim().split(/\s+/).some((w) => ENGLISH_FUNCTION_WORDS.has(w) || ENGLISH_CLAUSE_WORD.test(w)) && !LEAD_WORDS.has(opener) && !ARTICLE.test(opener) && !/^\p{Lu}\p{Ll}+(?:ly|ever|ing)$/u.test(opener)) {
    const s = speakerOf(unmask(introduced[1]!));
    if (s?.speaker) return { ...s, after: false };
  }
  // `Here is his text: "…"`, `Read her full statement:`: the words of the one the pronoun means.
  const owned = OWNED_WORDS.exec(before)?.[1];
  if (owned) return { speaker: owned === 'his' ? 'he' : owned === 'her' ? 'she' : 'they', role: null, after: false };
  // `Warren was blunt: "…"`: a colon after a clause introduces its subject's words.
  if (/:\s*$/.test(before)) {
    const s = colonIntroduced(before);
    if (s) return s;
  }
  // `Sometimes employees don't follow the rules, he said. "But does that mean …"`: the speaker of the paraphrase goes on.
  const paraphrase = TRAILING_ATTRIBUTION.exec(before.trimEnd());
  if (paraphrase) {
    const s = speakerOf(unmask(paraphrase[1]!));
    if (s) return { ...s, after: false };
  }
  const goesOn = paraphraseGoesOn(paragraph, q);
  if (goesOn) return { ...goesOn, after: false };
  // `"…," přidává se Emile Heskey, někdejší útočník.`, `«…», a ajouté Laurent Fabius.`: a quote closed on a comma, then a
  // short clause in any language that ends its sentence on a name — the verb, before the name, is the attribution.
  if (/,\s*["”’»]?\s*$/.test(paragraph.slice(q.open, q.close)) || /^\s*,/.test(after)) {
    // ("«…», — говорит он": a pronoun after the verb, as Russian writes a dash-led tag)
    const pronoun = DASH_PRONOUN.exec(after)?.[1];
    if (pronoun) return { speaker: /^она$/i.test(pronoun) ? 'she' : 'he', role: null, after: true };
    const inverted = INVERTED.exec(after);
    if (inverted && !NOT_ATTRIBUTION_START.test(inverted[1]!)) {
      const s = speakerOf(unmask(inverted[2]!));
      if (s?.speaker) return { ...s, after: true };
    }
  }
  // `… follows a 2019 ruling by the Supreme Court, which found that the government had a duty “…”`: a document's words, which its
  // author — named after "by", then the relative clause that says what it found — speaks.
  const docWhich = / which /.test(before) ? DOC_WHICH.exec(before)?.[1] : undefined;
  if (docWhich) {
    const s = speakerOf(unmask(docWhich));
    if (s?.speaker) return { ...s, after: false };
  }
  // `Haoyu blinked. “You mean with your skill?”`, `Arm still bent behind his head, Haoyu cut his eyes toward him. “It’s real, right?”`:
  // a sentence that makes someone act, then their words with no attribution of their own — the one who acts speaks.
  // (not in a quotation's words: a submitter's "Verizon wants more money from Cogent. 'There are …'" quotes an article, not Verizon)
  if (/[.!?]["”’]?\s+$/.test(before) && !q.within && !q.single) {
    const sentence = before.trimEnd().split(/(?<=[.!?]["”’]?)\s+(?=["“‘(]?\p{Lu})/u).pop()!;
    const m = /["“”]/.test(sentence) ? null : BEAT.exec(sentence);
    // (not "Doing his best …": an opening participle and a possessive)
    const beat = m && !NOT_TAG_VERB.test(m.groups!['verb']!) && !/^\p{Lu}\p{Ll}+ing$/u.test(m.groups!['who']!) ? m.groups!['who'] : null;
    if (beat && /^(?:he|she)$/i.test(beat)) return { speaker: beat.toLowerCase(), role: null, after: false };
    if (beat && !ARTICLE.test(beat) && !LEAD_WORDS.has(beat.split(' ')[0]!) && !GAZETTEER_PLACES.has(beat.toLowerCase())) {
      const s = speakerOf(unmask(beat));
      if (s?.speaker) return { ...s, after: false };
    }
  }
  return null;
}
const RELATIVE_PART = /^(?:who|whose)\s/;
const COMPANY_DOC_SUBJECT = /^[Tt]he\s+(company|firm|group|bank|lender|insurer|carrier|airline|automaker|carmaker|chipmaker|retailer|miner|utility)[’']s\s+(?:[\p{Ll}-]+\s+){0,3}(?:report|filing|prospectus|accounts|letter|release)\b[^"“”]*\b(?:said|says|warned|noted|stated|cautioned|added|described)\b[^.!?"“”]*$/u;
const DOC_WHICH = /\b(?:ruling|report|decision|judgment|judgement|verdict|study|review|filing|order|opinion|inquiry|investigation|audit)\s+(?:by|from|of)\s+(?:the\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+|for\s+|on\s+|&\s+)?\p{Lu}[\p{L}.&'’-]*){0,5}),\s+which\s+(?:\p{Ll}+ly\s+)?(?:found|ruled|said|says|concluded|held|stated|warned|noted|argued|determined|described)\b[^.!?"“”]*$/u;

/**
 * The speaker a colon introduces (`Warren was blunt: "…"`), or a dash after a clause that judges how they spoke (`Macron said —
 * Merkel, however, was firm — "…"`; that clause opens after the dash before it, if any): the clause's subject.
 */
function colonIntroduced(before: string): (Speaker & { after: false }) | null {
  const judged = !/:\s*$/.test(before);
  // ("(Butterfield's response: …)": a sentence set in brackets opens after its bracket)
  const sentence = (judged ? before.replace(/\s[—–]\s*$/, ':').split(/\s[—–]\s+/).pop()! : before).split(/[.!?]["”’]?\s+/).pop()!.replace(/^[([]\s*/, '').replace(/^(?:But|And|Then|Still|Later|Now|So)\s+/, '');
  // (the subject's verb right after it: "Warren was", "Smith writes" — not "Moving forward," or "Regardless of")
  const verb = String.raw`(?:(?:also|then|later|instead|once|first|even|still|\p{Ll}+ly)\s+)*(?:\p{Ll}+(?:ed|es|s)|was|is|has|had|put|wrote|told|said|spoke|took|gave|made|kept|left|went|came|got|did|does|sent|read)\b`;
  // ("Rachel Stephens, senior analyst at RedMonk, shared her view:": a person described between commas)
  const subject = new RegExp(String.raw`^((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,4})${verb}`, 'u').exec(sentence)?.[1]?.trim() ??
    new RegExp(String.raw`^(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){1,3}),\s+(?:an?\s+|the\s+)?\p{Ll}[^:,]{1,100},\s+${verb}`, 'u').exec(sentence)?.[1] ??
    // ("Buckley, who phoned in from the set, had a similar experience:": a name alone, with a relative clause)
    // ("Merkel, however, was firm:": or with an adverb set off by commas)
    new RegExp(String.raw`^(\p{Lu}[\p{L}\p{M}'’-]+),\s+(?:who\s[^:]{1,140}|however|though|too|meanwhile|instead|\p{Ll}+ly),\s+${verb}`, 'u').exec(sentence)?.[1];
  // ("Jane Roe’s response was blunt:": the words of the one whose reply, answer or advice the subject is; "Cook’s full quote:")
  const whose = subject && !/[’']s?$/.test(subject) ? null : new RegExp(String.raw`^(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})[’']s?\s+(?:\p{Ll}+\s+)?(?:(?:response|reply|answer|message|advice|verdict|view|take|explanation|reaction|retort|warning|conclusion|argument|comment|statement)\s+${verb}|(?:quote|words|remarks|statement|response|reply|answer|view|verdict|take|advice|message|warning|conclusion|explanation|assessment|prediction|reaction|thoughts|comment|comments)\s*:\s*$)`, 'u').exec(sentence)?.[1];
  if (whose && !ARTICLE.test(whose) && !LEAD_WORDS.has(whose)) {
    const s = speakerOf(unmask(whose));
    if (s?.speaker) return { ...s, after: false as const };
  }
  const pronoun = new RegExp(String.raw`^(he|she|they)\s+${verb}`, 'iu').exec(sentence)?.[1];
  if (pronoun) return { speaker: pronoun.toLowerCase(), role: null, after: false as const };
  // ("…, the report’s recommendation for those working in … is a good one:": a document's words, which its author speaks)
  const document = DOCUMENT_SAYS.exec(sentence)?.[1];
  if (document) return { speaker: '', role: document, after: false as const };
  const s = subject && !ARTICLE.test(subject) && !LEAD_WORDS.has(subject) ? speakerOf(unmask(subject)) : null;
  if (s?.speaker) return { ...s, after: false as const };
  return null;
}
// What a document says, as the subject of the clause before a colon: "the report’s recommendation … is a good one:", "The study's conclusion:".
const DOCUMENT_SAYS = /(?:^|,\s+)([Tt]he\s+(?:report|study|survey|analysis|paper|poll|review|audit))[’']s?\s+(?:[\p{Ll}-]+\s+)?(?:recommendations?|conclusions?|verdict|advice|findings?|message|warning|prediction|assessment|summary|takeaway|answer)\b[^:"“”]*:\s*$/u;
// A text introduced by whose it is, a possessive pronoun: "But here is his text:", "Read her full statement:".
const OWNED_WORDS = /(?:^|[.!?]["”’]?\s+)(?:(?:But|And|So|Now)\s+)?(?:[Hh]ere\s+(?:is|are)|[Hh]ere[’']s|[Rr]ead)\s+(his|her|their)\s+(?:(?:full|entire|complete|own|original)\s+)?(?:text|statement|response|reply|answer|words|remarks|letter|message|post|note|comments?|explanation|speech)\s*:\s*$/u;

/** Whether the sentence that ends on a colon before a quote names no one: no capitalised word but its opener, no pronoun of a person. */
function namesNoOne(lead: string): boolean {
  if (!/:\s*$/.test(lead)) return false;
  const sentence = maskAbbreviations(lead).split(/(?<=[.!?]["”’]?)\s+(?=\p{Lu})/u).pop()!.trim();
  const words = sentence.split(/\s+/);
  if (/["“”]/.test(sentence) || SPEECH_VERB_IN.test(sentence) || INSCRIPTION.test(sentence) || !NOBODY_OPENS(words[0]!.replace(/[^\p{L}]+$/u, ''))) return false;
  return !words.slice(1).some((w) => /^[(‘']?\p{Lu}/u.test(w) || /^(?:he|she|they|we|I|you|his|her|their|our|my|your)$/.test(w.replace(/[^\p{L}]+$/u, '')));
}

// A clause that ends on a copula and a word of judgement, then a dash: "Merkel was firm —", "Her message was clear —".
const DASH_AFTER_JUDGING = /\b(?:was|is|were|are)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}\s+[—–]\s*$/u;

// A sentence that reports someone's words without quoting them, opening on its speaker: "Howitt says it isn't clear which came first."
const OPENING_SAYS = /^((?:he|she|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}))\s+(?:(?:also|later|then)\s+)?(?:said|says|added|noted|argued|explained|told\s+\p{Lu}[\p{L}]*)\s+(?:that\s+)?\p{Ll}/u;
// A word opening the quote's sentence that names nobody: a conjunction, an adverb, a determiner ("Just because …", "Even so, …", "The …").
const OPENER_WORDS = new Set(FUNCTION_WORDS);
const NOBODY_OPENS = (word: string): boolean => OPENER_WORDS.has(word.toLowerCase()) || ENGLISH_FUNCTION_WORDS.has(word.toLowerCase()) || LEAD_WORDS.has(word) || ARTICLE.test(word) || /^\p{Lu}\p{Ll}{3,}ly$/u.test(word);

/**
 * A quote inside a sentence with no attribution of its own, right after a sentence of its paragraph that reports someone's words
 * without quoting them (`… or whether they all evolved in tandem, Howitt says. Just because scientists became aware of “taste”
 * receptors on the tongue first, “that doesn’t mean …”`): that speaker goes on — when the quote's sentence names no one else
 * (no capitalised word but its opener, no pronoun of a person), holds no verb of speech, and is six words or more (no scare quote).
 */
function paraphraseGoesOn(paragraph: string, q: RawQuote): Speaker | null {
  if (q.open === 0 || q.within || q.single || wordCount(q.text) < 6) return null;
  const head = maskAbbreviations(paragraph.slice(Math.max(0, q.open - 600), q.open).replace(TITLE_DOT, '$1 '));
  const parts = head.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  // (a scare-quoted term in the quote's sentence is no quotation of anyone: "aware of “taste” receptors")
  const lead = parts.pop()!.replace(/[“"]([^“”"\s]+(?:\s[^“”"\s]+){0,2})[”"]/gu, '$1');
  const previous = parts.pop()?.trim();
  if (!previous || /["“”]/.test(previous) || /["“”]/.test(lead) || /^\s*$/.test(lead)) return null;
  const words = lead.trim().split(/\s+/);
  if (!NOBODY_OPENS(words[0]!.replace(/[^\p{L}]+$/u, '')) || words.slice(1).some((w) => /^[(‘']?\p{Lu}/u.test(w) || /^(?:he|she|they|we|I|it)$/.test(w.replace(/[^\p{L}]+$/u, '')))) return null;
  if (SPEECH_VERB_IN.test(lead)) return null;
  const said = TRAILING_ATTRIBUTION.exec(previous)?.[1] ?? TRAILING_SAID.exec(previous)?.[1] ?? OPENING_SAYS.exec(previous)?.[1];
  if (!said) return null;
  const s = speakerOf(unmask(said));
  return s?.speaker ? s : null;
}
// A finished clause with a verb of speech, closed by a semicolon or a dash, before the subject of the next: "Merkel said; ".
const SPOKEN_CLAUSE_BEFORE = new RegExp(`^.*\\b(?:${VERBS})\\b[^;—–"“”]{0,80}(?:;|\\s[—–])\\s+(?=\\S)`, 'u');
// A label that opens a paragraph with its colon: "Update:", "UPDATE 2:", "Editor’s note:".
const LABEL_COLON = /^\s*(?:Update(?:d)?(?:\s+\d+)?|UPDATE(?:D)?(?:\s+\d+)?|Editor[’']s [Nn]ote|Correction|Clarification|Note)\s*:\s+/u;
// (Only after a verb of judging or a noun of feeling: "most of us now know as “the tarot.”" names no one who said it.)
const BY_AS = /(?:\b(?:hailed|described|dismissed|derided|praised|critici[sz]ed|label?led|branded|called|characteri[sz]ed|slammed|blasted|lauded|condemned|mocked|decried|denounced|ridiculed|touted|billed|welcomed)\s+by|\b(?:ire|wrath|scorn|praise|criticism|anger|derision|condemnation)\s+of)\s+(?<who>(?:(?!\b(?:which|who|that|whom)\b)[^.!?;,"“”]){2,100}?)\s+as\s*$/u;
// The subject that opens a sentence, perhaps after a phrase and a comma, and its verb: "Haoyu blinked", "Alden was trying", "Haoyu’s brows suddenly lowered".
const BEAT = new RegExp(String.raw`^(?:[^,"“”]{1,100},\s+)?(?<who>\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}|[Hh]e|[Ss]he)(?:[’']s\s+\p{Ll}+)?\s+(?:(?:had|has|then|also|just|still|\p{Ll}+ly)\s+)*(?<verb>${IRREGULAR_PAST}|\p{Ll}{2,}(?:ed|s))\b`, 'u');
// (one to five words, the first in lowercase, a name of one or two capitalised words, perhaps its role after a comma or where it was
// said after a short preposition — `falou Tite ao programa "Grande Círculo".`, not "Claret and Hugh" — and the sentence's end)
// ("píše na Twitter Gary Lineker": a capitalised word among the clause's words goes with the clause; the name is its last two words at most)
// (a name of up to four words, particles inside it, then one to three lowercase words and a comma or a colon, opening its sentence)
const INTRODUCED = /(?:^|[.!?]["”’]?\s+)(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:bin|ibn|al|de|da|van|von)\s+)?\p{Lu}[\p{L}\p{M}'’-]*){0,3})\s+((?:\p{Ll}[\p{L}\p{M}-]*\s+){0,2}\p{Ll}[\p{L}\p{M}-]*)\s*[,:]\s*$/u;
const ENGLISH_CLAUSE_WORD = /^(?:a|an|he|she|they|we|i|you|his|her|its|their|our|my|me|him|them|us|not|who|what|when|then|just|also|says|said|thinks|thought)$/;
const INVERTED = /^\s*,?\s+(?:[—–]\s+)?(\p{Ll}[\p{L}\p{M}-]*\s+(?:[\p{L}\p{M}-]+\s+){0,4}?)(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?)(?:,\s+\p{Ll}[^"“”«».!?]{1,120}|\s+(?!(?:and|und|et|y|e|i)\s)\p{Ll}{1,3}\s[^.!?]{1,160})?[.](?:\s|$)/u;

// A dash-led tag whose verb a pronoun follows: "», — сказал он.", "», — говорит она."
const DASH_PRONOUN = /^\s*,?\s*[—–]\s+\p{Ll}[\p{L}\p{M}-]*\s+(он|она)(?=[\s,.;]|$)/iu;
// A name and any verb in the past or present right after a quote (`"…," Izuku grinned`, `"…!" All Might had sighed`), or the verb then the name.
const DIALOGUE_TAG = new RegExp(String.raw`^\s*,?\s+(?<who>\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})\s+(?:had\s+)?(?:\p{Ll}+ly\s+)?(?<verb>${IRREGULAR_PAST}|\p{Ll}{2,}(?:ed|s))\b`, 'u');
const DIALOGUE_TAG_INVERTED = /^\s*,?\s+(?<verb>\p{Ll}{2,}ed)\s+(?<who>\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})\s*[,.;]/u;
// Words ending like such a verb that are none: "Smith has", "Jones was", "Lee is".
const NOT_TAG_VERB = /^(?:has|was|is|does|this|thus|its|his|hers|yes|us|as|less|unless|plus|news|needs|seems|seemed|appears|appeared|used|based|aged|named|dubbed|titled|entitled|owned|led|backed|funded|based)$/;
const PERSON_NAME = /^\p{Lu}\S* \S/u;
// A role that speaks for an organisation.
// "the company said", "the firm added" with no company acting in the sentences before: the organisation quoted last, a paragraph or
// two up, goes on speaking ("“…,” the post read. … The software, known as X, is described … and “…,” the company said").
// ("the Cupertino, California-based company": where it is based is no part of the noun)
const COMPANY_NOUN = new RegExp(`^the\\s+(?:${BASED_IN})?(?:company|firm|group|organi[sz]ation|agency|startup|start-up)$`, 'iu');
// One who speaks for an organisation named by what it is: "a company spokesperson", "a spokeswoman for the company", "a spokesperson
// for the social network" — that organisation, as "the company" is.
const COMPANY_VOICE = /^(?:an?|the)\s+(?:(?:company|firm|startup|start-up|group)\s+(?:spokes(?:person|man|woman)|representative)|(?:spokes(?:person|man|woman)|representative)\s+(?:for|at|of|from)\s+the\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2})$/iu;
// A subordinate clause opening the sentence whose subject is a name, then "the company" as the main clause's subject: "While Apple
// provides very little information …, the company said", "Although Google has promised changes, the company said".
const CLAUSE_ORG = /(?:^|[.!?]["”’]?\s+)(?:While|Although|Though|Even though|Even as|Because|Since|After|As|When|Now that|Once|If)\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})\s+(?:has\s+|had\s+|have\s+|is\s+|was\s+|does\s+|did\s+|\p{Ll}+ly\s+)*\p{Ll}{2,}[^,"“”;]{0,140},\s+the\s+(?:company|firm|group|organi[sz]ation|agency|startup|start-up)\s+\p{Ll}+\s*(?:[^,"“”]{0,60})$/u;

/** The organisation that is the subject of the clause opening the sentence "the company" speaks in — not a person ("While Jane Roe led it"). */
function clauseOrg(sentence: string, people: People): string | null {
  const name = CLAUSE_ORG.exec(sentence)?.[1];
  if (!name || LEAD_WORDS.has(name) || ARTICLE.test(name) || isPerson(name, people) || (name.includes(' ') && personAtEnd(name) && genderOfGivenName(name.split(' ')[0]!))) return null;
  return fullName(name, people, Number.MAX_SAFE_INTEGER);
}

/** Whether a text writes a name as the owner of a spokesperson's role, "a Sony spokesperson", "an Acme representative". */
export function spokesOrg(name: string, text: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) if (ORG_SPOKES.test(text.slice(Math.max(0, i - 4), i + name.length + 16))) return true;
  return false;
}
const ORG_SPOKES = /(?:^|\b[Aa]n?\s)\S+\s+(?:spokes(?:person|man|woman)|representative)\b/;
const SPOKES = /\b(?:spokes(?:person|man|woman)|representative|press (?:officer|secretary))\b/i;

// A reference-list entry: a Wikipedia back-link caret, a retrieval or archive note, a PDF mark, an ISBN or a DOI.
const CITATION = /^\s*\^|\bRetrieved (?:on )?(?:\d|\p{Lu})|\bArchived from the original\b|\(PDF\)|\bISBN\b|\bdoi:|\bRFC \d{3,4}\b|\[Page \d+\]/u;
// Words written on a thing rather than said by someone: "New signs … spelling out: “…”", "each issue bore the words “…”".
const INSCRIPTION = /\b(?:signs|(?:a|the|its|their|this|that)\s+sign|signage|banners?|placards?|billboards?|slogans?|mottos?|mottoes|inscriptions?|inscribed|emblazoned|stickers?|headlines?|taglines?|captions?|(?<!\bin\s)the words(?!\s+of\b))\b/i;

// An utterance offered as an example or put in the reader's mouth, right before the quote, or one said only in a supposition or a warning.
const HYPOTHETICAL = /(?:\b(?:ask(?:ing)?|tell(?:ing)?)\s+(?:yourself|themselves|ourselves)|\byou(?:’ll|'ll|\s+will|\s+might|\s+may|\s+can|\s+could|\s+would|\s+should)?\s+(?:always\s+|just\s+|then\s+)?(?:ask|wonder|think|say)|\b(?:[Ff]or )?[Ee]xample|\be\.g\.|\bsuch as|\b(?:would|might|could)(?:\s+have)?\s+(?:said|say|written|write)|\b(?:[Dd]on[’']t|[Dd]o not|[Nn]ever|need to)\s+say)[\s,:(]*$/;
// Words only thought or imagined, right before the quote: "will be left to wonder: “…”", "as if to say “…”", "imagine saying “…”".
const THOUGHT = /\b(?:wonder(?:s|ed|ing)?|as if to (?:say|ask)|imagin(?:e|es|ed|ing)(?:\s+(?:saying|asking|hearing|telling\s+\p{Ll}+))?|pictur(?:e|es|ed|ing)\s+(?:saying|asking))[\s,:]*$/u;
// A verb right after a quotation, with no subject between: the quotation is what the sentence talks about, not what someone said
// ("“I'm so hungry I could eat a horse,” means you're hungry"), or the writer and reader talk over it ("“…,” we get your point").
const QUOTE_AS_SUBJECT = /^["”’»]?\s*,?\s+(?:(?:is|was|means|meant|illustrates|illustrated|shows|showed|implies|implied|sounds|sounded|becomes|became|remains|translates|conveys|expresses|signals|signifies)\b|(?:we|you)\s+(?!(?:said|say|says|told|tell|wrote|write|asked|ask|added|heard|hear|were told|are told|read)\b)\p{Ll})/u;
// A verb of speech between two quotations: the second is someone's words, not one more example.
const SPEECH_BETWEEN = new RegExp(`\\b(?:${IN_SENTENCE_VERBS}|say|tell)\\b`, 'i');

/**
 * Whether a paragraph that is only a quotation stands alone: nothing before it introduces it — the paragraph before neither ends
 * on a colon ("But here is his text:") nor has a verb of speech in its last sentence ("… and said something along the lines of").
 * Only read in English: in another language a verb of speech ("Она рассказала") is not known, and the quotation is kept.
 */
function standalone(previous: string, text: string): boolean {
  const words = `${previous} ${text}`.toLowerCase().split(/[^\p{L}']+/u);
  if (words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w) || ENGLISH_PRONOUN.has(w)).length < 3) return false;
  const last = previous.trimEnd();
  if (/:$/.test(last)) return false;
  const sentence = last.split(/(?<=[.!?]["”’]?)\s+(?=\p{Lu})/u).pop() ?? '';
  return !SPEECH_IN.test(sentence);
}
const SPEECH_IN = new RegExp(`\\b(?:${IN_SENTENCE_VERBS})\\b`, 'i');
const ENGLISH_PRONOUN = new Set(['i', 'you', 'we', 'he', 'she', 'they', 'my', 'your', 'our', 'me', 'us', 'not']);

// What stands before a quotation that opens its sentence: nothing, a colon or a dash, a verb of speech and a comma ("he said, "),
// or a quotation's own attribution ("“…,” drawled Lucius Malfoy, “when we are alone.”").
const UTTERANCE_LEAD = new RegExp(`(?:^|[:—–]|\\b(?:${VERBS}|asked|added|adding|saying|replied|said (?:I|he|she|they|we))\\s*,?|[”"’]\\s*[^"“”.!?]{1,80},)\\s*$`, 'u');
// Words a quotation never starts with, or is made only of: a comma or a bracket that closed a clause, an attribution alone.
// A determiner right before a quotation: the quotation is a term inside a noun phrase ("A 'phase one' trade deal").
const TERM_DETERMINER = /(?:^|\s)(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat)\s$/;
const BETWEEN_QUOTES = new RegExp(`^[,;:)\\]]|^(?:(?:he|she|they|it|we|\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})\\s+(?:${VERBS})|(?:${VERBS})\\s+(?:he|she|they|\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}))[.,]?$`, 'u');

// A bare connective opening the sentence right before the quote, with nobody introduced: "First, “Is …?”", "Or: “…”".
const BARE_CONNECTIVE = /^\s*(?:First|Second|Third|Next|Finally|Lastly|Or|Or else|Or even|Alternatively|Likewise|Similarly)(?:ly)?\s*[,:]?\s*$/u;
// An article or a preposition right before a quotation mark: the quoted words fill a noun's place in the sentence.
// A quotation used as a modifier of the noun after it: `a personal "should I buy this?" test`, `the “I’ve been around …” card`.
const MODIFIER_OPEN = /(?:^|\s)(?:[Aa]n?|[Tt]he|this|that|these|those|his|her|their|its|our|your|my)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;
const NOUN_AFTER = /^\s+(\p{Ll}[\p{L}-]+)(?=[\s,.;:!?)]|$)/u;
const NOT_NOUN = new Set([...VERBS.split('|'), 'he', 'she', 'they', 'we', 'i', 'you', 'it', 'and', 'or', 'but', 'nor', 'as', 'in', 'on', 'at', 'to', 'of', 'for', 'with', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'not', 'from', 'by', 'that', 'which', 'who', 'whom', 'when', 'where', 'while', 'if', 'than', 'then', 'so', 'according', 'into', 'about', 'over', 'after', 'before', 'because', 'since', 'though', 'although', 'until', 'like', 'unlike', 'also', 'now', 'yet', 'still', 'even', 'just', 'only', 'this', 'these', 'those', 'there', 'here', 'what', 'how', 'why', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'me', 'him', 'them', 'us', 'did', 'does', 'do', 'says', 'saying', 'adding', 'according']);
/** The word right after a quotation when it can only be the noun the quotation modifies (not a verb, pronoun, function word or adverb). */
function nounAfter(paragraph: string, close: number): boolean {
  const m = NOUN_AFTER.exec(paragraph.slice(close, close + 40));
  return !!m && !NOT_NOUN.has(m[1]!) && !m[1]!.endsWith('ly') && !m[1]!.endsWith('ed');
}
// A gloss: what a word means or translates as, a definition ("often translated as “…”", "the definition states that an authority is “…”").
const GLOSS = /\b(?:translated|translates|translation|translating|defined|defines|definition|stands for|(?:I|we|you)\s+mean|meaning|literally)\b[^.!?"“”]{0,60}?[\s,:(]*$/;

const NOUN_SLOT = /(?:^|\s)(?:a|an|by|about|of|with|from|into|like|than)\s+$/;
// The word that gives a work its title, right before it: "titled", "Entitled simply,", "headlined".
const TITLED = /\b(?:[Tt]itled|[Ee]ntitled|[Hh]eadlined)(?:\s+\p{Ll}+ly)?[\s,:]*$/u;
// A kind of work named right before its title.
const WORK_BEFORE = /\b(?:book|novel|memoir|film|movie|documentary|album|song|single|poem|play|essay|article|column|op-ed|podcast|series|episode|show|paper|report|study|titled|entitled)[\s,:]*$/i;

// A sentence whose subject is an organisation named by what it is, or "it": "The company said …", "It also plans …".
const COMPANY_SUBJECT = /^(?:(?:But|And|Now|Meanwhile),?\s+)?(?:The\s+(?:company|firm|startup|start-up|group|organi[sz]ation|agency)|It)\s/u;

/** The last whole sentence before a quote's own sentence: in its paragraph, or the previous paragraph's last. */
function lastSentenceBefore(paragraphs: readonly string[], pi: number, offset: number): string {
  const head = maskAbbreviations(paragraphs[pi]!.slice(0, offset)).replace(/[^.!?]*$/, '').trim();
  const text = head || (pi > 0 ? maskAbbreviations(paragraphs[pi - 1]!).trim() : '');
  return unmask(text.split(/(?<=[.!?]["”’]?)\s+(?=["“]?\p{Lu})/u).pop() ?? '');
}

// Where the sentence or the clause holding a quote may open after an attribution: a sentence end, a semicolon, a comma and a
// conjunction, a dash (`“…,” Merkel said, and Macron replied: “…”`, `“…,” Merkel said — Macron replied that “…”`).
const OWN_CLAUSE_START = /[.!?]["”’]?\s+(?=\S)|;\s+|\s[—–]\s+|,\s+(?:and|but|while|whereas)\s+/gu;

/**
 * Whether an attribution found before a quote lies in the quote's own sentence (or clause), which opens after the text between
 * it and the quote before it: the words after that text's last sentence end name the speaker (or the pronoun, or the role) found.
 */
function ownSentenceNames(between: string, found: ReturnType<typeof attribution>): boolean {
  if (!found || found.after) return false;
  const masked = maskAbbreviations(between.replace(TITLE_DOT, '$1 '));
  // (a dash right before the quote opens the quote's words, not a clause of their own: `Macron said. Merkel said — “…”`)
  const end = [...masked.matchAll(OWN_CLAUSE_START)].filter((m) => /\S/.test(masked.slice(m.index + m[0].length))).pop();
  if (!end) return false;
  const own = unmask(masked.slice(end.index + end[0].length));
  const named = [found.speaker, found.role].filter((w): w is string => !!w && w.length > 0);
  return named.some((w) => new RegExp(`(?<![\\p{L}])${escape(w)}(?![\\p{L}])`, 'iu').test(own));
}

/** The sentence before offset in a paragraph, up to offset. */
// An unnamed person opening a sentence as its subject: "A spokesman for Canada's health ministry declined to comment", "One
// resident, who asked not to be named, said".
const UNNAMED_SUBJECT = /^(?:A|An|One|Another)\s+((?:[\p{L}’'-]+\s+){0,3}?(?:spokes(?:man|woman|person)|official|representative|aide|source|resident|witness|officer|employee|worker|staffer|person|man|woman|pilot|driver|doctor|nurse|teacher|farmer|soldier|student|trader|banker|analyst|lawyer|diplomat|executive|manager|engineer|passenger|survivor|villager|neighbou?r|relative|insider|investor|colleague|friend|guard|member|shopkeeper|fisherman|miner|protester|activist|volunteer|patient|parent|mother|father)(?:\s+(?:for|at|of|with|from|in|on)\s+[^,.;:"“”]{2,60}?)?)(?:,[^.;"“”]*?,)?\s+(?:declined|said|says|told|did not|didn't|would not|wouldn't|refused|confirmed|added|spoke|answered|replied)\b/u;

/** The unnamed person the sentence right before a quote, in its paragraph, opens on ("a spokesman for the ministry"); null when none. */
// ("One builder in Kent, who asked not to be named for fear of losing contracts, said", "A local firefighter, speaking on condition of
// anonymity, said": whatever the noun, one who asks not to be named is no one named)
const ANONYMOUS_SUBJECT = /^(?:A|An|One|Another)\s+([\p{Ll}\p{Lu}][^,.;:"“”]{1,60}?),\s+(?:who\s+(?:asked|requested|declined|did not want|didn't want|refused|spoke|was not authori[sz]ed|is not authori[sz]ed|were not authori[sz]ed|are not authori[sz]ed)|speaking\s+(?:on\s+condition\s+of\s+anonymity|anonymously)|(?:requesting|asking\s+for)\s+anonymity|asking\s+not\s+to\s+be\s+(?:named|identified))\b[^.;"“”]*?,\s+(?:said|says|told|added)\b/u;
function unnamedBefore(paragraph: string, offset: number): string | null {
  const sentence = lastSentenceBefore([paragraph], 0, offset);
  const m = UNNAMED_SUBJECT.exec(sentence) ?? ANONYMOUS_SUBJECT.exec(sentence);
  return m ? `a ${m[1]!.trim()}`.replace(/^a ([aeiou])/i, 'an $1') : null;
}

function sentenceBefore(paragraph: string, offset: number): string {
  const before = paragraph.slice(Math.max(0, offset - 300), offset);
  const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  return end < 0 ? before : before.slice(end + 2);
}

/** The attribution a paragraph ending on a colon gives the quote that opens the next paragraph, read as if they were one. */
function colonBefore(previous: string, paragraph: string, q: RawQuote): ReturnType<typeof attribution> {
  const lead = previous.trimEnd();
  // (a colon after a quote or a label — "Update:", a list's "The replies were:" — introduces nobody's words by name: the
  // attribution must come from the words before the colon, which `attribution` only finds in a clause with a speaker)
  if (/["“”]/.test(lead.slice(-200)) || lead.length < 8) return null;
  const off = lead.length + 1;
  const found = attribution(`${lead} ${paragraph}`, { ...q, open: q.open + off, close: q.close + off });
  return found && !found.after ? found : null;
}

/**
 * A paragraph that is only a quotation, then a paragraph that opens by naming who said it — "That was how Jane Doe, the chief
 * executive, put it", "Those were the words of Senator Maria Lopez", "The remark came from …": the next paragraph's first sentence
 * is the quotation's attribution, read as if it followed the quotation in its own paragraph.
 */
function nextParagraphNames(paragraph: string, next: string | undefined, q: RawQuote): ReturnType<typeof attribution> {
  if (next === undefined || q.open !== 0 || q.close < paragraph.trimEnd().length - 1) return null;
  const groups = NEXT_SENTENCE.exec(` ${maskAbbreviations(next.replace(TITLE_DOT, '$1 '))}`)?.groups;
  const who = groups?.['acc'] ?? groups?.['how'] ?? groups?.['what'] ?? groups?.['so'] ?? groups?.['from'] ?? groups?.['of'];
  const s = who ? speakerOf(unmask(who)) : null;
  return s ? { ...s, after: false } : null;
}

// "Dana Whitfield, a partner at Summit Ventures, …", "Tom Brennan, the company's chief executive, …": a full name, then an
// apposition naming an office (ROLE_WORDS), closed by a comma or the sentence's end.
// ("Evan Sharp, Pinterest's other co-founder, met …": an office owned by a name is an apposition too)
const INTRODUCED_ROLE = /(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}\.)?(?:\s\p{Lu}[\p{L}'’-]+){1,2}),\s+((?:an?|the|its|his|her|their|\p{Lu}[\p{L}\p{N}.&-]*[’']s)\s[^,;:.!?“”"()]{3,80}?)(?=,|\.\s|\.$)/gu;

const APPOSITION = /,\s+(?:an?|the|its|his|her|their|\p{Lu}[\p{L}\p{N}.&-]*[’']s)\s/u;

// "Google's chief executive, Sundar Pichai, …", "Amazon's vice president for Kindle, Dave Limp, said", "The company's head of security policy, Nathaniel Gleicher, said": an office owned by a
// name or a possessive, then the full name in apposition. (a pronoun's or "the company's" owner is no name: the office alone is the role)
const OWNED_OFFICE_BEFORE = /(?:^|[.!?]\s+|,\s+|\b(?:said|says|added|and)\s+)((?:(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3}|[Tt]he\s+\p{Ll}+)[’']s|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+([\p{Ll}-]+(?:\s+(?:[\p{Ll}-]+|(?<=\b(?:for|of|at)\s+)\p{Lu}[\p{L}&.-]*)){0,5}?),\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}\.)?(?:\s\p{Lu}[\p{L}'’-]+){1,2})(?=,|\.|\s+\p{Ll})(?!\s+(?:and|or)\s)/gu;
// "CEO Phil Libin announced", "Dropbox co-founder Arash Ferdowsi rarely speaks", "Its partner Danny Rimer said": an office written
// right before the full name, perhaps after the name of where it is held (not a plural title over a list of names: "founding
// members Tom Johnston, Michael McDonald and …").
const TITLE_BEFORE_NAME = /(?:^|[.!?:]\s+|,\s+|\b(?:by|and|with|as)\s+)((?:\p{Lu}[\p{L}\p{N}&.-]*(?:[’']s)?\s+){0,2})((?:[\p{Ll}-]+\s+){0,3}(?:CEO|CFO|CTO|COO|[\p{Ll}-]+))\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}\.)?(?:\s\p{Lu}[\p{L}'’-]+){1,2})(?=\s+\p{Ll}|,|\.)(?!,\s+\p{Lu}|\s+(?:and|or)\s)/gu;
const OWNER_NOT_NAMED = /^(?:[Tt]he\s+\p{Ll}+[’']s|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)$/u;

/** The roles the article's appositions give its people, first introduction first. */
function introducedRoles(allParagraphs: readonly string[], wanted: ReadonlySet<string>): Map<string, string> {
  const roles = new Map<string, string>();
  // (only the paragraphs that name a speaker still without a role are read: the patterns cost a scan of every position)
  const paragraphs = wanted.size ? allParagraphs.filter((p) => [...wanted].some((name) => p.includes(name))) : [];
  for (const p of paragraphs) {
    // (The apposition's ", a …" / ", the …" first: the capitalised words before it are tried only in paragraphs that hold one.)
    if (!APPOSITION.test(p)) continue;
    for (const m of p.matchAll(INTRODUCED_ROLE)) {
      const role = m[2]!.trim();
      if (roles.has(m[1]!) || !ROLE_WORDS.test(role)) continue;
      const clean = cleanRole(role);
      if (clean) roles.set(m[1]!, clean);
    }
  }
  for (const p of paragraphs) {
    if (!/[’']s\s|\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s/.test(p)) continue;
    for (const m of p.matchAll(OWNED_OFFICE_BEFORE)) {
      const [, owner, office, name] = m as unknown as [string, string, string, string];
      if (roles.has(name) || !ROLE_WORDS.test(office) || !personAtEnd(name)) continue;
      const clean = cleanRole(OWNER_NOT_NAMED.test(owner) ? office : `${owner.replace(/^[Tt]he\s+/, '')} ${office}`);
      if (clean) roles.set(name, clean);
    }
  }
  for (const p of paragraphs) {
    for (const m of p.matchAll(TITLE_BEFORE_NAME)) {
      const [, where, fullOffice, name] = m as unknown as [string, string, string, string];
      // ("its co-founder Meera Pillai": an owner's pronoun before the office is none of it)
      const office = fullOffice.replace(/^(?:its|his|her|their|our)\s+/, '');
      const title = office.trim().split(/\s+/).pop()!;
      if (roles.has(name) || !ROLE_WORDS.test(title) || !/^(?:CEO|CFO|CTO|COO)$|^\p{Ll}/u.test(office) || /\b(?:said|says|told|and|or|the|a|an|of|to|in|on|at|for|with|by)\b/.test(office) || !personAtEnd(name)) continue;
      // (an opener or a pronoun before the office is no place it is held: "In", "The", "Its")
      // ("Former ambassador John Kerr": a "former" is kept, in lowercase)
      const owner = where.trim().split(/\s+/).filter((w) => /^(?:Former|Acting|Interim)$/.test(w) || (!ARTICLE.test(w) && !LEAD_WORDS.has(w) && !/^(?:Its|Their|His|Her|Our)$/.test(w))).map((w) => (/^(?:Former|Acting|Interim)$/.test(w) ? w.toLowerCase() : w)).join(' ');
      const clean = cleanRole(`${owner} ${office.trim()}`.trim());
      if (clean) roles.set(name, clean);
    }
  }
  return roles;
}

/** Returns the quotes of an article, given its paragraphs and their sentences. */
export function findQuotes(paragraphs: readonly string[], sentences: readonly Sentence[][], knownNames: readonly string[] = []): Quote[] {
  // (guessed: a speaker taken from around the quote, not from its own attribution)
  // (nest: where the words of the quotation this one is nested in begin, -1 at the top)
  const out: (Quote & { close: number; after: boolean; hidden: boolean; unclosed: boolean; guessed: boolean; nest: number })[] = [];
  const spansOf = paragraphs.map(quotedSpans);
  if (spansOf.every((spans) => spans.length === 0)) return []; // no quotation marks: no need to read who the article names
  const people = articlePeople(paragraphs, knownNames);
  const dialogue = isDialogue(paragraphs);
  const roles = new Map<string, string>();
  const orgs = new Set<string>(); // speakers that spoke as "it"/"they": organisations, whatever their names look like ("Big Machine")
  let hypothetical = { pi: -1, close: 0 }; // the last quotation given as an example nobody said
  paragraphs.forEach((whole, pi) => {
    for (const q of spansOf[pi]!) {
      const at = pos(pi, q.open);
      // A quotation nested in another (`theodp writes "… 'The deployment means …,' says Eun-A Park. …"`) is read inside it: its
      // attribution is among the words around it there, and the quotation before it is one nested in the same one, if any.
      const nest = q.within?.[0] ?? -1;
      const paragraph = q.within ? maskedOutside(whole, q.within) : whole;
      const prev = nest < 0 ? out.findLast((o) => o.nest < 0) : out.findLast((o) => o.nest === nest && o.evidence.paragraph === pi);
      // `Speaking at the summit, Prime Minister Ann Lee said:` then a paragraph that opens with the quote: the attribution before
      // the colon, in the paragraph before, is the quote's.
      const found = attribution(paragraph, q) ?? (q.open === 0 && pi > 0 && /:\s*$/.test(paragraphs[pi - 1]!) ? colonBefore(paragraphs[pi - 1]!, paragraph, q) : null) ?? (q.within ? null : nextParagraphNames(paragraph, paragraphs[pi + 1], q)) ?? (ANSWER_LABEL.test(paragraph.slice(0, q.open)) ? interviewee(paragraphs, pi, people) : null);
      let speaker: string | null = found?.speaker || null;
      let role = found?.role ?? null;
      let writer = false; // "said I": the writer's words, which no one before or around them takes over
      let unnamed: string | null = null; // the unnamed subject of the sentence before, whom a pronoun means
      const words = wordCount(q.text);
      // A second quote after `"…," X said.` in the same paragraph: the attribution between them is the first one's.
      const between = paragraph.slice(prev?.close ?? 0, q.open);
      // (one sentence of attribution however long: `"…," Dylan Nelson, a postdoctoral fellow at …, said in a statement. "…"`)
      // (not when the quote's own sentence opens after that attribution with one of its own: `“…,” Merkel said. Macron said that
      // “…”`, `…, the company said in a statement. Its chief executive, Sundar Pichai, added: “…”` — that one names who speaks)
      let shared = false;
      if (prev && prev.evidence.paragraph === pi && prev.after && !found?.after && (wordCount(between) <= 20 || !/[.!?]\s+\S/.test(maskAbbreviations(between).trim())) && !ownSentenceNames(between, found)) {
        ({ speaker, speaker_role: role } = prev);
        shared = true;
      } else if (speaker && /^(?:i|we)$/i.test(speaker)) {
        // "said I": the writer (a "we" is as often a quoted clause's own subject, `“We must …” in that law, Azzouz said.`)
        writer = speaker.toLowerCase() === 'i';
        speaker = null;
      } else if (speaker && /^(?:he|she)$/i.test(speaker) && prev && prev.evidence.paragraph === pi && !prev.speaker && prev.speaker_role && !/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(between.slice(1))) {
        // `“…,” one trader said. “…,” he added.`: the pronoun is the unnamed speaker just quoted, not someone named earlier.
        speaker = null;
        role = prev.speaker_role;
      } else if (speaker && /^(?:he|she)$/i.test(speaker) && (unnamed = unnamedBefore(paragraph, q.open))) {
        // `A spokesman for the ministry declined to comment. “…,” he told The Globe and Mail.`: the pronoun is the unnamed
        // person the sentence before made act, not someone named further back.
        role = unnamed;
        speaker = null;
      } else if (speaker && /^(?:he|she)$/i.test(speaker)) {
        const gender = pronounGender(speaker);
        // (no one before to mean: the person the article introduces right after the words — "“…,” she said. Jane Park, a teacher in
        // Ohio, has …" — else the only person it has named so far, however it named them: "about Daniel Reyes … “…,” he tells me")
        speaker = personAntecedent(people, pi, q.open, 3, gender, new Set(out.map((o) => o.speaker ?? ''))) ?? lastPerson(out, pi, people, gender) ?? sourceBefore(paragraph.slice(0, q.open), people, at) ??
          (out.some((o) => o.speaker) ? null : introducedAfter(paragraphs, pi, q.close, people, gender) ?? onlyPersonBefore(people, at, gender));
        // (no one names themselves in full in their own words: "“… easy for Mary Steenburgen …,” she said" after "McDowell still laughs …" is McDowell's, whatever the pronoun)
        if (speaker && q.text.includes(speaker)) {
          const other = personAntecedent(people, pi, q.open, 3);
          speaker = other && !q.text.includes(other) ? other : null;
        }
        // ("Jo Walton … she said": a name that marks no gender takes the pronoun's from then on)
        if (speaker && gender && !genderOf(speaker, people)) people.genders.set(speaker, gender);
        role = speaker ? roles.get(speaker) ?? null : null;
      } else if (speaker && /^(?:it|they)$/i.test(speaker)) {
        // ("Kym Lino, a spokesperson for Instagram, confirmed …. “…,” they said": a singular "they" is the spokesperson just named, not the organisation)
        // (an "it" is never a person: "Senator Bernie Sanders … praised the decision. The company said …. “…,” it said" is the company's)
        const spokesperson = speaker === 'they' ? personAntecedent(people, pi, q.open, 1) : null;
        speaker = (spokesperson && people.mentions.some((m) => m.name === spokesperson && SPOKES.test(m.role)) ? spokesperson : null) ?? orgAntecedent(people, pi, q.open, 2, 4, speaker === 'it') ?? lastOrg(out, pi, orgs, people) ?? (speaker === 'they' ? personAntecedent(people, pi, q.open) : null) ??
          // ("The company said it now processes …. “…,” it said": an "it" that goes on from "the company" means what that means — the
          // organisation further back)
          (speaker === 'it' && COMPANY_SUBJECT.test(lastSentenceBefore(paragraphs, pi, q.open)) ? companyAntecedent(people, pi, q.open, 3, 8) ?? (words >= 6 ? articleOrg(people, pi, q.open) : null) : null);
        if (speaker) orgs.add(speaker);
        role = null;
      } else if (speaker && /^\p{Lu}/u.test(speaker) && !found?.handle) {
        // ("Smith and Jones said": each of two speakers by the full name the article gave them)
        const joint = / and /.test(speaker) && JOINT.exec(speaker);
        // ("A Sony spokesperson issued a statement": the organisation speaks under the name the sentence gives it, not a longer one)
        speaker = joint ? `${fullName(joint[1]!, people, at)} and ${fullName(joint[3]!, people, at)}` : spokesOrg(speaker, paragraph) ? speaker : fullerName(speaker, people, at);
        // ("Mrs Holloway said" after "Mark Holloway and his wife, Claire": an honorific of the other gender is not the man or woman the
        // surname first named — the one of its gender who bears it, else the surname with its honorific)
        if (found?.speaker && !found.speaker.includes(' ') && speaker.endsWith(` ${found.speaker}`)) speaker = honoured(found.speaker, speaker, paragraph.slice(Math.max(0, q.open - 300), q.close + 120), people);
        // (a colon-prefixed word is a speaker only as the short form of a full name the article gives: not "Translation:")
        if (found?.prefix && !speaker.includes(' ')) speaker = role = null;
        else role = role ?? roles.get(speaker) ?? null;
      } else if (!speaker && role) {
        // "the president said", "the 56-year-old said", "the statement said": the person the article described so, or who made the statement;
        // "the spokesperson said" after "a spokesperson for Boeing said": the one quoted in that role before.
        // "a spokesperson said" with no organisation named: the one the sentences before made act ("CBP did not accept the offer. A spokesperson …").
        // "the singer and guitarist told the audience" right after "Simmons teased the tour": a title nobody was given is the last person's.
        // "the statement said" after "the US military said in a statement": who made the statement.
        // ("one analyst said", "two officials told Reuters": no one person the article named — not the last speaker either)
        const companyRole = COMPANY_NOUN.test(role.trim()) || COMPANY_VOICE.test(role.trim());
        // ("The sign on the studio door read:": words written on a thing, which no one the article names says)
        if (UNNAMED_FEW.test(role.trim()) || INSCRIPTION.test(role)) speaker = null;
        else speaker = (COMPANY_NOUN.test(role.trim()) ? clauseOrg(sentenceBefore(paragraph, q.open), people) : null) ?? (DOCUMENT_END.test(role) ? null : describedPerson(lowerTitles(role), people, at)) ?? (personTitle(lowerTitles(role)) && !DOCUMENT_END.test(role) ? holdsTitle(lowerTitles(role), personAntecedent(people, pi, q.open, 2) ?? lastNamed(people, pi, q.open), people) : null) ?? (MADE_IN_ROLE.test(role) ? statementMaker(paragraphs, pi, q.open, people, MADE_IN_ROLE.exec(role)![1]!.toLowerCase()) : null) ?? documentAuthor(role, paragraphs, pi, q.open, people) ?? documentSender(role, paragraphs, pi, q.open, people) ?? (SENT_ROLE.test(role.trim()) ? claimedSender(paragraphs, pi, people) : null) ?? (companyRole ? companyAntecedent(people, pi, q.open, 3, 8) : null) ?? (!companyRole && /\b(?:statement|report|release|letter|message|email|e-mail|memo|note|post|tweet|notice|study|survey|poll|analysis|paper|findings|review|audit|filing|lawsuit|complaint|spokes(?:person|man|woman)|representative|company|firm|group|club|team|organi[sz]ation|charity|union|party|board)$/i.test(role) && !OWNED_BODY.test(role.trim()) ? (ORG_DOCUMENT.test(role) ? institutionOnly(orgAntecedent(people, pi, q.open, /^the\s/i.test(role) ? 3 : 2, /^the\s/i.test(role) ? 8 : 4, true)) : orgAntecedent(people, pi, q.open, /^the\s/i.test(role) ? 3 : 2, /^the\s/i.test(role) ? 8 : 4)) : null) ?? sameRole(out, role) ?? (companyRole ? lastOrg(out, pi, orgs, people) ?? (words >= 6 ? articleOrg(people, pi, q.open) : null) : null) ?? groupNamed(role, people) ?? groupOfMembers(role, people);
      }
      // "A new ABC News poll shows …. Fifty-one percent say that “…”": words a poll's respondents endorse are the pollster's.
      // `Grisham, by her own accounting, has given "plenty of …"`: with no attribution, a quote inside a sentence whose subject is a
      // person the article names in full is that person's words.
      if (!speaker && !role && !found && words > 3 && q.open > 0) {
        const subject = SENTENCE_SUBJECT.exec(sentenceBefore(paragraph, q.open))?.groups?.['who'];
        const full = subject && !LEAD_WORDS.has(subject.split(' ')[0]!) && !ARTICLE.test(subject.split(' ')[0]!) ? fullName(subject, people, at) : null;
        if (full && full.includes(' ') && isPerson(full, people)) speaker = full;
      }
      const polled = !speaker && words > 3 ? pollster(paragraph, q.open, people) : null;
      if (polled) [speaker, role] = [polled, null];
      // A second quote in the same paragraph with no attribution of its own shares the first one's.
      // (not when its own "he"/"she" could not be the first one's: "…," she said. … he'd respond, "…")
      const otherGender = found && prev?.speaker && pronounGender(found.speaker) && genderOf(prev.speaker, people) && pronounGender(found.speaker) !== genderOf(prev.speaker, people);
      const inherited = !speaker && !role && !writer && !otherGender && !!prev && prev.evidence.paragraph === pi;
      if (inherited) ({ speaker, speaker_role: role } = prev!);
      // In a story told in dialogue, a line with no tag right after someone's line is the answer of the other one in the
      // conversation: the latest speaker before them who is not them ("“Is that why you bought the slow cooker?”" after Haoyu's line is Alden's).
      // (the one the line before called by name answers: "“Nippers,” said I, “what do you think of it?”" → "“I think I should kick him out …”" is Nippers')
      // (no one else spoke lately: a third voice, whom nothing names)
      const addressed = dialogue && !speaker && !role && !writer && !found && q.open === 0 && prev?.evidence.paragraph === pi - 1 ? addressee(spansOf[pi - 1]!, pi - 1, people) : null;
      const turn = !!addressed || (dialogue && !speaker && !role && !writer && !found && q.open === 0 && !!prev?.speaker && prev.evidence.paragraph === pi - 1);
      if (turn) speaker = addressed && addressed !== prev!.speaker ? addressed : prev!.speaker ? otherParty(out, prev!.speaker, pi) : null;
      // A quote opening a paragraph right after an attributed one continues it (news style).
      // (a line between them with no sentence end — a headline, a "SEE MORE" link — interrupts nothing)
      if (!speaker && !role && !writer && !turn && q.open === 0 && words > 3 && prev && (prev.evidence.paragraph === pi - 1 || (prev.evidence.paragraph === pi - 2 && !/[.!?:]["”’]?$/.test(paragraphs[pi - 1]!.trim())))) ({ speaker, speaker_role: role } = prev);
      // …and so does one that ends its paragraph after a colon whose sentence names no one, the first quote of its paragraph ("That
      // process led to a realization: “…”" after a paragraph of Steenburgen's words).
      if (!speaker && !role && !found && !writer && !turn && q.open > 0 && q.close >= paragraph.trimEnd().length - 1 && words >= 6 && prev?.speaker && prev.evidence.paragraph === pi - 1 && !spansOf[pi]!.some((o) => o.open < q.open) && namesNoOne(paragraph.slice(0, q.open))) ({ speaker, speaker_role: role } = prev);
      // A paragraph that is all quote, after a paragraph about someone ("The president also admitted …"): that person goes on.
      if (!speaker && !role && !found && !turn && q.open === 0 && q.close >= paragraph.length - 1 && words > 5) speaker = personAntecedent(people, pi, 0, 2);
      // A quote that ends its paragraph after a sentence about someone ("Bridenstine expects three rockets. “Adding another …”"): that person speaks.
      if (!speaker && !role && !found && q.open > 0 && q.close >= paragraph.length - 1 && words > 5 && /[.!?]["”’]?\s+$/.test(paragraph.slice(0, q.open))) speaker = personAntecedent(people, pi, q.open, 1) ?? claimedIn(paragraph.slice(0, q.open), people);
      // A scare quote or a quoted term ("optimistic" projections) — unless it is a whole utterance:
      // "No comment." or `"We will appeal," Roe said`.
      if (words <= 3 && !/[.!?]$/.test(q.text) && !found?.after) continue;
      // A quoted term between a determiner and its noun modifies the noun: "A 'phase one' trade deal, …, trade experts say".
      if (words < 6 && TERM_DETERMINER.test(paragraph.slice(0, q.open)) && /^\s+\p{Ll}/u.test(paragraph.slice(q.close))) continue;
      // Under six words, a quotation is a whole utterance that opens its sentence (`"We will appeal," Roe said`, `He said: "No
      // comment."`), not a phrase the sentence quotes: `Unrest in Ukraine poses "many dangers", the foreign secretary says`,
      // `what it called the "world's first hybrid smart band"` — which ANNOTATING counts as no quote
      // (kept when a named speaker says it: the fact sheet's reader sees whose words they are)
      if (words < 6 && !speaker && !UTTERANCE_LEAD.test(sentenceBefore(paragraph, q.open))) continue;
      // Never the words between two quotations read as one: `") when they're about 50 percent full, Cogent says. …"`, `"he said."`.
      if (BETWEEN_QUOTES.test(q.text)) continue;
      if (isTitle(q.text)) continue;
      if (!found?.handle) speaker = cleanSpeaker(speaker, people);
      // Nobody said it: the title of a work cited in a reference list, or the words on a sign, a banner, a masthead.
      if (!speaker && (!role || INSCRIPTION.test(role)) && (CITATION.test(paragraph) || INSCRIPTION.test(sentenceBefore(paragraph, q.open)))) continue;
      // Nobody said it yet: an example or a question the reader is told to put ("ask yourself, “…”", "For example: “…”").
      // (whoever is named: "An abuser would have said: “…”", "Don't say “…”" — words nobody said)
      const lead = sentenceBefore(paragraph, q.open);
      if (!speaker && (HYPOTHETICAL.test(lead) || THOUGHT.test(lead))) {
        hypothetical = { pi, close: q.close };
        continue;
      }
      // (and the alternatives that follow it in its paragraph with no attribution of their own and no speech verb between:
      // "Don't say “…”. Or: “…”" — not "That's why I always tell my clients: “…”")
      if (!speaker && !role && !found && hypothetical.pi === pi && !SPEECH_BETWEEN.test(paragraph.slice(hypothetical.close, q.open))) continue;
      // Nobody's words: a quotation that is the subject of its sentence ("“I could eat a horse,” means you're hungry"), or that the
      // writer and the reader comment on ("“…,” we get your point"), or that a bare connective sets before the reader ("First, “Is …?”").
      if (!speaker && !role && !found && (QUOTE_AS_SUBJECT.test(paragraph.slice(q.close, q.close + 40)) || (BARE_CONNECTIVE.test(lead) && !q.unclosed))) continue;
      // Nobody's words: a paragraph that is only a quotation, with no attribution and no one before it to go on speaking — a teaser
      // line, a sub-heading (an unclosed one runs on to an attribution in the next paragraph; a story in dialogue has its turns).
      if (!speaker && !role && !found && !shared && !turn && !dialogue && !q.unclosed && q.open === 0 && q.close >= paragraph.trimEnd().length - 1 && standalone(paragraphs[pi - 1] ?? '', q.text)) continue;
      // Nobody's words: a phrase the sentence uses as a noun, after an article or a preposition ("blindsided by “the … of it all”",
      // "nothing generic about a “fresh … fillet”") — an utterance follows a verb or a colon, or opens its sentence.
      if (!speaker && !role && NOUN_SLOT.test(paragraph.slice(Math.max(0, q.open - 12), q.open))) continue;
      // Nobody's words: a quotation modifying the noun after it, with no attribution of its own (`a personal "should I buy this?" test`).
      if (!found && MODIFIER_OPEN.test(paragraph.slice(Math.max(0, q.open - 40), q.open)) && !q.unclosed && nounAfter(paragraph, q.close)) continue;
      // Nobody's words: the gloss of a term, a translation or a definition ("often translated as “land of …”").
      if (!speaker && !role && GLOSS.test(sentenceBefore(paragraph, q.open))) continue;
      // The title of a book, a film, an album, however long: "In his book “Financial Freedom: A Proven Path to …”".
      if (!speaker && WORK_BEFORE.test(paragraph.slice(Math.max(0, q.open - 40), q.open)) && isTitle(q.text, 24)) continue;
      // …and whatever its case after the word that names it one: "Titled simply, “Reflecting on one very, very strange year at Uber,” the essay …".
      if (TITLED.test(paragraph.slice(Math.max(0, q.open - 40), q.open))) continue;
      // …in any language, which need not leave only English words in lowercase: "nosso ebook “As 5 Etapas para Alfabetizar seus Filhos em Casa”".
      if (!speaker && !role && titleCased(q.text)) continue;
      const evidence = sentenceAt(sentences[pi] ?? [], q.open + 1, paragraph);
      // A one-word utterance (`"Amazing," Davis said. "To be able …"`) is no quote, but its attribution carries to the next one.
      if (words < 2 && !(found?.after && speaker)) continue;
      // A nested or single-quoted span is a quotation only with an attribution of its own: an excerpt's words, a term set off
      // in single marks, say no one's words.
      if ((q.within || q.single) && !found && !shared && !inherited) continue;
      // (a short exclamation before a dialogue tag, `"Oh, no," Izuku corrected`, is no quote, but its tag carries to the next one)
      // (under six words, a whole utterance nobody named or described said — `“I hate this shit,” she mumbles` of a woman never
      // named — is no quote either; kept hidden, its attribution carries to the next one)
      const hidden = words < 2 || (!!found?.tag && words <= 3 && !/[.!?]$/.test(q.text)) || (words < 6 && !speaker && !role && !writer);
      out.push({ text: q.text, speaker, speaker_role: role, evidence: { paragraph: pi, sentence: evidence }, close: q.close, after: !!found?.after, hidden, unclosed: !!q.unclosed, guessed: !found && !shared, nest });
      // (not the voice someone speaks through, "a spokesman for Grant", "Mr. Macron's office": no role of the one named)
      if (speaker && role && !roles.has(speaker) && !VOICE_ROLE.test(role)) roles.set(speaker, role);
    }
  });
  // A speaker whose attribution gave no role keeps the one the article introduced them with ("I met Dana Whitfield, a partner at
  // Summit Ventures, at her bar." … "“…,” she said."): the stat card shows who is speaking.
  const introduced = introducedRoles(paragraphs, new Set(out.filter((q) => q.speaker && !q.speaker_role && q.speaker.includes(' ') && !roles.has(q.speaker)).map((q) => q.speaker!)));
  for (const q of out) if (q.speaker && !q.speaker_role && q.speaker.includes(' ')) q.speaker_role = roles.get(q.speaker) ?? introduced.get(q.speaker) ?? null;
  // ("His lawyer, Ira Rothken, said": beside a name, an owner's pronoun in the role points at no one the fact sheet shows — "lawyer")
  for (const q of out) if (q.speaker && q.speaker_role && /^(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+\p{Ll}/u.test(q.speaker_role)) q.speaker_role = q.speaker_role.replace(/^\S+\s+/, '');
  // A quotation left open at a paragraph's end runs on into the next paragraph's: the attribution there, later, is its too.
  const tops = out.filter((o) => o.nest < 0);
  for (let i = tops.length - 2; i >= 0; i--) {
    const [q, next] = [tops[i]!, tops[i + 1]!];
    // (over a speaker only guessed from around it, too: `“… months` / `“and … them` / `“so … done,” Ross told reporters.` is all Ross's)
    if (((!q.speaker && !q.speaker_role) || (q.guessed && !next.guessed)) && q.unclosed && next.speaker && next.evidence.paragraph === q.evidence.paragraph + 1 && /^\s*["“„«]/.test(paragraphs[next.evidence.paragraph]!)) {
      q.speaker = next.speaker;
      q.speaker_role = next.speaker_role;
      q.guessed = next.guessed;
    }
  }
  // A quotation the article gives twice (a summary then the full account, a pull quote) is one quote: its first telling stays.
  const seen = new Set<string>();
  return out.filter((q) => {
    if (q.hidden) return false;
    const key = quoteKey(q.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).map(({ close: _c, after: _a, hidden: _h, unclosed: _u, guessed: _g, nest: _n, ...q }) => q);
}

// The end of a sentence that names its source by a single name: "…, according to Schaeffer.", "…, Schaeffer said."
const SOURCE_AT_END = /(?:,\s+(?:according to|said|says)\s+(\p{Lu}[\p{L}'’-]+)|,\s+(\p{Lu}[\p{L}'’-]+)\s+(?:said|says|added))\.$/u;

/**
 * The one the sentence right before a quote names as its source, for a "he"/"she" no name the article gives in full explains
 * (`…, according to Schaeffer. "Once a port hits …," he said.`): not an organisation or a place the gazetteer knows.
 */
function sourceBefore(text: string, people: People, at: number): string | null {
  const sentence = text.trimEnd().split(/(?<=[.!?]["”’]?)\s+(?=["“]?\p{Lu})/u).pop() ?? '';
  const m = SOURCE_AT_END.exec(sentence);
  const name = m?.[1] ?? m?.[2];
  if (!name || GAZETTEER_ORGANIZATIONS.has(name.toLowerCase()) || GAZETTEER_PLACES.has(name.toLowerCase()) || LEAD_WORDS.has(name)) return null;
  return fullName(name, people, at);
}

// A sentence that opens on a full name, then an apposition or a verb: "Jane Park, a sixth-grade teacher, has …", "Jane Park teaches …".
const OPENS_ON_PERSON = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}\.)?(?:\s\p{Lu}[\p{L}'’-]+){1,2})(?:,\s+(?:an?|the|who)\s|\s+(?:has|had|is|was|\p{Ll}{2,}(?:ed|s))\b)/u;

/**
 * The person the article introduces right after a quote that only a pronoun attributes, in the next sentence: "“…,” she said.
 * Jane Park, a sixth-grade teacher at Fairview, has taught for 19 years" → Jane Park (when the pronoun's gender does not exclude her).
 */
function introducedAfter(paragraphs: readonly string[], pi: number, close: number, people: People, gender: Gender | null): string | null {
  const rest = maskAbbreviations(paragraphs[pi]!.slice(close));
  const end = rest.search(/[.!?]["”’]?\s+(?=\p{Lu})/u);
  const next = end >= 0 ? rest.slice(end).replace(/^[.!?]["”’]?\s+/u, '') : paragraphs[pi + 1] ?? '';
  const name = OPENS_ON_PERSON.exec(next)?.[1];
  if (!name || !personAtEnd(name) || personAtEnd(name)!.name !== name || name.split(' ').some((w) => ORG_WORD.test(w) || LEAD_WORDS.has(w))) return null;
  const g = genderOf(name, people);
  return !gender || !g || g === gender ? name : null;
}

/** The one person the article has named in full before a point, whatever their part in the sentence, when the pronoun's gender does not exclude them. */
function onlyPersonBefore(people: People, at: number, gender: Gender | null): string | null {
  const named = new Set<string>();
  for (const m of people.mentions) {
    if (m.at > at) break;
    if (m.at >= 0 && !m.vocative && m.name.includes(' ') && (isPerson(m.name, people) || personNamed(m.name, people))) named.add(m.name);
  }
  if (named.size !== 1) return null;
  const [name] = named;
  const g = genderOf(name!, people);
  return !gender || !g || g === gender ? name! : null;
}

/** A paragraph with only the words between [from, to) left, the rest blanked (its offsets kept): the inside of a quotation. */
function maskedOutside(paragraph: string, [from, to]: readonly [number, number]): string {
  return ' '.repeat(from) + paragraph.slice(from, to) + ' '.repeat(Math.max(0, paragraph.length - to));
}

// A paragraph that opens with a quotation mark: a line of dialogue, or a quote news style sets apart.
const OPENS_QUOTE = /^\s*["“„«]/;

/**
 * Whether a page tells its story in dialogue (fiction, a transcript): many pairs of consecutive paragraphs that both open with a
 * quote — turns of a conversation. News sets a quote apart in its own paragraph now and then (a dozen such pairs at most on the
 * longest reports); a chapter of a story has dozens.
 */
function isDialogue(paragraphs: readonly string[]): boolean {
  let pairs = 0;
  for (let i = 1; i < paragraphs.length; i++) if (OPENS_QUOTE.test(paragraphs[i]!) && OPENS_QUOTE.test(paragraphs[i - 1]!)) pairs++;
  return pairs >= 20;
}

// A name a speaker calls someone by: a quote that is only the name, or opens with it before a comma, or ends on it after one
// ("“Bartleby,” said I", "“Nippers, what do you think?”", "“What do you think of it, Turkey?”").
const VOCATIVE_OPEN = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)(?:,|[.!?]?$)/u;
const VOCATIVE_CLOSE = /,\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)[.!?]*$/u;

/** The person the quotes of a paragraph call by name, the last one: a name the article uses, not an interjection ("Well,", "Sir,"). */
function addressee(spans: readonly RawQuote[], pi: number, people: People): string | null {
  for (let i = spans.length - 1; i >= 0; i--) {
    const text = spans[i]!.text.trim();
    for (const m of [VOCATIVE_CLOSE.exec(text), VOCATIVE_OPEN.exec(text)]) {
      const name = m?.[1];
      // (a word the article writes only where a sentence opens — "Yeah," — is an interjection, not a name: a name stands mid-sentence somewhere)
      if (!name || !people.runSet.has(name) || name.split(' ').some((w) => people.lowercase.has(w.toLowerCase()) || LEAD_WORDS.has(w)) || !midSentence(name, people)) continue;
      return fullName(name, people, pos(pi, 0));
    }
  }
  return null;
}

/** The other one in a conversation: the latest speaker of the last few paragraphs who is not `speaker`. */
function otherParty(out: readonly Quote[], speaker: string, pi: number): string | null {
  for (let i = out.length - 1; i >= 0 && out[i]!.evidence.paragraph >= pi - 8; i--) {
    const other = out[i]!.speaker;
    if (other && other !== speaker) return other;
  }
  return null;
}

/** A quote's words, lowercased, without punctuation or marks: two tellings of one quotation share it. */
export function quoteKey(text: string): string {
  return text.toLowerCase().replace(/[’'‘]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
}

// Words a title leaves in lowercase: "Takin' It to the Streets", "Deterministic Nonperiodic Flow".
const TITLE_SMALL = /^(?:a|an|the|of|and|or|nor|but|in|on|at|to|for|with|by|from|as|vs?\.?|de|la|y)$/;

/** Whether a short quoted span is the title of a work (every word capitalised but the small ones), not an utterance: "Beyond Finances." */
function isTitle(text: string, most = 8): boolean {
  const ws = text.replace(/[.,!?:;]+$/, '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return ws.length >= 2 && ws.length <= most && ws.every((w) => TITLE_WORD.test(w) || TITLE_SMALL.test(w)) && ws.filter((w) => /^\p{Lu}/u.test(w)).length >= 2;
}

/** Whether a span of five words or more, with no sentence end, opens with a capital and capitalises most of its other words: a title, not an utterance. */
// A word a title capitalises: "Review", "10.5-Inch", and a name that capitalises its second letter instead ("iPad", "eBay").
const TITLE_WORD = /^[“"‘'(]?(?:[\p{Lu}\p{N}]|\p{Ll}\p{Lu})/u;

function titleCased(text: string): boolean {
  // (a dot inside a number ends no sentence: "The 10.5-Inch iPad Pro Is Much More “Pro")
  if (/[.!?;:](?!\p{N})/u.test(text)) return false;
  const ws = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (ws.length < 5 || !TITLE_WORD.test(ws[0]!)) return false;
  const caps = ws.slice(1).filter((w) => TITLE_WORD.test(w)).length;
  return caps >= 3 && caps * 2 >= ws.length - 1;
}

// A sentence that reports a poll's finding: "51 percent say that", "most Americans want", "the survey found that".
const POLL_FINDING = /\b(?:percent|per cent|%|majority|majorities|most|respondents|voters|Americans|adults)\b[^.!?"“”]{0,80}\b(?:say|says|said|agree|agreed|believe|believed|think|thought|support|supported|want|wanted)\b|\b(?:poll|survey)\b[^.!?"“”]{0,100}\b(?:shows?|showed|finds?|found|suggests?|suggested)\b/;
// The organisation a poll is named by: "a new ABC News poll", "the Reuters/Ipsos survey".
const POLL_BY = /(\p{Lu}[\p{L}\p{N}.&'’/-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’/-]*){0,3})\s+(?:poll|survey)\b/gu;

/** The pollster whose poll the quote's sentence reports, named in it or in the two sentences before it ("A new ABC News poll shows …"). */
function pollster(paragraph: string, open: number, people: People): string | null {
  const before = maskAbbreviations(paragraph.slice(Math.max(0, open - 600), open));
  const sentences = before.split(/(?<=[.!?]["”’]?)\s+(?=[\p{Lu}"“])/u);
  if (!POLL_FINDING.test(sentences[sentences.length - 1] ?? '')) return null;
  const found = [...sentences.slice(-3).join(' ').matchAll(POLL_BY)].pop();
  if (!found) return null;
  const words = found[1]!.split(/\s+/);
  while (words.length && (ARTICLE.test(words[0]!) || LEAD_WORDS.has(words[0]!))) words.shift();
  const name = unmask(words.join(' '));
  return name && !/^(?:New|Latest|Recent|National|Gallup-style|\p{Lu}\p{Ll}+day|January|February|March|April|May|June|July|August|September|October|November|December)$/u.test(name) ? cleanSpeaker(name, people) : null;
}

/** "the doctors" in an article that names "Doctors for Camp Closure": the group whose name the plural noun opens. */
function groupNamed(role: string, people: People): string | null {
  const m = /^[Tt]he\s+(\p{Ll}{3,}s)$/u.exec(role.trim());
  if (!m) return null;
  const head = m[1]![0]!.toUpperCase() + m[1]!.slice(1);
  // (read in the text: a run of names stops at "for", which such names hold)
  const found = [...people.text.matchAll(new RegExp(`(?<![\\p{L}])${head}(?:(?:\\s+(?:for|of|and|the|&))*\\s+\\p{Lu}[\\p{L}'’-]*)+`, 'gu'))].map((x) => x[0]).filter((r) => r.split(' ').length >= 3 && (/\s(?:for|of|and)\s/.test(r) || !personAtEnd(r)));
  return found.length && found.every((r) => r === found[0]) ? found[0]! : null;
}

// A group named in apposition to its members: "The doctors, members of a recently formed group Doctors for Camp Closure, …",
// "physicians from Doctors for Camp Closure, a group of …", "a group of physicians called Doctors for Camp Closure".
const GROUP_NAME = String.raw`(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:for|of|and|against|the|&)\s+)*\p{Lu}[\p{L}\p{N}'’-]*)+)`;
const MEMBERS_GROUP = new RegExp(String.raw`(?:^|[.!?]\s+)(?:The|These|Those)\s+(\p{Ll}{3,}s),\s+(?:all\s+)?members\s+of\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:group|organi[sz]ation|coalition|network|association|collective|alliance)\s+(?:called\s+|named\s+|known\s+as\s+)?${GROUP_NAME}|\bgroup\s+of\s+(\p{Ll}{3,}s)\s+(?:called|named|known\s+as)\s+${GROUP_NAME}`, 'gu');

/**
 * "the physicians stated", "the letter signed by seven physicians" in an article that names the group those people make up: "A group
 * of physicians …. The doctors, members of a recently formed group Doctors for Camp Closure, …" → Doctors for Camp Closure. Only a
 * group named in apposition to its members, the only one the article names so, and only for the noun that named those members
 * there or that the article ties to a group ("a group of physicians"); never a group named in passing ("the hacker group Lizard Squad").
 */
function groupOfMembers(role: string, people: People): string | null {
  const noun = /^[Tt]he\s+(?:(\p{Ll}{3,}s)|(?:letter|statement|petition|email|message)\s+(?:signed|written|sent)\s+by\s+(?:the\s+)?(?:\p{Ll}+\s+)?(\p{Ll}{3,}s))$/u.exec(role.trim());
  const members = noun?.[1] ?? noun?.[2];
  if (!members || (!people.text.includes('members of') && !people.text.includes('group of'))) return null;
  const named = [...people.text.matchAll(MEMBERS_GROUP)].map((m) => ({ noun: m[1] ?? m[3]!, name: (m[2] ?? m[4]!).replace(/\s+(?:and|of|for|the|&)$/, '') }));
  if (!named.length || named.some((g) => g.name !== named[0]!.name)) return null;
  const tied = named.some((g) => g.noun === members) || new RegExp(`\\bgroup\\s+of\\s+${members}\\b`).test(people.text);
  return tied ? named[0]!.name : null;
}

// A written text that speaks for whoever wrote it, named by a definite description ("the report", "the new study").
const DOCUMENT_ROLE = /^(?:the|The|this|This)\s+(?:\p{Ll}+\s+)?(report|study|survey|analysis|paper|letter|memo|review|audit|poll)$/u;

/** "the report states" after "a new report released on Monday by Stanford University's Center on Poverty and Inequality": who the article said wrote it. */
function documentAuthor(role: string, paragraphs: readonly string[], pi: number, offset: number, people: People): string | null {
  const noun = DOCUMENT_ROLE.exec(role.trim())?.[1];
  if (!noun) return null;
  // (not who saw or obtained it: "a letter …, which was seen by Reuters")
  const by = new RegExp(`\\b${noun}\\b[^.!?"“”]{0,60}?\\b(?<!(?:seen|obtained|reviewed|received|viewed|read|reported|verified)\\s)(?:by|from)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:\\s+(?:(?:of|for|on|and|&|the)\\s+)*\\p{Lu}[\\p{L}\\p{N}&'’-]*)*)`, 'gu');
  for (let p = pi; p >= 0; p--) {
    const text = p === pi ? paragraphs[p]!.slice(0, offset) : paragraphs[p]!;
    if (!text.includes(noun)) continue;
    const found = [...text.matchAll(by)].pop();
    if (!found) continue;
    // (a person by name, "by John Smith of Harvard", or an organisation under its whole name)
    const raw = found[1]!.replace(/[’']s$/, '');
    const head = raw.split(/\s+(?:of|at|for|on)\s+/)[0]!;
    const person = personAtEnd(head);
    const name = person && person.name === head ? person.name : raw;
    return cleanSpeaker(fullName(name, people, pos(p, 0)), people);
  }
  return documentOwner(paragraphs, pi, offset, people);
}

// Whose document the article said it was: "Stack Overflow’s analysis", "Stack Overflow published its analysis".
const DOCUMENT_OWNER = /(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3})(?:[’']s\s+|\s+(?:published|released|issued|put\s+out)\s+(?:its|their|an?|the)\s+)(?:(?:\p{N}{4}|new|latest|annual|recent|own)\s+)?(?:report|study|survey|analysis|paper|poll|review|audit)\b/gu;

/**
 * "the report" where no sentence says by whom: the one organisation or person the article, up to the quote, says a document
 * (report, study, survey, analysis…) is of ("Stack Overflow published its analysis …. Regardless of how much credibility you give
 * Stack Overflow’s analysis, the report’s recommendation … is a good one: “…”") — none when it names documents of several.
 */
function documentOwner(paragraphs: readonly string[], pi: number, offset: number, people: People): string | null {
  const owners = new Set<string>();
  for (let p = 0; p <= pi; p++) {
    const text = p === pi ? paragraphs[p]!.slice(0, offset) : paragraphs[p]!;
    if (!/\b(?:report|study|survey|analysis|paper|poll|review|audit)\b/.test(text)) continue;
    for (const m of text.matchAll(DOCUMENT_OWNER)) {
      const words = m[1]!.split(/\s+/);
      while (words.length && (ARTICLE.test(words[0]!) || LEAD_WORDS.has(words[0]!))) words.shift();
      // (a surname to its full name; a name of several words as written — "Stack Overflow", not the "Stack Overflow Jobs" it runs)
      if (words.length) owners.add(words.length === 1 ? fullerName(words[0]!, people, pos(p, m.index)) : words.join(' '));
    }
  }
  return owners.size === 1 ? cleanSpeaker([...owners][0]!, people) : null;
}

// A message named by a definite description ("the email", "the letter"), which speaks for whoever the article said sent it.
const SENT_ROLE = /^(?:the|The|this|This|that|That)\s+(?:\p{Ll}+\s+)?(email|e-mail|letter|memo|message|note|post|blog post|tweet|statement|text|notice|release|press release|announcement|open letter)$/u;
// A sentence whose subject sends, writes or posts a message: "The hackers, who call themselves Guardians of Peace, sent an email to …".
const SENDER_VERB = String.raw`(?:sent|wrote|posted|published|issued|released|emailed|circulated|distributed|penned|signed|shared|tweeted|put out|sent out|fired off)`;


// "X sent an email" clauses by document noun, compiled once (a \p{} pattern costs milliseconds to build).
const SENT_CLAUSE = new Map<string, RegExp>();

/** The full name a speaker's short form stands for — not a product or an arm a longer name opens with it ("Apple" of "Apple Music"). */
/** A surname's full name unless the honorific the text gives it ("Mrs Holloway") marks the other gender than the full name's given name. */
function honoured(surname: string, full: string, text: string, people: People): string {
  const title = new RegExp(`\\b(Mr|Mrs|Ms|Miss)\\.?\\s+${escape(surname)}\\b`, 'u').exec(text)?.[1];
  if (!title) return full;
  const gender = title === 'Mr' ? 'male' : 'female';
  const given = pronounGenderOfGivenName(full.split(' ')[0]!);
  if (!given || given === gender) return full;
  const other = people.mentions.find((m) => m.name.endsWith(` ${surname}`) && pronounGenderOfGivenName(m.name.split(' ')[0]!) === gender);
  return other?.name ?? `${title} ${surname}`;
}
function fullerName(speaker: string, people: People, at: number): string {
  const full = fullName(speaker, people, at);
  return namesAnotherThing(speaker, full, (w) => people.lowercase.has(w)) ? speaker : full;
}

/** A speaker read from a clause: one capitalised word is a surname or short name, taken to its full name; cleaned. */
function namedSpeaker(speaker: string, people: People, at: number): string | null {
  return cleanSpeaker(ONE_CAPITALISED_WORD.test(speaker) ? fullerName(speaker, people, at) : speaker, people);
}
const ONE_CAPITALISED_WORD = /^\p{Lu}\S*$/u;
/** "the email said" after "The hackers, who call themselves Guardians of Peace, sent an email": who the article said sent the message. */
function documentSender(role: string, paragraphs: readonly string[], pi: number, offset: number, people: People): string | null {
  const noun = SENT_ROLE.exec(role.trim())?.[1];
  if (!noun) return null;
  const last = noun.split(' ').pop()!;
  let sent = SENT_CLAUSE.get(last);
  if (!sent) {
    sent = new RegExp(String.raw`^(?:[^,"“”]{1,40},\s+)?([^"“”]{2,160}?)\s+(?:(?:also|then|later|first|\p{Ll}+ly)\s+)?${SENDER_VERB}\s+(?:(?:an?|the|its|their|his|her)\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?${last}s?\b`, 'u');
    SENT_CLAUSE.set(last, sent);
  }
  for (let p = pi; p >= 0 && p >= pi - 2; p--) {
    const text = maskAbbreviations(p === pi ? paragraphs[p]!.slice(0, offset) : paragraphs[p]!);
    if (!text.includes(last)) continue;
    const sentences = text.split(/(?<=[.!?]["”’]?)\s+(?=["“]?\p{Lu})/u).reverse();
    for (const sentence of sentences) {
      const m = sent.exec(sentence);
      if (!m) continue;
      const s = speakerOf(unmask(m[1]!));
      if (!s?.speaker || PRONOUN_LIKE.test(s.speaker)) return null;
      return namedSpeaker(s.speaker, people, pos(p, m.index));
    }
  }
  return null;
}

// "The author of the email claimed to be the leader of the Guardians of Peace", "the sender of the letter said to be a member of
// Red Dawn": an anonymous message speaks for whom its author claims to be (the group, not a role).
const CLAIMED_SENDER = /\b(?:author|authors|sender|senders|writer|writers)\s+of\s+the\s+(?:[\p{Ll}-]+\s+)?(?:message|email|e-mail|letter|note|memo|post)s?\s+(?:\p{Ll}+ly\s+)?(?:claimed|claims|claiming|purported|purports|purporting|professed|professes|said|says)\s+to\s+be\s+(?:(?:the|a|an|one)\s+(?:[\p{Ll}-]+\s+)?(?:leader|leaders|member|members|head|spokesman|spokesperson|representative|founder|voice)\s+of\s+)?(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:of|for|the|and|&)\s+)*\p{Lu}[\p{L}\p{N}'’-]*)*)/u;

/** Whom the author of a message is said to claim to be, in a text ("The author of the message claimed to be the leader of X"). */
function claimedIn(text: string, people: People): string | null {
  const m = CLAIMED_SENDER.exec(text);
  return m ? cleanSpeaker(m[1]!, people) : null;
}

/** "“…,” reads the message …" where a paragraph near it says whom the message's author claimed to be: that group or person. */
function claimedSender(paragraphs: readonly string[], pi: number, people: People): string | null {
  for (const p of [pi, pi - 1, pi + 1, pi - 2, pi + 2, pi + 3]) {
    const found = p >= 0 && p < paragraphs.length ? claimedIn(paragraphs[p]!, people) : null;
    if (found) return found;
  }
  return null;
}

/** Who "said in a statement" in this paragraph before the quote or in the two before it, latest first ("the statement said" means them). */
// A document an institution publishes ("the agency's inquiry report", "the filing"): it speaks for an organisation, never a person who acted before it.
const ORG_DOCUMENT = /\b(?:report|study|survey|analysis|paper|review|audit|findings|filing|lawsuit|complaint|ruling|inquiry)$/i;
/** An antecedent for an institution's document, unless it reads as a person's name ("Health Secretary Victoria Lang"). */
function institutionOnly(name: string | null): string | null {
  const words = name?.split(' ') ?? [];
  return name && !(words.length >= 2 && isGivenName(words[words.length - 2]!)) ? name : null;
}
// A role that is a document, whatever titles qualify it ("the agency's official inquiry report"): never a person the article titled so.
const DOCUMENT_END = /\b(?:report|study|survey|statement|letter|memo|email|ruling|judgment|judgement|decision|filing|complaint|lawsuit|document|release|post|tweet|analysis|paper|review|audit|findings|notice|order|inquiry|minutes|transcript)$/i;
// A definite document that speaks for whoever the article said spoke in one: "the statement said", "the letter said", "the memo read".
const MADE_IN_ROLE = /^(?:the|this|that)\s+(?:\p{Ll}+\s+)?(statement|letter|memo|email|e-mail)$/iu;
const MADE_IN = new Map<string, RegExp>();
function statementMaker(paragraphs: readonly string[], pi: number, offset: number, people: People, noun = 'statement'): string | null {
  // ("X said in a letter to …", "X wrote in an internal memo": the letter is theirs)
  let re = MADE_IN.get(noun);
  if (!re) MADE_IN.set(noun, (re = new RegExp(String.raw`(?:^|[.!?,;:]\s+)([^.!?,;:"“”]{2,80}?),?\s+(?:said|says|announced|added|confirmed${noun === 'statement' ? '' : '|wrote|writes|warned'})\s+in\s+(?:a|its|his|her|their|an?\s+\p{Ll}+)\s+${noun}\b`, 'gu')));
  for (let p = pi; p >= 0 && p >= pi - 2; p--) {
    const text = maskAbbreviations(p === pi ? paragraphs[p]!.slice(0, offset) : paragraphs[p]!);
    if (!text.includes(noun)) continue;
    const found = [...text.matchAll(re)].pop();
    if (!found) continue;
    const s = speakerOf(unmask(found[1]!));
    const name = s?.speaker ? namedSpeaker(s.speaker, people, pos(p, found.index)) : null;
    if (name) return name;
  }
  return null;
}

/** The speaker quoted earlier in the role a definite description names ("the spokesperson" → the one "a spokesperson for Boeing" named; "the Pose actor" → the one "the actor" was). */
function sameRole(out: readonly Quote[], description: string): string | null {
  // ("the Pose actor" after "said the actor": the same title, with where it is held)
  const m = /^(?:the|The)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}([\p{Ll}-]+)$/u.exec(description.trim());
  if (!m) return null;
  for (let i = out.length - 1; i >= 0; i--) {
    const q = out[i]!;
    if (q.speaker && q.speaker_role && new RegExp(`\\b${m[1]}\\b`).test(q.speaker_role)) return q.speaker;
  }
  return null;
}

/** The last person quoted (pronouns point at people: a full name, two words or more, not an organisation's, of the pronoun's gender). */
function lastPerson(out: readonly Quote[], pi: number, people: People, gender: Gender | null): string | null {
  for (let i = out.length - 1; i >= 0; i--) {
    const q = out[i]!;
    if (!q.speaker || q.evidence.paragraph > pi) continue;
    const g = genderOf(q.speaker, people);
    // (a single name is a person's when the article has made it one of the pronoun's gender: "Evul-art'h … she reported" — a story's characters go by one name)
    if (!(PERSON_NAME.test(q.speaker) && personAtEnd(q.speaker)) && !(gender && g === gender && !q.speaker.includes(' '))) continue;
    if (gender && (g ?? gender) !== gender) continue;
    // (a name that marks no gender stands for "she" only while it is still being quoted: the latest quote, two paragraphs back at most)
    if (gender && !g && (i !== out.length - 1 || q.evidence.paragraph < pi - 2)) return null;
    return q.speaker;
  }
  return null;
}

/** The person named in full last, in this paragraph before the quote or the one before it ("Pep Guardiola saw his side lose. … the Spaniard added"). */
function lastNamed(people: People, pi: number, offset: number): string | null {
  let found: string | null = null;
  for (const m of people.mentions) {
    if (m.at > pos(pi, offset)) break;
    if (m.at >= pos(pi - 1, 0)) found = m.name;
  }
  return found;
}

/** The last organisation quoted within the three paragraphs before ("it says", "they said in a statement"). */
function lastOrg(out: readonly Quote[], pi: number, orgs: ReadonlySet<string>, people: People): string | null {
  for (let i = out.length - 1; i >= 0 && out[i]!.evidence.paragraph >= pi - 3; i--) {
    const q = out[i]!;
    // (not a person the article named with a given name or a title, or whom a "he"/"she" was)
    if (q.speaker && (orgs.has(q.speaker) || (!isPerson(q.speaker, people) && !personNamed(q.speaker, people) && !genderOf(q.speaker, people)))) return q.speaker;
  }
  return null;
}

function sentenceAt(sentences: readonly Sentence[], offset: number, paragraph: string): string {
  let found = sentences[0]?.text ?? paragraph;
  for (const s of sentences) if (s.start <= offset) found = s.text;
  return found;
}
