import { hasOrgWord, isPlaceName } from './entity-types.ts';
import { genderOfGivenName } from './given-names.ts';
import { nameRuns } from './names.ts';
import { GAZETTEER_ORGANIZATIONS, GAZETTEER_SURNAMES } from './gazetteer.ts';
import { COMMON_NOUNS } from './common-nouns.ts';

/**
 * Name runs for entity finding (issue 9). `nameRuns` cuts some names in pieces that belong
 * together; here they are joined again from the text between two runs:
 * - a middle initial ("Sonya A." + "Zoghlin", "P.J." + "Fleck") → "Sonya A. Zoghlin", and an abbreviated
 *   saint or mount ("St." + "Louis") → "St. Louis";
 * - an office named after its holder ("Sheriff’s" + "Department") → "Bartholomew County Sheriff’s Department";
 * - the field an institution serves ("National Institute" on "Drug Abuse", "Center" for "Health" and
 *   "Human Rights") → "National Institute on Drug Abuse";
 * - an ampersand ("Pacific Gas & Electric Co."), a town and its state ("McAllen, Texas"), the people an organisation
 *   serves ("App Camp" for "Girls");
 * - a name whose possessive is its own ("Angie’s" + "List", "Assassin’s" + "Creed"), as `possessiveTitle` says;
 * - a hyphenated lower-case particle after a name ("Omar Hassan al-Bashir").
 * And a run read across a bracket is two names: "Vietnam (AP)" is "Vietnam" and "AP".
 */
export function entityRuns(text: string, possessiveTitle?: (owner: string, rest: string) => boolean): string[] {
  const runs = nameRuns(text).flatMap((run) => splitAtBrackets(run, text)).flatMap(splitAtAnd).flatMap(splitAtY).flatMap(splitAtCompound).flatMap(splitAtPluralPossessive).flatMap(splitAtPluralAcronym).flatMap(splitPersonOf).flatMap((run) => splitEnvoy(run, text));
  const out: string[] = [];
  let from = 0;
  let prevEnd = -1;
  let lastAt = -1;
  // The last run was joined as an institution's field, which may go on with "and" ("Health and Human Rights").
  let inField = false;
  for (const run of runs) {
    const at = text.indexOf(run, from);
    if (at < 0) {
      out.push(run);
      lastAt = -1;
      inField = false;
      continue;
    }
    const last = out[out.length - 1];
    const between = prevEnd >= 0 ? text.slice(prevEnd, at) : '';
    const field: boolean = last !== undefined && ((/^ (?:on|for|for the) $/.test(between) && INSTITUTION_END.test(last)) || (inField && between === ' and '));
    // "Customs and Border Protection", "Health and Human Services": an agency's two fields joined by "and".
    // "Department of Health and Human Services", "Ministry of Science and Technology": an office of two fields.
    // ("U.S. Customs and Border Protection": an abbreviated country may open the first field.)
    // ("Microsoft, Meta and Amazon Web Services": a field is one or two words, and no company the lexicon knows.)
    const fields = last !== undefined && between === ' and ' && (/^(?:(?:\p{Lu}\.)+ )?\p{Lu}\p{Ll}+$/u.test(last) || OFFICE_OF.test(last)) && (AGENCY_FIELD.test(run) || (OFFICE_OF.test(last) && OFFICE_FIELD.test(run)))
      && run.split(' ').length <= 2 && !GAZETTEER_ORGANIZATIONS.has(last.toLowerCase());
    // "Council on Energy, Environment and Water", "Ministry of Trade, Industry and Energy", "American Academy of Allergy,
    // Asthma and Immunology": an institution's fields listed with commas up to an "and".
    const listed: boolean = last !== undefined && between === ', ' && (inField || FIELD_OF.test(last)) && /^\p{Lu}\p{Ll}+$/u.test(run)
      && isFieldList(run, text.slice(at + run.length));
    // "University of California, San Francisco": a university's campus after its name.
    const campus = last !== undefined && between === ', ' && /^University of \p{Lu}[\p{L} ]+$/u.test(last) && !last.includes(',') && isPlaceName(run);
    // "U.S. Games Systems, Inc.": the company's legal form after a comma is part of its name.
    const legal = last !== undefined && between === ', ' && LEGAL_FORM.test(run) && text[at + run.length] === '.';
    if (last === undefined) {
      out.push(withOrdinal(run, text, at));
      lastAt = at;
    // ("Washington D.C." + "Acme members can …": a place's abbreviation ends the place and the sentence, not an initial.)
    } else if ((/(?:^|\s)(?:\p{Lu}\.)*\p{Lu}$/u.test(last) || /(?:^|\s)(?:St|Ste|Mt|Ft|Pt)$/.test(last)) && between === '. ' && !(last.includes(' ') && /\p{Lu}\.\p{Lu}$/u.test(last) && isPlaceName(last))) {
      out[out.length - 1] = `${last}. ${run}`;
    } else if (legal) {
      out[out.length - 1] = `${last}, ${run}.`;
    } else if (field || fields || listed || campus || between === ' & ' || (between === ' for ' && (namesWhomItServes(last, run) || namesItsCause(last, run))) || (/^[’']s $/.test(between) && (POSSESSIVE_INSTITUTION.test(`${last}${between}${run}`) || /(?:^|\s)(?:People|Children|Women|Veterans|Workers)$/.test(last) || possessiveTitle?.(last, run) === true))) {
      out[out.length - 1] = `${last}${between}${run}`;
    } else if (between === ', ' && !last.includes(',') && US_STATE.test(run) && !/^\s*(?:and|or|&)\b/.test(text.slice(at + run.length))
      // "Meanwhile, California regulators …": a sentence opener is no town, unless a dash or "(AP)" follows as in a dateline.
      && !(lastAt === 0 && !/^\.?\s*(?:[—–-]|\(|$)/.test(text.slice(at + run.length)) && !/^D\.?C$/.test(run))) {
      out[out.length - 1] = `${last}, ${run}`;
    } else {
      out.push(withOrdinal(run, text, at));
      lastAt = at;
    }
    inField = field || listed;
    from = at + run.length + (legal ? 1 : 0);
    const particle = /^ ((?:al|el|bin|ibn|abu|ben|de|di|da|van|von)-\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(from));
    if (particle) {
      out[out.length - 1] = `${out[out.length - 1]!} ${particle[1]!}`;
      from += particle[0].length;
    }
    prevEnd = from;
  }
  return out;
}

/** "20th Century Fox", "21st Century Insurance": an ordinal right before a name of two words or more opens it ("the 20th Century" alone is a period). */
function withOrdinal(run: string, text: string, at: number): string {
  const ordinal = /(?:^|[\s(“"])(\d{1,3}(?:st|nd|rd|th)) $/.exec(text.slice(Math.max(0, at - 6), at));
  return ordinal && run.includes(' ') && !/^(?:the|a|an)$/i.test(run.split(' ')[0]!) ? `${ordinal[1]} ${run}` : run;
}

// People in the plural whom an organisation serves: "App Camp for Girls", "Camp for Kids", "Legal Aid for Veterans".
const SERVED_IRREGULAR = /^(?:Women|Men|Children|People)$/;
/**
 * "App Camp" + "for" + "Girls": a name, then "for" and a kind of people in the plural, is one organisation named after whom it
 * serves — not when the name before is a known company's or a person's ("left Google for Girls Who Code").
 */
function namesWhomItServes(last: string, run: string): boolean {
  const served = SERVED_IRREGULAR.test(run) || (/^\p{Lu}\p{Ll}+s$/u.test(run) && COMMON_NOUNS.has(run.slice(0, -1).toLowerCase()));
  return served && !GAZETTEER_ORGANIZATIONS.has(last.toLowerCase()) && genderOfGivenName(last.split(' ')[0]!) === null && !isPlaceName(last);
}

// People in the plural who band together for a cause: "Doctors for Camp Closure", "Physicians for Human Rights",
// "Students for Fair Admissions", "Americans for Prosperity".
const MEMBERS = /^(?:Doctors|Physicians|Nurses|Lawyers|Scientists|Students|Parents|Mothers|Moms|Fathers|Teachers|Citizens|Americans|Veterans|Engineers|Journalists|Artists|Musicians|Christians|Catholics|Jews|Muslims|Taxpayers|Voters|Workers|Farmers|Economists|Historians|Architects|Patients|Families|Neighbors|Neighbours|Residents|Conservatives|Progressives|Libertarians)$/;
/** "Doctors" + "for" + "Camp Closure": a group named after its members and its cause, not a person's or a place's name. */
function namesItsCause(last: string, run: string): boolean {
  return MEMBERS.test(last) && !isPlaceName(run) && genderOfGivenName(run.split(' ')[0]!) === null && !GAZETTEER_ORGANIZATIONS.has(run.toLowerCase());
}

// Offices named after their holder: "Sheriff’s Department", and institutions named after whom they serve ("People’s
// Liberation Army", "Murdoch Children’s Research Institute"), which any name may follow; "Attorney's Office", "Magistrate's Court", "Governor's Office".
const POSSESSIVE_INSTITUTION = /\b(?:Sheriff|Attorney|Attorneys|Magistrate|Magistrates|Governor|Mayor|Coroner|Marshal|Prosecutor|Comptroller|Children|Women|Veterans|People)[’']s (?:Department|Office|Court|Hospital|Service|Services|Bureau|Association|Fund|Party|Commission|Council)\b/;
// "Department of Health", "Ministry of Science": an office named after its first field, which "and" may continue.
// ("General Authority of Islamic Affairs and Endowment": an authority's first field may take an adjective.)
const OFFICE_OF = /\b(?:Department|Ministry|Secretary|Office|Bureau|Agency|Authority|Institute|School|College|Faculty|Commission) of (?:\p{Lu}\p{Ll}+ )?\p{Lu}\p{Ll}+$/u;
const OFFICE_FIELD = /^(?:\p{Lu}\p{Ll}+ )?(?:Technology|Trade|Industry|Affairs|Sport|Sports|Culture|Tourism|Innovation|Planning|Research|Training|Employment|Environment|Communications|Media|Arts|Fisheries|Forestry|Resources|Infrastructure|Transport|Investment|Economy|Finance|Justice|Immigration|Endowments?)$/u;
// An institution named after the first of its fields: "Council on Energy", "Ministry of Trade", "Academy of Allergy".
const FIELD_OF = /\b(?:Department|Ministry|Office|Bureau|Agency|Institute|School|College|Faculty|Commission|Council|Committee|Center|Centre|Academy|Foundation|Society|Association) (?:of|on|for) \p{Lu}\p{Ll}+$/u;
// The rest of a list of fields: more capitalised words after commas, then "and" and the last one.
const FIELD_LIST_REST = /^(?:, \p{Lu}\p{Ll}+)*,? and \p{Lu}\p{Ll}+/u;
/** "Environment" + " and Water": a list of fields, none of which a lexicon knows as a place, an organisation or a given name. */
function isFieldList(first: string, rest: string): boolean {
  const m = FIELD_LIST_REST.exec(rest);
  if (!m) return false;
  const words = [first, ...m[0].split(/,? (?:and )?/).filter((w) => w !== '')];
  return words.every((w) => !isPlaceName(w) && !GAZETTEER_ORGANIZATIONS.has(w.toLowerCase()) && genderOfGivenName(w) === null);
}
const LEGAL_FORM = /^(?:Inc|Ltd|LLC|Corp|Co|PLC|LLP)$/;
const AGENCY_FIELD = /\b(?:Protection|Enforcement|Prevention|Security|Services|Development|Explosives|Welfare|Safety)$/;
// Institutions whose name goes on with the field they serve ("Institute on …", "Center for …", "US Centers for Disease
// Control and Prevention").
const INSTITUTION_END = /\b(?:Institute|Center|Centers|Centre|Centres|Council|Committee|Commission|Bureau|Foundation|Fund|Coalition|Alliance|Association|Society|Campaign|Agency|Network|Union|Office)$/;

/**
 * "Wistron and Global Lighting Technologies": `nameRuns` keeps "and" inside a run that ends like an institution
 * ("Food and Drug Administration", "Procter & Gamble Company"); a field is one word, so three words or more after
 * "and" are a second name.
 */
function splitAtAnd(run: string): string[] {
  const m = /^(\S+) and ((?:\S+ ){2,}\S+)$/.exec(run);
  return m ? [m[1]!, m[2]!] : [run];
}

/**
 * "El Salvador y Venezuela", "Irak y Siria": the Spanish "and" between two places ends a list, not a name ("Ortega y
 * Gasset"): the run is cut at it when a place stands on either side.
 */
function splitAtY(run: string): string[] {
  const m = /^(.+) y (\p{Lu}.+)$/u.exec(run);
  return m && (isPlaceName(m[1]!) || isPlaceName(m[2]!)) ? [m[1]!, m[2]!] : [run];
}

// "Democratic Party-controlled House of Representatives", "London-based Revolut": a name made an adjective, then another.
const COMPOUND = /^(.+)-(?:controlled|based|led|owned|backed|born|run|funded|dominated|affiliated|linked|allied|headquartered)$/;

/** Splits a run at a name made an adjective: "Democratic Party-controlled House" → "Democratic Party", "House". */
function splitAtCompound(run: string): string[] {
  const words = run.split(' ');
  const i = words.findIndex((w, k) => k < words.length - 1 && COMPOUND.test(w));
  if (i < 0) return [run];
  const first = [...words.slice(0, i), COMPOUND.exec(words[i]!)![1]!].join(' ');
  return [first, words.slice(i + 1).join(' ')];
}

/** "Wichita Heights' Aidan Gantenbein", "Tequila Works' Gylt": a plural possessive ends a name; what it owns is another. */
function splitAtPluralPossessive(run: string): string[] {
  const m = /^(.+?s)['’] (\p{Lu}.*)$/u.exec(run);
  return m ? [m[1]!, m[2]!] : [run];
}

// An acronym in the plural ("VCs", "CEOs", "NGOs", "MPs"): a class of things or people, a common noun however it is
// written, which no name holds inside it.
const PLURAL_ACRONYM = /^\p{Lu}{2,5}s$/u;

/** "Boston VCs Bain Capital" → "Boston", "Bain Capital": a plural acronym between two names is the common noun that joins them. */
function splitAtPluralAcronym(run: string): string[] {
  const words = run.split(' ');
  if (words.length < 2 || !words.some((w) => PLURAL_ACRONYM.test(w))) return [run];
  const out: string[] = [];
  let part: string[] = [];
  for (const w of words) {
    if (!PLURAL_ACRONYM.test(w)) part.push(w);
    else if (part.length) {
      out.push(part.join(' '));
      part = [];
    }
  }
  if (part.length) out.push(part.join(' '));
  return out;
}

// "Patrick Liu-Shiu-Cheong of Victoria Hospital": a person and the institution they are "of".
const PERSON_OF = /^(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.)? \p{Lu}[\p{L}'’-]+) of ((?:\p{Lu}[\p{L}'’-]* )*(?:Hospital|University|College|Institute|School|Clinic|Center|Centre|Foundation|Council|Association|Society|Laboratory|Museum|Bank|Group))$/u;

// "Senator Mitch McConnell of Kentucky": a person and the place they represent or come from.
const PERSON_OF_PLACE = /^((?:Sen|Senator|Rep|Representative|Gov|Governor|Mayor|Mr|Mrs|Ms|Dr)\.? )?(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.)? \p{Lu}[\p{L}'’-]+) of (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?)$/u;

/** Splits a person's name from the institution or the place named after "of". */
function splitPersonOf(run: string): string[] {
  const inst = PERSON_OF.exec(run);
  if (inst) return opensPerson(inst[1]!.split(' ')) ? [inst[1]!, inst[2]!] : [run];
  // A title before the person stays with them ("Senator Mitch McConnell"), for the roles to be read off later.
  const place = PERSON_OF_PLACE.exec(run);
  if (place && isPlaceName(place[3]!) && genderOfGivenName(place[2]!.split(' ')[0]!)) return [`${place[1] ?? ''}${place[2]!}`, place[3]!];
  return splitPersonOfCompany(run);
}

/**
 * "John Smith of Goldman Sachs", "Tim Cook of Apple", "analyst Dan Ives of Wedbush Securities": a person, named from a given
 * name (two or three words, a middle initial allowed), and the company they are "of". Whatever precedes the person (a
 * title) stays with them, for the roles to be read off later. The person's words hold no organisation's word ("Melinda
 * Gates Foundation of …") and no "of" of their own ("Bank of America").
 */
function splitPersonOfCompany(run: string): string[] {
  const at = run.indexOf(' of ');
  if (at < 0) return [run];
  const left = run.slice(0, at).split(' ');
  const right = run.slice(at + 4);
  if (!/^\p{Lu}/u.test(right) || FUNCTION_START.test(right)) return [run];
  for (const n of [2, 3]) {
    if (left.length < n) continue;
    const person = left.slice(-n);
    if (!opensPerson(person) || !PERSON_WORDS.test(person.join(' ')) || hasOrgWord(person.join(' ')) || isPlaceName(person.join(' '))) continue;
    return [left.join(' '), right];
  }
  return [run];
}
const FUNCTION_START = /^(?:The|A|An|This|That|These|Those|Our|Their|His|Her|Its)\b/;

/**
 * A person's name: its first word a given name the lexicon knows, or, in a name of two words, a surname the lexicon knows
 * after a word that is no common noun, place or organisation ("Rosaly Lopes of NASA": a given name the lexicon lacks).
 */
function opensPerson(words: readonly string[]): boolean {
  if (genderOfGivenName(words[0]!)) return true;
  const [first, last] = words;
  return words.length === 2 && GAZETTEER_SURNAMES.has(last!.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(first!)
    && !COMMON_NOUNS.has(first!.toLowerCase()) && !isPlaceName(first!) && !GAZETTEER_ORGANIZATIONS.has(first!.toLowerCase()) && !hasOrgWord(first!);
}

// A diplomat's post before the holder's name: "ambassador to Ukraine Marie Yovanovitch", "envoy to Syria Geir Pedersen".
const POST_TO = /\b(?:ambassador|envoy|consul|emissary|representative|delegate|minister|commissioner|correspondent)s?(?: general)? (?:to|for|in)(?: the)? $/i;
const PLATFORM = /^(?:Twitter|Facebook|Instagram|YouTube|TikTok|LinkedIn|Snapchat|Reddit|Threads|Bluesky|X)$/;
const PERSON_WORDS = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** Splits "Ukraine Marie Yovanovitch" after "ambassador to" into the country and the person. */
function splitEnvoy(run: string, text: string): string[] {
  const at = text.indexOf(run);
  const words = run.split(' ');
  // "on Twitter Gary Lineker wrote", "in Britain Boris Johnson's government": a country or a platform, then a person
  // whose name begins with a given name, are two names wherever they meet.
  for (const n of [1, 2]) {
    const rest = words.slice(n);
    if (rest.length >= 2 && (isPlaceName(words.slice(0, n).join(' ')) || (n === 1 && PLATFORM.test(words[0]!))) && genderOfGivenName(rest[0]!) && PERSON_WORDS.test(rest.join(' '))) {
      return [words.slice(0, n).join(' '), rest.join(' ')];
    }
  }
  if (at < 0 || !POST_TO.test(text.slice(Math.max(0, at - 40), at))) return [run];
  for (const n of [1, 2]) {
    const place = words.slice(0, n).join(' ');
    const rest = words.slice(n).join(' ');
    if (isPlaceName(place) && PERSON_WORDS.test(rest)) return [place, rest];
  }
  // "ambassador to the European Union Gordon Sondland": the holder's name begins with a given name.
  for (const n of [2, 3]) {
    if (words.length < n + 1) continue;
    const rest = words.slice(-n);
    if (genderOfGivenName(rest[0]!) && PERSON_WORDS.test(rest.join(' '))) return [words.slice(0, -n).join(' '), rest.join(' ')];
  }
  return [run];
}

/** Splits a run whose words stand on either side of a bracket in the text. */
function splitAtBrackets(run: string, text: string): string[] {
  if (text.includes(run) || !/[()[\]]/.test(text)) return [run];
  const groups: string[][] = [];
  let end = -1;
  for (const word of run.split(' ')) {
    const at = text.indexOf(word, Math.max(0, end));
    if (groups.length === 0 || (at >= 0 && end >= 0 && /[()[\]]/.test(text.slice(end, at)))) groups.push([word]);
    else groups[groups.length - 1]!.push(word);
    if (at >= 0) end = at + word.length;
  }
  return groups.map((g) => g.join(' '));
}

const US_STATE = /^(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|D\.C|DC|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)$/;

// Credit lines name the reporters, editors and photographers, not the news: "Reporting by …; Editing by …",
// "Follow Mike Wall on Twitter", "Write to Al Root at …", "Graphic by Karl Tate"; a contributor's note ("Heba Habib
// contributed to this report.", "Contributing: …").
const CREDIT = /\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Pp]roduced|[Ii]nfographic|[Gg]raphic|[Ii]llustration|[Ii]llustrated|[Pp]hotos?|[Vv]ideo|[Aa]dditional reporting|[Pp]ictures?)\s+by\s+\p{Lu}|^(?:By|Follow|Write to|Contact|Email|Reach)\s+\p{Lu}[\p{L}.'’-]*\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:on|at|via)\b|\s*[@(]|\s*$)|\bcontributed (?:to (?:this|the) (?:report|story|article)|(?:additional )?reporting)\b|^Contributing:/u;
// A closing note that is only the reporters' names: "Abigail Williams and Beomsu Jo contributed.", "Stella Kim reported
// from Seoul, and Jennifer Jett from Hong Kong."
const REPORTER = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){1,3}";
const PLACE = "\\p{Lu}[\\p{L}.'’-]*(?:(?:, | )\\p{Lu}[\\p{L}.'’-]*)*";
const CONTRIBUTORS = new RegExp(`^${REPORTER}(?:(?:, and |, | and )${REPORTER})* contributed\\.?$|^${REPORTER} reported from ${PLACE}(?:(?:, and | and )${REPORTER} from ${PLACE})?\\.?$`, 'u');
// "Erin Cunningham is an Egypt-based correspondent for The Post. She previously covered …": the reporter's biography.
// ("Jeff Foust (jeff@…) is the editor and publisher of The Space Review": a contact in brackets, "the" editor "of".)
const BIO = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}(?: \([^)]{1,60}\))? is (?:an?|the) (?:[\p{L}-]+ ){0,3}(?:correspondent|reporter|writer|editor|columnist|journalist|contributor)(?: and (?:publisher|founder|editor))? (?:for|at|with|of)\b/u;

// A page's closing notes, which name the publisher and its syndication rather than the news: "Originally published on
// Live Science.", "The views expressed … do not necessarily reflect those of Sputnik.",
// "… expressed by experts on Moneycontrol.com are their own", "Ben Silverman is on Twitter at ben_silverman."; an
// invitation to share or follow ("Share this story on Twitter", "Follow us on Facebook", "Join the conversation on X").
// A blog platform's footer under every item of a feed ("Eden Quartz was originally published in Invironment on Medium, where
// people are continuing the conversation by highlighting and responding to this story.") and a reprint's note ("This
// article was reprinted on Wired.com.").
// (A wire's link to its rules under every story: "Our Standards: The Thomson Reuters Trust Principles.")
const PUBLISHER_NOTE = /^(?:Our|Editorial) (?:Standards|Principles):|\boriginally published (?:in|on) .{1,120}\bwhere people are continuing the conversation\b|^This (?:article|story|post|piece|essay|column) (?:was|is|has been) (?:originally |first |also )?(?:published|reprinted|republished|syndicated|cross-posted) (?:on|in|by|at|with)\b|\b(?:do(?:es)? not necessarily reflect|(?:views|opinions) expressed\b.{0,80}\b(?:are|is) (?:their|his|her|the author['’]s) own)|\bis on (?:Twitter|X|Instagram|Facebook|Bluesky|Threads|Mastodon) (?:at|as)\b|\b(?:[Ss]hare (?:this|it)|[Ff]ollow us|[Ll]ike us|[Jj]oin (?:us|the conversation)|[Ff]ind us)\b[^.!?]{0,40}\bon (?:Twitter|X|Instagram|Facebook|Bluesky|Threads|Mastodon|LinkedIn|YouTube|TikTok)\b/u;

// A line that only credits where the post or its pictures came from: "via The Awesomer", "images via Kristoffer Myskja",
// "submitted via Laughing Squid Tips", "via Koreus, Daily Picks and Flicks", "(via Mashable)", "H/T Boing Boing".
const SOURCE_NAME = "(?:the |The )?\\p{Lu}[\\p{L}\\p{N}.&'’!-]*(?: (?:of |de |and |& )?\\p{Lu}[\\p{L}\\p{N}.&'’!-]*){0,4}";
const VIA_LINE = new RegExp(`^\\(?(?:(?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?|[Vv]ideos?|GIFs?|[Ss]creenshots?|[Ss]ubmitted|[Ss]tory|[Ss]ource|[Ff]ound|[Ss]potted) )?(?:[Vv]ia|[Hh]/[Tt]|HT|[Hh]at tip(?: to)?|[Tt]hanks to)[: ] ?${SOURCE_NAME}(?:(?:, and |, | and | & )${SOURCE_NAME})*\\.?\\)?$`, 'u');

/** True for a byline or credit sentence, whose names are staff rather than actors of the article. */
export function isCreditSentence(text: string): boolean {
  return CREDIT.test(text) || PUBLISHER_NOTE.test(text) || VIA_LINE.test(text) || (/\b(?:contributed\.?|reported from)\b/.test(text) && CONTRIBUTORS.test(text));
}

/**
 * True for the opening sentence of a reporter's biography, which closes a page: the whole paragraph is about staff.
 * (The caller asks only of the last paragraphs: in the body, "X is a columnist for …" may be the news.)
 */
export function isStaffBiography(text: string): boolean {
  return BIO.test(text);
}
