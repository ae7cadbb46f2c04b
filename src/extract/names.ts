/** Helpers for reading people's and organisations' names out of running text. */

const TITLES = /^(?:Presiden|Pak|Bapak|Bu|Ibu|Presidente|Président|Präsident|Presidenta|Ministro|Ministre|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Adm|Maj|Rev|Hon|Fr|President|Vice President|Prime Minister|Chancellor|Minister|Secretary|Senator|Representative|Governor|Mayor|Judge|Justice|Chief|General|Admiral|Colonel|Lieutenant|Sergeant|Captain|Major|Ambassador|Attorney General|Speaker|Leader|Deputy|Acting|Former|Director|Professor|Doctor|Officer|Commissioner|King|Queen|Prince|Princess|Pope|CEO|CFO|CTO|COO|Chairman|Chairwoman|Chair|Founder|Co-founder|Spokesperson|Spokesman|Spokeswoman)\.?$/;

// Common nouns that, capitalised at a sentence's start, title the name after them ("Comedian Jerry Seinfeld",
// "Billionaire Eric Schmidt", "Researcher Adam Langley"): quotes' speakers and entities read the same list.
export const LEADING_KIND = /^(?:Developer|Publisher|Studio|Maker|Carmaker|Automaker|Chipmaker|Retailer|Carrier|Manufacturer|Rival|Startup|Start-up|Firm|Airline|Insurer|Lender|Broker|Regulator|Singer|Actor|Actress|Rapper|Author|Writer|Novelist|Comedian|Coach|Judge|Striker|Defender|Midfielder|Goalkeeper|Host|Presenter|Producer|Filmmaker|Designer|Artist|Musician|Activist|Campaigner|Researcher|Scientist|Economist|Analyst|Historian|Journalist|Reporter|Columnist|Lawmaker|Attorney|Lawyer|Entrepreneur|Investor|Billionaire|Astronaut|Pilot|Veteran|Teammate|Manager|Spokesperson|Spokesman|Spokeswoman|Scout|Blogger|Physicist|Engineer|Photographer|Teacher|Student)$/;

/** Lowercase particles inside names: "Ursula von der Leyen", "Bank of America". */
// ("Peter ter Horst", "Karl-Theodor zu Guttenberg", "José Eduardo dos Santos": Dutch, German and Portuguese ones too.)
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'ibn', 'of', 'y', 'ter', 'zu', 'dos', 'das', 'do']);

/** A particle of a person's name, alone or the Arabic article written onto the surname ("al-Assad", "el-Sisi"). */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word) || /^(?:al|el)-\p{Lu}/u.test(word);
}

// (Capitals joined by an ampersand are one company's initials: "AT&T", "H&M", "P&G", "PG&E"; "Procter & Gamble" spaces it.)
// (A team named by a number, "Philadelphia 76ers", "San Francisco 49ers", keeps it: "Philadelphia" alone is the city.)
// (An Arabic article joined by a hyphen opens a name written in lower case: "linked to al-Qaeda", "el-Sisi".)
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.\-]*|(?:al|el)-\p{Lu}[\p{L}'’-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*|\p{Lu}{2,}[\p{N}]*|\p{Lu}{1,3}&\p{Lu}{1,3}|\d{2}ers)$/u;

/** Returns true for a capitalised or CamelCase word ("Alibaba", "OpenAI", "iPhone", "IBM"). */
export function isNameWord(word: string): boolean {
  // (Most words are plain lower-case ASCII, which no alternative of NAME_WORD takes: they are answered without the regex.)
  let i = 0;
  for (; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) break;
  }
  if (i > 0 && i === word.length) return false;
  return NAME_WORD.test(word);
}

// "Food and Drug Administration", "Procter & Gamble Company": "and" joins names only inside an institution's name.
const INSTITUTION = /\b(?:Administration|Commission|Department|Agency|Authority|Bank|Company|Exchange|Institute|University|Board|Council|Office|Services|Group|Partners|Technologies|Foundation|Association|Society|Museum|Ministry|Committee|Centre|Center|Laboratories|Industries)$/;

/** Capitalised runs in `text` ("Thariq Shihipar", "Bank of America", "Food and Drug Administration"), in order. */
export function nameRuns(text: string): string[] {
  // Speakers, quotes and entities read the same paragraphs' runs again and again: remember the last page's (a copy each time,
  // callers may change the array).
  const known = RUNS_SEEN.get(text);
  if (known) return known.slice();
  if (RUNS_SEEN.size >= 4096) RUNS_SEEN.clear();
  const runs = splitRuns(text);
  RUNS_SEEN.set(text, runs);
  return runs.slice();
}

const RUNS_SEEN = new Map<string, string[]>();

function splitRuns(text: string): string[] {
  // ("the UK Competition and Markets Authority", "The Food and Drug Administration": an article or a country's initials may
  // open it.)
  return rawRuns(text).flatMap((run) => (/ (?:and|&) /.test(run) && !(INSTITUTION.test(run) && /^(?:(?:The|UK|U\.K\.|US|U\.S\.|EU) )?\S+ (?:and|&) /.test(run)) ? run.split(/ (?:and|&) /) : [run]));
}

// A French article or "de" elided before a capitalised word: "d’Orsay", "l’Elysée" ("L'Oréal" is a name's own word).
const ELIDED = /^[dl][’'](\p{Lu}[\p{L}\p{M}-]*)$/u;

// The Arabic article opening a name in lower case: "al Qaeda's Yemen branch", "al Shabaab" (not "Qaeda").
const ARABIC_ARTICLE = /^al$/;
// In English text only: Spanish and Italian "al" is a preposition ("al Estado", "al Senato").
const ENGLISH_CUE = /\b(?:the|and|said|says|is|was|were|has)\b/;

const WIRE_SLUG = /\b((?:UPDATE|REFILE|CORRECTED|RPT|WRAPUP|EXCLUSIVE|INSIGHT|ANALYSIS|BREAKINGVIEWS|FACTBOX|PREVIEW)(?: \d{1,2})?-)(?=\p{Lu})/gu;

function rawRuns(text: string): string[] {
  // "(Amazon/Clever Training)": the word after a slash opens a run of its own, which the words after it continue; the
  // word before the slash stays out of any run, as it did ("Code/Media" gives no "Code"; not inside a code or a path of
  // capitals: "FHC/ABJ/03", "WebAPI/DataStore").
  // ("UPDATE 2-Mt. Gox files for bankruptcy", "REFILE-General Motors …": a wire's slug before a headline ends at its hyphen.)
  const words = (text.includes('/') ? text.replace(/(?<=\p{Ll})\/(?=\p{Lu}\p{Ll})/gu, '/ ') : text).replace(WIRE_SLUG, '$1 ').split(/\s+/);
  const runs: string[] = [];
  let cur: string[] = [];
  const close = (): void => {
    while (cur.length && (NAME_PARTICLES.has(cur[cur.length - 1]!) || cur[cur.length - 1] === 'and' || cur[cur.length - 1] === '&')) cur.pop();
    if (cur.length) runs.push(cur.join(' '));
    cur = [];
  };
  words.forEach((raw, i) => {
    const stripped = raw.replace(/^[("“‘'\[]+/, '');
    // ("Charlie McDowell (“The Discovery”)": an opening bracket or quotation mark starts a new run)
    if (stripped !== raw) close();
    let word = stripped.replace(/[’']s$/, '').replace(/[,.;:!?)"”’\]]+$/, '');
    const ends = word !== stripped.replace(/[’']s$/, '') || /[’']s$/.test(stripped);
    // French elision before a name: "Quai d’Orsay", "Côte d’Ivoire" join the name before; "l’Elysée", "d’Israël" open one.
    const elided = ELIDED.exec(word);
    if (elided) {
      if (!(cur.length > 0 && word.startsWith('d'))) {
        close();
        word = elided[1]!;
      }
      cur.push(word);
      // ("l'UMP Laure de la Raudière": an acronym after the article is a party or a body before a person's name.)
      if (ends || /^\p{Lu}{2,}$/u.test(word)) close();
      return;
    }
    if (word !== '' && (isNameWord(word) || (cur.length > 0 && (NAME_PARTICLES.has(word) || word === 'and' || word === '&')))) {
      cur.push(word);
      if (ends) close();
    } else if (cur.length === 0 && ARABIC_ARTICLE.test(raw) && /^\p{Lu}\p{Ll}/u.test(words[i + 1] ?? '') && ENGLISH_CUE.test(text)) {
      cur.push(raw);
    } else close();
  });
  close();
  return runs;
}

// German compounds ending in a role: Personalvorstand, Bundeskanzlerin, Pressesprecher.
const GERMAN_ROLE = /^\p{Lu}\p{Ll}*(?:vorstand|chef|chefin|sprecher|sprecherin|minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|direktor|direktorin|leiter|leiterin|vorsitzende|vorsitzender)$/u;

// "General Motors", "General Electric", "General Mills", "General Dynamics", "the UN General Assembly": before a trade's or a
// body's word, "General" opens the name of a firm or an institution; before a name it is a rank ("General David Petraeus",
// "General Mattis").
const GENERAL_FIRM = /^(?:Motors|Electric|Mills|Dynamics|Atomics|Foods|Instruments|Cable|Assembly|Atlantic|Catalyst|Staff|Secretariat|Command|Directorate|Synod|Hospital|Insurance|Accident|Re)$/;

// A body's word right after a title's ("Justice Department", "Justice Ministry", "Chief Executives Board"): the title word
// names the body's field, not the rank of a person.
const BODY_AFTER_TITLE = /^(?:Department|Ministry|Committee|Commission|Council|League|Institute|Foundation|Society|Association|Bureau|Agency|Board|Tribunal)$/;

/** True for "General" opening a firm's or a body's name, or a title's word opening a body's, given the word after it ("General Motors", "General Assembly", "Justice Department"). */
export function opensFirmName(word: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  const bare = next.replace(/[’']s$/, '');
  return word === 'General' ? GENERAL_FIRM.test(bare) : BODY_AFTER_TITLE.test(bare) && TITLES.test(word);
}

/** Removes leading titles ("President Donald Trump" → "Donald Trump", "Mr. Smith" → "Smith"). */
export function stripTitles(name: string): string {
  const words = name.split(' ');
  for (;;) {
    if (words.length > 1 && (TITLES.test(words[0]!) || GERMAN_ROLE.test(words[0]!)) && !opensFirmName(words[0]!, words[1])) words.shift();
    // "US President Donald Trump", "UK Prime Minister …": a country code before a title goes with it.
    else if (words.length > 2 && /^(?:US|U\.S\.?|UK|U\.K\.?|EU|UN)$/.test(words[0]!) && TITLES.test(words[1]!)) words.shift();
    else break;
  }
  return words.join(' ');
}

/** Resolves a one-word name to a full name introduced earlier ("Shihipar" → "Thariq Shihipar"). */
export function resolveSurname(name: string, known: readonly string[]): string {
  if (name.includes(' ')) return name;
  for (let i = known.length - 1; i >= 0; i--) {
    const full = known[i]!;
    const parts = full.split(' ');
    if (parts.length >= 2 && (parts[parts.length - 1] === name || parts[0] === name)) return full;
  }
  return name;
}
